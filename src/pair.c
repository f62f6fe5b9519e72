/* pair.c: anchors, tightness and dimensions of two claims; see pair.h. */
#include "pair.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "values.h"

static int has(const int *v, size_t n, int x) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == x) return 1;
  return 0;
}

/* Are a's and b's dates both lent by a frame of one named speaker, and
 * both claims state an amount: the day one announcement was made? (One
 * speaker says many things on many days: without an amount, "Nexperia
 * confirmed on Wednesday" and "a Nexperia spokesperson said on Sunday"
 * are two statements.) */
static int one_announcement(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  return a->date_lent && b->date_lent && a->nvalues && b->nvalues && a->attribution >= 0 &&
         b->attribution >= 0 && !rs->entities[a->attribution].outlet && !rs->entities[a->attribution].weak &&
         cd_rules_related(rs, a->attribution, b->attribution);
}

size_t cd_pair_expand(const cd_ruleset *rs, const cd_claim *c, int *out) {
  size_t n = 0;
  for (size_t i = 0; i < c->nentities && n < CD_PAIR_EXPANDED_MAX; i++) {
    const cd_entity *e = &rs->entities[c->entities[i]];
    out[n++] = c->entities[i];
    for (size_t g = 0; g < e->ngroups && n < CD_PAIR_EXPANDED_MAX; g++) out[n++] = e->groups[g];
  }
  return n;
}

static int strong(const cd_entity *e) {
  return !e->weak && !e->outlet;
}

static int actor(const cd_entity *e) {
  return strong(e) && e->speaks;
}

/* Does the other claim (its expanded set ex) name x, one of x's members
 * or one of x's groups? */
static int meets(const cd_ruleset *rs, int x, const int *ex, size_t nex, const cd_claim *other) {
  const cd_entity *e = &rs->entities[x];
  if (has(ex, nex, x)) return 1;
  /* a government's country is no anchor: "the U.S." is in nearly every
   * sentence; it meets only in a role (weak_roles_met) */
  for (size_t g = 0; g < e->ngroups; g++)
    if (!cd_rules_country_of(rs, x, e->groups[g]) && has(other->entities, other->nentities, e->groups[g]))
      return 1;
  return 0;
}

/* Does x share a group with the other claim (its expanded set ex): CBP
 * and the Commerce Department are both the US government? Kin align; they
 * are no anchor. */
static int kin(const cd_ruleset *rs, int x, const int *ex, size_t nex) {
  const cd_entity *e = &rs->entities[x];
  for (size_t g = 0; g < e->ngroups; g++)
    if (has(ex, nex, e->groups[g])) return 1;
  return 0;
}

int cd_pair_same_speaker(const cd_ruleset *rs, int a, int b) {
  return rs->entities[a].outlet || rs->entities[b].outlet || cd_rules_related(rs, a, b);
}

/* Does c name a strong entity (its topic's aside)? */
static int names_strong(const cd_ruleset *rs, const cd_claim *c) {
  if (c->inherited) return 0;
  for (size_t i = 0; i < c->nentities; i++)
    if (strong(&rs->entities[c->entities[i]])) return 1;
  return 0;
}

/* Does b name every strong entity a names? */
static int strong_within(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  for (size_t i = 0; i < a->nentities; i++)
    if (strong(&rs->entities[a->entities[i]]) && !has(b->entities, b->nentities, a->entities[i])) return 0;
  return 1;
}

/* X says p, Y says not p: a dispute both report, not one claim. An unnamed
 * speaker is the other's when its claim names that speaker, or names no
 * one strong at all: the narrator telling a bare fact ("Chips made on more
 * advanced processes are not covered") relays the rule's maker, it is no
 * rival voice; so does a summary's narrator who names only what the
 * source's speaker does (已向CFIUS申报 against "the Treasury said MineOne
 * never notified CFIUS": a summary drops who said it, and its
 * flipped polarity is a contradiction, not another voice). Not the other
 * way round: a summary that names a speaker the source's narrator lacks
 * (刘鹤表示…不针对任何第三方) may well tell another voice. A commentator
 * is one ("an analyst said the reversal did not signal any easing"
 * against 商务部表示，美方已取消…限制). */
static int disputed(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  if (a->polarity == b->polarity || a->attribution == b->attribution) return 0;
  if (a->attribution < 0)
    return a->commentator || (names_strong(rs, a) && !has(a->entities, a->nentities, b->attribution) &&
                              !strong_within(rs, a, b));
  if (b->attribution < 0)
    return b->commentator || (names_strong(rs, b) && !has(b->entities, b->nentities, a->attribution));
  return 1;
}

/* The kinds of entity whose swap makes another claim: a company, a person,
 * a product (a list or a law a summary leaves unnamed does not). */
static const char *const named_kinds[] = {"company", "person", "product"};

static int named_kind(const cd_entity *e) {
  for (size_t k = 0; k < sizeof named_kinds / sizeof *named_kinds; k++)
    if (!strcmp(e->type, named_kinds[k])) return 1;
  return 0;
}

/* Does each claim name a company, person or product the other lacks (an
 * Alibaba where the other says Tencent)? Then they are two claims. */
static int swapped(const cd_ruleset *rs, const cd_claim *a, const int *ea, size_t na, const cd_claim *b,
                   const int *eb, size_t nb) {
  /* one person says both: the others named beside the speaker (who stood
   * with him, who spoke before) are no swap of who says it */
  int one_voice = a->attribution >= 0 && b->attribution >= 0 && !rs->entities[a->attribution].outlet &&
                  cd_rules_related(rs, a->attribution, b->attribution);
  for (size_t k = 0; k < sizeof named_kinds / sizeof *named_kinds; k++) {
    if (one_voice && !strcmp(named_kinds[k], "person")) continue;
    int only_a = 0, only_b = 0;
    for (size_t i = 0; i < a->nentities; i++)
      only_a |= !strcmp(rs->entities[a->entities[i]].type, named_kinds[k]) && !has(eb, nb, a->entities[i]);
    for (size_t i = 0; i < b->nentities; i++)
      only_b |= !strcmp(rs->entities[b->entities[i]].type, named_kinds[k]) && !has(ea, na, b->entities[i]);
    if (only_a && only_b) return 1;
  }
  return 0;
}

/* Does each claim's agent undergo the other's event: "China's tariffs on
 * the US" against "US tariffs on China"? Then they are two events, the
 * roles reversed. Only when both claims have both roles and the agents
 * differ. */
static int reversed(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  if (a->agent < 0 || a->patient < 0 || b->agent < 0 || b->patient < 0) return 0;
  return cd_rules_related(rs, a->agent, b->patient) && cd_rules_related(rs, a->patient, b->agent) &&
         !cd_rules_related(rs, a->agent, b->agent);
}

/* The roles on which a and b agree (agent with agent, patient with
 * patient) that name a country or region on one side at least (the other
 * may name its government: 敦促美方 / "urged the United States"): weak
 * names, no anchor by themselves, but one that acts in both claims
 * ("北京已确认" / "Beijing has not confirmed") is what the two claims are
 * about. */
