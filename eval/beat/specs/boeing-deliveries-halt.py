# Gold specification for story `boeing-deliveries-halt` (China tells its airlines to stop taking
# Boeing deliveries and to halt purchases of US aircraft parts amid the tariff escalation, April 2025;
# China-bound 737 MAX jets flown back to Seattle; Boeing's CEO confirms the halt).
# All texts are invented for evaluation (dates, tariff rates and the headline facts follow the 2025
# episode; wording, quotes, reporters, analysts, outlets and most minor figures are made up). The
# summary is in Traditional Chinese, Taiwan usage (川普, 波音, 執行長, 零組件, 部落格). Edit here,
# then run `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story boeing-deliveries-halt`.
# f11 is a genuine source-versus-source conflict: the trade weekly (b) says the first returned jet
# landed at Boeing Field on Saturday evening, April 19; the blog (c) says Sunday, April 20. The
# summary gives both.
#
# Traps:
# - Weekdays against dates: a (Tuesday 15 April) says Beijing raised tariffs "on Friday" (11 April,
#   not in the summary) and Trump posted "on Tuesday"; b (Tuesday 22 April) says the second jet left
#   "on Monday" (21 April); c (Thursday 24 April) says Ortberg spoke "On Wednesday", i.e. 4月23日.
# - Old value in the same sentence: a says tariffs rose "to 125%, up from 84%"; the percentage mutant
#   125% -> 84% uses the superseded rate that the source itself prints.
# - Equal distances in different units: "roughly 5,000 miles" (b) and "8,000-kilometre" (c) both
#   support 約8000公里; the unit mutant 公里 -> 英里 keeps the number.
# - One number, two meanings: "roughly 130 Boeing jets on order" by Chinese airlines (b) vs "Boeing
#   delivered 130 aircraft" in the first quarter (c). Also "About ten 737 MAX jets were due" (a) vs
#   "about 50 jets to China this year" (c): different scopes, not a conflict.
# - Hedges: "is also weighing whether to help" (a) -> 正研究是否協助; "may still be allowed" (a)
#   -> 或許仍可; "If they decline, Boeing would remarket" (c) -> 若…不願接收，…將….
# - Entity in another role: China Southern Airlines appears in a as a carrier awaiting jets; the entity
#   mutant 廈門航空 -> 中國南方航空 is still wrong for the returned jet. Trump appears in a and c
#   (accusing China of reneging), so the attribution mutant 歐特伯格表示 -> 川普表示 swaps in a
#   real speaker of a different statement.
# - Non-conflicting negations: "Boeing declined to comment", "did not respond to questions", "It is
#   not clear who decided", "was not authorised to speak publicly", "he was not aware of the matter"
#   (an omission), "does not work", "will not wait for ever".
# - Unsupported claims near source material: no source mentions China's civil aviation regulator
#   (f16; the foreign ministry's "not aware" in a is a different actor and statement), and no source
#   says Boeing is talking to Air India (f17), though c says airlines "from India to the Gulf" are
#   short of jets and b's furniture has a teaser about India.
# - Numbers in furniture: "(2:41)", "about 820 jets", "rise 1.2%", "$65 a barrel", "45 jets in
#   March", "climb 7%", "6 May", "5 min read", "14 comments", "150-jet MAX 10".

