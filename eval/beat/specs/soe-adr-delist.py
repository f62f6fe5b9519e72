# Gold specification for story `soe-adr-delist` (five Chinese state-owned companies - China Life,
# PetroChina, Sinopec, Chalco and Sinopec Shanghai Petrochemical - announce on Friday 12 August
# 2022 that they will voluntarily delist their ADSs from the NYSE, amid the HFCAA / PCAOB audit
# dispute).
# All texts are invented for evaluation: the outlets (TransPacific Wire, Capital Markets Ledger
# Weekly, The Harbourfront Investor), the reporters, the analyst Helen Quan / Hongyu Securities
# (宏域证券), her quotes, the 1.8% turnover share and the market-value estimates are made up. The
# companies, regulators (SEC, PCAOB, CSRC), the law and the filing schedule follow the real episode.
#
# f11 is a genuine source-versus-source conflict: a (Hongyu estimate) puts the five companies'
# combined ADS market value at about USD 4.5 bn, b (Ledger calculations) at about USD 7 bn. The
# summary gives both figures without naming who said which.
#
# Traps:
# - Same amount in two units: a "about $4.5 billion" and c "about HK$35 billion" are the same
#   value (not a conflict); b's "$7 billion" is the real conflict.
# - Same number, different meanings: "five" companies vs "each China Life ADS represents five H
#   shares" (b); "100 H shares" per PetroChina ADS (a); "10 days" (a, c) / "ten days" (b).
# - Relative vs calendar dates: a (Fri 12 Aug) "said on Friday", b (Wed 17 Aug) "last Friday",
#   c (Sun 14 Aug) "on Friday" and "On Aug. 12" all mean 12 August 2022. c only says "in the
#   second half of August" for the filings.
# - Non-contradicting negations: "you won't lose your shares", "don't panic-sell", "The SEC did not
#   immediately respond", "does not end the dispute", "the PCAOB has not said whether".
#   f5's "不影响" matches b's "will not affect" and a's positive "will keep their listings".
# - Teasers with claim-like numbers, one equal to the a estimate: "Chinese ADR outflows top $4.5
#   billion in July", "Hang Seng slips 0.8%", "IPO proceeds ... fall 90%", "Nasdaq delisting notices
#   rise to 12", "yielding over 9%", "$95", "20% drawdown"; a cookie notice at the top of c.
# - "roughly 200 private Chinese companies" (b) and "more than $400 billion" (b) are not in the summary.
# - Four of the five on the May list vs five companies announcing: m01 mutates 四家 -> 三家.

