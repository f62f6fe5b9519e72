# Gold specification for story `tp-link-probe` (US Commerce, Defense and Justice departments
# investigate TP-Link over router security; a possible US sales ban in 2025; December 2024).
# The summary is in Traditional Chinese, Taiwan style (網通, 資安, 市占率, 上週三, 傳票, 爾灣,
# 雷蒙多, 密碼潑灑攻擊).
# All texts are invented for evaluation (the three agencies, the subpoena, the 2019 executive
# order, Microsoft's October 31 report and the August letter follow the 2024 episode; wording,
# quotes, analysts, outlets, Quellwater Analytics, the 22-member letter and most figures are
# made up).
# Edit here, then run `python3 build_gold.py`.
# f6 is a genuine source-versus-source conflict: a (people familiar) puts TP-Link's share of the
# US home and small-business router market at about 65% (c: "roughly two of every three");
# b cites Quellwater Analytics at about 36% of the same market. The summary attributes each.
#
# Traps:
# - Same number, different things: "a 2019 executive order" (f4) vs "U.S. sales have roughly
#   doubled since 2019" (f9); "about a third of the small-office networks Northgate manages" (b)
#   sits next to the 36% market share; "Dec. 31" in a sponsored line vs "Oct. 31" (f12).
# - Equal amounts in different forms: "about half the price" (b) = "about 50% less" (c) =
#   一半左右 (f11); "about 65%" (a) ~ "roughly two of every three" (c).
# - Yearless and relative dates: "as soon as next year" (a, December 2024) = "in 2025" (b) =
#   明年 in a 2024-12-23 summary; "On Oct. 31", "In August", "In November" are 2024; "Jan. 20"
#   is 2025; "earlier this year".
# - Report date vs event date: a (Wed 18 Dec) quotes the spokesperson the same day; c (Fri 20 Dec)
#   says "In a statement on Wednesday"; the summary (Mon 23 Dec) writes 上週三. b "spent
#   Wednesday fielding nervous calls" is the same Wednesday, a different event.
# - Two letters: Moolenaar and Krishnamoorthi in August (f13) vs 22 House members in November
#   (f20, omitted); m03 moves the first letter to 11月.
# - Non-conflicting negations: "asked not to be identified", "declined to comment", "did not
#   respond", "No final decision has been made" (supports f5), "did not say the routers were
#   compromised through a flaw unique to TP-Link", "had not been told of any decision", "won't
#   happen overnight", "would not reach devices already in people's homes" and "would not force
#   Americans to throw out routers" (f19), "won't stop working", "We're not pulling anything".
# - Hedges vs approximations: "could ban ... as soon as next year" (hedge, f2) vs "about 65%",
#   "about 8,000", "roughly doubled" (approximations); "is examining whether" (f18).
# - Attributions: the people familiar (f1, f2, f6a), Quellwater (f6b), Microsoft (f12), the
#   company (f14, f15), the lawmakers (f13); the Commerce Department declined to comment (m09
#   attributes the probes to it).
# - Numbers in furniture: "Updated 2 hours ago", "$1 trillion", "slip 3%", "$3.08 billion",
#   "NTGR 24.71 +4.3%", "Save 20%", "5 things", "48% of MSPs", "jumps 15%", "5 min read",
#   "6 a.m.", "climb 7%", "12-acre", "$85 million", "11 million", "66°F".

