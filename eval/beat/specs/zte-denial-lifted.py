# Gold specification for story `zte-denial-lifted` (the US Commerce Department lifts its
# denial order on ZTE on 13 July 2018 after the $400 million escrow deposit). The summary is
# in Traditional Chinese, Hong Kong style.
# All texts are invented for evaluation (the dates, the $1 billion penalty, the $400 million
# escrow, the 10-year compliance team, the April 2018 seven-year ban, the 2017 $1.19 billion
# settlement and the 85-10 Senate vote follow the 2018 episode; wording, quotes, the blogger,
# the local paper, its employees and suppliers, and the share moves are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story zte-denial-lifted`.
# f17 is a genuine source-versus-source conflict: a says ZTE's Hong Kong shares closed 39%
# lower on 13 June; c says they ended 42% lower. The summary's 約四成 fits both and takes
# no side.
#
# Traps:
# - Same number, different things: "10 years" for the compliance team (a, b) and the
#   escrow term (b) vs the suspended "new 10-year denial order" (b, omitted) vs the
#   "seven-year" April ban vs Shenzhen's "daily limit of 10%"; "$400 million" escrow vs
#   "$300 million" suspended in 2017; "85-10" is a vote, not a share move.
# - Sums and parts: "$1 billion" penalty + "$400 million" escrow = "$1.4 billion" (b);
#   mutant m01 writes 14億 for the penalty alone. "$1.19 billion" in 2017 included "$300
#   million" that was suspended = 11.9億美元.
# - Equal values in different units / currencies: "9 billion yuan ($1.35 billion)" (a,
#   omitted) is close to $1.4 billion but is a loss forecast; 4億美元 vs mutant m13's 4億港元.
# - Bank names: "a U.S. bank" = 一家美資銀行, not 美國銀行 (Bank of America).
# - Report date vs event date: a (Fri 13 Jul) says "on Friday"; c (Sat 14 Jul) says
#   "Friday"; b (Mon 16 Jul) says the order was terminated "On Friday" and the escrow was
#   deposited "on Wednesday" (11 July); the summary (Mon 16 Jul) writes 上周五（13日）.
#   Mutant m03 moves the announcement to the deposit day, 上周三（11日）.
# - Dates that look alike: "July 2" temporary authorization (b, omitted) vs the 13 July
#   lifting; "March 2017" guilty plea vs the April 2018 ban (m05 writes 今年3月);
#   "June 7" agreement, "June 13" share slump, the Senate vote "in June".
# - Hedges: "Commerce can seize the escrowed funds" (b) = 商務部可沒收 (m12 makes it
#   必須); "could post a first-half net loss of as much as" (a, omitted); Rubio "will keep
#   pushing" is intent, not fact (c, omitted).
# - Negations that matter: ZTE promised to discipline 35 employees "but it had not done so"
#   (b) = 未有按承諾處分 (f12); "The House version of the bill does not include the
#   provision" (c) = 並無相關條文 (f15).
# - Negations that do not conflict: "ZTE did not respond to a request for comment", "did not
#   return calls", "asked not to be named", "staff are not allowed to speak", "had not been
#   told of any layoffs", "does not take ZTE off anyone's radar", "is not legal advice",
#   "hopes the United States will not use export controls as a bargaining chip", "The fight
#   is not over", "should not get a third chance".
# - Quotes attributed to different speakers: Ross's statement (a) vs Rubio (c) vs an
#   unnamed employee (c) vs the Plano distributor Ray Dalton (c) vs China's commerce ministry
#   (a, reported speech); Trump's May remark is reported speech in c.
# - Unsupported claim that sounds like the sources: Qualcomm is named as a supplier (a), but
#   no source says it has resumed shipments (f18).
# - Numbers in furniture: "rise 41%", "0.8% higher", "$34 billion", "reaches 23", "6
#   actions", "3% raise", "12,000", "99 cents", "4 comments", "4 min read".

