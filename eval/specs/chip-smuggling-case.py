# Gold specification for story `chip-smuggling-case` (a US Justice Department indictment, announced
# Thursday 20 November 2025 in Tampa, charging four men with smuggling Nvidia AI chips to China
# through Malaysia and Thailand; charges, penalties, first court appearances).
# All texts are invented for evaluation. The shape of the case follows the real Middle District of
# Florida indictment of November 2025 (four defendants, about 400 A100s via Malaysia, 10 HPE
# supercomputers with H100s and 50 H200s stopped on a Thailand route, about $3.89 million wired
# from China, ECRA / smuggling / money-laundering counts); the defendants' names, the front
# company, the court appearances, bail, lawyers, quotes and outlets are made up.
# Edit here, then run `python3 build_gold.py`.
#
# f10 is a genuine source-versus-source conflict: a (dated Thu 20 Nov) says all four were arrested
# "on Wednesday" (19 Nov); c (dated Mon 24 Nov) says they were arrested "on Nov. 18, according to
# court records". The summary (dated Wed 26 Nov) says only 上周被捕 ("last week"), which fits both,
# so the summary sentence itself should not be flagged; the conflict lies between a and c.
#
# Traps:
# - The same amount in two currencies and two roundings: "$3.89 million" (a, b), "about HK$30.3
#   million" (b), "nearly $4 million" (c); the summary gives 約389萬美元（約3,030萬港元）.
# - Rate vs total: b's A100 price "roughly $10,000 to $15,000 apiece" is a unit price, not a value of
#   the shipments; penalties are "up to 20 years ... on each of the most serious counts" (per count),
#   fines "up to $1 million" (a, omission f15); bail of $250,000 is not an amount of the scheme.
# - Counts of different things in one sentence: 400 A100 chips, 10 supercomputers (with H100s),
#   50 H200 chips, two completed shipments, four shipments, four defendants; model names A100,
#   H100, H200 are not quantities.
# - Relative dates against each article's own date: a (Thu 20 Nov) "said on Thursday", "arrested on
#   Wednesday"; b (Fri 21 Nov) "announced on Thursday"; c (Mon 24 Nov) "announced last Thursday",
#   "pleaded not guilty on Friday" (21 Nov), "due to be arraigned ... next month"; the summary
#   (Wed 26 Nov) writes 上周四 and 上周五.
# - Period of the scheme vs period of the completed shipments: September 2023 - November 2025 (a,
#   omission f19) vs October 2024 - January 2025 (the A100 shipments, f3); b's "in July" is
#   Malaysia's permit rule, and a's "since October 2022" is when A100 curbs began.
# - Non-conflicting negations: "pleaded not guilty" (agrees with 否認控罪), "none of them applied for
#   or obtained one" (agrees with 從未申請), "It was not immediately clear whether the men had
#   lawyers", "Nvidia did not immediately respond", "A trial date has not been set", "is not a
#   smuggler", "Tang's lawyer declined to comment", "had no idea".
# - Hedges and allegations: "accused of", "according to prosecutors", "If convicted, they could
#   face up to 20 years" vs the summary's 涉嫌 / 若罪成 / 最高可.
# - Attributed claims: 起訴書指 / 檢方指 / 司法部表示 vs the defence lawyer's quotes in c.
# - Near miss for the unsupported claim f13: b says Malaysia began requiring permits for AI-chip
#   exports and transshipments in July; no source says Malaysia will investigate this case.
# - Furniture with claim-like numbers: "$57 billion", "3 men", "2,000 units", "jump 38%",
#   "5 things ... 2026", "4 gigawatts", "3 free articles a month", "1,200 jobs", "4th straight",
#   "slip 2.1%", "95,000 travelers", a photo caption dated Feb. 25, 2025, an "Updated 6:15 a.m." line.

