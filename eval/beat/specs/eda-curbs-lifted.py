# Gold specification for story `eda-curbs-lifted` (the US lifts its export-licence requirement
# on chip design software (EDA) sales to China, early July 2025). The summary is in
# Traditional Chinese, Hong Kong style.
# All texts are invented for evaluation (the dates follow the 2025 episode: letters of May 23,
# rescinded in letters of Wednesday July 2, company statements on Thursday July 3, China's
# Commerce Ministry comment on Friday July 4; wording, quotes, analysts, outlets and most
# secondary figures such as share moves and tanker counts are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story eda-curbs-lifted`.
# f15 is a genuine source-versus-source conflict: a says the three vendors control about 70%
# of China's EDA market (citing Xinhua); c puts it at roughly 80% (industry estimates). The
# summary attributes each figure.
#
# Traps:
# - Same number, different things: "about 12% of Cadence's" revenue vs "Cadence's shares have
#   climbed about 12% from their late-May low" (c); "May 23" (letters) vs the "9.6% slide ...
#   on May 28" (b), the date the curbs were reported, which mutant m04 uses.
# - Equal amounts in different units or scales: "$978 million" (b) = "nearly $1 billion" (c)
#   = 約9.8億美元; "at least three tankers" (a, spelled out) = 至少3艘油輪; "about six weeks"
#   (b) = "Nearly six weeks later" (c) = 約六周.
# - Rounded differently: Synopsys premarket "4.9%" (a) vs "about 5%" (b) vs 近5%; the
#   furniture ticker in b says "SNPS +5.1% pre-mkt" and "CDNS +4.3%" (a says Cadence 4.1%).
# - Percent vs percentage points: domestic vendors "about 15%, up roughly five percentage
#   points since 2020" (c) next to the 70%/80% shares (f15).
# - Yearless and relative dates: "on Wednesday" (a, dated Thursday July 3) = "Wednesday,
#   July 2" (b) = 周三 in the summary dated Saturday July 5; "on Friday" (c) = 周五;
#   "last month" (a) vs "in June" (c) = 上月; "May 23", "August 12", "June 5", "late May".
# - Report date vs event date: a and b are dated July 3 and c July 5; the letters went out
#   on July 2; the summary (July 5) keeps the weekday names.
# - Hedged vs asserted: Siemens "had restored" (asserted) vs Synopsys "working to restore" and
#   Cadence "in the process of restoring"; tankers "are expected to sail within days" (m11);
#   the licence requirement "could be reimposed" (m12).
# - Negations that do not conflict: "The Commerce Department did not respond to a request for
#   comment" (stated in the summary, f5), "It was not immediately clear whether licences ...
#   had been restored", "BIS has not published a Federal Register notice", "did not give a
#   timetable", "Neither Synopsys nor Cadence responded", "asked not to be named", "no date has
#   been set"; the analyst's "did not signal any softening" is reported as 並不代表 (f13).
# - Reported speech from several speakers: Siemens' Hemmelgarn, Synopsys, Cadence, China's
#   Commerce Ministry spokesperson, analyst Priya Raman, consultant Zhou Lin (m10 moves Raman's
#   words to Zhou), engineers, trade lawyers.
# - Entity near-misses: London framework (June) vs Geneva truce (May) (m08); Keysight appears
#   only in b's furniture (m07 uses 是德科技).
# - Numbers in furniture: tickers "+5.1%", "+4.3%", "+0.8%", "Dow futures up 0.3%", "Oil slips
#   1%", "$3,350", "$4.5 billion", "June 27", "42,000", "July 21", "June 22-25", "3 nm",
#   "26.9%", "1.2%", "10,000", "24,069.94", "7.1648".

