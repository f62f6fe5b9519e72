# Gold specification for story `connected-vehicles-rule` (US Commerce Department / BIS final rule
# of 14 January 2025 barring Chinese- and Russian-linked software and hardware from connected
# passenger vehicles; software from model year 2027, hardware from model year 2030).
# All texts are invented for evaluation: the outlets (Capital Wire Service, Auto Supply Chain
# Weekly, The Lakeshore Ledger), reporters, analysts (Nadia Brennan, Marcus Feld, Tom Kowalski),
# quotes, the compliance-cost figures and the furniture are made up. The schedule, the weight
# exemption, the legacy-software carve-out, the BYD bus plant and the Alliance's failed request
# follow the real episode; MOFCOM's wording is paraphrased, not quoted.
# Build: python3 /work/shared/eval/build_gold.py --root /tmp/blind2/vehicles --story connected-vehicles-rule
#
# f15 is a genuine source-versus-source conflict: a says the department estimated compliance
# would cost the industry about USD 2.4 bn, b says BIS put it at roughly USD 1.7 bn. The summary
# gives both figures, each as "a report says".
#
# Traps:
# - Same amount in two units: 10,000 pounds (a), 10,000 lb (b), "about 4,536 kilograms (10,000
#   pounds)" (c); the summary gives "1万磅（约4536公斤）". m13 turns pounds into kilograms.
# - Same number meaning two things: "March 17" is the effective date of the rule (2025, b) and the
#   cut-off for legacy software (2026, a and b); both appear in the summary, in different sentences.
#   "2027" is both the software model year and the model year from which Chinese-controlled makers
#   may not sell (b). "100%" is the EV tariff (a, c) and reappears in a teaser (a).
# - Synonyms for one period: "an additional year" (a), "twelve months" (b), 一年 (summary).
# - Relative vs calendar dates: a (Tue 14 Jan) "on Tuesday"; b (Fri 17 Jan) "on Jan. 14" for the rule,
#   "on Wednesday" (= 15 Jan) for MOFCOM, "on Thursday" (= 16 Jan) for the Federal Register and CAAM;
#   c (Wed 15 Jan) "yesterday" (= 14 Jan) and "on Tuesday". a: Trump "takes office next Monday" (20 Jan).
#   "last fall" (c) and "in September" (a) for the tariff; summary "去年9月".
# - Negations that do not contradict: "does not touch cars already sitting in driveways" (c),
#   "did not immediately respond" (a), "BIS did not say how many vehicles..." (b), "Neither company
#   said on Tuesday how it would adjust" (c), "isn't waiting", "not going to bet" (c).
# - Near miss for the unsupported claim f16: c says industry lawyers think the new administration
#   "could revisit parts of the rule"; no source says Trump's transition team announced a review.
# - Hedged source statements: "could still be able to import" (a) -> 或仍可; "could use that
#   equipment" (a) / "might exploit" (c) -> 可能借此.
# - Teasers with claim-like numbers: "despite 100% tariff", "jump 23% to a record 5.9 million",
#   "recall 1.2 million SUVs" (a); "climb 8% to 3.5 million", "cut 12,000 jobs", "26 weeks" (b);
#   "1,200 jobs", "rises 3%" (c). Image caption with a year inside the article (c).

