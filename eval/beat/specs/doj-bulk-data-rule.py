# Gold specification for story `doj-bulk-data-rule` (US Justice Department final rule restricting
# transfers of Americans' bulk sensitive personal data to China and five other "countries of
# concern": published 8 January 2025, in force 8 April 2025, 90-day enforcement grace through
# 8 July announced 11 April, due diligence/audit/reporting obligations from 6 October 2025).
# All texts are invented for evaluation (the schedule, categories, thresholds and penalty caps
# follow the real rule; wording, quotes, analysts, outlets, the poll and the company counts are
# made up). Edit here, then run `python3 build_gold.py --root DIR --story doj-bulk-data-rule`.
#
# f13 is a genuine source-versus-source conflict: a says the department estimated roughly 4,500
# US companies must review their data dealings; c cites a consultancy tally of more than 11,000
# (c says it is "far above the official estimate"). The summary gives both, each attributed.
#
# Traps:
# - Same number, different things: 270 is "270 days after publication" (b, the 6 October
#   deadline) and the "more than 270" member companies of the US-China Business Council (c, summary);
#   90 is "took effect 90 days after publication" (a) and the 90-day enforcement grace (c);
#   1,000 is the biometric threshold in persons and the geolocation threshold in devices (b);
#   100 is the genomic threshold and "more than 100 frequently asked questions" (c).
#   m01 mutates 1万 -> 10万, which is the real threshold for covered personal identifiers (b, f16).
# - Same amount, different scale or rounding: $368,136 (a) = "roughly $368,000" (b) = 约36.8万美元;
#   "$1 million" (a) = "$1m" (b) = 100万美元; 10,000 = 1万; 11,000 = 1.1万.
# - Percent vs percentage points: b's poll, "41% ... up 9 percentage points from 32%"; not in the
#   summary; furniture has "slump 7%", "58% of privacy teams", "rises 13%", "-1.6%".
# - Yearless and relative dates: a "Oct. 6", b "6 October" (both 2025); a (Tue 8 Apr) "on Tuesday";
#   b (Thu 10 Apr) "on Tuesday, 8 April"; c (Mon 14 Apr) "On Friday" = 11 April, the date the
#   summary gives; c "in the last days of December" (2024, the rule's release, not its publication).
# - Report date vs event date: a, b and c are dated 8, 10 and 14 April; the summary 15 April.
# - Non-conflicting negations: "did not immediately respond to a request for comment" (a),
#   "Pam Bondi has not spoken publicly" (c; m10 attributes Blanche's statement to her),
#   "did not expect large fines" (c), "There is no consent exemption" (c, f17),
#   "did not scrap the Biden-era rule" (c, f15).
# - Hedged vs asserted: the business-group warning is hedged in both sources (b "may", c "could");
#   the 6 October deadline is asserted in both (a, b); analyst's "will probably" (c) is not in the summary.
# - Reported speech from several speakers: Blanche (c), China's foreign ministry (a, c), the US-China
#   Business Council (b, c), lawyer Kowalczyk (b), ex-prosecutor Brandt (c).
# - Numbers and dates in furniture: market ticker (a), "extended by 75 days", "12 million euros",
#   webinar "24 April, 15:00 BST" (b), image caption "on March 20, 2025" (c), "2 privacy bills".