A = "a-harborline.en.txt"
B = "b-csw.en.txt"
C = "c-southcoast.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": None,
         "what": "The Commerce, Defense and Justice departments are each investigating TP-Link, according to people familiar with the matter",
         "in": {S: "美國商務部、國防部與司法部已分別對中國起家的網通大廠TP-Link（普聯技術）展開調查",
                A: "The Commerce, Defense and Justice departments have each opened investigations into the company",
                C: "the Commerce, Defense and Justice departments are investigating the brand"}},
        {"id": "f2", "status": "agreement", "value": "2025",
         "what": "US authorities could ban sales of TP-Link routers in the US as soon as next year, i.e. 2025 (hedged)",
         "in": {S: "最快可能在明年禁止其路由器在美國銷售",
                A: "could ban sales of its devices in the country as soon as next year",
                B: "a ban on U.S. sales could come in 2025"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Commerce's Office of Information and Communications Technology and Services has subpoenaed TP-Link's US offices",
         "in": {S: "商務部資訊與通訊技術及服務辦公室已對TP-Link的美國辦公室發出傳票",
                A: "Commerce's Office of Information and Communications Technology and Services has subpoenaed TP-Link's U.S. offices",
                B: "the Commerce Department's Office of Information and Communications Technology and Services has subpoenaed the company"}},
        {"id": "f4", "status": "agreement", "value": "2019",
         "what": "The office can restrict or ban transactions involving technology from foreign adversaries under a 2019 executive order",
         "in": {S: "該辦公室可依據2019年的一項行政命令限制或禁止涉及外國對手科技的交易",
                A: "The office can restrict or ban transactions involving technology from China and other foreign adversaries under a 2019 executive order",
                B: "The office was created to enforce a 2019 executive order on technology supply chains"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "No final decision has been made (negated)",
         "in": {S: "但目前尚未做出最終決定",
                A: "No final decision has been made"}},
        {"id": "f6", "status": "source-conflict", "value": "65% | 36%",
         "what": "TP-Link's share of the US home and small-business router market: about 65% per people familiar (a; c: roughly two of every three) versus about 36% per Quellwater Analytics (b)",
         "in": {S: "TP-Link在美國家用及小型企業路由器市場的市占率約65%，但市調機構Quellwater Analytics估計其市占率僅約36%",
                A: "TP-Link holds about 65% of the U.S. market for home and small-business routers",
                B: "puts the company's share of the U.S. home and small-business router market at about 36%",
                C: "TP-Link sells roughly two of every three home routers bought in the U.S."}},
        {"id": "f7", "status": "agreement", "value": "1996",
         "what": "TP-Link was founded in Shenzhen in 1996",
         "in": {S: "1996年在深圳創立的TP-Link",
                A: "Founded in 1996 by two brothers in Shenzhen",
                C: "the Shenzhen company where the brand began in 1996"}},
        {"id": "f8", "status": "agreement", "value": ">300",
         "what": "TP-Link supplies more than 300 US internet providers",
         "in": {S: "目前為美國逾300家網路服務業者供貨",
                A: "It supplies more than 300 internet providers that hand its routers to new subscribers"}},
        {"id": "f9", "status": "agreement", "value": "x2 since 2019",
         "what": "TP-Link's US sales have roughly doubled since 2019, one of the people said",
         "in": {S: "美國銷售額自2019年以來約成長一倍",
                A: "Its U.S. sales have roughly doubled since 2019"}},
        {"id": "f10", "status": "agreement", "value": "<60 USD",
         "what": "TP-Link's entry-level Wi-Fi 6 routers retail for under USD 60",
         "in": {S: "該公司入門款Wi-Fi 6路由器售價不到60美元",
                B: "TP-Link's entry-level Wi-Fi 6 routers retail for under $60"}},
        {"id": "f11", "status": "agreement", "value": "50%",
         "what": "TP-Link routers often cost about half as much as comparable rival models (c: about 50% less)",
         "in": {S: "往往只有競爭對手同級產品的一半左右",
                B: "often about half the price of comparable models from rivals",
                C: "typically cost about 50% less than comparable Netgear or Asus models"}},
        {"id": "f12", "status": "agreement", "value": "2024-10-31",
         "what": "On 31 October 2024 Microsoft said a covert network of compromised devices, mostly TP-Link routers, was used by several Chinese hacking groups for password-spray attacks on its customers",
         "in": {S: "微軟10月31日指出，多個中國駭客組織利用一個主要由TP-Link路由器組成的隱蔽網路",
                B: "On Oct. 31, Microsoft said a covert network of compromised devices, mostly TP-Link routers, had been used by several Chinese hacking groups"}},
        {"id": "f13", "status": "agreement", "value": "2024-08",
         "what": "In August 2024 Reps. Moolenaar and Krishnamoorthi of the House China select committee wrote to Commerce Secretary Raimondo urging an investigation into TP-Link",
         "in": {S: "今年8月曾聯名致函商務部長雷蒙多，要求調查TP-Link",
                C: "wrote to Commerce Secretary Gina Raimondo urging an investigation into TP-Link"}},
        {"id": "f14", "status": "agreement", "value": "2024-12-18",
         "what": "In a statement on Wednesday 18 December, TP-Link Systems said it is an American company headquartered in Irvine, California, with no ownership ties to the Shenzhen company (negated)",
         "in": {S: "TP-Link上週三發表聲明表示，其美國業務由總部設於加州爾灣的TP-Link Systems經營",
                C: "has no ownership ties to TP-Link Technologies Co."}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "The company would welcome a chance to show the US government that its security practices are fully in line with industry standards",
         "in": {S: "歡迎任何向美國政府證明其資安做法完全符合業界標準的機會",
                A: "We would welcome any opportunity to show the U.S. government that our security practices are fully in line with industry standards",
                C: "would welcome the chance to show the U.S. government that its security practices are fully in line with industry standards"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Analysts think Taiwanese networking firms could benefit from diverted orders if a ban happens (no source says so)",
         "in": {S: "台灣網通廠可望受惠於轉單效應"}},
        {"id": "f17", "status": "omission", "value": "8000 devices",
         "what": "Microsoft put the network at about 8,000 active devices on an average day (up to 16,000 over time)",
         "in": {B: "Microsoft put the network at about 8,000 active devices on an average day"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The Justice Department is examining whether TP-Link's pricing amounts to predatory pricing (hedged)",
         "in": {B: "The Justice Department is examining whether that pricing amounts to predatory pricing"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "A ban would not force Americans to throw out routers they already own, but would stop sales of new ones (negated)",
         "in": {A: "A ban would not force Americans to throw out routers they already own"}},
        {"id": "f20", "status": "omission", "value": "2024-11",
         "what": "In November 2024 a bipartisan group of 22 House members sent a second letter asking Commerce to move faster (yearless date)",
         "in": {C: "In November, a bipartisan group of 22 House members sent a second letter"}},
        {"id": "f21", "status": "omission", "value": "2025-01-20",
         "what": "The timing could shift once Trump takes office on 20 January 2025 (hedged, yearless date)",
         "in": {A: "the timing could shift once President-elect Donald Trump takes office on Jan. 20"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f8", "original": "逾300家", "mutated": "逾3,000家",
         "note": "more than 300 internet providers (a) -> more than 3,000"},
        {"n": 2, "type": "date", "fact": "f2", "original": "最快可能在明年", "mutated": "最快可能在2026年",
         "note": "as soon as next year / in 2025 (a, b) -> 2026"},
        {"n": 3, "type": "date", "fact": "f13", "original": "今年8月", "mutated": "今年11月",
         "note": "the Moolenaar-Krishnamoorthi letter was sent in August (c); November is the month of the separate 22-member letter"},
        {"n": 4, "type": "date", "fact": "f14", "original": "上週三發表聲明", "mutated": "上週五發表聲明",
         "note": "relative date shifted: the statement came on Wednesday 18 Dec (a, c) -> Friday 20 Dec, the date of c"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "但目前尚未做出最終決定", "mutated": "且目前已做出最終決定",
         "note": "no final decision has been made (a) -> a final decision has been made"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "在所有權上已無任何關聯", "mutated": "在所有權上仍有關聯",
         "note": "the company says it has no ownership ties to the Shenzhen company (c) -> it still has ties"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "國防部", "mutated": "國土安全部",
         "note": "Defense Department -> Department of Homeland Security among the investigating agencies; no source says so"},
        {"n": 8, "type": "entity", "fact": "f14", "original": "加州爾灣", "mutated": "德州奧斯汀",
         "note": "headquartered in Irvine, California (c) -> Austin, Texas"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "據知情人士透露", "mutated": "據美國商務部證實",
         "note": "the probes were reported by people familiar with the matter (a); the Commerce Department declined to comment"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "微軟10月31日指出", "mutated": "美國聯邦調查局10月31日指出",
         "note": "the October 31 finding came from Microsoft (b), not the FBI"},
        {"n": 11, "type": "modality", "fact": "f2", "original": "最快可能在明年禁止", "mutated": "將在明年禁止",
         "note": "hedged 'could ban ... as soon as next year' -> asserted 'will ban next year'"},
        {"n": 12, "type": "unit", "fact": "f10", "original": "不到60美元", "mutated": "不到60歐元",
         "note": "under USD 60 (b) -> under EUR 60"},
        {"n": 13, "type": "percentage", "fact": "f11", "original": "一半左右", "mutated": "三成左右",
         "note": "about half the rivals' price (b; c: about 50% less) -> about 30% of it"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "約成長一倍", "mutated": "約成長五成",
         "note": "US sales roughly doubled since 2019 (a) -> grew about 50%"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | Technology | Cybersecurity | Policy | Sign In | Subscribe"},
            {"inline": "By Dana Whitcombe and Luis Ortega | December 18, 2024 7:05 AM EST | Updated 2 hours ago"},
            "(Reporting by Dana Whitcombe and Luis Ortega"],
        B: [{"inline": "News | Analysis | Webinars | MSP Playbook | Newsletters"},
            {"inline": "NETWORKING | December 19, 2024 | By Priya Raman, Senior Editor"},
            {"inline": "SPONSORED: Secure every branch with SD-WAN. Save 20% on annual plans through Dec. 31."},
            "Subscribe to CSW Daily"],
        C: [{"inline": "Home / News / Technology | E-Edition | Events | Book of Lists"},
            {"inline": "By Megan Okafor | December 20, 2024 | 5 min read"},
            {"inline": "Photo: TP-Link Systems' offices near the Irvine Spectrum. (South Coast Business Ledger)"},
            "Sign up for the Ledger's Morning Brief"],
    },
}
