# Gold specification for story `ustr-301-exclusions` (USTR extends the 178 remaining Section 301
# product exclusions on Chinese goods, 14 of them for solar manufacturing equipment, from
# 29 November 2025 to 10 November 2026, citing the Trump-Xi trade deal announced on 1 November 2025).
# All texts are invented for evaluation (the decision, counts and dates follow the real episode of
# 26 November 2025; wording, quotes, analysts, outlets and the import-value estimates are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story ustr-301-exclusions`.
#
# f15 is a genuine source-versus-source conflict: a puts the imports covered at roughly USD 7 bn
# (Harlan Trade Analytics, "last year"), c at close to USD 12 bn a year (Penrose Economics). The
# summary gives both figures, each with its own kind of source.
#
# Traps:
# - Same end date, three forms: "until Nov. 10, 2026" (a), "up to 11:59 p.m. EDT on November 9,
#   2026" (b), "until Nov. 10 next year" (c). Not a conflict. b's start date
#   "November 30, 2025" is a third date near the old expiry "November 29"; m03 mutates the end date
#   to 2026-11-30.
# - Report date vs event date: a (Wed 26 Nov) "said on Wednesday", b (Fri 28 Nov) "on Nov. 26",
#   c (Thu 27 Nov) "yesterday"; the summary (Fri 28 Nov) says 当地时间周三.
# - Yearless and relative dates: "Nov. 29", "as of Nov. 10" (2025, fentanyl cut), "Sept. 16",
#   "Oct. 16", "before the year ends", "next autumn", summary 本月29日 / 今年年底前 / 下月初.
# - Busan meeting (Oct 30) vs deal announcement (Nov. 1): a says "two days after"; m04 moves the
#   announcement to 10月30日.
# - Same number, different things: 10 (10% fentanyl tariff, "10 percentage points", 10 exclusions
#   with opposing comments, Nov. 10 in 2025 and 2026); 12 (12 million metric tons vs USD 12 bn);
#   25 (25% extra duty vs 25 million tons a year); 14 (14 solar exclusions vs the "fall 14%" teaser);
#   164 (the industrial/medical subset; m01 replaces the total 178 by it).
# - Percent vs percentage points: "to 10% from 20%" (a) vs "by 10 percentage points, to 10%" (c).
# - Same amount in different units and scales: "12 million metric tons" = "some 440 million bushels"
#   (c) = 1200万吨 (summary); m13 turns 万吨 into 万蒲式耳.
# - Approximations rounded differently: "one-year runway" (c), "eleven months away" (b), 近一年.
# - Hedged vs asserted: "could give importers more certainty" (c) is hedged (m11 asserts it);
#   China's own extension "through Dec. 31, 2026" (c) is asserted (m12 hedges it).
# - Non-conflicting negations: "did not immediately respond to a request for comment" (a), "no
#   decision had been made" (a), "did not say whether it would consider new exclusion requests" (b),
#   "has not commented publicly" (c), "Importers do not need to file anything new" (b, an omission),
#   "Nobody should assume another rollover" (b).
# - Reported speech from several speakers: a USTR spokesperson (a), broker Dana Okoro (b), lawyer
#   Leonard Fisk (c), Gail Brennan of a manufacturers' group (c), an importers' group (c), analyst
#   Priya Venkat (c). m10 gives the criticism to an importers' group, which in c welcomed the move.
# - CBP appears in b (questions on classification), but no source says it will issue guidance (f16).
# - Numbers in furniture: tickers (S&P 500, USD/CNY, Brent), teasers "2.1 million tons", "fall 14%",
#   "12 million tons and counting", "9 of 10 stringers", "rate falls to 10%", "November 10",
#   "Dec. 9", "First 4 weeks free", "5-minute", bylines with dates, "6 min read".

