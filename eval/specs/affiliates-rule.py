# Gold specification for story `affiliates-rule` (BIS interim final rule of 29 September 2025
# extending Entity List restrictions to companies 50% or more owned by listed parties, the
# "Affiliates Rule"; MOFCOM's response; the Nexperia episode; the one-year suspension from
# 10 November 2025 under the Busan truce).
# All texts are invented for evaluation (the dates, agencies and the shape of the rule follow the
# real episode; wording, quotes, lawyers, analysts, outlets, the Ridgeway estimate of 14,000
# companies and the 90-day figure in c are made up). Edit here, then run `python3 build_gold.py`.
#
# f5 is a genuine source-versus-source conflict: b says the temporary general licence runs 60 days,
# until November 28; c says exporters got "a 90-day grace period for some joint ventures". The
# summary follows b (60天, 11月28日), so its sentence agrees with b and disagrees with c.
#
# Traps:
# - The same threshold in two forms: a says "50% or more owned" in the lead and "at least half
#   owned" in the body; b's "49% owned ... is not caught" is a non-case, not a second threshold.
# - Three different percentages near each other: the 50% ownership threshold, "roughly 45% of them
#   in China" (a, share of the estimated companies), and c's "as little as 0.1% Chinese rare-earth
#   content" (China's own de minimis rule); plus c's "100% tariff" threat (omission f21).
# - Relative dates against each article's own date: a (Tue 30 Sept) says the rule came "on Monday"
#   (29 Sept) and MOFCOM spoke "on Tuesday" (30 Sept); a says Wingtech was listed "in December",
#   i.e. December 2024, which the summary (dated 14 Nov 2025) writes 去年12月; c (Wed 12 Nov) says
#   BIS suspended the rule "on Monday" (10 Nov) after a meeting "late last month" (30 Oct).
# - Dates that are near misses for each other: 29 Sept (rule in force), 30 Sept (MOFCOM statement,
#   Dutch order, Federal Register), 1 Nov (White House fact sheet, and the date of the tariff
#   threat), 10 Nov (suspension in force), 9 Nov 2026 (end of the suspension), 28 Nov (end of the TGL).
# - Durations in two forms: "for one year" = "from Nov. 10 until Nov. 9, 2026" = 一年; "60-day" =
#   "runs until November 28".
# - Non-conflicting negations: "BIS did not say how many companies the rule would cover" (agrees
#   with the summary's 未说明), "Wingtech did not immediately respond", "The suspension does not
#   remove any company from the Entity List itself", "It does not cover affiliates located in China",
#   "without saying what those would be", "is not caught".
# - Hedges: "could capture about 14,000 companies" (可能), "could pull large numbers",
#   "will return automatically ... unless it is extended", "The rule is paused, not repealed".
# - Attributed claims: "BIS said the 50% standard was designed ..." vs the practitioners' view;
#   the Oct. 16 MOFCOM remark ("in effect extended ... to thousands") vs the 30 Sept statement.
# - Near miss for the unsupported claim f17: c says "Industry groups had complained ... about the
#   cost"; no source says the Semiconductor Industry Association (or anyone) welcomed the pause.
# - Teasers and furniture with claim-like numbers: "fall 3.2%", "23 Chinese firms", "drop 40%",
#   "$2.4 million", "71% of exporters", "32 entities across 8 countries", "rebound 26%",
#   "RM15 billion", "12-month export streak", a webinar date (October 15), a photo caption date.

