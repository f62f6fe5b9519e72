# Gold specification for story `deepseek-device-bans` (governments bar the Chinese AI app DeepSeek
# from official devices, late January to early February 2025: the US Navy, NASA, Texas, Italy's
# Garante, Taiwan, South Korea's ministries, Australia; a House bill; China's foreign ministry).
# The summary is in Simplified Chinese, mainland style (深度求索, 美国国家航空航天局, 得克萨斯州/得州,
# 台湾地区, 产业通商资源部, 内政部长伯克, 行政管理和预算局, 英伟达, 本周三, 6日).
# All texts are invented for evaluation (the dates, the agencies, the Garante's reasons, the bill's
# sponsors and Guo Jiakun's remarks follow the real events; wording, quotes, outlets, the
# consultant, the 60-day figure and other minor figures are made up or approximate).
# Edit here, then run `python3 build_gold.py --root DIR --story deepseek-device-bans`.
#
# Traps:
# - Relative weekdays from three publication dates: a (Thu 6 Feb) says Korea acted "on Wednesday"
#   (5 Feb), Australia "on Tuesday" (4 Feb), Taiwan "last Friday" (31 Jan), Guo "on Thursday";
#   b (Fri 7 Feb) says the bill came "On Thursday" (6 Feb); c (Sat 8 Feb) uses Tuesday, Wednesday,
#   Thursday and "Monday, February 3". The summary (Sat 8 Feb) uses 本周三, 本周二, 6日, and
#   同日 (= 1月31日, carried over from the previous sentence).
# - Source-versus-source conflict: Taiwan's ban is dated last Friday, 31 January (a; the digital
#   ministry's notice) and Monday 3 February (c; the premier's cabinet remarks). The summary follows a.
# - Dates that invite swaps: R1's release on Jan. 20 (a) vs the Garante's order on 30 January
#   (m04); Nvidia's fall on Jan. 27 vs the Navy email of Jan. 24 (m02); NASA and Texas both on
#   Jan. 31.
# - Numbers near the bill's 60 days: the "OMB memo sets 90-day clock" teaser in b's furniture
#   (m01 uses 90); "six apps" (b); the 2022 TikTok ban.
# - Under $6 million (a: "less than $6 million", c: "under $6 million") is a company claim about a
#   base model (a: "an underlying model", c: "V3 base model"), not about R1; m13 turns it into yuan.
# - Hedges: "More ministries could follow" (a) -> 可能跟进; "If enacted" (b) -> 若获通过; hedges the
#   summary does not carry: "My guess: more governments will act" (c), "are unlikely to wait" (b).
# - Negations that do not negate a summary claim: "The company had not replied", "DeepSeek did not
#   respond", "not authorized for official use", "None of the current orders addresses that",
#   "Italy's block does not stop anyone", "Nobody wants to be the agency", "haven't acted yet".
#   "does not cover personal phones" (c) supports the negated f10; "do not operate in Italy" (c)
#   supports the negated company statement f5.
# - Attribution: the Italian "we do not operate here" came from the companies, and the Garante
#   rejected it (m10); the Australian remarks came from Home Affairs Minister Burke, while c also
#   names "the Albanese government" (m09).
# - Furniture with claim-like content: nav lines, the READ NEXT line about Japan in a, the
#   mid-article "Related" line in b, the forward-it line in c, teasers with figures (2.1%,
#   15 million euros, 1,450 per dollar, 90-day, 64%, 75 days).

