# Gold specification for story `huawei-licences` (the US Commerce Department revokes export
# licences that let US suppliers, among them Intel and Qualcomm, sell chips to Huawei; confirmed
# Tuesday 7 May 2024; Intel's licence had been granted in 2020 under the Trump administration;
# Intel trims its Q2 outlook; MOFCOM calls it "economic coercion").
# All texts are invented for evaluation: the outlets (Transoceanic News Service, Semiconductor
# Trade Weekly, Formosa Bytes), reporters, analysts, most quotes, the Qualcomm revenue
# estimates and the share moves are made up; Commerce, Intel, Qualcomm, Huawei, MOFCOM and the
# named lawmakers are real. The summary is in Traditional Chinese, Taiwan usage (川普, 晶片, 筆電).
#
# f14 is a genuine source-versus-source conflict: a puts Qualcomm's annual Huawei revenue at about
# USD 600 million (Westbrook Capital analyst; c repeats it as NT$19.5 billion); b at close to
# USD 1 billion (industry sources). The summary gives both, each with its own attribution.
#
# Traps:
# - Same amount in two currencies: c "about NT$19.5 billion (US$600 million)" vs a "about $600
#   million". Same figure, not a conflict.
# - Same guidance written two ways: "$12.5 billion to $13.5 billion" (a) vs "$12.5 billion-$13.5
#   billion" (b); "below the midpoint" (a, b) vs "below the middle of its forecast range" (c).
# - Share move at two times: c "slid about 2% in premarket trading", a "fell 2.4% shortly after the
#   opening bell"; different moments, not a conflict.
# - Same number, two meanings: "2" in "two companies" (McCaul quote, b), "about 2%" (c), "2.5
#   times" (b teaser); "10" is
#   Intel's top-10 customers (b, f16) and a "10%" teaser (a); "2020" licence year vs "2019" listing.
# - Relative vs calendar dates: a (Wed 8 May) "on Tuesday", b (Fri 10 May) "earlier this week",
#   c (Thu 9 May) "On Tuesday (May 7)"; "by Wednesday" (c) = 8 May; "last month" (c) = April.
# - Non-contradicting negations: "The filing did not name the customer" (about Intel, not the
#   department), "Huawei did not respond", "Licences are not permanent", "none of the companies
#   we asked said they expected orders to change", "wasn't amused", "not huge ... but not nothing",
#   "Washington may not be finished". The summary's own negations (f2, f7) are supported.
# - Teasers with claim-like numbers: "jumps 60%", "soars 564%", "by 10%", "climb 13%",
#   "$6.4 billion", "2.5 times", "up 19%", "2,000 more workers", "Join 12,000 readers".
# - Image caption with a date (c): "April 2024" is furniture.

