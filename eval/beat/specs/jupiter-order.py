# Gold specification for story `jupiter-order` (President Trump's order of 8 July 2025, published
# by the Treasury on Friday 11 July, prohibiting Suirui International's 2020 acquisition of
# Jupiter Systems and requiring Suirui to divest within 120 days, after a CFIUS review).
# All texts are invented for evaluation: the outlets (Pacific Ledger Wire, Deal Compliance Weekly,
# East Bay Business Beat), reporters, quotes, analysts, the deal price, the employee count and the
# revenue share are made up; the order's terms and dates follow the real episode.
# The summary is in Traditional Chinese with Taiwan usage (川普, 軟體-style vocabulary, 展延, 三成).
#
# f13 is a genuine source-versus-source conflict: b puts the 2020 price at about USD 15 m
# (people familiar with the deal), c at about USD 20 m (a person familiar). The summary gives both.
#
# Traps:
# - Same amount in two currencies: b "$15m (roughly HK$118m)".
# - Same period in two units: "120 calendar days, roughly four months" (b); "by early November" (b).
# - Same number, different meanings: 120 days to divest vs "about 120 people" employed in Hayward
#   (c); "five years" since the deal vs "5 questions" teaser; "ninth presidential prohibition" (b).
# - Relative vs calendar dates: a (Fri 11 Jul) "signed on Tuesday" (8 Jul), "said on Friday";
#   b (Mon 14 Jul) "last Friday", "The July 8 order"; c (Tue 15 Jul) "on Saturday" (12 Jul) for
#   Jupiter's statement, which the summary dates 12日. Caption "on Monday" (c) is furniture.
# - Percentage vs approximation: "about 30% of its 2021 revenue" (a) vs "nearly a third" (c);
#   the summary's 三成 agrees with both.
# - Non-contradicting negations: "did not immediately respond", "did not say when the review
#   began", "does not disclose", "did not name a buyer", "did not say whether talks had begun",
#   "never filed", "not worried about their jobs", "Most people ... have never heard",
#   "Nobody should assume", "Closing a deal does not end CFIUS exposure".
# - Teasers with claim-like numbers: "325 filings", "$2.9 billion", "$14.9 billion",
#   "record $60 million", "90 minutes", "$499 a year", "300-unit", "3.1%", "$45 million";
#   "6 min read" and "Comments (12)" (12 is also the day of Jupiter's statement).

