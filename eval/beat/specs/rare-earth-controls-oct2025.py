# Gold specification for story `rare-earth-controls-oct2025` (China's Ministry of Commerce
# expands rare earth export controls on 9 October 2025; Trump threatens an extra 100% tariff).
# All texts are invented for evaluation (the dates follow the 2025 episode; wording, quotes,
# analysts, firms and outlets are made up; MOFCOM, MP Materials and the officials are real).
# Held-out story, written blind (without reading claimdiff's rules or code). Edit here, then run
#   python3 ../shared/eval/build_gold.py --root eval/beat --story rare-earth-controls-oct2025
#
# Traps:
# - Same unit, different scope: "seven" (April), "five" (added) and "12" of "the 17 rare earth
#   elements" (a) all count elements; only 12 is the new total (f3). Mutant m01 uses 15.
# - Same unit, different scope: c's analysts say the extra levy would lift duties "to around
#   130%"; that does not contradict the extra 100% (f9). c's "at least 50% owned" is the US
#   affiliates rule, and a's "about 70%" / "roughly 90%" are market shares.
# - Percent threshold written two ways: "worth 0.1% or more of the product's value" (a) and
#   "accounting for 0.1% or more of their value" (b) -> 价值占比达到0.1%及以上 (f4); b adds the
#   non-conflicting negation "Products below that threshold do not need one".
# - Source conflict on a date the summary leaves out: a says the five new elements are
#   controlled from November 8, b says licensing for them begins on December 1 (f18). Mutant m03
#   moves the 0.1% rule (f5) to 11月8日, a date a does state, but for the element listing.
# - Dates in other scopes: December 1 (b) is both the 0.1% rule's start and b's element date;
#   November 1 (c) is the start of Trump's tariff; m05 swaps 11月1日 -> 12月1日 in the Trump
#   sentence, a date stated in the sources for something else. September 29 (c) is the US rule.
# - Weekday dates: a (2025-10-09) says "on Thursday" (= 10月9日); c (dated Sunday 2025-10-12)
#   says Trump spoke "on Friday" (= 10日) and MOFCOM "on Sunday" (= 12日). "April" (a) and
#   "April 4" (b) are yearless (2025); the summary writes 今年4月.
# - Relative periods: "in two weeks" (c, Trump's words on 10 Oct) vs a's "about three weeks"
#   (from 9 Oct) for the same Busan/APEC meeting; the summary keeps two weeks (两周后), hedged
#   with 似乎 ("seemed"), which no mutant removes.
# - Entity swap with a negated source statement: m08 puts neodymium (钕) among the new elements;
#   b says "Neodymium and praseodymium ... are not on the list themselves".
# - Attribution swap to a real official named in the sources: m10 gives Trump's threat to
#   Treasury Secretary Scott Bessent, who in c only says Washington is consulting allies.
# - Non-conflicting negations: "did not immediately respond" (a), "It did not name them" (a),
#   "had not cancelled the meeting but did not know whether it would take place" (c), "This is
#   not a drill" (c), "may not be exported without a licence" (a, asserted in the summary).
# - Unit: "14 nanometres" -> 14纳米; m12 changes it to 14微米. "256 layers" is a different
#   criterion the summary leaves out.
# - Numbers in furniture: "6 min read", "$4,000 an ounce", "12.9 million tons", "slips 0.2%",
#   "45-day lead time just became 90" (a READ MORE line next to the real 45 working days),
#   "fall 9%", "up to 50%", "$10 billion", "61% of voters", "12th day", "41 Comments".

