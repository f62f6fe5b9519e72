# Gold specification for story `intel-government-stake` (the US government's August 2025 deal to take a
# 9.9% equity stake in Intel by converting CHIPS Act and Secure Enclave grants into shares). The summary
# is in Traditional Chinese, Taiwan style (川普, 英特爾, 晶片, 台積電, 億/萬, 新台幣, 上週五, 本週一).
# All texts are invented for evaluation (the deal's price, share count, funding split, warrant terms and
# the 76% revenue figure follow the real announcement and 8-K; wording, quotes, outlets, the analyst,
# the law professor, the Taipei ministry statement, the escrow count and the gain in c are made up).
#
# Traps:
# - Same number, different things: Trump's "worth about $11 billion" (market value of the shares, a, c;
#   summary 110億美元) vs "$11.1 billion" total government investment (a; summary 111億美元); the
#   $4.33 discount per share (c) vs 433.3 million shares (a, b); the $20 warrant/escrow price (b) vs the
#   $20.47 purchase price; the 5% warrant (b) vs the 5.5% Friday gain (a); SoftBank's $2 billion (a,
#   omitted) vs the $2.2 billion already received (a).
# - Equal amounts in different units or scales: "$3.2 billion" (a) = "$3,200 million" (b) = 32億美元;
#   "$8.9 billion" (a) vs "roughly $9 billion" (c); "about a tenth" (c) = "roughly 10%" (a); the summary
#   adds a conversion 約新台幣2720億元 that no source gives (derived, not a claim of its own).
# - Percent vs percentage points: "an additional 5% of Intel's common stock" (b) vs "lift Washington's
#   holding by about five percentage points" (c); "a discount of roughly 17%" (b) is a percent of price.
# - Yearless and relative dates: "On Monday" in a (dated Fri 22 Aug) is 18 August (SoftBank), while
#   "on Monday" in b (Tue 26 Aug) and c (Wed 27 Aug) is 25 August (8-K, Lutnick, Taipei ministry);
#   "earlier this month", "in March", "last year" (c: 2024) = "fiscal 2024" (b) = 去年 (summary dated
#   2025-08-28); "closing ... on Tuesday" (b) is 26 August.
# - Report date vs event date: b and c are dated 26 and 27 August but report the Friday 22 August
#   announcement ("last week's headline deal", "on Aug. 22"); the summary's 上週五（22日） and 本週一.
# - Negations that do not conflict: "did not respond to a request for comment" (a, c), "declined to
#   comment beyond the filing", "did not answer questions" (b), "declined to say whether" (c), "None of
#   the money is new", "does not add a dollar of new capital spending" (b), "taxpayers are not spending
#   anything extra" (c), "Nobody in the administration has said"; "will not get a board seat" (b) and
#   "had not received any request" (c) support the negated f5 and f11.
# - Hedged vs asserted: the 8-K's "could hurt its international sales" (b) = 可能衝擊; the analyst's
#   "could be applied" (c) = 可能擴及; "could lift ... by about five percentage points" (c); "could become
#   an early building block" (Hassett, c).
# - Reported speech from several speakers: Trump, Tan, Lutnick (a, c), Paul, Sanders, Hassett, Grace Lin,
#   Mara Feldstein, the Taipei ministry (c); Intel's filing (b).
# - Numbers in furniture: "INTC 24.80 +1.30 (+5.53%)", "15% of China chip revenue", "$16.5 billion
#   Tesla chip order", "8 basis points", "$2B Intel bet (Aug. 19)", "$3B military chip program", "Q3 2026",
#   "$6.1B CHIPS award", "31,000 engineers", "120,000 readers", "$8 a month", "episode 214", "9:12".

