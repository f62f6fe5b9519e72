# Gold specification for story `legacy-chips-301-probe` (USTR opens a Section 301 investigation
# into China's targeting of the semiconductor industry for dominance, focused on foundational /
# legacy chips, 23 December 2024; comments from 6 January, hearing 11-12 March 2025; China's
# Ministry of Commerce responds on 24 December, Beijing time).
# All texts are invented for evaluation (the dates, the agencies, the 1.3% and "nearly half"
# figures of MOFCOM, the two-thirds survey figure and the 50% tariff follow the real episode;
# wording, quotes, analysts, outlets and the capacity estimates are made up).
#
# f13 is a genuine source-versus-source conflict: b says China's share of global mature-node
# capacity will rise to 39% by 2027 (Corvale Insight), c says close to half, roughly 47%, by 2027
# (Halvorsen Semiconductor Analytics). The summary reports both figures without naming the firms.
#
# Traps:
# - Same number, different things: "half" / 50% is the tariff on Chinese chips from 1 January
#   (a, c; omission f20), "close to half" of world legacy capacity (c, conflict f13), "nearly half"
#   of the global chip market held by US firms (b, f16), and "Half of the U.S. companies surveyed"
#   not knowing their chips' origin (a, omission f21). 25% is both the 2018-19 tariff ceiling
#   (c) and a teaser's tax credit (a furniture).
# - Equal amounts in different forms or units: "two-thirds" (a) = "two out of every three" (b) =
#   三分之二; "12 months" (a) = "up to a year" (c) = 12个月; "$370 billion" is 3700亿美元 (c,
#   omission f22); "Feb. 5, 2025" (b) vs the yearless 2月5日 in the summary.
# - Percent vs percentage points: b says 39% by 2027, "up 8 percentage points from 31% in 2023";
#   8 is not a percentage. c's price drop "by about a fifth" is not a share of capacity.
# - Yearless and relative dates: "on Monday" (a dated Mon 23 Dec; b dated Tue 24 Dec; c dated Thu
#   26 Dec: all mean 23 Dec), "Jan. 6", "March 11 and 12", "Jan. 20", "next week" in c (= 1 Jan),
#   "Earlier this month", 明年1月6日 in the summary (dated 27 Dec 2024).
# - Report date vs event date: a is datelined Washington, Dec 23, yet says MOFCOM spoke "on
#   Tuesday" (24 Dec Beijing time); the summary's 24日 agrees with it.
# - Non-conflicting negations: "did not immediately respond to a request for comment" (a), "did
#   not respond to the Ledger's questions" (b), "SMIC and Hua Hong did not comment" (c), "has not
#   yet been confirmed" (a, omission f23), "None of this makes China's chipmakers less
#   competitive", "You cannot build a fab in Ohio".
# - Hedged vs asserted: "could pave the way" (a) and "most likely outcome, but not a certain one"
#   (c) vs 可能 (f11); "appear to be undermining" (a) vs 似乎 (f2). m11/m12 remove the hedges.
# - Reported speech from several speakers: Tai (f2), Raimondo (f12), the MOFCOM spokesperson
#   (f14-f18), invented lawyers and analysts (Whitcomb, Keogh, Solberg, Amadi).
# - Near misses for entity mutants: c names "Section 232" only to say this is not such a probe
#   (m07); a mentions gallium only for China's export ban (m08 swaps silicon carbide for gallium
#   nitride).
# - Near miss for the unsupported claim f19: b's ticker "SMIC (0981.HK) -1.8%" is furniture with
#   no date or cause; no article text reports SMIC's share price.
# - Numbers in furniture: ticker (19,883, +0.8%, -1.8%, -2.3%, 7.30), teasers "slip 2.1%",
#   "140 entities", "25% tax credit ... beyond 2026", "Jan. 14 ... 2 CPE credits", "5 questions for
#   2025", "38 open comment periods", "21,400 trade professionals", "46,000 readers", "jumps 34%",
#   "3 years on", "in 6 charts", "7 min read", "Updated 2 hours ago"; a nav line and a READ MORE
#   line inside the text.
# - Rule and docket numbers that are not quantities: "Section 301", "1974", "USTR-2024-0024",
#   "28nm", "0981.HK".

