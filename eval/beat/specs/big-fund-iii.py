# Gold specification for story `big-fund-iii` (China registers the third phase of its national
# integrated-circuit investment fund, May 2024). The summary is in Simplified Chinese, mainland style.
# All texts are invented for evaluation (the dates, the registered capital, the finance ministry's
# and the banks' contributions and the sizes of the first two phases follow the 2024 episode;
# wording, quotes, analysts, outlets and all share-price moves are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story big-fund-iii`.
# f13 is a genuine source-versus-source conflict: a says SMIC closed 4.1% higher in Hong Kong on
# Monday 27 May; c says it ended 2.9% higher (after rising as much as 5.2%). Both agree on Hua
# Hong's 3.6%. The summary only says both stocks closed higher.
#
# Traps:
# - Scale and currency: 344 billion yuan = 3440亿元; $47.5 billion = 475亿美元 (a) = "about
#   US$47.5 billion" (c); 138.7 billion = 1387亿元; 204.1 billion = 2041亿元; 21.5 billion = 215亿元;
#   114 billion = 1140亿元; 60 billion = 600亿元.
# - Near-equal numbers for different things: 344 billion (phase III) vs "roughly 342.8 billion
#   yuan raised by the first two phases combined" (b).
# - Stake vs amount: 17.44% / 60 billion yuan (MOF, a); 6.25% / 21.5 billion each (four banks, b);
#   10.5% (CDB Capital, a); "roughly a third of the total" (a).
# - Two durations that are not a conflict: "an operating period of 15 years" (a) vs the banks'
#   contributions "paid in over ten years" (b).
# - Intraday vs close: "climbed as much as 3.9% in early trade" (a, an unnamed chip index) vs the
#   CSI index that "closed up 3.1 per cent" (c, f12); SMIC "as much as 5.2 per cent" (c); the
#   Shanghai Composite rose 1.1 per cent (m08 swaps the index).
# - Relative dates: "on Friday" (a, dated Monday 27 May) = May 24 (b) = 5月24日; "on Monday" = 27日.
# - Yearless/relative years: controls since "October 2022" broadened "in October 2023" (a) =
#   "expanded them a year later" (c).
# - Hedges: "expect it to concentrate on" (b) -> 预计; "could also back" (b) -> 可能; "could fade"
#   and "likely to be run with tighter oversight" are not in the summary.
# - Non-conflicting negations: "did not respond to a faxed request for comment", "must not be left
#   at the mercy of foreign suppliers", "Naura did not respond", AMEC "had not been approached"
#   (f20), Harada "unlikely that the fund would put much money into plain capacity expansion".
# - "money alone cannot quickly close the gap" (a, f14) is a negation in a quote.
# - Numbers in furniture: PMI 50.4, "slips 0.2%", "jumped 60%", "rise 3% in 2024", "nearly 50%",
#   "slips 0.8%", "fall 1.2%", "12 firms", "US$2,400", "5 min read", "6pm".

