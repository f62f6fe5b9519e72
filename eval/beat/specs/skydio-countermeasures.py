# Gold specification for story `skydio-countermeasures` (China's countermeasures against US drone
# maker Skydio under the Anti-Foreign Sanctions Law, October 2024; Skydio's battery supplier cuts
# it off; the State Department's reaction; the push in Congress against DJI). The summary is in
# Simplified Chinese, mainland style. All texts are invented for evaluation: the dates, the three
# sanctioned firms and 10 executives, the $567 million Taiwan package, Dongguan Poweramp (a TDK
# unit), the one-battery rationing, the DJI lawsuit of October 18 and the House vote in September
# follow the real episode; outlets, reporters, analysts, lawyers, quotes and the market-share and
# head-count figures are made up.
# Edit here, then run `python3 build_gold.py --root DIR --story skydio-countermeasures`.
# f2 is a genuine source-versus-source conflict: a says the foreign ministry announced the
# countermeasures on October 10, b says it announced them on October 11 (c says only "last
# month"). The summary follows the ministry's own date, 10月10日.
#
# Traps:
# - Count by description: "Skydio and two other U.S. defense firms" (a) = 3家 in the summary;
#   "10 senior executives" vs "10 executives".
# - Money of different deals: "$567 million in military assistance" approved in late September
#   (f3) vs "a possible $2 billion sale of air-defense systems" last week (c); 5.67亿美元 is the
#   Chinese form of $567 million. Mutant m13 keeps the number and changes the currency.
# - Batteries: "one battery per drone" (f7) vs "used to ship with three batteries"; "two or three
#   sorties a shift"; "a substantial stock".
# - Percentages of different bases: DJI holds about 70% of the U.S. commercial drone market (c,
#   f15) vs about 90% of drones flown by public-safety agencies (b); mutant m14 uses the 90%.
# - Relative and yearless dates: "a letter on Wednesday" (a, dated Thursday 31 October) = "dated
#   Oct. 30" (b) = 10月30日; "next spring" (a) = "spring 2025" (b) = 明年春季 in a summary dated
#   4 November 2024; "in late September", "last week", "last month", "On Oct. 18", "since 2022".
# - Negations that do not conflict: "TDK did not respond to a request for comment", "did not
#   reply to a faxed request", "Nobody is grounding drones", "Beijing has not explained", "Bry did
#   not say whether", "neither owned nor controlled", "almost no business in China".
# - Negated expectation: "does not expect alternative suppliers to come online until next spring"
#   / "are not expected to be ready until spring 2025" = 预计...要到明年春季才能到位 (not a negation
#   conflict); the modality mutant m12 removes the hedge.
# - Hedge: "That could stop new DJI models from receiving the FCC authorization" = 或将无法 (f14).
# - Attribution: Bry (the letter), the State Department (policy unchanged), Rep. Elise Stefanik
#   (the bill's sponsor), an invented analyst and an invented lawyer. Mainland style writes
#   所谓"与台湾关系法" and 所谓"反制中共无人机法案" and 台湾地区, none of which changes a fact.
# - Names across languages: 斯凯迪奥 (Skydio), 亨廷顿·英戈尔斯工业公司, 东莞新能安科技 (Dongguan
#   Poweramp), 亚当·布赖 (Adam Bry), 斯特凡尼克 (Stefanik), 大疆 (DJI), 美国联邦通信委员会 (FCC).
# - Numbers in furniture: "$500 million", "38% pay offer", "rise 3%", "3 more police
#   departments", "200 flight hours", "7.4%", "doubles in 2024", "$1 for 4 weeks", "14 comments",
#   "Updated 2 hours ago".

