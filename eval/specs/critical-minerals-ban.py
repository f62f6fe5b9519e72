# Gold specification for story `critical-minerals-ban` (China's Ministry of Commerce bans exports
# of gallium, germanium, antimony and superhard materials to the United States, 3 December 2024).
# All texts are invented for evaluation (the dates and the outline follow the 2024 episode: the
# earlier licensing of gallium/germanium from August 2023 and of antimony from September 2024, the
# US chip curbs of 2 December 2024; outlets, quotes, the Idaho company, the trade group, prices and
# most volumes are made up). Edit here, then run `python3 build_gold.py --root DIR --story NAME`.
# f12 is a genuine source-versus-source conflict: a says China was about 63% of U.S. antimony
# imports in 2019-2022 (per the USGS), c says more than 70% over the same years (per a trade group).
# The summary gives both.
#
# Traps:
# - Same amount in two units: "$39,000 per tonne on Thursday, or $39 a kilogram" (b); the summary
#   writes 每吨约3.9万美元.
# - Same amount in two currencies: "about 19,000 yuan per kilogram ... or roughly $2,600" (b).
# - Rate vs total: "about 230% higher than at the start of the year" next to "$11,800 a tonne" (b);
#   antimony exports "fell to 117 tonnes in October from 3,900 tonnes in August, a drop of 97%" (b).
# - Same topic, different scope: 98% of refined gallium vs "roughly 60% of its refined germanium"
#   in the same sentence (a); the summary gives only the gallium share.
# - Relative dates against each article's own date: a (Tue 3 Dec) "on Tuesday" and US curbs "on
#   Monday"; b (Fri 6 Dec) "on Tuesday"; c (Sun 8 Dec) "Last Tuesday"; the summary (Mon 9 Dec)
#   writes 上周二 and 就在前一天. "last month" (a, 3 Dec) = "published in November" (b) = 上月.
# - Yearless month: "in September" (a) and "on September 15" (b) in December 2024 articles mean
#   September 2024 (今年9月); "since August 2023" (a) = "since August 1, 2023" (b).
# - Negation as the fact itself: "no gallium or germanium was shipped" (a) -> 没有向美国出口 (f7).
# - Non-conflicting negations: "did not say how long the measures would remain in place", "did not
#   immediately respond to a request for comment" (a); "none said it expected to halt production",
#   "who asked not to be identified" (b); "did not say when it expected a final decision", "did not
#   return calls", "still doesn't have a working antimony mine" (c).
# - Hedges: USGS "could reduce ... GDP by $3.4 billion" (a) / "potential hit" (b) -> 可能; the mine
#   "could begin producing antimony as early as 2028" (c) -> 最早可能; "Prices could climb further" (b).
# - Attribution: prices are b's own assessment (据一家行业周刊的价格评估); the 98% share is
#   "consultancy estimates" (据咨询机构估算); the conflict's two figures come from the USGS and a
#   trade group.
# - Approximations: "about 140 companies" -> 约140家; "about 98%" -> 约98%.
# - Numbers in furniture: "0.4%", "1.2%", "5,000 tonnes" (a); "$345 per mtu", "55%", "18%",
#   "40 minor metals" (b); "$2.5 million", "120 jobs", "4.1%", "6 a.m." (c).

