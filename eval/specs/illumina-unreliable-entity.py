# Gold specification for story `illumina-unreliable-entity` (China's Ministry of Commerce puts
# Illumina, with PVH, on its unreliable entity list on 4 February 2025, then on Tuesday 4 March 2025
# bans Illumina from exporting gene sequencers to China, effective immediately, as the second extra
# 10% US tariff takes effect; the same day it adds 15 US entities to its export control list and
# 10 US firms to the unreliable entity list).
# All texts are invented for evaluation (dates, agencies, the tariff steps and Illumina's 2024
# Greater China sales follow the real episode; wording, quotes, analysts, outlets, the share moves
# and the revenue-at-risk estimates are made up). Edit here, then run `python3 build_gold.py`.
#
# f9 is a genuine source-versus-source conflict: a puts the 2025 revenue hit at about USD 100 million
# (Castlebridge Securities), b at up to USD 250 million (two brokerages). c says only that estimates
# are "all over the map". The summary gives both figures, each with its own attribution.
#
# Traps:
# - Same amount in two currencies: c gives Illumina's Greater China sales as "about $308 million ...
#   or roughly 2.2 billion yuan"; a gives $308 million. Not a conflict; m13 turns USD into CNY.
# - Same quantity as an amount and a share: $308 million (a, c) and "about 7%" of revenue (a).
# - Many 20s and 10s with different scopes: 10% extra tariff step vs 20% cumulative fentanyl tariff (a);
#   sales "fell nearly 20%" (a); MGI Tech's "20% daily limit" (b); 10 US firms on the unreliable entity
#   list vs 15 on the export control list (a; b writes "ten"); farm tariffs "10% to 15%" (a). m01 swaps
#   10 -> 15 firms, m14 swaps the 7% share -> 20%.
# - Number written as a word: "ten other U.S. companies" (b) = 10.
# - Report date vs event date: a (Tue 4 Mar) "on Tuesday"; b (Fri 7 Mar) "on Tuesday" = 4 Mar and "from
#   March 4"; c (Mon 10 Mar) "Last Tuesday" = 4 Mar and "a month after" the February listing; the summary
#   (Tue 11 Mar) says 上周二 = 4 Mar. Feb. 10 (b) is when China's February tariffs took effect, not the
#   listing date (m04).
# - Export ban phrased from both ends: "banned ... from exporting gene sequencers to the country" (a),
#   "stop Illumina from shipping gene sequencers into China" (b), "barred Illumina from selling its gene
#   sequencers into China" (c).
# - Non-conflicting negations: "did not say how long the ban would last" (a), "does not bar its overall
#   operations" (b), "declined to comment on its 2025 forecast" (b), "did not immediately respond" and
#   "nobody we spoke to expects layoffs" (c), "hasn't put a number on it" (c), "isn't Illumina's biggest
#   market" (c).
# - Hedged claims: "could cost" (a), "could be the main winners" (a), "may benefit" (b), "could pick up"
#   (c); summary 可能从中受益; attributed claims: 据报道, 商务部当时称, 因美纳在声明中表示.
# - Teasers with claim-like numbers: "jump 8.4%", "falls 7%" (same figure as the revenue share),
#   "200 diagnostics jobs" (a); "rises 23%", "$155 million" (b); "$25 million", "up 12%" (c).
# - Image caption inside the article (c) with a date "March 5, 2025": furniture.
# - Unsupported: the summary says Illumina plans to apply to be removed from the list; no source says so.