static int weak_roles_met(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int n = 0;
  /* another actor (an EU tariff on Chinese cars is no German one) or
   * another target: no role is shared */
  if ((a->agent >= 0 && b->agent >= 0 && !cd_rules_related(rs, a->agent, b->agent)) ||
      (a->patient >= 0 && b->patient >= 0 && !cd_rules_related(rs, a->patient, b->patient)))
    return 0;
  /* a government on one side and its country on the other (敦促美方 /
   * "urged the United States") is such a role too */
  if (a->agent >= 0 && b->agent >= 0 && (rs->entities[a->agent].weak || rs->entities[b->agent].weak) &&
      cd_rules_related(rs, a->agent, b->agent))
    n++;
  if (a->patient >= 0 && b->patient >= 0 &&
      (rs->entities[a->patient].weak || rs->entities[b->patient].weak) &&
      cd_rules_related(rs, a->patient, b->patient))
    n++;
  return n;
}

/* Do a and b give each key role of their predicate, the same entity or
 * one a group of the other? (Never for a predicate without `key:`.) */
static int keyed(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  unsigned key;
  assert(a && b);
  key = rs->predicates[a->predicate].key;
  int ra[CD_ROLE_N] = {a->agent, a->patient, a->recipient},
      rb[CD_ROLE_N] = {b->agent, b->patient, b->recipient};
  if (!key || a->predicate != b->predicate) return 0;
  for (int r = 0; r < CD_ROLE_N; r++)
    if ((key & CD_ROLE_BIT(r)) && (ra[r] < 0 || rb[r] < 0 || !cd_rules_related(rs, ra[r], rb[r]))) return 0;
  return 1;
}

/* Does a key role of a's predicate hold, in a and in b, two actors
 * (strong entities that can speak: no product, law or country) the rules
 * do not relate (by group or membership)? A product read as an agent
 * (RTX Pro 6000D於5月推出) is a role misread, no other actor. */
static int roles_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  unsigned key = rs->predicates[a->predicate].key;
  int ra[CD_ROLE_N] = {a->agent, a->patient, a->recipient},
      rb[CD_ROLE_N] = {b->agent, b->patient, b->recipient};
  if (a->predicate != b->predicate) return 0;
  for (int r = 0; r < CD_ROLE_N; r++)
    if ((key & CD_ROLE_BIT(r)) && ra[r] >= 0 && rb[r] >= 0 && actor(&rs->entities[ra[r]]) &&
        actor(&rs->entities[rb[r]]) && !cd_rules_related(rs, ra[r], rb[r]))
      return 1;
  return 0;
}

/* Is one of v and w a bound and the other a number it admits but does
 * not state ("up to $10 million" and 500万美元: the bound admits it, says
 * nothing of it)? Then the pair neither matches nor differs. A bound
 * states its own number (5% near it) only, as in figures.c. */
static int loose_bound(const cd_value *v, const cd_value *w) {
  return (v->bound != 0) != (w->bound != 0) && !v->range && !w->range && v->kind != CD_VALUE_DATE &&
         fabs(w->num - v->num) > 0.05 * fabs(v->num);
}

/* One value kind: 1 when some pair matches, 0 when some pair is comparable
 * and none matches, -1 when none is comparable. */
static int values_of_kind(const cd_claim *a, const cd_claim *b, int kind) {
  int r = -1;
  for (size_t i = 0; i < a->nvalues; i++) {
    if ((int)a->values[i].kind != kind) continue;
    for (size_t j = 0; j < b->nvalues; j++) {
      int c = cd_value_compatible(&a->values[i], &b->values[j]);
      if (c == 1 && loose_bound(&a->values[i], &b->values[j])) c = -1;
      if (c == 1) return 1;
      if (c == 0) r = 0;
    }
  }
  return r;
}

/* Does some pair of values of a kind agree on a number specific enough to
 * tell events apart? Small counts are not: "two batches" and "two
 * Americans" share only the word two. */
static int specific(const cd_claim *a, const cd_claim *b, int kind) {
  if (kind != CD_VALUE_COUNT) return 1;
  for (size_t i = 0; i < a->nvalues; i++)
    for (size_t j = 0; j < b->nvalues; j++)
      if ((int)a->values[i].kind == kind && cd_value_compatible(&a->values[i], &b->values[j]) == 1 &&
          a->values[i].num >= 10)
        return 1;
  return 0;
}

const cd_value *cd_pair_currency_slip(const cd_claim *a, const cd_claim *b) {
  for (size_t i = 0; i < a->nvalues; i++)
    for (size_t j = 0; j < b->nvalues; j++) {
      const cd_value *v = &a->values[i], *w = &b->values[j];
      if (v->kind == CD_VALUE_MONEY && w->kind == CD_VALUE_MONEY && v->num == w->num &&
          strcmp(v->currency, w->currency))
        return v;
    }
  return NULL;
}

size_t cd_pair_count_of(const cd_claim *c, int kind) {
  size_t n = 0;
  for (size_t i = 0; i < c->nvalues; i++) n += (int)c->values[i].kind == kind;
  return n;
}

/* How many of c's counts carry no unit? */
static size_t unitless(const cd_claim *c) {
  size_t n = 0;
  for (size_t i = 0; i < c->nvalues; i++) n += c->values[i].kind == CD_VALUE_COUNT && !c->values[i].unit;
  return n;
}

static int has_kind(const cd_claim *c, int kind) {
  return cd_pair_count_of(c, kind) > 0;
}

#define NEAR_DAYS 6
int cd_pair_near_days(const cd_value *x, const cd_value *y) {
  return x->precision == CD_DATE_DAY && y->precision == CD_DATE_DAY && !x->unresolved && !y->unresolved &&
         x->lo - y->lo <= NEAR_DAYS && y->lo - x->lo <= NEAR_DAYS;
}

int cd_pair_days_told(const cd_value *v) {
  return v->kind == CD_VALUE_COUNT && v->minutes == 24 * 60 && !v->range && v->num >= 2 && v->num <= 31
             ? (int)v->num
             : 0;
}

int cd_pair_one_event_days(const cd_value *x, const cd_value *y, int span) {
  return cd_pair_near_days(x, y) && (x->lo > y->lo ? x->lo - y->lo : y->lo - x->lo) < span;
}

int cd_pair_starts(const cd_ruleset *rs, const cd_claim *c) {
  return cd_claim_date(c)->start || rs->predicates[c->predicate].starts;
}

/* Do the claims agree on an amount (a value kind, the date aside)? */
static int shares_amount(const cd_pair *p) {
  for (int k = 1; k < CD_VALUE_NKINDS; k++)
    if (k != CD_VALUE_DATE && p->dim[k] == 1) return 1;
  return 0;
}

