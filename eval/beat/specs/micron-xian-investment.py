# Gold specification for story `micron-xian-investment` (Micron's plan, announced on Friday 16 June
# 2023, to invest more than 4.3 billion yuan in its Xi'an packaging and test plant weeks after China's
# cyberspace regulator barred its products from critical infrastructure; China's commerce minister
# Wang Wentao meets Micron's CEO on Wednesday 1 November 2023). The summary is in Traditional Chinese,
# Taiwan style (美光, 西安, 晶片, 封測, 記憶體, 力成, 網信辦, 關鍵資訊基礎設施, 執行長, 進口博覽會,
# 億/萬, 本週三（1日）).
# All texts are invented for evaluation. The broad facts follow the real event: the 4.3 billion yuan
# (about $603 million) plan, the purchase of Powertech's Xi'an packaging equipment, the new building
# and mobile DRAM/NAND/SSD lines, 1,200 Powertech staff offered contracts plus 500 new jobs and a China
# workforce above 4,500; the CAC review opened on 31 March and its finding on 21 May 2023; Micron's
# late-June estimate that about half of its China-headquartered customer revenue was at risk (a
# low-double-digit share of total revenue); Wang Wentao's meeting with Sanjay Mehrotra on 1 November
# 2023 and Micron's first CIIE (5-10 November). Outlets, reporters, quotes, analysts (Delacroix,
# Koshal, Tsai Ya-ting), their firms, Powertech's filing details and the year conflict are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story micron-xian-investment`.
#
# Traps:
# - Sources five months apart: a (Fri 16 June) and b (Fri 30 June) vs c (Fri 3 November). "On
#   Wednesday" is 28 June in b (earnings) but 1 November in c (the meeting); "said Friday" in c is
#   3 November, the day the ministry published its readout, which m04 (本週三（1日） -> 本週五（3日）)
#   lands on. The summary is dated Saturday 4 November, so 本週三 is 1 November.
# - One amount, two dollar figures: 4.3 billion yuan is "$603 million" in a and "about $588 million at
#   today's exchange rate" in c; the summary's 約6.03億美元 follows a. "($1 = 7.13 yuan)" is a rate.
# - Two CAC dates: the review opened on 31 March (a, omitted) and the finding came on 21 May (a, c:
#   "in May"); m03 mutates 5月21日 -> 3月31日. "less than four weeks after" (a) is the summary's
#   還不到1個月.
# - Many counts near each other: 1,200 Powertech staff, 500 new jobs, 4,500 in China (a); the street
#   address "1200 W. Front St." in c's footer; "11% of ... $30.8 billion" (a, omitted); "$3.75
#   billion" quarterly revenue (b); "$50 million and $60 million" book value (b, omitted); "less than
#   3% of Powertech's consolidated revenue" (b); "about $15 billion" in Idaho (c).
# - Vague proportions: "about half of its revenue from China-headquartered customers" and "a
#   low-double-digit percentage of its total revenue" (b) are the summary's 約有一半 and 低雙位數百分比;
#   m14 changes 一半 -> 三成.
# - Two cities for one meeting: the meeting was in Beijing, the import expo in Shanghai (c); m08 moves
#   the expo to Beijing. Dateline "SHANGHAI/TAIPEI" (a) is not where anything happened.
# - Source conflict: since when Powertech's Xi'an unit has packaged chips for Micron, "since 2016"
#   (a) vs "since 2014" (b); the summary states neither.
# - Negations that negate no summary claim: "declined to say whether the Xi'an plan had been
#   discussed", "did not immediately respond", "Micron has not said how much of the Xi'an output goes to
#   customers in China", "did not say whether the cybersecurity review came up", "It doesn't make the
#   ban go away" (a, a different analyst in June). "does not change the CAC decision, which remains in
#   place" (c) supports the summary's 至今仍未解除.
# - Hedges: "may be meant to reassure foreign investors" (c) is 可能意在安撫外資; "is at risk" (b) is
#   可能受波及 (m11 asserts it); "reportedly asked Seoul" (b, omitted).
# - The summary's last sentence (Shaanxi officials welcomed the plan) has no source at all.
# - Teasers and footers with claim-like numbers: "14.1%", "7.2 per dollar", "$1 trillion", "$2.5
#   billion", "40%", "2%", "3.1%", "5 numbers".

