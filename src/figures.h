/* figures.h: every figure of the summary accounted for.
 *
 * An editor checks each amount a summary states, whether or not a trigger
 * took it (DESIGN-NOTES: "every value in the summary is accounted for").
 * Predicate pairing (pair.h) compares the values of claims of one
 * predicate; this room compares a summary claim's amounts with every
 * value the sources state, in any claim, figures claims included (the
 * amounts no trigger took, extract.h). A summary amount is
 *
 *   - supported: a source sentence that shares FIGURE_SUPPORT anchors
 *     with the summary's sentence states a compatible value (a bound only
 *     its own number: "at least 12" does not state 21);
 *   - faint: only a sentence that shares less, but something (a name or
 *     a predicate), states it: accounted for, an agreement citing that
 *     sentence when each of the claim's amounts is supported or faint
 *     (an amount no sentence anchored at all states is left quiet);
 *   - contradicted: no source states it (or one states it only loosely,
 *     the value alone shared: another fact's figure), and the source sentence that
 *     aligns best with the summary's holds one value v may misstate that
 *     the summary's sentence leaves unaccounted (of v's kind and
 *     different: another amount, another currency, or v's own number in
 *     another unit, a "twin"; of several, the one of v's unit or the one
 *     told beside a value both sentences state; never the level a
 *     change starts from, "from 115% to 10%", unless v starts one too:
 *     a suspended 24% is no misstated start), sharing FIGURE_TIGHT
 *     anchors with it, one of them more than a name, or FIGURE_TWIN when
 *     it is a twin;
 *   - unsupported: no source states it and no such sentence decides.
 * A summary date (month precision or finer) is checked the same way but
 * only ever contradicted: a date beside amounts is no figure to support.
 * And only by a date of the same event: one held by a claim of the
 * summary claim's predicate or by a figures claim (an event the rules do
 * not know), or in a sentence that states an amount of the summary's
 * sentence too or shares three strong names with it (the talks of the
 * 30th misdate no ban of the 4th).
 * A claim's own year (2025, not a month of it) is contradicted when the
 * sentence that supports its amounts best (FIGURE_SUPPORT) holds years,
 * none of them its own: 要到2025年才提高至25% against "rise to 25% in
 * 2026" (the amounts of a sentence are of its year).
 * A figures claim of dates alone (明年初增购, 最早可能于2028年投产) is
 * judged on its dates as on amounts, any precision: supported, faint or
 * unsupported. A date
 * is also contradicted when the sentence holding its twin (the same day
 * of another month, another day of its month) outranks every sentence
 * that states it: a date is one event's, and a weaker sentence of the day
 * after tells of another. An
 * amount is contradicted too, though stated, when the sentence holding
 * its single counterpart outranks every sentence that states it by
 * FIGURE_OUTRANK anchors, two of them content (267项许可豁免延长 against
 * "extended 312 exemptions", 267 being a part of them told later). A
 * supported amount still contradicts on certainty when every anchored
 * claim that states it is hedged where the summary's is not, or the
 * other way round, and one of them is anchored FIGURE_TIGHT or states,
 * in its own sentence, another value of the summary's sentence too (640
 * yuan and April 17 together; a figures claim is hedged when a hedge
 * cue's scope covers its first amount).
 *
 * Stated figures of another department's act contradict on the agency:
 * when the source sentence that supports the summary's best (anchored
 * FIGURE_TIGHT) names agencies, or else the sentence before it does, none
 * of them the summary sentence's (groups count: BIS is the Commerce
 * Department's), and one of each are departments of one government
 * (USTR's fee plan told as the Commerce Department's).
 *
 * Stated figures of another speaker contradict on the speaker: when the
 * summary gives them to a named speaker (据美国商务部估算), none of the
 * sentences cited as stating them names that speaker (nor the sentence
 * before one that opens with a pronoun), and no other source sentence
 * that states one of them does either ("Vance said ... about $14
 * billion" voices what another source states without him). Not when
 * the speaker tells of its own act (its agent: 特朗普政府宣布：对…加征
 * 20%的关税): a source that states the act names no other voice.
 *
 * Anchors between two sentences: each strong name both give (groups
 * count) 2, a country or region 1 (at most 1 in all), a predicate both
 * state 1 (at most 1), a good or sector both name (cranes, soybeans) 2,
 * a Latin name of the summary's sentence that no entity took and the
 * source's spells (names.h: Kelvar Data, an analyst's firm) 2 (at most
 * 2 in all: "Jupiter Systems" is one name, not two);
 * and, more than names, each other value or date (month precision or
 * finer) of the summary's sentence that the source sentence or the one
 * before it states 2 (a count only from 10 up), a single counterpart of
 * v's unit word, or a twin, 1, and a shared good 1 more when the
 * counterpart is a rate as v is or of v's unit word.
 *
 * Scope: goods are part of a figure's key. A source sentence that names
 * goods, none of them the summary sentence's, neither states nor
 * misstates its figures (a rate on cranes is no rate on chips); nor does
 * one that tells a `scope: true` predicate (a share price's move) the
 * summary sentence does not. Nor does a rate a source gives a country
 * the summary's sentence does not name ("25% on Canada" against a
 * sentence of China's rates). A share with a measure (a fall, a yield) is
 * misstated only by a share of its own measure. Nor is a
 * value another actor's counterpart: when the summary claim's agent and
 * the claim holding the value are states or their bodies, and of two
 * governments (the US fees in force on the 14th, China's announced on
 * the 10th); such a claim states nothing of it either (China's 34% on US
 * goods is no US 34%), but a country and a government the rules do not
 * tie to a state (the U.S. and 美方) may be one actor.
 *
 * Cost: the index, O(claims + bytes of the summary), holds where each
 * sentence's claims and values start, the values themselves and the
 * summary's Latin names, read once. A check is O(claims of the sources),
 * and O(bytes of the sources) for each Latin name of its sentence, for
 * each amount of the summary claim: linear in the sources. Nothing is allocated by a check; the index is the caller's to
 * free with cd_figures_free(). It borrows the ruleset and the
 * extractions, which must outlive it. */
