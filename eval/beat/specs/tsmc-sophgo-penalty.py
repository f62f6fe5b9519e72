# Gold specification for story `tsmc-sophgo-penalty` (reports on Tuesday 8 April 2025 that TSMC
# could face a US export-control penalty of $1 billion or more after a chip it made for Sophgo
# turned up in a Huawei Ascend 910B processor; TSMC's statements; Commerce's silence). The
# summary is in Traditional Chinese, Taiwan style (台積電, 華為, 昇騰, 算能, 晶片, 實體清單,
# 新台幣, 兆, 本週二, 置評).
# All texts are invented for evaluation (the outline follows the 2025 episode: the TechInsights
# teardown, the twice-the-value rule, Sophgo's entity listing, the Seagate precedent; wording,
# quotes, analysts, lawyers, outlets and most figures are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story tsmc-sophgo-penalty`.
# f4 is a genuine source-versus-source conflict: a's source puts Sophgo's orders with TSMC at
# "more than $500 million" (consistent with a $1 billion-plus penalty at twice the value); b's
# Hsinchu supply-chain sources put them at "around US$300 million". The summary attributes each.
#
# Traps:
# - Report date vs event date: a (Tuesday 8 April) is the report; b (Wednesday 9 April) calls it
#   "a foreign wire report" from "a day" before and "Tuesday's report"; c (Thursday 10 April)
#   says "Reports this week". The summary (Friday 11 April) writes 本週二.
# - Year boundary and yearless dates: "last October" in April 2025 is October 2024 (去年10月);
#   "in January" (Sophgo's listing) and "on January 15" (the foundry rule) are 2025 (今年1月);
#   "In December" (HBM controls, 2024) sits next to it (m03 moves the teardown to 去年12月);
#   "since May 2019" (Huawei's listing) vs "since mid-September 2020" (TSMC's last Huawei
#   supply); "rules tightened in 2020"; "in April 2023" (Seagate); "last month" ($100 billion);
#   "80 additions in March" in furniture (m04 moves the listing to 今年3月).
# - Same number, different things: Seagate's "$300 million" penalty (a, c) vs b's "around US$300
#   million" order estimate; "twice the value" vs "more than 2 million such dies" vs "dual-die";
#   "$1 billion" penalty vs "roughly 1 million" processors; "$374,474" per violation is the other
#   branch of the cap, not the relevant one.
# - Equal amounts in different units: "US$1 billion equals about NT$33 billion" (新台幣330億元);
#   "NT$1.17 trillion" (新台幣1.17兆元; m13 makes it 1.17兆美元); "3 per cent" (b) and "3%" (c).
# - Hedges vs approximations: "could face", "can reach", "may have obtained", "might take
#   months", "may be commercial" (hedges) vs "more than $500 million", "around US$300 million",
#   "roughly NT$1.17 trillion", "roughly 1 million" (approximations). The penalty itself is
#   hedged in all three sources (m11 makes it certain); the cap is "up to" (m12 makes it fixed).
# - Attributions: the penalty figure comes from two unnamed people (a), not Commerce (m10);
#   the shipment halt and cooperation are TSMC's statements (b, c), not the Ministry of Economic
#   Affairs', which "did not comment on a possible fine" (m09); the order estimates are a's
#   source's and b's supply-chain sources'.
# - Negations that do not conflict: "did not say how they arrived at the penalty figure", "no
#   final decision had been made", "declined to comment on any investigation", "did not comment on
#   the size of any penalty", "would not speculate", "Neither source would be named", "did not
#   reply", "The money is not the issue", "Seagate's did not involve an intermediary", "is very
#   unlikely". The negated summary claims f6 (未曾供貨給華為), f7 (未回應置評請求) and f9 (否認)
#   are supported as negations.
# - Numbers in furniture: "2 hours ago", "9.7% one-day drop", "3-nm", "848.00 -4.0%",
#   "141.37 -2.1%", "18,459.95 -4.02%", "NT$199/month", "2025/04/09 17:30", "43.1%", "24% to
#   NT$1.64 trillion", "6 min read", "7 questions", "$2.8 million", "80 additions in March, 27 in
#   January", "April 24". The body's "3.8 per cent" share fall and "32% U.S. tariff" are not in
#   the summary.

