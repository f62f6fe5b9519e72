# Gold specification for story `london-trade-talks` (US-China trade talks in London on 9-10 June
# 2025: Bessent, Lutnick and Greer with Vice Premier He Lifeng agree in principle a framework to
# implement the Geneva consensus; China to speed up rare-earth export licences, the US to ease export
# controls on chip design software, ethane and jet engines; tariffs stay at the post-Geneva levels,
# "55%" US vs "10%" China as Trump put it on 11 June; both presidents must approve). The summary is in
# Simplified Chinese, mainland style (贝森特, 卢特尼克, 格里尔, 何立峰, 李成钢, 特朗普, 习近平, 亿, 6月9日至10日).
# All texts are invented for evaluation (the dates, the delegations, the Geneva rates, the 55% =
# 10% + 20% + 25% breakdown, the 4 April rare-earth licensing and the broad facts follow the real
# events; outlets, quotes, analysts, the talk durations and the ethane trade figures are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story london-trade-talks`.
#
# Traps:
# - Same number, different meanings: 10% is China's tariff on US goods (a, b, c) and also the US
#   baseline reciprocal tariff inside the 55% (b); 20% is the fentanyl-related tariff (b) while the
#   talks ran "nearly 20 hours" (a); "May 12" (Geneva) vs "about 12 hours" (b); m14 turns the 20%
#   fentanyl tariff into 10%, a number that occurs elsewhere in the summary.
# - Two US tariff figures that agree: "to 30% from 145%" after Geneva (a) counts only this year's new
#   duties; Trump's "55%" total (b, c) adds the pre-existing ~25% (b says so). Neither contradicts
#   the other, nor does b's "This does not mean tariffs went up".
# - Source-vs-source conflict (f3): the talks lasted "nearly 20 hours" (a) vs "about 12 hours in all"
#   (b); the summary follows a (近20个小时), so a contradiction there is excused.
# - Report date vs event date: a is dated 11 June and says "late on Tuesday" (10 June), "Monday and
#   Tuesday"; b and c (12 June) say Trump posted "on Wednesday" (11 June); the Geneva deal is "May 12"
#   (a, b) and "last month" (a); the pause "runs out on August 12" (b); "last year" in c is 2024.
# - Equal values in different units: ethane shipments "worth about $1.1 billion, or roughly 7.9
#   billion yuan" (c); the summary's 约11亿美元 agrees, m13's 11亿元人民币 does not.
# - Negations that do not conflict: "the framework does not change tariff levels" (a) and "Tariff
#   levels were not changed in London" (c) support the summary's negated 不会改变; "He gave no
#   timeline", "Neither side published the text" (a); "This does not mean tariffs went up",
#   "Nothing in London changes that", "I would not be surprised" (b); "did not expect the licence
#   requirement on ethane to disappear", "Nobody is loading", "A framework is not a licence",
#   "did not expect the dispute to change the long-term flow" (c).
# - Hedges and conditions: implementation "only if they approved it" (a), "still has to be approved"
#   (b), "subject to final approval" (c) support 还须提交两国元首批准; the analyst's "could cut run
#   rates" and b's "It is fragile" are opinions the summary leaves out.
# - Quotes of different speakers: Lutnick (framework, approval, "in a balanced way"), Li Chenggang
#   ("candid and in-depth"), Trump (deal done, 55%/10%, students), a White House official (the
#   breakdown), Rubio ("aggressively revoke", May 28); m09 and m10 move quotes between speakers.
# - Unsupported but true-sounding: Commerce Minister Wang Wentao was in the delegation (f16); no
#   source names him.

