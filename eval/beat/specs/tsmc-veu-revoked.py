# Gold specification for story `tsmc-veu-revoked` (the US revokes the Validated End-User status of
# TSMC's Nanjing plant, disclosed by TSMC on Tuesday 2 September 2025 and effective 31 December
# 2025, 120 days later; days after the same step for Samsung's and SK Hynix's Chinese plants on
# 29 August; licences now needed for US tools; Commerce intends to license operation of existing
# fabs but not expansion or upgrades).
# All texts are invented for evaluation (the outline follows the real episode; wording, quotes,
# analysts, outlets and most figures are made up). Edit here, then run
# `python3 ../shared/eval/build_gold.py --root eval/beat --story tsmc-veu-revoked`.
# The summary is in Simplified Chinese, mainland press style.
#
# f12 is a genuine source-versus-source conflict: a puts the Nanjing plant's capacity at about
# 30,000 12-inch wafers a month (TSMC's annual report), b at about 40,000 wafers a month (Granite
# Bay Research). The summary gives both figures, each with its own attribution.
#
# Traps:
# - One deadline written three ways: "effective Dec. 31, 2025" (a), "in 120 days, on Dec. 31" (b),
#   "in 120 days, at the end of this year" (c). a's "120 days" is said of Samsung and SK Hynix.
# - Report date vs event date: a (Wed 3 Sep, dateline Sept 2) and b, c (Thu 4 Sep) all say
#   "on Tuesday" for TSMC's disclosure (2 September); b's "last Friday" and a's "Aug. 29" are the
#   same day for the Samsung/SK Hynix decision; c's "on Monday" (1 September) is MOFCOM's
#   statement (omitted).
# - The number 12 in other roles: "12-inch wafers" (a, c) and a "12%" teaser; m02 changes 16nm to
#   12nm. "16nm" (b) and "16-nanometre" (a, c) are the same node.
# - Same number, different scope: "40%" is Samsung's NAND share in Xi'an (b) and SK Hynix's DRAM
#   share in Wuxi (a), both omitted, while 40,000 wafers a month is b's side of the conflict.
# - "2.4%" is a share of 2024 revenue: "in 2024" (a) and "last year" (c).
# - Other years: "October 2022" (a, the original tool curbs), "in 2018" (c, plant opening,
#   omitted), "Oct. 31, 2018" in an image caption (furniture).
# - Non-conflicting negations: "did not say how long licence reviews would take", "did not
#   immediately respond", "gave no timeline", "has not said whether licences will cover spare
#   parts", "declined to comment", "a fab that can't upgrade", Taiwan's ministry "did not expect
#   the decision to affect the island's chip supply". The intent negation "does not intend to
#   license capacity expansions" (b) is the fact behind m05.
# - Hedges: analysts say the impact "could be limited" (b) / "may have a limited impact" (c);
#   Commerce "intends to" grant licences (a, b, c).
# - Attribution: the operating-licence policy is the Commerce Department's in a and b, but only
#   "Washington" in c.
# - Teasers with claim-like numbers: "rises 26%" (a) and "up 26%" (c), "$15 billion", "12%",
#   "100 billion yen".
# - The unsupported sentence (f13, TSMC has suspended expansion at Nanjing) sits near what the
#   sources do say: Commerce will not license expansions.

