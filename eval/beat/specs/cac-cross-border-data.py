# Gold specification for story `cac-cross-border-data` (China's Cyberspace Administration finalises
# the Provisions on Promoting and Regulating Cross-Border Data Flows, Friday 22 March 2024).
# The summary is in Traditional Chinese, Taiwan style (網信辦, 個資, 自貿區, 兆/萬, 成, 當地時間週五).
# All texts are invented for evaluation (the date, the 100,000 / 1 million / 10,000 thresholds, the
# 2-to-3-year validity, the FTZ negative lists, the September 2023 draft and the FDI figures follow
# the real episode; wording, quotes, outlets, Harbourline Advisory, Kestrel & Lowe, their people,
# the 285 / 400 approval counts and the 12-point survey are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story cac-cross-border-data`.
# f12 is a genuine source-versus-source conflict: a (citing state media) says about 285 security
# assessment applications had been approved by the end of 2023; c (an official count cited by
# state-run media) says roughly 400. The summary gives both values.
#
# Traps:
# - Same number, different things: 10,000 is both the sensitive-data threshold (f5) and the draft's
#   old exemption bar (b, "The draft had set that bar at 10,000 individuals"); "three" is both the
#   three transfer mechanisms and the three-year validity (b); 22 is the date (3月22日) and "China
#   has 22 pilot free trade zones" (b); "two" days before the forum, "up from two" years, "two
#   thirds" of clients, "two people familiar".
# - Equal amounts in different units or scales: 1.13 trillion yuan (a) = "roughly $157 billion"
#   (c) = 約1.13兆元人民幣; "three years, up from two" (b) = "36 months rather than 24" (c);
#   "a million" (a) = "1 million" (b) = "one million" (c) = 100萬; 19.9% = 近2成.
# - Percent vs percentage points: FDI "fell 8%" (a, c) vs "dropped 12 percentage points, to 41%"
#   (c, a survey share), next to each other in c.
# - Yearless and relative dates: "last September" (a), "Sept. 28" (b), "in September" (c) are
#   2023 (去年9月); "on Friday" (a), "Last Friday" (c), "on Sunday" (a: upcoming 24 March; c: past);
#   "by the end of 2023" (a) = "by the end of last year" (c) = 截至2023年底; "January and February"
#   = 今年前2個月; "since January 1 of the current year" (b) = 自當年1月1日起.
# - Report date vs event date: b (Monday 25 March) and c (Tuesday 26 March) report Friday's release;
#   the summary (26 March) writes 當地時間週五（3月22日）. "September 2022" (a) is the date the
#   earlier regime took effect, not the draft.
# - Negations that do not conflict: "The US-China Business Council did not immediately respond to a
#   request for comment" (a) / "did not respond" (c); "The CAC did not say when it would publish a
#   catalogue" (a); "the provisions do not amend the Personal Information Protection Law" and "do
#   not say whether those approvals automatically benefit" (b); "Kessler said she did not expect a
#   flood of new investment" (c); "won't have to file anything" (b) supports f4; "no longer needs"
#   (a, b) supports f3/f4; "need not declare ... if no authority has notified them" (b, f17).
# - Hedged vs asserted: the EU Chamber's "should ease" (a) -> 可望減輕 (f8); Kessler's "may still
#   be stuck" (c) -> 仍可能 (f9) next to her asserted "close to a clean bill of health"; Hsu asserts
#   "won't have to file anything"; "Shanghai and Tianjin are expected to" (a, f21) is hedged.
# - Reported speech from several speakers: the CAC, the EU Chamber (a: recommendations adopted,
#   should ease burden; c: pleased thresholds raised), AmCham China (c: "a positive step" but wants a
#   definition), Hsu (b), Kessler (c), Premier Li (c), "two people familiar" (a), state media (a, c).
#   Mutant m10 moves the EU Chamber's statement to AmCham China; m09 moves the rules from the CAC to
#   the commerce ministry, which the sources cite only for FDI data.
# - Numbers in furniture: the ticker "3,048.03 -0.95%", "16,499.47", "7.2290 +0.4%" (a); "Updated 1
#   hour ago"; "Jan-Feb FDI slumps 19.9%" and "about 100 foreign CEOs" and "March 21" (a Related);
#   "14 Asian jurisdictions", "7 a.m.", "April 11", "30 days", "62%", "5% of revenue" (b);
#   "8 min read", "42 min", "30-year low", "5 things", "April 30" (c).

