# Gold specification for story `busan-summit-deal` (the Trump-Xi meeting in Busan on 30 October
# 2025 and the one-year truce that followed: fentanyl tariff halved, soybean purchases, rare
# earth controls, the 50% affiliates rule and port fees suspended).
# All texts are invented for evaluation (the dates follow the 2025 episode; wording, quotes,
# analysts, groups and outlets are made up; the officials, agencies and companies are real).
# Held-out story, written blind (without reading claimdiff's rules or code). The summary is in
# Traditional Chinese with Taiwan usage (川普, 黃豆, 吩坦尼, 公噸, 南韓, 穿透性規則). Edit here, then run
#   python3 ../shared/eval/build_gold.py --root eval/beat --story busan-summit-deal
#
# Traps:
# - Source conflict the summary takes sides in: a says the talks "lasted about an hour and 40
#   minutes", c says the leaders "talked for roughly 90 minutes"; the summary follows a
#   (約1小時40分鐘, f13). That sentence holds no agreement fact and no mutant.
# - The same 10% in another scope: c's "leaving the 10% reciprocal tariff in place" is not the
#   fentanyl tariff (f2), and c's 24% is the suspended reciprocal rate; a's "extra 100% tariff"
#   was only threatened; "50% or more owned" (a) / "at least 50% owned" (c) is the affiliates
#   rule (f7). Mutant m13 (減半至15%) keeps 減半 and breaks only the rate.
# - Number that looks like a count of tonnes: Trump "rated the meeting a 12 on a scale of zero to
#   10" (a) is not the 12 million tonnes of soybeans (f4).
# - Units: b restates 12 million metric tons as "roughly 440 million bushels"; the summary writes
#   1200萬公噸 (Chinese myriad grouping). Mutant m12 keeps 1200萬 and switches to 蒲式耳.
#   "Twelve million tons" (b, spelled out) and "12 million tons" (b's headline) also occur.
# - Yearless and relative dates: a (2025-10-30) says "on Thursday" (= 10月30日) and that Trump
#   "would travel to China in April" (= April 2026, 明年4月); b (2025-10-31) has "before the end of
#   this year" and c (2025-11-02) "in the last two months of 2025" (both 今年內); c's "on
#   Saturday" is 1 November; c's "each of 2026, 2027 and 2028" = 未來三年. "in March" (b) is
#   China's retaliatory crop duties, "Oct. 14" (c) the port fees.
# - Date swap to a date of a different measure: m03 says the suspended controls are the ones
#   announced on 4月4日; c says "The controls Beijing imposed in April are not part of the
#   suspension" (a negated sentence that supports the mutant's contradiction, not the summary).
# - Entity swap with a negated source statement: m08 (黃豆 -> 玉米); b says "Corn and wheat were
#   not mentioned in the announcements".
# - Attribution swap to a real official who speaks in the sources: m09 gives Trump's Air Force
#   One remarks to Bessent, who in b announces the soybean figures on Fox Business.
# - Non-conflicting negations: "Taiwan \"never came up\"" (a, stated in the summary as 並未談及),
#   "Neither side released a joint statement" (a), "had not booked any U.S. soybeans" (b),
#   "did not fully meet the farm purchase targets" (b), "did not mention Nvidia's Blackwell chips,
#   and none of the suspensions is permanent" (c), "has not published the soybean figures" (c).
# - Numbers in furniture: "$11.04, up 1.2%", "$4.31, down 0.3%", "$5 trillion", "21 leaders",
#   "up 18%", "200-bushel", "Issue 212", "down 27% in September", "take effect November 1".

