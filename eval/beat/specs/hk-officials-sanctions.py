# Gold specification for story `hk-officials-sanctions` (the US sanctions six Chinese and Hong Kong
# officials on 31 March 2025 over the national security crackdown; Hong Kong and Beijing respond, and
# on 21 April 2025 Beijing announces countermeasures). The summary is in Traditional Chinese, Hong
# Kong style. All texts are invented for evaluation: the dates, the six names, the 19 activists
# (1 US citizen, 4 US residents), the HK$1 million bounties, EO 13936 and the 50 percent rule follow
# the real episode; outlets, reporters, lawyers, analysts, quotes and most secondary figures are made up.
# f5 is a genuine source-versus-source conflict: b counts 17 Hong Kong government officials sanctioned
# by Washington since 2020, c counts 15. The summary reports both counts.
#
# Traps:
# - Report date vs event date, and the same relative date meaning two days: a (Tue 1 Apr) says the
#   sanctions came "on Monday" (31 Mar) and Hong Kong replied "early on Tuesday" (HK time); c (Tue 22
#   Apr) says Guo announced the countermeasures "on Monday" (21 Apr). The summary writes 當地時間3月31日
#   （周一） and 4月21日（周一）. Mutant m04 moves the countermeasures to Monday 14 April; a's Guo on
#   1 April only vowed countermeasures ("He gave no details").
# - Yearless dates: "on March 31", "on April 2", "on April 9", "Since July 2023" vs "in July 2021".
# - Same number, different things: 19 activists harassed (a, c) and 19 arrest warrants (a) are the
#   same people, but "50% or more" (ownership rule, b) vs "for 50 years" (handover promise, a);
#   "seven deputy directors" sanctioned by OFAC in July 2021 (b) vs "seven American individuals and
#   entities" hit by Beijing in July 2021 (c); six officials vs "6 min read".
# - Equal amounts in different units / roundings: HK$1 million = "about US$128,500" (a) = "roughly
#   $128,000" (c) = 100萬港元; mutant m13 turns it into 100萬美元.
# - Percent vs percentage points: c's 125% tariff is "up 41 percentage points from the 84%"; 145% for
#   US tariffs. None of it is in the summary (f17 omission).
# - Negations that do not conflict: Lam "held no assets in the United States and had no plans to
#   travel there" (a); "China's Liaison Office ... did not immediately respond" (a); "local banks are
#   under no legal obligation" (b, omission f14); "I don't expect them to be closed" (b); "The Hong
#   Kong Monetary Authority did not reply" (b; it makes m10 a misattribution); "The U.S. embassy in
#   Beijing did not respond" (c); "none of the six is known to hold U.S. property" (b).
# - Negated facts the summary keeps: Lam said the sanctions had no effect (f7); Guo did not say who
#   would be targeted (f10).
# - Hedged vs asserted: lawyers said banks "could restrict" dollar transactions (f8, 或會); the analyst
#   said the countermeasures are "likely to be more symbolic than practical" (f11, 可能); Reuben's
#   "may leave room"; Guo's "would meet a firm and reciprocal response" is asserted.
# - Reported speech from several speakers: Rubio, the Hong Kong government, Lam, Guo (twice, on two
#   dates), Kelvin Yau, Cheung Mei-ling, Tom Reuben, the Hong Kong Democracy Council.
# - 時任警務處處長: Siu handed over to Joe Chow on April 2 (c), so the summary of 22 April calls him
#   the then commissioner while a (1 April) still calls him Police Commissioner.
# - Numbers in furniture: "Updated April 1, 2025 10:42 AM HKT", "slides 1.3%", "13th straight month",
#   "April 2, 2025 | 6 min read", "Table ... 2020-2025", "12,500 compliance professionals",
#   "$7.1 million", "48 individuals and 35 entities", "80 entities", "April 22, 2025 | 7 min read",
#   "down 13.2%", "5.4%", "2 million tonnes".

