# Gold specification for story `intel-csac-review` (the Cybersecurity Association of China calls
# for a security review of Intel products sold in China, October 2024; Intel China's response;
# the Micron review of 2023 as precedent). The summary is in Simplified Chinese, mainland style.
# All texts are invented for evaluation (the dates follow the real episode; wording, quotes,
# analysts, outlets and most figures are made up). Edit here, then run
# `python3 build_gold.py --root DIR --story intel-csac-review`.
#
# f8 is a genuine source-versus-source conflict: b says China was 27% of Intel's revenue last
# year ($14.8 billion of $54.2 billion, per the annual report); c says about 32%. The summary
# reports both figures without choosing ("有报道称为27%，也有报道称约为32%").
#
# Traps:
# - Same number, different things: 27% is China's share of revenue in b, but in c "Intel's stock
#   is down about 27% since ... August 1"; "15,000 jobs" (a) and the READ MORE line; "13th- and
#   14th-generation Core" are model generations, not counts.
# - Equal amounts in different units: "$14.8 billion" = 148亿美元 (m12 turns it into 148亿元,
#   i.e. yuan); "4.3 billion yuan (about US$603 million)" (c, omission f17).
# - Yearless and relative dates: "on Wednesday" (16 Oct) and "on Thursday" (17 Oct) in sources
#   dated 16, 17 and 18 Oct; the summary writes 16日 and 17日 without month. Micron: "in March last
#   year" (a, dated 2024) = "March 31, 2023" (c) = 2023年3月; "on May 21" (c) = 同年5月;
#   "in March" (c, f18) is March 2024.
# - Report date vs event date: c (Friday 18 Oct) reports Wednesday's call and Thursday's reply.
# - Premarket vs close: "down 3.2% in U.S. premarket trading" (a) and "closed down 1.4% ...
#   after falling as much as 3.2% before the opening bell" (b); m13 puts 1.4% on the premarket
#   move. The furniture ticker in c says "INTC 22.41 -0.3%" (a later session).
# - Non-conflicting negations: "Intel did not immediately respond", "The association's post did
#   not say which Chinese customers had complained", "The association can't order anything",
#   "I don't think Beijing wants to shut Intel out", "was unlikely to be a coincidence";
#   negations the summary states: CSAC "did not provide evidence" (f3), "is not a government body"
#   (f4), the CAC "has not said whether" (f5), a ban "is unlikely" (f12).
# - Hedge vs approximation: "could hurt" -> 可能影响 (f11, m11 makes it 必将); "about $14.8
#   billion" -> 约148亿美元 and "nearly 40 years" -> 近40年 are approximations, not hedges.
# - Attribution: the call came from an industry association (CSAC), not the regulator (CAC)
#   that would conduct a review (m09); the reply came from Intel China, not Intel's CEO (m10).
# - Near miss for the unsupported claim f14: Intel China will "maintain communication with
#   relevant authorities" (b), but no source says executives will travel to Beijing next week.
# - "since 1985" (c) is consistent with "nearly 40 years" (b).
# - Numbers in furniture: "plunge 16%", "rise 11.9%", "$3.4 trillion", "15,000-job" (READ MORE
#   line), "jumps 54%", "9.1 trillion won", the ticker line, "triple", "HK$200 million",
#   "jump 9%", "5 min read".

