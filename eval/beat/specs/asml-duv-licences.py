# Gold specification for story `asml-duv-licences` (the Netherlands' export-licence requirement for
# ASML's most advanced DUV immersion lithography systems, announced 30 June 2023 and effective
# 1 September 2023; MOFCOM's response; the US rules of October 2022 behind it; the September 2024
# extension to the NXT:1970i and NXT:1980i).
# All texts are invented for evaluation (the dates follow the real episode; wording, quotes,
# analysts, outlets and several figures, including both 2022 China shares, are made up).
# Edit here, then run `python3 ../shared/eval/build_gold.py --root eval/beat --story asml-duv-licences`.
#
# f11 is a genuine source-versus-source conflict: a says China accounted for 14% of ASML's sales
# "last year" (the article is dated 2023, so 2022); b says about 18% of 2022 sales, citing the
# annual report. The summary reports both figures without choosing.
#
# Traps:
# - Relative year: a's "last year" is 2022 (a is dated 30 June 2023); the summary says 2022年.
# - Weekday arithmetic: a (Friday 30 June) says "on Friday"; b (Monday 3 July) says MOFCOM spoke
#   "on Saturday" = 1 July ("a day after" the rules); c (Monday 9 September 2024) says "On Friday"
#   = 6 September and "from Saturday, Sept. 7".
# - Percent vs percentage points: c says China was 49% of Q2 2024 system sales, "up from 24% a year
#   earlier", "a jump of 25 percentage points"; m14 mutates 49% -> 24% (the year-earlier share).
# - Shares of different scope and time: 14% / 18% of 2022 sales (conflict), 49% of Q2 2024 system
#   sales (f10), "roughly 20%" expected over time (c), none of which contradicts another.
# - Outlook years: the 2023 measures and the 2023 outlook (f4) vs the 2024 change and the 2024
#   outlook (c, omission f16); both are "no material impact / no impact" statements.
# - Model numbers that are not quantities: NXT:2000i (covered from Sept 2023), NXT:1970i and
#   NXT:1980i (covered from Sept 2024; b says 1980i was still outside the rule in 2023),
#   NXT:2050i and NXT:2100i (January 2024 licence revocation, omission f14); m8 swaps 1980i ->
#   2050i, which c mentions in another context.
# - Same kind of date, different event: "Sept. 1" (Dutch rule) vs "July 23" (Japan's rule,
#   omission f15) vs "October 7, 2022" (US rule); "23 types" is a count, "July 23" a date.
# - Currency: 21.2 billion euros ($23.1 billion) in a is not a summary fact; f10's 2.1 billion
#   euros is (m13 swaps euros -> dollars).
# - Non-conflicting negations: "does not mention China by name", "did not say how many machines",
#   "has not disclosed which Chinese customers", "which the new rules do not target",
#   "remain outside the licence requirement for now" (about the 1980i in 2023, not 2024).
# - Near miss for the unsupported claim f12: b says China filed a WTO complaint in December (2022)
#   over the U.S. chip controls; no source says China took the Dutch rules to the WTO.
# - Hedges: "could slow" (b, f8) and "does not expect ... material effect" (a, f4).
# - A "READ MORE" line inside c's article text is furniture; teasers carry claim-like numbers
#   ("4.5 billion euros", "23 types", "falls 96%", "by 15%", "up 9%", "by 10%", "hits 90%").

