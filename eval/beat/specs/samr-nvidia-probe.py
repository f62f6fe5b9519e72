# Gold specification for story `samr-nvidia-probe` (China's State Administration for Market
# Regulation says, on Monday 15 September 2025, that a preliminary investigation found Nvidia in
# breach of the Anti-Monopoly Law and of the conditions attached to SAMR's 2020 approval of the
# Mellanox takeover, and opens a "further investigation"; the case was first opened on 9 December
# 2024).
# All texts are invented for evaluation: the outlets (Meridian Wire Service, Semiconductor Policy
# Review, The Valley Ledger), reporters, analysts, firms quoted (Harbourline Research, Tandem
# Capital, Qinghe Law Offices, Coastline Equity), quotes and most figures (fine estimates, share
# moves, revenue shares) are made up; the companies, agencies and the outline of the episode are
# real. Simplified Chinese summary, mainland usage. Edit here, then run build_gold.py.
#
# f11 is a genuine source-versus-source conflict: a puts the maximum fine at about USD 1.7 bn
# (Harbourline Research), b at about USD 2.3 bn (Tandem Capital). The summary gives both figures,
# each attributed to its kind of institution.
#
# Traps:
# - Same amount in two units: the Mellanox deal is "$6.9 billion" in a and b, but "about 49 billion
#   yuan" (CCTV's valuation) in c. Not a conflict with the summary's 69亿美元. Likewise b's
#   "120 days" and c's "about four months" are the same deadline.
# - Same number, different meanings: "10%" is the fine cap (b) and the rise in China's chip imports
#   in a teaser (a); b's "ten-month gap" is the time between the two notices. "30 days" is the
#   document deadline (b) while "roughly 30%" is Nvidia's gain this year (c). "2%"-ish drops belong to
#   Nvidia (2.1% in a, about 2% in c) and to Texas Instruments (2.4%, a).
# - Relative vs calendar dates: a (Mon 15 Sept) "on Monday", b (Fri 19 Sept) "last Monday", c (Wed
#   17 Sept) "Monday" all mean 15 September, which the summary states as a calendar date; a's "On
#   Saturday" / c's "Over the weekend" mean 13 September (the MOFCOM probe); a says the case was
#   opened "in December", b "on December 9, 2024".
# - Two agencies: SAMR runs the Nvidia case; MOFCOM (Ministry of Commerce) opened the anti-dumping
#   probe. m10 moves the December 2024 case opening to MOFCOM.
# - Non-contradicting negations: "did not comment on the substance", "did not immediately respond",
#   "didn't answer our questions", "has not said whether it will contest", "No date has been set",
#   "has not indicated whether it will hold a hearing", "doesn't change the AI story". The
#   summary's own negation (未说明, f6) agrees with a and c.
# - Hedged vs asserted: b's lawyer says "A fine is the most likely outcome" but the fine size is
#   "could face ... up to 10%"; the summary keeps the hedge (可能).
# - Teasers with claim-like numbers: "$35 billion Synopsys-Ansys", "rise 10% in August", "$4
#   trillion" (a); "3 tool categories", "23 Chinese entities", "jump 22%" (b); "1.2 million-square-
#   foot", "up 4%" (c).
# - Image caption with the event date inside the article (c): "on Sept. 15, 2025" is furniture,
#   as are the bylines with dates and a's "(Reporting by ...)" line.

