# Gold specification for story `hk-special-status-end` (US President Trump ends Hong Kong's
# preferential treatment by executive order and signs the Hong Kong Autonomy Act, Tuesday
# 14 July 2020; Beijing's and Hong Kong's responses on Wednesday 15 July). The summary is in
# Traditional Chinese, Hong Kong style (特朗普, 蓬佩奧, 邱騰華, 特區政府, 港元, 周二, 90日).
# All texts are invented for evaluation (the dates and the outline of the order and the act follow
# the 2020 episode; wording, quotes, analysts, lawyers, outlets and most figures are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story hk-special-status-end`.
# f14 is a genuine source-versus-source conflict: a puts the 2019 US goods surplus with Hong Kong
# at $26.1 billion (USTR); b puts it at US$21.8 billion (Census Bureau data cited by the Hong Kong
# government). Both call it the largest with any partner. The summary attributes each figure.
#
# Traps:
# - Report date vs event date: a (Tuesday 14 July, Washington) says "on Tuesday"; b (Wednesday
#   15 July, Hong Kong) says Trump signed "on Tuesday afternoon, early on Wednesday Hong Kong
#   time"; c (Thursday 16 July) says "on Tuesday". The summary (Thursday 16 July) writes 周二 for
#   the signing and 周三 for Beijing's statement. m03 moves the signing to 周一.
# - Relative and yearless dates: "earlier this month" (本月初, the votes), "on May 27",
#   "two days later" (= 29 May, Trump's announcement; m04 moves Pompeo's certification to
#   5月29日), "on June 30" (the law took effect; Commerce also suspended licence exceptions that
#   day; State halted defence exports "the day before"), "the following day" (1 July, first
#   arrests; m05 moves the law to 7月1日), a Phase 1 deal "in January".
# - Same number, different things: June 30 vs "between 30 and 60 days"; "90 days" for the State
#   report vs 60 days (the outer Treasury limit, m01 uses 60日); "10 sanctions" vs "at least
#   five ... within one year"; "1.3%" stocks in a's furniture vs nothing in the text.
# - Equal amounts in different units: "HK$3.7 billion (US$477 million)" = 約37億港元 (m13 makes
#   it 37億美元); the peg "between 7.75 and 7.85"; furniture "HKD/USD 7.7501".
# - Two different 國務院: 美國國務院 (the US State Department, f8) vs the Chinese State Council's
#   Hong Kong and Macao Affairs Office (國務院港澳辦), which "did not announce any measures of its
#   own" (m10 attributes the sanctions threat to it).
# - State vs Treasury: State reports officials within 90 days; Treasury names banks later (m08).
# - Negations that do not conflict: "did not immediately respond to a request for comment",
#   "made no public comment", "did not announce any measures of its own", "Nothing happens to a
#   bank tomorrow", "Nobody knows yet which names", "without naming any", "will not intimidate
#   us" (supports the negated f12 wording), "that will not change". The negated summary claims
#   f4 (無意與習近平通話) and f6 (命令本身並未點名) are supported by "had no plans to speak" and
#   "does not name any officials or banks".
# - Hedges vs approximations: "could be forced to choose", "could hurt", "could be in scope",
#   "will probably start de-risking" (hedges, omitted) vs "about HK$3.7 billion", "About 85,000
#   Americans", "some 1,300 U.S. companies" (approximations). "would be limited" is a forecast the
#   summary renders 有限.
# - Attributions: the sanctions threat is the Foreign Ministry's (b, c); the impact estimate is
#   Yau's (m11 gives it to Financial Secretary Paul Chan); the surplus figures are USTR's and the
#   Census Bureau's; Pompeo certified (m09 gives it to Commerce Secretary Ross).
# - Numbers in furniture: "rise 1.3%", "slump 4% to 11-year low", "7.0 per dollar", "above $40",
#   "25,481.58 -228.07 (-0.89%)", "7.7501", "1,808.20 +0.3%", "19 new Covid-19 cases", "0.6%",
#   "99%", "33 Chinese companies", "$1.2 million", "5 steps", "July 23, 2 p.m.", "48 times".

