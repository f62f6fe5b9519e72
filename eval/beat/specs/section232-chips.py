# Gold specification for story `section232-chips` (President Trump's remarks of Wednesday
# 6 August 2025 that imported chips and semiconductors would face a tariff of about 100%, with
# an exemption for companies building or committed to build in the US; the threat grows out
# of the Commerce Department's Section 232 probe opened on 1 April 2025; reactions in Taipei,
# Seoul, Tokyo and from a mainland analyst on 7 August).
# All texts are invented for evaluation (the dates, rates, pledges and share moves follow the
# August 2025 coverage; wording, quotes, analysts, lawyers and outlets are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story section232-chips`.
#
# Traps:
# - Same number, different entity: b says TSMC pledged "an additional $100 billion in Arizona"
#   in March; that is not Apple's extra $100 billion (f6). Mutant m12 keeps the 1000 but makes
#   the unit yuan.
# - Different scope, same unit: a gives Apple's total as $600 billion "from the $500 billion it
#   unveiled in February"; mutant m01 uses 5000亿美元, the old pledge, as the total.
# - Two dates for one probe: b says Commerce initiated the probe "on April 1" and published the
#   notice "April 16"; mutant m04 moves the start to 4月16日, a date that b does state, for
#   something else.
# - Duration written differently: "three weeks" (b) = 为期21天; statute periods of "270 days"
#   and "90 days" (b) are about the report, not the comment window (mutant m02 uses 30 days).
# - Other tariff rates near the 100%: India's "combined duties of 50%" and the May threat of "at
#   least 25%" on iPhones (a), Taiwan's "temporary 20% US tariff" (c), "7.5%" of Korea's exports
#   (b). Mutant m13 uses 25%, a rate a states for another measure.
# - Other share moves near the mutated ones: Apple "closed up 5.1%" (a); TSMC 4.9% (a) or 3.9%
#   (c); Samsung 2.6% (b, c); Tokyo Electron 5.4% and Renesas 4% (c); m14 turns 5.1% into 1.5%.
# - Source conflict: TSMC's Thursday gain is 4.9% in a and 3.9% in c (both call it a record);
#   the summary follows a (f12).
# - Relative and cross-time-zone dates: Trump spoke on Wednesday 6 August in Washington (a
#   "on Wednesday", b "Aug. 6", c "Trump's Wednesday pledge"); the Taipei and Seoul reactions
#   are "on Thursday" (a dated 08-07, c dated 08-08) = 7日 in the summary.
# - Negations that do not conflict: "No effective date was given", "nothing has been filed with
#   the Federal Register" (b), "did not respond to a request for comment" (a), "Both companies
#   declined to comment" (b), "Nobody has defined" (b quote). The summary's 并未说明 (f3) agrees
#   with a and b; 不会被征收 (f9) agrees with b ("would not apply to") and c ("won't be hit").
# - Hedges: "almost certainly Section 232" (b) vs a's flat "grows out of"; "unlikely to qualify"
#   (c) = 可能难以获得豁免 (f11), mutated to 必然无法 (m11).
# - Attribution traps: Samsung and SK Hynix "declined to comment" (b), so m10 (三星电子发言人)
#   puts Yeo's words in a company's mouth; m09 gives Liu's statement to Taiwan's economy chief,
#   whom no source quotes.
# - Entity trap: c says "Smaller Taiwanese chipmakers will feel the tariff"; furniture in c names
#   UMC; m08 says UMC is exempt.
# - Numbers in furniture: "Nvidia slips 2.3%", "87.8 per dollar", "25% tariff order",
#   "Nasdaq gains 1.2%" (a); "407 new subheadings", "rise 12%", "50% metals tariff",
#   "5 seats left" (b); "UMC shares slide 3%", "down 7%", "Taiex closes up 1.1%" (c).

