# Gold specification for story `tariff-truce-geneva` (US-China trade talks in Geneva, 10-11 May
# 2025; joint statement of Monday 12 May; 90-day tariff cuts in effect from Wednesday 14 May:
# US additional tariffs on Chinese goods 145% -> 30%, China's on US goods 125% -> 10%; 20%
# fentanyl tariff, Section 301 and 232 duties and China's earlier farm/energy tariffs stay).
# All texts are invented for evaluation (the schedule, rates and officials follow the real
# episode; wording, quotes, analysts, outlets, the importer and the effective-rate estimates are
# made up). Edit here, then run `python3 build_gold.py`.
#
# f12 is a genuine source-versus-source conflict: a puts the average effective US tariff on
# Chinese goods after the truce at about 40% (Capital Lantern Economics), b at around 51% (Harbor
# Hill Research). The summary gives both figures, each with its own attribution.
#
# Traps:
# - Rate built from parts: 145% = 125% reciprocal + 20% fentanyl (b); 30% = 10% + 20%. "20%" and
#   "10%" recur with different scopes (fentanyl duty, remaining reciprocal rate, China's new rate,
#   China's earlier 10%-15% farm tariffs).
# - Percentage points vs percent: "24 percentage points" suspended (a, b), not 24%.
# - Same number, different meaning: 54% is both the de minimis postal duty (f10) and the total US
#   rate if the pause lapses (b); 34% is the reciprocal rate the pause would revert to (b), and m02
#   and m14 mutate to 34.
# - Rate vs total: c's "$40,000 container" paying "$58,000" then "$12,000" are totals for the 145% and
#   30% rates, not new rates; "$100 per-item flat fee" (b) is a fee, not a percentage; the planned
#   $200 fee (b) was dropped (m01 mutates 100 -> 200).
# - Report date vs event date: a (Mon 12 May) "agreed on Monday", talks "over the weekend", changes
#   "by Wednesday"; b (Fri 16 May) "issued ... on Monday" = 12 May, "on Wednesday" = 14 May; c (Mon
#   19 May) "Since last Wednesday" = 14 May; the summary (Tue 20 May) says 上周三 = 14 May. He
#   Lifeng's briefing was "on Sunday evening" (a) = 11 May, the day before the statement (m03 -> 11).
# - Two clocks, one date: 12:01 a.m. Eastern and noon Beijing time (b) are both 14 May.
# - Non-conflicting negations: "did not list which measures", "did not immediately respond" (a, c),
#   "CBP did not say whether", "weren't part of the deal", "Nobody I talked to ... thinks this is over".
# - Hedged and conditional claims: "could climb again if" (a), "may go right back up" (c), "may push up
#   transpacific freight rates" (b), "would revert to 34%" (b); summary 可能再度上调.
# - Attributed claims: Bessent's "Neither delegation wants a decoupling" (a) vs Greer's remark; He
#   Lifeng's "substantial progress" vs Li Chenggang's remark at the same briefing (m10).
# - Teasers with claim-like numbers, one the same as the new US rate: "rebound 30% in a week", "jump
#   4%", "slides 3%" (a; the Hang Seng's 3% in the body is an omission), "jump 19%", "climb 12%" (b),
#   "up 9%", "$14 million" (c).
# - Image caption inside the article (c) with the effective date "May 14, 2025": furniture.
# - Unsupported with hindsight: the summary says the next round is set for June in London; no source
#   says so.