static void compare_values(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, cd_pair *p) {
  const cd_value *slip;
  for (int k = 1; k < CD_VALUE_NKINDS; k++) {
    p->dim[k] = (signed char)(k == CD_VALUE_DATE ? -1 : values_of_kind(a, b, k));
    /* a count without a unit, with several on one side ("two batches of
     * about 400 GPUs"), tells nothing of which counts what */
    if (k == CD_VALUE_COUNT && p->dim[k] == 0 && (unitless(a) > 1 || unitless(b) > 1)) p->dim[k] = -1;
    p->lopsided |= k != CD_VALUE_DATE && has_kind(a, k) != has_kind(b, k);
  }
  if (cd_claim_date(a)->kind == CD_VALUE_DATE && cd_claim_date(b)->kind == CD_VALUE_DATE)
    p->dim[CD_VALUE_DATE] = (signed char)cd_value_compatible(cd_claim_date(a), cd_claim_date(b));
  /* a year guessed tells nothing against a year stated (7月1日 after a
   * paragraph on last year, against "on Saturday", July 1 of that year) */
  if (p->dim[CD_VALUE_DATE] == 0 && (cd_claim_date(a)->guessed || cd_claim_date(b)->guessed) &&
      cd_pair_year_slip(cd_claim_date(a), cd_claim_date(b)))
    p->dim[CD_VALUE_DATE] = -1;
  /* an effective date ("from August 1"), a deadline ("by May 14") and
   * the day of the act differ by nature: not comparable */
  if (p->dim[CD_VALUE_DATE] == 0 && (cd_pair_starts(rs, a) != cd_pair_starts(rs, b) ||
                                     cd_claim_date(a)->deadline != cd_claim_date(b)->deadline))
    p->dim[CD_VALUE_DATE] = -1;
  /* a date lent by an announcing frame dates the announcement: it may
   * agree, but neither anchors a pair nor tells it apart; unless both are
   * lent by one speaker's frames: one announcement, dated twice (特朗普5日
   * 表示 / "Trump said on Wednesday that") */
  if ((a->date_lent || b->date_lent) && p->dim[CD_VALUE_DATE] == 0 && !one_announcement(rs, a, b))
    p->dim[CD_VALUE_DATE] = -1;
  /* two events the rules do not know (figures claims) are one only by an
   * amount both state: without one, their dates are two events' (an
   * interview on Saturday, an inauguration "on Monday") */
  if (p->dim[CD_VALUE_DATE] == 0 && rs->predicates[a->predicate].figures && !shares_amount(p))
    p->dim[CD_VALUE_DATE] = -1;
  /* two days of one week, told apart: a misdated event (上周三 for
   * Tuesday), which anchors as a date does, yet differs */
  if (p->dim[CD_VALUE_DATE] == 0 && cd_pair_near_days(cd_claim_date(a), cd_claim_date(b))) p->anchors++;
  for (int k = 1; k < CD_VALUE_NKINDS; k++) {
    if (p->dim[k] != 1) continue;
    if (k == CD_VALUE_DATE && (a->date_lent || b->date_lent)) continue;
    /* a date anchors only at month precision or finer: "2025" is every
     * event of the year; a year ahead is a target ("as early as 2028") */
    if (k == CD_VALUE_DATE &&
        (cd_claim_date(a)->precision < CD_DATE_MONTH || cd_claim_date(b)->precision < CD_DATE_MONTH) &&
        !(a->date_ahead && b->date_ahead))
      continue;
    if (!specific(a, b, k)) continue;
    p->anchors++;
    p->content++;
  }
  /* one distinctive amount in two currencies (223.59港元 for "$223.59",
   * 110億新台幣 for "$11 billion") anchors as a shared amount does: the
   * number is the fact's, the currency misstated */
  if (p->dim[CD_VALUE_MONEY] == 0 && (slip = cd_pair_currency_slip(a, b)) && cd_value_distinctive(slip))
    p->anchors++;
}

/* Strong entities: those both name go to *shared (anchors), the others
 * count against tightness; a claim's own speaker is compared apart
 * (CD_DIM_SPEAKER). */
static void compare_entities(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, const int *ea,
                             size_t na, const int *eb, size_t nb, cd_pair *p, int *shared) {
  for (size_t i = 0; i < a->nentities; i++) {
    int x = a->entities[i], met = meets(rs, x, eb, nb, b);
    if (x == a->attribution || rs->entities[x].outlet) continue;
    p->named += met && !a->inherited && !b->inherited;
    if (rs->entities[x].weak)
      p->weak_a += !met;
    else if (met)
      (*shared)++;
    else
      p->only_a += !a->inherited;
    if (!met && !rs->entities[x].weak && kin(rs, x, eb, nb)) p->kin++;
  }
  for (size_t i = 0; i < b->nentities; i++) {
    int x = b->entities[i], met = meets(rs, x, ea, na, a);
    if (x == b->attribution || rs->entities[x].outlet) continue;
    /* the speaker of one named in the other ("Trelline said its costs" /
     * "Trelline's costs") */
    if (x == a->attribution && !rs->entities[x].weak) (*shared)++;
    if (rs->entities[x].weak)
      p->weak_b += !met;
    else if (!met)
      p->only_b += !b->inherited;
  }
  /* a topic taken from the sentences before is one anchor, however many
   * names it holds, and the names it lacks count against nothing */
  if ((a->inherited || b->inherited) && *shared > 1) *shared = 1;
}

/* With no strong entity on either side: does one set of countries and
 * regions (with groups) hold the other? */
static int weak_fit(const cd_claim *a, const int *ea, size_t na, const cd_claim *b, const int *eb,
                    size_t nb) {
  /* a topic taken from the sentences before names nothing of the claim's
   * own: it fits any set */
  int a_in_b = 1, b_in_a = 1;
  if (a->inherited || b->inherited) return 1;
  for (size_t i = 0; i < a->nentities; i++) a_in_b &= has(eb, nb, a->entities[i]);
  for (size_t i = 0; i < b->nentities; i++) b_in_a &= has(ea, na, b->entities[i]);
  return a_in_b || b_in_a;
}

/* Does c name a strong entity of its own (not its topic's, not its
 * speaker)? */
static int any_strong(const cd_ruleset *rs, const cd_claim *c) {
  if (c->inherited) return 0;
  for (size_t i = 0; i < c->nentities; i++)
    if (c->entities[i] != c->attribution && strong(&rs->entities[c->entities[i]])) return 1;
  return 0;
}

/* Are a and b one actor: the same, one a group of the other, or of one
 * group? */
static int one_actor(const cd_ruleset *rs, int a, int b) {
  return cd_rules_related(rs, a, b) || cd_rules_kin(rs, a, b);
}

/* Is c's agent a state or a state's body (a country, an agency) whose
 * country the other claim o leaves unnamed, while o names another state
 * or another state's body? "马来西亚已叫停…项目" tells of Malaysia's act;
 * a sentence naming only Washington's curbs and China tells of another
 * one. An agent that is the claim's speaker or of its side (美国农业部长
 * 表示: the secretary speaks, who buys is not said) decides nothing.
 * O(entities of o x groups). */