A = "a-transpacific.en.txt"
B = "b-exportline.en.txt"
C = "c-richardson.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2018-07-13",
         "what": "The Commerce Department lifted its ban on ZTE on Friday 13 July 2018",
         "in": {S: "美國商務部上周五（13日）宣布",
                A: "The U.S. Commerce Department said on Friday it had lifted a ban that stopped American companies from selling to China's ZTE Corp.",
                B: "On Friday the Bureau of Industry and Security, the Commerce Department agency that administers U.S. export controls, terminated its April denial order against ZTE Corporation"}},
        {"id": "f2", "status": "agreement", "value": "400000000 USD",
         "what": "ZTE deposited $400 million in an escrow account at a U.S. bank",
         "in": {S: "中興通訊已將4億美元存入一家美資銀行的託管帳戶",
                A: "after the Chinese telecommunications equipment maker deposited $400 million in an escrow account at a U.S. bank",
                B: "The last condition was met on Wednesday, when ZTE placed the $400 million in escrow with a U.S. bank"}},
        {"id": "f3", "status": "agreement", "value": "1000000000 USD",
         "what": "Under the June agreement ZTE paid a $1 billion penalty",
         "in": {S: "中興已繳付10億美元罰款",
                A: "ZTE paid a $1 billion penalty last month",
                B: "First, money: a $1 billion civil penalty, paid in June, plus $400 million held in escrow"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "ZTE replaced its entire board of directors and senior management",
         "in": {S: "撤換全體董事會及高層管理人員",
                B: "ZTE had to replace its entire board of directors and senior management within 30 days"}},
        {"id": "f5", "status": "agreement", "value": "10 years",
         "what": "ZTE must accept a compliance team chosen by the Commerce Department for 10 years",
         "in": {S: "中興未來10年亦須接受由美國商務部挑選的合規團隊監察",
                A: "agreed to accept a team of compliance officers chosen by the Commerce Department for 10 years",
                B: "Third, oversight: a special compliance coordinator, selected by Commerce and reporting to BIS, will work inside the company for 10 years"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Commerce can seize the escrowed funds if ZTE commits further violations (permission, not obligation)",
         "in": {S: "商務部可沒收託管帳戶內的款項",
                B: "Commerce can seize the escrowed funds if ZTE commits further violations during the 10-year term"}},
        {"id": "f7", "status": "agreement", "value": "2018-04 | 7 years",
         "what": "In April 2018 Commerce imposed a seven-year ban after finding ZTE had violated its 2017 settlement",
         "in": {S: "美國商務部今年4月以中興違反2017年和解協議為由",
                A: "The department imposed the seven-year ban in April after finding that ZTE had violated a 2017 settlement over illegal shipments to Iran and North Korea",
                B: "On April 15, 2018, BIS activated a seven-year denial order after finding that ZTE had made false statements"}},
        {"id": "f8", "status": "agreement", "value": "30%",
         "what": "US suppliers provide about 30% of the components in ZTE's equipment and phones (analysts' estimate)",
         "in": {S: "約三成零部件來自美國供應商",
                A: "U.S. suppliers such as Qualcomm and Intel provide about 30% of the components in ZTE's network equipment and smartphones"}},
        {"id": "f9", "status": "agreement", "value": "2018-05",
         "what": "ZTE said in May that it had ceased major operating activities",
         "in": {S: "於5月宣布主要經營活動無法進行",
                C: "ZTE said in May that it had ceased major operating activities"}},
        {"id": "f10", "status": "agreement", "value": "2017-03",
         "what": "In 2017 ZTE pleaded guilty to illegally shipping US goods to Iran and North Korea",
         "in": {S: "中興2017年承認違反美國對伊朗及北韓的制裁",
                B: "In March 2017, ZTE pleaded guilty to illegally shipping U.S.-origin goods to Iran and North Korea"}},
        {"id": "f11", "status": "agreement", "value": "1190000000 USD",
         "what": "ZTE agreed in 2017 to pay a combined $1.19 billion (of which $300 million suspended)",
         "in": {S: "同意支付合共11.9億美元",
                B: "agreed to pay a combined $1.19 billion to the Commerce, Justice and Treasury departments, of which $300 million was suspended"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "ZTE had promised to discipline 35 employees but had not done so (negated)",
         "in": {S: "未有按承諾處分涉事員工",
                B: "The company had told the U.S. government it would discipline 35 employees, including by cutting their bonuses, but it had not done so"}},
        {"id": "f13", "status": "agreement", "value": "2018-05",
         "what": "President Trump said in May he was working with Xi Jinping to get ZTE back into business quickly",
         "in": {S: "美國總統特朗普5月表示會與中國國家主席習近平合作",
                C: "President Donald Trump said in May that he was working with Chinese President Xi Jinping to get ZTE back into business quickly"}},
        {"id": "f14", "status": "agreement", "value": "85-10",
         "what": "The Senate voted 85-10 in June to pass a defense bill with an amendment restoring the ban",
         "in": {S: "參議院6月以85票對10票通過國防授權法案修正案",
                C: "The Senate voted 85-10 in June to pass a defense bill that included an amendment restoring the ban"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "The House version of the defense bill does not include the provision (negated)",
         "in": {S: "但眾議院版本並無相關條文",
                C: "The House version of the bill does not include the provision"}},
        {"id": "f16", "status": "agreement", "value": None,
         "what": "Commerce Secretary Wilbur Ross said in a statement that ZTE would be watched more closely than any company and would pay a severe price for new violations",
         "in": {S: "美國商務部長羅斯在聲明中表示",
                A: "Commerce Secretary Wilbur Ross said in a statement"}},
        {"id": "f17", "status": "source-conflict", "value": "-39% | -42%",
         "what": "ZTE's Hong Kong shares on 13 June 2018, when trading resumed: closed 39% lower (a) versus ended 42% lower (c)",
         "in": {S: "中興H股6月13日復牌當日急挫約四成",
                A: "ZTE's Hong Kong-listed shares closed 39% lower on June 13",
                C: "ZTE stock ended 42% lower in Hong Kong"}},
        {"id": "f18", "status": "unsupported", "value": None,
         "what": "Qualcomm has resumed supplying chips to ZTE (no source says so; a only names Qualcomm as a supplier)",
         "in": {S: "高通已恢復向中興供應晶片"}},
        {"id": "f19", "status": "omission", "value": "2018-07-02",
         "what": "On July 2 BIS issued a temporary general authorization letting ZTE maintain existing networks and handsets until August 1",
         "in": {B: "On July 2, BIS issued a temporary general authorization that let ZTE maintain existing networks and support existing handsets until August 1"}},
        {"id": "f20", "status": "omission", "value": "10 years",
         "what": "A new 10-year denial order was issued and suspended, to take effect if ZTE breaks the terms",
         "in": {B: "A new 10-year denial order has also been issued and suspended"}},
        {"id": "f21", "status": "omission", "value": "9000000000 CNY",
         "what": "ZTE warned it could post a first-half net loss of as much as 9 billion yuan (hedged)",
         "in": {A: "The company has warned it could post a first-half net loss of as much as 9 billion yuan ($1.35 billion)"}},
        {"id": "f22", "status": "omission", "value": None,
         "what": "Senator Marco Rubio has said he will keep pushing to restore the ban (intent)",
         "in": {C: "Sen. Marco Rubio, a Florida Republican, has said he will keep pushing to restore the ban"}},
        {"id": "f23", "status": "omission", "value": "200",
         "what": "About 200 people work at ZTE USA's Richardson offices",
         "in": {C: "For the roughly 200 people who work at ZTE USA's offices on the Telecom Corridor"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "10億美元罰款", "mutated": "14億美元罰款",
         "note": "the penalty was $1 billion (a, b); $1.4 billion is penalty plus escrow (b)"},
        {"n": 2, "type": "number", "fact": "f7", "original": "7年內禁止", "mutated": "10年內禁止",
         "note": "the April ban was for seven years (a, b); 10 years is the compliance term"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上周五（13日）", "mutated": "上周三（11日）",
         "note": "the ban was lifted on Friday 13 July (a, b, c); Wednesday 11 July is when the escrow was deposited (b)"},
        {"n": 4, "type": "date", "fact": "f10", "original": "中興2017年承認", "mutated": "中興2016年承認",
         "note": "ZTE pleaded guilty in March 2017 (b), not 2016"},
        {"n": 5, "type": "date", "fact": "f7", "original": "今年4月", "mutated": "今年3月",
         "note": "the seven-year ban was imposed in April 2018 (a; b: April 15); March is the month of the 2017 plea"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "未有按承諾處分", "mutated": "已按承諾處分",
         "note": "ZTE had not disciplined the 35 employees as promised (b) -> had disciplined them"},
        {"n": 7, "type": "negation", "fact": "f15", "original": "並無相關條文", "mutated": "亦有相關條文",
         "note": "the House version does not include the provision (c) -> also includes it"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "伊朗及北韓", "mutated": "伊朗及敘利亞",
         "note": "the illegal shipments went to Iran and North Korea (a, b), not Syria"},
        {"n": 9, "type": "entity", "fact": "f14", "original": "參議院6月", "mutated": "眾議院6月",
         "note": "it was the Senate that voted 85-10 (c); the House version lacks the provision"},
        {"n": 10, "type": "attribution", "fact": "f16", "original": "美國商務部長羅斯", "mutated": "美國財長姆努欽",
         "note": "the statement came from Commerce Secretary Wilbur Ross (a), not Treasury Secretary Mnuchin"},
        {"n": 11, "type": "attribution", "fact": "f13", "original": "美國總統特朗普", "mutated": "美國貿易代表萊特希澤",
         "note": "it was President Trump who said he was working with Xi to revive ZTE (c), not USTR Lighthizer"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "商務部可沒收", "mutated": "商務部必須沒收",
         "note": "Commerce can seize the escrowed funds (b) -> must seize them"},
        {"n": 13, "type": "unit", "fact": "f2", "original": "4億美元存入", "mutated": "4億港元存入",
         "note": "the escrow deposit was $400 million (a, b) -> HK$400 million"},
        {"n": 14, "type": "percentage", "fact": "f8", "original": "約三成", "mutated": "約五成",
         "note": "US suppliers provide about 30% of ZTE's components (a) -> about 50%"},
    ],
    "boilerplate": {
        A: [{"inline": "TNS | Home | Business | Tech | Markets | Asia | Opinion | Subscribe"},
            {"inline": "TNS staff | July 13, 2018 | 3:25 PM ET | 4 min read"},
            "(Reporting by TNS staff in Washington and Hong Kong"],
        B: [{"inline": "ExportLine | Posts | Topics: EAR, OFAC, ITAR | About the author"},
            {"inline": "By Martin Greer | July 16, 2018 | Filed under: Denial Orders, China"},
            "This post is for general information only"],
        C: [{"inline": "The Richardson Courier | News | Business | Sports | Opinion | Obituaries | e-Edition"},
            {"inline": "By Carla Mendez, Staff Writer | Published July 14, 2018"},
            "© 2018 The Richardson Courier. All rights reserved."],
    },
}