A = "a-transpacific.en.txt"
B = "b-dronebeat.en.txt"
C = "c-peninsula.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "3 firms; 10 executives",
         "what": "China's countermeasures target Skydio and two other US defense firms (Huntington Ingalls, Edge Autonomy) and 10 senior executives",
         "in": {S: "3家美国军工企业及10名高级管理人员采取反制措施",
                A: "against Skydio and two other U.S. defense firms, Huntington Ingalls Industries and Edge Autonomy Operations, as well as 10 senior executives",
                C: "China's foreign ministry last month named Skydio, shipbuilder Huntington Ingalls Industries and Edge Autonomy Operations, along with 10 senior executives"}},
        {"id": "f2", "status": "source-conflict", "value": "2024-10-10 | 2024-10-11",
         "what": "Date of the foreign ministry's announcement: October 10 (a) versus October 11 (b)",
         "in": {S: "10月10日，中国外交部宣布",
                A: "China's foreign ministry announced countermeasures on October 10",
                B: "China's foreign ministry announced the sanctions on October 11"}},
        {"id": "f3", "status": "agreement", "value": "567000000 USD",
         "what": "The countermeasures followed Washington's approval in late September of $567 million in military assistance for Taiwan",
         "in": {S: "美方此前于9月底批准向台湾地区提供价值5.67亿美元的军事援助",
                A: "They followed Washington's approval in late September of $567 million in military assistance for the island"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Under the Anti-Foreign Sanctions Law the firms' property in China is frozen and Chinese organisations and individuals may not deal with them",
         "in": {S: "上述企业在中国境内的动产、不动产和其他各类财产被冻结，中国境内的组织和个人被禁止与其进行交易、合作等活动",
                C: "They freeze the companies' movable, immovable and other property in China and prohibit Chinese organizations and individuals from conducting transactions or cooperating with them"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Bry said Skydio's only customer in Taiwan is the National Fire Agency",
         "in": {S: "公司在台湾地区唯一的客户是当地“消防署”",
                B: "where the company's only customer is the National Fire Agency"}},
        {"id": "f6", "status": "agreement", "value": "2024-10-30",
         "what": "In a letter of 30 October, Bry said Skydio's sole battery supplier, Dongguan Poweramp, a unit of Japan's TDK, had stopped supplying it",
         "in": {S: "公司唯一的电池供应商、日本TDK旗下的东莞新能安科技已停止供货",
                A: "Dongguan Poweramp Technology, a Chinese unit of Japan's TDK Corp, stopped supplying the California company",
                B: "including Dongguan Poweramp, a subsidiary of Japan's TDK"}},
        {"id": "f7", "status": "agreement", "value": "1 battery per drone",
         "what": "Skydio is rationing batteries to one per drone",
         "in": {S: "每架无人机仅配1块电池",
                A: "For now Skydio will ship each drone with one battery",
                B: "Skydio would ration batteries to one per drone"}},
        {"id": "f8", "status": "agreement", "value": "2025 spring",
         "what": "Alternative battery suppliers are not expected to come online until spring 2025 (hedged)",
         "in": {S: "预计替代供应商要到明年春季才能到位",
                A: "does not expect alternative suppliers to come online until next spring",
                B: "Bry said alternative suppliers are not expected to be ready until spring 2025"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Bry accused Beijing of trying to knock out America's leading drone maker and deepen reliance on Chinese suppliers",
         "in": {S: "北京此举意在打压美国领先的无人机企业",
                A: "Bry accused Beijing of trying to knock out America's leading drone maker"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "The State Department said China's countermeasures would not change US policy (negated)",
         "in": {S: "中方的反制措施不会改变美国政策",
                A: "The State Department said China's countermeasures would not change U.S. policy",
                C: "The State Department said the sanctions would not change U.S. policy toward Taiwan"}},
        {"id": "f11", "status": "agreement", "value": "2024-10-18",
         "what": "DJI sued the Pentagon on October 18 over its designation as a Chinese military company",
         "in": {S: "该公司已于10月18日起诉美国国防部",
                B: "On Oct. 18 the Shenzhen-based company sued the Department of Defense",
                C: "On Oct. 18 it sued the Pentagon"}},
        {"id": "f12", "status": "agreement", "value": "2024-09",
         "what": "The House passed the Countering CCP Drones Act, sponsored by Rep. Elise Stefanik, in September",
         "in": {S: "由共和党众议员斯特凡尼克提出的所谓“反制中共无人机法案”已于9月在众议院获得通过",
                C: "The House in September passed the Countering CCP Drones Act, sponsored by Rep. Elise Stefanik (R-N.Y.)"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "The Senate has not voted on the measure (negated)",
         "in": {S: "但参议院尚未表决",
                C: "The Senate has not voted on the measure"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "If enacted, the bill could stop new DJI models from receiving FCC authorization (hedged)",
         "in": {S: "大疆新机型或将无法获得美国联邦通信委员会的销售授权",
                C: "That could stop new DJI models from receiving the FCC authorization"}},
        {"id": "f15", "status": "agreement", "value": "70%",
         "what": "DJI holds about 70% of the US commercial drone market, by one industry estimate",
         "in": {S: "大疆约占美国商用无人机市场七成份额",
                C: "which holds about 70% of the U.S. commercial drone market"}},
        {"id": "f16", "status": "unsupported", "value": "-30%",
         "what": "Industry insiders estimate the cut-off could reduce Skydio's fourth-quarter deliveries by about 30% (no source says so)",
         "in": {S: "此次断供可能令斯凯迪奥第四季度交付量减少约三成"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Bry himself is among the executives sanctioned by Beijing",
         "in": {B: "Bry himself is among the executives named by Beijing"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Bry met Deputy Secretary of State Kurt Campbell and White House officials about the supply problems",
         "in": {A: "Bry met Deputy Secretary of State Kurt Campbell"}},
        {"id": "f19", "status": "omission", "value": "1000+",
         "what": "Skydio has sent more than 1,000 drones to Ukraine since 2022",
         "in": {B: "Skydio has sent more than 1,000 drones to Ukraine since 2022"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "The sanctioned executives are barred from entering China, including Hong Kong and Macao",
         "in": {C: "The executives are barred from entering China, including Hong Kong and Macao"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "价值5.67亿", "mutated": "价值56.7亿",
         "note": "$567 million (a) -> 5.67 billion (scale x10)"},
        {"n": 2, "type": "number", "fact": "f7", "original": "仅配1块电池", "mutated": "仅配2块电池",
         "note": "one battery per drone (a, b) -> two"},
        {"n": 3, "type": "date", "fact": "f8", "original": "明年春季", "mutated": "明年秋季",
         "note": "alternative suppliers not before next spring (a) / spring 2025 (b) -> next autumn"},
        {"n": 4, "type": "date", "fact": "f11", "original": "10月18日", "mutated": "10月28日",
         "note": "DJI sued the Pentagon on October 18 (b, c), not October 28"},
        {"n": 5, "type": "negation", "fact": "f10", "original": "不会改变美国政策", "mutated": "将改变美国政策",
         "note": "the countermeasures would not change US policy (a, c) -> will change it"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "尚未表决", "mutated": "已表决通过",
         "note": "the Senate has not voted on the measure (c) -> has passed it"},
        {"n": 7, "type": "entity", "fact": "f6", "original": "日本TDK", "mutated": "日本松下",
         "note": "Dongguan Poweramp is a unit of TDK (a, b), not Panasonic"},
        {"n": 8, "type": "entity", "fact": "f5", "original": "当地“消防署”", "mutated": "当地“海巡署”",
         "note": "Skydio's only Taiwanese customer is the National Fire Agency (b), not the Coast Guard Administration"},
        {"n": 9, "type": "attribution", "fact": "f10", "original": "美国国务院发言人", "mutated": "美国国防部发言人",
         "note": "the reaction came from the State Department (a, c), not the Pentagon"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "共和党众议员斯特凡尼克", "mutated": "共和党众议员麦考尔",
         "note": "the bill was sponsored by Rep. Elise Stefanik (c), not Rep. Michael McCaul"},
        {"n": 11, "type": "modality", "fact": "f14", "original": "或将无法", "mutated": "必将无法",
         "note": "the bill 'could stop' new DJI models from FCC authorization (c) -> will certainly stop them"},
        {"n": 12, "type": "modality", "fact": "f8", "original": "预计替代供应商", "mutated": "替代供应商确定",
         "note": "alternative suppliers are not expected before spring (a, b) -> it is certain they come only in spring: an expectation stated as settled"},
        {"n": 13, "type": "unit", "fact": "f3", "original": "5.67亿美元", "mutated": "5.67亿新台币",
         "note": "$567 million (a) -> NT$567 million"},
        {"n": 14, "type": "percentage", "fact": "f15", "original": "市场七成", "mutated": "市场九成",
         "note": "DJI's share of the US commercial market is about 70% (c); about 90% is its share of public-safety fleets (b)"},
    ],
    "boilerplate": {
        A: [{"inline": "Transpacific Wire | Business | Technology | Aerospace & Defense | World | My News"},
            {"inline": "By Daniel Ortega and Lin Xiaoyu | October 31, 2024 9:12 AM EDT | Updated 2 hours ago"},
            "(Reporting by Daniel Ortega in San Francisco"],
        B: [{"inline": "DroneBeat | News | Reviews | Enterprise | Public Safety | Regulations | Podcast"},
            {"inline": "We value your privacy. We and our partners use cookies to store and access information on your device. Accept all | Reject | Preferences"},
            {"inline": "Posted by Hannah Brewer | November 1, 2024 | Enterprise, Policy | 14 comments"},
            "Tags: Skydio, DJI, sanctions"],
        C: [{"inline": "Peninsula Business Journal | News | Tech | Real Estate | Lists | Events | Subscriber Login"},
            {"inline": "TECHNOLOGY"},
            {"inline": "By Grace Albright, Staff Reporter | Nov 2, 2024, 6:00am PDT"},
            {"inline": "Subscribe now: get full digital access for $1 for 4 weeks."},
            "Related Content"],
    },
}
