# Gold specification for story `h200-export-approval` (Trump says on Monday 8 December 2025 that
# the US will allow Nvidia to sell H200 AI chips to approved customers in China, with 25% of the
# proceeds going to the US government; reactions in Congress and in Beijing; analysts on demand).
# All texts are invented for evaluation (the dates follow the real episode; wording, quotes,
# analysts, outlets and the demand estimates are made up). Edit here, then run
# `python3 ../shared/eval/build_gold.py --root eval/beat --story h200-export-approval`.
#
# f11 is a genuine source-versus-source conflict: a says Chinese customers could order as many as
# 1 million H200 chips next year (Corbel Securities), c says around 400,000 units (Lattice Point
# Research). The summary reports both figures and attributes each to an analyst firm.
#
# Traps:
# - Two revenue shares: 25% of H200 proceeds (f2) vs the August arrangement of 15% of H20 and
#   MI308 China revenue (a, omission f13); m14 mutates 25% -> 15%.
# - Other percentages that are not the fee: shares "rose about 2%" (omission f14), market share
#   "from about 95% to zero" (omission f16), teasers "jump 9%", "rise 5.9%", "58% of voters".
# - Durations of different things: the H200 launched "about two years ago" (f9; m13 years ->
#   months) vs the SAFE Chips Act's 30-month licence ban (b, omission f15).
# - Weekday arithmetic: a (Monday 8 Dec) says "on Monday"; b (Wednesday 10 Dec) says Guo Jiakun
#   spoke "on Tuesday" = 9 Dec and refers to the "decision on Monday"; c (Thursday 11 Dec) says
#   "Monday's announcement". The summary uses 12月8日 and 12月9日.
# - Model names that are not quantities: H200, H20, MI308, HBM3e, 141 gigabytes; "H20晶片" and
#   "H200晶片" are different chips; m7 swaps H200 -> H100, which no source names.
# - Company names in HK usage: 英偉達 (Nvidia), 超微 (AMD), 英特爾 (Intel); m8 swaps Intel for
#   Qualcomm (高通), which no source names.
# - Permission vs possibility: c's "Nvidia may sell H200s" is permission, not a hedge.
# - Hedges: "could be used to strengthen China's military" (b, f8); "may limit purchases" (b) and
#   "are reportedly discussing ways to limit access" (c) (f10).
# - Non-conflicting negations: "He did not say how many chips could be sold", "did not immediately
#   respond", "The White House has not said whether the president would sign it", "He did not say
#   whether Chinese companies would be allowed to buy", "does not obviously change that",
#   "expects no H20 revenue from China in its current quarter".
# - Near miss for the unsupported claim f12: c says Alibaba and ByteDance "are widely seen as the
#   likeliest early buyers"; no source says either has placed an order.
# - A "READ MORE" line inside c's article text ("through 2028, in 4 charts") is furniture;
#   teasers carry claim-like numbers ("$8.2 billion", "29 Chinese firms", "$901 billion",
#   "40-fold").

