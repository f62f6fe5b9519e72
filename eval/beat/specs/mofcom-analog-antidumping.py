# Gold specification for story `mofcom-analog-antidumping` (China's Ministry of Commerce opens an
# anti-dumping investigation into analog chips originating in the United States, and a parallel
# anti-discrimination investigation into US chip measures, 13 September 2025, the day before the
# Madrid trade talks).
# Follows the real episode: the date (Saturday 13 September 2025), the agency (MOFCOM), the two
# same-day probes, the product scope (commodity interface chips and gate driver chips on 40nm and
# above), the petitioner (Jiangsu Semiconductor Industry Association), the dumping period (2024)
# and injury period (2022-2024), the normal one-year length (to 13 September 2026) extendable by
# six months, the 20-day registration window usual in MOFCOM notices, and the Madrid talks from
# Sunday 14 September led by He Lifeng and Scott Bessent; TI, ADI, ON Semiconductor and Microchip
# as the US makers coverage expected to be most affected.
# Invented: all outlets, reporters, analysts, firms and quotes (Meridian Wire, Trade Defence
# Weekly, The Fab Line, Xinmou Research, Tidewater Securities, Kallang Capital, Bellwether Semi
# Advisors, Brackwell Stroud); the import growth and price-drop percentages (41%, 46%); the market
# share estimates (40%, 60%); the import value (CNY 22 bn / USD 3.1 bn); the share moves (SG Micro
# up as much as 12%, closing 7.5% higher; 3Peak 6.1%); all web furniture. Edit here, then run
# `python3 build_gold.py --root DIR --story mofcom-analog-antidumping`.
#
# f13 is a genuine source-versus-source conflict: a puts US suppliers' share of China's analog chip
# market at about 40% (Xinmou Research), c at roughly 60% (Bellwether Semi Advisors). The summary
# gives both figures, each with its own kind of source.
#
# Traps:
# - Same amount in two currencies: b gives "22 billion yuan ($3.1 billion)", a only "about $3.1
#   billion"; the summary writes 约220亿元人民币. Furniture in a: "Yuan firms to 7.12 per dollar".
# - One moment, three time zones: a (Singapore, dated Sat 13 Sep) "said on Saturday"; b (London,
#   dated Mon 15 Sep) "on 13 September"; c (California, dated 13 Sep) "posted the notice late Friday
#   night, West Coast time". All are the same announcement; the summary writes 9月13日.
# - Relative vs calendar dates: talks "on Sunday" (a, c) and "a day before ... opened ... on Sunday"
#   (b) = 9月14日; "last year" in September 2025 articles (a, b) = 2024 = the summary's 去年;
#   "over the injury period" (b) = 2022-2024; "within a year of initiation" (b) = 13 Sep 2026.
# - Negations that agree: "did not name individual companies" (a) = 未点名具体企业; "are not
#   covered" (b) / "leaves out anything made on newer nodes" (c) = 不在调查范围内.
# - Negations that conflict with nothing: "did not respond", "declined to comment", "didn't answer
#   an email", "Washington has not said whether chips will be on the agenda", "the notice does not
#   mention the power-management ... lines", "Nothing in the notice says duties are coming",
#   "Nobody is ripping TI out", "Neither side has linked the probes to the talks", "she doesn't
#   think"; "did not say how long that review would last" is an omission (f17).
# - Hedges: "could be imposed" (b) / "may slap" (c) = 可能 (f10); "could be extended" (a) vs "can be
#   extended" (b) = 可延长 (f6); "expected to be most affected" (a) = 分析人士认为 ... 受影响最大.
# - Unsupported claim next to real support: f14 (MOFCOM expects a preliminary ruling in Q1 next
#   year) follows the timetable sentence; b's lawyer talks about the preliminary determination but
#   gives no date, and no source has MOFCOM name one.
# - Numbers that mean two things: 40 is the process node (40nm, all three) and US suppliers' market
#   share (40%, a); 13 is the announcement day and the day of the 2026 deadline; 12% is SG Micro's
#   intraday peak (b; the summary's 一度上涨) while it closed 7.5% higher, and a furniture teaser has
#   a chip ETF up 12% in a month; "six months" extension vs "in six charts" (c furniture); 20 days
#   to register (a, f15) vs "20% of revenue" in a comment (c furniture); 41% recurs in a comment.
# - Report date vs event date: b (Monday 15 Sep) reports Monday's Shenzhen trading; the summary,
#   dated 15 Sep, writes 周一.
# - Approximations, not hedges: "about 40%" = 约四成, "roughly 60%" = 约六成, "as much as 12%" = 一度上涨
#   百分之十二.
# - Numbers in furniture: "up 4.8%", "7.12 per dollar", "97% utilisation", "12% in a month", "14
#   product groups", "up to 62%", "37 days", "9,000 trade lawyers", "38,000 readers", "210",
#   "70%", "14 comments", "20% of revenue", "41%".

