# Gold specification for story `mofcom-antidiscrimination-probe` (China's Ministry of Commerce opens
# an anti-discrimination investigation into US measures against China's chip sector, together with
# an anti-dumping probe into US analog chips, on Saturday 13 September 2025, the eve of the Madrid
# talks). The summary is in Simplified Chinese, mainland style (商务部, 反歧视调查, 模拟芯片, 德州仪器,
# 亚德诺, 贝森特, 何立峰, 月日 dates, 纳米, %).
# All texts are invented for evaluation. The broad facts follow the real event: both probes were
# announced on 13 September 2025; the anti-discrimination probe rests on Article 7 of the Foreign
# Trade Law and normally takes about three months; the dumping case covers interface and gate driver
# chips of 40 nm and above, was filed by the Jiangsu Semiconductor Industry Association, shows
# imports +37% and prices -52% over 2022-2024, and should end by 13 September 2026 (extendable by six
# months); the US added 32 entities (23 in China) to the Entity List on 12 September; He Lifeng and
# Scott Bessent met in Madrid from 14 September. Outlets, reporters, quotes, Harbourline, Gaoheng
# Advisory, Lin Ruoxi, Chen Weiming, Daniel Okafor and the market-share figures are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story mofcom-antidiscrimination-probe`.
#
# Traps:
# - Weekday arithmetic across sources of three dates: a (Sat 13 Sep) says "on Saturday" for the launch
#   and "from Sunday" for Madrid; c (Sun 14 Sep) says "open talks in Madrid today"; b (Mon 15 Sep)
#   says "on Saturday" too. The US Entity List additions were on Friday 12 September (a: the
#   announcements "came a day after" them), the day m03 (9月13日 -> 9月12日) lands on.
# - Two dates with the same day and month: the launch on 13 September 2025 and the deadline "by
#   Sept. 13, 2026" (b; "Sept." is an abbreviation, not a sentence end).
# - Three periods: the anti-discrimination probe takes "about three months" (a, c); the dumping case
#   can be extended "by six months" (b); the dumping investigation period is the year 2024 and the
#   injury period 2022 through 2024 (omitted).
# - Two percentages in one sentence: imports +37% and prices -52% (a, b); teasers carry 4.4%, 3%, 8%.
# - Two counts in one clause: "32 entities ..., 23 of them in China" (a, omitted); the teaser says
#   "23 Chinese names".
# - Two article numbers: Article 7 of the Foreign Trade Law (c, the anti-discrimination basis) vs
#   Article 16 of the Anti-Dumping Regulations (b); m01 mutates 第七条 -> 第十七条.
# - "40 nanometers and above" means older processes; "Leading-edge parts are not covered" (b) supports
#   the summary's negated 并不涉及先进制程产品; m02 changes 40 -> 28.
# - The law's "may" (c stresses "may", not "shall") vs the spokesperson's "will take corresponding
#   measures" (a); the summary's 可以 follows the law; m12 turns it into 必须.
# - Earlier rounds in Geneva, London and Stockholm (a) and "practised trade law in Geneva" (c's
#   furniture) make m07 (马德里 -> 日内瓦) look half-supported.
# - Source conflict: US share of China's analog chip market, "about 40%" (a, Harbourline) vs "more
#   than 60%" (b, industry figures); the summary states neither. "TI alone ... roughly a fifth of its
#   global revenue in China" (b) is a different measure.
# - Negations that negate no summary claim: "did not immediately respond", "declined to comment",
#   "are not hard to replace", "provisional measures are unlikely before early next year", "is not
#   tied to any product and does not rest on the WTO's trade remedy rules", "I do not expect the
#   ministry to publish much".
# - Hedges: "could give Beijing extra leverage" (a) is the summary's 可能...增加筹码; "most likely to
#   bear the brunt" (b) is 可能首当其冲; c's "Whether the probe ends up as a bargaining chip ... nobody
#   outside Beijing can tell you yet" is a different speaker (m10 swaps Lin Ruoxi for Okafor).
# - The summary's closing sentence (stocks rising on the 15th) has no source at all.

