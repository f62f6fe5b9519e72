# Gold specification for story `drone-ban-hk` (the FCC's 22 December 2025 addition of all
# foreign-made drones and critical drone components, DJI and Autel included, to its Covered List,
# acting on a White House interagency national security determination of 21 December under the
# FY2025 NDAA; MOFCOM's response of 23 December). Summary in Traditional Chinese, Hong Kong usage
# (特朗普, 零部件, 佔有率, 周一（22日）, 港元, 結業).
# All texts are invented for evaluation: the outlets (Pacific Newswire, UAS Business Weekly,
# The Harbour Ledger), reporters, Halvorsen Analytics and its revenue estimate, Skyridge Robotics
# and Paul Ferris, the survey wording, the quotes (Carr's and DJI's are paraphrased/invented) and
# the furniture are made up. The dates, the Covered List mechanics, the NDAA deadline, the
# Pentagon/DHS exemption path and the September Commerce plan follow the real episode.
# Build: python3 /work/shared/eval/build_gold.py --root /tmp/blind2/vehicles --story drone-ban-hk
#
# f13 is a genuine source-versus-source conflict: a says DJI controls "more than half" of the US
# commercial drone market, b says "about 80%" of the same market by industry estimates. The summary
# gives both figures ("有報道指逾五成，亦有業界估計約為八成").
#
# Traps:
# - Same amount in two currencies: c gives "US$1.9 billion (HK$14.8 billion)", a only "$1.9
#   billion"; the summary gives 19億美元（約148億港元）. m13 swaps the US dollars for HK dollars.
# - Same number meaning two things: "80%" is b's market-share estimate (the conflict, f13) and also
#   DJI's own claim about public-safety drone programmes (f17, omitted); "23" is the NDAA deadline
#   (23 Dec, b) and the day MOFCOM spoke (Tuesday 23 Dec, b/c); the summary has both as 本月23日 and
#   周二（23日）. "one year" (a) = "twelve months" (b) = "a year ago" (c).
# - Relative vs calendar dates: a (Mon 22 Dec) "on Monday", "on Sunday" (= 21 Dec), deadline "fell on
#   Tuesday" (= 23 Dec); b (Fri 26 Dec) "Dec. 22", "Dec. 21", "Dec. 23", MOFCOM "on Tuesday";
#   c (Tue 23 Dec) "yesterday" (= 22 Dec), "on Sunday", "this afternoon" / "on Tuesday".
#   "December 2024" (a) vs 去年12月 (summary).
# - Negations that do not contradict: "Models ... already approved are not affected" (supports the
#   summary), "Autel did not immediately respond" (a), "The FCC has not said whether it will revisit
#   models" (b), "the ban does not change anything for buyers in Hong Kong" (c), "an allegation DJI
#   denies" (c), "had never been backed by evidence" (c), "unlikely to fall soon" (b).
# - Hedges in the sources: "might force them to close" (b) -> 甚至可能令公司結業; "planned to issue
#   rules" (a) / "planned rules" (c) -> 計劃推出規則.
# - The unsupported claim f14 (a USD 500 mn subsidy for US drone makers) sits near real support:
#   Carr's "build up production here at home" (a) and Ferris's quote (b) are about domestic output
#   but no source mentions any funding.
# - Teasers with claim-like numbers: "50% tariff on Chinese drone parts", "1 million flights",
#   "$75 million" (a); "9 things", "up 15%", "$40 million" (b, naming Skyridge again); "slips 1.8%",
#   "rise 12%", "300 applications" (c). Image caption inside the article (c).

