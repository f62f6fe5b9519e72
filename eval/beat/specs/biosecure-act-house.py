# Written blind on 2026-12-07 (without reading claimdiff's sources, rules, tests or data).
# Build: cd /work/main && python3 ../shared/eval/build_gold.py --root eval/beat --story biosecure-act-house
#
# Gold specification for story `biosecure-act-house` (the US House passes the BIOSECURE Act on
# Monday 9 September 2024 by 306-81). The summary is in Simplified Chinese, mainland style.
# The event facts follow the 2024 episode (date, vote, the five named companies, contracts
# grandfathered until 1 January 2032, Mao Ning's reaction on 10 September, WuXi AppTec's
# statement, the BIO survey of May 2024); outlets, journalists, analysts, quotes and most
# share-price moves are invented.
# f9 is a genuine source-versus-source conflict: a says WuXi Biologics ended Tuesday's session
# 9% lower; c says it closed 4.8% lower. The summary reports both figures without choosing.
#
# Traps:
# - Same number, different things: "306-81" / "306 to 81" (the floor vote) vs "11 to 1" (the
#   Senate committee in March); "two-thirds of the lawmakers voting" (the suspension threshold,
#   a) vs "roughly two-thirds of WuXi AppTec's revenue" (c).
# - Intraday vs close: WuXi AppTec "fell as much as 11%" (a, c) but "close 2.6% down" (c); the
#   summary says 盘中一度重挫11%，收盘时跌幅收窄.
# - Percent of companies vs count: "79% of the 124 companies that responded" (b); furniture
#   "lost 40% since January", "slips 12%", "0.2% down", "(-1.9%)", "jump 4%".
# - Full date vs year: "until January 1, 2032" (b) vs "could run until 2032" (c) -> 2032年.
# - Yearless and relative dates: "on Monday" (a, dated Sept 10) = "on Sept. 9" (b) = 9月9日;
#   "on Tuesday" = 9月10日 = 周二; "the Nov. 5 U.S. election"; "in March"; "in May".
# - Abbreviations that must not split sentences: "U.S.", "Rep.", "Sept.", "Nov.", "p.m.".
# - Hedges: "could take as long as eight years" (b) -> 可能需时长达8年; "could run until 2032"
#   (c); "would be allowed to continue" (b).
# - Negations that do not conflict: "WuXi Biologics did not immediately respond", "She did not
#   say whether China would retaliate", "had not been able to get a clear answer", "Nobody is
#   going to cancel"; the negated statement of WuXi AppTec ("does not pose a national security
#   risk", a; "is not a national security risk", b) is stated in the summary (f7).
# - Number words: "eight years" (b) -> 8年; "five such companies".
# - Attribution traps: WuXi Biologics did not comment (a), so a statement given to it is wrong
#   (m10); the reaction came from the foreign ministry, not the commerce ministry (m09).
# - Unsupported near miss: b says sponsors "had begun mapping which of their programs touch a
#   named company"; the summary's claim that US drugmakers are already sourcing in India and
#   South Korea (f12) is in no source.
# - Numbers in furniture: "Updated 2 hours ago", "25 China-related bills", "7 min read",
#   "35 novel drugs", "2026 price list", "17,234.09", "7.7968", the pull quote in b.