A = "a-harbourline.en.txt"
B = "b-lowlands.en.txt"
C = "c-litholedger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2023-06-30",
         "what": "On Friday 30 June 2023 the Dutch government published new export rules for advanced semiconductor manufacturing equipment",
         "in": {S: "荷兰政府于2023年6月30日公布新的半导体设备出口管制条例",
                A: "The Dutch government on Friday published new export rules for advanced semiconductor manufacturing equipment",
                B: "The rules, announced on June 30",
                C: "The first Dutch rule, announced on June 30, 2023"}},
        {"id": "f2", "status": "agreement", "value": "2023-09-01",
         "what": "The rules take effect on 1 September 2023",
         "in": {S: "新规自2023年9月1日起生效",
                A: "The rules will take effect on Sept. 1",
                B: "come into force on September 1",
                C: "took effect on Sept. 1, 2023"}},
        {"id": "f3", "status": "agreement", "value": "NXT:2000i+",
         "what": "ASML must apply for export licences for its most advanced DUV immersion systems, the TWINSCAN NXT:2000i and subsequent models (obligation)",
         "in": {S: "阿斯麦（ASML）出口其最先进的深紫外（DUV）浸润式光刻系统，即TWINSCAN NXT:2000i及后续机型，须事先向荷兰政府申请出口许可证",
                A: "it will need to apply for export licences for its most advanced immersion deep ultraviolet (DUV) systems, the TWINSCAN NXT:2000i and subsequent models",
                C: "covered the NXT:2000i and later models"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "ASML does not expect the measures to have a material effect on its 2023 financial outlook (negated, hedged expectation)",
         "in": {S: "阿斯麦表示，预计这些措施不会对公司2023年的财务展望产生重大影响",
                A: "ASML said it does not expect the measures to have a material effect on its financial outlook for 2023",
                B: "ASML has said it expects no material impact on its 2023 outlook"}},
        {"id": "f5", "status": "agreement", "value": "2019",
         "what": "ASML has not been allowed / able to ship its EUV machines to China since 2019 (negated)",
         "in": {S: "阿斯麦的极紫外（EUV）光刻机自2019年起就未能获准向中国出货",
                A: "ASML has not been allowed to ship its most advanced extreme ultraviolet (EUV) machines to China since 2019",
                C: "which it has not been able to ship to China since 2019"}},
        {"id": "f6", "status": "agreement", "value": "2022-10",
         "what": "The Dutch rules follow the US export controls of October 2022",
         "in": {S: "此次新规被视为跟进美国2022年10月出台的对华芯片出口管制措施",
                A: "The new Dutch rules follow sweeping U.S. restrictions announced in October 2022",
                C: "the U.S. export controls of October 7, 2022"}},
        {"id": "f7", "status": "agreement", "value": "2023-07-01",
         "what": "On Saturday 1 July 2023 China's Ministry of Commerce said it was dissatisfied and urged the Netherlands not to abuse export controls and to safeguard supply-chain stability",
         "in": {S: "中国商务部7月1日表示对此不满，敦促荷方不要滥用出口管制措施，维护全球半导体产业链供应链稳定",
                B: "China's Ministry of Commerce said on Saturday that it was dissatisfied with the Netherlands' new export controls on chipmaking equipment",
                C: "China's commerce ministry said at the time that it was dissatisfied"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Analysts said the licence requirement could slow Chinese chipmakers' expansion of advanced capacity (hedged)",
         "in": {S: "分析人士认为，新规可能延缓中国芯片制造商扩充先进产能的步伐",
                B: "the licence requirement could slow Chinese chipmakers' plans to expand advanced production capacity"}},
        {"id": "f9", "status": "agreement", "value": "2024-09-06 | 2024-09-07 | 2",
         "what": "On Friday 6 September 2024 the Dutch government said that from 7 September ASML also needs Dutch licences for two models, the NXT:1970i and NXT:1980i",
         "in": {S: "自9月7日起，阿斯麦出口NXT:1970i和NXT:1980i两款机型也须申请荷兰许可证",
                C: "ASML will also need Dutch licences to ship its NXT:1970i and NXT:1980i immersion systems"}},
        {"id": "f10", "status": "agreement", "value": "49% | 2.1e9 EUR",
         "what": "China accounted for 49% of ASML's system sales in Q2 2024, about EUR 2.1 billion",
         "in": {S: "2024年第二季度，中国大陆市场占阿斯麦系统销售额的49%，约合21亿欧元",
                C: "China accounted for 49% of ASML's system sales in the second quarter of 2024, about 2.1 billion euros"}},
        {"id": "f11", "status": "source-conflict", "value": "14% | 18%",
         "what": "China's share of ASML's 2022 sales: 14% per a ('last year') versus about 18% per b (citing the annual report)",
         "in": {S: "有报道称为14%，也有报道称约为18%",
                A: "China accounted for 14% of ASML's sales last year",
                B: "accounted for about 18% of the group's 2022 sales"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "China has filed a WTO case against the Dutch rules (no source says so; b mentions only a December complaint over the US controls)",
         "in": {S: "中方已就荷兰的新规向世界贸易组织提起诉讼"}},
        {"id": "f13", "status": "omission", "value": None,
         "what": "The trade minister said the measures were taken on national security grounds and are 'country-neutral'",
         "in": {A: "the measures were taken on national security grounds and were \"country-neutral\""}},
        {"id": "f14", "status": "omission", "value": "2024-01",
         "what": "In January 2024 the Dutch government partially revoked a licence for NXT:2050i and NXT:2100i shipments to China",
         "in": {C: "partially revoked a licence for shipments of NXT:2050i and NXT:2100i systems to China"}},
        {"id": "f15", "status": "omission", "value": "23 | 2023-07-23",
         "what": "Japan's own restrictions on 23 types of chipmaking equipment take effect on 23 July",
         "in": {B: "Its own restrictions, covering 23 types of chipmaking equipment, take effect on July 23"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "ASML does not expect the September 2024 change to affect its 2024 financial outlook (negated)",
         "in": {C: "ASML said it does not expect the latest change to have an impact on its financial outlook for 2024"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f9", "original": "两款机型", "mutated": "三款机型",
         "note": "two models (NXT:1970i and NXT:1980i) -> three"},
        {"n": 2, "type": "number", "fact": "f10", "original": "约合21亿欧元", "mutated": "约合12亿欧元",
         "note": "about EUR 2.1 billion -> EUR 1.2 billion"},
        {"n": 3, "type": "date", "fact": "f2", "original": "2023年9月1日", "mutated": "2023年10月1日",
         "note": "the rules took effect on 1 September 2023, not 1 October"},
        {"n": 4, "type": "date", "fact": "f7", "original": "7月1日表示", "mutated": "6月28日表示",
         "note": "MOFCOM spoke on Saturday 1 July (b), not 28 June, before the rules were published"},
        {"n": 5, "type": "negation", "fact": "f4", "original": "不会对公司", "mutated": "会对公司",
         "note": "ASML does not expect a material effect -> expects a material effect"},
        {"n": 6, "type": "negation", "fact": "f5", "original": "就未能获准", "mutated": "就一直获准",
         "note": "EUV machines not allowed to ship to China since 2019 -> always allowed"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "NXT:2000i", "mutated": "NXT:3800E",
         "note": "NXT:2000i -> NXT:3800E (an EUV model); no source names it"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "NXT:1980i", "mutated": "NXT:2050i",
         "note": "the 2024 extension covers the NXT:1970i and NXT:1980i; the NXT:2050i belongs to the January 2024 revocation (c)"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "中国商务部", "mutated": "中国外交部",
         "note": "the statement came from the Ministry of Commerce (b, c), not the Foreign Ministry"},
        {"n": 10, "type": "attribution", "fact": "f4", "original": "阿斯麦表示", "mutated": "荷兰政府表示",
         "note": "the no-material-effect statement was ASML's, not the Dutch government's"},
        {"n": 11, "type": "modality", "fact": "f3", "original": "须事先", "mutated": "可自愿",
         "note": "ASML must apply for licences -> may apply voluntarily"},
        {"n": 12, "type": "modality", "fact": "f8", "original": "可能延缓", "mutated": "必将延缓",
         "note": "hedged 'could slow' -> asserted 'will certainly slow'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "21亿欧元", "mutated": "21亿美元",
         "note": "about 2.1 billion euros -> 2.1 billion US dollars"},
        {"n": 14, "type": "percentage", "fact": "f10", "original": "销售额的49%", "mutated": "销售额的24%",
         "note": "49% of Q2 2024 system sales -> 24%, which is c's year-earlier share"},
    ],
    "boilerplate": {
        A: "Reporting by Sanne Jorritsma",
        B: [{"inline": "By Pieter Vos | July 3, 2023 | Technology | 4 min read"},
            "Get the Lowlands Business Review morning briefing"],
        C: [{"inline": "Posted by Ravi Menon | September 9, 2024 | 5 min read"},
            {"inline": "READ MORE: Why the NXT:2000i line matters, in 7 charts"},
            "Tags: ASML, export controls"],
    },
}
