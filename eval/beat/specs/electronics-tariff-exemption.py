# Gold specification for story `electronics-tariff-exemption` (CBP guidance of 11 April 2025 that
# excepts smartphones, computers, chips and other electronics from the "reciprocal" tariffs, including
# the 125% rate on Chinese goods; officials say a separate semiconductor tariff is coming; MOFCOM's
# response). All texts are invented for evaluation (the dates, the CSMS number, the HTS headings and
# the rates follow the real episode; wording, quotes, analysts, outlets and the trade-value estimates
# are made up). Edit here, then run
# `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story electronics-tariff-exemption`.
#
# f12 is a genuine source-versus-source conflict: a says the exempted goods made up about $100 billion
# of US imports from China in 2024 (Halvorsen Trade Analytics), c says roughly $130 billion (Fennick
# Research). The summary reports both figures without naming the firms.
#
# Traps:
# - Same number, different scope: 125% is the US reciprocal rate on Chinese goods (f3) and also
#   China's counter-tariff on US goods (c, and a's READ MORE teaser); 145% is the stacked rate
#   (125% + the 20% fentanyl tariff, quoted by an analyst in a), not the reciprocal rate (m14).
# - 20 appears as the number of product categories / HTS lines (f2) and as the 20% fentanyl tariff
#   (f5); 10 as the 10% baseline tariff (f3) and the 10-day correction window (f6).
# - Weekdays: a is dated Saturday 12 April and says "late on Friday" (11 April); b and c are dated
#   Monday 14 April and say Lutnick and MOFCOM spoke "on Sunday" (13 April); c says China's own
#   tariffs "kicked in on Saturday". The summary writes 4月11日 and 13日.
# - Codes that are not quantities: HTS 8471, 8517.13.00, 8486, 8542, secondary classification
#   9903.01.32, CSMS #64724565, Executive Order 14257, "12:01 a.m. EDT (0401 GMT)", Section 232/301.
# - Actual vs hypothetical: c's $2,150 iPhone price is a scenario without the carve-out (omission f17).
# - Non-conflicting negations: "The notice did not explain the decision" (omission f15), "Apple did
#   not immediately respond", "CBP has not said how long refunds will take", "Chinese-made gadgets
#   are not duty-free", "would not be open to negotiation", "nobody knows yet".
# - Near miss for the unsupported claim f13: no source says Apple will hold iPhone prices; a says
#   Apple did not respond, and c says shop prices "have barely moved" because retailers bought ahead.
# - Hedges to carry over: "could lead to fresh tariffs" (f9, m12), "probably a month or two" (f10, m11).
# - Inline furniture with claim-like numbers: a's "READ MORE: Beijing's 125% counter-tariffs ...",
#   b's webinar line, c's "READ MORE: We tested 12 budget laptops"; closing teasers with "1.4%",
#   "$2 billion", "6%", "71% ... 10% or more", "9%", "$30".

