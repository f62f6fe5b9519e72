/* test_align.c: findings between a summary and sources, as a table of
 * tiny documents: the value, date, polarity, hedge and attribution rules of
 * DESIGN-NOTES, and the traps that make false contradictions. */
#include "doc.h"
#include "engine.h"
#include "extract.h"
#include "run.h"
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "doc.h"
#include "pair.h"
#include "run.h"

/* Each row: summary and source texts ("YYYY-MM-DD|text": document date),
 * the predicate to look at and the finding kind expected for it ("none":
 * no finding holds the summary's claim of it; "!kind": no finding of that
 * kind does). */
static const struct {
  const char *summary, *source, *pred, *kind;
} rows[] = {
    /* two unnamed voices' forecasts, no name between them: their
     * sentences tie them, each telling export controls that pair (align.c
     * forecasts_tied); 肯定 against "probably" overstates */
    {"2025-06-02|分析人士认为，新的出口管制肯定只是象征性举措。",
     "2025-06-02|The new export controls are probably little more than a symbolic gesture, analysts said.",
     "forecast", "contradiction"},
    {"2025-06-02|分析人士认为，新的出口管制可能只是象征性举措。",
     "2025-06-02|The new export controls are probably little more than a symbolic gesture, analysts said.",
     "forecast", "!contradiction"},
    /* a request for comment left unanswered is a remark both languages
     * make (respond): agreed, and answered against unanswered differs */
    {"2025-06-02|AMD则未回应置评请求。", "2025-06-02|AMD did not respond to a request for comment.",
     "respond", "agreement"},
    {"2025-06-02|美国商务部已回应传媒查询。",
     "2025-06-02|The Commerce Department did not immediately respond to requests for comment.", "respond",
     "contradiction"},
    /* a sentence anchored by its figure (2,400 students) to a source
     * sentence of the same predicate that differs on polarity alone: a
     * contradiction, not an unsupported claim (align.c lift_fellows) */
    {"2025-06-02|俄亥俄州一所大学表示，不会为受新规影响的中国学生提供免费住宿，该校约有2400名中国学生。",
     "2025-06-02|Lakeview University, which has about 2,400 students from China, said it would offer free "
     "housing to students hit by the rule.",
     "provide", "contradiction"},
    {"2025-06-02|俄亥俄州一所大学表示，将为受新规影响的中国学生提供免费住宿，该校约有2400名中国学生。",
     "2025-06-02|Lakeview University, which has about 2,400 students from China, said it would offer free "
     "housing to students hit by the rule.",
     "provide", "!contradiction"},
    /* a share price moves all day and on every exchange: two moves of
     * one stock contradict only dated to one day (pair.h
     * cd_pair_moves_apart), and an index's move is none of its members'
     * (an entity of its own) */
    {"2025-03-04|受此影响，小米在美股市场的股价下跌9%。",
     "2025-03-04|Xiaomi shares fell 4.1% in Hong Kong after the listing.", "stock_move", "!contradiction"},
    {"2025-03-04|小米股价周二在香港下跌9%。", "2025-03-04|Xiaomi shares fell 4.1% in Hong Kong on Tuesday.",
     "stock_move", "contradiction"},
    {"2025-03-04|小米股价周二下跌4.1%。恒生指数周二下跌1.2%。",
     "2025-03-04|Xiaomi shares fell 4.1% on Tuesday. Xiaomi's ADRs fell 3% in New York on Tuesday.", "figure",
     "!contradiction"},
    /* a time counted back is a date, approximation and all (约20年前 was
     * once a count of 20 years), and a round number of years back takes
     * in the year either side: 2001 or 2002 (values_date.c vs_put_ago) */
    {"2021-10-27|美国商务部约10年前将该公司列入实体清单。",
     "2021-10-27|The Commerce Department added the company to the Entity List in 2002.", "add_entity_list",
     "contradiction"},
    {"2021-10-27|美国商务部约20年前将该公司列入实体清单。",
     "2021-10-27|The Commerce Department added the company to the Entity List in 2002.", "add_entity_list",
     "agreement"},
    /* one distinctive amount in two currencies anchors the pair as a
     * shared amount would: the currency is misstated (pair.c
     * cd_pair_currency_slip), though nothing else ties the claims */
    {"2025-10-03|当日应用材料股价收涨1.8%，报187.46港元。",
     "2025-10-03|The shares had closed Thursday at $187.46, before the filing came out and the stock fell in "
     "late trading.",
     "stock_move", "contradiction"},
    {"2025-10-03|当日应用材料股价收涨1.8%，报187.46美元。",
     "2025-10-03|The shares had closed Thursday at $187.46, before the filing came out and the stock fell in "
     "late trading.",
     "stock_move", "!contradiction"},
    /* a term is one measure's: the duties' five years are not set against
     * the truce's 90 days of the sentence after the one that states the
     * duties' rate (figures.c weigh) */
    {"2025-05-19|反倾销税措施为期五年，美国企业税率最高，达74.9%。",
     "2025-05-19|China imposed anti-dumping duties of up to 74.9% on the plastic from the United States. "
     "The new duties come a few days after the United States and China cut tariffs for 90 days.",
     "figure", "!contradiction"},
    /* two listings in one sentence, each trigger naming its list: the
     * summary's count for the unreliable entity list is compared with the
     * source's count for that list, not excused by the other list's 15
     * (extract.h trigger_entity, align.c summary_finding) */
    {"2024-10-10|商务部将28家美国防务企业列入出口管制管控名单，并将28家美国企业列入不可靠实体清单。",
     "2024-10-10|Beijing added 28 U.S. defense firms to its export control list and 12 U.S. companies to "
     "the unreliable entity list.",
     "add_entity_list", "contradiction"},
    {"2024-10-10|商务部将28家美国防务企业列入出口管制管控名单，并将12家美国企业列入不可靠实体清单。",
     "2024-10-10|Beijing added 28 U.S. defense firms to its export control list and 12 U.S. companies to "
     "the unreliable entity list.",
     "add_entity_list", "!contradiction"},
    /* one speaker says both: the persons named beside him are no swap
     * (pair.c swapped) */
    {"2025-05-14|何立峰称会谈取得实质性进展，贝森特则表示，双方都不希望脱钩。",
     "2025-05-14|\"Neither delegation wants a decoupling,\" Treasury Secretary Scott Bessent told "
     "reporters, with Jamieson Greer at his side.",
     "decouple", "agreement"},
    /* another company's statement: the summary's 在美 is the source's "in
     * the country", no other statement (pair.c cd_pair_voices); a
     * country the source names instead keeps them apart */
    {"2025-03-11|大疆在声明中表示，该决定并不禁止其在中国的销售。",
     "2025-03-11|Skydio said in a statement that the decision does not bar its sales in the country.", "ban",
     "contradiction"},
    {"2025-03-11|大疆在声明中表示，该决定并不禁止其在中国的销售。",
     "2025-03-11|Skydio said in a statement that the decision does not bar its sales in the European "
     "Union.",
     "ban", "!contradiction"},
    /* two days of one event that a sentence says lasts several: the
     * start is no misstated end (align.c days_of_one_event); a day
     * outside the span still clashes */
    {"2025-03-06|中美双方代表于3月3日在日内瓦开始会谈。",
     "2025-03-06|US and Chinese negotiators wrapped up three days of talks in Geneva on Wednesday.",
     "trade_talks", "!contradiction"},
    {"2025-03-06|中美双方代表于3月1日在日内瓦开始会谈。",
     "2025-03-06|US and Chinese negotiators wrapped up three days of talks in Geneva on Wednesday.",
     "trade_talks", "contradiction"},
    /* a measure considered against one taken, on a tight pair with no
     * amount: a clash of certainty (align.c vote); and its plain form agrees */
    {"2025-11-12|美国商务部考虑暂停实施关联企业规则一年。",
     "2025-11-12|The Commerce Department on Monday formally suspended its affiliates rule for one "
     "year.",
     "lift_ban", "contradiction"},
    {"2025-11-12|美国商务部暂停实施关联企业规则一年。",
     "2025-11-12|The Commerce Department on Monday formally suspended its affiliates rule for one "
     "year.",
     "lift_ban", "agreement"},
    /* a clash of attachment, not of fact: the source sentence holds the
     * summary's 52% on another claim (align.c sentence_holds) */
    {"2025-09-14|商务部称，相关芯片自美进口量增长３７％，进口价格下降５２％。",
     "2025-09-14|The commerce ministry said imports of the U.S. chips jumped 37% from 2022 to 2024, "
     "while prices plunged 52%.",
     "import", "!contradiction"},
    /* a bound the sentence's other value meets ("超46%" and 52%) is not
     * misstated by its 37% (figures.c weigh) */
    {"2025-09-14|以德州仪器为例，其一款接口芯片的价格累计降幅超46%。",
     "2025-09-14|The commerce ministry said imports of Texas Instruments interface chips jumped 37%, "
     "while prices plunged 52%.",
     "figure", "!contradiction"},
    /* a denial that points back borrows the claim before it, a guess:
     * unpaired, it makes no unsupported finding (fold_frames) */
    {"2024-05-15|新关税将于8月1日生效。美国政府官员否认此举与选举有关。",
     "2024-05-15|The new tariffs take effect on August 1. The duties apply to $18 billion of imports. "
     "Officials denied that the timing was linked to the election.",
     "take_effect", "!unsupported"},
    /* a motive (作为反制, "in retaliation") is a frame: with the measure
     * of its sentence supported, the motive alone is no finding */
    {"2025-03-05|作为反制，中方宣布对美国商品加征15%的关税。",
     "2025-03-05|China announced 15% tariffs on U.S. goods on Tuesday.", "retaliate", "none"},
    /* a country that speaks is its government or one of its bodies: 中方
     * and "China" are no two speakers (pair.c compare_flags) */
    {"2025-03-05|作为反制，中方宣布对美国商品加征15%的关税。",
     "2025-03-05|China announced 15% tariffs on U.S. goods on Tuesday.", "impose_tariff", "agreement"},
    /* two agreements of one summary sentence quoting one source
     * sentence: the first tells the second (fold_frames) */
    {"2025-08-01|美国商务部4月禁止向中国出售H20芯片，英伟达因此蒙受55亿美元损失。",
     "2025-08-01|The Commerce Department banned sales of the H20 to China in April, and Nvidia took a "
     "$5.5 billion charge.",
     "ban", "agreement"},
    {"2025-08-01|美国商务部4月禁止向中国出售H20芯片，英伟达因此蒙受55亿美元损失。",
     "2025-08-01|The Commerce Department banned sales of the H20 to China in April, and Nvidia took a "
     "$5.5 billion charge.",
     "report_loss", "none"},
    /* of two that quote the same, the one that compares more shows */
    {"2025-08-01|英伟达将因出口管制蒙受55亿美元的损失。",
     "2025-08-01|Nvidia will take a $5.5 billion charge because of the export curbs.", "ban", "none"},
    /* ... but not one whose source sentence the other does not quote */
    {"2025-08-01|美国商务部4月禁止向中国出售H20芯片，英伟达因此蒙受55亿美元损失。",
     "2025-08-01|The Commerce Department banned sales of the H20 to China in April. Nvidia took a "
     "$5.5 billion charge.",
     "report_loss", "agreement"},
    /* an amount stated by a sentence of another year is of that year's
     * step (figures.c other_year) */
    {"2024-05-20|华为芯片的关税要到2025年才提高至百分之五十。",
     "2024-05-20|The duty on Huawei chips doubles to 50% in 2026, the agency said.", "impose_tariff",
     "contradiction"},
    {"2024-05-20|华为芯片的关税要到2026年才提高至百分之五十。",
     "2024-05-20|The duty on Huawei chips doubles to 50% in 2026, the agency said.", "impose_tariff",
     "agreement"},
    /* faintly stated (a year is no anchor), a distinctive amount of
     * another year's span still tells the year misstated */
    {"2025-06-02|据一家咨询公司估算，外国游客在2019-20财年为美国经济贡献了127亿美元。",
     "2025-06-02|Foreign visitors added $12.7 billion to the U.S. economy in the 2022-23 fiscal year, "
     "a consultancy estimated.",
     "figure", "contradiction"},
    {"2025-06-02|据一家咨询公司估算，外国游客在2022-23财年为美国经济贡献了127亿美元。",
     "2025-06-02|Foreign visitors added $12.7 billion to the U.S. economy in the 2022-23 fiscal year, "
     "a consultancy estimated.",
     "figure", "agreement"},
    /* another state's act: the summary's agent is a country the source
     * leaves unnamed, where it names another (pair.c other_state) */
    {"2025-06-10|泰国已叫停一个使用英伟达芯片的数据中心项目。",
     "2025-06-10|Washington has restricted sales of Nvidia's most advanced chips to China.", "ban",
     "!agreement"},
    {"2025-06-10|美国已限制英伟达芯片的对华销售。",
     "2025-06-10|Washington has restricted sales of Nvidia's most advanced chips to China.", "ban",
     "agreement"},
    /* one source sentence for one summary sentence: the offer anchored
     * only on a country agrees where the sentence's figure does
     * (align.c cosupport) */
    {"2025-06-02|俄亥俄州一所州立大学表示，将为受影响的中国学生提供免费住宿，该校约有2400名中国学生。",
     "2025-06-02|The school is in Ohio. Lakeview State, which has about 2,400 students from China, "
     "said it would offer free housing to those affected.",
     "provide", "!unsupported"},
    /* ... but a figure no source states stays unsupported: the figures
     * judge a figures claim, and a pair that does not state a value
     * supports none */
    {"2025-06-11|特朗普与习近平举行新一轮会谈，中国对美则是10%。",
     "2025-06-11|Trump and Xi held a new round of talks as 400 reporters waited outside.", "figure",
     "unsupported"},
    /* a count of 3 misstates no "over a thousand": counts more than
     * twenty times apart, and no twin, are two facts (figures.c
     * counts_apart) */
    {"2025-09-13|工业与安全局列入实体清单的23家中企包括13家半导体企业、3家生物技术公司以及3家物流企业。",
     "2025-09-13|The Bureau of Industry and Security added 23 Chinese companies to the Entity List. Among "
     "them, 13 entities make chips. As of now, over a thousand Chinese companies are on the Entity List.",
     "add_entity_list", "!contradiction"},
    /* a part against the whole: the source states the summary's 23 too,
     * elsewhere (align.c summary_finding, distinctive_all) */
    {"2025-09-13|美国商务部将23家中国企业列入实体清单。",
     "2025-09-13|The Commerce Department made 32 additions to the Entity List on Friday. The additions "
     "included 23 Chinese companies.",
     "add_entity_list", "!contradiction"},
    /* counts of two countries are two facts: Turkey's three misstate no
     * two Chinese firms (figures.c countries_apart) */
    {"2025-09-13|路透报道，美国将32个实体列入贸易黑名单，其中23家位于中国，土耳其三家。",
     "2025-09-13|The United States on Friday placed 32 companies on its trade blacklist, 23 of them in "
     "China and others in Turkey, Reuters reported. The move penalises two Chinese firms that obtained "
     "chipmaking equipment.",
     "figure", "!contradiction"},
    /* scale: 55亿 is 5.5 billion, 5.5亿 is not */
    {"2025-08-01|英伟达将因出口管制蒙受55亿美元的损失。",
     "2025-08-01|Nvidia will take a $5.5 billion charge because of the export curbs.", "report_loss",
     "agreement"},
    {"2025-08-01|英伟达将因出口管制蒙受5.5亿美元的损失。",
     "2025-08-01|Nvidia will take a $5.5 billion charge because of the export curbs.", "report_loss",
     "contradiction"},
    /* an amount in a trailing clause of its own still belongs to the claim */
    {"2025-08-01|英伟达将因出口管制蒙受损失，金额约5.5亿美元。",
     "2025-08-01|Nvidia will take a $5.5 billion charge because of the export curbs.", "report_loss",
     "contradiction"},
    /* about widens: 约55亿 agrees with $5.46 billion */
    {"2025-08-01|英伟达将蒙受约55亿美元的损失。", "2025-08-01|Nvidia will take a $5.46 billion charge.",
     "report_loss", "agreement"},
    /* currency */
    {"2025-08-01|英伟达将蒙受55亿欧元的损失。", "2025-08-01|Nvidia will take a $5.5 billion charge.",
     "report_loss", "contradiction"},
    /* a relative date resolves against its own document's date:
     * Thursday in an article of Friday 2025-08-01 is July 31 */
    {"2025-08-05|网信办7月31日约谈英伟达。",
     "2025-08-01|China's cyberspace regulator summoned Nvidia on Thursday.", "summon", "agreement"},
    {"2025-08-05|网信办7月30日约谈英伟达。",
     "2025-08-01|China's cyberspace regulator summoned Nvidia on Thursday.", "summon", "contradiction"},
    /* month precision agrees with any day of the month */
    {"2025-08-01|美国商务部4月禁止向中国出售H20芯片。",
     "2025-08-01|The Commerce Department banned sales of the H20 to China on April 15.", "ban", "agreement"},
    {"2025-08-01|美国商务部6月禁止向中国出售H20芯片。",
     "2025-08-01|The Commerce Department banned sales of the H20 to China in April.", "ban", "contradiction"},
    /* a dateline's date is the publication's, not the event's: "on
     * Monday" beside the verb wins */
    {"2025-08-28|美国商务部8月25日禁止向中国出售H20芯片。",
     "2025-08-26|WASHINGTON, Aug 26 (Pacific Wire) - The Commerce Department on Monday banned "
     "sales of the H20 to China.",
     "ban", "agreement"},
    /* a relative date with no document date is never compared */
    {"2025-08-05|网信办7月30日约谈英伟达。", "China's cyberspace regulator summoned Nvidia on Thursday.",
     "summon", "agreement"},
    /* polarity */
    {"2025-08-01|英伟达表示，其芯片存在后门。", "2025-08-01|Nvidia said its chips have no backdoors.",
     "backdoor", "contradiction"},
    {"2025-08-01|英伟达表示，其芯片没有后门。", "2025-08-01|Nvidia said its chips have no backdoors.",
     "backdoor", "agreement"},
    /* X says p and Y says not p is a dispute, not one claim */
    {"2025-08-01|英伟达表示，其芯片没有后门。", "2025-08-01|CCTV said the chips have backdoors.", "backdoor",
     "unsupported"},
    /* the narrator's bare fact, naming no one, relays what the rule's
     * maker said: no rival voice, so its polarity clashes with the
     * ministry's (pair.c disputed) */
    {"2025-10-10|商务部表示，民用无人机也在管制范围内。", "2025-10-10|Civilian drones are not covered.",
     "cover", "contradiction"},
    {"2025-10-10|商务部表示，民用无人机不在管制范围内。", "2025-10-10|Civilian drones are not covered.",
     "cover", "agreement"},
    /* a pair that agrees on a date and differs on polarity alone
     * contradicts though looser pairs of the same source, with no value or
     * date in common, agree on polarity: the tariffs are imposed, the goods
     * cleared by April 12 are spared them (align.c ok_content) */
    {"2025-03-07|公告明确，于4月12日前进口的货物，仍须加征此次关税。",
     "2025-03-05|Beijing's new tariffs on American farm goods were announced on Tuesday. Cargo that clears "
     "customs by April 12 will not be subject to the extra duties.",
     "impose_tariff", "contradiction"},
    {"2025-03-07|公告明确，于4月12日前进口的货物，不加征此次关税。",
     "2025-03-05|Beijing's new tariffs on American farm goods were announced on Tuesday. Cargo that clears "
     "customs by April 12 will not be subject to the extra duties.",
     "impose_tariff", "!contradiction"},
    /* a commentator's "not p" against a body's p is a dispute too: an
     * analyst who sees no easing of chip controls does not deny the lifting
     * a ministry announces (pair.c disputed) */
    {"2025-07-05|商务部表示，美方已取消一系列限制措施。",
     "2025-07-05|Wei Lan, a trade lawyer, said the U.S. did not lift restrictions.", "lift_ban",
     "!contradiction"},
    {"2025-07-05|分析人士表示，美方已取消一系列限制措施。",
     "2025-07-05|Wei Lan, a trade lawyer, said the U.S. did not lift restrictions.", "lift_ban",
     "contradiction"},
    /* the body a filing goes to (向美国证券交易委员会提交文件称) neither
     * speaks nor acts: no agency clash with the rule's maker named in the
     * sentence before the source's figure (speaker.c, figures.c) */
    {"2025-10-06|英特尔10月2日向美国证券交易委员会提交文件称，新规将使其营收减少约5亿美元。",
     "2025-10-06|The Commerce Department issued the rule on Sept. 29. In a filing dated Oct. 2, Intel told "
     "investors the rule will take about $500 million out of its revenue.",
     "report_revenue", "!contradiction"},
    /* a forecast (预计) is told alike with "would": an estimate hedges
     * nothing a plain statement of it tells (pair.c estimated_alike), but
     * against one told as done it still clashes */
    {"2025-10-06|英特尔预计新规将使其营收减少约5亿美元。",
     "2025-10-06|Intel said the rule would cut its revenue by about $500 million.", "report_revenue",
     "agreement"},
    {"2025-10-06|英特尔表示，新规已经使其营收减少约5亿美元。",
     "2025-10-06|Intel expects the rule to cut its revenue by about $500 million.", "report_revenue",
     "contradiction"},
    /* a share's move told in a speaker's frame is read off the market: no
     * speaker to find in the source that states it (figures.c) */
    {"2025-08-07|卢特尼克表示，英伟达不会被征收这一关税，英伟达股价当天上涨3.1%。",
     "2025-08-07|Nvidia shares rose 3.1% on Thursday.", "stock_move", "!contradiction"},
    /* a bare noun's claim ("the 100% tariff") names the measure; whether it
     * is imposed is its verb's to tell (pair.c named_against_denied) */
    {"2025-08-07|卢特尼克表示，英伟达和AMD不会被征收这一关税。",
     "2025-08-07|Lutnick said the 100% tariff would not apply to Nvidia and AMD.", "impose_tariff",
     "!contradiction"},
    /* hedge turned into an assertion */
    {"2025-08-01|出口管制已使英伟达蒙受55亿美元的损失。",
     "2025-08-01|The curbs could result in losses of $5.5 billion for Nvidia.", "report_loss",
     "contradiction"},
    /* different claims: a loss and revenue never compare */
    {"2025-08-01|英伟达将蒙受55亿美元的损失。",
     "2025-08-01|Nvidia expects $12 billion in revenue from China.", "report_loss", "unsupported"},
    /* one speaker for another, the rest the same: the pair differs on
     * that alone, so it contradicts (claims are pairs, not clusters of
     * shared names) */
    {"2025-08-01|中国外交部8月1日表示，坚决反对美方的出口管制。",
     "2025-08-01|China's commerce ministry said on Friday that it firmly opposes the US export controls.",
     "criticise", "contradiction"},
    /* a sentence that tells both polarities of one predicate (出口许可 and
     * 不予许可) is no denial of a source's approval its affirmed claim
     * pairs with (align.c lifted: tells_polarity) */
    {"2025-10-10|对于稀土的军事用途出口许可，中国原则上不予许可。",
     "2025-10-10|New rules require foreign firms to get special approval to export items that contain "
     "Chinese rare earths.",
     "approve", "!contradiction"},
    /* another speaker's allegation does not vouch for the polarity of
     * what the summary puts in Nvidia's mouth */
    {"2025-08-01|英伟达表示，其芯片存在后门。",
     "2025-08-01|CCTV said the chips have backdoors. Nvidia said its chips have no backdoors.", "backdoor",
     "contradiction"},
    /* two speakers announce two things about one metal: no pair fits and
     * none differs on content, so the claim is unsupported (never an
     * agreement with no evidence); the frame's finding is its content's */
    {"2025-08-01|美国国防部宣布，将拨款5亿美元支持锑的生产。",
     "2025-08-01|China's commerce ministry announced it would stop antimony exports to the United States.",
     "figure", "unsupported"},
    /* a president speaks through the White House: one speaker */
    {"2025-04-05|特朗普4月2日表示，将对所有贸易伙伴征收10%的基准关税。",
     "2025-04-05|A 10% baseline tariff will apply to all trading partners, the White House said on April 2.",
     "impose_tariff", "agreement"},
    /* a date some source gives to the same names is accounted for: the
     * probe announced in December is not the finding announced in
     * September (no contradiction; and the announcement, whose content
     * agrees, makes no finding of its own) */
    {"2025-09-20|市场监管总局去年12月宣布对英伟达立案调查。",
     "2025-09-16|SAMR opened an investigation into Nvidia in December 2024. SAMR announced on Monday that "
     "Nvidia "
     "violated the antimonopoly law.",
     "announce", "none"},
    /* every figure accounted for (figures.h): the values no trigger
     * takes make a figure claim; one the sources state is an agreement,
     * one that differs from the value of a sentence anchored on a date
     * and the unit a contradiction */
    {"2025-11-20|这批大豆合共约72万吨，将于12月付运。",
     "2025-11-20|The cargoes total about 720,000 tonnes, for shipment in December.", "figure", "agreement"},
    {"2025-11-20|这批大豆合共约720万吨，将于12月付运。",
     "2025-11-20|The cargoes total about 720,000 tonnes, for shipment in December.", "figure",
     "contradiction"},
    /* the same number in another currency or unit is the misstated fact */
    {"2025-10-16|中国的港口费标准为每净吨400美元。",
     "2025-10-14|China's port fee is 400 yuan per net ton, rising to 640 yuan next year.", "figure",
     "contradiction"},
    {"2025-11-20|期货收报每吨11.46美元，为2024年6月以来最高。",
     "2025-11-20|Futures settled at $11.46 a bushel, the highest close since June 2024.", "figure",
     "contradiction"},
    /* the origin of a record is no date of the event: "since last
     * October" against "on Tuesday" is no clash */
    {"2025-01-09|受此拖累，腾讯港股周二收跌7.3%，创去年10月以来最大单日跌幅。",
     "2025-01-08|Tencent's shares closed down 7.3% in Hong Kong on Tuesday.", "stock_move", "agreement"},
    {"2025-01-09|受此拖累，腾讯港股周二收跌7.3%，创去年10月以来最大单日跌幅。",
     "2025-01-08|Tencent's shares closed down 7.3% in Hong Kong on Tuesday.", "stock_move", "!unsupported"},
    {"2025-01-09|Tencent's shares fell 7.3% on Tuesday, the steepest drop since October.",
     "2025-01-08|Tencent's shares closed down 7.3% in Hong Kong on Tuesday.", "stock_move", "agreement"},
    /* a figure no source states, with nothing to compare it with */
    {"2025-11-20|该港口去年吞吐量约为950万标准箱。", "2025-11-20|The port handled more ships this year.",
     "figure", "unsupported"},
    /* a name alone does not make another amount the misstated one: the
     * revenue estimate is not the value of the imports */
    {"2025-05-20|白宫估计，新关税每年可带来约30亿美元收入。",
     "2025-05-20|The White House said the tariffs cover $18 billion of imports.", "report_revenue",
     "unsupported"},
    /* an amount a claim holds is checked too: 50 million is not 5 million */
    {"2025-10-20|若高通的交易无损竞争，罚款上限为5000万元人民币，约合70万美元。",
     "2025-10-20|If Qualcomm's deal harms no competition, the fine is capped at 5 million yuan, about "
     "$700,000.",
     "fine_penalty", "contradiction"},
    /* a date of the summary no source states, where the source sentence
     * that names the body holds its twin (the same day of another month)
     * and another date: the twin is the misstated one */
    {"2025-01-06|美国财政部去年8月28日公布这项最终规则。",
     "2025-01-03|The final rule, issued on Oct. 28 and effective Jan. 2, is administered by the Treasury.",
     "announce", "contradiction"},
    /* a misdated weekday: the sentence that names the body, the chips and
     * what was said holds the twin (Tuesday for Friday); a sentence on
     * the day after, naming only the body, supports no date against it */
    {"2025-05-19|"
     "美国商务部工业与安全局（BIS）上周五发布指南称，在全球任何地方使用华为昇腾芯片都可能违反美国出口"
     "管制规定。",
     "2025-05-16|The Bureau of Industry and Security said on Tuesday that using Huawei Ascend chips anywhere "
     "in the "
     "world may violate US export controls.\n\nBIS officials briefed reporters on Thursday.",
     "announce", "contradiction"},
    {"2025-05-19|"
     "美国商务部工业与安全局（BIS）上周二发布指南称，在全球任何地方使用华为昇腾芯片都可能违反美国出口"
     "管制规定。",
     "2025-05-16|The Bureau of Industry and Security said on Tuesday that using Huawei Ascend chips anywhere "
     "in the "
     "world may violate US export controls.\n\nBIS officials briefed reporters on Thursday.",
     "announce", "unsupported"},
    /* the same amount, stated as certain where the summary hedges it, in
     * a sentence anchored on the name and the date */
    {"2025-10-20|英伟达可能于11月向中国交付约5万颗芯片。",
     "2025-10-20|Nvidia will deliver about 50,000 chips to China in November.", "figure", "contradiction"},
    {"2025-10-20|英伟达将于11月向中国交付约5万颗芯片。",
     "2025-10-20|Nvidia will deliver about 50,000 chips to China in November.", "figure", "agreement"},
    /* the same amount and the same date, the one certain where the
     * other hedges it: two values stated together are anchor enough */
    {"2025-10-16|该费用可能于明年4月17日上调至每净吨640元。",
     "2025-10-16|The fee is set to rise to 640 yuan per net ton from April 17 next year.", "figure",
     "contradiction"},
    {"2025-10-16|该费用将于明年4月17日上调至每净吨640元。",
     "2025-10-16|The fee is set to rise to 640 yuan per net ton from April 17 next year.", "figure",
     "agreement"},
    /* an announcement by a named speaker and one whose body is named
     * but no speaker: two announcements, not one misdated (rival in
     * pair.c) */
    {"2025-09-16|英伟达2019年3月宣布收购以色列企业Mellanox。",
     "2025-09-16|China's State Administration for Market Regulation announced on Monday that Nvidia broke "
     "the "
     "conditions of its Mellanox deal.",
     "acquire", "unsupported"},
    /* a stance given to another voice: 美方 is the side "the US" names,
     * and 中方 in the summary's sentence names no spokesman (align.c
     * swap_voices, pair.c names_more) */
    {"2025-01-07|商务部发言人何亚东表示，中方坚决反对美方将中国企业列入出口管制清单。",
     "2025-01-07|Foreign Ministry spokesperson Mao Ning said China firmly opposes the US adding Chinese "
     "companies to its export control list.",
     "criticise", "contradiction"},
    /* ... but not where a source says it in the voice of the speaker's
     * country: China speaks for its government and any of its bodies
     * (align.c country_voices; real coverage of USTR's chip tariffs,
     * December 2025: "Beijing said Wednesday it firmly opposes") */
    {"2025-01-07|外交部发言人毛宁表示，中方坚决反对美方将中国企业列入出口管制清单。",
     "2025-01-07|China said it firmly opposes the US adding Chinese companies to its export control list. "
     "Commerce ministry spokesperson He Yadong said China firmly opposes the US adding Chinese companies "
     "to its export control list.",
     "criticise", "!contradiction"},
    /* what a speaker opposes is no statement of that speaker's: USTR's
     * plan is no words of the ministry that opposes it (align.c
     * stance_object, `stance: true`; real coverage of USTR's chip
     * tariffs, December 2025) */
    {"2025-12-25|美国贸易代表办公室宣布，计划对中国半导体加征关税。",
     "2025-12-25|China firmly opposes the imposition of additional tariffs on Chinese chips, a spokesperson "
     "for the commerce ministry said.",
     "impose_tariff", "!contradiction"},
    /* approvals to come denied are no denial of approvals given before:
     * "previously" tells it as done (rules/cues.yaml `done`; real
     * coverage of the FCC's drone listing, December 2025) */
    {"2025-12-23|FCC表示，新型无人机未来将无法获得FCC批准。",
     "2025-12-22|Your existing drones, previously authorized models still in inventory, can be sold.",
     "approve", "!contradiction"},
    /* a bare stance names nothing but its speaker: a company's own
     * opposition, no one else's words given to it */
    {"2025-01-07|旷视科技发表声明表示强烈反对。",
     "2025-01-07|Foreign Ministry spokesperson Mao Ning said China firmly opposes the US adding Chinese "
     "companies to its export control list.",
     "criticise", "!contradiction"},
    /* a remark denied is a silence: who kept silent is no speaker whose
     * words another was given (pair.c silent, cd_pair_voices) */
    {"2025-03-13|该公司与中国驻美大使馆均未立即回应置评请求。",
     "2025-03-13|CFIUS does not disclose its case files, Treasury said.", "disclose", "!contradiction"},
    /* a date a measure starts on, hedged as a supposition (可能), against
     * one stated: the certainty differs; a schedule (原定, "due to") is
     * stated alike (pair.c supposed) */
    {"2025-03-04|中方对美国大豆加征的关税可能于3月10日起实施。",
     "2025-03-04|China's tariffs on US soybeans take effect on March 10.", "take_effect", "contradiction"},
    {"2025-03-04|中方对美国大豆加征的关税原定于3月10日起实施。",
     "2025-03-04|China's tariffs on US soybeans had been due to take effect on March 10.", "take_effect",
     "!contradiction"},
    /* an estimate's figure (预计) against the same figure told with
     * "would" and held by another claim (cost it: report_loss): one
     * forecast, as certain as the other (figures.c certain_alike) */
    {"2025-10-03|科磊公司提交文件称，受新规影响，公司2026财年营收预计将减少约6亿美元。",
     "2025-10-03|KLA told regulators the new rule would cost it $600 million in fiscal 2026 revenue.",
     "report_revenue", "!contradiction"},
    /* one announcement dated twice: the day of one speaker's frame on
     * both sides ("said on Tuesday that", 3日表示), the amount the same;
     * without an amount, two statements of one speaker on two days */
    {"2025-07-02|美国商务部长卢特尼克当地时间3日表示，美国将对进口药品征收200%的关税。",
     "2025-07-02|Commerce Secretary Howard Lutnick said on Tuesday that the United States would impose a "
     "200% "
     "tariff on imported drugs.",
     "impose_tariff", "contradiction"},
    {"2025-07-02|美国商务部长卢特尼克当地时间1日表示，美国将对进口药品征收200%的关税。",
     "2025-07-02|Commerce Secretary Howard Lutnick said on Tuesday that the United States would impose a "
     "200% "
     "tariff on imported drugs.",
     "impose_tariff", "agreement"},
    {"2025-10-16|英特尔周三表示，公司正面临新的出口管制。",
     "2025-10-16|An Intel spokesperson said on Sunday the company faces new export controls.", "ban",
     "!contradiction"},
    /* a review's outcome: passed against failed is a contradiction, the
     * review itself agreeing (pass_review, fail_review its opposite) */
    {"2023-05-22|监管机构表示，海康威视的设备已通过网络安全审查。",
     "2023-05-22|The regulator said Hikvision's cameras had failed a cybersecurity review.", "pass_review",
     "contradiction"},
    {"2023-05-22|监管机构表示，海康威视的设备未通过网络安全审查。",
     "2023-05-22|The regulator said Hikvision's cameras had failed a cybersecurity review.", "pass_review",
     "agreement"},
    /* agency: another department of the same government, on the same
     * dated event, is a misattribution; a bureau meets its department */
    {"2024-05-20|美国商务部提议首批加税于8月1日生效。",
     "2024-05-20|USTR proposed that the first increases take effect on August 1.", "take_effect",
     "contradiction"},
    {"2024-05-20|美国贸易代表办公室提议首批加税于8月1日生效。",
     "2024-05-20|USTR proposed that the first increases take effect on August 1.", "take_effect",
     "agreement"},
    {"2024-05-20|美国商务部宣布的新规于8月1日生效。",
     "2024-05-20|The rule issued by the Bureau of Industry and Security takes effect on August 1.",
     "take_effect", "agreement"},
    /* the figures stated, but of another department's plan: the source
     * sentence that states them names no agency, the one before it USTR */
    {"2025-10-16|"
     "根据美国商务部今年4月公布的方案，这类船舶每次停靠美国港口须按每净吨50美元缴费，到2028年升至每净吨"
     "140美元。",
     "2025-10-16|The Office of the US Trade Representative published the plan in April.\n\nShips pay $50 per "
     "net "
     "ton for each US port call, rising to $140 per net ton by 2028.",
     "figure", "contradiction"},
    {"2025-10-16|"
     "根据美国贸易代表办公室今年4月公布的方案，这类船舶每次停靠美国港口须按每净吨50美元缴费，到2028年升"
     "至每净吨140美元。",
     "2025-10-16|The Office of the US Trade Representative published the plan in April.\n\nShips pay $50 per "
     "net "
     "ton for each US port call, rising to $140 per net ton by 2028.",
     "figure", "agreement"},
    /* roles: who imposes on whom is part of the event. The reverse of a
     * source's event is not that event, whatever the shared figure */
    {"2025-04-10|美国对中国商品加征34%的关税。", "2025-04-10|China imposed a 34% tariff on all U.S. goods.",
     "impose_tariff", "unsupported"},
    {"2025-04-10|中国对美国商品加征34%的关税。", "2025-04-10|China imposed a 34% tariff on all U.S. goods.",
     "impose_tariff", "agreement"},
    {"2025-04-10|中国对美国商品加征24%的关税。", "2025-04-10|China imposed a 34% tariff on all U.S. goods.",
     "impose_tariff", "contradiction"},
    /* certainty: one named speaker, "will" against "could" is a
     * contradiction even with no value to anchor it; two speakers are two
     * statements */
    {"2025-09-17|美国商务部长卢特尼克表示，美方必定会将更多中国企业列入实体清单。",
     "2025-09-17|Commerce Secretary Howard Lutnick said the U.S. could add more Chinese companies to the "
     "Entity List.",
     "add_entity_list", "contradiction"},
    {"2025-09-17|美国商务部长卢特尼克表示，美方必定会将更多中国企业列入实体清单。",
     "2025-09-17|Commerce Secretary Howard Lutnick said the U.S. will add more Chinese companies to the "
     "Entity List.",
     "add_entity_list", "agreement"},
    /* a body that tells of a sibling body's act (the trade office of an
     * announcement by the White House) relays it: the White House that a
     * source makes the speaker of that act is no other voice (pair.c
     * doer_speaks) */
    {"2025-06-20|美国商务部在声明中称，新规是依据双方达成的框架制定的，白宫已于6月2日公布该框架。",
     "2025-06-20|The Commerce Department said the rule followed the trade framework between President "
     "Donald Trump and British Prime Minister Keir Starmer that the White House announced on June 2, a week "
     "after the two leaders met in Canada.",
     "announce", "agreement"},
    /* a speaker that tells of its own act is no voice a source must name:
     * an unattributed statement of the act's figure agrees (it was a
     * contradiction on the speaker, "trump_admin (S) vs none") */
    {"2025-05-30|特朗普政府宣布，对来自中国的所有进口商品加征20%的关税。",
     "2025-05-30|The ruling struck down tariffs of 25% on Canada and Mexico and 20% on products from China.",
     "impose_tariff", "agreement"},
    /* a rate a source gives another country ("25% on Canada and Mexico")
     * misstates no rate of a sentence that names only China: the total
     * is unsupported, not contradicted */
    {"2025-05-30|特朗普政府宣布，对来自中国的所有进口商品加征20%的关税与10%的全球关税，累计税率达30%。",
     "2025-05-30|The ruling struck down tariffs of 25% on Canada and Mexico and 20% on products from China "
     "in "
     "addition to the 10% baseline tariff.",
     "figure", "unsupported"},
    /* certainty told as sure (势必, 必将, 已经) where the only source
     * hedges is an overstatement even on a loose pair: nothing but the
     * topic ties the two (the relations of the sentence before) */
    {"2025-03-06|分析人士认为，这是特朗普第二任期内首宗此类起诉案，势必进一步加剧美中紧张关系。",
     "2025-03-06|The case is the first such prosecution since President Donald Trump returned to office. "
     "Analysts said it could further strain relations.",
     "strain_ties", "contradiction"},
    {"2025-03-06|分析人士认为，这是特朗普第二任期内首宗此类起诉案，可能进一步加剧美中紧张关系。",
     "2025-03-06|The case is the first such prosecution since President Donald Trump returned to office. "
     "Analysts said it could further strain relations.",
     "strain_ties", "agreement"},
    /* a claim that names only countries (中国公民, 加利福尼亚州) names
     * nothing of its own either: bare, so its polarity alone tells it
     * from a bare source claim ("has not entered a plea") */
    {"2024-03-07|被告为中国公民，周三在加利福尼亚州的住所被捕，目前已就指控认罪。",
     "2024-03-07|The engineer was arrested at his home on Wednesday. He has not entered a plea.",
     "plead_guilty", "contradiction"},
    {"2024-03-07|被告为中国公民，周三在加利福尼亚州的住所被捕，目前尚未就指控认罪。",
     "2024-03-07|The engineer was arrested at his home on Wednesday. He has not entered a plea.",
     "plead_guilty", "agreement"},
    /* a bound states its own number, and admits others without stating
     * them: 500万 is no "up to $10 million" (pair.c loose_bound); 最高
     * is "up to" */
    {"2025-03-05|美国国务院对两人各悬赏最高500万美元。",
     "2025-03-05|The State Department offered up to $10 million for information on the group and up to $2 "
     "million each for the two men.",
     "offer_reward", "contradiction"},
    {"2025-03-05|美国国务院对两人各悬赏最高200万美元。",
     "2025-03-05|The State Department offered up to $10 million for information on the group and up to $2 "
     "million each for the two men.",
     "offer_reward", "agreement"},
    /* a market value is a share's reading, but one number in two
     * currencies is a slip, no second reading */
    {"2021-01-08|三家公司的美国存托凭证市值合共约40亿港元，仅占总市值约2.5%。",
     "2021-01-08|The three companies' ADRs are worth about $4 billion combined, roughly 2.5% of their total "
     "market value.",
     "stock_move", "contradiction"},
    {"2021-01-08|三家公司的美国存托凭证市值合共约40亿美元，仅占总市值约2.5%。",
     "2021-01-08|The three companies' ADRs are worth about $4 billion combined, roughly 2.5% of their total "
     "market value.",
     "stock_move", "agreement"},
    /* a part of a whole is no second reading of a share's move: 25% of
     * the market value misstates 2.5% of it, though a count stands
     * between 占 and the share */
    {"2021-01-08|三家公司的美国存托凭证市值合共约40亿美元，仅占三家公司总市值约25%。",
     "2021-01-08|The three companies' ADRs are worth about $4 billion combined, roughly 2.5% of their total "
     "market value.",
     "stock_move", "contradiction"},
    {"2021-01-08|三家公司的美国存托凭证市值合共约40亿美元，仅占三家公司总市值约2.5%。",
     "2021-01-08|The three companies' ADRs are worth about $4 billion combined, roughly 2.5% of their total "
     "market value.",
     "stock_move", "!contradiction"},
    /* ... and so in figures.c: a part of the trading is no price's move */
    {"2022-08-13|中国石化称，今年上半年其美国存托股交易量仅占公司股票总交易量的约15%。",
     "2022-08-13|Sinopec said its ADSs accounted for about 1.5% of the company's total share turnover in the "
     "first half.",
     "stock_move", "contradiction"},
    /* a round rate two sentences share (30%) is half an anchor for a
     * counterpart (figures.c round_rate): another deal's rate is no
     * misstated one; with the names shared too, it still is */
    {"2025-08-12|美国对中国商品的关税维持在30%，双方继续暂停原定加征的125%关税。",
     "2025-08-12|The agreement keeps a 15% tariff on most Japanese cars, down from the 30% rate first "
     "threatened.",
     "cut_tariff", "!contradiction"},
    {"2025-08-12|美国对中国商品的关税维持在30%，双方继续暂停原定加征的125%关税。",
     "2025-08-12|The truce keeps US tariffs on Chinese goods at 30% and pauses the 115% increase that had "
     "been planned.",
     "cut_tariff", "contradiction"},
    /* one country's count is a part of a count that lists several
     * countries (figures.c lists_countries); a count of no country in a
     * sentence that lists none, or of the same country, is compared */
    {"2025-09-13|美国商务部将23家中国企业列入实体清单。",
     "2025-09-13|The Commerce Department added 32 companies and organisations, including firms in India, "
     "Iran, "
     "Turkey and the United Arab Emirates, to the Entity List.",
     "add_entity_list", "!contradiction"},
    {"2025-09-13|美国商务部将23家中国企业列入实体清单。",
     "2025-09-13|The Commerce Department added 32 Chinese companies to the Entity List.", "add_entity_list",
     "contradiction"},
    {"2025-09-13|美国商务部将23家中国企业列入实体清单。",
     "2025-09-13|The Commerce Department added 32 companies to the Entity List.", "add_entity_list",
     "contradiction"},
    /* the level a change starts from is no part of it (figures.c
     * starts_change): a suspended 24% misstates no "from 115% to 10%"
     * nor "to 10 percent from the current 125 percent"; a start told as
     * a start still is compared */
    {"2025-05-12|美国将暂停其中24%的关税90天，同时保留10%的关税。",
     "2025-05-12|Both countries will reduce reciprocal tariffs from 115% to 10% for 90 days.", "cut_tariff",
     "!contradiction"},
    {"2025-05-12|中国将暂停其中24%的关税90天，同时保留10%的关税。",
     "2025-05-12|China will lower its tariff on American goods to 10 percent from the current 125 percent "
     "for 90 "
     "days.",
     "cut_tariff", "!contradiction"},
    {"2025-05-12|双方将把对等关税从125%降至10%，为期90天。",
     "2025-05-12|Both countries will reduce reciprocal tariffs from 115% to 10% for 90 days.", "cut_tariff",
     "contradiction"},
    /* two calendar dates a day apart are two days; a day reckoned from
     * the article's date ("on Thursday") may be another time zone's
     * (pair.c zones_slip): Beijing's day is the English weekday's or the
     * next, never the one before */
    {"2021-01-06|纽约证券交易所去年12月30日宣布将中国移动摘牌。",
     "2021-01-06|The New York Stock Exchange said on Dec. 31 it would delist China Mobile.", "announce",
     "contradiction"},
    {"2021-01-06|纽约证券交易所去年12月31日宣布将中国移动摘牌。",
     "2021-01-01|The New York Stock Exchange said on Wednesday it would delist China Mobile.", "announce",
     "!contradiction"},
    {"2021-01-06|纽约证券交易所去年12月30日宣布将中国移动摘牌。",
     "2021-01-01|The New York Stock Exchange said on Thursday it would delist China Mobile.", "announce",
     "contradiction"},
    /* of two counterparts, the one told beside a value both sentences
     * state is the one misstated (figures.c beside_shared) */
    {"2025-03-21|黄金期货周四上涨2.2%，收于每盎司2050美元。",
     "2025-03-21|Gold futures settled up 1.2% at $2,050 an ounce on Thursday, while silver rose 1.5% to "
     "$23.10.",
     "figure", "contradiction"},
    {"2025-03-21|黄金期货周四上涨1.2%，收于每盎司2050美元。",
     "2025-03-21|Gold futures settled up 1.2% at $2,050 an ounce on Thursday, while silver rose 1.5% to "
     "$23.10.",
     "figure", "!contradiction"},
    /* a sector the sources name in other words is no name the summary
     * adds: 晶圆代工 is a "contract chipmaker"'s trade (names.c) */
    {"2023-08-17|英特尔8月16日宣布终止收购以色列晶圆代工厂高塔半导体。",
     "2023-08-17|Intel said on Wednesday it had scrapped its takeover of Tower Semiconductor, an Israeli "
     "contract chipmaker.",
     "announce", "!unsupported"},
    /* a share's move read during the session is no misstated close, and
     * two readings during one session of one day still compare */
    {"2024-08-07|英伟达股价周一收跌百分之三点一。",
     "2024-08-07|Nvidia's shares were down about 6% in early trading on Monday.", "stock_move",
     "!contradiction"},
    {"2024-08-07|英伟达股价周一盘中一度下跌9%。",
     "2024-08-07|Nvidia's shares were down about 6% in early trading on Monday.", "stock_move",
     "contradiction"},
    /* a claim whose names are only its topic, taken from the sentence
     * before, is bare as a claim with no names is: the polarity alone
     * tells it from a bare source claim */
    {"2025-01-17|该法律去年由拜登签署。法院指出，有关法例已违反宪法第一修正案。",
     "2025-01-17|The court concluded that the act is content-neutral, so it does not breach the First "
     "Amendment.",
     "unconstitutional", "contradiction"},
    {"2025-01-17|该法律去年由拜登签署。法院指出，有关法例并无违反宪法第一修正案。",
     "2025-01-17|The court concluded that the act is content-neutral, so it does not breach the First "
     "Amendment.",
     "unconstitutional", "agreement"},
    /* 将 (future) tells what will happen as sure: against a source that
     * hedges it, an overstatement as 势必 is; 可能 agrees */
    {"2025-10-14|分析人士认为，两国互征的费用将推高跨太平洋航线的运价。",
     "2025-10-14|Analysts said the dueling fees could push up freight rates on transpacific routes.",
     "cost_increase", "contradiction"},
    {"2025-10-14|分析人士认为，两国互征的费用可能推高跨太平洋航线的运价。",
     "2025-10-14|Analysts said the dueling fees could push up freight rates on transpacific routes.",
     "cost_increase", "agreement"},
    /* goods are scope: a rate on cranes is checked against the cranes'
     * rate, not against the chips' rate of another sentence */
    {"2025-05-20|中国产岸桥起重机将被加征百分之五十的关税。",
     "2025-05-20|Tariffs on Chinese semiconductors will rise to 50% next year.\n\nShip-to-shore cranes made "
     "in "
     "China will face a 25% tariff.",
     "impose_tariff", "contradiction"},
    {"2025-05-20|中国产岸桥起重机将被加征百分之二十五的关税。",
     "2025-05-20|Tariffs on Chinese semiconductors will rise to 50% next year.\n\nShip-to-shore cranes made "
     "in "
     "China will face a 25% tariff.",
     "impose_tariff", "agreement"},
    /* another actor's act has its own date: the US fees taking effect on
     * the 14th are not the fees China said on the 10th it would levy */
    {"2025-10-20|美国对中国企业拥有或运营的船舶征收的港口费10月14日正式生效。",
     "2025-10-20|China said on Oct. 10 it would levy special port fees on vessels owned or operated by U.S. "
     "companies.",
     "take_effect", "unsupported"},
    /* a figure stated in a sentence that shares only a country with the
     * summary's is still accounted for: an agreement, not silence */
    {"2025-06-01|根据一项统计，该学年赴美就读的中国学生有27万7398人。",
     "2025-06-01|Last year there were 277,398 Chinese students at American universities.", "figure",
     "agreement"},
    /* a frame (宣布) whose content has a finding is no finding of its
     * own: supported, the sentence agrees; unsupported, the content is
     * the sentence's one unsupported finding. Dated, and met by the
     * source's dated statement ("said on Tuesday": dated_saying), the
     * frame's agreement is the sentence's one, which shows the date */
    {"2025-09-17|美国商务部周二宣布，将华为列入实体清单。",
     "2025-09-17|The Commerce Department said it had added Huawei to the Entity List.", "announce", "none"},
    {"2025-09-17|美国商务部周二宣布，将华为列入实体清单。",
     "2025-09-17|The Commerce Department said on Tuesday it had added Huawei to the Entity List.", "announce",
     "agreement"},
    {"2025-09-17|美国商务部周二宣布，将华为列入实体清单。",
     "2025-09-17|The Commerce Department said on Tuesday it had added Huawei to the Entity List.",
     "add_entity_list", "none"},
    {"2025-09-17|美国商务部周二宣布，将华为列入实体清单。",
     "2025-09-17|The Commerce Department said on Tuesday it would review chip exports to the Middle East.",
     "announce", "none"},
    {"2025-09-17|美国商务部周二宣布，将华为列入实体清单。",
     "2025-09-17|The Commerce Department said on Tuesday it would review chip exports to the Middle East.",
     "add_entity_list", "unsupported"},
    /* a claim no source claim pairs with (no source says "cut") whose
     * amounts the sources state in anchored sentences is supported: no
     * unsupported finding. Both amounts are the cut's (关税 ... 降至, the
     * longer key of the phrase, extract.c) */
    {"2025-05-14|根据声明，美方对中国商品加征的关税由145%降至30%。",
     "2025-05-14|The additional U.S. tariff on most Chinese goods fell from 145% to 30% under the joint "
     "statement.",
     "cut_tariff", "agreement"},
    {"2025-05-14|根据声明，美方对中国商品加征的关税由145%降至30%。",
     "2025-05-14|The additional U.S. tariff on most Chinese goods fell from 145% to 30% under the joint "
     "statement.",
     "impose_tariff", "!unsupported"},
    /* a year ahead is a target that anchors: "as early as 2028" told as
     * 将于2028年 is a certainty misstated; a year gone by anchors nothing
     * (2023 is every event of that year) */
    {"2025-12-10|该公司表示，其锑矿将于2028年投产。",
     "2025-12-09|The company said the antimony mine could begin production as early as 2028.",
     "start_production", "contradiction"},
    {"2025-12-10|该公司表示，其锑矿最早可能于2028年投产。",
     "2025-12-09|The company said the antimony mine could begin production as early as 2028.",
     "start_production", "agreement"},
    {"2025-12-10|该公司表示，其锑矿于2023年投产。",
     "2025-12-09|The company said the antimony mine could have begun production in 2023.", "start_production",
     "!contradiction"},
    /* a negated expectation is a hedged "no": "did not expect ... to have
     * a material impact" against 预计将…造成重大影响 is the polarity */
    {"2025-10-15|三星表示，预计新收费将对其业务造成重大影响。",
     "2025-10-14|Samsung said it did not expect the new fees to have a material impact on its business.",
     "impact", "contradiction"},
    {"2025-10-15|三星表示，预计新收费不会对其业务造成重大影响。",
     "2025-10-14|Samsung said it did not expect the new fees to have a material impact on its business.",
     "impact", "agreement"},
    /* a government and its country in one role: 敦促美方 is "urged the
     * United States"; the country is no anchor elsewhere, so China's
     * tariff on US goods still misstates nothing of a US tariff */
    {"2025-12-25|中方敦促美方尽快纠正错误做法，撤销相关措施。",
     "2025-12-25|The ministry urged the United States to promptly correct its erroneous actions.", "urge",
     "agreement"},
    {"2025-03-05|美方今年以芬太尼问题为由加征的关税累计达到20%。",
     "2025-03-05|Beijing answered with tariffs of 10% to 15% on U.S. farm goods.", "impose_tariff",
     "!contradiction"},
    /* a figure a ministry announced, stated by a source as its country's
     * act in no voice ("China added 11 entities"), clashes with no
     * speaker */
    {"2025-04-04|中国商务部宣布将11家美国公司列入“不可靠实体”名单,禁止这些公司在中国开展业务。",
     "2025-04-04|China also retaliated by adding 11 entities to the \"unreliable entity\" list.", "figure",
     "!contradiction"},
    /* scope: the EU and Germany are different entities */
    {"2025-08-01|欧盟对中国电动汽车加征35%的关税。",
     "2025-08-01|Germany imposed a 10% tariff on Chinese electric vehicles.", "impose_tariff", "unsupported"},
    /* the story's day anchors no sentence that names the day after it: a
     * date of the talks to come misstates no application's day (figures.c
     * anchor_agrees) */
    {"2025-09-13|"
     "商务部周六（13日）宣布，已于7月23日收到行业协会提交的申请，请求对原产于美国的模拟芯片进行反倾销调查。",
     "2025-09-13|China's commerce ministry on Saturday opened an anti-dumping probe into analog chips from "
     "the "
     "United States. Vice-Premier He Lifeng will hold talks with the United States from Sep 14 to Sep 17 in "
     "Madrid.",
     "figure", "!contradiction"},
    /* the Tariff Commission's announcements are the finance ministry's
     * to publish: "China's finance ministry said" tells the same voice */
    {"2025-04-04|国务院关税税则委员会宣布，自4月10日起对原产于美国的所有进口商品加征34%关税。",
     "2025-04-04|China's finance ministry said on Friday that the extra 34% tariff on all U.S. goods would "
     "start on April 10.",
     "impose_tariff", "!contradiction"},
    /* two commentators' forecasts meet on a name the summary's sentence
     * names and the source's takes from the sentence before (pair.c): told
     * as sure where the analysts hedge it, the summary overstates them */
    {"2025-01-15|分析人士认为，特朗普上任后，新政府必将扩大这份名单。",
     "2025-01-15|Much depends on Donald Trump. Analysts said the incoming administration could widen the "
     "list.",
     "forecast", "contradiction"},
    {"2025-01-15|分析人士认为，特朗普上任后，新政府或将扩大这份名单。",
     "2025-01-15|Much depends on Donald Trump. Analysts said the incoming administration could widen the "
     "list.",
     "forecast", "!contradiction"},
    /* a hedge right before 已经 keeps the forecast a supposition (extract.c
     * forecast_claim): "appear to be" is no harm told as done */
    {"2024-12-24|雷蒙多表示，这些做法似乎已经严重削弱了美国制造业的竞争力以及整个行业的供应链安全。",
     "2024-12-24|Raimondo said the practices appear to be hurting American industry and supply chains.",
     "forecast", "agreement"},
    {"2024-12-24|雷蒙多表示，这些做法已经严重削弱了美国制造业的竞争力以及整个行业的供应链安全。",
     "2024-12-24|Raimondo said the practices appear to be hurting American industry and supply chains.",
     "forecast", "contradiction"},
};