static int other_state(const cd_ruleset *rs, const cd_claim *c, const cd_claim *o) {
  int mine, other = 0;
  if (c->agent < 0 || !(rs->entities[c->agent].weak || rs->entities[c->agent].agency) ||
      (c->attribution >= 0 && one_actor(rs, c->agent, c->attribution)) ||
      (mine = cd_rules_country(rs, c->agent)) < 0)
    return 0;
  for (size_t i = 0; i < o->nentities; i++) {
    const cd_entity *e = &rs->entities[o->entities[i]];
    int x = o->entities[i], theirs = cd_rules_country(rs, x);
    if (theirs == mine) return 0;
    /* a state o acts on (its patient: "tariffs on U.S. coal") acts not */
    other |= theirs >= 0 && (e->weak || e->agency) && x != o->patient && x != o->recipient;
  }
  return other;
}

/* Is speaker e the one c tells of doing it: c's agent, another actor than
 * c's own speaker (groups and kin count: the US government and the Biden
 * administration)? Not when the agent is the speaker's own side, its group
 * or a member (外交部表示，中方坚决反对: the ministry speaks for China); a
 * sibling body is another actor (美国商务部在声明中称…白宫已于6月2日
 * 公布该框架 tells of the White House's announcement). */
static int doer_speaks(const cd_ruleset *rs, const cd_claim *c, int e) {
  return c->agent >= 0 && c->attribution >= 0 && !cd_rules_related(rs, c->agent, c->attribution) &&
         one_actor(rs, c->agent, e);
}

/* Is a a forecast or an estimate (cd_claim.estimate) that b states plainly,
 * neither hedged nor told as sure or done? A forecast is told alike with
 * "will" and "would" (营收预计将减少约6亿美元 / "would reduce its revenue
 * by about $600 million"), an estimate with the figure ("estimated at about
 * $3.1 billion" / "puts them at $3.1 billion"): their certainty is not
 * compared. Against 已使 or "already" it is. */
/* Is c hedged as a supposition (could, 可能), not as a forecast? */
static int supposed(const cd_claim *c) {
  return c->modality == CD_MODALITY_HEDGED && !c->estimate;
}

static int estimated_alike(const cd_claim *a, const cd_claim *b) {
  return a->modality == CD_MODALITY_HEDGED && a->estimate && b->modality != CD_MODALITY_HEDGED &&
         !b->certain && !b->done;
}

/* Is one of a and b told as done (已推出, "already") and the other as to
 * come (计划推出, "plans to issue", 将, "is expected to sell")? A plan or
 * a forecast told as an outcome is a difference in certainty however sure
 * each is told. */
static int tenses_apart(const cd_claim *a, const cd_claim *b) {
  return (a->done && b->future) || (a->future && b->done);
}

/* Is a a bare noun's claim (a `mentions:` trigger, made by its amount:
 * "the 100% tariff would not apply to Samsung") told affirmed, against b
 * negated? The noun names the measure; whether it is imposed is its verb's
 * to tell (不会被征收这一关税 denies what "would not apply" denies). */
static int named_against_denied(const cd_claim *a, const cd_claim *b) {
  return a->rule && a->rule->mention && !a->borrowed && a->polarity == CD_POLARITY_AFFIRMED &&
         b->polarity == CD_POLARITY_NEGATED;
}

/* The certainty dimension of a and b: 1 alike, 0 apart, -1 not compared.
 * A term's bound is a schedule, stated alike with "is expected to" and
 * "will" (预计在12月31日到期 / "will expire on 31 December"): its
 * certainty is not compared; but "may" is no schedule (可能于3月10日起
 * 实施 / "take effect on March 10"). Told as done against told as to
 * come is apart; a forecast against a plain statement is not compared. */
static int compare_certainty(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  /* a denial against a hedged affirmation (不太可能下令剥离 or "unlikely
   * to order a divestment", read as a no, against 很可能下令剥离) differs
   * on polarity alone: what is hedged is the yes the other side denies */
  if (a->polarity != b->polarity &&
      ((a->polarity == CD_POLARITY_NEGATED && b->modality == CD_MODALITY_HEDGED) ||
       (b->polarity == CD_POLARITY_NEGATED && a->modality == CD_MODALITY_HEDGED)))
    return -1;
  if (cd_claim_date(a)->kind == CD_VALUE_DATE && cd_claim_date(b)->kind == CD_VALUE_DATE &&
      cd_pair_starts(rs, a) && cd_pair_starts(rs, b) && !supposed(a) && !supposed(b))
    return -1;
  if (tenses_apart(a, b)) return 0;
  /* a forecast's verb is unread: with no voice to tie the two, one told
   * as done ("It said Indian firms had already cut their reliance")
   * reports the past, which a forecast of what may come (协会指新规可能
   * 影响…) says nothing of; one voice's two tellings of one thing are
   * compared (戴琪声称…已经损害 / "Tai said ... could undermine") */
  if (rs->predicates[a->predicate].forecasts && a->done != b->done &&
      (a->attribution < 0 || b->attribution < 0))
    return -1;
  if (estimated_alike(a, b) || estimated_alike(b, a)) return -1;
  return (a->modality == CD_MODALITY_HEDGED) == (b->modality == CD_MODALITY_HEDGED);
}

static void compare_flags(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, cd_pair *p) {
  p->dim[CD_DIM_POLARITY] =
      (signed char)(named_against_denied(a, b) || named_against_denied(b, a) ? -1
                                                                             : a->polarity == b->polarity);
  p->dim[CD_DIM_CERTAINTY] = (signed char)compare_certainty(rs, a, b);
  if (a->attribution >= 0 && b->attribution >= 0) {
    int same = cd_pair_same_speaker(rs, a->attribution, b->attribution);
    int outlet = rs->entities[a->attribution].outlet || rs->entities[b->attribution].outlet;
    /* a country that speaks is its government or any of its bodies
     * ("China announced" / 中方宣布): never another speaker */
    int vague = rs->entities[a->attribution].weak || rs->entities[b->attribution].weak;
    /* one speaker tells of the other's act: 商务部表示，美方于12月2日发布了
     * 管制措施 against "the Biden administration announced" */
    int retold = !same && (doer_speaks(rs, a, b->attribution) || doer_speaks(rs, b, a->attribution));
    /* a remark denied names who kept silent, not a voice: "Treasury did
     * not say when" and 大使馆未回应置评请求 are two silences, neither
     * said by the other's speaker */
    int silent = rs->predicates[a->predicate].remark &&
                 (a->polarity == CD_POLARITY_NEGATED || b->polarity == CD_POLARITY_NEGATED);
    /* history both retell ("announced that Nvidia violated the law when it
     * acquired Mellanox in 2020" against 辉达在2019年3月宣布斥资69亿美元收购):
     * whoever tells it now is no speaker of it */
    int history = a->past && b->past;
    p->dim[CD_DIM_SPEAKER] =
        (signed char)(outlet || retold || silent || history || (vague && !same) ? -1 : same);
    p->kin_voices = !same && rs->entities[a->attribution].department &&
                    rs->entities[b->attribution].department &&
                    cd_rules_kin(rs, a->attribution, b->attribution);
    p->anchors += same && !outlet;
  } else if (a->attribution >= 0 ? b->commentator : b->attribution >= 0 && a->commentator) {
    /* a body or an official the rules know against a commentator ("said
     * Wei Lan, a lawyer in Beijing" / 市场监管总局表示): two voices; a
     * country or an outlet names none for sure */
    const cd_entity *e = &rs->entities[a->attribution >= 0 ? a->attribution : b->attribution];
    p->dim[CD_DIM_SPEAKER] = (signed char)(e->outlet || e->weak ? -1 : 0);
  }
}

