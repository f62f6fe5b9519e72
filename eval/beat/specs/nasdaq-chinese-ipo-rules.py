# Gold specification for story `nasdaq-chinese-ipo-rules` (Nasdaq proposes tighter listing rules
# aimed at small Chinese IPOs, September 2025). The summary is in Traditional Chinese, Hong Kong
# style (納斯達克, 美國證交會, 首次公開招股, 集資, 除牌, 唱高散貨, 來港上市).
# All texts are invented for evaluation (the date and the three thresholds follow the 2025
# proposal; wording, quotes, people, companies other than Nasdaq, outlets, case counts, IPO tallies
# and market moves are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story nasdaq-chinese-ipo-rules`.
# f10 is a genuine source-versus-source conflict: of the 58 Nasdaq IPOs this year that raised less
# than $25 million, b (citing IPOScope) says 41 came from mainland China or Hong Kong; c (citing
# Nasdaq's filing) says 48. The summary attributes each figure.
#
# Traps:
# - One amount, two meanings: $5 million is both the current minimum public float value under the
#   net income standard (a: "up from $5 million now") and the market-value threshold for
#   accelerated delisting (a, b). The summary has 500萬美元 twice.
# - $25 million appears as the offering floor (f1) and as the size cut-off of the 58 IPOs (f10);
#   "US$5 million to US$15 million deals" (c) and "US$30 million offering" (c) are other deals;
#   "a US$12 million Nasdaq IPO" (c, f13) = 1,200萬美元; "median deal raised about $8 million" (b).
# - Currency: US$ vs HK$ ("HK$80 million in profit over three years", c; furniture HK$130 billion);
#   m13 turns 1,500萬美元 into 港元.
# - Percent and fractions: "more than 90%" (a, f9); "Roughly half" (b, f12) = 約一半; "fell 0.3 per
#   cent" (c, Golden Dragon index, omitted).
# - Count vs count: "more than 30 cases" (a, f8) vs 58 / 48 / 41 IPOs (f10).
# - Dates: "on Wednesday" in a (dated Sept 3), b and c (dated Sept 5) = 9月3日; "since the start of
#   2024" = 2024年初; "filed in July" (c) = 今年7月; "30 days after SEC approval" (a) is a delay,
#   not a date.
# - Hedges: "may not get done" (b) -> 或; "was considering ... We have not decided anything yet"
#   (c) -> 正考慮; "is expected to seek public comment" (b, omitted); "could fall within its scope",
#   "could be caught", "could push" are not in the summary.
# - Denial as a fact: the spokesperson "denied that the China-specific requirement was politically
#   motivated" (a, f7) -> 否認; m06 turns it into 承認.
# - Non-conflicting negations: "did not say how many pending listing applications" (f6, stated),
#   "no compliance period" (f3), Meadowlane "had not been the subject of any regulatory action",
#   "would not apply retroactively" (f17), "would not be affected", "would not qualify",
#   "We did not expect the door to close this fast".
# - Opposed views on the same rule: IPOScope's Brenner ("This is overdue") vs Meadowlane's Okafor
#   (shuts out legitimate businesses); m09 hands Okafor's view to Brenner.
# - Numbers in furniture: "4% rise", "since 2021", "down 0.6%", "HK$130 billion in eight months",
#   "sub-$50 million", "rise 1.9%", "17 months", "jump 25%", "200 listing applications".