A = "a-transpacific.en.txt"
B = "b-capitalledger.en.txt"
C = "c-harbourfront.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2022-08-12",
         "what": "Five Chinese SOEs (China Life, PetroChina, Sinopec, Chalco, Sinopec Shanghai Petrochemical) said on Friday 12 Aug 2022 they would apply to voluntarily delist their ADSs from the NYSE",
         "in": {S: "五家国有企业8月12日分别发布公告，宣布将申请其美国存托股从纽约证券交易所（纽交所）自愿退市",
                A: "said on Friday they would apply to voluntarily delist their American depositary shares from the New York Stock Exchange",
                B: "Five of China's biggest state-owned enterprises announced last Friday that they will withdraw their American depositary shares from the Big Board",
                C: "On Aug. 12 five Chinese state-owned giants"}},
        {"id": "f2", "status": "agreement", "value": "2022-08-22",
         "what": "China Life and Chalco plan to file Form 25 with the SEC on or around 22 August",
         "in": {S: "中国人寿和中国铝业计划于8月22日前后向美国证券交易委员会提交25表格",
                A: "China Life and Chalco plan to file a Form 25 with the U.S. Securities and Exchange Commission on or around August 22",
                B: "China Life and Chalco will lodge their Form 25 delisting notices with the SEC on or about August 22"}},
        {"id": "f3", "status": "agreement", "value": "2022-08-29",
         "what": "PetroChina and Sinopec will file on or around 29 August",
         "in": {S: "中国石油和中国石化则将于8月29日前后提交",
                A: "PetroChina and Sinopec will file on or around August 29",
                B: "PetroChina and Sinopec follow on or about August 29"}},
        {"id": "f4", "status": "agreement", "value": "10 days",
         "what": "Delisting takes effect about 10 days after filing",
         "in": {S: "退市将在提交申请约10天后生效",
                A: "Delisting takes effect about 10 days after filing",
                B: "The delistings become effective ten days after each filing",
                C: "each delisting kicks in roughly 10 days later"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The delisting does not affect the Hong Kong and Shanghai listings (negated); ADS holders can convert into H shares",
         "in": {S: "此次退市不影响五家公司在香港和上海的上市地位",
                A: "The companies will keep their listings in Hong Kong and Shanghai",
                B: "The withdrawal will not affect the companies' Hong Kong and Shanghai listings",
                C: "The companies remain listed in Hong Kong and Shanghai"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Reasons given: small ADS trading volume versus H shares, and the administrative burden and cost of the US listing",
         "in": {S: "各公司称，美国存托股的交易量与H股相比较小",
                A: "the volume of their ADSs traded in New York was small compared with their Hong Kong-listed H shares",
                B: "All five pointed to thin U.S. trading and the expense of meeting American disclosure obligations"}},
        {"id": "f7", "status": "agreement", "value": "1.8%",
         "what": "China Life said its ADSs were about 1.8% of its total share turnover in the first half",
         "in": {S: "今年上半年其美国存托股交易量仅占公司股票总交易量的约1.8%",
                B: "China Life said its ADSs accounted for about 1.8% of the company's total share turnover in the first half"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "None of the statements mentioned the audit dispute directly (negated)",
         "in": {S: "各公司公告均未直接提及中美审计监管争议",
                A: "None of the statements mentioned the audit dispute directly"}},
        {"id": "f9", "status": "agreement", "value": "4; 2022-05",
         "what": "Four of the five were put on the SEC's HFCAA provisional list in May",
         "in": {S: "今年5月，美国证交会已依据《外国公司问责法》将其中四家公司列入“预摘牌”名单",
                A: "Four of the five were added by the SEC in May to a provisional list",
                B: "Four of the five sit on the SEC's provisional list under the Holding Foreign Companies Accountable Act, which they joined in May",
                C: "Four of these five were already on the SEC's watch list from May"}},
        {"id": "f10", "status": "agreement", "value": "3 years; 2024",
         "what": "Under the HFCAA, companies could be delisted as early as 2024 if the PCAOB cannot inspect their auditors for three consecutive years (hedged)",
         "in": {S: "连续三年无法检查其审计底稿，相关公司最早可能于2024年被强制摘牌",
                A: "companies could be forced off U.S. exchanges as early as 2024 if the Public Company Accounting Oversight Board (PCAOB) is unable to inspect their auditors' working papers for three years in a row",
                B: "issuers whose auditors the PCAOB cannot inspect for three consecutive years may face delisting from 2024",
                C: "the first expulsions could come as early as 2024"}},
        {"id": "f11", "status": "source-conflict", "value": "4500000000 USD | 7000000000 USD",
         "what": "Combined market value of the five companies' ADSs: about USD 4.5 bn (a, Hongyu; c gives the same as HK$35 bn) versus about USD 7 bn (b, Ledger)",
         "in": {S: "有券商估计约45亿美元，也有统计认为约为70亿美元",
                A: "the five companies' ADSs have a combined market value of about $4.5 billion",
                B: "put the combined market value of the five companies' ADSs at roughly $7 billion"}},
        {"id": "f12", "status": "unsupported", "value": "2003",
         "what": "China Life has been listed on the NYSE since 2003 (no source says so)",
         "in": {S: "中国人寿早在2003年即已在纽交所上市"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "CSRC said listing and delisting are normal in capital markets and the firms strictly complied with US rules",
         "in": {S: "中国证监会表示，上市和退市是资本市场的常态",
                A: "The China Securities Regulatory Commission (CSRC) said listing and delisting were normal occurrences in capital markets",
                B: "The CSRC said listing and delisting are normal in capital markets",
                C: "Beijing's securities regulator said on Friday that listing and delisting are a normal part of capital markets"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Helen Quan of Hongyu Securities called it a pre-emptive step; more US-listed SOEs could follow (hedged)",
         "in": {S: "香港宏域证券策略师关慧玲认为，此举是“先发制人”，更多在美上市的国企可能跟进",
                A: "more state-owned companies listed in the U.S. could follow",
                B: "Helen Quan of Hongyu Securities called the move \"a pre-emptive step\" and said more U.S.-listed state companies could follow",
                C: "thinks more state firms could follow"}},
        {"id": "f15", "status": "omission", "value": "2022-10-16",
         "what": "The ADR programmes will be terminated on or around 16 October; the ADSs trade OTC until then",
         "in": {A: "The depositary bank will terminate the ADR programmes on or around Oct. 16"}},
        {"id": "f16", "status": "omission", "value": "100",
         "what": "Each PetroChina ADS represents 100 H shares",
         "in": {A: "each PetroChina ADS represents 100 H shares"}},
        {"id": "f17", "status": "omission", "value": "2022-07-29",
         "what": "Alibaba Group was added to the SEC list on 29 July",
         "in": {B: "Alibaba Group was added on July 29"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The CSRC said it would keep communicating with US regulators on cross-border audit oversight",
         "in": {A: "The regulator said it would keep communicating with U.S. regulators on cross-border audit oversight"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f9", "original": "其中四家公司", "mutated": "其中三家公司",
         "note": "four of the five on the May list -> three"},
        {"n": 2, "type": "number", "fact": "f10", "original": "连续三年", "mutated": "连续两年",
         "note": "three consecutive years without PCAOB inspection -> two"},
        {"n": 3, "type": "date", "fact": "f1", "original": "8月12日", "mutated": "8月15日",
         "note": "announcement on Friday 12 August -> 15 August (the following Monday)"},
        {"n": 4, "type": "date", "fact": "f3", "original": "8月29日", "mutated": "9月29日",
         "note": "PetroChina/Sinopec filing on or around 29 August -> 29 September"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "此次退市不影响", "mutated": "此次退市将影响",
         "note": "the withdrawal will not affect the HK and Shanghai listings -> will affect them"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "均未直接提及", "mutated": "均直接提及",
         "note": "none of the statements mentioned the audit dispute -> all mentioned it"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "中国人寿和中国铝业计划", "mutated": "中国平安和中国铝业计划",
         "note": "China Life -> Ping An; no source names Ping An"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "纽约证券交易所（纽交所）", "mutated": "纳斯达克证券交易所",
         "note": "the ADSs are delisted from the NYSE, not Nasdaq"},
        {"n": 9, "type": "attribution", "fact": "f13", "original": "中国证监会表示", "mutated": "美国证交会表示",
         "note": "the 'listing and delisting are normal' remark came from the CSRC, not the SEC"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "香港宏域证券策略师关慧玲", "mutated": "美国证交会主席根斯勒",
         "note": "the 'pre-emptive step' view is Helen Quan's (Hongyu Securities), not SEC Chair Gensler's"},
        {"n": 11, "type": "modality", "fact": "f14", "original": "可能跟进", "mutated": "将跟进",
         "note": "more SOEs 'could follow' -> 'will follow'"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "最早可能于", "mutated": "最早将于",
         "note": "companies 'could be forced off ... as early as 2024' -> asserted 'will be delisted'"},
        {"n": 13, "type": "unit", "fact": "f4", "original": "约10天后", "mutated": "约10周后",
         "note": "delisting effective about 10 days after filing -> 10 weeks"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "约1.8%", "mutated": "约18%",
         "note": "ADSs were about 1.8% of China Life's share turnover -> 18%"},
    ],
    "boilerplate": {
        A: [{"inline": "By Karen Whitfield and Zhou Min | August 12, 2022 7:41 PM GMT+8 | Updated 35 minutes ago"},
            "Related Articles"],
        B: [{"inline": "Equities & Listings | 17 August 2022 | By Rachel Oduya, Markets Editor"},
            "Sign up for the Ledger Weekly newsletter"],
        C: [{"inline": "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. Accept"},
            {"inline": "Posted by Grace Lam | Sunday, 14 August 2022 | Markets, Hong Kong"},
            {"inline": "Photo: The New York Stock Exchange on Wall Street, August 2022. (Harbourfront Investor file photo)"},
            "Subscribe to The Harbourfront Investor"],
    },
}
