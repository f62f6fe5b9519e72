# Written blind on 2026-12-07 (without reading claimdiff's sources, rules, tests or data, and without running it).
# Build: cd /work/main && python3 ../shared/eval/build_gold.py --root eval/beat --story meng-wanzhou-dpa
#
# Gold specification for story `meng-wanzhou-dpa`: Huawei CFO Meng Wanzhou's deferred prosecution
# agreement with the US Justice Department (Friday 24 September 2021, Brooklyn federal court, by
# video), the discharge of her extradition case in Vancouver the same day, her return to Shenzhen
# (Saturday 25 September, about 10 p.m. local time), and the release the same day of Michael Kovrig
# and Michael Spavor, who landed in Calgary early on 25 September. The summary is in Traditional
# Chinese, Taiwan usage (華為財務長, 緩起訴協議, 美國司法部, 卑詩省, 杜魯道, 卡加利, 康明凱, 史佩佛, 賈諾,
# 年減, 萬, 今年8月).
# Real: the dates, the four charges, the 1 Dec 2022 dismissal date, the HSBC/Skycom statement of facts,
# the C$10 million bail, arrest on 1 Dec 2018 and detention of the two Canadians on 10 Dec 2018,
# Spavor's 11-year sentence (August 2021), Hua Chunying's "political persecution", Huawei's 29.4%
# first-half revenue fall, the 1,019 vs 1,020 days discrepancy in reporting. Invented: the outlets,
# bylines, the analysts (Ashworth, Yuen) and every quote; real officials are paraphrased, not quoted.
#
# Traps:
# - Dates across time zones and publication days: a (Fri 24 Sept, Pacific time) "on Friday", "later
#   on Friday evening" (departure); b (Sat 25 Sept) "on Saturday" for Calgary (local) and Shenzhen
#   "about 10 p.m. Saturday, local time"; c (Mon 27 Sept) "on Sept. 24", "on Saturday night". The
#   summary says 24日 (the US court date), 25日清晨 (Calgary), 25日晚間 (Shenzhen); m04 moves the arrival
#   to 24日晚間, the evening Meng left Vancouver.
# - Two 1 December dates: arrest on Dec. 1, 2018 and dismissal on Dec. 1, 2022 (a, c); 被捕屆滿4年 is
#   "four years after her arrest" (a). Dec. 10, 2018 (b) is the Canadians' detention: "nine days
#   after" = 被捕9天後; m03 moves the arrest to 12月10日.
# - A count by enumeration: "four counts, including bank fraud and wire fraud" (a) vs "bank fraud,
#   wire fraud and two conspiracy counts" (c) = 4項罪名.
# - Expected vs done: a says the Canadians "are expected to land in Canada on Saturday"; b reports the
#   landing. "Royal Canadian Air Force Challenger jet" (b) = 加拿大軍機.
# - Negations that support, and negations that do not touch, the summary: "pleaded not guilty" (a),
#   "did not plead guilty to anything" (a), "did not, however, have to plead guilty" (c) support 不認罪;
#   "had not been sentenced" (b) supports 尚未宣判; "won't change the numbers" (c) supports 難以扭轉;
#   "did not mention the two Canadians", "Spavor did not speak publicly", "did not comment on Meng's
#   plans", "has still not decided" on 5G, "none of the export controls" are not in the summary.
# - Hedges: "could still be prosecuted ... if she breaches it" (a) = 仍可能遭到起訴; "could give morale
#   a real lift" (c) = 可能提振士氣; "could take years to recover" (a), "could be a long time" (b) are
#   not in the summary.
# - Attribution decoys: Cong Peiwu accompanied Meng (b), used by m09 against Hua Chunying's statement;
#   Huawei itself made a statement (a, c), used by m10 against the analyst's view.
# - Unsupported claim about a named person who does appear in a source: Garneau was at the Calgary
#   airport (b) but no source has him announcing a policy review.
# - Source conflict: 1,019 days in custody (a) vs 1,020 days (b); the summary gives no count.
# - Other numbers near the summary's: 320.4 billion yuan, "a 2013 presentation", "49", "5:40 a.m.",
#   Kovrig's trial "in March"; teasers "1,000-day", "0.3%", "down 30%?", "1,500", "$9M", "$1.40",
#   "5 surprises", "up to 20%".

