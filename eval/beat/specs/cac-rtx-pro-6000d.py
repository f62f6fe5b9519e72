# Gold specification for story `cac-rtx-pro-6000d` (China's Cyberspace Administration tells
# ByteDance, Alibaba and other large tech firms to stop testing and ordering Nvidia's RTX Pro
# 6000D, September 2025). The summary is in Traditional Chinese, Hong Kong style.
# All texts are invented for evaluation (the dates and main facts follow the September 2025
# reports; wording, quotes, analysts, outlets and most secondary figures are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story cac-rtx-pro-6000d`.
# f9 is a genuine source-versus-source conflict: a (wire) says Nvidia shares closed down 2.6%
# on Wednesday; c (analysis) says they closed 3.4% lower the same day. The summary attributes
# each figure to a report.
#
# Traps:
# - Same number, different things: "$140,000" per eight-GPU server (b) vs "$140 billion" of
#   market value (c); Nvidia's "2.6%" drop (a) vs Cambricon at "about 2.6 times" its January
#   level (c); "1.4 terabytes-per-second" limit (b) vs "Hang Seng index slides 1.4%" in c's
#   furniture; "4.2%" Hang Seng Tech (a) vs "+4.21%" in a's ticker.
# - Equal amounts in different units or scales: "1,398 gigabytes per second" (b) = 每秒1,398GB,
#   just under "1.4 terabytes-per-second"; "about 1 million yuan, or roughly $140,000" (b);
#   "tens of thousands" = 數萬片; "could triple" = 增至三倍 (not 增加三倍).
# - Rounding: Hang Seng Tech "rose 4.2%" (a) vs "jumped more than 4%" (c).
# - Percent vs percentage points: "13% ... down from 17% a year earlier, a drop of four
#   percentage points" (b); "about 55% ... up 15 percentage points from this year" (c).
# - Yearless and relative dates: "in July", "in April", "in August" (a) = "last month" (c,
#   dated September) = 上月 (summary); "went on sale only two months ago" (c) = July; "this
#   week", "on Monday", "on Friday", "on Thursday".
# - Report date vs event date: a is dated Wed 17 Sep, b Thu 18 Sep, c Fri 19 Sep; c's
#   "on Thursday" (Lin Jian) and "on Wednesday" (Huang, share fall) become 周四 / 周三 in a
#   summary dated Fri 19 Sep.
# - Non-conflicting negations: "could not independently verify", "did not respond to a request
#   for comment sent outside office hours" (a), "declined to comment" (a, b), "Nvidia did not
#   respond to a request for comment on Thursday" (c), "he does not expect the order to be
#   lifted" (c, omitted), "has nothing to do with Washington" (b). The summary's 並未公開證實
#   (f3) is a genuine negated agreement.
# - Hedged vs asserted: "could triple" (f14, 可能); "expected to discuss" (f8, 預計); "are
#   expected to speak by phone on Friday" (a, omitted); "Huawei is expected to set out" (b,
#   omitted); "Tsang estimates".
# - Reported speech from several speakers: the FT's three sources, Huang, Lin Jian, analysts
#   Tsang and Menon, unnamed server makers and meeting attendees.
# - Numbers in furniture: a's ticker (170.29, -2.61%, +4.21%, +8.78%, 7.1085) and Related list
#   (25 basis points, 34%, 1,400 yuan, 1.8%); b's "Most read" (18%, 45,000 wafers, 1.4 TB/s,
#   40-fold) and "7 a.m."; c's "More analysis" (1.4%, 70%, 2027).

