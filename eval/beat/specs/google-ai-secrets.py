# Gold specification for story `google-ai-secrets` (US prosecutors charge former Google software
# engineer Linwei Ding with four counts of theft of AI trade secrets while secretly working for two
# China-based companies, Beijing Rongshu Lianzhi and his own Shanghai Zhisuan; indictment returned
# Tuesday 5 March 2024, unsealed and announced by Attorney General Merrick Garland on Wednesday
# 6 March 2024; Ding arrested in Newark, California).
# All texts are invented for evaluation: the outlets (Pacific Newswire, The Silicon Ledger, East Bay
# Courier) are fictional and say so in their front matter; reporters, analysts, neighbours, quotes,
# the file counts, the 20% stake and several details are made up. Real: Ding, Google, Garland, Wray,
# the ABA venue, four counts, the 2019 hiring, the May 2022-May 2023 window, the Rongshu/Zhisuan names.
#
# f7 is a genuine source-versus-source conflict: a says Ding copied "about 500" files; b quotes a
# person familiar with the investigation putting the total at 1,200 files. c only says "hundreds".
# The summary gives both figures with their own attribution.
#
# Traps:
# - Same amount in two units: the Rongshu salary is "$14,800" a month (a, b) and "roughly 107,000
#   yuan a month" (c); the fine is "$250,000" (a, b) and "a quarter of a million dollars" (c);
#   the prison term is "10 years" (a, b) and "a decade" (c). None of these is a conflict.
# - Same number, different meaning: "10" is the maximum prison term per count and also the
#   "more than 10 cases" filed by the Disruptive Technology Strike Force (b). "four counts" vs the
#   teaser "sentenced to 4 months" (a, furniture).
# - Relative vs calendar dates: a (Wed 6 Mar) "said on Wednesday", "returned an indictment on
#   Tuesday"; c (Thu 7 Mar) "arrested Wednesday"; b (Fri 8 Mar) "on March 6". The summary says
#   3月6日. The indictment was returned on Tuesday 5 March, so a mutant to 3月5日 would be ambiguous;
#   m03 uses 3月8日 instead.
# - "about 500" (a) vs "hundreds of files" (c) is not a conflict; only a vs b conflicts.
# - San Jose appears in c (next court date) — m07 moves the arrest there.
# - Non-conflicting negations: "The indictment does not accuse the Chinese government",
#   "it was not immediately clear whether he had a lawyer", "Google did not say how it first
#   detected the uploads", "no lawyer was listed", "did not want her name used",
#   "Comments are closed".
# - Wray is quoted in b with a different remark; m09 moves Garland's announcement to him.
# - Teasers and furniture with claim-like numbers: "$2 trillion", "37 Chinese entities",
#   "4 months" (a); "rose 28%", "600 CISOs", "$12 billion by 2026" (b); "312-unit", "14,000",
#   "3 car break-ins" (c); a photo caption with the event date (c); cookie banner (a).
# - "Ninety-nine percent of these people" (c) is a quote, not a percentage claim of the summary.

