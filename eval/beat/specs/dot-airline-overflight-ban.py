# Written blind on 2026-12-07 (without reading claimdiff's sources, rules, tests or data).
# Build: cd /work/main && python3 ../shared/eval/build_gold.py --root eval/beat --story dot-airline-overflight-ban
#
# Gold specification for story `dot-airline-overflight-ban` (the US Transportation Department
# proposes, on Thursday 9 October 2025, to bar Chinese airlines from overflying Russia on
# US routes). The summary is in Traditional Chinese, Hong Kong style.
# The event facts follow the 2025 episode (proposal date, cargo-only exemption, US carriers shut
# out of Russian airspace since March 2022, the 50-weekly-round-trip cap, two business days to
# comment, a final order possible in November, the airlines' request for seven business days,
# Air China's 4,400 passengers, China Eastern's two to three hours, Guo Jiakun on 10 October,
# Lin Jian later); outlets, journalists, analysts, quotes, the RouteMetrix share and share-price
# moves are invented.
# f12 is a genuine source-versus-source conflict: b says six Chinese carriers filed objections;
# c says seven. The summary reports both counts without choosing.
#
# Traps:
# - Same number, different things: "roughly 50 round-trip passenger flights a week" (a, c) vs
#   "50.7% of direct flights" (b); "two business days" (comment period) vs "two to three hours"
#   (extra flight time) vs "more than two years" (lobbying, a); "seven business days" vs "Seven
#   Chinese airlines" (c).
# - Equal amounts in different units: "about 50 round trips a week" = "100 one-way flights" (c).
# - Approximation, not hedge: 50.7% -> 約51%; "roughly 50" -> 約50班; "nearly 3,000".
# - Hedges: "could take effect as soon as November" (a), "may be in place as early as November"
#   (b) -> 最快可於11月生效; "could force it to cut payload"; "could switch to connecting
#   flights" (c); "proposed" vs a final order (m11).
# - Yearless and relative dates: "on Thursday" (a, dated Oct 10) = "on Oct. 9" (b) = 10月9日;
#   "on Friday" (a) = "On Oct. 10" (c) = 10月10日; "since March 2022" -> 自2022年起; "this week",
#   "on Wednesday" (c, Lin Jian); "later this month"; "Thanksgiving and Christmas".
# - Abbreviations that must not split sentences: "U.S.", "Oct.", "0753.HK".
# - Negations that do not conflict: "did not immediately respond", "has not commented publicly"
#   (the CAAC, which makes m10 wrong), "It has not said whether it will grant the extension",
#   "Direct flights will not disappear", "did not expect the dispute to be settled". The negated
#   facts the summary states: cargo-only flights are not covered (f2); US airlines have been
#   unable to use Russian airspace (f3).
# - Percent vs percent: Air China -1.8%, China Eastern -1.1%, China Southern -1.3% on Oct 10
#   (c); the furniture ticker has "+0.4%" and "-0.09%" for 16 Oct.
# - Unsupported near miss: Cathay Pacific appears only in a's furniture ("passenger traffic up
#   27% in September"); no article says Cathay commented (f15).
# - Numbers in furniture: "4 min read", "rise 15%", "up 27%", "2nd straight week", "4,000
#   aircraft", "up 8%", "25,888.51", "5.62", "Boeing 777".