static int load(cd_doc **doc, cd_extraction **ex, const char *spec, const char *name) {
  char buf[1024];
  cd_error err;
  memset(&err, 0, sizeof err);
  if (spec[4] == '-' && spec[10] == '|')
    snprintf(buf, sizeof buf, "---\ndate: %.10s\n---\n%s\n", spec, spec + 11);
  else
    snprintf(buf, sizeof buf, "%s\n", spec);
  if (cd_doc_parse(doc, name, buf, strlen(buf), &err) < 0) return -1;
  return cd_extract_doc(ex, engine, *doc, NULL, &err);
}

/* A summary and one source, both given as load() takes them, aligned. */
typedef struct {
  cd_doc *docs[2];
  cd_extraction *exs[2];
  cd_report *r;
} two_docs;

static void align_two(two_docs *t, const char *summary, const char *source) {
  cd_error err;
  memset(t, 0, sizeof *t);
  memset(&err, 0, sizeof err);
  assert_int_equal(load(&t->docs[0], &t->exs[0], summary, "S"), 0);
  assert_int_equal(load(&t->docs[1], &t->exs[1], source, "D1"), 0);
  assert_int_equal(cd_align_claims(&t->r, engine, t->exs, 2, &err), 0);
}

static void free_two(two_docs *t) {
  cd_report_free(t->r);
  for (int d = 0; d < 2; d++) {
    cd_extraction_free(t->exs[d]);
    cd_doc_free(t->docs[d]);
  }
}