A = "a-pacificwire.en.txt"
B = "b-dealcompliance.en.txt"
C = "c-eastbaybeat.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-08",
         "what": "Trump signed the order on Tuesday 8 July 2025 requiring Suirui International, the Hong Kong unit of China's Suirui Group, to divest Jupiter Systems",
         "in": {S: "美國總統川普7月8日簽署命令，要求中國隨銳集團旗下的香港子公司隨銳國際",
                A: "The order, which Trump signed on Tuesday, blocks Suirui's purchase of Jupiter",
                B: "The July 8 order gives Suirui 120 calendar days"}},
        {"id": "f2", "status": "agreement", "value": "2025-07-11",
         "what": "The Treasury published/announced the order on Friday 11 July; CFIUS found a national security risk from Suirui's ownership",
         "in": {S: "美國財政部11日公布這項命令",
                A: "saying Chinese ownership of the company threatens national security, the Treasury Department said on Friday",
                B: "the order published by the Treasury Department last Friday"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Treasury: the risk relates to the potential compromise of Jupiter's products used in military and critical infrastructure environments (hedged)",
         "in": {S: "財政部指出，Jupiter用於軍事與關鍵基礎設施環境的產品可能因此遭到破壞",
                A: "relating to the potential compromise",
                B: "the committee identified a national security risk linked to the possible compromise of Jupiter's products in military and critical-infrastructure environments"}},
        {"id": "f4", "status": "agreement", "value": "2020-02; >5 years",
         "what": "Suirui completed the acquisition in February 2020, more than five years ago",
         "in": {S: "隨銳國際於2020年2月完成對Jupiter的收購，距今已逾5年",
                A: "more than five years after the deal was completed in February 2020",
                C: "bought Jupiter in early 2020"}},
        {"id": "f5", "status": "agreement", "value": "120 days",
         "what": "Suirui must divest within 120 days; the deadline can be extended",
         "in": {S: "隨銳須在120天內完成出售，期限可獲展延",
                B: "The deadline can be extended by CFIUS",
                C: "Suirui has 120 days to sell"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Until divestment, Suirui personnel may not access Jupiter's non-public source code, IT systems and US facilities (negated)",
         "in": {S: "隨銳及其關係企業人員不得接觸Jupiter未公開的原始碼、資訊系統及在美設施",
                A: "Suirui and its affiliates must keep their personnel away from Jupiter's non-public source code",
                B: "Suirui personnel are barred from Jupiter's source code, IT systems, books and records and U.S. sites",
                C: "its staff cannot get into Jupiter's non-public code, computer systems or buildings here"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Jupiter may hold no interest in its Chinese subsidiaries' assets or operations acquired or created after the deal closed (negated)",
         "in": {S: "命令也要求Jupiter不得保有交易完成後在中國取得或設立的子公司權益",
                A: "Jupiter must also hold no interest in any assets or operations of its Chinese subsidiaries acquired or created after the deal closed",
                B: "may not hold any interest in assets or operations of its subsidiaries in China that were acquired or created after the 2020 closing"}},
        {"id": "f8", "status": "agreement", "value": "weekly",
         "what": "Both companies must file weekly compliance certifications with CFIUS",
         "in": {S: "Jupiter與隨銳還須每週向CFIUS提交合規證明",
                B: "both companies must file weekly certifications of compliance with CFIUS"}},
        {"id": "f9", "status": "agreement", "value": "30%",
         "what": "Jupiter supplied the Department of Defense and NASA; government customers were about 30% of 2021 revenue",
         "in": {S: "Jupiter曾向美國國防部及NASA等政府機構供應設備，政府客戶約占其2021年營收三成",
                A: "Government customers accounted for about 30% of its 2021 revenue",
                C: "government work made up nearly a third of its sales in 2021"}},
        {"id": "f10", "status": "agreement", "value": "1st",
         "what": "First prohibition order on national-security grounds of Trump's second term",
         "in": {S: "這是川普第二任期內首度以國家安全為由禁止一項交易",
                A: "It is the first time in his second term that Trump has blocked a transaction on national-security grounds",
                B: "This is the first such prohibition order of Trump's second term"}},
        {"id": "f11", "status": "agreement", "value": "2025-07-12",
         "what": "Jupiter said on Saturday 12 July it was aware of the order, working with legal counsel on next steps, and operations would continue without interruption (negated)",
         "in": {S: "Jupiter於12日發表聲明表示已知悉命令，正與法律顧問評估後續步驟，營運不會中斷",
                C: "Jupiter said in a statement on Saturday that it was aware of the order and was working with legal counsel and other stakeholders on next steps"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Suirui and the Chinese embassy did not immediately respond (negated)",
         "in": {S: "隨銳與中國駐美大使館均未立即回應置評請求",
                A: "Suirui and the Chinese embassy in Washington did not immediately respond to requests for comment"}},
        {"id": "f13", "status": "source-conflict", "value": "15000000 USD | 20000000 USD",
         "what": "Price Suirui paid for Jupiter in 2020: about USD 15 m (b) vs about USD 20 m (c)",
         "in": {S: "有報導指約1500萬美元，也有消息人士稱約2000萬美元",
                B: "Suirui paid about $15m (roughly HK$118m) for Jupiter",
                C: "the price was about $20 million"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Analysts/practitioners said the case may prompt reviews of more closed Chinese deals (hedged)",
         "in": {S: "分析人士表示，此案可能促使更多已完成的中資併購案面臨事後審查",
                B: "Practitioners say the case may encourage CFIUS to revisit more closed Chinese deals that were never filed",
                C: "Analysts said the order might prompt federal officials to take a second look at other Chinese acquisitions that have already closed"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Suirui has hired an investment bank to find a buyer (no source says so; b says the order named no buyer)",
         "in": {S: "隨銳已委託投資銀行物色買家"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The president acted under Section 721 of the Defense Production Act of 1950",
         "in": {A: "The president acted under Section 721 of the Defense Production Act of 1950."}},
        {"id": "f17", "status": "omission", "value": "2",
         "what": "The 2020 deal included two Jupiter subsidiaries, in Hong Kong and mainland China",
         "in": {A: "The 2020 deal also included two Jupiter subsidiaries, one in Hong Kong and one in mainland China."}},
        {"id": "f18", "status": "omission", "value": "2020-03",
         "what": "The last forced sale of a Chinese-owned US tech firm: Beijing Shiji ordered to divest StayNTouch in March 2020",
         "in": {B: "The last forced sale of a Chinese-owned U.S. tech firm came in March 2020"}},
        {"id": "f19", "status": "omission", "value": "120",
         "what": "Jupiter employs about 120 people in Hayward",
         "in": {C: "which employs about 120 people in Hayward"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "120天", "mutated": "90天",
         "note": "120 days (about four months) -> 90 days"},
        {"n": 2, "type": "number", "fact": "f4", "original": "逾5年", "mutated": "逾3年",
         "note": "more than five years since the February 2020 closing -> more than three"},
        {"n": 3, "type": "date", "fact": "f1", "original": "7月8日", "mutated": "7月18日",
         "note": "order signed Tuesday 8 July -> 18 July (after it was published)"},
        {"n": 4, "type": "date", "fact": "f2", "original": "財政部11日公布", "mutated": "財政部15日公布",
         "note": "Treasury published the order on Friday 11 July -> the 15th"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "不得接觸", "mutated": "仍可接觸",
         "note": "Suirui personnel are barred from Jupiter's code and systems -> may still access them"},
        {"n": 6, "type": "negation", "fact": "f11", "original": "營運不會中斷", "mutated": "營運將會中斷",
         "note": "operations continue without interruption -> operations will be interrupted"},
        {"n": 7, "type": "entity", "fact": "f9", "original": "國防部及NASA", "mutated": "國防部及能源部",
         "note": "NASA -> Department of Energy; no source names it"},
        {"n": 8, "type": "entity", "fact": "f7", "original": "在中國取得", "mutated": "在新加坡取得",
         "note": "the order concerns Jupiter's Chinese subsidiaries, not Singaporean ones"},
        {"n": 9, "type": "attribution", "fact": "f3", "original": "財政部指出", "mutated": "國防部指出",
         "note": "the risk statement came from the Treasury (a, b), not the Pentagon"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "Jupiter於12日發表聲明", "mutated": "隨銳於12日發表聲明",
         "note": "the statement was Jupiter's (c); Suirui could not be reached"},
        {"n": 11, "type": "modality", "fact": "f3", "original": "可能因此遭到破壞", "mutated": "已因此遭到破壞",
         "note": "potential/possible compromise -> products have already been compromised"},
        {"n": 12, "type": "modality", "fact": "f14", "original": "可能促使", "mutated": "必將促使",
         "note": "hedged 'may encourage / might prompt' -> asserted 'will certainly'"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "每週", "mutated": "每月",
         "note": "weekly certifications -> monthly"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "三成", "mutated": "五成",
         "note": "about 30% / nearly a third of 2021 revenue -> 50%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Marsh and Kenji Alvarez | July 11, 2025 7:18 PM EDT | Updated 38 minutes ago"},
            {"inline": "(Reporting by Helen Marsh; Additional reporting by Kenji Alvarez in Hong Kong; Editing by Paul Greco)"},
            "Read more:"],
        B: [{"inline": "Foreign Investment | 14 July 2025 | By Rachel Okonjo, Senior Editor | 6 min read"},
            "Related reading"],
        C: [{"inline": "Posted by Marcus Lee | July 15, 2025 | Local Business"},
            {"inline": "The Jupiter Systems office on Industrial Parkway in Hayward on Monday. (Photo: Ana Torres / East Bay Business Beat)"},
            "Related posts"],
    },
}
