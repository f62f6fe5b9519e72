# Gold specification for story `nvidia-amd-revenue-share` (August 2025: Nvidia and AMD agree to pay
# the US government 15% of their China revenue from the H20 and MI308 in exchange for export
# licences; Trump, the White House, lawyers and analysts react; Beijing discourages H20 use).
# The summary is in Simplified Chinese, in the style of a mainland financial wire.
# All texts are invented for evaluation (the dates follow the real episode: licences from Friday
# 8 Aug, Trump's press conference Monday 11 Aug, Leavitt's briefing Tuesday 12 Aug; wording,
# quotes, analysts, law firms, outlets and the revenue and margin estimates are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story nvidia-amd-revenue-share`.
#
# f15 is a genuine source-versus-source conflict: a says the levy would bring Washington about
# $2 billion a year (Corriden Securities), c says roughly $3.5 billion a year (Tessaly Research).
# The summary reports both estimates without naming the firms.
#
# Traps:
# - Same number, different things: "$800 million" is AMD's second-quarter charge in b (omission
#   f19) but Tessaly's estimate of MI308 sales in China this year in c. "20%" is Trump's opening
#   demand (f4) and Cambricon's daily limit in c; "15%" is the revenue share (f1), a furniture
#   teaser in a ("15% gain in AI holdings") and the basis of c's "15 percentage points".
# - Percent vs percentage points: c says the payment lowers the H20 gross margin "by 15 percentage
#   points, from around 60% to roughly 45%"; the summary says 约15个百分点 right after 上缴15%的收入.
# - Equal amounts in different wording or scale: "15 cents of every dollar" (b) = 15% (f1);
#   "about 1.5 million H20 chips" = 约150万颗; "$2 billion" = 20亿美元; "$3.5 billion" = 35亿美元.
# - Yearless and relative dates: "on Friday" (a, dated Monday 11 Aug) and "last Friday" (b, dated
#   Tuesday 12 Aug) are both 8 Aug, as is the summary's 上周五 (dated Thursday 14 Aug); "two days
#   after" the Wednesday meeting; "in April", "last month", "on July 31", "on Wednesday".
# - Report date vs event date: a is dated the day of Trump's press conference ("on Monday"), c two
#   days later ("on Monday" again, 11 Aug); Leavitt spoke "on Tuesday" (b same day, c next day),
#   the summary's 本周二.
# - Non-conflicting negations: "AMD did not respond to a request for comment" (a; f10 agrees with
#   未回应置评请求), "The Commerce Department did not respond to requests for comment" (b; trap for
#   the attribution mutant m10, which gives Leavitt's words to a Commerce spokesperson), "had not
#   shipped any H20 to China in months", "not a military product", "not aware of the situation",
#   "do not amount to a ban" / "stopped short of an outright ban" (f14 agrees with 并未全面禁止).
# - Hedged vs asserted: Leavitt's "could be extended" / "might eventually be applied"; "may run
#   afoul" / "could well be an unconstitutional export tax" (f8 可能违反); "had been on course to
#   sell" / "base case" (f11 原本有望).
# - Reported speech from several speakers: a U.S. official, Trump, Leavitt, an Nvidia spokesperson,
#   Lutnick (c, on a different point: a trap for m09), lawyers Ebeling and Vasquez, Renn, Lin Jian.
# - Near miss for the unsupported claim f16: sources say the companies pay "the U.S. government"
#   and that the administration has not decided how to use the money (omission f17); none says the
#   payments go to the Treasury.
# - Inline furniture inside the article: a's nav line with tickers (NVDA 182.06 -0.35%), bylines
#   with dates and times, c's "READ MORE" line.
# - Numbers in furniture: "jump 3.6%", "$600 billion over four years", "15% gain in AI holdings",
#   "4 billion yuan", "14-page briefing", "23 entities; 5 based in China", "41% of exporters",
#   "2026", "7 a.m.", "free for 30 days", "double in 2026".

