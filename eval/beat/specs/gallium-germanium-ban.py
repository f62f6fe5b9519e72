# Gold specification for story `gallium-germanium-ban` (China's commerce ministry bans exports
# of gallium, germanium and antimony to the United States and tightens graphite end-use checks,
# 3 December 2024, a day after new US chip export curbs). The summary is in Simplified Chinese.
# All texts are invented for evaluation (the dates and the outline follow the 2024 episode;
# wording, quotes, analysts, the recycler and the outlets are made up; prices are invented).
# Edit here, then run `python3 build_gold.py --root DIR --story gallium-germanium-ban`.
# f7 is a genuine source-versus-source conflict: a (citing USGS) says China supplied about 54%
# of US germanium imports in 2019-2022; b (citing Census trade data) says only about a third
# over the same period. The summary attributes each figure.
#
# Traps:
# - Same number, different things: "about 98% of ... primary gallium production" vs "roughly
#   60% of germanium output" in the same sentence of a (m14 swaps 98% for 60%); "more than 90%
#   of the world's graphite used in battery anodes" (c).
# - Announcement vs effect: gallium/germanium controls announced "in early July" 2023, licences
#   required "from Aug. 1, 2023" (m04 moves it to 1 July); "since August 2023" (c).
# - Event dates across reports: "on Tuesday" / "Dec 3" / "December 3" for the ban, "on Monday" /
#   "a day earlier" / "barely 24 hours after" for the US curbs (m03 moves the ban to 2 December,
#   the day of the US curbs). The summary (Thursday 5 Dec) writes 12月3日, 前一天, 周三, 上月.
# - Yearless dates: "from Sept. 15 this year", "in December 2023" (graphite licensing),
#   "since 1987", "early next year".
# - Hedges: "could cost the U.S. economy $3.4 billion" (m11 drops the hedge); "in principle not be
#   permitted" / "will not in principle be approved" / "refuse ... in principle" (m12 turns it into
#   一律); "is expected to decide early next year"; "could climb further"; "could cushion".
# - Units: germanium USD 2,850 a kilogram vs antimony about USD 39,000 a metric ton vs gallium
#   USD 595 per kg (m13 moves germanium to per tonne); "$3.4 billion" = 34亿美元; "about a
#   third" = 约三分之一.
# - Non-conflicting negations: "did not say how long they would remain in place", "did not
#   immediately respond", "has not produced primary gallium since 1987", "did not say whether
#   Washington would retaliate", "no unwrought gallium or germanium was shipped" (an omission),
#   "no longer safe or reliable".
# - Two speakers who are easy to confuse: Whitcomb (Kestrel, b) says US producers cannot replace
#   Chinese supply; Raman (Lakeshore, c) says the ban is largely symbolic (m10 swaps them).
# - Numbers in furniture: "140 firms", "jump 30%", "3-month high", "firm 4%", "slip to 55%",
#   "2025 supply", "14-day trial", "25% tariff", "falls 8%", the byline time "14:35 GMT".

