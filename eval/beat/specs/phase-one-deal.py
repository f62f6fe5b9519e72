# Gold specification for story `phase-one-deal` (the US-China Phase One economic and trade
# agreement, signed at the White House on Wednesday 15 January 2020).
# All texts are invented for evaluation (the dates and headline figures follow the 2020 event;
# wording, quotes, outlets, analysts and most secondary figures are made up). Edit here, then
# run `python3 build_gold.py --root DIR --story phase-one-deal`.
#
# Traps:
# - Same number, different things: "30 days" is when the tariff cut / the agreement takes effect
#   in a and b, while the summary's 30天 (f11, unsupported) is the deadline for an IP action plan.
#   "$19.5bn" is the 2021 farm increment in b (f4) but the 2017 farm baseline in c (f20).
#   "$250 billion" (duties that stay, f7) sits next to the $200 billion pledge; mutant m01 turns
#   2000亿 into 2500亿. "200" also appears as a guest count (a) and as webinar seats (b furniture).
# - Equal amounts, different units or scales: c gives the pledge as "roughly 1.38 trillion yuan";
#   sources write "$120 billion" / "$120bn", "$52.4bn" / "about $52 billion" / 约524亿美元,
#   "nearly $78bn" / 约777亿美元 (rounded differently).
# - Percent vs percentage points: c calls the List 4A cut "a cut of 7.5 percentage points"; a and
#   b give the rates 15% -> 7.5% (f5), and a says "halve". The summary's 7.5% is the new rate.
# - Yearless and relative dates: "Feb. 14" (a), "February 14" (b), "next month" (c, dated
#   2020-01-17) all mean 2020-02-14; "December 15" (b) is 2019-12-15, in the past; "in November"
#   (c) is November 2020; "over the next two years" (a) = 未来两年内 = 2020 and 2021 (b, c).
# - Report date vs event date: the sources are dated 15, 16 and 17 January and say "on Wednesday"
#   or "on Jan. 15"; the summary (dated 2020-01-17) writes 当地时间1月15日.
# - Non-conflicting negations: "did not respond to a request for comment" (a), "USTR did not say
#   whether exclusions ... would be extended" (b), "Refunds ... are not available" (b), "declined
#   to give a timetable" (c); Liu's "not aimed at any third country" (a) = 不针对任何第三方.
# - Hedged vs asserted: c's "could struggle to meet them" and "may not come until after" are
#   rendered 可能 / 或将 (m11, m12 assert them); b's "may affect the timing" is a hedge the summary
#   does not use; Mnuchin's "could be lifted" (c) vs Trump's asserted "would stay in place".
# - Reported speech from several speakers: Trump, Liu He, Xi (a message read by Liu), Lighthizer
#   (b, enforcement only), Mnuchin (c), economist Liang and ex-negotiator Ortiz (c). Trump's
#   "$50 billion a year" farm claim (c) is his, not the text's.
# - Numbers in furniture: tickers "DJIA 29,030.22 +0.31%", "USD/CNY 6.8851"; "slip 0.4%",
#   "$200 billion purchase pledge? (Jan. 14)", "$295.8 billion", "fell 53%", "up to 99%",
#   "37 new grants ... Jan. 10", "Feb. 4", "200 seats", "up 12%", "save 25%", "3,412 shares",
#   "10.48 per 1,000", "23.6%", "48,000 readers".