A = "a-capstone.en.txt"
B = "b-ledger.en.txt"
C = "c-fabline.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-12-23",
         "what": "On Monday 23 December 2024 USTR launched an investigation under Section 301 of the Trade Act of 1974 into China's drive to dominate the semiconductor industry",
         "in": {S: "美国贸易代表办公室（USTR）当地时间12月23日宣布，依据《1974年贸易法》第301条",
                A: "The Office of the U.S. Trade Representative said the probe would be conducted under Section 301 of the Trade Act of 1974",
                B: "USTR's new Section 301 investigation, announced on Monday",
                C: "Monday's announcement from the U.S. Trade Representative"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Tai said evidence shows China uses extensive anticompetitive and non-market means to dominate the industry, and its practices appear to be undermining US competitiveness and supply chains (hedged)",
         "in": {S: "相关做法似乎已经损害美国产业的竞争力和关键供应链安全",
                A: "its practices appear to be undermining the competitiveness of American industry and critical supply chains"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The probe initially focuses on foundational (legacy, mature-node) semiconductors, including downstream products in critical sectors such as autos, medical devices and defense",
         "in": {S: "调查将首先聚焦中国生产的基础半导体",
                A: "The investigation will initially focus on China's manufacturing of foundational semiconductors",
                B: "The first phase centres on foundational semiconductors"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Legacy chips have so far largely not been covered by US export controls (negated)",
         "in": {S: "即此前基本不受美国出口管制约束的传统芯片",
                A: "U.S. export controls have so far largely spared legacy chips",
                C: "Legacy chips have mostly been left out of U.S. export controls"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The probe also covers Chinese production of silicon carbide substrates and other wafers",
         "in": {S: "以及碳化硅衬底等晶圆的生产",
                A: "It will also examine Chinese production of silicon carbide substrates and other wafers",
                B: "plus silicon carbide substrates and other wafers"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "USTR has not proposed any specific remedy yet (negated)",
         "in": {S: "USTR暂未提出具体应对措施",
                A: "USTR did not say what remedies it might seek",
                B: "The notice proposes no specific tariff or other remedy at this stage"}},
        {"id": "f7", "status": "agreement", "value": "2025-03-11..2025-03-12",
         "what": "A public hearing is scheduled for 11-12 March 2025",
         "in": {S: "公开听证会定于3月11日至12日举行",
                A: "has scheduled a hearing for March 11 and 12",
                B: "A two-day public hearing begins on March 11"}},
        {"id": "f8", "status": "agreement", "value": "2025-01-06 | 2025-02-05",
         "what": "Public comments are accepted from 6 January; written comments are due by 5 February 2025",
         "in": {S: "将于明年1月6日起接受公众意见，书面意见截止日期为2月5日",
                A: "It will begin taking public comments on Jan. 6",
                B: "Written comments and requests to appear are due by Feb. 5, 2025"}},
        {"id": "f9", "status": "agreement", "value": "12 months",
         "what": "USTR has 12 months (up to a year) to reach a determination",
         "in": {S: "USTR须在立案后12个月内作出裁定",
                A: "The law gives the agency 12 months to reach a determination",
                C: "USTR has up to a year to decide"}},
        {"id": "f10", "status": "agreement", "value": "2025-01-20",
         "what": "The case will be handed to the Trump administration, which takes office on 20 January",
         "in": {S: "调查将移交1月20日就职的特朗普政府完成",
                A: "officials said the case would be handed over to President-elect Donald Trump's administration, which takes office on Jan. 20"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "The probe could pave the way for new US tariffs on Chinese chips (hedged; tariffs likely but not certain)",
         "in": {S: "并可能为其对中国芯片加征新关税铺路",
                A: "a step that could pave the way for new U.S. tariffs",
                C: "Tariffs are the most likely outcome, but not a certain one"}},
        {"id": "f12", "status": "agreement", "value": "2/3",
         "what": "Raimondo / the Commerce Department survey: two-thirds of US products that use chips contain Chinese legacy chips",
         "in": {S: "美国使用芯片的产品中约有三分之二含有中国产传统芯片",
                A: "two-thirds of U.S. products that use chips contain Chinese legacy chips",
                B: "two out of every three U.S. products using chips contain Chinese legacy chips"}},
        {"id": "f13", "status": "source-conflict", "value": "39% | ~47%",
         "what": "China's share of global mature-node / legacy capacity by 2027: 39% per Corvale Insight (b) versus close to half, roughly 47%, per Halvorsen (c)",
         "in": {S: "有研究机构预计到2027年将升至39%，也有机构认为届时将接近一半",
                B: "China's share of global mature-node capacity will rise to 39% by 2027",
                C: "China will hold close to half of the world's legacy-chip capacity by 2027"}},
        {"id": "f14", "status": "agreement", "value": "2024-12-24",
         "what": "On Tuesday 24 December (Beijing) China's Ministry of Commerce said China was strongly dissatisfied with and firmly opposed the probe",
         "in": {S: "中国商务部新闻发言人24日表示，中方对此强烈不满、坚决反对",
                A: "the Commerce Ministry said on Tuesday it firmly opposed the probe",
                B: "China's Ministry of Commerce responded on Tuesday, saying China was strongly dissatisfied with the probe and firmly opposed it",
                C: "Beijing's response on Tuesday was sharp"}},
        {"id": "f15", "status": "agreement", "value": None,
         "what": "MOFCOM called the investigation clearly unilateral and protectionist",
         "in": {S: "美方调查具有明显的单边主义和保护主义色彩",
                B: "the investigation was clearly unilateral and protectionist"}},
        {"id": "f16", "status": "agreement", "value": "~50%",
         "what": "MOFCOM: US companies hold nearly half of the global chip market",
         "in": {S: "美国企业占据全球芯片市场近一半份额",
                B: "U.S. companies account for nearly half of the global chip market"}},
        {"id": "f17", "status": "agreement", "value": "1.3%",
         "what": "MOFCOM, citing a US Commerce Department report: Chinese-made chips hold only 1.3% of the US market",
         "in": {S: "而中国产芯片仅占美国市场的1.3%",
                A: "Chinese-made chips held only 1.3% of the U.S. market",
                B: "Chinese-made chips make up only 1.3% of the U.S. market"}},
        {"id": "f18", "status": "agreement", "value": None,
         "what": "MOFCOM said China will take all necessary measures to defend its rights and interests",
         "in": {S: "中方将采取一切必要措施坚决维护自身权益",
                A: "would take all necessary measures to safeguard its rights and interests",
                B: "China will take all necessary measures to firmly defend its rights and interests",
                C: "It vowed to take all necessary measures"}},
        {"id": "f19", "status": "unsupported", "value": "-2%",
         "what": "SMIC's Hong Kong shares closed about 2% lower on the 24th because of the news (only a furniture ticker shows SMIC -1.8%, undated)",
         "in": {S: "受消息影响，中芯国际港股24日收跌约2%"}},
        {"id": "f20", "status": "omission", "value": "50% | 2025-01-01",
         "what": "The US tariff on Chinese semiconductors rises to 50% on 1 January",
         "in": {A: "Biden has already raised the tariff on Chinese semiconductors to 50%, effective Jan. 1",
                C: "the 50% tariff on Chinese chips that kicks in next week"}},
        {"id": "f21", "status": "omission", "value": "1/2",
         "what": "Half of the US companies surveyed did not know where their chips came from (negated)",
         "in": {A: "Half of the U.S. companies surveyed did not know where their chips came from"}},
        {"id": "f22", "status": "omission", "value": "25% | 370000000000 USD",
         "what": "Trump used Section 301 in 2018-2019 to impose tariffs of up to 25% on about USD 370 billion of Chinese imports",
         "in": {C: "Trump used it in 2018 and 2019 to impose tariffs of up to 25% on roughly $370 billion of Chinese imports"}},
        {"id": "f23", "status": "omission", "value": None,
         "what": "Trump's USTR nominee Jamieson Greer has not yet been confirmed by the Senate (negated)",
         "in": {A: "Jamieson Greer, has not yet been confirmed by the Senate"}},
        {"id": "f24", "status": "omission", "value": None,
         "what": "MOFCOM noted the WTO had ruled earlier US Section 301 tariffs on China in breach of its rules",
         "in": {B: "had been ruled by the World Trade Organization to breach its rules"}},
        {"id": "f25", "status": "omission", "value": "52700000000 USD",
         "what": "MOFCOM pointed to the USD 52.7 billion CHIPS and Science Act as US subsidies while it accuses China of non-market practices",
         "in": {C: "pointed to the $52.7 billion CHIPS and Science Act"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f12", "original": "三分之二", "mutated": "三分之一",
         "note": "two-thirds of US products using chips -> one-third"},
        {"n": 2, "type": "number", "fact": "f16", "original": "近一半份额", "mutated": "近八成份额",
         "note": "US firms hold nearly half of the global chip market -> nearly 80%"},
        {"n": 3, "type": "date", "fact": "f1", "original": "12月23日", "mutated": "12月13日",
         "note": "the probe was announced on Monday 23 December, not 13 December"},
        {"n": 4, "type": "date", "fact": "f7", "original": "3月11日至12日", "mutated": "4月11日至12日",
         "note": "hearing on 11-12 March -> 11-12 April"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "USTR暂未提出", "mutated": "USTR已提出",
         "note": "USTR proposed no specific remedy (a, b) -> it has proposed specific measures"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "此前基本不受", "mutated": "此前早已受到",
         "note": "legacy chips largely spared by export controls (a, c) -> already subject to them"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "《1974年贸易法》第301条", "mutated": "《1962年贸易扩展法》第232条",
         "note": "Section 301 of the Trade Act of 1974 -> Section 232 of the Trade Expansion Act of 1962; c says it is not a 232 probe"},
        {"n": 8, "type": "entity", "fact": "f5", "original": "碳化硅衬底", "mutated": "氮化镓衬底",
         "note": "silicon carbide substrates -> gallium nitride substrates; no source names GaN"},
        {"n": 9, "type": "attribution", "fact": "f2", "original": "美国贸易代表戴琪声称", "mutated": "美国商务部长雷蒙多声称",
         "note": "the evidence claim is Tai's (a), not Raimondo's"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "中国商务部新闻发言人", "mutated": "中国外交部发言人",
         "note": "the response came from the Ministry of Commerce (a, b, c), not the Foreign Ministry"},
        {"n": 11, "type": "modality", "fact": "f2", "original": "似乎已经损害", "mutated": "已经损害",
         "note": "'appear to be undermining' -> asserted 'has harmed'"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "并可能为其", "mutated": "并将为其",
         "note": "'could pave the way' / 'likely but not certain' -> asserted 'will pave the way'"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "12个月内", "mutated": "12周内",
         "note": "12 months (a year) to decide -> 12 weeks"},
        {"n": 14, "type": "percentage", "fact": "f17", "original": "1.3%", "mutated": "13%",
         "note": "Chinese chips' share of the US market 1.3% -> 13%"},
    ],
    "boilerplate": {
        A: [{"inline": "World | Business | Markets | Technology | Sustainability"},
            {"inline": "By Laura Brenner and Kevin Osei | December 23, 2024 9:48 PM GMT | Updated 2 hours ago"},
            "Reporting by Laura Brenner and Kevin Osei in Washington"],
        B: [{"inline": "Home > Trade Remedies > Section 301 | Events | Webinars | Docket Tracker"},
            {"inline": "HSI 19,883 +0.8% | SMIC (0981.HK) -1.8% | Hua Hong (1347.HK) -2.3% | USD/CNY 7.30"},
            {"inline": "By Priya Raman | December 24, 2024 | Trade Remedies | 7 min read"},
            "Subscribe to the Ledger Daily"],
        C: [{"inline": "The Fab Line | Newsletter | Podcast | Data | About"},
            {"inline": "Analysis by Owen Castellano | Dec 26, 2024 | 8 min read"},
            {"inline": "READ MORE: Inside China's 28nm build-out, in 6 charts"},
            "Tags: Section 301, USTR"],
    },
}