A = "a-eastline.en.txt"
B = "b-ledger.en.txt"
C = "c-dispatch.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-10-09",
         "what": "China's Ministry of Commerce announced expanded rare earth export controls on Thursday 9 October 2025",
         "in": {S: "中国商务部10月9日发布公告",
                A: "China's Ministry of Commerce on Thursday sharply expanded its export controls on rare earths",
                B: "China's Ministry of Commerce announced on October 9 a package of export controls"}},
        {"id": "f2", "status": "agreement", "value": "Ho, Er, Tm, Eu, Yb",
         "what": "Five more medium and heavy rare earths were added: holmium, erbium, thulium, europium and ytterbium",
         "in": {S: "将钬、铒、铥、铕、镱五种中重稀土元素纳入出口管制",
                A: "The ministry added holmium, erbium, thulium, europium and ytterbium, five medium and heavy rare earths",
                B: "holmium, erbium, thulium, europium and ytterbium"}},
        {"id": "f3", "status": "agreement", "value": "7 (April 2025) + 5 = 12",
         "what": "Together with the seven elements controlled since April 2025, 12 rare earth elements are now controlled",
         "in": {S: "连同今年4月已实施管制的七种，受管制的稀土元素增至12种",
                A: "The move brings to 12 the number of the 17 rare earth elements under control",
                B: "The ministry also added five elements to the seven it has controlled since April 4"}},
        {"id": "f4", "status": "agreement", "value": ">= 0.1% by value",
         "what": "Foreign-made products containing Chinese-origin rare earths worth 0.1% or more of their value need a Chinese licence to be exported",
         "in": {S: "境外生产的产品如含有价值占比达到0.1%及以上的中国原产稀土，出口时也须获得中国商务部许可",
                A: "contain Chinese-origin rare earths worth 0.1% or more of the product's value",
                B: "contain Chinese-origin rare earths accounting for 0.1% or more of their value will need a licence"}},
        {"id": "f5", "status": "agreement", "value": "2025-12-01",
         "what": "The extraterritorial 0.1% rule takes effect on 1 December 2025",
         "in": {S: "这项具有域外效力的规定将于12月1日起施行",
                A: "The rule will take effect on December 1",
                B: "From December 1, goods produced outside China"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Technologies for rare earth mining, smelting and separation and magnet manufacturing are controlled and may not be exported without a licence (negated)",
         "in": {S: "商务部同时对稀土开采、冶炼分离、磁材制造等相关技术实施管制，未经许可不得出口",
                A: "The ministry also placed controls on technologies for rare earth mining, smelting and separation, magnet manufacturing",
                B: "technologies for mining, separation, smelting and magnet manufacturing may not be transferred abroad without approval"}},
        {"id": "f7", "status": "agreement", "value": "<= 14 nm",
         "what": "Applications for the R&D of chips of 14 nm and below will be reviewed case by case",
         "in": {S: "用于研发14纳米及以下芯片的出口申请将逐案审批",
                A: "research and development of chips at 14 nanometres and below",
                B: "Export applications linked to the development of chips of 14 nanometres or below will be reviewed case by case"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Applications from military end users will in principle be denied (negated)",
         "in": {S: "面向军事用户的出口申请原则上不予许可",
                A: "Applications from military end users will in principle be denied"}},
        {"id": "f9", "status": "agreement", "value": "+100% from 2025-11-01",
         "what": "On Friday 10 October Trump said the US would impose an additional 100% tariff on Chinese goods, on top of current tariffs, from 1 November (and export controls on critical software)",
         "in": {S: "将从11月1日起对中国商品在现有关税基础上再加征100%的关税",
                C: "President Donald Trump on Friday said the United States would impose an additional 100% tariff on goods from China starting November 1"}},
        {"id": "f10", "status": "agreement", "value": "2025-10-12",
         "what": "A MOFCOM spokesperson said on Sunday 12 October that the controls are not an export ban and compliant civilian applications will be approved (negated)",
         "in": {S: "中方出口管制措施并非禁止出口",
                C: "A Ministry of Commerce spokesperson said the export controls were not an export ban"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts said the new rules could disrupt supply chains for carmakers, chipmakers and defence contractors (hedged)",
         "in": {S: "新规可能冲击全球汽车、半导体和国防工业的供应链",
                B: "said the new rules could disrupt supply chains for automakers, chipmakers and defence contractors"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Trump said there seemed to be no reason to meet Xi in South Korea in two weeks (hedged: seemed)",
         "in": {S: "似乎已没有理由在两周后与中国国家主席习近平会面",
                C: "Trump had written that there now seemed to be \"no reason\" to meet Chinese President Xi Jinping"}},
        {"id": "f13", "status": "unsupported", "value": "-10% y/y (Jan-Sep 2025)",
         "what": "Customs data show China's rare earth exports fell about 10% year on year in the first nine months (no source says so)",
         "in": {S: "今年前九个月中国稀土出口量同比下降约一成"}},
        {"id": "f14", "status": "omission", "value": "70% mining, 90% processing",
         "what": "China accounts for about 70% of global rare earth mining and roughly 90% of processing and magnet production",
         "in": {A: "China accounts for about 70% of global rare earth mining and roughly 90% of processing"}},
        {"id": "f15", "status": "omission", "value": "45 working days",
         "what": "MOFCOM allows itself up to 45 working days to review a licence application",
         "in": {B: "The ministry allows itself up to 45 working days to review an application"}},
        {"id": "f16", "status": "omission", "value": "2025-09-29, 50%",
         "what": "MOFCOM said the controls respond to the US rule of 29 September extending export restrictions to companies at least 50% owned by blacklisted firms",
         "in": {C: "The ministry said the controls were a response to a U.S. rule, announced on September 29"}},
        {"id": "f17", "status": "omission", "value": "-2.7%",
         "what": "The S&P 500 fell 2.7% on Friday after Trump's threat",
         "in": {C: "The S&P 500 fell 2.7% on Friday"}},
        {"id": "f18", "status": "source-conflict", "value": "2025-11-08 (a) vs 2025-12-01 (b)",
         "what": "When the controls on the five new elements start: November 8 (a) or December 1 (b); the summary does not say",
         "in": {A: "Controls on the five additional elements take effect on November 8",
                B: "Licensing for the five newly listed elements begins on December 1"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "增至12种", "mutated": "增至15种",
         "note": "12 elements are now controlled (a: 'brings to 12'; b: seven plus five), not 15"},
        {"n": 2, "type": "date", "fact": "f1", "original": "10月9日", "mutated": "10月19日",
         "note": "MOFCOM announced on Thursday 9 October (a, b), not 19 October"},
        {"n": 3, "type": "date", "fact": "f5", "original": "12月1日", "mutated": "11月8日",
         "note": "the 0.1% rule takes effect on December 1 (a, b); November 8 is a's date for the five elements, a different measure"},
        {"n": 4, "type": "date", "fact": "f3", "original": "今年4月", "mutated": "今年1月",
         "note": "the seven earlier elements were restricted in April (a; b: April 4), not January"},
        {"n": 5, "type": "date", "fact": "f9", "original": "从11月1日起", "mutated": "从12月1日起",
         "note": "Trump's extra tariff was to start on November 1 (c); December 1 is the start of China's 0.1% rule"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "并非禁止出口", "mutated": "实为禁止出口",
         "note": "MOFCOM said the controls were not an export ban (c) -> 'are in effect an export ban'"},
        {"n": 7, "type": "negation", "fact": "f8", "original": "原则上不予许可", "mutated": "原则上予以许可",
         "note": "military end users will in principle be denied (a) -> granted"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "铕", "mutated": "钕",
         "note": "europium -> neodymium; b says neodymium is not on the list"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "中国商务部10月9日", "mutated": "中国工业和信息化部10月9日",
         "note": "the announcement came from the Ministry of Commerce (a, b), not the Ministry of Industry and Information Technology"},
        {"n": 10, "type": "attribution", "fact": "f9", "original": "美国总统特朗普", "mutated": "美国财政部长贝森特",
         "note": "the 100% threat was Trump's (c); Bessent only said Washington was consulting allies"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能冲击", "mutated": "必将冲击",
         "note": "hedged 'could disrupt' (b) -> asserted 'will certainly disrupt'"},
        {"n": 12, "type": "unit", "fact": "f7", "original": "14纳米", "mutated": "14微米",
         "note": "14 nanometres (a, b) -> 14 micrometres"},
        {"n": 13, "type": "percentage", "fact": "f4", "original": "占比达到0.1%", "mutated": "占比达到1%",
         "note": "the threshold is 0.1% of value (a, b), not 1%"},
        {"n": 14, "type": "percentage", "fact": "f9", "original": "再加征100%", "mutated": "再加征10%",
         "note": "the extra tariff is 100% (c), not 10%; c's 130% is the estimated total"},
    ],
    "boilerplate": {
        A: "(Reporting by the EWN Beijing newsroom",
        B: [{"inline": "By Priya Raman | October 10, 2025 | 6 min read"},
            {"inline": "READ MORE: Why your magnet supplier's 45-day lead time just became 90"},
            "Sign up for Supply Chain Ledger's Export Controls Briefing"],
        C: [{"inline": "Posted by Glen Harwick on October 12, 2025 | 41 Comments"},
            "Follow The Capitol Dispatch on X"],
    },
}
