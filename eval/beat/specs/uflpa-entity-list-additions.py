# Gold specification for story `uflpa-entity-list-additions` (the US Department of Homeland
# Security adds 37 Chinese companies to the Uyghur Forced Labor Prevention Act Entity List on
# 14 January 2025, effective 15 January; Zijin's filing and share fall; the Chinese foreign
# ministry's reaction). The summary is in Traditional Chinese, Hong Kong style (特朗普, 拜登,
# 間 for companies, 港交所, H股, 收市).
# All texts are invented for evaluation (dates, the 37/144 counts, the company names and the
# speakers follow the January 2025 episode; wording, quotes, outlets, analysts, the auditor,
# the brokerage note and most secondary figures are made up).
# Edit here, then run `python3 build_gold.py`.
#
# Source-versus-source conflicts:
# - f9: a says Zijin was listed "along with three of its Xinjiang subsidiaries"; c says
#   Zijin's own filing names "the group and four of its Xinjiang units". The summary follows c
#   and attributes it to the filing.
# - f20: b says CBP has reviewed "more than 12,600 shipments worth about $3.68 billion" since
#   June 2022; c says "some 11,300 shipments valued at around $3.7 billion" for the same period
#   (the values round to the same amount, the counts differ). The summary leaves both out.
#
# Traps:
# - Same number, different things: "January 15" (effective date) vs "15 percentage points"
#   (b); "three of its Xinjiang subsidiaries" (a) vs "three of the world's largest wafer
#   makers" (b); "less than 5% of group assets" vs "closed 5.9% lower" (c); "29 companies"
#   added on Nov. 22 vs the 37 added now; "12,600 shipments" vs "12 GW" in furniture.
# - Equal amounts in different words or scales: "about 30%" (b) = "close to a third" (c) =
#   約三成; "$3.68 billion" (b) ~ "around $3.7 billion" (c); 144 (a, b) vs Mayorkas's "nearly
#   150" (c); "25 of its subsidiaries" = 25間子公司; the furniture ticker "-0.90 (-5.9%)" is the
#   same fall as the body's "closed 5.9% lower".
# - Percent vs percentage points: Xinjiang's polysilicon share "about 30% ... down roughly 15
#   percentage points from about 45% in 2020" (b). Mutant m14 uses the 2020 share (四成五).
# - Intraday vs close: "fell as much as 4.3% in early trading" (a, an omission) vs "closed
#   5.9% lower" (c, f11); the two do not conflict.
# - Earlier totals: the list went to 107 after the Nov. 22 round (c); mutant m1 uses 107.
# - Yearless and relative dates: "on Tuesday", "on Wednesday", "Wednesday, January 15",
#   "next Monday" (c, dated Thu 16 Jan = 20 Jan), "Jan. 20", "Two months ago, on Nov. 22".
# - Report date vs event date: a is dated 15 Jan (Asian morning) and reports Tuesday's
#   announcement and Wednesday's briefing; the summary (Thu 16 Jan) writes 周二（1月14日）, 周三
#   and 下周一（1月20日）. Announcement (14 Jan) vs effective date (15 Jan): mutant m3.
# - Law passed 2021 vs signed December 2021 vs in force June 2022 (a); the summary says
#   該法於2021年通過.
# - Non-conflicting negations: "Huafu Fashion did not respond to requests for comment", "JA
#   Solar did not respond to a request for comment", "Hongyuan and Meike could not be reached",
#   "A DHS spokesperson declined to say whether more listings were planned", Trump "has not
#   said whether his administration will change how the law is enforced" (a, an omission next
#   to the summary's hedged analyst view), "China denies any abuses", "I would not expect a
#   Trump DHS to take names off this list".
# - Negations that are the claim: Zijin "has no assets in the United States and earns no
#   revenue from U.S. sales" (f10), the Donghai unit "did not supply the U.S." (f13), Guo's
#   "no basis in fact" / "groundless" (f12).
# - Hedged vs asserted: "likely to be limited" (b) -> 料屬有限; "could keep the list and even
#   widen it" (c) -> 或會延續甚至擴大; "does not expect the listing to have a material impact"
#   (c) -> 預計事件不會造成重大影響. Mutants m11 and m12 assert them.
# - Reported speech from several speakers: Mayorkas (a; c quotes "nearly 150"), Paschall (b,
#   a different quote: mutant m9 swaps him in), Guo Jiakun (a, c in different words), Zijin's
#   filing (c), Harcourt Securities analysts (b; mutant m10 gives their view to JA Solar, which
#   did not comment), Farrant (b), Natarajan and Lau (c), a DHS spokesperson (c).
# - Agency swap: the UFLPA list belongs to DHS, not to the Commerce Department's separate
#   Entity List (mutant m8).
# - Numbers in furniture: "Updated 3 hours ago", "29 Chinese firms (Nov 22, 2024)", "exports
#   jump 10.7%", "Copper hits 2-week high", "Hang Seng 19,286.07 +0.3%", "5 min read",
#   "41.5, down 0.7% w/w", "RMB 1.15/pc", "Free for 30 days", "Jan 29, 11:00 ET", "1,400 solar
#   shipments in 2024", "12 GW", "14.48 -0.90 (-5.9%)", "4.41 +2.1%", "cut output 3%",
#   "HK$87.5 billion", "HK$1".

