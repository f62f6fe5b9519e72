# Gold specification for story `cadence-nudt-plea` (Cadence Design Systems agrees to plead guilty
# over exports of chip-design tools to China's National University of Defense Technology, July 2025).
# All texts are invented for evaluation (the dates, the headline amounts and the 2015 listing follow
# the 2025 episode; wording, quotes, reporters, analysts and outlets are made up). Edit here, then run
# `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story cadence-nudt-plea`.
# f10 is a genuine source-versus-source conflict: the wire (a) counts "at least 56" exports to CSCC
# between 2015 and 2020, the trade weekly (b) "at least 59". The summary gives both.
#
# Traps:
# - Weekday vs date: a is dated Monday 28 July and says "on Monday"; b says "on July 28"; c (dated
#   29 July) says "on Monday" and "early trading on Tuesday"; the summary writes 7月28日 and 当天.
# - Same amount, different forms: "more than $140 million" (a, c), "the net total is $140.6 million"
#   (b), 逾1.4亿美元; "nearly $118 million" -> 近1.18亿美元; "more than $95 million" -> 逾9500万美元.
#   The parts (118 + 95) add up to more than the net total because of mutual credits (b); that is
#   not a conflict.
# - Equal durations in different units: "three years of corporate probation" (b) vs "36 months of
#   probation" (c) -> 三年缓刑. b hedges ("is expected to be sentenced"), c does not.
# - Vague vs exact date: "added it to its Entity List in 2015" (a), "February 2015" (b), "blacklisted
#   a decade ago" (c) all support 2015年2月.
# - Other years nearby: Phytium transfers "continued into 2021" (b), subpoenas in 2021 and 2023 (c),
#   Devgan "took the job in 2021" (c), share of revenue in 2024 vs 2023 (c).
# - Non-conflicting negations: "did not voluntarily disclose" (b, an omission), "It will not be
#   required to retain an independent compliance monitor" (b, agrees with 无需), "no outside monitor"
#   (c), "nothing in the filings accuses him", "Intel did not respond", "asked not to be named",
#   "declined to comment beyond the filing".
# - Entity in another role: Synopsys appears in c as a rival (and in c's furniture); the entity mutant
#   楷登电子 -> 新思科技 is still wrong. Devgan appears in c, but c never quotes him on compliance: the
#   unsupported f17 names a real person the sources mention.
# - Unsupported claim near source wording: b mentions "remedial measures" credited by prosecutors but
#   never says employees were dismissed (f16).
# - Hedged omission: "Some analysts said the plea could push other U.S. chip firms..." (c).
# - Numbers in furniture: "12 Chinese entities", "rose 18% in June", "14 cases, $41 million",
#   "23 addresses", "4 min read", "6 min read", "$35 billion", "60% yields", "12 August".