A = "a-cpw.en.txt"
B = "b-backend.en.txt"
C = "c-tvledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "CNY 4300000000+ (USD 603000000) | 2023-06-16",
         "what": "On Friday 16 June 2023 Micron said it will invest more than 4.3 billion yuan (USD 603 million) over the next few years in its Xi'an chip packaging and testing plant",
         "in": {S: "未來數年將對中國西安的晶片封測廠投資逾43億元人民幣（約6.03億美元）",
                A: "it will invest more than 4.3 billion yuan ($603 million) over the next few years in its chip packaging and testing plant in the Chinese city of Xi'an",
                C: "Micron said it would invest more than 4.3 billion yuan (about $588 million at today's exchange rate) in its chip packaging and testing plant in Xi'an"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Micron will acquire the packaging equipment of Powertech's Xi'an subsidiary, add a new building and new lines for mobile DRAM, NAND and SSD products",
         "in": {S: "美光將收購台灣封測廠力成科技西安子公司的封裝設備",
                A: "Micron said it would acquire packaging equipment from the Xi'an subsidiary of Taiwan's Powertech Technology",
                B: "Micron said it would acquire the packaging equipment of Powertech's Xi'an subsidiary, add a new building and bring in new lines for mobile DRAM, NAND and SSD products"}},
        {"id": "f3", "status": "agreement", "value": "1200 | 500 | 4500+",
         "what": "Micron will offer contracts to about 1,200 Powertech employees, add 500 jobs and have more than 4,500 staff in China",
         "in": {S: "將向力成西安子公司約1200名員工提供聘僱合約，另新增500個工作機會，在中國的員工總數將因此超過4500人",
                A: "Micron will offer contracts to about 1,200 employees of Powertech's Xi'an unit and create another 500 jobs, taking its workforce in China to more than 4,500 people"}},
        {"id": "f4", "status": "agreement", "value": "1 year",
         "what": "The deal is expected to take about a year and requires Chinese regulatory approval",
         "in": {S: "這項收購預計約需1年完成，且須取得中國監管機關核准",
                B: "The deal is expected to take about a year to complete and requires approval from Chinese regulators"}},
        {"id": "f5", "status": "agreement", "value": "2023-05-21",
         "what": "On 21 May the CAC said Micron's products failed a network security review and told critical information infrastructure operators to stop buying them, less than four weeks before the announcement",
         "in": {S: "距中國國家網信辦5月21日公布美光產品未通過網路安全審查",
                A: "On May 21, the Cyberspace Administration of China said Micron's products had failed a network security review and told operators of critical information infrastructure to stop buying them",
                C: "the Cyberspace Administration of China said in May that Micron's products had failed a cybersecurity review"}},
        {"id": "f6", "status": "agreement", "value": "~50% of China-HQ customer revenue | low double digits % of total",
         "what": "With its late-June results Micron estimated that about half of its revenue from China-headquartered customers is at risk, a low-double-digit percentage of total revenue (hedged)",
         "in": {S: "來自總部位於中國之客戶的營收約有一半可能受波及，相當於公司總營收的低雙位數百分比",
                B: "Micron estimated that about half of its revenue from China-headquartered customers is at risk, an amount equal to a low-double-digit percentage of its total revenue"}},
        {"id": "f7", "status": "agreement", "value": "2023-11-01",
         "what": "Commerce Minister Wang Wentao met Micron CEO Sanjay Mehrotra in Beijing on Wednesday 1 November and welcomed Micron to keep developing in China provided it complies with Chinese law",
         "in": {S: "中國商務部長王文濤本週三（1日）在北京會見美光總裁暨執行長梅羅特拉（Sanjay Mehrotra）",
                C: "China's commerce minister Wang Wentao met Micron Technology President and CEO Sanjay Mehrotra in Beijing on Wednesday"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Mehrotra expressed willingness to expand investment in China",
         "in": {S: "梅羅特拉則表達擴大在華投資的意願",
                C: "Mehrotra expressed willingness to expand investment in China"}},
        {"id": "f9", "status": "agreement", "value": "2023-11-05",
         "what": "Micron will attend the China International Import Expo in Shanghai (5-10 November) for the first time",
         "in": {S: "美光也將首度參加5日在上海開幕的中國國際進口博覽會",
                C: "The meeting came days before Micron makes its first appearance at the China International Import Expo"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Tsai Ya-ting of Kestrel Insight said the meeting may be meant to reassure foreign investors but the CAC decision remains in place (hedged, attributed)",
         "in": {S: "這次會面可能意在安撫外資，但網信辦對美光的限制至今仍未解除",
                C: "But it does not change the CAC decision, which remains in place"}},
        {"id": "f11", "status": "unsupported", "value": None,
         "what": "Shaanxi provincial officials welcomed Micron's expanded investment (no source says so)",
         "in": {S: "陝西省官員也對美光擴大投資表示歡迎"}},
        {"id": "f12", "status": "omission", "value": "2023-03-31",
         "what": "The CAC opened its review of Micron's products on 31 March",
         "in": {A: "The regulator had opened the review on March 31"}},
        {"id": "f13", "status": "omission", "value": "USD 50000000-60000000",
         "what": "Powertech said the price is based on the Xi'an assets' book value of USD 50-60 million",
         "in": {B: "which it put at between $50 million and $60 million"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "Washington and Beijing are preparing a possible Biden-Xi meeting at the APEC summit in San Francisco later in November",
         "in": {C: "a possible meeting between President Joe Biden and President Xi Jinping at the APEC summit in San Francisco later this month"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "Washington has reportedly asked Seoul to discourage Samsung and SK Hynix from filling Micron's gap in China (hedged)",
         "in": {B: "Washington has reportedly asked Seoul to discourage Samsung Electronics and SK Hynix from filling any gap left by Micron in the Chinese market"}},
        {"id": "f16", "status": "omission", "value": "11% of USD 30800000000",
         "what": "Mainland China and Hong Kong were about 11% of Micron's USD 30.8 billion revenue in its last fiscal year",
         "in": {A: "Mainland China and Hong Kong accounted for about 11% of Micron's $30.8 billion in revenue in its last fiscal year"}},
        {"id": "f17", "status": "source-conflict", "value": "2016 (a) vs 2014 (b)",
         "what": "Since when Powertech's Xi'an unit has packaged chips for Micron: since 2016 (a) vs since 2014 (b)",
         "in": {A: "Powertech's Xi'an unit has packaged chips for Micron at the site since 2016",
                B: "Powertech has handled back-end work for Micron in Xi'an since 2014"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "逾43億元", "mutated": "逾34億元",
         "note": "more than 4.3 billion yuan -> more than 3.4 billion yuan (digits swapped)"},
        {"n": 2, "type": "number", "fact": "f3", "original": "約1200名", "mutated": "約2100名",
         "note": "about 1,200 Powertech employees -> about 2,100"},
        {"n": 3, "type": "date", "fact": "f5", "original": "5月21日", "mutated": "3月31日",
         "note": "CAC finding on 21 May -> 31 March, the day the review opened (a, omitted)"},
        {"n": 4, "type": "date", "fact": "f7", "original": "本週三（1日）", "mutated": "本週五（3日）",
         "note": "meeting on Wednesday 1 Nov -> Friday 3 Nov, the day the ministry published its readout"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "未通過網路安全審查", "mutated": "已通過網路安全審查",
         "note": "Micron's products failed the review -> passed it"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "且須取得", "mutated": "且無須取得",
         "note": "the deal requires Chinese regulatory approval -> does not require it"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "力成科技", "mutated": "日月光",
         "note": "Powertech -> ASE (ASE appears only in a teaser of b)"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "在上海開幕", "mutated": "在北京開幕",
         "note": "the import expo is in Shanghai; Beijing is where the meeting took place (c)"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "中國商務部長王文濤本週三", "mutated": "中國外交部長王毅本週三",
         "note": "the meeting was with Commerce Minister Wang Wentao (c), not Foreign Minister Wang Yi"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "台北研調機構Kestrel Insight記憶體分析師蔡雅婷認為", "mutated": "美光發言人表示",
         "note": "the view is Tsai Ya-ting's (c); Micron's spokesperson referred questions to the company's statement"},
        {"n": 11, "type": "modality", "fact": "f6", "original": "約有一半可能受波及", "mutated": "約有一半將受波及",
         "note": "revenue 'at risk' -> revenue 'will be hit'"},
        {"n": 12, "type": "unit", "fact": "f1", "original": "億元人民幣", "mutated": "億元新台幣",
         "note": "currency yuan -> New Taiwan dollars (4.3 billion NTD is about USD 140 million)"},
        {"n": 13, "type": "unit", "fact": "f4", "original": "約需1年", "mutated": "約需1個月",
         "note": "about a year to complete -> about a month"},
        {"n": 14, "type": "percentage", "fact": "f6", "original": "營收約有一半", "mutated": "營收約有三成",
         "note": "about half of China-headquartered customer revenue -> about 30%"},
    ],
    "boilerplate": {
        A: [{"inline": "Continental Press Wire | Top News | Markets | Technology | Asia | Video | Subscribe"},
            {"inline": "By Lena Whitcombe | June 16, 2023 | 6:05 PM GMT+8 | 3 min read"},
            {"inline": "ADVERTISEMENT"},
            "(Reporting by Lena Whitcombe in Shanghai"],
        B: [{"inline": "Backend Asia Weekly — OSAT | Packaging | Test | Materials | Jobs | Log in | Subscribe"},
            {"inline": "OSAT & PACKAGING | June 30, 2023 | By Mei-ling Brandt, Taipei"},
            {"inline": "Related: Why OSATs are racing to add chiplet capacity in Penang"},
            "Get Backend Asia Weekly in your inbox every Friday."],
        C: [{"inline": "We use cookies to give you the best experience. Read our privacy policy. Got it"},
            {"inline": "TREASURE VALLEY BUSINESS LEDGER | News | Manufacturing | Real Estate | Lists | Events | e-Edition"},
            {"inline": "By Carla Jimenez, Staff Writer | Nov 3, 2023, 11:20am MDT"},
            {"inline": "ADVERTISEMENT"},
            "Reach Carla Jimenez at cjimenez@tvledger.example."],
    },
}
