# Gold specification for story `chip-smuggling-charges` (US Justice Department charges two Chinese
# nationals in California with exporting Nvidia AI chips to China through a shell company,
# announced Tuesday 5 August 2025). The summary is in Simplified Chinese, mainland style
# (当地时间, 音译, 英伟达, 工业与安全局, 6日, 泛化国家安全概念).
# All texts are invented for evaluation (defendants, company, outlets, quotes, analysts and most
# figures are made up; the Justice Department, Commerce/BIS, Nvidia, the Export Control Reform Act,
# the Chip Security Act and China's foreign ministry are real).
# Edit here, then run `python3 build_gold.py --root DIR --story chip-smuggling-charges`.
#
# Traps:
# - Weekday-relative dates: a is dated Tuesday 5 August ("on Tuesday" = the charges, "on Saturday"
#   = arrests on 2 August, "on Monday" = first court appearance on 4 August); c is dated Thursday
#   7 August ("on Wednesday" = the foreign ministry briefing on 6 August, the summary's 6日).
# - Month boundary: "through last month" (a, August) and "July of this year" (b) are July 2025.
# - Two dates of different events: the scheme began in October 2023 ("the fall of 2023" in b),
#   while BIS first restricted such chips in October 2022 and widened the rules "a year later" (b);
#   m03 mutates 2023年10月 -> 2022年10月. Arrest (Sat 2 Aug) vs appearance (4 Aug) vs detention
#   hearings (12 Aug); m04 mutates 8月4日 -> 8月2日.
# - Two Chinese statements: the foreign ministry on Wednesday (c) vs the Commerce Ministry "last
#   month" on Huawei Ascend guidance (c); m12 swaps the ministries.
# - One figure, several forms: "up to 20 years" (a), "a maximum sentence of 20 years" (b), "as
#   much as two decades behind bars" (c); "about 18%" (b) vs "nearly a fifth" (c); "less than 2%"
#   (b) vs "only a sliver" (c).
# - Other amounts with a different scope: the $1 million fine per violation (f14), the $1.15 million
#   wire (f15), ages 29/27, H20 vs H100 (m10 swaps them), teasers "$4 trillion", "7.2%", "12
#   Chinese entities", "$100 billion", "2%".
# - The unsupported Entity List claim (f12) is echoed only by a teaser in b's web furniture.
# - Negations that do not negate a summary claim: "neither entered a plea", "which is not accused of
#   wrongdoing", "declined to comment", "could not immediately be reached", "does not name the end
#   users", "no back doors", "unlikely to pass", "did not respond", "none have been filed
#   publicly"; "was not aware of the specifics" (c) supports the summary's 不了解具体情况.
# - Source conflict: Pacific Crest was registered in September 2022 (b) vs set up in March 2023 (c);
#   the summary says neither.