int cd_pair_year_slip(const cd_value *x, const cd_value *y) {
  int yx, mx, dx, yy, my, dy;
  if (x->precision != y->precision || x->precision < CD_DATE_MONTH) return 0;
  cd_calendar_civil((long)x->lo, &yx, &mx, &dx);
  cd_calendar_civil((long)y->lo, &yy, &my, &dy);
  return mx == my && (x->precision < CD_DATE_DAY || dx == dy) && (yx - yy == 1 || yy - yx == 1);
}

/* Are dates x and y (a month or finer) more than STATEMENTS_APART days
 * apart, and no year slip (cd_pair_year_slip: a year misstated is
 * compared)? */
#define STATEMENTS_APART 180
static int statements_apart(const cd_value *x, const cd_value *y) {
  if (x->precision < CD_DATE_MONTH || y->precision < CD_DATE_MONTH || x->unresolved || y->unresolved ||
      cd_pair_year_slip(x, y))
    return 0;
  return x->lo - y->hi > STATEMENTS_APART || y->lo - x->hi > STATEMENTS_APART;
}

int cd_pair_own_act(const cd_ruleset *rs, const cd_claim *c) {
  return c->agent >= 0 && c->attribution >= 0 && cd_rules_related(rs, c->agent, c->attribution);
}

/* The agencies of a, not its speaker (unless it tells of its own act),
 * that b names (by group too); *n counts them all. */
/* Is entity x an agency c names in its own right: a department, not its
 * speaker (unless it tells of its own act)? */
static int names_agency(const cd_ruleset *rs, const cd_claim *c, int x) {
  return rs->entities[x].department && (x != c->attribution || cd_pair_own_act(rs, c));
}

static int agencies_met(const cd_ruleset *rs, const cd_claim *a, const int *eb, size_t nb, const cd_claim *b,
                        int *n) {
  int met = 0;
  *n = 0;
  for (size_t i = 0; i < a->nentities; i++) {
    int x = a->entities[i];
    if (!names_agency(rs, a, x)) continue;
    (*n)++;
    met += meets(rs, x, eb, nb, b);
  }
  return met;
}

/* Are the agents of a and b two departments of one government, each
 * speaking of its own act (美国财政部宣布，提供…悬赏 / "The State
 * Department offered a reward")? */
static int kin_agents(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  return a->agent >= 0 && b->agent >= 0 && (cd_pair_own_act(rs, a) || cd_pair_own_act(rs, b)) &&
         rs->entities[a->agent].department && rs->entities[b->agent].department &&
         !cd_rules_related(rs, a->agent, b->agent) && cd_rules_kin(rs, a->agent, b->agent);
}

/* Does a name an agency kin to one b names: two departments of one
 * government (USTR and the Commerce Department, not China's foreign
 * ministry and the US Agriculture Department)? */
static int agencies_kin(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  for (size_t i = 0; i < a->nentities; i++)
    for (size_t j = 0; j < b->nentities && names_agency(rs, a, a->entities[i]); j++)
      if (names_agency(rs, b, b->entities[j]) && cd_rules_kin(rs, a->entities[i], b->entities[j])) return 1;
  return 0;
}

/* Agency: 1 when the two name an agency in common, 0 when each names
 * agencies, none the other's, some are kin (two departments of one
 * government: USTR and the Commerce Department) and the pair agrees on a
 * value or a date (p->content: one event, told of two bodies), else -1.
 * Without that content the two bodies may well do two things, and a
 * topic taken from the sentences before names no agent. */
static signed char compare_agencies(const cd_ruleset *rs, const cd_claim *a, const int *ea, size_t na,
                                    const cd_claim *b, const int *eb, size_t nb, const cd_pair *p) {
  int n_a, n_b, met_a = agencies_met(rs, a, eb, nb, b, &n_a), met_b = agencies_met(rs, b, ea, na, a, &n_b);
  if (!n_a || !n_b || a->inherited || b->inherited) return -1;
  if (met_a || met_b) return 1;
  return (signed char)((agencies_kin(rs, a, b) || kin_agents(rs, a, b)) && p->content ? 0 : -1);
}

static int only_one_difference(const cd_pair *p) {
  int n = 0;
  for (int k = 1; k < CD_DIM_N; k++) n += p->dim[k] == 0;
  return n == 1;
}

/* Has a a named speaker, and b none but a body of its own that could be
 * one (a strong entity that speaks, that a does not name)? Then b may be
 * that body's statement, not a's: "英伟达2019年宣布" / "the market
 * regulator announced on Monday that Nvidia ...". ea: a expanded. */
static int rival(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, const int *ea, size_t na) {
  if (a->attribution < 0 || b->attribution >= 0) return 0;
  for (size_t i = 0; i < b->nentities; i++) {
    const cd_entity *e = &rs->entities[b->entities[i]];
    /* with an agent, only the agent could be the one who says it: the
     * department an application goes to (向美国商务部申请) is no rival */
    if (b->agent >= 0 && b->entities[i] != b->agent) continue;
    if (strong(e) && e->speaks && !has(ea, na, b->entities[i]) && !meets(rs, b->entities[i], ea, na, a))
      return 1;
  }
  return 0;
}

int cd_pair_named_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  return a->trigger_entity >= 0 && b->trigger_entity >= 0 &&
         !cd_rules_related(rs, a->trigger_entity, b->trigger_entity);
}

/* Is e a country or a place c names in no role of it (whose, where:
 * 中国公民, 在加利福尼亚州的住所被捕), not who acts or undergoes it
 * (欧盟正研拟…)? */
static int by_the_way(const cd_ruleset *rs, const cd_claim *c, int e) {
  return rs->entities[e].weak && e != c->agent && e != c->patient && e != c->recipient;
}

/* Do both claims name nothing but maybe their speakers (or only a topic
 * taken from the sentences before), and carry no value? Then nothing
 * tells them apart but what they say. */
static int bare(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  for (size_t i = 0; i < a->nentities && !a->inherited; i++)
    if (a->entities[i] != a->attribution && !by_the_way(rs, a, a->entities[i])) return 0;
  for (size_t i = 0; i < b->nentities && !b->inherited; i++)
    if (b->entities[i] != b->attribution && !by_the_way(rs, b, b->entities[i])) return 0;
  return !a->nvalues && !b->nvalues;
}

