# Gold specification for story `unverified-list` (the US Commerce Department's Bureau of Industry
# and Security adds 33 entities in China, among them two WuXi Biologics units, to its Unverified
# List; announced Monday 7 February 2022, effective 8 February 2022). The summary is in
# Traditional Chinese, Taiwan style (美國商務部, 美東時間週一, 億, 港股, 暫停交易, 表示/指出).
# All texts are invented for evaluation (the count of 33, the dates, the two WuXi units, the
# intraday fall of as much as 32%, the HK$62.25 halt price, the named companies and the MOFCOM
# reaction follow real coverage; wording, quotes, outlets, the lawyer, the analyst and most
# secondary figures are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story unverified-list`.
#
# Traps:
# - Report date vs event date: a is dated Tuesday 8 February and says Commerce acted "on Monday";
#   b and c are dated 9 February; b says the rule was open for public inspection "a day earlier"
#   (7 Feb) and effective Feb. 8. The summary uses 美東時間週一（7日）, 8日 and 週二.
# - Same number, different things: 32% intraday fall vs "the other 32 entities" (a); 8 February vs
#   "seven other" (= eight) companies delisted in 2019 (c); two WuXi units vs a 2.6% index weight;
#   11.4% (WuXi AppTec) vs "11:00 a.m." in b's webinar furniture.
# - Equal amounts in different units or words: USD 9.9 billion (a) = HK$77 billion (b) at about
#   7.8 HKD/USD; "as much as 32%" (a) = "almost a third of its value at one point" (c);
#   "fell 11.4%" (c) = 下跌逾11%.
# - Source conflict: c's own estimate of "roughly $7 billion" erased vs a's USD 9.9 billion
#   (and b's HK$77 billion); the summary reports both (f14).
# - Percent vs percentage points: the 2.6% weighting, "0.6 percentage point" off the Hang Seng,
#   which "closed down 1%" (c, omitted); furniture says "Hang Seng slips 1.5% at midday" (a) and
#   the ticker "-1.00%" (c).
# - Yearless and relative dates: "on Monday", "Tuesday", "Wednesday", "In December" (2021),
#   "Dec. 16" (b furniture), "In 2019", "Feb. 23, 2022" (webinar furniture).
# - Negations that do not conflict with the summary: "did not respond to a request for comment"
#   (Chinese embassy, a), "Raimondo ... did not comment" (c), "BIS had not set any timetable",
#   "BIS did not say when ..." (b), "is not on the list" (WuXi AppTec, c), "It is not the Entity
#   List" (b), "has denied that the listing will affect its business" (c) supports 不會影響業務.
# - Hedged vs asserted: "some shipments may be delayed" (b), "could be a first step toward the
#   Entity List" (a), "could end up on the Entity List" / "that risk may be overdone" (c),
#   "expected its shares to resume trading on Wednesday" (a) vs "When trading resumed on
#   Wednesday" (c).
# - Reported speech from several speakers: Axelrod (BIS), WuXi Biologics, WuXi AppTec, China's
#   Commerce Ministry, lawyer Daniel Whitcombe (b), analyst Fiona Leung (c), trade lawyers (a);
#   Raimondo is named only as not commenting (m09 moves Axelrod's words to her).
# - Numbers in furniture: "34 entities" and "10% limit-down" (a Read Next), "48 issues a year",
#   "Dec. 16", "Feb. 23, 2022, 11:00 a.m." (b), the HSI/HSCEI/USD-HKD/Brent ticker, "gain 15%",
#   "HK$8" (c).

