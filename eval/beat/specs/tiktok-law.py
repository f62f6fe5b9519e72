# Gold specification for story `tiktok-law` (President Biden signs the Protecting Americans from
# Foreign Adversary Controlled Applications Act on 24 April 2024, giving ByteDance 270 days to
# divest TikTok's US business or face a US ban; bundled in the USD 95 bn foreign aid package).
# All texts are invented for evaluation: the outlets (Meridian Wire, The Platform Ledger, The
# Valley Ledger), reporters, quotes, analysts (Harbor Lane Research), the valuation figures and
# the local people are made up; the legislative schedule follows the real episode.
#
# f13 is a genuine source-versus-source conflict: a puts TikTok's US business at up to USD 100 bn
# (Harbor Lane Research), b at closer to USD 50 bn (two analysts). The summary gives both.
#
# Traps:
# - Same period in two units: 270 days (a, c) = "nine months" (b, and the baker's quote in c);
#   the 90-day extension (a) = "another three months" (b). "about six months" (b) is the earlier
#   House version, not the law.
# - Same amount written three ways: "$95 billion" (a), "$95bn" (b), "95-billion-dollar" (c).
# - Same number, different meanings: 20% held by founders and 20% by employees (b) vs the House
#   vote on April 20; m14 mutates "约60%" to "约20%", the figure that belongs to founders/employees.
#   "one million monthly active users" (b) vs 170 million users.
# - Relative vs calendar dates: a (Wed 24 Apr) "signed on Wednesday", "late on Tuesday" (23 Apr),
#   "on Saturday" (20 Apr); b gives April 24 / April 23 / April 20; c (Sat 27 Apr) "on Wednesday".
#   Yearless deadline arithmetic: January 19, 2025 (b) is the 270-day deadline.
# - Non-contradicting negations: "Biden did not mention TikTok", "ByteDance did not respond",
#   "TikTok denies that it has ever handed U.S. user data", "her phone did not stop buzzing",
#   "I'm not", "Nobody is coming to take the app off your phone", "is not written for TikTok alone".
# - Teasers with claim-like numbers: "sales jump 30%", "fall 19%", "$61 billion for Ukraine"
#   (a real sub-figure of the same package), "up 25%", "jump 27%", "up 12%", "8% jump",
#   "14 new stalls"; image caption with a date (c, April 25, 2024); "47 comments".
# - "about half of her custom cakes" (c) is an approximation unrelated to the summary.

