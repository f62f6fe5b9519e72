# Gold specification for story `tiktok-scotus` (US Supreme Court decision of Friday 17 January 2025
# in TikTok v. Garland, unanimously upholding the Protecting Americans from Foreign Adversary
# Controlled Applications Act that required ByteDance to divest TikTok by 19 January 2025).
# Summary in Traditional Chinese, Hong Kong usage (特朗普, 應用程式, 行政總裁, 網絡, 影片).
# All texts are invented for evaluation: the outlets (Continental Wire, The Platform Ledger,
# Creator Beat blog), reporters, the brokerage Ashford Pierce, Sensor Lane, the creator Maya
# Okafor, the valuations, the teasers and most wording are made up; the court, the law, the
# deadline, the penalty and the public figures follow the real episode (quotes paraphrased).
#
# f12 is a genuine source-versus-source conflict: a values TikTok's US operations at about
# USD 40 bn (Ashford Pierce), b at around USD 50 bn (people familiar). The summary gives both.
#
# Traps:
# - Same period in two units: "270 days" (a) vs "signed nine months ago" (c); not a conflict.
# - Same number, two meanings: "nine" is the number of justices ("all nine justices", c) and the
#   nine months since signing (c); "20%" is both the founders' and the employees' stake (b);
#   "270" appears in a teaser too; "90-day" extension (c) vs "90" nowhere else.
# - Same count in different forms: 170 million (a, b, c) = 1.7億 in the summary; 9-0 (b) /
#   "unanimously" (a) / "all nine justices agreed" (c) = 九比零.
# - Relative vs calendar dates: "on Friday" (a, c) = "Friday, January 17" (b); "on Sunday" =
#   January 19; "takes office on Monday" = 20 January; c (Sat 18 Jan) "on Saturday" = 18 Jan;
#   "arguments on January 10, a week before" (a). m3 mutates 17 -> 10 Jan, m4 19 -> 20 Jan.
# - Non-conflicting negations: "ByteDance did not respond", "China's embassy ... did not
#   immediately comment", "the business is not for sale", "neither dissented", "does not fine
#   you for using TikTok", "Chew did not mention ByteDance", "no formal sale process has begun".
# - Penalty in aggregate vs per user: "$5,000 per user" vs "hundreds of billions of dollars" (b).
# - Teasers with claim-like numbers: "soar 200%", "rise 3%", "270-day TikTok law", "4% of
#   revenue", "2 apps", "$250 billion by 2027", "3-minute uploads", "down 15%", "40,000
#   creators"; image caption with the event date (c) is furniture.