A = "a-meridian.en.txt"
B = "b-capitolledger.en.txt"
C = "c-siliconstraits.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-12-08",
         "what": "On Monday 8 December 2025 Trump said the US will allow Nvidia to sell H200 AI chips to approved customers in China",
         "in": {S: "美國總統特朗普12月8日在社交媒體發文表示，美國將允許英偉達向中國的獲批准客戶出售H200人工智能晶片",
                A: "will allow Nvidia to sell its H200 artificial intelligence chips to approved customers in China",
                B: "decision on Monday to let Nvidia sell H200 chips to approved customers in China",
                C: "Nvidia may sell H200s to approved Chinese customers"}},
        {"id": "f2", "status": "agreement", "value": "25%",
         "what": "25% of the proceeds go to the US government",
         "in": {S: "有關銷售所得的25%將歸美國政府",
                A: "with 25% of the proceeds going to the U.S. government",
                B: "in exchange for a 25% cut for the federal government",
                C: "with the U.S. government taking its 25% share of the proceeds"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "The Commerce Department is finalising the details",
         "in": {S: "美國商務部正在敲定具體細節",
                A: "the Commerce Department is finalising the details"}},
        {"id": "f4", "status": "agreement", "value": "AMD | Intel",
         "what": "The same approach will apply to AMD, Intel and other companies",
         "in": {S: "同樣的做法亦將適用於超微（AMD）和英特爾等公司",
                A: "the same approach will apply to Advanced Micro Devices, Intel and other companies",
                C: "AMD and Intel will be covered by the same approach"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Nvidia's Blackwell and upcoming Rubin chips are not part of the deal (negated)",
         "in": {S: "英偉達最先進的Blackwell晶片及即將推出的Rubin晶片則不包括在內",
                A: "Nvidia's most advanced Blackwell chips and its upcoming Rubin chips are not part of the deal",
                B: "The arrangement does not cover Nvidia's Blackwell or Rubin chips"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Trump said Chinese President Xi Jinping responded positively",
         "in": {S: "中國國家主席習近平對此作出了積極回應",
                A: "Trump said Chinese President Xi Jinping had responded positively"}},
        {"id": "f7", "status": "agreement", "value": "2025-12-09",
         "what": "On Tuesday 9 December Foreign Ministry spokesman Guo Jiakun said China had noted the reports and advocates mutual benefit through cooperation",
         "in": {S: "中國外交部發言人郭嘉昆12月9日表示，中方注意到有關報道，一貫主張中美通過合作實現互利",
                B: "Foreign Ministry spokesman Guo Jiakun said on Tuesday that China had noted the reports",
                C: "Beijing's foreign ministry said only that it had noted the reports"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Lawmakers criticised the move, warning the chips could be used to strengthen China's military (hedged)",
         "in": {S: "多名國會議員批評此舉，警告有關晶片可能被用於增強中國的軍事能力",
                B: "warning that the chips could be used to strengthen China's military"}},
        {"id": "f9", "status": "agreement", "value": "2 years | 6x",
         "what": "The H200 launched about two years ago and offers roughly six times the performance of the H20",
         "in": {S: "H200約於兩年前推出，分析人士指其性能約為英偉達此前獲准對華出售的H20晶片的6倍",
                A: "which Nvidia launched about two years ago",
                C: "it offers roughly six times the performance of the H20"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Chinese regulators are reportedly considering limiting purchases of the H200 to support domestic chips (hedged)",
         "in": {S: "另有報道指，中國監管機構正考慮限制國內企業採購H200，以扶持本土晶片",
                B: "Chinese regulators may limit purchases of the H200 to protect Huawei and other domestic chip suppliers",
                C: "Chinese regulators are reportedly discussing ways to limit access to the H200"}},
        {"id": "f11", "status": "source-conflict", "value": "1000000 | 400000",
         "what": "Chinese demand for H200 chips next year: as many as 1 million per Corbel Securities (a) versus around 400,000 per Lattice Point Research (c)",
         "in": {S: "有機構認為最多可達100萬顆，也有機構估計約為40萬顆",
                A: "Chinese customers could order as many as 1 million H200 chips next year",
                C: "Lattice Point Research puts likely Chinese demand at around 400,000 H200 units next year"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "Alibaba and ByteDance have already ordered H200 chips (no source says so; c only calls them likely buyers)",
         "in": {S: "阿里巴巴和字節跳動已率先下單訂購H200晶片"}},
        {"id": "f13", "status": "omission", "value": "15%",
         "what": "In August Nvidia and AMD agreed to give the US government 15% of revenue from H20 and MI308 sales in China",
         "in": {A: "Nvidia and AMD agreed to give the U.S. government 15% of revenue from sales of H20 and MI308 chips in China"}},
        {"id": "f14", "status": "omission", "value": "+2%",
         "what": "Nvidia shares rose about 2% in extended trading after Trump's post",
         "in": {A: "Nvidia shares rose about 2% in extended trading"}},
        {"id": "f15", "status": "omission", "value": "30 months",
         "what": "The bipartisan SAFE Chips Act would require Commerce to deny export licences for advanced AI chips to China for 30 months",
         "in": {B: "would require the Commerce Department to deny export licences for advanced AI chips to China for 30 months"}},
        {"id": "f16", "status": "omission", "value": "95% -> 0%",
         "what": "Jensen Huang has said Nvidia's share of China's AI accelerator market fell from about 95% to zero",
         "in": {C: "the company's share of China's AI accelerator market fell from about 95% to zero"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f9", "original": "的6倍", "mutated": "的3倍",
         "note": "roughly six times the H20's performance -> three times"},
        {"n": 2, "type": "number", "fact": "f9", "original": "約於兩年前", "mutated": "約於五年前",
         "note": "launched about two years ago -> five years ago"},
        {"n": 3, "type": "date", "fact": "f1", "original": "12月8日", "mutated": "12月3日",
         "note": "Trump's post was on Monday 8 December, not 3 December"},
        {"n": 4, "type": "date", "fact": "f7", "original": "12月9日", "mutated": "12月5日",
         "note": "Guo Jiakun spoke on Tuesday 9 December (b), not 5 December, before the announcement"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "則不包括在內", "mutated": "亦包括在內",
         "note": "Blackwell and Rubin are not part of the deal -> are included too"},
        {"n": 6, "type": "negation", "fact": "f1", "original": "美國將允許英偉達", "mutated": "美國將不允許英偉達",
         "note": "will allow Nvidia to sell -> will not allow"},
        {"n": 7, "type": "entity", "fact": "f1", "original": "出售H200人工智能晶片", "mutated": "出售H100人工智能晶片",
         "note": "H200 -> H100; no source names the H100"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "英特爾", "mutated": "高通",
         "note": "Intel -> Qualcomm; no source names Qualcomm"},
        {"n": 9, "type": "attribution", "fact": "f3", "original": "美國商務部正在敲定", "mutated": "美國財政部正在敲定",
         "note": "the Commerce Department, not the Treasury, is finalising the details"},
        {"n": 10, "type": "attribution", "fact": "f7", "original": "中國外交部發言人", "mutated": "中國商務部發言人",
         "note": "the response came from the Foreign Ministry's spokesman (b, c), not the Commerce Ministry's"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "可能被用於", "mutated": "必將被用於",
         "note": "hedged 'could be used' -> asserted 'will certainly be used'"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "正考慮限制", "mutated": "已決定限制",
         "note": "regulators reportedly considering / may limit -> have decided to limit"},
        {"n": 13, "type": "unit", "fact": "f9", "original": "兩年前", "mutated": "兩個月前",
         "note": "launched about two years ago -> two months ago"},
        {"n": 14, "type": "percentage", "fact": "f2", "original": "所得的25%", "mutated": "所得的15%",
         "note": "25% of proceeds -> 15%, which is the August H20/MI308 arrangement (a)"},
    ],
    "boilerplate": {
        A: "Reporting by Dana Whitfield",
        B: [{"inline": "By Marisa Quintero | Dec. 10, 2025 | Tech Policy"},
            "Sign up for The Capitol Ledger's Tech Policy newsletter"],
        C: [{"inline": "Posted by Ken Ho | December 11, 2025 | 7 min read"},
            {"inline": "READ MORE: Huawei's Ascend roadmap through 2028, in 4 charts"},
            "Tags: Nvidia, H200"],
    },
}