A = "a-cps.en.txt"
B = "b-ledger.en.txt"
C = "c-gpw.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-06-09..2025-06-10",
         "what": "Bessent, Lutnick and Greer met Vice Premier He Lifeng's delegation for talks in London on Monday 9 and Tuesday 10 June",
         "in": {S: "6月9日至10日在伦敦举行经贸会谈",
                A: "met Chinese Vice Premier He Lifeng and his team at Lancaster House on Monday and Tuesday",
                B: "Bessent, Lutnick and Greer sat down with Vice Premier He Lifeng in London on Monday and Tuesday, June 9 and 10"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The two sides agreed in principle on a framework to implement the Geneva consensus",
         "in": {S: "双方原则上就落实日内瓦共识的框架达成一致",
                A: "they had agreed on a framework to implement the trade truce reached in Geneva last month",
                B: "The outcome was an agreement in principle on a framework to implement the Geneva consensus of May 12",
                C: "agreed on a framework in London this week to implement their Geneva trade truce"}},
        {"id": "f3", "status": "source-conflict", "value": "~20 h (a) | ~12 h (b)",
         "what": "Length of the talks: nearly 20 hours (a, followed by the summary) vs about 12 hours in all (b)",
         "in": {S: "会谈持续近20个小时",
                A: "The discussions ran for nearly 20 hours",
                B: "the talks took about 12 hours in all"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Lutnick said the framework goes to both presidents and will be implemented only once they approve it (conditional)",
         "in": {S: "框架还须提交两国元首批准，获批后才会实施",
                A: "it would be implemented only if they approved it",
                B: "Lutnick said the framework still has to be approved by both presidents before anything happens"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Li Chenggang, China's international trade representative and vice commerce minister, called the talks candid and in-depth and hoped progress would build trust",
         "in": {S: "双方交流“坦诚而深入”",
                A: "described the talks as \"candid and in-depth\""}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Under the framework China will speed up approvals of rare-earth export licences",
         "in": {S: "中方将加快审批稀土出口许可",
                A: "China will speed up approvals of export licences for rare earths",
                C: "Under the London framework, China will speed up approvals of those licences"}},
        {"id": "f7", "status": "agreement", "value": "7 | 2025-04-04",
         "what": "China has required export licences for seven rare earth elements since 4 April",
         "in": {S: "中国自4月4日起对7种稀土实行出口许可管理",
                C: "China has required licences for exports of seven rare earth elements and related magnets since April 4"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The US will remove, 'in a balanced way', export controls imposed in recent weeks on chip design software, ethane and jet engines",
         "in": {S: "撤销近几周出台的部分对华出口管制，涉及芯片设计软件、乙烷和喷气发动机等",
                A: "including curbs on sales of chip design software, ethane and jet engine parts to China, would be removed \"in a balanced way\"",
                C: "which cover ethane, chip design software and jet engines among other items, would be lifted"}},
        {"id": "f9", "status": "agreement", "value": "~50% | 1100000000 USD (2024)",
         "what": "China took nearly half of US ethane exports in 2024, worth about USD 1.1 billion (about CNY 7.9 billion)",
         "in": {S: "中国去年吸纳了美国约一半的乙烷出口，价值约11亿美元",
                C: "China took nearly half of U.S. ethane exports last year, shipments worth about $1.1 billion"}},
        {"id": "f10", "status": "agreement", "value": "2025-06-11",
         "what": "On Wednesday 11 June Trump posted that the deal with China was done, subject to final approval by Xi and himself",
         "in": {S: "特朗普11日在社交媒体上称，与中国的协议“已经完成”，尚待他与习近平最终批准",
                B: "the president posted that the deal with China was done, pending final sign-off by Xi and himself",
                C: "On Wednesday Trump said on social media that the deal was done, subject to final approval by Xi and himself"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Trump said Chinese students will be able to use American colleges and universities",
         "in": {S: "中国学生也可以在美国高校就读",
                B: "Chinese students will be able to use American colleges and universities"}},
        {"id": "f12", "status": "agreement", "value": "55% | 10%",
         "what": "Trump said US tariffs on Chinese goods total 55% and China's are 10%",
         "in": {S: "他还称美国对中国商品征收的关税合计55%，中方则为10%",
                B: "Trump wrote that the U.S. is collecting tariffs totalling 55% while China is getting 10%",
                C: "total U.S. tariffs on Chinese goods stood at 55% against 10% on the Chinese side"}},
        {"id": "f13", "status": "agreement", "value": "55% = 10% + 20% + 25%",
         "what": "A White House official said the 55% combines the 10% baseline reciprocal tariff, the 20% fentanyl tariff and about 25% of pre-existing tariffs",
         "in": {S: "55%包括10%的基准“对等关税”、20%的芬太尼相关关税和约25%的原有关税",
                B: "the 55% combines the 10% baseline reciprocal tariff, the 20% fentanyl-related tariff and about 25% in pre-existing tariffs"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "The framework does not change tariff levels (negated)",
         "in": {S: "框架不会改变现行关税水平",
                A: "U.S. officials said the framework does not change tariff levels",
                C: "Tariff levels were not changed in London"}},
        {"id": "f15", "status": "agreement", "value": "2025-05-12 | 145%->30% | 125%->10% | 90 days",
         "what": "Under the 12 May Geneva deal the US cut its additional tariffs on Chinese goods from 145% to 30% and China its duties from 125% to 10%, for 90 days",
         "in": {S: "5月12日日内瓦会谈后，美方将对华加征关税从145%降至30%，中方对美关税从125%降至10%，为期90天",
                A: "Under the May 12 Geneva deal, Washington cut its additional tariffs on Chinese goods to 30% from 145% and Beijing lowered its duties on U.S. goods to 10% from 125% for 90 days",
                B: "The Geneva rates themselves run for 90 days"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Commerce Minister Wang Wentao was a member of the Chinese delegation (no source names him)",
         "in": {S: "中方代表团成员还包括商务部部长王文涛"}},
        {"id": "f17", "status": "omission", "value": "2025-06-11",
         "what": "Bessent left London before the final session to testify before Congress on Wednesday",
         "in": {A: "Bessent left London before the final session to testify before Congress on Wednesday"}},
        {"id": "f18", "status": "omission", "value": "2025-05-28",
         "what": "On 28 May Secretary of State Rubio had pledged to aggressively revoke visas of Chinese students",
         "in": {B: "Secretary of State Marco Rubio's May 28 pledge to \"aggressively revoke\" visas of Chinese students"}},
        {"id": "f19", "status": "omission", "value": "2025-08-12",
         "what": "The 90-day Geneva pause runs out on 12 August",
         "in": {B: "the clock on the pause still runs out on August 12"}},
        {"id": "f20", "status": "omission", "value": "2025-05 (late) | >=2",
         "what": "In late May the Commerce Department told at least two exporters that ethane cargoes for Chinese buyers needed a licence",
         "in": {C: "In late May the Commerce Department told at least two exporters that cargoes bound for Chinese buyers needed a licence"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "An analyst said some Chinese ethane crackers could cut run rates if cargoes did not arrive by July (hedged)",
         "in": {C: "said some plants could cut run rates if cargoes did not arrive by July"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f15", "original": "为期90天", "mutated": "为期60天",
         "note": "the Geneva rates run for 90 days (a, b) -> 60 days"},
        {"n": 2, "type": "number", "fact": "f7", "original": "7种稀土", "mutated": "17种稀土",
         "note": "licences for seven rare earth elements (c) -> 17"},
        {"n": 3, "type": "date", "fact": "f1", "original": "6月9日至10日", "mutated": "6月10日至11日",
         "note": "talks on Monday-Tuesday 9-10 June (a, b) -> 10-11 June"},
        {"n": 4, "type": "date", "fact": "f15", "original": "5月12日", "mutated": "5月21日",
         "note": "Geneva deal of May 12 (a, b) -> May 21"},
        {"n": 5, "type": "negation", "fact": "f14", "original": "框架不会改变", "mutated": "框架将会改变",
         "note": "the framework does not change tariff levels (a, c) -> it will change them"},
        {"n": 6, "type": "negation", "fact": "f11", "original": "也可以在美国高校就读", "mutated": "将不得在美国高校就读",
         "note": "Chinese students will be able to use US colleges (b) -> will not be allowed to"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "贸易代表格里尔", "mutated": "贸易代表莱特希泽",
         "note": "USTR Greer -> Lighthizer (the first-term USTR); no source names him"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "喷气发动机", "mutated": "光刻机",
         "note": "jet engines -> lithography machines; no source lists them among the controls to be eased"},
        {"n": 9, "type": "attribution", "fact": "f4", "original": "卢特尼克会后对记者表示", "mutated": "何立峰会后对记者表示",
         "note": "the approval statement is Lutnick's (a, b), not He Lifeng's"},
        {"n": 10, "type": "attribution", "fact": "f5", "original": "中方国际贸易谈判代表兼商务部副部长李成钢", "mutated": "中方代表团团长何立峰",
         "note": "'candid and in-depth' is Li Chenggang's description (a), not He Lifeng's"},
        {"n": 11, "type": "modality", "fact": "f4", "original": "框架还须提交两国元首批准，获批后才会实施", "mutated": "框架已获两国元首批准，即将付诸实施",
         "note": "still has to be approved by both presidents before it is implemented -> has already been approved and will be put into effect"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "中方将加快审批", "mutated": "中方或将考虑加快审批",
         "note": "China will speed up licence approvals (a, c) -> may consider speeding them up"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "约11亿美元", "mutated": "约11亿元人民币",
         "note": "about USD 1.1 billion (c; about CNY 7.9 billion) -> CNY 1.1 billion"},
        {"n": 14, "type": "percentage", "fact": "f13", "original": "20%的芬太尼相关关税", "mutated": "10%的芬太尼相关关税",
         "note": "the fentanyl-related tariff is 20% (b) -> 10% (its level before March; 10% is the baseline tariff)"},
    ],
    "boilerplate": {
        A: [{"inline": "Sign in | Subscribe | Edition: International"},
            {"inline": "By Rachel Osei and Tom Whitlock | London | Published June 11, 2025 01:12 BST"},
            "Related"],
        B: [{"inline": "THE TARIFF LEDGER | Archive | About | Subscribe"},
            {"inline": "Posted by Miriam Adebayo | June 12, 2025 | Trade policy, China"},
            "Subscribe to get the Ledger in your inbox"],
        C: [{"inline": "Gulf Petrochem Weekly | Markets | NGLs | Olefins | Shipping | Events"},
            {"inline": "NGLs | 12 June 2025 | Carlos Medina, Houston"},
            "Related news"],
    },
}