A = "a-pacificnewswire.en.txt"
B = "b-uasbusinessweekly.en.txt"
C = "c-harbourledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-12-22",
         "what": "On Monday 22 December 2025 the FCC added all foreign-made drones and critical components, DJI and Autel included, to its Covered List",
         "in": {S: "美國聯邦通訊委員會（FCC）周一（22日）宣布，把所有外國製造的無人機及關鍵零部件列入「受管制清單」，中國的大疆創新及道通智能亦包括在內",
                A: "The Federal Communications Commission said on Monday it was adding all foreign-made drones and critical drone components, including those of China's DJI and Autel, to its Covered List",
                B: "The FCC's Dec. 22 public notice put uncrewed aircraft systems produced abroad, and their critical components, on the Covered List",
                C: "after Washington yesterday placed all foreign-made drones and their key parts, including those of DJI and Autel Robotics, on a national security blacklist"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The FCC said the equipment poses an unacceptable risk to US national security; new models cannot get the authorization needed for import and sale",
         "in": {S: "新型號日後將無法取得在美國進口及銷售所需的設備認證",
                A: "A place on the list means new models cannot obtain the FCC equipment authorization that is required before they can be imported or sold in the United States",
                B: "The commission said such equipment presents an unacceptable risk to national security",
                C: "new foreign drone models would no longer receive the approval needed for import and sale"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Previously authorized models are not affected and consumers may keep flying drones they bought (negated: not affected)",
         "in": {S: "但已獲認證的現有型號不受影響，消費者可繼續使用已購買的無人機",
                A: "Models the agency has already approved are not affected, and consumers may keep flying drones they bought earlier",
                B: "Operators who own foreign drones can keep flying them",
                C: "Drones already approved are not affected"}},
        {"id": "f4", "status": "agreement", "value": "2025-12-21",
         "what": "The decision rests on a national security determination delivered on Sunday 21 December by a White House-convened interagency body",
         "in": {S: "是次決定基於白宮召集的跨部門小組於21日作出的國家安全裁定",
                A: "The action rests on a national security determination delivered on Sunday by an interagency body convened by the White House",
                B: "The interagency group convened by the White House delivered its determination on Dec. 21",
                C: "The commission acted on a national security determination made on Sunday by an interagency panel convened by the White House"}},
        {"id": "f5", "status": "agreement", "value": "1 year | 2025-12-23",
         "what": "The NDAA passed in December 2024 required DJI and Autel to be added automatically unless reviewed within one year; the deadline was 23 December",
         "in": {S: "若國家安全機構未能在一年內完成審查，大疆及道通須在本月23日前被自動列入清單",
                A: "ordered that DJI and Autel be added to the list automatically if no national security agency had reviewed them within one year",
                B: "Without a determination by Dec. 23, both companies would have been placed on the list automatically"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "FCC Chairman Brendan Carr said the FCC would work with American drone makers to build up domestic production; the Trump administration made securing US airspace a priority",
         "in": {S: "FCC主席卡爾表示，特朗普政府視保障美國領空安全為要務，當局會與美國無人機製造商緊密合作，擴大本土生產",
                A: "\"We will work hand in hand with American drone makers to build up production here at home,\" FCC Chairman Brendan Carr said"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "DJI said it was disappointed, that no information was released / the government had not explained how it reached the determination (negated), and that it remained committed to the US market",
         "in": {S: "大疆表示對決定感到失望，指美國政府並未公開作出裁定的依據，但強調會繼續服務美國市場",
                A: "DJI, the world's largest drone maker, said it was disappointed and that no information had been released on how the executive branch reached its determination",
                C: "DJI said it was disappointed by the decision and that the US government had not explained how it reached its conclusion"}},
        {"id": "f8", "status": "agreement", "value": "1900000000 USD | 14800000000 HKD",
         "what": "Halvorsen Analytics estimated DJI's US revenue last year at about USD 1.9 bn (HKD 14.8 bn)",
         "in": {S: "研究機構估計該公司去年在美國的收入約19億美元（約148億港元）",
                A: "Research firm Halvorsen Analytics estimated the company's U.S. revenue at about $1.9 billion last year",
                C: "Halvorsen Analytics estimates the company took in about US$1.9 billion (HK$14.8 billion) there last year"}},
        {"id": "f9", "status": "agreement", "value": "2025-12-23",
         "what": "China's Ministry of Commerce said on Tuesday 23 December it firmly opposed the move, accused the US of overstretching national security, urged revocation, and said China would take necessary measures if the US persisted",
         "in": {S: "中國商務部周二（23日）表示堅決反對，批評美方泛化國家安全概念，敦促美方撤銷有關措施，並稱若美方一意孤行，中方將採取必要措施維護企業正當權益",
                B: "China's Ministry of Commerce said on Tuesday that Washington had repeatedly overstretched the concept of national security",
                C: "China's Ministry of Commerce said on Tuesday it firmly opposed the decision"}},
        {"id": "f10", "status": "agreement", "value": "2025-09",
         "what": "In September the Commerce Department said it planned rules restricting imports of Chinese drones (hedged: planned)",
         "in": {S: "美國商務部今年9月亦曾表示，計劃推出規則限制中國無人機進口",
                A: "In September, the Commerce Department said it planned to issue rules restricting imports of Chinese drones",
                C: "In September, the US Commerce Department said it planned rules to limit imports of drones from China"}},
        {"id": "f11", "status": "agreement", "value": "8000 | 43%",
         "what": "A survey of about 8,000 commercial pilots found 43% expected an extremely negative effect on their business or said it might force them to close (hedged)",
         "in": {S: "一項涵蓋約8000名商用無人機操作員的調查顯示，約43%受訪者認為禁令會對其業務造成極負面影響，甚至可能令公司結業",
                B: "A survey of about 8,000 commercial pilots by an Arizona flight-training company found that 43% expected the ban to have an extremely negative effect on their business or said it might force them to close"}},
        {"id": "f12", "status": "agreement", "value": "2024-12",
         "what": "The deadline came from the defense policy bill (NDAA) Congress passed in December 2024",
         "in": {S: "根據國會去年12月通過的國防授權法案",
                A: "Congress, in the defense policy bill it passed in December 2024",
                B: "Section 1709 of the FY2025 National Defense Authorization Act"}},
        {"id": "f13", "status": "source-conflict", "value": ">50% | 80%",
         "what": "DJI's share of the US commercial drone market: more than half (a) versus about 80% by industry estimates (b)",
         "in": {S: "有報道指逾五成，亦有業界估計約為八成",
                A: "DJI controls more than half of the U.S. commercial drone market",
                B: "By industry estimates, DJI holds about 80% of the U.S. commercial drone market"}},
        {"id": "f14", "status": "unsupported", "value": "500000000 USD",
         "what": "The Trump administration plans USD 500 mn of funding for domestic drone makers (no source says so)",
         "in": {S: "特朗普政府另計劃撥款5億美元，資助本土無人機製造商擴大產能"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "Specific drones or classes can still be cleared if the Pentagon or DHS finds they pose no risk",
         "in": {A: "Specific drones or classes of drones can still be cleared if the Pentagon or the Department of Homeland Security finds they pose no such risk"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The determination cited risks to mass gatherings such as the 2026 World Cup and the 2028 Los Angeles Olympics",
         "in": {B: "citing among other things the risk to mass gatherings such as the 2026 FIFA World Cup and the 2028 Los Angeles Olympics"}},
        {"id": "f17", "status": "omission", "value": "80% | 1800",
         "what": "DJI says more than 80% of the drone programs of the 1,800-plus state and local public safety agencies use its technology",
         "in": {B: "The company has said that more than 80% of the drone programs run by the 1,800-plus state and local public safety agencies in the country use its technology"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "US Customs and Border Protection held up DJI shipments over suspected forced-labour links, which DJI denies",
         "in": {C: "US Customs and Border Protection held up shipments of DJI drones at American ports on suspicion of links to forced labour"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "一年內", "mutated": "兩年內",
         "note": "the NDAA gave agencies one year / twelve months (a, b), not two years"},
        {"n": 2, "type": "number", "fact": "f11", "original": "約8000名", "mutated": "約800名",
         "note": "the survey covered about 8,000 commercial pilots (b), not 800"},
        {"n": 3, "type": "date", "fact": "f1", "original": "周一（22日）", "mutated": "周五（19日）",
         "note": "the FCC acted on Monday 22 December (a, b, c 'yesterday'), not Friday 19 December"},
        {"n": 4, "type": "date", "fact": "f5", "original": "本月23日", "mutated": "本月31日",
         "note": "the NDAA deadline was 23 December (a 'fell on Tuesday', b 'Dec. 23'), not 31 December"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "現有型號不受影響", "mutated": "現有型號同樣受影響",
         "note": "already-approved models are NOT affected (a, b, c) -> also affected"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "並未公開", "mutated": "已公開",
         "note": "DJI said no information had been released / the government had not explained its reasoning (a, c) -> had made the basis public"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "道通智能", "mutated": "億航智能",
         "note": "the named Chinese companies are DJI and Autel (a, b, c); no source names EHang"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "限制中國無人機進口", "mutated": "限制俄羅斯無人機進口",
         "note": "Commerce planned rules on Chinese drone imports (a, c); no source mentions Russian drones"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "FCC主席卡爾表示", "mutated": "Skyridge Robotics行政總裁費里斯表示",
         "note": "the airspace / work-with-US-makers statement is Carr's (a); Paul Ferris (b) only said output cannot rise tenfold overnight"},
        {"n": 10, "type": "attribution", "fact": "f9", "original": "中國商務部周二", "mutated": "中國外交部周二",
         "note": "the response came from China's Ministry of Commerce (b, c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "計劃推出規則", "mutated": "已推出規則",
         "note": "Commerce said in September it planned rules (a, c) -> asserted it had issued them"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "甚至可能令公司結業", "mutated": "甚至必然令公司結業",
         "note": "pilots said the ban might force them to close (b) -> asserted it certainly will"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "19億美元", "mutated": "19億港元",
         "note": "the estimate is USD 1.9 bn, i.e. HKD 14.8 bn (a, c), not HKD 1.9 bn"},
        {"n": 14, "type": "percentage", "fact": "f11", "original": "約43%", "mutated": "約34%",
         "note": "43% of surveyed pilots (b), not 34%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Whitfield | December 22, 2025 5:18 PM EST | Updated 38 minutes ago"},
            "Related coverage"],
        B: [{"inline": "Policy & Regulation | December 26, 2025 | By Marcus Ibanez, Policy Editor"},
            "Get UAS Business Weekly in your inbox"],
        C: [{"inline": "Markets | Tuesday, 23 December 2025 | By Vivian Leung in Hong Kong"},
            {"inline": "A DJI quadcopter on show at a technology fair in Shenzhen. (Photo: Harbour Ledger archive)"},
            "Sign up for the Greater Bay Briefing"],
    },
}
