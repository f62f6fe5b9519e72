# Gold specification for story `samr-merger-review-tw` (Intel terminates its USD 5.4 bn purchase of
# Israel's Tower Semiconductor on Wednesday 16 August 2023 after China's State Administration for
# Market Regulation fails to approve the deal before the 15 August 2023 outside date; Intel pays a
# USD 353 m termination fee).
# All texts are invented for evaluation: the outlets (Orient Pacific News, Foundry & Fab Weekly,
# Galilee Business Journal), reporters, the analyst (Yoav Ben-Ami, Carmel Securities), the
# paraphrased statements, the share moves, the shekel conversion and the staff count are made up;
# the companies, agencies, deal value, per-share price, fee and dates follow the real episode.
# Traditional Chinese summary, Taiwan usage (英特爾, 季辛格, 晶圓代工, 晶片, 執行長, 台拉維夫, 盤前).
# Edit here, then run build_gold.py.
#
# f13 is a genuine source-versus-source conflict: a says Tower closed down 10.2% in Tel Aviv on
# the day, c says it ended that session 8.1% lower. The summary gives both figures.
#
# Traps:
# - Same amount in two units: the termination fee is "$353 million" in a and b but "about NIS 1.3
#   billion" in c. Not a conflict with the summary's 3.53億美元.
# - Same number, different meanings: "15" is the signing day (February 15, 2022, b), the first
#   outside date (February 15, 2023, b) and the final outside date (August 15, 2023). "11%" is the
#   US premarket fall (a, b) while the Tel Aviv closes are 10.2% / 8.1% (different market, not a
#   conflict with f10). "18 months" (b) and "a year and a half" (c) are the deal's age; "12 months"
#   (b) was the planned closing time.
# - An earlier extension: b says the deadline was already pushed back once (February 2023); that
#   does not contradict "Intel will not seek another/further extension" (f8), which the summary's
#   "不打算尋求再次延長" states.
# - Relative vs calendar dates: a (Wed 16 Aug) "on Wednesday", b (Mon 21 Aug) "last Wednesday", c
#   (Thu 17 Aug) "yesterday" all mean 16 August; c's "midnight on Tuesday, California time" is the
#   15 August deadline; Gelsinger's trip is "last month" (a, c) and "in July" (b), and "上月" in the
#   summary (dated 18 August).
# - Non-contradicting negations: "SAMR did not respond to a request for comment", "never gave its
#   blessing" (agrees with f6), "does not leave empty-handed", "has no plans for layoffs", "did not
#   move the regulator", "none has yet been blocked outright", "Intel shares were little changed".
# - Teasers with claim-like numbers, one close to the fee: "Tower Semiconductor Q2 revenue falls 16%
#   to $357 million", "$3.5 billion in Q2" (a); "GlobalFoundries raises 2023 capex plan to $2.5
#   billion", "falls 31%" (b; GlobalFoundries is also m07's swapped-in company); "300-unit",
#   "1,200 jobs" (c).
# - Image caption with the event date inside the article (c): "on Aug. 16, 2023" is furniture, as
#   are the dated bylines and a's "(Reporting by ...)" line.