A = "a-meridian.en.txt"
B = "b-taipeiledger.en.txt"
C = "c-tradecontrols.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": ">= 1 bn USD (hedged); 2025-04-08",
         "what": "A report on Tuesday 8 April, citing two people familiar with the matter, said TSMC could face a US export-control penalty of $1 billion or more (hedged)",
         "in": {S: "外媒本週二引述兩名知情人士報導，台積電可能因違反美國出口管制規定，面臨10億美元以上的罰款",
                A: "Taiwan Semiconductor Manufacturing Co could face a penalty of $1 billion or more to settle a U.S. export control investigation, two people familiar with the matter said",
                B: "a day after a foreign wire report said the chipmaker could face a US penalty of US$1 billion or more"}},
        {"id": "f2", "status": "agreement", "value": "2024-10",
         "what": "TechInsights found in October 2024 that a chip in Huawei's Ascend 910B matched one TSMC made for Chinese chip designer Sophgo",
         "in": {S: "事件起因於研究機構TechInsights去年10月發現，華為昇騰910B處理器內的一顆晶片，與台積電為中國晶片設計公司算能代工的晶片相符",
                A: "research firm TechInsights found last October that a chip in Huawei's Ascend 910B processor matched one TSMC had made for Sophgo",
                C: "The case began last October, when TechInsights"}},
        {"id": "f3", "status": "agreement", "value": "2x transaction value (cap)",
         "what": "Under US export-control rules the penalty can reach twice the value of the transactions",
         "in": {S: "根據美國出口管制規定，違規罰款最高可達交易金額的兩倍",
                A: "the penalty for a violation can reach twice the value of the transactions involved",
                C: "BIS may impose a civil penalty of up to $374,474 or twice the value of the transaction, whichever is greater"}},
        {"id": "f4", "status": "source-conflict", "value": "> 500 m USD | ~300 m USD",
         "what": "Value of Sophgo's orders with TSMC: more than $500 million per a person familiar (a) versus around US$300 million per Hsinchu supply-chain sources (b)",
         "in": {S: "知情人士指算能向台積電下的訂單價值超過5億美元，但台灣供應鏈人士估計僅約3億美元",
                A: "One of the people said Sophgo's orders with TSMC were worth more than $500 million",
                B: "Two supply chain sources in Hsinchu put Sophgo's orders at around US$300 million"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "TSMC said it stopped shipments to Sophgo after learning of the problem last year and is cooperating fully with the Commerce Department",
         "in": {S: "台積電表示，去年發現問題後已停止對算能出貨，並持續與美國商務部充分合作",
                B: "it stopped shipments to Chinese chip designer Sophgo after learning of the problem last year and has been cooperating fully with the US Commerce Department",
                C: "TSMC has said it halted shipments to Sophgo and is cooperating with the department"}},
        {"id": "f6", "status": "agreement", "value": "2020-09 (mid)",
         "what": "TSMC said it has not supplied Huawei since mid-September 2020 (negated)",
         "in": {S: "公司也強調自2020年9月中旬以來未曾供貨給華為",
                A: "had not supplied Huawei since mid-September 2020",
                B: "that it had not supplied Huawei since mid-September 2020"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The Commerce Department did not respond to requests for comment (negated)",
         "in": {S: "美國商務部則未回應置評請求",
                A: "The Commerce Department did not respond to requests for comment",
                C: "BIS has not commented publicly on any TSMC investigation and declined to comment for this article"}},
        {"id": "f8", "status": "agreement", "value": "2025-01",
         "what": "The Commerce Department added Sophgo to the entity list in January 2025",
         "in": {S: "美國商務部今年1月已將算能列入實體清單",
                A: "The department added Sophgo to the entity list in January",
                C: "placed Sophgo on the entity list in January as well"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Sophgo has previously denied any business relationship with Huawei",
         "in": {S: "算能先前則否認與華為有任何業務往來",
                A: "has previously denied any business relationship with Huawei"}},
        {"id": "f10", "status": "agreement", "value": "1 bn USD = 33 bn TWD; < 3% of 1.17 tn TWD",
         "what": "US$1 billion is about NT$33 billion, less than 3% of TSMC's 2024 net profit of roughly NT$1.17 trillion",
         "in": {S: "10億美元約合新台幣330億元，不到台積電去年約新台幣1.17兆元淨利的3%",
                B: "At the current exchange rate US$1 billion equals about NT$33 billion, less than 3 per cent of TSMC's 2024 net profit of roughly NT$1.17 trillion",
                C: "A penalty of $1 billion would be less than 3% of TSMC's 2024 net profit"}},
        {"id": "f11", "status": "unsupported", "value": None,
         "what": "TSMC has set aside a provision for a possible penalty (no source says so)",
         "in": {S: "台積電已就可能的罰款提列準備金"}},
        {"id": "f12", "status": "omission", "value": "300 m USD (2023)",
         "what": "Seagate agreed in 2023 to pay $300 million over drives shipped to Huawei, the largest standalone BIS administrative penalty",
         "in": {A: "A fine of that size would dwarf the $300 million that hard-drive maker Seagate agreed to pay in 2023",
                C: "The benchmark is Seagate, which agreed in April 2023 to pay $300 million"}},
        {"id": "f13", "status": "omission", "value": "2019-05",
         "what": "Huawei has been on the entity list since May 2019",
         "in": {A: "Huawei has been on the department's entity list since May 2019"}},
        {"id": "f14", "status": "omission", "value": "2025-01-15",
         "what": "BIS issued a foundry due-diligence rule on 15 January",
         "in": {C: "BIS responded on January 15 with a rule requiring foundries to apply tougher due diligence"}},
        {"id": "f15", "status": "omission", "value": "> 2 million dies (hedged)",
         "what": "A think tank estimated Huawei may have obtained more than 2 million such dies (hedged)",
         "in": {C: "Huawei may have obtained more than 2 million such dies through intermediaries"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Taiwan's Ministry of Economic Affairs said it was following the matter closely and TSMC had kept it informed",
         "in": {B: "The Ministry of Economic Affairs said it was following the matter closely"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "10億美元以上", "mutated": "20億美元以上",
         "note": "a penalty of $1 billion or more (a, b, c) -> $2 billion or more"},
        {"n": 2, "type": "number", "fact": "f3", "original": "交易金額的兩倍", "mutated": "交易金額的三倍",
         "note": "the cap is twice the transaction value (a, c) -> three times"},
        {"n": 3, "type": "date", "fact": "f2", "original": "去年10月", "mutated": "去年12月",
         "note": "TechInsights found the chip last October (a, c); December was the HBM rule"},
        {"n": 4, "type": "date", "fact": "f8", "original": "今年1月", "mutated": "今年3月",
         "note": "Sophgo was listed in January (a, c), not March"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "未曾供貨給華為", "mutated": "仍持續供貨給華為",
         "note": "TSMC has not supplied Huawei since mid-September 2020 (a, b) -> still supplies it"},
        {"n": 6, "type": "negation", "fact": "f9", "original": "否認與華為有任何業務往來", "mutated": "承認與華為有業務往來",
         "note": "Sophgo denied any business relationship with Huawei (a) -> admitted one"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "算能代工", "mutated": "寒武紀代工",
         "note": "the TSMC customer was Sophgo (a, c), not Cambricon"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "美國商務部今年1月", "mutated": "美國財政部今年1月",
         "note": "the entity list is Commerce's (a, c), not Treasury's"},
        {"n": 9, "type": "attribution", "fact": "f5", "original": "台積電表示", "mutated": "經濟部表示",
         "note": "the halt and cooperation were TSMC's statements (b, c); the ministry only said it was following the matter"},
        {"n": 10, "type": "attribution", "fact": "f1", "original": "引述兩名知情人士", "mutated": "引述兩名美國商務部官員",
         "note": "the penalty figure came from two unnamed people familiar with the matter (a); Commerce did not comment"},
        {"n": 11, "type": "modality", "fact": "f1", "original": "可能因違反", "mutated": "將因違反",
         "note": "TSMC could face a penalty (a, b, c) -> will face"},
        {"n": 12, "type": "modality", "fact": "f3", "original": "最高可達", "mutated": "一律為",
         "note": "the penalty can reach (up to) twice the value (a, c) -> is always twice the value"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "約新台幣1.17兆元", "mutated": "約1.17兆美元",
         "note": "net profit of roughly NT$1.17 trillion (b) -> US$1.17 trillion"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "淨利的3%", "mutated": "淨利的30%",
         "note": "less than 3% of 2024 net profit (b, c) -> less than 30%"},
    ],
    "boilerplate": {
        A: [{"inline": "Technology | Semiconductors | Trade"},
            {"inline": "April 8, 2025 7:05 PM GMT+8 | Updated 2 hours ago"},
            "(Reporting by the Meridian technology team"],
        B: [{"inline": "TAIPEI TECH LEDGER   Semiconductors | Supply Chain | AI | Policy | Markets   Subscribe for NT$199/month"},
            {"inline": "Ledger Staff Writer | 2025/04/09 17:30"},
            "RELATED: TSMC February revenue"],
        C: [{"inline": "Trade Controls Review > Export Controls > Enforcement"},
            {"inline": "Analysis | Published April 10, 2025 | 6 min read"},
            "SUBSCRIBER BRIEFING: Foundry due diligence rule"],
    },
}