A = "a-harborline.en.txt"
B = "b-airframe.en.txt"
C = "c-contrail.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-04-15",
         "what": "China has told its airlines to stop taking deliveries of Boeing jets (reported 15 April 2025, citing people familiar with the matter)",
         "in": {S: "中國已要求國內航空公司停止接收波音（Boeing）新機交付",
                A: "China has told its airlines not to accept any further deliveries of Boeing jets",
                B: "Beijing had told carriers to stop accepting Boeing aircraft"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "China also told airlines to halt purchases of aircraft-related equipment and parts from US companies",
         "in": {S: "並暫停向美國企業採購飛機相關設備與零組件",
                A: "to halt purchases of aircraft-related equipment and parts from U.S. companies",
                B: "to stop buying U.S.-made aircraft parts"}},
        {"id": "f3", "status": "agreement", "value": "125%",
         "what": "The order followed Beijing raising its retaliatory tariffs on US goods to 125% (from 84%)",
         "in": {S: "將美國商品的報復性關稅提高至125%",
                A: "to raise its retaliatory tariffs on American goods to 125%",
                C: "Beijing's counter-tariffs at 125%"}},
        {"id": "f4", "status": "agreement", "value": "145%",
         "what": "US duties on Chinese imports total 145%",
         "in": {S: "川普政府對中國商品加徵的關稅則已達145%",
                A: "U.S. duties on Chinese imports that now total 145%",
                C: "U.S. tariffs on Chinese goods at 145%"}},
        {"id": "f5", "status": "agreement", "value": ">2x",
         "what": "The tariffs would more than double the cost of US-made aircraft and parts (people familiar)",
         "in": {S: "美製飛機與零組件的成本增加逾一倍",
                A: "The levies would more than double the cost of U.S.-made aircraft and parts"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The Chinese government is weighing whether to help airlines that lease Boeing aircraft and face higher costs (hedged)",
         "in": {S: "中國當局也正研究是否協助承租波音客機",
                A: "is also weighing whether to help airlines that lease Boeing aircraft"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Aircraft whose paperwork and payment were completed before the tariffs may still be allowed into China (hedged)",
         "in": {S: "或許仍可獲准進入中國",
                A: "may still be allowed into the country"}},
        {"id": "f8", "status": "agreement", "value": "2025-04-18",
         "what": "A 737 MAX built for Xiamen Airlines left Boeing's Zhoushan (Zhejiang) completion centre on Friday 18 April",
         "in": {S: "原定交付廈門航空的737 MAX客機，已於4月18日自浙江舟山的完工交付中心起飛",
                B: "left the Zhoushan completion centre on Friday, April 18"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "The ferry flight made (refuelling) stops in Guam and Hawaii",
         "in": {S: "途經關島與夏威夷加油",
                B: "included refuelling stops in Guam and Hawaii",
                C: "included stops in Guam and Hawaii"}},
        {"id": "f10", "status": "agreement", "value": "8000 km",
         "what": "The ferry flight covered about 8,000 km (roughly 5,000 miles)",
         "in": {S: "飛行約8000公里",
                B: "The ferry flight of roughly 5,000 miles",
                C: "Its 8,000-kilometre ferry flight from Zhoushan"}},
        {"id": "f11", "status": "source-conflict", "value": "2025-04-19 | 2025-04-20",
         "what": "Arrival of the first returned jet at Boeing Field: Saturday evening 19 April (b) versus Sunday 20 April (c)",
         "in": {S: "一家航空專業週刊稱是4月19日晚間，一個航空部落格則稱是4月20日",
                B: "The jet landed at Boeing Field in Seattle on Saturday evening, April 19",
                C: "touched down at Boeing Field on Sunday, April 20"}},
        {"id": "f12", "status": "agreement", "value": "2025-04-23",
         "what": "Boeing CEO Kelly Ortberg spoke on Wednesday 23 April (first-quarter earnings call)",
         "in": {S: "波音執行長歐特伯格（Kelly Ortberg）4月23日證實",
                C: "On Wednesday, chief executive Kelly Ortberg told analysts"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Ortberg confirmed Chinese customers had stopped taking deliveries because of the tariffs",
         "in": {S: "中國客戶因關稅已停止接機",
                C: "Chinese customers had stopped taking deliveries because of the tariffs"}},
        {"id": "f14", "status": "agreement", "value": "50",
         "what": "Boeing had planned to deliver about 50 jets to China this year",
         "in": {S: "波音原本計劃今年對中國交付約50架飛機",
                C: "Boeing had planned to hand over about 50 jets to China this year"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "Ortberg said that if Chinese customers decline, Boeing would remarket the aircraft to other airlines (conditional)",
         "in": {S: "若中國客戶不願接收，波音將把這些飛機轉售給其他航空公司",
                C: "If they decline, Boeing would remarket the aircraft to other airlines"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "China's civil aviation regulator later denied issuing the instruction (no source says so)",
         "in": {S: "中國民航局隨後否認曾下達相關指令"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "Boeing is in talks with Air India to hand it the returned jets (no source says so)",
         "in": {S: "波音並已與印度航空洽談"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "A Chinese foreign ministry spokesman said he was not aware of the matter (negated)",
         "in": {A: "a foreign ministry spokesman said he was not aware of the matter"}},
        {"id": "f19", "status": "omission", "value": "-3%",
         "what": "Boeing shares fell 3% in premarket trading on 15 April",
         "in": {A: "Boeing shares fell 3% in premarket trading in New York"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "The Zhoushan facility is a joint venture between Boeing and COMAC",
         "in": {B: "is a joint venture between Boeing and Commercial Aircraft Corporation of China (COMAC)"}},
        {"id": "f21", "status": "omission", "value": "55000000 USD",
         "what": "A 737 MAX 8 has a list price of about USD 55 million",
         "in": {B: "A 737 MAX 8 carries a list price of about $55 million"}},
        {"id": "f22", "status": "omission", "value": "3",
         "what": "Ortberg said a third China-bound jet was still in Zhoushan",
         "in": {C: "Ortberg said a third was still in Zhoushan"}},
    ],
    "mutants": [
        {"n": 1, "type": "attribution", "fact": "f1", "original": "引述知情人士", "mutated": "引述中國民航局",
         "note": "the report cites people familiar with the matter (a), not the civil aviation regulator"},
        {"n": 2, "type": "negation", "fact": "f2", "original": "並暫停向美國企業採購", "mutated": "但未暫停向美國企業採購",
         "note": "airlines told to halt US parts purchases (a, b) -> not halted"},
        {"n": 3, "type": "percentage", "fact": "f3", "original": "提高至125%", "mutated": "提高至84%",
         "note": "China's tariff rose to 125% (a, c); 84% is the superseded rate a also prints"},
        {"n": 4, "type": "number", "fact": "f5", "original": "增加逾一倍", "mutated": "增加逾兩倍",
         "note": "cost would more than double (a) -> more than triple"},
        {"n": 5, "type": "modality", "fact": "f6", "original": "正研究是否協助", "mutated": "已決定協助",
         "note": "government 'weighing whether to help' lessee airlines (a) -> has decided to help"},
        {"n": 6, "type": "modality", "fact": "f7", "original": "或許仍可獲准", "mutated": "仍將獲准",
         "note": "pre-paid aircraft 'may still be allowed' in (a) -> will be allowed"},
        {"n": 7, "type": "date", "fact": "f8", "original": "4月18日", "mutated": "4月8日",
         "note": "the jet left Zhoushan on Friday 18 April (b), not 8 April"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "廈門航空", "mutated": "中國南方航空",
         "note": "the returned jet was built for Xiamen Airlines (b, c); China Southern appears in a only as a carrier awaiting jets"},
        {"n": 9, "type": "entity", "fact": "f8", "original": "浙江舟山", "mutated": "天津",
         "note": "the jet left Boeing's Zhoushan centre in Zhejiang (b), not Tianjin"},
        {"n": 10, "type": "unit", "fact": "f10", "original": "8000公里", "mutated": "8000英里",
         "note": "about 8,000 km / 5,000 miles (b, c) -> 8,000 miles"},
        {"n": 11, "type": "date", "fact": "f12", "original": "4月23日", "mutated": "4月21日",
         "note": "Ortberg spoke on Wednesday 23 April (c, dated Thursday 24 April), not 21 April"},
        {"n": 12, "type": "negation", "fact": "f13", "original": "已停止接機", "mutated": "仍持續接機",
         "note": "Chinese customers had stopped taking deliveries (c) -> still taking them"},
        {"n": 13, "type": "number", "fact": "f14", "original": "約50架", "mutated": "約150架",
         "note": "about 50 jets planned for China this year (c) -> about 150"},
        {"n": 14, "type": "attribution", "fact": "f15", "original": "歐特伯格表示", "mutated": "川普表示",
         "note": "the remarketing plan is Ortberg's (c); Trump in a and c only accuses China of reneging on a deal"},
    ],
    "boilerplate": {
        A: [{"inline": "World | Business | Markets | Aerospace | Newsletters"},
            {"inline": "WATCH: What the tariff fight means for air fares (2:41)"},
            "(Reporting by the Harborline Beijing bureau"],
        B: [{"inline": "Airframe Weekly | Commercial | MRO | Leasing | Data | Events"},
            {"inline": "Commercial aviation | 22 April 2025 | By Kenji Albrecht"},
            {"inline": "READ MORE: Lessors weigh redeploying China-bound MAX jets to India and the Gulf"},
            "Subscribe to the Airframe Weekly Daily Brief"],
        C: [{"inline": "Contrail Notes - an aviation blog by Maren Holt"},
            {"inline": "Home | Airlines | Manufacturers | Podcast | About"},
            {"inline": "April 24, 2025 · Maren Holt · 5 min read · 14 comments"},
            {"inline": "Advertisement"},
            "Share | Reply | 14 comments"],
    },
}
