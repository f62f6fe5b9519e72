# Gold specification for story `results-export-curbs` (Applied Materials warns that the US
# Commerce Department's "affiliates rule" will cut its fiscal 2026 revenue, October 2025).
# The facts follow the real episode: a filing on Thursday 2 October 2025; the BIS rule published
# on 29 September 2025 extends Entity List restrictions to entities 50% or more owned by listed
# parties; about $600 million off fiscal 2026 revenue and about $110 million off fiscal Q4 2025
# revenue; shares closed up 2.7% at $223.59 and fell as much as 5.6% after hours; China was 35%
# of revenue in the July quarter. Outlets, reporters, analysts (Northgate Securities' Priya Raman,
# Halvorsen & Co's Tobias Wren) and all quotes are invented. Edit here, then run
# `python3 build_gold.py --root DIR --story results-export-curbs`.
# f14 is a genuine source-versus-source conflict: a says the stock fell as much as 5.6% in
# extended trading, b as much as 3% in after-hours trading on the same Thursday. The summary
# follows a.
#
# Traps:
# - Weekday vs date: the filing is "on Thursday" (a, dated Thursday 2 Oct), "Oct. 2" (b),
#   "October 2" (c); the rule was issued "on Monday" (a), "September 29" (b) and "last Monday"
#   (c, dated Sunday 5 Oct) - all 29 September. b's "Until this week" is the same week.
# - Fiscal vs calendar periods: fiscal 2026 "runs through October of next year" (a), "through
#   late October 2026" (b), "ends in October 2026" (c); c calls it "next year's expected sales".
#   Fiscal Q4 2025 is the "fiscal fourth quarter, which ends in late October" (a), "the October
#   quarter" (b), "the current quarter" (c); fiscal Q3 is "the July quarter" (b).
# - Same amount, different notation: "$600 million" (a) = "600 million dollars" (b) =
#   "$0.6 billion" (c) = 约6亿美元; "$110 million" (a, b) = "110 million dollars" (c) = 约1.1亿美元.
# - Different share-price measures that do not conflict: regular-session gain of 2.7% to $223.59 (a, c),
#   down 2.5% before Friday's open (b), Lam down more than 1% (b), "rallied about 40% since early
#   September" (c), shares "sank roughly 14%" in August (b). Only the after-hours low conflicts.
# - Same topic, different scopes: China 35% of Applied's revenue in the July quarter (a, b),
#   expected 29% in the October quarter (b), "more than a third ... in recent quarters" (c);
#   Lam and KLA 34% and 33% (a); Raman's assumed 30% China mix, 2% of total revenue, 7% of China
#   sales (b). Fiscal 2024 revenue rose 2.5% (c), the same figure as b's premarket drop.
# - Other periods in the same article: August guidance of about $6.7 billion for fiscal Q4 (b),
#   fiscal 2024 revenue of $27.18 billion (c), analysts' roughly $29 billion for fiscal 2026 (b, c).
# - Negation paraphrased: "not big enough to change how we think about the stock" (b) and "too
#   small to alter the investment case" (c) = 不足以改变.
# - Non-conflicting negations: "did not say how many customers were affected", "declined to
#   comment beyond the filing" (a), "was not itself named on the list could usually receive
#   U.S. items without a license" (b, the old regime), "Neither company has commented" (b),
#   "a year that has not begun", "did not respond to questions" (c).
# - Hedges: "expects the damage ... to be smaller" (b), "probably face a smaller hit" (c) =
#   可能较小; Wren's "would probably address the rule" (a, omitted).
# - Attribution: CFO Brice Hill is quoted in b only about the August outlook; the 2% estimate
#   is the analyst Raman's. BIS, not Applied, describes the rule as shutting a gap (a).
# - Numbers in furniture: the ticker line "AMAT -2.5% pre-market | LRCX -1.2% ...", "$3,850 an
#   ounce", "up 1.8%", "15% drop", "more than 60%", "a 34% China share", "5 min read",
#   "Comments (12)", "Webinar, 16 October".

