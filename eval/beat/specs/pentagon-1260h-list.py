# Gold specification for story `pentagon-1260h-list` (the US Defense Department's January 2025
# update of its Section 1260H list of "Chinese military companies", which added Tencent and CATL;
# the companies' responses, share moves and Beijing's reaction).
# All texts are invented for evaluation (the dates, list size, company names and main market
# moves follow the real episode; wording, quotes, analysts, lawyers and outlets are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story pentagon-1260h-list`.
#
# f16 is a genuine source-versus-source conflict: a says Ford is building a $3 billion battery
# plant in Marshall, Michigan using CATL technology; c calls it Ford's $3.5 billion plant. The
# summary reports both figures as differing reports.
#
# Traps:
# - Same number, different things: the Hang Seng Index fell 1.2% and the Nasdaq Golden Dragon
#   index fell 1.2% (c); Tencent fell 7.3% in Hong Kong vs its ADRs' 7.8% in New York (f21);
#   "six companies" removed vs Jan. 6; CATL's 2.8% close vs its 5.6% intraday low (m14 uses 5.6%).
# - Equal amounts in different units or scales: "3.93 million shares" = 393万股; "about HK$1.5
#   billion (roughly US$193 million)" = 约15亿港元 (m13 turns it into 15亿美元); "$3 billion" /
#   "$3.5 billion" = 30亿美元 / 35亿美元; the furniture ticker has "HK$379.6 (-7.3%)".
# - Percent vs percentage points: Prosus's stake "to 23.99% from 24.01%, a change of just 0.02
#   percentage points" (c, omission f25).
# - Yearless and relative dates: "on Monday", "on Tuesday", "since Oct. 8" (the summary writes
#   去年10月), "June 30, 2026" / "June 30, 2027", "mid-2026", "Jan. 20", "last year", "overnight";
#   the summary's 明年投产 (unsupported f17) lands in 2026, the year of the contracting ban.
# - Report date vs event date: b (dated Jan. 8) gives public inspection on Jan. 6 and formal
#   publication on Jan. 7; a is dated Jan. 7 and says the list was posted "on Monday"; the summary
#   (Jan. 9) writes 当地时间周一（1月6日）; the DoD contracting ban starts in 2026, not now.
# - Law years that are not event dates: "a 2021 defense law", "FY2021", "FY2024 NDAA", "Section 805",
#   "Section 1260H", "Section 889".
# - Non-conflicting negations: "The Chinese embassy in Washington did not immediately respond",
#   "does not trigger an immediate ban or sanctions", "OFAC has not added any of the newly listed
#   companies", "U.S. persons are not barred", "The department did not answer GovCon Ledger's
#   questions", "does not work with the military of any country", "no known defense work".
# - Hedged vs asserted: "could increase pressure on the Treasury" (f5, m11 asserts it); CATL
#   "would take legal action where necessary" (f9, m12 turns it into an action already taken);
#   "may also make U.S. utilities think twice"; "more names could follow".
# - Near miss for unsupported f18 (Tencent has sued): c says Tencent would start the
#   reconsideration process "and go to court if needed"; b says DJI and Hesai sued last year.
# - Reported speech from several speakers: Tencent's spokesperson, CATL, a Quectel spokesperson,
#   Foreign Ministry spokesperson Guo Jiakun, the lawyer Whitcombe, analysts Quon and Eriksen;
#   m10 moves Guo's words to the embassy spokesman, though a says the embassy did not respond.
# - Agency confusion: the list is the Defense Department's, not Commerce's Entity List (a's
#   furniture teaser "Commerce adds 11 Chinese entities to export blacklist"); m09 swaps them.
# - Inline furniture inside article text: b's "READ ALSO: Section 889 at five ..." and c's
#   "READ MORE: Five charts on Tencent's 2024 gaming comeback".
# - Numbers in furniture: "HSI 19,447.58 -1.20%", "0700.HK 379.60 -7.30%", "300750.SZ 249.45
#   -2.80%", "Xiaomi sinks 5.9%", "11 Chinese entities", "rose 120%", "134 rows, updated Jan. 8",
#   "2 rules", "Feb. 12, 1 p.m.", "41% of primes", "HK$1.33 after 5.3%", "EUR36.1 (-4.2%)".

