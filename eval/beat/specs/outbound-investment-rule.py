# Gold specification for story `outbound-investment-rule` (the US Treasury's final rule on
# outbound investment in Chinese semiconductors, quantum and AI, announced Monday 28 October
# 2024, in force 2 January 2025). The summary is in Traditional Chinese, Taiwan style
# (晶片, 川普, 拜登, 美元, 億), dated Wednesday 30 October 2024.
# All texts are invented for evaluation (the dates, agencies, sectors, the penalty cap and the
# 30-day window follow the real rule; wording, quotes, analysts, outlets, the notification
# estimates and the funding statistics are made up).
# Edit here, then run `python3 build_gold.py`.
# f14 is a genuine source-versus-source conflict: a says a senior Treasury official expects
# roughly 100 notifications a year; b says Treasury's own regulatory impact analysis estimates
# 40 to 60 a year. The summary states a's figure, attributed to the official.
#
# Traps:
# - Same number, different things: "Jan. 2" (start) vs "$2 million or less" (LP carve-out) vs
#   "twice the value" vs "two years ago"; "within 30 days" vs the report date Oct. 30;
#   "between 40 and 60 notifications" vs the furniture's "60 minutes"; "August 2023" is both
#   the executive order and Treasury's first outline.
# - Equal amounts in different units or scales: "$368,136" (a) = "about $368,000" (b) =
#   36.8萬美元; "about $1.2 billion" (c) = 約12億美元; "roughly $9 billion" (c).
# - Percent vs percentage points: "about 4% ... down from 18% in 2021" next to "a drop of 14
#   percentage points" (c); mutant m14 turns 約4% into 約14%, the points figure.
# - Yearless and relative dates: "on Monday", "on Tuesday", "the same day", "Jan. 2",
#   "Jan. 20" (the inauguration, not the start: mutant m04), "Nov. 5", "the week of Nov. 4",
#   "in June"; the summary writes 當地時間28日, 去年8月 (= August 2023), 明年1月2日.
# - Report date vs event date: c (Wednesday 30 Oct) reports the commerce ministry's Tuesday
#   statement; the summary (30 Oct) writes 29日.
# - Non-conflicting negations: "The Chinese Embassy in Washington did not immediately respond
#   to a request for comment", "A Treasury spokesperson did not respond to questions",
#   "Treasury officials declined to say how the next administration might handle the program",
#   "She said she did not expect it to change her firm's plans", "was not meant to curb ordinary
#   trade", "asked not to be named". The negation that matters: "Treasury will not review
#   individual deals in advance" (f7) and the exemption of publicly traded securities (f6).
# - Hedged vs asserted: Marsh "would probably widen" -> 可能進一步擴大 (f11); "other countries
#   could be added later" and "is expected to appear in the Federal Register" (omissions);
#   the ministry "reserved the right to take measures" (f10), not a promise of retaliation.
# - Reported speech from several speakers: Rosen (statement, a; paraphrase, c), a senior
#   Treasury official (a), Treasury's analysis (b), the commerce ministry, Lin Jian and John Lee
#   (c), Marsh, Raman, Imbert and an anonymous lawyer. m10 gives Marsh's view to Treasury
#   officials, who declined to comment on it; m09 gives Rosen's words to Raimondo, whose name
#   is only in a's furniture.
# - Entity near-misses: biotechnology is only a possible future addition (c), not a covered
#   sector (m07); Taiwan is not a country of concern (m08).
# - Units: the penalty is in US dollars; a Taiwan newsroom's bare 元 means New Taiwan dollars
#   (m13).
# - Numbers in furniture: index levels and "+0.65%", "4.28%", "42 Chinese entities", "1.2%",
#   "Nov. 20", "$60 million in 2023", "60 minutes", "39.6%", "8%", "$3.5 trillion", "10%",
#   "7 a.m.", bylines with dates and times.

