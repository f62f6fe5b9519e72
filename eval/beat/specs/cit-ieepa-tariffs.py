# Gold specification for story `cit-ieepa-tariffs` (US Court of International Trade ruling of
# 28 May 2025 in V.O.S. Selections v. Trump / Oregon v. Trump, holding that IEEPA does not
# authorise the "Liberation Day" reciprocal tariffs and the fentanyl tariffs on China, Canada
# and Mexico; the Federal Circuit's administrative stay of 29 May 2025).
# All texts are invented for evaluation: the outlets (Meridian Wire, Customs & Trade Ledger,
# The Cascade Courier), reporters, analysts (Odum, Feld, Vance), quotes, the revenue estimates,
# market moves and teaser headlines are made up; the court, the agencies, the plaintiffs, the
# judges' names and the tariff schedule follow the real episode.
#
# f13 is a genuine source-versus-source conflict: a puts IEEPA duties collected through mid-May
# at about USD 25 bn (Harlow Budget Lab), b at some USD 41 bn (Ledger's count of customs data).
# The summary gives both figures, each with its own attribution.
#
# Traps:
# - Same amount in two units: Section 122 allows duties "for as long as 150 days" (b) and "for
#   about five months" (c); same limit, not a conflict.
# - Same count in two forms: "a group of 12 states led by Oregon" (a) vs "Oregon and 11 other
#   states" (c); "V.O.S. Selections ... together with four other small businesses" (a) vs "five
#   small businesses" (c).
# - Same number, two meanings: "10" is the 10-day deadline for halting collection (a, b) and the
#   10% baseline / reciprocal rate (b). "20" is 20 percentage points (a) / 20% (b) for the
#   fentanyl part of the 30%. "90" days is the Geneva truce, not a court deadline.
# - Old rate vs current rate: 145% (b, and the teaser in a) was the rate before the 12 May
#   Geneva truce; the current IEEPA rate on Chinese goods is 30%. m13 mutates 30% -> 145%.
# - Relative vs calendar dates: b (Mon 2 June) "Last Wednesday" = 28 May and "on Thursday,
#   May 29"; c (Fri 30 May) "on Wednesday" / "On Thursday"; a (28 May) "on Wednesday".
# - Non-conflicting negations: "China's Ministry of Commerce did not immediately respond",
#   "are not affected by the ruling", "neither was before the court", "did not order refunds",
#   "does not expect a refund check", "should not count on quick repayment", "do not cancel bonds".
# - "appeals court in Washington" (c) is the Federal Circuit named in a and b.
# - Teasers with claim-like numbers: "From 145% to 30%", "jump 3%", "12-week backlog",
#   "164 products until August 31", "fell 40% in May", "25% duty on Asian steel", "up 12%",
#   "$3 million"; image caption with the event date (c) is furniture.
# - Oregon's $180,000 legal spend (c) and the Geneva 90-day cut (b) are stated but not summarised
#   and not listed as omissions.

