# Gold specification for story `nexperia-control` (the Dutch government takes control of Nexperia,
# the chipmaker owned by China's Wingtech, under the Goods Availability Act; order of 30 September
# 2025 made public on Sunday 12 October; the Enterprise Chamber suspends CEO Zhang Xuezheng; China's
# commerce ministry bars Nexperia China and its subcontractors from exporting (4 October); carmakers
# warn of shortages; the US affiliates (50%) rule of 29 September). The summary is in Traditional
# Chinese, Taiwan style (荷蘭經濟部, 聞泰科技, 安世半導體, 晶片, 執行長, 營收, 億/萬, 本月12日, 去年).
# All texts are invented for evaluation (the dates, the law, the court, the 50% rule, the Entity List
# listing of December 2024 and the broad facts follow the real events; outlets, quotes, analysts,
# the union officer, the Hazel Grove headcount and the 70%/80% China shares are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story nexperia-control`.
#
# Traps:
# - Report date vs event date: the order is dated 30 September but was made public "on Sunday"
#   (a, dated Monday 13 October; c, dated Wednesday 15 October) = 12 October (b: "made public on
#   Oct. 12"); the court ruling is "dated Oct. 7" (a) and "last week" (c); the summary (18 October)
#   writes 本月12日, 本月7日, 本月4日, 13日. "In December last year" (c, 2025) = December 2024 (a);
#   the summary's 去年12月 and 去年營收 are 2024.
# - Two September dates of different events: the Dutch order of 30 September vs the US affiliates
#   rule of 29 September; m02 moves 9月30日 to 9月3日.
# - Same number, different meanings: Wingtech fell by the 10% daily limit on Monday (a; c "10 per
#   cent") but "nearly 20% since Monday" over the week (b), so m13's 跌幅20% is contradicted, not
#   supported; the 50% ownership threshold (a) is "at least half-owned" in c; the teasers'
#   "fall 25%", "slip 2%", "15% rise" are unrelated.
# - Equal values in different units: revenue "$2.06 billion" (a) and "about €1.9 billion" (b) are the
#   same figure; the summary's 約20.6億美元 agrees with both, m12's 20.6億歐元 with neither.
# - Source-vs-source conflict (f19): the share of Nexperia chips finished in China is "about 70%"
#   (b, an analyst) vs "roughly 80 per cent" (c, industry estimates); the summary states neither.
# - Negations that do not conflict: "This is not a nationalisation", "It did not say whether it had
#   already used the powers", "did not respond to a request for comment" (a); "not hard to design",
#   "The lines will not stop this week", "has not said how much of its output is affected" (b);
#   "There is no suggestion the site will close", "It is not the first time" (c). "had never been
#   used before" (a, c) supports the summary's negated 過去從未動用過; "production continues as
#   normal" (b) and "day-to-day production can continue" (a) support 日常生產不受影響.
# - Hedges: ACEA "could lead to significant disruption" (b) and carmakers "could halt assembly
#   lines" (c) match the summary's 恐; the VDA's "stock for only a few weeks" and the anonymous
#   buyer's "could stop next month" are other speakers.
# - Quotes of different speakers: Wingtech's "excessive intervention driven by geopolitical bias"
#   (a, a stock-exchange filing) vs the Chinese foreign ministry's "stretching the concept of national
#   security" (a); ACEA's warning vs the VDA's (b); m08 and m09 swap exactly these.
# - Power vs use: the order "allows the government to block or reverse" decisions (a, b); m11 says it
#   has already reversed them, which a also declines to say.
# - Two commerce ministries: the US Commerce Department (affiliates rule) and China's commerce
#   ministry (export ban); m07 gives the US rule to the Treasury.