A = "a-meridian.en.txt"
B = "b-compliancebrief.en.txt"
C = "c-eastasiadispatch.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-31; 6 officials",
         "what": "The US State Department sanctioned six Chinese and Hong Kong officials on Monday 31 March 2025",
         "in": {S: "美國國務院當地時間3月31日（周一）宣布制裁6名中央駐港機構及特區政府官員",
                A: "The U.S. State Department on Monday imposed sanctions on six Chinese and Hong Kong officials",
                B: "On March 31, the State Department designated six officials"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "The six include Dong Jingwei (head of Beijing's national security office in Hong Kong), Justice Secretary Paul Lam and police commissioner Raymond Siu",
         "in": {S: "包括中央駐港國安公署署長董經緯、律政司司長林定國及時任警務處處長蕭澤頤",
                A: "The officials named were Dong Jingwei, who heads Beijing's Office for Safeguarding National Security in Hong Kong",
                C: "targeted Justice Secretary Paul Lam, Dong Jingwei of Beijing's national security office in the city and police chief Raymond Siu"}},
        {"id": "f3", "status": "agreement", "value": "19 activists; 1 US citizen; 4 US residents",
         "what": "The US says the officials used national security laws abroad to intimidate and harass 19 exiled activists, including one US citizen and four US residents",
         "in": {S: "當中包括1名美國公民及4名美國居民",
                A: "one of them a U.S. citizen and four of them U.S. residents",
                C: "including an American citizen and four U.S. residents"}},
        {"id": "f4", "status": "agreement", "value": "50%",
         "what": "The six's US assets are frozen, and entities owned 50% or more by them are blocked too",
         "in": {S: "由他們直接或間接持股50%或以上的實體亦同樣受制裁",
                B: "any entity owned 50% or more, directly or indirectly, by one or more of them is blocked as well",
                A: "The sanctions freeze any U.S. assets held by the six"}},
        {"id": "f5", "status": "source-conflict", "value": "17 | 15",
         "what": "Number of Hong Kong government officials sanctioned by the US since 2020: 17 (b) versus 15 (c)",
         "in": {S: "有報道指共17人，亦有報道指為15人",
                B: "brings to 17 the number of Hong Kong government officials sanctioned by Washington since August 2020",
                C: "Washington has now sanctioned 15 serving and former Hong Kong government officials since 2020"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "The Hong Kong government strongly condemned the so-called sanctions and said its officials scoffed at them",
         "in": {S: "特區政府強烈譴責美方所謂制裁，稱特區官員對此嗤之以鼻",
                A: "it said it strongly condemned the \"so-called sanctions\", that its officials scoffed at them"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Paul Lam said the sanctions had no effect on his work or personal life (negated)",
         "in": {S: "林定國則表示制裁對其工作及個人生活並無任何影響",
                A: "Lam told reporters on Tuesday that the sanctions had no effect on his work or his personal life",
                C: "saying the measures make no difference to his job or his private life"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Compliance lawyers said Hong Kong banks could restrict US-dollar transactions for the six (hedged: could)",
         "in": {S: "有合規律師預計，本港銀行或會限制被制裁官員的美元交易",
                B: "Compliance lawyers said Hong Kong lenders could restrict U.S.-dollar transactions for the six officials"}},
        {"id": "f9", "status": "agreement", "value": "2025-04-21",
         "what": "On Monday 21 April 2025 foreign ministry spokesperson Guo Jiakun announced sanctions, under the Anti-Foreign Sanctions Law, on US members of Congress, officials and NGO heads who behaved egregiously on Hong Kong",
         "in": {S: "外交部發言人郭嘉昆4月21日（周一）宣布",
                C: "told a regular briefing on Monday that China would impose sanctions on members of the U.S. Congress, government officials and heads of non-governmental organizations"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Guo did not say who would be targeted (negated)",
         "in": {S: "但並未公布名單",
                C: "He did not say who would be targeted"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "An analyst said the countermeasures are likely to be more symbolic than practical (hedged: likely)",
         "in": {S: "北京的反制措施象徵意義可能大於實際作用",
                C: "The countermeasures are likely to be more symbolic than practical"}},
        {"id": "f12", "status": "agreement", "value": "HKD 1000000 each; 19 people; since 2023-07",
         "what": "Since July 2023 Hong Kong police have issued arrest warrants for 19 overseas activists, with bounties of HK$1 million each",
         "in": {S: "每人懸紅100萬港元",
                A: "offered bounties of HK$1 million (about US$128,500) for information leading to each arrest",
                C: "placed bounties of HK$1 million, roughly $128,000, on each of the 19"}},
        {"id": "f13", "status": "unsupported", "value": None,
         "what": "The State Department said it does not rule out sanctioning more Hong Kong officials this year (no source says so)",
         "in": {S: "不排除年內再制裁更多香港官員"}},
        {"id": "f14", "status": "omission", "value": None,
         "what": "The Hong Kong government's position, recorded in the report, is that local banks are under no legal obligation to observe unilateral sanctions (negated)",
         "in": {B: "local banks are under no legal obligation to observe unilateral measures such as U.S. designations"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "The Washington-based Hong Kong Democracy Council welcomed the sanctions",
         "in": {A: "The Hong Kong Democracy Council, a Washington-based advocacy group, welcomed the move"}},
        {"id": "f16", "status": "omission", "value": "2024",
         "what": "The sanctions coincided with the 2025 Hong Kong Policy Act Report, covering January-December 2024",
         "in": {B: "The designations coincided with the release of the 2025 Hong Kong Policy Act Report"}},
        {"id": "f17", "status": "omission", "value": "125%",
         "what": "Beijing's tariff on American imports is 125%, up 41 percentage points from the 84% announced on April 9",
         "in": {C: "Beijing's levy on American imports is 125%, up 41 percentage points from the 84% it announced on April 9"}},
        {"id": "f18", "status": "omission", "value": "2021-07",
         "what": "In July 2021 Beijing first used the Anti-Foreign Sanctions Law over Hong Kong, against seven US individuals and entities including Wilbur Ross",
         "in": {C: "In July 2021 it used the same law for the first time over Hong Kong"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f1", "original": "制裁6名", "mutated": "制裁9名",
         "note": "six officials were sanctioned (a, b, c) -> nine"},
        {"n": 2, "type": "number", "fact": "f3", "original": "4名美國居民", "mutated": "7名美國居民",
         "note": "four US residents among the 19 activists (a, c) -> seven"},
        {"n": 3, "type": "date", "fact": "f1", "original": "3月31日", "mutated": "3月24日",
         "note": "sanctions announced on Monday 31 March (a: 'on Monday' dated 1 April; b: March 31) -> Monday 24 March"},
        {"n": 4, "type": "date", "fact": "f9", "original": "4月21日", "mutated": "4月14日",
         "note": "countermeasures announced 'on Monday' in c (dated Tue 22 April) = 21 April -> Monday 14 April"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "並無任何影響", "mutated": "造成一定影響",
         "note": "Lam said the sanctions had no effect on his work or life (a, c) -> had some effect"},
        {"n": 6, "type": "negation", "fact": "f10", "original": "但並未公布名單", "mutated": "並已公布名單",
         "note": "Guo did not say who would be targeted (c) -> published the list"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "董經緯", "mutated": "鄭雁雄",
         "note": "Dong Jingwei heads the national security office and was sanctioned (a, b, c); Zheng Yanxiong, his predecessor, is in no source"},
        {"n": 8, "type": "entity", "fact": "f12", "original": "香港警方自", "mutated": "國安公署自",
         "note": "Hong Kong police issued the warrants and bounties (a, c), not Beijing's national security office"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "林定國則表示", "mutated": "蕭澤頤則表示",
         "note": "the 'no effect on my work or life' remark was Justice Secretary Lam's (a, c), not police chief Siu's"},
        {"n": 10, "type": "attribution", "fact": "f8", "original": "有合規律師預計", "mutated": "金管局預計",
         "note": "the expectation came from compliance lawyers (b); b says the HKMA did not reply to questions"},
        {"n": 11, "type": "modality", "fact": "f8", "original": "或會限制", "mutated": "已開始限制",
         "note": "lawyers said banks could restrict dollar transactions (b) -> banks have started restricting them"},
        {"n": 12, "type": "modality", "fact": "f11", "original": "可能大於", "mutated": "肯定大於",
         "note": "'likely to be more symbolic than practical' (c) -> certainly more symbolic"},
        {"n": 13, "type": "unit", "fact": "f12", "original": "100萬港元", "mutated": "100萬美元",
         "note": "bounties of HK$1 million (about US$128,500) (a, c) -> US$1 million"},
        {"n": 14, "type": "percentage", "fact": "f4", "original": "50%或以上", "mutated": "25%或以上",
         "note": "OFAC's 50 percent rule: entities owned 50% or more are blocked (b) -> 25% or more"},
    ],
    "boilerplate": {
        A: [{"inline": "World | Asia-Pacific | Updated April 1, 2025 10:42 AM HKT"},
            "(Reporting by Meridian's Washington and Hong Kong bureaus"],
        B: [{"inline": "Sanctions | Export Controls | AML | Trade Finance | Events | Subscribe"},
            {"inline": "By Helena Marsh, Sanctions Editor | April 2, 2025 | 6 min read"},
            {"inline": "Table: Hong Kong-related SDN designations by year, 2020-2025 (Source: OFAC)"},
            "Get the Compliance Brief Daily Sanctions Alert"],
        C: [{"inline": "Home > Politics > Hong Kong"},
            {"inline": "Analysis | By Daniel Okafor | April 22, 2025 | 7 min read"},
            {"inline": "Photo: Chinese foreign ministry spokesperson Guo Jiakun at a briefing in Beijing. (East Asia Dispatch)"},
            "Sign up for the East Asia Dispatch China Brief"],
    },
}
