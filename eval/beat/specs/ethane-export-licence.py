# Gold specification for story `ethane-export-licence` (the US Commerce Department requires licences for
# ethane exports to China in late May / early June 2025, eases the rule on 25 June, and rescinds it on
# 2 July after the London framework; Enterprise Products Partners and Energy Transfer; tankers waiting).
# All texts are invented for evaluation (the dates, the 2.2 million barrels, the three cargoes and the
# EIA-style export figures follow the real episode; wording, quotes, analysts, outlets, prices and
# freight colour are made up). Summary in Traditional Chinese, Taiwan usage. Edit here, then run
# `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story ethane-export-licence`.
#
# f11 is a genuine source-versus-source conflict: a (quoting Enterprise's filing) says BIS first told
# Enterprise on May 23; c says Enterprise got its letter on May 29. The summary reports both dates.
#
# Traps:
# - Similar barrels-per-day figures with different scopes: 227,000 b/d (2024 average exports to China,
#   a, f5), 257,000 b/d (May 2025 exports to China, b), 240,000 b/d (expected July exports, b, f10);
#   the teaser "1.9 million bpd" is propane. m13 swaps barrels for tonnes (a common real-world slip).
# - 46% is China's share of US ethane exports (a, c); c's closing teaser "the 8% question" is not it.
# - Two deadlines that are not in conflict: 20 days to respond (f3) vs the 45th day after which the
#   denials become final (a, omission f15).
# - Loading vs unloading: on 25 June exporters could load but not unload without authorization (f6);
#   on 2 July no authorization is needed to discharge (f8, m6).
# - Weekdays: a is dated Thursday 5 June and says Enterprise filed "on Wednesday" (4 June); b is dated
#   Thursday 3 July and says Commerce rescinded the rule "on Wednesday" (2 July), as c states outright.
# - Two sets of talks: Geneva (May truce, a and c) vs London (June 9-10 framework, b and c); m8 swaps
#   London for Geneva.
# - "Intends to deny" is not "denied" (f2, m11); "expected to recover" is not "recovered" (f10, m12).
# - Non-conflicting negations: "BIS did not respond", "declined to comment", "could not unload it there
#   without authorization", "has not honoured", "no second buyer of China's size", "nowhere else".
# - The unsupported claim f12 (chip-design software curbs lifted the same day) is true of the wider
#   episode but no source states it; b's and c's "a series of measures" is a near miss.
# - The butane requirement was dropped (a, omission f14): a negation-like fact the summary leaves out.
# - Inline furniture: a's "READ MORE: Rare earth magnet shortage idles two European car plants",
#   b's advertisement ("2028 delivery"), c's subscribe line; teasers "2%", "1.9 million bpd", "20% of
#   workforce by 2026", "14%", "38", "1 August", "8%".