A = "a-tps.en.txt"
B = "b-foundryledger.en.txt"
C = "c-northgate.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-08-22 | 10%",
         "what": "On Friday 22 August 2025 Trump announced that the US government would take a roughly 10% stake in Intel",
         "in": {S: "美國總統川普上週五（22日）宣布，美國政府將取得晶片大廠英特爾約10%股權",
                A: "President Donald Trump said on Friday that the U.S. government will take a roughly 10% stake in Intel",
                C: "When Trump announced on Aug. 22 that Washington would own about a tenth of Intel"}},
        {"id": "f2", "status": "agreement", "value": "433300000 shares | 20.47 USD | 9.9%",
         "what": "The government buys 433.3 million newly issued common shares at USD 20.47 each, a 9.9% stake",
         "in": {S: "政府將以每股20.47美元認購4.333億股新發行普通股，持股比例為9.9%",
                A: "The government will buy 433.3 million newly issued shares at $20.47 each, equal to a 9.9% stake",
                B: "the government gets 433.3 million shares of common stock at $20.47 per share"}},
        {"id": "f3", "status": "agreement", "value": "8900000000 USD = 5700000000 + 3200000000",
         "what": "The USD 8.9 billion comes from USD 5.7 billion of awarded but unpaid CHIPS Act grants and USD 3.2 billion from the Secure Enclave program (c rounds to roughly USD 9 billion)",
         "in": {S: "資金來自晶片法案已核定但尚未撥付的57億美元補助，以及國防「安全飛地」計畫的32億美元",
                A: "The $8.9 billion will come from $5.7 billion in CHIPS Act grants that had been awarded but not yet paid and $3.2 billion under the Secure Enclave program",
                B: "Some $5.7 billion of unpaid CHIPS grants and $3,200 million earmarked for Secure Enclave are being turned into equity",
                C: "The government is handing over roughly $9 billion in subsidies that Intel had already been promised"}},
        {"id": "f4", "status": "agreement", "value": "2200000000 USD | 11100000000 USD",
         "what": "With the USD 2.2 billion Intel already received, the government's total investment comes to USD 11.1 billion",
         "in": {S: "加計英特爾先前已領取的22億美元，政府投入合計達111億美元",
                A: "Together with the $2.2 billion in grants Intel has already received, the government's total investment in the company comes to $11.1 billion"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The stake is passive: no board seat or other governance rights (negated); the government votes with the board's recommendations, with limited exceptions",
         "in": {S: "不會取得董事會席次或其他治理權，並同意依董事會建議行使投票權",
                B: "The government will not get a board seat or other governance rights, and it has agreed to vote its shares in line with the board's recommendations, with limited exceptions"}},
        {"id": "f6", "status": "agreement", "value": "5 years | +5% | 20 USD | <51%",
         "what": "A five-year warrant lets the government buy an additional 5% at USD 20 a share, exercisable only if Intel's ownership of its foundry business falls below 51% (c: about five percentage points)",
         "in": {S: "政府另獲得一份為期5年的認股權證，可再以每股20美元買進5%股權，但僅限英特爾對晶圓代工業務的持股降至51%以下時才能行使",
                B: "a five-year warrant that lets the government buy an additional 5% of Intel's common stock at $20 per share",
                C: "could lift Washington's holding by about five percentage points if Intel ever gives up control of that foundry unit"}},
        {"id": "f7", "status": "agreement", "value": "11000000000 USD",
         "what": "Trump wrote on Truth Social that the US paid nothing for the shares, which are worth about USD 11 billion",
         "in": {S: "川普在社群平台「真實社群」發文稱，美國「沒花一毛錢」就取得這些股份，目前市值約110億美元",
                A: "Trump wrote on Truth Social that the United States had paid nothing for the shares and that they were now worth about $11 billion",
                C: "In a Truth Social post he said the country had paid nothing for the stake and that the shares were worth roughly $11 billion"}},
        {"id": "f8", "status": "agreement", "value": "2025-08-25 | 76% (FY2024)",
         "what": "In its SEC filing on Monday 25 August Intel said the discounted issue dilutes stockholders, 76% of FY2024 revenue came from outside the US, and government ownership could hurt international sales (hedged)",
         "in": {S: "英特爾本週一向美國證券交易委員會（SEC）提交的文件指出，以低於市價的價格發行新股將稀釋現有股東權益，且公司去年有76%營收來自美國以外，政府持股可能衝擊海外業務",
                B: "It noted that 76% of its revenue in fiscal 2024 came from outside the United States and warned that government ownership could hurt its international sales"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Grace Lin of Suruga Securities said the grants-for-equity template could be applied to Micron, Samsung and TSMC (hedged, attributed)",
         "in": {S: "這種「補助換股權」模式未來可能擴及美光、三星及台積電等獲補助企業",
                C: "the same template could be applied to Micron, Samsung and TSMC"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Sen. Rand Paul called the stake a step toward socialism; Sen. Bernie Sanders said taxpayers deserve a reasonable return",
         "in": {S: "共和黨籍參議員保羅（Rand Paul）批評此舉是邁向社會主義的一步，獨立派參議員桑德斯（Bernie Sanders）則認為，納稅人資助晶片企業理應獲得合理回報",
                C: "Sen. Rand Paul, a Kentucky Republican, called government ownership of Intel a step toward socialism"}},
        {"id": "f11", "status": "agreement", "value": "2025-08-25",
         "what": "Taiwan's Ministry of Economic Affairs said on Monday it had not received any US request for a stake in TSMC (negated)",
         "in": {S: "經濟部本週一表示，並未接獲美方入股台積電的要求",
                C: "the Ministry of Economic Affairs said on Monday it had not received any request from Washington for a stake in TSMC"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "After the deal the government will overtake BlackRock as Intel's largest shareholder (no source says so)",
         "in": {S: "美國政府將超越貝萊德成為英特爾最大股東"}},
        {"id": "f13", "status": "unsupported", "value": ">20% YTD",
         "what": "Intel shares are up more than 20% so far this year (no source says so)",
         "in": {S: "英特爾股價今年以來累計漲幅也已逾2成"}},
        {"id": "f14", "status": "omission", "value": "2000000000 USD @ 23 USD",
         "what": "On Monday 18 August SoftBank agreed to buy USD 2 billion of Intel stock at USD 23 a share",
         "in": {A: "On Monday, Japan's SoftBank Group agreed to buy $2 billion of Intel common stock at $23 a share"}},
        {"id": "f15", "status": "omission", "value": "158700000 shares",
         "what": "158.7 million of the shares sit in escrow until Secure Enclave funds are disbursed",
         "in": {B: "Of the total, 158.7 million shares will sit in escrow and be released only as Secure Enclave funds are disbursed"}},
        {"id": "f16", "status": "omission", "value": "1 year",
         "what": "The government cannot sell or transfer the shares until one year after closing, expected on Tuesday 26 August",
         "in": {B: "It cannot sell or transfer the shares until one year after closing"}},
        {"id": "f17", "status": "omission", "value": "19000000000 USD (2024)",
         "what": "Intel lost nearly USD 19 billion last year (2024)",
         "in": {C: "Intel lost nearly $19 billion last year"}},
        {"id": "f18", "status": "source-conflict", "value": "+5.5% (a) vs nearly +7% (c)",
         "what": "Intel's gain on Friday 22 August: closed up 5.5% at USD 24.80 (a) vs rose nearly 7% (c)",
         "in": {A: "Intel shares closed up 5.5% at $24.80 on Friday",
                C: "Intel's stock rose nearly 7% on Friday"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "57億美元補助", "mutated": "75億美元補助",
         "note": "USD 5.7 billion of unpaid CHIPS grants -> USD 7.5 billion (digits transposed)"},
        {"n": 2, "type": "number", "fact": "f2", "original": "每股20.47美元", "mutated": "每股24.80美元",
         "note": "purchase price USD 20.47 -> USD 24.80, the Friday closing price in a"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上週五（22日）", "mutated": "上週四（21日）",
         "note": "announcement on Friday 22 August -> Thursday 21 August"},
        {"n": 4, "type": "date", "fact": "f8", "original": "英特爾本週一", "mutated": "英特爾上週一",
         "note": "SEC filing on Monday 25 August (b) -> Monday 18 August, the day of the SoftBank deal"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "不會取得董事會席次", "mutated": "將取得董事會席次",
         "note": "no board seat (b) -> the government gets a board seat"},
        {"n": 6, "type": "negation", "fact": "f11", "original": "並未接獲", "mutated": "已接獲",
         "note": "the ministry had not received a US request about TSMC (c) -> it has received one"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "美國政府將取得", "mutated": "軟銀集團將取得",
         "note": "the US government -> SoftBank (which bought USD 2 billion of shares, a); no source says SoftBank takes 10%"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "來自晶片法案", "mutated": "來自通膨削減法案",
         "note": "CHIPS Act grants -> Inflation Reduction Act; no source mentions that law"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "川普在社群平台", "mutated": "盧特尼克在社群平台",
         "note": "the 'paid nothing' post was Trump's on Truth Social (a, c); Lutnick posted on X that the deal was historic (a)"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "獨立派參議員桑德斯（Bernie Sanders）則認為",
         "mutated": "白宮國家經濟會議主任哈塞特（Kevin Hassett）則認為",
         "note": "the taxpayers' return view was Sanders' (c); Hassett spoke of a sovereign wealth fund"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "政府持股可能衝擊", "mutated": "政府持股勢必衝擊",
         "note": "hedged 'could hurt its international sales' (b) -> asserted 'will certainly hurt'"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "未來可能擴及", "mutated": "未來將擴及",
         "note": "hedged 'could be applied to Micron, Samsung and TSMC' (c) -> asserted 'will extend'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "市值約110億美元", "mutated": "市值約110億新台幣",
         "note": "currency USD -> TWD (USD 11 billion is about TWD 337 billion)"},
        {"n": 14, "type": "percentage", "fact": "f6", "original": "買進5%股權", "mutated": "買進15%股權",
         "note": "an additional 5% (b; about five percentage points, c) -> 15%, the holding after exercise"},
    ],
    "boilerplate": {
        A: [{"inline": "Home > Business > Technology | Markets | World | Video"},
            {"inline": "By Rebecca Haldane and Owen Pratt | 5:42 PM EDT, Friday, August 22, 2025 | Updated 6:15 PM EDT"},
            "(Reporting by Rebecca Haldane"],
        B: [{"inline": "Foundry Ledger | Fabs | Equipment | Policy | Markets | Subscribe"},
            {"inline": "POLICY | August 26, 2025 | By Kenji Aldous, Senior Policy Editor"},
            "Related coverage"],
        C: [{"inline": "Northgate Economic Review > Analysis > Industrial Policy"},
            {"inline": "By Priya Venkataraman | Wednesday, August 27, 2025 | 8 min read"},
            {"inline": "Listen to this article (9:12)"},
            "Enjoyed this analysis?"],
    },
}