A = "a-meridian.en.txt"
B = "b-tradedocket.en.txt"
C = "c-straitsilicon.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-08-06; ~100%",
         "what": "On Wednesday 6 August 2025 Trump said at the White House that imported chips and semiconductors would face a tariff of about 100%",
         "in": {S: "美国总统特朗普当地时间6日在白宫表示，美国将对进口芯片和半导体征收约100%的关税",
                A: "President Donald Trump said on Wednesday that the United States would levy a tariff of roughly 100% on imported chips and semiconductors",
                B: "Speaking to reporters in the Oval Office on Aug. 6, President Donald Trump said chips and semiconductors would be charged a tariff of \"approximately 100%,\"",
                C: "Trump's Wednesday pledge to slap a duty of about 100 percent on foreign-made chips"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Companies building, or committed to build, in the US would not pay, even if their plants are not yet producing",
         "in": {S: "已在美国建厂或承诺赴美建厂的企业无需缴纳这一关税，即便其工厂尚未投产",
                A: "Firms that are putting up plants in the United States, or have firmly committed to do so, would owe nothing even if those factories are not yet turning out chips",
                B: "a plant would not need to be producing yet for its owner to escape the duty",
                C: "The president said chipmakers that are building factories in the US, or have promised to, won't pay, even before those plants produce anything"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Trump did not say when the tariff would take effect (negated)",
         "in": {S: "特朗普并未说明新关税何时生效",
                A: "He did not say when the levy would take effect",
                B: "No effective date was given"}},
        {"id": "f4", "status": "agreement", "value": "2025-04-01",
         "what": "The threat stems from the Commerce Department's Section 232 national-security investigation opened on 1 April 2025, covering semiconductors, chipmaking equipment and derivative products (b: 'almost certainly')",
         "in": {S: "此次关税威胁源于美国商务部4月1日依据“232条款”启动的国家安全调查",
                A: "a national-security investigation that the Commerce Department opened on April 1 under Section 232",
                B: "Commerce initiated its investigation of semiconductors and semiconductor manufacturing equipment on April 1",
                C: "the Section 232 investigation into chip imports that the Commerce Department kicked off on April 1"}},
        {"id": "f5", "status": "agreement", "value": "21 days; 2025-05-07",
         "what": "The public comment period lasted three weeks (21 days) and closed on 7 May 2025",
         "in": {S: "为期21天的公众评论期已于5月7日结束",
                B: "That notice gave interested parties three weeks to submit comments, a window that closed on May 7"}},
        {"id": "f6", "status": "agreement", "value": "100000000000 USD; 600000000000 USD",
         "what": "Tim Cook announced an additional USD 100 billion of Apple investment in the US, raising its four-year commitment to USD 600 billion",
         "in": {S: "苹果公司首席执行官库克当天宣布在美国追加投资1000亿美元",
                A: "Cook said Apple would spend an additional $100 billion in the United States, raising the company's four-year commitment to $600 billion",
                B: "announced an extra $100 billion of U.S. spending",
                C: "who brought a fresh $100bn US pledge from Apple, taking its total to $600bn over four years"}},
        {"id": "f7", "status": "agreement", "value": "+5.1%",
         "what": "Apple shares closed up 5.1% on Wednesday",
         "in": {S: "苹果股价当天收涨5.1%",
                A: "Apple shares closed up 5.1% at $213.25"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Liu Chin-ching, head of Taiwan's National Development Council, said on Thursday 7 August that TSMC is exempt because it has plants in the US",
         "in": {S: "台湾地区“国发会”主委刘镜清7日表示，台积电因在美国设有工厂而获得豁免",
                A: "told parliament the company would be exempt because it already operates plants in the United States",
                C: "told lawmakers on Thursday that TSMC escapes the levy since it already runs fabs on American soil"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "South Korea's trade negotiator Yeo Han-koo said Samsung Electronics and SK Hynix would not be subject to the tariff (negated)",
         "in": {S: "韩国通商交涉本部长吕翰九表示，三星电子和SK海力士不会被征收这一关税",
                B: "Yeo Han-koo, said on Thursday that the 100% tariff would not apply to Samsung Electronics and SK Hynix",
                C: "Trade minister Yeo Han-koo said on the radio that Samsung and SK Hynix won't be hit by the 100 percent rate"}},
        {"id": "f10", "status": "agreement", "value": "+2.6%",
         "what": "Samsung Electronics shares rose 2.6% in Seoul",
         "in": {S: "三星电子股价当天上涨2.6%",
                B: "Samsung shares gained 2.6% in Seoul",
                C: "Samsung added 2.6 per cent"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "An analyst said mainland Chinese foundries such as SMIC and Hua Hong, which have no US plants, are unlikely to qualify for the exemption (hedged)",
         "in": {S: "在美国没有工厂的中芯国际、华虹等中国大陆芯片企业可能难以获得豁免",
                C: "Mainland foundries such as SMIC and Hua Hong have no plants in the United States, so they are unlikely to qualify for the exemption"}},
        {"id": "f12", "status": "source-conflict", "value": "+4.9% (a) vs +3.9% (c)",
         "what": "TSMC's record close in Taipei on Thursday: up 4.9% (a) or up 3.9% (c); the summary follows a",
         "in": {S: "台积电股价7日收涨4.9%",
                A: "closed 4.9% higher at a record NT$1,180",
                C: "TSMC finished the session up 3.9%, a record close"}},
        {"id": "f13", "status": "unsupported", "value": "20000 jobs",
         "what": "Apple says the investment will create about 20,000 US jobs (no source says so)",
         "in": {S: "苹果方面表示，相关投资将在美国新增约2万个就业岗位"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "Trump said a company that promised to build and did not would later be billed for the duties it avoided",
         "in": {A: "a company which promised to build and then failed to follow through would later be billed for the duties it had avoided"}},
        {"id": "f15", "status": "omission", "value": "-5.4%",
         "what": "Tokyo Electron fell as much as 5.4% and Renesas about 4% on Thursday",
         "in": {C: "Tokyo Electron fell as much as 5.4% during the session and Renesas lost about 4%"}},
        {"id": "f16", "status": "omission", "value": "3.1%",
         "what": "Liu said Taiwan still expects 3.1% economic growth in 2025",
         "in": {C: "Liu said the government still expects the economy to grow 3.1% this year"}},
        {"id": "f17", "status": "omission", "value": "10600000000 USD; 7.5%",
         "what": "South Korea shipped USD 10.6 billion of semiconductors to the US in 2024, about 7.5% of its exports there",
         "in": {B: "Korea shipped $10.6 billion of semiconductors to the United States in 2024"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "6000亿美元", "mutated": "5000亿美元",
         "note": "Apple's four-year total rises to USD 600 billion (a, c); 500 billion was the February pledge (a)"},
        {"n": 2, "type": "number", "fact": "f5", "original": "为期21天", "mutated": "为期30天",
         "note": "the comment window was three weeks (b), not 30 days"},
        {"n": 3, "type": "date", "fact": "f1", "original": "当地时间6日", "mutated": "当地时间5日",
         "note": "Trump spoke on Wednesday 6 August (a 'on Wednesday', b 'Aug. 6'), not on the 5th"},
        {"n": 4, "type": "date", "fact": "f4", "original": "4月1日", "mutated": "4月16日",
         "note": "the probe was opened on April 1 (a, b, c); April 16 is when the notice was published (b)"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "并未说明新关税何时生效", "mutated": "已明确新关税何时生效",
         "note": "Trump gave no effective date (a, b) -> says he set one"},
        {"n": 6, "type": "negation", "fact": "f9", "original": "不会被征收", "mutated": "仍将被征收",
         "note": "Yeo said Samsung and SK Hynix would not be subject to the tariff (b, c) -> will still be charged"},
        {"n": 7, "type": "entity", "fact": "f9", "original": "SK海力士", "mutated": "LG电子",
         "note": "Yeo named Samsung and SK Hynix (b, c); no source mentions LG Electronics"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "台积电因在美国设有工厂", "mutated": "联电因在美国设有工厂",
         "note": "Liu said TSMC is exempt (a, c); smaller Taiwanese chipmakers will feel the tariff (c)"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "“国发会”主委刘镜清", "mutated": "“经济部长”郭智辉",
         "note": "the statement came from National Development Council head Liu Chin-ching (a, c), not Taiwan's economy minister"},
        {"n": 10, "type": "attribution", "fact": "f9", "original": "韩国通商交涉本部长吕翰九", "mutated": "三星电子发言人",
         "note": "the assurance came from trade negotiator Yeo Han-koo (b, c); both companies declined to comment (b)"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能难以获得豁免", "mutated": "必然无法获得豁免",
         "note": "hedged 'unlikely to qualify' (c) -> asserted 'certainly cannot'"},
        {"n": 12, "type": "unit", "fact": "f6", "original": "追加投资1000亿美元", "mutated": "追加投资1000亿元人民币",
         "note": "currency USD -> CNY"},
        {"n": 13, "type": "percentage", "fact": "f1", "original": "约100%", "mutated": "约25%",
         "note": "the chip tariff is about 100% (a, b, c); 25% is the May iPhone threat (a)"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "收涨5.1%", "mutated": "收涨1.5%",
         "note": "Apple closed up 5.1% (a), not 1.5%"},
    ],
    "boilerplate": {
        A: "(Reporting by the MWS Washington and Taipei bureaus",
        B: [{"inline": "By Marcus Delaney | August 7, 2025, 8:05 a.m. ET"},
            {"inline": "Photo: Wafer inspection at a fab in Chandler, Ariz. (Credit: TDD file photo)"},
            {"inline": "READ MORE: Section 232 copper: which derivatives count, and which don't"},
            "Subscribe to Trade Docket Daily's Section 232 Tracker"],
        C: [{"inline": "Posted by Ellen Kao on August 8, 2025 at 7:30 am | 9 Comments"},
            {"inline": "Image credit: Strait Silicon"},
            "Follow Strait Silicon on Google News"],
    },
}
