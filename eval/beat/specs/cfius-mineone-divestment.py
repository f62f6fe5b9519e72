# Gold specification for story `cfius-mineone-divestment` (President Biden's 13 May 2024 order, on
# CFIUS's recommendation, that Chinese-backed crypto miner MineOne Partners divest land about a mile
# from F.E. Warren Air Force Base in Cheyenne, Wyoming). The summary is in Traditional Chinese,
# Taiwan style (拜登, 華倫空軍基地, 義勇兵三型洲際彈道飛彈, 萬美元, 週三, 本月9日, 外電統計).
# All texts are invented for evaluation. Real facts: the order date, MineOne's BVI registration and
# Chinese majority ownership, the June 2022 purchase, the public tip, the 90-day / 120-day deadlines,
# Minuteman III, CleanSpark's 9 May deal for two Cheyenne sites at USD 18.75 million, the 2021 China
# mining ban and the rough hash-rate shares. Wording, outlets, the MineOne lawyer's statement, the
# embassy remark, the law firm, the eighth/ninth tallies and the share drop are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story cfius-mineone-divestment`.
#
# Traps:
# - Report date vs event date: a (13 May, Monday) says "on Monday"; c (Friday 17 May) also says
#   "on Monday" for the same 13 May; MineOne's statement is "on Wednesday" (c) = 15 May, which the
#   summary (18 May) calls 週三. CleanSpark's deal is "last Thursday" (b, 15 May), "May 9" (b) and
#   "last week" (c): all 9 May = 本月9日.
# - Two dates a day apart: the order on 13 May vs the tariff announcement "a day before" / "on
#   Tuesday" (a, 14 May); m03 mutates 13日 -> 14日.
# - Same number, different things: 90 days to remove equipment vs the 90th Missile Wing (c); 9 May
#   vs "ninth" (c); 120 days vs "roughly 150 Minuteman III" and "180 sites" (furniture).
# - Equal amounts in different units or scales: "120 days" (a, b) = "roughly four months" (c);
#   "90 days" = "three months" (c); "$18.75 million" (b) = "nearly $19 million" (c) = 1875萬美元;
#   "within one mile" (a) = "about a mile" (c) = 約1英里.
# - Percent vs percentage points: "about 4% in 2019 to roughly 38%", "a jump of some 34 percentage
#   points" (c); "close to 40%" (b) is a rounder figure for the same share, not a conflict.
# - Percentages of different things: CleanSpark "fell 6% on Tuesday" (b) vs ticker "CLSK ... -3.2%"
#   and "BTC ... -1.9%" (a furniture); "Bitcoin slips 2%" (teaser).
# - Source conflict: "the eighth time" (a, a CPW tally) vs "the ninth time" (c, "by our count").
# - Negations that do not negate a summary claim: "MineOne did not respond to a request for
#   comment" (a, Monday) vs the lawyer's statement on Wednesday (c); "China's Foreign Ministry did
#   not immediately comment" (a) vs the embassy spokesperson (c); "did not name the seller" (b);
#   "The order did not say which machines" (a); "did not single out any vendor" (b); "did not need
#   to prove espionage" (c). "had not known about ... CFIUS's involvement" (b) supports the
#   negated f9; "never notified"/"never filed a notice" (a, b) support the negated f3.
# - Hedged vs asserted: "could potentially support surveillance and espionage" (a, b) vs the
#   lawyer's assertive denial; "still intends to close the deal" (b) is not a completed sale;
#   "is likely to look harder ... could treat MineOne as a template" (c) is an omitted hedge.
# - Several speakers: Treasury/Yellen (a), a CleanSpark spokesperson (b), MineOne's lawyer, the
#   Chinese embassy, a CFIUS lawyer and a former intelligence officer (c); the Foreign Ministry is
#   named only as not commenting (m09 moves the embassy remark to it).
# - Other places: Malmstrom in Montana and Minot in North Dakota (c) are the other ICBM bases; m07
#   moves the land to 蒙大拿州.
# - Teasers and tickers with claim-like numbers: "quadruple tariffs ... to 100%", "5th day",
#   "2 new blockchain bank charters", "$49.12/PH/day (-3.4% w/w)", "612 EH/s", "3 public miners",
#   "$31 million to curtail", "$8 a month", "Comments (14)", "180 sites", "2 bills".

