# Gold specification for story `unreliable-entity-pvh-illumina` (China puts PVH Group and
# Illumina on its unreliable entity list, opens an antitrust probe into Google and announces
# tariffs on US goods, 4 February 2025, in response to a 10% US tariff). The summary is in
# Traditional Chinese, Hong Kong style.
# All texts are invented for evaluation (the dates and the outline follow the 2025 episode;
# wording, quotes, analysts, the research firms and the outlets are made up; revenue shares,
# store counts and share moves are invented).
# Edit here, then run `python3 build_gold.py --root DIR --story unreliable-entity-pvh-illumina`.
# f11 is a genuine source-versus-source conflict: a says analysts estimate China at about 6% of
# PVH's fiscal 2023 revenue; b says the annual report puts it at roughly 3% of USD 9.2 billion.
# The summary attributes each figure.
#
# Traps:
# - Two tariff rates and one date in a sentence: 15% on coal and LNG, 10% on crude oil, farm
#   machinery and large-engine cars, "from Feb. 10" (m12 gives LNG the 10% rate); the US levy is
#   also 10%, and "Feb. 10" appears again in the analyst's hedge.
# - Two dollar scopes: "roughly $14 billion worth of annual U.S. imports" vs "approximately $450
#   billion of Chinese goods" (4,500億 with a thousands comma before 億; 140億 = 14 billion);
#   m01 changes 140億 to 410億, m13 turns 美元 into 港元.
# - Event dates: the US tariff took effect "at 12:01 a.m. Eastern time (0501 GMT) on Tuesday"
#   (m02 moves it to Monday, the day Trump spoke of a call with Xi and paused Mexico/Canada
#   tariffs); Chinese tariffs start "from Feb. 10" (m03 moves them to 4 February); "in September
#   last year" (the PVH probe, an omission); "since 2010"; "first published in 2020"; "the first
#   nine months of 2024" = 去年首三季 in a summary dated 5 February 2025.
# - Hedges: "could be barred", "can be banned", "may face fines" (m10 asserts 將被禁止);
#   "A deal before Feb. 10 is possible, but far from certain" (m11 asserts 必定會); "would
#   probably speak with ... Xi" (an omission); "should be manageable".
# - Negations that must not clash: "hasn't shut the door on talks" (f12, m05 flips it); "had not
#   yet received formal notification" (f8, m04 flips it); "did not immediately respond", "did not
#   say whether a call had been scheduled", "did not say whether orders ... had been affected",
#   "has not said which of Google's practices", "Beijing denies any abuses", "I would not expect
#   anyone to say so out loud".
# - Percent shares that are easy to cross: Illumina's Greater China share "about 7%" vs "more
#   than 10% in 2021" (m14 uses 17%); PVH's China share 6% vs 3% (the conflict).
# - Two analysts: Zhang Yi (Tenfold Research, a) on the talks vs Kevin Marsh (Brightwater, c) on
#   Illumina (m08 gives Zhang's remark to Marsh); the commerce ministry vs the foreign ministry (m09)
#   and the market regulator vs the Cyberspace Administration (m07).
# - Numbers in furniture: "slips 0.4%", "7.33 per dollar", "30-day reprieve", "rise 11%",
#   "dip 1.5%", "in 2025", "6 min read", "below $200 per genome", "what 10% means",
#   "slipped 8% in Q4".