/* Are the days of a and b one day told in two time zones (cd_value_days_slip)?
 * Beijing is ahead of the zones English news reckons its weekdays in
 * (Washington, London) or in step with them (Hong Kong, Singapore): a
 * Chinese claim's day is its English counterpart's or the next, never the
 * one before (5月20日 against "concluded on Sunday", the 21st, is a
 * misdating). */
static int zones_slip(const cd_claim *a, const cd_claim *b) {
  const cd_value *da = cd_claim_date(a), *db = cd_claim_date(b);
  if (!cd_value_days_slip(da, db)) return 0;
  if (a->rule && b->rule && a->rule->lang != b->rule->lang)
    return a->rule->lang == CD_LANG_ZH ? da->lo >= db->lo : db->lo >= da->lo;
  return 1;
}

#define HELD 8 /* cd_pair.held: set, whatever the three bits below it */

void cd_pair_compare(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, cd_pair *p) {
  int ea[CD_PAIR_EXPANDED_MAX], eb[CD_PAIR_EXPANDED_MAX], shared = 0;
  size_t na = cd_pair_expand(rs, a, ea), nb = cd_pair_expand(rs, b, eb);
  memset(p, 0, sizeof *p);
  memset(p->dim, -1, sizeof p->dim);
  p->keyed = keyed(rs, a, b);
  if (disputed(rs, a, b) || reversed(rs, a, b) || (!p->keyed && swapped(rs, a, ea, na, b, eb, nb)) ||
      cd_pair_named_apart(rs, a, b)) {
    p->barred = 1;
    return;
  }
  compare_entities(rs, a, b, ea, na, eb, nb, p, &shared);
  compare_values(rs, a, b, p);
  compare_flags(rs, a, b, p);
  p->dim[CD_DIM_AGENCY] = compare_agencies(rs, a, ea, na, b, eb, nb, p);
  p->shared = shared;
  p->anchors += shared + weak_roles_met(rs, a, b);
  {
    int sa = any_strong(rs, a), sb = any_strong(rs, b),
        met = shared > 0 || p->kin > 0 || p->dim[CD_DIM_SPEAKER] == 1;
    if (sa && sb)
      p->aligned = met;
    else
      p->aligned = met || p->anchors > 0 || (!sa && !sb && weak_fit(a, ea, na, b, eb, nb));
  }
  /* or the same names on both sides, and at least one (the speaker
   * aside); or keyed: one event, whoever else the claims name */
  p->tight = p->anchors >= 2 || (p->named && !p->only_a && !p->only_b && !p->weak_a && !p->weak_b);
  p->voiced = rs->predicates[a->predicate].speech && a->agent >= 0 && b->agent >= 0 &&
              one_actor(rs, a->agent, b->agent);
  if (p->keyed) {
    p->aligned = p->tight = 1;
    if (a->agent >= 0 && b->agent >= 0 && !(rs->predicates[a->predicate].key & CD_ROLE_BIT(CD_ROLE_AGENT)))
      p->dim[CD_DIM_AGENT] = (signed char)cd_rules_related(rs, a->agent, b->agent);
  }
  /* another state's act than a's (the summary's, the first source's),
   * unless keyed or a value ties them */
  if (!p->keyed && !p->content && other_state(rs, a, b)) p->aligned = p->tight = 0;
  /* a loose pair with an anchor may still differ on one dimension alone:
   * everything else comparable agrees (a single edit). Not on certainty
   * (a hedge is too often a cue read over a mention) unless the two agree
   * on a value or a date (将于4月会面 / "a possible meeting ... in April")
   * or one is told as sure where the other hedges (overstated: 势必加剧 /
   * "could further strain"), or one named speaker says both (中国电信表示，
   * 已就此提起上诉 / "the company said it could take the matter to
   * court": its own words tell how sure it is), nor on a date coarser
   * than a month (a year is every event of the year). */
  p->overstated = p->dim[CD_DIM_CERTAINTY] == 0 && (a->certain || b->certain || tenses_apart(a, b));
  /* an analyst's forecast is its hedge: told as plain where the sources'
   * analysts hedge it, it is overstated too */
  p->commentators = a->commentator && b->commentator;
  p->bare = bare(rs, a, b);
  p->single = p->aligned && (p->anchors >= 1 || p->bare) && only_one_difference(p) &&
              (p->dim[CD_DIM_CERTAINTY] != 0 || p->content || p->overstated || p->commentators ||
               p->dim[CD_DIM_SPEAKER] == 1) &&
              /* another body that could speak is what an agency clash is of */
              (p->dim[CD_DIM_AGENCY] == 0 || (!rival(rs, a, b, ea, na) && !rival(rs, b, a, eb, nb))) &&
              (p->dim[CD_VALUE_DATE] != 0 || (cd_claim_date(a)->precision >= CD_DATE_MONTH &&
                                              cd_claim_date(b)->precision >= CD_DATE_MONTH));
  /* a key role two unrelated actors fill is two events, however many
   * names they share (SAMR's demand that Qualcomm file against Qualcomm
   * closing the deal without filing): not tight, and a single edit only
   * when the edit is that actor (the State Department's reward told as
   * the Treasury's: agency) */
  if (roles_apart(rs, a, b)) {
    p->tight = 0;
    if (p->dim[CD_DIM_AGENCY] != 0 && p->dim[CD_DIM_AGENT] != 0) p->single = 0;
  }
  p->score = 10 * shared + 5 * (p->anchors - shared) - 2 * (p->only_a + p->only_b) + 100 * p->tight;
  /* two bodies that each announce something of one topic ("the Pentagon
   * announced funding for graphite" / "the ministry announced curbs on
   * graphite") make two announcements, unless a value or a date ties them */
  if (rs->predicates[a->predicate].frame && p->dim[CD_DIM_SPEAKER] == 0 && !p->content && !p->keyed)
    p->aligned = p->tight = p->single = 0;
  /* a statement's day alone ("said on Saturday") tells only when it was
   * made: it meets an announcement that is dated too, no other, and not
   * one a day off a weekday's reckoning (zones_slip: "said on Thursday"
   * in New York is Friday in Beijing) */
  if ((a->said || b->said) && (p->dim[CD_VALUE_DATE] < 0 || (p->dim[CD_VALUE_DATE] == 0 && zones_slip(a, b))))
    p->aligned = p->tight = p->single = 0;
  /* nor does an announcement meet one made half a year before or after
   * (市场监管总局去年12月9日宣布立案 against "said on Monday that a
   * preliminary investigation found"): one body's two statements */
  if ((a->said || b->said || rs->predicates[a->predicate].frame) && p->dim[CD_VALUE_DATE] == 0 &&
      statements_apart(cd_claim_date(a), cd_claim_date(b)))
    p->aligned = p->tight = p->single = 0;
  /* a forecast the rules read no verb of (`forecasts:`) is one voice's:
   * the same named speaker's, or two unnamed voices' (commentators, names
   * the rules do not know) naming the same things; what they forecast is
   * not read, so nothing else ties two of them. A name the summary's
   * sentence names counts when the source's takes it from the sentence
   * before ("what Trump will do ... Analysts said the new administration
   * could widen it" / 分析人士认为，特朗普就职后新政府或会扩大). Held
   * apart, not dropped: their sentences may tie them (align.c) */
  if (rs->predicates[a->predicate].forecasts && p->dim[CD_DIM_SPEAKER] != 1 &&
      !(a->attribution < 0 && b->attribution < 0 && (p->named || (shared && !a->inherited)) && !p->only_a &&
        !p->only_b)) {
    p->held = HELD | p->aligned | p->tight << 1 | p->single << 2;
    p->aligned = p->tight = p->single = 0;
  }
  /* nor do two voices make one warning: BIS's warning is no ministry's */
  if (rs->predicates[a->predicate].speech && a->agent >= 0 && b->agent >= 0 && !p->voiced && !p->content &&
      !p->keyed && !rs->entities[a->agent].weak && !rs->entities[b->agent].weak)
    p->aligned = p->tight = p->single = 0;
}