A = "a-baymark.en.txt"
B = "b-gastankerweekly.en.txt"
C = "c-feedstock.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": None,
         "what": "In late May and early June Commerce told ethane exporters (Enterprise, Energy Transfer) that exports to China need a licence, citing an unacceptable risk of military end use",
         "in": {S: "要求向中國出口乙烷須先取得許可證，理由是相關貨物有被轉作軍事用途的「不可接受風險」",
                A: "exports of ethane to China would need a licence because such shipments posed an unacceptable risk of diversion to a military end use in China",
                C: "In late May and early June the Commerce Department sent letters to ethane exporters saying that shipments to China would need a licence"}},
        {"id": "f2", "status": "agreement", "value": "3 | 2200000 bbl | 2025-06-04",
         "what": "On Wednesday 4 June Enterprise said BIS intends to deny its emergency requests for three ethane cargoes to China totalling about 2.2 million barrels (hedged: intends)",
         "in": {S: "該公司6月4日表示，商務部有意駁回其三批、共約220萬桶乙烷運往中國的緊急授權申請",
                A: "it intends to deny emergency authorization requests for the three proposed cargoes, which together hold about 2.2 million barrels",
                C: "its emergency requests to send three cargoes of about 2.2 million barrels would be turned down"}},
        {"id": "f3", "status": "agreement", "value": "20 days",
         "what": "Enterprise has up to 20 days to respond",
         "in": {S: "公司最多有20天可提出回應",
                A: "The company has up to 20 days to respond with comments or rebuttals"}},
        {"id": "f4", "status": "agreement", "value": "2025-06-03",
         "what": "Energy Transfer received a similar letter on 3 June and would apply for emergency authorization to keep shipping while its licence application is reviewed",
         "in": {S: "能源轉移公司則於6月3日收到類似信函，並表示將申請緊急授權",
                A: "it received a similar letter from the department on June 3 and would apply for emergency authorization"}},
        {"id": "f5", "status": "agreement", "value": "227000 bbl/d | 46%",
         "what": "US ethane exports to China averaged about 227,000 b/d in 2024, roughly 46% of US ethane exports",
         "in": {S: "去年自美國進口乙烷平均每日約22.7萬桶，約占美國乙烷出口總量的46%",
                A: "U.S. ethane exports to China averaged about 227,000 barrels per day in 2024, or roughly 46% of total U.S. ethane exports",
                C: "China takes roughly 46% of US ethane exports"}},
        {"id": "f6", "status": "agreement", "value": "2025-06-25",
         "what": "On 25 June Commerce told exporters they could load ethane for China but could not unload it there without authorization (negated)",
         "in": {S: "美國商務部6月25日曾通知業者可將乙烷裝船運往中國，但未經授權不得在當地卸貨",
                B: "On 25 June the department told exporters they could load ethane on vessels bound for China but could not unload it there without authorization"}},
        {"id": "f7", "status": "agreement", "value": "2025-06-27",
         "what": "On 27 June MOFCOM said China would review and approve eligible export applications for controlled items and the US would cancel a series of restrictive measures",
         "in": {S: "中國商務部6月27日表示，中方將審批符合條件的管制物項出口申請，美方則將取消一系列對中國的限制措施",
                C: "On June 27 China's Ministry of Commerce said Beijing would review and approve export applications for controlled items that meet the requirements"}},
        {"id": "f8", "status": "agreement", "value": "2025-07-02",
         "what": "After the London framework, Commerce sent letters on Wednesday 2 July rescinding the licence requirement; exporters no longer need US authorization to discharge in China (negated)",
         "in": {S: "在美中倫敦會談達成框架後，美國商務部7月2日致函出口業者撤銷上述許可證要求，業者無須再取得美方授權即可在中國卸貨",
                B: "The US Commerce Department on Wednesday rescinded the licence requirement",
                C: "Five days later, on July 2, Commerce sent letters lifting the ethane licence requirement"}},
        {"id": "f9", "status": "agreement", "value": "8",
         "what": "At least eight ethane carriers that had idled on the US Gulf Coast were heading for China",
         "in": {S: "原本在美國墨西哥灣沿岸停泊等候的至少8艘乙烷運輸船已啟航前往中國",
                B: "at least eight very large ethane carriers that had been idling along the US Gulf Coast heading for China on Wednesday"}},
        {"id": "f10", "status": "agreement", "value": "240000 bbl/d",
         "what": "An analyst (Lodestar) expects July ethane exports to China to recover to around 240,000 b/d (hedged)",
         "in": {S: "分析師預計7月美國對中國的乙烷出口可望回升至每日約24萬桶",
                B: "July exports to China were expected to recover to around 240,000 b/d"}},
        {"id": "f11", "status": "source-conflict", "value": "2025-05-23 | 2025-05-29",
         "what": "Date BIS first notified Enterprise: May 23 per a (Enterprise's filing) versus May 29 per c",
         "in": {S: "有報導指為5月23日，也有說法是5月29日",
                A: "BIS first told Enterprise on May 23",
                C: "Enterprise Products Partners got its letter on May 29"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "The Trump administration lifted curbs on chip-design software exports to China the same day (no source says so)",
         "in": {S: "川普政府同日也解除了對中國出口晶片設計軟體的限制"}},
        {"id": "f13", "status": "omission", "value": "257000 bbl/d",
         "what": "US ethane exports to China slumped to almost nothing in June from about 257,000 b/d in May",
         "in": {B: "US ethane exports to China slumped to almost nothing in June from about 257,000 barrels per day in May"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "The original letter also covered butane, but that requirement was dropped",
         "in": {A: "The original letter also covered butane, but that requirement was later dropped"}},
        {"id": "f15", "status": "omission", "value": "45 days",
         "what": "Unless BIS advises otherwise by the 45th day after the notice, the denials become final",
         "in": {A: "Unless BIS advises otherwise by the 45th day after the notice, the denials become final"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "At least one vessel diverted its cargo to India in June",
         "in": {B: "At least one vessel had given up waiting in June and diverted its cargo to India"}},
        {"id": "f17", "status": "omission", "value": "2",
         "what": "Enterprise and Energy Transfer are the only two US companies with ethane export terminals",
         "in": {C: "Enterprise and Energy Transfer are the only two US companies with ethane export terminals"}},
        {"id": "f18", "status": "omission", "value": "18.8 US cents/gal",
         "what": "Mont Belvieu ethane fell to about 18.8 cents a gallon, the lowest since November",
         "in": {A: "Ethane at the Mont Belvieu hub in Texas fell to about 18.8 cents a gallon on Wednesday"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "其三批", "mutated": "其五批",
         "note": "three cargoes -> five"},
        {"n": 2, "type": "number", "fact": "f9", "original": "至少8艘", "mutated": "至少18艘",
         "note": "at least eight carriers -> at least 18"},
        {"n": 3, "type": "date", "fact": "f4", "original": "於6月3日收到", "mutated": "於6月13日收到",
         "note": "Energy Transfer's letter came on 3 June, not 13 June (after its 4 June filing)"},
        {"n": 4, "type": "date", "fact": "f8", "original": "美國商務部7月2日", "mutated": "美國商務部7月1日",
         "note": "the rescinding letters went out on Wednesday 2 July (b, c), not 1 July"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "但未經授權不得在當地卸貨", "mutated": "且無須授權即可在當地卸貨",
         "note": "on 25 June exporters could not unload without authorization -> could unload without it"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "業者無須再取得美方授權", "mutated": "業者仍須取得美方授權",
         "note": "after 2 July no US authorization is needed to discharge in China -> still needed"},
        {"n": 7, "type": "entity", "fact": "f4", "original": "能源轉移公司則於", "mutated": "塔加資源公司則於",
         "note": "Energy Transfer -> Targa Resources; no source names Targa"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "美中倫敦會談", "mutated": "美中日內瓦會談",
         "note": "the framework came from the London talks in June; Geneva was the May truce"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "中國商務部6月27日", "mutated": "中國外交部6月27日",
         "note": "the 27 June statement came from the Ministry of Commerce (c), not the Foreign Ministry"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "分析師預計", "mutated": "美國能源資訊管理局預計",
         "note": "the July forecast is a Lodestar analyst's (b), not the EIA's"},
        {"n": 11, "type": "modality", "fact": "f2", "original": "商務部有意駁回", "mutated": "商務部已駁回",
         "note": "BIS intends to deny the requests -> has denied them"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "可望回升至", "mutated": "已回升至",
         "note": "expected to recover -> has recovered"},
        {"n": 13, "type": "unit", "fact": "f2", "original": "共約220萬桶", "mutated": "共約220萬噸",
         "note": "2.2 million barrels -> 2.2 million tonnes"},
        {"n": 14, "type": "percentage", "fact": "f5", "original": "出口總量的46%", "mutated": "出口總量的64%",
         "note": "China's share of US ethane exports 46% -> 64% (digits swapped)"},
    ],
    "boilerplate": {
        A: [{"inline": "Energy | Commodities | Trade | Markets"},
            {"inline": "READ MORE: Rare earth magnet shortage idles two European car plants"},
            "Reporting by Laura Kemp"],
        B: [{"inline": "Gas Tanker Weekly | LPG | Ethane | Ammonia | Freight Rates | Subscribe"},
            {"inline": "Shipping desk | 3 July 2025 | Ethane | 4 min read"},
            {"inline": "Advertisement: Dual-fuel VLEC newbuild slots available for 2028 delivery. Contact our broking desk."},
            "Subscribers can download our VLEC position list"],
        C: [{"inline": "The Feedstock | Archive | About | Subscribe"},
            {"inline": "Ana Delgado | Jul 4, 2025 | Free post"},
            {"inline": "Subscribe to The Feedstock to get the next post in your inbox. It's free."},
            "Filed under: ethane, NGLs, export controls, China, trade"],
    },
}