static void test_align_findings_table(void **state) {
  int failed = 0;
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    two_docs t;
    char got[512] = "";
    int ok = 0, held = 0, pred = cd_rules_find_predicate(engine->rs, rows[i].pred);
    assert_true(pred >= 0);
    align_two(&t, rows[i].summary, rows[i].source);
    /* the finding that holds the summary's claim of that predicate */
    for (size_t k = 0; k < t.r->nfindings; k++) {
      const cd_finding *f = &t.r->findings[k];
      size_t off = strlen(got);
      snprintf(got + off, sizeof got - off, "%s%s:%s", off ? " " : "",
               engine->rs->predicates[f->predicate].id, cd_finding_kind_name(f->kind));
      if (f->predicate == pred && f->claims[0].doc == 0 &&
          !strcmp(cd_finding_kind_name(f->kind), rows[i].kind))
        ok = 1;
      if (f->predicate == pred && f->claims[0].doc == 0) held = 1;
    }
    if (!strcmp(rows[i].kind, "none")) ok = !held; /* no finding holds the summary's claim */
    if (rows[i].kind[0] == '!') {                  /* no finding of that kind holds it */
      ok = 1;
      for (size_t k = 0; k < t.r->nfindings; k++)
        if (t.r->findings[k].predicate == pred && t.r->findings[k].claims[0].doc == 0 &&
            !strcmp(cd_finding_kind_name(t.r->findings[k].kind), rows[i].kind + 1))
          ok = 0;
    }
    if (!ok) {
      print_message("row %zu: %s / %s\n  want %s:%s, got %s\n", i, rows[i].summary, rows[i].source,
                    rows[i].pred, rows[i].kind, got);
      failed++;
    }
    free_two(&t);
  }
  assert_int_equal(failed, 0);
}

