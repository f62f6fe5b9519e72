# Gold specification for story `battery-tech-export-curbs` (China's Ministry of Commerce and
# Ministry of Science and Technology add battery-cathode (LFP/LMFP/phosphate precursor)
# preparation technology and five lithium extraction/processing control points to the
# Catalogue of Technologies Prohibited or Restricted from Export, 15 July 2025).
# All texts are invented for evaluation (the schedule, ministries, control points and LFP
# thresholds follow the real episode; wording, quotes, analysts, outlets and the market-share
# estimates are made up). Edit here, then run
# `python3 /work/shared/eval/build_gold.py --root /work/main/eval/heldout --story battery-tech-export-curbs`.
#
# f11 is a genuine source-versus-source conflict: a puts China's share of global lithium
# chemical output last year at about 70% (Hartwell Commodity Research), b at roughly 65%
# (CellChain's own estimate, for 2024). The summary gives both, each with its own attribution.
#
# Traps:
# - Same number, different scope: "three" is the count of cathode control points (f3) and also
#   of the catalogue entries deleted in this round (b: "deleted three entries ... added one and
#   amended one"); "five" lithium control points (f4) vs "eight battery technologies" in total (c).
#   m02 mutates five -> eight, the all-in count.
# - Two dates a month apart in one sentence of b: draft released January 2, comments due
#   February 1. m05 mutates the draft date to 2月1日, the comment deadline.
# - Same test, two pressures: 220 MPa in the final rule vs 300 MPa in the January draft (b);
#   LFP density 2.58 g/cc vs LMFP 2.38 g/cc at the same pressure (b).
# - Two nearby percentages of different things: LFP first-cycle efficiency at least 97% (b) vs
#   China's more than 95% share of LFP cathode output (a, c).
# - Report date vs event date: a (Tue 15 Jul) "on Tuesday", b (Fri 18 Jul) "on July 15",
#   c (Mon 21 Jul) "Last Tuesday" all mean 15 July; the wire's dateline is the same day.
# - "licence" for a technology transfer vs goods: a and c both say exports of batteries and
#   cathode material themselves are not restricted (f14); b says powder shipments are "not"
#   caught. Non-conflicting negations: "did not name any country", "never mentions the United
#   States", "Ford did not immediately respond", "Nobody in our industry is surprised",
#   "Neither deal is automatically affected", "nobody should be shocked".
# - Hedges carried in the sources: "could complicate" (a), "may make ... more uncertain" (c),
#   "could now need Beijing's sign-off" (c).
# - Minor figures near the facts: Ford plant "roughly $3 billion", "about 20 GWh", start in
#   2026 (c); catalogue years 2001/2008/2020/2023 (b); "30 working days" (b).
# - Teasers with claim-like numbers in furniture: "jump 4%", "2026 start", "up 38%",
#   "1.1 million tonnes", "cut prices 12%"; an image caption with a year (c); an
#   "Advertisement" line and a READ MORE teaser inside the article body.

A = "a-meridian.en.txt"
B = "b-cellchain.en.txt"
C = "c-voltledger.en.txt"
S = "summary.zh.txt"

