# Gold specification for story `student-visas` (US Secretary of State Marco Rubio announces that the
# State Department will "aggressively" revoke visas of some Chinese students, 28 May 2025; Beijing
# protests on 29 May).
# All texts are invented for evaluation (the dates and the outline follow the 2025 episode, and the
# Open Doors and NAFSA figures follow the published 2023-24 numbers; outlets, quotes, the Michigan
# university, the council, the consultant and the Harvard counts are made up). The summary is in
# Traditional Chinese with Taiwan usage (盧比歐, 川普, 陸生, 澳洲, 密西根). Edit here, then run
# `python3 build_gold.py --root DIR --story NAME`.
# f9 is a genuine source-versus-source conflict: a says Harvard had about 1,200 students from China
# (university figures), c says roughly 1,400 (the university's international office). The summary
# gives both.
#
# Traps:
# - Relative dates against each article's own date: a (Thu 29 May) "on Wednesday" / "on Thursday" /
#   "a day after" (the Tuesday interview pause) / "Last week" (Harvard); b (Mon 2 Jun) "on Wednesday",
#   "on Thursday", "on Friday"; c (Sat 31 May) "Wednesday's announcement", "on Thursday", "last
#   week". The summary (Tue 3 Jun) writes 上週三 and 上週四.
# - Rate vs total and near-miss numbers: 277,398 (a, b) vs the 2019-20 peak 372,532 and "about 26%
#   below" / "about 4% lower than a year earlier" (b); India's 331,602 (a; b's teaser); "roughly
#   1.1 million" (a); tuition "$42,000 a year" vs "$130 million a year" (c).
# - Currency: $43.8 billion (b) -> 438億美元 (a Taiwan outlet might be tempted to write 新台幣).
# - Same topic, different scope: "roughly 8% of the public university's enrollment" (c) is not a
#   national share; "more than half of the roughly 1.1 million" (a) is India plus China.
# - Negation as the fact itself: "The department did not say how many students would be affected
#   or which fields of study it regards as critical" (a) -> 國務院並未說明 (f4); c's "without saying
#   which fields" agrees.
# - Non-conflicting negations: "Harvard did not immediately respond" (a); "did not answer questions
#   from Global Campus Weekly" (b); "has not left Michigan", "not sure she will be allowed to stay",
#   "had not been told by federal officials", "did not expect most students to be affected" (c).
# - Hedges: "the policy could push more Chinese students toward Britain, Australia and Canada" (b)
#   -> 可能促使; "could sweep in thousands" (b); "could cost downtown businesses dearly" (c).
# - Attribution: the student count is the IIE's Open Doors (a, b); $43.8 billion is NAFSA's estimate
#   (b); the Harvard figures come from the university via two outlets; Beijing's response is the
#   foreign ministry's (a, b).
# - Numbers in furniture: "0.6%", "73%", "190 U.S. posts" (a); "23% to a record 331,602", "8%",
#   "295,000", "10 June" (b); "$1 a week", "$4.2 million", "6 inches" (c).

