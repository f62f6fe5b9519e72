# Gold specification for story `h1b-visa-fee` (President Trump's proclamation of 19 September
# 2025 imposing a USD 100,000 fee on new H-1B visa petitions, and the White House's
# clarification the next day). The summary is in Traditional Chinese, Taiwan usage (川普,
# 10萬美元, 8萬5000個).
# All texts are invented for evaluation (the dates, the fee, the lottery cap and the nationality
# shares follow the 2025 episode; outlets, quotes, analysts, lawyers and the market moves are
# made up).
# Edit here, then run `python3 build_gold.py --root eval/beat --story h1b-visa-fee`.
# f13 is a genuine source-versus-source conflict: a reports Commerce Secretary Lutnick saying
# the fee would be charged every year of a visa; b and c report the White House saying it is a
# one-time fee. The summary attributes each version.
#
# Traps:
# - Several dollar amounts: the USD 100,000 fee (f1) next to the "$215 registration fee",
#   "several thousand dollars" in costs, the "$1 million 'gold card'" and "$2 million version"
#   (a, f15), and "a first-year engineer's salary" (b).
# - One cap, three numbers: "85,000 new visas a year: 65,000 under the regular cap and 20,000
#   reserved" (a) -> 8萬5000個 / 2萬個. Mutant m1 uses the 65,000 regular cap.
# - Weekday dates: a (Saturday 20 Sept) says "on Friday" (= 9月19日) and "on Sunday, Sept. 21";
#   b (Sunday 21 Sept) says "on Saturday" (= 9月20日) and "on Friday" for Lutnick.
# - Time of day: "12:01 a.m. EDT" -> 美東時間凌晨0時01分.
# - Durations: the order lasts "12 months unless it is extended" (f3); a visa "can last up to
#   six years".
# - Fiscal years: "fiscal 2024" (b) = "the 2024 fiscal year" (c) = 2024財年; "the first half of
#   fiscal 2025" (b) = the chart's "Oct 2024-Mar 2025".
# - Approximation, not hedge: "about 71%" -> 約七成; "more than 10,000" -> 超過1萬件.
# - Entities close together: Amazon, Tata Consultancy Services, Microsoft, Meta, Apple (b);
#   Microsoft and JPMorgan Chase (a); Nasscom vs India's Ministry of External Affairs (c),
#   which m10 swaps; Lutnick vs Leavitt vs "the White House".
# - Non-conflicting negations: "It does not say how the fee would be collected" (f16),
#   "will not be billed to workers already in the country", "Petitions already filed before
#   the deadline are not covered", "Most of them simply won't hire", "Amazon did not respond",
#   "declined to comment", "unlikely to dent earnings much this year".
# - Hedges: "could disrupt" (f11), "likely to have humanitarian consequences" (f12, modality),
#   "likely to face legal challenges", "could actually help margins".
# - Numbers in furniture: "33,000 to 231,000", "jump 4%", "$5 billion", "up 14%",
#   "700 million", "0.3% to 88.3", "466 points"; bylines with dates and times.