A = "a-capitalwire.en.txt"
B = "b-autosupplyweekly.en.txt"
C = "c-lakeshoreledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-01-14",
         "what": "The Commerce Department finalized the connected-vehicle rule on Tuesday 14 January 2025",
         "in": {S: "美国商务部1月14日正式发布最终规则",
                A: "The U.S. Commerce Department on Tuesday finalized a rule",
                B: "published its final connected-vehicle rule on Jan. 14",
                C: "The rule the U.S. Commerce Department finalized yesterday"}},
        {"id": "f2", "status": "agreement", "value": "2025-03-17 | 60 days",
         "what": "The rule takes effect on 17 March 2025, 60 days after publication in the Federal Register",
         "in": {S: "该规则将在《联邦公报》刊登60天后、即3月17日生效",
                B: "takes effect on March 17, 60 days after publication"}},
        {"id": "f3", "status": "agreement", "value": "MY2027",
         "what": "Software prohibitions apply from model year 2027",
         "in": {S: "相关软件禁令从2027车型年起生效",
                A: "Prohibitions on software apply from the 2027 model year",
                B: "Covered software is banned from model year 2027",
                C: "Software restrictions begin with model year 2027 vehicles"}},
        {"id": "f4", "status": "agreement", "value": "MY2030 | 2029-01-01",
         "what": "Hardware prohibitions start with model year 2030, or 1 January 2029 for units without a model year",
         "in": {S: "没有车型年份的硬件则自2029年1月1日起适用",
                A: "or on January 1, 2029, for units that carry no model year",
                B: "for components without a model year the date is Jan. 1, 2029"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Chinese- or Russian-controlled carmakers may not sell connected vehicles in the US even if assembled there (negated: may not)",
         "in": {S: "受中国或俄罗斯拥有或控制的汽车制造商也不得在美国销售网联汽车",
                A: "bars carmakers owned or controlled by Chinese or Russian entities from selling connected vehicles in the United States, even if the cars are assembled in America",
                B: "may not sell them in the U.S. from model year 2027, no matter where the vehicles are built",
                C: "Chinese- or Russian-controlled automakers will not be allowed to sell connected cars in the U.S. even if they build them in American factories"}},
        {"id": "f6", "status": "agreement", "value": "100%",
         "what": "The US raised tariffs on Chinese EVs to 100% in September 2024",
         "in": {S: "拜登政府去年9月已将中国电动汽车关税提高至100%",
                A: "Washington raised tariffs on Chinese electric vehicles to 100% in September",
                C: "the 100% tariff the Biden administration slapped on Chinese electric vehicles last fall"}},
        {"id": "f7", "status": "agreement", "value": "10000 lb | 4536 kg",
         "what": "Vehicles weighing more than 10,000 pounds (about 4,536 kg) are exempt",
         "in": {S: "最终规则不适用于总重超过1万磅（约4536公斤）的车辆",
                A: "Vehicles weighing more than 10,000 pounds are exempt",
                B: "Vehicles with a gross vehicle weight rating above 10,000 lb fall outside the rule",
                C: "Anything heavier than about 4,536 kilograms (10,000 pounds) is outside the rule"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The weight exemption lets BYD keep assembling electric buses in California",
         "in": {S: "比亚迪因此可继续在加利福尼亚州组装电动巴士",
                A: "which will allow China's BYD to keep assembling electric buses in California",
                C: "BYD's electric bus plant in Lancaster, California, can keep running"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Commerce plans a separate rule for commercial vehicles such as trucks and buses",
         "in": {S: "商务部表示计划另行制定针对卡车和巴士等商用车的规则",
                A: "Commerce said it plans to propose a separate rule soon for heavier commercial vehicles such as trucks and buses",
                B: "BIS said trucks and buses will be dealt with in a separate rulemaking",
                C: "Washington says trucks and buses will get their own rule"}},
        {"id": "f10", "status": "agreement", "value": "2026-03-17",
         "what": "Software written before 17 March 2026 and no longer maintained by a Chinese company is exempt",
         "in": {S: "在2026年3月17日之前开发、且此后不再由中国公司维护的软件可获豁免",
                A: "The bans also will not cover Chinese software written before March 17, 2026, as long as it is no longer maintained by a Chinese company",
                B: "Software completed before March 17, 2026 is exempt so long as no Chinese or Russian entity maintains or updates it after that date"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "GM and Ford could still be able to import some China-built models (hedged)",
         "in": {S: "通用汽车和福特或仍可为美国消费者进口部分中国制造的车型",
                A: "That means General Motors and Ford could still be able to import some China-built models for American buyers"}},
        {"id": "f12", "status": "agreement", "value": "1 year",
         "what": "The Alliance for Automotive Innovation sought one more year for the hardware requirements and did not get it (negated)",
         "in": {S: "汽车创新联盟曾要求将硬件期限推迟一年，但未获商务部采纳",
                A: "had sought an additional year to meet the hardware requirements but did not get it",
                B: "A request from the Alliance for Automotive Innovation to push the hardware deadline back by twelve months was turned down by regulators"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Raimondo said cars carry cameras, microphones and satellite/GPS equipment that foreign adversaries could use to collect sensitive data on Americans (hedged)",
         "in": {S: "美国商务部长雷蒙多表示，如今的汽车装有摄像头、麦克风和卫星定位等设备，外国对手可能借此收集美国人的敏感信息",
                A: "She said foreign adversaries could use that equipment to harvest sensitive information about Americans",
                C: "Commerce Secretary Gina Raimondo said cars now carry cameras, microphones and GPS that foreign adversaries might exploit to collect sensitive data on Americans"}},
        {"id": "f14", "status": "agreement", "value": "2025-01-15",
         "what": "China's Ministry of Commerce said on Wednesday 15 January it firmly opposed the rule and would take necessary measures",
         "in": {S: "中国商务部15日表示坚决反对该规则",
                B: "China's Ministry of Commerce said on Wednesday it firmly opposed the rule"}},
        {"id": "f15", "status": "source-conflict", "value": "2400000000 USD | 1700000000 USD",
         "what": "Estimated industry compliance cost: about USD 2.4 bn (a) versus roughly USD 1.7 bn (b), both attributed to Commerce/BIS",
         "in": {S: "有报道称商务部估计约为24亿美元，也有报道称约为17亿美元",
                A: "The department estimated the rule would cost the industry about $2.4 billion to comply with",
                B: "BIS put the industry-wide compliance bill at roughly $1.7 billion"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Trump's transition team has said the new administration will review the rule (no source says so; c only has lawyers saying it could revisit parts)",
         "in": {S: "特朗普的过渡团队已表示，新政府上任后将重新审查该规则"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Companies tied to China or Russia will be barred from testing self-driving vehicles on US roads",
         "in": {A: "Companies with ties to the two countries will also be barred from testing self-driving vehicles on U.S. roads"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Importers and manufacturers must file an annual Declaration of Conformity with BIS",
         "in": {B: "must file a Declaration of Conformity with BIS every year"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Geely-owned Volvo and Polestar sell China-built cars in the US",
         "in": {C: "Volvo, which is owned by China's Geely, and Polestar both sell China-built cars in the U.S."}},
        {"id": "f20", "status": "omission", "value": "2025-01-16",
         "what": "The China Association of Automobile Manufacturers said on Thursday 16 January the rule lacked any reasonable basis",
         "in": {B: "The China Association of Automobile Manufacturers said on Thursday the rule lacked any reasonable basis"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "60天", "mutated": "90天",
         "note": "the rule takes effect 60 days after publication (b), not 90"},
        {"n": 2, "type": "number", "fact": "f12", "original": "推迟一年", "mutated": "推迟两年",
         "note": "the Alliance asked for one more year / twelve months (a, b), not two"},
        {"n": 3, "type": "date", "fact": "f1", "original": "1月14日", "mutated": "1月10日",
         "note": "the rule was finalized on Tuesday 14 January (a, b, c 'yesterday'), not 10 January"},
        {"n": 4, "type": "date", "fact": "f4", "original": "2029年1月1日", "mutated": "2028年1月1日",
         "note": "hardware without a model year is covered from 1 January 2029 (a, b), not 2028"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "也不得在美国销售", "mutated": "仍可在美国销售",
         "note": "Chinese/Russian-controlled makers may NOT sell connected vehicles in the US (a, b, c) -> may still sell"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "但未获商务部采纳", "mutated": "并已获商务部采纳",
         "note": "the Alliance's request did not succeed / was turned down (a, b) -> was accepted"},
        {"n": 7, "type": "entity", "fact": "f8", "original": "比亚迪", "mutated": "宇通",
         "note": "BYD keeps assembling buses in California (a, c); no source names Yutong"},
        {"n": 8, "type": "entity", "fact": "f11", "original": "通用汽车和福特", "mutated": "特斯拉和福特",
         "note": "a says GM and Ford could still import China-built models; no source names Tesla"},
        {"n": 9, "type": "attribution", "fact": "f12", "original": "代表通用、丰田、大众和现代等车企的汽车创新联盟", "mutated": "中国汽车工业协会",
         "note": "the extra-year request came from the Alliance for Automotive Innovation (a, b), not CAAM (b names CAAM only for criticising the rule)"},
        {"n": 10, "type": "attribution", "fact": "f13", "original": "美国商务部长雷蒙多表示", "mutated": "里奇韦政策集团分析师布伦南表示",
         "note": "the cameras/microphones statement is Raimondo's (a, c); Nadia Brennan (a) spoke only about enforcement"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "或仍可为", "mutated": "必将为",
         "note": "hedged 'could still be able to import' (a) -> asserted 'will certainly import'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "外国对手可能借此收集", "mutated": "外国对手已借此收集",
         "note": "Raimondo said adversaries could / might use the equipment (a, c) -> asserted that they already have"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "超过1万磅", "mutated": "超过1万公斤",
         "note": "the threshold is 10,000 pounds, about 4,536 kg (a, b, c), not 10,000 kg"},
        {"n": 14, "type": "percentage", "fact": "f6", "original": "提高至100%", "mutated": "提高至25%",
         "note": "the Chinese EV tariff was raised to 100% (a, c), not 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Owen Marsh and Celia Tran | January 14, 2025 6:41 PM EST | Updated 1 hour ago"},
            "Read more"],
        B: [{"inline": "Regulation | 17 January 2025 | By Harriet Lindgren, Supply Chain Editor"},
            "Subscribe to Auto Supply Chain Weekly"],
        C: [{"inline": "By Renee Dubois | Business | Wednesday, January 15, 2025"},
            {"inline": "Vehicles leave the final assembly line at a plant in Wayne County. (Photo: Ledger file, 2023)"},
            "Get the Ledger's Business Brief"],
    },
}