A = "a-pmn.en.txt"
B = "b-dcl.en.txt"
C = "c-ctr.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-04-08",
         "what": "The Justice Department rule took effect on Tuesday 8 April 2025",
         "in": {S: "于当地时间4月8日正式生效",
                A: "took effect on Tuesday, creating what officials call the first national-security screen",
                B: "came into force on Tuesday, 8 April",
                C: "It has been in force since April 8"}},
        {"id": "f2", "status": "agreement", "value": "2025-01-08",
         "what": "The final rule was published (in the Federal Register) on 8 January 2025",
         "in": {S: "美国司法部今年1月8日发布的一项最终规则",
                A: "published in the Federal Register on Jan. 8",
                B: "The final rule was published on 8 January"}},
        {"id": "f3", "status": "agreement", "value": "6",
         "what": "Six countries of concern: China (incl. Hong Kong, Macau), Russia, Iran, North Korea, Cuba, Venezuela",
         "in": {S: "流向中国、俄罗斯、伊朗等六个“受关注国家”",
                A: "It covers China, including Hong Kong and Macau, as well as Russia, Iran, North Korea, Cuba and Venezuela",
                B: "The rule names six countries of concern"}},
        {"id": "f4", "status": "agreement", "value": "100 persons | 10000 persons | 1000 devices",
         "what": "Bulk thresholds: genomic data on 100+ Americans, health or financial data on 10,000+, precise geolocation from 1,000+ US devices",
         "in": {S: "涉及100名以上美国人的人类基因组数据、1万人以上的个人健康或金融数据，以及1000台以上美国设备的精确地理位置数据",
                A: "human genomic data on more than 100 Americans, personal health or financial data on more than 10,000 people, and precise geolocation data from more than 1,000 U.S. devices",
                B: "Genomic data on 100 or more U.S. persons, biometric identifiers on 1,000 persons and precise geolocation data on 1,000 devices all qualify"}},
        {"id": "f5", "status": "agreement", "value": "50%",
         "what": "Foreign entities 50% or more owned by a country of concern are covered persons",
         "in": {S: "由受关注国家持股50%及以上的外国实体同样受规则约束",
                B: "Entities that are 50% or more owned by a country of concern or by covered persons are themselves treated as covered persons",
                C: "Any foreign company 50% or more owned by Chinese interests counts as a covered person"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The rule does not impose a general data-localisation requirement (negated)",
         "in": {S: "规则并未对企业提出普遍的数据本地化要求",
                A: "The rule does not require companies to store data inside the United States",
                B: "the rule stops short of a general data-localisation mandate"}},
        {"id": "f7", "status": "agreement", "value": "368136 USD or 2x | 1000000 USD, 20 years",
         "what": "Civil penalties up to USD 368,136 or twice the transaction value; willful violations up to USD 1 million and 20 years in prison",
         "in": {S: "违规者最高可被处以约36.8万美元或交易金额两倍的民事罚款，故意违规者最高可被判处100万美元罚款和20年监禁",
                A: "Violations carry civil penalties of up to $368,136 or twice the value of the transaction, whichever is greater",
                B: "Civil penalties run to roughly $368,000 per violation or twice the value of the transaction"}},
        {"id": "f8", "status": "agreement", "value": "2025-04-11 | 90 days to 2025-07-08",
         "what": "On Friday 11 April DOJ said it would not prioritize civil enforcement against good-faith companies for 90 days, through 8 July (negated)",
         "in": {S: "司法部4月11日表示，对于正在善意推进合规的企业，7月8日前将不优先采取执法行动",
                C: "it said it would not prioritize civil enforcement against companies making good-faith efforts to comply for 90 days, through July 8"}},
        {"id": "f9", "status": "agreement", "value": "2025-10-06",
         "what": "Due diligence, audit and reporting obligations take effect on 6 October 2025",
         "in": {S: "尽职调查、审计和报告等要求则自10月6日起适用",
                A: "Companies have until Oct. 6 to put in place the due diligence, audit and reporting requirements",
                B: "The due diligence, audit and reporting obligations for restricted transactions take effect on 6 October"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Deputy Attorney General Todd Blanche said the program would make it far harder for adversaries to get Americans' data",
         "in": {S: "美国常务副司法部长布兰奇表示，这一计划将使外国对手更难获取美国人的数据",
                C: "Deputy Attorney General Todd Blanche said on Friday the program would make it far harder for foreign adversaries"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "China's foreign ministry firmly opposed the rule, accusing the US of overstretching national security and discrimination",
         "in": {S: "中国外交部发言人表示，中方坚决反对美方泛化国家安全概念",
                A: "China's foreign ministry said on Tuesday that Beijing firmly opposed the rule",
                C: "its foreign ministry said the United States was overreaching in the name of national security"}},
        {"id": "f12", "status": "agreement", "value": "270+",
         "what": "The US-China Business Council (270+ member companies) backs data protection but warned the rule may/could push up compliance costs (hedged)",
         "in": {S: "新规可能推高企业合规成本",
                B: "Business groups, including the US-China Business Council, have warned that the rule may raise compliance costs",
                C: "cautioned that the rule could push up compliance costs and slow cross-border research"}},
        {"id": "f13", "status": "source-conflict", "value": "4500 | 11000",
         "what": "Number of US companies that must review their data dealings: about 4,500 (DOJ estimate, a) vs more than 11,000 (Larkmoor Advisory, c)",
         "in": {S: "有报道援引司法部估算称约4500家，也有咨询机构测算认为超过1.1万家",
                A: "roughly 4,500 U.S. companies will need to review their data dealings",
                C: "puts the number of U.S. companies that will have to review their data dealings at more than 11,000"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Several US genetic-testing companies have already stopped supplying data to Chinese partners (no source says so)",
         "in": {S: "目前已有多家美国基因检测公司暂停向中国合作方提供数据"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The Trump administration did not scrap the Biden-era rule (negated)",
         "in": {C: "The Trump administration did not scrap the Biden-era rule"}},
        {"id": "f16", "status": "omission", "value": "100000 persons",
         "what": "Covered personal identifiers have the highest threshold, 100,000 persons",
         "in": {B: "Covered personal identifiers, such as account numbers tied to names, carry the highest bar, at 100,000 persons"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "No consent exemption; the rule applies even to anonymized or encrypted data",
         "in": {C: "There is no consent exemption, and it applies even to data that has been anonymized or encrypted"}},
        {"id": "f18", "status": "omission", "value": "10 years",
         "what": "Records of restricted transactions must be kept for 10 years",
         "in": {B: "Firms must keep records of restricted transactions for 10 years"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "The rule exempts some routine business, such as transactions ordinarily incident to financial services",
         "in": {A: "It also exempts some routine business, including transactions ordinarily incident to financial services"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f4", "original": "1万人以上", "mutated": "10万人以上",
         "note": "health/financial threshold 10,000 persons -> 100,000; 100,000 is the threshold for personal identifiers (b)"},
        {"n": 2, "type": "number", "fact": "f7", "original": "交易金额两倍", "mutated": "交易金额三倍",
         "note": "civil penalty of twice the transaction value (a, b) -> three times"},
        {"n": 3, "type": "date", "fact": "f1", "original": "当地时间4月8日", "mutated": "当地时间4月18日",
         "note": "the rule took effect on 8 April (a, b, c) -> 18 April"},
        {"n": 4, "type": "date", "fact": "f8", "original": "7月8日前", "mutated": "9月8日前",
         "note": "the 90-day enforcement grace runs through 8 July (c) -> 8 September"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "并未对企业提出", "mutated": "还对企业提出了",
         "note": "the rule does not require data localisation (a) / stops short of a mandate (b) -> it imposes one"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "将不优先采取", "mutated": "将优先采取",
         "note": "DOJ would not prioritize enforcement against good-faith firms (c) -> would prioritize it"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "伊朗", "mutated": "印度",
         "note": "Iran is a country of concern; no source names India"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "美中贸易全国委员会", "mutated": "美国商会",
         "note": "the warning came from the US-China Business Council (b, c), not the US Chamber of Commerce, which no source names"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "中国外交部发言人", "mutated": "中国商务部发言人",
         "note": "Beijing's opposition was voiced by the foreign ministry (a, c), not MOFCOM"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "美国常务副司法部长布兰奇", "mutated": "美国司法部长邦迪",
         "note": "the statement was Deputy AG Blanche's; c says AG Bondi has not spoken publicly about the program"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能推高", "mutated": "将推高",
         "note": "hedged 'may raise' (b) / 'could push up' (c) compliance costs -> asserted 'will push up'"},
        {"n": 12, "type": "modality", "fact": "f9", "original": "则自10月6日起适用", "mutated": "则可能自10月6日起适用",
         "note": "asserted 'take effect on 6 October' (a, b) -> hedged 'may apply from'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "20年监禁", "mutated": "20个月监禁",
         "note": "up to 20 years in prison (a, b) -> 20 months"},
        {"n": 14, "type": "percentage", "fact": "f5", "original": "持股50%", "mutated": "持股25%",
         "note": "entities 50% or more owned by a country of concern (b, c) -> 25% or more"},
    ],
    "boilerplate": {
        A: [{"inline": "World | Business | Markets | Technology | Legal | Breakingviews"},
            {"inline": "MARKETS: Dow 37,645 (-0.8%) | S&P 500 5,062 (-1.6%) | USD/CNY 7.35 | Brent $62.82"},
            {"inline": "By Helen Marsh and Zhou Yiming | April 8, 2025 6:41 PM EDT | Updated 35 mins ago"},
            "Reporting by Helen Marsh in Washington"],
        B: [{"inline": "Home > Privacy > Cross-Border Transfers"},
            {"inline": "Data Compliance Ledger | Free webinar: Mapping your data flows, 24 April, 15:00 BST | Register now"},
            {"inline": "Analysis | 10 April 2025 | By Oliver Prendergast, US Regulatory Editor | 6 min read"},
            "Related coverage"],
        C: [{"inline": "Capitol Tech Review | Policy | Security | Trade | Podcasts | Subscribe"},
            {"inline": "By Marcus Ellery | April 14, 2025 | 8 min read"},
            {"inline": "Server racks at a data center in Ashburn, Virginia, on March 20, 2025. (Photo: Dana Whitfield / Capitol Tech Review)"},
            "Filed under: Data Security, China, Justice Department"],
    },
}