A = "a-meridian.en.txt"
B = "b-silicontrade.en.txt"
C = "c-chipletter.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "15%",
         "what": "Nvidia and AMD agreed to pay the US government 15% of revenue from China sales of certain AI chips in exchange for export licences",
         "in": {S: "英伟达和AMD已同意将部分人工智能芯片在华销售收入的15%上缴美国政府，以此换取对华出口许可证",
                A: "agreed to pay the U.S. government 15% of the revenue from sales of certain artificial intelligence chips in China in exchange for export licences",
                B: "the two companies will hand over 15 cents of every dollar they earn in China",
                C: "Nvidia and AMD will surrender 15% of what they earn selling two China-specific chips there, in return for the licences they need"}},
        {"id": "f2", "status": "agreement", "value": "H20 | MI308",
         "what": "The arrangement covers Nvidia's H20 and AMD's MI308",
         "in": {S: "这一安排涉及英伟达的H20芯片和AMD的MI308芯片",
                A: "The deal covers Nvidia's H20 processor and AMD's MI308 accelerator",
                B: "from the products covered by the deal: Nvidia's H20 and AMD's MI308"}},
        {"id": "f3", "status": "agreement", "value": "2025-08-08",
         "what": "Commerce began issuing H20 licences on Friday 8 Aug, two days after Huang met Trump at the White House",
         "in": {S: "美国商务部已于上周五、即黄仁勋在白宫与特朗普会面两天后开始发放H20的对华出口许可",
                A: "The Commerce Department began issuing licences for the H20 on Friday, two days after Nvidia Chief Executive Jensen Huang met President Donald Trump at the White House",
                B: "Licences for the H20 began going out last Friday"}},
        {"id": "f4", "status": "agreement", "value": "2025-08-11 | 20% -> 15%",
         "what": "Trump said on Monday 11 Aug that he had initially asked for 20% and Huang negotiated it down to 15%",
         "in": {S: "美国总统特朗普当地时间8月11日在记者会上表示，他最初要求的分成比例为20%，后经英伟达首席执行官黄仁勋争取降至15%",
                A: "He told reporters he had initially asked for 20% but agreed to 15% after Huang pushed back",
                C: "Trump said on Monday he had opened at 20% and that Nvidia boss Jensen Huang talked him down to 15%"}},
        {"id": "f5", "status": "agreement", "value": "2025-08-12 | 2",
         "what": "White House press secretary Leavitt said on Tuesday 12 Aug that the arrangement applies only to the two companies for now but could be extended to others (hedged)",
         "in": {S: "白宫新闻秘书莱维特本周二称，这一模式目前仅涉及这两家公司，未来可能扩展至其他企业",
                B: "for now, the arrangement applies only to the two companies but that it could be extended to others in the future",
                C: "On Tuesday, White House press secretary Karoline Leavitt said the model might eventually be applied to other companies too"}},
        {"id": "f6", "status": "agreement", "value": None,
         "what": "Leavitt said the legality and mechanics are still being worked out by the Commerce Department",
         "in": {S: "其合法性和具体执行方式仍由美国商务部研究敲定",
                B: "the legality and the mechanics of the payments were still being worked out by the Commerce Department"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "Export-control experts: no US company had ever agreed to pay part of its revenue to obtain export licences (negated)",
         "in": {S: "此前从未有美国企业以上缴部分收入的方式换取出口许可",
                A: "no U.S. company had ever before agreed to hand over part of its revenue to secure export licences",
                C: "no U.S. firm had previously paid a share of its revenue to obtain licences"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "Lawyers say the arrangement may violate the Constitution's ban on export taxes (hedged)",
         "in": {S: "该安排可能违反美国宪法中禁止对出口征税的条款",
                B: "the payments may run afoul of the Constitution's ban on taxing exports",
                C: "it could well be an unconstitutional export tax"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Nvidia said it follows the rules the US government sets for its participation in global markets and had not shipped H20 to China for months (negated)",
         "in": {S: "公司遵守美国政府为其参与全球市场所制定的规则，并称已有数月未向中国交付H20芯片",
                A: "the company abides by the rules Washington sets for its business in global markets and noted that it had not shipped any H20 to China in months"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "AMD did not respond to a request for comment (negated, no conflict)",
         "in": {S: "AMD则未回应置评请求",
                A: "AMD did not respond to a request for comment"}},
        {"id": "f11", "status": "agreement", "value": "1500000 chips",
         "what": "Analysts estimate Nvidia could have sold about 1.5 million H20 chips in China this year (hedged estimate)",
         "in": {S: "英伟达今年原本有望在华售出约150万颗H20芯片",
                A: "Nvidia had been on course to sell about 1.5 million H20 chips in China this year",
                C: "Tessaly Research's base case has Nvidia shipping roughly 1.5 million H20 units into China this year"}},
        {"id": "f12", "status": "agreement", "value": "-15 pp",
         "what": "The payment lowers the gross margin on each H20 by about 15 percentage points",
         "in": {S: "上缴15%的收入将使H20的毛利率下降约15个百分点",
                C: "it lowers the gross margin on every H20 sold by 15 percentage points"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "Chinese authorities have in recent weeks sent notices discouraging companies from using the H20, especially for government or national-security work",
         "in": {S: "中国有关部门近几周已向多家企业发出通知，劝阻其使用H20芯片，尤其是避免将其用于政府或国家安全相关工作",
                B: "Chinese authorities have in recent weeks sent notices to a number of companies discouraging them from using the H20",
                C: "Chinese authorities have in recent weeks told a range of companies to avoid the H20"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "The Chinese guidance is not an outright ban (negated)",
         "in": {S: "但并未全面禁止采购",
                B: "The notices do not amount to a ban",
                C: "The guidance stopped short of an outright ban"}},
        {"id": "f15", "status": "source-conflict", "value": "2000000000 USD | 3500000000 USD",
         "what": "Annual payments to Washington: about USD 2 billion per Corriden Securities (a) versus roughly USD 3.5 billion per Tessaly Research (c)",
         "in": {S: "有机构估算约为20亿美元，也有机构认为可达35亿美元左右",
                A: "the levy would bring Washington about $2 billion a year",
                C: "Washington's cut would come to roughly $3.5 billion a year"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "The payments will go directly to the US Treasury (no source says so)",
         "in": {S: "相关款项将直接缴入美国财政部"}},
        {"id": "f17", "status": "omission", "value": None,
         "what": "The administration has not decided / not said how it will use the money (negated)",
         "in": {A: "the administration had not yet decided how it would use the money",
                B: "the administration has not said what it will do with the proceeds"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Trump called the H20 obsolete, saying China already had comparable chips",
         "in": {A: "The president also called the H20 obsolete"}},
        {"id": "f19", "status": "omission", "value": "800000000 USD",
         "what": "AMD booked an USD 800 million second-quarter charge, mostly for MI308 inventory",
         "in": {B: "AMD booked an $800 million charge in its second quarter"}},
        {"id": "f20", "status": "omission", "value": "2025-08-12",
         "what": "Nvidia said on Tuesday that the H20 is not a military product and not meant for government infrastructure",
         "in": {B: "Nvidia said on Tuesday that the H20 is not a military product"}},
        {"id": "f21", "status": "omission", "value": "2025-08-13",
         "what": "Foreign Ministry spokesman Lin Jian said on Wednesday he was not aware of the situation (negated)",
         "in": {C: "Foreign Ministry spokesman Lin Jian said he was not aware of the situation"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f11", "original": "约150万颗", "mutated": "约250万颗",
         "note": "about 1.5 million H20 chips -> 2.5 million"},
        {"n": 2, "type": "number", "fact": "f5", "original": "这两家公司", "mutated": "这三家公司",
         "note": "the arrangement applies only to the two companies -> three"},
        {"n": 3, "type": "date", "fact": "f3", "original": "上周五", "mutated": "上周一",
         "note": "licences began on Friday 8 Aug -> Monday 4 Aug, before the Wednesday meeting"},
        {"n": 4, "type": "date", "fact": "f4", "original": "当地时间8月11日", "mutated": "当地时间8月7日",
         "note": "Trump spoke at a press conference on Monday 11 Aug, not 7 Aug"},
        {"n": 5, "type": "negation", "fact": "f7", "original": "此前从未有美国企业", "mutated": "此前已有美国企业",
         "note": "no US company had ever paid revenue for licences -> some already had"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "但并未全面禁止采购", "mutated": "并已全面禁止采购",
         "note": "the notices stop short of a ban -> purchases fully banned"},
        {"n": 7, "type": "entity", "fact": "f2", "original": "MI308芯片", "mutated": "MI350芯片",
         "note": "AMD MI308 -> MI350; no source names the MI350"},
        {"n": 8, "type": "entity", "fact": "f1", "original": "英伟达和AMD已同意", "mutated": "英伟达和英特尔已同意",
         "note": "AMD -> Intel; Intel appears only in a's furniture teaser"},
        {"n": 9, "type": "attribution", "fact": "f4", "original": "美国总统特朗普当地时间", "mutated": "美国商务部长卢特尼克当地时间",
         "note": "the 20% -> 15% account came from Trump; Lutnick (c) spoke last month about the H20's quality"},
        {"n": 10, "type": "attribution", "fact": "f5", "original": "白宫新闻秘书莱维特", "mutated": "美国商务部一名发言人",
         "note": "Leavitt spoke for the White House; the Commerce Department did not respond to requests for comment (b)"},
        {"n": 11, "type": "modality", "fact": "f11", "original": "原本有望在华售出", "mutated": "已在华售出",
         "note": "an estimate of what Nvidia had been on course to sell -> asserted as already sold (a: no H20 shipped for months)"},
        {"n": 12, "type": "modality", "fact": "f8", "original": "可能违反", "mutated": "已经违反",
         "note": "lawyers say the payments may breach the Export Clause -> asserted breach"},
        {"n": 13, "type": "unit", "fact": "f3", "original": "会面两天后", "mutated": "会面两周后",
         "note": "two days after the meeting -> two weeks"},
        {"n": 14, "type": "percentage", "fact": "f1", "original": "收入的15%", "mutated": "收入的20%",
         "note": "the agreed 15% share -> 20%, Trump's opening demand (f4)"},
    ],
    "boilerplate": {
        A: [{"inline": "Markets | Technology | World | Sustainable Business | Breakingviews | NVDA 182.06 -0.35% | AMD 172.76 +0.39%"},
            {"inline": "By Daniel Ferro and Yuki Sato | August 11, 2025 9:14 PM GMT+8 | Updated 2 hours ago"},
            "Reporting by Daniel Ferro in Washington"],
        B: [{"inline": "Home / Export Controls / Semiconductors / China"},
            {"inline": "By Priya Nandakumar | August 12, 2025 | 5 min read | Premium"},
            "Premium subscribers can download"],
        C: [{"inline": "Analysis | Hannah Okafor | 13 August 2025 | 7 min read"},
            {"inline": "READ MORE: Inside the H20: why a cut-down chip still sells"},
            "Tags: Nvidia, AMD, H20"],
    },
}