A = "a-transpacific.en.txt"
B = "b-pipeline.en.txt"
C = "c-asiaequities.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-09-09",
         "what": "The US House passed the BIOSECURE Act on Monday 9 September 2024",
         "in": {S: "美国众议院9月9日表决通过《生物安全法案》",
                A: "The U.S. House of Representatives on Monday passed the Biosecure Act",
                B: "The House approved the bill on Sept. 9"}},
        {"id": "f2", "status": "agreement", "value": "306-81",
         "what": "The vote was 306 to 81, above the two-thirds needed under the fast-track procedure",
         "in": {S: "该法案以306票赞成、81票反对获得通过",
                A: "The measure was approved 306-81",
                B: "by a vote of 306 to 81",
                C: "voted by a margin of 306 to 81"}},
        {"id": "f3", "status": "agreement", "value": "BGI, MGI, WuXi AppTec, WuXi Biologics",
         "what": "The bill names BGI, MGI, WuXi AppTec and WuXi Biologics (and Complete Genomics) and bars federal agencies from buying their equipment and services",
         "in": {S: "法案点名华大集团、华大智造、药明康德和药明生物等企业",
                A: "including BGI, MGI, WuXi AppTec and WuXi Biologics",
                B: "The bill names five such companies: BGI, MGI, Complete Genomics, WuXi AppTec and WuXi Biologics"}},
        {"id": "f4", "status": "agreement", "value": "2032-01-01",
         "what": "Existing contracts with the named companies may continue until (1 January) 2032",
         "in": {S: "现有合同可继续履行至2032年",
                B: "would be allowed to continue until January 1, 2032",
                C: "Existing contracts could run until 2032"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The bill still needs the Senate; the Senate has not scheduled a floor vote (negated)",
         "in": {S: "参议院目前尚未排期表决",
                A: "The bill still has to pass the Senate before it can be sent to President Joe Biden",
                B: "the Senate has not scheduled a floor vote on it"}},
        {"id": "f6", "status": "agreement", "value": "2024-09-10",
         "what": "Foreign ministry spokesperson Mao Ning said on Tuesday 10 September that China firmly opposes the bill and urged the US to stop suppressing Chinese firms",
         "in": {S: "中国外交部发言人毛宁9月10日表示，中方坚决反对该法案",
                A: "foreign ministry spokesperson Mao Ning told a regular news briefing on Tuesday that China firmly opposes the bill",
                C: "Foreign ministry spokeswoman Mao Ning said on Tuesday that China firmly opposes the legislation"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "WuXi AppTec said it was disappointed by the vote and does not pose a national security risk to the US or any other country (negated)",
         "in": {S: "药明康德表示对表决结果感到失望，并称公司不对美国或任何其他国家构成国家安全风险",
                A: "WuXi AppTec said in a statement that it was disappointed by the vote",
                B: "said it was disappointed with the result and repeated that it is not a national security risk"}},
        {"id": "f8", "status": "agreement", "value": "-11% intraday",
         "what": "WuXi AppTec's Hong Kong shares fell as much as 11% on Tuesday, then pared losses",
         "in": {S: "药明康德港股周二盘中一度重挫11%",
                A: "Hong Kong-listed shares of WuXi AppTec fell as much as 11% on Tuesday",
                C: "WuXi AppTec, the sector bellwether, sank as much as 11% in early trade before paring losses to close 2.6% down"}},
        {"id": "f9", "status": "source-conflict", "value": "-9% | -4.8%",
         "what": "WuXi Biologics' close on Tuesday 10 September: down 9% (a) versus down 4.8% (c)",
         "in": {S: "有报道称约9%，也有报道称为4.8%",
                A: "WuXi Biologics ended the session 9% lower",
                C: "WuXi Biologics closed 4.8% lower after a volatile session"}},
        {"id": "f10", "status": "agreement", "value": "79%",
         "what": "In BIO's May 2024 survey, 79% of the 124 responding companies had at least one contract with a China-based or Chinese-owned manufacturer",
         "in": {S: "79%的受访企业至少与一家中国合同研发生产机构有合作",
                B: "79% of the 124 companies that responded said they had at least one contract or product agreement"}},
        {"id": "f11", "status": "agreement", "value": "8 years",
         "what": "Switching to another manufacturer could take as long as eight years (hedged: could)",
         "in": {S: "更换供应商可能需时长达8年",
                B: "switching to another manufacturer could take as long as eight years"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "Some US drugmakers have begun looking for replacement suppliers in India and South Korea (no source says so)",
         "in": {S: "部分美国药企已开始在印度和韩国物色替代供应商"}},
        {"id": "f13", "status": "omission", "value": None,
         "what": "Rep. Jim McGovern opposed the bill, saying he could not get a clear answer on how the companies were chosen; WuXi Biologics is building a site in his district (negated)",
         "in": {A: "Rep. Jim McGovern, a Massachusetts Democrat, spoke against the bill on the floor"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "The Office of Management and Budget could add companies to the list, which would be reviewed every year",
         "in": {B: "The White House Office of Management and Budget would be able to add others"}},
        {"id": "f15", "status": "omission", "value": "11-1 (March 2024)",
         "what": "A Senate committee approved a similar version in March by 11 to 1",
         "in": {B: "A Senate committee approved a similar version in March by a vote of 11 to 1"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "MGI called the claims behind the bill groundless and said it could slow innovation (hedged)",
         "in": {C: "MGI said the claims behind the bill were groundless"}},
        {"id": "f17", "status": "omission", "value": "about 2/3",
         "what": "Roughly two-thirds of WuXi AppTec's revenue last year came from US customers",
         "in": {C: "Roughly two-thirds of WuXi AppTec's revenue last year came from customers in the United States"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "306票赞成", "mutated": "360票赞成",
         "note": "306 in favour (a, b, c) -> 360"},
        {"n": 2, "type": "number", "fact": "f2", "original": "81票反对", "mutated": "91票反对",
         "note": "81 against (a, b, c) -> 91"},
        {"n": 3, "type": "date", "fact": "f1", "original": "9月9日", "mutated": "9月19日",
         "note": "passed on Monday 9 September (a: 'on Monday', b: 'Sept. 9') -> 19 September"},
        {"n": 4, "type": "date", "fact": "f4", "original": "2032年", "mutated": "2030年",
         "note": "existing contracts may run until 1 January 2032 (b, c) -> 2030"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "尚未排期表决", "mutated": "已排期表决",
         "note": "the Senate has not scheduled a floor vote (b) -> has scheduled one"},
        {"n": 6, "type": "negation", "fact": "f6", "original": "坚决反对该法案", "mutated": "并不反对该法案",
         "note": "China firmly opposes the bill (a, c) -> does not oppose it"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "华大智造", "mutated": "联影医疗",
         "note": "MGI -> United Imaging among the named companies; no source names United Imaging"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "药明康德港股", "mutated": "康龙化成港股",
         "note": "the 11% intraday fall was in WuXi AppTec (a, c), not Pharmaron, which no source mentions"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "中国外交部发言人毛宁", "mutated": "中国商务部发言人何亚东",
         "note": "the reaction came from foreign ministry spokesperson Mao Ning (a, c), not the commerce ministry's He Yadong"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "药明康德表示", "mutated": "药明生物表示",
         "note": "the statement came from WuXi AppTec (a, b); WuXi Biologics did not immediately respond (a)"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能需时", "mutated": "必然需时",
         "note": "switching 'could take as long as eight years' (b) -> will necessarily take that long"},
        {"n": 12, "type": "unit", "fact": "f11", "original": "长达8年", "mutated": "长达8个月",
         "note": "as long as eight years (b) -> eight months"},
        {"n": 13, "type": "percentage", "fact": "f8", "original": "重挫11%", "mutated": "重挫17%",
         "note": "WuXi AppTec fell as much as 11% (a, c) -> 17%"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "79%的受访企业", "mutated": "29%的受访企业",
         "note": "79% of responding companies (b) -> 29%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Daniel Okafor and Wing-yan Cheung | Sept 10, 2024 6:42 PM HKT | Updated 2 hours ago"},
            "(Reporting by Daniel Okafor in Washington"],
        B: [{"inline": "Policy Desk | September 11, 2024 | 7 min read"},
            {"inline": "Pull quote: \"Nobody is going to cancel a WuXi contract tomorrow.\""},
            "Get the BIOSECURE tracker and our weekly policy briefing"],
        C: [{"inline": "Markets | Hong Kong | Tuesday, September 10, 2024, 5:15 p.m."},
            {"inline": "Market snapshot: Hang Seng 17,234.09 (-0.2%) | HS Healthcare (-1.9%) | USD/HKD 7.7968"},
            "Sign up for Asia Equities Brief's closing bell newsletter"],
    },
}