A = "a-continental.en.txt"
B = "b-platform.en.txt"
C = "c-creatorbeat.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-01-17; 9-0",
         "what": "The Supreme Court on Friday 17 January 2025 unanimously (9-0) upheld the law requiring ByteDance to sell TikTok or face a US ban",
         "in": {S: "美國最高法院周五（1月17日）以九比零一致裁定",
                A: "The U.S. Supreme Court on Friday unanimously upheld a law requiring China-based ByteDance to sell TikTok",
                B: "The vote was 9-0",
                C: "The Supreme Court ruled on Friday that the divest-or-ban law can stand, and all nine justices agreed"}},
        {"id": "f2", "status": "agreement", "value": "2024-04",
         "what": "The law passed Congress with bipartisan support and was signed by Biden in April 2024",
         "in": {S: "該法例於去年4月獲國會兩黨支持通過，由總統拜登簽署",
                A: "passed Congress with large bipartisan majorities and was signed by President Joe Biden in April last year",
                B: "Congress passed it last April as part of a foreign-aid package"}},
        {"id": "f3", "status": "agreement", "value": "2025-01-19",
         "what": "The divestiture deadline is 19 January 2025",
         "in": {S: "出售限期為1月19日",
                A: "a deadline that falls on Sunday, January 19",
                B: "orders ByteDance to divest TikTok by January 19"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "In an unsigned opinion the court said Congress found divestiture necessary for national security and the law does not violate the First Amendment (negated)",
         "in": {S: "有關法例並無違反憲法第一修正案對言論自由的保障",
                A: "The law does not violate the First Amendment rights of TikTok, its users or the creators who earn a living on it",
                B: "so it does not breach the First Amendment"}},
        {"id": "f5", "status": "agreement", "value": "170000000",
         "what": "TikTok has about 170 million US users",
         "in": {S: "TikTok在美國約有1.7億用戶",
                A: "for its roughly 170 million American users",
                B: "TikTok counts some 170 million monthly users in the United States"}},
        {"id": "f6", "status": "agreement", "value": "5000 USD per user",
         "what": "App stores (Apple, Google) and hosting services face penalties of up to USD 5,000 per user after the deadline",
         "in": {S: "每名用戶最高可被罰款5,000美元",
                A: "face civil penalties of up to $5,000 per user",
                B: "face fines of $5,000 for each user",
                C: "could owe $5,000 for every American user"}},
        {"id": "f7", "status": "agreement", "value": "60%",
         "what": "ByteDance says about 60% of the company is owned by global institutional investors",
         "in": {S: "公司約60%股權由全球機構投資者持有",
                B: "ByteDance says about 60% of the company is owned by global institutional investors"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The White House said the Biden administration would not enforce the ban and left it to the next administration (negated)",
         "in": {S: "白宮表示，拜登政府不會執行禁令",
                A: "White House press secretary Karine Jean-Pierre said the Biden administration would not enforce the law",
                B: "would not act to enforce the ban before leaving office on Monday",
                C: "The Biden White House has said it won't enforce the ban"}},
        {"id": "f9", "status": "agreement", "value": "90 days",
         "what": "Trump said on Saturday he would 'most likely' give TikTok a 90-day extension (hedged)",
         "in": {S: "特朗普周六接受訪問時表示，上任後「很可能」給予TikTok 90日寬限期",
                C: "President-elect Trump told NBC News on Saturday that he would \"most likely\" give TikTok a 90-day extension"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "TikTok CEO Shou Zi Chew posted a video thanking Trump for his commitment to work on a solution",
         "in": {S: "TikTok行政總裁周受資在一段影片中感謝特朗普",
                C: "TikTok CEO Shou Zi Chew posted a video thanking Trump"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "TikTok warned it could/may go dark on the deadline unless the administration gives assurances (hedged)",
         "in": {S: "TikTok此前警告，若未獲拜登政府明確保證，該應用程式或將於限期當日在美國停止運作",
                A: "TikTok has warned that it could be forced to go dark in the United States on Sunday",
                B: "TikTok said it may go dark on Sunday unless the administration gives service providers a definitive statement"}},
        {"id": "f12", "status": "source-conflict", "value": "40000000000 USD | 50000000000 USD",
         "what": "Value of TikTok's US business: about USD 40 bn (Ashford Pierce, a) versus around USD 50 bn (people familiar, b)",
         "in": {S: "有經紀行估計約400億美元，亦有知情人士指約500億美元",
                A: "have valued TikTok's U.S. operations at about $40 billion",
                B: "put the value of TikTok's U.S. business at around $50 billion"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "Chinese officials discussed a sale of TikTok's US business to Elon Musk (no source says so)",
         "in": {S: "中國官員曾討論由馬斯克收購TikTok美國業務的可能性"}},
        {"id": "f14", "status": "omission", "value": "2025-01-10",
         "what": "The justices heard arguments on 10 January",
         "in": {A: "The justices heard arguments on January 10, a week before issuing their decision"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "Justices Sotomayor and Gorsuch wrote separate concurrences; neither dissented",
         "in": {B: "Justices Sonia Sotomayor and Neil Gorsuch each wrote separate concurring opinions"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Trump said he spoke with Xi Jinping by phone on Friday about TikTok, trade and fentanyl",
         "in": {B: "Trump, for his part, said he had spoken with Chinese President Xi Jinping by phone on Friday"}},
        {"id": "f17", "status": "omission", "value": "700000",
         "what": "More than 700,000 new users signed up for RedNote (Xiaohongshu) in two days",
         "in": {C: "More than 700,000 new users signed up for the Chinese app RedNote"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "九比零", "mutated": "六比三",
         "note": "9-0 (b) / unanimous (a, c) -> 6-3"},
        {"n": 2, "type": "number", "fact": "f5", "original": "1.7億", "mutated": "1.2億",
         "note": "170 million US users -> 120 million"},
        {"n": 3, "type": "date", "fact": "f1", "original": "1月17日", "mutated": "1月10日",
         "note": "ruling on Friday 17 January -> 10 January, the day of oral argument (a)"},
        {"n": 4, "type": "date", "fact": "f3", "original": "1月19日", "mutated": "1月20日",
         "note": "deadline 19 January -> 20 January (inauguration day)"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "並無違反", "mutated": "已違反",
         "note": "the law does not violate the First Amendment (a, b) -> it does"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "拜登政府不會執行禁令", "mutated": "拜登政府將會執行禁令",
         "note": "Biden administration would not enforce the ban (a, b, c) -> will enforce it"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "要求字節跳動出售", "mutated": "要求騰訊出售",
         "note": "the law targets ByteDance, not Tencent"},
        {"n": 8, "type": "entity", "fact": "f6", "original": "蘋果、谷歌", "mutated": "蘋果、亞馬遜",
         "note": "app stores named are Apple's and Google's (a, b); no source names Amazon"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "白宮表示", "mutated": "特朗普表示",
         "note": "the non-enforcement statement came from the Biden White House (a, b, c), not Trump"},
        {"n": 10, "type": "attribution", "fact": "f4", "original": "法院在未署名的判詞中指出", "mutated": "TikTok在聲明中指出",
         "note": "the First Amendment holding is the court's unsigned opinion (a, b), not a TikTok statement"},
        {"n": 11, "type": "modality", "fact": "f9", "original": "「很可能」給予", "mutated": "已決定給予",
         "note": "Trump would 'most likely' give an extension (c) -> has decided to"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "或將於限期當日", "mutated": "已確定於限期當日",
         "note": "TikTok could / may go dark (a, b) -> has confirmed it will"},
        {"n": 13, "type": "percentage", "fact": "f7", "original": "約60%", "mutated": "約40%",
         "note": "about 60% owned by global institutional investors (b) -> 40%"},
        {"n": 14, "type": "unit", "fact": "f6", "original": "5,000美元", "mutated": "5,000港元",
         "note": "currency USD -> HKD; the penalty is USD 5,000 per user (a, b, c)"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Whitmore and Ethan Liu | January 17, 2025 4:12 PM EST | Updated 1 hour ago"},
            "Reporting by Grace Whitmore and Ethan Liu"],
        B: [{"inline": "Weekend Edition | 18 January 2025 | By Ingrid Salazar, Policy Editor"},
            "Subscribe to The Platform Ledger"],
        C: [{"inline": "Posted by Jordan Reyes | January 18, 2025 at 2:30 PM | Platforms, Policy"},
            {"inline": "A creator records a farewell video in Los Angeles on Jan. 17, 2025. (Photo: Creator Beat)"},
            "We'll update this post as things change."],
    },
}