A = "a-meridian.en.txt"
B = "b-ledger.en.txt"
C = "c-lantern.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-03-22",
         "what": "The CAC published the Provisions on Promoting and Regulating Cross-Border Data Flows on Friday 22 March 2024, effective immediately",
         "in": {S: "中國國家網信辦當地時間週五（3月22日）公布《促進和規範數據跨境流動規定》，即日起施行",
                A: "The Cyberspace Administration of China (CAC) said the Provisions on Promoting and Regulating Cross-Border Data Flows took effect immediately",
                B: "landed on Friday, March 22, when the Cyberspace Administration of China published the Provisions on Promoting and Regulating Cross-Border Data Flows",
                C: "which came into force as soon as they were published"}},
        {"id": "f2", "status": "agreement", "value": "2023-09",
         "what": "The provisions finalise a draft released for comment in September 2023 (b: Sept. 28)",
         "in": {S: "這項規定是去年9月公布草案後的定稿",
                A: "They finalise a draft that the regulator put out for public comment last September",
                B: "sticks closer to the Sept. 28 draft than many practitioners expected"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Data from international trade, cross-border transport, academic cooperation, cross-border manufacturing and marketing is exempt from security assessment declaration if it contains no personal information or important data",
         "in": {S: "明訂國際貿易、跨境運輸、學術合作、跨國生產製造和市場行銷等活動中收集和產生的資料，只要不含個資或重要資料，出境時免予申報安全評估",
                A: "Data collected or generated in international trade, cross-border transport, academic cooperation, cross-border manufacturing and marketing no longer needs to be declared for a security assessment, provided it contains no personal information or important data"}},
        {"id": "f4", "status": "agreement", "value": "<100000 persons",
         "what": "Non-CIIO handlers sending abroad non-sensitive personal information of fewer than 100,000 people since 1 January of the year need none of the three mechanisms (assessment, standard contract, certification)",
         "in": {S: "非關鍵資訊基礎設施營運者自當年1月1日起，累計向境外提供未滿10萬人個資（不含敏感個資）者，可免除安全評估、標準合約及個資保護認證等程序",
                B: "sent abroad the non-sensitive personal information of fewer than 100,000 individuals in total no longer needs any of the three transfer mechanisms",
                C: "Firms that handle the personal information of fewer than 100,000 people a year"}},
        {"id": "f5", "status": "agreement", "value": ">1000000 persons | >10000 persons (sensitive)",
         "what": "Transfers of personal information of more than 1 million people, or sensitive personal information of more than 10,000 people, in a year still require a security assessment",
         "in": {S: "一年內向境外提供逾100萬人個資或逾1萬人敏感個資者，仍須申報安全評估",
                A: "send abroad the personal information of more than a million people, or the sensitive personal information of more than 10,000 people, must still apply for a security assessment",
                B: "Above 1 million individuals, or 10,000 for sensitive data, a security assessment is required",
                C: "those moving data on more than one million people, still need a full security assessment"}},
        {"id": "f6", "status": "agreement", "value": "P3Y (was P2Y)",
         "what": "Security assessment approvals are now valid for three years instead of two (c: 36 months rather than 24)",
         "in": {S: "安全評估結果的有效期由2年延長為3年",
                B: "A clearance is valid for three years, up from two",
                C: "Approvals, once granted, will be valid for 36 months rather than 24"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Pilot free trade zones may draw up their own negative lists; data not on a list can be sent abroad freely",
         "in": {S: "各自貿區也可自行制定負面清單，清單以外的資料可自由出境",
                A: "let China's pilot free trade zones draw up their own \"negative lists\" of data that need government clearance, and data not on a zone's list can be sent abroad freely",
                B: "Pilot free trade zones may draw up negative lists of data in their zones that remain subject to the transfer mechanisms",
                C: "Each pilot zone may now write a negative list"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The EU Chamber of Commerce in China said in a statement that the final rules adopted several members' recommendations and should ease the compliance burden (hedged)",
         "in": {S: "中國歐盟商會發表聲明指出，最終版本採納了會員企業的多項建議，可望減輕歐洲企業的合規負擔",
                A: "said in a statement that the final rules took on board several of its members' recommendations and should ease the compliance burden for European companies",
                C: "The European Union Chamber of Commerce in China said it was pleased that thresholds it had lobbied for were raised"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Nadia Kessler of Shanghai-based Harbourline Advisory said multinationals in finance, pharmaceuticals and autos may still be stuck on what counts as important data (hedged, attributed)",
         "in": {S: "金融、製藥和汽車等產業的跨國企業，仍可能卡在「重要資料」如何認定的問題上",
                C: "multinationals in finance, pharmaceuticals and autos may still be stuck on what counts as important data"}},
        {"id": "f10", "status": "agreement", "value": "-8% | 1130000000000 CNY (2023)",
         "what": "Foreign direct investment into China fell 8% in 2023 to 1.13 trillion yuan (c: roughly USD 157 billion), per commerce ministry data",
         "in": {S: "去年外人直接投資年減8%至約1.13兆元人民幣",
                A: "Foreign direct investment into China fell 8% last year to 1.13 trillion yuan",
                C: "Foreign direct investment fell 8% in 2023 to roughly $157 billion"}},
        {"id": "f11", "status": "agreement", "value": "-19.9% (2024-01..02)",
         "what": "FDI dropped 19.9% year on year in January-February 2024 (近2成)",
         "in": {S: "今年前2個月更年減近2成",
                A: "dropped 19.9% year on year in January and February"}},
        {"id": "f12", "status": "source-conflict", "value": "285 | 400",
         "what": "Security assessment applications approved by the end of 2023: about 285 per state media cited by a versus roughly 400 per an official count cited by c",
         "in": {S: "有通訊社引述官媒稱截至2023年底約285件，也有媒體指約400件",
                A: "regulators had approved about 285 security assessment applications by the end of 2023",
                C: "The CAC had cleared roughly 400 outbound data applications by the end of last year"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "The Japanese Chamber of Commerce and Industry in China also welcomed the rules in a statement (no source mentions it)",
         "in": {S: "中國日本商會也發表聲明表示歡迎"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "Personal information that must leave China to perform a contract (cross-border shopping, shipping, remittances, hotel and flight bookings, visas) is exempt",
         "in": {A: "Personal information that has to leave the country to carry out a contract, such as for cross-border shopping, shipping, remittances, hotel and flight bookings or visa applications, is also exempt"}},
        {"id": "f15", "status": "omission", "value": "100000-1000000 persons | <10000 sensitive",
         "what": "Between 100,000 and 1 million people, or sensitive information of fewer than 10,000, a standard contract or certification is needed",
         "in": {B: "Between 100,000 and 1 million individuals, or for sensitive personal information of fewer than 10,000 individuals, handlers must sign and file a standard contract or obtain certification"}},
        {"id": "f16", "status": "omission", "value": "60 working days",
         "what": "A handler may apply to extend a clearance within 60 working days before it expires",
         "in": {B: "a handler may apply to extend it within 60 working days before it expires"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Handlers need not declare data as important unless an authority has notified them or announced that it is important data (negated)",
         "in": {B: "handlers need not declare data for a security assessment if no authority has notified them, or publicly announced, that it counts as important data"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Employee personal information sent abroad for cross-border HR management under labour rules and collective contracts is exempt",
         "in": {B: "Personal information of staff that has to be sent abroad for cross-border human resources management under labour rules and collective contracts is exempt"}},
        {"id": "f19", "status": "omission", "value": "2024-03-24",
         "what": "Premier Li Qiang told foreign executives at the China Development Forum on Sunday 24 March that China would keep opening up and ease data flows",
         "in": {C: "Premier Li Qiang told foreign executives on Sunday that China would keep opening up and make it easier to move data across borders"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "AmCham China called the provisions a positive step but said companies still need a clear definition of important data and consistent enforcement",
         "in": {C: "The American Chamber of Commerce in China called the provisions \"a positive step\" but said companies still need a clear definition of important data"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "Shanghai and Tianjin are expected to be among the first zones to publish negative lists, according to two people familiar (hedged)",
         "in": {A: "Shanghai and Tianjin are expected to be among the first zones to publish lists"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "未滿10萬人", "mutated": "未滿1萬人",
         "note": "exemption below 100,000 people -> below 10,000 (the draft's bar, b; also the sensitive-data threshold)"},
        {"n": 2, "type": "number", "fact": "f6", "original": "延長為3年", "mutated": "延長為5年",
         "note": "assessment validity extended to three years (b; c: 36 months) -> five years"},
        {"n": 3, "type": "date", "fact": "f1", "original": "即日起施行", "mutated": "4月1日起施行",
         "note": "effective immediately on 22 March (a, b, c) -> from 1 April"},
        {"n": 4, "type": "date", "fact": "f2", "original": "去年9月", "mutated": "去年12月",
         "note": "draft released in September 2023 (a: last September; b: Sept. 28) -> December 2023"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "只要不含個資", "mutated": "即使含有個資",
         "note": "exempt provided it contains no personal information (a) -> exempt even if it contains personal information"},
        {"n": 6, "type": "negation", "fact": "f5", "original": "仍須申報", "mutated": "無須申報",
         "note": "large transfers must still apply for a security assessment (a, b, c) -> need not apply"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "跨境運輸", "mutated": "跨境金融",
         "note": "cross-border transport -> cross-border finance; no source exempts finance data (c says finance firms may still be stuck)"},
        {"n": 8, "type": "entity", "fact": "f7", "original": "各自貿區", "mutated": "各經濟特區",
         "note": "pilot free trade zones may draw up negative lists -> special economic zones; no source says so"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "中國國家網信辦", "mutated": "中國商務部",
         "note": "the provisions were issued by the CAC; the sources cite the commerce ministry only for FDI data"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "中國歐盟商會", "mutated": "中國美國商會",
         "note": "the statement that members' recommendations were adopted came from the EU Chamber (a); AmCham China called it a positive step but asked for a definition of important data (c)"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "可望減輕", "mutated": "已減輕",
         "note": "the rules 'should ease' the compliance burden (a) -> have already eased it"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "仍可能卡在", "mutated": "仍將卡在",
         "note": "hedged 'may still be stuck' (c) -> asserted 'will be stuck'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "1.13兆元人民幣", "mutated": "1.13兆美元",
         "note": "currency yuan -> US dollars (1.13 trillion yuan is about USD 157 billion, c)"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "年減近2成", "mutated": "年減近3成",
         "note": "January-February FDI down 19.9% (a), nearly 20% -> nearly 30%"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | World | Business | Markets | Technology | Asia | Video"},
            {"inline": "MARKETS: Shanghai Composite 3,048.03 -0.95% | Hang Seng 16,499.47 -2.16% | USD/CNY 7.2290 +0.4%"},
            {"inline": "By Helen Markovic and Li Jun | 9:42 PM GMT+8, Friday, March 22, 2024 | Updated 1 hour ago"},
            "(Reporting by"],
        B: [{"inline": "Compliance Ledger Asia | Privacy | Cybersecurity | Trade Controls | Events | Subscribe"},
            {"inline": "DATA TRANSFERS | March 25, 2024 | By Ruth Calloway | 6 min read"},
            "Get the Compliance Ledger Asia daily"],
        C: [{"inline": "Lantern Street Review | China | Economy | Tech Policy | Podcasts | Newsletters"},
            {"inline": "ANALYSIS"},
            {"inline": "By Marcus Feld | Tuesday, March 26, 2024 | 8 min read"},
            "Share this analysis"],
    },
}