void cd_pair_tie(cd_pair *p) {
  if (!p->held) return;
  p->aligned = p->held & 1;
  p->tight = p->held >> 1 & 1;
  p->single = p->held >> 2 & 1;
  p->held = 0;
}

/* Is x the speaker of c or one of the speaker's groups or members (a
 * minister's ministry: 美国贸易代表格里尔 names USTR beside Greer)? */
static int voice_of(const cd_ruleset *rs, const cd_claim *c, int x) {
  return c->attribution >= 0 && cd_rules_related(rs, c->attribution, x);
}

/* A named speaker that can be swapped: no outlet, no country. */
static int named_voice(const cd_ruleset *rs, const cd_claim *c) {
  return c->attribution >= 0 && !rs->entities[c->attribution].outlet && !rs->entities[c->attribution].weak;
}

/* Does c name a country or region (a weak entity)? */
static int names_a_country(const cd_ruleset *rs, const cd_claim *c) {
  for (size_t i = 0; i < c->nentities; i++)
    if (rs->entities[c->entities[i]].weak) return 1;
  return 0;
}

/* c without its speaker: the speaker, its groups and members taken out
 * of its entities (into ents, at most CD_PAIR_EXPANDED_MAX) and of its
 * roles. */
static void unvoiced(const cd_ruleset *rs, const cd_claim *c, cd_claim *out, int *ents) {
  *out = *c;
  out->entities = ents;
  out->nentities = 0;
  for (size_t i = 0; i < c->nentities && out->nentities < CD_PAIR_EXPANDED_MAX; i++)
    if (!voice_of(rs, c, c->entities[i])) ents[out->nentities++] = c->entities[i];
  if (out->agent >= 0 && voice_of(rs, c, out->agent)) out->agent = -1;
  if (out->patient >= 0 && voice_of(rs, c, out->patient)) out->patient = -1;
  if (out->recipient >= 0 && voice_of(rs, c, out->recipient)) out->recipient = -1;
  out->attribution = -1;
}

int cd_pair_states_values(const cd_claim *a, const cd_pair *p) {
  for (int k = 1; k < CD_VALUE_NKINDS; k++)
    if (k != CD_VALUE_DATE && has_kind(a, k) && p->dim[k] != 1) return 0;
  return cd_claim_date(a)->kind != CD_VALUE_DATE || p->dim[CD_VALUE_DATE] == 1;
}

/* Does a name a strong entity that b does not meet, but for a government
 * whose country b names (美方 / "the US": the same side, which as an
 * anchor meets only in a role)? */
static int names_more(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int eb[CD_PAIR_EXPANDED_MAX];
  size_t nb = cd_pair_expand(rs, b, eb);
  for (size_t i = 0; i < a->nentities; i++) {
    int x = a->entities[i], c = cd_rules_country(rs, x);
    if (!strong(&rs->entities[x]) || meets(rs, x, eb, nb, b)) continue;
    if (!strcmp(rs->entities[x].type, "government") && c >= 0 && has(b->entities, b->nentities, c)) continue;
    return 1;
  }
  return 0;
}

/* Does b name a company, person or product (named_kind) that a does not
 * meet, other than the speaker voice (its groups and members too)? */
static int names_more_than(const cd_ruleset *rs, const cd_claim *b, const cd_claim *a, int voice) {
  int ea[CD_PAIR_EXPANDED_MAX];
  size_t na = cd_pair_expand(rs, a, ea);
  for (size_t i = 0; i < b->nentities; i++)
    if (named_kind(&rs->entities[b->entities[i]]) && !meets(rs, b->entities[i], ea, na, a) &&
        !cd_rules_related(rs, voice, b->entities[i]))
      return 1;
  return 0;
}

int cd_pair_voices(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, int *score) {
  int ea[CD_PAIR_EXPANDED_MAX], eb[CD_PAIR_EXPANDED_MAX];
  cd_claim ua, ub;
  cd_pair p;
  /* a remark denied is a silence (pair compare: silent): no words to give to another */
  if (a->predicate != b->predicate || rs->predicates[a->predicate].frame || !named_voice(rs, a) ||
      (rs->predicates[a->predicate].remark && a->polarity == CD_POLARITY_NEGATED) || !named_voice(rs, b) ||
      cd_pair_same_speaker(rs, a->attribution, b->attribution) || a->polarity != b->polarity ||
      (a->modality == CD_MODALITY_HEDGED) != (b->modality == CD_MODALITY_HEDGED) ||
      voice_of(rs, b, a->attribution) || (b->agent >= 0 && cd_rules_related(rs, b->agent, a->attribution)))
    return 0;
  unvoiced(rs, a, &ua, ea);
  unvoiced(rs, b, &ub, eb);
  /* a bare stance, a verb of saying with nothing named but its speaker
   * (商汤表示强烈反对), is that speaker's act alone: nothing another voice
   * could be said to say (a bare purchase forecast can be) */
  if (rs->predicates[a->predicate].speech && !ua.nentities && !a->nvalues && !a->has_date) return 0;
  cd_pair_compare(rs, &ua, &ub, &p);
  *score = p.score;
  if (!cd_pair_states_values(a, &p)) return 0;
  /* a country a names that b leaves to its context ("其在华运营" / "its
   * operations in the country") is no other statement; a country b names
   * instead is */
  return !p.barred && (!p.only_a || !names_more(rs, &ua, &ub)) &&
         (!p.only_b || !names_more_than(rs, &ub, &ua, a->attribution)) &&
         (!p.weak_a || !names_a_country(rs, &ub)) && cd_pair_differs(&p) < 0;
}

int cd_pair_lift(cd_pair *p) {
  if (!p->aligned && !p->barred && !p->only_a && !p->weak_a && cd_pair_differs(p) < 0) {
    p->aligned = 1;
    p->anchors++;
  }
  return p->aligned;
}

int cd_pair_differs(const cd_pair *p) {
  for (int k = 1; k < CD_DIM_N; k++)
    if (p->dim[k] == 0) return k;
  return -1;
}

