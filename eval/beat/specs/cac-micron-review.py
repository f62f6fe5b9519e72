# Gold specification for story `cac-micron-review` (China's Cyberspace Administration concludes its
# cybersecurity review of Micron Technology, May 2023: Micron's products fail the review, operators
# of critical information infrastructure are told to stop buying them; US Commerce Department and
# Micron respond; analysts on who benefits; the G7 Hiroshima summit as backdrop).
# All texts are invented for evaluation (the dates follow the real episode; wording, quotes,
# analysts, outlets and the revenue-at-risk estimates are made up). Edit here, then run
# `python3 build_gold.py --root DIR --story cac-micron-review`.
#
# f11 is a genuine source-versus-source conflict: b puts Micron's annual revenue at risk at about
# USD 600 million (Kinloch Securities), c at about USD 1.2 billion (Tamsin Research). The summary
# gives both figures, each with its own kind of source.
#
# Traps:
# - Same amount in two currencies and scales: a says "$7.7 billion (about 53 billion yuan)", c only
#   "about $7.7 billion"; the summary writes 530亿元人民币 (53 billion = 530亿). m13 swaps the
#   currency to 美元 with the number unchanged.
# - "about 25%" (a) and "roughly a quarter" (b, c) are the same share; different scopes nearby are
#   not conflicts: shipments into mainland China "about 11%" (c), Micron's "roughly 23%" DRAM market
#   share (b), shares "risen about 31% this year" (a).
# - Report date vs event date: a (Sun 21 May) "on Sunday", b (Mon 22 May) "late on Sunday", c (Tue
#   23 May) "on Sunday" all mean 21 May; c's "on Monday" is 22 May, which the summary (Thu 25 May)
#   calls 本周一. m04 moves it to 本周三.
# - Yearless month: b "opened in late March" and c "announced March 31" match 3月31日 (a gives the
#   same date).
# - Fiscal year: "fiscal 2022, which ended in September" (a) = 2022财年.
# - Intraday vs close: b "down about 5% in early New York trading" vs c "closed down 4.4% on Monday";
#   not a conflict, and the summary uses the close.
# - Non-conflicting negations: a (Sunday) "Micron and the U.S. Commerce Department did not
#   immediately respond" although b and c report both statements; "It does not bar sales to phone or
#   PC makers" (b); "It did not say which customers or product lines were affected", "The White
#   House did not comment", "would not change those plans" (c).
# - Hedges: analysts "could pick up", "may also gain" (a), "may gain the most" (b), "may pick up"
#   (c); Kinloch "could cost" vs Tamsin "will cost" (both reported by the summary as 估计/认为).
# - Different speakers: the CAC made the finding; China's Ministry of Commerce (b) said something
#   else on Monday (m11 swaps the finding to 中国商务部). The US Commerce Department reacted; the
#   White House did not comment. Analysts Park (Hanbit), Vogt (Brightwater), Kessler (Sawtooth).
# - Entity only in furniture: SMIC appears in a teaser of a ("SMIC quarterly profit slides 41%");
#   m08 swaps CXMT (长鑫存储) for SMIC (中芯国际).
# - Numbers in furniture: "41%", "23 types", "14-month high", "Comments (8)" (a); "25%", "10%",
#   "08:00 SGT" (b, the 25% the same figure as f7); "2.6%", "15%" (the m14 value), "$1 for 6 months",
#   "24 hours" (c); the byline dates and the caption date "May 22, 2023" in c are furniture.
# - Cookie banner at the top of c (inline furniture) and a photo caption between paragraphs.