A = "a-meridian.en.txt"
B = "b-platformledger.en.txt"
C = "c-valleyledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-04-24",
         "what": "President Biden signed the divest-or-ban law on Wednesday 24 April 2024, requiring ByteDance to sell TikTok's US business or face a ban",
         "in": {S: "美国总统拜登4月24日签署一项法案，要求中国字节跳动公司出售短视频应用TikTok的美国业务",
                A: "President Joe Biden signed legislation on Wednesday that gives China's ByteDance 270 days to sell the U.S. business of TikTok",
                B: "President Biden put his signature to the Protecting Americans from Foreign Adversary Controlled Applications Act on April 24",
                C: "President Biden signed the bill on Wednesday that could push the app out of the country"}},
        {"id": "f2", "status": "agreement", "value": "95000000000 USD; Senate 2024-04-23",
         "what": "The measure was part of a USD 95 bn aid package for Ukraine, Israel and Taiwan, passed by the Senate on Tuesday 23 April",
         "in": {S: "总额950亿美元的一揽子法案，美国参议院已于23日晚通过该法案",
                A: "The TikTok measure was folded into a $95 billion foreign aid package for Ukraine, Israel and Taiwan that the Senate approved late on Tuesday",
                B: "as part of a $95bn national security supplemental that also carries aid to Israel, Ukraine and Taiwan",
                C: "The TikTok rule rode along with a 95-billion-dollar aid bill for Ukraine, Israel and Taiwan"}},
        {"id": "f3", "status": "agreement", "value": "360-58, 2024-04-20",
         "what": "The House passed the TikTok provision 360-58 on Saturday 20 April",
         "in": {S: "众议院此前于4月20日以360票对58票通过了TikTok相关条款",
                A: "The House of Representatives had passed the TikTok provision 360-58 on Saturday",
                B: "The bill cleared the House on April 20 by 360 votes to 58"}},
        {"id": "f4", "status": "agreement", "value": "270 days",
         "what": "ByteDance has 270 days (nine months) to divest",
         "in": {S: "字节跳动须在270天内完成剥离",
                B: "ByteDance now has nine months to find a buyer",
                C: "to sell the app's American business within 270 days"}},
        {"id": "f5", "status": "agreement", "value": "90 days",
         "what": "The president can grant one 90-day extension if a sale is making progress",
         "in": {S: "若总统认定出售取得进展，可再延长一次，为期90天",
                A: "the president can grant a single 90-day extension if he certifies that a sale is making progress",
                B: "The White House may add another three months if talks are far enough along"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Without a sale, app stores and web-hosting services would be barred from distributing or supporting TikTok",
         "in": {S: "应用商店和网络托管服务商将被禁止分发或支持TikTok",
                A: "app stores run by companies such as Apple and Alphabet's Google, as well as web-hosting services, would be barred from distributing or supporting TikTok",
                B: "it becomes unlawful for app stores and internet hosting providers to distribute, maintain or update the app in the United States"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The law does not target/penalise individual users who already have the app (negated)",
         "in": {S: "该法律不针对已在手机上安装该应用的普通用户",
                A: "The law does not penalise individual users who already have the app on their phones",
                C: "The law doesn't target people who already have TikTok installed"}},
        {"id": "f8", "status": "agreement", "value": "170000000",
         "what": "TikTok has about 170 million US users",
         "in": {S: "TikTok在美国拥有约1.7亿用户",
                A: "a platform used by 170 million Americans",
                C: "The app has 170 million users in the United States"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "TikTok said the law is unconstitutional and it will challenge it in court",
         "in": {S: "TikTok在声明中称这项法律违宪，并表示将诉诸法庭",
                A: "This law is unconstitutional and amounts to a ban on TikTok",
                B: "TikTok has called the law unconstitutional and says it will sue"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "CEO Shou Zi Chew told users in a video that TikTok is not going anywhere (negated)",
         "in": {S: "TikTok首席执行官周受资在应用内发布的视频中对用户说：“我们不会离开。”",
                A: "Chief Executive Shou Zi Chew told users in a video posted on the app that the company was \"not going anywhere.\"",
                C: "TikTok chief executive Shou Zi Chew posted a video telling users the company is not going anywhere"}},
        {"id": "f11", "status": "agreement", "value": "2023",
         "what": "China's Ministry of Commerce said last year (March 2023) it would firmly oppose a forced sale",
         "in": {S: "中国商务部去年曾表示，将坚决反对强制出售TikTok",
                A: "China's commerce ministry said in March last year that it would firmly oppose a forced sale",
                B: "China's Ministry of Commerce said last year it would firmly oppose any forced sale"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analysts said Beijing may not allow the recommendation algorithm to be sold with the app (hedged, negated)",
         "in": {S: "分析人士认为，北京可能不允许TikTok的推荐算法随应用一并出售",
                B: "Analysts said Beijing may refuse to let TikTok's recommendation algorithm be sold with the app",
                C: "Analysts said the Chinese government might not allow TikTok's recommendation engine"}},
        {"id": "f13", "status": "source-conflict", "value": "100000000000 USD | 50000000000 USD",
         "what": "Value of TikTok's US business: up to USD 100 bn (a, Harbor Lane Research) vs closer to USD 50 bn (b, two analysts)",
         "in": {S: "有研究机构认为最高可达1000亿美元，也有分析师估计约为500亿美元",
                A: "could be worth as much as $100 billion with the algorithm included",
                B: "put a stand-alone TikTok U.S. at closer to $50bn"}},
        {"id": "f14", "status": "agreement", "value": "60%",
         "what": "ByteDance is about 60% owned by global institutional investors",
         "in": {S: "字节跳动约60%的股份由全球机构投资者持有",
                B: "ByteDance is roughly 60% owned by global institutional investors"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "ByteDance's board will meet next month to discuss a response (no source says so)",
         "in": {S: "字节跳动董事会将于下月召开会议商讨应对方案"}},
        {"id": "f16", "status": "omission", "value": "79-18",
         "what": "The Senate vote was 79 to 18",
         "in": {B: "The vote there was 79 to 18."}},
        {"id": "f17", "status": "omission", "value": "1000000 MAU",
         "what": "The law also covers other foreign-adversary-controlled apps with more than one million monthly active users",
         "in": {B: "It also reaches other apps controlled by a \"foreign adversary\" that have more than one million monthly active users"}},
        {"id": "f18", "status": "omission", "value": "7000000",
         "what": "TikTok says seven million American businesses use it",
         "in": {C: "TikTok says seven million American businesses use it to reach customers"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Biden's re-election campaign will keep posting on TikTok",
         "in": {A: "His re-election campaign said it would keep posting on TikTok to reach young voters"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "270天", "mutated": "180天",
         "note": "270 days (nine months) -> 180 days"},
        {"n": 2, "type": "number", "fact": "f3", "original": "360票", "mutated": "260票",
         "note": "House vote 360-58 -> 260-58"},
        {"n": 3, "type": "date", "fact": "f1", "original": "4月24日", "mutated": "4月22日",
         "note": "signed Wednesday 24 April -> 22 April (before the Senate vote)"},
        {"n": 4, "type": "date", "fact": "f2", "original": "23日晚", "mutated": "25日晚",
         "note": "Senate passed the package late on Tuesday 23 April -> the 25th"},
        {"n": 5, "type": "negation", "fact": "f10", "original": "我们不会离开", "mutated": "我们将会离开",
         "note": "Chew: not going anywhere -> we will leave"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "不针对", "mutated": "也针对",
         "note": "the law does not penalise/target existing users -> it also targets them"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "中国字节跳动公司", "mutated": "中国腾讯公司",
         "note": "ByteDance -> Tencent; no source names Tencent"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "以色列和台湾地区", "mutated": "以色列和菲律宾",
         "note": "aid for Ukraine, Israel and Taiwan -> Philippines instead of Taiwan"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "中国商务部", "mutated": "中国外交部",
         "note": "the opposition to a forced sale came from the commerce ministry (a, b), not the foreign ministry"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "TikTok首席执行官周受资", "mutated": "字节跳动创始人张一鸣",
         "note": "the video message was from TikTok CEO Shou Zi Chew (a, c), not ByteDance founder Zhang Yiming"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能不允许", "mutated": "不会允许",
         "note": "hedged 'may refuse / might not allow' -> asserted 'will not allow'"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "将被禁止", "mutated": "可能被禁止",
         "note": "the law bars app stores and hosts (would be barred / becomes unlawful) -> only 'may be barred'"},
        {"n": 13, "type": "unit", "fact": "f2", "original": "950亿美元", "mutated": "950亿元人民币",
         "note": "currency USD -> CNY for the USD 95 bn package"},
        {"n": 14, "type": "percentage", "fact": "f14", "original": "约60%", "mutated": "约20%",
         "note": "global investors own about 60% (b) -> 20%, the stake of founders or of employees"},
    ],
    "boilerplate": {
        A: [{"inline": "By Carla Benton and Wei Lun Ong | April 24, 2024 6:41 PM EDT | Updated an hour ago"},
            {"inline": "(Reporting by Carla Benton in Washington and Wei Lun Ong in Singapore; Editing by Mark Heller)"},
            "Related coverage"],
        B: [{"inline": "Policy & Regulation | 26 April 2024 | By Naomi Fairbairn, Policy Editor"},
            "Also in this issue"],
        C: [{"inline": "Creator Economy | By Isabel Marquez | Saturday, April 27, 2024"},
            {"inline": "Fresno baker Tamika Rhodes films a TikTok in her shop on April 25, 2024. (Photo: Luis Ortega / The Valley Ledger)"},
            "Read more"],
    },
}
