# Gold specification for story `tiktok-jv-deal` (President Trump's executive order of Thursday
# 25 September 2025 finding that the framework deal moving TikTok's US business into a
# US-majority joint venture is a "qualified divestiture" under the 2024 divest-or-ban law; a
# 120-day enforcement pause to 23 January 2026; Oracle, Silver Lake and MGX as main investors,
# ByteDance under 20%, a seven-seat board with six Americans, the algorithm licensed and
# retrained under Oracle's monitoring).
# All texts are invented for evaluation (the order, dates, stakes, board and valuation follow the
# real episode; wording, quotes, analysts, outlets and minor figures are made up). The summary is
# in Traditional Chinese, Hong Kong usage (特朗普, 萬斯, 甲骨文, 阿布扎比, 保安委員會).
# Edit here, then run
# `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story tiktok-jv-deal`.
#
# f7 is a genuine source-versus-source conflict: a puts the combined stake of Oracle, Silver Lake
# and MGX at about 45% (two people familiar with the terms), b at "roughly half" (reports citing a
# White House official). The summary gives both, each as a report.
#
# Traps:
# - Same number, different scope: 20% is ByteDance's cap in the deal (f6), the statute's
#   control threshold "20% or more" (c), and a teaser "TikTok Shop US sales up 20%" in b's
#   furniture. m14 mutates 20% -> 30%, the existing backers' share in b.
# - Two periods: the order's 120-day pause (f3) vs the statute's single 90-day extension (c).
#   m01 mutates 120 -> 90.
# - Two deadlines: the new window runs to January 23 (b) / Jan. 23, 2026 (c); the previous
#   pause ran to December 16 (b). m04 mutates the deadline to 12月16日.
# - Report date vs event date: a (Thu 25 Sep, EDT) "on Thursday"; b (Mon 29 Sep) "last
#   Thursday"; c (Tue 30 Sep) "On September 25"; the summary (Thu 2 Oct) "上周四（9月25日）".
#   Other dates nearby: Madrid talks on September 14 and 15, the Trump-Xi call on September 19
#   (b), "last week" (a), an editor's note dated October 1 (c, furniture).
# - Valuation: about $14 billion (Vance) vs "$35 billion or more" earlier analyst figures (a).
# - Seven seats / six Americans (b) vs "Six of the seven directors" (c): same fact, inverted order.
# - Non-conflicting negations: "Beijing has not publicly confirmed" (a) / "has not confirmed it in
#   public" (c) carried into the summary; "did not respond", "No ByteDance representatives
#   attended", "did not release a list of investors" (a); "Officials did not say whether U.S.
#   users will need to download a new version" (b), which makes the summary's claim f13 about a
#   forced switch to a new app by end of March unsupported rather than contradicted;
#   "nothing changes this quarter", "Don't pause spend" (b); "The order does not explain" (c).
# - Hedges: "may conflict" (c) carried as 或與...相抵觸; "could behave differently" (b).
# - Teasers and furniture with numbers: "rise 3%", "400 million", "(2:14)" (a);
#   "up 20% in Q2", "15-second", "fell 9%" (b); "Comments (27)", "9 min read" (c).