A = "a-meridian.en.txt"
B = "b-ascw.en.txt"
C = "c-stockport.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-10-12",
         "what": "The Dutch Ministry of Economic Affairs said on Sunday 12 October that it had invoked the Goods Availability Act to take control of Nexperia, owned by China's Wingtech",
         "in": {S: "荷蘭經濟部本月12日宣布",
                A: "The Ministry of Economic Affairs said on Sunday it had invoked the Goods Availability Act",
                C: "announced on Sunday that it had used the Goods Availability Act to take control of Nexperia"}},
        {"id": "f2", "status": "agreement", "value": "2025-09-30",
         "what": "The order was signed by Economic Affairs Minister Vincent Karremans and dated 30 September",
         "in": {S: "這項命令早在9月30日就由經濟部長卡雷曼斯簽署",
                A: "signed by Economic Affairs Minister Vincent Karremans on Sept. 30",
                B: "a ministerial order dated Sept. 30 and made public on Oct. 12"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The order lets the government block or reverse decisions of Nexperia's board/management; day-to-day production is not affected (negated)",
         "in": {S: "政府可據此阻止或推翻安世董事會的決策，但公司日常生產不受影響",
                A: "allows the government to block or reverse decisions by the company's board",
                B: "can block or reverse decisions by Nexperia's management while production continues as normal"}},
        {"id": "f4", "status": "agreement", "value": "1952",
         "what": "The Goods Availability Act is a 1952 law that had never been used before (negated)",
         "in": {S: "已援引1952年制定、過去從未動用過的《商品供應法》",
                A: "a 1952 emergency law that had never been used before",
                C: "The law dates from 1952 and had never been used before"}},
        {"id": "f5", "status": "agreement", "value": "2025-10-07",
         "what": "In a ruling dated 7 October the Enterprise Chamber of the Amsterdam Court of Appeal suspended Wingtech founder Zhang Xuezheng as Nexperia's CEO and put Wingtech's shares under a court-appointed administrator",
         "in": {S: "暫停聞泰創辦人張學政的安世執行長職務",
                A: "suspended Zhang Xuezheng, Wingtech's founder, as Nexperia's chief executive",
                C: "suspended Wingtech founder Zhang Xuezheng as Nexperia's chief executive"}},
        {"id": "f6", "status": "agreement", "value": "2025-10-04",
         "what": "On 4 October China's commerce ministry barred Nexperia China and its subcontractors from exporting certain products made in China",
         "in": {S: "中國商務部則已在本月4日禁止安世中國及其分包商出口部分在中國生產的成品零組件",
                A: "on Oct. 4, China's commerce ministry barred Nexperia China and its subcontractors from exporting certain finished components and sub-assemblies made in the country",
                B: "an export ban announced by China's Ministry of Commerce on Oct. 4",
                C: "China's commerce ministry on October 4 blocked Nexperia China and its subcontractors from exporting some products made there"}},
        {"id": "f7", "status": "agreement", "value": "-10%",
         "what": "Wingtech's Shanghai shares fell by the 10% daily limit on Monday 13 October",
         "in": {S: "聞泰在上海掛牌的股票13日開盤即跌停，跌幅10%",
                A: "Wingtech's shares fell by the daily limit of 10% in Shanghai on Monday",
                C: "Shares in Wingtech slumped 10 per cent in Shanghai on Monday"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Wingtech called the Dutch measures excessive intervention driven by geopolitical bias and said it would seek legal remedies and Chinese government support",
         "in": {S: "批評荷方措施是「出於地緣政治偏見的過度干預」",
                A: "the company called the Dutch measures \"excessive intervention driven by geopolitical bias\""}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "ACEA warned that without a quick solution chip shortages could seriously disrupt European vehicle production (hedged)",
         "in": {S: "晶片短缺恐嚴重衝擊歐洲汽車生產",
                B: "Without a quick solution, shortages could lead to significant disruption of vehicle production in Europe",
                C: "European carmakers have warned that shortages could halt assembly lines"}},
        {"id": "f10", "status": "agreement", "value": "2025-09-29 | 50% | 2024-12",
         "what": "On 29 September the US Commerce Department extended Entity List restrictions to companies at least 50% owned by listed entities; Wingtech had been listed in December 2024, so Nexperia came into scope",
         "in": {S: "美國商務部9月29日把實體清單的限制擴大到被列管企業持股50%以上的子公司",
                A: "on Sept. 29 the Commerce Department extended such restrictions to any company at least 50% owned by a listed entity",
                C: "widened its trade blacklist to cover subsidiaries at least half-owned by listed companies"}},
        {"id": "f11", "status": "agreement", "value": "2060000000 USD (2024)",
         "what": "Nexperia, headquartered in Nijmegen, had 2024 revenue of USD 2.06 billion (b: about EUR 1.9 billion)",
         "in": {S: "去年營收約20.6億美元",
                A: "It reported revenue of $2.06 billion in 2024",
                B: "Nexperia's 2024 revenue was about €1.9 billion"}},
        {"id": "f12", "status": "agreement", "value": "12500",
         "what": "Nexperia employs about 12,500 people worldwide",
         "in": {S: "全球約有1萬2500名員工",
                A: "employs about 12,500 people worldwide"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "The European Commission said it was coordinating closely with the Dutch government (no source mentions the Commission)",
         "in": {S: "歐盟執委會表示，正與荷蘭政府密切協調後續因應"}},
        {"id": "f14", "status": "omission", "value": "2019",
         "what": "Wingtech completed its purchase of Nexperia in 2019",
         "in": {A: "Wingtech completed its purchase of the company in 2019"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "China's foreign ministry opposed stretching the concept of national security and urged fair treatment of Chinese companies",
         "in": {A: "China's foreign ministry said Beijing opposed \"stretching the concept of national security\""}},
        {"id": "f16", "status": "omission", "value": "100000000000 units/year",
         "what": "Nexperia ships more than 100 billion units a year",
         "in": {B: "Nexperia ships more than 100 billion units a year"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "The German association VDA said some members had stock for only a few weeks",
         "in": {B: "Germany's auto industry association VDA said some of its members had stock for only a few weeks"}},
        {"id": "f18", "status": "omission", "value": "560",
         "what": "About 560 people work at Nexperia's Hazel Grove wafer site",
         "in": {C: "employs around 560 people at its Hazel Grove site"}},
        {"id": "f19", "status": "source-conflict", "value": "70% (b) | 80% (c)",
         "what": "Share of Nexperia's chips packaged/tested in China: about 70% (b, analyst) vs roughly 80% (c, industry estimates)",
         "in": {B: "About 70% of the chips Nexperia makes in its European wafer fabs are packaged and tested in China",
                C: "Roughly 80 per cent of Nexperia's output goes through its Chinese back-end plants"}},
        {"id": "f20", "status": "omission", "value": "177000000 USD (2024)",
         "what": "The UK ordered Nexperia in 2022 to sell most of Newport Wafer Fab, bought by Vishay for USD 177 million in 2024",
         "in": {C: "which was bought by US firm Vishay Intertechnology for $177 million in 2024"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f12", "original": "1萬2500名", "mutated": "1萬5200名",
         "note": "about 12,500 employees -> 15,200"},
        {"n": 2, "type": "date", "fact": "f2", "original": "9月30日", "mutated": "9月3日",
         "note": "order dated 30 September -> 3 September"},
        {"n": 3, "type": "date", "fact": "f6", "original": "本月4日", "mutated": "本月14日",
         "note": "MOFCOM export ban on 4 October -> 14 October (after the order was made public)"},
        {"n": 4, "type": "negation", "fact": "f3", "original": "不受影響", "mutated": "受到影響",
         "note": "production continues as normal (a, b) -> production is affected"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "過去從未動用過", "mutated": "過去曾多次動用",
         "note": "the 1952 law had never been used (a, c) -> it had been used several times"},
        {"n": 6, "type": "entity", "fact": "f5", "original": "阿姆斯特丹上訴法院企業法庭", "mutated": "海牙地方法院",
         "note": "the Enterprise Chamber of the Amsterdam Court of Appeal -> the Hague district court; no source names it"},
        {"n": 7, "type": "entity", "fact": "f10", "original": "美國商務部9月29日", "mutated": "美國財政部9月29日",
         "note": "the affiliates rule came from the Commerce Department (a), not the Treasury"},
        {"n": 8, "type": "attribution", "fact": "f8", "original": "聞泰發表聲明", "mutated": "中國外交部發表聲明",
         "note": "the 'geopolitical bias' quote is Wingtech's filing (a); the foreign ministry said something else"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "歐洲汽車製造商協會（ACEA）", "mutated": "德國汽車工業協會（VDA）",
         "note": "the disruption warning is ACEA's (b); the VDA spoke of stocks lasting a few weeks"},
        {"n": 10, "type": "modality", "fact": "f9", "original": "恐嚴重衝擊", "mutated": "必將嚴重衝擊",
         "note": "hedged 'could lead to significant disruption' -> asserted 'will certainly'"},
        {"n": 11, "type": "modality", "fact": "f3", "original": "政府可據此阻止或推翻", "mutated": "政府已據此推翻",
         "note": "power to block or reverse decisions -> has already reversed them (a: it did not say whether it had used the powers)"},
        {"n": 12, "type": "unit", "fact": "f11", "original": "20.6億美元", "mutated": "20.6億歐元",
         "note": "USD 2.06 billion (a; EUR 1.9 billion in b) -> EUR 2.06 billion"},
        {"n": 13, "type": "percentage", "fact": "f7", "original": "跌幅10%", "mutated": "跌幅20%",
         "note": "fell by the 10% limit on Monday -> 20% (b's 'nearly 20% since Monday' is the week's fall)"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "持股50%以上", "mutated": "持股25%以上",
         "note": "affiliates rule threshold at least 50% (a; c 'half-owned') -> 25%"},
    ],
    "boilerplate": {
        A: [{"inline": "Meridian uses cookies to personalise content and measure traffic. Accept all | Manage settings"},
            {"inline": "Markets | Technology | World | Business | Breakingviews"},
            {"inline": "By Pieter Verhoeven and Lin Qiao | October 13, 2025 9:41 AM GMT+2 | Updated 3 hours ago"},
            "(Reporting by Pieter Verhoeven"],
        B: [{"inline": "Home > Supply Chain > Semiconductors"},
            {"inline": "SEMICONDUCTORS | October 17, 2025 | By Hannah Kowalczyk, Europe Editor"},
            "Related coverage"],
        C: [{"inline": "Stockport Courier | News | Business | Sport | What's On | Jobs | Obituaries"},
            {"inline": "By Gemma Rowley, Business Reporter | Wednesday 15 October 2025, 6:00 am"},
            "Advertisement"],
    },
}
