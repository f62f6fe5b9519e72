/* pair.h: two claims of one predicate, side by side.
 *
 * What alignment asks of a pair (DESIGN-NOTES, "Alignment: pairs, scored,
 * tight before they contradict"):
 *   - are they statements of one claim at all (aligned), and how well
 *     (score, to pick a source's best candidate);
 *   - what they rest on: anchors, each a strong entity both name (groups
 *     count, so the Commerce Department meets the US government), the same
 *     named speaker, a value kind on which they agree (a count only from
 *     10 up), a date on which they agree at month precision or finer;
 *   - whether they are tight: two anchors, or the same names on both
 *     sides (speakers aside, countries counted, a topic inherited from
 *     the sentences before never); or "single": aligned, anchored, and
 *     differing on exactly one dimension (certainty only when they agree
 *     on a value or a date, or one is told as sure where the other
 *     hedges: 势必加剧 / "is likely to deepen", or both are commentators'
 *     forecasts: 分析人士认为，商务部将… / "could be imposed ..., lawyers
 *     said"; a date only at month precision), unless one has a named speaker and the other none
 *     but a body of its own that could be one (two statements), except
 *     where that body is the agency they differ on. Neither when a key
 *     role holds two actors the rules do not relate (SAMR, which told
 *     Qualcomm to file, against Qualcomm closing without filing: two
 *     events), unless the single difference is that actor (agency).
 *     Only a tight or single pair may contradict;
 *   - dimension by dimension, whether they agree (1), differ (0) or cannot
 *     be compared (-1): each value kind (the date in the CD_VALUE_DATE
 *     slot), polarity, certainty (hedged or not), speaker, and agency:
 *     the agencies the claims name (speakers aside, unless the speaker
 *     tells of its own act: its agent) differ when each names one of one
 *     government and neither names the other's ("USTR proposed" / "the
 *     Commerce Department proposed"; BIS meets the Commerce Department,
 *     its group; 美国财政部宣布，提供…悬赏 / "The State Department offered
 *     a reward"). Speakers are not compared when
 *     one claim's speaker tells of another actor's act and that actor
 *     speaks in the other claim (商务部表示，美方发布了… / "the Biden
 *     administration announced"); an agent of the speaker's own side
 *     (外交部表示，中方坚决反对) is no other actor.
 * A value kind agrees when any value of one matches any of the other (a
 * source sentence often carries several), and differs when some pair of
 * that kind is comparable and none matches.
 *
 * Keyed: the predicate declares key roles (`key:` in the rules: the bill
 * for introduce_bill) and both claims give each of them, the same (or
 * one a group of the other). A keyed pair is one event: aligned and
 * tight whatever else the claims name (a sponsor swap included), and its
 * agent, when no key role, is compared (CD_DIM_AGENT).
 *
 * Not aligned: a dispute (opposite polarity from different speakers:
 * "X says p, Y says not p"), a swap (each names a company, person or
 * product the other lacks), roles reversed (each one's agent the other's
 * patient: China's tariffs on the US are not US tariffs on China), or strong entities of their own on both sides
 * with none shared, none kin (CBP and the Commerce Department are both the
 * US government) and no same speaker; with no strong entity on either
 * side, an anchor or one set of countries holding the other (an EU tariff
 * and a German one stay apart).
 *
 * Cost: O(e^2) in the claims' entities (with groups, at most 64 each) plus
 * O(v^2) in their values (at most 8 each). Nothing is allocated. */
#ifndef CD_PAIR_H
#define CD_PAIR_H

#include <stddef.h>

#include "extract.h"
#include "rules.h"

enum {
  CD_DIM_POLARITY = CD_VALUE_NKINDS, /* value kinds come first, the date among them */
  CD_DIM_CERTAINTY,
  CD_DIM_SPEAKER,
  CD_DIM_AGENCY,
  CD_DIM_AGENT, /* keyed pairs only: the agent, when it is no key role (who introduced the bill) */
  CD_DIM_N
};

