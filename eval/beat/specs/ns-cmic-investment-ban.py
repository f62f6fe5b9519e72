# Gold specification for story `ns-cmic-investment-ban` (US executive order of 12 November 2020
# barring American investment in securities of companies tied to China's military, effective
# 11 January 2021, divestment by 11 November 2021; index removals by FTSE Russell, S&P Dow Jones
# Indices and MSCI; Beijing's response). The summary is in Simplified Chinese, mainland style
# (特朗普, 明晟, 富时罗素, 标普道琼斯指数公司, 中芯国际, 证监会, 上周四).
# All texts are invented for evaluation (the order's dates, the 31 + 4 companies, the NYSE
# reversals and the 9 January MOFCOM blocking rules follow the 2020-21 episode; wording, quotes,
# analysts, outlets, Kestrel Securities' estimate, the index weight and most figures are made up).
# Edit here, then run `python3 build_gold.py`.
# No source-versus-source conflict in this story.
#
# Traps:
# - Same number, different things: MSCI's "10 securities of seven Chinese companies" (f10) vs
#   S&P Dow Jones Indices' "10 Chinese companies" (f9); "31 companies" at signing (f5) vs "35
#   companies" now (b, c) vs "December 31" (NYSE, c); "11" in Jan. 11 (f2) and Nov. 11 (f4);
#   "four" companies added (f6) vs "January 4" (c).
# - Equal amounts in different units or forms: "about $1.4 billion" (a) = "roughly US$1.4 billion
#   (HK$10.9 billion)" (c) = 约14亿美元; "until Nov. 11" (a) = "a year from its signing" (b).
# - Yearless dates across a year boundary: in January 2021 sources "Nov. 12" and "Dec. 7" are
#   2020 (去年), "Nov. 11" is 2021 (今年); m04 moves the deadline to 明年.
# - Relative dates and report date vs event date: MSCI announced "on Thursday" (a dated Fri 8 Jan,
#   b dated Thu 7 Jan, c dated Sun 10 Jan: all 7 Jan); the deletions took effect at the close
#   "on Friday" (8 Jan); Hua spoke "on Friday" (a: same day; c: two days earlier); MOFCOM acted
#   "on Saturday" (9 Jan, c), "two days before" the Monday start. The summary (Mon 11 Jan) writes
#   上周四, 上周五, 上周六.
# - Non-conflicting negations: "is not publicly traded" / "is not affected" (supports negated
#   f7), "does not require investors to sell ... immediately" (supports negated f3), "MSCI did
#   not say whether" (f21), "declined to comment", "They do not name the United States",
#   "not yet clear", "not a weapon Beijing intends to fire soon", "small but not trivial",
#   "Not every investor", "asked not to be named", "Nobody was going to wait".
# - Hedges vs approximations: "could have to sell about $1.4 billion" (hedge and approximation,
#   f12) -> 或需卖出约14亿美元; "about 0.4%" and "only about 2%" are approximations; "could expose
#   global banks" (f20) is a hedge.
# - Attributions: MSCI (f10), Kestrel analysts (f12), the Foreign Ministry's Hua Chunying (f13),
#   MOFCOM (f14), the CSRC (f15), OFAC (f17); m10 and m11 move statements to MOFCOM and the PBOC.
# - Two companies in one list: SMIC and CNOOC (f6); Hikvision and China Railway Construction are
#   among MSCI's deletions, not the December additions.
# - Numbers in furniture: "3 Min Read", "11-month high", "6.4536 per dollar", "fall 4%",
#   "27,878.22 +1.2%", "7 themes", "$51 billion", "9 bond funds", "HK$400 billion",
#   "▲ 0.3%", "HK$20 billion", "Five questions"; print-edition date "11 January 2021".