A = "a-meridian.en.txt"
B = "b-customsfreight.en.txt"
C = "c-tideline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-05-12",
         "what": "After talks in Geneva on 10-11 May 2025, the two governments issued a joint statement on Monday 12 May",
         "in": {S: "中美经贸高层会谈于5月10日至11日在瑞士日内瓦举行，双方于5月12日发布联合声明",
                A: "The United States and China agreed on Monday to roll back most of the tariffs they imposed on each other in April",
                B: "the joint statement the two governments issued in Geneva on Monday",
                C: "after negotiators met in Geneva on May 10 and 11"}},
        {"id": "f2", "status": "agreement", "value": "145% -> 30%",
         "what": "US additional tariffs on Chinese goods cut from 145% to 30%",
         "in": {S: "美方对中国商品加征的关税由145%降至30%",
                A: "U.S. duties on Chinese imports will fall to 30% from 145%",
                B: "The additional U.S. tariff on most Chinese goods fell from 145% to 30%",
                C: "the extra U.S. tariff on most Chinese goods dropped from 145 percent to 30 percent"}},
        {"id": "f3", "status": "agreement", "value": "125% -> 10%",
         "what": "China's additional tariffs on US goods cut from 125% to 10%",
         "in": {S: "中方对美国商品加征的关税则由125%降至10%",
                A: "China's duties on American goods will drop to 10% from 125%",
                B: "Beijing cut its retaliatory rate on U.S. goods from 125% to 10%",
                C: "China cut its own tariffs on American goods to 10 percent"}},
        {"id": "f4", "status": "agreement", "value": "24 percentage points, 90 days",
         "what": "Both sides suspend 24 percentage points of the reciprocal tariffs for 90 days, keeping 10%",
         "in": {S: "双方均暂停实施24个百分点的加征关税，为期90天，其余10%予以保留",
                A: "Both sides will suspend 24 percentage points of their so-called reciprocal tariffs for 90 days",
                B: "24 percentage points are suspended for 90 days"}},
        {"id": "f5", "status": "agreement", "value": "2025-05-14",
         "what": "The cuts took effect on Wednesday 14 May 2025",
         "in": {S: "相关调整已于上周三起正式生效",
                A: "the changes are due to take effect by Wednesday",
                B: "took effect at 12:01 a.m. Eastern time on Wednesday",
                C: "Since last Wednesday, the same box costs him about $12,000"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The two sides set up a mechanism for continuing talks, led by He Lifeng for China and Bessent and Greer for the US",
         "in": {S: "双方同意建立经贸磋商机制，中方牵头人为国务院副总理何立峰，美方牵头人为财政部长贝森特和贸易代表格里尔",
                A: "The two sides will also set up a mechanism for continuing talks, led by He for China and by Bessent and Greer for the United States",
                B: "The joint statement sets up a standing channel for talks, with Treasury Secretary Scott Bessent and USTR Jamieson Greer facing Vice Premier He Lifeng"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "He Lifeng told a news conference that the talks had made substantial progress",
         "in": {S: "何立峰在会后的记者会上称会谈取得实质性进展",
                A: "told a news conference on Sunday evening that the talks had made substantial progress"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Bessent said neither side wants to decouple (negated)",
         "in": {S: "贝森特则表示，双方都不希望“脱钩”",
                A: "\"Neither delegation wants a decoupling,\" U.S. Treasury Secretary Scott Bessent told reporters",
                C: "said afterward that neither country wants to decouple"}},
        {"id": "f9", "status": "agreement", "value": "20%",
         "what": "The 20% fentanyl-related US tariff is not cut; Section 301 duties stay in place",
         "in": {S: "美方今年早些时候以芬太尼问题为由加征的20%关税不在此次下调之列，依据301条款加征的关税也维持不变",
                A: "which the Geneva deal leaves untouched",
                B: "The 20% fentanyl-related tariff is not affected",
                C: "includes a 20 percent tariff tied to fentanyl that stays"}},
        {"id": "f10", "status": "agreement", "value": "120% -> 54%; 100 USD/item",
         "what": "Duty on low-value postal shipments from China cut from 120% to 54%; the USD 100 per-item flat fee kept",
         "in": {S: "美方将自中国寄出的小额邮政包裹的关税税率由120%降至54%，每件100美元的固定收费则保持不变",
                B: "cut the duty on low-value postal shipments from China to 54% from 120% and kept the $100 per-item flat fee"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts/economists warn tariffs could/may rise again if no broader deal is reached within 90 days (hedged)",
         "in": {S: "分析人士提醒，若双方未能在90天内达成更全面的协议，关税可能再度上调",
                A: "Analysts cautioned that tariffs could climb again if the two sides fail to strike a broader deal within the 90 days",
                C: "Economists warn the rates may go right back up in August if the talks stall"}},
        {"id": "f12", "status": "source-conflict", "value": "40% | 51%",
         "what": "Average effective US tariff on Chinese goods after the truce: about 40% per Capital Lantern Economics (a) versus around 51% per Harbor Hill Research (b)",
         "in": {S: "有研究机构估计约为40%，也有机构认为仍在51%左右",
                A: "the average effective U.S. tariff on Chinese goods would settle at about 40%",
                B: "Harbor Hill Research puts the average U.S. tariff on imports from China at around 51%"}},
        {"id": "f13", "status": "unsupported", "value": "2025-06, London",
         "what": "The next round of talks has been agreed for June in London (no source says so)",
         "in": {S: "双方已商定于6月在伦敦举行下一轮磋商"}},
        {"id": "f14", "status": "omission", "value": "2025-04-02",
         "what": "China agreed to suspend or remove the non-tariff countermeasures taken since 2 April",
         "in": {A: "China also agreed to suspend or remove the non-tariff countermeasures it has taken against the United States since April 2"}},
        {"id": "f15", "status": "omission", "value": "+3%",
         "what": "Hong Kong's Hang Seng index closed 3% higher",
         "in": {A: "Hong Kong's Hang Seng index closed 3% higher"}},
        {"id": "f16", "status": "omission", "value": "10%-15%",
         "what": "China's 10%-15% tariffs on US farm goods, coal and LNG from February and March stay in force",
         "in": {B: "the tariffs of 10% to 15% that Beijing put on U.S. farm goods, coal and LNG in February and March stay in force"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Section 232 duties on steel, aluminum and autos are unchanged",
         "in": {B: "Section 232 duties on steel, aluminum and autos are also unchanged"}},
        {"id": "f18", "status": "omission", "value": "2025-08-12",
         "what": "The 90-day pause runs out on 12 August",
         "in": {C: "The 90-day pause runs out on Aug. 12"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f10", "original": "每件100美元", "mutated": "每件200美元",
         "note": "USD 100 per-item flat fee -> USD 200; the planned rise to 200 was dropped (b)"},
        {"n": 2, "type": "number", "fact": "f4", "original": "24个百分点", "mutated": "34个百分点",
         "note": "24 percentage points suspended -> 34; 34% is the rate the pause would revert to (b)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "双方于5月12日发布", "mutated": "双方于5月11日发布",
         "note": "joint statement issued Monday 12 May (a, b) -> 11 May, the last day of talks"},
        {"n": 4, "type": "date", "fact": "f5", "original": "已于上周三起", "mutated": "已于上周四起",
         "note": "relative date shifted: Wednesday 14 May -> Thursday 15 May"},
        {"n": 5, "type": "negation", "fact": "f9", "original": "不在此次下调之列", "mutated": "也在此次下调之列",
         "note": "the 20% fentanyl tariff is not affected (a, b, c) -> it is cut too"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "双方都不希望", "mutated": "双方都希望",
         "note": "Bessent: neither side wants to decouple -> both want to decouple"},
        {"n": 7, "type": "entity", "fact": "f6", "original": "国务院副总理何立峰", "mutated": "国务院副总理丁薛祥",
         "note": "China's lead is Vice Premier He Lifeng (a, b); no source names Ding Xuexiang"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "瑞士日内瓦", "mutated": "瑞士苏黎世",
         "note": "the talks were in Geneva (a, b, c), not Zurich"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "贝森特则表示", "mutated": "格里尔则表示",
         "note": "the no-decoupling remark was Bessent's (a, c), not Greer's"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "何立峰在会后", "mutated": "李成钢在会后",
         "note": "'substantial progress' was He Lifeng's assessment (a); Li Chenggang spoke about the joint statement"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "关税可能再度上调", "mutated": "关税必将再度上调",
         "note": "hedged 'could climb again' / 'may go right back up' -> asserted 'will certainly rise'"},
        {"n": 12, "type": "modality", "fact": "f6", "original": "双方同意建立", "mutated": "双方考虑建立",
         "note": "the two sides agreed to / will set up a mechanism (a, b) -> are considering one"},
        {"n": 13, "type": "unit", "fact": "f4", "original": "为期90天", "mutated": "为期90周",
         "note": "90 days -> 90 weeks"},
        {"n": 14, "type": "percentage", "fact": "f3", "original": "由125%降至10%", "mutated": "由125%降至34%",
         "note": "China's rate falls to 10% (a, b, c) -> 34%; 34% is the US reciprocal rate the pause would revert to (b)"},
    ],
    "boilerplate": {
        A: [{"inline": "World | Business | Markets | Trade | Tech | Sustainability | More"},
            {"inline": "By Tomasz Wierzbicki and Helen Guo | May 12, 2025 11:05 AM GMT+2 | Updated 38 minutes ago"},
            "Related Coverage"],
        B: [{"inline": "Sign in | Subscribe | Events | Webinars | Tariff Tracker"},
            {"inline": "Trade Compliance | 16 May 2025 | By Rachel Achterberg, Policy Editor"},
            "Get the Compliance Brief"],
        C: [{"inline": "News | Business | Waterfront | Opinion | Events | Obituaries"},
            {"inline": "Posted by Gwen Halvorsen | May 19, 2025 at 7:30 AM | Business, Waterfront"},
            {"inline": "Containers stacked at the Port of Tacoma's Pierce County Terminal on May 14, 2025. (Photo: Luis Ferreira / The Tacoma Tideline)"},
            "Got a tip? Email the newsroom."],
    },
}