A = "a-pmwire.en.txt"
B = "b-chipledger.en.txt"
C = "c-harbourfront.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2024-10-16",
         "what": "On Wednesday 16 October 2024 the Cybersecurity Association of China recommended a security review of Intel products sold in China",
         "in": {S: "中国网络安全产业联盟16日在其微信公众号发文，建议对英特尔在华销售的产品启动网络安全审查",
                A: "An influential Chinese cybersecurity industry group on Wednesday called for a security review of Intel products sold in China",
                B: "On Wednesday, the Cybersecurity Association of China (CSAC) recommended a review of Intel products sold in the country",
                C: "When the Cybersecurity Association of China called on Wednesday for Intel products to be put through a security review"}},
        {"id": "f2", "status": "agreement", "value": None,
         "what": "CSAC said Intel products such as Xeon processors have frequent vulnerabilities and alleged backdoors linked to the NSA",
         "in": {S: "该联盟指英特尔至强处理器等产品漏洞频发，并称其芯片存在与美国国家安全局（NSA）有关的“后门”",
                A: "It also alleged that Intel's chips carried \"backdoors\" linked to the U.S. National Security Agency (NSA)",
                B: "alleging that the company's Xeon processors contained vulnerabilities as well as backdoors tied to the U.S. National Security Agency"}},
        {"id": "f3", "status": "agreement", "value": None,
         "what": "CSAC did not provide evidence for the backdoor allegations (negated)",
         "in": {S: "但未就后门指控提供具体证据",
                A: "The association did not provide evidence to support the backdoor allegations"}},
        {"id": "f4", "status": "agreement", "value": None,
         "what": "CSAC is not a government body but has close ties to the authorities (negated)",
         "in": {S: "该联盟并非政府机构，但与官方关系密切",
                B: "CSAC is not a government body"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "The Cyberspace Administration of China, which would conduct any review, has not said whether it will act (negated)",
         "in": {S: "负责网络安全审查的国家互联网信息办公室尚未表态是否启动审查",
                C: "The Cyberspace Administration of China, which would conduct any review, has not said whether it will act on the recommendation"}},
        {"id": "f6", "status": "agreement", "value": "2024-10-17 | 40 years",
         "what": "On Thursday 17 October Intel China said on WeChat that product safety and quality are its top priority, that it has been rooted in China for nearly 40 years, and that it will keep communicating with the authorities",
         "in": {S: "英特尔中国17日在微信公众号回应称，公司始终将产品安全和质量放在首位，扎根中国近40年，将与有关部门保持沟通",
                B: "Intel's China unit said on Thursday that it would stay in contact with the relevant authorities and clarify their concerns",
                C: "Intel China said on Thursday that it placed product safety and quality first and would keep communicating with the relevant authorities"}},
        {"id": "f7", "status": "agreement", "value": "14800000000 USD",
         "what": "China including Hong Kong generated about USD 14.8 billion of Intel's sales last year (2023), per its annual report",
         "in": {S: "中国市场（含香港）去年为该公司贡献约148亿美元营收",
                B: "generating about $14.8 billion in sales"}},
        {"id": "f8", "status": "source-conflict", "value": "27% | 32%",
         "what": "China's share of Intel's 2023 revenue: 27% (b) versus about 32% (c)",
         "in": {S: "有报道称为27%，也有报道称约为32%",
                B: "That was 27% of its total revenue of $54.2 billion",
                C: "accounting for about 32% of its revenue last year"}},
        {"id": "f9", "status": "agreement", "value": "2023-03-31",
         "what": "The CAC opened a cybersecurity review of Micron's products sold in China in March 2023",
         "in": {S: "2023年3月，网信办曾对美国存储芯片制造商美光科技在华销售的产品启动网络安全审查",
                A: "opened a review of the U.S. memory chipmaker's products in March last year",
                C: "The CAC announced a review of Micron Technology's products on March 31, 2023"}},
        {"id": "f10", "status": "agreement", "value": "2023-05-21",
         "what": "In May 2023 the CAC said Micron's products posed relatively serious security risks and told critical information infrastructure operators to stop buying them",
         "in": {S: "并于同年5月宣布美光产品存在较严重网络安全风险，要求关键信息基础设施运营者停止采购",
                A: "later barred operators of critical information infrastructure from buying them",
                C: "said on May 21 that they posed \"relatively serious\" network security risks"}},
        {"id": "f11", "status": "agreement", "value": None,
         "what": "An analyst said a review could hurt Intel's sales to government agencies and state-owned enterprises (hedged: could)",
         "in": {S: "审查可能影响英特尔对政府机构和国有企业的销售",
                C: "A review could hurt Intel's sales to government agencies and state-owned enterprises"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "A blanket ban on Intel chips is unlikely, the analyst said (negated hedge)",
         "in": {S: "全面禁售英特尔芯片的可能性不大",
                C: "But a blanket ban on Intel chips is unlikely"}},
        {"id": "f13", "status": "agreement", "value": "-3.2% premarket | -1.4% close (2024-10-16)",
         "what": "Intel shares fell as much as 3.2% before the open on Wednesday 16 October and closed down 1.4%",
         "in": {S: "英特尔股价16日在美股盘前一度下跌3.2%，收盘跌1.4%",
                A: "Its shares were down 3.2% in U.S. premarket trading",
                B: "Intel shares closed down 1.4% on Wednesday in New York after falling as much as 3.2% before the opening bell"}},
        {"id": "f14", "status": "unsupported", "value": None,
         "what": "Intel China executives plan to travel to Beijing next week to meet the authorities (no source says so)",
         "in": {S: "英特尔中国区高管计划下周赴京，与有关部门当面沟通"}},
        {"id": "f15", "status": "omission", "value": None,
         "what": "CSAC also said Intel's 13th- and 14th-generation Core desktop processors suffered instability and high failure rates",
         "in": {A: "Intel's 13th- and 14th-generation Core desktop processors had suffered from instability and high failure rates"}},
        {"id": "f16", "status": "omission", "value": None,
         "what": "Intel China's statement did not directly address the backdoor allegations (negated)",
         "in": {B: "The statement did not directly address the backdoor allegations"}},
        {"id": "f17", "status": "omission", "value": "4300000000 CNY",
         "what": "After the review Micron pledged 4.3 billion yuan (about USD 603 million) to expand its Xi'an packaging plant",
         "in": {C: "went on to pledge 4.3 billion yuan (about US$603 million) to expand its chip packaging plant in Xi'an"}},
        {"id": "f18", "status": "omission", "value": "2024-03",
         "what": "Beijing issued guidelines in March 2024 to phase Intel and AMD processors out of government computers and servers, according to media reports (yearless date)",
         "in": {C: "Beijing issued guidelines in March to phase Intel and AMD processors out of government computers and servers"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f6", "original": "近40年", "mutated": "近30年",
         "note": "rooted in China for nearly 40 years (b; since 1985 per c) -> nearly 30 years"},
        {"n": 2, "type": "date", "fact": "f1", "original": "联盟16日", "mutated": "联盟14日",
         "note": "CSAC posted on Wednesday 16 October (a, b, c), not Monday 14 October"},
        {"n": 3, "type": "date", "fact": "f6", "original": "英特尔中国17日", "mutated": "英特尔中国15日",
         "note": "Intel China replied on Thursday 17 October (b, c); 15 October is before the call it answers"},
        {"n": 4, "type": "date", "fact": "f10", "original": "同年5月", "mutated": "同年9月",
         "note": "the CAC announced its Micron findings on May 21, 2023 (c), not in September"},
        {"n": 5, "type": "negation", "fact": "f3", "original": "但未就后门指控提供具体证据", "mutated": "并就后门指控提供了具体证据",
         "note": "CSAC did not provide evidence for the backdoor claims (a) -> it provided evidence"},
        {"n": 6, "type": "negation", "fact": "f5", "original": "尚未表态是否启动审查", "mutated": "已表态将启动审查",
         "note": "the CAC has not said whether it will act (c) -> it has said it will open a review"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "美国国家安全局（NSA）", "mutated": "美国中央情报局（CIA）",
         "note": "backdoors allegedly linked to the NSA (a, b) -> the CIA; no source names the CIA"},
        {"n": 8, "type": "entity", "fact": "f9", "original": "美光科技", "mutated": "西部数据",
         "note": "the 2023 precedent is Micron (a, c), not Western Digital"},
        {"n": 9, "type": "attribution", "fact": "f1", "original": "中国网络安全产业联盟16日", "mutated": "国家互联网信息办公室16日",
         "note": "the call for a review came from the industry association CSAC, not the regulator CAC (which has not said whether it will act, c)"},
        {"n": 10, "type": "attribution", "fact": "f6", "original": "英特尔中国17日在微信公众号回应称", "mutated": "英特尔首席执行官基辛格17日回应称",
         "note": "the response came from Intel's China unit on WeChat (b, c), not from CEO Pat Gelsinger"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "审查可能影响", "mutated": "审查必将影响",
         "note": "hedged 'a review could hurt' (c) -> asserted 'will certainly hurt'"},
        {"n": 12, "type": "unit", "fact": "f7", "original": "约148亿美元", "mutated": "约148亿元",
         "note": "about USD 14.8 billion (b) -> about 14.8 billion yuan"},
        {"n": 13, "type": "percentage", "fact": "f13", "original": "盘前一度下跌3.2%", "mutated": "盘前一度下跌1.4%",
         "note": "the premarket fall was 3.2% (a, b); 1.4% was the close (b)"},
        {"n": 14, "type": "percentage", "fact": "f13", "original": "收盘跌1.4%", "mutated": "收盘跌2.4%",
         "note": "Intel closed down 1.4% on Wednesday (b), not 2.4%"},
    ],
    "boilerplate": {
        A: "(Reporting by Liang Wei",
        B: [{"inline": "By Priya Natarajan | October 17, 2024 | Policy & Trade | 5 min read"},
            {"inline": "READ MORE: Inside Intel's 15,000-job restructuring, and what it means for Chengdu"},
            "Subscribe to ChipLedger Daily"],
        C: [{"inline": "INTC 22.41 -0.3% | AMD 155.31 +0.7% | NVDA 136.93 +2.4% | HSI 20,079.11 -0.9% | SOX 5,312.40 +1.1%"},
            {"inline": "By Kelvin Tsang | 18 Oct 2024, 7:30am HKT"},
            {"inline": "Photo: Intel's booth at a technology fair in Shanghai. (Harbourfront Tech Review)"},
            "Follow Harbourfront Tech Review on LinkedIn"],
    },
}
