# Gold specification for story `mofcom-control-list` (China's Ministry of Commerce adds 15 US entities
# to its export control list on Tuesday 4 March 2025, Announcement No. 13 of 2025, banning exports of
# dual-use items to them, alongside 10 US firms on the unreliable entity list and 10-15% tariffs on US
# farm goods from 10 March). The summary is in Traditional Chinese, Taiwan style (川普, 萊多斯,
# 人工智慧, 新創, 無人機, 馬達, 盧特尼克, 億).
# Real facts used: the 15 names, the date, the measures (stop ongoing exports, special-case
# applications to MOFCOM, effective on publication), the stated reason, the 10 UEL firms, the 15%/10%
# farm tariffs from March 10 on about USD 21 billion of goods, the 10% US tariff (20% cumulative), Lin
# Jian's "fight to the end", the soybean licence suspensions, Illumina, the January round of 28, the
# Leidos USD 987 million F-16 contract, Skydio's battery problem. Outlets, reporters, analysts, their
# quotes and the no-comment lines are invented; B's "take effect on March 10" is a planted error.
#
# Traps:
# - Counts of different sets: 15 on the export control list (a "15 U.S. entities", b "Fifteen
#   American companies", c "15 U.S. entities"), 10 on the unreliable entity list (a "10", b "A further
#   ten"), "25 American companies" across both lists (a), 28 entities in the January round (c), three
#   soybean exporters (a). m01 mutates 15 -> 25 and m02 10 -> 28.
# - Weekday vs date: a (dated Tue 4 March) and b (dated Wed 5 March) both say "on Tuesday" = 4 March;
#   c says "published on March 4" and "start next Monday" (= 10 March, from Thu 6 March).
# - Two events, two dates: the listing (4 March) vs the farm tariffs (10 March); b wrongly puts the
#   listing's start on March 10 (source conflict f18 with a "took effect immediately" and c "from the
#   date of publication"); the summary states no effective date for the listing. m03 mutates the
#   announcement date to 3月10日.
# - Year boundary: "in December" (b, the Leidos contract) and "on December 1" / "January 2" (c) are
#   December 2024 / January 2025 in a March 2025 story.
# - Percentages of different things: 10% (US extra duty; Chinese duty on soybeans etc.), 15% (chicken,
#   wheat, corn, cotton), 20% (cumulative US duty), "percent" spelled out in b; "25% US tariffs" on
#   Canada/Mexico only in a's furniture. m14 mutates 15% -> 25%.
# - Money of different scope: about USD 21 billion of farm goods (a, c) vs close to USD 12.8 billion of
#   soybean trade (a) vs the USD 987 million Leidos contract (b).
# - Entities from the other round: Lockheed Martin, Raytheon, General Dynamics units and Anduril
#   were listed in January (c), not in March; m07/m08 swap them in. General Dynamics Land Systems is
#   in the March list, so "General Dynamics" alone is not a swap.
# - Several Chinese bodies speak: the Commerce Ministry and its spokesperson (the listing), the State
#   Council's tariff commission (the tariffs), customs (soybeans, logs), the foreign ministry's Lin
#   Jian ("fight to the end"); m09 moves the spokesperson to the Finance Ministry, m10 moves Lin Jian's
#   words to Commerce Minister Wang Wentao.
# - Hedges: "may matter more as a signal" (a), "could feel it more" (b), "will likely keep adding
#   names" (c, not in the summary).
# - Negations that do not negate a summary claim: "did not immediately respond", "did not respond to
#   requests for comment", "no grace period of any kind", "not every product", "not exporters",
#   "not about revenue".
# - Furniture with claim-like numbers: "25% US tariffs", "slide 2%", "7.28 per dollar", "around 5%",
#   "(3:12)", "$1 billion more", "3 new vendors", "4.5 million FPV drones", "3 things", "Issue #112",
#   "11 Chinese entities", "December 1 regulations".