A = "a-harbourline.en.txt"
B = "b-govconledger.en.txt"
C = "c-lantern.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-01-06",
         "what": "On Monday 6 January 2025 the US Defense Department published its updated 1260H list of Chinese military companies, adding Tencent and CATL",
         "in": {S: "美国国防部当地时间周一（1月6日）公布更新后的“中国军事企业”清单",
                A: "has added Chinese internet giant Tencent Holdings and battery maker CATL",
                B: "The notice was made available for public inspection on Jan. 6"}},
        {"id": "f2", "status": "agreement", "value": "134",
         "what": "The updated list names 134 companies",
         "in": {S: "共涵盖134家企业",
                A: "The list now names 134 companies",
                B: "It identifies 134 entities"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Other new entries include CXMT, Quectel, Autel Robotics and COSCO",
         "in": {S: "芯片制造商长鑫存储、通信模组厂商移远通信、无人机制造商道通智能以及航运巨头中远海运等也被新纳入",
                A: "Other new entries include memory chipmaker Changxin Memory Technologies (CXMT), wireless module maker Quectel, drone maker Autel Robotics and units of state shipping group COSCO",
                B: "New names include Tencent Holdings"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Being on the list does not trigger immediate sanctions (negated)",
         "in": {S: "被列入该清单并不会立即招致制裁",
                A: "Being on the list does not trigger an immediate ban or sanctions",
                B: "The designation itself is not a sanctions action"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The listing could increase pressure on the Treasury to sanction the firms (hedged)",
         "in": {S: "但可能加大美国财政部对相关企业实施制裁的压力",
                A: "could increase pressure on the Treasury Department to impose sanctions on the firms named"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Tencent's spokesperson said the listing was a mistake and Tencent is not a military company or defense supplier",
         "in": {S: "将公司列入清单是一个错误，腾讯并非军工企业或国防供应商",
                A: "Tencent is plainly not a military company or a defense supplier, and putting us on this list was a mistake",
                B: "Tencent has called its designation a mistake"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Tencent said that, unlike sanctions or export controls, the listing has no impact on its business (negated)",
         "in": {S: "对公司业务没有影响",
                A: "It has no impact on our business",
                B: "said the listing does not affect its business"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "CATL called the designation a mistake and said it has never engaged in military-related activities (negated)",
         "in": {S: "公司从未参与任何军事相关活动",
                A: "said it has not been involved in any military-related activities",
                B: "CATL said it is not engaged in any military activities",
                C: "CATL said it had never engaged in any military business"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "CATL would take legal action where necessary to protect the company and its shareholders (conditional)",
         "in": {S: "必要时将采取法律行动维护公司和股东权益",
                C: "would take legal action where necessary to protect the company and its shareholders"}},
        {"id": "f10", "status": "agreement", "value": "-7.3% | HKD 379.60 | 2025-01-07",
         "what": "Tencent's Hong Kong shares closed 7.3% lower at HK$379.60 on Tuesday",
         "in": {S: "腾讯港股周二收跌7.3%，报379.6港元",
                A: "In Hong Kong on Tuesday the stock ended 7.3% lower at HK$379.60",
                C: "Tencent slumped 7.3% to HK$379.60 in Hong Kong on Tuesday"}},
        {"id": "f11", "status": "agreement", "value": "2024-10-08",
         "what": "Tencent's fall was its steepest one-day drop since 8 October (2024)",
         "in": {S: "创去年10月以来最大单日跌幅",
                C: "its steepest one-day drop since Oct. 8"}},
        {"id": "f12", "status": "agreement", "value": "-2.8%",
         "what": "CATL's Shenzhen shares closed 2.8% lower",
         "in": {S: "宁德时代在深圳收跌2.8%",
                A: "CATL's Shenzhen-listed shares finished down 2.8%",
                C: "before closing 2.8% lower at 249.45 yuan"}},
        {"id": "f13", "status": "agreement", "value": "3930000 shares | HKD 1.5 billion",
         "what": "Tencent bought back 3.93 million shares on Tuesday for about HK$1.5 billion (about US$193 million)",
         "in": {S: "腾讯周二还斥资约15亿港元回购了393万股股份",
                C: "It bought back 3.93 million shares on Tuesday for about HK$1.5 billion (roughly US$193 million)"}},
        {"id": "f14", "status": "agreement", "value": "2025-01-07",
         "what": "Foreign Ministry spokesperson Guo Jiakun said on Tuesday that China opposes the US stretching national security and drawing up discriminatory lists against Chinese firms",
         "in": {S: "中国外交部发言人郭嘉昆周二表示",
                A: "Foreign Ministry spokesperson Guo Jiakun said China has always opposed Washington's practice of stretching the idea of national security",
                C: "Foreign Ministry spokesperson Guo Jiakun told reporters"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "Guo urged the US to correct its wrong practices immediately",
         "in": {S: "敦促美方立即纠正错误做法",
                A: "He urged the United States to correct its wrong practices immediately"}},
        {"id": "f16", "status": "source-conflict", "value": "3 billion USD | 3.5 billion USD",
         "what": "Value of Ford's Michigan battery plant using CATL technology: $3 billion (a) versus $3.5 billion (c)",
         "in": {S: "有报道称约30亿美元，也有报道称达35亿美元",
                A: "which is building a $3 billion battery plant in Marshall, Michigan",
                C: "Ford's $3.5 billion battery plant in Michigan"}},
        {"id": "f17", "status": "unsupported", "value": "2026",
         "what": "Ford's Michigan battery plant is planned to start production next year (no source says when it starts)",
         "in": {S: "计划明年投产"}},
        {"id": "f18", "status": "unsupported", "value": None,
         "what": "Tencent has filed a lawsuit in US federal court to be removed from the list (sources say only that it would go to court if needed)",
         "in": {S: "腾讯已向美国联邦法院提起诉讼"}},
        {"id": "f19", "status": "omission", "value": "6",
         "what": "Six companies were removed from the list (e.g. Megvii, CRCC, China Telecom, China State Construction)",
         "in": {A: "The Pentagon also dropped six companies it said no longer met the criteria",
                B: "Six entities came off the list"}},
        {"id": "f20", "status": "omission", "value": "2026-06-30 | 2027-06-30",
         "what": "From 30 June 2026 the Pentagon may not contract directly with listed firms; indirect purchases barred from 30 June 2027 (FY2024 NDAA Section 805)",
         "in": {B: "Starting June 30, 2026, the department may not contract directly with a listed entity"}},
        {"id": "f21", "status": "omission", "value": "-7.8%",
         "what": "Tencent's US-traded shares (ADRs) fell 7.8% in New York on Monday",
         "in": {A: "Tencent's U.S.-traded shares closed down 7.8% in New York on Monday",
                C: "had already slid 7.8% in New York overnight"}},
        {"id": "f22", "status": "omission", "value": "38 billion USD",
         "what": "Tencent and CATL together lost about $38 billion in market value",
         "in": {C: "Together the two companies shed about $38 billion in market value"}},
        {"id": "f23", "status": "omission", "value": None,
         "what": "DJI and Hesai sued the Pentagon last year over their designations and remain listed",
         "in": {B: "sued the Pentagon last year over their designations"}},
        {"id": "f24", "status": "omission", "value": None,
         "what": "Quectel said it does not work with any country's military and would ask the Pentagon to reconsider",
         "in": {A: "A Quectel spokesperson said the company does not work with the military of any country"}},
        {"id": "f25", "status": "omission", "value": "24.01% -> 23.99% (-0.02 pp)",
         "what": "Prosus trimmed its Tencent stake to 23.99% from 24.01%",
         "in": {C: "trimmed its stake to 23.99% from 24.01%"}},
        {"id": "f26", "status": "omission", "value": "-1.2%",
         "what": "The Hang Seng Index fell 1.2% to a six-week low",
         "in": {C: "The Hang Seng Index dropped 1.2% to a six-week low"}},
        {"id": "f27", "status": "omission", "value": None,
         "what": "Tencent said late Tuesday it would start the Pentagon's reconsideration process and go to court if needed",
         "in": {C: "it would start the Pentagon's reconsideration process and go to court if needed"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "共涵盖134家企业", "mutated": "共涵盖143家企业",
         "note": "134 listed companies -> 143 (digits transposed)"},
        {"n": 2, "type": "number", "fact": "f10", "original": "报379.6港元", "mutated": "报397.6港元",
         "note": "Tencent closed at HK$379.60, not HK$397.60"},
        {"n": 3, "type": "date", "fact": "f1", "original": "当地时间周一（1月6日）", "mutated": "当地时间上周五（1月3日）",
         "note": "the list was published on Monday 6 January, not Friday 3 January"},
        {"n": 4, "type": "date", "fact": "f14", "original": "郭嘉昆周二表示", "mutated": "郭嘉昆周四表示",
         "note": "Guo spoke on Tuesday 7 January (a, c), not Thursday"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "并不会立即招致制裁", "mutated": "将立即招致制裁",
         "note": "the listing does not trigger immediate sanctions -> it will trigger them immediately"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "对公司业务没有影响", "mutated": "对公司业务会有影响",
         "note": "Tencent said the listing has no impact on its business -> it will affect its business"},
        {"n": 7, "type": "entity", "fact": "f13", "original": "腾讯周二还斥资", "mutated": "宁德时代周二还斥资",
         "note": "the HK$1.5 billion buyback was Tencent's, not CATL's"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "长鑫存储", "mutated": "长江存储",
         "note": "the new memory-chip entry is CXMT (Changxin), not YMTC (Yangtze Memory); no source names YMTC"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "美国国防部当地时间", "mutated": "美国商务部当地时间",
         "note": "the 1260H list is published by the Defense Department, not the Commerce Department"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "中国外交部发言人郭嘉昆", "mutated": "中国驻美国大使馆发言人刘鹏宇",
         "note": "the statement came from Foreign Ministry spokesperson Guo Jiakun; the embassy did not respond (a)"},
        {"n": 11, "type": "modality", "fact": "f5", "original": "但可能加大", "mutated": "但必将加大",
         "note": "could increase pressure on the Treasury -> will certainly increase it"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "必要时将采取法律行动", "mutated": "已采取法律行动",
         "note": "CATL would take legal action where necessary -> has taken legal action"},
        {"n": 13, "type": "unit", "fact": "f13", "original": "约15亿港元", "mutated": "约15亿美元",
         "note": "buyback of about HK$1.5 billion (about US$193 million) -> US$1.5 billion"},
        {"n": 14, "type": "percentage", "fact": "f12", "original": "在深圳收跌2.8%", "mutated": "在深圳收跌5.6%",
         "note": "CATL closed 2.8% lower; 5.6% was its intraday low (c), not the close"},
    ],
    "boilerplate": {
        A: [{"inline": "Harbourline | World | Business | Markets | Technology | Breakingviews | Sustainability"},
            {"inline": "Market snapshot: HSI 19,447.58 -1.20% | 0700.HK 379.60 -7.30% | 300750.SZ 249.45 -2.80% | USD/CNH 7.35"},
            {"inline": "By Owen Castellano and Lydia Fong | January 7, 2025 5:52 PM GMT+8 | Updated 3 hours ago"},
            "Reporting by Owen Castellano"],
        B: [{"inline": "GovCon Ledger | Compliance | Supply Chain | Export Controls | Cybersecurity | Events | Subscribe"},
            {"inline": "By Marisa Okafor | January 8, 2025 | Supply Chain Security | 5 min read | Members only"},
            {"inline": "READ ALSO: Section 889 at five: what the Huawei ban taught procurement teams"},
            "Premium members can download"],
        C: [{"inline": "Lantern Markets Asia > Equities > China Tech > Analysis"},
            {"inline": "Posted by Ivy Tsang | Jan 8, 2025, 7:15 a.m. HKT | 6 min read"},
            {"inline": "Tencent 0700 HK$379.6 (-7.3%) | CATL 300750 CNY249.45 (-2.8%) | Prosus PRX EUR36.1 (-4.2%)"},
            {"inline": "READ MORE: Five charts on Tencent's 2024 gaming comeback"},
            "Disclosure: the author holds"],
    },
}
