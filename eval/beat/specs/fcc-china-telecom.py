# Gold specification for story `fcc-china-telecom` (the US Federal Communications Commission
# revokes China Telecom (Americas) Corp's Section 214 authorisations, granted from 2002, by a 4-0
# vote on Tuesday 26 October 2021; 60 days to discontinue service; MOFCOM response).
# All texts are invented for evaluation: the outlets (Meridian Wire, Carrier Policy Weekly, The
# Fairfax Courier), reporters, analysts, quotes, the revenue estimates, the staff count and the
# share move are made up; the FCC, China Telecom, the Justice Department and MOFCOM are real.
#
# f13 is a genuine source-versus-source conflict: a (and c) put the unit's annual US revenue at
# about USD 290 million (Halberd Research / analyst estimates); b at roughly USD 180 million
# (Wirecount Analytics). The summary gives both, each with its own attribution.
#
# Traps:
# - Same amount in two units: c says "about 1.9 billion yuan ($290 million)", a says "about $290
#   million". Same figure, not a conflict.
# - Same number, two meanings: "1.9 billion" is the yuan revenue (c) and also the teasers
#   "$1.9 billion program to rip out Huawei, ZTE gear" (a) and "$1.9 billion school budget" (c);
#   "60" is the 60-day deadline and also "Roughly 60 people work at the Herndon office" (c, f18).
# - Synonyms for the deadline and vote: "60 days" (a, c) vs "two months" (b); "voted 4-0" (a) vs
#   "unanimously" (b) vs "four to nothing" (c). "nearly two decades" (a) vs "since 2002" (a, c).
# - Relative vs calendar dates: a (Tue 26 Oct) "on Tuesday", b (Thu 28 Oct) "on Tuesday",
#   c (Fri 29 Oct) "Earlier this week" all mean 26 October; MOFCOM "on Thursday" (b, c) is 28 Oct.
# - Non-contradicting negations: "China Telecom did not immediately respond" (a, while the summary
#   quotes its later statement from b, c), "The vote was not close", "does not spell out how many
#   ... customers", "It was not clear how many", "did not say when", "isn't going to change".
# - Hedges: "highly likely to be forced" (a) / "could be compelled" (b) / "very likely" (c);
#   "may seek review" (b) / "could take the matter" (c).
# - Teasers with claim-like numbers: "slip 3%", "drop 32%", "25% jump", "$80 billion",
#   "4 deals", "vacancies hit 18%", "free for 30 days".
# - Image caption with a date inside an article (c): "Oct. 27, 2021" is furniture.