A = "a-pacificwire.en.txt"
B = "b-feedline.en.txt"
C = "c-docketdesk.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-25",
         "what": "Trump signed the executive order on Thursday 25 September 2025",
         "in": {S: "上周四（9月25日）簽署行政命令",
                A: "President Donald Trump signed an executive order on Thursday declaring",
                B: "President Trump signed the executive order last Thursday",
                C: "On September 25, President Trump signed an executive order"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The order finds the framework deal is a 'qualified divestiture' under the 2024 divest-or-ban law",
         "in": {S: "符合2024年通過的「不賣就禁」法例對「合資格剝離」的要求",
                A: "The order says the framework counts as a \"qualified divestiture\" under the Protecting Americans from Foreign Adversary Controlled Applications Act",
                C: "finding that the proposed TikTok joint venture is a \"qualified divestiture\""}},
        {"id": "f3", "status": "agreement", "value": "120 days",
         "what": "The order tells the Justice Department not to enforce the law for 120 days (negated enforcement)",
         "in": {S: "行政命令指示司法部在120日內暫不執行該法例",
                A: "It also tells the Justice Department not to enforce the law for 120 days",
                B: "The new order's 120-day window runs to January 23",
                C: "the order tells the Justice Department not to do so for 120 days"}},
        {"id": "f4", "status": "agreement", "value": "2026-01-23",
         "what": "The 120-day window, effectively the closing deadline, runs to 23 January 2026",
         "in": {S: "期限至明年1月23日",
                B: "which is effectively the deadline for closing",
                C: "until Jan. 23, 2026"}},
        {"id": "f5", "status": "agreement", "value": "14000000000 USD",
         "what": "Vice President JD Vance said the deal values the US business at about USD 14 bn",
         "in": {S: "副總統萬斯表示，交易對TikTok美國業務的估值約為140億美元",
                A: "Vice President JD Vance told reporters in the Oval Office that the deal valued the U.S. business at about $14 billion",
                B: "Vice President JD Vance said the U.S. business was valued at about $14 billion"}},
        {"id": "f6", "status": "agreement", "value": "<20%",
         "what": "ByteDance keeps less than 20% of the joint venture; American investors hold the majority",
         "in": {S: "字節跳動在合資公司的持股將低於20%",
                A: "ByteDance would keep less than 20% of the new company",
                B: "ByteDance's stake in the new U.S. company will be below 20%",
                C: "ByteDance keeps less than 20% of the joint venture"}},
        {"id": "f7", "status": "source-conflict", "value": "45% | ~50%",
         "what": "Combined stake of Oracle, Silver Lake and MGX: about 45% per people familiar with the terms (a) versus roughly half per reports citing a White House official (b)",
         "in": {S: "有報道指三者合共持股約45%，亦有報道稱約佔一半",
                A: "holding about 45% between them",
                B: "Oracle, Silver Lake and MGX would take roughly half of the joint venture"}},
        {"id": "f8", "status": "agreement", "value": "7 seats, 6 American",
         "what": "The board has seven seats, six held by Americans",
         "in": {S: "合資公司董事會設七席，其中六席由美國人出任",
                B: "The board will have seven seats, six of them held by Americans",
                C: "Six of the seven directors will be American"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "ByteDance names one director and is kept off the board's security committee (negated)",
         "in": {S: "並被排除於保安委員會之外",
                B: "ByteDance names one director and is kept off the board's security committee"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "ByteDance licenses the recommendation algorithm to the joint venture, which retrains it on US user data under Oracle's monitoring",
         "in": {S: "演算法會以美國用戶數據重新訓練，並由甲骨文負責監察",
                B: "ByteDance will license a copy of its recommendation algorithm to the joint venture, which will retrain it on U.S. user data, with Oracle monitoring the code and the data flows",
                C: "ByteDance will license it, and the joint venture will retrain it on U.S. user data under Oracle's monitoring"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Trump said Xi Jinping approved the deal; Beijing has not publicly confirmed it (negated)",
         "in": {S: "特朗普稱國家主席習近平已同意交易，但北京至今未有公開確認",
                A: "Beijing has not publicly confirmed that it approved the deal",
                C: "President Trump said Xi Jinping approved the deal, but Beijing has not confirmed it in public"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "A legal scholar says the licensing arrangement may conflict with the statute's ban on an operational relationship with ByteDance (hedged)",
         "in": {S: "授權演算法的安排或與法例禁止與字節跳動維持「營運關係」的規定相抵觸",
                C: "In my view the licensing arrangement may conflict with the statute's ban on an operational relationship with ByteDance"}},
        {"id": "f13", "status": "unsupported", "value": "2026-03-31",
         "what": "US users must switch to a new version of the app by end of March next year (no source says so; b says officials did not say whether a new app is needed)",
         "in": {S: "美國用戶須於明年3月底前轉用新版應用程式"}},
        {"id": "f14", "status": "omission", "value": "170000000",
         "what": "TikTok has about 170 million US users",
         "in": {A: "TikTok has about 170 million users in the United States",
                C: "About 170 million Americans use the app"}},
        {"id": "f15", "status": "omission", "value": "90 days",
         "what": "The statute let the President grant a single extension of up to 90 days",
         "in": {C: "The law also let the President grant a single extension of up to 90 days"}},
        {"id": "f16", "status": "omission", "value": "2025-09-14/15; 2025-09-19",
         "what": "Negotiators agreed the outline at Madrid talks on 14-15 September; Trump and Xi discussed it by phone on 19 September",
         "in": {B: "U.S. and Chinese negotiators agreed the outline at trade talks in Madrid on September 14 and 15"}},
        {"id": "f17", "status": "omission", "value": "2025-12-16",
         "what": "The earlier enforcement pause, set by a previous order, ran to 16 December",
         "in": {B: "The earlier enforcement pause, set by a previous order, ran to December 16"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "No ByteDance representatives attended the signing; the company did not respond to a request for comment (negated)",
         "in": {A: "No ByteDance representatives attended the signing, and the company did not respond to a request for comment"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "China's commerce ministry said it would review technology exports and IP licensing in accordance with Chinese law",
         "in": {A: "China's commerce ministry said last week that it would review matters such as technology exports and the licensing of intellectual property in accordance with Chinese law"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "120日內", "mutated": "90日內",
         "note": "120-day enforcement pause (a, b, c) -> 90 days, the statute's one-time extension (c)"},
        {"n": 2, "type": "number", "fact": "f8", "original": "董事會設七席", "mutated": "董事會設九席",
         "note": "seven board seats (b, c) -> nine"},
        {"n": 3, "type": "date", "fact": "f1", "original": "（9月25日）", "mutated": "（9月26日）",
         "note": "order signed Thursday 25 September -> 26 September (Hong Kong date of the news)"},
        {"n": 4, "type": "date", "fact": "f4", "original": "明年1月23日", "mutated": "今年12月16日",
         "note": "deadline 23 January 2026 (b, c) -> 16 December 2025, the previous pause's end (b)"},
        {"n": 5, "type": "negation", "fact": "f9", "original": "並被排除於保安委員會之外", "mutated": "並可參與保安委員會",
         "note": "ByteDance is kept off the security committee (b) -> may sit on it"},
        {"n": 6, "type": "negation", "fact": "f11", "original": "但北京至今未有公開確認", "mutated": "北京亦已公開確認",
         "note": "Beijing has not publicly confirmed (a, c) -> Beijing has publicly confirmed"},
        {"n": 7, "type": "entity", "fact": "f10", "original": "由甲骨文負責監察", "mutated": "由微軟負責監察",
         "note": "Oracle monitors the retrained algorithm (b, c) -> Microsoft; no source mentions Microsoft"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "指示司法部", "mutated": "指示商務部",
         "note": "the order tells the Justice Department not to enforce (a, c) -> the Commerce Department"},
        {"n": 9, "type": "attribution", "fact": "f5", "original": "副總統萬斯表示", "mutated": "財政部長貝森特表示",
         "note": "valuation given by Vice President Vance (a, b) -> Treasury Secretary Bessent"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "特朗普稱國家主席", "mutated": "白宮發言人稱國家主席",
         "note": "Trump himself said Xi approved (a, c) -> a White House spokesperson"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "安排或與法例", "mutated": "安排與法例",
         "note": "hedged 'may conflict' (c) -> asserted 'conflicts'"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "字節跳動將以授權方式", "mutated": "字節跳動或會以授權方式",
         "note": "asserted 'will license' (b, c) -> hedged 'may license'"},
        {"n": 13, "type": "unit", "fact": "f5", "original": "140億美元", "mutated": "140億港元",
         "note": "currency USD -> HKD; the valuation is about USD 14 bn (a, b)"},
        {"n": 14, "type": "percentage", "fact": "f6", "original": "低於20%", "mutated": "低於30%",
         "note": "ByteDance under 20% (a, b, c) -> under 30%; about 30% is the existing backers' share (b)"},
    ],
    "boilerplate": {
        A: [{"inline": "World | U.S. | Technology | Markets | Breakingviews | Sign up"},
            {"inline": "By Dana Kessler and Arjun Mehta | September 25, 2025 6:58 PM EDT | Updated 1 hour ago"},
            {"inline": "WATCH: Oval Office signing ceremony (2:14)"},
            {"inline": "(Reporting by Dana Kessler and Arjun Mehta; Editing by Paul Rennick)"},
            "Read next"],
        B: [{"inline": "Feedline | News | Platforms | Creators | Ad Tech | Podcasts | Subscribe"},
            {"inline": "Platforms | 29 September 2025 | By Lauren Okonkwo, Senior Platforms Reporter"},
            {"inline": "Sponsored: Plan your Q4 creator campaigns with Feedline Insights"},
            "Get Feedline in your inbox"],
        C: [{"inline": "The Docket Desk | Tech law and policy, explained\nHome | Topics | Newsletter | About | Contact"},
            {"inline": "Posted by Prof. Miriam Castellanos | September 30, 2025 | National Security, Platforms | 9 min read"},
            {"inline": "Editor's note: This post was updated on October 1 to correct the name of the statute."},
            "Filed under: TikTok, CFIUS, National Security Law"],
    },
}
