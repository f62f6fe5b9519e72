# Gold specification for story `farmland-security-plan` (US Agriculture Department's National Farm
# Security Action Plan to bar Chinese purchases of US farmland and claw back existing holdings,
# announced Tuesday 8 July 2025; China's foreign ministry replied on Wednesday 9 July). The summary
# is in Simplified Chinese, mainland style (当地时间8日, transliterations 罗林斯/赫格塞思/邦迪/阿博特,
# 英亩, 万, 得克萨斯州, 外交部发言人9日表示).
# All texts are invented for evaluation (the plan's name, the officials present and the 1978 act are
# real; quotes, outlets, the Farmland Policy Institute, the Plains Policy Center, the Missouri Valley
# School of Law, analysts and most figures are made up).
# Edit here, then run `python3 build_gold.py --root /work/main/eval/heldout --story farmland-security-plan`.
#
# Traps:
# - Source conflict on the central figure: a says Chinese investors held "about 265,000 acres" at
#   the end of 2023; b says they "own about 349,000 acres" (no year, an older series). The summary
#   follows a (约26.5万英亩), so a contradiction with b in that sentence is excused; no mutant sits
#   in that sentence.
# - One share, three forms: "less than 1%" (a), "under one percent" (c), 不到……的1%; the other
#   shares are a different scope: "about 3.5% of privately held U.S. farmland" (a, omitted),
#   "roughly a third" held by Canadians (c, omitted).
# - One penalty, two forms: "up to 25% of the land's fair market value" (a) and "up to a quarter of
#   the property's fair market value" (b); m14 mutates 25% -> 15%.
# - Counts with different dates: "At least 26 states now ..., up from 14 at the start of 2023" (b);
#   m02 mutates 26 -> 14, the earlier count (the summary says 已有26个州 without "at least", so
#   14 contradicts it rather than being a weaker bound).
# - Two Texas dates: the law was signed "in June" and "takes effect Sept. 1" (b); m04 mutates
#   6月 -> 9月.
# - Many years of different events: the 1978 act, Smithfield bought in 2013, Fufeng's 2022 purchase,
#   the Air Force's January 2023 warning, Florida's 2023 law, holdings "at the end of 2023".
# - Day names vs dates: a (8 July) says "on Tuesday"; c (10 July) says China spoke "on Wednesday"
#   (9 July) and the plan was "unveiled Tuesday"; the summary uses 当地时间8日 and 9日.
# - Several officials at one event: Hegseth's own remark (Pentagon review of land near bases,
#   omitted) is not Rollins' clawback pledge; m09 moves the pledge to Hegseth.
# - Hedges: "executive action could be among the tools used" (a) -> 并可能动用行政手段;
#   "is likely to be limited" (c); "would very likely draw lawsuits" (c) -> 很可能引发诉讼;
#   "the litigation could drag on for years" (c, not in the summary).
# - Negations that do not negate a summary claim: "did not immediately respond" (China's embassy,
#   a), "Smithfield did not respond", "USDA did not say when the portal would go live" (b),
#   "Many states have not waited" (b), "Land values ... have not been affected" (c),
#   "asked not to be named". "They did not say how ..." (a) and "Officials have not specified ..."
#   (c) support the negated f5; "does not pose a security threat" (c) supports the negated f14.
# - Entities that are close: WH Group (万洲国际, Hong Kong-listed) vs COFCO (m08); North Korea vs
#   South Korea (m07); the foreign ministry vs the commerce ministry (m10).
# - Amount in a currency: $4.7 billion -> 47亿美元; m13 changes it to 47亿元 (yuan).
# - Teasers with claim-like numbers: "record 12.8 million tonnes", "jump 29%", "record $240 per
#   hundredweight", "rise 6%", "2 injured".

