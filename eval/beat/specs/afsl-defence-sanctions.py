# Gold specification for story `afsl-defence-sanctions` (China's foreign ministry countermeasures
# under the Anti-Foreign Sanctions Law against 20 US defence-related companies and 10 senior
# executives, announced Friday 26 December 2025 as MFA Order No. 19, after the State Department's
# USD 11.1 bn package of eight arms sales to Taiwan announced on 17 December 2025).
# The texts are invented for evaluation: the names, counts, dates, measures and package contents
# follow the real episode; wording, outlets, reporters, analysts and their quotes are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story afsl-defence-sanctions`.
#
# f16 is a genuine source-versus-source conflict: b says five of the eight items are covered by
# Taiwan's NT$1.25 trillion special defence budget, c says six. The summary follows b (five).
#
# Traps:
# - Same event, different clock: a and b date the State Department's announcement Dec. 17 (a
#   Wednesday in Washington); c says "the early hours of Dec. 18, Taipei time". Not a conflict.
# - Report date vs event date: a (Fri 26 Dec) "on Friday"; b (Sat 27 Dec) "on Friday, Dec. 26" but
#   also "ended the week on a Chinese blacklist"; c (Sun 28 Dec) "landed on Friday" and "by the
#   weekend"; c's "did not comment ... on Saturday" is a different event.
# - Counts written differently: "20 ... companies" (a), "Twenty American defence firms and ten of
#   their executives" (b), "twenty U.S. firms and 10 executives" (c); c also splits the ten into
#   "Palmer Luckey ... along with nine other executives" (1 + 9 = 10, not a count of 9).
# - Same number, different scope: "more than $4 billion" twice (HIMARS/ATACMS and howitzers);
#   "more than $1 billion" for drones and software (b); the earlier December 2024 round of "13 U.S.
#   military companies and six executives" (b) is another event, not a conflict with 20/10.
# - Approximations of one figure: "roughly 39% more" (a) vs "nearly 40 per cent larger" (c) than the
#   2019 F-16 sale; the summary's 39% agrees with both.
# - Currencies: the package is USD 11.1 bn; the only NT$ figure is the NT$1.25 trillion budget
#   (about $40 billion, b). m13 turns the package into NT$.
# - Non-conflicting negations: "made no mention of Taiwan or China", "Boeing declined to comment",
#   "Anduril did not respond", "do little or no business in China", "have no revenue in China",
#   "don't sell anything in China", "makes a block unlikely", "did not comment".
# - Speaker named in a and b (Lin Jian), unnamed in c ("A foreign ministry spokesperson").
# - Hedges in sources: "likely to be largely symbolic" (a), "probably little more than symbolic"
#   (b); m11 asserts it.
# - Furniture with claim-like numbers: "record defence budget of 9 trillion yen", "rose 3.8%",
#   "slips 0.3%", "jump 12%", "$2.4 billion loitering munition contract", "slips another 18
#   months", "11 Chinese vessels", "rents rise 6%"; an image caption dated Dec. 6, 2025 (c).

