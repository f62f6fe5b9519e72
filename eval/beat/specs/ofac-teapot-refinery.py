# Gold specification for story `ofac-teapot-refinery` (US Treasury sanctions a Shandong independent
# "teapot" refinery for buying Iranian oil, 20 March 2025). The summary is in Traditional Chinese,
# Taiwan style (川普, 財政部長, 國務院, 上週四, 油輪, 布蘭特原油, 占).
# All texts are invented for evaluation (the timing follows the March 2025 episode; the refinery
# "Shandong Lantai Petrochemical", the terminal operator, outlets, quotes, analysts, consultancies
# and all figures are made up).
# Edit here, then run `python3 build_gold.py`.
# f15 is a genuine source-versus-source conflict: b says China bought about 90% of Iran's crude
# exports last year (Kelvar Data); c says about 77% in 2024 (Tidewater Analytics). The summary
# attributes each figure.
#
# Traps:
# - Equal amounts in different units: capacity "about 100,000 barrels per day" (a) = "about 5
#   million tonnes of crude a year" (b) = 日煉油能力約10萬桶; "nearly $500 million" (a) = "roughly
#   3.6 billion yuan (nearly $500 million)" (b) = 近5億美元. The unit mutant m12 turns 桶 into 噸.
# - Same unit, different things: Fang's "$2 to $3 a barrel" added to feedstock costs (f10) vs the
#   Iranian Light discount "about $3.50 a barrel below Brent" and "more than $5 in January" (f18).
# - Dates relative to three article dates: a (Thu 20 Mar) "on Thursday"; b (Fri 21 Mar) "on
#   Thursday" for the sanctions and "on Friday" for the foreign ministry; c (Sat 22 Mar) the same.
#   The summary (Mon 24 Mar) writes 上週四 and 上週五. "last week" in a (f16) is the week of 10 March.
#   "restored in February" (a) and "reinstated on Feb. 4" (b) are the same event (f7).
# - Two days of oil prices: Brent "settled up 1.7% at $71.90 a barrel on Thursday" (a, f11) vs
#   "ended Friday at $72.10 a barrel, up 0.3% on the day and about 2% higher for the week" (c);
#   WTI "rose 1.8% to $68.26" (a). Mutant m04 moves the 1.7% rise to Friday.
# - Percent vs percentage points: run rates "about 48% of capacity ... down 4 percentage points" (b).
# - Two speakers on the US side: Bessent (Treasury, a) vs Rubio (State, c) with different quotes;
#   m09 gives Bessent's words to Rubio. Two on the Chinese side: the embassy in Washington on
#   Thursday (a, "abuse of sanctions") vs the foreign ministry on Friday (b, c); the commerce
#   ministry "did not respond to a request for comment" (b), so m10 (外交部 -> 商務部) contradicts.
# - Places in other roles: Singapore (a's dateline) for the Hong Kong ship managers (m07);
#   Qingdao is named as a discharge port in c, but the sanctioned terminal is at Dongying (m08).
# - Non-conflicting negations: "Lantai did not immediately respond", "did not address the refinery's
#   case", "the refinery itself has not commented", "not yet on any list", "none expected a quick
#   change"; "We don't think Iranian exports will fall much" supports the negated f12; "did not
#   target China's big state-owned refiners" supports the negated f13.
# - Hedges: "could add $2 to $3" (f10, m11 asserts it); "was likely to seek", "may simply buy",
#   "could gain" are not in the summary.
# - Numbers in headlines and furniture: "100,000 b/d" in b's headline (body text), "Eight more
#   tankers" in c's headline; teasers "4-month high of 1.8 million bpd", "jump 12%" (a and c),
#   "fall 6%", "9-month high", "up 5%", "3-day chase", "8 things to know"; b's byline time
#   "6:45 PM SGT"; "more than 30 tankers" since February (c) is a running count, not this package.