A = "a-harbourline.en.txt"
B = "b-landedcost.en.txt"
C = "c-pocketsilicon.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-04-11",
         "what": "Late on Friday 11 April 2025 CBP published a notice excluding smartphones, computers and other electronics from the reciprocal tariffs",
         "in": {S: "美国海关与边境保护局（CBP）4月11日深夜发布通知",
                A: "In a notice to importers posted late on Friday, U.S. Customs and Border Protection",
                B: "U.S. Customs and Border Protection told the trade late on April 11",
                C: "Late Friday, US Customs quietly published a list of electronics"}},
        {"id": "f2", "status": "agreement", "value": "20",
         "what": "The notice lists 20 product categories (HTS headings and subheadings), among them smartphones, computers, memory chips and flat-panel displays",
         "in": {S: "将智能手机、电脑、存储芯片、平板显示器等20类电子产品排除在“对等关税”之外",
                A: "listed 20 product categories that will be excluded from the duties",
                B: "It covers 20 HTS headings and subheadings"}},
        {"id": "f3", "status": "agreement", "value": "125% | 10%",
         "what": "The exclusion covers the 125% reciprocal tariff on Chinese goods and the 10% baseline tariff on most other countries",
         "in": {S: "既无需缴纳对中国商品征收的125%“对等关税”，也不受对其他多数国家征收的10%基准关税影响",
                A: "The move also spares the listed products from the 10% baseline tariff",
                C: "That covers the 125% rate on Chinese imports and the 10% baseline that most other countries pay"}},
        {"id": "f4", "status": "agreement", "value": "2025-04-05",
         "what": "The exclusion is retroactive to goods entered on or after 12:01 a.m. EDT on 5 April",
         "in": {S: "豁免措施追溯至美国东部时间4月5日起生效",
                A: "The exclusion is retroactive to goods entered on or after 12:01 a.m. EDT (0401 GMT) on April 5",
                B: "The exception applies to goods entered, or withdrawn from warehouse, for consumption on or after 12:01 a.m. EDT on April 5, 2025"}},
        {"id": "f5", "status": "agreement", "value": "20%",
         "what": "The exclusion does not apply to the 20% fentanyl-related tariff on Chinese goods, which stays in place (negated)",
         "in": {S: "此次豁免不适用于此前以芬太尼问题为由对中国商品加征的20%关税",
                A: "is not affected and stays in place",
                B: "it does not lift the separate 20% tariff on Chinese goods imposed over fentanyl",
                C: "The older 20% fentanyl tariff on Chinese goods still applies"}},
        {"id": "f6", "status": "agreement", "value": "10 days",
         "what": "For covered goods entered since 5 April, filers must correct entries within 10 days of release and may request refunds of duties paid",
         "in": {S: "进口商须在放行后10天内更正申报，并可申请退还已缴关税",
                B: "CBP asks filers to correct their entries within 10 days of cargo release"}},
        {"id": "f7", "status": "agreement", "value": "44000000000 USD",
         "what": "Smartphones are the largest China-related item; the US imported more than USD 44 billion of them from China last year",
         "in": {S: "美国去年自中国进口的智能手机金额超过440亿美元",
                A: "The United States imported more than $44 billion worth of them from China last year"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Apple, Dell Technologies and other importers stand to benefit",
         "in": {S: "苹果、戴尔等企业将因此受益",
                A: "Apple, Dell Technologies and other large importers of consumer electronics stand to benefit"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "A White House official said Trump would soon open a national security trade investigation into semiconductors, which could lead to new tariffs (hedged)",
         "in": {S: "白宫一名官员称，特朗普将很快对半导体启动新的国家安全贸易调查，可能据此对该行业加征新的关税",
                A: "The same official said Trump would soon open a new national security trade investigation into semiconductors, which could lead to fresh tariffs on the sector"}},
        {"id": "f10", "status": "agreement", "value": "2025-04-13",
         "what": "On Sunday 13 April Commerce Secretary Lutnick said the exemption is not permanent; the electronics will fall under semiconductor tariffs expected in probably a month or two (negated, hedged)",
         "in": {S: "美国商务部长卢特尼克13日表示，这项豁免并非永久性的",
                B: "Commerce Secretary Howard Lutnick said on Sunday that the carve-out was not a permanent exemption",
                C: "On Sunday, Commerce Secretary Howard Lutnick said the reprieve isn't permanent"}},
        {"id": "f11", "status": "agreement", "value": "2025-04-13",
         "what": "On Sunday MOFCOM said China is evaluating the impact, called the move a small step toward correcting the wrong practice of unilateral reciprocal tariffs, and urged the US to cancel them completely",
         "in": {S: "中国商务部13日回应称，正在评估相关影响",
                C: "China's Ministry of Commerce said on Sunday it was evaluating the impact"}},
        {"id": "f12", "status": "source-conflict", "value": "100000000000 USD | 130000000000 USD",
         "what": "Value of 2024 US imports from China covered by the exemption: about USD 100 billion per Halvorsen Trade Analytics (a) versus roughly USD 130 billion per Fennick Research (c)",
         "in": {S: "有机构估计约为1000亿美元，也有机构认为约达1300亿美元",
                A: "estimates that the exempted goods made up about $100 billion of U.S. imports from China in 2024",
                C: "it puts the exempted goods at roughly $130 billion of last year's imports from China"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "Apple has said it will not raise US iPhone prices in the short term (no source says so)",
         "in": {S: "苹果公司已表示，短期内不会上调iPhone在美国的售价"}},
        {"id": "f14", "status": "omission", "value": "9903.01.32",
         "what": "Importers must report secondary classification 9903.01.32 to claim the exception",
         "in": {B: "Importers must report the secondary classification 9903.01.32 to declare the exception from the reciprocal duty"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The CBP notice did not explain the decision (negated)",
         "in": {A: "The notice did not explain the decision."}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Lutnick said pharmaceutical tariffs would come on a similar timeline and that the sectoral duties are not open to negotiation",
         "in": {B: "tariffs on pharmaceuticals would come on a similar timeline"}},
        {"id": "f17", "status": "omission", "value": "2150 USD",
         "what": "Fennick Research estimated the priciest iPhone could have cost up to USD 2,150 in the US without the carve-out",
         "in": {C: "the priciest iPhone could have cost as much as $2,150 in the US"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Trump said on Sunday he would announce the chip tariff rate over the next week",
         "in": {C: "Trump, for his part, said on Sunday that he would announce the rate of the chip tariff over the next week"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "等20类电子产品", "mutated": "等25类电子产品",
         "note": "20 product categories / HTS lines -> 25"},
        {"n": 2, "type": "number", "fact": "f6", "original": "放行后10天内", "mutated": "放行后30天内",
         "note": "correction window of 10 days after release -> 30 days"},
        {"n": 3, "type": "date", "fact": "f1", "original": "4月11日深夜", "mutated": "4月9日深夜",
         "note": "CBP notice late Friday 11 April -> 9 April (the day the 125% rate took effect)"},
        {"n": 4, "type": "date", "fact": "f4", "original": "追溯至美国东部时间4月5日", "mutated": "追溯至美国东部时间4月2日",
         "note": "retroactive to 5 April -> 2 April (the date of the executive order, not of the exclusion)"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "此次豁免不适用于", "mutated": "此次豁免同样适用于",
         "note": "the 20% fentanyl tariff stays in place (a, b, c) -> the exemption also covers it"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "这项豁免并非永久性的", "mutated": "这项豁免是永久性的",
         "note": "Lutnick said the exemption is not permanent -> it is permanent"},
        {"n": 7, "type": "entity", "fact": "f8", "original": "苹果、戴尔等企业", "mutated": "苹果、惠普等企业",
         "note": "Dell -> HP; no source names HP"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "存储芯片、平板显示器", "mutated": "存储芯片、锂电池",
         "note": "flat-panel displays -> lithium batteries; no source lists batteries"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "美国商务部长卢特尼克", "mutated": "美国财政部长贝森特",
         "note": "the 'not permanent' remark came from Commerce Secretary Lutnick, not Treasury Secretary Bessent"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "中国商务部13日", "mutated": "中国外交部13日",
         "note": "the Sunday statement came from the Ministry of Commerce (c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "后者可能在一两个月内推出", "mutated": "后者将在一两个月内推出",
         "note": "'probably a month or two' -> asserted 'will come within a month or two'"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "可能据此对该行业", "mutated": "将据此对该行业",
         "note": "the investigation 'could lead to fresh tariffs' -> 'will' impose them"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "超过440亿美元", "mutated": "超过440亿元",
         "note": "USD 44 billion -> CNY 44 billion (元 read as renminbi)"},
        {"n": 14, "type": "percentage", "fact": "f3", "original": "征收的125%", "mutated": "征收的145%",
         "note": "the reciprocal rate on Chinese goods is 125%; 145% is the stacked rate including the 20% fentanyl tariff"},
    ],
    "boilerplate": {
        A: [{"inline": "READ MORE: Beijing's 125% counter-tariffs on US goods take effect Saturday"},
            "Reporting by Daniel Okafor"],
        B: [{"inline": "Landed Cost Weekly | Tariff Actions | Classification | Refunds | Events | Log in"},
            {"inline": "By Teresa Vance, Senior Editor | April 14, 2025 | Tariff Actions | Members only"},
            {"inline": "Webinar: Refund mechanics after the April 11 exception. Members attend free; register now."},
            "This article is available to Landed Cost Weekly members."],
        C: [{"inline": "Home / Gadgets / Policy / Deals / Newsletter"},
            {"inline": "Posted by Jonah Reyes | April 14, 2025 | 5 min read"},
            {"inline": "READ MORE: We tested 12 budget laptops so you don't have to"},
            "Tags: tariffs, iPhone, laptops, semiconductors, China"],
    },
}