A = "a-meridian.en.txt"
B = "b-ledger.en.txt"
C = "c-courier.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-05-28",
         "what": "The Court of International Trade ruled on Wednesday 28 May 2025 that the tariffs imposed under IEEPA are unlawful and blocked them",
         "in": {S: "美国国际贸易法院5月28日裁定",
                A: "A U.S. federal trade court on Wednesday blocked most of President Donald Trump's tariffs",
                B: "Last Wednesday the U.S. Court of International Trade unanimously held",
                C: "The U.S. Court of International Trade decided Wednesday that President Trump broke the law"}},
        {"id": "f2", "status": "agreement", "value": "3",
         "what": "A three-judge panel ruled unanimously that IEEPA does not give the president unbounded tariff power (negated)",
         "in": {S: "由三名法官组成的合议庭一致认为，该法并未授权总统",
                A: "does not give the president unbounded power to set tariffs on goods from nearly every country"}},
        {"id": "f3", "status": "agreement", "value": "2025-04-02",
         "what": "The ruling covers the reciprocal tariffs announced on 2 April and the fentanyl tariffs on China, Canada and Mexico",
         "in": {S: "裁决涉及4月2日宣布的所谓\"对等关税\"",
                A: "The ruling covers the \"Liberation Day\" tariffs Trump announced on April 2",
                B: "The decision reaches the so-called reciprocal tariffs proclaimed on April 2",
                C: "The ruling knocked out the worldwide tariffs the president unveiled on April 2"}},
        {"id": "f4", "status": "agreement", "value": "30% (20% fentanyl)",
         "what": "Chinese goods currently face 30% in IEEPA tariffs, 20 points of which relate to fentanyl",
         "in": {S: "目前美国依据该法对中国商品加征的关税合计为30%",
                A: "Chinese goods currently face 30% in tariffs under the emergency orders",
                B: "For Chinese-origin goods, that means the 30% in IEEPA duties now applied"}},
        {"id": "f5", "status": "agreement", "value": "10 days",
         "what": "The court gave the administration 10 days to halt collection",
         "in": {S: "法院给予政府10天时间",
                A: "The judges gave the administration 10 days to issue the orders needed to halt collection",
                B: "gave the government 10 calendar days to issue implementing orders"}},
        {"id": "f6", "status": "agreement", "value": "2025-05-29",
         "what": "The administration appealed; on Thursday 29 May the Federal Circuit temporarily stayed the ruling, so duties are still collected",
         "in": {S: "美国联邦巡回上诉法院5月29日暂时搁置了这一裁决",
                B: "on Thursday, May 29, the U.S. Court of Appeals for the Federal Circuit granted the government's request for an administrative stay",
                C: "On Thursday, a federal appeals court in Washington temporarily paused the decision"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Section 232 tariffs on steel, aluminium and autos are not affected (negated)",
         "in": {S: "裁决不影响依据\"232条款\"对钢铁、铝和汽车加征的关税",
                A: "Tariffs imposed under other laws, including Section 232 duties on steel, aluminum and cars, are not affected by the ruling",
                C: "It left the steel, aluminum and auto tariffs alone"}},
        {"id": "f8", "status": "agreement", "value": "5 businesses; 12 states",
         "what": "The cases were brought by V.O.S. Selections with other small businesses (five in all) and by 12 states led by Oregon",
         "in": {S: "以及俄勒冈州牵头的12个州分别提起",
                A: "and by a group of 12 states led by Oregon",
                C: "siding with Oregon and 11 other states in a lawsuit Attorney General Dan Rayfield filed in April"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "A White House spokesman said unelected judges should not decide how to address a national emergency",
         "in": {S: "白宫发言人表示，如何应对国家紧急状态不应由\"未经选举产生的法官\"决定",
                A: "A White House spokesman said in a statement that judges who were never elected should not be the ones deciding",
                B: "The White House, in a statement, said unelected judges had no business deciding how to handle a national emergency"}},
        {"id": "f10", "status": "agreement", "value": "15%; 150 days",
         "what": "Analyst Marcus Feld (Capitol Trade Analytics) said the government could fall back on Section 122: up to 15% for up to 150 days (hedged)",
         "in": {S: "Capitol Trade Analytics分析师费尔德认为，即便最终败诉，政府仍可能援引1974年《贸易法》第122条",
                B: "it could fall back on Section 122 of the Trade Act of 1974, which allows duties of up to 15% for as long as 150 days",
                C: "lets a president impose tariffs of up to 15% for about five months"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Trade lawyer Rachel Odum said importers could seek refunds if the ruling survives; the court did not address refunds (hedged; negated)",
         "in": {S: "贸易律师奥杜姆表示，若裁决最终得到维持，进口商或可申请退还已缴关税",
                A: "Rachel Odum, a trade lawyer at Pemberton Hale in Washington, said importers could be entitled to seek refunds",
                B: "The panel did not say whether duties already paid would be refunded"}},
        {"id": "f12", "status": "unsupported", "value": "7.18",
         "what": "The offshore yuan rose to about 7.18 per dollar after the ruling (no source says so)",
         "in": {S: "离岸人民币兑美元汇率一度升至7.18附近"}},
        {"id": "f13", "status": "source-conflict", "value": "25000000000 USD | 41000000000 USD",
         "what": "IEEPA duties collected through mid-May: about USD 25 bn (Harlow Budget Lab, a) versus some USD 41 bn (Ledger's customs data count, b)",
         "in": {S: "一家预算研究机构估计约250亿美元，海关数据分析则显示约410亿美元",
                A: "The challenged tariffs had raised about $25 billion through mid-May",
                B: "IEEPA duties collected through mid-May totalled some $41 billion"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "Judge Reif, one of the panel, was appointed by Trump in his first term",
         "in": {B: "Reif was appointed by Trump during his first term"}},
        {"id": "f15", "status": "omission", "value": "+1.6%",
         "what": "US stock index futures rose about 1.6% after the ruling",
         "in": {A: "U.S. stock index futures rose about 1.6% in after-hours trading after the ruling"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Oregon AG Dan Rayfield: no president gets to tax Oregon families by declaring an emergency",
         "in": {C: "\"No president gets to tax Oregon families just by declaring an emergency,\" Rayfield told reporters in Salem"}},
        {"id": "f17", "status": "omission", "value": "145% -> 30% (2025-05-12)",
         "what": "The IEEPA rate on Chinese goods was 145% until the 12 May Geneva agreement",
         "in": {B: "That figure stood at 145% until the two sides agreed in Geneva on May 12 to cut their rates for 90 days"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "三名法官", "mutated": "五名法官",
         "note": "three-judge panel -> five judges (five is the number of business plaintiffs)"},
        {"n": 2, "type": "number", "fact": "f8", "original": "12个州", "mutated": "15个州",
         "note": "12 states (a; 'Oregon and 11 other states', c) -> 15"},
        {"n": 3, "type": "date", "fact": "f1", "original": "5月28日", "mutated": "5月27日",
         "note": "ruling on Wednesday 28 May -> 27 May"},
        {"n": 4, "type": "date", "fact": "f6", "original": "5月29日", "mutated": "5月30日",
         "note": "stay granted on Thursday 29 May (b; 'On Thursday', c) -> 30 May"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "裁决不影响", "mutated": "裁决同样影响",
         "note": "Section 232 tariffs are not affected (a, c) -> also affected"},
        {"n": 6, "type": "negation", "fact": "f2", "original": "该法并未授权总统", "mutated": "该法授权总统",
         "note": "IEEPA does not give unbounded tariff power (a, b) -> it does"},
        {"n": 7, "type": "entity", "fact": "f8", "original": "俄勒冈州", "mutated": "加利福尼亚州",
         "note": "the states were led by Oregon (a, c); no source names California"},
        {"n": 8, "type": "entity", "fact": "f6", "original": "联邦巡回上诉法院", "mutated": "第九巡回上诉法院",
         "note": "the stay came from the Federal Circuit (b), not the Ninth Circuit"},
        {"n": 9, "type": "attribution", "fact": "f9", "original": "白宫发言人表示", "mutated": "美国贸易代表格里尔表示",
         "note": "the 'unelected judges' statement came from a White House spokesman (a, b), not USTR Greer"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "Capitol Trade Analytics分析师费尔德认为", "mutated": "贸易律师奥杜姆认为",
         "note": "the Section 122 fallback is Marcus Feld's view (b), not Rachel Odum's"},
        {"n": 11, "type": "modality", "fact": "f10", "original": "仍可能援引", "mutated": "将援引",
         "note": "hedged 'could fall back on Section 122' -> asserted 'will invoke'"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "进口商或可申请退还", "mutated": "进口商将获退还",
         "note": "importers 'could be entitled to seek refunds' (a) -> will be refunded"},
        {"n": 13, "type": "percentage", "fact": "f4", "original": "合计为30%", "mutated": "合计为145%",
         "note": "current IEEPA rate on Chinese goods is 30%; 145% was the rate before the Geneva truce (b)"},
        {"n": 14, "type": "unit", "fact": "f10", "original": "为期150天", "mutated": "为期150周",
         "note": "Section 122 duties for up to 150 days (b) / about five months (c) -> 150 weeks"},
    ],
    "boilerplate": {
        A: [{"inline": "By Owen Castellano and Mei Ling Zhou | May 28, 2025 8:41 PM EDT | Updated 35 minutes ago"},
            "Reporting by Owen Castellano in New York"],
        B: [{"inline": "Customs & Compliance | 2 June 2025 | By Harriet Okonkwo, Washington Editor"},
            "Subscribe to Ledger Weekly"],
        C: [{"inline": "Posted by Lena Marsh | May 30, 2025 at 7:15 AM | Politics & Business"},
            {"inline": "Attorney General Dan Rayfield speaks to reporters in Salem on May 28, 2025. (Photo: Cascade Courier staff)"},
            "Got a tip about how tariffs are hitting your business?"],
    },
}