A = "a-coastline.en.txt"
B = "b-ecr.en.txt"
C = "c-circuit.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-08-05",
         "what": "On Tuesday 5 August 2025 the Justice Department charged two Chinese nationals living in California with illegally exporting tens of millions of dollars of Nvidia AI chips to China through a shell company",
         "in": {S: "美国司法部当地时间8月5日宣布，对两名居住在加利福尼亚州的中国公民提起刑事指控",
                A: "The Justice Department on Tuesday charged two Chinese nationals living in California with illegally shipping tens of millions of dollars' worth of Nvidia artificial intelligence chips to China",
                C: "The Justice Department announced the charges on Aug. 5 against Haoran Lin and Yiming Zhou"}},
        {"id": "f2", "status": "agreement", "value": "29 | 27",
         "what": "The defendants, Haoran Lin, 29, and Yiming Zhou, 27, ran Pacific Crest Components in El Monte, east of Los Angeles",
         "in": {S: "29岁的林浩然（音译）和27岁的周一鸣（音译）在洛杉矶以东的埃尔蒙特经营Pacific Crest Components公司",
                A: "Haoran Lin, 29, and Yiming Zhou, 27, ran Pacific Crest Components LLC, a small electronics reseller in El Monte, east of Los Angeles",
                B: "an El Monte company run by Chinese nationals Haoran Lin and Yiming Zhou"}},
        {"id": "f3", "status": "agreement", "value": "2023-10 .. 2025-07",
         "what": "Prosecutors say that from October 2023 to July 2025 the company routed Nvidia H100 chips through forwarders in Singapore and Malaysia to China",
         "in": {S: "该公司自2023年10月至今年7月经由新加坡和马来西亚的货运代理商，将英伟达H100等高端芯片转运至中国",
                A: "From October 2023 through last month, the complaint alleges, the company bought high-end graphics processors, including Nvidia's H100, and sent them to freight forwarders in Singapore and Malaysia",
                B: "Between the fall of 2023 and July of this year, it allegedly routed Nvidia H100 processors, and servers built around them, through Singapore and Malaysia to buyers in China"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The company did not obtain the export license required by Commerce's Bureau of Industry and Security (negated)",
         "in": {S: "且未取得美国商务部工业与安全局要求的出口许可证",
                B: "The company never applied for or received an export license from Commerce's Bureau of Industry and Security"}},
        {"id": "f5", "status": "agreement", "value": "2025-08-04",
         "what": "Both men first appeared in federal court in Los Angeles on Monday 4 August",
         "in": {S: "两人已于8月4日在洛杉矶联邦法院首次出庭",
                A: "Both appeared in federal court in Los Angeles on Monday",
                C: "The two men had their first court appearance on Aug. 4 in Los Angeles"}},
        {"id": "f6", "status": "agreement", "value": "2025-08-12",
         "what": "A magistrate judge ordered them held until detention hearings on 12 August",
         "in": {S: "法官下令在8月12日举行羁押听证会前继续羁押二人",
                A: "a magistrate judge ordered them held until detention hearings set for Aug. 12"}},
        {"id": "f7", "status": "agreement", "value": "20 years",
         "what": "If convicted under the Export Control Reform Act, each faces up to 20 years in prison",
         "in": {S: "二人最高可被判处20年监禁",
                A: "each man faces up to 20 years in prison",
                B: "The charges carry a maximum sentence of 20 years in prison per count",
                C: "They face as much as two decades behind bars if convicted"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Nvidia said it sells in line with US export rules and diverted/smuggled systems get no service, support or updates (negated)",
         "in": {S: "走私的系统不会得到英伟达的任何服务、支持或更新",
                A: "Diverted systems get no service, support or updates from Nvidia",
                C: "smuggled systems receive no support from the company"}},
        {"id": "f9", "status": "agreement", "value": "18% | <2%",
         "what": "Customers billed in Singapore were about 18% of Nvidia's revenue last fiscal year, though less than 2% of shipments go there (c: nearly a fifth)",
         "in": {S: "新加坡客户约占其上一财年营收的18%，但该公司表示实际运往新加坡的产品不到2%",
                B: "Customers billed in Singapore accounted for about 18% of the company's revenue in its most recent fiscal year",
                C: "Customers billed there made up nearly a fifth of Nvidia's revenue last fiscal year"}},
        {"id": "f10", "status": "agreement", "value": "2025-08-06",
         "what": "On Wednesday 6 August a foreign ministry spokesperson said he was not aware of the specifics but China opposes overstretching national security and politicizing trade and technology, and will safeguard Chinese citizens' rights",
         "in": {S: "中国外交部发言人6日在例行记者会上表示，不了解具体情况",
                C: "a ministry spokesperson said he was not aware of the specifics"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts said the case could add momentum to the Chip Security Act requiring location verification (hedged)",
         "in": {S: "此案可能推动美国国会加快审议要求对出口芯片进行位置验证的《芯片安全法案》",
                B: "Analysts said the case could add momentum to the Chip Security Act"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "Commerce has put the company on the Entity List (no source says so; only a teaser in b's furniture mentions the Entity List)",
         "in": {S: "美国商务部已将该公司列入实体清单"}},
        {"id": "f13", "status": "omission", "value": "2025-08-02",
         "what": "The two were arrested on Saturday 2 August",
         "in": {A: "The pair were arrested on Saturday"}},
        {"id": "f14", "status": "omission", "value": "1000000 USD",
         "what": "Each also faces a fine of up to USD 1 million per violation",
         "in": {A: "a fine of up to $1 million per violation"}},
        {"id": "f15", "status": "omission", "value": "1150000 USD (2024-01)",
         "what": "Pacific Crest was paid by firms in Hong Kong and mainland China, including about USD 1.15 million from a Hong Kong logistics company in January 2024",
         "in": {A: "including a wire of roughly $1.15 million from a Hong Kong logistics company in January 2024 alone"}},
        {"id": "f16", "status": "omission", "value": "2022-10 | 2023-10",
         "what": "BIS first restricted advanced AI chip shipments to China in October 2022 and widened the rules a year later",
         "in": {B: "BIS first restricted shipments of advanced AI chips to China in October 2022"}},
        {"id": "f17", "status": "source-conflict", "value": "2022-09 vs 2023-03",
         "what": "When Pacific Crest was set up: registered in September 2022 (b) vs set up in March 2023 (c)",
         "in": {B: "was registered in California in September 2022",
                C: "was set up in March 2023, state records show"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "29岁", "mutated": "39岁",
         "note": "Lin's age 29 -> 39"},
        {"n": 2, "type": "number", "fact": "f1", "original": "数千万美元", "mutated": "数亿美元",
         "note": "tens of millions of dollars -> hundreds of millions"},
        {"n": 3, "type": "date", "fact": "f3", "original": "2023年10月", "mutated": "2022年10月",
         "note": "scheme began October 2023 -> October 2022 (the month BIS first restricted the chips, b)"},
        {"n": 4, "type": "date", "fact": "f5", "original": "8月4日", "mutated": "8月2日",
         "note": "first court appearance Monday 4 Aug -> 2 Aug (the Saturday of the arrests, a)"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "且未取得", "mutated": "且已取得",
         "note": "never obtained an export license (b) -> had obtained one"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "不会得到", "mutated": "仍会得到",
         "note": "smuggled systems get no service or support (a, c) -> still get them"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "新加坡和马来西亚", "mutated": "新加坡和泰国",
         "note": "Malaysia -> Thailand; no source names Thailand"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "H100", "mutated": "H20",
         "note": "H100 -> H20, the China-market chip Nvidia expected to resume selling (a)"},
        {"n": 9, "type": "attribution", "fact": "f3", "original": "检方称", "mutated": "林浩然的律师称",
         "note": "the allegation came from prosecutors; Lin's attorney declined to comment (a)"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "中国外交部发言人", "mutated": "中国商务部发言人",
         "note": "the Wednesday response came from the foreign ministry (c); the Commerce Ministry spoke last month on Huawei Ascend"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能推动", "mutated": "必将推动",
         "note": "hedged 'could add momentum' -> asserted 'will certainly push'; b's analyst even says it is unlikely to pass this year"},
        {"n": 12, "type": "unit", "fact": "f7", "original": "20年监禁", "mutated": "20个月监禁",
         "note": "up to 20 years -> up to 20 months"},
        {"n": 13, "type": "percentage", "fact": "f9", "original": "营收的18%", "mutated": "营收的8%",
         "note": "Singapore about 18% of revenue (b; nearly a fifth, c) -> 8%"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "不到2%", "mutated": "不到20%",
         "note": "less than 2% of shipments (b) -> less than 20%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Marisol Fuentes and Derek Ahn | Updated 7:42 PM EDT, Tuesday, August 5, 2025"},
            "Related coverage"],
        B: [{"inline": "ENFORCEMENT | August 6, 2025 | By Rachel Okafor"},
            "Subscribe to Export Control Review's Enforcement Brief"],
        C: [{"inline": "Tech Policy | By Jonah Whitfield | August 7, 2025 at 9:15 a.m. PDT"},
            {"inline": "READ MORE: Nvidia says its H20 chips have no 'kill switch'"},
            "Sign up for Policy Wire"],
    },
}
