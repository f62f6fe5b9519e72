# Gold specification for story `chip-stocks-curbs-rally` (Chinese chip stocks rally after the US
# Commerce Department's export-control package of 2 December 2024; China bans gallium, germanium
# and antimony exports to the US on 3 December). The summary is in Traditional Chinese, Hong Kong
# style. All texts are invented for evaluation: the dates, the size of the package (about 140
# Entity List additions, HBM, 24 types of chipmaking tools and 3 software tools), Wingtech's
# listing, CXMT's absence and the metals ban follow the real episode; outlets, reporters,
# analysts, quotes, share moves, closing prices and index moves are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story chip-stocks-curbs-rally`.
# f13 is a genuine source-versus-source conflict: a says Hua Hong closed up 5.3% on Tuesday,
# b says it ended 8.1% higher the same day. The summary reports both figures as reported.
#
# Traps:
# - Announcement day vs trading day: the package came out on Monday 2 December (a: "on Monday",
#   "late on Monday"; c: "on December 2", "On the evening of December 2"); the shares moved on
#   Tuesday 3 December, the same day as the metals ban (b: "on Tuesday"; c: "The next day"). The
#   summary (Thursday 5 December) writes 本周二（3日） and 翌日（3日）. Mutant m04 moves the rally
#   to Monday.
# - Same kind of number, different things: 140 entities vs 24 types of tools vs three types of
#   software tools; "third ... package ... in as many years", "since October 2022".
# - Number formats: "412.30 yuan" = 人民幣412.3元; "HK$26.75" = 26.75港元; "about 140" (a) vs
#   "140" (c) vs 約140個.
# - Direction: everything rose except Wingtech, which fell by its 10% daily limit; 10% is a fall,
#   not a gain (f6).
# - Percentages of different bases: gallium about 98% vs germanium roughly 60% (mutant m14 gives
#   gallium the germanium share); US toolmakers' China share "about 40%" -> "nearer 30%"; the
#   STAR 50 +2.4% vs Shanghai Composite +0.4% vs Hang Seng +1.1%; SMIC +4.9% in both a and b.
# - Similar names: ChangXin Memory (CXMT, 長鑫存儲) was not added; Yangtze Memory (YMTC, 長江存儲)
#   has been on the list since December 2022 (mutant m07 swaps them). US Commerce vs China's
#   commerce ministry (美國商務部 / 中國商務部 / 商務部).
# - Hedged negation: "would in principle not be permitted" = 原則上不予許可 (negation m06 and
#   modality m11 edit the same phrase in different ways).
# - Non-conflicting negations: "The department did not say when further measures might follow",
#   "declined to be named", "asked not to be identified ... would not add to them", "Not every
#   name gained", "nothing in the package forces a change".
# - Attribution between two invented analysts who both speak about the sector: Raymond Tse (a)
#   said the market had braced for worse; Fiona Ip (b) said equipment makers could see orders rise
#   next year. The summary keeps their English names, as Hong Kong financial papers do.
# - Yearless and relative dates: "in August 2023" (licensing of gallium and germanium), "in
#   January" (the new administration), "since August" (Hua Hong's best day), "Dec 12" (webinar,
#   furniture), "2025" (toolmakers' outlook).
# - Numbers in furniture: "three-day losing streak", "slips 0.8%", "fall 2%", "HK$80 billion",
#   "jump 15%", "12-month chart", "6 min read", "Updated 12 min ago".