A = "a-pacificwire.en.txt"
B = "b-siliconledger.en.txt"
C = "c-eastbaycourier.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-03-06",
         "what": "The Justice Department announced the charges (indictment unsealed) on Wednesday 6 March 2024",
         "in": {S: "美国司法部3月6日宣布",
                A: "the U.S. Justice Department said on Wednesday",
                B: "on March 6 against Linwei Ding",
                C: "was arrested Wednesday and accused of stealing"}},
        {"id": "f2", "status": "agreement", "value": "4",
         "what": "Ding is charged with four counts of theft of trade secrets",
         "in": {S: "以四项窃取商业秘密罪起诉",
                A: "charging him with four counts of theft of trade secrets",
                B: "unsealed a four-count indictment",
                C: "faces four federal counts of theft of trade secrets"}},
        {"id": "f3", "status": "agreement", "value": "Newark, California",
         "what": "Ding, 38, a Chinese national, was arrested at his home in Newark, California on the morning of 6 March",
         "in": {S: "当天上午在加利福尼亚州纽瓦克的住所被捕",
                A: "was arrested on Wednesday morning at his home in Newark, California",
                B: "was taken into custody at his home in Newark, California the same day",
                C: "Agents arrested him at his home off Cedar Boulevard early Wednesday"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Attorney General Merrick Garland announced the case at an ABA white-collar crime conference in San Francisco",
         "in": {S: "美国司法部长加兰在旧金山举行的美国律师协会白领犯罪研讨会上公布此案",
                A: "Attorney General Merrick Garland announced the case at an American Bar Association conference on white-collar crime in San Francisco",
                B: "Attorney General Merrick Garland picked an unusual stage to unveil the case",
                C: "Merrick Garland revealed the charges on Wednesday"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Garland said the Justice Department will not tolerate theft of America's AI technology (negated)",
         "in": {S: "称司法部不会容忍任何人窃取美国的人工智能技术",
                A: "The Justice Department is not going to tolerate anyone walking out the door with America's AI technology"}},
        {"id": "f6", "status": "agreement", "value": "2019",
         "what": "Ding joined Google in 2019",
         "in": {S: "丁林葳2019年入职谷歌",
                A: "Ding joined Google in 2019",
                B: "hired by Google in 2019"}},
        {"id": "f7", "status": "source-conflict", "value": "500 files | 1200 files",
         "what": "Number of files uploaded: about 500 (a) versus 1,200 per a person familiar with the investigation (b)",
         "in": {S: "有报道称约500份，也有知情人士称多达1200份",
                A: "he copied about 500 confidential files",
                B: "the total came to 1,200 files"}},
        {"id": "f8", "status": "agreement", "value": "2022-05 .. 2023-05",
         "what": "Ding uploaded confidential files to a personal Google Cloud account from May 2022 to May 2023",
         "in": {S: "自2022年5月起将公司机密文件陆续上传至个人谷歌云账户",
                A: "Starting in May 2022 and continuing until May 2023",
                B: "from May 2022 to May 2023"}},
        {"id": "f9", "status": "agreement", "value": "14800 USD/month",
         "what": "Beijing Rongshu Lianzhi offered Ding a CTO post at USD 14,800 a month (c: about 107,000 yuan)",
         "in": {S: "开出每月14800美元的薪酬",
                A: "a monthly salary of $14,800",
                B: "at $14,800 a month",
                C: "roughly 107,000 yuan a month"}},
        {"id": "f10", "status": "agreement", "value": "20%",
         "what": "Rongshu investors were told Ding held a 20% stake",
         "in": {S: "并向投资者介绍他持股20%",
                A: "Investors in Rongshu were told he held a 20% stake"}},
        {"id": "f11", "status": "agreement", "value": "Shanghai",
         "what": "Ding founded Shanghai Zhisuan Technology and served as its chief executive",
         "in": {S: "他还在上海创办了智算科技并自任首席执行官",
                A: "He later founded his own startup, Shanghai Zhisuan Technology, and served as its chief executive",
                B: "he was running Shanghai-based Zhisuan Technology as chief executive",
                C: "Ding set up his own firm, Zhisuan, in Shanghai"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Ding never disclosed either affiliation to Google (negated)",
         "in": {S: "但从未向谷歌披露与这两家公司的关系",
                A: "Ding never disclosed either affiliation to Google",
                B: "He never told Google about either company"}},
        {"id": "f13", "status": "agreement", "value": "10 years | 250000 USD",
         "what": "Each count carries up to 10 years in prison and a USD 250,000 fine",
         "in": {S: "每项罪名最高可判处10年监禁和25万美元罚款",
                A: "Each count carries a maximum sentence of 10 years in prison and a fine of $250,000",
                B: "Ding faces up to 10 years and $250,000 for each count",
                C: "Each count carries up to a decade in prison and a fine of a quarter of a million dollars"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Ding has not (yet) entered a plea (negated)",
         "in": {S: "目前尚未就指控认罪",
                A: "Ding has not yet entered a plea",
                C: "Ding has not entered a plea"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "Analysts said the case could prompt tech companies to restrict employee access to sensitive data (hedged)",
         "in": {S: "此案可能促使美国科技公司收紧员工接触机密数据的权限",
                B: "Security analysts said the case could prompt more technology companies to restrict which employees can reach sensitive model and chip data"}},
        {"id": "f16", "status": "agreement", "value": None,
         "what": "The case is likely to deepen US-China tensions over AI/advanced technology (hedged)",
         "in": {S: "也或将加剧中美在人工智能领域的紧张关系",
                A: "Analysts said the case is likely to deepen friction between Washington and Beijing",
                C: "The case is likely to add to tensions between the U.S. and China over AI"}},
        {"id": "f17", "status": "unsupported", "value": "500000 USD",
         "what": "Ding was released the same day on USD 500,000 bail (no source says so)",
         "in": {S: "丁林葳已于当天以50万美元保释金获释"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "A colleague scanned Ding's badge to make it look as if he was at work while he was in China",
         "in": {A: "a colleague scanned Ding's access badge at a Google office"}},
        {"id": "f19", "status": "omission", "value": "2022-10 .. 2023-03",
         "what": "Ding spent nearly six months in China between October 2022 and March 2023 pitching investors",
         "in": {B: "Ding spent nearly six months in China between October 2022 and March 2023"}},
        {"id": "f20", "status": "omission", "value": "2023-12-26",
         "what": "Ding resigned from Google on 26 December 2023 and booked a one-way flight to Beijing",
         "in": {C: "Ding resigned from Google on Dec. 26, 2023"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "Google said it had strict safeguards and referred the matter to law enforcement",
         "in": {A: "Google said it had strict safeguards to protect confidential information"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "以四项窃取商业秘密罪", "mutated": "以六项窃取商业秘密罪",
         "note": "four counts -> six counts"},
        {"n": 2, "type": "number", "fact": "f9", "original": "每月14800美元", "mutated": "每月41800美元",
         "note": "monthly salary USD 14,800 -> USD 41,800"},
        {"n": 3, "type": "date", "fact": "f1", "original": "3月6日宣布", "mutated": "3月8日宣布",
         "note": "announced Wednesday 6 March -> 8 March (b's publication date)"},
        {"n": 4, "type": "date", "fact": "f8", "original": "自2022年5月起", "mutated": "自2021年5月起",
         "note": "uploads began May 2022 -> May 2021"},
        {"n": 5, "type": "negation", "fact": "f12", "original": "从未向谷歌披露", "mutated": "曾向谷歌披露",
         "note": "Ding never disclosed the affiliations -> he did disclose them"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "尚未就指控认罪", "mutated": "已就指控认罪",
         "note": "has not entered a plea -> has pleaded guilty"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "加利福尼亚州纽瓦克", "mutated": "加利福尼亚州圣何塞",
         "note": "arrested in Newark -> San Jose (c names San Jose only as the court venue)"},
        {"n": 8, "type": "entity", "fact": "f11", "original": "他还在上海创办", "mutated": "他还在深圳创办",
         "note": "Zhisuan is in Shanghai, not Shenzhen"},
        {"n": 9, "type": "attribution", "fact": "f4", "original": "美国司法部长加兰", "mutated": "联邦调查局局长雷",
         "note": "Garland announced the case at the ABA event; FBI Director Wray only made a separate remark (b)"},
        {"n": 10, "type": "attribution", "fact": "f15", "original": "分析人士认为", "mutated": "谷歌发言人认为",
         "note": "the outlook is from analysts (a, b) and recruiters (c), not a Google spokesperson"},
        {"n": 11, "type": "modality", "fact": "f15", "original": "可能促使", "mutated": "必将促使",
         "note": "hedged 'could prompt' -> asserted 'will certainly prompt'"},
        {"n": 12, "type": "modality", "fact": "f16", "original": "也或将加剧", "mutated": "也已经加剧",
         "note": "hedged 'likely to deepen friction' -> asserted 'has already intensified'"},
        {"n": 13, "type": "unit", "fact": "f13", "original": "25万美元罚款", "mutated": "25万元人民币罚款",
         "note": "fine of USD 250,000 -> CNY 250,000"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "持股20%", "mutated": "持股40%",
         "note": "20% stake in Rongshu -> 40%"},
    ],
    "boilerplate": {
        A: [{"inline": "We use cookies to improve your experience. By continuing to browse you accept our cookie policy. [Accept] [Manage settings]"},
            {"inline": "By Helen Marsh and Kenji Oda | March 6, 2024 4:31 PM PST | Updated 1 hour ago"},
            "Related articles"],
        B: [{"inline": "The Silicon Ledger | Enterprise Security | Subscribe | Log in"},
            {"inline": "Security & Compliance | 8 March 2024 | By Rosa Lindqvist, Contributing Editor"},
            "Get The Silicon Ledger Weekly"],
        C: [{"inline": "Posted by Marcus Bell | March 7, 2024 at 7:15 AM | Crime & Courts"},
            {"inline": "Google's offices in Mountain View, March 6, 2024. (Photo: Lena Ortiz / East Bay Courier)"},
            "READ MORE"],
    },
}