/* The first claim of predicate id in extraction ex, or NULL. */
static const cd_claim *claim_of_pred(const cd_extraction *ex, const char *id) {
  int p = cd_rules_find_predicate(engine->rs, id);
  for (size_t i = 0; i < ex->nclaims; i++)
    if ((int)ex->claims[i].predicate == p) return &ex->claims[i];
  return NULL;
}

/* Each of two summaries against one source: the pair of their claims of
 * predicate pred differs in certainty, and is a single edit or not as
 * single[i] says. */
static void certainty_single(const char *const summary[2], const char *source, const char *pred,
                             const int single[2]) {
  for (int i = 0; i < 2; i++) {
    two_docs t;
    cd_pair p;
    const cd_claim *a, *b;
    align_two(&t, summary[i], source);
    a = claim_of_pred(t.exs[0], pred);
    b = claim_of_pred(t.exs[1], pred);
    assert_non_null(a);
    assert_non_null(b);
    cd_pair_compare(engine->rs, a, b, &p);
    assert_int_equal(p.dim[CD_DIM_CERTAINTY], 0);
    assert_int_equal(p.single, single[i]);
    free_two(&t);
  }
}

/* Two commentators' forecasts of one claim, anchored on a name and apart
 * on certainty alone, are a single edit (pair.c: commentators): 分析人士认为
 * …将 where the lawyers said "could". One named speaker's and a
 * commentator's are not. */