A = "a-meridianwire.en.txt"
B = "b-defenseledger.en.txt"
C = "c-formosacurrent.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-12-26",
         "what": "China's foreign ministry announced the countermeasures on Friday 26 December 2025",
         "in": {S: "中國外交部12月26日宣布",
                A: "China's foreign ministry on Friday imposed countermeasures",
                B: "Beijing's foreign ministry published the list on Friday, Dec. 26",
                C: "China's foreign ministry named"}},
        {"id": "f2", "status": "agreement", "value": "20 companies | 10 executives",
         "what": "The countermeasures target 20 US defence-related companies and 10 senior executives",
         "in": {S: "對20間美國軍工相關企業及10名高層人員採取反制措施",
                A: "20 U.S. defence-related companies and 10 senior executives",
                B: "Twenty American defence firms and ten of their executives",
                C: "twenty U.S. firms and 10 executives"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The measures were taken under the Anti-Foreign Sanctions Law",
         "in": {S: "依據《反外國制裁法》",
                A: "The measures were taken under China's Anti-Foreign Sanctions Law",
                B: "The move rests on the 2021 Anti-Foreign Sanctions Law"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Companies named include Northrop Grumman Systems Corporation, L3Harris Maritime Services and Boeing's St. Louis unit",
         "in": {S: "被制裁企業包括諾斯羅普·格魯曼系統公司、L3哈里斯海事服務公司及波音位於密蘇里州聖路易斯的分公司",
                A: "Northrop Grumman Systems Corporation, L3Harris Maritime Services and Boeing's defence operation in St. Louis are among the companies named",
                B: "Alongside Northrop Grumman Systems Corporation, L3Harris Maritime Services and Boeing's St. Louis unit"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Anduril Industries founder Palmer Luckey is among the sanctioned executives",
         "in": {S: "被制裁高層則包括安杜里爾公司創辦人帕爾默·盧基",
                A: "Palmer Luckey, who founded the defence technology firm Anduril Industries, is on the list of executives",
                B: "Anduril Industries founder Palmer Luckey heads the roster of executives",
                C: "Among them is Palmer Luckey, the Anduril Industries founder"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Property in China is frozen and Chinese organisations and individuals are barred from dealing or cooperating with the targets",
         "in": {S: "凍結相關企業及個人在中國境內的動產、不動產和其他財產，禁止境內組織和個人與其進行交易及合作",
                A: "Any movable or immovable property and other assets the companies and individuals hold in China will be frozen, and organisations and individuals in China are prohibited from doing business or cooperating with them",
                B: "All property of the listed firms inside China is frozen, and Chinese entities and citizens may not trade or cooperate with them"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The executives are barred from entering China, the ban covering Hong Kong and Macau",
         "in": {S: "有關高層亦被禁止入境中國，禁令涵蓋香港及澳門",
                A: "The executives will also be refused visas and barred from entering China, including Hong Kong and Macau",
                C: "The listed executives cannot travel to the mainland, Hong Kong or Macau"}},
        {"id": "f8", "status": "agreement", "value": "11100000000 USD; 2025-12-17",
         "what": "The State Department announced on 17 December 2025 arms sales to Taiwan worth about USD 11.1 bn",
         "in": {S: "美國國務院12月17日公布、總值約111億美元的對台軍售",
                A: "The U.S. State Department announced the eight proposed sales, worth a combined $11.1 billion, on Dec. 17",
                B: "The State Department cleared eight sales to Taipei, worth $11.1 billion in all, on Wednesday, Dec. 17",
                C: "At US$11.1 billion"}},
        {"id": "f9", "status": "agreement", "value": "+39% vs 8000000000 USD (2019)",
         "what": "The package is about 39% larger than the USD 8 bn F-16 sale of 2019 (Trump's first term)",
         "in": {S: "金額比2019年特朗普首個任期內出售F-16V戰機的80億美元高出約39%",
                A: "roughly 39% more than the $8 billion sale of 66 F-16 fighter jets approved in 2019, during Trump's first term",
                C: "nearly 40 per cent larger than the F-16V fighter deal of 2019"}},
        {"id": "f10", "status": "agreement", "value": "82 HIMARS | 420 ATACMS | >4000000000 USD",
         "what": "The package includes 82 HIMARS and 420 ATACMS worth more than USD 4 bn",
         "in": {S: "82套海馬斯多管火箭炮系統及420枚陸軍戰術導彈，價值逾40億美元",
                A: "82 HIMARS rocket launchers together with 420 Army Tactical Missile Systems, a deal valued at more than $4 billion",
                B: "82 HIMARS launchers and 420 ATACMS missiles, together priced above $4 billion"}},
        {"id": "f11", "status": "agreement", "value": "60 | >4000000000 USD",
         "what": "The package includes 60 M109A7 self-propelled howitzers and related equipment, also worth more than USD 4 bn",
         "in": {S: "另有60門M109A7自行榴彈炮及相關裝備，價值同樣逾40億美元",
                A: "60 M109A7 self-propelled howitzers with related equipment, also priced at over $4 billion",
                B: "60 M109A7 self-propelled howitzers, which also top $4 billion"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Spokesperson Lin Jian: Taiwan is the first red line in China-US relations; firms and individuals selling arms to Taiwan will pay for their error",
         "in": {S: "外交部發言人林劍表示，台灣問題是中美關係第一條不可逾越的紅線，任何參與對台售武的企業和個人都要為錯誤付出代價",
                A: "Foreign ministry spokesperson Lin Jian said Taiwan was the first red line in relations between Beijing and Washington that must not be crossed",
                B: "Lin Jian, a spokesman for the ministry, said Taiwan sat at the very core of China's core interests and was the first red line in its ties with Washington"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "China will continue to take resolute measures to defend national sovereignty (asserted, not hedged)",
         "in": {S: "中方將繼續採取堅決措施捍衛國家主權",
                A: "China would keep taking resolute steps to defend its sovereignty, security and territorial integrity, he said",
                B: "Beijing, he added, will continue to take firm measures to protect national sovereignty"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "A State Department spokesperson said the US strongly objected and urged Beijing to stop military, diplomatic and economic pressure on Taiwan and talk with Taipei",
         "in": {S: "美國國務院發言人表示強烈反對北京報復參與對台軍售的美國企業",
                A: "A State Department spokesperson said the United States strongly objected to Beijing's moves against American companies",
                C: "a State Department spokesperson said the U.S. strongly objected to the retaliation against American firms"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "Analysts said the sanctions are likely/probably largely symbolic, as most listed firms do little or no business in China (hedged)",
         "in": {S: "有關制裁可能主要屬象徵性質",
                A: "Analysts said the sanctions were likely to be largely symbolic",
                B: "For most of these companies the sanctions are probably little more than symbolic"}},
        {"id": "f16", "status": "source-conflict", "value": "5 of 8 | 6 of 8",
         "what": "How many of the eight items Taiwan's special defence budget (NT$1.25 trillion) covers: five per b, six per c",
         "in": {S: "八項軍售中有五項已納入規模約1.25萬億新台幣的特別國防預算",
                B: "Taiwan's defence ministry said five of the eight items would be paid for from a special defence budget",
                C: "The ministry said six of the eight items fall under the NT$1.25 trillion special defence budget"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "The US said it would consider reciprocal sanctions on Chinese officials (no source says so)",
         "in": {S: "美方並表示會考慮對相關中國官員實施對等制裁"}},
        {"id": "f18", "status": "omission", "value": "96000000 USD | 91000000 USD",
         "what": "The package includes helicopter spare parts worth USD 96 m and Harpoon refurbishment kits worth USD 91 m",
         "in": {A: "Spare helicopter parts worth $96 million and $91 million of refurbishment kits for Harpoon missiles make up the smallest pieces"}},
        {"id": "f19", "status": "omission", "value": "Order No. 19; arts. 3, 4, 5, 6, 9, 15",
         "what": "The decision was MFA Order No. 19 and cited Articles 3, 4, 5, 6, 9 and 15 of the law",
         "in": {B: "The decree was numbered Order No. 19 and cited six separate articles of the law"}},
        {"id": "f20", "status": "omission", "value": "500",
         "what": "China is still weighing an order for up to 500 Boeing jets",
         "in": {C: "China is still weighing an order for as many as 500 Boeing jets"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "The sales still have to clear a congressional review in Washington",
         "in": {C: "The sales still have to clear a congressional review in Washington"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "10名高層人員", "mutated": "12名高層人員",
         "note": "10 senior executives -> 12"},
        {"n": 2, "type": "number", "fact": "f10", "original": "420枚", "mutated": "240枚",
         "note": "420 ATACMS -> 240"},
        {"n": 3, "type": "date", "fact": "f1", "original": "12月26日", "mutated": "12月25日",
         "note": "announced Friday 26 Dec -> 25 Dec"},
        {"n": 4, "type": "date", "fact": "f8", "original": "12月17日", "mutated": "12月10日",
         "note": "package announced 17 Dec (18 Dec Taipei time) -> 10 Dec"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "禁令涵蓋香港及澳門", "mutated": "禁令不涵蓋香港及澳門",
         "note": "the entry ban includes Hong Kong and Macau (a, c) -> does not cover them"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "表示強烈反對", "mutated": "表示並不反對",
         "note": "the State Department strongly objected (a, c) -> did not object"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "諾斯羅普·格魯曼系統公司", "mutated": "洛歇馬丁公司",
         "note": "Northrop Grumman Systems -> Lockheed Martin; no source names Lockheed Martin"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "海馬斯多管火箭炮系統", "mutated": "愛國者防空導彈系統",
         "note": "82 HIMARS -> 82 Patriot air-defence systems; no source mentions Patriot"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "中國外交部", "mutated": "中國商務部",
         "note": "the countermeasures were announced by the foreign ministry (a, b, c), not MOFCOM"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "美國國務院發言人", "mutated": "美國國防部發言人",
         "note": "the objection came from a State Department spokesperson (a, c), not the Pentagon"},
        {"n": 11, "type": "modality", "fact": "f15", "original": "可能主要屬", "mutated": "肯定主要屬",
         "note": "hedged 'likely / probably' symbolic -> asserted 'certainly' symbolic"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "中方將繼續", "mutated": "中方或會繼續",
         "note": "asserted 'will continue / would keep taking' measures -> hedged 'may continue'"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "111億美元", "mutated": "111億新台幣",
         "note": "currency USD -> NT$; the package is USD 11.1 bn (a, b, c)"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "約39%", "mutated": "約59%",
         "note": "about 39% (a) / nearly 40 per cent (c) larger than the 2019 F-16 sale -> about 59%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Qiao and Marcus Webb | December 26, 2025 7:48 PM GMT+8 | Updated 1 hour ago"},
            "Related Coverage"],
        B: [{"inline": "Industry & Policy | 27 December 2025 | By Kevin Marsh, Senior Reporter"},
            "Get Defense Ledger Daily"],
        C: [{"inline": "Posted by Grace Lin-Hartley | December 28, 2025 at 9:15 AM | Cross-Strait"},
            {"inline": "Palmer Luckey, founder of Anduril Industries, speaks at a defence forum in California on Dec. 6, 2025. (Photo: Formosa Current file)"},
            "Filed under: Cross-Strait, Defence, United States"],
    },
}