#ifndef CD_FIGURES_H
#define CD_FIGURES_H

#include <stddef.h>

#include "align.h"
#include "extract.h"
#include "rules.h"

typedef struct cd_figures cd_figures;

/* What the sources make of one summary claim's amounts. */
typedef struct cd_figure_verdict {
  int kind;     /* a cd_finding_kind: AGREEMENT (every amount supported),
                       * CONTRADICTION, UNSUPPORTED; -1: nothing to say */
  cd_ref *with; /* the source claims: one a source for an agreement,
                       * the one that differs for a contradiction (caller's
                       * array of at least ndocs entries) */
  size_t nwith;
  char detail[256]; /* for a contradiction: "count: 7200000 tonne (S) vs 720000 tonne (D1)" */
  int rivals;       /* 1: a contradiction of two sources, with[0] and with[1] (rival estimates) */
  int certainty;    /* 1: a contradiction on certainty alone (the amounts are stated) */
} cd_figure_verdict;

/* cd_figures_index: where each sentence's claims start, for docs[0..ndocs).
 * Returns 0 or CD_ENOMEM. */
int cd_figures_index(cd_figures **out, const cd_ruleset *rs, cd_extraction *const *docs, size_t ndocs);

/* cd_figures_check: the verdict on summary claim `claim` (of docs[0]).
 * *work grows by the source sentences compared. */
void cd_figures_check(const cd_figures *fx, int claim, cd_figure_verdict *v, size_t *work);

void cd_figures_free(cd_figures *fx);

/* cd_figures_goods_fit: the goods and sectors sentence sx of x and
 * sentence sy of y name: 1 when they share one (groups count), 0 when
 * each names some and they share none (a rate on cranes is no rate on
 * chips), -1 when either names none. O(mentions of the two sentences). */
int cd_figures_goods_fit(const cd_ruleset *rs, const cd_extraction *x, int sx, const cd_extraction *y,
                         int sy);

/* cd_figures_scope_apart: 1 when claims [yfrom, yto) of y tell of a scope
 * claims [xfrom, xto) of x do not (a share price's move: a `scope: true`
 * predicate x has no claim of), so that no value of y is one of x's.
 * O((yto - yfrom) x (xto - xfrom)). */
int cd_figures_scope_apart(const cd_ruleset *rs, const cd_extraction *x, size_t xfrom, size_t xto,
                           const cd_extraction *y, size_t yfrom, size_t yto);

#endif