A = "a-meridian.en.txt"
B = "b-carrierweekly.en.txt"
C = "c-fairfaxcourier.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2021-10-26",
         "what": "The FCC voted on Tuesday 26 October 2021 to revoke China Telecom Americas' authority to provide telecom services in the US",
         "in": {S: "美国联邦通信委员会（FCC）10月26日以4比0的投票结果",
                A: "The Federal Communications Commission voted 4-0 on Tuesday to strip the U.S. subsidiary of China Telecom of its authority",
                B: "the Federal Communications Commission unanimously voted on Tuesday to revoke and terminate the carrier's domestic and international Section 214 authorizations",
                C: "Earlier this week the Federal Communications Commission ordered China Telecom Americas"}},
        {"id": "f2", "status": "agreement", "value": "4-0",
         "what": "The vote was 4-0 (unanimous)",
         "in": {S: "决定撤销中国电信美洲公司在美国提供电信服务的授权",
                C: "Commissioners voted four to nothing to revoke the company's operating authority"}},
        {"id": "f3", "status": "agreement", "value": "60 days",
         "what": "The company must discontinue interstate and international services within 60 days of the order's release",
         "in": {S: "须在命令发布后60天内，停止在美国提供州际及国际电信服务",
                A: "The order gives China Telecom (Americas) Corp 60 days from its release to discontinue the domestic interstate and international services",
                C: "the company has 60 days to wind down its interstate and international services"}},
        {"id": "f4", "status": "agreement", "value": "Herndon, Virginia",
         "what": "The unit is headquartered in Herndon, Virginia",
         "in": {S: "这家总部位于弗吉尼亚州赫恩登的公司",
                A: "The Herndon, Virginia-based unit first obtained that authority in 2002"}},
        {"id": "f5", "status": "agreement", "value": "2002 (~20 years)",
         "what": "The authority was first granted in 2002, nearly two decades earlier",
         "in": {S: "中国电信美洲公司约20年前获得相关授权",
                A: "has operated in the U.S. market for nearly two decades",
                C: "which it has held since 2002"}},
        {"id": "f6", "status": "agreement", "value": "2020-04",
         "what": "Executive branch agencies led by the Justice Department recommended revocation in April 2020",
         "in": {S: "2020年4月，美国司法部牵头的多个行政部门曾建议撤销其授权",
                A: "A group of executive branch agencies led by the Justice Department had urged the FCC in April 2020 to pull the authorization",
                B: "The so-called Team Telecom agencies, headed by the Department of Justice, first recommended revocation in April 2020"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The FCC found the company is subject to Chinese government control and highly likely to be forced to comply with its requests (hedged)",
         "in": {S: "极有可能被迫配合中方要求",
                A: "is highly likely to be forced to comply with requests from Chinese authorities",
                C: "it would very likely have to do Beijing's bidding if asked"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The FCC found a lack of candor and that the company failed to rebut its concerns (negated)",
         "in": {S: "且未能消除委员会的疑虑",
                A: "had failed to rebut the concerns raised during the proceeding",
                B: "the company had not been forthright with the commission and other agencies"}},
        {"id": "f9", "status": "agreement", "value": "71%",
         "what": "About 71% of parent China Telecom Corp Ltd is held by state-owned China Telecommunications Corporation",
         "in": {S: "母公司中国电信约71%的股份由国有的中国电信集团持有",
                A: "about 71% of which is held by the state-owned China Telecommunications Corporation"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Customers will not have service cut off immediately; the FCC will issue guidance on switching providers (negated)",
         "in": {S: "该公司的现有客户不会立即中断服务",
                B: "The FCC said customers would not see their service cut off immediately and that it would issue guidance to help them switch providers",
                C: "Customers won't lose service overnight, the FCC said"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "The company said it was disappointed and may seek review in federal court (hedged)",
         "in": {S: "中国电信表示对这一决定深感失望，并可能就此向联邦法院提起上诉",
                B: "China Telecom Americas said it was disappointed by the decision and may seek review in federal court",
                C: "could take the matter to a federal appeals court"}},
        {"id": "f12", "status": "agreement", "value": "2021-10-28",
         "what": "On Thursday 28 October MOFCOM said the US abused the concept of national security and China would take necessary measures",
         "in": {S: "中国商务部10月28日表示，美方泛化国家安全概念",
                B: "China's Commerce Ministry said on Thursday that Washington had abused the concept of national security",
                C: "On Thursday, Beijing's commerce ministry accused Washington of stretching the notion of national security"}},
        {"id": "f13", "status": "source-conflict", "value": "290000000 USD | 180000000 USD",
         "what": "Annual US revenue of the unit: about USD 290 million (a, Halberd Research; c) vs roughly USD 180 million (b, Wirecount Analytics)",
         "in": {S: "有分析师估计其年收入约2.9亿美元，也有行业数据显示约为1.8亿美元",
                A: "The unit generated about $290 million in revenue last year",
                B: "put the carrier's U.S. revenue at roughly $180 million a year"}},
        {"id": "f14", "status": "unsupported", "value": "30%",
         "what": "The unit cut about 30% of its US staff last month (no source says so)",
         "in": {S: "中国电信美洲公司上月已裁减约三成在美员工"}},
        {"id": "f15", "status": "omission", "value": "-1.2%",
         "what": "The parent's shares fell 1.2% in Hong Kong on Wednesday",
         "in": {B: "fell 1.2% in Hong Kong on Wednesday"}},
        {"id": "f16", "status": "omission", "value": "2019",
         "what": "In 2019 the FCC denied China Mobile's application to offer international services",
         "in": {B: "In 2019 the agency denied China Mobile's application to offer international services in the U.S."}},
        {"id": "f17", "status": "omission", "value": "2021-03",
         "what": "In March the FCC began similar proceedings against China Unicom Americas, Pacific Networks and ComNet",
         "in": {A: "The decision follows steps by the FCC in March to begin similar proceedings against China Unicom Americas, Pacific Networks and its subsidiary ComNet"}},
        {"id": "f18", "status": "omission", "value": "60",
         "what": "Roughly 60 people work at the Herndon office",
         "in": {C: "Roughly 60 people work at the Herndon office"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "以4比0的", "mutated": "以3比1的",
         "note": "the vote was 4-0 / unanimous (a, b, c), not 3-1"},
        {"n": 2, "type": "number", "fact": "f5", "original": "约20年前", "mutated": "约10年前",
         "note": "authority held since 2002, nearly two decades (a, c), not about ten years"},
        {"n": 3, "type": "date", "fact": "f1", "original": "10月26日以", "mutated": "10月21日以",
         "note": "the vote was on Tuesday 26 October, not 21 October"},
        {"n": 4, "type": "date", "fact": "f6", "original": "2020年4月", "mutated": "2021年4月",
         "note": "the agencies recommended revocation in April 2020 (a, b), not April 2021"},
        {"n": 5, "type": "negation", "fact": "f8", "original": "且未能消除", "mutated": "且已消除",
         "note": "the company failed to rebut the concerns (a) -> it dispelled them"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "不会立即中断服务", "mutated": "将立即中断服务",
         "note": "customers will not lose service immediately (b, c) -> service will be cut immediately"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "弗吉尼亚州赫恩登", "mutated": "加利福尼亚州圣何塞",
         "note": "the unit is based in Herndon, Virginia (a, c); no source mentions San Jose, California"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "中国电信集团", "mutated": "中国移动集团",
         "note": "the 71% holder is China Telecommunications Corporation (a), not China Mobile"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "美国司法部牵头", "mutated": "美国国务院牵头",
         "note": "the recommending agencies were led by the Justice Department (a, b), not the State Department"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "中国商务部10月28日", "mutated": "中国外交部10月28日",
         "note": "the statement came from the Commerce Ministry (b, c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f7", "original": "极有可能被迫", "mutated": "已被迫",
         "note": "hedged 'highly likely to be forced to comply' (a) -> asserted as having been forced"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "并可能就此", "mutated": "并已就此",
         "note": "the company may seek review / could take it to court (b, c) -> it has already appealed"},
        {"n": 13, "type": "unit", "fact": "f3", "original": "60天内", "mutated": "60周内",
         "note": "60 days (a, c) / two months (b) -> 60 weeks"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "约71%", "mutated": "约51%",
         "note": "the state holds about 71% of the parent (a), not 51%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Helen Marsh and Victor Quan | October 26, 2021 5:41 PM EDT | Updated 38 minutes ago"},
            "Read more"],
        B: [{"inline": "Regulation | 28 October 2021 | By Marcus Lindgren, Washington Editor"},
            "Most Read This Week"],
        C: [{"inline": "Posted by Rachel Ng | October 29, 2021 at 7:15 AM | Business"},
            {"inline": "The office park off Sunrise Valley Drive in Herndon, Oct. 27, 2021. (Photo: Tom Alvarez / The Fairfax Courier)"},
            "Filed under: Business, Technology, Herndon"],
    },
}
