# Gold specification for story `bis-entity-list-sept` (BIS adds a batch of foreign entities, most of
# them in mainland China, to the Entity List in September 2025; MOFCOM's response; Hong Kong market
# reaction). The summary is in Traditional Chinese, Taiwan style (美國商務部, 晶片, 阿拉伯聯合大公國,
# 晶圓廠, 聯邦公報, 上週五, 本週二).
#
# What follows the real episode: the agency (Commerce's Bureau of Industry and Security), the Entity
# List's licence requirement for all items subject to the EAR with a presumption of denial, entries
# taking effect on publication in the Federal Register, the kind of grounds (support for China's
# military modernisation, acquiring or trying to acquire US advanced chips and chipmaking tools),
# SMIC having been on the list since 2020, and MOFCOM's standard response (firmly opposes,
# "generalising" national security, abusing export controls, will take necessary measures).
# What is invented: the count (27) and the per-country split (20 China, 3 Singapore, 2 UAE,
# 1 Malaysia, 1 Turkey), the two removals, the Shenzhen distributor and its USD 12 million over 18
# months, Tianlan Semiconductor Equipment, Yuexin Precision Tools and Qiyuan Precision, all share
# moves, the outlets (Meridian Wire, Export Control Brief, Harbourline Markets), reporters, analysts
# and their firms (Tollgate Advisory, Ridley Stroud, Corbel Trade Analytics, Lanthorn Securities),
# all quotes and all web furniture. Edit here, then run `python3 build_gold.py`.
#
# f14 is a genuine source-versus-source conflict: a says the 27 companies bought about USD 1.1
# billion of US-made goods last year (Corbel Trade Analytics), c says only around USD 350 million
# (Lanthorn Securities). The summary reports both figures and attributes them to analyst firms.
#
# Traps:
# - A total and its parts: 27 in all (a, b, c); 20 in mainland China (a, b); the summary's 其餘7家
#   is 27 - 20 and its parts 3 + 2 + 1 + 1 appear only in b; a says only "four other countries".
# - Numbers that mean two things: c's "23 of the 27 are Chinese-owned" counts the three Singapore
#   subsidiaries and does not contradict 20 located in China (m02 mutates 20 -> 23); "two" UAE
#   entries vs "two entries" removed (a, omission f16); "12" is both the dateline (Sept 12) and
#   USD 12 million; "Eleven of the 27 entries list at least one alias" (b) is not a count of firms.
# - Relative vs calendar dates across time zones: a (dated Fri 12 Sept, Washington) says "on
#   Friday" and that entries take effect "on Tuesday" (16 Sept); b (Mon 15 Sept) says "on Friday"
#   and "Sept. 16"; c (Mon 15 Sept, Hong Kong) says the move was "announced late on Friday in
#   Washington, early on Saturday in Hong Kong" and that MOFCOM spoke "On Saturday afternoon". The
#   summary (dated Mon 15 Sept) writes 上週五, 上週六 and 本週二（16日）.
# - Two Chinese ministries: MOFCOM made the statement (b, c); the Foreign Ministry only referred
#   questions on Monday (c). m09 swaps the attribution.
# - Two quoted experts: Ramaswamy (Tollgate Advisory, a) on domestic toolmakers vs Okafor (Ridley
#   Stroud, b) on third-country distributors; m10 gives Ramaswamy's view to Okafor.
# - Three percentages in one paragraph of c: Tianlan -7.4%, Yuexin (not listed) -3.1%, Hang Seng
#   Tech +0.8%; m14 gives Tianlan Yuexin's fall.
# - Negations that do not contradict: "did not immediately respond", "Tianlan did not respond",
#   "The rule does not name the institute", "The listing does not stop U.S. companies from buying
#   from the entities", "will not catch them", "which is not on the list", "Taiwanese chip stocks
#   were little changed"; "None of the companies added is based in Taiwan" (a) supports the negated f4.
# - Hedges that are the source's own: "acquired or attempted to acquire" (a) vs 或曾取得、試圖取得;
#   "could push" (a) and "could also face penalties" (b) support 可能; "could sour the mood" (a) is
#   not in the summary.
# - Near miss for the unsupported claim f15: c says Qiyuan filed for a Hong Kong listing in June and
#   "did not reply to questions about whether the offering would go ahead"; nothing says the listing
#   was suspended.
# - Approximation words that are not hedges: "about $12 million", "about $1.1 billion", "around
#   US$350 million".
# - Furniture inside the article text: a's nav bar, timestamp line and "RELATED: ... fell 11% in
#   July" line; b's byline; c's breadcrumb, byline and "ALSO READ: ... slips 1.2%" line.
# - Teasers, comments and boxes with claim-like numbers: "40 more Chinese chip firms", "fell 9%",
#   "rises 6.4%", "drop 31%", "$2.4 million", "58% of compliance teams", "40,000 parties",
#   "30 days", "7 stories", "65 IPO filings", "7.1 per dollar", "jumps 12%", "8.40", "27 names".

