# Gold specification for story `chips-act-guardrails` (the US Commerce Department's final
# "national security guardrails" rule for CHIPS Act funding, 22 September 2023, and the
# reactions to it). The summary is in Simplified Chinese, mainland style.
# All texts are invented for evaluation (the dates, the 10-year bar, the 5% / 10% limits, the
# $100,000 threshold, the clawback and the critical-chip list follow the 2023 rule; wording,
# quotes, analysts, lawyers, outlets and the comment counts are made up).
# Edit here, then run `python3 build_gold.py --root DIR --story chips-act-guardrails`.
# f15 is a genuine source-versus-source conflict: a quotes Commerce officials saying the March
# draft drew 46 public comments; b's own count of the docket found more than 60. The summary
# attributes each figure.
#
# Traps:
# - Same number, different things: "10 years" (the bar) vs "10%" (the legacy cap) vs the
#   "10-year period"; "5%" (leading-edge cap) vs mutant m02's "5年"; "40%" twice in c (share
#   of Samsung's NAND made in Xi'an, share of SK Hynix's DRAM made in Wuxi); "85%" (domestic-
#   market exception for new legacy fabs, omitted) is not a cap on expansion.
# - Equal values in different units: "for 10 years" (a) = "for a decade" (c) = 10年内;
#   "$100,000" = 10万美元; "$39 billion" = 390亿美元 (the summary does not give the $52.7
#   billion total, which is a different figure, not a conflict).
# - Direction of a node size: "28 nanometers or older" = 28纳米及以上 (larger node numbers
#   are older chips); 以上 here is not "newer than".
# - Report date vs event date: a (Fri 22 Sep) says "on Friday"; b (Mon 25 Sep) says
#   "released on Friday and published in the Federal Register today"; c (Tue 26 Sep) says
#   Mao Ning spoke "on Monday" = 25日 in the summary dated 26 Sep; mutant m04 writes 26日.
# - Hedges: "can claw back" (a) -> 有权追回 (a right, not an obligation; m11 makes it 必须);
#   "may push Samsung and SK Hynix to put their next memory investments outside China" (c,
#   omitted f19); "could" nowhere else.
# - Negations that do not conflict: "declined to comment", "did not immediately respond",
#   "asked not to be named", "has not yet announced any awards", "What it did not get is much
#   flexibility", "firms that build without federal support are not covered", "had not
#   commented on the rule by Tuesday evening" (China's commerce ministry, which makes m10
#   wrong), "nobody is going to walk away from Xi'an or Wuxi".
# - Negation that matters: "does not require companies to close or sell plants" (a) /
#   "Nothing in the rule forces either company to shut its Chinese lines" (c) = 并不要求 (f10);
#   SIA "still did not give companies enough room" = 仍然不足 (f13).
# - Quotes attributed to different speakers: Raimondo's statement (a) vs the unnamed Commerce
#   officials on the call (a, comment count) vs "a Commerce official" (c) vs the trade lawyer
#   Priya Raman (b) vs the analyst Cho Eun-ji (c); SIA's view is reported speech, not a quote.
# - Source-specific scope: countries of concern are listed in a (Russia, Iran, North Korea
#   "also") and b (all four); only b gives the $100,000, 28 nm and critical-chip details.
# - Numbers in furniture: "rise 4%", "slip 2%", "jump 93%", "3 fabs, 2 countries, 1
#   deadline", "fall 15%", "7nm", "Comments (3)", "Vol. 6, Issue 38", "6 min read".

