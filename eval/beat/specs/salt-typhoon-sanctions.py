# Gold specification for story `salt-typhoon-sanctions` (US Treasury/OFAC sanctions of Friday
# 17 January 2025 on Sichuan Juxinhe Network Technology and hacker Yin Kecheng over Salt Typhoon
# and the Treasury network breach; a State Department Rewards for Justice offer; China's denial).
# The summary is in Traditional Chinese, Taiwan style (資安, 駭客, 網路, 川普, 「鹽颱風」,
# 正義獎勵計畫, 1000萬美元, 上週五, 本週一).
# All texts are invented for evaluation (the designations, the MSS link, the BeyondTrust route and
# the 8 and 30 December dates follow the 2025 episode; wording, quotes, analysts, outlets, the
# registered-capital figure and the reward's timing are made up).
# Edit here, then run `python3 build_gold.py`.
# f9 is a genuine source-versus-source conflict: a says the White House put the number of
# breached US telecom companies at at least nine; c says the White House put it at at least
# eight. The summary reports both without choosing.
#
# Traps:
# - Same number, different things: the reward of "up to $10 million" (f7) vs Juxinhe's
#   "registered capital of 10 million yuan (about $1.4 million)" (b, f16); m13 turns 1000萬美元
#   into 1000萬人民幣, the unit of the capital figure.
# - Equal amounts in different units: "10 million yuan (about $1.4 million)"; "up to $10 million"
#   = 最高1000萬美元 (Taiwan style, no thousands comma before 萬).
# - Report date vs event date: a (Friday 17 Jan) reports the sanctions "on Friday"; b (Monday
#   20 Jan) reports them "on Friday" and the foreign ministry "on Monday"; c (Tuesday 21 Jan)
#   writes "Friday's Treasury sanctions" and "on Thursday" for the FCC vote (16 Jan), which m03
#   borrows; the summary (Wednesday 22 Jan) writes 上週五（17日） and 本週一（20日）.
# - Detection vs disclosure: the breach was detected on Dec. 8 and disclosed to lawmakers on
#   Dec. 30 (b, f19); "disclosed late last year" (a); m04 moves detection to 12月30日.
# - Relative and yearless dates: "three days before President-elect Donald Trump takes office"
#   (a; f12 = 3天); "late last month" (c, December); "was named chairman on Monday" (c); the
#   webinar "Feb. 6" and "as soon as Jan. 21" in furniture.
# - Two Chinese statements: embassy spokesman Liu Pengyu on Friday ("groundless", a, f15) vs
#   foreign ministry spokesman Guo Jiakun on Monday ("firmly opposes", "will take necessary
#   measures", b, f10/f14); m11 gives Guo's statement to Liu.
# - Two Treasury officials: Deputy Secretary Adeyemo made the statement (f6); m09 gives it to
#   Secretary Yellen, who appears only in a teaser (furniture).
# - Hedges: "U.S. officials believe" Salt Typhoon is run by the MSS (f13; m12 makes it 已證實);
#   "is likely to go further" (c, f18), "He could revisit it" (c); China "would take necessary
#   measures" is a certainty (m10 hedges it). Approximations, not hedges: "at least nine",
#   "at least eight", "more than a decade", "about $1.4 million".
# - Non-conflicting negations: "Sichuan Juxinhe could not be reached for comment", "went
#   unanswered", "Treasury did not say how it linked Yin", "has not said how many computers",
#   "no longer detected the hackers", "have not said publicly whether", "Nobody at Juxinhe was
#   planning a vacation", "would not stop a single nation-state attack"; the negated facts f5
#   ("no evidence the hackers still have access") and f8 ("Yin has not been charged").
# - Numbers in furniture: "4,258 U.S. computers", "9-0 ruling", "Jan. 21", "$50 billion",
#   "rally 1%", "in 5 charts", "CVE-2024-12686, rated 6.6", "159 flaws, including 8 zero-days",
#   "35% in 2024", "3 flaws", "Comments (12)", "6 min read", "12 more state broadband plans",
#   "800 MHz", "$3.08 billion", "Feb. 6, 2 PM ET". CVE-2024-12356 (b) is in the body.