A = "a-meridian.en.txt"
B = "b-ttmonitor.en.txt"
C = "c-ledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2020-01-15",
         "what": "Trump and Vice Premier Liu He signed the Phase One agreement at the White House (East Room), Washington, on Wednesday 15 January 2020",
         "in": {S: "当地时间1月15日，国务院副总理刘鹤与美国总统特朗普在华盛顿白宫东厅签署中美第一阶段经贸协议",
                A: "President Donald Trump and Chinese Vice Premier Liu He signed an initial trade agreement at the White House on Wednesday",
                B: "signed in Washington on Jan. 15",
                C: "When Donald Trump and Liu He put their names to the Phase One deal in the East Room on Wednesday"}},
        {"id": "f2", "status": "agreement", "value": "200000000000 USD (2020-2021, above 2017)",
         "what": "China commits to buy at least USD 200 billion more US goods and services over 2020-2021 than in 2017",
         "in": {S: "于未来两年内扩大自美采购和进口不少于2000亿美元",
                A: "China committed to buy an additional $200 billion of American farm goods",
                B: "by at least $200bn across 2020 and 2021",
                C: "Beijing has promised to buy $200 billion more in American goods and services across 2020 and 2021"}},
        {"id": "f3", "status": "agreement", "value": "77700000000 USD manufactured; 52400000000 USD energy",
         "what": "Of the total, manufactured goods account for about USD 77.7 billion and energy about USD 52.4 billion",
         "in": {S: "其中制成品约777亿美元、能源产品约524亿美元",
                B: "Energy adds $18.5bn and $33.9bn, or $52.4bn",
                C: "followed by about $52 billion of energy"}},
        {"id": "f4", "status": "agreement", "value": "12500000000 USD (2020); 19500000000 USD (2021)",
         "what": "Farm purchases rise above 2017 by at least USD 12.5 billion in 2020 and USD 19.5 billion in 2021",
         "in": {S: "中方2020年和2021年的自美采购规模将分别在2017年基础上增加不少于125亿美元和195亿美元",
                B: "Agriculture adds $12.5bn in 2020 and $19.5bn in 2021"}},
        {"id": "f5", "status": "agreement", "value": "15% -> 7.5% on 120000000000 USD",
         "what": "The US halves the tariff on about USD 120 billion of Chinese goods from 15% to 7.5%",
         "in": {S: "美方则将把对约1200亿美元中国商品加征的关税税率由15%下调至7.5%",
                A: "Washington will halve the tariff rate on about $120 billion of Chinese imports to 7.5% from 15%",
                B: "USTR said the 15% duty on List 4A goods"}},
        {"id": "f6", "status": "agreement", "value": "2020-02-14",
         "what": "The lower rate applies from 14 February 2020 (30 days after signing)",
         "in": {S: "新税率将于2月14日起实施",
                A: "The cut takes effect 30 days after signing, on Feb. 14",
                B: "on goods entering on or after February 14"}},
        {"id": "f7", "status": "agreement", "value": "25% on 250000000000 USD",
         "what": "The 25% tariffs on about USD 250 billion of Chinese goods stay in place (negated: not removed)",
         "in": {S: "但美方对约2500亿美元中国商品加征的25%关税并未取消",
                A: "Tariffs of 25% on roughly $250 billion of Chinese goods",
                B: "Lists 1 to 3, which carry 25% duties on about $250bn of goods, are untouched",
                C: "Trump said the 25% duties on about $250 billion of goods would stay in place"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Trump said the remaining tariffs stay as leverage until a phase-two agreement is reached",
         "in": {S: "特朗普在签字仪式上表示，这些关税将保留至第二阶段协议达成之后",
                A: "Trump said the remaining duties would serve as a bargaining chip",
                C: "calling them his leverage"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Liu He read a message from Xi Jinping saying the deal benefits China, the US and the world",
         "in": {S: "刘鹤在仪式上宣读了国家主席习近平致特朗普总统的口信",
                A: "Liu read a message from Chinese President Xi Jinping saying the deal would benefit China",
                C: "Liu read out a message from Xi Jinping that praised the agreement"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Liu He said the agreement complies with WTO rules and does not target third parties",
         "in": {S: "刘鹤在致辞中表示，这份协议符合世贸组织规则，不针对任何第三方",
                A: "Liu said the agreement complied with World Trade Organization rules",
                C: "Liu also insisted the deal did not target third parties and was in line with WTO rules"}},
        {"id": "f11", "status": "unsupported", "value": "30 days",
         "what": "China will publish an IP-protection action plan within 30 days of entry into force (no source says so)",
         "in": {S: "中方还将在协议生效后30天内公布加强知识产权保护的行动计划"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "An economist said China could struggle to meet the ambitious targets if its economy keeps slowing (hedged)",
         "in": {S: "若经济继续放缓，可能难以如期完成",
                C: "China could struggle to meet them if its economy keeps slowing"}},
        {"id": "f13", "status": "agreement", "value": "2020-11",
         "what": "A former US trade negotiator said a phase-two deal may not come until after the November 2020 election (hedged)",
         "in": {S: "第二阶段协议或将推迟至11月美国大选之后才能达成",
                C: "said a second-phase agreement may not come until after the U.S. presidential election in November"}},
        {"id": "f14", "status": "omission", "value": "186000000000 USD",
         "what": "China bought about USD 186 billion of US goods and services in 2017",
         "in": {A: "China bought about $186 billion of U.S. goods and services that year"}},
        {"id": "f15", "status": "omission", "value": "160000000000 USD",
         "what": "Tariffs planned for 15 December 2019 on about USD 160 billion of goods remain suspended indefinitely",
         "in": {B: "The duties planned for December 15 on about $160bn of goods"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "If consultations fail, the complaining party may take remedial measures and the other may withdraw by written notice",
         "in": {B: "the other side may withdraw from the agreement by giving written notice"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "Critics in Congress said the deal does nothing about industrial subsidies or state-owned enterprises (negated)",
         "in": {C: "Critics in Congress said the deal does nothing about Beijing's industrial subsidies"}},
        {"id": "f18", "status": "omission", "value": "2020",
         "what": "Trump said he expected to visit China later in the year",
         "in": {A: "He also said he expected to visit China later in the year"}},
        {"id": "f19", "status": "source-conflict", "value": "86 pages vs 94 pages",
         "what": "Length of the agreement text: a says 86 pages, c says 94 pages",
         "in": {A: "The 86-page text was released shortly after the ceremony",
                C: "The 94-page text, published in English and Chinese after the ceremony"}},
        {"id": "f20", "status": "source-conflict", "value": "24000000000 USD vs 19500000000 USD",
         "what": "2017 farm baseline: b says USD 24 billion, c says about USD 19.5 billion",
         "in": {B: "The farm numbers sit on top of a 2017 baseline of $24bn",
                C: "Farm exports to China totalled about $19.5 billion in 2017"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "不少于2000亿美元", "mutated": "不少于2500亿美元",
         "note": "the pledge is USD 200 billion (a, b, c), not 250 billion; 2500亿 is the value of goods whose 25% duties stay"},
        {"n": 2, "type": "number", "fact": "f4", "original": "195亿美元", "mutated": "159亿美元",
         "note": "the 2021 farm increment is USD 19.5 billion (b), not 15.9 billion (digits transposed)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "1月15日", "mutated": "1月16日",
         "note": "signed on Wednesday 15 January (a, b, c), not 16 January (a Beijing-time slip)"},
        {"n": 4, "type": "date", "fact": "f6", "original": "2月14日", "mutated": "3月14日",
         "note": "the lower rate applies from February 14 (a, b; c: 'next month'), not March 14"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "并未取消", "mutated": "已经取消",
         "note": "the 25% duties on USD 250 billion remain (a, b, c) -> 'have been removed'"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "符合世贸组织规则", "mutated": "不符合世贸组织规则",
         "note": "Liu said the deal complies with WTO rules (a, c) -> does not comply"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "国务院副总理刘鹤", "mutated": "国务院副总理胡春华",
         "note": "the Chinese signatory was Vice Premier Liu He (a, c), not Vice Premier Hu Chunhua"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "能源产品约524亿美元", "mutated": "农产品约524亿美元",
         "note": "USD 52.4 billion is the energy commitment (b, c); farm goods add 12.5 + 19.5 billion"},
        {"n": 9, "type": "attribution", "fact": "f8", "original": "特朗普在签字仪式上表示", "mutated": "刘鹤在签字仪式上表示",
         "note": "it was Trump (a, c), not Liu He, who said the tariffs stay as leverage until phase two"},
        {"n": 10, "type": "attribution", "fact": "f10", "original": "刘鹤在致辞中表示", "mutated": "美国贸易代表莱特希泽在致辞中表示",
         "note": "the WTO / third-party remarks were Liu He's (a, c); Lighthizer (b) spoke only about enforcement"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能难以如期完成", "mutated": "势必难以如期完成",
         "note": "hedged 'could struggle to meet them' (c) -> asserted 'is bound to fall short'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "或将推迟至", "mutated": "必将推迟至",
         "note": "hedged 'may not come until after' the election (c) -> asserted 'will certainly be delayed'"},
        {"n": 13, "type": "unit", "fact": "f5", "original": "约1200亿美元", "mutated": "约1200亿元人民币",
         "note": "currency USD -> CNY: the cut covers about USD 120 billion of goods (a, b, c)"},
        {"n": 14, "type": "percentage", "fact": "f5", "original": "下调至7.5%", "mutated": "下调至10%",
         "note": "the new rate is 7.5% (a, b); c's 7.5 is the cut in percentage points"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | Markets | World | Trade | Politics | Video | DJIA 29,030.22 +0.31% | USD/CNY 6.8851"},
            {"inline": "By Colin Ashworth and Mei Tan | January 15, 2020 | 4:52 PM EST | Updated 2 hours ago"},
            {"inline": "READ MORE: Soybean futures slip 0.4% as traders question the farm pledge"},
            "(Reporting by Colin Ashworth in Washington"],
        B: [{"inline": "Tariff & Trade Monitor | News | Compliance | Classification | Events | Subscribe"},
            {"inline": "By Rachel Osei, Senior Trade Editor | Jan. 16, 2020 | 7 min read"},
            {"inline": "SPONSORED: Free duty-drawback calculator: recover up to 99% of duties paid"},
            "Related on T&TM"],
        C: [{"inline": "World | Business | Asia | Opinion | Podcasts | USD/CNY 6.8851 -0.12%"},
            {"inline": "By Thomas Greer | Analysis | Friday, January 17, 2020"},
            {"inline": "Pull quote: \"A ceasefire, paid for largely in soybeans.\""},
            "Most read\n"],
    },
}
