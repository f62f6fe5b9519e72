# Gold specification for story `china-trade-data` (China's October 2025 trade data, released by
# the General Administration of Customs on Friday 7 November 2025, and the detailed magnet data
# of Thursday 20 November). The summary is in Simplified Chinese, mainland style (海关总署, 同比,
# 环比, 东盟, 稀土永磁体, 芬太尼相关关税, 万/亿 amounts, 20日 for the day before).
# All texts are invented for evaluation (the timeline follows the 2025 episode: the Busan meeting
# of 30 October, the fentanyl tariff cut effective 10 November, the October 9 and April rare-earth
# controls; wording, quotes, analysts, outlets and most figures are made up).
# Edit here, then run `python3 build_gold.py`.
# No source-versus-source conflict in this story (see `salt-typhoon-sanctions`).
#
# Traps:
# - Forecast vs actual: exports -1.4% against a 3.0% growth forecast (f1, f2); imports 1.2%
#   against 3.2%; surplus $91.2 billion against a $95.8 billion forecast. m01 puts the forecast
#   surplus (958亿) in the summary.
# - Year on year vs month on month: soybeans +40.6% y/y but -34.1% m/m (b); magnets -7.0% m/m
#   but +4.8% y/y (c); US-bound magnets +56% m/m; raw rare earths -31.5% m/m (b); exports to the
#   US -25.9% y/y in October vs -17.8% over ten months (b). m13 turns 环比 into 同比; m14 puts
#   the m/m soybean fall (34.1%) in place of the y/y rise.
# - Same number, different things: imports +1.2% in dollar terms vs exports -1.2% in yuan terms
#   (b, f15); "seventh straight month" of double-digit US declines vs the teaser "factory activity
#   shrinks for seventh month"; Golden Week "eight days ... instead of the usual seven"; the 10%
#   tariff vs "about 10 percentage points" vs ASEAN +10.7%.
# - Equal amounts in different units: "649.3 billion yuan, or $91.2 billion" (b) = 912亿美元
#   (m12 changes 美元 to 元); 8.48 million metric tons = 848万吨; 12.87 million = 1287万吨.
# - Two rare-earth series: raw rare-earth exports 4,520 t (b, omission) vs permanent magnets
#   5,372 t (c); the October 9 controls are suspended, the April controls are not (f12).
# - Yearless and relative dates: "on Friday" (7 Nov), "takes effect on Monday" (a, dated Friday
#   7 Nov: 10 Nov), "As of today" (b, dated Monday 10 Nov), "released on Thursday" (c: 20 Nov),
#   "in October last year", "since February", "the spring"; the summary writes 20日.
# - Report date vs event date: the summary (21 Nov) reports the 7 Nov headline release and the
#   20 Nov detailed release; m05 moves the magnet release to 7日, which b contradicts
#   ("later this month").
# - Kuala Lumpur (negotiators' talks) vs Busan (leaders' meeting, f11): m09 swaps them.
# - Non-conflicting negations: "The customs administration did not explain the October decline"
#   (also what makes m10-attribution wrong), "did not book new-crop U.S. soybeans until after the
#   summit", "had not yet seen a rush of new bookings", "Nobody re-routes a supply chain",
#   "Nobody in Detroit believes", "have not yet been able to replace Chinese supply".
# - Hedge vs approximation: "could recover" (hedge, f7) vs "about $34.4 billion", "about a
#   fifth", "roughly doubled", "less than a tenth" (approximations); "likely rebuilding", "could
#   speed up deliveries" are hedges in sentences the summary does not use.
# - Attribution: Wen Jiahui (Tasman Capital, a) vs Kenneth Loh (Harbourline, b) vs Henrik Vass
#   (Kestrel, c); "economists said" for the tariff point.
# - Numbers in furniture: index and currency tickers (3,997.56, 7.1235), "7.12 per dollar",
#   "0.9%", "2-year high", price box (565,000 yuan/t, 1,450 yuan/kg), "SCFI 1,495.10 (-3.2%)",
#   "up 6%", "rise 28%", "14 transpacific sailings", "customs code 8505.11", "40+", "1,500 tpa",
#   "$600/mtu", "at least 15 minutes".

