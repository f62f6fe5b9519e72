# Gold specification for story `isoon-hackers` (US Justice Department charges 12 Chinese nationals
# on Wednesday 5 March 2025: two Ministry of Public Security officers and eight employees of the
# Shanghai contractor i-Soon (Anxun Information Technology) in an indictment unsealed in Manhattan,
# plus two alleged APT27 members, Yin Kecheng and Zhou Shuai, in separate cases; State Department
# rewards; Treasury sanctions on Zhou and Shanghai Heiying).
# All texts are invented for evaluation: the outlets (Meridian Wire, Threat Ledger Weekly, Taipei
# Harbour Times) are fictional and say so in their front matter; reporters, analysts, the Taiwanese
# researcher, all quotes (including the wording attributed to Sue J. Bai and Lin Jian), the bureau
# counts and the seized-domain count are made up. The summary is in Traditional Chinese, Taiwan
# usage (川普, 網路, 駭客, 情資, 南韓).
#
# f16 is a genuine source-versus-source conflict: a says i-Soon worked for "at least 43 bureaus"
# of the two ministries; c says "more than 50" bureaus. The summary does not mention the count.
#
# Traps:
# - Same amount in two units: the reward is "$10 million" (a, b) and "US$10 million, or about
#   NT$330 million" (c). Not a conflict. m14 changes 美元 to 新台幣 (the unit, not the figure).
# - Same number, different meaning: "12" is the number of defendants and also the "12 internet
#   domains" the FBI seized (b). "10" is the $10 million reward and the "Ten of the defendants"
#   named in the i-Soon indictment (a); m01 changes 12 defendants to 10.
# - Relative vs calendar dates: a (Wed 5 Mar) and b (Fri 7 Mar) and c (Thu 6 Mar) all say "on
#   Wednesday"; the summary says 3月5日. "since 2011" / "from 2011 onward" / "dating back to 2011".
# - Dozen vs 12: b says "the dozen Chinese nationals", a and c say 12.
# - Wu Haibo (b) is an i-Soon defendant, not an APT27 member: m08 puts him beside Yin.
# - Treasury sanctioned (a, b, c) while State offered rewards (a, b): m09 swaps the two agencies.
# - Non-conflicting negations: "China's embassy in Washington did not respond", "Officials did not
#   say whether any stolen data had been recovered", "Taiwan's foreign ministry did not confirm",
#   "which does not extradite its nationals", "You are not up against one APT".
# - Hedges that the summary does not use: "may face more phishing attempts" (c), "expects the case
#   to change little" (b).
# - Teasers and furniture with claim-like numbers: "3,000 unclassified files", "at least 9 US
#   telecom firms", "rise 2.3%" (a); "300 days", "17% cut", "$88 million", "48,000 security
#   professionals" (b); "2.4 million", "1.8%", "NT$1.2 billion" (c); a photo caption with a date (c);
#   cookie notices (a, b, c).

