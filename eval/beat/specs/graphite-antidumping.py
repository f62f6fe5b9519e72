# Gold specification for story `graphite-antidumping` (US Commerce Department's preliminary
# anti-dumping duty of 93.5% on active anode material (graphite) from China, 17 July 2025, on a
# petition by a coalition of US producers; earlier preliminary countervailing duty in May; final
# decisions due later; effect on battery makers such as Tesla and Panasonic).
# All texts are invented for evaluation (the outline follows the real episode; wording, quotes,
# analysts, outlets and most figures are made up). Edit here, then run
# `python3 ../shared/eval/build_gold.py --root eval/beat --story graphite-antidumping`.
# The summary is in Traditional Chinese with Hong Kong press usage.
#
# f13 is a genuine source-versus-source conflict: a puts US imports of active anode material from
# China in 2024 at about USD 347 million (citing the petition), b at about USD 475 million (its own
# analysis of customs data). The summary gives both figures, each with its own attribution.
#
# Traps:
# - Several rates of the same case side by side: 93.5% (most exporters), 102.72% (two producers),
#   6.55% (the May countervailing duty, a), "about 160%" (the stacked effective rate, a, omitted),
#   and "more than 90%" (China's share of world output). m14 moves 93.5% to 53.5%.
# - Same rate written two ways: "93.5%" (a, c) and "93.5 percent" (b); "102.72%" (a) and
#   "102.72 percent" (b).
# - Report date vs event date: a (Fri 18 Jul, dateline July 17) says "on Thursday", b (Mon 21 Jul)
#   "last Thursday", c (Tue 22 Jul) "On July 17": all mean 17 July.
# - Yearless dates: the petition was filed "in December" (2024) and the final determination is due
#   "in early December" (2025); b also has "since December 2023" for China's graphite export
#   licences (omitted). Three Decembers, three different years.
# - "in May" is the countervailing-duty decision (2025), not the petition.
# - Same number, different scope: "seven" US producers in the coalition; "9%" is Syrah's share move;
#   "12%" (a teaser) is a price move; "100%" (a teaser) is a Canadian tariff idea.
# - Unit: "60 kilograms" of graphite per pack (b, c); m13 swaps kg for pounds.
# - Hedges: "could raise battery costs" (b), "could raise ... may eventually show up" (c); the
#   final ITC vote "is expected" (c) but "will" be held (b); Commerce's final decision "is due" /
#   "is scheduled" (a, b, c).
# - Non-conflicting negations: "Tesla did not respond", "will not become permanent unless the ITC
#   ... finds", "No one expects the fight to end", "It isn't final", "will not feel it directly".
#   The scope negation "the duties do not apply to graphite already inside imported battery
#   cells" (c) is an omission.
# - Teasers with entities and numbers: "Panasonic delays full output at Kansas battery plant"
#   (Panasonic's plant in the summary is in Nevada), "rise 12%", "100% tariff", "18-month high",
#   "24,000 SUVs", "up 11%".
# - Image caption with a date inside an article (c): "on March 5, 2025" is furniture.
# - Panasonic is Japanese, but no source says anything about Japanese suppliers for Tesla (f14).