typedef struct cd_pair {
  int aligned;
  int score;          /* higher is better; meaningful when aligned */
  int anchors;        /* what the pair rests on (see above) */
  int content;        /* of them, the values and dates on which they agree */
  int lopsided;       /* one carries a kind of value (not a date) the other lacks */
  int only_a, only_b; /* strong entities (not speakers) one names and the other lacks */
  int weak_a, weak_b; /* the same for countries and regions */
  int named;          /* entities (not speakers) both name, weak ones included */
  int shared;         /* strong entities (not speakers) both name: what two sources' conflict
                       * needs (two claims that name only countries may be two events) */
  int kin;            /* strong entities of a the other lacks but shares a group with */
  int commentators;   /* both are told by commentators (分析人士认为 / "lawyers said") */
  int kin_voices;     /* the speakers are two departments of one government (MOFCOM, the CAC) */
  int tight;
  int single;                /* aligned, anchored, and differing on exactly one dimension */
  int keyed;                 /* the predicate's key roles agree (see above) */
  int barred;                /* a dispute, a swap or roles reversed: never one claim */
  int voiced;                /* a verb of saying (`speech:`) whose agent is one actor in both:
                              * one voice warning, what it tells may differ in certainty */
  int overstated;            /* one hedged, the other told as sure or done (cd_claim.certain):
                              * a difference in certainty even with nothing else shared */
  int bare;                  /* neither names anything strong of its own (countries, a topic
                              * taken from the sentences before and speakers aside) and neither
                              * carries a value: only what they say tells them apart */
  int held;                  /* two voices' forecasts held apart, no name tying them: what aligned,
                              * tight and single were (cd_pair_tie), else 0 */
  signed char dim[CD_DIM_N]; /* 1 agree, 0 differ, -1 not comparable */
} cd_pair;

#define CD_PAIR_EXPANDED_MAX 64

/* cd_pair_expand: c's entities with each one's groups, at most
 * CD_PAIR_EXPANDED_MAX, into out; returns how many. */
size_t cd_pair_expand(const cd_ruleset *rs, const cd_claim *c, int *out);

/* cd_pair_starts: is c's date when something starts ("from August 1",
 * 自10月1日起, or any date of a `starts: true` predicate)? A start and the
 * day of an act are never compared. */
int cd_pair_starts(const cd_ruleset *rs, const cd_claim *c);

/* cd_pair_moves_apart: 1 when a or b is a share's move (a `scope: true`
 * predicate) and the two are not both dated to one and the same day, or
 * are but one is read during the session and the other not (values.h
 * `intraday`: "down about 5% in early trading" against a close of 4.4%): a
 * price moves all day and on every exchange, so their amounts are two
 * readings, never a contradiction ("累计跌幅9.2%" over five days, 5.4% in
 * Hong Kong, 8% in New York; align.c, figures.c). */
int cd_pair_moves_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b);

/* cd_pair_currency_slip: a's amount of money whose number b holds in
 * another currency (40亿港元 for "$4 billion", 223.59港元 for "$223.59"),
 * or NULL. O(values of a x values of b). */
const cd_value *cd_pair_currency_slip(const cd_claim *a, const cd_claim *b);

/* cd_pair_part_of_whole: is v a percent read as a part of a whole
 * (measure `share`: 仅占总市值约25%, "accounted for 1.8% of turnover")?
 * Such a share is no reading of a price's move: cd_pair_moves_apart does
 * not excuse it. */
int cd_pair_part_of_whole(const cd_ruleset *rs, const cd_value *v);

/* cd_pair_own_act: does c's speaker tell of its own act (its agent, or
 * one related to it: 美国财政部宣布，提供…悬赏, 特朗普政府宣布：对…加征)? */
int cd_pair_own_act(const cd_ruleset *rs, const cd_claim *c);

/* cd_pair_compare: fills *p for claims a and b (of one predicate). */
void cd_pair_compare(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, cd_pair *p);

/* cd_pair_named_apart: 1 when the triggers of a and b name two entities,
 * neither within the other (extract.h `trigger_entity`: 15 entities
 * added to the export control list and 10 companies to the unreliable
 * entity list are two listings, never one event). */
int cd_pair_named_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b);

/* cd_pair_same_speaker: are named speakers a and b one: equal, one a
 * group of the other (Biden and the White House), or either a news outlet
 * ("according to Reuters" tells who reported, not who said it)? */
int cd_pair_same_speaker(const cd_ruleset *rs, int a, int b);

/* cd_pair_lift: aligns pair p, which names alone did not align, when the
 * two claims' sentences are already paired through another of their
 * claims ("fellows": 中美两国筹备新一轮经贸磋商之际，两国元首可能…在韩国会面
 * paired on the meeting with "the two countries prepare for a new round of
 * trade talks and a possible meeting ... in South Korea" pairs the talks
 * too): nothing bars it, the summary side a names nothing b lacks, and
 * they differ on nothing. The sentence is then its anchor. Returns
 * p->aligned. */
int cd_pair_lift(cd_pair *p);

/* cd_pair_voices: is b the statement a gives to another speaker: each
 * claim has a named speaker (no outlet, no country), the two are not one
 * actor, b's speaker is not a's nor is a's speaker b's agent, they share
 * predicate (no frame: what "announced" tells is its sentence's other
 * claims), polarity and certainty, and with each speaker set aside (its
 * groups and members too) a names nothing b lacks, b no company, person
 * or product a lacks but a's speaker (a source that names the one it
 * swaps: "Bessent, who
 * negotiated with Greer, said"), a states no value b lacks, and the two
 * differ on nothing ("格里尔表示，预计将有更多采购" against "Rollins said
 * more purchases were expected"; 美方…就取消限制措施通报中方 is no
 * statement of "Synopsys, Cadence and Siemens said the restrictions no
 * longer applied"). *score: the unvoiced pair's score. */