A = "a-pacificledger.en.txt"
B = "b-refiningasia.en.txt"
C = "c-tankerdesk.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-20",
         "what": "OFAC sanctioned the Shandong independent refinery Lantai Petrochemical on Thursday 20 March 2025 for buying Iranian crude",
         "in": {S: "美國財政部外國資產控制辦公室（OFAC）上週四宣布制裁山東獨立煉油廠瀾泰石化",
                A: "The U.S. Treasury Department on Thursday imposed sanctions on Shandong Lantai Petrochemical",
                B: "Washington on Thursday sanctioned Shandong Lantai Petrochemical"}},
        {"id": "f2", "status": "agreement", "value": "100000 bbl/d (= 5 Mt/yr)",
         "what": "Lantai can process about 100,000 barrels a day (a), i.e. about 5 million tonnes a year (b)",
         "in": {S: "該廠日煉油能力約10萬桶",
                A: "can process about 100,000 barrels per day",
                B: "Lantai can process about 5 million tonnes of crude a year"}},
        {"id": "f3", "status": "agreement", "value": "500000000 USD since 2023",
         "what": "Treasury said Lantai bought Iranian crude worth nearly USD 500 million (about CNY 3.6 billion) since 2023",
         "in": {S: "瀾泰石化自2023年以來購入價值近5億美元的伊朗原油",
                A: "Lantai had bought Iranian crude worth nearly $500 million since 2023",
                B: "roughly 3.6 billion yuan (nearly $500 million) since 2023"}},
        {"id": "f4", "status": "agreement", "value": "1 terminal operator; 8 tankers",
         "what": "OFAC also designated a crude terminal operator at Dongying port and eight shadow-fleet tankers",
         "in": {S: "制裁對象還包括東營港一家原油碼頭營運商及8艘「影子船隊」油輪",
                A: "OFAC also designated a crude terminal operator at Dongying port",
                C: "blacklisted eight tankers and Huaxin Port Storage"}},
        {"id": "f5", "status": "agreement", "value": "2",
         "what": "The State Department at the same time designated two Hong Kong-based ship managers",
         "in": {S: "美國國務院也同時制裁兩家香港船舶管理公司",
                A: "The State Department separately designated two Hong Kong-based ship managers",
                C: "The State Department added two Hong Kong-based ship managers"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Treasury Secretary Bessent said Treasury will keep cutting every link of the supply chain as long as Iran funds its proxies with oil money",
         "in": {S: "財政部長貝森特表示，只要伊朗仍以石油收入資助區域代理勢力",
                A: "Treasury Secretary Scott Bessent said in a statement"}},
        {"id": "f7", "status": "agreement", "value": "2025-02",
         "what": "The action is the latest under the 'maximum pressure' campaign Trump restored in February (4 February)",
         "in": {S: "這是川普2月恢復對伊朗「極限施壓」政策以來的最新行動",
                A: "campaign that President Donald Trump restored in February",
                B: "policy Trump reinstated on Feb. 4"}},
        {"id": "f8", "status": "agreement", "value": "2025-03-21",
         "what": "Chinese foreign ministry spokesperson Guo Jiakun said on Friday 21 March that China firmly opposes illegal unilateral sanctions and long-arm jurisdiction",
         "in": {S: "中國外交部發言人郭嘉昆上週五在例行記者會上表示",
                B: "Chinese foreign ministry spokesperson Guo Jiakun told a regular news briefing on Friday",
                C: "China's foreign ministry said on Friday it opposed the sanctions"}},
        {"id": "f9", "status": "agreement", "value": "13%",
         "what": "Iranian oil was about 13% of China's crude imports in 2024 (Tidewater estimate)",
         "in": {S: "伊朗原油去年約占中國原油進口的13%",
                C: "Iranian oil accounted for about 13% of China's crude imports last year"}},
        {"id": "f10", "status": "agreement", "value": "2-3 USD/bbl",
         "what": "Analyst Fang Jiayi (Qilu Oil Insight) said the sanctions could add USD 2-3 a barrel to teapots' feedstock costs, squeezing thin margins (hedged: could)",
         "in": {S: "制裁可能使獨立煉油廠的原料成本每桶增加2至3美元",
                B: "the sanctions could add $2 to $3 a barrel to teapots' feedstock costs"}},
        {"id": "f11", "status": "agreement", "value": "+1.7%, 71.90 USD/bbl, 2025-03-20",
         "what": "Brent settled up 1.7% at USD 71.90 a barrel on Thursday 20 March",
         "in": {S: "布蘭特原油期貨上週四上漲1.7%，收在每桶71.90美元",
                A: "Brent crude futures settled up 1.7% at $71.90 a barrel on Thursday"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Neil Okafor (Brackwater Research) does not expect Iranian exports to fall much in the near term (negated)",
         "in": {S: "短期內伊朗石油出口不會大幅下降",
                C: "We don't think Iranian exports will fall much in the near term"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "The designations did not target China's big state-owned refiners such as Sinopec and PetroChina (negated)",
         "in": {S: "但並未針對中石化、中石油等大型國營煉油商",
                A: "The designations did not target China's big state-owned refiners"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Iran's foreign ministry condemned the move as a breach of international law (no source mentions any Iranian reaction)",
         "in": {S: "伊朗外交部也譴責此舉違反國際法"}},
        {"id": "f15", "status": "source-conflict", "value": "90% | 77%",
         "what": "China's share of Iran's crude exports in 2024: about 90% per Kelvar Data (b) versus about 77% per Tidewater Analytics (c)",
         "in": {S: "航運數據公司Kelvar Data估計去年約九成，能源顧問公司Tidewater Analytics則估計約77%",
                B: "China bought about 90% of Iran's crude exports last year",
                C: "China took about 77% of Iran's crude exports in 2024"}},
        {"id": "f16", "status": "omission", "value": "week of 2025-03-10",
         "what": "Treasury blacklisted another Shandong independent refiner the week before, making Lantai the second this month (relative date)",
         "in": {A: "Treasury blacklisted another Shandong independent refiner last week"}},
        {"id": "f17", "status": "omission", "value": "25%",
         "what": "Independent refiners account for about a quarter of China's crude processing capacity, most of them in Shandong",
         "in": {B: "Independent refiners account for about a quarter of China's crude processing capacity"}},
        {"id": "f18", "status": "omission", "value": "3.50 USD/bbl below Brent",
         "what": "The discount for Iranian Light delivered to Shandong narrowed to about USD 3.50 a barrel below Brent, from more than USD 5 in January",
         "in": {B: "discounts for Iranian Light crude delivered to Shandong had narrowed to about $3.50 a barrel below Brent this week"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Much Iranian oil reaches China after ship-to-ship transfers off Malaysia and is relabeled as Malaysian crude",
         "in": {C: "Much of the oil reaches China after ship-to-ship transfers off Malaysia"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "近5億美元", "mutated": "近8億美元",
         "note": "nearly USD 500 million (a; b: CNY 3.6 billion) -> nearly USD 800 million"},
        {"n": 2, "type": "number", "fact": "f4", "original": "及8艘", "mutated": "及18艘",
         "note": "eight tankers (a, c) -> 18"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上週四宣布", "mutated": "上週二宣布",
         "note": "relative date shifted: the sanctions were announced on Thursday 20 March (a, b, c), not Tuesday 18 March"},
        {"n": 4, "type": "date", "fact": "f11", "original": "期貨上週四上漲", "mutated": "期貨上週五上漲",
         "note": "Brent rose 1.7% to USD 71.90 on Thursday (a); on Friday it rose 0.3% to USD 72.10 (c)"},
        {"n": 5, "type": "negation", "fact": "f13", "original": "但並未針對", "mutated": "而且也針對",
         "note": "the designations did not target the big state-owned refiners (a) -> they did"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "不會大幅下降", "mutated": "將大幅下降",
         "note": "Okafor does not expect exports to fall much (c) -> expects them to fall sharply"},
        {"n": 7, "type": "entity", "fact": "f5", "original": "兩家香港", "mutated": "兩家新加坡",
         "note": "the State Department's two ship managers are Hong Kong-based (a, c), not Singapore-based"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "東營港", "mutated": "青島港",
         "note": "the sanctioned terminal operator is at Dongying port (a, c); Qingdao is only named as a discharge port (c)"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "財政部長貝森特", "mutated": "國務卿盧比歐",
         "note": "the supply-chain pledge came from Treasury Secretary Bessent (a); Rubio's statement (c) was about the ship managers"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "中國外交部", "mutated": "中國商務部",
         "note": "the statement came from the foreign ministry (b, c); the commerce ministry did not respond to a request for comment (b)"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "可能使", "mutated": "必將使",
         "note": "hedged 'could add USD 2-3 a barrel' (b) -> asserted 'will certainly'"},
        {"n": 12, "type": "unit", "fact": "f2", "original": "約10萬桶", "mutated": "約10萬噸",
         "note": "about 100,000 barrels a day (a; b: 5 million tonnes a year) -> 100,000 tonnes a day"},
        {"n": 13, "type": "percentage", "fact": "f9", "original": "進口的13%", "mutated": "進口的31%",
         "note": "Iranian oil was about 13% of China's crude imports (c) -> 31%"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "上漲1.7%", "mutated": "上漲2.7%",
         "note": "Brent rose 1.7% on Thursday (a) -> 2.7%"},
    ],
    "boilerplate": {
        A: "(Reporting by the PLW energy team",
        B: [{"inline": "Refining | March 21, 2025 | 6:45 PM SGT | By Priya Raman"},
            {"inline": "Chart: Shandong independent refinery run rates, %, Jan 2024-Mar 2025 (Source: Qilu Oil Insight)"},
            "Get the Refining & Crude Asia daily briefing"],
        C: [{"inline": "By Tom Hadley | Shipping | 22 March 2025"},
            {"inline": "Photo: A crude tanker waits off Malaysia's Johor state, a hub for ship-to-ship transfers. (The Tanker Desk)"},
            "Subscribe to The Tanker Desk Weekly"],
    },
}