static void test_pair_commentators_forecast(void **state) {
  static const char *const summary[] = {
      "2025-11-20|香港分析人士认为，美国商务部会对更多中国芯片企业实施出口管制。",
      "2025-11-20|美国商务部表示，会对更多中国芯片企业实施出口管制。"};
  static const int single[] = {1, 0};
  (void)state;
  certainty_single(
      summary,
      "2025-11-19|The Commerce Department could impose export controls on more Chinese chipmakers, "
      "trade lawyers said.",
      "ban", single);
}

/* One named speaker's statement that differs in certainty alone is a
 * single edit on one anchor (the speaker's own name): its words tell how
 * sure it is. Without the speaker on the summary's side it is not. */
static void test_pair_one_voice_certainty(void **state) {
  static const char *const summary[] = {"2021-10-27|中国电信表示，已就此向联邦法院提起上诉。",
                                        "2021-10-27|据悉，中国电信已就此向联邦法院提起上诉。"};
  static const int single[] = {1, 0};
  (void)state;
  certainty_single(summary,
                   "2021-10-26|A spokesperson for China Telecom said the company could take the matter to a "
                   "federal appeals court.",
                   "lawsuit", single);
}

/* A plan or a forecast told as done is a difference in certainty, and
 * overstated whatever each side's hedge (pair.c tenses_apart): 已推出规则
 * where the department "planned to issue rules"; a plan told as a plan
 * (计划推出) agrees; bare 已 against a hedge ("could") differs but is no
 * overstatement (a relative clause's 已 is too often background). */