A = "a-meridian.en.txt"
B = "b-ecbrief.en.txt"
C = "c-harbourline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-12 | 27",
         "what": "On Friday 12 September 2025 (Washington time) BIS added 27 entities to the Entity List",
         "in": {S: "美國商務部工業與安全局（BIS）上週五宣布，將27家外國企業列入出口管制「實體清單」",
                A: "The U.S. Commerce Department on Friday added 27 entities to its trade blacklist",
                B: "BIS published 27 new Entity List entries on Friday",
                C: "added 27 companies to its Entity List in a move announced late on Friday in Washington"}},
        {"id": "f2", "status": "agreement", "value": "20",
         "what": "20 of the 27 entries are in (mainland) China",
         "in": {S: "其中20家位於中國大陸",
                A: "20 of them in mainland China",
                B: "20 of the entries are in China"}},
        {"id": "f3", "status": "agreement", "value": "7 = 3 SG + 2 AE + 1 MY + 1 TR",
         "what": "The other seven are in Singapore (3), the UAE (2), Malaysia (1) and Turkey (1)",
         "in": {S: "其餘7家分別位於新加坡（3家）、阿拉伯聯合大公國（2家）以及馬來西亞和土耳其（各1家）",
                B: "three in Singapore, two in the United Arab Emirates and one each in Malaysia and Turkey"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "None of the added companies is based in Taiwan (negated)",
         "in": {S: "名單中沒有台灣企業",
                A: "None of the companies added is based in Taiwan"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "BIS said the companies supported China's military modernisation or acquired / tried to acquire US advanced chips and chipmaking equipment",
         "in": {S: "這些企業支持中國軍事現代化，或曾取得、試圖取得美國的先進晶片與晶片製造設備",
                A: "said the companies had acquired or attempted to acquire U.S.-origin items, including advanced computing chips and chipmaking equipment, in support of China's military modernisation",
                B: "BIS says the parties supported the modernisation of China's military or acquired, or tried to acquire, U.S.-origin advanced chips and semiconductor manufacturing equipment",
                C: "The U.S. said the companies supported China's military modernisation or tried to obtain advanced American chips and chipmaking equipment"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "BIS did not say which US suppliers had shipped to the companies (negated)",
         "in": {S: "但未透露哪些美國供應商曾向它們出貨",
                A: "The bureau did not say which U.S. suppliers had shipped to the companies"}},
        {"id": "f7", "status": "agreement", "value": "12000000 USD | 18 months",
         "what": "BIS said a Shenzhen electronic-components distributor forwarded about USD 12 million of US-made chips to a Chinese military research institute over 18 months",
         "in": {S: "其中一家深圳電子元件經銷商被控在18個月內，將價值約1200萬美元的美國製晶片轉交給一家中國軍方研究機構",
                B: "BIS said a Shenzhen electronic-components distributor forwarded about $12 million of U.S.-made chips to a Chinese military research institute over 18 months"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Listed parties need a licence for all items subject to the EAR; applications are reviewed under a presumption of denial",
         "in": {S: "這些企業取得受美國《出口管理條例》管轄的任何物項都須申請許可證，且審查一律採「推定拒絕」原則",
                A: "Companies on the list need a licence for any item subject to the Export Administration Regulations, and BIS said applications would be reviewed under a presumption of denial",
                B: "a licence is now required for all items subject to the EAR, and BIS will review applications under a presumption of denial"}},
        {"id": "f9", "status": "agreement", "value": "2025-09-16",
         "what": "The entries take effect on publication in the Federal Register on Tuesday 16 September",
         "in": {S: "新規定將於本週二（16日）刊登於《聯邦公報》後生效",
                A: "The entries take effect when they are published in the Federal Register on Tuesday",
                B: "they become effective on Sept. 16, when the final rule appears in the Federal Register"}},
        {"id": "f10", "status": "agreement", "value": "2025-09-13",
         "what": "On Saturday 13 September MOFCOM said China firmly opposes the listings, accused the US of overstretching national security and abusing export controls, and said it would take necessary measures to safeguard Chinese firms' legitimate rights",
         "in": {S: "中國商務部上週六表示堅決反對，批評美方泛化國家安全概念、濫用出口管制，並表示將採取必要措施，維護中國企業的正當權益",
                B: "China's Ministry of Commerce said it firmly opposed the listings and would take necessary measures to protect the legitimate rights and interests of Chinese firms",
                C: "China's Commerce Ministry said it firmly opposes the move, accused Washington of overstretching the concept of national security and abusing export controls"}},
        {"id": "f11", "status": "agreement", "value": "-7.4% (2025-09-15)",
         "what": "Hong Kong-listed Tianlan Semiconductor Equipment, one of the listed companies, fell 7.4% on Monday",
         "in": {S: "名列清單、在香港掛牌的天瀾半導體設備週一股價重挫7.4%",
                C: "Tianlan Semiconductor Equipment, one of the listed companies, slumped 7.4% to HK$8.62"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Priya Ramaswamy of Tollgate Advisory said such listings could push Chinese fabs to rely more on domestic toolmakers (hedged, attributed)",
         "in": {S: "此舉可能促使中國晶圓廠更加倚賴國產設備供應商",
                A: "could push Chinese fabs to lean even harder on domestic toolmakers"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "A lawyer (Daniel Okafor, Ridley Stroud) warned that third-country distributors reselling US goods to these companies could also face penalties (hedged)",
         "in": {S: "向這些企業轉售美國產品的第三地經銷商同樣可能受罰",
                B: "Distributors in third countries that resell U.S. goods to these companies could also face penalties"}},
        {"id": "f14", "status": "source-conflict", "value": "1100000000 USD | 350000000 USD",
         "what": "What the listed companies bought from the US last year: about USD 1.1 billion per Corbel Trade Analytics (a) versus only around USD 350 million per Lanthorn Securities (c)",
         "in": {S: "有機構估計約11億美元，也有機構認為僅約3.5億美元",
                A: "estimates the 27 companies together bought about $1.1 billion of U.S.-made chips, tools and components last year",
                C: "Analysts at Lanthorn Securities estimate the listed firms bought only around US$350 million of American equipment and parts last year"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "Qiyuan Precision has announced it is suspending its Hong Kong listing plan (no source says so; c only says it did not reply about whether the offering would go ahead)",
         "in": {S: "啟源精密已宣布暫停在香港上市的計畫"}},
        {"id": "f16", "status": "omission", "value": "2",
         "what": "BIS also removed two entries, one in Canada and one in Pakistan, after ownership changes",
         "in": {A: "BIS also removed two entries, one in Canada and one in Pakistan"}},
        {"id": "f17", "status": "omission", "value": "2025-09-16",
         "what": "A savings clause lets shipments already en route aboard a carrier on 16 September continue",
         "in": {B: "A savings clause lets shipments that were already en route aboard a carrier on Sept. 16 continue to their destination"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The move came days before senior US and Chinese officials were due to resume trade talks",
         "in": {A: "The move comes days before senior U.S. and Chinese officials are due to resume trade talks"}},
        {"id": "f19", "status": "omission", "value": "2025-06",
         "what": "Qiyuan Precision, a listed Shanghai maker of wafer-handling robots, filed for a Hong Kong listing in June",
         "in": {C: "filed for a Hong Kong listing in June"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "將27家", "mutated": "將31家",
         "note": "27 entities added -> 31"},
        {"n": 2, "type": "number", "fact": "f2", "original": "其中20家", "mutated": "其中23家",
         "note": "20 entries located in China -> 23; 23 is c's count of Chinese-owned entries including three Singapore subsidiaries, not of entries in China"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上週五宣布", "mutated": "上週三宣布",
         "note": "relative date shifted: Friday 12 Sept (Washington) -> Wednesday 10 Sept"},
        {"n": 4, "type": "date", "fact": "f9", "original": "本週二（16日）", "mutated": "本週四（18日）",
         "note": "entries take effect on Tuesday 16 Sept (a: 'on Tuesday', b: 'Sept. 16') -> Thursday 18 Sept"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "但未透露", "mutated": "並透露了",
         "note": "BIS did not say which US suppliers shipped to the companies (a) -> it disclosed them"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "名單中沒有台灣企業", "mutated": "名單中也有台灣企業",
         "note": "none of the added companies is based in Taiwan (a) -> Taiwanese companies are on it"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "土耳其", "mutated": "印度",
         "note": "Turkey -> India; no source places an entry in India"},
        {"n": 8, "type": "entity", "fact": "f11", "original": "天瀾半導體設備", "mutated": "華虹半導體",
         "note": "Tianlan Semiconductor Equipment -> Hua Hong Semiconductor; no source names Hua Hong"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "中國商務部上週六", "mutated": "中國外交部上週六",
         "note": "the Saturday statement came from the Ministry of Commerce (b, c); the Foreign Ministry only referred questions on Monday (c)"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "顧問公司Tollgate Advisory董事Priya Ramaswamy", "mutated": "律師事務所Ridley Stroud合夥人Daniel Okafor",
         "note": "the view on domestic toolmakers is Ramaswamy's (a); Okafor (b) spoke about third-country distributors"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "此舉可能促使", "mutated": "此舉必將促使",
         "note": "hedged 'could push Chinese fabs' -> asserted 'will certainly push'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "同樣可能受罰", "mutated": "同樣必然受罰",
         "note": "hedged 'could also face penalties' -> asserted 'will certainly be penalised'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "18個月內", "mutated": "18年內",
         "note": "shipments over 18 months -> over 18 years"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "重挫7.4%", "mutated": "重挫3.1%",
         "note": "Tianlan fell 7.4% -> 3.1%; 3.1% is the fall of Yuexin Precision Tools, which is not on the list (c)"},
    ],
    "boilerplate": {
        A: [{"inline": "MERIDIAN WIRE | World | Business | Markets | Technology | Sign in"},
            {"inline": "September 12, 2025 5:51 PM EDT | Updated 38 minutes ago"},
            {"inline": "RELATED: US chip tool exports to China fell 11% in July, trade data show"},
            "Reporting by Dana Whitfield"],
        B: [{"inline": "By Marisol Tran | September 15, 2025 | Entity List | 6 min read"},
            "Subscribers can download the annotated entry list"],
        C: [{"inline": "Home / Markets / China Tech"},
            {"inline": "By Jessica Lam | 15 Sep 2025, 6:42pm HKT"},
            {"inline": "ALSO READ: Hang Seng Index slips 1.2% as property developers weigh"},
            "Get the Harbourline Morning Brief"],
    },
}