A = "a-meridian.en.txt"
B = "b-minormetals.en.txt"
C = "c-ledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-12-03",
         "what": "China's commerce ministry announced the ban on Tuesday 3 December 2024",
         "in": {S: "商务部上周二发布公告",
                A: "China's commerce ministry said on Tuesday it was banning exports",
                B: "Beijing's decision on Tuesday to bar exports of gallium, germanium and antimony"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Exports of gallium, germanium, antimony (and superhard materials) dual-use items to the US are in principle not permitted (negated)",
         "in": {S: "原则上不予许可镓、锗、锑、超硬材料相关两用物项对美国出口",
                A: 'exports of dual-use items containing the three metals to U.S. users would "in principle" not be permitted',
                C: "it would no longer, in principle, allow exports of antimony, gallium and germanium to the United States"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Graphite shipped to the US faces stricter end-user and end-use reviews",
         "in": {S: "对输美石墨两用物项实施更严格的最终用户和最终用途审查",
                A: "Graphite shipped to the United States will also be subject to stricter checks on end users and end uses"}},
        {"id": "f4", "status": "agreement", "value": "2024-12-02; 140",
         "what": "A day earlier (Monday 2 December) the US Commerce Department added about 140 companies to the Entity List and curbed chip-tool and HBM sales",
         "in": {S: "美国商务部将约140家企业列入实体清单",
                A: "The U.S. Commerce Department on Monday added about 140 companies, most of them Chinese, to its Entity List",
                C: "The ban came a day after the Biden administration announced new limits on sales of chip technology to China"}},
        {"id": "f5", "status": "agreement", "value": "2023-08",
         "what": "Gallium and germanium exports have required licences since August 2023",
         "in": {S: "自2023年8月起对镓、锗实施出口许可管理",
                A: "since August 2023",
                B: "the licence regime has been in force since August 1, 2023"}},
        {"id": "f6", "status": "agreement", "value": "2024-09",
         "what": "Antimony was brought under export controls in September 2024 (yearless month in December 2024 articles)",
         "in": {S: "今年9月又将锑纳入管制",
                A: "antimony was brought under similar controls in September",
                B: "China's licensing rules for the metal took effect on September 15"}},
        {"id": "f7", "status": "agreement", "value": "0",
         "what": "Chinese customs data: no gallium or germanium shipped to the US in January-October 2024 (negated)",
         "in": {S: "今年前10个月中国没有向美国出口镓和锗",
                A: "no gallium or germanium was shipped to the United States in the first ten months of this year"}},
        {"id": "f8", "status": "agreement", "value": "98%",
         "what": "China produces about 98% of the world's refined gallium, per consultancy estimates",
         "in": {S: "全球约98%的精炼镓产自中国",
                A: "China produces about 98% of the world's refined gallium"}},
        {"id": "f9", "status": "agreement", "value": "39000 USD/t",
         "what": "Antimony trioxide in Rotterdam was assessed at $39,000 per tonne ($39/kg), per b's own price assessment",
         "in": {S: "鹿特丹三氧化二锑价格已涨至每吨约3.9万美元",
                B: "Antimony trioxide in Rotterdam was assessed at $39,000 per tonne on Thursday, or $39 a kilogram"}},
        {"id": "f10", "status": "agreement", "value": "+230%",
         "what": "The antimony trioxide price is about 230% higher than at the start of the year",
         "in": {S: "较年初上涨约230%",
                B: "That is about 230% higher than at the start of the year"}},
        {"id": "f11", "status": "agreement", "value": "3400000000 USD",
         "what": "The USGS estimated in November 2024 that a total Chinese gallium/germanium ban could cut US GDP by $3.4 billion (hedged)",
         "in": {S: "美国国内生产总值可能因此减少34亿美元",
                A: "could reduce U.S. gross domestic product by $3.4 billion",
                B: "put the potential hit to U.S. GDP from a total gallium and germanium ban at $3.4 billion"}},
        {"id": "f12", "status": "source-conflict", "value": "63% | >70%",
         "what": "China's share of US antimony imports 2019-2022: about 63% per the USGS (a) versus more than 70% per a trade group (c)",
         "in": {S: "一家通讯社援引美国地质调查局数据称，2019年至2022年中国约占63%，一家地方报纸援引美国行业组织的说法则称超过70%",
                A: "It accounted for about 63% of U.S. antimony imports between 2019 and 2022",
                C: "said China accounted for more than 70% of U.S. antimony imports between 2019 and 2022"}},
        {"id": "f13", "status": "agreement", "value": "2028",
         "what": "An Idaho antimony developer said its mine could start production as early as 2028 (hedged)",
         "in": {S: "其项目最早可能于2028年投产",
                C: "the mine could begin producing antimony as early as 2028"}},
        {"id": "f14", "status": "unsupported", "value": "500000000 USD",
         "what": "The US Defense Department announced $500 million to support domestic antimony and gallium production (no source says so)",
         "in": {S: "美国国防部已宣布拨款5亿美元"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The ministry did not say how long the measures would last or how it would stop re-exports via third countries (negated)",
         "in": {A: "The ministry did not say how long the measures would remain in place"}},
        {"id": "f16", "status": "omission", "value": "117 t; -97%",
         "what": "Chinese antimony exports fell to 117 tonnes in October from 3,900 tonnes in August (-97%)",
         "in": {B: "Chinese exports of unwrought antimony and antimony oxides fell to 117 tonnes in October"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Traders said prices could climb further in the first quarter (hedged)",
         "in": {B: "Prices could climb further in the first quarter"}},
        {"id": "f18", "status": "omission", "value": "19000 CNY/kg",
         "what": "Chinese domestic germanium was quoted at about 19,000 yuan (about $2,600) per kilogram",
         "in": {B: "Chinese domestic germanium metal was quoted at about 19,000 yuan per kilogram this week"}},
        {"id": "f19", "status": "omission", "value": "2016",
         "what": "The US has not mined antimony at commercial scale since 2016, according to the company (negated, attributed)",
         "in": {C: "The United States has not mined antimony at commercial scale since 2016"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Residents and conservation groups oppose the Idaho project over water quality",
         "in": {C: "Some residents and conservation groups have opposed Thunder Ridge for years"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "约140家", "mutated": "约240家",
         "note": "about 140 companies added to the Entity List (a) -> about 240"},
        {"n": 2, "type": "date", "fact": "f1", "original": "商务部上周二", "mutated": "商务部上周四",
         "note": "relative date shifted: Tuesday 3 Dec -> Thursday 5 Dec; the ministry announced on Tuesday (a, b, c)"},
        {"n": 3, "type": "date", "fact": "f6", "original": "今年9月", "mutated": "今年3月",
         "note": "antimony controls took effect in September 2024 (a; b: September 15), not March"},
        {"n": 4, "type": "negation", "fact": "f7", "original": "中国没有向美国出口", "mutated": "中国仍在向美国出口",
         "note": "customs data show no gallium or germanium shipped to the US (a) -> still being exported"},
        {"n": 5, "type": "negation", "fact": "f2", "original": "原则上不予许可", "mutated": "原则上予以许可",
         "note": "exports are in principle not permitted (a, c) -> in principle permitted"},
        {"n": 6, "type": "entity", "fact": "f13", "original": "爱达荷州", "mutated": "内华达州",
         "note": "the antimony developer is in Idaho (c), not Nevada"},
        {"n": 7, "type": "entity", "fact": "f11", "original": "全面禁止镓、锗出口", "mutated": "全面禁止稀土出口",
         "note": "the USGS estimate concerns a gallium and germanium ban (a, b), not rare earths"},
        {"n": 8, "type": "attribution", "fact": "f11", "original": "美国地质调查局上月估计", "mutated": "美国商务部上月估计",
         "note": "the $3.4 billion estimate is the USGS's (a, b), not the Commerce Department's"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "据一家行业周刊的价格评估", "mutated": "据中国海关的统计",
         "note": "the Rotterdam price is b's own price assessment, not Chinese customs data"},
        {"n": 10, "type": "modality", "fact": "f13", "original": "最早可能于2028年", "mutated": "将于2028年",
         "note": "hedged 'could begin ... as early as 2028' (c) -> asserted 'will start in 2028'"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能因此减少", "mutated": "必将因此减少",
         "note": "hedged 'could reduce' (a) / 'potential hit' (b) -> 'will certainly reduce'"},
        {"n": 12, "type": "unit", "fact": "f9", "original": "每吨约3.9万美元", "mutated": "每公斤约3.9万美元",
         "note": "$39,000 per tonne, i.e. $39 a kilogram (b) -> $39,000 per kilogram"},
        {"n": 13, "type": "percentage", "fact": "f8", "original": "全球约98%", "mutated": "全球约78%",
         "note": "China produces about 98% of refined gallium (a) -> 78%"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "上涨约230%", "mutated": "上涨约130%",
         "note": "price about 230% above the start of the year (b) -> 130%"},
    ],
    "boilerplate": {
        A: "(Reporting by the Meridian Wire Beijing and Singapore bureaus",
        B: [{"inline": "Markets | 6 December 2024 | By Daniel Ortiz"},
            {"inline": "READ MORE: Tungsten APT climbs to $345 per mtu, highest since 2013"},
            "This article is part of our Critical Minerals Watch."],
        C: [{"inline": "By Karen Lindqvist · December 8, 2024 · 5 min read"},
            {"inline": "Photo: Core samples stacked at Salmon Basin Minerals' field office near Yellow Pine (Mountain West Ledger)"},
            "Share this story: Facebook · X · Email"],
    },
}