A = "a-transpacific.en.txt"
B = "b-harbour.en.txt"
C = "c-exportwatch.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2020-07-14",
         "what": "Trump signed an executive order on Tuesday 14 July 2020 ending Hong Kong's preferential trade treatment under US law",
         "in": {S: "美國總統特朗普周二在白宮簽署行政命令，終止香港在美國法律下享有的優惠貿易待遇",
                A: "President Donald Trump on Tuesday signed an executive order ending Hong Kong's preferential trade treatment under U.S. law",
                C: "two documents President Trump signed on Tuesday"}},
        {"id": "f2", "status": "agreement", "value": "2020-07 (early)",
         "what": "He also signed the Hong Kong Autonomy Act, which both chambers of Congress passed unanimously earlier this month",
         "in": {S: "同時簽署國會本月初一致通過的《香港自治法》",
                A: "passed both chambers of Congress unanimously earlier this month"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Trump said Hong Kong would be treated the same as mainland China, with no special economic treatment and no exports of sensitive technology",
         "in": {S: "香港今後將與中國內地同等對待，不再享有特殊經濟待遇，美國亦不會再向香港出口敏感技術",
                A: "Trump said Hong Kong would now be treated the same as mainland China"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Trump said he had no plans to speak to Chinese President Xi Jinping (negated)",
         "in": {S: "他又稱無意與國家主席習近平通話",
                A: "Trump said he had no plans to speak to Chinese President Xi Jinping"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The order revokes licence exceptions for exports to Hong Kong, suspends the surrender-of-fugitive-offenders agreement and ends US training of the Hong Kong police",
         "in": {S: "行政命令取消對港出口的許可證豁免，暫停美港之間的移交逃犯協定，並終止為香港警隊提供培訓",
                C: "the order tells the State Department to suspend or terminate the agreement with Hong Kong on the surrender of fugitive offenders"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The order itself does not name any officials or banks for sanctions (negated)",
         "in": {S: "但命令本身並未點名制裁任何官員或銀行",
                C: "The order itself does not name any officials or banks for sanctions"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "The Hong Kong Autonomy Act allows sanctions on those who help curb Hong Kong's autonomy and on banks doing significant transactions with them",
         "in": {S: "《香港自治法》授權美國制裁協助削弱香港自治的人士，以及與他們有重大交易的金融機構",
                A: "It allows sanctions on individuals and entities that help China restrict Hong Kong's autonomy, and on banks that conduct significant transactions with them"}},
        {"id": "f8", "status": "agreement", "value": "90 days",
         "what": "The secretary of state has 90 days to report to Congress identifying the foreign persons concerned",
         "in": {S: "美國國務院須在90日內向國會提交涉事人士名單",
                C: "the secretary of state has 90 days to report to Congress identifying foreign persons"}},
        {"id": "f9", "status": "agreement", "value": "2020-05-27",
         "what": "Secretary of State Pompeo certified to Congress on 27 May that Hong Kong no longer enjoyed a high degree of autonomy",
         "in": {S: "國務卿蓬佩奧早於5月27日向國會確認香港不再享有高度自治",
                A: "Secretary of State Mike Pompeo certified to Congress on May 27",
                C: "Secretary of State Mike Pompeo certified on May 27"}},
        {"id": "f10", "status": "agreement", "value": "2020-06-30",
         "what": "Beijing's national security law for Hong Kong took effect on 30 June 2020",
         "in": {S: "北京其後於6月30日實施《港區國安法》",
                A: "Beijing imposed a sweeping national security law on the city on June 30",
                C: "Beijing's national security law came into force on June 30"}},
        {"id": "f11", "status": "agreement", "value": "2020-07-15",
         "what": "China's Foreign Ministry said on Wednesday 15 July that China would impose sanctions on relevant US personnel and entities",
         "in": {S: "中國外交部周三發表聲明，指香港事務純屬中國內政，並表示將對美國相關人員和實體實施制裁",
                B: "China would impose sanctions on relevant US personnel and entities in response",
                C: "China's Foreign Ministry said on Wednesday it would sanction U.S. individuals and entities"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "The Hong Kong government strongly objected; a spokesman said the so-called sanctions would not intimidate it",
         "in": {S: "特區政府表示強烈反對美方措施，發言人稱所謂制裁嚇不倒港府",
                B: "The Hong Kong government said it strongly objected to the US actions"}},
        {"id": "f13", "status": "agreement", "value": "HK$3.7 bn (US$477 m); <0.1%",
         "what": "Edward Yau said the direct impact would be limited: domestic exports to the US were about HK$3.7 billion last year, less than 0.1% of total exports",
         "in": {S: "商務及經濟發展局局長邱騰華稱，行政命令對本港經濟的直接影響有限，本港去年輸美的本地產品出口僅約37億港元，佔總出口不足0.1%",
                B: "were worth about HK$3.7 billion (US$477 million) last year, less than 0.1 per cent of total exports"}},
        {"id": "f14", "status": "source-conflict", "value": "26.1 bn USD | 21.8 bn USD",
         "what": "The 2019 US goods trade surplus with Hong Kong: $26.1 billion per USTR (a) versus US$21.8 billion per Census Bureau data cited by the Hong Kong government (b)",
         "in": {S: "美國去年對港貨物貿易順差達261億美元，為其全球最大，但美國人口普查局數字則顯示順差為218億美元",
                A: "The United States ran a $26.1 billion goods trade surplus with Hong Kong last year",
                B: "The US ran a goods trade surplus of US$21.8 billion with Hong Kong last year"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "A White House official said the first sanctions list had largely been drawn up (no source says so)",
         "in": {S: "有白宮官員透露，首批制裁名單已大致擬定"}},
        {"id": "f16", "status": "omission", "value": "30-60 days",
         "what": "Treasury must identify the banks between 30 and 60 days after the State report",
         "in": {C: "Treasury must then, between 30 and 60 days after that report, identify foreign financial institutions"}},
        {"id": "f17", "status": "omission", "value": "85000; 1300",
         "what": "About 85,000 Americans live in Hong Kong and some 1,300 US companies operate there (AmCham)",
         "in": {A: "About 85,000 Americans live in the city and some 1,300 U.S. companies operate there"}},
        {"id": "f18", "status": "omission", "value": "2020-06-30; 2020-06-29",
         "what": "Commerce had already suspended the licence exceptions on 30 June; State halted defence exports the day before",
         "in": {C: "it suspended those exceptions on June 30, and the State Department halted exports of U.S.-origin defense articles to Hong Kong the day before"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Mainland lenders with big Hong Kong operations could be forced to choose between sanctioned officials and US dollar clearing, an analyst said (hedged)",
         "in": {B: "Mainland lenders with big Hong Kong operations could be forced to choose"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f8", "original": "90日內", "mutated": "60日內",
         "note": "State has 90 days to report (c) -> 60 days (60 is Treasury's outer limit after the report)"},
        {"n": 2, "type": "modality", "fact": "f3", "original": "香港今後將與", "mutated": "香港今後或會與",
         "note": "Trump said Hong Kong would now be treated the same as the mainland (a) -> might be"},
        {"n": 3, "type": "date", "fact": "f1", "original": "周二在白宮", "mutated": "周一在白宮",
         "note": "signed on Tuesday 14 July (a, c) -> Monday"},
        {"n": 4, "type": "date", "fact": "f9", "original": "5月27日", "mutated": "5月29日",
         "note": "Pompeo certified on May 27 (a, c); 29 May was Trump's announcement ('two days later')"},
        {"n": 5, "type": "date", "fact": "f10", "original": "6月30日", "mutated": "7月1日",
         "note": "the law took effect on June 30 (a, b, c); the first arrests came the following day"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "他又稱無意與", "mutated": "他又稱有意與",
         "note": "Trump had no plans to speak to Xi (a) -> intends to"},
        {"n": 7, "type": "negation", "fact": "f6", "original": "並未點名", "mutated": "已點名",
         "note": "the order itself does not name officials or banks (c) -> has named them"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "美國國務院須", "mutated": "美國財政部須",
         "note": "the 90-day report is State's (c); Treasury names banks afterwards"},
        {"n": 9, "type": "entity", "fact": "f9", "original": "國務卿蓬佩奧", "mutated": "商務部長羅斯",
         "note": "the May 27 certification was by Secretary of State Pompeo (a, c), not Commerce Secretary Ross"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "中國外交部周三", "mutated": "國務院港澳辦周三",
         "note": "the sanctions threat came from the Foreign Ministry (b, c); the HKMAO announced no measures of its own (b)"},
        {"n": 11, "type": "attribution", "fact": "f13", "original": "商務及經濟發展局局長邱騰華稱", "mutated": "財政司司長陳茂波稱",
         "note": "the impact estimate was Commerce Secretary Edward Yau's (b), not Financial Secretary Paul Chan's"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "並表示將對", "mutated": "並表示或會考慮對",
         "note": "China would impose sanctions (b, c) -> might consider doing so"},
        {"n": 13, "type": "unit", "fact": "f13", "original": "37億港元", "mutated": "37億美元",
         "note": "HK$3.7 billion (b) -> US$3.7 billion"},
        {"n": 14, "type": "percentage", "fact": "f13", "original": "不足0.1%", "mutated": "不足1%",
         "note": "less than 0.1 per cent of total exports (b) -> less than 1%"},
    ],
    "boilerplate": {
        A: "(Reporting by Michael Ostrander",
        B: [{"inline": "HOME | HONG KONG | CHINA | MARKETS | PROPERTY | OPINION | SUBSCRIBE"},
            {"inline": "By Connie Leung and Ravi Menon | Published: 9:15pm, 15 Jul, 2020"},
            "READ MORE: What the national security law"],
        C: [{"inline": "ExportWatch Weekly | Sanctions & Export Controls | Compliance Tools | Events | Log in"},
            {"inline": "By Alan Petrosky, Senior Editor | July 16, 2020"},
            "RELATED\nBIS adds 33"],
    },
}