A = "a-tns.en.txt"
B = "b-semitrade.en.txt"
C = "c-formosabytes.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-05-07",
         "what": "On Tuesday 7 May 2024 the Commerce Department confirmed it had revoked certain licences for exports to Huawei; Intel and Qualcomm among those affected",
         "in": {S: "美國商務部5月7日證實，已撤銷部分允許美國企業向華為出口產品的許可證",
                A: "The U.S. Commerce Department confirmed on Tuesday that it had revoked certain licences allowing American companies to export goods to Huawei Technologies",
                C: "On Tuesday (May 7), the U.S. Commerce Department said it had revoked some of the licences that let American firms ship to Huawei"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The department did not identify the companies affected (negated)",
         "in": {S: "但未具體說明受影響的企業名單",
                A: "The spokesperson did not identify the companies whose licences were withdrawn",
                B: "declined to say which suppliers, or how many, were affected"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The licences covered chips for Huawei laptops and handsets; some revocations took effect immediately",
         "in": {S: "部分撤銷已立即生效",
                A: "some of the revocations took effect immediately"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Huawei's MateBook X Pro, launched in April, runs on Intel's Core Ultra 9 and drew Republican criticism",
         "in": {S: "搭載英特爾Core Ultra 9處理器的AI筆電MateBook X Pro",
                A: "powered by Intel's Core Ultra 9 processor",
                C: "It runs on an Intel Core Ultra 9 chip"}},
        {"id": "f5", "status": "agreement", "value": "2020",
         "what": "Intel's licence was granted in 2020 under the Trump administration",
         "in": {S: "是川普政府於2020年核發的",
                A: "Intel's licence was granted in 2020 under the Trump administration",
                C: "Intel got its licence to keep supplying laptop processors in 2020"}},
        {"id": "f6", "status": "agreement", "value": "12500000000-13500000000 USD",
         "what": "Intel said Q2 revenue would be below the midpoint of its USD 12.5-13.5 bn forecast",
         "in": {S: "第二季營收將低於先前125億至135億美元財測區間的中點",
                A: "its second-quarter revenue would come in below the midpoint of its earlier forecast of $12.5 billion to $13.5 billion",
                B: "second-quarter revenue would fall below the midpoint of the $12.5 billion-$13.5 billion guidance it gave in April"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Revenue would stay within the range (negated: would not drop out of it)",
         "in": {S: "但不會跌出該區間",
                A: "though still within that range",
                B: "but would not drop out of the range"}},
        {"id": "f8", "status": "agreement", "value": "-2.4%",
         "what": "Intel shares fell 2.4% after the open on Wednesday",
         "in": {S: "英特爾股價週三開盤後下跌約2.4%",
                A: "Intel shares fell 2.4% shortly after the opening bell in New York"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Qualcomm confirmed on Wednesday one of its licences was revoked and said it would keep complying with export rules",
         "in": {S: "高通週三證實，其一張對華為銷售的許可證遭撤銷",
                A: "Qualcomm confirmed on Wednesday that the department had revoked one of its licences to sell to Huawei",
                C: "Qualcomm said it would keep following all applicable export rules"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "House Foreign Affairs chairman Michael McCaul said the action amounted to blocking any chips sold to Huawei",
         "in": {S: "眾議院外交委員會主席麥考爾表示，此舉等於封鎖所有賣給華為的晶片",
                B: "Michael McCaul, chairman of the House Foreign Affairs Committee, said the action amounted to blocking any chips sold to Huawei"}},
        {"id": "f11", "status": "agreement", "value": "6",
         "what": "Officials may sanction six more Chinese companies suspected of supplying Huawei (hedged)",
         "in": {S: "美國官員也可能對另外6家涉嫌向華為供貨的中國企業實施制裁",
                A: "Officials are also weighing sanctions on six more Chinese companies suspected of supplying chips to Huawei",
                C: "U.S. officials are reportedly considering sanctions on six other Chinese companies"}},
        {"id": "f12", "status": "agreement", "value": "2024-05-08",
         "what": "MOFCOM said on Wednesday the revocation was economic coercion and violated WTO rules",
         "in": {S: "中國商務部週三批評，美方撤銷許可證是「經濟脅迫」",
                A: "China's Ministry of Commerce said on Wednesday that withdrawing the licences amounted to \"economic coercion\"",
                B: "The Chinese commerce ministry called it economic coercion and said it broke WTO rules",
                C: "China's commerce ministry said on Wednesday the move was \"economic coercion\""}},
        {"id": "f13", "status": "agreement", "value": "2019",
         "what": "Huawei has been on a US trade restriction list since 2019",
         "in": {S: "華為自2019年起即被列入美國貿易限制清單",
                A: "after Huawei was placed on a U.S. trade restriction list in 2019",
                C: "Huawei has been on the U.S. trade blacklist since 2019"}},
        {"id": "f14", "status": "source-conflict", "value": "600000000 USD | 1000000000 USD",
         "what": "Qualcomm's annual Huawei revenue: about USD 600 million (a; c as NT$19.5 bn) vs close to USD 1 billion (b)",
         "in": {S: "有分析師估計約6億美元，也有業界人士認為接近10億美元",
                A: "estimated that Qualcomm earns about $600 million a year from Huawei",
                B: "Industry sources put the company's Huawei revenue at close to $1 billion a year"}},
        {"id": "f15", "status": "unsupported", "value": "20%",
         "what": "A Huawei spokesperson said laptop shipments are still expected to grow 20% this year (no source says so)",
         "in": {S: "今年筆電出貨量仍可望成長兩成"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Analysts said Huawei is not among Intel's top 10 customers",
         "in": {B: "Analysts at the brokerage Tessaly Partners said Huawei is not among Intel's top 10 customers"}},
        {"id": "f17", "status": "omission", "value": "FY2025",
         "what": "Qualcomm's patent licensing agreement with Huawei runs out in fiscal 2025",
         "in": {B: "its patent licensing agreement with Huawei runs out in fiscal 2025"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Rep. Elise Stefanik said the action would bolster US national security",
         "in": {B: "Elise Stefanik, a Republican congresswoman from New York, said in a statement that the action would bolster U.S. national security"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "AMD never received a licence to sell comparable processors to Huawei (negated)",
         "in": {B: "Rival Advanced Micro Devices had never received a licence to sell comparable processors to Huawei"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "125億", "mutated": "115億",
         "note": "guidance range USD 12.5-13.5 bn (a, b) -> 11.5-13.5 bn"},
        {"n": 2, "type": "number", "fact": "f11", "original": "另外6家", "mutated": "另外16家",
         "note": "six more Chinese companies (a, c) -> sixteen"},
        {"n": 3, "type": "date", "fact": "f1", "original": "5月7日證實", "mutated": "5月3日證實",
         "note": "Commerce confirmed on Tuesday 7 May (a, c), not 3 May"},
        {"n": 4, "type": "date", "fact": "f5", "original": "於2020年核發", "mutated": "於2022年核發",
         "note": "Intel's licence was granted in 2020 (a, c), not 2022"},
        {"n": 5, "type": "negation", "fact": "f2", "original": "但未具體說明", "mutated": "並具體說明了",
         "note": "the department did not identify the companies (a, b) -> it did"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "但不會跌出該區間", "mutated": "且將跌出該區間",
         "note": "revenue stays within the range (a, b) -> will fall out of it"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "英特爾Core Ultra 9處理器", "mutated": "高通Snapdragon X Elite處理器",
         "note": "the MateBook X Pro runs on Intel's Core Ultra 9 (a, c); no source names a Snapdragon X Elite"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "世界貿易組織（WTO）", "mutated": "區域全面經濟夥伴協定（RCEP）",
         "note": "MOFCOM said the move violated WTO rules (a, b, c), not RCEP"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "麥考爾", "mutated": "史蒂芬尼克",
         "note": "the 'blocking any chips' remark is McCaul's (b); Stefanik said something else (b, f18)"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "中國商務部週三", "mutated": "中國外交部週三",
         "note": "the 'economic coercion' statement came from the Ministry of Commerce (a, b, c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "也可能對", "mutated": "已對",
         "note": "officials are weighing / considering sanctions (a, c) -> have imposed them"},
        {"n": 12, "type": "modality", "fact": "f3", "original": "已立即生效", "mutated": "可能立即生效",
         "note": "some revocations took effect immediately (a) -> only may have"},
        {"n": 13, "type": "unit", "fact": "f6", "original": "135億美元", "mutated": "135億新台幣",
         "note": "the guidance is in US dollars (a, b), not New Taiwan dollars"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "約2.4%", "mutated": "約4.2%",
         "note": "Intel shares fell 2.4% after the open (a), not 4.2%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Whitfield and Ken Adebayo | May 8, 2024 11:02 AM EDT | Updated an hour ago"},
            "Related coverage"],
        B: [{"inline": "Policy & Export Controls | 10 May 2024 | By Natalie Brenner, Senior Analyst"},
            "Also in this issue"],
        C: [{"inline": "Posted by Chen Li-wen | May 9, 2024 at 8:30 PM | Chips & Policy"},
            {"inline": "Huawei's MateBook X Pro on display at a Shenzhen store, April 2024. (Photo: Formosa Bytes)"},
            "Tags: Huawei, Intel, Qualcomm, export controls"],
    },
}