A = "a-pmn.en.txt"
B = "b-acr.en.txt"
C = "c-smm.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "-1.4% y/y (USD), 2025-10; first fall since 2025-02",
         "what": "China's October exports fell 1.4% year on year in dollar terms, the first decline since February (data of 7 November)",
         "in": {S: "今年10月我国出口同比下降1.4%，为今年2月以来首次下降",
                A: "Outbound shipments fell 1.4% from a year earlier in dollar terms",
                B: "Exports fell 1.4% year on year in dollar terms, the first drop since February"}},
        {"id": "f2", "status": "agreement", "value": "+3.0% (forecast)",
         "what": "Economists had forecast October export growth of 3.0% (median of a poll)",
         "in": {S: "此前接受调查的经济学家普遍预期，10月出口将同比增长3.0%",
                A: "confounding a median forecast for 3.0% growth in a PMN poll of 31 economists"}},
        {"id": "f3", "status": "agreement", "value": "+1.2% y/y",
         "what": "October imports rose 1.2%, below expectations",
         "in": {S: "10月进口同比增长1.2%，低于市场预期",
                A: "Imports rose 1.2%, missing expectations for a 3.2% gain",
                B: "Imports grew 1.2%, well below forecasts"}},
        {"id": "f4", "status": "agreement", "value": "91.2e9 USD (649.3e9 CNY); Sept 90.5e9 USD",
         "what": "The October trade surplus was USD 91.2 billion (649.3 billion yuan), up from USD 90.5 billion in September",
         "in": {S: "当月贸易顺差为912亿美元，略高于9月的905亿美元",
                A: "That left a trade surplus of $91.2 billion, up from $90.5 billion in September",
                B: "The monthly surplus came to 649.3 billion yuan, or $91.2 billion"}},
        {"id": "f5", "status": "agreement", "value": "-25.9% y/y; 7th month of double-digit falls",
         "what": "Exports to the US fell 25.9% year on year, the seventh straight month of double-digit declines",
         "in": {S: "对美国出口同比下降25.9%，已连续七个月出现两位数降幅",
                A: "Shipments to the U.S. dropped 25.9% year on year",
                B: "Shipments to the United States sank 25.9% from a year earlier to about $34.4 billion, the seventh consecutive month of double-digit declines"}},
        {"id": "f6", "status": "agreement", "value": "+10.7% y/y",
         "what": "Exports to ASEAN rose 10.7%",
         "in": {S: "对东盟出口则增长10.7%",
                A: "Exports to the Association of Southeast Asian Nations rose 10.7%",
                B: "Exports to ASEAN climbed 10.7%"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Wen Jiahui of Tasman Capital said the drop is mostly a base effect and exports could recover in the coming months as lower US tariffs feed through (hedged, attributed)",
         "in": {S: "未来几个月出口可能回升",
                A: "Exports could recover in the coming months as the lower U.S. tariffs start to feed through"}},
        {"id": "f8", "status": "agreement", "value": "20% -> 10%, effective 2025-11-10",
         "what": "The US fentanyl tariff was cut to 10% from 20%, effective 10 November, so it was not reflected in the October data (negated)",
         "in": {S: "但该措施自11月10日起才生效，未在10月数据中体现",
                A: "The cut takes effect on Monday and was not reflected in the October numbers",
                B: "As of today, the fentanyl-related U.S. tariff on Chinese goods drops to 10% from 20%"}},
        {"id": "f9", "status": "agreement", "value": "8.48e6 t, +40.6% y/y; Sept 12.87e6 t",
         "what": "October soybean imports were 8.48 million tonnes, up 40.6% year on year, below September's 12.87 million tonnes",
         "in": {S: "10月我国进口大豆848万吨，同比增长40.6%，但低于9月的1287万吨",
                A: "Soybean imports in October came to 8.48 million metric tons, up 40.6% from a year earlier but down from 12.87 million tons in September",
                B: "Soybean arrivals totaled 8.48 million tonnes, up 40.6% year on year but down 34.1% from September's near-record 12.87 million tonnes"}},
        {"id": "f10", "status": "agreement", "value": "5372 t, -7.0% m/m; to US 644 t, +56% m/m; released 2025-11-20",
         "what": "Detailed customs data released on Thursday 20 November: October rare-earth magnet exports 5,372 t, down 7.0% month on month; exports to the US 644 t, up 56% month on month",
         "in": {S: "10月稀土永磁体出口5372吨，环比下降7.0%，其中对美出口644吨，环比增长56%",
                C: "China exported 5,372 metric tons of rare-earth permanent magnets in October, down 7.0% from September, according to detailed customs data released on Thursday"}},
        {"id": "f11", "status": "agreement", "value": "2025-10-30; 2025-10-09 controls suspended 1 year",
         "what": "After Xi and Trump met in Busan on 30 October, China agreed to suspend for one year the rare-earth export controls announced on 9 October",
         "in": {S: "中方同意将10月9日宣布的稀土出口管制措施暂停实施一年",
                A: "Beijing, for its part, agreed to suspend for one year the sweeping rare-earth export controls it announced on Oct. 9",
                C: "the commerce ministry said on Nov. 7 that it would suspend the October measures for one year"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "The suspension does not cover the April controls on seven medium and heavy rare earths (negated)",
         "in": {S: "但4月对7种中重稀土实施的出口管制不在暂停之列",
                C: "The suspension does not cover the April controls on seven medium and heavy rare earths"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "China's car exports rose more than 20% year on year in October (no source mentions cars)",
         "in": {S: "10月我国汽车出口同比增长超过两成"}},
        {"id": "f14", "status": "omission", "value": "+5.3% (Jan-Oct)",
         "what": "Exports rose 5.3% in the first ten months of 2025",
         "in": {A: "For the first ten months of the year, exports rose 5.3%"}},
        {"id": "f15", "status": "omission", "value": "-1.2% (CNY)",
         "what": "In yuan terms, exports fell 1.2% (same number as the imports' 1.2% rise)",
         "in": {B: "In yuan terms, exports fell 1.2%"}},
        {"id": "f16", "status": "omission", "value": "4520 t, -31.5% m/m",
         "what": "Exports of rare earths (raw) fell to 4,520 tonnes in October, down 31.5% from September",
         "in": {B: "Exports of rare earths fell to 4,520 tonnes in October, down 31.5% from September"}},
        {"id": "f17", "status": "omission", "value": "-9.1% (Jan-Oct)",
         "what": "Magnet exports over the first ten months were 9.1% below the same period of 2024",
         "in": {C: "Over the first ten months, magnet exports were still 9.1% below the same period last year"}},
        {"id": "f18", "status": "omission", "value": "8 days vs 7",
         "what": "The Golden Week holiday ran eight days this year instead of seven, cutting factory output",
         "in": {A: "The Golden Week holiday also ran for eight days this year instead of the usual seven"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "顺差为912亿", "mutated": "顺差为958亿",
         "note": "surplus USD 91.2 billion (a, b) -> 95.8 billion, the economists' forecast (a)"},
        {"n": 2, "type": "number", "fact": "f5", "original": "连续七个月", "mutated": "连续五个月",
         "note": "the seventh straight month of double-digit declines (a, b) -> fifth"},
        {"n": 3, "type": "date", "fact": "f1", "original": "今年2月以来", "mutated": "今年4月以来",
         "note": "first decline since February (a, b) -> since April"},
        {"n": 4, "type": "date", "fact": "f8", "original": "自11月10日起", "mutated": "自11月1日起",
         "note": "the tariff cut takes effect on Monday 10 November (a: 'on Monday', b: 'As of today') -> 1 November"},
        {"n": 5, "type": "date", "fact": "f10", "original": "海关总署20日公布", "mutated": "海关总署7日公布",
         "note": "the magnet breakdown was released on Thursday 20 November (c); b says on 10 November it is due later in the month; 7 November was the headline release"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "未在10月数据中体现", "mutated": "已在10月数据中体现",
         "note": "the cut was not reflected in the October numbers (a) -> already reflected"},
        {"n": 7, "type": "negation", "fact": "f12", "original": "不在暂停之列", "mutated": "也在暂停之列",
         "note": "the suspension does not cover the April controls (c) -> it covers them too"},
        {"n": 8, "type": "entity", "fact": "f6", "original": "对东盟出口", "mutated": "对欧盟出口",
         "note": "ASEAN -> EU as the market with +10.7%; a gives the EU +0.9%"},
        {"n": 9, "type": "entity", "fact": "f11", "original": "在釜山会晤", "mutated": "在吉隆坡会晤",
         "note": "the leaders met in Busan (a, c); Kuala Lumpur hosted the negotiators' talks (a)"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "塔斯曼资本大中华区首席经济学家温嘉慧认为", "mutated": "海关总署认为",
         "note": "the base-effect view and the hedged rebound came from Wen Jiahui of Tasman Capital (a); the customs administration did not explain the decline (a)"},
        {"n": 11, "type": "modality", "fact": "f7", "original": "未来几个月出口可能回升", "mutated": "未来几个月出口必将回升",
         "note": "hedged 'exports could recover' (a) -> 'exports will certainly recover'"},
        {"n": 12, "type": "unit", "fact": "f4", "original": "912亿美元", "mutated": "912亿元",
         "note": "USD 91.2 billion -> CNY 91.2 billion; in yuan the surplus was 649.3 billion (b)"},
        {"n": 13, "type": "percentage", "fact": "f10", "original": "环比下降7.0%", "mutated": "同比下降7.0%",
         "note": "magnet exports fell 7.0% month on month; year on year they rose 4.8% (c)"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "同比增长40.6%", "mutated": "同比增长34.1%",
         "note": "soybean imports rose 40.6% y/y (a, b); 34.1% is the month-on-month fall (b)"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | World | Business | Markets | China | Commodities | Video"},
            {"inline": "By Helen Zhao and Marcus Tay | Updated 12:41 PM GMT+8, Friday, November 7, 2025"},
            {"inline": "READ MORE: China's factory activity shrinks for seventh month in October"},
            "(Reporting by Helen Zhao in Beijing"],
        B: [{"inline": "Asia Cargo Review > Trade Data > China"},
            {"inline": "TRADE DATA | 10 November 2025 | Rebecca Ngai, Hong Kong"},
            {"inline": "Chart: China's exports to the US, % change y/y, Jan-Oct 2025 (Source: GACC)"},
            "Subscribe to ACR Daily"],
        C: [{"inline": "Rare Earths | Lithium | Cobalt | Tungsten | Gallium & Germanium | Prices | Data"},
            {"inline": "PRICES: NdPr oxide 565,000 yuan/t (+1.2%) | Dy oxide 1,450 yuan/kg (unch) | Tb oxide 6,800 yuan/kg (-0.7%)"},
            {"inline": "Analysis | 20 Nov 2025 | By Priya Natarajan"},
            "Data note: magnet figures refer to"],
    },
}