A = "a-orientpacific.en.txt"
B = "b-foundryweekly.en.txt"
C = "c-galileejournal.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2023-08-16",
         "what": "On Wednesday 16 August 2023 Intel announced it had terminated (by mutual agreement) its deal to buy Tower Semiconductor",
         "in": {S: "英特爾（Intel）8月16日宣布",
                A: "Intel said on Wednesday it had terminated its $5.4 billion agreement to buy Israeli contract chipmaker Tower Semiconductor",
                B: "Intel and Tower Semiconductor called off their merger last Wednesday",
                C: "That idea ended yesterday, when Intel and Tower Semiconductor said they had agreed to walk away"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The reason: the regulatory approvals required under the merger agreement could not be obtained in time (negated)",
         "in": {S: "由於未能及時取得併購協議所需的監管批准",
                A: "because the regulatory approvals required under the merger agreement could not be obtained in time",
                C: "the approvals the merger agreement required did not come through in time"}},
        {"id": "f3", "status": "agreement", "value": "2022-02",
         "what": "The deal was announced/signed in February 2022 (15 February 2022)",
         "in": {S: "這筆交易於2022年2月宣布",
                A: "when it announced the deal in February 2022",
                B: "The agreement, signed on February 15, 2022"}},
        {"id": "f4", "status": "agreement", "value": "5400000000 USD",
         "what": "The deal was worth USD 5.4 bn",
         "in": {S: "規模約54億美元",
                A: "terminated its $5.4 billion agreement",
                B: "18 months after Intel agreed to pay $5.4 billion",
                C: "walk away from the $5.4 billion takeover"}},
        {"id": "f5", "status": "agreement", "value": "53 USD/share",
         "what": "Intel offered USD 53 per share in cash",
         "in": {S: "相當於每股53美元",
                A: "Intel had offered $53 a share in cash",
                B: "or $53 per share"}},
        {"id": "f6", "status": "agreement", "value": "2023-08-15",
         "what": "SAMR did not approve the deal before the 15 August 2023 deadline (negated)",
         "in": {S: "中國國家市場監督管理總局未在8月15日的最後期限前批准該案",
                A: "China's State Administration for Market Regulation (SAMR) did not approve the purchase before the Aug. 15 deadline",
                B: "lapsed when the August 15 outside date passed without a decision from China's State Administration for Market Regulation",
                C: "China's market regulator never gave its blessing, and the deadline ran out at midnight on Tuesday, California time"}},
        {"id": "f7", "status": "agreement", "value": "353000000 USD",
         "what": "Intel will pay Tower a USD 353 m termination fee under the agreement (about NIS 1.3 bn per c)",
         "in": {S: "英特爾須向高塔支付3.53億美元終止費",
                A: "Intel will pay Tower a termination fee of $353 million",
                B: "Intel will hand Tower a $353 million break-up fee",
                C: "Intel will pay the company a break-up fee of about NIS 1.3 billion"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Intel will not seek another extension of the agreement (negated)",
         "in": {S: "且不打算尋求再次延長協議期限",
                A: "Intel said it would not seek a further extension",
                B: "This time Intel chose not to ask for another extension",
                C: "the company said it will not request another extension"}},
        {"id": "f9", "status": "agreement", "value": "2023-07",
         "what": "Intel CEO Pat Gelsinger travelled to China last month (July 2023), but the deal still did not clear",
         "in": {S: "英特爾執行長季辛格上月曾親赴中國",
                A: "Gelsinger travelled to China last month",
                B: "Gelsinger made a personal trip to China in July",
                C: "had flown to China last month to lobby for the deal"}},
        {"id": "f10", "status": "agreement", "value": "-11%",
         "what": "Tower shares fell more than (about) 11% in US premarket trading",
         "in": {S: "高塔在美股盤前重挫逾11%",
                A: "Tower shares fell more than 11% in U.S. premarket trading",
                B: "Tower's Nasdaq-listed shares dropped about 11% before the open last Wednesday"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Gelsinger said Intel came to respect Tower even more and would keep looking for ways to work together",
         "in": {S: "季辛格表示，英特爾在這段過程中對高塔更加敬重，未來仍會尋找雙方合作的機會",
                A: "Gelsinger said in a statement that Intel had come to respect Tower even more during the process and would keep looking for ways the two companies could work together"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analyst Yoav Ben-Ami (Carmel Securities) said Beijing may keep using merger reviews as a lever against US chip export controls (hedged)",
         "in": {S: "卡梅爾證券分析師本阿米指出，北京可能持續以併購審查作為反制美國晶片出口管制的籌碼",
                B: "\"Beijing may keep using merger reviews as a lever against U.S. chip export controls,\" said Yoav Ben-Ami"}},
        {"id": "f13", "status": "source-conflict", "value": "-10.2% | -8.1%",
         "what": "Tower's fall at the Tel Aviv close on 16 August: 10.2% (a) versus 8.1% (c)",
         "in": {S: "有報導稱為10.2%，也有報導稱為8.1%",
                A: "closed down 10.2% in Tel Aviv",
                C: "Tower's stock ended Wednesday's session in Tel Aviv 8.1% lower"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Tower has announced it will use the termination fee to build a new fab in northern Israel (no source says so)",
         "in": {S: "高塔已宣布將把這筆終止費用於在以色列北部興建新晶圓廠"}},
        {"id": "f15", "status": "omission", "value": "2023-02-15 + 6 months",
         "what": "The first outside date, 15 February 2023, was pushed back by six months",
         "in": {B: "When SAMR still had not ruled by the first outside date of February 15, 2023, they pushed the deadline back by six months"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Intel had planned to fold Tower's fabs into Intel Foundry Services",
         "in": {B: "Intel had planned to fold Tower's fabs in Israel, Italy, Japan and the United States into Intel Foundry Services"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Tower CEO Russell Ellwanger said Tower had been excited to join Intel and thanked all parties",
         "in": {A: "Tower Chief Executive Russell Ellwanger said Tower had been excited to join Intel and thanked all parties for their efforts"}},
        {"id": "f18", "status": "omission", "value": "5600",
         "what": "Tower employs about 5,600 people worldwide, roughly half in Israel",
         "in": {C: "Tower employs about 5,600 people worldwide, roughly half of them in Israel"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "54億美元", "mutated": "45億美元",
         "note": "deal value USD 5.4 bn -> USD 4.5 bn"},
        {"n": 2, "type": "number", "fact": "f5", "original": "每股53美元", "mutated": "每股63美元",
         "note": "USD 53 per share (a, b) -> USD 63"},
        {"n": 3, "type": "date", "fact": "f1", "original": "8月16日", "mutated": "8月14日",
         "note": "termination announced Wednesday 16 August (a; b 'last Wednesday'; c 'yesterday') -> 14 August, before the deadline"},
        {"n": 4, "type": "date", "fact": "f3", "original": "2022年2月", "mutated": "2021年2月",
         "note": "deal announced February 2022 (a; b February 15, 2022) -> February 2021"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "未在8月15日", "mutated": "已在8月15日",
         "note": "SAMR did not approve before the deadline -> it approved before the deadline"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "不打算尋求", "mutated": "打算尋求",
         "note": "Intel will not seek another extension (a, b, c) -> it intends to seek one"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "高塔半導體（Tower Semiconductor）", "mutated": "格芯（GlobalFoundries）",
         "note": "the target was Tower Semiconductor, not GlobalFoundries (which appears only in a teaser of b)"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "親赴中國", "mutated": "親赴韓國",
         "note": "Gelsinger travelled to China (a, b, c), not South Korea"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "季辛格表示", "mutated": "高塔執行長艾爾萬格表示",
         "note": "the respect/keep-working-together statement is Gelsinger's (a), not Tower CEO Ellwanger's"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "卡梅爾證券分析師本阿米指出", "mutated": "中國商務部指出",
         "note": "the merger-review-as-leverage view is analyst Ben-Ami's (b); no Chinese ministry said so"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能持續", "mutated": "將持續",
         "note": "hedged 'may keep using' (b) -> asserted 'will keep using'"},
        {"n": 12, "type": "modality", "fact": "f7", "original": "須向高塔支付", "mutated": "可能向高塔支付",
         "note": "asserted 'will pay' the fee under the agreement (a, b, c) -> hedged 'may pay'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "3.53億美元", "mutated": "3.53億歐元",
         "note": "currency USD -> EUR; the fee is USD 353 m (a, b), about NIS 1.3 bn (c)"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "逾11%", "mutated": "逾21%",
         "note": "premarket fall of more than 11% (a) / about 11% (b) -> more than 21%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Noa Kessler and Grant Liu | August 16, 2023 4:05 PM GMT+3 | Updated 30 minutes ago"},
            "(Reporting by Noa Kessler"],
        B: [{"inline": "Deals & Strategy | 21 August 2023 | By Martin Oyelaran, Contributing Editor"},
            "Subscribe to Foundry & Fab Weekly"],
        C: [{"inline": "Posted by Dafna Sharon | August 17, 2023 at 9:15 AM | Local Business"},
            {"inline": "Tower Semiconductor's fab in Migdal HaEmek on Aug. 16, 2023. (Photo: Eli Baruch / Galilee Business Journal)"},
            "Have a story from the North?"],
    },
}