static void test_pair_tenses_apart(void **state) {
  static const struct {
    const char *summary, *source, *pred;
    int certainty, overstated;
  } tenses[] = {
      {"2025-12-24|美国商务部9月曾表示，已推出规则限制中国无人机进口。",
       "2025-12-24|In September, the Commerce Department said it planned to issue rules restricting imports "
       "of Chinese drones.",
       "ban", 0, 1},
      {"2025-12-24|美国商务部9月曾表示，计划推出规则限制中国无人机进口。",
       "2025-12-24|In September, the Commerce Department said it planned to issue rules restricting imports "
       "of Chinese drones.",
       "ban", 1, 0},
      {"2025-12-24|大疆表示，已采取法律行动。", "2025-12-24|DJI said it would take legal action.", "lawsuit",
       0, 1},
      {"2025-12-24|大疆表示，已采取法律行动。", "2025-12-24|DJI said it could take legal action.", "lawsuit",
       0, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof tenses / sizeof tenses[0]; i++) {
    two_docs t;
    cd_pair p;
    const cd_claim *a, *b;
    align_two(&t, tenses[i].summary, tenses[i].source);
    a = claim_of_pred(t.exs[0], tenses[i].pred);
    b = claim_of_pred(t.exs[1], tenses[i].pred);
    assert_non_null(a);
    assert_non_null(b);
    cd_pair_compare(engine->rs, a, b, &p);
    if (p.dim[CD_DIM_CERTAINTY] != tenses[i].certainty || p.overstated != tenses[i].overstated)
      fail_msg("row %zu: certainty %d overstated %d", i, p.dim[CD_DIM_CERTAINTY], p.overstated);
    free_two(&t);
  }
}

/* Every name of a Chinese summary accounted for (names.h): each row a
 * summary, a source and the detail of the finding expected, "" for none. */
static const struct {
  const char *summary, *source, *detail;
} name_rows[] = {
    /* a company of the rules written in Latin letters is one name, told
     * once (names.c: its Latin run and its entity are one) */
    {"Skydio在声明中表示，该决定并不禁止其在美销售。",
     "DJI said in a statement that the decision does not bar its sales in Europe.",
     "name: Skydio (S) is in no source"},
    {"高通收购以色列企业Mobileye时未依法申报。",
     "Qualcomm did not notify its purchase of Israel's Autotalks.", "name: Mobileye (S) is in no source"},
    {"高通收购以色列企业Autotalks时未依法申报。",
     "Qualcomm did not notify its purchase of Israel's Autotalks.", ""},
    /* ... and a claim of the sentence already unsupported tells them: one
     * finding for the sentence, not two (align.c unsupported_of) */
    {"中美双方将于本周日在西班牙举行经贸会谈。",
     "The Commerce Department added 23 Chinese companies to the Entity List on Friday.",
     "name: 西班牙 (S) is in no source"},
    /* names in Latin letters and in Chinese of one sentence, one finding */
    {"公告显示，该公司还被标注Footnote 4，美方将限制其人工智慧芯片出口。",
     "The Commerce Department added 23 Chinese companies to the Entity List on Friday.",
     "names: Footnote, 人工智慧, 芯片 (S) are in no source"},
    /* the names of one sentence that no source gives are one finding */
    {"高通收购以色列企业Mobileye与Cruise时未依法申报。",
     "Qualcomm did not notify its purchase of Israel's Autotalks.",
     "names: Mobileye, Cruise (S) are in no source"},
    /* a country the summary adds is one no source names */
    {"高通收购以色列企业Autotalks时未依法申报。", "Qualcomm did not notify its purchase of Autotalks.",
     "name: 以色列 (S) is in no source"},
    /* a city of the sources names its country (groups count) */
    {"双方在瑞士日内瓦举行会谈。", "The two sides held talks in Geneva.", ""},
    /* a plural in the source spells the name */
    {"英伟达向中国出口约400个GPU。", "Nvidia shipped about 400 GPUs to China.", ""},
    /* an acronym of capitals is a term more often than a name */
    {"英伟达的GPU加速器市场份额很高。", "Nvidia dominates the market for AI accelerators.", ""},
    /* a Chinese name that holds another's (迈络思科技 holds 思科, Cisco) */
    {"英伟达收购迈络思科技的交易受到审查。", "Nvidia's purchase of Mellanox is under review.", ""},
    /* an English summary's words are no names to check */
    {"Qualcomm bought Mobileye.", "Qualcomm bought Autotalks.", ""},
    /* a company of the rules that no source names */
    {"台积电将在美国投资。", "Samsung will invest in the United States.", "name: 台积电 (S) is in no source"},
    /* a country no source names; the Gulf of Mexico is no Mexico */
    {"美国对墨西哥加征关税。", "The United States raised tariffs on Chinese goods.",
     "name: 墨西哥 (S) is in no source"},
    {"这批大豆将从美国墨西哥湾沿岸付运。", "The soybeans ship from U.S. Gulf Coast terminals.", ""},
    /* a government body is named in words no rule pairs: not checked */
    {"美方表示将继续谈判。", "Washington said talks would go on.", ""},
    /* a department is checked: one no source names is brought in */
    {"美国国务院宣布将与司法部合作撤销部分留学生的签证。",
     "The State Department announced it would work with the Department of Homeland Security to revoke visas.",
     "name: 司法部 (S) is in no source"},
    {"美国国防部宣布拨款5亿美元。", "Nvidia announced $500 million in funding.",
     "name: 美国国防部 (S) is in no source"},
    /* ... but where a source gives the act to a kin department, it is a
     * misattribution (a contradiction: kinagency in tests/findings.tsv),
     * not a name brought in */
    {"美国国防部宣布拨款5亿美元。", "The Commerce Department announced $500 million in funding.", ""},
    /* a short form reads its government from the document: 财政部长贝森特
     * is the US Treasury's, which the source names */
    {"美方牵头人为财政部长贝森特。", "Treasury Secretary Scott Bessent led the US side.", ""},
    {"美方牵头人为美国财政部长贝森特。", "Treasury Secretary Scott Bessent led the US side.", ""},
    /* a good no source names: the sources speak of cranes, not robots */
    {"美国对中国产工业机器人加征关税。", "The US raised tariffs on Chinese-made ship-to-shore cranes.",
     "name: 工业机器人 (S) is in no source"},
    /* the source names the good under another alias (STS cranes) */
    {"美国对中国产岸边集装箱起重机加征关税。", "The US raised tariffs on Chinese-made STS cranes.", ""},
    /* a technology no source names, and one a source names in English */
    {"新规限制对中国量子计算领域的投资。", "The rule limits investment in Chinese artificial intelligence.",
     "name: 量子计算 (S) is in no source"},
    {"新规限制对中国人工智能领域的投资。", "The rule limits investment in Chinese AI.", ""},
    /* a chipmaker is a company, not the chipmaking sector */
    {"荷兰半导体制造商安世暂停向中国出货。", "Dutch firm Nexperia halted shipments to China.", ""},
    /* a good is context: the summary's soybeans are no claim entity, and
     * a source's soybeans account for them */
    {"中国上周购入至少12船美国大豆。", "China bought at least 12 cargoes of U.S. soybeans last week.", ""},
    {"中国上周购入至少12船美国玉米。", "China bought at least 12 cargoes of U.S. soybeans last week.",
     "name: 玉米 (S) is in no source"},
    /* digits listed with model codes are a model code: 310 is no 910D */
    {"指南点名了昇腾910B、910C和310三款芯片。",
     "The guidance named three chips: the Ascend 910B, 910C and 910D.", "name: 310 (S) is in no source"},
    {"指南点名了昇腾910B、910C和910D三款芯片。",
     "The guidance named three chips: the Ascend 910B, 910C and 910D.", ""},
    /* a US state is a place: one no source names is brought in, one a
     * source names in English is not (Taiwan's 德州 is Texas) */
    {"内华达州一家锑矿开发商表示，项目最早于2028年投产。",
     "An antimony developer in Idaho said its mine could start in 2028.",
     "name: 内华达州 (S) is in no source"},
    {"爱达荷州一家锑矿开发商表示，项目最早于2028年投产。",
     "An antimony developer in Idaho said its mine could start in 2028.", ""},
    {"兩人在德州被捕。", "The two men were arrested in Texas.", ""},
    /* a city is checked as a place: a source naming Japan has not named
     * Tokyo; a dateline's city right after its outlet is no fact */
    {"七国集团峰会在日本东京闭幕。", "The Group of Seven summit in Hiroshima, Japan, ended on Sunday.",
     "name: 东京 (S) is in no source"},
    {"七国集团峰会在日本广岛闭幕。", "The Group of Seven summit in Hiroshima, Japan, ended on Sunday.", ""},
    {"路透社／东京3日电，七国集团峰会在日本广岛闭幕。",
     "The Group of Seven summit in Hiroshima, Japan, ended on Sunday.", ""},
    /* AI chips name AI: a bracketed gloss (人工智慧（AI）晶片) leaves the
     * sector, which the source's "AI chips" names */
    {"路透社报道，英伟达第二强大的人工智慧（AI）晶片可能首度出口中国。",
     "Reuters reported that Nvidia's second-most powerful AI chips could be shipped to China.", ""},
    /* digits alone, not listed with a code, are a number */
    {"美国将关税提高至145%，涉及约300种商品。", "The US raised tariffs to 145% on about 300 products.", ""},
    /* a stock code is a number with its exchange, no name: the sources
     * name the company, not its ticker */
    {"中国母公司闻泰科技（600745-CN）股价下跌。", "Shares of Wingtech, the Chinese parent, fell.", ""},
    {"腾讯（0700.HK）股价上涨。", "Tencent shares rose.", ""},
    /* so is a ticker of letters with its exchange (应用材料（AMAT.US）) */
    {"应用材料（AMAT.US）股价下跌。", "Shares of Applied Materials fell.", ""},
    {"阿里巴巴（BABA.US）与腾讯（TCEHY.US）股价上涨。", "Alibaba and Tencent shares rose.", ""},
    /* a good as a modifier is the source's modifier: 汽车 in 汽车空调压缩机 is
     * "automotive" */
    {"豁免涵盖汽车空调压缩机。", "The exclusions cover automotive air conditioning compressors.", ""},
    /* an amount in a unit of measure is a figure, no name: 1,398GB and
     * 1.4TB where the source writes "1,398 GB" and "1.4 TB" */
    {"RTX Pro 6000D的频宽为每秒1,398GB，略低于每秒1.4TB的上限。",
     "The RTX Pro 6000D has a memory bandwidth of 1,398 GB a second, just under the cap of 1.4 TB a second.",
     ""},
    /* a code with a word after its exchange is still a name */
    {"母公司推出了X200-Pro芯片。", "The parent launched a new chip.", "name: X200-Pro (S) is in no source"},
    /* a sentence no rule reads still has its names checked: a speaker
     * the sources never quote, a name the sources do give */
    {"美国贸易代表格里尔表示，如何应对紧急状态不应由法官决定。",
     "A White House spokesman said judges should not decide how to answer an emergency.",
     "names: 美国贸易代表, 格里尔 (S) are in no source"},
    {"美国贸易代表格里尔表示，如何应对紧急状态不应由法官决定。",
     "Trade Representative Jamieson Greer said judges should not decide how to answer an emergency.", ""},
};

static void test_align_names(void **state) {
  int failed = 0;
  (void)state;
  for (size_t i = 0; i < sizeof name_rows / sizeof *name_rows; i++) {
    two_docs t;
    const char *got = "";
    align_two(&t, name_rows[i].summary, name_rows[i].source);
    size_t unsupported = 0;
    for (size_t k = 0; k < t.r->nfindings; k++) {
      if (strstr(t.r->findings[k].detail, "name: ") || strstr(t.r->findings[k].detail, "names: "))
        got = t.r->findings[k].detail;
      unsupported += t.r->findings[k].kind == CD_FIND_UNSUPPORTED;
    }
    /* every row's summary is one sentence: its names make one finding */
    if (strcmp(got, name_rows[i].detail) || (*got && unsupported != 1)) {
      print_message("name row %zu: want '%s' once, got '%s' (%zu unsupported)\n", i, name_rows[i].detail, got,
                    unsupported);
      failed++;
    }
    free_two(&t);
  }
  assert_int_equal(failed, 0);
}

/* Cost is linear in the documents: the same source K times. The work
 * counter (pairs of statements scored or compared) for 4K sources must be
 * about 4 times that for K (K = 32: past the 8 statements a cluster is
 * probed with); comparing all pairs of sources, or scoring a claim against
 * every statement of a cluster, would make it ~16 times. */
static size_t work_for(const cd_doc *summary, const cd_doc *source, size_t k) {
  cd_extraction **exs = calloc(k + 1, sizeof *exs);
  cd_report *r = NULL;
  cd_error err;
  size_t work;
  memset(&err, 0, sizeof err);
  assert_non_null(exs);
  assert_int_equal(cd_extract_doc(&exs[0], engine, summary, NULL, &err), 0);
  for (size_t i = 1; i <= k; i++) assert_int_equal(cd_extract_doc(&exs[i], engine, source, NULL, &err), 0);
  assert_int_equal(cd_align_claims(&r, engine, exs, k + 1, &err), 0);
  work = r->work;
  cd_report_free(r);
  for (size_t i = 0; i <= k; i++) cd_extraction_free(exs[i]);
  free(exs);
  return work;
}

static void test_align_cost_linear_in_documents(void **state) {
  cd_doc *summary = NULL, *source = NULL;
  cd_error err;
  size_t w8, w32;
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_doc_load(&summary, "data/h20/summary.zh.txt", 1 << 20, &err), 0);
  assert_int_equal(cd_doc_load(&source, "data/h20/001-qatar-tribune.en.txt", 1 << 20, &err), 0);
  w8 = work_for(summary, source, 32);
  w32 = work_for(summary, source, 128);
  print_message("work: %zu for 32 sources, %zu for 128\n", w8, w32);
  assert_true(w8 > 0);
  assert_true(w32 <= 5 * w8);
  cd_doc_free(summary);
  cd_doc_free(source);
}