A = "a-northway.en.txt"
B = "b-ecmledger.en.txt"
C = "c-pearldelta.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-03; 25000000 USD",
         "what": "On Wednesday 3 September 2025 Nasdaq proposed that companies principally operating in China raise at least USD 25 million in their IPOs",
         "in": {S: "納斯達克於9月3日建議收緊上市規則，主要在中國營運的公司若要在該所首次公開招股，集資額須至少達2,500萬美元",
                A: "including a requirement that companies principally operating in China raise at least $25 million in their IPOs",
                B: "any company principally operating in China would have to raise at least $25 million in its initial public offering to list",
                C: "Nasdaq proposed a US$25 million minimum offering size for firms whose main operations are in China"}},
        {"id": "f2", "status": "agreement", "value": "15000000 USD (from 5000000 USD)",
         "what": "Companies listing on the Nasdaq Capital Market under the net income standard would need unrestricted publicly held shares worth at least USD 15 million, up from USD 5 million",
         "in": {S: "以淨收入標準在納斯達克資本市場上市的公司，其非受限制公眾持股市值下限亦將由500萬美元提高至1,500萬美元",
                A: "companies seeking to list on the Nasdaq Capital Market under its net income standard would also need a minimum market value of unrestricted publicly held shares of $15 million, up from $5 million now"}},
        {"id": "f3", "status": "agreement", "value": "5000000 USD",
         "what": "Listed companies with a deficiency and a market value of listed securities below USD 5 million would be suspended and delisted on an accelerated basis, with no compliance period (negated)",
         "in": {S: "已出現上市缺陷而上市證券市值低於500萬美元的公司，將被即時停牌並加快除牌，不再獲得合規寬限期",
                A: "would be suspended immediately and face delisting, with no compliance period in which to fix the problem",
                B: "would be suspended and delisted on an accelerated basis, without the usual compliance period"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The proposals need SEC approval",
         "in": {S: "有關建議須獲美國證交會批准方可生效",
                A: "which need the approval of the U.S. Securities and Exchange Commission",
                B: "The proposals must be approved by the Securities and Exchange Commission",
                C: "still has to be approved by the US Securities and Exchange Commission"}},
        {"id": "f5", "status": "agreement", "value": "30 days",
         "what": "Nasdaq said the changes would take effect 30 days after SEC approval",
         "in": {S: "納斯達克表示新規將在獲批後30天實施",
                A: "Nasdaq said the changes would take effect 30 days after SEC approval"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Nasdaq did not say how many pending listing applications would be affected (negated)",
         "in": {S: "但未有透露有多少宗待審申請會受影響",
                A: "It did not say how many pending listing applications would be affected"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "A Nasdaq spokesperson denied that the China-specific requirement was politically motivated (denial)",
         "in": {S: "納斯達克發言人否認針對中國企業的規定帶有政治動機",
                A: "A spokesperson denied that the China-specific requirement was politically motivated"}},
        {"id": "f8", "status": "agreement", "value": ">30 cases since 2024-01",
         "what": "Nasdaq said it had identified more than 30 cases since the start of 2024 in which newly listed small-company shares soared and collapsed",
         "in": {S: "自2024年初以來已發現逾30宗小型新上市公司股價暴漲後崩潰的個案",
                A: "Nasdaq said it had identified more than 30 cases since the start of 2024"}},
        {"id": "f9", "status": "agreement", "value": ">90%",
         "what": "In a typical case the stock lost more than 90% of its value within days, often after promotion via social media and messaging apps",
         "in": {S: "股價往往在數日內暴跌逾90%",
                A: "the stock lost more than 90% of its value within days"}},
        {"id": "f10", "status": "source-conflict", "value": "48 (Nasdaq, c) | 41 (IPOScope, b)",
         "what": "Of 58 Nasdaq IPOs this year raising under USD 25 million, 48 were by mainland China or Hong Kong companies per Nasdaq's filing (c) versus 41 per IPOScope (b)",
         "in": {S: "有48宗來自中國內地或香港企業，但市場研究機構IPOScope的數據則顯示為41宗",
                B: "41 were by companies based in mainland China or Hong Kong",
                C: "Nasdaq said 48 of the 58 IPOs on the exchange this year that raised less than US$25 million"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Daniel Okafor of Meadowlane Securities said the floor would shut out many legitimate businesses",
         "in": {S: "新門檻會將不少正當企業拒諸門外",
                B: "said the floor would shut out many legitimate businesses"}},
        {"id": "f12", "status": "agreement", "value": "about 50%",
         "what": "Okafor said roughly half of the deals in Meadowlane's pipeline may not get done at USD 25 million (hedged: may)",
         "in": {S: "該行約一半的待上市項目或因此無法推進",
                B: "Roughly half of the deals in our pipeline may not get done at $25 million"}},
        {"id": "f13", "status": "agreement", "value": "2025-07; 12000000 USD",
         "what": "Shenzhen-based Lanting Smart Logistics filed in July for a USD 12 million Nasdaq IPO",
         "in": {S: "今年7月申請在納斯達克集資1,200萬美元的深圳藍庭智慧物流",
                C: "which filed in July for a US$12 million Nasdaq IPO"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Lanting's CFO Zhou Lin said the company was considering raising more or listing in Hong Kong instead; nothing decided (hedged)",
         "in": {S: "公司正考慮擴大集資規模或改為來港上市",
                C: "said the company was considering raising more or switching to a Hong Kong listing instead"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Hong Kong Exchanges is also studying tighter listing thresholds for small companies (no source says so)",
         "in": {S: "香港交易所亦正研究收緊小型企業的上市門檻"}},
        {"id": "f16", "status": "omission", "value": "8000000 USD",
         "what": "The median small Nasdaq IPO this year raised about USD 8 million (IPOScope)",
         "in": {B: "The median deal raised about $8 million"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "The rules would not apply retroactively to listed companies, but pending applicants could be caught (negated)",
         "in": {B: "The rules would not apply retroactively to companies already listed"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The SEC is expected to seek public comment first (hedged)",
         "in": {B: "which is expected to seek public comment first"}},
        {"id": "f19", "status": "omission", "value": "80000000 HKD",
         "what": "Most Nasdaq-pipeline companies would not qualify for Hong Kong's main board, which requires at least HK$80 million in profit over three years",
         "in": {C: "applicants must typically show at least HK$80 million in profit over three years"}},
        {"id": "f20", "status": "omission", "value": "-0.3%",
         "what": "The Nasdaq Golden Dragon China Index fell 0.3% on Wednesday; the reaction was muted",
         "in": {C: "fell 0.3 per cent on Wednesday"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "至少達2,500萬美元", "mutated": "至少達2,000萬美元",
         "note": "the offering floor is USD 25 million (a, b, c) -> USD 20 million"},
        {"n": 2, "type": "number", "fact": "f8", "original": "逾30宗", "mutated": "逾50宗",
         "note": "more than 30 pump-and-dump cases (a) -> more than 50"},
        {"n": 3, "type": "date", "fact": "f1", "original": "於9月3日", "mutated": "於8月3日",
         "note": "proposed on Wednesday 3 September (a) -> 3 August"},
        {"n": 4, "type": "date", "fact": "f8", "original": "自2024年初以來", "mutated": "自2023年初以來",
         "note": "cases counted since the start of 2024 (a) -> since the start of 2023"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "不再獲得合規寬限期", "mutated": "仍可獲得合規寬限期",
         "note": "no compliance period (a, b) -> still given a compliance period"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "否認", "mutated": "承認",
         "note": "the spokesperson denied a political motive (a) -> admitted it"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "納斯達克資本市場", "mutated": "納斯達克全球精選市場",
         "note": "the USD 15 million float rule is for the Nasdaq Capital Market (a), not the Global Select Market"},
        {"n": 8, "type": "entity", "fact": "f14", "original": "來港上市", "mutated": "赴新加坡上市",
         "note": "Lanting is considering a Hong Kong listing (c), not Singapore"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "Meadowlane Securities股票資本市場主管奧卡福", "mutated": "IPOScope研究主管布倫納",
         "note": "the criticism is Okafor's (b); IPOScope's Brenner called the rules overdue (b)"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "納斯達克指，", "mutated": "美國證交會指，",
         "note": "the 30-plus cases were identified by Nasdaq (a); the SEC only warned about ramp-and-dump schemes (a)"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "或因此無法推進", "mutated": "將因此無法推進",
         "note": "half the pipeline 'may not get done' (b, hedged) -> will not go ahead"},
        {"n": 12, "type": "modality", "fact": "f14", "original": "正考慮", "mutated": "已決定",
         "note": "Lanting is considering its options and has not decided anything (c) -> has decided"},
        {"n": 13, "type": "unit", "fact": "f2", "original": "提高至1,500萬美元", "mutated": "提高至1,500萬港元",
         "note": "USD 15 million (a) -> HKD 15 million"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "暴跌逾90%", "mutated": "暴跌逾60%",
         "note": "the typical stock lost more than 90% within days (a) -> more than 60%"},
    ],
    "boilerplate": {
        A: "(Reporting by Northway's New York markets team",
        B: [{"inline": "By Martin Geller | September 5, 2025"},
            {"inline": "ECM Ledger Pro subscribers can download our full league table of sub-$50 million IPO underwriters. Upgrade now."},
            "Related: Why ramp-and-dump schemes keep finding Nasdaq microcaps"],
        C: [{"inline": "Published: 5 Sep 2025, 11:42am | Updated: 5 Sep 2025, 2:15pm"},
            {"inline": "READ MORE: Hong Kong IPO fundraising tops HK$130 billion in eight months"},
            "Sign up for our Greater Bay Area business newsletter"],
    },
}