A = "a-meridian.en.txt"
B = "b-fabpolicy.en.txt"
C = "c-siliconstrait.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2023-09-22",
         "what": "The Commerce Department issued the final national security guardrails rule for the CHIPS Act on Friday 22 September 2023",
         "in": {S: "美国商务部当地时间9月22日公布《芯片和科学法案》“国家安全护栏”最终规则",
                A: "The U.S. Commerce Department on Friday issued final \"national security guardrails\" for the CHIPS Act",
                C: "The rule itself was finalized on Friday"}},
        {"id": "f2", "status": "agreement", "value": "10 years",
         "what": "Recipients of CHIPS subsidies may not materially expand semiconductor capacity in China and other countries of concern for 10 years",
         "in": {S: "10年内不得在中国以及",
                A: "barring companies that receive federal chip subsidies from materially expanding semiconductor manufacturing capacity in China and other countries of concern for 10 years",
                C: "companies that take U.S. CHIPS Act subsidies must not materially expand chip production capacity in China for a decade"}},
        {"id": "f3", "status": "agreement", "value": "China, Russia, Iran, North Korea",
         "what": "The countries of concern are China, Russia, Iran and North Korea",
         "in": {S: "俄罗斯、伊朗和朝鲜等其他“受关注国家”",
                A: "The countries of concern also include Russia, Iran and North Korea",
                B: "The foreign countries of concern are China, Russia, Iran and North Korea"}},
        {"id": "f4", "status": "agreement", "value": "5%",
         "what": "Recipients may not expand leading-edge capacity in a country of concern by more than 5%",
         "in": {S: "先进制程芯片产能扩充幅度不得超过5%",
                A: "a recipient may not expand leading-edge semiconductor capacity in a country of concern by more than 5%",
                B: "A CHIPS award recipient that expands capacity at a leading-edge fab in a foreign country of concern by more than 5% within 10 years of its award triggers the clawback"}},
        {"id": "f5", "status": "agreement", "value": "10% (28 nm or older)",
         "what": "For legacy chips (28 nanometers or older) the expansion cap is 10%",
         "in": {S: "28纳米及以上成熟制程芯片的扩产上限则为10%",
                A: "The cap for older, so-called legacy chips is 10%",
                B: "For legacy fabs, defined as those making chips at 28 nanometers or older, the threshold is 10%"}},
        {"id": "f6", "status": "agreement", "value": "100000 USD",
         "what": "Recipients are barred from significant transactions involving material expansion, defined as $100,000 or more",
         "in": {S: "金额在10万美元及以上的重大交易同样被禁止",
                B: "which the rule defines as one worth $100,000 or more"}},
        {"id": "f7", "status": "agreement", "value": None,
         "what": "If a company breaks the rules the department can claw back its entire award (permission, not obligation)",
         "in": {S: "商务部有权追回其获得的全部补贴",
                A: "the department can claw back its entire federal award",
                C: "on pain of repaying the whole grant"}},
        {"id": "f8", "status": "agreement", "value": "39000000000 USD",
         "what": "The rule covers the $39 billion in manufacturing incentives of the CHIPS and Science Act",
         "in": {S: "获得该法案390亿美元芯片制造补贴的企业",
                A: "The rule covers the $39 billion in manufacturing incentives in the $52.7 billion CHIPS and Science Act"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "Commerce expanded the list of chips critical to national security to current-generation and mature-node chips used in quantum computing and radiation-intensive environments",
         "in": {S: "新规还扩大了对国家安全至关重要的芯片清单",
                B: "Commerce also expanded the list of semiconductors deemed critical to national security"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "The rule does not require companies to close or sell existing plants in China (negated)",
         "in": {S: "新规并不要求企业关闭或出售在华现有工厂",
                A: "The rule does not require companies to close or sell plants they already run in China",
                C: "Nothing in the rule forces either company to shut its Chinese lines"}},
        {"id": "f11", "status": "agreement", "value": "Samsung, SK Hynix, TSMC, Intel",
         "what": "Samsung Electronics, SK Hynix, TSMC and Intel all operate chip factories in China",
         "in": {S: "三星电子、SK海力士、台积电和英特尔目前均在中国设有芯片厂",
                A: "Samsung Electronics, SK Hynix, TSMC and Intel all operate chip factories there"}},
        {"id": "f12", "status": "agreement", "value": None,
         "what": "Commerce Secretary Raimondo said in a statement that every dollar of the program is meant to make America more secure, not to help competitors",
         "in": {S: "美国商务部长雷蒙多在声明中说",
                A: "Commerce Secretary Gina Raimondo said in a statement"}},
        {"id": "f13", "status": "agreement", "value": None,
         "what": "The Semiconductor Industry Association welcomed the changes but said the rule still did not give enough room to upgrade existing plants (negated)",
         "in": {S: "但认为规则给企业升级现有工厂留出的空间仍然不足",
                B: "But the group said the rule still did not give companies enough room to upgrade existing plants"}},
        {"id": "f14", "status": "agreement", "value": "2023-09-25",
         "what": "Chinese foreign ministry spokeswoman Mao Ning said on Monday 25 September that Washington was politicizing trade and technology and China firmly opposed the rule",
         "in": {S: "中国外交部发言人毛宁25日表示",
                C: "At the foreign ministry's regular briefing on Monday, spokeswoman Mao Ning said Washington was politicizing trade and technology"}},
        {"id": "f15", "status": "source-conflict", "value": "46 | >60",
         "what": "Number of public comments on the March draft: 46 according to Commerce officials (a) versus more than 60 by b's count of the docket",
         "in": {S: "商务部官员称共收到46份公众意见，行业刊物《晶圆政策周刊》统计的数字则超过60份",
                A: "the department received 46 public comments on the draft it published in March",
                B: "Our count of the public docket found more than 60 comments on the March draft"}},
        {"id": "f16", "status": "unsupported", "value": None,
         "what": "Recipients must report changes in their China capacity to Commerce every year (no source says so)",
         "in": {S: "获补贴企业每年须向商务部报告其在华产能变化"}},
        {"id": "f17", "status": "omission", "value": "85%",
         "what": "New legacy fabs may still be built in countries of concern if at least 85% of output serves that country's domestic market",
         "in": {B: "Companies may still build new legacy fabs there, but only if at least 85% of the output serves the domestic market of that country"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "Recipients are restricted from joint research or technology licensing with foreign entities of concern",
         "in": {B: "A separate section restricts recipients from conducting joint research or licensing technology with foreign entities of concern"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "An analyst said the guardrails may push Samsung and SK Hynix to invest outside China (hedged)",
         "in": {C: "The guardrails may push Samsung and SK Hynix to put their next memory investments outside China"}},
        {"id": "f20", "status": "omission", "value": "40%",
         "what": "Samsung's Xi'an plant makes about 40% of its NAND flash chips and SK Hynix's Wuxi plant about 40% of its DRAM",
         "in": {C: "Samsung's plant in Xi'an makes about 40% of its NAND flash chips"}},
        {"id": "f21", "status": "omission", "value": ">500",
         "what": "Commerce has received more than 500 statements of interest but has not yet announced any awards (negated)",
         "in": {A: "The department has received more than 500 statements of interest from companies hoping for CHIPS funding but has not yet announced any awards"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f8", "original": "390亿美元", "mutated": "290亿美元",
         "note": "the rule covers the $39 billion in manufacturing incentives (a) -> $29 billion"},
        {"n": 2, "type": "number", "fact": "f2", "original": "10年内不得", "mutated": "5年内不得",
         "note": "the bar lasts 10 years (a; c: a decade) -> 5 years (5 is the leading-edge cap in percent)"},
        {"n": 3, "type": "date", "fact": "f1", "original": "9月22日", "mutated": "9月12日",
         "note": "the final rule was issued on Friday 22 September (a, c), not 12 September"},
        {"n": 4, "type": "date", "fact": "f14", "original": "毛宁25日", "mutated": "毛宁26日",
         "note": "Mao Ning spoke at Monday's briefing, 25 September (c); 26 September is c's publication date"},
        {"n": 5, "type": "negation", "fact": "f10", "original": "并不要求企业关闭", "mutated": "已要求企业关闭",
         "note": "the rule does not require companies to close or sell existing plants (a, c) -> it requires them to"},
        {"n": 6, "type": "negation", "fact": "f13", "original": "空间仍然不足", "mutated": "空间已经足够",
         "note": "SIA said the rule still did not give enough room to upgrade existing plants (b) -> enough room"},
        {"n": 7, "type": "entity", "fact": "f11", "original": "英特尔", "mutated": "英伟达",
         "note": "Intel -> Nvidia among the chipmakers with factories in China; a names Intel, no source names Nvidia"},
        {"n": 8, "type": "entity", "fact": "f3", "original": "俄罗斯", "mutated": "白俄罗斯",
         "note": "Russia -> Belarus among the countries of concern; a and b name Russia"},
        {"n": 9, "type": "attribution", "fact": "f12", "original": "美国商务部长雷蒙多", "mutated": "美国贸易代表戴琪",
         "note": "the statement came from Commerce Secretary Raimondo (a), not US Trade Representative Katherine Tai"},
        {"n": 10, "type": "attribution", "fact": "f14", "original": "中国外交部发言人毛宁", "mutated": "中国商务部发言人束珏婷",
         "note": "China's objection came from foreign ministry spokeswoman Mao Ning (c); c says the commerce ministry had not commented"},
        {"n": 11, "type": "modality", "fact": "f7", "original": "有权追回", "mutated": "必须追回",
         "note": "the department can claw back the award (a) -> it must claw it back"},
        {"n": 12, "type": "unit", "fact": "f6", "original": "10万美元", "mutated": "10万元",
         "note": "significant transactions are those of $100,000 or more (b) -> 100,000 yuan"},
        {"n": 13, "type": "percentage", "fact": "f4", "original": "不得超过5%", "mutated": "不得超过15%",
         "note": "leading-edge expansion is capped at 5% (a, b) -> 15%"},
        {"n": 14, "type": "percentage", "fact": "f5", "original": "上限则为10%", "mutated": "上限则为5%",
         "note": "the legacy-chip cap is 10% (a, b) -> 5%, the leading-edge figure"},
    ],
    "boilerplate": {
        A: [{"inline": "Meridian Wire | World | Business | Markets | Technology | Politics | Video | Sign in"},
            {"inline": "By Dana Whitfield | September 22, 2023 12:41 PM EDT | Updated 3 hours ago"},
            "(Reporting by Dana Whitfield in Washington"],
        B: [{"inline": "Home > Policy > Subsidies & Export Controls"},
            {"inline": "Policy Desk | Vol. 6, Issue 38 | Monday, September 25, 2023 | Subscriber edition"},
            "Fab Policy Weekly subscribers can download"],
        C: [{"inline": "Silicon Strait Notes | China tech policy, explained | Archive | About | Subscribe"},
            {"inline": "Posted by Helen Zhou | September 26, 2023 | 6 min read"},
            "Silicon Strait Notes is reader-supported."],
    },
}