A = "a-pacificmeridian.en.txt"
B = "b-semitrade.en.txt"
C = "c-tvledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2023-05-21",
         "what": "On Sunday 21 May 2023 the CAC announced that Micron's products sold in China failed its cybersecurity review (negated: did not pass)",
         "in": {S: "国家互联网信息办公室5月21日发布公告称，美国存储芯片企业美光公司在华销售的产品未通过网络安全审查",
                A: "the country's cyberspace regulator concluded on Sunday that the U.S. memory maker's products had failed a security review",
                B: "The Cyberspace Administration of China announced that Micron's products had not passed its network security review",
                C: "China's internet regulator said on Sunday that Micron's chips had failed a cybersecurity review"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The CAC said the review found relatively serious network security risks in Micron's products, posing significant risks to China's critical information infrastructure supply chain",
         "in": {S: "审查发现美光产品存在较严重网络安全问题隐患，对我国关键信息基础设施供应链造成重大安全风险",
                A: "the Cyberspace Administration of China (CAC) said the review had found \"relatively serious network security risks\" in Micron's products",
                B: "they carried \"relatively serious\" network security risks"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Operators of critical information infrastructure in China should stop buying Micron products",
         "in": {S: "国内关键信息基础设施运营者应停止采购美光公司产品",
                A: "Operators of critical information infrastructure in China should stop buying products from Micron",
                C: "told operators of critical infrastructure in China to stop buying its products"}},
        {"id": "f4", "status": "agreement", "value": "2023-03-31",
         "what": "The CAC had launched the review on 31 March 2023",
         "in": {S: "网信办此前于3月31日宣布对其启动审查",
                A: "It opened the review on March 31",
                B: "a process the regulator opened in late March",
                C: "The investigation, announced March 31"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The US Commerce Department objected to the restrictions as having no factual basis and said it would engage directly with Chinese authorities",
         "in": {S: "美国商务部表示，坚决反对这一缺乏事实依据的限制措施，并将与中方直接沟通",
                B: "A Commerce Department spokesperson said late on Sunday that the department strongly objects to restrictions it said were not grounded in fact, and that it would engage directly with Chinese authorities to set out its position",
                C: "the Commerce Department called the restrictions baseless and said it would take the matter up directly with Beijing"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Micron said it had received the CAC's notice and was evaluating the conclusion and assessing next steps",
         "in": {S: "美光表示，已收到网信办的通知，正在评估审查结论并研究下一步措施",
                B: "Micron said in a statement on Monday that it had received the CAC's notice and was evaluating the conclusion and assessing its next steps",
                C: "the company said it was evaluating the conclusion and weighing its next steps"}},
        {"id": "f7", "status": "agreement", "value": "25% | 7700000000 USD | 53000000000 CNY (FY2022)",
         "what": "In fiscal 2022 customers headquartered in mainland China and Hong Kong accounted for about 25% of Micron's revenue, about USD 7.7 bn (about CNY 53 bn)",
         "in": {S: "2022财年，美光来自总部位于中国大陆和香港的客户的营收约为530亿元人民币，约占其总营收的百分之二十五",
                A: "customers headquartered in mainland China and Hong Kong accounted for about 25% of its revenue, or some $7.7 billion (about 53 billion yuan)",
                B: "Micron earns roughly a quarter of its sales from customers headquartered in mainland China and Hong Kong",
                C: "Customers headquartered in mainland China and Hong Kong brought in about $7.7 billion in fiscal 2022, roughly a quarter of Micron's revenue"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Analysts said Samsung, SK Hynix and Chinese memory makers YMTC and CXMT could/may benefit (hedged)",
         "in": {S: "分析人士认为，三星电子、SK海力士以及长江存储、长鑫存储等中国本土存储芯片企业可能从中受益",
                A: "South Korea's Samsung Electronics and SK Hynix could pick up orders that Micron loses",
                B: "Chinese memory makers Yangtze Memory Technologies Co (YMTC) and ChangXin Memory Technologies (CXMT) may gain the most",
                C: "Samsung and SK Hynix may pick up some of Micron's Chinese business"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "The decision came on the final day of the G7 summit in Hiroshima, Japan, where leaders pledged to counter economic coercion",
         "in": {S: "审查结论恰在七国集团（G7）日本广岛峰会闭幕当天公布，G7领导人在峰会期间承诺共同应对所谓“经济胁迫”",
                A: "leaders of the Group of Seven wrapped up a summit in Hiroshima, Japan, where they pledged to stand together against economic coercion",
                C: "Beijing's decision came on the last day of the G7 summit in Hiroshima"}},
        {"id": "f10", "status": "agreement", "value": "-4.4% (2023-05-22)",
         "what": "Micron shares closed down 4.4% on Monday 22 May, the first session after the announcement",
         "in": {S: "美光股价本周一收跌百分之四点四",
                C: "Micron shares closed down 4.4% on Monday, their first trading session since the announcement"}},
        {"id": "f11", "status": "source-conflict", "value": "600000000 USD | 1200000000 USD",
         "what": "Annual revenue the ban could cost Micron: about USD 600 million per Kinloch Securities (b) versus about USD 1.2 bn per Tamsin Research (c)",
         "in": {S: "有券商估计约为6亿美元，也有研究机构认为约为12亿美元",
                B: "the ban could cost Micron about $600 million in annual revenue",
                C: "estimate the ban will cost Micron about $1.2 billion in yearly revenue"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "Micron has announced it will seek administrative reconsideration of the review's conclusion (no source says so)",
         "in": {S: "美光已宣布将就审查结论申请行政复议"}},
        {"id": "f13", "status": "omission", "value": "11%",
         "what": "Shipments into mainland China itself were about 11% of Micron's revenue",
         "in": {C: "Shipments into mainland China itself were a smaller slice, about 11%"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "The CAC did not name the products concerned or describe the risks it found (negated)",
         "in": {A: "The CAC did not name the products concerned or describe the risks it had identified"}},
        {"id": "f15", "status": "omission", "value": "23%",
         "what": "Micron holds roughly 23% of the global DRAM market, behind Samsung and SK Hynix",
         "in": {B: "Micron holds roughly 23% of the global DRAM market, behind Samsung and SK Hynix"}},
        {"id": "f16", "status": "omission", "value": "2023-05-22",
         "what": "China's Ministry of Commerce said on Monday China would keep opening up and welcomed law-abiding foreign companies",
         "in": {B: "China's Ministry of Commerce said on Monday that the country would keep opening up and welcomed foreign companies that abide by Chinese laws and regulations"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f7", "original": "约为530亿元", "mutated": "约为350亿元",
         "note": "CNY 53 bn (about USD 7.7 bn, a) -> CNY 35 bn"},
        {"n": 2, "type": "date", "fact": "f1", "original": "5月21日", "mutated": "5月20日",
         "note": "announcement on Sunday 21 May (a, b, c) -> Saturday 20 May"},
        {"n": 3, "type": "date", "fact": "f4", "original": "3月31日", "mutated": "3月13日",
         "note": "review launched on March 31 (a, c) / in late March (b) -> March 13"},
        {"n": 4, "type": "date", "fact": "f10", "original": "本周一", "mutated": "本周三",
         "note": "relative date shifted: shares closed down on Monday 22 May (c) -> Wednesday 24 May"},
        {"n": 5, "type": "negation", "fact": "f1", "original": "的产品未通过", "mutated": "的产品已通过",
         "note": "Micron's products failed / had not passed the review -> passed it"},
        {"n": 6, "type": "negation", "fact": "f3", "original": "应停止采购", "mutated": "无需停止采购",
         "note": "operators should stop buying Micron products -> need not stop buying them"},
        {"n": 7, "type": "entity", "fact": "f9", "original": "日本广岛", "mutated": "日本东京",
         "note": "the G7 summit was in Hiroshima (a, c), not Tokyo; no source mentions Tokyo"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "长鑫存储", "mutated": "中芯国际",
         "note": "CXMT -> SMIC; SMIC appears only in a teaser of a (furniture), never as a beneficiary"},
        {"n": 9, "type": "attribution", "fact": "f5", "original": "美国商务部", "mutated": "美国国务院",
         "note": "the objection came from the Commerce Department (b, c), not the State Department"},
        {"n": 10, "type": "attribution", "fact": "f2", "original": "网信办表示", "mutated": "中国商务部表示",
         "note": "the security finding is the CAC's (a, b); China's Ministry of Commerce (b) said something else"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "可能从中受益", "mutated": "将从中受益",
         "note": "hedged 'could pick up / may gain' -> asserted 'will benefit'"},
        {"n": 12, "type": "modality", "fact": "f2", "original": "存在较严重", "mutated": "可能存在较严重",
         "note": "the CAC asserted the products have relatively serious risks -> hedged 'may have'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "530亿元人民币", "mutated": "530亿美元",
         "note": "currency CNY -> USD; the revenue is about USD 7.7 bn, i.e. about CNY 53 bn (a)"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "百分之二十五", "mutated": "百分之十五",
         "note": "about 25% / roughly a quarter of revenue (a, b, c) -> 15%; 15% appears only in a teaser of c"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Tan and Oliver Brandt | May 21, 2023 10:47 PM GMT+8 | Updated 35 minutes ago"},
            "Related Articles"],
        B: [{"inline": "Memory & Storage | 22 May 2023 | By Helena Kravitz, Asia Editor"},
            "Get the Monday Memo"],
        C: [{"inline": "We use cookies to personalise content and analyse our traffic. By continuing to browse, you agree to our Cookie Policy. [Accept all] [Manage preferences]"},
            {"inline": "By Marcus Hale | Business | May 23, 2023, 5:30 a.m. MDT"},
            {"inline": "Micron Technology's headquarters on Federal Way in Boise, May 22, 2023. (Photo: Erin Caldwell / Treasure Valley Ledger)"},
            "Filed under: Micron, Semiconductors, Boise business"],
    },
}