A = "a-pacificrim.en.txt"
B = "b-heartland.en.txt"
C = "c-tradewinds.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-10-30, Busan",
         "what": "Trump and Xi met in Busan, South Korea, on Thursday 30 October 2025, their first face-to-face meeting since Trump returned to the White House in January",
         "in": {S: "美國總統川普與中國國家主席習近平10月30日在南韓釜山舉行會談",
                A: "President Donald Trump and Chinese President Xi Jinping met on Thursday in the South Korean port city of Busan",
                C: "the deal reached at the Oct. 30 meeting in Busan"}},
        {"id": "f2", "status": "agreement", "value": "20% -> 10%",
         "what": "Trump said (aboard Air Force One) the US would halve the fentanyl tariff on Chinese goods from 20% to 10%",
         "in": {S: "「吩坦尼關稅」從20%減半至10%",
                A: "Trump said he would cut the tariff he imposed over fentanyl to 10% from 20%",
                C: "Washington halves the fentanyl-related tariff on Chinese goods from 20% to 10%"}},
        {"id": "f3", "status": "agreement", "value": "~57% -> 47%",
         "what": "The overall US tariff on Chinese goods falls from about 57% to about 47%",
         "in": {S: "整體關稅稅率將因此從約57%降至47%",
                A: "That would bring the overall tariff rate on Chinese imports down to 47% from about 57%",
                B: "which lowers the combined U.S. tariff on Chinese goods to about 47%"}},
        {"id": "f4", "status": "agreement", "value": "12000000 t (2025)",
         "what": "China will buy 12 million metric tons of US soybeans this year (c: at least, in the last two months of 2025)",
         "in": {S: "中國將在今年內採購1200萬公噸美國黃豆",
                B: "China had agreed to buy 12 million metric tons of U.S. soybeans before the end of this year",
                C: "China will buy at least 12 million metric tons of U.S. soybeans in the last two months of 2025"}},
        {"id": "f5", "status": "agreement", "value": ">= 25000000 t/yr (2026-2028)",
         "what": "China will buy at least 25 million metric tons of US soybeans a year for the following three years (2026-2028)",
         "in": {S: "並在未來三年每年採購至少2500萬公噸",
                B: "at least 25 million metric tons a year over the following three years",
                C: "at least 25 million metric tons in each of 2026, 2027 and 2028"}},
        {"id": "f6", "status": "agreement", "value": "2025-10-09 controls, 1 year",
         "what": "China suspends for one year the rare earth export controls it announced on 9 October",
         "in": {S: "中方同意將10月9日宣布的稀土出口管制措施暫停實施一年",
                A: "Beijing would suspend for one year the rare earth export controls it announced on Oct. 9",
                C: "China suspends for one year the export controls on rare earths and related items that it announced on Oct. 9"}},
        {"id": "f7", "status": "agreement", "value": "50% affiliates rule, 1 year",
         "what": "The US Commerce Department suspends for one year the rule extending export restrictions to affiliates at least 50% owned by blacklisted companies",
         "in": {S: "美國商務部則將暫停實施「50%穿透性規則」一年",
                A: "would suspend for one year its rule extending export restrictions to affiliates that are 50% or more owned by blacklisted companies",
                C: "The Commerce Department will suspend for one year, starting November 10, its rule extending export restrictions to affiliates"}},
        {"id": "f8", "status": "agreement", "value": "1 year",
         "what": "Both sides suspend for a year the port fees they charge each other's ships",
         "in": {S: "雙方也將暫停向對方船舶收取港口費一年",
                C: "Both sides will suspend for a year the port fees they began charging each other's ships"}},
        {"id": "f9", "status": "agreement", "value": "2026-04",
         "what": "Trump said he would visit China in April (2026)",
         "in": {S: "川普表示將於明年4月訪問中國",
                A: "Trump said he would travel to China in April",
                C: "The fact sheet confirmed Trump's planned visit to Beijing in April"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Trump said Taiwan never came up in the talks (negated)",
         "in": {S: "並稱會談中並未談及台灣問題",
                A: "He said Taiwan \"never came up\" in the talks"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "Analysts cautioned that tensions could flare again once the one-year suspensions expire (hedged)",
         "in": {S: "雙方緊張關係可能在一年期滿後再度升溫",
                B: "Analysts cautioned that tensions could flare again once the one-year suspensions expire"}},
        {"id": "f12", "status": "unsupported", "value": "2026-01-31",
         "what": "The two sides agreed to complete a comprehensive trade agreement by the end of January (no source says so)",
         "in": {S: "雙方並同意在明年1月底前完成一份全面貿易協議"}},
        {"id": "f13", "status": "source-conflict", "value": "100 min (a) vs 90 min (c)",
         "what": "How long the talks lasted: about an hour and 40 minutes (a, followed by the summary) or roughly 90 minutes (c)",
         "in": {S: "兩人會談約1小時40分鐘",
                A: "lasted about an hour and 40 minutes",
                C: "The two leaders talked for roughly 90 minutes"}},
        {"id": "f14", "status": "omission", "value": "12 of 10",
         "what": "Trump rated the meeting a 12 on a scale of zero to 10",
         "in": {A: "Trump rated the meeting a 12 on a scale of zero to 10"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "China had not booked any US soybeans from this year's harvest before the meeting (negated)",
         "in": {B: "China had not booked any U.S. soybeans from this year's harvest before the meeting"}},
        {"id": "f16", "status": "omission", "value": "24% suspended to 2026-11-10; 10% stays",
         "what": "The US extends to 10 November 2026 the suspension of the 24% reciprocal tariff rate, leaving the 10% reciprocal tariff in place",
         "in": {C: "It also extends until November 10, 2026, the suspension of a higher reciprocal tariff rate of 24%"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "The April controls are not suspended, but China will issue general licences for rare earths, gallium, germanium, antimony and graphite",
         "in": {C: "The controls Beijing imposed in April are not part of the suspension"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f5", "original": "至少2500萬公噸", "mutated": "至少3500萬公噸",
         "note": "at least 25 million tonnes a year (b, c), not 35 million"},
        {"n": 2, "type": "date", "fact": "f1", "original": "10月30日", "mutated": "10月31日",
         "note": "the meeting was on Thursday 30 October (a, c), not 31 October"},
        {"n": 3, "type": "date", "fact": "f6", "original": "10月9日宣布", "mutated": "4月4日宣布",
         "note": "the suspended controls are those announced on 9 October (a, c); c says the April controls are not part of the suspension"},
        {"n": 4, "type": "date", "fact": "f9", "original": "明年4月", "mutated": "明年9月",
         "note": "Trump is to visit China in April (a, c), not September"},
        {"n": 5, "type": "date", "fact": "f4", "original": "今年內", "mutated": "明年內",
         "note": "the 12 million tonnes are to be bought this year (b: before the end of this year; c: last two months of 2025), not next year"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "並未談及台灣問題", "mutated": "曾談及台灣問題",
         "note": "Taiwan 'never came up' (a) -> was discussed"},
        {"n": 7, "type": "negation", "fact": "f6", "original": "中方同意將", "mutated": "中方拒絕將",
         "note": "China agreed to suspend the October controls (a, c) -> refused to"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "美國黃豆", "mutated": "美國玉米",
         "note": "soybeans -> corn; b says corn was not mentioned"},
        {"n": 9, "type": "attribution", "fact": "f2", "original": "川普會後", "mutated": "貝森特會後",
         "note": "Trump spoke aboard Air Force One (a); Bessent spoke to Fox Business about soybeans (b)"},
        {"n": 10, "type": "attribution", "fact": "f11", "original": "分析人士提醒", "mutated": "中國商務部提醒",
         "note": "the warning came from analysts (b), not China's Commerce Ministry"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "可能在一年期滿後", "mutated": "必將在一年期滿後",
         "note": "hedged 'could flare again' (b) -> asserted 'will certainly'"},
        {"n": 12, "type": "unit", "fact": "f4", "original": "1200萬公噸", "mutated": "1200萬蒲式耳",
         "note": "12 million metric tons (b, c) -> 12 million bushels; b gives about 440 million bushels"},
        {"n": 13, "type": "percentage", "fact": "f2", "original": "減半至10%", "mutated": "減半至15%",
         "note": "the fentanyl tariff goes to 10% (a, c), not 15%"},
        {"n": 14, "type": "percentage", "fact": "f3", "original": "降至47%", "mutated": "降至37%",
         "note": "the overall rate falls to 47% (a, b), not 37%"},
    ],
    "boilerplate": {
        A: "(Reporting by the PRP White House pool",
        B: [{"inline": "By Carla Mendes, Markets Editor | Oct. 31, 2025"},
            {"inline": "Market snapshot: Jan soybeans $11.04, up 1.2% | Dec corn $4.31, down 0.3%"},
            "Subscribe to the Heartland Grain Report for daily cash bids"],
        C: [{"inline": "Tradewinds Policy Brief | Issue 212 | November 2, 2025"},
            "This brief is free to forward."],
    },
}