A = "a-strand.en.txt"
B = "b-retailthread.en.txt"
C = "c-labledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "10%; 2025-02-04",
         "what": "The additional 10% US tariff on all Chinese goods took effect on Tuesday 4 February 2025 and China announced countermeasures within minutes",
         "in": {S: "特朗普政府對所有中國進口商品額外加徵的10%關稅於周二生效",
                A: "minutes after U.S. President Donald Trump's additional 10% tariff on all Chinese goods took effect",
                B: "The listing was one of several retaliatory steps announced within minutes of a 10% U.S. tariff on all Chinese imports taking effect on Tuesday"}},
        {"id": "f2", "status": "agreement", "value": "450000000000 USD",
         "what": "The US levy hits about USD 450 billion of Chinese goods",
         "in": {S: "涉及約4,500億美元中國商品",
                A: "the approximately $450 billion of Chinese goods that are hit by Trump's levy"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The commerce ministry put PVH (Calvin Klein's owner) and Illumina on the unreliable entity list for violating normal market trading principles, interrupting transactions with Chinese firms and discriminating against them",
         "in": {S: "商務部宣布把Calvin Klein母公司PVH集團及美國基因測序公司Illumina列入不可靠實體清單",
                A: "The commerce ministry said PVH, which owns Calvin Klein and Tommy Hilfiger, and Illumina had been placed on its unreliable entity list",
                B: "PVH Corp., the owner of Calvin Klein and Tommy Hilfiger, was added to China's unreliable entity list on Tuesday, the commerce ministry in Beijing said",
                C: "The listing was announced by China's Ministry of Commerce on Tuesday, alongside fashion group PVH"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The State Administration for Market Regulation opened an investigation into Google on suspicion of violating the anti-monopoly law, the same day",
         "in": {S: "國家市場監督管理總局同日宣布，谷歌涉嫌違反《反壟斷法》，已依法對其立案調查",
                A: "The State Administration for Market Regulation said Google was suspected of violating China's anti-monopoly law",
                C: "The antitrust probe into Google, announced on the same day by the State Administration for Market Regulation"}},
        {"id": "f5", "status": "agreement", "value": "15% / 10%; 2025-02-10",
         "what": "From 10 February China imposes 15% on US coal and LNG and 10% on crude oil, farm machinery and large-engine cars",
         "in": {S: "由2月10日起對美國煤炭和液化天然氣加徵15%關稅",
                A: "The State Council Tariff Commission said it would impose a 15% tariff on U.S. coal and liquefied natural gas"}},
        {"id": "f6", "status": "agreement", "value": "14000000000 USD/yr",
         "what": "China's new duties cover roughly USD 14 billion of annual US imports (Tenfold Research estimate)",
         "in": {S: "涉及每年約140億美元的美國商品",
                A: "Beijing's new duties cover roughly $14 billion worth of annual U.S. imports"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Listed companies can be barred from China-related import and export and from investing in China, and can be fined (hedged: could / can / may)",
         "in": {S: "被列入清單的企業可被禁止從事與中國有關的進出口活動及在華投資",
                B: "Being on the list means PVH could be barred from import and export activities related to China and from making new investments in the country",
                C: "Entities on the list can be banned from trading with China, investing in the country and sending staff there, and can be fined"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "PVH said it was disappointed and had not yet received formal notification from the ministry (negated)",
         "in": {S: "PVH發表聲明指對決定感到失望，並表示至今未接獲商務部正式通知",
                B: "PVH said in a statement that it was \"disappointed\" by the decision and had not yet received formal notification from the ministry"}},
        {"id": "f9", "status": "agreement", "value": "7% (2024 Jan-Sep)",
         "what": "Greater China was about 7% of Illumina's revenue in the first nine months of 2024",
         "in": {S: "大中華區去年首三季約佔該公司收入7%",
                C: "Greater China accounted for about 7% of Illumina's revenue in the first nine months of 2024"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Illumina said it was evaluating the decision and would engage with the relevant authorities",
         "in": {S: "Illumina則表示正評估有關決定，並會與相關部門溝通",
                C: "\"We are evaluating the decision and its implications and will engage with the relevant authorities to resolve the matter,\" the San Diego-based company said in a statement on Tuesday."}},
        {"id": "f11", "status": "source-conflict", "value": "6% | 3%",
         "what": "China's share of PVH's fiscal 2023 revenue: about 6% by analysts' estimate (a) versus roughly 3% per the annual report (b)",
         "in": {S: "有通訊社引述分析師估計佔其收入約6%，但有時裝業刊物引述公司年報指僅約3%",
                A: "China accounted for about 6% of PVH's revenue in its 2023 fiscal year, analysts estimate",
                B: "China generated roughly 3% of PVH's $9.2 billion in revenue in fiscal 2023"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Tenfold Research's Zhang Yi said Beijing's response was measured and had not shut the door on talks; a deal before 10 February is possible (negated; hedged)",
         "in": {S: "中方反制有所節制，並未關上談判大門，雙方有可能在2月10日前達成協議",
                A: "It hasn't shut the door on talks,\" said Zhang Yi, chief China economist at Tenfold Research in Hong Kong."}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "The commerce ministry said it would publish a second batch of unreliable entities next week (no source says so)",
         "in": {S: "將於下周公布第二批不可靠實體名單"}},
        {"id": "f14", "status": "omission", "value": "2024-09",
         "what": "The ministry opened its probe into PVH in September 2024 over an alleged boycott of Xinjiang cotton (yearless: 'last year')",
         "in": {B: "The ministry opened its probe into PVH in September last year"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "China also announced export controls on tungsten, tellurium, bismuth, molybdenum and indium items",
         "in": {A: "announced export controls on items related to tungsten, tellurium, bismuth, molybdenum and indium"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Trump said he would probably speak with Xi within 24 hours (hedged: probably)",
         "in": {A: "Trump said on Monday he would probably speak with Chinese President Xi Jinping within the next 24 hours"}},
        {"id": "f17", "status": "omission", "value": "2010",
         "what": "Google's search engine and most consumer services have been blocked in China since 2010, so analysts see the probe as largely symbolic",
         "in": {C: "Google's search engine and most of its consumer services have been blocked in China since 2010"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "約140億美元", "mutated": "約410億美元",
         "note": "China's duties cover roughly USD 14 billion of US imports (a) -> USD 41 billion"},
        {"n": 2, "type": "date", "fact": "f1", "original": "於周二生效", "mutated": "於周一生效",
         "note": "the US tariff took effect on Tuesday 4 February (a, b), not Monday"},
        {"n": 3, "type": "date", "fact": "f5", "original": "由2月10日起", "mutated": "由2月4日起",
         "note": "China's tariffs start on 10 February (a); 4 February is when the US tariff took effect"},
        {"n": 4, "type": "negation", "fact": "f8", "original": "至今未接獲", "mutated": "已接獲",
         "note": "PVH had not yet received formal notification (b) -> had received it"},
        {"n": 5, "type": "negation", "fact": "f12", "original": "並未關上談判大門", "mutated": "已關上談判大門",
         "note": "Beijing 'hasn't shut the door on talks' (a) -> has shut the door"},
        {"n": 6, "type": "entity", "fact": "f3", "original": "基因測序公司Illumina", "mutated": "基因測序公司Pacific Biosciences",
         "note": "Illumina (a, b, c), not Pacific Biosciences, was put on the list; no source says so"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "國家市場監督管理總局", "mutated": "國家互聯網信息辦公室",
         "note": "the Google probe was opened by the State Administration for Market Regulation (a, c), not the Cyberspace Administration"},
        {"n": 8, "type": "attribution", "fact": "f12", "original": "Tenfold Research首席中國經濟師張逸", "mutated": "Brightwater Securities分析師馬殊",
         "note": "the remark on a measured response and open talks is Zhang Yi's (a); Marsh (c) spoke about Illumina's China business"},
        {"n": 9, "type": "attribution", "fact": "f3", "original": "商務部宣布把", "mutated": "外交部宣布把",
         "note": "the listing was announced by the commerce ministry (a, b, c), not the foreign ministry"},
        {"n": 10, "type": "modality", "fact": "f7", "original": "可被禁止", "mutated": "將被禁止",
         "note": "listed companies 'could be barred' / 'can be banned' (b, c) -> 'will be barred'"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "有可能在2月10日前", "mutated": "必定會在2月10日前",
         "note": "a deal before 10 February is 'possible, but far from certain' (a) -> certain"},
        {"n": 12, "type": "percentage", "fact": "f5", "original": "液化天然氣加徵15%", "mutated": "液化天然氣加徵10%",
         "note": "coal and LNG face 15% (a); 10% is the rate on crude oil, farm machinery and cars"},
        {"n": 13, "type": "unit", "fact": "f2", "original": "4,500億美元", "mutated": "4,500億港元",
         "note": "about USD 450 billion of Chinese goods (a) -> HKD 450 billion"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "約佔該公司收入7%", "mutated": "約佔該公司收入17%",
         "note": "Greater China was about 7% of Illumina's revenue in January-September 2024 (c) -> 17%"},
    ],
    "boilerplate": {
        A: "(Reporting by Li Mingxuan in Beijing",
        B: [{"inline": "By Olivia Marchetti | Sourcing & Trade | February 4, 2025"},
            {"inline": "MOST READ: Shein's U.K. listing plan hits fresh delay"},
            "Sign up for Retail Thread's daily sourcing newsletter"],
        C: [{"inline": "Lab & Ledger staff | February 5, 2025 | 6 min read"},
            {"inline": "Related: Sequencing prices fall below $200 per genome in China"},
            "Enjoying Lab & Ledger? Subscribe"],
    },
}