A = "a-cpw.en.txt"
B = "b-supplyline.en.txt"
C = "c-gulfcoast.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-11-20",
         "what": "On Thursday 20 November the Justice Department announced charges against four men accused of conspiring to smuggle Nvidia AI chips to China (alleged)",
         "in": {S: "美國司法部上周四公布，四名男子涉嫌串謀將英偉達（Nvidia）人工智能晶片非法出口至中國",
                A: "have been charged with conspiring to smuggle Nvidia artificial intelligence chips to China by routing them through Southeast Asia, the U.S. Justice Department said on Thursday",
                B: "The indictment the Justice Department announced on Thursday",
                C: "an indictment that the Justice Department announced last Thursday"}},
        {"id": "f2", "status": "agreement", "value": "2 US | 2 CN",
         "what": "The defendants are two US citizens and two Chinese nationals; one Chinese national lives in Tampa on a student visa",
         "in": {S: "四名被告包括兩名美國公民及兩名中國籍人士，其中一名中國籍被告持學生簽證在佛州坦帕居住",
                A: "a Chinese national who lives in Tampa on a student visa",
                B: "The defendants, two U.S. citizens and two Chinese nationals",
                C: "Tang, a Chinese national, came to the U.S. on a student visa"}},
        {"id": "f3", "status": "agreement", "value": "400 | 2024-10..2025-01",
         "what": "About 400 Nvidia A100 chips were exported to China via Malaysia in two shipments between October 2024 and January 2025",
         "in": {S: "被告於2024年10月至2025年1月期間分兩批把約400個英偉達A100圖形處理器（GPU）經馬來西亞轉運到中國",
                A: "the group exported about 400 Nvidia A100 chips to China in two shipments between October 2024 and January 2025, sending them through Malaysia",
                B: "About 400 Nvidia A100 graphics processors left the U.S. between October 2024 and January 2025 and went to Malaysia",
                C: "the men moved about 400 Nvidia A100 chips to China in late 2024 and early 2025"}},
        {"id": "f4", "status": "agreement", "value": "10 | 50",
         "what": "Two further shipments, 10 HPE supercomputers with H100 chips and 50 H200 chips, were to go through Thailand but were stopped by law enforcement",
         "in": {S: "另外兩批貨物，包括10部配備H100晶片的惠普企業（HPE）超級電腦及50個H200晶片，原擬取道泰國出口，但遭執法部門截停",
                A: "Two later attempts, involving 10 Hewlett Packard Enterprise supercomputers fitted with Nvidia H100 chips and a batch of 50 H200 chips, were to go through Thailand but were disrupted by law enforcement",
                B: "Ten HPE supercomputers containing Nvidia H100 chips, and 50 H200 chips shipped separately, were to be routed through Thailand"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Prosecutors say a Tampa real estate company served as a front, with falsified paperwork and fake contracts (attributed)",
         "in": {S: "檢方指，被告以坦帕一間地產公司作掩護，偽造文件及合約",
                A: "accuses the men of using a small Tampa real estate company, Bayview Realty Holdings LLC, as a front",
                C: "Prosecutors say the group used Bayview Realty Holdings, a company registered to a strip-mall office off Hillsborough Avenue, as a front"}},
        {"id": "f6", "status": "agreement", "value": "3890000 USD | 30300000 HKD",
         "what": "The defendants received about USD 3.89 million (about HKD 30.3 million) in wire transfers from China to pay for the chips",
         "in": {S: "從中國收取約389萬美元（約3,030萬港元）電匯款項，用以購買晶片",
                A: "they received about $3.89 million in wire transfers from China to finance the purchases",
                B: "$3.89 million (about HK$30.3 million) wired from China",
                C: "They received nearly $4 million from China to pay for the hardware"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The defendants knew licences were required but none applied for one (negated, attributed to the department)",
         "in": {S: "司法部表示，被告明知向中國出口須領取許可證，卻從未申請",
                A: "The department said the defendants knew that licences were required to export the chips to China, yet none of them applied for or obtained one",
                B: "None of the defendants sought an export licence, according to the indictment, even though they knew one was needed"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Charges: conspiracy to violate the Export Control Reform Act, smuggling and money laundering",
         "in": {S: "四人被控串謀違反《出口管制改革法》、走私及洗黑錢等罪名",
                A: "They face charges of conspiring to violate the Export Control Reform Act, violating it, smuggling and money laundering",
                C: "The charges include conspiracy, violating the Export Control Reform Act, smuggling and money laundering"}},
        {"id": "f9", "status": "agreement", "value": "20 years per count | 10 years",
         "what": "If convicted: up to 20 years per export-control and money-laundering count, up to 10 years for smuggling (maximum, hedged)",
         "in": {S: "若罪成，每項出口管制及洗黑錢罪名最高可判監20年，走私罪最高可判監10年",
                A: "Each export control and money laundering count carries a maximum sentence of 20 years in prison, and the smuggling count up to 10 years",
                B: "If convicted, they could face up to 20 years in prison on each of the most serious counts"}},
        {"id": "f10", "status": "source-conflict", "value": "2025-11-19 | 2025-11-18",
         "what": "Date of the arrests: Wednesday 19 November (a) versus 18 November per court records (c); the summary says only 'last week'",
         "in": {S: "四人上周被捕",
                A: "All four were arrested on Wednesday",
                C: "The four were arrested on Nov. 18, according to court records"}},
        {"id": "f11", "status": "agreement", "value": "2025-11-21",
         "what": "Two of the defendants pleaded not guilty in federal court in Tampa on Friday 21 November (negated plea)",
         "in": {S: "其中兩人上周五在坦帕聯邦法院否認控罪",
                C: "pleaded not guilty on Friday at an arraignment in the federal courthouse"}},
        {"id": "f12", "status": "agreement", "value": "250000 USD",
         "what": "One defendant was released on a USD 250,000 bond",
         "in": {S: "另一人以25萬美元保釋外出",
                C: "was released on a $250,000 bond"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "Malaysian authorities said they would investigate the case (no source says so)",
         "in": {S: "馬來西亞當局表示會就事件展開調查"}},
        {"id": "f14", "status": "omission", "value": "50",
         "what": "The government will seek forfeiture of the 50 seized H200 chips",
         "in": {A: "The government will seek forfeiture of the 50 H200 chips"}},
        {"id": "f15", "status": "omission", "value": "1000000 USD",
         "what": "Export control violations can also bring fines of up to USD 1 million",
         "in": {A: "Export control violations can also bring fines of up to $1 million"}},
        {"id": "f16", "status": "omission", "value": "2025-07",
         "what": "Malaysia began requiring permits in July for exports and transshipments of US AI chips; the shipments predate it",
         "in": {B: "Malaysia's trade ministry began requiring permits in July for exports and transshipments of U.S.-made high-performance AI chips"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Members of Congress cited the case in calling for the Chip Security Act (location verification)",
         "in": {B: "members of Congress cited the case in renewing calls for the Chip Security Act"}},
        {"id": "f18", "status": "omission", "value": "2022-10",
         "what": "A100 exports to China have required a licence since October 2022",
         "in": {A: "Washington has barred exports of the A100 to China without a licence since October 2022"}},
        {"id": "f19", "status": "omission", "value": "2023-09..2025-11",
         "what": "The alleged scheme ran from September 2023 to November 2025",
         "in": {A: "between September 2023 and November 2025"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "The two Tampa defendants were ordered held until trial; no trial date has been set",
         "in": {C: "who ordered both held until trial"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "約400個", "mutated": "約4,000個",
         "note": "about 400 A100 chips -> about 4,000"},
        {"n": 2, "type": "number", "fact": "f4", "original": "包括10部配備", "mutated": "包括100部配備",
         "note": "10 HPE supercomputers -> 100"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上周四公布", "mutated": "上周一公布",
         "note": "announced Thursday 20 Nov (a, b, c) -> Monday 17 Nov"},
        {"n": 4, "type": "date", "fact": "f3", "original": "於2024年10月", "mutated": "於2023年10月",
         "note": "A100 shipments from October 2024 -> October 2023 (the scheme began Sept 2023, but the shipments did not)"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "卻從未申請", "mutated": "並已提出申請",
         "note": "none of the defendants applied for a licence (a, b) -> they applied"},
        {"n": 6, "type": "negation", "fact": "f11", "original": "否認控罪", "mutated": "承認控罪",
         "note": "pleaded not guilty (c) -> pleaded guilty"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "經馬來西亞轉運", "mutated": "經新加坡轉運",
         "note": "the A100s went through Malaysia (a, b); no source names Singapore as a route"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "英偉達（Nvidia）人工智能晶片", "mutated": "超微（AMD）人工智能晶片",
         "note": "Nvidia -> AMD; no source names AMD"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "美國司法部上周四", "mutated": "美國商務部上周四",
         "note": "the charges were announced by the Justice Department, not Commerce (whose office only helped investigate, c)"},
        {"n": 10, "type": "attribution", "fact": "f5", "original": "檢方指", "mutated": "被告律師指",
         "note": "the front-company allegation is the prosecutors' (a, c), not the defence lawyer's"},
        {"n": 11, "type": "modality", "fact": "f1", "original": "四名男子涉嫌串謀", "mutated": "四名男子串謀",
         "note": "allegation ('accused of', 'charged with') stated as established fact"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "最高可判監20年", "mutated": "將被判監20年",
         "note": "maximum 'up to 20 years' -> a definite 20-year sentence"},
        {"n": 13, "type": "unit", "fact": "f6", "original": "約389萬美元", "mutated": "約389萬港元",
         "note": "USD 3.89 million -> HKD 3.89 million"},
        {"n": 14, "type": "unit", "fact": "f4", "original": "50個H200晶片", "mutated": "50箱H200晶片",
         "note": "50 H200 chips -> 50 boxes of H200 chips"},
    ],
    "boilerplate": {
        A: [{"inline": "Top News | US | World | Tech | Legal | Video"},
            {"inline": "IMAGE: An Nvidia logo at the company's headquarters in Santa Clara, California, Feb. 25, 2025. CPW/File"},
            "Reporting by Elena Marchetti in Tampa"],
        B: [{"inline": "Semiconductors | Logistics | Trade Compliance | Events | Subscribe"},
            {"inline": "Hong Kong bureau | 21 November 2025 | 5 min read | Members only"},
            "PHOTO CAPTION: Containers at Port Klang"],
        C: [{"inline": "News | Tampa Bay | Business | Courts | Sports | Obituaries | e-Edition"},
            {"inline": "By Renee Castillo, Courier staff writer"},
            {"inline": "Published Nov. 24, 2025 | Updated 6:15 a.m."},
            {"inline": "SEE ALSO: Tampa Bay tech firms add 1,200 jobs in 2025"},
            "Renee Castillo covers federal courts"],
    },
}