A = "a-northgate.en.txt"
B = "b-fedtech.en.txt"
C = "c-databorder.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-01-24",
         "what": "In a 24 January email the US Navy told personnel not to use DeepSeek's model in any way",
         "in": {S: "美国海军1月24日通过电子邮件要求人员不得以任何方式使用深度求索（DeepSeek）的人工智能模型",
                B: "In a Jan. 24 email, it told personnel not to use DeepSeek's model in any way, whether for work or personal purposes",
                C: "the Navy's January 24 email"}},
        {"id": "f2", "status": "agreement", "value": "2025-01-31",
         "what": "On 31 January NASA barred DeepSeek products from government-issued devices and networks",
         "in": {S: "美国国家航空航天局（NASA）1月31日也禁止在政府设备和网络上使用该公司产品",
                B: "NASA followed on Jan. 31 with a memo from its chief AI officer barring DeepSeek products from government-issued devices and networks"}},
        {"id": "f3", "status": "agreement", "value": "2025-01-31 | 6 apps",
         "what": "Texas Gov. Greg Abbott on 31 January banned DeepSeek, RedNote and four other apps (six in all) from state devices; Texas is the first state to ban DeepSeek",
         "in": {S: "得克萨斯州州长阿博特同日下令在州政府设备上禁用DeepSeek、小红书等6款中国应用，得州由此成为美国首个禁用DeepSeek的州",
                B: "Texas Gov. Greg Abbott on Jan. 31 ordered state agencies to ban DeepSeek from state-issued devices, making Texas the first state to do so"}},
        {"id": "f4", "status": "agreement", "value": "2025-01-30",
         "what": "On 30 January Italy's Garante ordered the two companies behind DeepSeek to stop processing Italian users' data",
         "in": {S: "意大利数据保护机构1月30日下令DeepSeek背后的两家公司停止处理意大利用户数据",
                C: "On January 30, the Garante ordered the two companies behind the chatbot, Hangzhou DeepSeek Artificial Intelligence and Beijing DeepSeek Artificial Intelligence, to stop processing Italian users' data"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The companies told the Garante they do not operate in Italy and European law does not apply to them (negated, attributed to the companies)",
         "in": {S: "此前该公司表示其不在意大利运营，欧洲法律对其并不适用",
                C: "they told the regulator they do not operate in Italy and that European law does not apply to them"}},
        {"id": "f6", "status": "source-conflict", "value": "2025-01-31 (a) vs 2025-02-03 (c)",
         "what": "Date of Taiwan's ban on DeepSeek in the public sector: last Friday, 31 January (a) vs Monday 3 February (c); the summary follows a",
         "in": {S: "台湾地区1月31日宣布，政府机关、公立学校、公营事业及关键基础设施人员禁用DeepSeek",
                A: "Taiwan barred public-sector workers from using DeepSeek last Friday",
                C: "Taiwan banned it on Monday, February 3"}},
        {"id": "f7", "status": "agreement", "value": "2025-02-05",
         "what": "South Korea's foreign, defence and trade ministries blocked DeepSeek on Wednesday 5 February on computers connected to outside networks",
         "in": {S: "韩国外交部、国防部和产业通商资源部本周三起在连接外网的办公电脑上屏蔽DeepSeek",
                A: "Officials said the three ministries restricted the service on Wednesday on computers that connect to outside networks",
                C: "South Korea followed on Wednesday, when its foreign, defence and trade ministries cut off access on office computers"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "More Korean ministries could follow, a government official said (hedged)",
         "in": {S: "据报道其他部门可能跟进",
                A: "More ministries could follow, a government official said"}},
        {"id": "f9", "status": "agreement", "value": "2025-02-04",
         "what": "Australia on Tuesday 4 February banned DeepSeek from all government systems and devices",
         "in": {S: "澳大利亚政府本周二宣布禁止在所有政府系统和设备上使用DeepSeek",
                A: "Australia on Tuesday banned DeepSeek from all government systems and devices",
                C: "On Tuesday, the Albanese government ordered DeepSeek removed from every Australian government system and device"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "The Australian direction does not cover personal devices (negated)",
         "in": {S: "但不涉及民众的私人设备",
                C: "The direction does not cover personal phones"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Home Affairs Minister Tony Burke said the decision rested on security agencies' risk advice, not the company's nationality (attributed)",
         "in": {S: "内政部长伯克称这一决定基于安全机构的风险评估，与国别无关",
                A: "Home Affairs Minister Tony Burke said the decision was driven by the risk advice of security agencies, not by where the company is based"}},
        {"id": "f12", "status": "agreement", "value": "2025-02-06",
         "what": "Reps. Josh Gottheimer and Darin LaHood introduced the No DeepSeek on Government Devices Act on Thursday 6 February",
         "in": {S: "美国众议员戈特海默和拉胡德6日提出《禁止在政府设备上使用DeepSeek法案》",
                B: "On Thursday, Reps. Josh Gottheimer, D-N.J., and Darin LaHood, R-Ill., introduced the No DeepSeek on Government Devices Act"}},
        {"id": "f13", "status": "agreement", "value": "60 days",
         "what": "If enacted, the bill would require OMB to issue guidance within 60 days directing agencies to remove DeepSeek (conditional)",
         "in": {S: "若获通过，行政管理和预算局须在60天内发布指引，要求各机构删除该应用",
                B: "If enacted, the bill would require the Office of Management and Budget to issue guidance within 60 days directing agencies to remove DeepSeek from federal devices"}},
        {"id": "f14", "status": "agreement", "value": "2025-02-06",
         "what": "Foreign ministry spokesperson Guo Jiakun said on Thursday 6 February that China has never required and will never require companies or individuals to collect or store data illegally, and opposes overstretching national security",
         "in": {S: "中国外交部发言人郭嘉昆6日表示，中国政府从未也不会要求企业或个人违法收集或存储数据",
                A: "China's foreign ministry spokesperson Guo Jiakun said on Thursday that the Chinese government had never required, and would never require, companies or individuals to collect or store data in breach of the law"}},
        {"id": "f15", "status": "agreement", "value": "<6000000 USD",
         "what": "DeepSeek says it trained a base model for less than USD 6 million (attributed claim)",
         "in": {S: "DeepSeek称其训练一款基础模型的成本不足600万美元",
                A: "The company says it trained an underlying model for less than $6 million",
                C: "DeepSeek's claim that it trained its V3 base model for under $6 million"}},
        {"id": "f16", "status": "agreement", "value": "-17% (2025-01-27)",
         "what": "Nvidia shares fell 17% on 27 January",
         "in": {S: "英伟达股价1月27日单日下跌17%",
                A: "with Nvidia falling 17% on Jan. 27",
                C: "Nvidia fell 17% on January 27"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "India's finance ministry has also told staff not to use DeepSeek and similar AI tools on office devices (no source says so)",
         "in": {S: "印度财政部也已要求员工不得在办公设备上使用DeepSeek等人工智能工具"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "South Korea's national police agency blocked the DeepSeek domain from Thursday morning",
         "in": {A: "South Korea's national police agency said it had blocked the DeepSeek domain on its computers from Thursday morning"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "DISA blocked the DeepSeek website on Pentagon networks; the House CAO warned offices the app is not authorized",
         "in": {B: "The Defense Information Systems Agency has blocked the DeepSeek website on Pentagon networks"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "The bill carves out exceptions for national security and research work",
         "in": {B: "It carves out exceptions for national security and research work"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "The Garante also opened an investigation, and the app disappeared from Italian app stores",
         "in": {C: "It also opened an investigation, and the app vanished from Italian app stores"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f13", "original": "60天内", "mutated": "90天内",
         "note": "OMB guidance within 60 days -> within 90 days (the 90-day teaser in b's furniture)"},
        {"n": 2, "type": "date", "fact": "f1", "original": "海军1月24日", "mutated": "海军1月27日",
         "note": "Navy email of 24 January -> 27 January (the day Nvidia fell)"},
        {"n": 3, "type": "date", "fact": "f7", "original": "本周三", "mutated": "本周一",
         "note": "Korean ministries acted on Wednesday 5 February -> Monday 3 February"},
        {"n": 4, "type": "date", "fact": "f4", "original": "1月30日", "mutated": "1月20日",
         "note": "Garante order of 30 January -> 20 January (the day R1 was released)"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "其不在意大利运营", "mutated": "其在意大利运营",
         "note": "the companies said they do not operate in Italy -> said they do operate there"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "但不涉及民众的私人设备", "mutated": "且涉及民众的私人设备",
         "note": "the Australian direction does not cover personal phones (c) -> it also covers them"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "得克萨斯州州长阿博特", "mutated": "佛罗里达州州长德桑蒂斯",
         "note": "Texas Gov. Abbott -> Florida Gov. DeSantis; no source mentions Florida"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "澳大利亚政府", "mutated": "新西兰政府",
         "note": "Australia -> New Zealand; no source says New Zealand banned the app"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "内政部长伯克称", "mutated": "总理阿尔巴尼斯称",
         "note": "the remarks were Home Affairs Minister Tony Burke's (a, c), not Prime Minister Albanese's"},
        {"n": 10, "type": "attribution", "fact": "f5", "original": "此前该公司表示", "mutated": "此前该机构表示",
         "note": "the 'we do not operate in Italy' statement came from the companies; the Garante rejected it (c)"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "可能跟进", "mutated": "将会跟进",
         "note": "hedged 'more ministries could follow' -> asserted 'will follow'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "若获通过", "mutated": "法案已获通过",
         "note": "conditional 'if enacted' -> asserted that the bill has passed"},
        {"n": 13, "type": "unit", "fact": "f15", "original": "600万美元", "mutated": "600万元",
         "note": "currency USD -> CNY (USD 6 million is about CNY 43 million)"},
        {"n": 14, "type": "percentage", "fact": "f16", "original": "单日下跌17%", "mutated": "单日下跌7%",
         "note": "Nvidia down 17% on 27 January -> down 7%"},
    ],
    "boilerplate": {
        A: [{"inline": "Northgate | World | Asia-Pacific | Technology | Cybersecurity"},
            {"inline": "By Park Ji-hoon and Fiona Galbraith | February 6, 2025 3:48 PM GMT+9"},
            {"inline": "READ NEXT: Japan tells civil servants to take care with generative AI tools"},
            "(Reporting by Park Ji-hoon"],
        B: [{"inline": "FedTech Ledger | Policy | Acquisition | Cyber | Workforce | Podcasts"},
            {"inline": "POLICY | Feb. 7, 2025 | By Daniel Whitcombe"},
            {"inline": "Related: Zero trust deadlines loom for civilian agencies"},
            "Subscribe to FedTech Ledger Daily"],
        C: [{"inline": "The Data Border\nHome | Archive | About | Subscribe"},
            {"inline": "Ines Carvalho · February 8, 2025 · Issue #112"},
            {"inline": "Enjoying The Data Border? Forward it to someone who handles vendor risk."},
            "Thanks for reading. Reply to this email with tips"],
    },
}