A = "a-meridianwire.en.txt"
B = "b-threatledger.en.txt"
C = "c-harbourtimes.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-03-05",
         "what": "The Justice Department announced the charges on Wednesday 5 March 2025",
         "in": {S: "美國司法部3月5日宣布",
                A: "The U.S. Justice Department on Wednesday",
                B: "The charges the Justice Department rolled out on Wednesday",
                C: "The US Department of Justice on Wednesday announced"}},
        {"id": "f2", "status": "agreement", "value": "12",
         "what": "Twelve Chinese nationals were charged",
         "in": {S: "起訴12名涉嫌參與全球網路入侵行動的中國公民",
                A: "charged 12 Chinese nationals over a years-long hacking campaign",
                B: "Of the dozen Chinese nationals named",
                C: "criminal charges against 12 Chinese citizens"}},
        {"id": "f3", "status": "agreement", "value": "2 MPS + 8 i-Soon + 2 APT27",
         "what": "The defendants are two MPS officers, eight i-Soon employees and two alleged APT27 members",
         "in": {S: "包括2名中國公安部官員、8名上海安洵資訊（i-Soon）員工及2名駭客組織APT27成員",
                A: "including two officers of China's Ministry of Public Security and eight employees of a Shanghai contractor known as i-Soon",
                B: "eight worked for Anxun Information Technology"}},
        {"id": "f4", "status": "agreement", "value": "Manhattan / SDNY",
         "what": "The i-Soon indictment was unsealed in federal court in Manhattan (Southern District of New York)",
         "in": {S: "在紐約曼哈頓聯邦法院解封的起訴書指控",
                A: "An indictment unsealed in federal court in Manhattan",
                B: "filed in the Southern District of New York",
                C: "According to the indictment unsealed in New York"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Victims included dissidents, a large US religious organisation and the foreign ministries of Taiwan, India, South Korea and Indonesia",
         "in": {S: "以及台灣、印度、南韓和印尼等國外交部的電子郵件系統",
                A: "the foreign ministries of Taiwan, India, South Korea and Indonesia, prosecutors said",
                B: "to the foreign ministries of Taiwan, India, South Korea and Indonesia",
                C: "foreign ministries in Taiwan, India, South Korea and Indonesia"}},
        {"id": "f6", "status": "agreement", "value": "10000-75000 USD per inbox",
         "what": "i-Soon charged between USD 10,000 and 75,000 per email inbox exploited",
         "in": {S: "收取1萬至7.5萬美元不等的費用",
                A: "between $10,000 and $75,000 for each email inbox",
                B: "anywhere from $10,000 to $75,000"}},
        {"id": "f7", "status": "agreement", "value": "10000000 USD",
         "what": "The State Department offers up to USD 10 million for information on i-Soon and its leaders",
         "in": {S: "最高可獲1000萬美元懸賞",
                A: "The State Department offered a reward of up to $10 million",
                B: "offering up to $10 million for information on i-Soon",
                C: "a reward of up to US$10 million, or about NT$330 million"}},
        {"id": "f8", "status": "agreement", "value": "2011",
         "what": "Yin Kecheng and Zhou Shuai are accused of hacking US tech firms, think tanks and government networks since 2011",
         "in": {S: "尹可成和周帥被控自2011年起入侵美國科技公司、智庫及政府機關網路",
                A: "Prosecutors allege the pair breached U.S. technology companies, think tanks and government networks from 2011 onward",
                B: "intrusions dating back to 2011",
                C: "accused of attacking US technology firms, think tanks and government networks since 2011"}},
        {"id": "f9", "status": "agreement", "value": "2000000 USD each",
         "what": "Rewards of up to USD 2 million each for Yin and Zhou",
         "in": {S: "國務院對兩人各懸賞最高200萬美元",
                A: "up to $2 million each for Yin and Zhou",
                B: "up to $2 million apiece",
                C: "Separate rewards of up to US$2 million each"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Treasury sanctioned Zhou and his company Shanghai Heiying Information Technology",
         "in": {S: "美國財政部也對周帥及其經營的上海黑鷹資訊科技公司實施制裁",
                A: "The Treasury Department imposed sanctions on Zhou and his company, Shanghai Heiying Information Technology",
                B: "was sanctioned by Treasury's Office of Foreign Assets Control",
                C: "The US Treasury also sanctioned Zhou and his company"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "None of the defendants has been arrested / is in US custody; all believed to be in China (negated)",
         "in": {S: "無一人遭美方逮捕",
                A: "None of the 12 is in U.S. custody",
                B: "No defendant has been arrested",
                C: "None of the defendants has been arrested"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Chinese foreign ministry spokesman Lin Jian denied/rejected the accusations as groundless (negated)",
         "in": {S: "中國外交部發言人林劍否認相關指控",
                A: "Chinese foreign ministry spokesman Lin Jian rejected the accusations",
                B: "Foreign ministry spokesman Lin Jian said the U.S. claims were unfounded",
                C: "foreign ministry spokesman Lin Jian denied the accusations"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "It is the first major China hacking case since Trump began his second term",
         "in": {S: "這是川普第二任期內首宗大型對中網路起訴案",
                A: "The case is the first major China-related hacking prosecution announced since President Donald Trump returned to office in January",
                C: "It was the first indictment of Chinese hackers announced by the US since Trump began his second term"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "Analysts said the case could further strain US-China relations (hedged)",
         "in": {S: "可能進一步加劇美中緊張關係",
                A: "Analysts said it could further strain relations",
                C: "said the case could further strain US-China relations"}},
        {"id": "f15", "status": "unsupported", "value": None,
         "what": "A large trove of i-Soon internal documents leaked online last year (no source says so)",
         "in": {S: "安洵去年曾有大批內部文件在網路上外洩"}},
        {"id": "f16", "status": "source-conflict", "value": "43 bureaus | 50+ bureaus",
         "what": "Number of MPS/MSS bureaus i-Soon worked for: at least 43 (a) versus more than 50 (c)",
         "in": {A: "worked for at least 43 bureaus of the two ministries",
                C: "i-Soon had served more than 50 public security and state security bureaus"}},
        {"id": "f17", "status": "omission", "value": "12 domains",
         "what": "The FBI seized 12 internet domains used by the two APT27 suspects",
         "in": {B: "The FBI also seized 12 internet domains used by the two APT27 suspects"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The New York State Assembly was also targeted",
         "in": {A: "The New York State Assembly was also targeted"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "The two MPS officers are identified as Wang Liyu and Sheng Jing",
         "in": {B: "identified as Wang Liyu and Sheng Jing"}},
        {"id": "f20", "status": "omission", "value": None,
         "what": "Taiwan's foreign ministry said it had strengthened its network defences after earlier US warnings",
         "in": {C: "said it had strengthened its network defenses after earlier warnings from Washington"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f2", "original": "起訴12名", "mutated": "起訴10名",
         "note": "12 defendants -> 10 (10 is only the number named in the i-Soon indictment, a)"},
        {"n": 2, "type": "number", "fact": "f9", "original": "各懸賞最高200萬美元", "mutated": "各懸賞最高500萬美元",
         "note": "USD 2 million each for Yin and Zhou -> USD 5 million each"},
        {"n": 3, "type": "date", "fact": "f1", "original": "3月5日宣布", "mutated": "3月4日宣布",
         "note": "announced Wednesday 5 March -> 4 March"},
        {"n": 4, "type": "date", "fact": "f8", "original": "自2011年起", "mutated": "自2016年起",
         "note": "intrusions since 2011 -> since 2016"},
        {"n": 5, "type": "negation", "fact": "f11", "original": "無一人遭美方逮捕", "mutated": "已有一人遭美方逮捕",
         "note": "no defendant arrested -> one has been arrested"},
        {"n": 6, "type": "negation", "fact": "f12", "original": "林劍否認相關指控", "mutated": "林劍承認相關指控",
         "note": "Lin Jian denied the accusations -> admitted them"},
        {"n": 7, "type": "entity", "fact": "f5", "original": "南韓和印尼", "mutated": "南韓和日本",
         "note": "Indonesia's foreign ministry -> Japan's; no source names Japan"},
        {"n": 8, "type": "entity", "fact": "f8", "original": "尹可成和周帥", "mutated": "尹可成和吳海波",
         "note": "Zhou Shuai -> Wu Haibo; Wu is an i-Soon defendant (b), not Yin's APT27 co-defendant"},
        {"n": 9, "type": "attribution", "fact": "f7", "original": "美國國務院同時宣布", "mutated": "美國財政部同時宣布",
         "note": "the reward comes from the State Department (a, b); Treasury imposed sanctions"},
        {"n": 10, "type": "attribution", "fact": "f12", "original": "中國外交部發言人林劍", "mutated": "中國駐美大使館發言人劉鵬宇",
         "note": "the denial came from foreign ministry spokesman Lin Jian; the embassy did not respond (a)"},
        {"n": 11, "type": "modality", "fact": "f14", "original": "可能進一步加劇", "mutated": "勢必進一步加劇",
         "note": "hedged 'could further strain' -> asserted 'is bound to'"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "財政部也對周帥", "mutated": "財政部也可能對周帥",
         "note": "Treasury imposed sanctions (fact) -> may impose sanctions"},
        {"n": 13, "type": "unit", "fact": "f6", "original": "1萬至7.5萬美元", "mutated": "1萬至7.5萬人民幣",
         "note": "USD 10,000-75,000 per inbox -> CNY"},
        {"n": 14, "type": "unit", "fact": "f7", "original": "最高可獲1000萬美元", "mutated": "最高可獲1000萬新台幣",
         "note": "USD 10 million reward -> NT$10 million (c gives about NT$330 million)"},
    ],
    "boilerplate": {
        A: [{"inline": "By Tom Ashby and Grace Lin | March 5, 2025 6:48 PM EST | Updated 25 minutes ago"},
            "Related coverage"],
        B: [{"inline": "Threat Ledger Weekly | Threat Intel | Policy | Events | Subscribe"},
            {"inline": "Nation-State | 7 March 2025 | By Daniel Reyes, Senior Threat Reporter"},
            {"inline": "This site uses cookies. Continue to accept, or read our policy."},
            "Coming next week: our annual ransomware payments report"],
        C: [{"inline": "Staff writer, with wire reports | Thu, Mar 06, 2025 | Page 1"},
            {"inline": "A banner at the US Department of Justice in Washington. Photo: file (caption updated March 6, 2025)"},
            "Related\n"],
    },
}
