# Gold specification for story `pcaob-audit-deal` (the US PCAOB signs a Statement of Protocol with
# the CSRC and China's Ministry of Finance on audit inspections, 26 August 2022; inspections in
# Hong Kong from mid-September; on 15 December 2022 the PCAOB says it has complete access and
# vacates its 2021 determinations). The summary is in Simplified Chinese, mainland style.
# All texts are invented for evaluation (the dates follow the real episode; wording, quotes,
# analysts, outlets and most figures are made up). Edit here, then run
# `python3 build_gold.py --root DIR --story pcaob-audit-deal`.
#
# f5 is a genuine source-versus-source conflict: a says the SEC has so far identified 162
# companies; b says it has named nearly 200. The summary reports both figures without choosing
# ("有报道称为162家，也有报道称近200家").
#
# Traps:
# - Same number, different things: "three consecutive years" (the law, f3) vs "from three years
#   to two" (a pending provision, omission f15; m01 writes 连续两年); "two firms", "two
#   jurisdictions", "Two years on" (READ MORE line); 9月中旬 (September) and 约9周 (nine weeks)
#   in the same summary sentence; "eight audit engagements".
# - Approximate vs exact: "some 160 companies" in a's lede vs "162" later in a (both a's figure).
# - Equal amounts in different units: "about $1.03 trillion" (a, omission f18) = 1.03万亿美元;
#   "roughly nine weeks" = 约9周 (m14 makes it 约9个月).
# - Yearless and relative dates: "on Friday" (26 Aug, a same-day, b dated Monday 29 Aug:
#   "Friday's audit agreement"); "by mid-September"; "Thursday" (15 Dec, c dated Friday 16 Dec);
#   "last December" (c, dated 2022) = 2021年12月; "on August 12" (b, f16); "next week", "in 2023".
# - Report date vs event date: the summary, dated 19 Dec, gives 8月26日 and 12月15日.
# - Dates that invite a wrong match: the HFCAA "became law in December 2020" (a); m05 moves the
#   vacated determinations to 2020年12月.
# - Expected vs done: a and b say staff were expected to arrive in Hong Kong by mid-September;
#   c (December) says they spent nine weeks there starting in mid-September.
# - Non-conflicting negations: "no firm is off limits", "The company did not immediately respond",
#   "The CSRC did not say how many firms", "doesn't mean the delisting risk has gone away", "did
#   not expect a rush", "The board did not name the companies", "what the announcement does not
#   mean"; negations the summary states: "this is not a clean bill of health" (f12).
# - Hedges: "could be delisted as early as 2024" -> 最早可能 (f4, m12 makes it 必将); "will act
#   immediately to consider whether a new determination is needed" (f11, m13 drops "consider").
# - Attribution: "meaningful only if ..." is Gensler's (SEC), not Williams's (PCAOB) (m10); the
#   Chinese statement came from the CSRC (m11).
# - Near miss for the unsupported claim f13: c says the board "would continue inspections in
#   mainland China and Hong Kong in 2023"; no source mentions a permanent office in Beijing.
# - Numbers in furniture: "jump 5%", "0.8% lower", the market snapshot line, "3 scenarios for
#   2023", "two-year low", "Two years on", "1.5 CPE credits", "Jan. 12", "rose 9.1%",
#   "$1.5 million".