int cd_pair_voices(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, int *score);

/* cd_pair_states_values: does pair p (of a against another claim) agree
 * on every value a states, and on its date (1 on each such dimension, not
 * merely none differing)? */
int cd_pair_states_values(const cd_claim *a, const cd_pair *p);

/* cd_pair_tie: a pair held apart (held) as it was before: two forecasts
 * whose sentences tie them (align.c). */
void cd_pair_tie(cd_pair *p);

/* cd_pair_differs: the first dimension on which the pair differs, or -1. */
int cd_pair_differs(const cd_pair *p);

/* cd_pair_year_slip: are dates x and y one month (or one day) of two years
 * in a row, told at one precision (June 2024 against June 2025): a year
 * misstated, not two events? */
int cd_pair_year_slip(const cd_value *x, const cd_value *y);

/* cd_pair_near_days: 1 when x and y are each a day (resolved) and at most
 * six days apart: one event misdated, or a week's two events. */
int cd_pair_near_days(const cd_value *x, const cd_value *y);

/* cd_pair_days_told: the days v spans when it is a count of days from 2
 * to 31 ("two days of talks", 为期三天), else 0. */
int cd_pair_days_told(const cd_value *v);

/* cd_pair_one_event_days: are days x and y two days of one event that
 * lasts span days (the most a sentence of either tells, cd_pair_days_told):
 * "6月9日开始会谈" and "two days of talks that ended Tuesday" (the 10th)? */
int cd_pair_one_event_days(const cd_value *x, const cd_value *y, int span);

/* cd_pair_describe: "amount: 5500000000 USD (S) vs 550000000 USD (D4)" for
 * dimension dim of a (in document ida) and b (idb), into why[0, n). */
void cd_pair_describe(const cd_ruleset *rs, const cd_claim *a, const char *ida, const cd_claim *b,
                      const char *idb, int dim, char *why, size_t n);

/* cd_pair_change: is percent v a change (a rise, a fall: units.yaml's
 * measures `rise` and `fall`), no level? A change and a level are two
 * facts ("lowered by 115%" against 保留10%关税). O(strlen of two ids). */
int cd_pair_change(const cd_ruleset *rs, const cd_value *v);

/* cd_pair_other_actor: do agents a and b (entity indexes, -1 for none)
 * differ: each a state or a government's body, neither the other, a
 * group of it or of one government with it? The US fees that took effect
 * on Tuesday are not the fees China said on Friday it would levy: another
 * actor's act has its own date (USTR's review and Biden's announcement
 * are one government's). O(groups). */
int cd_pair_other_actor(const cd_ruleset *rs, int a, int b);

/* cd_pair_other_party: is claim y another actor's act than one by agent
 * (cd_pair_other_actor of agent and y's agent), of predicate pred (-1:
 * unknown)? Never when pred or y's predicate is an act of two parties
 * (`mutual:` agree_deal, trade_talks, meet): "China's securities
 * regulator has described Friday's audit agreement" tells the PCAOB's
 * agreement too. O(groups). */
int cd_pair_other_party(const cd_ruleset *rs, int pred, int agent, const cd_claim *y);

/* cd_pair_programmes_apart: do claims a and b each hold a programme (an
 * entity of type policy) in a role, two unrelated ones (the fentanyl
 * tariffs' 10% and the reciprocal tariffs' 24%)? O(groups). */
int cd_pair_programmes_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b);

/* cd_pair_programme_alone: does claim a hold a programme in a role that b
 * names nowhere, b holding none (the de minimis duty's 120% against "its
 * tariffs on Chinese goods to 30%": a rate of all goods is no rate of the
 * parcels)? O(b's entities). */
int cd_pair_programme_alone(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b);

/* cd_pair_count_of: how many values of kind c holds. O(values). */
size_t cd_pair_count_of(const cd_claim *c, int kind);

/* cd_pair_actor: who acts in claim c of the sentence whose claims are
 * [first, end): c's agent when that can act (an entity that speaks), else
 * the first agent of the sentence that can, else -1. A tariff read as an
 * agent (部分对等关税则暂缓…，就芬太尼问题加征的关税仍维持在20%) is a role
 * misread: the US acts, and China's 125% is another actor's rate.
 * O(claims of the sentence). */
int cd_pair_actor(const cd_ruleset *rs, const cd_claim *c, const cd_claim *first, const cd_claim *end);

#endif
