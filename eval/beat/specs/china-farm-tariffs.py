# Gold specification for story `china-farm-tariffs` (China's retaliatory tariffs of 10% and 15% on
# US farm products, announced by the Customs Tariff Commission of the State Council on Tuesday
# 4 March 2025 in answer to the US raising its extra tariff on all Chinese goods from 10% to 20%;
# in force Monday 10 March 2025, with goods shipped before 10 March and imported by 12 April
# exempt; same-day MOFCOM unreliable-entity and export-control listings and GACC suspensions).
# All texts are invented for evaluation (the schedule, product lists and headline trade figures
# follow the real episode; wording, quotes, analysts, outlets and most secondary figures are made
# up). Edit here, then run `python3 build_gold.py --root DIR --story china-farm-tariffs`.
#
# f11 is a genuine source-versus-source conflict: a puts 2024 US agricultural exports to China at
# $29.25 bn (USDA data), b at $24.7 bn ("farm and food sales", the journal's own compilation). The
# summary gives both figures, each with its own attribution.
#
# Traps:
# - Same number, different things: "10%" is the Chinese rate on soybeans etc. (f3), the extra US
#   duty before the increase and the size of the increase (f7), the February Chinese duty on crude
#   (a) and the count of firms put on the unreliable entity list (f8); "15%" is the rate on chicken
#   etc. (f2), the February duty on coal and LNG (a, f19) and "15 U.S. entities" on the export
#   control list (a, f15); "12" is both the April 12 deadline (f6) and the 12 US firms listed since
#   February (a). m01 mutates 10 firms -> 12, the real cumulative count.
# - Equal amounts in different units or scales: 2400万吨 (summary) = "24 million metric tons" (b) =
#   "24 mmt" (c); 128亿美元 (summary) = "$12.8 billion" (c) = "$12.76 billion" (b, rounded
#   differently); 292.5亿美元 = "$29.25 billion" (a); "roughly $21 billion" (b) vs "about $21.4
#   billion" (c) for the goods covered (f18, rounding, not a conflict). "2,400 acres" (c, a farm's
#   size) shares its digits with 2400万吨.
# - Percent vs percentage points: the US increase is "a further 10% tariff ... to 20% from 10%" (a)
#   and "by 10 percentage points to 20%" (c); the summary's "由10%提高至20%". The soybean border rate
#   "rises to 13%" (b, f21) is MFN 3% plus the new 10%, not a different tariff rate.
# - Yearless and relative dates: a (Tue 4 Mar) "on Tuesday" = 4 March and "from next week";
#   b (Wed 5 Mar) "on Tuesday" = 4 March, "from Monday, March 10"; c (Fri 7 Mar) "on Monday" = 3
#   March (the US announcement), "the next day" = 4 March, "this coming Monday" = 10 March; "April
#   12" and "April 2" are yearless. The summary (dated 7 March) uses 3月4日, 4日 and 当天.
# - Report date vs event date: the summary is dated 2025-03-07, the sources 4, 5 and 7 March; the
#   event dates are 3, 4 and 10 March. m03 mutates 3月4日 -> 3月3日, the date of the US move (c).
# - Non-conflicting negations: "did not immediately respond to a request for comment" (a), "USDA
#   did not respond ... by press time" (b), "Neither the USDA nor the Office of the U.S. Trade
#   Representative responded" (c), "would not fully return" (c, f20), "Beijing did not touch
#   aircraft, chips" (c, supports f12's 并未涉及).
# - Hedged vs asserted: "appeared measured and could leave room" (a) and "may be meant to leave
#   room" (c) vs the summary's 可能意在; "could lose market share" (c); "expected to be a record
#   crop" (c); the tariffs "take effect" / "apply from" / "kick in" (asserted) vs the summary's 将于.
# - Reported speech from several speakers: the tariff commission (a), the Commerce Ministry (a),
#   GACC (b), a broker (b), a Singapore economist (c), an Iowa farmer (c), a university economist
#   (c). The tariffs come from the tariff commission, not the Commerce Ministry (m09).
# - Numbers in furniture: tickers with CBOT soybean moves "-0.6%" (a) and "(-0.4%)" (b) near the
#   summary's unsupported futures claim (f14, "逾2%"); teasers "25% tariffs on C$30 billion",
#   "around 5%", "4% of GDP" (a), "1.825 billion bushels", "25% duty ... April 2", "$10 billion"
#   (b), "fall 3.1%", "Sept. 30", "41,000 readers" (c); bylines with the report dates; an image
#   caption dated "Feb. 27, 2025" inside c.
# - Unsupported claims built from the beat: the foreign ministry's "奉陪到底" (f13) and a futures
#   move (f14); no source mentions either in its article text.

