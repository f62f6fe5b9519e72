# Written blind on 2026-12-07 (without reading claimdiff's sources, rules, tests or data, and without running it).
# Build: cd /work/main && python3 ../shared/eval/build_gold.py --root eval/beat --story currency-manipulator-2019
#
# Gold specification for story `currency-manipulator-2019`: the US Treasury labels China a currency
# manipulator on Monday 5 August 2019, the day the onshore yuan broke 7 per dollar (first time since
# 2008; first such designation of any country since 1994), and drops the label in its semiannual
# report on Monday 13 January 2020, two days before Trump and Vice Premier Liu He sign the phase one
# deal at the White House (Wednesday 15 January; at least USD 200 billion of extra purchases over
# 2020-2021). The summary is in Simplified Chinese, mainland style (汇率操纵国, 特朗普, 姆努钦, 观察名单,
# 亿, 今年1月13日, 去年7月).
# Real: the dates, the 7-per-dollar break, 1994, the IMF engagement, the PBOC's "has not used and will
# not use" line, the monitoring list of 10 with Switzerland added, the USD 200 billion, the 1988 and
# 2015 laws, the 10% tariff on USD 300 billion from 1 Sept, the Dow's 767-point fall. Invented: the
# outlets, bylines, every quote and analyst (Castell, Anand, Ellery), Kestrel Bank's 6.80 forecast,
# exact closing and fixing figures as worded here.
#
# Traps:
# - Relative dates anchored on different publication days: a (6 Aug 2019) "on Monday" = 5 Aug and
#   "on Tuesday" = 6 Aug, "last Thursday" = 1 Aug (the tariff threat; m03 moves the designation to
#   8月1日); b (14 Jan 2020) "on Monday" = 13 Jan; c (16 Jan 2020) "On Wednesday" = 15 Jan, "Two days
#   earlier, on January 13". The summary, dated 16 Jan 2020, says 今年1月13日, 13日 and 1月15日.
# - Year boundary: 去年7月 in a January 2020 summary is July 2019 (b: "strongest level since July").
# - "the first such finding against any country in a quarter of a century" (c) = since 1994 (a).
# - "for the first time in more than a decade" (c) = "for the first time since 2008" (a).
# - "over 2020 and 2021" (c) = 未来两年; "at least $200 billion of additional" = 额外采购至少2000亿美元.
# - Many nearby rates that are not the summary's: close 7.0350, fixings 6.9225 and 6.9683 (a), 6.80
#   forecast vs 6.88 level (b), 6.9 threshold; m02 turns 6.88 into 6.98.
# - Percentages of other things: 2.9 percent (Dow), 3.5 percent (Nasdaq), 10% tariff, 2% of GDP;
#   "a loss of 1.4 percent" (a) is the summary's 下跌约1.4%.
# - Counts: 20 trading partners reviewed vs 12 a year earlier vs 10 on the monitoring list (b).
# - "could be enforced" (b) is not a hedge (可执行的承诺); "could firm toward 6.80" (b) and "could be
#   reinstated" (c) are hedges the summary keeps (可能).
# - Negations that do not negate a summary claim: "named no country a manipulator" (b, supports
#   不再将中国列为), "China has not been cleared altogether" (b, supports 仍留在观察名单上), "China did not
#   meet the three tests", "carries no automatic penalties", "insists it never meant to use its
#   currency as a weapon" (c).
# - Attribution decoys: the Commerce Ministry also spoke on 6 Aug (farm purchases, a), which m09 uses;
#   Lighthizer (c) is quoted on the deal, not on the currency commitments (m10).
# - Source conflict: the Dow fell 767 points (a) vs "nearly 900 points" (c); the summary is silent.
# - Teasers and furniture with claim-like numbers: "$1,470", "Oil falls 2%", "slide 5%", "past 110",
#   "4 months", "86 pages in 10 charts", "Swiss franc ... watch list".