A = "a-meridian.en.txt"
B = "b-tradedefence.en.txt"
C = "c-fabline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-13",
         "what": "MOFCOM announced on Saturday 13 September 2025 an anti-dumping investigation into analog chips originating in the US (c: late Friday night Pacific time, the same moment)",
         "in": {S: "中国商务部9月13日宣布",
                A: "China's Ministry of Commerce said on Saturday it had opened an anti-dumping investigation into certain analog chips imported from the United States",
                B: "initiated an anti-dumping investigation on 13 September into analog integrated circuits originating in the United States",
                C: "Beijing's Commerce Ministry posted the notice late Friday night, West Coast time"}},
        {"id": "f2", "status": "agreement", "value": "40nm",
         "what": "The products in scope are commodity interface chips and gate driver chips made on processes of 40nm and above",
         "in": {S: "涉案产品为采用40纳米及以上工艺制造的通用接口芯片和栅极驱动芯片",
                A: "The probe covers commodity interface chips and gate driver chips made on 40-nanometre and older process technologies",
                B: "It covers commodity interface chips and gate driver chips manufactured on process nodes of 40nm and above",
                C: "It's interface chips and gate drivers built on 40nm-and-up processes"}},
        {"id": "f3", "status": "agreement", "value": "2025-09-13",
         "what": "The same day MOFCOM launched an anti-discrimination investigation into US measures against China's chip sector",
         "in": {S: "对美国针对中国芯片产业的相关措施发起反歧视调查",
                A: "the ministry said it had launched an anti-discrimination investigation into U.S. measures targeting China's chip industry",
                B: "MOFCOM opened an anti-discrimination investigation the same day into US measures against China's chip sector",
                C: "a second, broader probe into what it called U.S. discrimination against China's chip sector"}},
        {"id": "f4", "status": "agreement", "value": "2025-09-14",
         "what": "Both probes came on the eve of trade talks in Madrid led by Vice Premier He Lifeng and Treasury Secretary Scott Bessent, starting Sunday 14 September",
         "in": {S: "国务院副总理何立峰与美国财政部长贝森特于9月14日起在西班牙马德里举行会谈",
                A: "Vice Premier He Lifeng and U.S. Treasury Secretary Scott Bessent are due to begin talks in Madrid on Sunday",
                B: "a day before Vice Premier He Lifeng and US Treasury Secretary Scott Bessent opened trade talks in Madrid",
                C: "hours before U.S. and Chinese negotiators sit down in Madrid on Sunday"}},
        {"id": "f5", "status": "agreement", "value": "2024 | 2022-01-01..2024-12-31",
         "what": "The dumping investigation period is calendar 2024; the injury investigation period is 1 January 2022 to 31 December 2024",
         "in": {S: "倾销调查期为2024年1月1日至12月31日，产业损害调查期为2022年1月1日至2024年12月31日",
                B: "The dumping investigation period runs from 1 January to 31 December 2024, and the injury investigation period from 1 January 2022 to 31 December 2024"}},
        {"id": "f6", "status": "agreement", "value": "2026-09-13 (+P6M)",
         "what": "The investigation should normally end by 13 September 2026 and can be extended by six months in special circumstances",
         "in": {S: "调查原则上应于2026年9月13日前结束，特殊情况下可延长6个月",
                A: "The probe would normally conclude by September 13, 2026, but could be extended by six months in special circumstances",
                B: "MOFCOM will normally complete the investigation within a year of initiation"}},
        {"id": "f7", "status": "agreement", "value": "+41% | -46%",
         "what": "MOFCOM said imports of the products from the US rose 41% from 2022 to 2024 while their prices fell 46%, depressing domestic prices",
         "in": {S: "2022年至2024年，相关产品自美进口量增长百分之四十一，进口价格下降百分之四十六",
                A: "imports of the products from the United States rose 41% between 2022 and 2024 while their prices fell 46%",
                B: "import volumes of the subject products rose 41% over the injury period while their prices dropped 46%"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "MOFCOM's notice did not name companies (negated), but TI, ADI, ON Semiconductor and Microchip are expected to be the most affected US makers (hedged, per analysts)",
         "in": {S: "商务部公告未点名具体企业，但分析人士认为，德州仪器、亚德诺半导体、安森美和微芯科技等美国厂商受影响最大",
                A: "The ministry's notice did not name individual companies, but Texas Instruments, Analog Devices, ON Semiconductor and Microchip Technology are among the U.S. makers expected to be most affected",
                C: "Texas Instruments, Analog Devices, onsemi and Microchip are the ones with the most to lose"}},
        {"id": "f9", "status": "agreement", "value": "22000000000 CNY (3100000000 USD)",
         "what": "A Hong Kong brokerage (Tidewater Securities) estimates last year's (2024) imports of the products at CNY 22 bn, about USD 3.1 bn",
         "in": {S: "去年中国自美国进口的涉案芯片价值约220亿元人民币",
                A: "Imports of the chips covered by the probe were worth about $3.1 billion last year",
                B: "Tidewater Securities puts last year's imports of the products in question at 22 billion yuan ($3.1 billion)"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Provisional duties could / may be imposed before the investigation ends (hedged; lawyers in b, an analyst in c)",
         "in": {S: "商务部可能在调查结束前先行征收临时反倾销税",
                B: "Provisional duties could be imposed well before the case concludes",
                C: "the ministry may slap temporary duties on these chips before the final ruling"}},
        {"id": "f11", "status": "agreement", "value": "+12% intraday (2025-09-15)",
         "what": "Chinese analog chipmakers rallied on Monday 15 September; SG Micro rose as much as 12% (closing 7.5% higher)",
         "in": {S: "圣邦股份等国内模拟芯片企业股价周一一度上涨百分之十二",
                B: "SG Micro rose as much as 12% in Shenzhen on Monday"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Chips made on more advanced processes (below 40nm) are not covered (negated)",
         "in": {S: "更先进制程的芯片不在调查范围内",
                B: "Chips made on more advanced processes are not covered",
                C: "It leaves out anything made on newer nodes"}},
        {"id": "f13", "status": "source-conflict", "value": "40% | 60%",
         "what": "US suppliers' share of China's analog chip market: about 40% per Xinmou Research (a) versus roughly 60% per Bellwether Semi Advisors (c)",
         "in": {S: "一家咨询机构估计约为四成，另一家研究机构则估计约为六成",
                A: "American suppliers hold about 40% of China's analog chip market",
                C: "Her firm estimates U.S. vendors control roughly 60% of China's analog market"}},
        {"id": "f14", "status": "unsupported", "value": "2026-Q1",
         "what": "MOFCOM said it expects a preliminary ruling in the first quarter of next year (no source says so)",
         "in": {S: "商务部表示，预计将于明年第一季度作出初步裁定"}},
        {"id": "f15", "status": "omission", "value": "P20D",
         "what": "Interested parties have 20 days to register to take part in the investigation",
         "in": {A: "Interested parties have 20 days to register with the ministry"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The investigation follows a petition from the Jiangsu Semiconductor Industry Association on behalf of domestic producers",
         "in": {B: "The initiation follows a petition from the Jiangsu Semiconductor Industry Association"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "MOFCOM did not say how long the anti-discrimination review would last (negated)",
         "in": {B: "The ministry did not say how long that review would last"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Analysts said chips fabricated in US fabs but packaged in Malaysia or the Philippines may still count as US-origin (hedged)",
         "in": {C: "chips fabricated in U.S. fabs but packaged in Malaysia or the Philippines may still count as American"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "40纳米", "mutated": "28纳米",
         "note": "process node 40nm and above (a, b, c) -> 28nm and above"},
        {"n": 2, "type": "number", "fact": "f9", "original": "约220亿元", "mutated": "约120亿元",
         "note": "imports worth CNY 22 bn / USD 3.1 bn (a, b) -> CNY 12 bn"},
        {"n": 3, "type": "date", "fact": "f1", "original": "9月13日宣布", "mutated": "9月11日宣布",
         "note": "announced Saturday 13 September (a, b; late Friday 12 Sept Pacific time in c) -> 11 September, a date no source supports in any time zone"},
        {"n": 4, "type": "date", "fact": "f6", "original": "2026年9月13日前", "mutated": "2027年9月13日前",
         "note": "normal deadline 13 September 2026 (a), within a year of initiation (b) -> 2027"},
        {"n": 5, "type": "negation", "fact": "f12", "original": "不在调查范围内", "mutated": "也在调查范围内",
         "note": "more advanced chips are not covered (b) / left out (c) -> also covered"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "公告未点名具体企业", "mutated": "公告点名了具体企业",
         "note": "the notice did not name individual companies (a) -> it named them"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "贝森特", "mutated": "卢特尼克",
         "note": "Treasury Secretary Scott Bessent (a, b) -> Lutnick; no source names Lutnick"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "微芯科技", "mutated": "英飞凌",
         "note": "Microchip (a, c) -> Infineon; no source names Infineon among the affected makers"},
        {"n": 9, "type": "attribution", "fact": "f3", "original": "商务部同日还宣布", "mutated": "海关总署同日还宣布",
         "note": "the anti-discrimination probe was announced by MOFCOM (a, b, c), not the General Administration of Customs"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "商务部称", "mutated": "德州仪器称",
         "note": "the 41% / 46% figures come from MOFCOM's notice (a, b), not Texas Instruments"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "可能在调查结束前", "mutated": "将在调查结束前",
         "note": "hedged 'could be imposed' (b) / 'may slap' (c) provisional duties -> asserted 'will impose'"},
        {"n": 12, "type": "unit", "fact": "f9", "original": "220亿元人民币", "mutated": "220亿美元",
         "note": "currency CNY -> USD; imports were 22 billion yuan, about USD 3.1 bn (a, b)"},
        {"n": 13, "type": "percentage", "fact": "f7", "original": "下降百分之四十六", "mutated": "下降百分之十六",
         "note": "import prices fell 46% (a, b) -> 16%"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "百分之十二", "mutated": "百分之二十",
         "note": "SG Micro rose as much as 12% (b) -> 20%"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | Technology | Asia Pacific | Commodities | Sign in | Try 30 days free"},
            {"inline": "By Wei Lin and Arjun Mehta | September 13, 2025 6:41 PM GMT+8 | Updated 1 hour ago"},
            "(Reporting by Wei Lin in Beijing"],
        B: [{"inline": "Trade Defence Weekly | Cases | Sectors | Data | Events | Jobs | Subscribe"},
            {"inline": "Trade remedies | 15 September 2025 | By Harriet Okonkwo, Asia Editor"},
            {"inline": "READ MORE: India extends anti-dumping duty on Chinese solar glass for five years"},
            "Trade Defence Weekly tracks every MOFCOM initiation"],
        C: [{"inline": "The Fab Line | Newsletter | Podcast | Deep Dives | About"},
            {"inline": "Posted by Marcus Ortega · Sept. 13, 2025 · 5 min read"},
            {"inline": "Image: A 300mm wafer line at an analog fab in Richardson, Texas. (The Fab Line file photo)"},
            "Enjoyed this issue? Forward it to a colleague"],
    },
}