A = "a-cps.en.txt"
B = "b-campus.en.txt"
C = "c-tribune.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-05-28",
         "what": "Rubio announced on Wednesday 28 May 2025 that visas of Chinese students would be revoked",
         "in": {S: "美國國務卿盧比歐上週三宣布",
                A: "Secretary of State Marco Rubio said on Wednesday, drawing a sharp protest from Beijing",
                B: "Secretary of State Marco Rubio said on Wednesday that the State Department would begin revoking visas held by Chinese students",
                C: "After Wednesday's announcement from Washington"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The State Department will work with DHS to revoke visas of Chinese students, including those linked to the CCP or studying in critical fields",
         "in": {S: "國務院將與國土安全部合作，積極撤銷部分中國留學生的簽證",
                A: "the State Department would work with the Department of Homeland Security on the revocations",
                C: "would revoke the visas of Chinese students with ties to the Communist Party or in critical fields"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Visa criteria will be revised to increase scrutiny of all future applications from China and Hong Kong",
         "in": {S: "對今後所有來自中國和香港的簽證申請加強審查",
                A: "would revise visa criteria to step up scrutiny of all future applications from China and Hong Kong"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "The department did not say how many students would be affected or which fields count as critical (negated)",
         "in": {S: "哪些學科屬於關鍵領域，國務院並未說明",
                A: "The department did not say how many students would be affected or which fields of study it regards as critical",
                C: "without saying which fields"}},
        {"id": "f5", "status": "agreement", "value": "2025-05-29",
         "what": "China's foreign ministry responded on Thursday 29 May, calling the move unreasonable and saying it lodged representations",
         "in": {S: "中國外交部上週四回應",
                A: "China's foreign ministry said on Thursday that the decision was unreasonable",
                B: "Beijing's foreign ministry on Thursday called the move discriminatory and said it had protested to Washington"}},
        {"id": "f6", "status": "agreement", "value": "277398",
         "what": "277,398 Chinese students in the US in 2023-24 (IIE), second only to India",
         "in": {S: "2023-24學年赴美就讀的中國學生有27萬7398人，僅次於印度",
                A: "China sent 277,398 students to U.S. colleges in the 2023-24 academic year",
                B: "with 277,398 enrolled in 2023-24"}},
        {"id": "f7", "status": "agreement", "value": "-26%",
         "what": "The 2023-24 figure is about 26% below the 2019-20 peak of 372,532",
         "in": {S: "比2019-20學年的高峰減少約26%",
                B: "That figure is about 26% below the peak of 372,532 reached in 2019-20"}},
        {"id": "f8", "status": "agreement", "value": "43800000000 USD",
         "what": "International students contributed $43.8 billion to the US economy in 2023-24, per NAFSA",
         "in": {S: "國際學生在2023-24學年為美國經濟貢獻438億美元",
                B: "International students contributed $43.8 billion to the U.S. economy in the 2023-24 academic year"}},
        {"id": "f9", "status": "source-conflict", "value": "1200 | 1400",
         "what": "Number of Chinese students at Harvard: about 1,200 (a, university figures) versus roughly 1,400 (c, the university's international office)",
         "in": {S: "一家通訊社引述校方數據稱約1200人，一份地方報紙則稱約1400人",
                A: "Harvard had about 1,200 students from China last academic year",
                C: "At Harvard, roughly 1,400 of the international students enrolled last academic year came from China"}},
        {"id": "f10", "status": "agreement", "value": "3100",
         "what": "A Michigan public university with about 3,100 Chinese students will offer free legal consultations to affected students",
         "in": {S: "將為受政策影響的中國學生提供免費法律諮詢，該校約有3100名中國學生",
                C: "Midland State, which has about 3,100 students from China, said on Thursday it would offer free legal consultations to any of them affected by the policy"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts said the policy could push more Chinese students to Britain, Australia and Canada (hedged)",
         "in": {S: "此舉可能促使更多陸生轉往英國、澳洲和加拿大就讀",
                B: "Analysts said the policy could push more Chinese students toward Britain, Australia and Canada"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "Trump then said revocations would extend to all Chinese scholars in the US (no source says so)",
         "in": {S: "撤銷範圍將擴大至所有在美中國籍學者"}},
        {"id": "f13", "status": "omission", "value": "2025-05-27",
         "what": "A day earlier the State Department told posts to stop scheduling new student and exchange visa interviews",
         "in": {A: "the State Department told embassies and consulates to stop scheduling new interviews for student and exchange visitor visas"}},
        {"id": "f14", "status": "omission", "value": "1100000",
         "what": "India and China together account for more than half of the roughly 1.1 million international students",
         "in": {A: "Together the two countries account for more than half of the roughly 1.1 million international students"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The Council of Research Universities said it was deeply concerned and asked which students would be affected",
         "in": {B: "said in a statement on Friday that it was deeply concerned"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "The Michigan university had not been told by federal officials that any student's visa was revoked (negated)",
         "in": {C: "the university had not been told by federal officials that any of its students' visas had been revoked"}},
        {"id": "f17", "status": "omission", "value": "130000000 USD",
         "what": "Chinese students bring roughly $130 million a year into the local economy, per the chamber of commerce",
         "in": {C: "Chinese students bring roughly $130 million a year into the local economy"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The administration tried last week to bar Harvard from enrolling international students; a judge temporarily blocked it",
         "in": {A: "Last week the administration moved to strip Harvard University of its right to enroll international students"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "27萬7398人", "mutated": "17萬7398人",
         "note": "277,398 Chinese students (a, b) -> 177,398"},
        {"n": 2, "type": "number", "fact": "f10", "original": "約有3100名", "mutated": "約有1300名",
         "note": "about 3,100 Chinese students at the Michigan university (c) -> about 1,300"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上週三宣布", "mutated": "上週五宣布",
         "note": "relative date shifted: Wednesday 28 May -> Friday 30 May; Rubio spoke on Wednesday (a, b, c)"},
        {"n": 4, "type": "date", "fact": "f5", "original": "上週四回應", "mutated": "上週一回應",
         "note": "Beijing responded on Thursday 29 May (a, b), not Monday 26 May, before the announcement"},
        {"n": 5, "type": "date", "fact": "f8", "original": "在2023-24學年為", "mutated": "在2021-22學年為",
         "note": "the $43.8 billion contribution is for 2023-24 (b), not 2021-22"},
        {"n": 6, "type": "negation", "fact": "f4", "original": "國務院並未說明", "mutated": "國務院已經說明",
         "note": "the department did not say how many students or which fields (a, c) -> it did say"},
        {"n": 7, "type": "negation", "fact": "f10", "original": "將為受政策影響", "mutated": "不會為受政策影響",
         "note": "the university will offer free legal consultations (c) -> will not"},
        {"n": 8, "type": "entity", "fact": "f2", "original": "與國土安全部合作", "mutated": "與司法部合作",
         "note": "the State Department works with Homeland Security (a), not the Justice Department"},
        {"n": 9, "type": "entity", "fact": "f6", "original": "僅次於印度", "mutated": "僅次於南韓",
         "note": "China is second only to India (a), not South Korea"},
        {"n": 10, "type": "attribution", "fact": "f5", "original": "中國外交部上週四", "mutated": "中國教育部上週四",
         "note": "the response came from China's foreign ministry (a, b), not the education ministry"},
        {"n": 11, "type": "attribution", "fact": "f8", "original": "據美國國際教育工作者協會（NAFSA）估計", "mutated": "據美國商務部估計",
         "note": "the $43.8 billion estimate is NAFSA's (b), not the Commerce Department's"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "可能促使", "mutated": "已經促使",
         "note": "hedged 'could push more students' (b) -> asserted 'has already pushed'"},
        {"n": 13, "type": "unit", "fact": "f8", "original": "438億美元", "mutated": "438億新台幣",
         "note": "currency USD -> TWD ($43.8 billion, b)"},
        {"n": 14, "type": "percentage", "fact": "f7", "original": "減少約26%", "mutated": "減少約46%",
         "note": "about 26% below the 2019-20 peak (b) -> 46%"},
    ],
    "boilerplate": {
        A: "(Reporting by CPS Washington and Beijing bureaus",
        B: [{"inline": "International enrollment | 2 June 2025 | By Priya Raman"},
            {"inline": "READ MORE: Open Doors 2024: Indian enrollment jumps 23% to a record 331,602"},
            "This story is part of our Visa Watch series."],
        C: [{"inline": "By Tom Kowalski · May 31, 2025 · 4 min read"},
            {"inline": "Photo: Students cross the Midland State quad on Friday afternoon (Great Lakes Tribune)"},
            "Share this story: Facebook | X | Email"],
    },
}