A = "a-apnewswire.en.txt"
B = "b-bioinstruments.en.txt"
C = "c-torreycourier.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-04",
         "what": "On Tuesday 4 March 2025 MOFCOM banned Illumina from exporting gene sequencers to China, effective immediately",
         "in": {S: "中国商务部上周二发布公告，禁止美国基因测序企业因美纳（Illumina）向中国出口基因测序仪，该措施自公告发布之日起施行",
                A: "China on Tuesday banned U.S. genomics company Illumina from exporting gene sequencers to the country",
                B: "prohibits Illumina from exporting gene sequencers to China from March 4",
                C: "Last Tuesday, China's commerce ministry barred Illumina from selling its gene sequencers into China"}},
        {"id": "f2", "status": "agreement", "value": "2025-02-04",
         "what": "Illumina was put on the unreliable entity list on 4 February 2025, together with PVH",
         "in": {S: "今年2月4日，因美纳与美国服装企业PVH集团一同被商务部列入不可靠实体清单",
                A: "It builds on the ministry's decision on Feb. 4 to put Illumina on its unreliable entity list, together with PVH Group",
                B: "Illumina has been on the unreliable entity list since Feb. 4, when Beijing added it, together with apparel group PVH",
                C: "a month after putting the company on a list of \"unreliable\" foreign firms"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "MOFCOM said Illumina violated normal market trading principles, cut off normal transactions with Chinese firms and discriminated against them",
         "in": {S: "商务部当时称，因美纳违反正常市场交易原则，中断与中国企业的正常交易，并对中国企业采取歧视性措施",
                A: "The ministry said then that Illumina had violated normal market trading principles, cut off normal transactions with Chinese companies and taken discriminatory measures against them"}},
        {"id": "f4", "status": "agreement", "value": "15 | 10",
         "what": "The same day MOFCOM added 15 US entities to its export control list and 10 US companies to the unreliable entity list",
         "in": {S: "同日，商务部还将15家美国实体列入出口管制管控名单，并将10家美国企业列入不可靠实体清单",
                A: "the commerce ministry added 15 U.S. entities to its export control list and 10 U.S. companies to the unreliable entity list",
                B: "On Tuesday ten other U.S. companies, most of them in the defense industry, joined the list"}},
        {"id": "f5", "status": "agreement", "value": "10% -> 20%",
         "what": "The ban came as a further 10% US tariff took effect, doubling the fentanyl-related extra tariff to 20%",
         "in": {S: "美方对中国输美商品再加征10%关税的措施刚刚生效，美方今年以芬太尼问题为由加征的关税由此累计达到20%",
                A: "The new U.S. duty doubled the extra tariff Washington has placed on Chinese imports this year over the flow of fentanyl, to 20%",
                C: "The ban took effect the same day the U.S. raised its extra tariff on Chinese goods again"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Illumina said the decision does not bar its overall operations in China (negated) and it will continue to serve Chinese customers",
         "in": {S: "因美纳在声明中表示，该决定并不禁止其在华整体运营，公司将继续服务中国客户",
                A: "Illumina said it would continue to serve its customers in China",
                B: "Illumina said in a statement that the decision does not bar its overall operations in the country",
                C: "Illumina has said it will keep serving its customers in China"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The notice does not mention reagents and consumables (negated)",
         "in": {S: "公告并未提及测序仪运行所需的试剂和耗材",
                B: "It does not mention the reagents and consumables"}},
        {"id": "f8", "status": "agreement", "value": "308000000 USD; -20%; 7%",
         "what": "Illumina's 2024 Greater China sales fell nearly 20% to USD 308 million, about 7% of revenue",
         "in": {S: "2024年，因美纳大中华区销售额下降近20%，至3.08亿美元，约占公司总营收的7%",
                A: "Sales in Greater China fell nearly 20% to $308 million in 2024",
                C: "The company booked about $308 million there last year, or roughly 2.2 billion yuan"}},
        {"id": "f9", "status": "source-conflict", "value": "100000000 USD | 250000000 USD",
         "what": "Revenue hit to Illumina in 2025: about USD 100 million per Castlebridge Securities (a) versus up to USD 250 million per two brokerages (b)",
         "in": {S: "有分析师估计约为1亿美元，也有券商测算可能高达2.5亿美元",
                A: "estimated that the ban could cost Illumina about $100 million in revenue this year",
                B: "put the revenue at risk in 2025 at up to $250 million"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Analysts said Chinese sequencer makers such as MGI Tech could/may benefit (hedged)",
         "in": {S: "分析人士认为，华大智造等中国本土测序仪厂商可能从中受益",
                A: "Chinese sequencer makers such as MGI Tech could be the main winners",
                B: "Analysts said domestic makers may benefit",
                C: "Chinese rivals could pick up much of the business Illumina loses"}},
        {"id": "f11", "status": "unsupported", "value": None,
         "what": "Illumina plans to apply to MOFCOM to be removed from the unreliable entity list (no source says so)",
         "in": {S: "因美纳计划向商务部申请将其移出不可靠实体清单"}},
        {"id": "f12", "status": "omission", "value": "-3.1%",
         "what": "Illumina shares fell 3.1% in premarket trading",
         "in": {A: "Illumina shares fell 3.1% in premarket trading in New York"}},
        {"id": "f13", "status": "omission", "value": "10%-15%, 2025-03-10",
         "what": "China imposed 10%-15% tariffs on US farm goods from 10 March",
         "in": {A: "Beijing also answered with tariffs of 10% to 15% on U.S. farm goods, including soybeans, pork and chicken, starting March 10"}},
        {"id": "f14", "status": "omission", "value": "+20%",
         "what": "MGI Tech shares rose by the 20% daily limit in Shanghai on Tuesday",
         "in": {B: "MGI Tech, the sequencing arm of BGI Group, rose by its 20% daily limit in Shanghai on Tuesday"}},
        {"id": "f15", "status": "omission", "value": "2024-09",
         "what": "PVH had been under investigation since September 2024",
         "in": {B: "PVH had been under investigation since September 2024"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Nobody the Courier spoke to expects San Diego layoffs because of the ban alone (negated)",
         "in": {C: "nobody we spoke to expects layoffs in San Diego because of the ban alone"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "10家美国企业", "mutated": "15家美国企业",
         "note": "10 US firms added to the unreliable entity list -> 15; 15 is the export-control count (a)"},
        {"n": 2, "type": "number", "fact": "f4", "original": "15家美国实体", "mutated": "25家美国实体",
         "note": "15 US entities on the export control list -> 25"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上周二发布公告", "mutated": "上周三发布公告",
         "note": "relative date shifted: Tuesday 4 March -> Wednesday 5 March"},
        {"n": 4, "type": "date", "fact": "f2", "original": "今年2月4日", "mutated": "今年2月10日",
         "note": "listing on 4 February (a, b) -> 10 February, the date China's February tariffs took effect (b)"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "公告并未提及", "mutated": "公告明确提及",
         "note": "the notice does not mention reagents and consumables (b) -> explicitly mentions them"},
        {"n": 6, "type": "negation", "fact": "f6", "original": "并不禁止其在华整体运营", "mutated": "将禁止其在华整体运营",
         "note": "decision does not bar overall operations in China (b) -> will bar them"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "PVH集团", "mutated": "耐克公司",
         "note": "listed together with PVH (a, b); no source names Nike"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "华大智造", "mutated": "贝瑞基因",
         "note": "the named beneficiary is MGI Tech (a); no source names Berry Genomics"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "因美纳在声明中表示", "mutated": "PVH在声明中表示",
         "note": "the statement on continuing to serve Chinese customers was Illumina's (a, b, c), not PVH's"},
        {"n": 10, "type": "attribution", "fact": "f1", "original": "中国商务部上周二", "mutated": "中国海关总署上周二",
         "note": "the ban was announced by the Ministry of Commerce (a, b, c), not the General Administration of Customs"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "可能从中受益", "mutated": "必将从中受益",
         "note": "hedged 'could be the main winners' / 'may benefit' -> asserted 'will certainly benefit'"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "公司将继续服务中国客户", "mutated": "公司或将继续服务中国客户",
         "note": "asserted 'would continue to serve' / 'will keep serving' customers -> hedged 'may continue'"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "3.08亿美元", "mutated": "3.08亿元人民币",
         "note": "currency USD -> CNY; sales were USD 308 million, about CNY 2.2 billion (c)"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "约占公司总营收的7%", "mutated": "约占公司总营收的20%",
         "note": "China was about 7% of revenue (a) -> 20%; 20% is the sales decline, not the share"},
    ],
    "boilerplate": {
        A: [{"inline": "Home / Business / Healthcare & Pharma"},
            {"inline": "By Chen Yuting and Mark Delacroix | March 4, 2025 3:48 PM GMT+8 | Updated 1 hour ago"},
            "Related Stories"],
        B: [{"inline": "Menu | News | Markets | Regulatory | Deals | Podcasts | Subscribe"},
            {"inline": "Sequencing | 7 March 2025 | By Priya Nandakumar, Asia Editor"},
            "Subscribe to the Sequencing Brief"],
        C: [{"inline": "Local | Business | Biotech | Sports | Opinion | Events"},
            {"inline": "Posted by Alana Reyes | March 10, 2025 at 6:45 AM | Biotech, Local Business"},
            {"inline": "Illumina's headquarters campus near University Town Center in San Diego on March 5, 2025. (Photo: Marisol Vega / The Torrey Courier)"},
            "Got a news tip? Contact the Courier."],
    },
}