A = "a-eastgate.en.txt"
B = "b-semisupply.en.txt"
C = "c-harbour.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-05-24; 344000000000 CNY",
         "what": "Big Fund III was established on Friday 24 May 2024 with registered capital of 344 billion yuan",
         "in": {S: "已于5月24日成立，注册资本3440亿元人民币",
                A: "China has launched the third phase of its state-backed semiconductor investment fund with registered capital of 344 billion yuan",
                B: "was registered on May 24 with capital of 344 billion yuan",
                C: "has registered capital of 344 billion yuan"}},
        {"id": "f2", "status": "agreement", "value": "47500000000 USD",
         "what": "The registered capital is about USD 47.5 billion",
         "in": {S: "约合475亿美元",
                A: "($47.5 billion)",
                C: "worth about US$47.5 billion"}},
        {"id": "f3", "status": "agreement", "value": "60000000000 CNY; 17.44%",
         "what": "The finance ministry is the largest shareholder, with 60 billion yuan for a 17.44% stake",
         "in": {S: "财政部为第一大股东，认缴出资600亿元，持股17.44%",
                A: "The finance ministry is the largest shareholder, having subscribed 60 billion yuan for a 17.44% stake",
                C: "Its largest shareholder is the Ministry of Finance"}},
        {"id": "f4", "status": "agreement", "value": "21500000000 CNY each",
         "what": "ICBC, CCB, ABC and Bank of China each said in filings on Monday 27 May that they would contribute 21.5 billion yuan",
         "in": {S: "工商银行、建设银行、农业银行和中国银行27日分别发布公告，各认缴出资215亿元",
                B: "each said in stock exchange filings that they would contribute 21.5 billion yuan"}},
        {"id": "f5", "status": "agreement", "value": "114000000000 CNY",
         "what": "Six large state-owned banks together committed 114 billion yuan",
         "in": {S: "六大国有银行合计出资1140亿元",
                A: "Six large state-owned lenders, led by Industrial and Commercial Bank of China, together committed 114 billion yuan"}},
        {"id": "f6", "status": "agreement", "value": "2014: 138700000000 CNY; 2019: 204100000000 CNY",
         "what": "The first phase was set up in 2014 with 138.7 billion yuan, the second in 2019 with 204.1 billion yuan",
         "in": {S: "大基金一期于2014年设立，规模为1387亿元，二期于2019年设立，规模为2041亿元",
                A: "The first phase was launched in 2014 with 138.7 billion yuan, and the second was set up in 2019 with 204.1 billion yuan"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Phase III is larger than the first two phases combined",
         "in": {S: "三期规模超过前两期之和",
                A: "The new vehicle is bigger than its two predecessors combined",
                B: "against roughly 342.8 billion yuan raised by the first two phases combined"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The registration did not say where the money would be invested (negated)",
         "in": {S: "工商登记信息并未披露三期的具体投资方向",
                A: "The registration did not say where the money would be invested",
                B: "Officially, nothing has been said about targets"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Analysts and people familiar expect the fund to concentrate on semiconductor equipment and materials (hedged: expect)",
         "in": {S: "业内预计三期将重点投向半导体设备和材料",
                B: "expect it to concentrate on semiconductor equipment and materials",
                C: "equipment is where the money will go"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "The fund could also back the development of high-bandwidth memory (hedged: could)",
         "in": {S: "并可能支持国内企业研发人工智能芯片所需的高带宽存储器（HBM）",
                B: "The fund could also back efforts to develop high-bandwidth memory (HBM)"}},
        {"id": "f11", "status": "agreement", "value": "2022-10; 2023-10",
         "what": "The US has restricted exports of advanced chips and chipmaking tools to China since October 2022 and broadened the rules in October 2023",
         "in": {S: "美国自2022年10月起限制向中国出口先进芯片和芯片制造设备，并于2023年10月进一步扩大管制范围",
                A: "Washington has, since October 2022, barred the sale of advanced chips and chipmaking tools to Chinese firms without a license, and the rules were broadened in October 2023",
                C: "The U.S. first imposed sweeping curbs on exports of advanced chips and chipmaking equipment to China in October 2022 and expanded them a year later"}},
        {"id": "f12", "status": "agreement", "value": "3.1% (2024-05-27)",
         "what": "The CSI All Share Semiconductor Products and Equipment Index closed up 3.1% on Monday 27 May",
         "in": {S: "中证全指半导体产品与设备指数5月27日收涨3.1%",
                C: "The CSI All Share Semiconductor Products and Equipment Index closed up 3.1 per cent"}},
        {"id": "f13", "status": "source-conflict", "value": "4.1% | 2.9%",
         "what": "SMIC's Hong Kong close on 27 May: up 4.1% per a versus up 2.9% per c (both agree it closed higher)",
         "in": {S: "中芯国际和华虹半导体的港股当日亦双双收高",
                A: "In Hong Kong, SMIC closed 4.1% higher",
                C: "SMIC ended 2.9 per cent higher"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Ruth Calder of Stonebridge Advisory said money alone cannot quickly close the gap at the leading edge (negated, quoted)",
         "in": {S: "单靠资金无法迅速缩小中国在尖端芯片领域与领先者的差距",
                A: "But money alone cannot quickly close the gap at the leading edge"}},
        {"id": "f15", "status": "unsupported", "value": "2024-Q3",
         "what": "People familiar say the first investments are expected in the third quarter (no source says so)",
         "in": {S: "三期首批投资项目预计将于今年第三季度落地"}},
        {"id": "f16", "status": "omission", "value": "15 years",
         "what": "The fund has an operating period of 15 years",
         "in": {A: "has an operating period of 15 years"}},
        {"id": "f17", "status": "omission", "value": "10 years",
         "what": "The banks said their contributions would be paid in over ten years",
         "in": {B: "The banks said their contributions would be paid in over ten years"}},
        {"id": "f18", "status": "omission", "value": "10%",
         "what": "Naura Technology jumped by its 10% daily limit and AMEC rose 6.8%",
         "in": {C: "Naura Technology Group jumped by its 10 per cent daily limit in Shenzhen"}},
        {"id": "f19", "status": "omission", "value": "2022",
         "what": "In 2022 several former executives linked to the first two phases, including ex-president Ding Wenwu, were placed under investigation",
         "in": {B: "including former president Ding Wenwu, were placed under investigation in an anti-graft campaign"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "AMEC said it had not been approached by the fund (negated)",
         "in": {C: "An AMEC spokesman said the company had not been approached by the fund"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "注册资本3440亿元", "mutated": "注册资本4340亿元",
         "note": "registered capital 344 billion yuan (a, b, c) -> 434 billion (digits transposed)"},
        {"n": 2, "type": "number", "fact": "f6", "original": "规模为1387亿元", "mutated": "规模为1837亿元",
         "note": "the first phase raised 138.7 billion yuan (a) -> 183.7 billion"},
        {"n": 3, "type": "date", "fact": "f1", "original": "已于5月24日成立", "mutated": "已于5月14日成立",
         "note": "established on Friday 24 May (a: 'on Friday' in a Monday 27 May story; b: May 24) -> 14 May"},
        {"n": 4, "type": "date", "fact": "f11", "original": "自2022年10月起", "mutated": "自2020年10月起",
         "note": "US controls on advanced chips and tools date from October 2022 (a, c), not October 2020"},
        {"n": 5, "type": "negation", "fact": "f8", "original": "并未披露", "mutated": "已披露",
         "note": "the registration did not say where the money would go (a; b: nothing said officially) -> it disclosed the investment direction"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "但单靠资金无法迅速缩小", "mutated": "而单靠资金便可迅速缩小",
         "note": "Calder: money alone cannot quickly close the gap (a) -> money alone can close it quickly"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "建设银行", "mutated": "招商银行",
         "note": "China Construction Bank -> China Merchants Bank among the four banks putting in 21.5 billion yuan each; b names CCB"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "中证全指半导体产品与设备指数", "mutated": "上证综合指数",
         "note": "the 3.1% close was the CSI semiconductor index's (c); the Shanghai Composite rose 1.1% (c)"},
        {"n": 9, "type": "attribution", "fact": "f14", "original": "新加坡石桥咨询亚洲科技研究主管考尔德", "mutated": "东京森冈证券半导体设备分析师原田健二",
         "note": "the remark that money alone cannot close the gap is Ruth Calder's (a), not Kenji Harada's (b)"},
        {"n": 10, "type": "modality", "fact": "f9", "original": "业内预计三期将重点投向", "mutated": "三期已明确将重点投向",
         "note": "analysts expect a focus on equipment and materials (b, hedged) -> it has been decided; b: nothing said officially"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "并可能支持", "mutated": "并将支持",
         "note": "the fund could also back HBM development (b, hedged) -> it will back it"},
        {"n": 12, "type": "unit", "fact": "f2", "original": "约合475亿美元", "mutated": "约合475亿港元",
         "note": "about USD 47.5 billion (a, c) -> HKD 47.5 billion"},
        {"n": 13, "type": "percentage", "fact": "f3", "original": "持股17.44%", "mutated": "持股14.74%",
         "note": "the finance ministry holds 17.44% (a) -> 14.74%"},
        {"n": 14, "type": "percentage", "fact": "f12", "original": "收涨3.1%", "mutated": "收涨1.3%",
         "note": "the CSI semiconductor index closed up 3.1% (c) -> 1.3%; a's 3.9% was an intraday high"},
    ],
    "boilerplate": {
        A: "(Reporting by Eastgate's Beijing and Shanghai newsrooms",
        B: [{"inline": "By Priya Natarajan | May 28, 2024 | 5 min read"},
            {"inline": "SIGN UP: The Fab Floor, our weekly briefing on equipment and materials. Subscribe here."},
            {"inline": "Related: Naura, AMEC book record orders as Chinese fabs stockpile tools"},
            "Priya Natarajan covers semiconductor supply chains"],
        C: [{"inline": "Markets | Published 27 May 2024, 5:48pm HKT"},
            {"inline": "READ MORE: Hang Seng Tech index slips 0.8% as property developers drag"},
            "Sign up for our Asia Markets Close newsletter"],
    },
}