A = "a-meridianwire.en.txt"
B = "b-chippolicy.en.txt"
C = "c-valleyledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-15",
         "what": "On Monday 15 September 2025 SAMR said a preliminary investigation found Nvidia violated the Anti-Monopoly Law and the conditions of the Mellanox approval",
         "in": {S: "国家市场监督管理总局9月15日发布公告称，经初步调查，英伟达公司违反",
                A: "China's market regulator said on Monday that a preliminary investigation had found Nvidia in breach of the country's anti-monopoly law",
                B: "China's State Administration for Market Regulation moved its case against Nvidia into a new phase last Monday",
                C: "Before the opening bell, China's State Administration for Market Regulation said its preliminary review had found that the Santa Clara chipmaker broke Chinese antitrust law"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "SAMR will (has decided to) conduct a further investigation (asserted)",
         "in": {S: "决定依法对其实施进一步调查",
                A: "that it would carry out a further investigation",
                B: "The regulator will now conduct what the rules call a further investigation",
                C: "The regulator said it would keep digging"}},
        {"id": "f3", "status": "agreement", "value": "2024-12-09",
         "what": "SAMR opened the case against Nvidia on 9 December 2024",
         "in": {S: "市场监管总局于2024年12月9日对英伟达立案调查",
                A: "The regulator opened its investigation into the company in December",
                B: "SAMR opened the case on December 9, 2024"}},
        {"id": "f4", "status": "agreement", "value": "6900000000 USD",
         "what": "Nvidia agreed in 2019 to buy Israel's Mellanox for USD 6.9 bn (about CNY 49 bn per CCTV, c)",
         "in": {S: "英伟达2019年宣布以69亿美元收购以色列网络设备商迈络思",
                A: "Nvidia agreed in 2019 to buy Israel-based Mellanox, a maker of high-speed networking gear for data centres, for $6.9 billion",
                B: "It had cleared Nvidia's $6.9 billion takeover of Mellanox on April 16, 2020",
                C: "in a transaction that China's state broadcaster CCTV valued at about 49 billion yuan"}},
        {"id": "f5", "status": "agreement", "value": "2020-04",
         "what": "SAMR approved the deal with restrictive conditions in April 2020 (16 April 2020)",
         "in": {S: "该交易于2020年4月获市场监管总局附加限制性条件批准",
                A: "SAMR cleared the purchase in 2020 only after Nvidia promised to keep supplying Chinese customers on fair terms",
                B: "subject to behavioural remedies"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "SAMR did not say which conditions Nvidia breached (negated)",
         "in": {S: "公告未说明英伟达具体违反了哪些条件",
                A: "It did not say which of the conditions Nvidia had broken",
                C: "The regulator didn't spell out which conditions Nvidia is accused of breaking"}},
        {"id": "f7", "status": "agreement", "value": "30 days",
         "what": "Nvidia has 30 days from receiving written notice to hand over documents",
         "in": {S: "英伟达须在收到书面通知后30日内提交材料",
                B: "Nvidia has 30 days from receiving written notice to hand over the documents SAMR requests"}},
        {"id": "f8", "status": "agreement", "value": "120 days",
         "what": "SAMR then has 120 days (about four months) from receipt of the materials to complete the further investigation",
         "in": {S: "监管部门应在收到材料后120日内完成进一步调查",
                B: "The regulator then has 120 days from receipt of those materials to complete the further investigation",
                C: "the regulator has about four months to finish"}},
        {"id": "f9", "status": "agreement", "value": "10%",
         "what": "Lawyer Wei Lan (Beijing) said Nvidia could face a fine of up to 10% of its previous year's sales (hedged)",
         "in": {S: "北京律师韦岚表示，英伟达可能被处以上一年度销售额最高10%的罚款",
                B: "Nvidia could face a penalty of up to 10% of its sales in the previous year, she said"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Wei Lan said a forced divestment of Mellanox is unlikely (negated/hedged)",
         "in": {S: "但监管部门不太可能下令剥离迈络思业务",
                B: "A forced divestment of Mellanox is unlikely"}},
        {"id": "f11", "status": "source-conflict", "value": "1700000000 USD | 2300000000 USD",
         "what": "Maximum fine estimate: about USD 1.7 bn per Harbourline Research (a) versus about USD 2.3 bn per Tandem Capital (b)",
         "in": {S: "有咨询机构估计最高约17亿美元，也有投资机构测算约为23亿美元",
                A: "estimated that the maximum fine would come to about $1.7 billion",
                B: "put the ceiling at roughly $2.3 billion"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Nvidia said it complies with the law in all respects and will keep cooperating with the relevant government agencies",
         "in": {S: "公司在各方面均遵守法律，并将继续与各相关政府部门合作",
                A: "Nvidia said in an emailed statement that it follows the law in every respect and would keep cooperating with all relevant government agencies",
                B: "Nvidia has said it complies with the law in all respects and will keep working with the authorities"}},
        {"id": "f13", "status": "agreement", "value": "Madrid",
         "what": "The notice came while US and Chinese officials were holding trade talks in Madrid",
         "in": {S: "中美经贸团队正在西班牙马德里举行会谈",
                A: "The notice landed as U.S. and Chinese officials met for a second day in Madrid",
                B: "while trade negotiators from both countries were meeting in the Spanish capital",
                C: "The notice landed while U.S. and Chinese negotiators were sitting down in Madrid"}},
        {"id": "f14", "status": "agreement", "value": "-2%",
         "what": "Nvidia shares fell about 2% (2.1%) in premarket trading that day",
         "in": {S: "英伟达股价当日在美股盘前下跌约2%",
                A: "The company's shares were down 2.1% in premarket trading in New York",
                C: "The stock slipped about 2% before the market opened"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Nvidia CEO Jensen Huang has postponed a China trip planned for this month (no source says so)",
         "in": {S: "英伟达首席执行官黄仁勋已推迟原定本月的访华行程"}},
        {"id": "f16", "status": "omission", "value": "13% | 17000000000 USD",
         "what": "China including Hong Kong generated about 13% of Nvidia's revenue last fiscal year, about USD 17 bn",
         "in": {A: "China, including Hong Kong, generated about 13% of Nvidia's revenue in its last fiscal year, or roughly $17 billion"}},
        {"id": "f17", "status": "omission", "value": "2025-09-13",
         "what": "On Saturday 13 September MOFCOM opened an anti-dumping probe into US analog chips",
         "in": {A: "On Saturday, China's Ministry of Commerce opened an anti-dumping investigation into certain analog chips imported from the United States",
                C: "Over the weekend, Beijing had also launched an anti-dumping probe into American analog chips"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The 2020 conditions: supply GPU accelerators and interconnect products to China on FRAND terms, no bundling",
         "in": {B: "Nvidia must keep supplying GPU accelerators and Mellanox interconnect products to customers in China on fair, reasonable and non-discriminatory terms"}},
        {"id": "f19", "status": "omission", "value": "30%",
         "what": "Nvidia's stock is still up roughly 30% this year",
         "in": {C: "Even after Monday's dip, Nvidia's stock is up roughly 30% this year"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f7", "original": "30日内", "mutated": "60日内",
         "note": "30 days to hand over documents (b) -> 60 days"},
        {"n": 2, "type": "number", "fact": "f8", "original": "120日内", "mutated": "180日内",
         "note": "120 days (b) / about four months (c) to finish -> 180 days"},
        {"n": 3, "type": "date", "fact": "f1", "original": "9月15日", "mutated": "9月16日",
         "note": "the notice came on Monday 15 September (a dateline; b, c relative) -> 16 September"},
        {"n": 4, "type": "date", "fact": "f3", "original": "12月9日", "mutated": "11月9日",
         "note": "case opened on 9 December 2024 (b; a 'in December') -> 9 November"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "公告未说明", "mutated": "公告已说明",
         "note": "SAMR did not say which conditions were breached (a, c) -> it did say"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "不太可能下令剥离", "mutated": "很可能下令剥离",
         "note": "forced divestment of Mellanox is unlikely (b) -> likely"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "英伟达公司违反", "mutated": "英特尔公司违反",
         "note": "the company found in breach is Nvidia, not Intel; no source names Intel"},
        {"n": 8, "type": "entity", "fact": "f13", "original": "西班牙马德里", "mutated": "瑞士日内瓦",
         "note": "the talks were in Madrid (a, c; b 'the Spanish capital'), not Geneva"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "北京律师韦岚表示", "mutated": "市场监管总局表示",
         "note": "the fine range and the divestment view are lawyer Wei Lan's (b), not SAMR's; SAMR named no penalty (a)"},
        {"n": 10, "type": "attribution", "fact": "f3", "original": "市场监管总局于", "mutated": "商务部于",
         "note": "SAMR opened the Nvidia case (a, b); the Ministry of Commerce opened the separate anti-dumping probe"},
        {"n": 11, "type": "modality", "fact": "f2", "original": "决定依法对其", "mutated": "可能依法对其",
         "note": "asserted 'will carry out a further investigation' (a, b) -> hedged 'may'"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "可能被处以", "mutated": "将被处以",
         "note": "hedged 'could face a penalty of up to 10%' (b) -> asserted 'will be fined'"},
        {"n": 13, "type": "unit", "fact": "f4", "original": "69亿美元", "mutated": "69亿元人民币",
         "note": "currency USD -> CNY; the deal was USD 6.9 bn (a, b), about CNY 49 bn (c)"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "10%", "mutated": "20%",
         "note": "fine of up to 10% of prior-year sales (b) -> 20%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Marsh and Zhou Yiming | September 15, 2025 7:12 PM GMT+8 | Updated 1 hour ago"},
            "(Reporting by Helen Marsh"],
        B: [{"inline": "Policy & Regulation | 19 September 2025 | By Ravi Castellano, Asia Editor"},
            "Get the Friday Digest"],
        C: [{"inline": "Posted by Megan Ortiz | September 17, 2025 at 7:30 AM | Tech & Business"},
            {"inline": "Nvidia's headquarters in Santa Clara, Calif., on Sept. 15, 2025. (Photo: Ken Alvarez / The Valley Ledger)"},
            "We'll keep following this one."],
    },
}