A = "a-transpacific.en.txt"
B = "b-asiacapital.en.txt"
C = "c-auditweekly.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2022-08-26",
         "what": "On Friday 26 August 2022 the PCAOB signed a Statement of Protocol with the CSRC and China's Ministry of Finance",
         "in": {S: "美国公众公司会计监督委员会（PCAOB）8月26日与中国证监会、财政部签署审计监管合作协议",
                A: "The U.S. audit watchdog on Friday signed an agreement with China's securities regulator and finance ministry",
                B: "the Statement of Protocol, signed with the Ministry of Finance and the U.S. Public Company Accounting Oversight Board"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The PCAOB has sole discretion to select firms and audit engagements, and can view complete audit work papers",
         "in": {S: "PCAOB可据此自主选定检查的会计师事务所和审计项目，并查阅完整的审计工作底稿",
                A: "the PCAOB will have sole discretion to select the firms and audit engagements it inspects or investigates",
                B: "The protocol gives the PCAOB the right to choose which audit firms and which engagements to inspect"}},
        {"id": "f3", "status": "agreement", "value": "3 years",
         "what": "Under the HFCAA, a company whose auditor cannot be inspected for three consecutive years is barred from trading in the US",
         "in": {S: "若在美上市外国公司的审计机构连续三年无法接受PCAOB检查，该公司股票将被禁止在美国交易",
                A: "companies whose auditors cannot be inspected by the PCAOB for three consecutive years are barred from trading on U.S. exchanges",
                C: "which bars trading in a company's shares if the PCAOB cannot inspect its auditor for three years in a row"}},
        {"id": "f4", "status": "agreement", "value": "2024",
         "what": "The listed companies could be delisted as early as 2024 (hedged: could, as early as)",
         "in": {S: "相关中概股最早可能于2024年被摘牌",
                A: "Those companies could be delisted as early as 2024 if the inspections do not go ahead"}},
        {"id": "f5", "status": "source-conflict", "value": "162 | ~200",
         "what": "Number of companies the SEC has identified under the HFCAA: 162 (a) versus nearly 200 (b)",
         "in": {S: "有报道称为162家，也有报道称近200家",
                A: "The Securities and Exchange Commission has so far identified 162 companies",
                B: "has so far named nearly 200 Chinese companies that face delisting"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "SEC Chair Gensler called the deal a step forward, meaningful only if the PCAOB can actually inspect and investigate completely",
         "in": {S: "SEC主席根斯勒表示，协议是向前迈出的一步，但只有PCAOB真正能够对中国会计师事务所进行完整检查和调查，协议才有意义",
                A: "SEC Chair Gary Gensler said the agreement was \"a step forward,\" but that it would be meaningful only if the PCAOB was actually able to inspect and investigate audit firms in China completely"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The CSRC called the agreement an important step and said inspections would go through regulatory cooperation with Chinese regulators taking part and assisting",
         "in": {S: "中国证监会表示，协议的签署是解决审计监管合作问题的重要一步，检查将通过监管合作进行，中方监管机构将参与并提供协助",
                B: "It said inspections would be carried out through regulatory cooperation, with Chinese regulators taking part and providing assistance"}},
        {"id": "f8", "status": "agreement", "value": "2022-09 mid | ~30 staff | ~9 weeks",
         "what": "PCAOB inspectors began work in Hong Kong in mid-September; about 30 staff spent about nine weeks there",
         "in": {S: "PCAOB检查人员于9月中旬抵达香港开展现场检查，约30名工作人员在当地工作约9周",
                A: "the board's staff expected to be on the ground in Hong Kong by mid-September",
                B: "The first inspections will take place in Hong Kong, where PCAOB staff are expected to arrive by mid-September",
                C: "A team of about 30 PCAOB staff spent roughly nine weeks in Hong Kong, starting in mid-September"}},
        {"id": "f9", "status": "agreement", "value": "2022-12-15",
         "what": "On Thursday 15 December 2022 the PCAOB said it had secured complete access to inspect and investigate firms in mainland China and Hong Kong for the first time in its history",
         "in": {S: "PCAOB于12月15日宣布，该机构历史上首次获得对中国内地和香港会计师事务所进行完整检查和调查的权限",
                C: "The Public Company Accounting Oversight Board said Thursday that it had secured complete access to inspect and investigate registered public accounting firms headquartered in mainland China and Hong Kong"}},
        {"id": "f10", "status": "agreement", "value": "2021-12",
         "what": "The PCAOB vacated the determinations it issued in December 2021 (relative date: 'last December')",
         "in": {S: "并撤销了2021年12月作出的相关认定",
                C: "The board voted to vacate the determinations it issued last December"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Williams warned that if Beijing obstructs access the board will act immediately to consider a new determination (hedged: consider whether)",
         "in": {S: "若中方今后以任何方式阻挠检查，PCAOB将立即考虑是否需要重新作出认定",
                C: "the board will act immediately to consider whether a new determination is needed"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Williams said the result is not a clean bill of health for the firms (negated)",
         "in": {S: "这并不代表相关会计师事务所的审计质量已经过关",
                C: "this is not a clean bill of health for these firms"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "The PCAOB plans to open a permanent inspection office in Beijing early next year (no source says so)",
         "in": {S: "PCAOB计划于明年初在北京设立常设检查办事处"}},
        {"id": "f14", "status": "omission", "value": "2022-08-12",
         "what": "Five state-owned giants including PetroChina and China Life said on 12 August they would delist from the NYSE (yearless date)",
         "in": {B: "Five state-owned giants, including PetroChina and China Life Insurance, said on August 12 they would delist"}},
        {"id": "f15", "status": "omission", "value": "2 years",
         "what": "A provision to shorten the HFCAA clock from three years to two is in the omnibus spending bill expected to pass next week",
         "in": {C: "A provision that would shorten the HFCAA's clock from three years to two"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "China had for more than a decade refused to let overseas regulators inspect local accounting firms (negated)",
         "in": {A: "China had for more than a decade refused to let overseas regulators inspect local accounting firms"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Inspectors found numerous potential deficiencies, consistent with other first-time inspections",
         "in": {C: "Inspectors found numerous potential deficiencies"}},
        {"id": "f18", "status": "omission", "value": "1030000000000 USD",
         "what": "Chinese companies listed in the US have a combined market value of about USD 1.03 trillion",
         "in": {A: "have a combined market value of about $1.03 trillion"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "连续三年", "mutated": "连续两年",
         "note": "the law's clock is three consecutive years (a, c); two years is only a pending provision (c)"},
        {"n": 2, "type": "number", "fact": "f8", "original": "约30名", "mutated": "约80名",
         "note": "about 30 PCAOB staff (c) -> about 80"},
        {"n": 3, "type": "date", "fact": "f1", "original": "8月26日", "mutated": "8月16日",
         "note": "the protocol was signed on Friday 26 August (a, b), not 16 August"},
        {"n": 4, "type": "date", "fact": "f9", "original": "12月15日", "mutated": "11月15日",
         "note": "the PCAOB announced complete access on Thursday 15 December (c), not 15 November"},
        {"n": 5, "type": "date", "fact": "f10", "original": "2021年12月", "mutated": "2020年12月",
         "note": "the vacated determinations date from 'last December' = December 2021 (c); December 2020 is when the HFCAA became law (a)"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "这并不代表", "mutated": "这代表",
         "note": "'not a clean bill of health' (c) -> it does mean the firms' audit quality has passed"},
        {"n": 7, "type": "negation", "fact": "f9", "original": "历史上首次获得", "mutated": "仍未获得",
         "note": "the PCAOB secured complete access for the first time (c) -> it has still not obtained it"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "中国证监会、财政部", "mutated": "中国证监会、中国人民银行",
         "note": "the protocol was signed with the CSRC and the Ministry of Finance (a, b), not the People's Bank of China"},
        {"n": 9, "type": "entity", "fact": "f8", "original": "抵达香港", "mutated": "抵达上海",
         "note": "the inspections took place in Hong Kong (a, b, c), not Shanghai"},
        {"n": 10, "type": "attribution", "fact": "f6", "original": "SEC主席根斯勒表示", "mutated": "PCAOB主席威廉姆斯表示",
         "note": "'meaningful only if the PCAOB can actually inspect completely' was SEC Chair Gensler's (a), not PCAOB Chair Williams's"},
        {"n": 11, "type": "attribution", "fact": "f7", "original": "中国证监会表示", "mutated": "中国外交部表示",
         "note": "the 'important step' statement came from the CSRC (b), not the Foreign Ministry"},
        {"n": 12, "type": "modality", "fact": "f4", "original": "最早可能于2024年", "mutated": "必将于2024年",
         "note": "hedged 'could be delisted as early as 2024' (a) -> asserted 'will certainly be delisted in 2024'"},
        {"n": 13, "type": "modality", "fact": "f11", "original": "将立即考虑是否需要重新作出认定", "mutated": "将立即重新作出认定",
         "note": "'will act immediately to consider whether a new determination is needed' (c) -> 'will immediately issue a new determination'"},
        {"n": 14, "type": "unit", "fact": "f8", "original": "约9周", "mutated": "约9个月",
         "note": "roughly nine weeks in Hong Kong (c) -> about nine months"},
    ],
    "boilerplate": {
        A: "(Reporting by Laura Feng",
        B: [{"inline": "Market snapshot | HSI 20,023.22 -0.7% | Hang Seng Tech 4,283.28 -1.3% | KWEB 28.41 +1.6% | USD/CNH 6.9312"},
            {"inline": "By Teresa Ho | 29 August 2022 | Capital Markets"},
            "Asia Capital Monitor is published for professional investors"],
        C: [{"inline": "By Michael Reinholt, Senior Editor | Dec. 16, 2022 | Regulation"},
            {"inline": "READ MORE: Two years on, what the HFCAA has cost Chinese issuers"},
            {"inline": "Photo: PCAOB headquarters in Washington, D.C. (Audit & Assurance Weekly)"},
            "CPE Corner:"],
    },
}