A = "a-meridian.en.txt"
B = "b-chargeline.en.txt"
C = "c-voltledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-17",
         "what": "The US Commerce Department announced its preliminary anti-dumping determination on Thursday 17 July 2025",
         "in": {S: "美國商務部7月17日公布初步裁定",
                A: "The U.S. Commerce Department on Thursday announced",
                B: "The Commerce Department's preliminary ruling last Thursday",
                C: "On July 17, the Commerce Department set"}},
        {"id": "f2", "status": "agreement", "value": "93.5%",
         "what": "The preliminary anti-dumping duty on active anode material from China is 93.5% (for most exporters)",
         "in": {S: "徵收93.5%的反傾銷稅",
                A: "a preliminary anti-dumping duty of 93.5% on active anode material from China",
                B: "a 93.5 percent anti-dumping duty on active anode material imported from China",
                C: "a preliminary anti-dumping duty of 93.5% on active anode material from China"}},
        {"id": "f3", "status": "agreement", "value": "2 | 102.72%",
         "what": "Some exporters face higher rates: two individually examined producers got 102.72%",
         "in": {S: "其中兩家中國生產商被定為102.72%",
                A: "two producers that Commerce examined individually received rates of 102.72%",
                B: "Two producers picked for individual review were assigned 102.72 percent"}},
        {"id": "f4", "status": "agreement", "value": "7 | 2024-12",
         "what": "The case was brought in December (2024) by the American Active Anode Material Producers, a group of seven US producers",
         "in": {S: "該案由七家美國生產商組成的「美國活性負極材料生產商聯盟」於去年12月提出申請",
                A: "The case was brought in December by the American Active Anode Material Producers, a group of seven U.S. companies",
                B: "The petition was filed in December by a coalition of seven U.S. producers"}},
        {"id": "f5", "status": "agreement", "value": "2025-05 | 6.55%",
         "what": "Commerce issued a preliminary countervailing-duty decision in May, 6.55% for most Chinese producers",
         "in": {S: "商務部今年5月亦已就同類產品作出反補貼稅初裁，大部分中國生產商的稅率為6.55%",
                A: "Commerce issued a preliminary countervailing-duty decision in May, setting anti-subsidy rates of 6.55% for most Chinese producers",
                C: "That comes on top of a preliminary anti-subsidy duty that Commerce announced in May"}},
        {"id": "f6", "status": "agreement", "value": "2025-12 (early) | 2026 (early)",
         "what": "Commerce's final determination is due in early December; the ITC's final injury vote follows early next year",
         "in": {S: "商務部將於12月初作出最終裁定，美國國際貿易委員會（ITC）則將於明年初就產業損害進行最終表決",
                A: "The final determination is due in early December",
                B: "Commerce is scheduled to issue its final determination in early December, and the U.S. International Trade Commission will hold its final injury vote early next year",
                C: "Commerce's final decision is due in early December, and the International Trade Commission's final vote is expected early next year"}},
        {"id": "f7", "status": "agreement", "value": ">90%",
         "what": "China produces more than 90% of the world's graphite anode material, according to the IEA",
         "in": {S: "據國際能源署（IEA）數據，中國生產全球逾90%的石墨負極材料",
                A: "China produces more than 90% of the world's graphite anode material, according to the International Energy Agency",
                C: "China produces more than 90% of the world's graphite anode material, the International Energy Agency says"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Tesla told Commerce in a filing that US suppliers could not (yet) provide graphite of the quality and quantity it needs (negated)",
         "in": {S: "特斯拉曾向商務部表示，美國本土供應商目前無法提供其所需品質和數量的石墨",
                A: "the company said U.S. suppliers could not yet provide graphite of the quality and quantity it needs",
                C: "Tesla told Commerce in a filing earlier this year that U.S. suppliers were unable to meet its needs for quality and volume"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Panasonic imports anode material from China for its Nevada battery plant",
         "in": {S: "松下為其內華達州電池廠從中國進口負極材料",
                B: "Panasonic, which supplies cells to Tesla from its Nevada plant, imports anode material from China for the factory",
                C: "Panasonic, which makes cells for Tesla at the Gigafactory in Nevada, buys its anode material from China"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Panasonic said it did not expect production (in Nevada) to be affected (negated)",
         "in": {S: "該公司表示預計生產不會受到影響",
                B: "The company said it did not expect production in Nevada to be affected",
                C: "The company told reporters it did not expect production at the plant to be affected"}},
        {"id": "f11", "status": "agreement", "value": "60 kg",
         "what": "A typical EV battery pack contains about 60 kilograms of graphite",
         "in": {S: "一輛電動車的電池組約含60公斤石墨",
                B: "An EV battery pack carries around 60 kilograms of graphite",
                C: "A typical EV battery pack holds about 60 kilograms of graphite"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analysts said the duty could raise battery costs (hedged)",
         "in": {S: "新關稅可能推高電池成本",
                B: "Analysts said the duty could raise battery costs for carmakers",
                C: "Analysts say the duty could raise battery costs"}},
        {"id": "f13", "status": "source-conflict", "value": "347000000 USD | 475000000 USD",
         "what": "US imports of active anode material from China in 2024: about USD 347 million per the petition (a) versus about USD 475 million per b's analysis of customs data",
         "in": {S: "有報道引述申請書指約3.47億美元，亦有行業媒體根據海關數據估算約為4.75億美元",
                A: "The United States imported about $347 million worth of active anode material from China in 2024",
                B: "U.S. imports of active anode material from China reached about $475 million in 2024"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Tesla has decided to shift part of its graphite purchases to Japanese suppliers (no source says so)",
         "in": {S: "特斯拉已決定將部分石墨採購轉向日本供應商"}},
        {"id": "f15", "status": "omission", "value": "~160%",
         "what": "Stacked on existing tariffs, the duty lifts the effective rate on Chinese anode graphite to about 160% (trade lawyers' estimate)",
         "in": {A: "the new duty lifts the effective rate on Chinese anode graphite to about 160%"}},
        {"id": "f16", "status": "omission", "value": "+9%",
         "what": "Shares of Syrah Resources rose 9% in Sydney on Friday",
         "in": {B: "Shares of Syrah Resources, which produces anode material at a plant in Louisiana, rose 9% in Sydney on Friday"}},
        {"id": "f17", "status": "omission", "value": "2023-12",
         "what": "China has required export licences for some graphite products since December 2023",
         "in": {B: "Beijing has required export licences for some graphite products since December 2023"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The duties do not apply to graphite already inside imported battery cells (negated scope)",
         "in": {C: "the duties do not apply to graphite already inside imported battery cells"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "兩家中國生產商", "mutated": "三家中國生產商",
         "note": "two producers at 102.72% (a, b) -> three"},
        {"n": 2, "type": "number", "fact": "f4", "original": "七家美國生產商", "mutated": "五家美國生產商",
         "note": "a coalition of seven US producers (a, b) -> five"},
        {"n": 3, "type": "date", "fact": "f1", "original": "7月17日", "mutated": "7月10日",
         "note": "preliminary ruling on Thursday 17 July -> 10 July (also a Thursday)"},
        {"n": 4, "type": "date", "fact": "f6", "original": "12月初", "mutated": "10月初",
         "note": "final determination due in early December (a, b, c) -> early October"},
        {"n": 5, "type": "negation", "fact": "f8", "original": "目前無法提供", "mutated": "目前能夠提供",
         "note": "Tesla said US suppliers could not yet provide the graphite it needs -> can provide it"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "生產不會受到影響", "mutated": "生產將受到影響",
         "note": "Panasonic did not expect production to be affected (b, c) -> expects it to be affected"},
        {"n": 7, "type": "entity", "fact": "f8", "original": "特斯拉曾向", "mutated": "福特曾向",
         "note": "the filing was Tesla's (a, c); no source names Ford"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "松下", "mutated": "三星SDI",
         "note": "Panasonic imports anode material for its Nevada plant (b, c); no source names Samsung SDI"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "美國商務部7月17日", "mutated": "美國國際貿易委員會7月17日",
         "note": "the preliminary duty was set by the Commerce Department, not the ITC (the ITC votes on injury later)"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "據國際能源署（IEA）數據", "mutated": "據美國地質調查局數據",
         "note": "the more-than-90% share is attributed to the International Energy Agency (a, c), not the USGS"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能推高", "mutated": "將推高",
         "note": "hedged 'could raise battery costs' (b, c) -> asserted 'will push up'"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "商務部將於", "mutated": "商務部可能於",
         "note": "the final determination is due / scheduled in early December (a, b, c) -> 'may' come then"},
        {"n": 13, "type": "unit", "fact": "f11", "original": "約含60公斤", "mutated": "約含60磅",
         "note": "about 60 kilograms of graphite per pack (b, c) -> 60 pounds"},
        {"n": 14, "type": "percentage", "fact": "f2", "original": "93.5%", "mutated": "53.5%",
         "note": "preliminary anti-dumping rate 93.5% (a, b, c) -> 53.5%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Marsh and Kenji Ota | July 18, 2025 6:48 AM GMT+8 | Updated 2 hours ago"},
            "Related Articles"],
        B: [{"inline": "Supply Chain | 21 July 2025 | By Marcus Feld, Materials Editor"},
            "Get ChargeLine Weekly"],
        C: [{"inline": "Posted by Ray Delgado | July 22, 2025 at 8:15 AM | EV Policy"},
            {"inline": "Spherical graphite samples on display at a battery trade fair in Shenzhen on March 5, 2025. (Photo: Lena Ortiz / The Volt Ledger)"},
            "Filed under: EVs, Batteries, Trade"],
    },
}