/* Omissions from a source sentence the summary states: each row a
 * summary, a source, a source predicate and whether an omission of it is
 * expected. A sentence whose claim pairs with the summary's alike (values
 * and dates on the same sides) is stated, and its side remarks are read
 * with it; a pair that holds the summary's value on one side only is no
 * such statement. */
static const struct {
  const char *summary, *source, *pred;
  int omitted;
} stated_rows[] = {
    {"2025-05-15|中国商务部表示，坚决反对美方上调关税。",
     "2025-05-15|In Beijing, the commerce ministry said it strongly opposed the tariff increases and "
     "would take unspecified steps to defend its interests.",
     "defend", 0},
    /* a claim that names nobody (its names are the topic of the sentence
     * before) and carries no value is no omission (has_substance) */
    {"2025-08-05|中国周一对英伟达实施新的限制。",
     "2025-08-05|China imposed new curbs on Nvidia on Monday. Analysts warned that tariffs could climb "
     "again.",
     "warn", 0},
    /* a claim whose names are its topic's fits one that names only a
     * country (pair.c weak_fit): the exemption is told */
    {"2025-01-03|美国财政部的新规于1月2日生效。投资上市公司股票不在规范之列。",
     "2025-01-03|Treasury's rule took effect on Jan. 2. Public stocks are out of scope for Chinese "
     "companies.",
     "cover", 0},
    /* a claim with no amount pairs with the source's plain statement; it
     * does not account for another claim of the source that has one (the
     * farm tariffs that stay): that one is an omission (align.c poll) */
    {"2025-05-14|中方对美国商品加征关税。",
     "2025-05-14|China imposed tariffs on U.S. goods. Beijing's 15% tariffs on American farm goods "
     "stay in force.",
     "impose_tariff", 1},
    {"2025-05-15|美国大豆输华目前仍须缴纳13%关税。",
     "2025-05-15|Private crushers in China have not resumed buying U.S. cargoes because Beijing kept "
     "some of its retaliatory tariffs.",
     "buy", 1},
    /* a figure the summary states for other goods is still left out:
     * the semiconductors' 50% tells no syringes' 50% (align.c
     * states_value_of_goods) */
    {"2025-05-15|半导体关税将提高至百分之五十。", "2025-05-15|Syringes and needles face a 50% rate.",
     "figure", 1},
    /* a week or a year the summary also names tells no price of that week
     * (align.c figure_left_out); a day it names tells the sentence's
     * event (the fee rise planned for June 1) */
    {"2024-12-06|中国商务部本周宣布禁止向美国出口镓。",
     "2024-12-06|Gallium traded at about 2,300 yuan per kilogram in Rotterdam this week.", "figure", 1},
    {"2025-05-15|今年半导体关税将提高。", "2025-05-15|Rubber medical gloves face a 25% rate this year.",
     "figure", 1},
    /* a bound is told by its limit, not by a figure inside it: the
     * fine of 50万美元 tells nothing of grants "of $3 million or less"
     * (align.c tells) */
    {"2025-03-02|违规企业最高可被罚款50万美元。",
     "2025-03-02|Research grants of $3 million or less need no licence.", "figure", 1},
    {"2025-03-02|金额不超过300万美元的研究经费无需许可。",
     "2025-03-02|Research grants of $3 million or less need no licence.", "figure", 0},
    /* a direct quotation of a voice the rules do not name is its own
     * words, no fact left out (extract.h quoted); a named speaker's
     * quotation is */
    {"2025-06-10|英特尔本周公布季度财报。",
     "2025-06-10|\"Buyers in Shenzhen will not pay a 20% tariff for American boards,\" said Ana Ruiz, a "
     "freight broker.",
     "impose_tariff", 0},
    {"2025-06-10|英特尔本周公布季度财报。",
     "2025-06-10|\"We will put a 20% tariff on American boards,\" said China's commerce ministry.",
     "impose_tariff", 1},
    /* a share's move is none of a summary sentence's figures that tells
     * no move, whatever values they share (align.c told_by_values) */
    {"2025-02-10|美方加征的10%关税于2月4日生效，使累计税率达到20%。",
     "2025-02-10|A Shenzhen drone maker jumped by its 20% daily limit on Feb. 4.", "stock_move", 1},
    {"2025-05-15|原定7月1日的上调已经取消。",
     "2025-05-15|A planned rise of the levy to $80 on July 1 has been scrapped.", "figure", 0},
    /* background in a non-restrictive relative clause, with no value, is
     * no fact left out (extract.h aside); with a date it is */
    {"2025-06-10|英特尔本周公布季度财报。",
     "2025-06-10|Officials pointed to the chip, whose sales Seoul has restricted.", "ban", 0},
    {"2025-06-10|英特尔本周公布季度财报。", "2025-06-10|Regulators named suppliers that buy Samsung chips.",
     "buy", 0},
    /* ... but "said that" opens what was said, no relative clause */
    {"2025-06-10|英特尔本周公布季度财报。",
     "2025-06-10|Nvidia said that exports of its chips to China had stopped.", "export", 1},
    {"2025-06-10|英特尔本周公布季度财报。",
     "2025-06-10|Officials pointed to the new rule, which was due to take effect on June 12.", "take_effect",
     1},
};