A = "a-pacificrim.en.txt"
B = "b-grainfeed.en.txt"
C = "c-heartland.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-04",
         "what": "The Customs Tariff Commission of the State Council announced the tariffs on Tuesday 4 March 2025",
         "in": {S: "国务院关税税则委员会3月4日发布公告",
                A: "China's Customs Tariff Commission of the State Council said on Tuesday",
                B: "were announced on Tuesday by the State Council's Customs Tariff Commission",
                C: "The tariff commission's notice of March 4"}},
        {"id": "f2", "status": "agreement", "value": "15%",
         "what": "An additional 15% tariff on US chicken, wheat, corn and cotton",
         "in": {S: "对鸡肉、小麦、玉米、棉花加征15%关税",
                A: "imports of U.S. chicken, wheat, corn and cotton will face an additional 15% tariff",
                B: "Chicken, wheat, corn and cotton face an extra 15%",
                C: "puts a 15% duty on chicken, wheat, corn and cotton"}},
        {"id": "f3", "status": "agreement", "value": "10%",
         "what": "An additional 10% tariff on US sorghum, soybeans, pork, beef, aquatic products, fruit, vegetables and dairy",
         "in": {S: "对高粱、大豆、猪肉、牛肉、水产品、水果、蔬菜、乳制品加征10%关税",
                A: "Sorghum, soybeans, pork, beef, aquatic products, fruit, vegetables and dairy will face an extra 10%",
                B: "Sorghum, soybeans, pork, beef, seafood, fruit, vegetables and dairy products get an extra 10%",
                C: "10% on soybeans, pork, beef, sorghum and a long list of other foods"}},
        {"id": "f4", "status": "agreement", "value": "2025-03-10",
         "what": "The tariffs take effect on Monday 10 March 2025 (asserted)",
         "in": {S: "新关税将于3月10日起实施",
                A: "The duties take effect on March 10",
                B: "They apply from Monday, March 10",
                C: "The duties kick in this coming Monday"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Existing bonded and tax-relief policies are unchanged, but the new duties will not be reduced or exempted (negated)",
         "in": {S: "此次加征的关税不予减免",
                A: "the new duties will not be eligible for any reduction or exemption"}},
        {"id": "f6", "status": "agreement", "value": "2025-03-10 / 2025-04-12",
         "what": "Goods shipped before 10 March and imported (cleared) by 12 April are not subject to the extra duties (negated)",
         "in": {S: "3月10日前已从启运地启运、并于4月12日前进口的货物，不加征此次关税",
                B: "Cargo that left its port of origin before March 10 and clears Chinese customs by April 12 will not be subject to the extra duties",
                C: "Cargoes already on the water get a reprieve if they clear Chinese customs by April 12"}},
        {"id": "f7", "status": "agreement", "value": "10% -> 20%",
         "what": "The tariffs answer the US raising its extra tariff on all Chinese goods from 10% to 20% (by 10 percentage points)",
         "in": {S: "以回应美方将对华商品额外关税由10%提高至20%的做法",
                A: "brought the extra duty on Chinese goods to 20% from 10%",
                C: "raise the extra levy on every Chinese import by 10 percentage points to 20%"}},
        {"id": "f8", "status": "agreement", "value": "10",
         "what": "The same day, the Commerce Ministry added 10 US companies to its unreliable entity list",
         "in": {S: "商务部宣布将10家美国企业列入不可靠实体清单",
                A: "the Commerce Ministry also added 10 U.S. companies to its unreliable entity list"}},
        {"id": "f9", "status": "agreement", "value": "3",
         "what": "The General Administration of Customs suspended soybean shipments from three US exporters",
         "in": {S: "海关总署则暂停了三家美国企业的大豆输华资质",
                B: "the General Administration of Customs suspended soybean shipments from three U.S. exporters"}},
        {"id": "f10", "status": "agreement", "value": "24000000 t | 12800000000 USD",
         "what": "US soybean exports to China in 2024: about 24 million tonnes worth about USD 12.8 bn, nearly half of US farm exports to China",
         "in": {S: "美国去年对华出口大豆约2400万吨，价值约128亿美元",
                A: "Soybeans made up nearly half of that.",
                B: "The United States shipped 24 million metric tons of soybeans worth $12.76 billion to China in 2024",
                C: "China took about 24 mmt of U.S. beans last year, worth some $12.8 billion"}},
        {"id": "f11", "status": "source-conflict", "value": "29250000000 USD | 24700000000 USD",
         "what": "Total US agricultural exports to China in 2024: USD 29.25 bn per USDA data (a) versus USD 24.7 bn per the journal's trade data (b)",
         "in": {S: "有报道援引美国农业部数据称为292.5亿美元，也有行业统计显示约为247亿美元",
                A: "U.S. agricultural exports to China totalled $29.25 billion in 2024",
                B: "Total U.S. farm and food sales to China reached $24.7 billion last year"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analysts: the response is restrained (no industrial goods) and may/could leave room for negotiations (hedged)",
         "in": {S: "并未涉及飞机、芯片等工业品，力度总体克制，可能意在为双方谈判留出余地",
                A: "the response appeared measured and could leave room for negotiations",
                C: "the restraint may be meant to leave room for a deal"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "A Chinese foreign ministry spokesperson said China would fight to the end if the US insisted on a tariff or trade war (no source says so)",
         "in": {S: "如果美方执意打关税战、贸易战，中方将奉陪到底"}},
        {"id": "f14", "status": "unsupported", "value": "-2%",
         "what": "CBOT soybean futures fell more than 2% intraday on 4 March (no source says so; only tickers show small moves)",
         "in": {S: "芝加哥期货交易所大豆期货4日盘中一度下跌逾2%"}},
        {"id": "f15", "status": "omission", "value": "15",
         "what": "MOFCOM placed 15 US entities on its export control list (dual-use items)",
         "in": {A: "placed 15 U.S. entities on its export control list"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Customs also halted imports of US logs over pests",
         "in": {B: "It also halted imports of U.S. logs"}},
        {"id": "f17", "status": "omission", "value": "70%",
         "what": "Brazil supplies roughly seven in ten tonnes of China's soybean imports",
         "in": {C: "Brazil now supplies roughly seven of every ten tonnes of soybeans China imports"}},
        {"id": "f18", "status": "omission", "value": "21000000000 USD",
         "what": "The tariffs cover roughly USD 21 bn (b) / about USD 21.4 bn (c) of US farm exports",
         "in": {B: "the duties cover roughly $21 billion of U.S. agricultural exports",
                C: "the measures reach about $21.4 billion of last year's U.S. shipments to China"}},
        {"id": "f19", "status": "omission", "value": "15%",
         "what": "In February China had already imposed 15% on US coal and LNG and 10% on crude oil and farm machinery",
         "in": {A: "Beijing had already imposed a 15% duty on U.S. coal and liquefied natural gas"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "An economist said US growers could lose market share that would not fully return even if the tariffs were lifted (hedged, negated)",
         "in": {C: "U.S. growers could lose market share that would not fully return even if the tariffs were lifted"}},
        {"id": "f21", "status": "omission", "value": "13%",
         "what": "With the 3% MFN duty, the border rate on US soybeans rises to 13%",
         "in": {B: "the rate at the Chinese border rises to 13%"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f8", "original": "10家美国企业", "mutated": "12家美国企业",
         "note": "10 firms added on 4 March -> 12; 12 is the cumulative count since February (a)"},
        {"n": 2, "type": "number", "fact": "f10", "original": "价值约128亿美元", "mutated": "价值约182亿美元",
         "note": "soybean exports worth about USD 12.8 bn -> USD 18.2 bn (digits transposed)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "3月4日发布公告", "mutated": "3月3日发布公告",
         "note": "announced 4 March -> 3 March, the day of the US announcement (c: 'on Monday')"},
        {"n": 4, "type": "date", "fact": "f6", "original": "4月12日前进口", "mutated": "4月30日前进口",
         "note": "in-transit goods exempt if imported by April 12 -> by April 30"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "不予减免", "mutated": "可予减免",
         "note": "the new duties will not be eligible for reduction or exemption (a) -> can be reduced or exempted"},
        {"n": 6, "type": "negation", "fact": "f6", "original": "不加征此次关税", "mutated": "仍须加征此次关税",
         "note": "goods already shipped will not be subject to the extra duties (b, c) -> still subject to them"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "小麦", "mutated": "大米",
         "note": "wheat -> rice in the 15% list; no source names rice"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "大豆输华资质", "mutated": "高粱输华资质",
         "note": "the customs suspension covered soybean shipments (b), not sorghum"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "国务院关税税则委员会3月4日", "mutated": "商务部3月4日",
         "note": "the tariffs were announced by the Customs Tariff Commission (a, b, c), not the Commerce Ministry, which announced the entity listings"},
        {"n": 10, "type": "attribution", "fact": "f9", "original": "海关总署则暂停", "mutated": "农业农村部则暂停",
         "note": "the soybean suspensions came from the General Administration of Customs (b), not the agriculture ministry"},
        {"n": 11, "type": "modality", "fact": "f4", "original": "新关税将于", "mutated": "新关税可能于",
         "note": "asserted 'take effect on March 10' (a, b, c) -> hedged 'may take effect'"},
        {"n": 12, "type": "modality", "fact": "f12", "original": "可能意在", "mutated": "无疑意在",
         "note": "hedged 'could / may be meant to leave room' (a, c) -> certain 'undoubtedly meant to'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "约2400万吨", "mutated": "约2400万蒲式耳",
         "note": "24 million metric tons (b, c) -> 24 million bushels"},
        {"n": 14, "type": "percentage", "fact": "f2", "original": "棉花加征15%关税", "mutated": "棉花加征25%关税",
         "note": "extra 15% on chicken, wheat, corn and cotton (a, b, c) -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "Home > Business > Trade | Markets | World | Video | Podcasts"},
            {"inline": "MARKETS  CBOT Soybeans 10.14 -0.6% | Corn 4.55 -1.2% | Wheat 5.49 +0.2% | USD/CNY 7.2866 | Hang Seng 22,941 -0.3%"},
            {"inline": "By Mei Tan and Robert Fairley | March 4, 2025 6:41 PM GMT+8 | Updated 3 hours ago"},
            {"inline": "(Reporting by Mei Tan in Beijing and Robert Fairley in Washington; Editing by Sandra Koh)"},
            "Related Coverage"],
        B: [{"inline": "Markets | Grains | Oilseeds | Livestock | Trade Policy | Weather | Subscribe"},
            {"inline": "CBOT close 03/04: Soybeans May $10.12 (-0.4%) | Corn May $4.61 (-1.8%) | Wheat May $5.52 (+0.3%) | Soymeal May $298.40 (-0.7%)"},
            {"inline": "Trade Policy | March 5, 2025 | By Karen Holloway, Washington Bureau"},
            "Get the Grain & Feed Daily"],
        C: [{"inline": "Heartland Policy Review | Farm Policy | Trade | Rural Economy | Opinion | Donate"},
            {"inline": "Analysis | Posted March 7, 2025 at 8:15 a.m. CT | By Jonas Whitaker"},
            {"inline": "Soybeans are loaded at a grain elevator near Decatur, Illinois, on Feb. 27, 2025. (Photo: Lena Ortiz / Heartland Policy Review)"},
            "Filed under:"],
    },
}