A = "a-meridian.en.txt"
B = "b-smr.en.txt"
C = "c-supplysignal.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-12-03",
         "what": "On 3 December 2024 China's commerce ministry said exports of gallium-, germanium- and antimony-related dual-use items to the US would in principle not be permitted, effective immediately (hedged: in principle)",
         "in": {S: "原则上不予许可镓、锗、锑相关两用物项对美国出口",
                A: "the commerce ministry said shipments of dual-use items related to gallium, germanium, antimony and superhard materials to the United States would \"in principle not be permitted.\"",
                B: "exports of gallium, germanium and antimony to the U.S. will not in principle be approved",
                C: "China's decision to bar exports of gallium, germanium and antimony to the United States was announced by the Ministry of Commerce on December 3"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Graphite exports to the US face stricter end-user and end-use reviews",
         "in": {S: "对石墨两用物项对美出口实施更严格的最终用户和最终用途审查",
                A: "graphite shipments to the United States would be subject to stricter reviews of end users and end uses",
                C: "will be subject to stricter checks on end users and end uses when it is destined for the United States"}},
        {"id": "f3", "status": "agreement", "value": "140 entities; 2024-12-02",
         "what": "A day earlier (Monday 2 December) the US Commerce Department added 140 entities to its restriction list and curbed high-bandwidth memory sales to China",
         "in": {S: "美国商务部宣布将140个实体列入出口管制“实体清单”",
                A: "the U.S. Commerce Department on Monday added 140 entities to its trade restriction list",
                C: "barely 24 hours after the Biden administration widened its restrictions on chipmaking tools and high-bandwidth memory"}},
        {"id": "f4", "status": "agreement", "value": "2023-08-01",
         "what": "China has required export licences for gallium and germanium since 1 August 2023",
         "in": {S: "中国自2023年8月1日起对镓、锗相关物项实施出口许可管理",
                A: "China began requiring exporters of gallium and germanium to obtain licences from Aug. 1, 2023",
                C: "goes further than the licensing rules Beijing has applied since August 2023"}},
        {"id": "f5", "status": "agreement", "value": "2024-09-15",
         "what": "Antimony products were put under export control with effect from 15 September 2024 (yearless: 'this year')",
         "in": {S: "锑相关物项则于今年9月15日起纳入管制",
                A: "it added antimony products to its control list with effect from Sept. 15 this year"}},
        {"id": "f6", "status": "agreement", "value": "98%",
         "what": "China accounted for about 98% of world primary gallium production in 2023, per USGS",
         "in": {S: "中国去年原生镓产量约占全球的98%",
                A: "China accounted for about 98% of the world's primary gallium production last year"}},
        {"id": "f7", "status": "source-conflict", "value": "54% | about 1/3",
         "what": "Share of US germanium imports supplied by China in 2019-2022: about 54% per USGS (a) versus only about a third per Census trade data (b)",
         "in": {S: "美国地质调查局数据显示2019年至2022年间约54%来自中国，但有行业刊物援引美国人口普查局贸易数据称，中国直接供应的比例仅约三分之一",
                A: "China supplied about 54% of U.S. germanium imports between 2019 and 2022",
                B: "China directly supplied only about a third of U.S. germanium imports between 2019 and 2022"}},
        {"id": "f8", "status": "agreement", "value": "2850 USD/kg (2024-12-04)",
         "what": "Germanium was assessed at USD 2,850 a kilogram in Rotterdam on Wednesday 4 December, up from USD 2,700 a week earlier",
         "in": {S: "鹿特丹锗价周三升至每公斤2850美元",
                B: "Germanium metal was assessed at $2,850 a kilogram in Rotterdam on Wednesday, up from $2,700 a week earlier"}},
        {"id": "f9", "status": "agreement", "value": "3400000000 USD",
         "what": "USGS estimated last month that a total Chinese ban on gallium and germanium exports could cost the US USD 3.4 billion (hedged: could)",
         "in": {S: "美国国内生产总值可能因此损失34亿美元",
                B: "the agency estimated that a total Chinese ban on gallium and germanium exports could cost the U.S. economy $3.4 billion in lost output"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Kestrel Advanced Materials CEO Whitcomb said US producers cannot replace Chinese supply in the near term (negated)",
         "in": {S: "美国生产商短期内无法替代中国供应",
                B: "\"There is no way U.S. producers can replace Chinese supply in the near term,\" she said."}},
        {"id": "f11", "status": "unsupported", "value": None,
         "what": "The US Defense Department launched emergency purchases this week to replenish gallium and germanium stockpiles (no source says so)",
         "in": {S: "美国国防部已于本周启动紧急采购"}},
        {"id": "f12", "status": "omission", "value": "0 (Jan-Oct 2024)",
         "what": "Chinese customs data show no unwrought gallium or germanium was shipped to the US in January-October 2024 (negated)",
         "in": {A: "Chinese customs data show that no unwrought gallium or germanium was shipped to the United States between January and October"}},
        {"id": "f13", "status": "omission", "value": None,
         "what": "China also banned all dual-use exports to US military users or for military purposes",
         "in": {A: "It also prohibited the export of all dual-use items to U.S. military users or for military purposes"}},
        {"id": "f14", "status": "omission", "value": "39000 USD/t",
         "what": "Rotterdam antimony prices have more than doubled this year to a record of about USD 39,000 a tonne",
         "in": {B: "Antimony prices in Rotterdam have more than doubled this year to a record of about $39,000 a metric ton"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "Four Chinese industry associations urged members to be cautious about buying US chips",
         "in": {C: "four Chinese industry associations, including the China Semiconductor Industry Association, urged their members to be cautious about buying U.S. chips"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "140个实体", "mutated": "104个实体",
         "note": "140 entities added to the US list (a) -> 104 (transposed digits)"},
        {"n": 2, "type": "number", "fact": "f9", "original": "34亿美元", "mutated": "43亿美元",
         "note": "USD 3.4 billion GDP loss (b) -> USD 4.3 billion"},
        {"n": 3, "type": "date", "fact": "f1", "original": "12月3日", "mutated": "12月2日",
         "note": "the ban was announced on Tuesday 3 December (a, c); 2 December is the day of the US curbs"},
        {"n": 4, "type": "date", "fact": "f4", "original": "2023年8月1日", "mutated": "2023年7月1日",
         "note": "licensing began on 1 August 2023 (a, c); the controls were only announced in early July"},
        {"n": 5, "type": "negation", "fact": "f1", "original": "不予许可", "mutated": "予以许可",
         "note": "exports 'in principle not be permitted' (a, b, c) -> in principle permitted"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "短期内无法替代", "mutated": "短期内即可替代",
         "note": "US producers cannot replace Chinese supply in the near term (b) -> can replace it soon"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "美国商务部宣布", "mutated": "美国财政部宣布",
         "note": "the Commerce Department (a) added the 140 entities, not the Treasury"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "对石墨两用物项", "mutated": "对稀土两用物项",
         "note": "stricter end-use reviews apply to graphite (a, c), not rare earths; no source says so"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "美国地质调查局上月估计", "mutated": "美国半导体行业协会上月估计",
         "note": "the USD 3.4 billion estimate is the US Geological Survey's (b), not the Semiconductor Industry Association's"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "美国锗回收企业Kestrel Advanced Materials首席执行官惠特科姆", "mutated": "咨询机构Lakeshore Strategic Minerals高级分析师拉曼",
         "note": "the remark that US producers cannot replace Chinese supply is Whitcomb's (b); Raman (c) said the ban is largely symbolic"},
        {"n": 11, "type": "modality", "fact": "f9", "original": "可能因此损失", "mutated": "将因此损失",
         "note": "hedged 'could cost' (b) -> asserted 'will cost'"},
        {"n": 12, "type": "modality", "fact": "f1", "original": "原则上", "mutated": "一律",
         "note": "'in principle not be permitted' (a, b, c) -> 'not permitted in any case'"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "每公斤2850美元", "mutated": "每吨2850美元",
         "note": "USD 2,850 a kilogram (b) -> USD 2,850 a tonne"},
        {"n": 14, "type": "percentage", "fact": "f6", "original": "约占全球的98%", "mutated": "约占全球的60%",
         "note": "China's share of primary gallium output is about 98% (a); 60% is its share of germanium output"},
    ],
    "boilerplate": {
        A: "(Reporting by Chen Yu in Beijing",
        B: [{"inline": "By Helen Okafor | Minor Metals | December 4, 2024, 14:35 GMT"},
            {"inline": "Price table: Rotterdam minor metals, in-warehouse, Dec. 4 (Source: SMR)"},
            "Subscribe to SMR Minor Metals Daily"],
        C: [{"inline": "Posted December 4, 2024 by Rachel Dunmore, Senior Editor"},
            {"inline": "ADVERTISEMENT"},
            "Liked this analysis? Get SupplyChain Signal"],
    },
}