A = "a-meridian.en.txt"
B = "b-compliance.en.txt"
C = "c-ledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "178 (2025-11-26)",
         "what": "USTR announced on Wednesday 26 November 2025 that it would extend the 178 Section 301 product exclusions on Chinese goods",
         "in": {S: "178项产品排除",
                A: "The Office of the U.S. Trade Representative said on Wednesday it would extend 178 exclusions from Section 301 tariffs on Chinese imports",
                B: "released a notice extending every one of the 178 product exclusions still in effect",
                C: "the U.S. Trade Representative's decision yesterday to prolong 178 tariff exclusions on Chinese goods"}},
        {"id": "f2", "status": "agreement", "value": "2025-11-29",
         "what": "The exclusions had been due to expire on 29 November 2025",
         "in": {S: "原定于本月29日到期",
                A: "The exclusions had been due to expire on Nov. 29",
                B: "The previous window closed at the end of November 29"}},
        {"id": "f3", "status": "agreement", "value": "2026-11-10",
         "what": "The exclusions are extended until 10 November 2026 (b: up to 11:59 p.m. EDT on 9 November 2026)",
         "in": {S: "延长至2026年11月10日",
                A: "until Nov. 10, 2026",
                B: "up to 11:59 p.m. EDT on November 9, 2026",
                C: "until Nov. 10 next year"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The list is unchanged: no exclusion added or dropped, all 178 carried over (negated)",
         "in": {S: "此次延期清单未作增减",
                A: "All 178 exclusions that were in force were carried over",
                B: "The notice neither adds nor drops any exclusion"}},
        {"id": "f5", "status": "agreement", "value": "14",
         "what": "14 of the exclusions cover solar manufacturing equipment",
         "in": {S: "其中14项涉及太阳能产品制造设备",
                A: "Fourteen of the exclusions cover solar manufacturing equipment",
                B: "14 exclusions for solar manufacturing equipment",
                C: "Fourteen cover equipment for making solar products"}},
        {"id": "f6", "status": "agreement", "value": "164",
         "what": "The other 164 cover industrial and medical products such as electric motors, circuit boards, pump parts, auto AC compressors and blood pressure monitors",
         "in": {S: "其余164项涵盖电动机、印刷电路板、泵类零部件",
                A: "The other 164 cover products such as electric motors",
                B: "The 164 range from industrial components such as electric motors and pumps to medical products",
                C: "the rest cover industrial and medical items, from pump components to blood-pressure monitors"}},
        {"id": "f7", "status": "agreement", "value": "2025-11-01",
         "what": "USTR said the decision followed the Trump-Xi trade and economic deal, which the White House announced on 1 November",
         "in": {S: "USTR在声明中称，此次延期是依据中美两国元首达成的经贸协议作出的",
                A: "USTR said the decision followed the \"historic\" trade and economic deal between President Donald Trump and Chinese President Xi Jinping that the White House announced on Nov. 1",
                B: "The notice also cites presidential direction following the trade deal with China"}},
        {"id": "f8", "status": "agreement", "value": "20% -> 10% (2025-11-10)",
         "what": "Under the deal the US cut the fentanyl-related tariff on Chinese goods from 20% to 10% as of 10 November",
         "in": {S: "将芬太尼相关关税由20%下调至10%",
                A: "cut a fentanyl-related tariff on Chinese goods to 10% from 20% as of Nov. 10",
                C: "lowered the U.S. fentanyl-related tariff by 10 percentage points, to 10%"}},
        {"id": "f9", "status": "agreement", "value": "12000000 t",
         "what": "China pledged to buy 12 million metric tons of US soybeans by the end of 2025",
         "in": {S: "中方则承诺在今年年底前购买1200万吨美国大豆",
                A: "China agreed to buy 12 million metric tons of U.S. soybeans by the end of this year",
                C: "China pledged to buy 12 million metric tons of American soybeans"}},
        {"id": "f10", "status": "agreement", "value": "2026-12-31",
         "what": "China has extended its own tariff exclusions for some US goods through 31 December 2026 (asserted)",
         "in": {S: "将本国部分对美商品关税排除措施延长至2026年12月31日",
                C: "China's tariff commission extended its own exclusions for some U.S. goods through Dec. 31, 2026"}},
        {"id": "f11", "status": "agreement", "value": "147",
         "what": "Per the USTR notice, 147 exclusions drew comments supporting an extension; commenters said supply outside China is still thin",
         "in": {S: "共有147项排除收到支持延期的意见",
                B: "147 exclusions drew comments in favour of an extension"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analyst: the extension could give importers more certainty for 2026 contracts (hedged)",
         "in": {S: "近一年的延期可能为进口商安排明年采购提供更多确定性",
                C: "The extension could give importers more certainty when they sign supply contracts for 2026"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "The extension does not change the Section 301 tariff rates themselves (negated)",
         "in": {S: "但并未改变301关税本身的税率",
                B: "The duty rates under Section 301 are unchanged",
                C: "it does not change the underlying tariff rates"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "A group representing US manufacturers criticised the decision: repeated extensions blunt the incentive to move sourcing out of China",
         "in": {S: "代表美国本土制造商的团体则批评称，反复延期会削弱企业将采购转出中国的动力",
                C: "Repeated extensions, she argued, blunt the incentive for companies to move sourcing out of China"}},
        {"id": "f15", "status": "source-conflict", "value": "7000000000 USD | 12000000000 USD",
         "what": "Value of imports covered by the exclusions: roughly USD 7 bn per Harlan Trade Analytics (a) versus close to USD 12 bn a year per Penrose Economics (c)",
         "in": {S: "有咨询机构估计约为70亿美元，也有研究机构认为每年接近120亿美元",
                A: "Imports covered by the exclusions were worth roughly $7 billion last year",
                C: "puts the trade they cover at close to $12 billion a year"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "CBP will issue implementation guidance early next month (no source says so; b only refers classification questions to CBP)",
         "in": {S: "美国海关与边境保护局将于下月初发布具体执行指引"}},
        {"id": "f17", "status": "omission", "value": "10",
         "what": "10 exclusions drew comments opposing an extension",
         "in": {B: "10 drew comments opposing one"}},
        {"id": "f18", "status": "omission", "value": "25%",
         "what": "Most of the covered goods would otherwise face an extra 25% duty",
         "in": {A: "Most of the goods covered by the extension would otherwise face an extra duty of 25%"}},
        {"id": "f19", "status": "omission", "value": "25000000 t/yr (2026-2028)",
         "what": "China also agreed to buy 25 million tons of US soybeans a year from 2026 through 2028",
         "in": {A: "25 million tons a year from 2026 through 2028"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Importers do not need to file anything new to use the extended exclusions (negated)",
         "in": {B: "Importers do not need to file anything new"}},
        {"id": "f21", "status": "omission", "value": "40 weeks",
         "what": "US module makers may face waits of up to 40 weeks for the same tools from other countries (hedged)",
         "in": {C: "U.S. module makers may face waits of up to 40 weeks"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "178项产品排除", "mutated": "164项产品排除",
         "note": "178 exclusions extended -> 164; 164 is only the industrial/medical subset (a, b)"},
        {"n": 2, "type": "number", "fact": "f11", "original": "共有147项", "mutated": "共有117项",
         "note": "147 exclusions drew supporting comments (b) -> 117"},
        {"n": 3, "type": "date", "fact": "f3", "original": "2026年11月10日", "mutated": "2026年11月30日",
         "note": "end date Nov 10, 2026 (a, c; b: up to 11:59 p.m. on Nov 9) -> Nov 30, 2026; Nov 30 is the 2025 start date in b"},
        {"n": 4, "type": "date", "fact": "f7", "original": "白宫已于11月1日", "mutated": "白宫已于10月30日",
         "note": "the White House announced the deal on Nov. 1 (a), two days after the Busan meeting; Oct 30 is the meeting date"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "清单未作增减", "mutated": "清单有所缩减",
         "note": "the notice neither adds nor drops any exclusion (b), all 178 carried over (a) -> the list was cut"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "但并未改变", "mutated": "并且下调了",
         "note": "the extension does not change the 301 rates (b, c) -> it lowered them"},
        {"n": 7, "type": "entity", "fact": "f5", "original": "太阳能产品制造设备", "mutated": "半导体制造设备",
         "note": "14 exclusions cover solar manufacturing equipment (a, b, c), not chipmaking equipment"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "美国大豆", "mutated": "美国玉米",
         "note": "China pledged to buy soybeans (a, c); no source mentions corn"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "USTR在声明中称", "mutated": "美国商务部在声明中称",
         "note": "the statement citing the deal is USTR's (a, b), not the Commerce Department's"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "代表美国本土制造商的团体", "mutated": "代表美国进口零售商的团体",
         "note": "the criticism came from a manufacturers' group (c); the importers' group welcomed the decision (c)"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能为进口商", "mutated": "将为进口商",
         "note": "hedged 'could give importers more certainty' (c) -> asserted 'will give'"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "已宣布，将", "mutated": "表示，或将",
         "note": "China has extended its own exclusions through Dec. 31, 2026 (c, asserted) -> 'may extend'"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "1200万吨", "mutated": "1200万蒲式耳",
         "note": "12 million metric tons (a, c), about 440 million bushels (c) -> 12 million bushels"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "下调至10%", "mutated": "下调至15%",
         "note": "fentanyl-related tariff cut to 10% (a, c) -> 15%"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | World | Business | Trade | Tech | Opinion"},
            {"inline": "By Colin Harrow and Wen Jiali | November 26, 2025 4:41 PM EST | Updated 1 hour ago"},
            "Reporting by Colin Harrow in Washington"],
        B: [{"inline": "Home > Trade Remedies > Section 301"},
            {"inline": "Trade Remedies | November 28, 2025 | By Rachel Odum, Compliance Editor | 4 min read"},
            "Subscribe to Import Compliance Weekly"],
        C: [{"inline": "Economy | Trade | By Miriam Castellanos | Nov. 27, 2025 | 6 min read"},
            {"inline": "Listen to this article · 6 min"},
            "Share this article: X | LinkedIn | Email"],
    },
}