A = "a-crossbay.en.txt"
B = "b-tradecontrols.en.txt"
C = "c-netlist.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-28",
         "what": "The Justice Department announced on Monday 28 July 2025 that Cadence agreed to plead guilty",
         "in": {S: "美国司法部7月28日宣布",
                A: "the Justice Department said on Monday",
                B: "announced on July 28 coordinated resolutions with Cadence Design Systems"}},
        {"id": "f2", "status": "agreement", "value": "1",
         "what": "Cadence pleads guilty to one count of conspiracy to commit export control violations, over EDA exports to NUDT",
         "in": {S: "同意就一项串谋违反出口管制的罪名认罪，该案涉及向中国国防科技大学出口电子设计自动化（EDA）工具",
                A: "agreed to plead guilty to one count of conspiracy to commit export control violations",
                B: "Cadence will plead guilty to a single count of conspiracy to commit export control violations"}},
        {"id": "f3", "status": "agreement", "value": "140000000 USD",
         "what": "Combined criminal and civil penalties and forfeiture total more than USD 140 million (net USD 140.6 million)",
         "in": {S: "合计支付逾1.4亿美元的刑事和民事罚款及没收款项",
                A: "pay more than $140 million in combined penalties",
                B: "the net total is $140.6 million",
                C: "more than $140 million in total"}},
        {"id": "f4", "status": "agreement", "value": "118000000 USD",
         "what": "The criminal part (fine plus forfeiture) comes to nearly USD 118 million",
         "in": {S: "其中刑事部分近1.18亿美元",
                B: "comes to nearly $118 million"}},
        {"id": "f5", "status": "agreement", "value": "95000000 USD",
         "what": "Cadence pays more than USD 95 million in civil penalties to BIS; each agency credits part of the other's payment",
         "in": {S: "BIS民事罚款逾9500万美元",
                B: "the company will pay more than $95 million in civil penalties to BIS"}},
        {"id": "f6", "status": "agreement", "value": "2015-02",
         "what": "NUDT was added to the Commerce Department's Entity List in February 2015",
         "in": {S: "国防科技大学于2015年2月被美国商务部列入“实体清单”",
                A: "The Commerce Department added it to its Entity List in 2015",
                B: "BIS put NUDT on the Entity List in February 2015",
                C: "a military school Washington blacklisted a decade ago"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "NUDT's supercomputers are believed (by the US) to support nuclear explosive and military simulation (hedged)",
         "in": {S: "美方认为该校的超级计算机被用于支持核爆炸模拟和军事模拟",
                A: "saying its supercomputers were believed to be used to simulate nuclear explosions and military operations"}},
        {"id": "f8", "status": "agreement", "value": "2015/2020",
         "what": "Court papers: between 2015 and 2020 some Cadence China staff kept dealing with CSCC knowing it was an NUDT alias",
         "in": {S: "法庭文件显示，2015年至2020年间，楷登电子中国子公司的部分员工明知",
                A: "Some staff at the subsidiary kept up the business while aware that CSCC was a front for the university"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "The exports were made without the required export licenses (negated)",
         "in": {S: "仍在未取得出口许可证的情况下向其出口EDA工具",
                B: "Each was made without obtaining the licenses BIS requires",
                C: "without the export licenses Washington requires"}},
        {"id": "f10", "status": "source-conflict", "value": "56 | 59",
         "what": "Number of unlicensed exports to CSCC in 2015-2020: at least 56 (a, court papers) versus at least 59 (b, the government's count)",
         "in": {S: "一家通讯社援引法庭文件称至少有56次，一家贸易合规周刊则称至少有59笔",
                A: "exported electronic design automation, or EDA, tools at least 56 times",
                B: "The government counts at least 59 unlicensed exports to CSCC"}},
        {"id": "f11", "status": "agreement", "value": "P3Y",
         "what": "Cadence is expected to be sentenced to three years (36 months) of corporate probation (hedged in b)",
         "in": {S: "楷登电子预计将被判处三年缓刑",
                B: "Cadence is expected to be sentenced to three years of corporate probation",
                C: "Cadence also gets 36 months of probation"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Cadence must report annually to the Justice Department on its compliance programme",
         "in": {S: "并须每年向司法部报告合规整改进展",
                B: "must report annually to the Justice Department on improvements to its compliance programme"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Cadence will not be required to retain an independent compliance monitor (negated)",
         "in": {S: "但无需聘请独立合规监察员",
                B: "It will not be required to retain an independent compliance monitor",
                C: "though no outside monitor will be sitting in its offices"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Cadence, reporting second-quarter results the same day, said it was pleased to have reached resolutions",
         "in": {S: "公司“很高兴”与司法部和商务部达成和解",
                A: "that it was \"pleased\" to have reached resolutions with the Justice and Commerce departments",
                C: "said it was pleased to have settled"}},
        {"id": "f15", "status": "agreement", "value": "12% | 17%",
         "what": "Per its annual report, China made up 12% of Cadence's revenue in 2024, down from 17% in 2023",
         "in": {S: "2024年中国市场约占楷登电子营收的百分之十二，低于2023年的百分之十七",
                C: "China made up 12% of the company's revenue in 2024, down from 17% in 2023"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Cadence has dismissed the Cadence China employees involved (no source says so; b only mentions remedial measures)",
         "in": {S: "楷登电子已解雇涉事的中国子公司员工"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "CEO Anirudh Devgan said on the earnings call that the company has fully upgraded its export compliance system (no source says so)",
         "in": {S: "公司已全面升级出口合规体系"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The plea agreement is subject to approval by a federal judge",
         "in": {A: "The plea agreement is subject to approval by a federal judge"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Prosecutors noted that Cadence did not voluntarily disclose the conduct (negated)",
         "in": {B: "noted that Cadence did not voluntarily disclose the conduct"}},
        {"id": "f20", "status": "omission", "value": "2021",
         "what": "After the CSCC relationship ended, the contract passed to Phytium Technology and transfers continued into 2021",
         "in": {B: "transfers continued into 2021"}},
        {"id": "f21", "status": "omission", "value": "2021 | 2023",
         "what": "The investigation began in 2021 with a Commerce Department subpoena; the Justice Department followed in 2023",
         "in": {C: "It started in 2021 with a subpoena from the Commerce Department"}},
        {"id": "f22", "status": "omission", "value": None,
         "what": "Some analysts said the plea could push other US chip firms to scrutinise their Chinese subsidiaries (hedged)",
         "in": {C: "Some analysts said the plea could push other U.S. chip firms to look harder"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "就一项串谋", "mutated": "就三项串谋",
         "note": "one count of conspiracy (a, b) -> three counts"},
        {"n": 2, "type": "date", "fact": "f1", "original": "7月28日", "mutated": "7月18日",
         "note": "DOJ announced on Monday 28 July (a, b), not 18 July"},
        {"n": 3, "type": "entity", "fact": "f2", "original": "芯片设计软件企业楷登电子", "mutated": "芯片设计软件企业新思科技",
         "note": "Cadence -> Synopsys as the company pleading guilty; c names Synopsys only as a rival"},
        {"n": 4, "type": "entity", "fact": "f2", "original": "向中国国防科技大学", "mutated": "向中国哈尔滨工业大学",
         "note": "NUDT -> Harbin Institute of Technology; no source mentions it"},
        {"n": 5, "type": "unit", "fact": "f3", "original": "逾1.4亿美元", "mutated": "逾1.4亿元",
         "note": "currency USD -> CNY (a: more than $140 million; b: $140.6 million)"},
        {"n": 6, "type": "number", "fact": "f4", "original": "近1.18亿美元", "mutated": "近11.8亿美元",
         "note": "nearly $118 million (b) -> nearly $1.18 billion (scale x10)"},
        {"n": 7, "type": "date", "fact": "f6", "original": "2015年2月", "mutated": "2019年2月",
         "note": "NUDT listed in February 2015 (b; 2015 in a), not February 2019"},
        {"n": 8, "type": "modality", "fact": "f7", "original": "美方认为", "mutated": "美方已证实",
         "note": "supercomputers 'believed to support' simulations (a) -> confirmed"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "法庭文件显示", "mutated": "楷登电子内部调查显示",
         "note": "the account comes from court papers / prosecutors (a), not an internal Cadence investigation"},
        {"n": 10, "type": "negation", "fact": "f9", "original": "未取得出口许可证", "mutated": "已取得出口许可证",
         "note": "exports made without the required licenses (b, c) -> with licenses"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "预计将被判处", "mutated": "已被判处",
         "note": "Cadence 'is expected to be sentenced' to probation (b) -> has been sentenced"},
        {"n": 12, "type": "negation", "fact": "f13", "original": "但无需聘请", "mutated": "但须聘请",
         "note": "not required to retain an independent monitor (b, c) -> required"},
        {"n": 13, "type": "attribution", "fact": "f15", "original": "据公司年报", "mutated": "据美国商务部数据",
         "note": "the revenue shares come from Cadence's annual report (c), not Commerce Department data"},
        {"n": 14, "type": "percentage", "fact": "f15", "original": "百分之十二", "mutated": "百分之二十一",
         "note": "China was 12% of 2024 revenue (c) -> 21%"},
    ],
    "boilerplate": {
        A: [{"inline": "Technology | Markets | Policy | Sign in"},
            {"inline": "ADVERTISEMENT · Story continues below"},
            "(Reporting by Dana Whitlock"],
        B: [{"inline": "Trade Controls Review | Enforcement | Sanctions | Export Controls | Events"},
            {"inline": "Enforcement | 29 July 2025 | By Priya Raman"},
            {"inline": "READ MORE: BIS penalties in the first half of 2025: 14 cases, $41 million"},
            "This article is part of our Export Enforcement Tracker."],
        C: [{"inline": "The Netlist - chips, tools and the people who make them"},
            {"inline": "Home · Archive · About · Subscribe"},
            {"inline": "Posted by Ethan Morrow · July 29, 2025 · 6 min read"},
            {"inline": "Subscribe to The Netlist: one email a week, no spam, unsubscribe any time."},
            "Share this post · Leave a comment"],
    },
}