A = "a-coastline.en.txt"
B = "b-northern.en.txt"
C = "c-circuitry.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2021-09-24",
         "what": "Meng Wanzhou reached a deferred prosecution agreement with the US Justice Department on Friday 24 September 2021",
         "in": {S: "華為財務長孟晚舟24日與美國司法部達成緩起訴協議",
                A: "reached a deferred prosecution agreement with the U.S. Justice Department on Friday",
                C: "The Huawei CFO's American case ended on Sept. 24, when she signed a deferred prosecution agreement with the U.S. Justice Department"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "She appeared by video in federal court in Brooklyn, pleaded not guilty, and the judge approved the agreement (negated: not guilty)",
         "in": {S: "她當天透過視訊出席紐約布魯克林聯邦法院",
                A: "Appearing by video link before Judge Ann Donnelly in federal court in Brooklyn, Meng pleaded not guilty"}},
        {"id": "f3", "status": "agreement", "value": "4",
         "what": "The charges were four counts, including bank fraud and wire fraud (c: bank fraud, wire fraud and two conspiracy counts)",
         "in": {S: "對銀行詐欺、電信詐欺等4項罪名表示不認罪",
                A: "four counts, including bank fraud and wire fraud",
                C: "bank fraud, wire fraud and two conspiracy counts"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "In a statement of facts she acknowledged making untrue statements to HSBC about Huawei's business in Iran (c: describing Skycom to an HSBC executive)",
         "in": {S: "孟晚舟承認曾就華為在伊朗的業務，向匯豐銀行高層作出不實陳述",
                A: "she accepted a statement of facts acknowledging that she had made untrue statements to HSBC about Huawei's business in Iran",
                C: "Meng acknowledged that in a 2013 presentation to an HSBC executive she had described Skycom"}},
        {"id": "f5", "status": "agreement", "value": "2022-12-01",
         "what": "Prosecutors will move to dismiss the charges on 1 December 2022, four years after her arrest, if she complies; she could still be prosecuted if she breaches the deal (hedged)",
         "in": {S: "將在2022年12月1日、也就是她被捕屆滿4年時撤銷指控，若違反協議則仍可能遭到起訴",
                A: "prosecutors will move to dismiss the charges on Dec. 1, 2022, four years after her arrest, provided she meets its terms, but she could still be prosecuted on all counts if she breaches it",
                C: "will be dropped on Dec. 1, 2022, as long as she keeps to its conditions"}},
        {"id": "f6", "status": "agreement", "value": "2018-12-01",
         "what": "Meng was arrested at Vancouver's airport on 1 December 2018 while changing planes",
         "in": {S: "孟晚舟2018年12月1日在溫哥華機場轉機時被捕",
                A: "was arrested at Vancouver's airport on Dec. 1, 2018, while changing planes"}},
        {"id": "f7", "status": "agreement", "value": "10000000 CAD",
         "what": "She was freed on C$10 million bail and lived under restrictions at her Vancouver home for almost three years",
         "in": {S: "之後以1000萬加元交保，在溫哥華住所遭限制行動將近3年",
                A: "had been living at one of her Vancouver homes under strict conditions since being freed on C$10 million bail"}},
        {"id": "f8", "status": "agreement", "value": "2021-09-24",
         "what": "Later the same day the British Columbia Supreme Court discharged the extradition case",
         "in": {S: "卑詩省最高法院同日稍晚撤銷引渡案",
                A: "Associate Chief Justice Heather Holmes of the British Columbia Supreme Court discharged the extradition case"}},
        {"id": "f9", "status": "agreement", "value": "2021-09-25 22:00 (Shenzhen)",
         "what": "Meng left Vancouver on an Air China charter and arrived in Shenzhen on the evening of Saturday 25 September (local time)",
         "in": {S: "孟晚舟隨即搭乘中國國際航空包機離開溫哥華，25日晚間抵達深圳",
                A: "She left Vancouver on an Air China charter flight bound for Shenzhen",
                B: "Meng arrived in Shenzhen at about 10 p.m. Saturday, local time"}},
        {"id": "f10", "status": "agreement", "value": "2021-09-25",
         "what": "Kovrig and Spavor were released the same day and landed in Calgary early on Saturday 25 September on an RCAF jet, met by Trudeau",
         "in": {S: "25日清晨搭乘加拿大軍機抵達卡加利，總理杜魯道親赴機場迎接",
                A: "Michael Kovrig and Michael Spavor, two Canadians detained in China, had been released",
                B: "landed in Calgary at about 5:40 a.m. local time on Saturday aboard a Royal Canadian Air Force Challenger jet and were met on the tarmac by Prime Minister Justin Trudeau"}},
        {"id": "f11", "status": "agreement", "value": "9 days (2018-12-10)",
         "what": "The two were detained nine days after Meng's arrest (10 December 2018)",
         "in": {S: "兩人在孟晚舟被捕9天後遭中國拘押",
                B: "The men were detained on Dec. 10, 2018, nine days after Canadian police arrested Huawei executive Meng Wanzhou in Vancouver"}},
        {"id": "f12", "status": "agreement", "value": "11 years (2021-08)",
         "what": "Spavor was sentenced to 11 years for espionage in August; Kovrig had not been sentenced (negated)",
         "in": {S: "史佩佛今年8月以間諜罪被判處11年徒刑，康明凱則尚未宣判",
                B: "In August, a court in the northeastern city of Dandong sentenced Spavor to 11 years in prison for espionage, while Kovrig, who was tried in Beijing in March, had not been sentenced"}},
        {"id": "f13", "status": "agreement", "value": "2021-09-25",
         "what": "Foreign Ministry spokeswoman Hua Chunying said on Saturday the case was political persecution of a Chinese citizen (attributed)",
         "in": {S: "中國外交部發言人華春瑩25日表示，孟晚舟案是針對中國公民的政治迫害",
                B: "Foreign Ministry spokeswoman Hua Chunying said on Saturday that the case against Meng had been political persecution of a Chinese citizen"}},
        {"id": "f14", "status": "agreement", "value": "-29.4% (2021 H1)",
         "what": "Huawei's revenue fell 29.4% year on year in the first half of 2021",
         "in": {S: "華為今年上半年營收年減29.4%",
                C: "Huawei's revenue fell 29.4% in the first six months of 2021 from a year earlier"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "An analyst said Meng's return could lift morale but would not change the numbers while sanctions stay (hedged, attributed)",
         "in": {S: "分析師認為，孟晚舟返國可能提振士氣",
                C: "Her return could give morale a real lift"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Foreign Minister Garneau said Ottawa would review its China policy (no source says so; b only has him at the Calgary airport)",
         "in": {S: "加拿大外交部長賈諾表示，渥太華將全面檢討對中政策"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Meng is the daughter of Huawei founder Ren Zhengfei",
         "in": {A: "She is the daughter of Huawei founder Ren Zhengfei"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "China's ambassador to Canada, Cong Peiwu, accompanied Meng home",
         "in": {B: "She was accompanied by China's ambassador to Canada, Cong Peiwu"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Spavor stayed in Calgary; Kovrig flew on to Toronto",
         "in": {B: "flew on to Toronto, where his wife and sister were waiting"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Huawei itself still faces charges in Brooklyn including racketeering conspiracy and theft of trade secrets",
         "in": {C: "The company still faces charges in Brooklyn that include racketeering conspiracy and theft of trade secrets"}},
        {"id": "f21", "status": "source-conflict", "value": "1019 days vs 1020 days",
         "what": "How long the two Canadians were held: 1,019 days (a) vs 1,020 days (b)",
         "in": {A: "The two men had spent 1,019 days in Chinese custody",
                B: "They had been held for 1,020 days"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "4項罪名", "mutated": "6項罪名",
         "note": "four counts (a; c lists bank fraud, wire fraud and two conspiracy counts) -> six"},
        {"n": 2, "type": "number", "fact": "f12", "original": "判處11年徒刑", "mutated": "判處13年徒刑",
         "note": "Spavor sentenced to 11 years -> 13 years"},
        {"n": 3, "type": "date", "fact": "f6", "original": "2018年12月1日", "mutated": "2018年12月10日",
         "note": "arrest on 1 Dec 2018 -> 10 Dec 2018 (the day the two Canadians were detained, b)"},
        {"n": 4, "type": "date", "fact": "f9", "original": "25日晚間抵達深圳", "mutated": "24日晚間抵達深圳",
         "note": "arrival in Shenzhen on the evening of Sat 25 Sept (b) -> 24 Sept, the evening she left Vancouver"},
        {"n": 5, "type": "negation", "fact": "f2", "original": "表示不認罪", "mutated": "表示認罪",
         "note": "pleaded not guilty (a) and did not have to plead guilty (c) -> pleaded guilty"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "康明凱則尚未宣判", "mutated": "康明凱則已宣判",
         "note": "Kovrig had not been sentenced (b) -> had been sentenced"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "匯豐銀行", "mutated": "渣打銀行",
         "note": "the untrue statements were made to HSBC -> Standard Chartered; no source mentions it"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "抵達深圳", "mutated": "抵達北京",
         "note": "arrived in Shenzhen -> Beijing (Beijing appears in b only as the place of the ministry and Kovrig's trial)"},
        {"n": 9, "type": "attribution", "fact": "f13", "original": "中國外交部發言人華春瑩", "mutated": "中國駐加拿大大使叢培武",
         "note": "the persecution remark was Hua Chunying's (b); ambassador Cong Peiwu only accompanied Meng"},
        {"n": 10, "type": "attribution", "fact": "f15", "original": "分析師認為", "mutated": "華為發言人表示",
         "note": "the morale view came from analyst Tessa Yuen (c); Huawei's statement only said it would keep defending itself"},
        {"n": 11, "type": "modality", "fact": "f5", "original": "仍可能遭到起訴", "mutated": "仍將遭到起訴",
         "note": "hedged 'could still be prosecuted' if she breaches -> 'will be prosecuted'"},
        {"n": 12, "type": "modality", "fact": "f15", "original": "可能提振士氣", "mutated": "必將提振士氣",
         "note": "hedged 'could give morale a real lift' -> 'will certainly lift morale'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "1000萬加元", "mutated": "1000萬美元",
         "note": "bail of C$10 million -> USD 10 million"},
        {"n": 14, "type": "percentage", "fact": "f14", "original": "年減29.4%", "mutated": "年減24.9%",
         "note": "first-half revenue down 29.4% -> down 24.9%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Lindqvist in Vancouver and Owen Tarrant in New York | Sept. 24, 2021, 9:47 p.m. PT"},
            "More on this story"],
        B: [{"inline": "By Hélène Courtemanche | Saturday, September 25, 2021 | Updated 4:05 p.m. ET"},
            "Have a news tip?"],
        C: [{"inline": "Analysis · By Ravi Okafor · September 27, 2021"},
            "Enjoyed this analysis?"],
    },
}