A = "a-northstar.en.txt"
B = "b-airways.en.txt"
C = "c-harbour.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-10-09",
         "what": "The US Transportation Department proposed on Thursday 9 October 2025 to bar Chinese airlines from overflying Russia on flights to and from the US",
         "in": {S: "美國運輸部10月9日建議禁止中國航空公司在往返美國的客運航班上飛越俄羅斯領空",
                A: "The U.S. Transportation Department on Thursday proposed barring Chinese airlines from flying over Russia",
                B: "The department proposed the order on Oct. 9"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The restriction would not apply to cargo-only flights (negated)",
         "in": {S: "但純貨運航班不受影響",
                A: "but would not apply to cargo-only flights"}},
        {"id": "f3", "status": "agreement", "value": "2022-03",
         "what": "US airlines have been unable to use Russian airspace since (March) 2022 (negated); the department says the imbalance harms US carriers",
         "in": {S: "美國航空公司自2022年起已無法使用俄羅斯領空",
                A: "U.S. airlines have been unable to use Russian airspace since March 2022"}},
        {"id": "f4", "status": "agreement", "value": "Air China, China Eastern, China Southern, Xiamen Airlines",
         "what": "Carriers affected include Air China, China Eastern, China Southern and Xiamen Airlines",
         "in": {S: "受影響的航空公司包括中國國際航空、中國東方航空、中國南方航空及廈門航空",
                A: "The restriction would cover passenger flights by Air China, China Eastern Airlines, China Southern Airlines and Xiamen Airlines"}},
        {"id": "f5", "status": "agreement", "value": "50 round trips/week",
         "what": "Chinese airlines operate about 50 round-trip passenger flights a week between the two countries",
         "in": {S: "每周經營約50班中美往返客運航班",
                A: "Chinese airlines currently operate roughly 50 round-trip passenger flights a week",
                C: "would affect about 50 round trips a week flown by Chinese carriers"}},
        {"id": "f6", "status": "agreement", "value": "50.7%",
         "what": "Chinese airlines operated 50.7% (about 51%) of direct China-US flights in September",
         "in": {S: "佔兩國直航航班約51%",
                B: "Chinese airlines operated 50.7% of direct flights between China and the United States in September"}},
        {"id": "f7", "status": "agreement", "value": "2 business days",
         "what": "The department gave Chinese carriers two business days to comment",
         "in": {S: "運輸部只給予中國航空公司兩個工作天提交意見",
                A: "The department gave Chinese carriers two business days to respond",
                B: "gave the airlines just two business days to comment"}},
        {"id": "f8", "status": "agreement", "value": "2025-11",
         "what": "A final order could take effect as soon as November (hedged)",
         "in": {S: "最終命令最快可於11月生效",
                A: "A final order could take effect as soon as November",
                B: "a final order may be in place as early as November"}},
        {"id": "f9", "status": "agreement", "value": "7 business days",
         "what": "The Chinese carriers asked for the comment period to be extended to seven business days",
         "in": {S: "要求將意見提交期延長至七個工作天",
                B: "the carriers asked the department to extend the comment period to seven business days"}},
        {"id": "f10", "status": "agreement", "value": "4400",
         "what": "Air China said at least 4,400 passengers would be affected if the ban took effect over Thanksgiving and Christmas",
         "in": {S: "中國國際航空估計，若禁令在感恩節及聖誕節期間生效，將影響至少4,400名乘客",
                B: "Air China said at least 4,400 passengers holding its tickets would be affected"}},
        {"id": "f11", "status": "agreement", "value": "2-3 h",
         "what": "China Eastern said flight times on its most important routes would grow by two to three hours",
         "in": {S: "中國東方航空則指其最重要航線的飛行時間將延長兩至三小時",
                B: "China Eastern argued that avoiding Russia would lengthen flight times on its most important routes by two to three hours"}},
        {"id": "f12", "status": "source-conflict", "value": "6 | 7",
         "what": "Number of Chinese carriers that filed objections: six (b) versus seven (c)",
         "in": {S: "有報道指六家，亦有報道指七家",
                B: "Six Chinese carriers have filed objections with the U.S. Department of Transportation",
                C: "Seven Chinese airlines have lodged objections with Washington"}},
        {"id": "f13", "status": "agreement", "value": "2025-10-10",
         "what": "Foreign ministry spokesperson Guo Jiakun said on Friday 10 October that the ban would hinder travel and exchanges and the US should look at its own policies instead of punishing others",
         "in": {S: "中國外交部發言人郭嘉昆10月10日表示，有關做法會阻礙人員往來",
                A: "Spokesperson Guo Jiakun told reporters that barring Chinese airlines from Russian airspace would hinder travel",
                C: "On Oct. 10, foreign ministry spokesman Guo Jiakun said the restriction would hold back travel"}},
        {"id": "f14", "status": "agreement", "value": "-1.8%",
         "what": "Air China's Hong Kong-listed shares fell 1.8% on 10 October",
         "in": {S: "中國國際航空H股同日在香港下跌1.8%",
                C: "Air China's Hong Kong-listed shares fell 1.8% on Oct. 10"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Cathay Pacific said it would monitor developments closely (no article says so; Cathay appears only in a's furniture)",
         "in": {S: "國泰航空表示會密切留意事態發展"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The proposal came a day after Beijing announced new rare-earth export controls, ahead of a planned Trump-Xi meeting",
         "in": {A: "The proposal came a day after Beijing announced sweeping new controls on exports of rare earths"}},
        {"id": "f17", "status": "omission", "value": "about 3000",
         "what": "China Southern said nearly 3,000 holiday passengers would need rebooking",
         "in": {B: "China Southern said nearly 3,000 passengers booked over the holidays would need to be rebooked"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Xiamen Airlines cited the environmental cost: more fuel burned and more carbon emitted",
         "in": {B: "Xiamen Airlines pointed to the environmental cost"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Foreign ministry spokesman Lin Jian said on Wednesday the airlines had the right to defend their interests and the measure could harm cooperation (hedged)",
         "in": {C: "Foreign ministry spokesman Lin Jian said on Wednesday that the airlines had the right to defend their legitimate interests"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Passengers could switch to connecting flights via Hong Kong, Tokyo or Seoul if direct fares rise, travel agents say (hedged)",
         "in": {C: "Travel agents say passengers could switch to connecting flights via Hong Kong, Tokyo or Seoul"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "約50班", "mutated": "約80班",
         "note": "about 50 round trips a week (a, c) -> about 80"},
        {"n": 2, "type": "number", "fact": "f10", "original": "4,400名", "mutated": "7,400名",
         "note": "at least 4,400 Air China passengers (b) -> 7,400"},
        {"n": 3, "type": "date", "fact": "f1", "original": "10月9日", "mutated": "10月6日",
         "note": "proposed on Thursday 9 October (a: 'on Thursday', b: 'Oct. 9') -> 6 October"},
        {"n": 4, "type": "date", "fact": "f8", "original": "於11月生效", "mutated": "於12月生效",
         "note": "a final order could take effect as soon as November (a, b) -> December"},
        {"n": 5, "type": "negation", "fact": "f2", "original": "純貨運航班不受影響", "mutated": "純貨運航班亦受影響",
         "note": "the ban would not apply to cargo-only flights (a) -> cargo-only flights are covered too"},
        {"n": 6, "type": "negation", "fact": "f3", "original": "已無法使用", "mutated": "仍可使用",
         "note": "US airlines have been unable to use Russian airspace since 2022 (a) -> can still use it"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "美國運輸部", "mutated": "美國聯邦航空局",
         "note": "the proposal came from the Transportation Department (a, b, c), not the FAA, which no source mentions"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "廈門航空", "mutated": "海南航空",
         "note": "Xiamen Airlines -> Hainan Airlines among the named carriers; no source names Hainan Airlines"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "中國國際航空估計", "mutated": "中國南方航空估計",
         "note": "the 4,400-passenger estimate came from Air China (b); China Southern gave nearly 3,000"},
        {"n": 10, "type": "attribution", "fact": "f13", "original": "中國外交部發言人郭嘉昆", "mutated": "中國民航局發言人",
         "note": "the remarks came from foreign ministry spokesperson Guo Jiakun (a, c); the CAAC has not commented publicly (c)"},
        {"n": 11, "type": "modality", "fact": "f1", "original": "建議禁止", "mutated": "已下令禁止",
         "note": "the department proposed a ban (a, b) -> has ordered a ban"},
        {"n": 12, "type": "unit", "fact": "f5", "original": "每周經營", "mutated": "每日經營",
         "note": "about 50 round trips a week (a, c) -> a day"},
        {"n": 13, "type": "percentage", "fact": "f6", "original": "約51%", "mutated": "約15%",
         "note": "Chinese airlines operated 50.7% of direct flights (b) -> about 15%"},
        {"n": 14, "type": "percentage", "fact": "f14", "original": "下跌1.8%", "mutated": "下跌3.8%",
         "note": "Air China's Hong Kong shares fell 1.8% on 10 October (c) -> 3.8%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Laura Pennington | October 10, 2025 9:05 AM EDT | 4 min read"},
            "(Reporting by Laura Pennington"],
        B: [{"inline": "Oct. 14, 2025 | By Rachel Adeyemi, Senior Correspondent"},
            {"inline": "Chart: Share of direct China-U.S. flights by carrier nationality, September 2025 (Source: RouteMetrix)"},
            "Sign up for the Airways Economics Review daily briefing"],
        C: [{"inline": "Aviation | Thursday, 16 October 2025, 7:30am"},
            {"inline": "Photo: An Air China Boeing 777 taxis at Beijing Capital International Airport. (Harbour Business Post)"},
            "Follow Harbour Business Post on LinkedIn"],
    },
}