A = "a-transpacific.en.txt"
B = "b-pvsupply.en.txt"
C = "c-asialedger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "37 entities; 2025-01-14",
         "what": "DHS added 37 Chinese companies to the UFLPA Entity List on Tuesday 14 January 2025, days before Biden leaves office",
         "in": {S: "將37間中國企業列入《維吾爾強迫勞動預防法》（UFLPA）實體清單",
                A: "The U.S. Department of Homeland Security on Tuesday added 37 Chinese companies",
                B: "The Department of Homeland Security on January 14 added 37 entities to the Uyghur Forced Labor Prevention Act Entity List"}},
        {"id": "f2", "status": "agreement", "value": "144",
         "what": "The additions bring the list to 144 entities",
         "in": {S: "令清單上的企業總數增至144間",
                A: "bringing the total to 144 companies",
                B: "The list now stands at 144 entities"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The largest single expansion of the list since the UFLPA was passed in 2021",
         "in": {S: "這是該法於2021年通過以來清單最大規模的一次擴充",
                A: "DHS said the move was the largest single expansion of the list since Congress passed the Uyghur Forced Labor Prevention Act in 2021",
                C: "The round, the largest since the Uyghur Forced Labor Prevention Act became law in 2021"}},
        {"id": "f4", "status": "agreement", "value": "2025-01-15",
         "what": "The listings take effect on 15 January 2025; CBP then presumes the goods are made with forced labor and bars them unless the importer shows clear and convincing evidence",
         "in": {S: "措施於1月15日生效",
                A: "The new listings take effect on Wednesday, January 15",
                B: "From January 15, U.S. Customs and Border Protection applies a rebuttable presumption"}},
        {"id": "f5", "status": "agreement", "value": "1 + 25 subsidiaries",
         "what": "Huafu Fashion, one of the world's largest textile makers, and 25 of its subsidiaries are listed; Zijin Mining is listed",
         "in": {S: "華孚時尚及其25間子公司",
                A: "Huafu Fashion Co, one of the world's biggest textile makers, and 25 of its subsidiaries",
                C: "Huafu Fashion, among the world's largest textile makers, and 25 of its subsidiaries"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Solar firms listed include Donghai JA Solar, a subsidiary of JA Solar (and Hongyuan Green Energy)",
         "in": {S: "晶澳科技旗下的東海晶澳和弘元綠能等太陽能企業",
                A: "a unit of solar panel maker JA Solar Technology",
                B: "Among the new names is Donghai JA Solar Technology Co., Ltd., a Jiangsu-based subsidiary of module maker JA Solar"}},
        {"id": "f7", "status": "agreement", "value": "30%",
         "what": "Xinjiang makes about 30% (close to a third) of the world's polysilicon",
         "in": {S: "新疆目前約佔全球多晶矽供應三成",
                B: "Xinjiang still makes about 30% of the world's polysilicon",
                C: "Xinjiang still produces close to a third of the world's polysilicon"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Homeland Security Secretary Mayorkas said the action shows again that the US will keep fighting forced labor and defending fair competition",
         "in": {S: "國土安全部長馬約卡斯表示，今次行動再次顯示美國打擊強迫勞動、維護公平競爭市場的決心",
                A: "This action shows once again that we will keep fighting forced labor and keep defending a market where companies compete fairly"}},
        {"id": "f9", "status": "source-conflict", "value": "3 | 4",
         "what": "Number of Zijin's Xinjiang subsidiaries listed: three (a) versus four, per Zijin's filing (c)",
         "in": {S: "稱集團及旗下4間新疆企業被列入清單",
                A: "mining giant Zijin Mining Group along with three of its Xinjiang subsidiaries",
                C: "the group and four of its Xinjiang units had been named on Washington's forced labor import blacklist"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Zijin said it has no US assets and no US revenue and does not expect a material impact (negated, hedged)",
         "in": {S: "集團在美國並無資產，亦沒有來自美國的銷售收入，預計事件不會造成重大影響",
                C: "Zijin said it has no assets in the United States and earns no revenue from U.S. sales, and that it does not expect the listing to have a material impact"}},
        {"id": "f11", "status": "agreement", "value": "-5.9%",
         "what": "Zijin's H shares closed 5.9% lower on Wednesday 15 January",
         "in": {S: "其H股周三收市下跌5.9%",
                C: "Zijin's H shares closed 5.9% lower on Wednesday"}},
        {"id": "f12", "status": "agreement", "value": "2025-01-15",
         "what": "Foreign ministry spokesperson Guo Jiakun said on Wednesday at the regular briefing that the forced labor accusations are groundless, the move is interference in internal affairs, and China will take resolute measures to protect its companies' rights",
         "in": {S: "中國外交部發言人郭嘉昆周三在例行記者會上表示，美方所謂強迫勞動的指控毫無根據",
                A: "Speaking at a regular briefing in Beijing on Wednesday, foreign ministry spokesperson Guo Jiakun said the forced labor accusations had no basis in fact",
                C: "Foreign ministry spokesperson Guo Jiakun told reporters on Wednesday that the forced labor claims were groundless"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Brokerage analysts: the effect on JA Solar is likely limited because the Donghai unit closed in 2024 and did not supply the US directly or indirectly (hedged, negated)",
         "in": {S: "東海晶澳已於2024年關閉，且並無直接或間接向美國供貨，晶澳所受影響料屬有限",
                B: "the listing's effect on JA Solar was likely to be limited, because the Donghai unit closed in 2024 and did not supply the U.S. directly or indirectly"}},
        {"id": "f14", "status": "agreement", "value": "2025-01-20",
         "what": "Analysts said the Trump administration, sworn in on 20 January, could keep the list and even widen it (hedged)",
         "in": {S: "新政府或會延續甚至擴大有關清單",
                C: "Analysts said the new administration could keep the list and even widen it to more sectors"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "China's commerce ministry said on Wednesday it is studying countermeasures (no source says so)",
         "in": {S: "中國商務部周三亦表示，正研究對美方採取相應反制措施"}},
        {"id": "f16", "status": "omission", "value": "-4.3% intraday",
         "what": "Zijin's Hong Kong shares fell as much as 4.3% in early trading on Wednesday",
         "in": {A: "Zijin's Hong Kong-listed shares fell as much as 4.3% in early trading on Wednesday"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Trump has not said whether his administration will change how the law is enforced (negated)",
         "in": {A: "has not said whether his administration will change how the law is enforced"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Acting Under Secretary Paschall said it is the biggest single addition and gives CBP more reach at the border",
         "in": {B: "This is the biggest single addition we have made, and it gives CBP officers more reach at the border"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Chinese producers have built new polysilicon plants in Inner Mongolia, Sichuan and Qinghai",
         "in": {B: "Chinese producers have built new plants in Inner Mongolia, Sichuan and Qinghai"}},
        {"id": "f20", "status": "source-conflict", "value": "12600 | 11300 shipments",
         "what": "Shipments CBP has reviewed under the UFLPA since June 2022: more than 12,600 (b) versus some 11,300 (c); both put the value near USD 3.7 billion",
         "in": {B: "CBP has reviewed more than 12,600 shipments worth about $3.68 billion since it began enforcing the law in June 2022",
                C: "Customs officers have examined some 11,300 shipments valued at around $3.7 billion since enforcement began in June 2022"}},
        {"id": "f21", "status": "omission", "value": "<5%",
         "what": "Zijin's Xinjiang units account for less than 5% of group assets, revenue and profit",
         "in": {C: "Its Xinjiang units account for less than 5% of group assets, revenue and profit"}},
        {"id": "f22", "status": "omission", "value": "34%",
         "what": "Zijin says it pays Xinjiang staff 34% above the local average wage and will seek removal from the list with US legal experts",
         "in": {C: "pays staff in Xinjiang 34% more than the local average wage"}},
        {"id": "f23", "status": "omission", "value": "29; 107; 2024-11-22",
         "what": "On 22 November 2024 DHS added 29 companies, taking the list to 107",
         "in": {C: "Two months ago, on Nov. 22, the department added 29 companies and took the list to 107"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "增至144間", "mutated": "增至107間",
         "note": "the list now holds 144 entities (a, b); 107 was the total after the November round (c)"},
        {"n": 2, "type": "number", "fact": "f5", "original": "及其25間子公司", "mutated": "及其35間子公司",
         "note": "Huafu and 25 of its subsidiaries (a, c) -> 35 subsidiaries"},
        {"n": 3, "type": "date", "fact": "f4", "original": "措施於1月15日生效", "mutated": "措施於1月14日生效",
         "note": "the listings take effect on 15 January (a, b); 14 January is the announcement date"},
        {"n": 4, "type": "date", "fact": "f12", "original": "郭嘉昆周三", "mutated": "郭嘉昆周一",
         "note": "Guo spoke on Wednesday 15 January (a, c) -> Monday 13 January, before the announcement"},
        {"n": 5, "type": "negation", "fact": "f10", "original": "並無資產，亦沒有", "mutated": "擁有資產，亦有",
         "note": "Zijin has no US assets and no US revenue (c) -> has US assets and US revenue"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "並無直接或間接", "mutated": "仍有直接或間接",
         "note": "the Donghai unit did not supply the US directly or indirectly (b) -> still did"},
        {"n": 7, "type": "entity", "fact": "f5", "original": "華孚時尚", "mutated": "魯泰紡織",
         "note": "Huafu Fashion -> Lu Thai Textile as the listed textile maker with 25 subsidiaries; no source names Lu Thai"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "美國國土安全部當地時間", "mutated": "美國商務部當地時間",
         "note": "the UFLPA list is kept by DHS (a, b), not the Commerce Department"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "國土安全部長馬約卡斯", "mutated": "代理政策副部長帕斯卡爾",
         "note": "the 'shows once again' quote is Secretary Mayorkas's (a); Paschall (b) said something else"},
        {"n": 10, "type": "attribution", "fact": "f13", "original": "有券商分析指", "mutated": "晶澳科技表示",
         "note": "the limited-impact view is Harcourt Securities analysts' (b); JA Solar did not respond to a request for comment"},
        {"n": 11, "type": "modality", "fact": "f14", "original": "或會延續", "mutated": "必定會延續",
         "note": "analysts said the new administration could keep the list (c) -> will certainly keep it"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "預計事件不會", "mutated": "保證事件不會",
         "note": "Zijin does not expect a material impact (c) -> guarantees there will be none"},
        {"n": 13, "type": "unit", "fact": "f11", "original": "收市下跌5.9%", "mutated": "收市下跌5.9港元",
         "note": "Zijin's H shares closed 5.9% lower (c) -> fell HK$5.9 (the ticker shows -0.90 from 14.48)"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "約佔全球多晶矽供應三成", "mutated": "約佔全球多晶矽供應四成五",
         "note": "Xinjiang makes about 30% of world polysilicon (b; c: close to a third); about 45% was its 2020 share (b)"},
    ],
    "boilerplate": {
        A: [{"inline": "World | China | Markets | Sustainable Business | Sign in"},
            {"inline": "By TPN Staff | January 15, 2025 7:12 AM GMT+8 | Updated 3 hours ago"},
            "(Reporting by the TPN Washington and Beijing bureaus"],
        B: [{"inline": "PV Supply Chain Insider | News | Prices | Policy & Trade | Events | Subscribe"},
            {"inline": "Policy & Trade | Jan 16, 2025 | 5 min read"},
            "Polysilicon spot (n-type, RMB/kg)"],
        C: [{"inline": "Asia Markets Ledger > Analysis > Trade & Geopolitics"},
            {"inline": "By Vivian Choi in Hong Kong and Daniel Okafor in Washington | 16 January 2025, 8:30 AM HKT"},
            "Markets: Zijin Mining (2899.HK)"],
    },
}