A = "a-tcp.en.txt"
B = "b-breach.en.txt"
C = "c-ctr.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-01-17",
         "what": "On Friday 17 January 2025 OFAC sanctioned Chengdu-based Sichuan Juxinhe Network Technology and Shanghai-based hacker Yin Kecheng",
         "in": {S: "制裁位於成都的資安公司「四川聚信和網路科技」及上海駭客尹可成",
                A: "Treasury's Office of Foreign Assets Control designated Chengdu-based Sichuan Juxinhe Network Technology Co. and Yin Kecheng",
                B: "When the Treasury Department sanctioned Shanghai-based hacker Yin Kecheng on Friday"}},
        {"id": "f12", "status": "agreement", "value": "3 days (2025-01-20)",
         "what": "The sanctions came three days before Trump took office",
         "in": {S: "時間點距川普就任總統僅3天",
                A: "The action comes three days before President-elect Donald Trump takes office"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "Treasury said Juxinhe was directly involved in the Salt Typhoon hacking campaign",
         "in": {S: "聚信和直接參與「鹽颱風」（Salt Typhoon）駭客行動",
                A: "a Chinese cybersecurity company it said was directly involved in the \"Salt Typhoon\" hacking campaign",
                C: "Treasury said Sichuan Juxinhe Network Technology had direct involvement in the Salt Typhoon campaign"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "US officials believe Salt Typhoon is run by China's Ministry of State Security (hedged)",
         "in": {S: "美方官員相信該組織由中國國家安全部主導",
                A: "a group that U.S. officials believe is run by the Ministry of State Security"}},
        {"id": "f9", "status": "source-conflict", "value": ">=9 | >=8",
         "what": "Number of US telecom companies Salt Typhoon breached, per the White House: at least nine (a) versus at least eight (c)",
         "in": {S: "有報導引述白宮指至少9家，也有報導引述白宮指至少8家",
                A: "has broken into at least nine U.S. telecommunications companies, according to the White House",
                C: "which the White House has said compromised at least eight U.S. telecommunications providers"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "Treasury linked Yin, affiliated with the Ministry of State Security, to the breach of its Departmental Offices network",
         "in": {S: "尹可成與中國國安部有關",
                A: "Treasury said Yin was linked to the recent compromise of its Departmental Offices network",
                B: "Treasury said Yin, whom it linked to China's Ministry of State Security, was involved in the compromise of its Departmental Offices network"}},
        {"id": "f4", "status": "agreement", "value": "2024-12-08",
         "what": "Treasury detected the intrusion on 8 December 2024; the attackers got in through third-party provider BeyondTrust",
         "in": {S: "去年12月8日發現的財政部網路遭駭事件，駭客當時是透過第三方服務商BeyondTrust入侵",
                B: "The department first detected the intrusion on Dec. 8, after BeyondTrust, a third-party provider of remote-support software, alerted it"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Treasury has said there is no evidence the hackers still have access to Treasury information (negated)",
         "in": {S: "目前沒有證據顯示駭客仍能存取財政部資訊",
                A: "It has said there is no evidence the hackers still have access to Treasury information"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Deputy Treasury Secretary Wally Adeyemo: Treasury will continue to use every tool to hold malicious cyber actors and their enablers accountable (attributed)",
         "in": {S: "財政部將持續運用一切工具，追究惡意網路行為者及其協助者的責任",
                A: "Treasury will continue to use every tool at its disposal to hold malicious cyber actors and their enablers accountable"}},
        {"id": "f7", "status": "agreement", "value": "10000000 USD",
         "what": "The State Department's Rewards for Justice program offers up to USD 10 million for information on Yin and other Salt Typhoon participants",
         "in": {S: "同時懸賞最高1000萬美元",
                A: "the State Department's Rewards for Justice program offered up to $10 million for information on Yin",
                C: "The State Department is offering up to $10 million through its Rewards for Justice program"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Yin has not been charged in the United States (negated)",
         "in": {S: "尹可成迄今未在美國遭到起訴",
                A: "Yin has not been charged in the United States"}},
        {"id": "f10", "status": "agreement", "value": "2025-01-20",
         "what": "Foreign ministry spokesman Guo Jiakun said on Monday 20 January that China firmly opposes the 'illegal unilateral sanctions'",
         "in": {S: "中方堅決反對美方非法單邊制裁",
                B: "Chinese foreign ministry spokesman Guo Jiakun said China firmly opposes the United States' \"illegal unilateral sanctions\""}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Guo said China would take necessary measures to safeguard Chinese companies' legitimate rights and interests (not hedged)",
         "in": {S: "並將採取必要措施，維護中國企業的正當權益",
                B: "said China would take necessary measures to safeguard the legitimate rights and interests of Chinese companies"}},
        {"id": "f11", "status": "unsupported", "value": None,
         "what": "The Commerce Department also put Juxinhe on the export-control Entity List the same day (no source says so)",
         "in": {S: "美國商務部同日也將聚信和列入出口管制實體清單"}},
        {"id": "f15", "status": "omission", "value": "2025-01-17",
         "what": "Chinese Embassy spokesman Liu Pengyu said on Friday the accusations were 'groundless' (a different statement from Guo's)",
         "in": {A: "Liu Pengyu, a spokesman for the Chinese Embassy in Washington, said on Friday that the accusations were \"groundless\""}},
        {"id": "f16", "status": "omission", "value": "10000000 CNY (~1400000 USD)",
         "what": "Juxinhe is a small Chengdu company with registered capital of 10 million yuan (about USD 1.4 million)",
         "in": {B: "is a small Chengdu company with registered capital of 10 million yuan (about $1.4 million)"}},
        {"id": "f17", "status": "omission", "value": "2025-01-16, 3-2",
         "what": "The FCC voted 3-2 on Thursday 16 January that CALEA requires carriers to secure their networks",
         "in": {C: "The sanctions followed a 3-2 vote at the FCC on Thursday"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Analysts expect the new administration to keep up the pressure; Meredith Sato says the Trump team is likely to go further (hedged)",
         "in": {C: "Still, analysts expect the new administration to keep up the pressure on Beijing over the hacks"}},
        {"id": "f19", "status": "omission", "value": "2024-12-30",
         "what": "Treasury disclosed the breach to lawmakers in a 30 December 2024 letter, calling it a major cybersecurity incident",
         "in": {B: "Treasury disclosed the breach to lawmakers in a Dec. 30 letter"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f12", "original": "僅3天", "mutated": "僅5天",
         "note": "three days before Trump took office (a) -> five days"},
        {"n": 2, "type": "number", "fact": "f7", "original": "最高1000萬美元", "mutated": "最高500萬美元",
         "note": "reward of up to USD 10 million (a, c) -> up to USD 5 million"},
        {"n": 3, "type": "date", "fact": "f1", "original": "上週五（17日）", "mutated": "上週四（16日）",
         "note": "sanctions announced Friday 17 January (a, b, c) -> Thursday 16 January, the day of the FCC vote (c)"},
        {"n": 4, "type": "date", "fact": "f4", "original": "去年12月8日發現", "mutated": "去年12月30日發現",
         "note": "the breach was detected on Dec. 8 (b); Dec. 30 is the date of the letter disclosing it"},
        {"n": 5, "type": "negation", "fact": "f5", "original": "目前沒有證據顯示", "mutated": "目前已有證據顯示",
         "note": "no evidence the hackers still have access (a) -> there is evidence"},
        {"n": 6, "type": "negation", "fact": "f8", "original": "迄今未在美國遭到起訴", "mutated": "已在美國遭到起訴",
         "note": "Yin has not been charged in the US (a) -> has been charged"},
        {"n": 7, "type": "entity", "fact": "f3", "original": "中國國安部", "mutated": "中國公安部",
         "note": "Yin is linked to the Ministry of State Security (a, b), not the Ministry of Public Security"},
        {"n": 8, "type": "entity", "fact": "f4", "original": "第三方服務商BeyondTrust", "mutated": "第三方服務商CrowdStrike",
         "note": "the intrusion came through BeyondTrust (b); no source mentions CrowdStrike"},
        {"n": 9, "type": "attribution", "fact": "f6", "original": "財政部副部長阿德耶摩（Wally Adeyemo）", "mutated": "財政部長葉倫（Janet Yellen）",
         "note": "the statement came from Deputy Secretary Wally Adeyemo (a), not Secretary Janet Yellen"},
        {"n": 10, "type": "modality", "fact": "f14", "original": "並將採取必要措施", "mutated": "並可能採取必要措施",
         "note": "Guo said China would take necessary measures (b) -> might take them (certainty hedged)"},
        {"n": 11, "type": "attribution", "fact": "f10", "original": "中國外交部發言人郭嘉昆", "mutated": "中國駐美大使館發言人劉鵬宇",
         "note": "Monday's 'firmly opposes' statement was the foreign ministry's Guo Jiakun (b); embassy spokesman Liu Pengyu spoke on Friday and called the accusations groundless (a)"},
        {"n": 12, "type": "modality", "fact": "f13", "original": "美方官員相信該組織", "mutated": "美方官員已證實該組織",
         "note": "US officials believe Salt Typhoon is run by the MSS (a) -> have confirmed it (hedge made certain)"},
        {"n": 13, "type": "unit", "fact": "f7", "original": "1000萬美元", "mutated": "1000萬人民幣",
         "note": "USD 10 million -> CNY 10 million (b's 10 million yuan is Juxinhe's registered capital)"},
    ],
    "boilerplate": {
        A: [{"inline": "TCP | World | U.S. | Politics | Technology | Business | Markets"},
            {"inline": "By Daniel Okafor | 3:52 PM EST, Friday, January 17, 2025"},
            {"inline": "READ MORE: What we know about the Salt Typhoon hacks, in 5 charts"},
            "(Reporting by Daniel Okafor;"],
        B: [{"inline": "THE BREACH REPORT | Threats | Vulnerabilities | Policy | Podcast | Newsletter"},
            {"inline": "Nation-State | January 20, 2025 | By Sofia Marchetti | 6 min read"},
            {"inline": "RELATED: BeyondTrust patches second flaw, CVE-2024-12686, rated 6.6"},
            "Subscribe to The Breach Report's daily newsletter"],
        C: [{"inline": "CAPITOL TELECOM REPORT | Policy | Spectrum | Broadband | Wireless | Cybersecurity | Events"},
            {"inline": "By Grant Whitfield | January 21, 2025, 6:15 AM ET | Subscriber edition"},
            {"inline": "UPCOMING WEBINAR: CALEA after Salt Typhoon, what carriers must certify (Feb. 6, 2 PM ET)"},
            "Capitol Telecom Report is published every weekday."],
    },
}