A = "a-cpw.en.txt"
B = "b-hashwire.en.txt"
C = "c-capitolbrief.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-05-13 | 1 mile",
         "what": "On Monday 13 May 2024 Biden, on CFIUS's recommendation, ordered MineOne to give up land within / about a mile of F.E. Warren AFB in Cheyenne, Wyoming",
         "in": {S: "美國總統拜登當地時間13日依美國外國投資委員會（CFIUS）建議下令，要求中資加密貨幣挖礦業者MineOne Partners出售其在懷俄明州夏延市、距華倫空軍基地約1英里的土地",
                A: "President Joe Biden on Monday ordered a cryptocurrency mining company backed by Chinese investors to give up land it owns within one mile of F.E. Warren Air Force Base in Wyoming",
                C: "The site sits about a mile from F.E. Warren Air Force Base"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "MineOne Partners is registered in the British Virgin Islands and ultimately majority-owned by Chinese nationals",
         "in": {S: "這家在英屬維京群島註冊、最終由中國公民持有多數股權的公司",
                A: "which the White House said is ultimately majority-owned by Chinese citizens",
                C: "MineOne is registered in the British Virgin Islands but, according to the order, ultimately majority-owned by Chinese nationals"}},
        {"id": "f3", "status": "agreement", "value": "2022-06",
         "what": "MineOne bought the land in June 2022 and converted it for mining, never notified CFIUS (negated), which acted on a public tip",
         "in": {S: "2022年6月購入該地並改建為挖礦場，但並未向CFIUS申報",
                A: "The purchase was never notified to CFIUS, which opened an inquiry only after a member of the public tipped it off",
                B: "The committee learned of MineOne's June 2022 purchase only after a member of the public tipped it off, because the company never filed a notice"}},
        {"id": "f4", "status": "agreement", "value": "P90D | P120D",
         "what": "MineOne must remove equipment and improvements within 90 days (three months) and divest within 120 days (roughly four months)",
         "in": {S: "MineOne須在90天內拆除場內設備與改建設施，並在120天內完成土地出售",
                A: "It gives them 120 days to divest the land and 90 days to take out the mining rigs and other improvements",
                B: "to strip out rigs and other improvements within 90 days and to divest the real estate within 120 days",
                C: "The order gives the company roughly four months to find a buyer and three months to clear out the machines"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "F.E. Warren operates / is home to Minuteman III intercontinental ballistic missiles",
         "in": {S: "華倫空軍基地部署義勇兵三型洲際彈道飛彈",
                A: "F.E. Warren is one of three U.S. bases that operate Minuteman III intercontinental ballistic missiles",
                C: "home of the 90th Missile Wing, which looks after roughly 150 Minuteman III intercontinental ballistic missiles"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "CFIUS found that specialized, foreign-sourced equipment on the site could potentially be used for surveillance and espionage (hedged)",
         "in": {S: "CFIUS認為礦場內部分外國製造的專用設備可能被用於監視與間諜活動",
                A: "specialized mining hardware sourced abroad that could potentially support surveillance and espionage",
                B: "specialized, foreign-sourced mining hardware on the site that could potentially be used for surveillance and espionage"}},
        {"id": "f7", "status": "agreement", "value": "2024-05-15",
         "what": "On Wednesday 15 May a lawyer for MineOne said it would comply and had halted mining, and denied its equipment gathered information on the base",
         "in": {S: "代表MineOne的律師週三發表聲明表示，公司將遵守命令，場內挖礦作業已經停止，但否認相關設備曾被用來蒐集基地情報",
                C: "In a statement on Wednesday, Gregory Tallis, a Washington lawyer representing MineOne, said the company would comply with the order and had already halted mining at the site, and he denied that any of its equipment had been used to gather information about the base"}},
        {"id": "f8", "status": "agreement", "value": "2024-05-09 | 18750000 USD",
         "what": "CleanSpark announced on 9 May it would buy two Cheyenne sites, one of them MineOne's, for USD 18.75 million (c: nearly USD 19 million)",
         "in": {S: "本月9日才宣布以1875萬美元收購夏延兩處礦場，其中一處正是MineOne的設施",
                B: "CleanSpark announced on May 9 that it would pay $18.75 million in cash for two Cheyenne sites",
                C: "which agreed last week to pay nearly $19 million for the Cheyenne site and a second one nearby"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "CleanSpark said it had not known of CFIUS's involvement when it signed (negated) but still intends to close the deal (intention, not completion)",
         "in": {S: "該公司表示簽約前並不知道CFIUS已介入，但仍打算完成交易",
                B: "the company had not known about the presidential order or about CFIUS's involvement when it signed the agreement, but that it still intends to close the deal"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "A Chinese Embassy spokesperson said the US should stop stretching the concept of national security and treat Chinese firms fairly",
         "in": {S: "中國駐美大使館發言人批評美方泛化國家安全概念，要求美方為中國企業提供公平、非歧視的環境",
                C: "A spokesperson for the Chinese Embassy in Washington said the United States should stop stretching the concept of national security"}},
        {"id": "f11", "status": "agreement", "value": "4% (2019) -> 38% (early 2022)",
         "what": "The US share of global bitcoin hash rate rose from about 4% in 2019 to roughly 38% by early 2022 (Cambridge)",
         "in": {S: "美國占全球比特幣算力的比重從2019年的約4%升至2022年初的約38%",
                C: "America's share of global bitcoin hash rate went from about 4% in 2019 to roughly 38% by early 2022"}},
        {"id": "f12", "status": "source-conflict", "value": "8 | 9",
         "what": "How many times a president has blocked a deal on CFIUS's advice: the eighth per a CPW tally (a) versus the ninth by Capitol Brief's count (c)",
         "in": {S: "這是美國總統第8次依CFIUS建議阻止外資交易，但也有媒體稱是第9次",
                A: "It was the eighth time a U.S. president has formally blocked a transaction on the committee's advice",
                C: "By our count it is the ninth time a president has formally blocked a deal on the committee's recommendation"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "CFIUS also fined MineOne for not notifying the transaction (no source mentions any fine)",
         "in": {S: "CFIUS另對MineOne未申報交易一事處以罰款"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "Treasury Secretary Janet Yellen, who chairs CFIUS, said the decision showed the committee's gatekeeper role near sensitive military sites",
         "in": {A: "Treasury Secretary Janet Yellen, who chairs CFIUS, said in a statement that the decision showed the committee's value as a gatekeeper"}},
        {"id": "f15", "status": "omission", "value": "2024-05-14",
         "what": "The order came a day before the administration was expected to announce steep tariff increases on Chinese EVs, chips and solar equipment",
         "in": {A: "The order came a day before the administration was expected to announce steep tariff increases on Chinese electric vehicles"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Microsoft, which runs a data center nearby, had raised concerns about the mine with CFIUS before the order",
         "in": {C: "Microsoft, which runs a data center nearby, had raised concerns about the mine with CFIUS well before the order"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Dana Whitfield of Ashby & Crane said CFIUS is likely to look harder at land deals near bases and could treat MineOne as a template (hedged)",
         "in": {C: "said the committee is likely to look harder at land deals near bases and could treat MineOne as a template"}},
        {"id": "f18", "status": "omission", "value": "-6%",
         "what": "CleanSpark shares fell 6% on Tuesday 14 May",
         "in": {B: "Its shares fell 6% on Tuesday"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "90天內", "mutated": "60天內",
         "note": "equipment removal within 90 days (three months in c) -> within 60 days"},
        {"n": 2, "type": "number", "fact": "f8", "original": "1875萬美元", "mutated": "2875萬美元",
         "note": "CleanSpark's price USD 18.75 million (b; nearly USD 19 million in c) -> USD 28.75 million"},
        {"n": 3, "type": "date", "fact": "f1", "original": "當地時間13日", "mutated": "當地時間14日",
         "note": "order issued Monday 13 May -> 14 May (the day of the expected tariff announcement in a)"},
        {"n": 4, "type": "date", "fact": "f8", "original": "本月9日", "mutated": "上月9日",
         "note": "CleanSpark announced its deal on 9 May -> 9 April"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "但並未向CFIUS申報", "mutated": "並已向CFIUS申報",
         "note": "the purchase was never notified to CFIUS (a, b) -> it was notified"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "但否認相關設備", "mutated": "並承認相關設備",
         "note": "MineOne's lawyer denied the equipment gathered information on the base -> admitted it"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "懷俄明州", "mutated": "蒙大拿州",
         "note": "Wyoming -> Montana (Malmstrom in Montana is another ICBM base, c); no source puts the land there"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "英屬維京群島", "mutated": "開曼群島",
         "note": "registered in the British Virgin Islands (c) -> the Cayman Islands"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "中國駐美大使館發言人", "mutated": "中國外交部發言人",
         "note": "the remark came from a Chinese Embassy spokesperson (c); the Foreign Ministry did not comment (a)"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "代表MineOne的律師", "mutated": "CleanSpark的發言人",
         "note": "the compliance statement and denial came from MineOne's lawyer (c), not CleanSpark's spokesperson (b)"},
        {"n": 11, "type": "modality", "fact": "f6", "original": "可能被用於", "mutated": "已被用於",
         "note": "equipment could potentially be used for surveillance (a, b) -> has been used"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "但仍打算完成交易", "mutated": "且已完成交易",
         "note": "CleanSpark still intends to close the deal (b) -> has completed it"},
        {"n": 13, "type": "unit", "fact": "f1", "original": "約1英里", "mutated": "約1公里",
         "note": "about a mile (a, c) -> about a kilometre (a mile is about 1.6 km)"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "約38%", "mutated": "約58%",
         "note": "US share of global hash rate roughly 38% by early 2022 (c) -> about 58%"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | World | U.S. | Markets | Technology | Politics"},
            {"inline": "BTC 61,842 -1.9% | CLSK 17.35 -3.2% | DJIA 39,431 -0.2% | 10-yr 4.49%"},
            {"inline": "By Laura Pettigrew and Sam Okafor | 5:52 PM EDT, May 13, 2024 | Updated 2 hours ago"},
            "(Reporting by Laura Pettigrew and Sam Okafor"],
        B: [{"inline": "HashWire | News | Hashprice | Hardware | Policy | Events"},
            {"inline": "Hashprice Index: $49.12/PH/day (-3.4% w/w) | Network hashrate, 7-day avg: 612 EH/s"},
            {"inline": "POLICY | May 15, 2024 | By Priya Vantongeren | 5 min read"},
            "Get the HashWire Daily in your inbox"],
        C: [{"inline": "Capitol Brief | Policy | National Security | Trade | Newsletters | Subscribe"},
            {"inline": "By Helen Marchetti | Analysis | May 17, 2024 | 8 min read"},
            "Enjoyed this analysis? Forward it to a colleague."],
    },
}