SPEC = {
    "summary": S,
    "sources": [A, B, C],
    "facts": [
        {"id": "f1", "status": "agreement", "value": "2025-07-15",
         "what": "The revised catalogue was published on Tuesday 15 July 2025",
         "in": {S: "7月15日联合发布公告",
                A: "China on Tuesday put technologies for making battery cathodes and for extracting and refining lithium on its list",
                B: "published the revised export technology catalogue on July 15",
                C: "Last Tuesday, Beijing quietly moved eight battery technologies behind a licensing wall"}},
        {"id": "f2", "status": "agreement", "value": "MOFCOM + MOST",
         "what": "The revision was issued jointly by the Ministry of Commerce and the Ministry of Science and Technology, with immediate effect",
         "in": {S: "中国商务部与科技部",
                A: "The Ministry of Commerce and the Ministry of Science and Technology said in a joint notice that they had revised the Catalogue of Technologies Prohibited or Restricted from Export, with immediate effect",
                B: "When China's commerce and science ministries published"}},
        {"id": "f3", "status": "agreement", "value": "3",
         "what": "The new restricted entry (battery cathode material preparation) has three control points: LFP, LMFP, phosphate precursors",
         "in": {S: "包括磷酸铁锂、磷酸锰铁锂和磷酸盐正极原材料制备技术三项控制要点",
                A: "with three control points: lithium iron phosphate (LFP), lithium manganese iron phosphate (LMFP) and phosphate-based cathode precursors",
                B: "lists three control points: LFP, LMFP and phosphate precursor preparation",
                C: "three for LFP-family cathodes"}},
        {"id": "f4", "status": "agreement", "value": "5",
         "what": "The revised non-ferrous metallurgy entry adds five lithium control points (spodumene to carbonate and hydroxide, brine extraction, ...)",
         "in": {S: "修改后的有色金属冶金技术条目新增五项涉锂控制要点",
                A: "A revised entry on non-ferrous metallurgy adds five control points on lithium",
                B: "amended the non-ferrous metallurgy entry with five control points",
                C: "five for turning lithium ore and brine into battery-grade chemicals"}},
        {"id": "f5", "status": "agreement", "value": None,
         "what": "Restricted technologies may be exported only with a licence",
         "in": {S: "列入限制类的技术须经许可方可出口",
                A: "Technologies in the restricted part of the catalogue may be exported only with a licence",
                B: "Restricted technologies need an export licence"}},
        {"id": "f6", "status": "agreement", "value": "2.58 g/cc @ 220 MPa; 160 mAh/g @ 0.1C; 97%",
         "what": "LFP control thresholds: compaction density at least 2.58 g/cc at 220 MPa, discharge capacity at least 160 mAh/g at 0.1C, first-cycle efficiency at least 97%",
         "in": {S: "受管制的磷酸铁锂材料在220兆帕压力下的粉体压实密度不低于每立方厘米2.58克",
                B: "For LFP, the control applies to material with a powder compaction density of at least 2.58 g/cc at 220 MPa"}},
        {"id": "f7", "status": "agreement", "value": "2025-01-02",
         "what": "The commerce ministry had put the changes out for public comment on 2 January",
         "in": {S: "此前商务部曾于1月2日就调整方案公开征求意见",
                A: "The commerce ministry first put the changes out for public comment on Jan. 2",
                B: "The draft was released on January 2 with comments due by February 1"}},
        {"id": "f8", "status": "agreement", "value": None,
         "what": "A commerce ministry spokesperson said cathode preparation technology is increasingly used in sensitive fields and restricting it helps balance development and security",
         "in": {S: "商务部发言人表示，电池正极材料制备技术在敏感领域的应用越来越多",
                A: "\"Battery cathode material preparation technology is increasingly being applied in sensitive fields,\" a commerce ministry spokesperson said in a statement"}},
        {"id": "f9", "status": "agreement", "value": None,
         "what": "The statement did not name any country (negated)",
         "in": {S: "但该声明没有点名具体国家",
                A: "The statement did not name any country",
                C: "The notice never mentions the United States"}},
        {"id": "f10", "status": "agreement", "value": None,
         "what": "Analysts said the rule could complicate (may make more uncertain) US projects such as Ford's LFP plant in Marshall, Michigan, which uses CATL technology (hedged)",
         "in": {S: "新规可能令福特汽车在密歇根州采用宁德时代授权技术建设的磷酸铁锂电池工厂等美国项目面临更多不确定性",
                A: "Analysts said the rule could complicate licensing deals such as the one under which Ford Motor is building an LFP battery plant in Marshall, Michigan, with technology from China's CATL",
                C: "In that sense the rule may make U.S. projects like these more uncertain"}},
        {"id": "f11", "status": "source-conflict", "value": "70% | 65%",
         "what": "China's share of global lithium chemical output last year: about 70% per Hartwell Commodity Research (a) versus roughly 65% per CellChain's estimate (b)",
         "in": {S: "有研究机构估计去年约为70%，也有行业媒体估算约为65%",
                A: "the country accounted for about 70% of global lithium chemical output last year",
                B: "China produced roughly 65% of the world's lithium chemicals in 2024"}},
        {"id": "f12", "status": "unsupported", "value": None,
         "what": "CATL said its existing licensing cooperation with Ford is not affected by the new rules (no source reports any CATL statement)",
         "in": {S: "宁德时代则表示，其与福特的现有授权合作不受新规影响"}},
        {"id": "f13", "status": "agreement", "value": ">95%",
         "what": "Chinese companies make more than 95% of the world's LFP cathode material",
         "in": {S: "目前全球95%以上的磷酸铁锂正极材料由中国企业生产",
                A: "Chinese companies make more than 95% of the world's LFP cathode material",
                C: "Chinese companies produce more than 95% of global LFP cathode material"}},
        {"id": "f14", "status": "agreement", "value": None,
         "what": "The licence requirement covers technology transfers; it does not restrict exports of batteries or cathode materials themselves (negated)",
         "in": {S: "并不限制电池或正极材料产品本身的出口",
                A: "it does not restrict exports of batteries or cathode materials themselves",
                C: "It isn't an export ban on batteries, cathode powder or lithium"}},
        {"id": "f15", "status": "omission", "value": "300 MPa",
         "what": "The January draft had measured compaction density at 300 MPa, read as a slight easing",
         "in": {B: "The January draft had measured compaction density at 300 MPa"}},
        {"id": "f16", "status": "omission", "value": "30 working days",
         "what": "Companies must apply before signing a transfer contract; reviewers have 30 working days to respond",
         "in": {B: "reviewers have 30 working days to respond"}},
        {"id": "f17", "status": "omission", "value": "3000000000 USD; 20 GWh; 2026",
         "what": "Ford's Marshall plant is a roughly USD 3 bn plant due to start making LFP cells in 2026 with about 20 GWh of annual capacity",
         "in": {C: "a roughly $3 billion plant due to start making LFP cells in 2026 with about 20 GWh of annual capacity"}},
        {"id": "f18", "status": "omission", "value": None,
         "what": "The ministries also rewrote the control point for recovering gallium from alumina liquor",
         "in": {A: "The ministries also rewrote the control point for recovering gallium from alumina liquor"}},
        {"id": "f19", "status": "omission", "value": None,
         "what": "Cathode makers with plants planned in Morocco and Hungary expect licences for existing projects, though approvals could take longer",
         "in": {B: "Executives at two Chinese cathode makers with plants planned in Morocco and Hungary said they expected licences for existing projects to be granted"}},
    ],
    "mutants": [
        {"n": 1, "type": "number", "fact": "f3", "original": "三项控制要点", "mutated": "四项控制要点",
         "note": "three cathode control points (a, b, c) -> four"},
        {"n": 2, "type": "number", "fact": "f4", "original": "新增五项涉锂控制要点", "mutated": "新增八项涉锂控制要点",
         "note": "five lithium control points -> eight; eight is c's total of cathode plus lithium technologies"},
        {"n": 3, "type": "number", "fact": "f6", "original": "每立方厘米2.58克", "mutated": "每立方厘米2.85克",
         "note": "LFP compaction density threshold 2.58 g/cc (b) -> 2.85 (digit transposition)"},
        {"n": 4, "type": "date", "fact": "f1", "original": "7月15日联合发布公告", "mutated": "7月16日联合发布公告",
         "note": "published Tuesday 15 July -> 16 July, the day after"},
        {"n": 5, "type": "date", "fact": "f7", "original": "曾于1月2日", "mutated": "曾于2月1日",
         "note": "draft put out for comment on January 2 -> February 1, which was the comment deadline (b)"},
        {"n": 6, "type": "negation", "fact": "f14", "original": "并不限制电池", "mutated": "同时限制电池",
         "note": "the rule does not restrict exports of batteries or cathode material themselves (a, c) -> it restricts them too"},
        {"n": 7, "type": "negation", "fact": "f9", "original": "没有点名具体国家", "mutated": "点名了具体国家",
         "note": "the statement did not name any country (a) / never mentions the US (c) -> it named specific countries"},
        {"n": 8, "type": "entity", "fact": "f10", "original": "采用宁德时代授权技术", "mutated": "采用比亚迪授权技术",
         "note": "Ford's plant uses CATL technology (a, c) -> BYD; no source mentions BYD"},
        {"n": 9, "type": "entity", "fact": "f10", "original": "福特汽车在密歇根州", "mutated": "通用汽车在密歇根州",
         "note": "Ford's Marshall, Michigan plant -> General Motors; no source mentions GM"},
        {"n": 10, "type": "attribution", "fact": "f2", "original": "中国商务部与科技部", "mutated": "中国商务部与工业和信息化部",
         "note": "issued jointly with the Ministry of Science and Technology (a, b) -> the Ministry of Industry and Information Technology"},
        {"n": 11, "type": "attribution", "fact": "f8", "original": "商务部发言人表示", "mutated": "科技部发言人表示",
         "note": "the statement came from a commerce ministry spokesperson (a) -> a science ministry spokesperson"},
        {"n": 12, "type": "modality", "fact": "f10", "original": "新规可能令", "mutated": "新规将令",
         "note": "hedged 'could complicate' (a) / 'may make more uncertain' (c) -> asserted 'will'"},
        {"n": 13, "type": "unit", "fact": "f6", "original": "220兆帕", "mutated": "220千帕",
         "note": "test pressure 220 MPa (b) -> 220 kPa"},
        {"n": 14, "type": "percentage", "fact": "f13", "original": "95%以上", "mutated": "85%以上",
         "note": "China makes more than 95% of LFP cathode material (a, c) -> more than 85%"},
    ],
    "boilerplate": {
        A: [{"inline": "Home | Markets | Commodities | Autos & EVs | China | Sign in"},
            {"inline": "By Chen Wenjie and Rachel Oduya | July 15, 2025 8:41 PM GMT+8 | Updated 35 minutes ago"},
            {"inline": "READ MORE: China's rare earth magnet exports rebound in June"},
            "Related coverage"],
        B: [{"inline": "CellChain Weekly | Materials | Policy | Gigafactories | Prices | Events"},
            {"inline": "Materials & Policy | 18 July 2025 | By Helen Marchetti, Materials Editor"},
            {"inline": "Advertisement"},
            "Subscribe to CellChain Weekly for full access"],
        C: [{"inline": "The Volt Ledger | EVs, batteries and the grid, without the hype\nHome | Newsletter | Archive | About"},
            {"inline": "Posted by Marcus Ellery | July 21, 2025 | Policy, Batteries | 7 min read"},
            {"inline": "Photo: Construction at the Marshall, Michigan battery site in 2024. (Credit: Volt Ledger reader submission)"},
            "Filed under: Policy, Batteries, China, Ford, CATL"],
    },
}