A = "a-capitolwire.en.txt"
B = "b-dealmonitor.en.txt"
C = "c-asiatechledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-10-28",
         "what": "On Monday 28 October 2024 Treasury issued a final rule barring some US investments in Chinese semiconductor, quantum and AI companies and requiring notification of others",
         "in": {S: "美國財政部當地時間28日公布對外投資最終規則",
                A: "The U.S. Treasury Department on Monday issued a final rule that bars Americans from some investments in Chinese companies working on semiconductors, quantum computing and artificial intelligence",
                C: "The rule bans some U.S. investments in Chinese firms that develop advanced chips, quantum computers and AI systems"}},
        {"id": "f2", "status": "agreement", "value": "2023-08",
         "what": "The rule implements an executive order President Biden signed in August 2023",
         "in": {S: "這項規定源自拜登去年8月簽署的行政命令",
                A: "an executive order that President Joe Biden signed in August 2023"}},
        {"id": "f3", "status": "agreement", "value": "2025-01-02",
         "what": "The rule takes effect on 2 January 2025 (yearless in the sources)",
         "in": {S: "將於明年1月2日生效",
                A: "They take effect on Jan. 2",
                B: "The program starts on Jan. 2",
                C: "once it kicks in on Jan. 2"}},
        {"id": "f4", "status": "agreement", "value": "CN, HK, MO",
         "what": "The rule covers mainland China, Hong Kong and Macau",
         "in": {S: "適用對象包括中國大陸、香港及澳門",
                A: "cover mainland China, Hong Kong and Macau"}},
        {"id": "f5", "status": "agreement", "value": "30 days",
         "what": "Notifiable transactions must be filed with Treasury within 30 days after closing",
         "in": {S: "須申報的交易應在交割完成後30天內通知財政部",
                B: "the U.S. person must file with Treasury within 30 days after the transaction closes"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Purchases of publicly traded securities are exempt (negated: not restricted)",
         "in": {S: "但買賣公開交易的證券不受限制",
                A: "Purchases of publicly traded securities are exempt",
                B: "and so do holdings of publicly traded securities"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Treasury will not review individual deals in advance; investors decide themselves whether a deal is covered (negated)",
         "in": {S: "財政部不會事先逐案審查",
                B: "Treasury will not review individual deals in advance"}},
        {"id": "f8", "status": "agreement", "value": "368136 USD or 2x transaction value",
         "what": "Civil penalties reach USD 368,136 (about 368,000) or twice the transaction value, whichever is greater",
         "in": {S: "違規者最高可處36.8萬美元或交易金額兩倍的罰款",
                A: "Violators face civil penalties of up to $368,136 or twice the value of the transaction",
                B: "Civil penalties can reach about $368,000 per violation or twice the transaction value"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Assistant Secretary Paul Rosen said US capital and the expertise and connections that come with it must not speed the military, intelligence and cyber programs of countries of concern",
         "in": {S: "財政部負責投資安全事務的助理部長羅森（Paul Rosen）在聲明中表示",
                A: "Paul Rosen, Treasury's assistant secretary for investment security, said in a statement",
                C: "Treasury's Paul Rosen has argued that what travels with American money"}},
        {"id": "f10", "status": "agreement", "value": "2024-10-29",
         "what": "China's commerce ministry said on Tuesday 29 October it firmly opposed the rule, had lodged stern representations and reserved the right to take measures (hedged)",
         "in": {S: "中國商務部29日表示堅決反對",
                C: "China's commerce ministry said on Tuesday it firmly opposed the rule"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "An analyst (Owen Marsh) said a second Trump administration would probably widen the program (hedged)",
         "in": {S: "若川普在11月5日的大選中勝出，可能進一步擴大限制範圍",
                C: "said a second Trump administration would probably widen the program rather than scrap it"}},
        {"id": "f12", "status": "agreement", "value": "4% (2024 Jan-Sep) vs 18% (2021)",
         "what": "US investors took part in about 4% of Chinese AI and chip funding rounds in the first nine months of 2024, down from 18% in 2021, per a Singapore research firm",
         "in": {S: "今年前9個月美國投資人僅參與約4%的中國AI與晶片新創募資案",
                C: "U.S. investors took part in only about 4% of Chinese AI and chip funding rounds in the first nine months of this year"}},
        {"id": "f13", "status": "agreement", "value": "1200000000 USD",
         "what": "US money in those rounds this year came to about USD 1.2 billion",
         "in": {S: "投資金額約12億美元",
                C: "came to about $1.2 billion"}},
        {"id": "f14", "status": "source-conflict", "value": "100 | 40-60 per year",
         "what": "Expected notifications a year: roughly 100 per a senior Treasury official (a) versus 40 to 60 per Treasury's regulatory impact analysis (b)",
         "in": {S: "每年約有100件交易須提出申報",
                A: "said the department expected to receive roughly 100 notifications a year",
                B: "estimates that U.S. persons will file between 40 and 60 notifications a year"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Taiwan's economics ministry said its initial assessment is that the rule has limited impact on Taiwanese chipmakers (no source says so)",
         "in": {S: "經濟部則表示，初步評估新規對台灣半導體業者影響有限"}},
        {"id": "f16", "status": "omission", "value": "1e25 / 1e23 operations",
         "what": "AI lines: models trained with more than 10^25 operations prohibited, more than 10^23 notifiable",
         "in": {B: "Deals tied to Chinese models trained with more than 10^25 operations are prohibited"}},
        {"id": "f17", "status": "omission", "value": "2000000 USD",
         "what": "LP stakes of USD 2 million or less in a non-US fund fall outside the rule",
         "in": {B: "Limited-partner stakes of $2 million or less in a non-U.S. fund fall outside the rule"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Treasury is setting up an Office of Global Transactions to run the program",
         "in": {A: "The department is setting up an Office of Global Transactions"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Other countries could be added later (hedged)",
         "in": {A: "though Treasury said other countries could be added later"}},
        {"id": "f20", "status": "omission", "value": "2024-11-04",
         "what": "The rule is expected to appear in the Federal Register the week of 4 November (hedged, yearless)",
         "in": {B: "The rule is expected to appear in the Federal Register the week of Nov. 4"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "Hong Kong Chief Executive John Lee said the curbs would damage global supply chains and American companies",
         "in": {C: "Chief Executive John Lee said the curbs would damage global supply chains"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "30天內", "mutated": "45天內",
         "note": "notice within 30 days after closing (b) -> within 45 days"},
        {"n": 2, "type": "number", "fact": "f8", "original": "交易金額兩倍", "mutated": "交易金額三倍",
         "note": "penalty of twice the transaction value (a, b) -> three times"},
        {"n": 3, "type": "date", "fact": "f2", "original": "拜登去年8月簽署", "mutated": "拜登今年8月簽署",
         "note": "the executive order dates from August 2023 (a); the summary is dated 2024, so 今年8月 is August 2024"},
        {"n": 4, "type": "date", "fact": "f3", "original": "明年1月2日生效", "mutated": "明年1月20日生效",
         "note": "the rule takes effect on Jan. 2 (a, b, c); Jan. 20 is the inauguration (b)"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "證券不受限制", "mutated": "證券同樣受到限制",
         "note": "publicly traded securities are exempt (a, b) -> also restricted"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "財政部不會事先逐案審查", "mutated": "財政部將事先逐案審查",
         "note": "Treasury will not review individual deals in advance (b) -> will review each deal in advance"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "量子運算", "mutated": "生物科技",
         "note": "quantum computing -> biotechnology as a covered sector; c names biotech only as a possible future addition"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "香港及澳門", "mutated": "香港及台灣",
         "note": "the rule covers China, Hong Kong and Macau (a), not Taiwan"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "財政部負責投資安全事務的助理部長羅森（Paul Rosen）", "mutated": "美國商務部長雷蒙多（Gina Raimondo）",
         "note": "the statement is Treasury Assistant Secretary Rosen's (a, c), not Commerce Secretary Raimondo's (named only in a's furniture)"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "有分析人士認為", "mutated": "財政部官員表示",
         "note": "the expectation is analyst Owen Marsh's (c); Treasury officials declined to say how the next administration might handle the program (a)"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "並保留採取措施的權利", "mutated": "並將採取反制措施",
         "note": "the ministry reserved the right to take measures (c) -> asserts it will retaliate"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "可能進一步擴大", "mutated": "必將進一步擴大",
         "note": "Marsh said a Trump administration would probably widen the program (c) -> will certainly widen it"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "36.8萬美元", "mutated": "新台幣36.8萬元",
         "note": "USD 368,136 (a), about USD 368,000 (b) -> NT$368,000"},
        {"n": 14, "type": "percentage", "fact": "f12", "original": "約4%", "mutated": "約14%",
         "note": "about 4% of funding rounds (c) -> about 14%; 14 is the drop in percentage points"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | Business | Policy | Markets | World"},
            {"inline": "Dow 42,387.57 +0.65% | S&P 500 5,823.52 +0.27% | 10-yr yield 4.28%"},
            {"inline": "By Daniel Kessler | Oct. 28, 2024 5:42 PM EDT | Updated 7:15 PM EDT"},
            "(Reporting by Daniel Kessler"],
        B: [{"inline": "CrossBorder Deal Monitor | Regulation | Sanctions | CFIUS | Outbound | Events"},
            {"inline": "Outbound Investment | October 30, 2024 | 6 min read | By Helen Marchetti"},
            {"inline": "SPONSORED: Webinar, Nov. 12 at 11 a.m. ET — \"Outbound rules in 60 minutes.\" Register now."},
            "Get the Deal Monitor briefing every Tuesday and Friday"],
        C: [{"inline": "Asia Tech Ledger | Chips | AI | Policy | Markets | Newsletters"},
            {"inline": "Analysis | By Grace Lin-Harper | Oct. 30, 2024 at 8:05 a.m. GMT+8"},
            {"inline": "READ MORE: TSMC's September revenue jumps 39.6% on AI demand"},
            "Sign up for The Ledger Daily"],
    },
}