A = "a-harbourline.en.txt"
B = "b-vbt.en.txt"
C = "c-fabline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-12-02; ~140 entities",
         "what": "The US Commerce Department on Monday 2 December 2024 added about 140 entities to the Entity List",
         "in": {S: "美國商務部12月2日公布新一輪晶片出口管制措施，把約140個實體列入「實體清單」",
                A: "The U.S. Commerce Department on Monday added about 140 entities to its Entity List",
                C: "BIS added 140 entities"}},
        {"id": "f2", "status": "agreement", "value": "HBM; 24 tool types",
         "what": "The package restricts high-bandwidth memory and 24 types of chipmaking equipment (plus three types of software tools)",
         "in": {S: "並限制向中國出口高頻寬記憶體（HBM）及24類晶片製造設備",
                A: "The package also restricts sales to China of high-bandwidth memory, a key part of AI accelerators, and of 24 types of chipmaking equipment",
                C: "The rules then impose new controls on 24 types of semiconductor manufacturing equipment and three types of software tools"}},
        {"id": "f3", "status": "agreement", "value": "+4.9%; HKD 26.75",
         "what": "SMIC rose 4.9% to close at HK$26.75 in Hong Kong on Tuesday 3 December",
         "in": {S: "中芯國際在港收市升4.9%，報26.75港元",
                A: "rose 4.9% to close at HK$26.75 in Hong Kong",
                B: "while SMIC climbed 4.9%"}},
        {"id": "f4", "status": "agreement", "value": "+6.6%; CNY 412.30",
         "what": "Naura jumped 6.6% to 412.30 yuan in Shenzhen",
         "in": {S: "北方華創在深圳升6.6%，收報人民幣412.3元",
                A: "Naura Technology Group jumped 6.6% to 412.30 yuan in Shenzhen"}},
        {"id": "f5", "status": "agreement", "value": "+2.4%; +1.1%",
         "what": "The STAR 50 index closed up 2.4% and the Hang Seng Index rose 1.1% (AMEC gained 9.8% in Shanghai)",
         "in": {S: "科創50指數收市升2.4%，恒生指數亦升1.1%",
                A: "The tech-heavy STAR 50 index closed up 2.4%"}},
        {"id": "f6", "status": "agreement", "value": "-10%",
         "what": "Wingtech, hit by the new rules, fell by its 10% daily limit",
         "in": {S: "惟獲列入清單的聞泰科技跌停，跌幅達10%",
                A: "fell by its 10% daily limit",
                B: "slumping by the daily limit of 10% in Shanghai"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "DRAM maker ChangXin Memory (CXMT) was not added to the Entity List (negated)",
         "in": {S: "內地主要DRAM製造商長鑫存儲未有被列入清單",
                B: "Notably absent from the list was ChangXin Memory Technologies (CXMT)",
                C: "ChangXin Memory Technologies was not added"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "China's commerce ministry firmly opposed the measures and said it would take necessary measures to safeguard Chinese rights",
         "in": {S: "中國商務部發言人表示堅決反對美方做法",
                A: "China's commerce ministry said late on Monday that it firmly opposed the measures",
                C: "a spokesperson for China's commerce ministry said the country firmly opposed the move"}},
        {"id": "f9", "status": "agreement", "value": "2024-12-03",
         "what": "On 3 December China's commerce ministry said exports of gallium, germanium, antimony and superhard materials to the US would in principle not be permitted (hedged negation)",
         "in": {S: "商務部翌日（3日）再宣布，原則上不予許可鎵、鍺、銻及超硬材料出口美國",
                B: "shipments of the three metals and of superhard materials to the US would in principle not be permitted",
                C: "The next day the ministry said exports of gallium, germanium, antimony and superhard materials to the United States would in principle not be permitted"}},
        {"id": "f10", "status": "agreement", "value": "98%",
         "what": "China accounts for about 98% of world primary gallium output",
         "in": {S: "中國佔全球原生鎵產量約98%",
                C: "China accounts for about 98% of the world's primary gallium output"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Raymond Tse of Kestrel Securities said the market had braced for harsher measures",
         "in": {S: "Kestrel Securities大中華科技研究主管Raymond Tse表示，市場原本預期美方措施會更嚴厲",
                A: "The market had braced for something much harsher"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Fiona Ip of Lantau Capital said equipment makers such as Naura and AMEC could see orders rise next year (hedged)",
         "in": {S: "北方華創及中微公司等內地設備商明年訂單有望上升",
                B: "She said mainland equipment makers such as Naura and AMEC could see orders rise next year"}},
        {"id": "f13", "status": "source-conflict", "value": "+5.3% | +8.1%",
         "what": "Hua Hong Semiconductor's close on Tuesday 3 December: up 5.3% (a) versus up 8.1% (b)",
         "in": {S: "至於華虹半導體的收市升幅，有報道指為5.3%，亦有報道指達8.1%",
                A: "Smaller rival Hua Hong Semiconductor closed up 5.3%",
                B: "Hua Hong Semiconductor ended 8.1% higher in Hong Kong"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "The state Big Fund has bought more chip stocks, according to market talk (no source says so)",
         "in": {S: "國家集成電路產業投資基金（大基金）已入市增持多隻晶片股"}},
        {"id": "f15", "status": "omission", "value": "2024-12-03",
         "what": "Four Chinese industry associations said US chips were no longer safe or reliable and urged caution in buying them",
         "in": {B: "Four Chinese industry associations"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Tools made in Japan and the Netherlands are exempt from the expanded foreign direct product rule (negated scope)",
         "in": {C: "Equipment made in Japan and the Netherlands is exempt"}},
        {"id": "f17", "status": "omission", "value": "60%",
         "what": "China refines roughly 60% of the world's germanium",
         "in": {C: "China refines roughly 60% of the world's supply"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "China will tighten end-use checks on graphite shipped to US buyers",
         "in": {B: "It also said it would tighten end-use checks on graphite bound for American buyers"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "約140個實體", "mutated": "約240個實體",
         "note": "about 140 entities added (a, c) -> about 240"},
        {"n": 2, "type": "number", "fact": "f2", "original": "24類晶片製造設備", "mutated": "42類晶片製造設備",
         "note": "24 types of chipmaking equipment (a, c) -> 42 (digits swapped)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "12月2日", "mutated": "11月2日",
         "note": "the package came out on 2 December (c; a: Monday), not 2 November"},
        {"n": 4, "type": "date", "fact": "f3", "original": "本周二（3日）", "mutated": "本周一（2日）",
         "note": "the rally was on Tuesday 3 December (a, b); Monday 2 December is the day the package was announced"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "未有被列入清單", "mutated": "亦已被列入清單",
         "note": "CXMT was not added (b, c) -> was also added"},
        {"n": 6, "type": "negation", "fact": "f9", "original": "不予許可", "mutated": "予以許可",
         "note": "exports would in principle not be permitted (b, c) -> would in principle be permitted"},
        {"n": 7, "type": "entity", "fact": "f7", "original": "長鑫存儲", "mutated": "長江存儲",
         "note": "CXMT -> YMTC as the memory maker left off the list; c says YMTC has been on the list since December 2022"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "美國商務部", "mutated": "美國財政部",
         "note": "the US Commerce Department (a; c: BIS) -> the US Treasury as the author of the package"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "中國商務部發言人", "mutated": "中國外交部發言人",
         "note": "the statement of opposition came from China's commerce ministry (a, c), not the foreign ministry"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "Kestrel Securities大中華科技研究主管Raymond Tse", "mutated": "Lantau Capital策略師Fiona Ip",
         "note": "'the market had braced for something much harsher' is Raymond Tse's (a); Fiona Ip (b) said no such thing"},
        {"n": 11, "type": "modality", "fact": "f9", "original": "原則上不予許可", "mutated": "一律不予許可",
         "note": "'would in principle not be permitted' (b, c) -> 'uniformly not permitted': the hedge becomes absolute"},
        {"n": 12, "type": "unit", "fact": "f4", "original": "收報人民幣412.3元", "mutated": "收報412.3港元",
         "note": "Naura closed at 412.30 yuan in Shenzhen (a), not HK$412.3"},
        {"n": 13, "type": "percentage", "fact": "f3", "original": "升4.9%", "mutated": "升9.4%",
         "note": "SMIC rose 4.9% (a, b) -> 9.4%"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "約98%", "mutated": "約60%",
         "note": "China's share of primary gallium is about 98% (c); roughly 60% is its share of germanium"},
    ],
    "boilerplate": {
        A: [{"inline": "Harbourline | World | Markets | Technology | Asia Pacific | Sign in | Subscribe"},
            {"inline": "By Karen Leung and Zhou Yiming | December 3, 2024 5:48 PM GMT+8 | Updated 12 min ago"},
            "(Reporting by Karen Leung in Hong Kong"],
        B: [{"inline": "HOME > MARKETS > EQUITIES"},
            {"inline": "Vivian Cheung | Published: 7:30am, 4 Dec 2024"},
            {"inline": "We use cookies to personalise content and analyse our traffic. By continuing to browse this site, you agree to our use of cookies. Accept | Manage settings"},
            "RELATED: Hong Kong IPO pipeline"],
        C: [{"inline": "FabLine Weekly | Equipment | Materials | Policy Tracker | Events | Subscribe"},
            {"inline": "POLICY TRACKER"},
            {"inline": "By Marcus Heller, Senior Editor | December 5, 2024 | 6 min read"},
            "Related on FabLine"],
    },
}