A = "a-meridian.en.txt"
B = "b-heartland.en.txt"
C = "c-plains.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-08",
         "what": "On Tuesday 8 July 2025 USDA unveiled a plan to stop Chinese nationals and companies buying US farmland and to take back some of the land they own",
         "in": {S: "拟禁止中国公民和企业购买美国农地，并收回其已购得的部分土地",
                A: "The U.S. Agriculture Department on Tuesday unveiled a plan to stop Chinese nationals and companies from buying American farmland and to take back some of the land they already own",
                B: "Agriculture Secretary Brooke Rollins' new National Farm Security Action Plan, released Tuesday, leans heavily on state capitols to keep Chinese buyers off American farmland"}},
        {"id": "f2", "status": "agreement", "value": "2025-07-08",
         "what": "Agriculture Secretary Brooke Rollins presented the National Farm Security Action Plan in Washington, with Defense Secretary Hegseth and Attorney General Bondi",
         "in": {S: "美国农业部长罗林斯当地时间8日在华盛顿与国防部长赫格塞思、司法部长邦迪共同公布“国家农业安全行动计划”",
                A: "Agriculture Secretary Brooke Rollins presented the National Farm Security Action Plan at USDA headquarters in Washington, flanked by Defense Secretary Pete Hegseth and Attorney General Pam Bondi"}},
        {"id": "f3", "status": "agreement", "value": "China, Russia, Iran, North Korea",
         "what": "USDA will work with state legislatures on laws banning farmland purchases by citizens and companies of China, Russia, Iran and North Korea (foreign adversaries)",
         "in": {S: "农业部将与各州议会合作，推动立法禁止中国、俄罗斯、伊朗和朝鲜等“外国对手”国家的公民和企业购买农业用地",
                A: "the department will work with state legislatures to pass laws banning purchases of agricultural land by citizens and companies of China, Russia, Iran and North Korea",
                B: "The plan asks legislatures to adopt bans on farmland purchases by people and entities tied to China, Russia, Iran and North Korea"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Rollins said USDA would pursue every legal avenue to claw back farmland bought by Chinese buyers; executive action could be used (hedged)",
         "in": {S: "罗林斯表示，农业部将通过“一切法律途径”收回已被中国买家购得的农地，并可能动用行政手段",
                A: "Rollins said USDA would pursue \"every legal avenue\" to claw back farmland already bought by Chinese buyers, and officials said executive action could be among the tools used",
                C: "says USDA will use every legal avenue to claw back Chinese-owned farmland"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Officials did not say how the land would be recovered or how much land is involved (negated)",
         "in": {S: "但官员并未说明具体做法及涉及的土地面积",
                A: "They did not say how the land would be recovered or how many acres might be involved",
                C: "Officials have not specified how much land could be targeted or by what mechanism"}},
        {"id": "f6", "status": "agreement", "value": "265000 acres (end of 2023)",
         "what": "Chinese investors held about 265,000 acres of US agricultural land at the end of 2023, per the latest USDA data",
         "in": {S: "美国农业部最新数据显示，截至2023年底，中国投资者持有约26.5万英亩美国农业用地",
                A: "Chinese investors held about 265,000 acres of U.S. agricultural land at the end of 2023, according to the most recent USDA disclosure data"}},
        {"id": "f7", "status": "agreement", "value": "<1%",
         "what": "That is less than 1% of foreign-held US farmland",
         "in": {S: "不到外国投资者所持农地的1%",
                A: "That is less than 1% of the roughly 45 million acres held by foreign persons",
                C: "Chinese owners account for under one percent of the foreign-held farmland tracked by USDA"}},
        {"id": "f8", "status": "agreement", "value": "146000 acres | 2013 | 4700000000 USD",
         "what": "The largest Chinese-linked holder is Smithfield Foods, with about 146,000 acres, bought by WH Group in 2013 for USD 4.7 billion",
         "in": {S: "其中最大的持有者是史密斯菲尔德食品公司，持有约14.6万英亩，该公司2013年被中国万洲国际集团以47亿美元收购",
                C: "The largest Chinese-linked landholder is Smithfield Foods, the Virginia-based pork producer that owns about 146,000 acres and was bought in 2013 by Hong Kong-listed WH Group for $4.7 billion"}},
        {"id": "f9", "status": "agreement", "value": "26",
         "what": "At least 26 states now restrict or prohibit foreign ownership of agricultural land",
         "in": {S: "目前全美已有26个州限制或禁止外国人购买农业用地",
                B: "At least 26 states now restrict or prohibit foreign ownership of agricultural land, up from 14 at the start of 2023"}},
        {"id": "f10", "status": "agreement", "value": "2025-06",
         "what": "Texas Gov. Greg Abbott signed such a law in June",
         "in": {S: "得克萨斯州州长阿博特也于6月签署了一项相关法律",
                B: "Texas Gov. Greg Abbott signed one of the broadest of those laws in June"}},
        {"id": "f11", "status": "agreement", "value": "1978",
         "what": "The plan calls for tougher enforcement of the 1978 Agricultural Foreign Investment Disclosure Act",
         "in": {S: "该计划还要求加强执行1978年出台的《农业外国投资披露法》",
                A: "The plan also calls for tougher enforcement of the Agricultural Foreign Investment Disclosure Act, a 1978 law",
                B: "the plan tightens the Agricultural Foreign Investment Disclosure Act of 1978"}},
        {"id": "f12", "status": "agreement", "value": "25% of fair market value",
         "what": "Foreign owners who fail to report can be fined up to 25% (a quarter) of the land's fair market value",
         "in": {S: "未按规定申报持有情况的外国买家最高可被处以土地公允市值25%的罚款",
                A: "Investors who fail to file can be fined up to 25% of the land's fair market value",
                B: "Foreign owners who do not report their purchases face fines of up to a quarter of the property's fair market value"}},
        {"id": "f13", "status": "agreement", "value": "2025-07-09",
         "what": "On Wednesday 9 July a Chinese foreign ministry spokesperson said China has always opposed overstretching national security and politicising economic and trade issues",
         "in": {S: "中国外交部发言人9日表示，中方一贯反对泛化国家安全概念、将经贸问题政治化",
                C: "a Chinese foreign ministry spokesperson said China \"has always opposed overstretching the concept of national security and politicizing economic and trade issues.\""}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "The spokesperson said Chinese investment in the US is normal commercial activity and does not pose a security threat (negated)",
         "in": {S: "中国企业在美投资是正常商业行为，并不构成安全威胁",
                C: "Investment by Chinese companies in the United States is normal commercial activity and does not pose a security threat"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "An analyst said the plan's practical effect is likely to be limited (hedged)",
         "in": {S: "该计划的实际影响可能有限",
                C: "The plan's practical effect on who owns U.S. farmland is likely to be limited"}},
        {"id": "f16", "status": "agreement", "value": None,
         "what": "A legal scholar said forcing owners to sell legally bought land would very likely draw lawsuits (hedged)",
         "in": {S: "强制收回合法购得的土地很可能引发诉讼",
                C: "Forcing owners to sell land they bought legally would very likely draw lawsuits under the Constitution's takings and equal-protection clauses"}},
        {"id": "f17", "status": "unsupported", "value": "2025-12-31",
         "what": "USDA plans to publish a first list of farmland to be clawed back by the end of the year (no source says so)",
         "in": {S: "农业部计划在今年年底前公布首批拟收回的农地清单"}},
        {"id": "f18", "status": "source-conflict", "value": "265000 acres vs 349000 acres",
         "what": "Chinese-held US farmland: about 265,000 acres at the end of 2023 (a, followed by the summary) vs about 349,000 acres (b)",
         "in": {S: "约26.5万英亩",
                A: "Chinese investors held about 265,000 acres",
                B: "Chinese investors own about 349,000 acres of U.S. agricultural land, USDA figures show"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Hegseth said the Pentagon would work with USDA to scrutinise land deals near military bases",
         "in": {A: "Hegseth said the Pentagon would work with USDA to scrutinize land deals near military bases"}},
        {"id": "f20", "status": "omission", "value": "370 acres (2022)",
         "what": "Fufeng Group bought about 370 acres near Grand Forks Air Force Base in 2022; the Air Force called it a significant threat in January 2023",
         "in": {A: "bought about 370 acres near Grand Forks Air Force Base in North Dakota in 2022 to build a corn mill"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "A federal appeals court blocked Florida from enforcing its 2023 law against two Chinese citizens who sued",
         "in": {B: "A federal appeals court blocked the state from enforcing it against two Chinese citizens who sued"}},
        {"id": "f22", "status": "omission", "value": "1/3",
         "what": "Canadian investors hold roughly a third of foreign-held US farmland",
         "in": {C: "Canadian investors alone hold roughly a third of it"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f8", "original": "约14.6万英亩", "mutated": "约16.4万英亩",
         "note": "Smithfield owns about 146,000 acres -> about 164,000 (digits transposed)"},
        {"n": 2, "type": "number", "fact": "f9", "original": "26个州", "mutated": "14个州",
         "note": "at least 26 states now -> 14, the count at the start of 2023 (b)"},
        {"n": 3, "type": "date", "fact": "f2", "original": "当地时间8日", "mutated": "当地时间9日",
         "note": "plan unveiled Tuesday 8 July -> 9 July, the day of China's reply"},
        {"n": 4, "type": "date", "fact": "f10", "original": "于6月签署", "mutated": "于9月签署",
         "note": "Texas law signed in June -> September (the law takes effect Sept. 1)"},
        {"n": 5, "type": "negation", "fact": "f12", "original": "未按规定申报", "mutated": "按规定申报",
         "note": "fines for owners who fail to report -> for owners who do report"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "并不构成安全威胁", "mutated": "并构成安全威胁",
         "note": "Chinese investment 'does not pose a security threat' (c) -> does pose one"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "和朝鲜", "mutated": "和韩国",
         "note": "North Korea -> South Korea; no source lists South Korea as a foreign adversary"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "万洲国际集团", "mutated": "中粮集团",
         "note": "Smithfield was bought by WH Group (c), not COFCO"},
        {"n": 9, "type": "attribution", "fact": "f4", "original": "罗林斯表示", "mutated": "赫格塞思表示",
         "note": "the clawback pledge was Rollins' (a); Hegseth spoke about land near military bases"},
        {"n": 10, "type": "attribution", "fact": "f13", "original": "中国外交部发言人", "mutated": "中国商务部发言人",
         "note": "the reply came from a foreign ministry spokesperson (c), not the commerce ministry"},
        {"n": 11, "type": "modality", "fact": "f4", "original": "并可能动用行政手段", "mutated": "并将动用行政手段",
         "note": "executive action 'could be among the tools used' -> will be used"},
        {"n": 12, "type": "modality", "fact": "f16", "original": "很可能引发诉讼", "mutated": "必然引发诉讼",
         "note": "'would very likely draw lawsuits' -> will certainly draw lawsuits"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "47亿美元", "mutated": "47亿元",
         "note": "currency USD -> yuan (USD 4.7 billion is about 34 billion yuan)"},
        {"n": 14, "type": "percentage", "fact": "f12", "original": "公允市值25%", "mutated": "公允市值15%",
         "note": "fine up to 25% (a quarter) of fair market value -> 15%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Carla Mendes and Ryan Whitfield | July 8, 2025 5:47 PM EDT | Updated 3 hours ago"},
            "(Reporting by Carla Mendes"],
        B: [{"inline": "POLICY | By Dana Kowalczyk, Washington Correspondent | July 9, 2025"},
            "Share this article:"],
        C: [{"inline": "Business | Thursday, July 10, 2025 | By Elise Brandt | 6 min read"},
            "This story has been updated to include"],
    },
}