A = "a-meridian.en.txt"
B = "b-chipledger.en.txt"
C = "c-harbour.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": None,
         "what": "The CAC told large tech firms including ByteDance and Alibaba this week to stop testing and cancel orders for Nvidia's China-specific RTX Pro 6000D, the FT reported",
         "in": {S: "國家互聯網信息辦公室（網信辦）本周指示字節跳動及阿里巴巴等大型科技企業，停止測試及取消訂購英偉達專為中國市場設計的RTX Pro 6000D晶片",
                A: "told some of the country's largest technology companies, including ByteDance and Alibaba, to stop testing and cancel orders for Nvidia's RTX Pro 6000D",
                B: "instructed ByteDance, Alibaba and other large platforms to cease testing the RTX Pro 6000D and scrap their orders",
                C: "told the country's biggest internet groups to stop testing and buying the Nvidia chip"}},
        {"id": "f2", "status": "agreement", "value": "tens of thousands of units",
         "what": "Several companies had planned to order tens of thousands of the chips and had begun testing with Nvidia's server suppliers, then told suppliers to stop",
         "in": {S: "部分企業原計劃訂購數萬片該款晶片",
                A: "Several of them had indicated they would order tens of thousands of the chips"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The CAC has not publicly confirmed the instruction (negated)",
         "in": {S: "網信辦並未公開證實有關指示",
                A: "The CAC has not publicly confirmed the instruction"}},
        {"id": "f4", "status": "agreement", "value": "2025-08",
         "what": "The order goes further than the August (last month's) guidance discouraging purchases of the H20",
         "in": {S: "較監管機構上月勸阻企業購買英偉達H20晶片的指引更進一步",
                A: "The order goes further than guidance regulators issued in August",
                C: "The instruction also reaches further than last month's guidance on the H20"}},
        {"id": "f5", "status": "agreement", "value": "2025-07",
         "what": "Nvidia launched the RTX Pro 6000D in July (c: two months before 19 September)",
         "in": {S: "RTX Pro 6000D於7月推出",
                B: "The RTX Pro 6000D, which Nvidia launched in July",
                C: "For a processor that went on sale only two months ago"}},
        {"id": "f6", "status": "agreement", "value": "1398 GB/s < 1.4 TB/s",
         "what": "Memory bandwidth of 1,398 GB/s, just below the 1.4 TB/s limit the US set in April",
         "in": {S: "記憶體頻寬為每秒1,398GB，略低於美國4月訂下的每秒1.4TB上限",
                B: "Its memory bandwidth of 1,398 gigabytes per second sits just below the 1.4 terabytes-per-second limit that the U.S. set in April"}},
        {"id": "f7", "status": "agreement", "value": "2025-09-17",
         "what": "Nvidia CEO Jensen Huang said in London on Wednesday he was disappointed",
         "in": {S: "英偉達行政總裁黃仁勳當地時間周三在倫敦表示感到失望",
                A: "said he was disappointed by what he had seen",
                C: "Nvidia chief executive Jensen Huang told reporters in London on Wednesday that he was disappointed"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Huang expected to discuss Nvidia's China business with Trump during the UK state visit (hedged: expected)",
         "in": {S: "並預計會在隨特朗普訪英期間與他討論在華業務",
                A: "said he expected to discuss Nvidia's business in China with the president at a state banquet on Wednesday evening"}},
        {"id": "f9", "status": "source-conflict", "value": "-2.6% | -3.4%",
         "what": "Nvidia's closing share fall on Wednesday 17 September: 2.6% (a) versus 3.4% (c)",
         "in": {S: "有通訊社報道收市跌2.6%，亦有報道指跌3.4%",
                A: "Nvidia shares closed down 2.6% at $170.29 on Wednesday",
                C: "Nvidia's shares closed 3.4% lower on Wednesday"}},
        {"id": "f10", "status": "agreement", "value": "+4.2%",
         "what": "The Hang Seng Tech index rose 4.2% on Wednesday to about a four-year high (c: more than 4%)",
         "in": {S: "恒生科技指數周三則急升4.2%，創約四年新高",
                A: "the Hang Seng Tech index rose 4.2% to its highest close in about four years",
                C: "the Hang Seng Tech index jumped more than 4% the same day"}},
        {"id": "f11", "status": "agreement", "value": "2025-09-18",
         "what": "Foreign Ministry spokesman Lin Jian said on Thursday that specific questions should go to the competent authorities and China opposes discriminatory measures",
         "in": {S: "中國外交部發言人林劍周四被問及此事時稱，具體問題建議向主管部門了解",
                C: "Asked about the reports on Thursday, Foreign Ministry spokesman Lin Jian said questions about specifics should be directed to the competent authorities"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Regulators recently called in Huawei, Cambricon, Baidu and Alibaba to compare their processors",
         "in": {S: "據報監管機構近期曾召集華為、寒武紀、百度及阿里巴巴比較旗下處理器",
                B: "Regulators recently called in Huawei, Cambricon, Baidu and Alibaba to benchmark their processors against Nvidia's"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Regulators concluded domestic AI chips match or exceed the Nvidia products allowed in China",
         "in": {S: "認為國產AI晶片已追上甚至超越英偉達獲准在華銷售的型號",
                B: "domestic AI chips now match or exceed the performance of the Nvidia products that can legally be sold in China"}},
        {"id": "f14", "status": "agreement", "value": "x3 (2026)",
         "what": "An analyst estimates China's domestic AI chip output could triple next year (hedged: could)",
         "in": {S: "有分析師更預計國產AI晶片產量明年可能增至三倍",
                C: "Tsang estimates that China's output of domestic AI accelerators could triple next year"}},
        {"id": "f15", "status": "unsupported", "value": "100000 units",
         "what": "ByteDance has switched to ordering about 100,000 Huawei Ascend chips (no source says so)",
         "in": {S: "字節跳動已改為向華為訂購約10萬片昇騰晶片"}},
        {"id": "f16", "status": "omission", "value": "2025-09-15",
         "what": "On Monday China's market regulator said a preliminary probe found Nvidia violated anti-monopoly law over the 2020 Mellanox deal",
         "in": {A: "a preliminary investigation had found Nvidia violated the country's anti-monopoly law",
                C: "On Monday the market regulator accused Nvidia of breaching antitrust rules"}},
        {"id": "f17", "status": "omission", "value": "2025-09-19",
         "what": "Trump and Xi are expected to speak by phone on Friday (hedged)",
         "in": {A: "Trump and Chinese President Xi Jinping are expected to speak by phone on Friday"}},
        {"id": "f18", "status": "omission", "value": "1500000 units (H2 2025)",
         "what": "A Wall Street bank estimated about 1.5 million RTX Pro 6000D units would be produced in the second half",
         "in": {B: "One Wall Street bank estimated last month that about 1.5 million RTX Pro 6000D units would be produced in the second half of the year"}},
        {"id": "f19", "status": "omission", "value": "13% (from 17%, -4 pp)",
         "what": "China accounted for 13% of Nvidia's revenue last fiscal year, down from 17%",
         "in": {B: "accounted for 13% of the company's revenue in its last fiscal year, down from 17% a year earlier"}},
        {"id": "f20", "status": "omission", "value": "2.8e9 USD (from 3.7e9 USD)",
         "what": "Nvidia's China sales fell to $2.8 billion last quarter from $3.7 billion a year earlier",
         "in": {C: "Its sales to China fell to $2.8 billion in its most recent quarter from $3.7 billion a year earlier"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "Analyst Menon does not expect the order to be lifted before Trump and Xi meet in person (negated)",
         "in": {C: "he does not expect the order to be lifted before Trump and Xi meet in person"}},
        {"id": "f22", "status": "omission", "value": None,
         "what": "Huawei is expected to set out a multi-year Ascend roadmap at Huawei Connect on Thursday (hedged)",
         "in": {B: "Huawei is expected to set out a multi-year roadmap for its Ascend accelerators"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "數萬片", "mutated": "數十萬片",
         "note": "tens of thousands of chips (a) -> hundreds of thousands"},
        {"n": 2, "type": "number", "fact": "f10", "original": "約四年新高", "mutated": "約十年新高",
         "note": "highest close in about four years (a) -> about ten years"},
        {"n": 3, "type": "date", "fact": "f4", "original": "上月勸阻", "mutated": "今年初勸阻",
         "note": "the H20 guidance came in August (a) / last month (c), not early this year"},
        {"n": 4, "type": "date", "fact": "f5", "original": "於7月推出", "mutated": "於5月推出",
         "note": "launched in July (b; c: two months before 19 Sep) -> May"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "並未公開證實", "mutated": "已公開證實",
         "note": "the CAC has not publicly confirmed the instruction (a) -> has confirmed it"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "已追上甚至超越", "mutated": "仍未追上",
         "note": "regulators concluded domestic chips match or exceed permitted Nvidia parts (b) -> still have not caught up"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "及阿里巴巴等", "mutated": "及騰訊等",
         "note": "ByteDance and Alibaba were named (a, b) -> ByteDance and Tencent; no source names Tencent"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "寒武紀", "mutated": "海光信息",
         "note": "regulators called in Huawei, Cambricon, Baidu and Alibaba (b) -> Hygon instead of Cambricon"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "英偉達行政總裁黃仁勳", "mutated": "英偉達財務總監克雷斯",
         "note": "the disappointment was voiced by CEO Jensen Huang (a, c), not CFO Colette Kress"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "中國外交部發言人林劍", "mutated": "中國商務部發言人何亞東",
         "note": "the response came from Foreign Ministry spokesman Lin Jian (c), not the Commerce Ministry spokesman"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "並預計會在", "mutated": "並已在",
         "note": "Huang expected to discuss China with Trump (a) -> had already discussed it"},
        {"n": 12, "type": "modality", "fact": "f14", "original": "可能增至三倍", "mutated": "必定增至三倍",
         "note": "output could triple (c, an estimate) -> will certainly triple"},
        {"n": 13, "type": "unit", "fact": "f6", "original": "每秒1,398GB", "mutated": "每秒1,398MB",
         "note": "1,398 gigabytes per second (b) -> 1,398 megabytes per second"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "4.2%", "mutated": "2.4%",
         "note": "Hang Seng Tech rose 4.2% (a; c: more than 4%) -> 2.4%"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | Technology | World | Breakingviews | Sign in"},
            {"inline": "NVDA.O 170.29 -4.55 (-2.61%) | HSTECH 6,271.60 +253.30 (+4.21%) | 0981.HK 61.35 +4.95 (+8.78%) | USD/CNY 7.1085"},
            "(Reporting by the Meridian Wire technology team"],
        B: [{"inline": "Home / Semiconductors / AI Accelerators / Policy Watch"},
            {"inline": "By Priya Natarajan, Senior Analyst | Sep 18, 2025 | 6:40 AM HKT | 5 min read"},
            {"inline": "Chart: Nvidia revenue from China, quarterly, FY2024-FY2026 (Source: company filings)"},
            "Subscribe to Chip Ledger Daily"],
        C: [{"inline": "China | Business | Technology | Opinion | Podcasts"},
            {"inline": "By Daniel Okafor in Hong Kong | September 19, 2025, 8:05 a.m."},
            {"inline": "Photo: Nvidia chief executive Jensen Huang speaks to reporters in London. (The Harbour Review)"},
            "Sign up for The Harbour Review's China Tech Brief"],
    },
}