A = "a-meridian.en.txt"
B = "b-chipsupply.en.txt"
C = "c-remedies.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-13",
         "what": "On Saturday 13 September 2025 MOFCOM launched an anti-discrimination investigation into US measures targeting China's chip (integrated circuit) sector",
         "in": {S: "商务部9月13日宣布，即日起对美国对华集成电路领域相关措施发起反歧视调查",
                A: "China's commerce ministry said on Saturday it had launched an anti-discrimination investigation into U.S. measures targeting its chip industry",
                C: "On September 13, China's Ministry of Commerce launched an anti-discrimination investigation into U.S. measures against China's integrated circuit sector"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "At the same time MOFCOM opened an anti-dumping probe into analog chips imported from the US",
         "in": {S: "并同步对原产于美国的进口相关模拟芯片发起反倾销调查",
                A: "separately opened an anti-dumping probe into analog chips imported from the United States",
                B: "opened an anti-dumping investigation into certain analog integrated circuits from the United States"}},
        {"id": "f3", "status": "agreement", "value": "2025-09-14",
         "what": "The next day (Sunday 14 September) Vice Premier He Lifeng and Treasury Secretary Scott Bessent began a new round of talks in Madrid",
         "in": {S: "调查公布次日，国务院副总理何立峰与美国财政部长贝森特在西班牙马德里开始新一轮中美经贸会谈",
                A: "Vice Premier He Lifeng is due to meet U.S. Treasury Secretary Scott Bessent in Madrid from Sunday",
                C: "Vice Premier He Lifeng and Treasury Secretary Scott Bessent open talks in Madrid today"}},
        {"id": "f4", "status": "agreement", "value": "3 months",
         "what": "The anti-discrimination investigation normally takes about three months",
         "in": {S: "反歧视调查预计为期3个月左右",
                A: "Such investigations normally take about three months, it said",
                C: "The ministry's practice is to finish such investigations in roughly three months"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The probe examines US export controls on chips and chipmaking equipment, the CHIPS and Science Act's restrictions, and tariffs imposed or planned on Chinese goods",
         "in": {S: "审查范围包括美方针对芯片及芯片制造设备的出口管制、《芯片与科学法案》中的相关限制条款，以及美方已经或拟对中国产品加征的关税",
                A: "including export controls on chips and chipmaking tools, restrictions attached to subsidies under the CHIPS and Science Act, and tariffs that Washington has imposed or plans to impose on Chinese goods",
                C: "the probe will cover U.S. export controls on chips and semiconductor equipment, the restrictions written into the CHIPS and Science Act, and U.S. tariffs on Chinese products, including those still to come"}},
        {"id": "f6", "status": "agreement", "value": "Foreign Trade Law art. 7",
         "what": "The legal basis is Article 7 of the Foreign Trade Law: against discriminatory measures China may take corresponding measures based on the actual circumstances",
         "in": {S: "商务部此次援引的是《对外贸易法》第七条",
                C: "The legal hook is Article 7 of China's Foreign Trade Law"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "A MOFCOM spokesperson said the US measures are suspected of discriminating against China, amount to containment and suppression of its advanced computing and AI industries, and China firmly opposes them",
         "in": {S: "涉嫌对华歧视，是对中国先进计算芯片、人工智能等高科技产业发展的遏制打压，中方对此坚决反对",
                A: "The practices were suspected of discriminating against China and amounted to containment and suppression of its advanced computing and artificial intelligence industries"}},
        {"id": "f8", "status": "agreement", "value": "40 nm and above",
         "what": "The dumping case covers commodity interface and gate driver chips made on 40 nm and above processes, not leading-edge parts; TI and ADI are most exposed (hedged)",
         "in": {S: "反倾销调查针对采用40纳米及以上工艺的通用接口芯片和栅极驱动芯片",
                B: "The case covers commodity interface ICs and gate driver ICs made on process technologies of 40 nanometers and above"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "The petitioner is the Jiangsu Semiconductor Industry Association",
         "in": {S: "申请方江苏省半导体行业协会提交的初步证据显示",
                B: "The petition was filed in July by the Jiangsu Semiconductor Industry Association on behalf of domestic analog chipmakers"}},
        {"id": "f10", "status": "agreement", "value": "+37% | -52% (2022-2024)",
         "what": "From 2022 to 2024 imports of the products from the US rose 37% while their prices fell 52%",
         "in": {S: "2022年至2024年，自美进口的上述芯片数量增长37%，价格则下降52%",
                A: "imports of the products from the United States rose 37% between 2022 and 2024 while their prices fell 52%",
                B: "imports of the products from the U.S. grew 37% from 2022 to 2024 while their prices dropped 52%"}},
        {"id": "f11", "status": "agreement", "value": "2026-09-13 | +6 months",
         "what": "The dumping case should normally end by 13 September 2026 and can be extended by six months",
         "in": {S: "该反倾销调查通常应于2026年9月13日前结束，特殊情况下可延长6个月",
                B: "The case should normally conclude by Sept. 13, 2026, though MOFCOM can extend it by six months in special circumstances"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Lin Ruoxi, a trade analyst at Gaoheng Advisory in Singapore, said the two probes could give Beijing extra leverage in Madrid (hedged, attributed)",
         "in": {S: "两项调查可能为中方在马德里谈判桌上增加筹码",
                A: "Both probes could give Beijing extra leverage in Madrid"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "Several Chinese analog-chip stocks rose in early trading on 15 September (no source says so)",
         "in": {S: "多只国产模拟芯片概念股15日早盘走强"}},
        {"id": "f14", "status": "omission", "value": "32 | 23",
         "what": "The day before, the US Commerce Department added 32 entities to the Entity List, 23 of them in China",
         "in": {A: "added 32 entities to its Entity List, 23 of them in China"}},
        {"id": "f15", "status": "omission", "value": "2024 | 2022-2024",
         "what": "The dumping investigation period is calendar 2024 and the injury investigation period 2022-2024",
         "in": {B: "The dumping investigation period runs from January 1 to December 31, 2024"}},
        {"id": "f16", "status": "omission", "value": "20 days",
         "what": "Interested parties have 20 days to register for the dumping case",
         "in": {B: "Interested parties have 20 days to register to take part"}},
        {"id": "f17", "status": "omission", "value": "10 years",
         "what": "The CHIPS Act guardrails bar subsidy recipients from materially expanding advanced capacity in China for ten years",
         "in": {C: "its guardrails bar subsidy recipients from materially expanding advanced chipmaking capacity in China for ten years"}},
        {"id": "f18", "status": "source-conflict", "value": "about 40% (a) vs more than 60% (b)",
         "what": "US suppliers' share of China's analog chip market: about 40% (a, Harbourline) vs more than 60% (b, industry figures)",
         "in": {A: "U.S. companies supply about 40% of the analog chips used in China",
                B: "American vendors hold more than 60% of China's analog chip market"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "第七条", "mutated": "第十七条",
         "note": "Article 7 of the Foreign Trade Law -> Article 17 (b cites Article 16 of the Anti-Dumping Regulations)"},
        {"n": 2, "type": "number", "fact": "f8", "original": "采用40纳米", "mutated": "采用28纳米",
         "note": "interface and gate driver chips of 40 nm and above -> 28 nm and above"},
        {"n": 3, "type": "date", "fact": "f1", "original": "商务部9月13日", "mutated": "商务部9月12日",
         "note": "probe launched Saturday 13 Sep -> 12 Sep, the day of the US Entity List additions"},
        {"n": 4, "type": "date", "fact": "f11", "original": "2026年9月13日前", "mutated": "2026年3月13日前",
         "note": "dumping case ends by 13 Sep 2026 -> 13 Mar 2026"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "中方对此坚决反对", "mutated": "中方对此并不反对",
         "note": "China firmly opposes the practices -> does not oppose them"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "并不涉及先进制程产品", "mutated": "同样涉及先进制程产品",
         "note": "leading-edge parts are not covered (b) -> they are covered too"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "西班牙马德里", "mutated": "瑞士日内瓦",
         "note": "talks in Madrid -> Geneva (the venue of the May round, a)"},
        {"n": 8, "type": "entity", "fact": "f5", "original": "《芯片与科学法案》", "mutated": "《通胀削减法案》",
         "note": "CHIPS and Science Act -> Inflation Reduction Act; no source names it"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "商务部新闻发言人表示", "mutated": "外交部发言人表示",
         "note": "the statement came from a commerce ministry spokesperson (a), not the foreign ministry"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "新加坡咨询机构高衡顾问的贸易分析师林若溪认为", "mutated": "贸易法律师丹尼尔·奥卡福认为",
         "note": "the leverage view is Lin Ruoxi's (a); Okafor (c) says nobody outside Beijing can tell yet"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "两项调查可能为中方", "mutated": "两项调查必将为中方",
         "note": "hedged 'could give Beijing extra leverage' -> 'will certainly'"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "中国可以根据实际情况", "mutated": "中国必须根据实际情况",
         "note": "the article says China 'may' take measures (c stresses 'may', not 'shall') -> 'must'"},
        {"n": 13, "type": "unit", "fact": "f4", "original": "为期3个月左右", "mutated": "为期3周左右",
         "note": "about three months -> about three weeks"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "价格则下降52%", "mutated": "价格则下降25%",
         "note": "prices fell 52% -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "Skip to main content | World | Business | Markets | Technology | Sign in"},
            {"inline": "By Helen Tsao and Marcus Feld | September 13, 2025 9:41 PM GMT+8 | Updated 3 hours ago"},
            {"inline": "READ MORE: TikTok deal expected to top agenda as US, China meet again"},
            "(Reporting by Helen Tsao in Beijing"],
        B: [{"inline": "Chip Supply Weekly | Policy & Trade | Components | Fabs | Events | Subscribe"},
            {"inline": "POLICY & TRADE | September 15, 2025 | By Rachel Odum, Asia Correspondent"},
            {"inline": "Related: Analog pricing tracker, Q3 2025: lead times ease to 14 weeks"},
            "Sign up for Chip Supply Weekly's Monday briefing"],
        C: [{"inline": "This site uses cookies. By continuing to browse you agree to our use of cookies. [OK]"},
            {"inline": "Remedies & Rules | Trade remedies, sanctions and export controls, read closely"},
            {"inline": "Posted by Daniel Okafor on September 14, 2025 · 6 min read · Filed under China, Trade Remedies"},
            "Share this post: Email | LinkedIn | X"],
    },
}