A = "a-tideline.en.txt"
B = "b-ridgeline.en.txt"
C = "c-exportdesk.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-04 | 15",
         "what": "On Tuesday 4 March 2025 China's Ministry of Commerce added 15 US entities to its export control list",
         "in": {S: "中國商務部3月4日宣布，將15家美國實體列入出口管制管控名單",
                A: "China's Commerce Ministry on Tuesday added 15 U.S. entities to its export control list",
                B: "Fifteen American companies were placed on China's export control list on Tuesday",
                C: "published on March 4, names 15 U.S. entities"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Exports of dual-use items to the listed entities are prohibited",
         "in": {S: "禁止對其出口軍民兩用物項",
                A: "barring Chinese exporters from shipping dual-use items to them",
                C: "bars exporters from supplying them with dual-use items"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The listed companies include Leidos, drone makers Skydio and AeroVironment, and AI start-up Shield AI",
         "in": {S: "名單包括國防承包商萊多斯（Leidos）、無人機製造商Skydio與AeroVironment，以及人工智慧新創Shield AI",
                A: "Among the companies named are defense contractor Leidos, drone makers Skydio and AeroVironment, and Shield AI",
                B: "The roster includes Leidos and its naval architecture unit Gibbs & Cox"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Ongoing exports must stop immediately; in special cases exporters must apply to MOFCOM",
         "in": {S: "正在進行的相關出口活動應立即停止，特殊情況下確需出口者，須向商務部提出申請",
                A: "Any such exports already under way must be halted at once, and exporters that have a special need to ship must first seek the ministry's approval",
                C: "shipments already in progress have to stop immediately"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "A MOFCOM spokesperson said the step safeguards national security and interests and fulfils non-proliferation and other international obligations",
         "in": {S: "此舉是為維護國家安全和利益，並履行防擴散等國際義務",
                A: "A ministry spokesperson said the step was taken to safeguard national security and interests and to meet non-proliferation and other international obligations",
                C: "MOFCOM's spokesperson framed the listing as necessary to protect national security and interests and to honor non-proliferation commitments"}},
        {"id": "f6", "status": "agreement", "value": "10",
         "what": "The same day MOFCOM put 10 US firms on the unreliable entity list, barring China-related import/export and new investment in China",
         "in": {S: "商務部另將10家美國企業列入不可靠實體清單，禁止其從事與中國有關的進出口活動及在中國新增投資",
                A: "which bars them from China-related import and export activities and from making new investments in the country",
                B: "A further ten companies, including Huntington Ingalls Industries, the largest U.S. military shipbuilder, and Teledyne Brown Engineering, landed on the separate unreliable entity list"}},
        {"id": "f7", "status": "agreement", "value": "+10% | 20%",
         "what": "The measures came within hours of an additional 10% US tariff on Chinese goods taking effect, bringing the extra duty to 20%",
         "in": {S: "這些措施在川普政府對中國商品再加徵的10%關稅生效後數小時內公布，美方對中國商品的額外關稅因此累計達到20%",
                A: "Beijing's measures were announced within hours of an additional 10% U.S. duty on Chinese goods taking effect, which doubled to 20% the fentanyl-related tariff President Donald Trump imposed in February",
                B: "The designations were part of Beijing's answer to Washington's second 10 percent levy of the year, which lifted the extra duty on Chinese imports to 20 percent"}},
        {"id": "f8", "status": "agreement", "value": "2025-03-10 | 15% | 10%",
         "what": "From 10 March China adds 15% on US chicken, wheat, corn and cotton and 10% on soybeans, pork, beef and other products",
         "in": {S: "自3月10日起，對美國雞肉、小麥、玉米和棉花加徵15%關稅，對大豆、豬肉、牛肉等產品加徵10%關稅",
                A: "starting March 10, U.S. chicken, wheat, corn and cotton will face an extra 15% tariff, while soybeans, sorghum, pork, beef, seafood, fruit, vegetables and dairy products will be hit with 10%",
                C: "farm tariffs of 10% and 15% on $21 billion of U.S. farm and food exports, which start next Monday"}},
        {"id": "f9", "status": "agreement", "value": "21000000000 USD",
         "what": "The tariffs cover about USD 21 billion of US agricultural and food products",
         "in": {S: "涉及約210億美元的美國農產品與食品",
                A: "The levies cover about $21 billion worth of American agricultural and food products"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Foreign ministry spokesman Lin Jian said that if the US wants a tariff war, trade war or any other war, China will fight to the end",
         "in": {S: "中國外交部發言人林劍表示，如果美方想打的是關稅戰、貿易戰或任何其他戰爭，中方將奉陪到底",
                A: "Foreign ministry spokesman Lin Jian said late on Tuesday that if war was what Washington wanted, whether a tariff war, a trade war or any other kind, China was ready to fight to the end"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts: most listed companies do little business in China, so the listing may matter more as a signal than commercially (hedged)",
         "in": {S: "名單上多數企業在中國業務有限，此舉的象徵意義可能大於實際衝擊",
                A: "Most of these companies sell little or nothing in China, so the listing may matter more as a signal than as a commercial blow",
                B: "Few of the listed firms have meaningful sales in China"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Smaller drone makers still buying batteries, motors or magnets from Chinese suppliers could be hit harder (hedged, Theo Marchetti)",
         "in": {S: "仍向中國採購電池、馬達或磁鐵的小型無人機業者可能受到較大影響",
                B: "smaller drone makers that still buy batteries, motors or magnets from Chinese suppliers could feel it more"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "US Commerce Secretary Lutnick said Washington would weigh further responses (no source says so)",
         "in": {S: "美國商務部長盧特尼克表示，華府將評估進一步的回應措施"}},
        {"id": "f14", "status": "omission", "value": "3",
         "what": "China's customs suspended the soybean export qualifications of CHS, Louis Dreyfus and EGT and halted US log imports",
         "in": {A: "saying it had suspended the soybean export qualifications of three U.S. companies"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "MOFCOM will bar Illumina, on the unreliable entity list since February, from exporting gene sequencers to China",
         "in": {B: "The Commerce Ministry also said it would bar Illumina, which it put on that list in February, from exporting its gene sequencers to China"}},
        {"id": "f16", "status": "omission", "value": "2025-01-02 | 28",
         "what": "The list was first used on 2 January 2025, when MOFCOM placed 28 US defense-linked entities on it",
         "in": {C: "was first used on January 2, when MOFCOM placed 28 U.S. defense-linked entities on it"}},
        {"id": "f17", "status": "omission", "value": "987000000 USD | 2024-12",
         "what": "In December 2024 the US Air Force awarded Leidos a USD 987 million contract supporting Taiwan's F-16 fleet",
         "in": {B: "In December the U.S. Air Force awarded it a $987 million contract to support Taiwan's fleet of F-16 fighters"}},
        {"id": "f18", "status": "source-conflict", "value": "2025-03-04 (a, c) vs 2025-03-10 (b)",
         "what": "When the export control listing takes effect: immediately / on publication, 4 March (a, c) vs on 10 March with the farm tariffs (b); the summary gives no date",
         "in": {A: "The listing took effect immediately",
                B: "The export bans take effect on March 10",
                C: "The measures apply from the date of publication"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "15家美國實體", "mutated": "25家美國實體",
         "note": "15 entities on the export control list -> 25 (25 is the total across both lists in a)"},
        {"n": 2, "type": "number", "fact": "f6", "original": "另將10家美國企業", "mutated": "另將28家美國企業",
         "note": "10 firms on the unreliable entity list -> 28 (28 is the January export-control round in c)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "3月4日宣布", "mutated": "3月10日宣布",
         "note": "announced on Tuesday 4 March -> 10 March (the tariffs' start date)"},
        {"n": 4, "type": "date", "fact": "f8", "original": "自3月10日起", "mutated": "自4月10日起",
         "note": "farm tariffs start March 10 (a; 'next Monday' in c) -> April 10"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "應立即停止", "mutated": "不必停止",
         "note": "ongoing exports must stop immediately (a, c) -> need not stop"},
        {"n": 6, "type": "negation", "fact": "f6", "original": "，禁止其從事", "mutated": "，但並未禁止其從事",
         "note": "the unreliable entity list bars China-related trade and new investment (a) -> does not bar it"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "萊多斯（Leidos）", "mutated": "洛克希德馬丁（Lockheed Martin）",
         "note": "Leidos -> Lockheed Martin; Lockheed units were listed in January (c), not in this round"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "Shield AI", "mutated": "Anduril",
         "note": "Shield AI -> Anduril; Anduril was in the January round (c), not this one"},
        {"n": 9, "type": "attribution", "fact": "f5", "original": "商務部發言人表示", "mutated": "財政部發言人表示",
         "note": "the reason was given by a Commerce Ministry spokesperson (a, c), not the Finance Ministry (whose tariff commission announced the tariffs)"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "中國外交部發言人林劍", "mutated": "中國商務部長王文濤",
         "note": "'fight to the end' was said by foreign ministry spokesman Lin Jian (a), not Commerce Minister Wang Wentao"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能大於實際衝擊", "mutated": "必然大於實際衝擊",
         "note": "hedged 'may matter more as a signal' (a) -> asserted 'necessarily outweighs'"},
        {"n": 12, "type": "modality", "fact": "f12", "original": "可能受到較大影響", "mutated": "已受到較大影響",
         "note": "hedged 'could feel it more' (b) -> asserted as already happened"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "約210億美元", "mutated": "約210億人民幣",
         "note": "currency USD -> RMB (USD 21 billion is about RMB 152 billion)"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "加徵15%關稅", "mutated": "加徵25%關稅",
         "note": "extra 15% on chicken, wheat, corn and cotton (a) -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Mei-ling Oyelaran and Graham Strand | Updated 7:42 PM GMT+8, Tuesday, March 4, 2025"},
            "Related coverage"],
        B: [{"inline": "INDUSTRY | March 5, 2025 | By Carla Menendez-Whitfield"},
            {"inline": "WATCH: What China's export control list means for U.S. primes (3:12)"},
            {"inline": "READ MORE: Army's drone push pulls venture money into start-ups"},
            "Get the Ridgeline Daily Brief in your inbox"],
        C: [{"inline": "By Hannah Okafor-Lindqvist | Thursday, March 6, 2025 | Issue #112"},
            {"inline": "In this issue: the new list | farm tariffs | 3 things to check this week"},
            "Know someone who should read this? Forward The Export Desk."],
    },
}