static void test_align_stated_sentences(void **state) {
  int failed = 0;
  (void)state;
  for (size_t i = 0; i < sizeof stated_rows / sizeof *stated_rows; i++) {
    two_docs t;
    int omitted = 0, pred = cd_rules_find_predicate(engine->rs, stated_rows[i].pred);
    assert_true(pred >= 0);
    align_two(&t, stated_rows[i].summary, stated_rows[i].source);
    for (size_t k = 0; k < t.r->nfindings; k++)
      omitted |= t.r->findings[k].kind == CD_FIND_OMISSION && t.r->findings[k].predicate == pred;
    if (omitted != stated_rows[i].omitted) {
      print_message("row %zu: %s / %s\n  want %san omission of %s\n", i, stated_rows[i].summary,
                    stated_rows[i].source, stated_rows[i].omitted ? "" : "no ", stated_rows[i].pred);
      failed++;
    }
    free_two(&t);
  }
  assert_int_equal(failed, 0);
}

/* An agreement whose sentences agreements before it all quote is
 * dropped (align.c fold_repeats): 坚决反对美方加征关税 names the tariffs
 * the sentence before tells, beside the same source sentence. */
static void test_align_one_agreement_a_sentence(void **state) {
  two_docs t;
  size_t agreements = 0;
  (void)state;
  align_two(&t, "2024-05-20|美国周二宣布对中国电动汽车加征100%关税。中国商务部表示坚决反对美方加征关税。",
            "2024-05-20|The United States on Tuesday imposed a 100% tariff on Chinese electric vehicles. "
            "China's commerce ministry said it firmly opposed the tariffs.");
  for (size_t k = 0; k < t.r->nfindings; k++) agreements += t.r->findings[k].kind == CD_FIND_AGREEMENT;
  assert_int_equal(agreements, 2);
  assert_int_equal(t.r->counts[CD_FIND_AGREEMENT], 2);
  free_two(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_align_findings_table),
      cmocka_unit_test(test_pair_commentators_forecast),
      cmocka_unit_test(test_pair_one_voice_certainty),
      cmocka_unit_test(test_pair_tenses_apart),
      cmocka_unit_test(test_align_stated_sentences),
      cmocka_unit_test(test_align_names),
      cmocka_unit_test(test_align_cost_linear_in_documents),
      cmocka_unit_test(test_align_one_agreement_a_sentence),
  };
  return cmocka_run_group_tests_name("align", tests, engine_setup, engine_teardown);
}