A = "a-meridian.en.txt"
B = "b-fxledger.en.txt"
C = "c-northgate.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2019-08-05",
         "what": "The US Treasury designated China a currency manipulator on Monday 5 August 2019",
         "in": {S: "美国财政部2019年8月5日将中国列为“汇率操纵国”",
                A: "The U.S. Treasury Department designated China a currency manipulator on Monday",
                C: "Hours later, Treasury Secretary Steven Mnuchin named China a manipulator"}},
        {"id": "f2", "status": "agreement", "value": "7 CNY/USD; first since 2008",
         "what": "That day the onshore yuan weakened past 7 per dollar for the first time since 2008 (c: in more than a decade)",
         "in": {S: "当天在岸人民币兑美元汇率跌破7.0关口，为2008年以来首次",
                A: "The onshore yuan slipped through 7 per dollar for the first time since 2008",
                C: "On Monday, August 5, the yuan slid past 7 to the dollar for the first time in more than a decade"}},
        {"id": "f3", "status": "agreement", "value": "-1.4%",
         "what": "The onshore yuan closed down 1.4% on the day",
         "in": {S: "收盘下跌约1.4%",
                A: "It closed at 7.0350, a loss of 1.4 percent on the day"}},
        {"id": "f4", "status": "agreement", "value": "1994",
         "what": "It was the first such designation since 1994 (c: first against any country in a quarter of a century)",
         "in": {S: "这是美方1994年以来首次作出此类认定",
                A: "It is the first time the United States has given any country the label since 1994",
                C: "the first such finding against any country in a quarter of a century"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Treasury said it would engage with the IMF to remove the unfair competitive advantage created by China's recent actions",
         "in": {S: "并称将与国际货币基金组织接触，以消除中国近期行动造成的不公平竞争优势",
                A: "he would work with the International Monetary Fund to remove the unfair competitive advantage created by China's recent actions"}},
        {"id": "f6", "status": "agreement", "value": "2019-08-06",
         "what": "On Tuesday 6 August the PBOC said it firmly opposed the designation and that China had not used and would not use the exchange rate as a tool for trade disputes (negated)",
         "in": {S: "中国人民银行8月6日发表声明表示坚决反对，称中国没有也不会将汇率作为应对贸易争端的工具",
                A: "the People's Bank of China said it firmly opposed the designation and that China had not used, and would not use, the exchange rate as a tool to handle trade disputes"}},
        {"id": "f7", "status": "agreement", "value": "2020-01-13",
         "what": "On Monday 13 January 2020 Treasury dropped the designation in its semiannual currency report, two days before the phase one signing (negated: no longer)",
         "in": {S: "美国财政部今年1月13日发布半年度汇率报告，不再将中国列为汇率操纵国，距中美签署第一阶段经贸协议仅剩两天",
                B: "The U.S. Treasury on Monday dropped its designation of China as a currency manipulator, reversing a decision it made five months ago and clearing the air two days before the two countries sign a phase one trade agreement in Washington",
                C: "Two days earlier, on January 13, the Treasury Department had quietly taken China off its list of currency manipulators"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Mnuchin said China made enforceable commitments to refrain from competitive devaluation and agreed to publish exchange-rate data",
         "in": {S: "财政部长姆努钦表示，中方已作出可执行的承诺，不进行竞争性贬值，并同意公布汇率相关数据",
                B: "Treasury Secretary Steven Mnuchin said Beijing had made commitments that could be enforced to refrain from competitive devaluation, and had agreed to publish data on its exchange rate and external balances"}},
        {"id": "f9", "status": "agreement", "value": "10",
         "what": "China stays on the monitoring list, which now has 10 economies",
         "in": {S: "中国仍留在美方的观察名单上，该名单目前共有10个经济体",
                B: "The list now has 10 members"}},
        {"id": "f10", "status": "agreement", "value": "2020-01-15 | 200000000000 USD over 2 years",
         "what": "Trump and Vice Premier Liu He signed the phase one deal at the White House on Wednesday 15 January; China is to buy at least USD 200 billion of additional US goods and services over 2020-2021",
         "in": {S: "美国总统特朗普与中国国务院副总理刘鹤1月15日在白宫签署协议，中方承诺未来两年额外采购至少2000亿美元的美国商品和服务",
                C: "President Donald Trump and Chinese Vice Premier Liu He signed a phase one trade agreement under which China is to buy at least $200 billion of additional American goods and services over 2020 and 2021"}},
        {"id": "f11", "status": "agreement", "value": "6.88 CNY/USD (2020-01-13)",
         "what": "The onshore yuan traded around 6.88 per dollar on Monday 13 January, its strongest since July 2019",
         "in": {S: "人民币兑美元汇率13日升至6.88附近，为去年7月以来最强水平",
                B: "The onshore yuan traded around 6.88 per dollar on Monday, its strongest level since July"}},
        {"id": "f12", "status": "agreement", "value": "6.80",
         "what": "A Kestrel Bank strategist said the yuan could firm toward 6.80 in the coming quarter (hedged, attributed)",
         "in": {S: "凯斯特雷尔银行外汇策略师认为，未来一个季度人民币可能进一步升向6.80",
                B: "She said the yuan could firm toward 6.80 in the coming quarter"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "A former Treasury official said the label could be reinstated if the yuan weakens sharply again (hedged, attributed)",
         "in": {S: "一名前美国财政部官员表示，若人民币再度大幅走弱，“汇率操纵国”标签可能被重新启用",
                C: "If the yuan were to weaken sharply again, it could be reinstated in a matter of hours"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Trump said he would visit Beijing later in the year to start phase two talks (no source says so)",
         "in": {S: "特朗普还表示，他将于今年晚些时候访问北京，启动第二阶段谈判"}},
        {"id": "f15", "status": "omission", "value": "10% on 300000000000 USD from 2019-09-01",
         "what": "The yuan's slide followed Trump's announcement on Thursday 1 August of a 10% tariff on the remaining USD 300 billion of Chinese imports from 1 September",
         "in": {A: "he would put a 10% tariff on the remaining $300 billion of Chinese imports starting Sept. 1"}},
        {"id": "f16", "status": "omission", "value": "2019-08-06",
         "what": "China's Commerce Ministry said early Tuesday that Chinese companies had stopped buying US farm products",
         "in": {A: "China's Commerce Ministry said early Tuesday that Chinese companies had stopped buying U.S. farm products in response"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "China did not meet the three tests of the 2015 law; Mnuchin relied on a broader 1988 statute (negated)",
         "in": {B: "China did not meet the three tests that Treasury uses under a 2015 law"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The IMF said in its annual review days later that the yuan was broadly in line with fundamentals",
         "in": {C: "the yuan's value was broadly in line with economic fundamentals"}},
        {"id": "f19", "status": "source-conflict", "value": "767 points vs nearly 900 points",
         "what": "The Dow's fall on 5 August 2019: 767 points, or 2.9 percent (a) vs nearly 900 points (c)",
         "in": {A: "The Dow Jones Industrial Average lost 767 points, or 2.9 percent",
                C: "the Dow shed nearly 900 points that day"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f9", "original": "共有10个经济体", "mutated": "共有12个经济体",
         "note": "monitoring list of 10 -> 12 (12 is the number of partners reviewed a year earlier in b)"},
        {"n": 2, "type": "number", "fact": "f11", "original": "6.88附近", "mutated": "6.98附近",
         "note": "yuan around 6.88 per dollar on 13 Jan -> around 6.98"},
        {"n": 3, "type": "date", "fact": "f1", "original": "2019年8月5日", "mutated": "2019年8月1日",
         "note": "designation on Monday 5 Aug -> 1 Aug (a's 'last Thursday', the tariff announcement)"},
        {"n": 4, "type": "date", "fact": "f7", "original": "今年1月13日", "mutated": "今年1月14日",
         "note": "label dropped on Monday 13 Jan (b 'on Monday', c 'on January 13') -> 14 Jan"},
        {"n": 5, "type": "negation", "fact": "f6", "original": "表示坚决反对", "mutated": "表示并不反对",
         "note": "PBOC firmly opposed the designation -> did not oppose it"},
        {"n": 6, "type": "negation", "fact": "f7", "original": "不再将中国列为", "mutated": "仍将中国列为",
         "note": "report no longer names China a manipulator -> still names it"},
        {"n": 7, "type": "entity", "fact": "f5", "original": "国际货币基金组织", "mutated": "世界贸易组织",
         "note": "Treasury would engage with the IMF -> the WTO; no source mentions the WTO"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "国务院副总理刘鹤", "mutated": "国务院总理李克强",
         "note": "signed by Vice Premier Liu He -> Premier Li Keqiang; no source names Li"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "中国人民银行8月6日", "mutated": "中国商务部8月6日",
         "note": "the opposition statement came from the PBOC (a); the Commerce Ministry spoke that day only about farm purchases"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "财政部长姆努钦表示", "mutated": "美国贸易代表莱特希泽表示",
         "note": "the enforceable-commitments statement was Mnuchin's (b); Lighthizer (c) spoke about the deal's currency chapter"},
        {"n": 11, "type": "modality", "fact": "f12", "original": "可能进一步升向6.80", "mutated": "将进一步升向6.80",
         "note": "hedged 'could firm toward 6.80' -> asserted 'will rise toward 6.80'"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "可能被重新启用", "mutated": "必将被重新启用",
         "note": "hedged 'could be reinstated' -> 'will certainly be reinstated'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "2000亿美元", "mutated": "2000亿元人民币",
         "note": "USD 200 billion -> CNY 200 billion (about USD 29 billion)"},
        {"n": 14, "type": "percentage", "fact": "f3", "original": "下跌约1.4%", "mutated": "下跌约4.1%",
         "note": "yuan down 1.4 percent on 5 Aug -> down 4.1%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Dana Whitlock and Chen Yiwen | Updated 1:52 AM EDT, Tuesday, August 6, 2019"},
            "Related Coverage"],
        B: [{"inline": "CURRENCIES | January 14, 2020 | By Rowan Pike"},
            "Get FX Ledger in your inbox"],
        C: [{"inline": "Posted by Ilse Marchetti · January 16, 2020 · 6 min read"},
            "Share this post"],
    },
}