A = "a-eastbridge.en.txt"
B = "b-indexpulse.en.txt"
C = "c-acr.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2020-11-12",
         "what": "President Trump signed the executive order on 12 November 2020",
         "in": {S: "美国总统特朗普去年11月12日签署行政令",
                A: "President Donald Trump signed the executive order on Nov. 12",
                B: "caught by President Trump's Nov. 12 investment ban"}},
        {"id": "f2", "status": "agreement", "value": "2021-01-11",
         "what": "From 11 January 2021 the order bars US investors from buying publicly traded securities of companies the Defense Department designates as owned or controlled by China's military",
         "in": {S: "该禁令于1月11日起生效",
                A: "From Jan. 11 it prohibits U.S. investors from buying publicly traded securities",
                B: "The order takes effect on Jan. 11"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The order does not require investors to sell their holdings immediately (negated)",
         "in": {S: "但并不要求投资者立即出售所持证券",
                B: "does not require investors to sell their holdings immediately"}},
        {"id": "f4", "status": "agreement", "value": "2021-11-11",
         "what": "Holders have until 11 November 2021 to divest (b: a year from the signing)",
         "in": {S: "已持有相关证券的投资者须在今年11月11日前完成剥离",
                A: "Investors who already hold such securities have until Nov. 11 to sell them",
                B: "It gives them a year from its signing to divest"}},
        {"id": "f5", "status": "agreement", "value": "31",
         "what": "The order initially covered 31 companies",
         "in": {S: "行政令签署时涉及31家企业",
                A: "The order initially covered 31 companies"}},
        {"id": "f6", "status": "agreement", "value": "4 (2020-12)",
         "what": "The Pentagon added four companies in December 2020, among them SMIC and CNOOC",
         "in": {S: "美国国防部去年12月又将中芯国际和中国海洋石油等4家企业列入名单",
                A: "The Pentagon added four more in December, among them chipmaker Semiconductor Manufacturing International Corp (SMIC) and China National Offshore Oil Corp (CNOOC)",
                C: "after it added four in December, among them chipmaker SMIC and offshore oil producer CNOOC"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Huawei, which is not publicly traded, is on the list but is not affected by the investment ban (negated)",
         "in": {S: "但不受投资禁令影响",
                A: "is on the Pentagon's list but is not affected by the investment ban"}},
        {"id": "f8", "status": "agreement", "value": "2020-12-07; 8; effective 2020-12-21",
         "what": "FTSE Russell said on 7 December 2020 it would delete eight Chinese companies from its equity indexes, effective 21 December",
         "in": {S: "富时罗素去年12月7日宣布将8家中国企业剔除出其股票指数",
                B: "On Dec. 7 it said it would delete eight Chinese companies from its equity indexes"}},
        {"id": "f9", "status": "agreement", "value": "10; effective 2020-12-21",
         "what": "S&P Dow Jones Indices followed, removing 10 Chinese companies, also as of 21 December",
         "in": {S: "标普道琼斯指数公司随后也剔除了10家中国企业",
                B: "S&P Dow Jones Indices followed days later, removing 10 Chinese companies from its benchmarks"}},
        {"id": "f10", "status": "agreement", "value": "2021-01-07; 10 securities / 7 companies",
         "what": "MSCI said on Thursday 7 January it would delete 10 securities of seven Chinese companies from its indexes",
         "in": {S: "明晟（MSCI）上周四宣布，将从旗下指数中删除7家中国企业的10只证券",
                A: "said on Thursday it would delete 10 securities of seven Chinese companies from its indexes",
                B: "MSCI said on Thursday it will remove 10 securities from its equity indexes"}},
        {"id": "f11", "status": "agreement", "value": "2021-01-08 close",
         "what": "MSCI's deletions take effect as of the close of trading on Friday 8 January",
         "in": {S: "上周五收盘后生效",
                A: "The deletions take effect as of the close of trading on Friday"}},
        {"id": "f12", "status": "agreement", "value": "1400000000 USD",
         "what": "Passive funds tracking MSCI's indexes could have to sell about USD 1.4 billion of the affected shares, analysts estimated (hedged)",
         "in": {S: "追踪明晟指数的被动型基金或需卖出约14亿美元的相关股票",
                A: "Passive funds tracking MSCI's indexes could have to sell about $1.4 billion of the affected shares",
                C: "Passive funds could be forced to sell roughly US$1.4 billion (HK$10.9 billion) of affected shares"}},
        {"id": "f13", "status": "agreement", "value": "2021-01-08",
         "what": "Foreign Ministry spokeswoman Hua Chunying said on Friday 8 January that the US was politicising trade issues and China would take necessary measures to safeguard Chinese companies' rights",
         "in": {S: "中国外交部发言人华春莹上周五表示",
                A: "Foreign Ministry spokeswoman Hua Chunying said on Friday",
                C: "foreign ministry spokeswoman Hua Chunying said China would take necessary measures"}},
        {"id": "f14", "status": "agreement", "value": "2021-01-09",
         "what": "MOFCOM issued the blocking rules on Saturday 9 January, effective the day they were issued",
         "in": {S: "商务部上周六发布《阻断外国法律与措施不当域外适用办法》，自发布之日起施行",
                C: "China's Ministry of Commerce on Saturday issued rules"}},
        {"id": "f15", "status": "agreement", "value": "2%",
         "what": "The CSRC said the impact of the NYSE delistings would be limited, as the carriers' ADRs are only about 2% of their total share capital",
         "in": {S: "中国证监会表示，三家公司的美国存托凭证仅占其总股本约2%，影响有限",
                C: "noting that the carriers' American depositary receipts amount to only about 2% of their total share capital"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "China Mobile has said it will consider listing in Shanghai (A shares) (no source says so)",
         "in": {S: "中国移动已表示将考虑回归A股上市"}},
        {"id": "f17", "status": "omission", "value": "2020-12-28",
         "what": "OFAC said in guidance on 28 December 2020 that the ban also reaches ETFs and index funds holding the securities",
         "in": {B: "Its decision came after the Treasury Department's Office of Foreign Assets Control said in guidance on Dec. 28"}},
        {"id": "f18", "status": "omission", "value": "0.4%",
         "what": "The securities MSCI is cutting make up about 0.4% of the MSCI Emerging Markets Index",
         "in": {B: "make up about 0.4% of the MSCI Emerging Markets Index"}},
        {"id": "f19", "status": "omission", "value": "2021-01-04; 2021-01-06",
         "what": "The NYSE reversed its delisting decision on 4 January, then reversed itself again two days later",
         "in": {C: "It reversed course on January 4, then reversed itself again two days later"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Analysts said the blocking rules could expose global banks and investors to lawsuits in Chinese courts (hedged)",
         "in": {C: "Analysts said the rules could expose global banks and investors to lawsuits in Chinese courts"}},
        {"id": "f21", "status": "omission", "value": None,
         "what": "MSCI did not say whether it would remove more companies if the Pentagon expands its list (negated)",
         "in": {A: "MSCI did not say whether it would remove more companies"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "涉及31家企业", "mutated": "涉及35家企业",
         "note": "31 companies at signing (a) -> 35, the size of the list after the December additions (b, c)"},
        {"n": 2, "type": "number", "fact": "f8", "original": "将8家中国企业", "mutated": "将18家中国企业",
         "note": "FTSE Russell deleted eight Chinese companies (b) -> 18"},
        {"n": 3, "type": "date", "fact": "f1", "original": "去年11月12日", "mutated": "去年12月12日",
         "note": "order signed Nov. 12, 2020 (a, b) -> Dec. 12, 2020"},
        {"n": 4, "type": "date", "fact": "f4", "original": "今年11月11日前", "mutated": "明年11月11日前",
         "note": "divestment deadline Nov. 11, 2021 (a; b: a year from the signing) -> Nov. 11, 2022"},
        {"n": 5, "type": "date", "fact": "f10", "original": "上周四宣布", "mutated": "上周二宣布",
         "note": "relative date shifted: MSCI announced on Thursday 7 Jan (a, b, c) -> Tuesday 5 Jan"},
        {"n": 6, "type": "negation", "fact": "f3", "original": "但并不要求投资者立即出售所持证券", "mutated": "并要求投资者立即出售所持证券",
         "note": "the order does not require immediate sales (b) -> it requires them"},
        {"n": 7, "type": "negation", "fact": "f7", "original": "但不受投资禁令影响", "mutated": "且同样受投资禁令影响",
         "note": "Huawei is not affected by the investment ban (a) -> it is affected too"},
        {"n": 8, "type": "entity", "fact": "f6", "original": "中国海洋石油", "mutated": "中国石油化工",
         "note": "CNOOC -> Sinopec among the December additions; no source says so"},
        {"n": 9, "type": "entity", "fact": "f8", "original": "富时罗素", "mutated": "晨星",
         "note": "FTSE Russell -> Morningstar as the provider that deleted eight companies on Dec. 7; no source says so"},
        {"n": 10, "type": "attribution", "fact": "f13", "original": "中国外交部发言人华春莹", "mutated": "中国商务部发言人高峰",
         "note": "the Friday statement came from Foreign Ministry spokeswoman Hua Chunying (a, c), not the Commerce Ministry"},
        {"n": 11, "type": "attribution", "fact": "f15", "original": "中国证监会表示", "mutated": "中国人民银行表示",
         "note": "the 'limited impact' remark came from the CSRC (c), not the People's Bank of China"},
        {"n": 12, "type": "modality", "fact": "f12", "original": "或需卖出", "mutated": "必须卖出",
         "note": "hedged 'could have to sell' (a; c: could be forced to) -> asserted 'must sell'"},
        {"n": 13, "type": "unit", "fact": "f12", "original": "约14亿美元", "mutated": "约14亿港元",
         "note": "about USD 1.4 billion (a, c; c: HK$10.9 billion) -> about HKD 1.4 billion"},
        {"n": 14, "type": "percentage", "fact": "f15", "original": "约2%", "mutated": "约20%",
         "note": "ADRs are only about 2% of the carriers' share capital (c) -> about 20%"},
    ],
    "boilerplate": {
        A: [{"inline": "HOME > MARKETS > ASIA | Sign up for the Asia Open newsletter"},
            {"inline": "By Grace Lim and Peter Haldane | 3 Min Read | January 8, 2021 4:12 AM ET"},
            "(Reporting by Grace Lim in Hong Kong"],
        B: [{"inline": "IndexPulse | Indexing | ETFs | Factor Investing | Events | Subscribe"},
            {"inline": "INDEXING | January 7, 2021, 8:45 PM ET | By Oliver Brandt"},
            {"inline": "SPONSORED: Download our 2021 Smart Beta Outlook - 7 themes for the year ahead"},
            "Subscribe to IndexPulse Daily"],
        C: [{"inline": "ACR | Markets | China | Hong Kong | Policy | Opinion | Newsletters"},
            {"inline": "By Kelvin Ng in Hong Kong | Published 10 January 2021, 11:30am HKT"},
            {"inline": "READ MORE: Hong Kong IPO pipeline swells to record HK$400 billion"},
            "This article appeared in the print edition"],
    },
}