A = "a-atlas.en.txt"
B = "b-baycircuit.en.txt"
C = "c-mumbailedger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "100000 USD; 2025-09-19",
         "what": "Trump signed a proclamation on Friday 19 September 2025 requiring companies to pay USD 100,000 for new H-1B petitions",
         "in": {S: "美國總統川普9月19日簽署公告，要求企業為新的H-1B簽證申請案支付10萬美元費用",
                A: "President Donald Trump on Friday signed a proclamation requiring companies to pay $100,000 for new H-1B visa petitions"}},
        {"id": "f2", "status": "agreement", "value": "2025-09-21T00:01-04:00",
         "what": "The requirement takes effect at 12:01 a.m. EDT on Sunday 21 September",
         "in": {S: "新規自美東時間9月21日凌晨0時01分起生效",
                A: "The requirement takes effect at 12:01 a.m. EDT on Sunday, Sept. 21"}},
        {"id": "f3", "status": "agreement", "value": "12 months",
         "what": "The requirement remains in force for 12 months unless extended",
         "in": {S: "為期12個月，除非另行延長",
                A: "will remain in force for 12 months unless it is extended"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The fee applies only to new petitions, not to renewals or current visa holders, the White House (Leavitt) said (negated)",
         "in": {S: "新規只適用於新申請案，不適用於展延或現有簽證持有人",
                B: "applies only to new petitions, not to renewals or to current visa holders",
                C: "The fee applies only to new petitions and not to renewals"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Current holders outside the country will not be charged to re-enter (negated)",
         "in": {S: "目前身在海外的持有人返美時也無須繳費",
                B: "Current holders who are outside the country will not be charged to re-enter"}},
        {"id": "f6", "status": "agreement", "value": "85000 (incl. 20000 advanced-degree)",
         "what": "The lottery awards 85,000 new H-1B visas a year, 20,000 of them reserved for holders of US advanced degrees",
         "in": {S: "H-1B簽證每年透過抽籤核發的新名額上限為8萬5000個，其中2萬個保留給持有美國大學碩士以上學位者",
                A: "The lottery awards 85,000 new visas a year: 65,000 under the regular cap and 20,000 reserved for holders of advanced degrees from U.S. universities"}},
        {"id": "f7", "status": "agreement", "value": "71%",
         "what": "Indian nationals received about 71% of approved H-1B petitions in fiscal 2024",
         "in": {S: "印度籍約佔七成",
                B: "Indian nationals received about 71% of approved H-1B petitions in fiscal 2024",
                C: "Indians accounted for about 71% of approved H-1B petitions in the 2024 fiscal year"}},
        {"id": "f8", "status": "agreement", "value": "11.7%",
         "what": "Chinese nationals received 11.7% of approved H-1B petitions in fiscal 2024",
         "in": {S: "中國籍約佔11.7%",
                B: "and Chinese nationals 11.7%"}},
        {"id": "f9", "status": "agreement", "value": ">10000 (H1 FY2025)",
         "what": "Amazon was the largest H-1B sponsor, with more than 10,000 approved petitions in the first half of fiscal 2025",
         "in": {S: "亞馬遜是最大的H-1B雇主，2025財年上半年獲核准的申請案超過1萬件",
                B: "Amazon was the largest sponsor, with more than 10,000 approved petitions in the first half of fiscal 2025"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Microsoft and JPMorgan Chase advised H-1B employees to stay in the US and those abroad to return before the deadline",
         "in": {S: "微軟與摩根大通已建議持H-1B簽證的員工留在美國，身在海外者應在期限前返美",
                A: "Microsoft and JPMorgan Chase advised employees on H-1B visas to stay in the United States and urged those abroad to return before the deadline"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Nasscom said it was concerned and that the fee could disrupt business continuity for Indian companies' onshore projects (attributed, hedged)",
         "in": {S: "印度全國軟體暨服務公司協會（Nasscom）對此表示關切，指新規可能影響印度企業在美專案的業務連續性",
                C: "Nasscom, the Indian IT industry body, said it was concerned and that the fee could disrupt business continuity for onshore projects of Indian companies"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "India's Ministry of External Affairs said the measure was likely to have humanitarian consequences through disruption for families (hedged: likely)",
         "in": {S: "此舉可能因擾亂家庭生活而造成人道後果",
                C: "India's Ministry of External Affairs said the measure was likely to have humanitarian consequences because of the disruption it would cause for families"}},
        {"id": "f13", "status": "source-conflict", "value": "annual | one-time",
         "what": "Whether the fee recurs: Commerce Secretary Lutnick said it would be charged every year of a visa (a) versus the White House's one-time fee (b, c)",
         "in": {S: "美國商務部長盧特尼克9月19日稱將每年收取，白宮9月20日則澄清這是一次性費用",
                A: "said the fee would be charged every year for the duration of a visa",
                B: "saying the $100,000 charge on H-1B visas is a one-time fee",
                C: "after the White House said the charge was a one-time payment"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "The Department of Homeland Security is expected to publish detailed rules for collecting the fee next month (no source says so)",
         "in": {S: "美國國土安全部預計下月公布收費的具體執行細則"}},
        {"id": "f15", "status": "omission", "value": "1000000 USD",
         "what": "Trump also signed an order creating a USD 1 million 'gold card' visa (USD 2 million for companies)",
         "in": {A: "Trump also signed an order creating a $1 million"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The proclamation does not say how the fee would be collected (negated)",
         "in": {A: "It does not say how the fee would be collected"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Some H-1B holders on a San Francisco-bound flight asked to get off before take-off on Friday night",
         "in": {B: "Some H-1B holders on a San Francisco-bound flight asked to get off before take-off"}},
        {"id": "f18", "status": "omission", "value": "-3%",
         "what": "India's Nifty IT index fell 3% on Monday 22 September",
         "in": {C: "The Nifty IT index fell 3% on Monday"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "8萬5000個", "mutated": "6萬5000個",
         "note": "the lottery awards 85,000 visas a year (a) -> 65,000, which is only the regular cap"},
        {"n": 2, "type": "number", "fact": "f9", "original": "超過1萬件", "mutated": "超過3萬件",
         "note": "Amazon had more than 10,000 approvals (b) -> more than 30,000"},
        {"n": 3, "type": "number", "fact": "f3", "original": "為期12個月", "mutated": "為期18個月",
         "note": "the requirement lasts 12 months unless extended (a) -> 18 months"},
        {"n": 4, "type": "date", "fact": "f1", "original": "川普9月19日簽署", "mutated": "川普9月12日簽署",
         "note": "Trump signed on Friday 19 September (a, dated Saturday 20 September), not 12 September"},
        {"n": 5, "type": "date", "fact": "f2", "original": "9月21日凌晨", "mutated": "10月1日凌晨",
         "note": "the fee takes effect at 12:01 a.m. EDT on 21 September (a), not 1 October"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "新規只適用於新申請案，不適用於展延", "mutated": "新規不只適用於新申請案，也適用於展延",
         "note": "applies only to new petitions, not to renewals (b, c) -> applies to renewals too"},
        {"n": 7, "type": "negation", "fact": "f5", "original": "返美時也無須繳費", "mutated": "返美時也須繳費",
         "note": "holders abroad will not be charged to re-enter (b) -> must pay on re-entry"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "亞馬遜是最大的", "mutated": "微軟是最大的",
         "note": "Amazon -> Microsoft as the largest H-1B sponsor; b ranks Microsoft third"},
        {"n": 9, "type": "entity", "fact": "f10", "original": "微軟與摩根大通", "mutated": "微軟與高盛",
         "note": "JPMorgan Chase -> Goldman Sachs as a company advising staff to stay; a names Microsoft and JPMorgan Chase"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "印度全國軟體暨服務公司協會（Nasscom）對此表示關切", "mutated": "印度外交部對此表示關切",
         "note": "the concern about business continuity came from Nasscom (c), not India's Ministry of External Affairs"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "此舉可能因擾亂", "mutated": "此舉必將因擾亂",
         "note": "hedged 'likely to have humanitarian consequences' (c) -> asserted 'will certainly have'"},
        {"n": 12, "type": "unit", "fact": "f1", "original": "10萬美元", "mutated": "10萬歐元",
         "note": "USD 100,000 (a) -> EUR 100,000"},
        {"n": 13, "type": "percentage", "fact": "f7", "original": "約佔七成", "mutated": "約佔五成",
         "note": "Indians received about 71% of approvals (b, c) -> about 50%"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "約佔11.7%", "mutated": "約佔21.7%",
         "note": "Chinese nationals received 11.7% (b) -> 21.7%"},
    ],
    "boilerplate": {
        A: "(Reporting by Atlas Wire's Washington bureau",
        B: [{"inline": "Policy | Sept. 21, 2025 | 10:42 AM PT | By Anjali Mehra-Cole"},
            {"inline": "Chart: Top H-1B employers, approved petitions, Oct 2024-Mar 2025 (Source: USCIS)"},
            "Newsletter: Get The Bay Circuit's Policy Brief"],
        C: [{"inline": "By Rohan Deshpande | Updated: Sept 22, 2025, 7:05 PM IST"},
            "Also read: Rupee slips"],
    },
}
