# Gold specification for story `synopsys-ansys-approval` (China's SAMR conditionally approves
# Synopsys' roughly USD 35 billion acquisition of Ansys on Monday 14 July 2025; the deal closes on
# Thursday 17 July). The summary is in Traditional Chinese, Hong Kong style (國家市場監督管理總局 /
# 市監總局, 新思科技, 特朗普, 晶片, 軟件, 除牌, 盤前, 行政總裁, 周一/周四, 上周五).
# All texts are invented for evaluation (the dates, the deal value, the remedies, the closing
# consideration and the FTC divestitures follow the real events; wording, quotes, outlets, analysts,
# the revenue shares, the 10-year term and the share moves are made up or approximate).
# Edit here, then run `python3 build_gold.py --root DIR --story synopsys-ansys-approval`.
#
# Traps:
# - Relative weekdays from three publication dates: a (Mon 14 July) says SAMR approved "on Monday"
#   and resumed its review "on Friday" (11 July); c (Wed 16 July) says "last Friday" for the same
#   day; b (Fri 18 July) says the deal closed "on Thursday" (17 July) and SAMR signed off "on
#   Monday"; the summary (Fri 18 July) says 周一（7月14日）, 上周五 and 周四（7月17日）.
# - Two deadlines/dates near the closing: the merger agreement's July 15 outside date (a, omitted)
#   vs the 17 July closing; m05 moves the closing to 周二（7月15日）.
# - Original vs final consideration: a gives the January 2024 terms ($197 cash + 0.345 share);
#   b gives the final, adjusted ones ($199.91 + 0.3399) and explains the difference. The summary
#   follows b; a's figures are not a conflict.
# - Source-versus-source conflict: China's share of Synopsys' fiscal 2024 revenue is "about 16%"
#   in a and "about 12%" in b; the summary follows a.
# - Two divestiture stories: SAMR ordered none (b, c: "Nothing in them forces a divestiture"),
#   the FTC required sales to Keysight (b, omitted). m07 flips 並無要求 -> 亦要求; m08 swaps
#   Ansys for Keysight.
# - Two US measures: the late-May licence requirement and its lifting "earlier this month"
#   (a) / "On July 3" (c); the summary's 本月初 relative to July.
# - Percentages that look alike: Synopsys up 3% and Ansys up 4.5% premarket (a); the share cap
#   "just under 20%" (b); revenue shares 16% / 12%; teasers "60% in June", "41% of fabless".
# - Negations that do not negate a summary claim: "SAMR did not say how it would monitor
#   compliance", "declined to comment", "Nobody in Beijing said the two things were linked",
#   "she did not expect the conditions to dent Synopsys' margins", "don't remove the underlying
#   worry", "nothing stops Synopsys from setting its own prices".
# - Hedges in the sources that the summary does not carry: "expected the companies to complete
#   the deal within days" (a), "Maybe." (c), "My bet" (c).
# - Furniture with claim-like content: nav lines, the READ MORE line in a, the sponsored webinar
#   line in b, the mid-article subscribe line in c, related-story teasers with figures.