A = "a-meridian.en.txt"
B = "b-tradegate.en.txt"
C = "c-harbourledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "33 | 2022-02-07",
         "what": "On Monday 7 February 2022 the Commerce Department (BIS) added 33 entities in China to the Unverified List",
         "in": {S: "將33個中國實體列入出口管制「未經核實清單」（UVL）",
                A: "The U.S. Commerce Department on Monday added 33 entities in China",
                B: "placed 33 parties located in the People's Republic of China on the Unverified List (UVL)",
                C: "expanded by 33 Chinese names on Monday"}},
        {"id": "f2", "status": "agreement", "value": "2022-02-08",
         "what": "The additions took effect on 8 February, when the rule was published in the Federal Register",
         "in": {S: "新規定自8日刊登聯邦公報起生效",
                A: "The additions take effect on Feb. 8, when the notice is published in the Federal Register",
                B: "became effective Feb. 8, the day it appeared in the Federal Register"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "BIS acted because it could not complete end-use checks to verify the entities' bona fides",
         "in": {S: "因無法完成最終用途查核、確認相關實體的可信度",
                A: "it had been unable to complete end-use checks on the companies",
                B: "because an end-use check could not be completed satisfactorily"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The list includes Guangdong Guanghua Sci-Tech and Zhuzhou CRRC Special Equipment Technology (plus optics/electronics makers, a turbine-blade maker, university labs)",
         "in": {S: "包括廣東光華科技、株洲中車特種裝備科技",
                A: "Among them are Guangdong Guanghua Sci-Tech Co and Zhuzhou CRRC Special Equipment Technology Co",
                B: "along with Guangdong Guanghua Sci-Tech Co., Ltd. and Zhuzhou CRRC Special Equipment Technology Co., Ltd."}},
        {"id": "f5", "status": "agreement", "value": "2",
         "what": "Two WuXi Biologics subsidiaries, in Wuxi and in Shanghai, are among those listed",
         "in": {S: "藥明生物位於無錫和上海的2家子公司",
                A: "Two WuXi Biologics subsidiaries, one in Wuxi and one in Shanghai",
                B: "the two China-based units of Hong Kong-listed WuXi Biologics (Cayman) Inc.",
                C: "two mainland units of WuXi Biologics"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Matthew Axelrod, assistant secretary for export enforcement, said the listing helps exporters assess transaction risk and reminds Beijing to cooperate on checks",
         "in": {S: "此舉有助美國出口商評估交易風險，也提醒北京必須配合安排查核",
                A: "He said the listing would help U.S. exporters gauge the risk of a transaction"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The UVL is not the Entity List; listed companies are not barred from doing business with US firms (negated)",
         "in": {S: "美國企業仍可與其往來",
                A: "Companies on the Unverified List are not barred from buying U.S. goods",
                B: "a listing does not, by itself, prohibit any transaction",
                C: "does not ban anyone from buying American goods"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Exporters lose license exceptions and must obtain a UVL statement from the listed party before shipping",
         "in": {S: "出口商不得再適用許可例外，出貨前須先取得對方簽署的UVL聲明",
                A: "exporters can no longer use license exceptions to ship to them",
                B: "no license exception may be used for exports"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "A lawyer (Daniel Whitcombe, Harrow Lane) said some shipments may be delayed by several weeks (hedged)",
         "in": {S: "部分貨物可能因此延誤數週",
                B: "some shipments may be delayed by several weeks"}},
        {"id": "f10", "status": "agreement", "value": "-32% intraday | -23% at halt (2022-02-08)",
         "what": "WuXi Biologics fell as much as 32% in Hong Kong on Tuesday 8 February (c: almost a third) and was halted down 23%",
         "in": {S: "一度重挫32%，暫停交易前跌約23%",
                A: "fell as much as 32% in Hong Kong on Tuesday",
                C: "lost almost a third of its value at one point in the session"}},
        {"id": "f11", "status": "agreement", "value": "62.25 HKD",
         "what": "The shares were halted at HK$62.25",
         "in": {S: "報每股62.25港元",
                A: "with the stock down 23% at HK$62.25"}},
        {"id": "f12", "status": "agreement", "value": "-11.4%",
         "what": "WuXi AppTec, which is not on the list, fell 11.4% in Hong Kong",
         "in": {S: "未被列入清單的藥明康德港股也下跌逾11%",
                C: "fell 11.4% in Hong Kong"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "WuXi Biologics said it complies with US export rules and the listing will have no impact on its business; it welcomes inspection (negated)",
         "in": {S: "列入清單不會影響業務",
                A: "the listing would have no impact on its business",
                C: "WuXi Biologics has denied that the listing will affect its business"}},
        {"id": "f14", "status": "source-conflict", "value": "9900000000 USD (= 77000000000 HKD) | 7000000000 USD",
         "what": "Market value WuXi Biologics lost on Tuesday: about USD 9.9 billion (a; b: HK$77 billion) versus roughly USD 7 billion by c's calculation",
         "in": {S: "有外電估計約99億美元，另有分析估算約70億美元",
                A: "The slide wiped about $9.9 billion off its market value",
                B: "WuXi Biologics lost about HK$77 billion in market value",
                C: "roughly $7 billion had been erased from the company's market capitalisation"}},
        {"id": "f15", "status": "agreement", "value": "2022-02-08",
         "what": "China's Commerce Ministry said on Tuesday it firmly opposed the listing and urged the US to correct its mistakes",
         "in": {S: "中國商務部週二表示堅決反對",
                A: "China's Commerce Ministry said on Tuesday that it firmly opposed the decision",
                C: "which on Tuesday said it firmly opposed the listing"}},
        {"id": "f16", "status": "agreement", "value": None,
         "what": "Trade lawyers (a) and an analyst (c) said the entities could be moved to the more restrictive Entity List if checks are not completed (hedged)",
         "in": {S: "這些企業未來可能被移入限制更嚴格的實體清單",
                A: "The listing could be a first step toward the more restrictive Entity List",
                C: "some of these names could end up on the Entity List"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "Taiwan's Ministry of Economic Affairs said local firms have little business with the listed entities and expects little impact (no source says so)",
         "in": {S: "台灣經濟部表示，國內廠商與名單上企業往來有限"}},
        {"id": "f18", "status": "omission", "value": "100+",
         "what": "The UVL now carries more than 100 China-based entries (TradeGate count)",
         "in": {B: "the list now carries more than 100 China-based entries"}},
        {"id": "f19", "status": "omission", "value": "5 years",
         "what": "Records of transactions with listed parties must be kept for five years",
         "in": {B: "records of those transactions must be kept for five years"}},
        {"id": "f20", "status": "omission", "value": "0.6 pp | -1% | 2.6%",
         "what": "WuXi Biologics (2.6% weight) shaved about 0.6 percentage point off the Hang Seng, which closed down 1%",
         "in": {C: "its slump alone shaved roughly 0.6 percentage point off the benchmark, which closed down 1%"}},
        {"id": "f21", "status": "omission", "value": "2019 | 8",
         "what": "In 2019, under the Trump administration, Commerce removed Sanan Optoelectronics and seven other Chinese firms from the list",
         "in": {C: "In 2019, under the Trump administration, Commerce took LED chipmaker Sanan Optoelectronics and seven other Chinese companies off the list"}},
        {"id": "f22", "status": "omission", "value": None,
         "what": "BIS did not say when it expected end-use checks in China to resume (negated)",
         "in": {B: "BIS did not say when it expected end-use checks in China to resume"}},
        {"id": "f23", "status": "omission", "value": "+4% (2022-02-09)",
         "what": "When trading resumed on Wednesday, WuXi Biologics recovered about 4% by the lunch break",
         "in": {C: "WuXi Biologics recovered about 4% by the lunch break"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "33個中國實體", "mutated": "38個中國實體",
         "note": "33 entities added -> 38"},
        {"n": 2, "type": "number", "fact": "f5", "original": "的2家子公司", "mutated": "的4家子公司",
         "note": "two WuXi Biologics units (Wuxi, Shanghai) -> four"},
        {"n": 3, "type": "date", "fact": "f1", "original": "美東時間週一（7日）", "mutated": "美東時間週五（4日）",
         "note": "announcement on Monday 7 Feb -> Friday 4 Feb"},
        {"n": 4, "type": "date", "fact": "f10", "original": "藥明生物8日在香港", "mutated": "藥明生物7日在香港",
         "note": "the Hong Kong slump was on Tuesday 8 Feb, the day after the US announcement, not on the 7th"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "美國企業仍可與其往來", "mutated": "美國企業不得與其往來",
         "note": "listed firms are not barred (a, b, c) -> US firms may not deal with them"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "列入清單不會影響業務", "mutated": "列入清單將會影響業務",
         "note": "WuXi Biologics said there would be no impact on its business -> it will affect the business"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "廣東光華科技", "mutated": "廣東生益科技",
         "note": "Guangdong Guanghua Sci-Tech -> Guangdong Shengyi Technology, which no source lists"},
        {"n": 8, "type": "entity", "fact": "f16", "original": "移入限制更嚴格的實體清單", "mutated": "移入限制更嚴格的特別指定國民（SDN）清單",
         "note": "the risk named is the Commerce Entity List (a, c), not Treasury's SDN list"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "負責出口執法的助理部長艾克塞羅德（Matthew Axelrod）", "mutated": "商務部長雷蒙多（Gina Raimondo）",
         "note": "the statement was Axelrod's (a); Raimondo did not comment on the listings (c)"},
        {"n": 10, "type": "attribution", "fact": "f15", "original": "中國商務部週二", "mutated": "中國外交部週二",
         "note": "the Tuesday response came from China's Commerce Ministry (a, c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f9", "original": "可能因此延誤數週", "mutated": "勢必因此延誤數週",
         "note": "hedged 'some shipments may be delayed' -> asserted 'will inevitably be delayed'"},
        {"n": 12, "type": "modality", "fact": "f16", "original": "未來可能被移入", "mutated": "未來將被移入",
         "note": "hedged 'could be moved to the Entity List' -> asserted 'will be moved'"},
        {"n": 13, "type": "unit", "fact": "f11", "original": "62.25港元", "mutated": "62.25美元",
         "note": "halt price HK$62.25 -> USD 62.25 (about HK$485)"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "一度重挫32%", "mutated": "一度重挫42%",
         "note": "intraday fall of as much as 32% (a; c: almost a third) -> 42%"},
    ],
    "boilerplate": {
        A: [{"inline": "Meridian Wire | World | Business | Markets | Technology | Sustainability | Legal"},
            {"inline": "Business > Trade Policy"},
            {"inline": "By Laura Kessing and Edmund Ho | February 8, 2022 7:12 AM GMT | Updated 3 hours ago"},
            "(Reporting by Laura Kessing"],
        B: [{"inline": "TradeGate Compliance Report | Export Controls | Sanctions | Customs | Webinars | Log in"},
            {"inline": "EXPORT CONTROLS | Feb. 9, 2022 | By Priya Raman, Senior Editor"},
            "Upcoming webinar:"],
        C: [{"inline": "Harbour Ledger | Markets | Companies | China | Opinion | Pro"},
            {"inline": "HSI 24,329.49 -1.00% | HSCEI 8,489.10 -1.21% | USD/HKD 7.7952 | Brent 92.69"},
            {"inline": "By Marcus Tan | Hong Kong | Wednesday, February 9, 2022 | 6 min read"},
            "More from Harbour Ledger"],
    },
}