A = "a-keystone.en.txt"
B = "b-fabline.en.txt"
C = "c-tickerdesk.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-10-02",
         "what": "Applied Materials disclosed the hit in a regulatory (SEC, 8-K) filing on Thursday 2 October 2025",
         "in": {S: "10月2日（周四）向美国证券交易委员会提交文件",
                A: "said on Thursday that an expanded set of U.S. export restrictions",
                B: "In an 8-K filing dated Oct. 2",
                C: "On October 2, Applied Materials told regulators"}},
        {"id": "f2", "status": "agreement", "value": "-600000000 USD",
         "what": "The new export rule will reduce Applied's fiscal 2026 revenue by about USD 600 million (a forecast)",
         "in": {S: "营收预计将减少约6亿美元",
                A: "would reduce its revenue in fiscal 2026 by about $600 million",
                B: "will take about 600 million dollars out of its fiscal 2026 revenue",
                C: "would cost it $0.6 billion in fiscal 2026 revenue"}},
        {"id": "f3", "status": "agreement", "value": "-110000000 USD",
         "what": "The rule is expected to cut revenue in fiscal Q4 2025 (the quarter ending late October 2025) by about USD 110 million (a forecast)",
         "in": {S: "2025财年第四季度营收减少约1.1亿美元",
                A: "shave roughly $110 million off net revenue in its fiscal fourth quarter",
                B: "Around $110 million in sales is expected to be lost in the October quarter",
                C: "takes a smaller bite of about 110 million dollars"}},
        {"id": "f4", "status": "agreement", "value": "2025-09-29",
         "what": "The rule was issued by the Commerce Department's Bureau of Industry and Security on Monday 29 September 2025",
         "in": {S: "美国商务部工业与安全局（BIS）于9月29日发布",
                A: "issued on Monday by the Commerce Department's Bureau of Industry and Security",
                B: "Published by the Bureau of Industry and Security on September 29",
                C: "Announced last Monday, the Commerce Department's so-called affiliates rule"}},
        {"id": "f5", "status": "agreement", "value": "50%",
         "what": "The rule extends Entity List restrictions to companies 50% or more owned by listed parties",
         "in": {S: "由清单内企业持股50%及以上的关联企业",
                A: "50% or more owned by one or more listed parties",
                B: "hold a stake of at least 50%",
                C: "companies owned 50% or more by firms on the Entity List"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Applied said the rule restricts its ability to export certain products and provide parts and services to some China-based customers without a license (negated: without a license)",
         "in": {S: "在未获得许可的情况下向部分中国客户出口特定产品",
                A: "to some customers in China unless it first obtains a license",
                C: "it cannot send certain tools, parts or services to a number of China-based customers without a license"}},
        {"id": "f7", "status": "agreement", "value": "2026-10",
         "what": "Applied's fiscal 2026 runs through (late) October 2026",
         "in": {S: "截至2026年10月",
                A: "Fiscal 2026 runs through October of next year",
                B: "a year that runs through late October 2026",
                C: "ends in October 2026"}},
        {"id": "f8", "status": "agreement", "value": "+2.7% 223.59 USD",
         "what": "Applied shares closed the regular session on Thursday up 2.7% at USD 223.59",
         "in": {S: "收涨2.7%，报223.59美元",
                A: "gained 2.7% to finish at $223.59",
                C: "closed Thursday at $223.59, up 2.7%"}},
        {"id": "f9", "status": "agreement", "value": "35%",
         "what": "China accounted for 35% of Applied's revenue in its fiscal third quarter, ended in July",
         "in": {S: "在截至今年7月的第三财季中贡献了公司35%的营收",
                A: "It accounted for 35% of Applied's revenue in the fiscal third quarter that ended in July",
                B: "Chinese customers generated 35 percent of Applied's sales in the July quarter"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "China is Applied's largest market",
         "in": {S: "中国是应用材料最大的市场",
                A: "China is the company's largest market",
                C: "It is Applied's biggest market"}},
        {"id": "f11", "status": "agreement", "value": "2%",
         "what": "Northgate Securities analyst Priya Raman put the fiscal 2026 hit at about 2% of expected revenue",
         "in": {S: "这笔损失约占公司2026财年预期营收的2%",
                B: "put the fiscal 2026 hit at about 2% of the roughly $29 billion in revenue analysts expect",
                C: "estimates the fiscal 2026 hit at roughly 2% of next year's expected sales"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Raman said the hit is not big enough to change her view of the stock (negated)",
         "in": {S: "不足以改变她对该股的判断",
                B: "It's not big enough to change how we think about the stock",
                C: "too small to alter the investment case"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Raman expects the hit to Lam Research and KLA to be smaller (hedged)",
         "in": {S: "泛林集团和科磊受到的影响可能较小",
                B: "Raman expects the damage at Lam Research and KLA to be smaller",
                C: "Lam and KLA probably face a smaller hit"}},
        {"id": "f14", "status": "source-conflict", "value": "-5.6% | -3%",
         "what": "Largest after-hours fall of Applied shares on Thursday: as much as 5.6% (a) versus as much as 3% (b); the summary follows a",
         "in": {S: "该股在盘后交易中一度大跌5.6%",
                A: "Applied's shares slid by as much as 5.6% in extended trading",
                B: "Applied's stock dropped as much as 3% in after-hours trading on Thursday"}},
        {"id": "f15", "status": "unsupported", "value": "2025-11",
         "what": "Applied said it would update its fiscal 2026 outlook when it reports fiscal Q4 results in November (no source says so)",
         "in": {S: "将在11月公布第四财季业绩时更新2026财年的业绩展望"}},
        {"id": "f16", "status": "omission", "value": "34% | 33%",
         "what": "Lam Research and KLA drew 34% and 33% of their revenue from China in fiscal years ended in June",
         "in": {A: "Lam Research and KLA drew 34% and 33% of their revenue"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Halvorsen & Co analyst Tobias Wren expects other US equipment makers to quantify a hit too (hedged)",
         "in": {A: "I'd be surprised if Applied is the only U.S. equipment maker that ends up putting a number on this"}},
        {"id": "f18", "status": "omission", "value": "6700000000 USD",
         "what": "In August Applied guided fiscal Q4 revenue to about USD 6.7 billion, below forecasts, and its shares fell about 14%",
         "in": {B: "when Applied guided fiscal fourth-quarter revenue to about $6.7 billion"}},
        {"id": "f19", "status": "omission", "value": "+40%",
         "what": "Before Friday the shares had rallied about 40% since early September",
         "in": {C: "the shares had rallied about 40% since early September"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "约6亿美元", "mutated": "约9亿美元",
         "note": "fiscal 2026 hit of about $600 million (a, b, c) -> about $900 million"},
        {"n": 2, "type": "number", "fact": "f3", "original": "约1.1亿美元", "mutated": "约1.6亿美元",
         "note": "fiscal Q4 hit of about $110 million (a, b, c) -> $160 million"},
        {"n": 3, "type": "date", "fact": "f1", "original": "10月2日（周四）", "mutated": "9月30日（周二）",
         "note": "the filing came on Thursday 2 October (a: Thursday, b: Oct. 2, c: October 2), not Tuesday 30 September"},
        {"n": 4, "type": "date", "fact": "f4", "original": "于9月29日发布", "mutated": "于9月19日发布",
         "note": "BIS issued the rule on Monday 29 September (a, b, c), not 19 September"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "在未获得许可的情况下", "mutated": "在已获得许可的情况下",
         "note": "exports are restricted without a license (a, c) -> restricted even with a license"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "不足以改变", "mutated": "足以改变",
         "note": "Raman: not big enough / too small to change her view (b, c) -> big enough to change it"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "应用材料（AMAT.US）", "mutated": "泛林集团（LRCX.US）",
         "note": "Applied Materials -> Lam Research as the company that filed and expects the $600 million hit"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "美国商务部工业与安全局（BIS）", "mutated": "美国财政部海外资产控制办公室（OFAC）",
         "note": "the rule came from Commerce's BIS (a, b, c), not Treasury's OFAC"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "应用材料在文件中表示", "mutated": "美国商务部在声明中表示",
         "note": "the statement about Applied's restricted exports is the company's, in its filing (a, c), not a Commerce Department statement"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "Northgate Securities分析师Priya Raman估算", "mutated": "应用材料首席财务官Brice Hill估算",
         "note": "the 2% estimate is analyst Priya Raman's (b, c); CFO Brice Hill is quoted only on the August outlook (b)"},
        {"n": 11, "type": "modality", "fact": "f3", "original": "同时预计，新规将使", "mutated": "同时表示，新规已使",
         "note": "forecast hit to a quarter still under way (a, b: expected) -> asserted as already incurred"},
        {"n": 12, "type": "unit", "fact": "f8", "original": "223.59美元", "mutated": "223.59港元",
         "note": "closing price in US dollars (a, c) -> Hong Kong dollars"},
        {"n": 13, "type": "percentage", "fact": "f9", "original": "公司35%的营收", "mutated": "公司53%的营收",
         "note": "China was 35% of revenue in the July quarter (a, b) -> 53%"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "预期营收的2%", "mutated": "预期营收的12%",
         "note": "Raman: about 2% of expected fiscal 2026 revenue (b, c) -> 12%"},
    ],
    "boilerplate": {
        A: "(Reporting by the Keystone Wire San Francisco bureau",
        B: [{"inline": "Equipment & Policy | October 3, 2025 | By Marta Okafor"},
            {"inline": "AMAT -2.5% pre-market | LRCX -1.2% | KLAC -0.7% | ASML -0.9%"},
            {"inline": "READ MORE: Inside BIS's 50% rule: what changes for fab-tool service contracts"},
            "This article is part of FabLine's Export Controls Tracker."],
        C: [{"inline": "By Sam Whitlow · Oct 5, 2025 · 5 min read"},
            {"inline": "ADVERTISEMENT"},
            "Disclosure: The author holds no position in any stock mentioned."],
    },
}