A = "a-transpacific.en.txt"
B = "b-edainsider.en.txt"
C = "c-asialedger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-02",
         "what": "On Wednesday 2 July 2025 the US Commerce Department sent letters to Synopsys, Cadence and Siemens lifting the licence requirement for EDA sales to China",
         "in": {S: "美國商務部當地時間周三致函新思科技（Synopsys）、Cadence及西門子三家晶片設計軟件（EDA）供應商",
                A: "Synopsys, Cadence Design Systems and Germany's Siemens said they had received letters from the department on Wednesday",
                B: "In letters sent late on Wednesday, July 2"}},
        {"id": "f2", "status": "agreement", "value": "2025-05-23",
         "what": "The licence requirement being rescinded had been imposed by letters dated 23 May 2025",
         "in": {S: "通知5月23日發出的對華出口許可規定已經撤銷",
                A: "The department sent letters dated May 23",
                B: "the \"is-informed\" letters it issued on May 23 had been rescinded"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Siemens said it had restored full access to its software and technology for Chinese customers and resumed sales and support (asserted)",
         "in": {S: "西門子表示已全面恢復中國客戶使用其軟件及技術，並重新開展銷售及支援服務",
                A: "Siemens said it had restored full access to its software and technology for Chinese customers",
                B: "said Chinese customers once again had full access to the company's software and technology"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "Synopsys and Cadence said they were working to restore access to the restricted products in China (in progress, not done)",
         "in": {S: "新思和Cadence則稱正著手恢復受限產品在華的供應",
                A: "Synopsys said it was working to restore access to the products that had been restricted",
                B: "Synopsys said it is working to bring back access to products that were recently restricted in China"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The Commerce Department did not respond to a request for comment (negated)",
         "in": {S: "商務部則未有回應傳媒查詢",
                A: "The Commerce Department did not respond to a request for comment."}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The lifting implements the US-China trade framework agreed in London in June, under which Beijing pledged to speed up rare-earth export approvals",
         "in": {S: "是次解禁是特朗普政府落實中美上月在倫敦達成的貿易框架的最新一步",
                A: "The reversal is the latest step in implementing the London framework",
                C: "Under the framework agreed in London in June, China pledged to speed up approvals of rare-earth exports"}},
        {"id": "f7", "status": "agreement", "value": "16% | 12%",
         "what": "China accounts for about 16% of Synopsys's revenue and about 12% of Cadence's",
         "in": {S: "中國市場約佔新思全年收入16%及Cadence收入12%",
                A: "China accounts for about 16% of Synopsys's annual revenue and about 12% of Cadence's",
                C: "China contributes roughly 16% of Synopsys's revenue"}},
        {"id": "f8", "status": "agreement", "value": "978000000 USD",
         "what": "Synopsys's revenue from China was about USD 978 million (nearly USD 1 billion) in its last fiscal year (2024)",
         "in": {S: "新思上財年來自中國的收入約9.8億美元",
                B: "Synopsys booked $978 million of revenue from China in fiscal 2024",
                C: "nearly $1 billion last fiscal year"}},
        {"id": "f9", "status": "agreement", "value": "4.9%",
         "what": "Synopsys shares rose 4.9% (about 5%) in premarket trading on Thursday 3 July",
         "in": {S: "新思股價周四在盤前交易中上升近5%",
                A: "Synopsys shares rose 4.9% in premarket trading on Thursday",
                B: "Synopsys stock was indicated about 5% higher before the open on Thursday"}},
        {"id": "f10", "status": "agreement", "value": "P6W",
         "what": "The licence requirement was in force for about six weeks",
         "in": {S: "出口限制實施約六周",
                B: "froze sales of chip design tools to China for about six weeks",
                C: "Nearly six weeks later it has put that tool back in the drawer"}},
        {"id": "f11", "status": "agreement", "value": "2025-07-04",
         "what": "China's Commerce Ministry spokesperson said on Friday 4 July that China is approving eligible export licence applications for controlled items in accordance with the law and that the US had notified China of cancelling restrictive measures",
         "in": {S: "中國商務部發言人周五表示，中方正依法審批符合條件的管制物項出口許可申請",
                C: "China's Commerce Ministry spokesperson said on Friday that Beijing was reviewing and approving eligible applications to export controlled items in accordance with the law"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Analyst Priya Raman said the licence requirement could be reimposed if rare-earth shipments slowed again (hedged)",
         "in": {S: "若稀土供應再度放緩，有關許可要求可能會重新實施",
                C: "She said the licence requirement could be reimposed if rare-earth shipments slowed again."}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Raman said the reversal did not signal any softening of US controls on advanced chips or chipmaking equipment (negated)",
         "in": {S: "解禁並不代表美國放寬對先進晶片及晶片製造設備的管制",
                C: "said the reversal did not signal any softening of U.S. controls on advanced chips or chipmaking equipment"}},
        {"id": "f14", "status": "agreement", "value": "3 tankers",
         "what": "Ethane producers were told this week they could resume shipments to China; at least three tankers in the US Gulf are expected to sail within days (hedged)",
         "in": {S: "乙烷生產商本周亦獲通知可恢復對華付運，滯留美國墨西哥灣的至少3艘油輪預計數日內啟航",
                A: "Ethane producers were also told this week they could resume shipments to China"}},
        {"id": "f15", "status": "source-conflict", "value": "70% | 80%",
         "what": "Share of China's EDA market held by Synopsys, Cadence and Siemens: about 70% per Xinhua (a) versus roughly 80% by industry estimates (c)",
         "in": {S: "新華社早前報道約為七成，亦有業界估計指達八成左右",
                A: "The three firms control about 70% of China's market for electronic design automation tools",
                C: "The three suppliers hold roughly 80% of China's EDA market by industry estimates"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Synopsys said it would disclose the revenue impact of the curbs next month (no source says so; b only says it is still gauging the effect)",
         "in": {S: "新思並表示將於下月公布出口限制對收入的具體影響"}},
        {"id": "f17", "status": "unsupported", "value": None,
         "what": "Mainland Chinese EDA shares fell broadly on Thursday, with Empyrean closing more than 6% lower (no source reports share moves of Chinese vendors)",
         "in": {S: "內地EDA股份周四普遍下跌，華大九天收市跌逾6%"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "It was not clear whether suspended licences for GE Aerospace to ship C919 engines had been restored (negated, hedged)",
         "in": {A: "It was not immediately clear whether licences suspended for GE Aerospace"}},
        {"id": "f19", "status": "omission", "value": "35000000000 USD",
         "what": "Synopsys's USD 35 billion acquisition of Ansys still needs clearance from China's SAMR",
         "in": {B: "Its $35 billion acquisition of simulation software maker Ansys still needs clearance"}},
        {"id": "f20", "status": "omission", "value": "15% (+5 pp since 2020)",
         "what": "Chinese domestic EDA vendors hold about 15% of their home market, up about five percentage points since 2020",
         "in": {C: "Homegrown vendors such as Empyrean together account for about 15%"}},
        {"id": "f21", "status": "omission", "value": "2025-08-12",
         "what": "The 90-day Geneva tariff truce runs until August 12 and no date has been set for talks on extending it (yearless date)",
         "in": {C: "The 90-day tariff truce agreed in Geneva in May runs until August 12"}},
        {"id": "f22", "status": "omission", "value": None,
         "what": "Consultant Zhou Lin said Chinese customers would keep qualifying domestic tools regardless",
         "in": {C: "said customers would keep qualifying domestic tools regardless"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f14", "original": "至少3艘", "mutated": "至少8艘",
         "note": "at least three tankers (a, spelled out) -> at least 8"},
        {"n": 2, "type": "number", "fact": "f8", "original": "約9.8億美元", "mutated": "約98億美元",
         "note": "USD 978 million (b) / nearly USD 1 billion (c) -> about USD 9.8 billion (scale x10)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "當地時間周三", "mutated": "當地時間周一",
         "note": "relative date shifted: the letters went out on Wednesday 2 July (a, b), not Monday 30 June"},
        {"n": 4, "type": "date", "fact": "f2", "original": "5月23日", "mutated": "5月28日",
         "note": "the licence letters were dated/issued May 23 (a, b); May 28 is when the curbs were reported (b)"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "未有回應傳媒查詢", "mutated": "已回應傳媒查詢",
         "note": "the Commerce Department did not respond to a request for comment (a) -> it responded"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "並不代表", "mutated": "代表",
         "note": "the reversal did not signal any softening of controls on advanced chips (c) -> it does signal a softening"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "西門子表示", "mutated": "是德科技表示",
         "note": "Siemens -> Keysight as the vendor that restored full access and resumed sales; no source says so"},
        {"n": 8, "type": "entity", "fact": "f6", "original": "在倫敦達成", "mutated": "在日內瓦達成",
         "note": "the framework was agreed in London in June (a, c); the Geneva truce dates from May"},
        {"n": 9, "type": "attribution", "fact": "f11", "original": "中國商務部發言人", "mutated": "中國外交部發言人",
         "note": "the statement on licence approvals came from the Commerce Ministry spokesperson (c), not the Foreign Ministry"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "新加坡凱斯特顧問公司分析師拉曼", "mutated": "北京顧問周琳",
         "note": "the no-softening and could-be-reimposed remarks are analyst Priya Raman's (c); Zhou Lin said something else"},
        {"n": 11, "type": "modality", "fact": "f14", "original": "預計數日內啟航", "mutated": "已經啟航",
         "note": "hedged 'expected to sail within days' (a) -> asserted 'have already sailed'"},
        {"n": 12, "type": "modality", "fact": "f12", "original": "可能會重新實施", "mutated": "必定會重新實施",
         "note": "hedged 'could be reimposed' (c) -> asserted 'will certainly be reimposed'"},
        {"n": 13, "type": "unit", "fact": "f10", "original": "約六周", "mutated": "約六個月",
         "note": "the requirement lasted about six weeks (b, c) -> about six months"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "新思全年收入16%", "mutated": "新思全年收入26%",
         "note": "China is about 16% of Synopsys's revenue (a, b, c) -> 26%"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | Technology | World | Breaking News | Video"},
            {"inline": "By Transpacific Wire staff | July 3, 2025, 7:42 AM ET | Updated 9:15 AM ET"},
            "(Reporting by the TPW technology desk"],
        B: [{"inline": "Home > Design Tools > Policy & Trade"},
            {"inline": "SNPS +5.1% pre-mkt | CDNS +4.3% pre-mkt | SOX +0.8% | Updated 08:55 ET"},
            {"inline": "By Martin Kessler, Senior Editor | July 3, 2025 | 6 min read"},
            {"inline": "Chart: Synopsys and Cadence share prices, May 1-July 2 (Source: exchange data)"},
            "Subscribe to the EDA Insider Weekly"],
        C: [{"inline": "By Helen Cho in Hong Kong | Published 5 July 2025, 10:30 HKT"},
            {"inline": "READ MORE: Inside China's push for home-grown chip design tools"},
            "Sign up for the Ledger's Asia Tech Briefing"],
    },
}