A = "a-harbourgate.en.txt"
B = "b-daweekly.en.txt"
C = "c-tapeout.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-14",
         "what": "SAMR conditionally approved Synopsys' acquisition of Ansys, announced on Monday 14 July 2025",
         "in": {S: "國家市場監督管理總局周一（7月14日）公布，附加限制性條件批准",
                A: "China's State Administration for Market Regulation conditionally approved U.S. chip design software maker Synopsys' acquisition of engineering simulation firm Ansys on Monday",
                C: "On Monday, China's market regulator approved it"}},
        {"id": "f2", "status": "agreement", "value": "35000000000 USD",
         "what": "The deal is worth roughly USD 35 billion; Ansys is an engineering simulation software maker",
         "in": {S: "以約350億美元收購工程模擬軟件公司Ansys",
                A: "clearing the final regulatory hurdle for the roughly $35 billion deal between the two U.S. companies"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Remedies: keep supplying EDA products to Chinese customers on fair, reasonable and non-discriminatory terms, no bundling, honour existing contracts, renew interoperability agreements on request",
         "in": {S: "合併後實體須繼續以公平、合理及無歧視的條件向中國客戶供應EDA產品",
                A: "The merged company must keep supplying electronic design automation (EDA) software to customers in China on fair, reasonable and non-discriminatory terms",
                B: "supply EDA tools and Ansys simulation software to Chinese customers on fair, reasonable and non-discriminatory terms"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "SAMR did not order either company to sell any business (negated)",
         "in": {S: "市監總局並無要求雙方出售任何業務",
                B: "SAMR did not order either company to sell any business",
                C: "Nothing in them forces a divestiture in China"}},
        {"id": "f5", "status": "agreement", "value": "10 years",
         "what": "The obligations run for 10 years from the date of the decision",
         "in": {S: "相關承諾有效期為10年",
                B: "The obligations run for 10 years from the date of the decision"}},
        {"id": "f6", "status": "agreement", "value": "2025-05 | 2025-07-11",
         "what": "SAMR said in its statement that it suspended the review in May and resumed it on Friday 11 July, approving a day later",
         "in": {S: "市監總局在聲明中透露，審查曾於5月暫停，上周五恢復後翌日即予批准",
                A: "SAMR also disclosed that it had suspended its review in May and only resumed it on Friday, granting approval a day later",
                C: "SAMR restarted its review last Friday and, by its own account, approved the deal the next day"}},
        {"id": "f7", "status": "agreement", "value": "2025-07 (early)",
         "what": "The Trump administration lifted the late-May EDA export curbs early in July; Synopsys and Cadence restored access for Chinese customers",
         "in": {S: "特朗普政府本月初已撤銷美國商務部5月底對向中國出售EDA軟件施加的限制，新思科技及Cadence等公司隨即恢復向中國客戶供貨",
                A: "The Trump administration lifted those curbs earlier this month, and Synopsys and rival Cadence Design Systems restored access for clients in China",
                C: "On July 3, Synopsys said BIS had told it the EDA restrictions were rescinded with immediate effect"}},
        {"id": "f8", "status": "agreement", "value": "2025-07-17",
         "what": "Synopsys completed the acquisition on Thursday 17 July; Ansys shares were delisted from Nasdaq that day",
         "in": {S: "新思科技周四（7月17日）宣布完成收購，Ansys股份同日在納斯達克除牌",
                B: "Synopsys completed its acquisition of Ansys on Thursday, and Ansys shares were delisted from Nasdaq before the market opened"}},
        {"id": "f9", "status": "agreement", "value": "199.91 USD + 0.3399 share",
         "what": "Each Ansys share was converted into USD 199.91 in cash and 0.3399 of a Synopsys share",
         "in": {S: "股東每股獲發199.91美元現金及0.3399股新思科技股份",
                B: "Each Ansys share was converted into $199.91 in cash and 0.3399 of a Synopsys share"}},
        {"id": "f10", "status": "source-conflict", "value": "16% (a) vs 12% (b)",
         "what": "China's share of Synopsys' fiscal 2024 revenue: about 16% (a) vs about 12% (b); the summary follows a",
         "in": {S: "中國市場約佔新思科技上一財年收入的16%",
                A: "China accounted for about 16% of Synopsys' revenue in its 2024 fiscal year",
                B: "China generated about 12% of Synopsys' revenue in fiscal 2024"}},
        {"id": "f11", "status": "agreement", "value": "+3% | +4.5%",
         "what": "On the day of the approval Synopsys shares rose 3% premarket and Ansys 4.5%",
         "in": {S: "新思科技股價在盤前上升3%，Ansys則升4.5%",
                A: "Synopsys shares rose 3% in premarket trading, while Ansys gained 4.5%"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Priya Raman of Kestrel Research said Chinese design houses may use the breathing room to move faster toward domestic tools (hedged, attributed)",
         "in": {S: "中國晶片設計企業可能藉機加快轉用本土工具",
                B: "Chinese design houses may use the breathing room to move faster toward domestic tools"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "Synopsys said it will announce the combined company's China business structure by year-end (no source says so)",
         "in": {S: "新思科技表示，將於年底前公布合併後的中國業務架構"}},
        {"id": "f14", "status": "omission", "value": "2025-07-15 | 2026-01",
         "what": "The merger agreement's deadline was July 15, extendable to January 2026",
         "in": {A: "The merger agreement gave the companies until July 15 to complete the transaction, a deadline that can be extended to January 2026"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The FTC required Synopsys to sell its optical solutions group and Ansys its PowerArtist tool to Keysight",
         "in": {B: "The U.S. Federal Trade Commission required Synopsys to sell its optical solutions group and Ansys to sell its PowerArtist power-analysis tool, both to Keysight Technologies"}},
        {"id": "f16", "status": "omission", "value": "2025-06",
         "what": "The June London framework: Beijing to speed rare-earth export approvals, Washington to roll back recent export measures",
         "in": {C: "Negotiators agreed a framework in June under which Beijing would speed up approvals of rare-earth exports"}},
        {"id": "f17", "status": "omission", "value": "2024-01",
         "what": "Synopsys first announced the deal in January 2024",
         "in": {A: "Synopsys first announced the deal in January 2024"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "約350億美元", "mutated": "約530億美元",
         "note": "deal value about USD 35 billion -> about USD 53 billion (digits swapped)"},
        {"n": 2, "type": "number", "fact": "f9", "original": "0.3399股", "mutated": "3.399股",
         "note": "0.3399 of a Synopsys share per Ansys share -> 3.399 shares (decimal slip)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "周一（7月14日）", "mutated": "上周五（7月11日）",
         "note": "approval announced Monday 14 July -> Friday 11 July (the day the review resumed)"},
        {"n": 4, "type": "date", "fact": "f6", "original": "曾於5月暫停", "mutated": "曾於3月暫停",
         "note": "review suspended in May -> in March"},
        {"n": 5, "type": "date", "fact": "f8", "original": "周四（7月17日）", "mutated": "周二（7月15日）",
         "note": "closing on Thursday 17 July -> Tuesday 15 July (the merger agreement's outside date)"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "本月初已撤銷", "mutated": "至今仍未撤銷",
         "note": "the curbs were lifted in early July (a, c) -> have still not been lifted"},
        {"n": 7, "type": "negation", "fact": "f4", "original": "並無要求", "mutated": "亦要求",
         "note": "SAMR ordered no divestiture (b, c) -> SAMR also required the companies to sell businesses"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "工程模擬軟件公司Ansys", "mutated": "工程模擬軟件公司Keysight",
         "note": "target Ansys -> Keysight (the buyer of the FTC divestitures in b)"},
        {"n": 9, "type": "entity", "fact": "f8", "original": "在納斯達克除牌", "mutated": "在紐約證券交易所除牌",
         "note": "Ansys was delisted from Nasdaq (b) -> from the New York Stock Exchange"},
        {"n": 10, "type": "attribution", "fact": "f6", "original": "市監總局在聲明中透露", "mutated": "新思科技在聲明中透露",
         "note": "the pause and restart were disclosed by SAMR (a, c), not by Synopsys"},
        {"n": 11, "type": "attribution", "fact": "f12", "original": "研究機構Kestrel Research分析員Priya Raman", "mutated": "新思科技行政總裁蓋思新",
         "note": "the view came from Kestrel Research analyst Priya Raman (b); CEO Sassine Ghazi spoke about the silicon-to-systems business (c)"},
        {"n": 12, "type": "modality", "fact": "f12", "original": "可能藉機加快", "mutated": "必將藉機加快",
         "note": "hedged 'may use the breathing room to move faster' -> asserted 'will certainly'"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "199.91美元", "mutated": "199.91港元",
         "note": "currency USD -> HKD (USD 199.91 is about HKD 1,570)"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "Ansys則升4.5%", "mutated": "Ansys則升5.4%",
         "note": "Ansys up 4.5% premarket -> up 5.4%"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | World | Business | Technology | Markets | Breakingviews"},
            {"inline": "By Lin Weiqiang and Sarah Oduya | Updated 9:12 AM EDT, Monday, July 14, 2025"},
            {"inline": "READ MORE: Washington scraps licence rule for chip design software sales to China"},
            "(Reporting by Lin Weiqiang"],
        B: [{"inline": "DESIGN AUTOMATION WEEKLY | News | Tools | IP | Verification | Jobs | Events"},
            {"inline": "M&A | July 18, 2025 | By Renata Okafor"},
            {"inline": "Sponsored: 3D-IC thermal sign-off in practice. Register for our July 29 webinar."},
            "Get Design Automation Weekly in your inbox every Friday."],
        C: [{"inline": "Tapeout Notes\nArchive | About | Subscribe"},
            {"inline": "Marcus Feld · Jul 16, 2025 · 6 min read"},
            {"inline": "Subscribe to Tapeout Notes — it's free, and it lands every Wednesday."},
            "Thanks for reading Tapeout Notes!"],
    },
}