static const char *flag_name(const cd_ruleset *rs, const cd_claim *c, int dim) {
  if (dim == CD_DIM_POLARITY) return cd_polarity_name(c->polarity);
  /* how sure: hedged, or else told as done (已), as to come (计划, "will"), or plainly */
  if (dim == CD_DIM_CERTAINTY)
    return c->modality == CD_MODALITY_HEDGED ? "hedged"
           : c->done                         ? "done"
           : c->future                       ? "to come"
                                             : "asserted";
  if (dim == CD_DIM_AGENCY) {
    for (size_t i = 0; i < c->nentities; i++)
      if (c->entities[i] != c->attribution && rs->entities[c->entities[i]].department)
        return rs->entities[c->entities[i]].id;
  }
  if (dim == CD_DIM_AGENT) return c->agent >= 0 ? rs->entities[c->agent].id : "none";
  return c->attribution >= 0 ? rs->entities[c->attribution].id : c->commentator ? "a commentator" : "none";
}

/* The first value of a of the given kind that matches nothing of b's. */
static const cd_value *odd_value(const cd_claim *a, const cd_claim *b, int kind) {
  if (kind == CD_VALUE_DATE) return cd_claim_date(a);
  for (size_t i = 0; i < a->nvalues; i++) {
    int match = 0;
    if ((int)a->values[i].kind != kind) continue;
    for (size_t j = 0; j < b->nvalues; j++) match |= cd_value_compatible(&a->values[i], &b->values[j]) == 1;
    if (!match) return &a->values[i];
  }
  return NULL;
}

void cd_pair_describe(const cd_ruleset *rs, const cd_claim *a, const char *ida, const cd_claim *b,
                      const char *idb, int dim, char *why, size_t n) {
  static const char *const names[] = {"polarity", "certainty", "attribution", "agency", "agent"};
  char x[64], y[64];
  const cd_value *va, *vb;
  size_t len;
  if (dim >= CD_DIM_POLARITY) {
    snprintf(why, n, "%s: %s (%s) vs %s (%s)", names[dim - CD_DIM_POLARITY], flag_name(rs, a, dim), ida,
             flag_name(rs, b, dim), idb);
    return;
  }
  va = odd_value(a, b, dim);
  vb = odd_value(b, a, dim);
  if (!va || !vb)
    snprintf(why, n, "%s", cd_value_kind_get((cd_value_kind)dim)->noun);
  else
    snprintf(why, n, "%s: %s (%s) vs %s (%s)", cd_value_kind_get(va->kind)->noun,
             cd_value_format_against(va, vb, x, sizeof x), ida, cd_value_format_against(vb, va, y, sizeof y),
             idb);
  /* a keyed event told with another value and another agent: both ("date:
   * 2025-06 (S) vs 2025-05 (D1); agent: cotton (S) vs huizenga (D1)") */
  len = strlen(why);
  if (keyed(rs, a, b) && a->agent >= 0 && b->agent >= 0 && !cd_rules_related(rs, a->agent, b->agent) &&
      !(rs->predicates[a->predicate].key & CD_ROLE_BIT(CD_ROLE_AGENT)) && len < n)
    snprintf(why + len, n - len, "; agent: %s (%s) vs %s (%s)", rs->entities[a->agent].id, ida,
             rs->entities[b->agent].id, idb);
}

/* Does c hold a percent read during a session (values.h `intraday`)? */
static int intraday(const cd_claim *c) {
  for (size_t i = 0; i < c->nvalues; i++)
    if (c->values[i].kind == CD_VALUE_PERCENT && c->values[i].intraday) return 1;
  return 0;
}

int cd_pair_moves_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int same_day = cd_claim_date(a)->kind == CD_VALUE_DATE && cd_claim_date(b)->kind == CD_VALUE_DATE &&
                 cd_claim_date(a)->precision == CD_DATE_DAY && cd_claim_date(b)->precision == CD_DATE_DAY &&
                 !cd_claim_date(a)->unresolved && !cd_claim_date(b)->unresolved &&
                 cd_claim_date(a)->lo == cd_claim_date(b)->lo;
  return (rs->predicates[a->predicate].scope || rs->predicates[b->predicate].scope) &&
         (!same_day || intraday(a) != intraday(b));
}

int cd_pair_part_of_whole(const cd_ruleset *rs, const cd_value *v) {
  const char *m = v->kind == CD_VALUE_PERCENT ? cd_measures_name(&rs->units, v->measure) : NULL;
  return m && !strcmp(m, "share");
}

int cd_pair_change(const cd_ruleset *rs, const cd_value *v) {
  const char *id = cd_measures_name(&rs->units, v->measure);
  return v->kind == CD_VALUE_PERCENT && id && (!strcmp(id, "rise") || !strcmp(id, "fall"));
}

int cd_pair_other_actor(const cd_ruleset *rs, int a, int b) {
  const cd_entity *x, *y;
  if (a < 0 || b < 0 || cd_rules_related(rs, a, b) || cd_rules_kin(rs, a, b)) return 0;
  x = &rs->entities[a];
  y = &rs->entities[b];
  /* states and their bodies: roles of other kinds are
   * read too loosely to part two acts ("using Huawei chips may violate US
   * controls" names Huawei, not the rule-maker) */
  /* a country and a government (美方 and "the U.S."): the rules do not
   * say whose government it is, so it may be that state's */
  if ((x->weak && y->agency && !y->department) || (y->weak && x->agency && !x->department)) return 0;
  return (x->weak || x->agency) && (y->weak || y->agency);
}

int cd_pair_other_party(const cd_ruleset *rs, int pred, int agent, const cd_claim *y) {
  return !(pred >= 0 && rs->predicates[pred].mutual) && !rs->predicates[y->predicate].mutual &&
         cd_pair_other_actor(rs, agent, y->agent);
}

/* The programme (an entity of type policy: 对等关税, "fentanyl tariffs")
 * in one of c's roles, or -1. */
static int programme_of(const cd_ruleset *rs, const cd_claim *c) {
  int roles[] = {c->recipient, c->patient, c->agent};
  for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
    if (roles[i] >= 0 && !strcmp(rs->entities[roles[i]].type, "policy")) return roles[i];
  return -1;
}

int cd_pair_programmes_apart(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int x = programme_of(rs, a), y = programme_of(rs, b);
  return x >= 0 && y >= 0 && !cd_rules_related(rs, x, y);
}

int cd_pair_programme_alone(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int x = programme_of(rs, a);
  if (x < 0 || programme_of(rs, b) >= 0) return 0;
  for (size_t i = 0; i < b->nentities; i++)
    if (cd_rules_related(rs, b->entities[i], x)) return 0;
  return 1;
}

int cd_pair_actor(const cd_ruleset *rs, const cd_claim *c, const cd_claim *first, const cd_claim *end) {
  if (c->agent >= 0 && rs->entities[c->agent].speaks) return c->agent;
  for (const cd_claim *x = first; x < end; x++)
    if (x->agent >= 0 && rs->entities[x->agent].speaks) return x->agent;
  return -1;
}