A = "a-keystone.en.txt"
B = "b-ecw.en.txt"
C = "c-pacificledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-29",
         "what": "BIS issued an interim final rule, in force from Monday 29 September 2025",
         "in": {S: "美国商务部工业与安全局（BIS）9月29日出台一项临时最终规则",
                A: "The U.S. Commerce Department on Monday widened its trade blacklist",
                B: "with an interim final rule, effective September 29",
                C: "The rule, in force since Sept. 29"}},
        {"id": "f2", "status": "agreement", "value": ">=50%",
         "what": "Foreign companies owned 50% or more, directly or indirectly, in the aggregate, by one or more listed entities get the same licence requirements",
         "in": {S: "直接或间接合计持股50%及以上的外国企业，将自动适用与其股东相同的出口许可要求",
                A: "a foreign company that is at least half owned, directly or indirectly, by one or more listed entities automatically faces the same licence requirements as its owners",
                B: "owned 50% or more, directly or indirectly, individually or in the aggregate",
                C: "any company at least 50% owned by listed firms"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The rule took effect immediately",
         "in": {S: "规则即时生效",
                A: "which took effect immediately"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "BIS said the 50% standard is consistent with longstanding Treasury practice, to limit the additional burden on business (attributed)",
         "in": {S: "BIS表示，这一标准与美国财政部长期以来的做法保持一致，旨在尽量减轻企业的额外负担",
                B: "BIS said the 50% standard was designed to be consistent with the Treasury Department's longstanding practice, in order to limit the additional burden on the business community"}},
        {"id": "f5", "status": "source-conflict", "value": "60 days | 90 days",
         "what": "Length of the transition licence: a 60-day temporary general licence until 28 November (b) versus a 90-day grace period (c)",
         "in": {S: "为期60天的临时通用许可，有效期至11月28日",
                B: "BIS issued a 60-day temporary general licence that runs until November 28",
                C: "Exporters were given a 90-day grace period for some joint ventures"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "BIS did not say how many companies the rule would cover (negated)",
         "in": {S: "BIS未说明新规将覆盖多少家企业",
                A: "BIS did not say how many companies the rule would cover"}},
        {"id": "f7", "status": "agreement", "value": "14000",
         "what": "An ownership-data firm estimated the rule could capture about 14,000 companies worldwide (hedged, attributed)",
         "in": {S: "据一家企业股权数据公司估算，新规可能波及全球约1.4万家企业",
                A: "a corporate ownership data firm, estimated the rule could capture about 14,000 companies worldwide"}},
        {"id": "f8", "status": "agreement", "value": "45%",
         "what": "Roughly 45% of the estimated companies are in China",
         "in": {S: "其中约45%位于中国",
                A: "roughly 45% of them in China"}},
        {"id": "f9", "status": "agreement", "value": "2025-09-30",
         "what": "On Tuesday 30 September MOFCOM said it firmly opposes the rule, which harms the companies' interests, and would take necessary measures",
         "in": {S: "中国商务部9月30日表示坚决反对，称该规则严重损害相关企业利益，中方将采取必要措施维护中国企业的正当权益",
                A: "China's Ministry of Commerce said on Tuesday that it firmly opposes the rule",
                B: "China's Ministry of Commerce said it firmly opposes the rule and would take necessary measures"}},
        {"id": "f10", "status": "agreement", "value": "2025-10-16",
         "what": "On 16 October a MOFCOM spokeswoman said the rule had in effect extended the Entity List to thousands of Chinese companies",
         "in": {S: "商务部发言人10月16日进一步指出，这一规则事实上将数千家中国企业延伸纳入了实体清单",
                C: "A Ministry of Commerce spokeswoman said on Oct. 16 that the rule had in effect extended the Entity List to thousands of Chinese companies"}},
        {"id": "f11", "status": "agreement", "value": "2025-09-30 | 1952",
         "what": "On 30 September the Dutch economy ministry invoked a 1952 law (Goods Availability Act) to take control of key decisions at Nexperia",
         "in": {S: "荷兰经济部9月30日援引一部1952年的法律，接管了安世半导体（Nexperia）的关键决策权",
                C: "On Sept. 30, the Dutch economy ministry invoked the Goods Availability Act, a law dating from 1952, to take control of key decisions at the company"}},
        {"id": "f12", "status": "agreement", "value": "2024-12",
         "what": "Nexperia's Chinese parent Wingtech was added to the Entity List in December 2024",
         "in": {S: "安世的中国母公司闻泰科技已于去年12月被列入实体清单",
                A: "which was added to the Entity List in December and owns the Dutch chipmaker Nexperia",
                C: "Its Chinese parent, Wingtech Technology, was added to the Entity List in December 2024"}},
        {"id": "f13", "status": "agreement", "value": "2025-10-30 | 1 year",
         "what": "After the Trump-Xi meeting in Busan on 30 October the US agreed to suspend the rule for one year",
         "in": {S: "10月30日中美元首在韩国釜山会晤后，美方同意暂停实施该规则一年",
                C: "meeting a commitment Washington made to Beijing after Donald Trump and Xi Jinping met in Busan, South Korea, late last month"}},
        {"id": "f14", "status": "agreement", "value": "2025-11-10 .. 2026-11-09",
         "what": "BIS formally suspended the rule on Monday 10 November, from 10 November 2025 until 9 November 2026",
         "in": {S: "BIS已于11月10日正式发布暂停决定，有效期至2026年11月9日",
                C: "formally suspended its so-called affiliates rule for one year, from Nov. 10 until Nov. 9, 2026"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "The suspension does not remove any company from the Entity List itself (negated)",
         "in": {S: "但已被列名的企业不会因此被移出实体清单",
                C: "The suspension does not remove any company from the Entity List itself"}},
        {"id": "f16", "status": "agreement", "value": "2025-10-09 | 1 year",
         "what": "In exchange China suspends for one year the rare-earth and related export controls it announced on 9 October",
         "in": {S: "中方将暂停实施10月9日公布的稀土等相关出口管制措施，为期一年",
                C: "China will suspend for a year the sweeping export controls on rare earths and related items it announced on Oct. 9"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "The Semiconductor Industry Association welcomed the suspension (no source says so)",
         "in": {S: "美国半导体行业协会对暂停决定表示欢迎"}},
        {"id": "f18", "status": "omission", "value": "2025-10-29",
         "what": "Comments on the interim rule are due by 29 October",
         "in": {B: "Comments on the interim rule are due by October 29"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "The rule creates a duty to determine ownership; exporters are liable on a strict liability basis",
         "in": {B: "exporters can be held liable on a strict liability basis"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "China will also issue general licences for gallium, germanium, antimony and graphite exports",
         "in": {C: "Beijing will also issue general licences for exports of gallium, germanium, antimony and graphite"}},
        {"id": "f21", "status": "omission", "value": "100%",
         "what": "Trump threatened an additional 100% tariff on Chinese goods from 1 November",
         "in": {C: "Trump threatened an additional 100% tariff on Chinese goods from Nov. 1"}},
        {"id": "f22", "status": "omission", "value": "2025-10-04",
         "what": "On 4 October Beijing barred Nexperia's China unit from exporting",
         "in": {C: "Beijing answered on Oct. 4 by barring Nexperia's China unit from exporting"}},
        {"id": "f23", "status": "omission", "value": None,
         "what": "The rule also covers affiliates of Military End-User List entities and of certain sanctioned parties",
         "in": {A: "The rule also reaches companies controlled by entities on the Military End-User List and by certain parties under U.S. sanctions",
                B: "The same treatment applies to entities owned by parties on the Military End-User List"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f7", "original": "约1.4万家企业", "mutated": "约4万家企业",
         "note": "about 14,000 companies (a) -> about 40,000"},
        {"n": 2, "type": "number", "fact": "f10", "original": "数千家中国企业", "mutated": "数百家中国企业",
         "note": "MOFCOM said thousands of Chinese companies (c) -> hundreds"},
        {"n": 3, "type": "date", "fact": "f1", "original": "9月29日出台", "mutated": "9月19日出台",
         "note": "rule issued/in force 29 Sept (a 'on Monday', b, c) -> 19 Sept"},
        {"n": 4, "type": "date", "fact": "f14", "original": "已于11月10日正式发布", "mutated": "已于11月1日正式发布",
         "note": "BIS suspended the rule on 10 Nov (c 'on Monday'); 1 Nov is the date of the White House fact sheet, not of BIS's rule"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "未说明新规将覆盖多少家企业", "mutated": "公布了新规将覆盖的企业数量",
         "note": "BIS did not say how many companies the rule would cover (a) -> BIS published the number"},
        {"n": 6, "type": "negation", "fact": "f15", "original": "不会因此被移出实体清单", "mutated": "也将因此被移出实体清单",
         "note": "the suspension does not remove any company from the Entity List (c) -> listed companies will be removed"},
        {"n": 7, "type": "entity", "fact": "f11", "original": "荷兰经济部", "mutated": "德国经济部",
         "note": "the Dutch economy ministry took control of Nexperia's key decisions, not the German one"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "中国母公司闻泰科技", "mutated": "中国母公司华虹半导体",
         "note": "Nexperia's Chinese parent is Wingtech (a, c); no source names Hua Hong"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "中国商务部9月30日", "mutated": "中国外交部9月30日",
         "note": "the 30 Sept statement came from the Ministry of Commerce (a, b), not the Foreign Ministry"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "据一家企业股权数据公司估算", "mutated": "据美国商务部估算",
         "note": "the 14,000 estimate is Ridgeway Analytics' (a); Commerce gave no number"},
        {"n": 11, "type": "modality", "fact": "f7", "original": "新规可能波及", "mutated": "新规将波及",
         "note": "hedged 'could capture' -> asserted 'will affect'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "美方同意暂停实施该规则一年", "mutated": "美方考虑暂停实施该规则一年",
         "note": "the US committed to and then did suspend the rule (c) -> merely considering it"},
        {"n": 13, "type": "unit", "fact": "f16", "original": "为期一年", "mutated": "为期一个月",
         "note": "China suspends its 9 Oct controls for a year (c) -> for a month"},
        {"n": 14, "type": "percentage", "fact": "f2", "original": "合计持股50%及以上", "mutated": "合计持股25%及以上",
         "note": "ownership threshold 50% or more (a, b, c) -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "Keystone Wire | World | Business | Markets | Technology | Sign in"},
            {"inline": "By Dana Whitcombe and Lu Xiaofan"},
            {"inline": "PHOTO: Containers are stacked at a port in Qingdao, Shandong province, China, Sept. 12, 2025. Keystone/File Photo"},
            "Reporting by Dana Whitcombe in Washington"],
        B: [{"inline": "Home | Export Controls | Sanctions | Customs | Webinars | Jobs"},
            {"inline": "By Ruth Abernathy | October 3, 2025 | Entity List | Premium"},
            "Subscribers can download our Affiliates Rule"],
        C: [{"inline": "Singapore | Asia | Markets | Tech | Opinion | Newsletters"},
            {"inline": "Jonathan Seah | Asia Business Desk | November 12, 2025 | 7 min read"},
            {"inline": "IMAGE: A Nexperia facility in Hamburg, Germany. (Photo: Ledger archive)"},
            "Tags: US-China, export controls"],
    },
}