A = "a-pacificrim.en.txt"
B = "b-fabinsider.en.txt"
C = "c-taipeiledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-09-02",
         "what": "TSMC said on Tuesday 2 September 2025 that the US government had notified it that its Nanjing plant's VEU status would be revoked",
         "in": {S: "台积电9月2日表示，已接到美国政府通知",
                A: "said on Tuesday the U.S. government had notified it that the Validated End-User (VEU) status of its plant in Nanjing, China, would be revoked",
                B: "TSMC said on Tuesday that the U.S. government had told it the status of its Nanjing fab would be revoked",
                C: "disclosed on Tuesday that Washington will strip its Nanjing plant of the Validated End-User status"}},
        {"id": "f2", "status": "agreement", "value": "2025-12-31",
         "what": "The revocation takes effect on 31 December 2025 (end of the year)",
         "in": {S: "自2025年12月31日起",
                A: "effective Dec. 31, 2025",
                B: "on Dec. 31, the same day the Korean companies' authorisations lapse",
                C: "at the end of this year"}},
        {"id": "f3", "status": "agreement", "value": "120 days",
         "what": "TSMC's VEU status is revoked in 120 days",
         "in": {S: "资格将在120天后被撤销",
                B: "TSMC will lose the status in 120 days",
                C: "The revocation takes effect in 120 days"}},
        {"id": "f4", "status": "agreement", "value": "2025-08-29",
         "what": "Days earlier, on Friday 29 August, the Commerce Department said it would revoke the VEU status of Samsung's and SK Hynix's Chinese plants",
         "in": {S: "美国商务部已于8月29日宣布撤销三星电子和SK海力士在华工厂的VEU资格",
                A: "said on Aug. 29 that it would revoke the same status for the Chinese plants of Samsung Electronics and SK Hynix",
                B: "following last Friday's decision to do the same for Samsung Electronics and SK Hynix"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Once the status lapses, suppliers need licences to ship US chipmaking tools to the plant",
         "in": {S: "美国供应商向南京厂运送美国芯片制造设备须申请许可证",
                A: "suppliers will need a licence from Washington to send U.S. tools to the fab",
                B: "toolmakers such as Applied Materials, Lam Research and KLA must apply for licences to ship U.S. equipment"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Commerce said it intends to grant licences to operate existing fabs in China, but not to expand capacity or upgrade technology (negated)",
         "in": {S: "美国商务部表示，打算向相关企业发放许可证，允许其在华现有工厂继续运营，但不会批准其扩充产能或升级技术",
                A: "The Commerce Department said it intended to grant licences allowing the companies to operate their existing fabs in China, but not to expand capacity or upgrade technology there",
                B: "The Commerce Department said it intends to grant licences that let the companies keep running their existing plants, but it does not intend to license capacity expansions or technology upgrades",
                C: "Washington has said it intends to grant licences that let companies operate existing fabs in China, but not to expand capacity or upgrade technology"}},
        {"id": "f7", "status": "agreement", "value": "16 nm | 28 nm",
         "what": "The Nanjing plant makes chips on 16nm and 28nm processes",
         "in": {S: "南京厂生产16纳米和28纳米制程芯片",
                A: "The Nanjing plant makes chips on 16-nanometre and 28-nanometre processes",
                B: "TSMC's Nanjing site runs 16nm and 28nm processes",
                C: "It makes chips on 16-nanometre and 28-nanometre technology"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "The Nanjing plant does not make TSMC's most advanced chips (negated)",
         "in": {S: "并不生产台积电最先进的芯片",
                B: "It does not make the company's most advanced chips",
                C: "is not among the company's most advanced factories"}},
        {"id": "f9", "status": "agreement", "value": "2.4%",
         "what": "According to TSMC's annual report, the Nanjing plant accounted for 2.4% of TSMC's 2024 revenue",
         "in": {S: "台积电年报显示，南京厂去年营收占公司总营收的2.4%",
                A: "The same report shows the plant accounted for 2.4% of TSMC's revenue in 2024",
                C: "It contributed 2.4% of TSMC's total revenue last year, according to the company's annual report"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "TSMC said it was evaluating the situation, communicating with the US government, and committed to uninterrupted operation of TSMC Nanjing",
         "in": {S: "正在评估情况并与美国政府沟通，致力于确保南京厂不间断运营",
                A: "remained fully committed to ensuring the uninterrupted operation of TSMC Nanjing",
                C: "remained committed to ensuring uninterrupted operation at the Nanjing plant"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts said the impact on TSMC could be limited (hedged)",
         "in": {S: "此举对台积电整体营收的冲击可能有限",
                B: "Analysts said the impact on TSMC could be limited",
                C: "the decision may have a limited impact on TSMC's overall revenue"}},
        {"id": "f12", "status": "source-conflict", "value": "30000 wafers/month | 40000 wafers/month",
         "what": "Nanjing capacity: about 30,000 12-inch wafers a month per TSMC's annual report (a) versus about 40,000 wafers a month per Granite Bay Research (b)",
         "in": {S: "有报道称每月约3万片12英寸晶圆，也有研究机构估计约为4万片",
                A: "can turn out about 30,000 12-inch wafers a month",
                B: "Granite Bay Research estimates its capacity at about 40,000 wafers a month"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "TSMC has suspended its expansion plans for the Nanjing plant (no source says so)",
         "in": {S: "台积电已暂停南京厂的扩产计划"}},
        {"id": "f14", "status": "omission", "value": "40%",
         "what": "Samsung makes about 40% of its NAND flash at its Xi'an plant",
         "in": {B: "Samsung makes about 40% of its NAND flash at its plant in Xi'an"}},
        {"id": "f15", "status": "omission", "value": "2025-09-01",
         "what": "China's Ministry of Commerce said on Monday the US move (on Samsung and SK Hynix) would disrupt global chip supply chains and China would take necessary measures",
         "in": {C: "China's Ministry of Commerce said on Monday the U.S. move would disrupt global chip supply chains"}},
        {"id": "f16", "status": "omission", "value": "40%",
         "what": "SK Hynix makes about 40% of its DRAM chips at its Wuxi plant",
         "in": {A: "SK Hynix makes about 40% of its DRAM memory chips at its plant in Wuxi, China"}},
        {"id": "f17", "status": "omission", "value": "2018",
         "what": "TSMC opened the Nanjing plant in 2018 as its first 12-inch wafer fab in mainland China",
         "in": {C: "TSMC opened the Nanjing plant in 2018 as its first 12-inch wafer fab in mainland China"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "120天后", "mutated": "90天后",
         "note": "the status is revoked in 120 days (b, c) -> 90 days"},
        {"n": 2, "type": "number", "fact": "f7", "original": "16纳米", "mutated": "12纳米",
         "note": "16nm (a, b, c) -> 12nm; 12 appears in the sources only as a wafer size (12-inch)"},
        {"n": 3, "type": "date", "fact": "f4", "original": "8月29日", "mutated": "8月19日",
         "note": "Samsung/SK Hynix decision on Friday 29 August (a; b's 'last Friday') -> 19 August"},
        {"n": 4, "type": "date", "fact": "f2", "original": "2025年12月31日", "mutated": "2025年11月30日",
         "note": "effective 31 December 2025 (a, b; c 'end of this year') -> 30 November 2025"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "但不会批准其", "mutated": "同时也会批准其",
         "note": "Commerce will not license expansion or upgrades (a, b, c) -> it will also approve them"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "并不生产台积电最先进的芯片", "mutated": "也生产台积电最先进的芯片",
         "note": "Nanjing does not make TSMC's most advanced chips (b, c) -> it also makes them"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "SK海力士", "mutated": "美光科技",
         "note": "the other company was SK Hynix (a, b); no source names Micron"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "南京工厂", "mutated": "上海工厂",
         "note": "the plant is in Nanjing (a, b, c); no source mentions a Shanghai plant"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "美国商务部表示", "mutated": "美国贸易代表办公室表示",
         "note": "the licensing intention was stated by the Commerce Department (a, b), not USTR"},
        {"n": 10, "type": "attribution", "fact": "f9", "original": "台积电年报显示", "mutated": "集邦咨询数据显示",
         "note": "the 2.4% share comes from TSMC's annual report (a, c), not TrendForce"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "冲击可能有限", "mutated": "冲击必然有限",
         "note": "hedged 'could be limited' (b) / 'may have a limited impact' (c) -> 'is bound to be limited'"},
        {"n": 12, "type": "modality", "fact": "f5", "original": "设备须申请许可证", "mutated": "设备或须申请许可证",
         "note": "suppliers 'will need' (a) / 'must apply for' (b) licences -> 'may need to'"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "28纳米", "mutated": "28微米",
         "note": "28 nanometres (a, b, c) -> 28 micrometres"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "2.4%", "mutated": "4.2%",
         "note": "Nanjing's share of 2024 revenue 2.4% (a, c) -> 4.2%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Grace Liu and Tom Becker | September 3, 2025 9:12 AM GMT+8 | Updated 1 hour ago"},
            "Related Articles"],
        B: [{"inline": "Policy & Trade | 4 September 2025 | By Anya Petrov, Senior Editor"},
            "Subscribe to Fab Insider Weekly"],
        C: [{"inline": "Posted by Chen Wei-ting | September 4, 2025 at 7:30 AM | Business"},
            {"inline": "TSMC's Nanjing fab in Jiangsu province, China, in a file photo taken on Oct. 31, 2018. (Photo: Ledger archive)"},
            "Filed under: Semiconductors, Taiwan, China"],
    },
}
