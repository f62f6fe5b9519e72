/* align.c: summary claims paired with source claims, the rest clustered; see align.h. */
#include "align.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "calendar.h"
#include "doc.h"
#include "engine.h"
#include "figures.h"
#include "names.h"
#include "pair.h"
#include "segment.h"
#include "values.h"

#define CLUSTER_PROBE 8   /* statements of a cluster a new claim is scored against */
#define NAMES_MAX     256 /* names of a summary no source gives, reported at most */

/* Entity -> clusters of the current predicate bucket, as linked lists in
 * one array. */
struct link {
  int cluster;
  int next; /* next link of the same entity, -1 */
};

struct index {
  int *heads; /* nentities + 1 heads (the last: claims with no entity) */
  struct link *links;
  size_t nlinks, caplinks;
  unsigned *stamp; /* per cluster: the claim that last saw it */
  unsigned now;
};

typedef struct {
  cd_ref *refs;
  size_t n, cap;
} cluster;

const char *cd_finding_kind_name(cd_finding_kind k) {
  static const char *const names[] = {"agreement", "unsupported", "omission", "contradiction"};
  return names[k];
}

const char *cd_align_doc_id(int doc, char *buf, size_t n) {
  if (doc == 0)
    snprintf(buf, n, "S");
  else
    snprintf(buf, n, "D%d", doc);
  return buf;
}

static const cd_claim *claim_of(cd_extraction *const *docs, cd_ref r) {
  return &docs[r.doc]->claims[r.claim];
}

static int push_finding(cd_report *r, size_t *cap, const cd_finding *f) {
  if (cd_array_reserve((void **)&r->findings, cap, r->nfindings + 1, sizeof *r->findings) < 0)
    return CD_ENOMEM;
  r->findings[r->nfindings++] = *f;
  r->counts[f->kind]++;
  return 0;
}

/* A finding's statements (summary first, then by document) and the
 * documents that state nothing of it, in the report's arena. */
static int fill_finding(cd_report *r, cd_finding *f, const cd_ref *refs, size_t n) {
  int ndocs = (int)r->ndocs;
  if (!(f->claims = cd_arena_alloc(&r->arena, (n ? n : 1) * sizeof *f->claims)) ||
      !(f->missing = cd_arena_alloc(&r->arena, (size_t)(ndocs + 1) * sizeof *f->missing)))
    return CD_ENOMEM;
  memcpy(f->claims, refs, n * sizeof *refs);
  f->nclaims = n;
  f->nmissing = 0;
  f->nsources = 0;
  for (int d = 0, i = 0; d < ndocs; d++) {
    while ((size_t)i < n && refs[i].doc < d) i++;
    if ((size_t)i < n && refs[i].doc == d)
      f->nsources += d > 0;
    else
      f->missing[f->nmissing++] = d;
  }
  return 0;
}

static void describe(const cd_report *r, cd_ref x, cd_ref y, int dim, char *why, size_t n) {
  char ida[8], idb[8];
  cd_pair_describe(r->engine->rs, claim_of(r->docs, x), cd_align_doc_id(x.doc, ida, sizeof ida),
                   claim_of(r->docs, y), cd_align_doc_id(y.doc, idb, sizeof idb), dim, why, n);
}

/* Finding f changes kind to k, and the counts with it. */
static void rekind(cd_report *r, cd_finding *f, cd_finding_kind k) {
  r->counts[f->kind]--;
  f->kind = k;
  r->counts[k]++;
}

/* What the candidates of one summary claim said, dimension by dimension,
 * as positions in the predicate's bucket (-1 for none): ok[k] the first
 * pair that differs on nothing and agrees on k, clash[k] the best-scored
 * tight or single pair that differs on k; best[d] source d's best candidate and
 * rank[d] its rank (see RANK). */
typedef struct {
  long ok[CD_DIM_N], clash[CD_DIM_N];
  int clash_score[CD_DIM_N]; /* the score of the pair at clash[k] */
  /* polarity on pairs that agree on a value or a date (content): the
   * first that differs on nothing, the first that differs on polarity */
  long ok_content, clash_content;
  long *best;
  int *rank;
  int fits; /* some pair differs on nothing, on an anchor or the summary claim's names */
} votes;

/* A candidate's rank: its class in the high bits (a pair that differs on
 * nothing, tight before loose; then a tight one that differs; then the
 * rest), its score below. */
enum { CLASS_OTHER, CLASS_DIFFERING, CLASS_FITTING, CLASS_TIGHT };
#define RANK(cls, score) ((cls)*65536 + ((score) < -30000 ? 0 : (score) > 30000 ? 60000 : (score) + 30000))
#define CLASS_OF(rank)   ((rank) / 65536)

/* Does the pair differ on an amount (a value kind, the date aside)? */
static int amounts_differ(const cd_pair *p) {
  for (int k = 1; k < CD_VALUE_NKINDS; k++)
    if (k != CD_VALUE_DATE && p->dim[k] == 0) return 1;
  return 0;
}

/* Is c an aside (extract.h) with no value and no date: background ("the
 * main alternative to Nvidia's processors, whose sales to China
 * Washington has restricted")? An aside with a value is a fact still
 * ("the rule, which was due to take effect on Thursday"). */
static int bare_aside(const cd_claim *c) {
  return c->aside && !c->nvalues && cd_claim_date(c)->kind == CD_VALUE_NONE;
}

#define SUBHEAD_BYTES 24 /* a sentence shorter than this, of names taken from before: a subhead */

/* Does source claim c of extraction ex state nothing of its own to deny
 * or affirm: a bare aside (presupposed: "choose between serving
 * sanctioned officials and ..."), or a subhead ("The export side."), a
 * sentence of a few words whose claim holds names taken from the
 * sentences before only, with no role, speaker, value or date? A
 * summary's denial is no clash with it. */
static int hollow(const cd_extraction *ex, const cd_claim *c) {
  const cd_sentence *x = &ex->sentences[c->sentence];
  return c->polarity != CD_POLARITY_NEGATED &&
         (bare_aside(c) || (x->span.end - x->span.start < SUBHEAD_BYTES && c->inherited && !c->nvalues &&
                            cd_claim_date(c)->kind == CD_VALUE_NONE && c->agent < 0 && c->patient < 0 &&
                            c->recipient < 0 && c->attribution < 0));
}

/* Counts pair p of the summary claim with the candidate at bucket
 * position pos of source doc into v. speaks: the summary claim has a
 * named speaker; overstates: it is a commentator's forecast told as sure
 * (将, 必将); denied: the source claim is negated and the summary's is
 * no aside (受管制的材料 presupposes a control, it states none); guess: the
 * summary claim is a commentator's hedged forecast and the source claim
 * no commentator's (很可能引发诉讼 against "two citizens who sued"), which
 * a tight pair contradicts on certainty only through a strong name. */
static void vote(votes *v, int doc, long pos, const cd_pair *p, int speaks, int overstates, int denied,
                 int guess, int hollowed) {
  int fits = cd_pair_differs(p) < 0;
  int rank = RANK(fits       ? (p->tight ? CLASS_TIGHT : CLASS_FITTING)
                  : p->tight ? CLASS_DIFFERING
                             : CLASS_OTHER,
                  p->score);
  if (v->best[doc] < 0 || rank > v->rank[doc]) {
    v->best[doc] = pos;
    v->rank[doc] = rank;
  }
  /* a pair supports the summary claim when it differs on nothing and is
   * tight, rests on an anchor, or names all the summary claim names */
  v->fits |= cd_pair_differs(p) < 0 && (p->tight || p->anchors >= 1 || p->bare || (!p->only_a && !p->weak_a));
  if (!p->tight && !p->single && p->anchors < 1) return;
  /* a tight pair that agrees on a value or a date and differs on polarity
   * alone is the summary claim's own statement denied ("goods cleared by
   * April 12 will not be subject to the duties" / 于4月12日前进口的货物，
   * 仍须加征此次关税): only a pair that agrees on content too excuses it,
   * not any pair of the predicate that fits */
  if (p->content && p->dim[CD_DIM_POLARITY] == 1 && cd_pair_differs(p) < 0 && v->ok_content < 0)
    v->ok_content = pos;
  if (p->content && p->tight && p->dim[CD_DIM_POLARITY] == 0 && cd_pair_differs(p) == CD_DIM_POLARITY &&
      p->dim[CD_DIM_SPEAKER] != 0 && v->clash_content < 0)
    v->clash_content = pos;
  /* a pair vouches for a dimension only when it differs on nothing: the
   * allegation of another speaker does not vouch for the polarity of a
   * denial */
  for (int k = 1; k < CD_DIM_N; k++) {
    /* nor does an unattributed mention for what a named speaker says,
     * nor for the certainty of a forecast the summary gives a commentator
     * as sure (律师表示，许多基金将避开… against "many funds may simply walk
     * away", the lawyer's words, beside "some have sat out deals"): only
     * another commentator's words tell how sure the forecast was */
    int unheard = (k == CD_DIM_POLARITY && speaks && p->dim[CD_DIM_SPEAKER] < 0) ||
                  (k == CD_DIM_CERTAINTY && overstates && !p->commentators);
    if (p->dim[k] == 1 && v->ok[k] < 0 && cd_pair_differs(p) < 0 && !unheard) v->ok[k] = pos;
    /* a speaker differs only on a pair that agrees on a value or a date,
     * or on a tight pair with the same names and no value on one side
     * only: two speakers often say related things ("the Pentagon
     * announced $500 million" / "the ministry announced export bans").
     * Two departments of one government on one anchored claim, their
     * only difference, are one statement given to the wrong body (中国
     * 商务部表示，…应停止采购美光 / "should stop buying from Micron, the
     * regulator said": the CAC's).
     * Certainty differs only on a pair that agrees on a value or a date
     * ("could lose $5.5 billion" / "lost"), or on one named speaker
     * ("Lutnick said the US could add" / 卢特尼克表示，美方必定会列入),
     * or on a tight pair of one voice's warning or remark (BIS警告…可能
     * / "BIS warned ... would"), or on any tight pair whose amounts do
     * not differ (美方考虑暂停该规则 / "formally suspended the rule": a
     * measure considered against one taken; with amounts that differ it
     * is a plan against an outcome, below), or on a single pair of two
     * commentators' forecasts (分析人士认为，商务部将… / "could be imposed
     * ..., lawyers said"); on a mention ("regulators may impose
     * conditions on mergers") a hedge is noise (an agency is compared
     * only on such a pair, pair.c) */
    /* two named speakers who differ make two statements: only who said
     * it can clash, not what each said ("Nvidia announced in 2019" /
     * "SAMR announced on Monday") */
    /* the best-scored such pair is the one shown (a Treasury rule's
     * date against Treasury's, not against a fee's of the same week) */
    /* an amount hedged on one side only is a plan, forecast or estimate
     * against an outcome (计划将200家…列入 / "added 140"): no clash */
    /* a bare pair (nothing named but by the way) clashes on polarity only
     * on the source's denial: a source's "not covered" is one marked
     * statement, where its "applied to" ships of other kinds is one of
     * many (…获豁免 against "the fees applied to US-built ships") */
    if (p->dim[k] == 0 && (v->clash[k] < 0 || p->score > v->clash_score[k]) && (p->tight || p->single) &&
        (k != CD_DIM_POLARITY || ((p->tight || p->anchors >= 1 || denied) && !hollowed)) &&
        (k >= CD_VALUE_NKINDS || k == CD_VALUE_DATE || p->dim[CD_DIM_CERTAINTY] != 0) &&
        (k == CD_DIM_SPEAKER || p->dim[CD_DIM_SPEAKER] != 0) &&
        (k != CD_DIM_SPEAKER || p->content || (p->tight && !p->only_a && !p->only_b && !p->lopsided) ||
         (p->single && p->anchors >= 1 && p->kin_voices && !p->only_a && !p->only_b)) &&
        (k != CD_DIM_CERTAINTY || p->content || p->dim[CD_DIM_SPEAKER] == 1 || p->overstated ||
         p->commentators || (p->tight && (p->voiced || (!amounts_differ(p) && !(guess && !p->shared)))))) {
      v->clash[k] = pos;
      v->clash_score[k] = p->score;
    }
  }
}

/* The dimension the summary claim is contradicted on: some tight pair
 * differs on it and none agrees, or polarity when a tight pair that agrees
 * on content differs on it alone and no pair that agrees on content
 * fits (then that pair is the one shown). -1 for none. */
static int contradicted_on(votes *v) {
  for (int k = 1; k < CD_DIM_N; k++)
    if (v->clash[k] >= 0 && v->ok[k] < 0) return k;
  if (v->clash_content >= 0 && v->ok_content < 0) {
    v->clash[CD_DIM_POLARITY] = v->clash_content;
    return CD_DIM_POLARITY;
  }
  return -1;
}

static int push_ref(cluster *c, cd_ref r) {
  if (cd_array_reserve((void **)&c->refs, &c->cap, c->n + 1, sizeof *c->refs) < 0) return CD_ENOMEM;
  c->refs[c->n++] = r;
  return 0;
}

/* One document's statements in a cluster: refs[from, to) (a cluster's
 * refs are in document order, as the buckets were filled). */
typedef struct {
  int doc;
  size_t from, to;
} segment;

/* Are two sources' dates of one claim truly apart? Not when either is
 * coarser than a month (a year is every event of the year) or unresolved
 * (no day to compare), nor when they slip (cd_value_days_slip: "on
 * Wednesday" in Washington is Thursday in Beijing). */
static int dates_apart(const cd_value *x, const cd_value *y) {
  return x->precision >= CD_DATE_MONTH && y->precision >= CD_DATE_MONTH && !x->unresolved && !y->unresolved &&
         !cd_value_days_slip(x, y);
}

/* Could two sources' dates be rival dates of one event: apart, yet
 * within RIVAL_DAYS of each other, or a year slip? Outlets misdate an event by days or
 * weeks (October 1 or October 15; by the end of the year or of February);
 * a ban of December 2023 and curbs of last week are two events. */
#define RIVAL_DAYS 92
static int rival_dates(const cd_value *x, const cd_value *y) {
  return dates_apart(x, y) &&
         ((x->lo - y->lo <= RIVAL_DAYS && y->lo - x->lo <= RIVAL_DAYS) || cd_pair_year_slip(x, y));
}

/* Could two sources' claims of one predicate be misdatings of one event?
 * Not two frames: an agency announces many times (a review opened in
 * March, its verdict announced in May), nor an event that recurs
 * (meetings, talks); nor a start ("from August 1")
 * against the day of the act. */
static int rival_events(const cd_report *r, const cd_claim *x, const cd_claim *y) {
  const cd_ruleset *rs = r->engine->rs;
  return !rs->predicates[x->predicate].frame && !rs->predicates[x->predicate].recurs &&
         cd_pair_starts(rs, x) == cd_pair_starts(rs, y) && rival_dates(cd_claim_date(x), cd_claim_date(y));
}

/* Does value x tell value v? Compatible, and where either is a bound,
 * by its limit: "$2 million or less" is told by $2 million, not by a
 * $368,000 within it (compatible, as no contradiction, but another
 * figure). */
static int tells(const cd_value *x, const cd_value *v) {
  cd_value a = *x, b = *v;
  if (a.bound) a.lo = a.hi = a.bound < 0 ? a.hi : a.lo;
  if (b.bound) b.lo = b.hi = b.bound < 0 ? b.hi : b.lo;
  return cd_value_compatible(&a, &b) == 1;
}

/* Does claim c state v, as a value or as its date? */
static int claim_states(const cd_claim *c, const cd_value *v) {
  if (cd_claim_date(c)->kind == CD_VALUE_DATE && cd_value_compatible(cd_claim_date(c), v) == 1) return 1;
  for (size_t k = 0; k < c->nvalues; k++)
    if (tells(&c->values[k], v)) return 1;
  return 0;
}

/* A share with a decimal (80.1%, 19.9%), or money: fine enough to meet by
 * chance only rarely. (Counts are not: "at least 21 cargoes" meets a 21
 * somewhere.) */
static int fine(const cd_value *v) {
  return v->kind == CD_VALUE_MONEY || (v->kind == CD_VALUE_PERCENT && v->num != floor(v->num));
}

/* Are all of c's values of kind k such that ok holds (cd_value_distinctive:
 * money, or counts from 10; fine)? With none of that kind, no. */
static int all_of_kind(const cd_claim *c, int k, int (*ok)(const cd_value *)) {
  int any = 0;
  for (size_t i = 0; i < c->nvalues; i++) {
    if ((int)c->values[i].kind != k) continue;
    if (!ok(&c->values[i])) return 0;
    any = 1;
  }
  return any;
}

/* Does a claim of sentence si of ex (any sentence for si < 0) state v,
 * one not named apart from claim of when it is given
 * (cd_pair_named_apart: "15 entities to its export control list" states
 * no 15 of the unreliable entity list), and of no other actor than agent
 * when it is one (cd_pair_other_party: China's 10% states no US 10%)?
 * O(claims of ex). */
static int states_actor_value(const cd_ruleset *rs, const cd_extraction *ex, int si, const cd_value *v,
                              const cd_claim *of, int agent) {
  for (size_t i = 0; i < ex->nclaims; i++)
    if ((si < 0 || ex->claims[i].sentence == si) && claim_states(&ex->claims[i], v) &&
        !(of && cd_pair_named_apart(rs, &ex->claims[i], of)) &&
        !cd_pair_other_party(rs, of ? of->predicate : -1, agent, &ex->claims[i]))
      return 1;
  return 0;
}

/* states_actor_value, whoever acts. */
static int states_value(const cd_ruleset *rs, const cd_extraction *ex, int si, const cd_value *v,
                        const cd_claim *of) {
  return states_actor_value(rs, ex, si, v, of, -1);
}

/* Does sentence si of ex (any for si < 0) state c's values of kind k (the
 * date among them): every one (all), or some one? With none of that kind,
 * no. */
static int states_kind(const cd_ruleset *rs, const cd_extraction *ex, int si, const cd_claim *c, int k,
                       int all) {
  int any = 0;
  for (size_t i = 0; i <= c->nvalues; i++) {
    const cd_value *v = i < c->nvalues ? &c->values[i] : cd_claim_date(c);
    if ((int)v->kind != k) continue;
    if (states_value(rs, ex, si, v, c) != all) return !all;
    any = 1;
  }
  return all && any;
}

/* Does a source other than doc state every one of c's values of kind k,
 * anywhere? Then a clash with doc's claim is one of attachment: that
 * claim's value is another holder's (80.1% held by American investors,
 * stated by one source, against another's "just over 30 per cent ...
 * held by affiliates"). O(claims of the sources). */
static int stated_elsewhere(const cd_report *r, const cd_claim *c, int k, size_t doc) {
  for (size_t d = 1; d < r->ndocs; d++)
    if (d != doc && states_kind(r->engine->rs, r->docs[d], -1, c, k, 1)) return 1;
  return 0;
}

/* Do claims x and y of two sources disagree on value kind k as whole
 * documents: neither states the other's value anywhere? A source that
 * tells both figures (an opening ask of 20% and the 15% agreed, in
 * whatever sentences) is no rival of one that tells one of them. */
static int docs_disagree(const cd_report *r, cd_ref x, cd_ref y, int k) {
  return !states_kind(r->engine->rs, r->docs[y.doc], -1, claim_of(r->docs, x), k, 0) &&
         !states_kind(r->engine->rs, r->docs[x.doc], -1, claim_of(r->docs, y), k, 0);
}

/* The first value of kind k the claim holds; NULL when none. */
static const cd_value *value_of_kind(const cd_claim *c, int k) {
  for (size_t i = 0; i < c->nvalues; i++)
    if ((int)c->values[i].kind == k) return &c->values[i];
  return NULL;
}

/* Are the values of kind k of two source claims two readings of a
 * share's move, one during a session and one at the close ("fell 1.2% in
 * premarket trading" / "fell over 5% on Friday"): no rivals? */
static int session_apart(const cd_claim *x, const cd_claim *y, int k) {
  const cd_value *vx = value_of_kind(x, k), *vy = value_of_kind(y, k);
  return vx && vy && vx->intraday != vy->intraday;
}

/* Do two sources' statements of one claim conflict? Only values and dates
 * count (outlets hedge and attribute one fact differently all the time),
 * only on strictly tight pairs (every strong entity of each in the other,
 * at least one of them, and an anchor besides: two mentions of China's
 * export curbs are not one claim, nor are the Dutch and the US curbs),
 * dates only when they may be rivals (rival_events), and only where no
 * such pair agrees. Says why in why. */
static int sources_differ(cd_report *r, const cluster *c, segment x, segment y, char *why, size_t n) {
  long ok[CD_DIM_N], clash[CD_DIM_N][2];
  for (int k = 0; k < CD_DIM_N; k++) ok[k] = clash[k][0] = -1;
  for (size_t i = x.from; i < x.to; i++)
    for (size_t j = y.from; j < y.to; j++) {
      cd_pair p;
      cd_pair_compare(r->engine->rs, claim_of(r->docs, c->refs[i]), claim_of(r->docs, c->refs[j]), &p);
      r->work++;
      if (!p.tight || p.only_a || p.only_b || p.anchors < 1 || !p.shared) continue;
      for (int k = 1; k < CD_DIM_POLARITY; k++) {
        const cd_claim *ci = claim_of(r->docs, c->refs[i]), *cj = claim_of(r->docs, c->refs[j]);
        if (p.dim[k] == 1) ok[k] = (long)i;
        if (p.dim[k] == 0 && clash[k][0] < 0 &&
            (k == CD_VALUE_DATE ? rival_events(r, ci, cj) : !session_apart(ci, cj, k))) {
          clash[k][0] = (long)i;
          clash[k][1] = (long)j;
        }
      }
    }
  for (int k = 1; k < CD_DIM_POLARITY; k++)
    if (clash[k][0] >= 0 && ok[k] < 0 && docs_disagree(r, c->refs[clash[k][0]], c->refs[clash[k][1]], k)) {
      describe(r, c->refs[clash[k][0]], c->refs[clash[k][1]], k, why, n);
      return 1;
    }
  return 0;
}

/* Has c an entity of its own or a value: an omission's substance? Names
 * taken from the sentences before (a topic, extract.h) are no entity of
 * the claim: "Analysts cautioned that tariffs could climb again" names
 * nobody. */
static int has_substance(const cd_claim *c) {
  return (c->nentities > 0 && !c->inherited) || c->nvalues > 0 || cd_claim_date(c)->kind == CD_VALUE_DATE;
}

/* A cluster of source claims no summary claim pairs with: an omission
 * (when some statement has an entity or a value), or a contradiction when
 * a source differs from the first that states it (never all pairs of
 * sources). segs is scratch of at least c->n entries. Returns 1, 0 when
 * the cluster is not worth a finding, or CD_ENOMEM. */
static int classify(cd_report *r, cluster *c, cd_finding *f, segment *segs) {
  const cd_claim *anchor = claim_of(r->docs, c->refs[0]);
  size_t nseg = 0;
  int substance = 0;
  memset(f, 0, sizeof *f);
  for (size_t i = 0; i < c->n; i++) {
    substance |= has_substance(claim_of(r->docs, c->refs[i]));
    if (nseg && segs[nseg - 1].doc == c->refs[i].doc) {
      segs[nseg - 1].to = i + 1;
    } else {
      segs[nseg].doc = c->refs[i].doc;
      segs[nseg].from = i;
      segs[nseg++].to = i + 1;
    }
  }
  if (!substance) return 0;
  f->predicate = anchor->predicate;
  f->entities = anchor->entities;
  f->nentities = anchor->nentities;
  f->kind = CD_FIND_OMISSION;
  /* figures of two sources are compared only through a summary claim */
  for (size_t k = 1;
       k < nseg && f->kind == CD_FIND_OMISSION && !r->engine->rs->predicates[f->predicate].figures; k++)
    if (sources_differ(r, c, segs[0], segs[k], f->detail, sizeof f->detail)) f->kind = CD_FIND_CONTRADICTION;
  return fill_finding(r, f, c->refs, c->n) < 0 ? CD_ENOMEM : 1;
}

static int rank(cd_finding_kind k) {
  switch (k) {
  case CD_FIND_CONTRADICTION: return 0;
  case CD_FIND_UNSUPPORTED: return 1;
  case CD_FIND_OMISSION: return 2;
  default: return 3;
  }
}

static int cmp_finding(const void *pa, const void *pb) {
  const cd_finding *a = pa, *b = pb;
  if (rank(a->kind) != rank(b->kind)) return rank(a->kind) - rank(b->kind);
  if (a->kind == CD_FIND_OMISSION && a->nsources != b->nsources) return b->nsources - a->nsources;
  /* then by where they first appear: summary order, then source order */
  if (a->claims[0].doc != b->claims[0].doc) return a->claims[0].doc - b->claims[0].doc;
  return a->claims[0].claim - b->claims[0].claim;
}

/* What alignment builds on its way to the findings. */
typedef struct {
  cd_report *r;
  size_t capf;            /* of r->findings */
  size_t *start;          /* npredicates + 1: where each predicate's bucket starts */
  cd_ref *bucket;         /* every claim, by predicate, in document order */
  unsigned char *covered; /* per bucket position: a source claim some summary claim pairs with */
  size_t total;           /* claims in all */
  cluster *cl;            /* source claims no summary claim pairs with: at most one cluster a claim */
  size_t nclusters;
  struct index ix; /* entity -> the current bucket's clusters */
  votes v;
  cd_ref *refs;           /* scratch: a finding's statements, ndocs + 1 */
  long *pos;              /* scratch: bucket positions, ndocs + CD_DIM_N */
  size_t *finding_of;     /* per summary claim: 1 + the index of its finding, 0 for none */
  unsigned char **stated; /* per source, per sentence: how the summary states it (mark_stated) */
} aligner;

/* Finding f of summary claim ref becomes a contradiction on dimension
 * dim with source claim y alone (at bucket position pos), which the
 * claim now pairs with. */
static int contradict(aligner *a, cd_finding *f, cd_ref ref, size_t pos, int dim) {
  cd_ref y = a->bucket[pos];
  a->refs[0] = ref;
  a->refs[1] = y;
  a->covered[pos] = 1;
  if (fill_finding(a->r, f, a->refs, 2) < 0) return CD_ENOMEM;
  describe(a->r, ref, y, dim, f->detail, sizeof f->detail);
  rekind(a->r, f, CD_FIND_CONTRADICTION);
  return 0;
}

/* 1. Every claim into its predicate's bucket (a counting sort that keeps
 *    document order). */
static int bucket_claims(aligner *a) {
  const cd_report *r = a->r;
  size_t np = r->engine->rs->npredicates, *fill, total;
  if (!(a->start = calloc(np + 1, sizeof *a->start))) return CD_ENOMEM;
  for (size_t d = 0; d < r->ndocs; d++)
    for (size_t i = 0; i < r->docs[d]->nclaims; i++) {
      a->start[r->docs[d]->claims[i].predicate + 1]++;
      a->total++;
    }
  for (size_t p = 0; p < np; p++) a->start[p + 1] += a->start[p];
  total = a->total ? a->total : 1;
  if (!(a->bucket = calloc(total, sizeof *a->bucket)) || !(a->cl = calloc(total, sizeof *a->cl)) ||
      !(a->covered = calloc(total, 1)) || !(fill = calloc(np + 1, sizeof *fill)))
    return CD_ENOMEM;
  for (size_t d = 0; d < r->ndocs; d++)
    for (size_t i = 0; i < r->docs[d]->nclaims; i++) {
      int p = r->docs[d]->claims[i].predicate;
      a->bucket[a->start[p] + fill[p]++] = (cd_ref){(int)d, (int)i};
    }
  free(fill);
  return 0;
}

/* Do two sources' claims conflict? They must align on the same names (the
 * second names nothing the first lacks, and the first nothing the second
 * lacks unless the second names nothing at all) and differ on a value or
 * a date (rival_dates). A value at another date is another fact (25% in
 * 2019, 100% this year), and so are two exact values the sentence of
 * summary claim sc states both (23 entities, 16 of them Chinese): only
 * rival estimates of the summary's are rivals, or values its sentence
 * sets side by side as reports (cd_claim.rivals). Returns the
 * dimension, or -1. */
static int sources_conflict_on(const cd_report *r, cd_ref x, cd_ref y, const cd_claim *sc) {
  const cd_claim *cx = claim_of(r->docs, x), *cy = claim_of(r->docs, y);
  cd_pair p;
  cd_pair_compare(r->engine->rs, cx, cy, &p);
  if (!p.aligned || p.only_b || (p.only_a && p.named) || !p.shared) return -1;
  for (int k = 1; k < CD_DIM_POLARITY; k++) {
    const cd_value *vx, *vy;
    if (p.dim[k] != 0) continue;
    if (k == CD_VALUE_DATE) {
      if (!rival_events(r, cx, cy)) continue;
      return k;
    }
    if (cd_claim_date(cx)->kind == CD_VALUE_DATE && cd_claim_date(cy)->kind == CD_VALUE_DATE &&
        dates_apart(cd_claim_date(cx), cd_claim_date(cy)))
      return -1;
    vx = value_of_kind(cx, k);
    vy = value_of_kind(cy, k);
    /* a reading during a session is no rival of the close ("down about 5%
     * in early trading" / "closed down 4.4%") */
    if (session_apart(cx, cy, k)) return -1;
    /* one figure at two precisions ("slid about 2%" / "fell 2.4%") */
    if (vx && vy && (cd_value_rounds_to(vx, vy) || cd_value_rounds_to(vy, vx))) return -1;
    if (vx && vy) {
      int told = states_value(r->engine->rs, r->docs[0], sc->sentence, vx, NULL) &&
                 states_value(r->engine->rs, r->docs[0], sc->sentence, vy, NULL);
      /* a sentence that sets reports side by side tells its own rivals
       * only (a share price and a market value it does not give are none) */
      if (sc->rivals ? !told : told && !(cd_value_estimate(vx) && cd_value_estimate(vy))) return -1;
    }
    return k;
  }
  return -1;
}

/* The source claims the summary claim pairs with: each source's best
 * candidate, tight or fitting, and the first that differs from it on each
 * value or date alone; their bucket positions into out (at most
 * ndocs - 1 + CD_DIM_N). */
static size_t paired(const aligner *a, long *out) {
  size_t n = 0;
  for (size_t d = 1; d < a->r->ndocs; d++)
    if (a->v.best[d] >= 0 && CLASS_OF(a->v.rank[d]) >= CLASS_FITTING) out[n++] = a->v.best[d];
  for (int k = 1; k < CD_DIM_POLARITY; k++) {
    int seen = 0;
    if (a->v.clash[k] < 0) continue;
    for (size_t i = 0; i < n; i++) seen |= a->bucket[out[i]].doc == a->bucket[a->v.clash[k]].doc;
    if (!seen) out[n++] = a->v.clash[k];
  }
  return n;
}

/* Each of those against the first of them: a source claim that conflicts
 * with it makes a contradiction of its own, the summary's claim with the
 * two sources' claims. Linear in the sources. */
static int source_conflict(aligner *a, cd_ref s) {
  cd_report *r = a->r;
  size_t n = paired(a, a->pos);
  for (size_t i = 1; i < n; i++) {
    cd_ref x = a->bucket[a->pos[0]], y = a->bucket[a->pos[i]], refs[3];
    cd_finding f;
    int k;
    r->work++;
    if (x.doc == y.doc || (k = sources_conflict_on(r, x, y, claim_of(r->docs, s))) < 0 ||
        !docs_disagree(r, x, y, k))
      continue;
    a->covered[a->pos[0]] = a->covered[a->pos[i]] = 1;
    memset(&f, 0, sizeof f);
    f.kind = CD_FIND_CONTRADICTION;
    f.predicate = claim_of(r->docs, s)->predicate;
    f.entities = claim_of(r->docs, s)->entities;
    f.nentities = claim_of(r->docs, s)->nentities;
    refs[0] = s;
    refs[1] = x.doc < y.doc ? x : y;
    refs[2] = x.doc < y.doc ? y : x;
    describe(r, refs[1], refs[2], k, f.detail, sizeof f.detail);
    if (fill_finding(r, &f, refs, 3) < 0) return CD_ENOMEM;
    return push_finding(r, &a->capf, &f);
  }
  return 0;
}

/* How the summary states a source sentence: not at all; through a pair
 * that reads alike, which leaves the sentence's dated events to report
 * ("banned their sales in April ..., but reversed the ban in July"); or
 * wholly, through a tight pair or the figures. */
enum { STATED_NOT, STATED_ALIKE, STATED_WHOLE };

/* Is source claim c read with a sentence stated so? */
static int told_with(unsigned char how, const cd_claim *c) {
  return how == STATED_WHOLE || (how == STATED_ALIKE && cd_claim_date(c)->kind != CD_VALUE_DATE);
}

/* Does c speak only against a claim of its own kind: a statement's day
 * (cd_claim.said), a forecast the rules have no verb for (`forecasts:`),
 * a sentence they read nothing of (`unread:`, which meets none)?
 * Then it is never an omission, never unsupported on its own (account_names
 * may still report a name of its sentence on it), and states no
 * sentence. */
static int speaks_alone(const cd_ruleset *rs, const cd_claim *c) {
  return c->said || rs->predicates[c->predicate].forecasts || rs->predicates[c->predicate].unread;
}

/* Marks the sentence of source claim c as one the summary states: a
 * tight pair's, a fitting pair's that reads alike (alike_pair), or one
 * that states the summary's figures. Its other claims make no omission:
 * an editor who reads the sentence in that finding has read them (a side
 * remark of a stated sentence is no fact left out). Not for a claim
 * that speaks alone (speaks_alone: a statement's day, a forecast). */
static void mark_stated(aligner *a, cd_ref c, unsigned char how) {
  unsigned char *m;
  /* a statement's day ("said on Saturday") met tells nothing of what was
   * said, nor a forecast of what else the sentence tells */
  if (c.doc <= 0 || speaks_alone(a->r->engine->rs, claim_of(a->r->docs, c))) return;
  m = &a->stated[c.doc][claim_of(a->r->docs, c)->sentence];
  if (*m != STATED_WHOLE) *m = how;
}

/* Does source claim c, which fits summary claim s, tell it as s does:
 * a value they share, or values and dates on both sides or on neither?
 * "Beijing kept some of its retaliatory tariffs" fits 仍须缴纳13%关税 but
 * does not state it: that sentence's other claims are still facts to
 * report. */
static int alike_pair(const cd_ruleset *rs, const cd_claim *s, const cd_claim *c) {
  cd_pair p;
  cd_pair_compare(rs, s, c, &p);
  return p.content || (!p.lopsided && (cd_claim_date(s)->kind == CD_VALUE_DATE) ==
                                          (cd_claim_date(c)->kind == CD_VALUE_DATE));
}

/* Room for each source's sentence marks (mark_stated). */
static int alloc_stated(aligner *a) {
  const cd_report *r = a->r;
  if (!(a->stated = calloc(r->ndocs ? r->ndocs : 1, sizeof *a->stated))) return CD_ENOMEM;
  for (size_t d = 1; d < r->ndocs; d++)
    if (!(a->stated[d] = calloc(r->docs[d]->nsentences + 1, 1))) return CD_ENOMEM;
  return 0;
}

/* The claims of c's sentence in ex: [*first, *end). Claims are in text
 * order, so they are the run around c. O(claims of the sentence). */
static void sentence_run(const cd_extraction *ex, const cd_claim *c, const cd_claim **first,
                         const cd_claim **end) {
  const cd_claim *last = ex->claims + ex->nclaims;
  *first = c;
  *end = c + 1;
  while (*first > ex->claims && (*first)[-1].sentence == c->sentence) (*first)--;
  while (*end < last && (*end)->sentence == c->sentence) (*end)++;
}

/* Do the sentences of summary claim s and source claim c state amounts
 * of one kind (money, count, percent), none of c's agreeing with one of
 * s's? Then they tell two events (9月底批准…提供5.67亿美元的军事援助
 * against "approved a possible $2 billion sale"), and the dates of the
 * two are no misdating. O(values of the two sentences squared). */
static int amounts_part(const cd_report *r, const cd_claim *s, cd_ref c) {
  const cd_claim *x0, *x1, *y0, *y1;
  int kinds = 0;
  sentence_run(r->docs[0], s, &x0, &x1);
  sentence_run(r->docs[c.doc], claim_of(r->docs, c), &y0, &y1);
  for (const cd_claim *y = y0; y < y1; y++)
    for (size_t j = 0; j < y->nvalues; j++) {
      const cd_value *w = &y->values[j];
      int kind_met = 0;
      if (w->kind == CD_VALUE_DATE || w->kind == CD_VALUE_RATIO) continue;
      for (const cd_claim *x = x0; x < x1; x++)
        for (size_t i = 0; i < x->nvalues; i++) {
          if (x->values[i].kind != w->kind) continue;
          if (cd_value_compatible(&x->values[i], w) == 1) return 0;
          kind_met = 1;
        }
      kinds |= kind_met;
    }
  return kinds;
}

/* Is s a frame (宣布, "announced") whose sentence shares no content
 * predicate with the sentence of the source claim clash? Then the two
 * announcements announce different things, and their dates are two
 * events' (中方宣布暂停…管制 on November 7 against "the curbs it
 * announced on Oct. 9"). What a relative clause tells in passing (an
 * aside: "the rule, which imposed restrictions on ...") is no news
 * announced. O(claims of the two sentences). */
static int frames_apart(const cd_report *r, const cd_claim *s, cd_ref clash) {
  const cd_ruleset *rs = r->engine->rs;
  const cd_claim *x0, *x1, *y0, *y1;
  if (!rs->predicates[s->predicate].frame) return 0;
  sentence_run(r->docs[0], s, &x0, &x1);
  sentence_run(r->docs[clash.doc], claim_of(r->docs, clash), &y0, &y1);
  for (const cd_claim *x = x0; x < x1; x++) {
    if (rs->predicates[x->predicate].frame || rs->predicates[x->predicate].figures || speaks_alone(rs, x) ||
        x->aside)
      continue;
    for (const cd_claim *y = y0; y < y1; y++)
      if (y->predicate == x->predicate && !y->aside) return 0;
  }
  return 1;
}

/* Do claims [x0, x1) and [y0, y1) (two sentences) state one distinctive
 * amount ("doubles to $200", 翻倍 of the same duty: a multiple, money, a
 * count from 10)? O(values of the two sentences squared). */
static int amount_shared(const cd_claim *x0, const cd_claim *x1, const cd_claim *y0, const cd_claim *y1) {
  for (const cd_claim *x = x0; x < x1; x++)
    for (size_t i = 0; i < x->nvalues; i++) {
      const cd_value *v = &x->values[i];
      if (v->kind == CD_VALUE_DATE || (v->kind != CD_VALUE_RATIO && !cd_value_distinctive(v))) continue;
      for (const cd_claim *y = y0; y < y1; y++)
        for (size_t k = 0; k < y->nvalues; k++)
          if (y->values[k].kind == v->kind && cd_value_compatible(v, &y->values[k]) == 1) return 1;
    }
  return 0;
}

/* Do the sentences of summary forecast s and source forecast c tie the
 * two (cd_pair.held): they state one distinctive amount (amount_shared),
 * or each tells an event of one predicate, and the two pair ("the
 * sanctions are probably little more than symbolic" / 有关制裁可能主要属
 * 象征性质: the sanctions in both)? Not a forecast told as done
 * (已, "already"): that is most often an act reported (已于去年3月告知),
 * no forecast. O(claims of the two sentences). */
static int forecasts_tied(const cd_report *r, const cd_claim *s, cd_ref c) {
  const cd_ruleset *rs = r->engine->rs;
  const cd_claim *x0, *x1, *y0, *y1;
  if (s->done || claim_of(r->docs, c)->done) return 0;
  sentence_run(r->docs[0], s, &x0, &x1);
  sentence_run(r->docs[c.doc], claim_of(r->docs, c), &y0, &y1);
  if (amount_shared(x0, x1, y0, y1)) return 1;
  for (const cd_claim *x = x0; x < x1; x++) {
    const cd_predicate *p = &rs->predicates[x->predicate];
    if (p->frame || p->figures || p->forecasts || x->aside) continue;
    for (const cd_claim *y = y0; y < y1; y++) {
      cd_pair q;
      if (y->predicate != x->predicate || y->aside) continue;
      cd_pair_compare(rs, x, y, &q);
      if (q.aligned) return 1;
    }
  }
  return 0;
}

/* The summary claim at bucket position pos against every source claim of
 * its bucket: the votes of its candidates. O(bucket). */
static void poll(aligner *a, size_t pos) {
  cd_report *r = a->r;
  const cd_claim *s = claim_of(r->docs, a->bucket[pos]);
  size_t p = (size_t)s->predicate;
  for (size_t d = 0; d < r->ndocs; d++) a->v.best[d] = -1;
  for (int k = 0; k < CD_DIM_N; k++) a->v.ok[k] = a->v.clash[k] = -1;
  a->v.ok_content = a->v.clash_content = -1;
  a->v.fits = 0;
  for (size_t i = a->start[p]; i < a->start[p + 1]; i++) {
    cd_pair pr;
    if (a->bucket[i].doc == 0) continue;
    /* a statement's day ("said on Tuesday") meets an announcement of
     * the same news only: 宣布将华为列入实体清单 is no "said on Tuesday it
     * would review chip exports" */
    if (claim_of(r->docs, a->bucket[i])->said && frames_apart(r, s, a->bucket[i])) continue;
    cd_pair_compare(r->engine->rs, s, claim_of(r->docs, a->bucket[i]), &pr);
    r->work++;
    if (pr.held && forecasts_tied(r, s, a->bucket[i])) cd_pair_tie(&pr);
    if (!pr.aligned) continue;
    /* paired: tight, or fitting on an anchor (a headline restating it) */
    a->covered[i] |= (unsigned char)((pr.tight || (pr.anchors >= 1 && cd_pair_differs(&pr) < 0)) &&
                                     !(pr.lopsided && !s->nvalues));
    vote(&a->v, a->bucket[i].doc, (long)i, &pr, s->attribution >= 0, s->commentator && s->certain,
         claim_of(r->docs, a->bucket[i])->polarity == CD_POLARITY_NEGATED && !s->aside,
         s->commentator && s->modality == CD_MODALITY_HEDGED && !claim_of(r->docs, a->bucket[i])->commentator,
         hollow(r->docs[a->bucket[i].doc], claim_of(r->docs, a->bucket[i])));
  }
}

/* Do two summary claims say one thing: the same predicate in one sentence
 * with the same flags and speaker, and no value or date to tell them
 * apart ("不存在后门，也不允许远程控制")? The second makes no finding. */
static int restates(const cd_claim *x, const cd_claim *y) {
  return x->sentence == y->sentence && x->predicate == y->predicate && x->polarity == y->polarity &&
         x->modality == y->modality && x->attribution == y->attribution && !x->nvalues && !y->nvalues &&
         cd_claim_date(x)->kind == CD_VALUE_NONE && cd_claim_date(y)->kind == CD_VALUE_NONE;
}

/* Do the two claims share a name (a strong entity, or a speaker)? */
static int share_a_name(const cd_ruleset *rs, const cd_claim *x, const cd_claim *y) {
  for (size_t i = 0; i < x->nentities; i++) {
    const cd_entity *e = &rs->entities[x->entities[i]];
    if (e->weak || e->outlet) continue;
    for (size_t j = 0; j < y->nentities; j++)
      if (y->entities[j] == x->entities[i]) return 1;
  }
  return 0;
}

/* Does the summary state an event of predicate p in sentence n? */
static int sentence_states(const cd_extraction *summary, int n, int p) {
  for (size_t i = 0; i < summary->nclaims; i++)
    if (summary->claims[i].sentence == n && summary->claims[i].predicate == p) return 1;
  return 0;
}

/* Is the summary claim's date (month precision or finer) the date of
 * another event its sentence states, which some source gives to that
 * event with a shared name? Then the date is accounted for: in
 * 去年12月宣布…立案调查 December is the probe's date, which a source gives
 * to "opened an investigation"; its "announced Monday" is a later
 * announcement, not a contradiction. Against a clash a few days off, the
 * source's date must be as fine as the summary's. O(claims of the
 * documents). */
static int date_vouched(aligner *a, const cd_claim *s, const cd_claim *clash) {
  /* against a day a few days off (one event misdated), only a date as
   * fine as the summary's vouches: "this week" vouches for no Monday */
  int fine = cd_pair_near_days(cd_claim_date(s), cd_claim_date(clash));
  const cd_report *r = a->r;
  if (cd_claim_date(s)->kind != CD_VALUE_DATE || cd_claim_date(s)->precision < CD_DATE_MONTH) return 0;
  for (size_t d = 1; d < r->ndocs; d++)
    for (size_t i = 0; i < r->docs[d]->nclaims; i++) {
      const cd_claim *c = &r->docs[d]->claims[i];
      a->r->work++;
      if (c->predicate != s->predicate && cd_claim_date(c)->kind == CD_VALUE_DATE &&
          cd_claim_date(c)->precision >= CD_DATE_MONTH &&
          (!fine || cd_claim_date(c)->precision >= cd_claim_date(s)->precision) &&
          cd_value_compatible(cd_claim_date(s), cd_claim_date(c)) == 1 && share_a_name(r->engine->rs, s, c) &&
          sentence_states(r->docs[0], s->sentence, c->predicate))
        return 1;
    }
  return 0;
}

/* The longest span of days c's sentence in ex tells (cd_pair_days_told).
 * O(claims of the sentence). */
static int days_told(const cd_extraction *ex, const cd_claim *c) {
  const cd_claim *first, *end;
  int most = 0;
  sentence_run(ex, c, &first, &end);
  for (const cd_claim *x = first; x < end; x++)
    for (size_t k = 0; k < x->nvalues; k++) {
      int d = cd_pair_days_told(&x->values[k]);
      if (d > most) most = d;
    }
  return most;
}

/* Are the summary's day and the clashing source's day two days of one
 * event of several, as one of the two sentences tells? */
static int days_of_one_event(const cd_report *r, const cd_claim *s, cd_ref clash) {
  const cd_claim *c = claim_of(r->docs, clash);
  int x = days_told(r->docs[0], s), y = days_told(r->docs[clash.doc], c);
  return cd_pair_one_event_days(cd_claim_date(s), cd_claim_date(c), x > y ? x : y);
}

/* Does another claim of s's predicate in s's own sentence carry the date
 * of clash? Then the sentence tells two events of one kind with their
 * dates (软件禁令2027车型年生效，硬件禁令2029车型年生效): s is the other one,
 * no misdating. O(claims of s's sentence). */
static int sentence_dates_both(const cd_extraction *summary, const cd_claim *s, const cd_claim *clash) {
  const cd_claim *first, *end;
  if (cd_claim_date(clash)->kind != CD_VALUE_DATE) return 0;
  sentence_run(summary, s, &first, &end);
  for (const cd_claim *c = first; c < end; c++)
    if (c != s && c->predicate == s->predicate && cd_claim_date(c)->kind == CD_VALUE_DATE &&
        cd_value_compatible(cd_claim_date(c), cd_claim_date(clash)) == 1)
      return 1;
  return 0;
}

/* Does sentence si of ex name x or one of its members (its minister, its
 * spokesman)? Not one of x's groups: 中方 in a sentence names no
 * spokesman of China's. O(mentions). */
static int sentence_names(const cd_report *r, const cd_extraction *ex, int si, int x) {
  for (size_t i = 0; i < ex->nmentions; i++) {
    const cd_entity *m = &r->engine->rs->entities[ex->mentions[i].entity];
    if (ex->mentions[i].sentence != si) continue;
    if (ex->mentions[i].entity == x) return 1;
    for (size_t g = 0; g < m->ngroups; g++)
      if (m->groups[g] == x) return 1;
  }
  return 0;
}

/* Does s hold a percent of kind k read as a part of a whole? */
static int part_of_whole(const cd_ruleset *rs, const cd_claim *s, int k) {
  for (size_t i = 0; i < s->nvalues && k == CD_VALUE_PERCENT; i++)
    if (cd_pair_part_of_whole(rs, &s->values[i])) return 1;
  return 0;
}

/* Are c's percents changes (cd_pair_change: 1), levels (no measure: 0),
 * or neither or both (-1)? */
static int changes(const cd_ruleset *rs, const cd_claim *c) {
  int m = -1;
  for (size_t i = 0; i < c->nvalues; i++)
    if (c->values[i].kind == CD_VALUE_PERCENT) {
      int x = cd_pair_change(rs, &c->values[i]);
      if ((!x && c->values[i].measure) || (m >= 0 && m != x)) return -1;
      m = x;
    }
  return m;
}

/* Does one of s and c tell a change where the other tells a level
 * ("both will lower tariffs by 115%" against 保留10%关税)? */
static int change_against_level(const cd_ruleset *rs, const cd_claim *s, const cd_claim *c) {
  int x = changes(rs, s), y = changes(rs, c);
  return x >= 0 && y >= 0 && x != y;
}

/* Does c hold a percent of measure m (0: a level of no measure)? */
static int of_measure(const cd_claim *c, unsigned m) {
  for (size_t i = 0; i < c->nvalues; i++)
    if (c->values[i].kind == CD_VALUE_PERCENT && c->values[i].measure == m) return 1;
  return 0;
}

/* Is summary claim s's rate unpinned in source claim c's sentence (of
 * document doc): does s's sentence tell other rates of a measure of s's
 * (none of s's own; 13%关税 is no rate of a share of imports), none of
 * which c's sentence states of their actor (their claim's agent, else
 * s's actor, cd_pair_actor), or one of another programme than s's
 * (cd_pair_programmes_apart) that c's sentence states? A sentence of several rates meets its
 * source by them: 已把关税下调10%，现在是10%而不是20% is no misstated
 * "the cut brings the tariff to 47%", which states neither the 10% nor
 * the 20%. figures.c's unpinned is the same rule for figures. O(claims
 * of the two sentences). */
static int rates_unpinned(const cd_report *r, const cd_claim *s, const cd_claim *c, size_t doc) {
  const cd_claim *first, *end;
  int others = 0, elsewhere = 0, actor;
  sentence_run(r->docs[0], s, &first, &end);
  actor = cd_pair_actor(r->engine->rs, s, first, end);
  for (const cd_claim *x = first; x < end; x++)
    for (size_t k = 0; k < x->nvalues; k++) {
      const cd_value *u = &x->values[k];
      int told;
      if (u->kind != CD_VALUE_PERCENT || claim_states(s, u) || !of_measure(s, u->measure)) continue;
      told = states_actor_value(r->engine->rs, r->docs[doc], c->sentence, u, x,
                                x->agent >= 0 ? x->agent : actor);
      if (cd_pair_programmes_apart(r->engine->rs, x, s)) {
        elsewhere |= told;
        continue;
      }
      others++;
      if (told) return 0;
    }
  return others > 0 || elsewhere;
}

/* Does another claim of s's sentence, of its predicate, state source
 * claim c as c states it, with c's polarity? The summary tells both sides
 * of one scope where the source tells one (新规只适用于新申请案，不适用于
 * 展延 against "petitions already filed are not covered"; 发放许可证…但不
 * 会批准扩产 against "intended to grant licences ... but not to expand"):
 * s's side is no denial of c. O(claims of the sentence). */
static int sibling_tells(const cd_report *r, const cd_claim *s, const cd_claim *c) {
  const cd_claim *first, *end;
  cd_pair p;
  sentence_run(r->docs[0], s, &first, &end);
  for (const cd_claim *x = first; x < end; x++) {
    if (x == s || x->predicate != s->predicate || x->polarity != c->polarity) continue;
    cd_pair_compare(r->engine->rs, x, c, &p);
    if (p.aligned && !p.barred && cd_pair_differs(&p) < 0) return 1;
  }
  return 0;
}

/* The finding of the summary claim at bucket position pos, once polled.
 * Returns 0 or CD_ENOMEM. */
static int summary_finding(aligner *a, size_t pos, cd_finding *f) {
  cd_report *r = a->r;
  const cd_claim *s = claim_of(r->docs, a->bucket[pos]);
  size_t n = 0;
  int k = contradicted_on(&a->v);
  /* a date clash is no misdating where another event holds the date
   * (date_vouched, sentence_dates_both, days_of_one_event), the two
   * sentences' amounts tell two events (amounts_part), a frame
   * dates a statement (frames_apart), or the summary's sentence states
   * the source's date too: 双方10日结束会谈，11日发表声明同意… tells the
   * 10th of "said on Saturday it had reached a deal", and dates the
   * agreement's statement on the 11th */
  if (k == CD_VALUE_DATE &&
      (date_vouched(a, s, claim_of(r->docs, a->bucket[a->v.clash[k]])) ||
       sentence_dates_both(r->docs[0], s, claim_of(r->docs, a->bucket[a->v.clash[k]])) ||
       frames_apart(r, s, a->bucket[a->v.clash[k]]) || days_of_one_event(r, s, a->bucket[a->v.clash[k]]) ||
       states_kind(r->engine->rs, r->docs[0], s->sentence, claim_of(r->docs, a->bucket[a->v.clash[k]]),
                   CD_VALUE_DATE, 1) ||
       amounts_part(r, s, a->bucket[a->v.clash[k]])))
    k = -1;
  /* a clash on a value that the source's sentence states too is one of
   * attachment, not of fact; so is one whose distinctive amount the
   * source states elsewhere ("made 32 additions ..." and "It encompassed
   * 23 Chinese companies": the summary's 23家中企 is a part, no misstated
   * whole) (进口量增长37%，进口价格下降52% against "imports
   * jumped 37% ..., while prices plunged 52%", each 52% on a claim of its
   * own), or whose two amounts or more the source states, each, in
   * whatever sentences (从57%降至47% against "from 20% to 10%" where the
   * next sentence tells "down from 57% to 47%"); nor is one whose source
   * value the summary's sentence states too
   * (这项关税降至10%，使整体关税从57%降至47%: the 10% is no misstated 47%).
   * A value told of another named thing does not count (states_kind: the
   * export control list's 15 is no unreliable entity list's). */
  if (k > 0 && k < CD_VALUE_NKINDS && k != CD_VALUE_DATE) {
    cd_ref clash = a->bucket[a->v.clash[k]];
    const cd_ruleset *rs = r->engine->rs;
    const cd_claim *c = claim_of(r->docs, clash);
    /* two readings of a share's move (cd_pair_moves_apart: "tumbled 5.4%
     * in Hong Kong" is no misstated 8% fall of the ADRs), unless one number
     * in two currencies (40亿港元 for "$4 billion": a slip, no reading) or a
     * part of a whole (仅占总市值约25% against "roughly 2.5% of their total
     * market value") */
    if ((cd_pair_moves_apart(rs, s, c) && !(k == CD_VALUE_MONEY && cd_pair_currency_slip(s, c)) &&
         !part_of_whole(rs, s, k)) ||
        (k == CD_VALUE_PERCENT && (change_against_level(rs, s, c) || rates_unpinned(r, s, c, clash.doc))) ||
        cd_pair_programme_alone(rs, s, c) || states_kind(rs, r->docs[clash.doc], c->sentence, s, k, 1) ||
        states_kind(rs, r->docs[0], s->sentence, c, k, 1) ||
        ((all_of_kind(s, k, cd_value_distinctive) || cd_pair_count_of(s, k) >= 2) &&
         states_kind(rs, r->docs[clash.doc], -1, s, k, 1)) ||
        (all_of_kind(s, k, fine) && stated_elsewhere(r, s, k, clash.doc)))
      k = -1;
  }
  if (k == CD_DIM_POLARITY && sibling_tells(r, s, claim_of(r->docs, a->bucket[a->v.clash[k]]))) k = -1;
  memset(f, 0, sizeof *f);
  f->predicate = s->predicate;
  f->entities = s->entities;
  f->nentities = s->nentities;
  a->refs[n++] = a->bucket[pos];
  if (k > 0) {
    int doc = a->bucket[a->v.clash[k]].doc;
    f->kind = CD_FIND_CONTRADICTION;
    a->v.best[doc] = a->v.clash[k];
    a->v.rank[doc] = RANK(CLASS_TIGHT, 0);
    describe(r, a->bucket[pos], a->bucket[a->v.clash[k]], k, f->detail, sizeof f->detail);
  } else {
    f->kind = a->v.fits ? CD_FIND_AGREEMENT : CD_FIND_UNSUPPORTED;
  }
  for (size_t d = 1; d < r->ndocs && f->kind != CD_FIND_UNSUPPORTED; d++) {
    if (a->v.best[d] < 0 || CLASS_OF(a->v.rank[d]) < CLASS_FITTING) continue;
    a->covered[a->v.best[d]] = 1;
    if (CLASS_OF(a->v.rank[d]) == CLASS_TIGHT ||
        alike_pair(r->engine->rs, s, claim_of(r->docs, a->bucket[a->v.best[d]])))
      mark_stated(a, a->bucket[a->v.best[d]],
                  CLASS_OF(a->v.rank[d]) == CLASS_TIGHT ? STATED_WHOLE : STATED_ALIKE);
    a->refs[n++] = a->bucket[a->v.best[d]];
  }
  return fill_finding(r, f, a->refs, n);
}

/* 2. A finding for each summary claim: contradiction when a tight pair
 *    (or one that differs on that alone) differs on a dimension no
 *    fitting pair agrees on; agreement when pairs fit; unsupported
 *    otherwise (a loose pair never contradicts). Evidence: at most one
 *    claim a source. O(summary claims x bucket). */
static int pair_summary(aligner *a) {
  cd_report *r = a->r;
  long last = -1; /* the bucket position of the last summary claim with a finding */
  for (size_t pos = 0; pos < a->total; pos++) {
    cd_finding f;
    if (a->bucket[pos].doc != 0 ||
        r->engine->rs->predicates[claim_of(r->docs, a->bucket[pos])->predicate].figures)
      continue;
    poll(a, pos);
    if (last >= 0 &&
        claim_of(r->docs, a->bucket[last])->predicate == claim_of(r->docs, a->bucket[pos])->predicate &&
        restates(claim_of(r->docs, a->bucket[last]), claim_of(r->docs, a->bucket[pos])))
      continue;
    last = (long)pos;
    if (summary_finding(a, pos, &f) < 0) return CD_ENOMEM;
    if (f.kind == CD_FIND_UNSUPPORTED && speaks_alone(r->engine->rs, claim_of(r->docs, a->bucket[pos])))
      continue;
    a->finding_of[a->bucket[pos].claim] = r->nfindings + 1;
    if (push_finding(r, &a->capf, &f) < 0) return CD_ENOMEM;
    if (f.kind != CD_FIND_CONTRADICTION && source_conflict(a, a->bucket[pos]) < 0) return CD_ENOMEM;
  }
  return 0;
}

/* A source sentence a summary sentence is paired with: through an
 * agreement or a contradiction of one of its claims; figure: of its
 * figures claim (the two sentences share a value). */
typedef struct {
  int summary, doc, sentence;
  int figure;
} fellow;

static int cmp_fellow(const void *pa, const void *pb) {
  const fellow *x = pa, *y = pb;
  if (x->summary != y->summary) return x->summary < y->summary ? -1 : 1;
  if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
  return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

/* The pairs of sentences the summary's findings so far rest on, sorted,
 * into *out (*out NULL and *n 0 for none; the caller frees it). Returns 0
 * or CD_ENOMEM. */
static int collect_fellows(const cd_report *r, fellow **out, size_t *n) {
  fellow *fl;
  size_t k = 0;
  *out = NULL;
  *n = 0;
  for (size_t i = 0; i < r->nfindings; i++)
    if (r->findings[i].claims[0].doc == 0 && r->findings[i].kind != CD_FIND_UNSUPPORTED)
      k += r->findings[i].nclaims - 1;
  if (!k) return 0;
  if (!(fl = malloc(k * sizeof *fl))) return CD_ENOMEM;
  for (size_t i = 0; i < r->nfindings; i++) {
    const cd_finding *f = &r->findings[i];
    if (f->claims[0].doc != 0 || f->kind == CD_FIND_UNSUPPORTED) continue;
    for (size_t j = 1; j < f->nclaims; j++)
      fl[(*n)++] = (fellow){claim_of(r->docs, f->claims[0])->sentence, f->claims[j].doc,
                            claim_of(r->docs, f->claims[j])->sentence,
                            r->engine->rs->predicates[claim_of(r->docs, f->claims[0])->predicate].figures};
  }
  qsort(fl, *n, sizeof *fl, cmp_fellow);
  *out = fl;
  return 0;
}

/* Does another claim of c's sentence, of c's predicate, have polarity
 * pol? O(claims of the sentence). */
static int tells_polarity(const cd_extraction *summary, const cd_claim *c, cd_polarity pol) {
  const cd_claim *first, *end;
  sentence_run(summary, c, &first, &end);
  for (const cd_claim *x = first; x < end; x++)
    if (x != c && x->predicate == c->predicate && x->polarity == pol) return 1;
  return 0;
}

/* Is the sentence pair key among the fellows (figure: as a figure's,
 * through a shared value)? O(log fellows + the key's fellows). */
static int is_fellow(const fellow *fl, size_t nfl, const fellow *key, int figure) {
  const fellow *hit = bsearch(key, fl, nfl, sizeof *fl, cmp_fellow), *x;
  if (!hit || !figure) return hit != NULL;
  for (x = hit; x >= fl && !cmp_fellow(x, key); x--)
    if (x->figure) return 1;
  for (x = hit + 1; x < fl + nfl && !cmp_fellow(x, key); x++)
    if (x->figure) return 1;
  return 0;
}

/* The summary claim at bucket position pos, against the claims of its
 * predicate in the source sentences its own sentence is paired with
 * (figure: by a shared value only) that it lifts to (cd_pair_lift): the
 * best candidate of each source into a->refs[1..]; returns how many.
 * *flip: a candidate that would be one but for its polarity, or -1.
 * O(bucket x log fellows). */
static size_t lifted(aligner *a, size_t pos, const fellow *fl, size_t nfl, int figure, long *flip) {
  cd_report *r = a->r;
  const cd_claim *s = claim_of(r->docs, a->bucket[pos]);
  size_t p = (size_t)s->predicate, n = 0;
  int score = 0;
  *flip = -1;
  for (size_t i = a->start[p]; i < a->start[p + 1]; i++) {
    cd_ref ref = a->bucket[i];
    cd_pair pr;
    int flipped;
    fellow key = {s->sentence, ref.doc, claim_of(r->docs, ref)->sentence, 0};
    if (ref.doc == 0 || !is_fellow(fl, nfl, &key, figure)) continue;
    cd_pair_compare(r->engine->rs, s, claim_of(r->docs, ref), &pr);
    r->work++;
    /* a candidate that would lift but for its polarity alone */
    flipped = cd_pair_differs(&pr) == CD_DIM_POLARITY;
    if (flipped) pr.dim[CD_DIM_POLARITY] = 1;
    /* aligned on names too weak to anchor it (a country, with the
     * summary's state unmet), stating its values alike; or lifted */
    if (pr.aligned ? pr.barred || cd_pair_differs(&pr) >= 0 || !cd_pair_states_values(s, &pr)
                   : !cd_pair_lift(&pr))
      continue;
    /* a flip the summary's sentence tells itself, in another claim of the
     * predicate (出口许可…，原则上不予许可 against "to get special approval"),
     * is that claim's statement, no denial of this one */
    if (flipped) {
      if (*flip < 0 && !tells_polarity(r->docs[0], s, claim_of(r->docs, ref)->polarity)) *flip = (long)i;
      continue;
    }
    /* bucket positions run in document order: one candidate a source */
    if (n && a->refs[n].doc == ref.doc) {
      if (pr.score <= score) continue;
      n--;
    }
    a->refs[++n] = ref;
    a->pos[n] = (long)i;
    score = pr.score;
  }
  return n;
}

/* Does agreement f pair its summary claim with a source sentence that a
 * shared value pairs its sentence with? */
static int agreed_on_a_value(const aligner *a, const cd_finding *f, const fellow *fl, size_t nfl) {
  const cd_claim *s = claim_of(a->r->docs, f->claims[0]);
  for (size_t j = 1; j < f->nclaims; j++) {
    fellow key = {s->sentence, f->claims[j].doc, claim_of(a->r->docs, f->claims[j])->sentence, 0};
    if (is_fellow(fl, nfl, &key, 1)) return 1;
  }
  return 0;
}

/* 3a. An unsupported summary claim whose sentence is paired with a source
 *     sentence that states its predicate too, with nothing against it, is
 *     an agreement: the other claim's pair anchors the sentence. Run
 *     after the figures, so that a figure agreed anchors its sentence
 *     too (将为中国学生提供免费法律咨询，该校约有3100名中国学生 against
 *     "Midland State, which has about 3,100 students from China, ...
 *     would offer free legal consultations"); a pair aligned on too weak
 *     names (a country, the summary's state unmet) counts when it states
 *     the claim's values and date alike. One that differs from it on
 *     polarity alone contradicts; so does one in a sentence a shared value
 *     pairs (its figures agree) against an agreement that rests on no
 *     such sentence. Figures claims keep the figures' verdict. */
static int lift_fellows(aligner *a) {
  cd_report *r = a->r;
  size_t nfl;
  fellow *fl;
  int error = 0;
  if (collect_fellows(r, &fl, &nfl) < 0) return CD_ENOMEM;
  for (size_t pos = 0; pos < a->total && fl && !error; pos++) {
    cd_ref ref = a->bucket[pos];
    size_t fi = ref.doc == 0 ? a->finding_of[ref.claim] : 0, n;
    cd_finding *f = fi ? &r->findings[fi - 1] : NULL;
    long flip;
    /* a figures claim's verdict is the figures' own (figures.c) */
    if (!f || f->claims[0].claim != ref.claim ||
        r->engine->rs->predicates[claim_of(r->docs, ref)->predicate].figures)
      continue;
    /* an agreement no shared value anchors yields to the denial of the
     * source sentence a shared value pairs its own with (三名法官组成的
     * 合议庭…认为，该法授权总统…征收关税 against "a three-judge panel ...
     * said the Act does not give the president unbounded power to set
     * tariffs": the tariffs it agreed with were told of elsewhere) */
    if (f->kind == CD_FIND_AGREEMENT) {
      if (!agreed_on_a_value(a, f, fl, nfl) && !lifted(a, pos, fl, nfl, 1, &flip) && flip >= 0)
        error = contradict(a, f, ref, (size_t)flip, CD_DIM_POLARITY);
      continue;
    }
    if (f->kind != CD_FIND_UNSUPPORTED) continue;
    n = lifted(a, pos, fl, nfl, 0, &flip);
    /* the sentence pair anchors it, and only the polarity differs */
    if (!n) {
      if (flip >= 0) error = contradict(a, f, ref, (size_t)flip, CD_DIM_POLARITY);
      continue;
    }
    a->refs[0] = ref;
    for (size_t k = 1; k <= n; k++) {
      a->covered[a->pos[k]] = 1;
      if (alike_pair(r->engine->rs, claim_of(r->docs, ref), claim_of(r->docs, a->refs[k])))
        mark_stated(a, a->refs[k], STATED_ALIKE);
    }
    if ((error = fill_finding(r, f, a->refs, n + 1)) < 0) break;
    rekind(r, f, CD_FIND_AGREEMENT);
  }
  free(fl);
  return error;
}

/* Does a claim of source claim ref's sentence have speaker x (or one
 * related: its ministry, its minister)? */
static int sentence_voices(const cd_report *r, cd_ref ref, int x) {
  const cd_claim *first, *end;
  sentence_run(r->docs[ref.doc], claim_of(r->docs, ref), &first, &end);
  for (const cd_claim *c = first; c < end; c++)
    if (c->attribution >= 0 && cd_rules_related(r->engine->rs, c->attribution, x)) return 1;
  return 0;
}

/* Does a source say what summary claim s says in the voice of s's
 * speaker's country (a country speaks for its government and any of its
 * bodies: "Beijing said it firmly opposes" for 外交部发言人表示，中方坚决
 * 反对): the same predicate and polarity, a pair that differs on nothing
 * but the speaker? Then giving it to s's speaker swaps no voice.
 * O(s's predicate's bucket). */
static int country_voices(const aligner *a, const cd_claim *s) {
  const cd_ruleset *rs = a->r->engine->rs;
  int country = cd_rules_country(rs, s->attribution);
  if (country < 0) return 0;
  for (size_t i = a->start[s->predicate]; i < a->start[s->predicate + 1]; i++) {
    const cd_claim *c = claim_of(a->r->docs, a->bucket[i]);
    cd_pair p;
    if (a->bucket[i].doc == 0 || c->attribution < 0 || !rs->entities[c->attribution].weak ||
        cd_rules_country(rs, c->attribution) != country || c->polarity != s->polarity)
      continue;
    cd_pair_compare(rs, s, c, &p);
    if (p.aligned && cd_pair_differs(&p) < 0) return 1;
  }
  return 0;
}

/* Is source claim ref the object of a stance its own speaker takes in
 * its sentence ("the ministry firmly opposes the imposition of additional
 * tariffs": the imposition is no statement of the ministry's), a claim of
 * a `stance:` predicate by the same speaker? O(claims of the sentence). */
static int stance_object(const cd_report *r, cd_ref ref) {
  const cd_ruleset *rs = r->engine->rs;
  const cd_claim *first, *end, *c = claim_of(r->docs, ref);
  if (rs->predicates[c->predicate].stance) return 0;
  sentence_run(r->docs[ref.doc], c, &first, &end);
  for (const cd_claim *x = first; x < end; x++)
    if (x != c && rs->predicates[x->predicate].stance && x->attribution == c->attribution) return 1;
  return 0;
}

/* Does agreement f of summary claim s rest on loose pairs alone, none
 * of them with s's speaker ("Delisting takes effect about 10 days after
 * filing" for 美国证交会表示，上市和退市是…常态)? O(sources). */
static int loosely_agreed(const cd_report *r, const cd_finding *f, const cd_claim *s) {
  if (f->kind != CD_FIND_AGREEMENT) return 0;
  for (size_t i = 1; i < f->nclaims; i++) {
    const cd_claim *c = claim_of(r->docs, f->claims[i]);
    cd_pair p;
    cd_pair_compare(r->engine->rs, s, c, &p);
    if (p.tight ||
        (c->attribution >= 0 && cd_pair_same_speaker(r->engine->rs, s->attribution, c->attribution)))
      return 0;
  }
  return 1;
}

/* 2c. An unsupported summary claim that a source states but for who
 *     said it (cd_pair_voices), where nobody in that source sentence is
 *     its speaker and its own sentence does not name the source's (the
 *     summary that tells both voices swaps none), gives the statement to
 *     another: a contradiction on attribution, against the best such
 *     source claim. So does one agreed on loose pairs alone (a mention
 *     of the topic), none of them the speaker's, against a source claim
 *     whose sentence does not name the summary's speaker either (高通表示，
 *     正在配合调查 is no swap of "SAMR said it was investigating
 *     Qualcomm"). O(bucket) a summary claim. */
static int swap_voices(aligner *a) {
  cd_report *r = a->r;
  for (size_t pos = 0; pos < a->total; pos++) {
    cd_ref ref = a->bucket[pos];
    const cd_claim *s = claim_of(r->docs, ref);
    size_t fi = ref.doc == 0 ? a->finding_of[ref.claim] : 0;
    cd_finding *f = fi ? &r->findings[fi - 1] : NULL;
    long best = -1;
    int best_score = 0;
    if (!f || f->claims[0].claim != ref.claim || s->attribution < 0 ||
        (f->kind != CD_FIND_UNSUPPORTED && !loosely_agreed(r, f, s)) || country_voices(a, s))
      continue;
    for (size_t i = a->start[s->predicate]; i < a->start[s->predicate + 1]; i++) {
      int score;
      const cd_claim *c = claim_of(r->docs, a->bucket[i]);
      if (a->bucket[i].doc == 0 || c->aside || !cd_pair_voices(r->engine->rs, s, c, &score) ||
          stance_object(r, a->bucket[i]) || sentence_voices(r, a->bucket[i], s->attribution) ||
          sentence_names(r, r->docs[0], s->sentence, c->attribution) ||
          (f->kind == CD_FIND_AGREEMENT &&
           sentence_names(r, r->docs[a->bucket[i].doc], c->sentence, s->attribution)) ||
          (best >= 0 && score <= best_score))
        continue;
      best = (long)i;
      best_score = score;
    }
    r->work += a->start[s->predicate + 1] - a->start[s->predicate];
    if (best >= 0 && contradict(a, f, ref, (size_t)best, CD_DIM_SPEAKER) < 0) return CD_ENOMEM;
  }
  return 0;
}

/* Marks source claim ref as paired with a summary claim, so that it makes
 * no omission. O(its predicate's bucket). */
static void cover(aligner *a, cd_ref ref) {
  int p = claim_of(a->r->docs, ref)->predicate;
  for (size_t i = a->start[p]; i < a->start[p + 1]; i++)
    if (a->bucket[i].doc == ref.doc && a->bucket[i].claim == ref.claim) a->covered[i] = 1;
}

/* Is there a contradiction that quotes the sentences of source claims x
 * and y both? O(findings). */
static int told(const cd_report *r, cd_ref x, cd_ref y) {
  int sx = claim_of(r->docs, x)->sentence, sy = claim_of(r->docs, y)->sentence;
  for (size_t k = 0; k < r->nfindings; k++) {
    const cd_finding *f = &r->findings[k];
    int hx = 0, hy = 0;
    if (f->kind != CD_FIND_CONTRADICTION) continue;
    for (size_t i = 0; i < f->nclaims; i++) {
      hx |= f->claims[i].doc == x.doc && claim_of(r->docs, f->claims[i])->sentence == sx;
      hy |= f->claims[i].doc == y.doc && claim_of(r->docs, f->claims[i])->sentence == sy;
    }
    if (hx && hy) return 1;
  }
  return 0;
}

/* Is the finding of summary claim i an agreement? */
static int agreed(const aligner *a, size_t i) {
  return a->finding_of[i] && a->r->findings[a->finding_of[i] - 1].kind == CD_FIND_AGREEMENT;
}

/* Does a source claim that agreement f cites state an amount of summary
 * claim c (a value, not a date)? Such a claim of c's own predicate vouches
 * for c's certainty; one that names no amount ("what penalty it might
 * seek") does not. O(claims of f x values). */
static int agreed_on_amounts(const cd_report *r, const cd_finding *f, const cd_claim *c) {
  for (size_t i = 0; i < f->nclaims; i++) {
    const cd_claim *x = claim_of(r->docs, f->claims[i]);
    if (f->claims[i].doc == 0) continue;
    for (size_t j = 0; j < c->nvalues; j++)
      for (size_t k = 0; k < x->nvalues; k++)
        if (c->values[j].kind != CD_VALUE_DATE && cd_value_compatible(&c->values[j], &x->values[k]) == 1)
          return 1;
  }
  return 0;
}

/* 3. Every amount of the summary accounted for (figures.h): a figures
 *    claim (the amounts no trigger took) gets the finding its verdict
 *    says; a claim already judged becomes a contradiction when one of
 *    its amounts is contradicted, an agreement when it was unsupported
 *    and the sources state all its amounts, and stays as it was
 *    otherwise. */
static int account_figures(aligner *a) {
  cd_report *r = a->r;
  const cd_extraction *summary = r->docs[0];
  cd_figures *fx;
  cd_figure_verdict v;
  v.with = a->refs + 1;
  if (cd_figures_index(&fx, r->engine->rs, r->docs, r->ndocs) < 0) return CD_ENOMEM;
  for (size_t i = 0; i < summary->nclaims; i++) {
    const cd_claim *c = &summary->claims[i];
    int figure = r->engine->rs->predicates[c->predicate].figures;
    cd_finding f, *old = a->finding_of[i] ? &r->findings[a->finding_of[i] - 1] : NULL;
    if ((!c->nvalues && cd_claim_date(c)->kind == CD_VALUE_NONE) ||
        (!figure && (!old || old->kind == CD_FIND_CONTRADICTION)))
      continue;
    cd_figures_check(fx, (int)i, &v, &r->work);
    /* two sources' rival figures already told by a finding of their
     * claims (a predicate's source conflict): that one says it */
    if (v.rivals && told(r, v.with[0], v.with[1])) continue;
    /* a claim of its own predicate that some source tells as certain as
     * the summary does, the amounts agreeing, outweighs a sentence that
     * states the amounts with the other certainty: "estimated the
     * company's U.S. revenue at about $1.9 billion" vouches for 研究机构
     * 估计…收入约19亿美元 whatever "estimates the company took in about
     * US$1.9 billion" (no trigger, no hedge cue) reads as */
    if (v.certainty && old && old->kind == CD_FIND_AGREEMENT && agreed_on_amounts(r, old, c)) continue;
    /* a source sentence that states this claim's amounts states the
     * claim: its other claims are side remarks, whatever finding the claim
     * keeps */
    if (v.kind == CD_FIND_AGREEMENT)
      for (size_t k = 0; k < v.nwith; k++) mark_stated(a, v.with[k], STATED_WHOLE);
    /* a claim no source's claim pairs with, whose every amount the
     * sources state in anchored sentences, is supported by them ("降至30%"
     * where the sources write "fell from 145% to 30%") */
    if (v.kind < 0 || (!figure && v.kind != CD_FIND_CONTRADICTION &&
                       !(v.kind == CD_FIND_AGREEMENT && old && old->kind == CD_FIND_UNSUPPORTED)))
      continue;
    memset(&f, 0, sizeof f);
    f.kind = (cd_finding_kind)v.kind;
    f.predicate = c->predicate;
    f.entities = c->entities;
    f.nentities = c->nentities;
    snprintf(f.detail, sizeof f.detail, "%s", v.detail);
    for (size_t k = 0; k < v.nwith; k++) {
      cover(a, v.with[k]);
      mark_stated(a, v.with[k], STATED_WHOLE);
    }
    a->refs[0] = (cd_ref){0, (int)i};
    if (fill_finding(r, &f, a->refs, v.nwith + 1) < 0) goto fail;
    if (old) {
      r->counts[old->kind]--;
      r->counts[f.kind]++;
      *old = f;
    } else if (push_finding(r, &a->capf, &f) < 0) {
      goto fail;
    } else {
      a->finding_of[i] = r->nfindings; /* 1 + its index */
    }
  }
  cd_figures_free(fx);
  return 0;
fail:
  cd_figures_free(fx);
  return CD_ENOMEM;
}

/* Does every source sentence agreement finding x quotes also appear in
 * agreement finding y? O(claims of x x claims of y). */
static int quoted_within(const cd_report *r, const cd_finding *x, const cd_finding *y) {
  for (size_t i = 0; i < x->nclaims; i++) {
    int found = x->claims[i].doc == 0;
    for (size_t j = 0; j < y->nclaims && !found; j++)
      found = y->claims[j].doc == x->claims[i].doc &&
              claim_of(r->docs, y->claims[j])->sentence == claim_of(r->docs, x->claims[i])->sentence;
    if (!found) return 0;
  }
  return 1;
}

/* What a summary claim's agreement shows: an event before a mention
 * (降至30% before the 关税 that names the tariff), then the values and
 * the date it compares (蒙受55亿美元的损失 before the 出口管制 it names). */
static size_t shows(const cd_claim *c) {
  size_t n = c->nvalues + (cd_claim_date(c)->kind == CD_VALUE_DATE);
  return c->rule && c->rule->mention ? n : n + 100;
}

/* Of two summary claims whose agreements quote the same sentences, is
 * j's the one to show: it shows more, or as much and comes first? */
static int outranks(const cd_extraction *summary, size_t j, size_t i) {
  size_t sj = shows(&summary->claims[j]), si = shows(&summary->claims[i]);
  return sj > si || (sj == si && j < i);
}

/* Is summary claim i's agreement told by another agreement of its
 * sentence (claims from..) that quotes every source sentence it quotes
 * (of two that quote the same, the one that outranks)? The editor who
 * reads that one has read it: 7月31日约谈英伟达 and its date's figures claim
 * cite one sentence of each source. */
static int agreement_told(const aligner *a, size_t from, size_t i, const unsigned char *drop) {
  const cd_extraction *summary = a->r->docs[0];
  const cd_finding *x = &a->r->findings[a->finding_of[i] - 1];
  for (size_t j = from; j < summary->nclaims && summary->claims[j].sentence == summary->claims[i].sentence;
       j++) {
    const cd_finding *y;
    if (j == i || !agreed(a, j) || a->finding_of[j] == a->finding_of[i] || drop[a->finding_of[j] - 1])
      continue;
    y = &a->r->findings[a->finding_of[j] - 1];
    if (quoted_within(a->r, x, y) && (!quoted_within(a->r, y, x) || outranks(summary, j, i))) return 1;
  }
  return 0;
}

/* Does a claim of summary sentence si (its claims from `from` on) hold a
 * value or a date? */
static int sentence_dated(const cd_extraction *summary, size_t from, int si) {
  for (size_t j = from; j < summary->nclaims && summary->claims[j].sentence == si; j++)
    if (summary->claims[j].nvalues || cd_claim_date(&summary->claims[j])->kind == CD_VALUE_DATE) return 1;
  return 0;
}

/* 3b. A frame (宣布, "announced": `frame: true`) says that something was
 *    said; what was said is the claims of its sentence. When one of them
 *    is supported, the frame's own lack of a source ("said on Tuesday"
 *    where the summary says 宣布) is no finding: the unsupported frame is
 *    dropped. So is an agreement another agreement of its sentence tells
 *    (agreement_told). O(claims) over the summary (claims are in sentence
 *    order), times the claims of a sentence. */
static int fold_frames(aligner *a) {
  cd_report *r = a->r;
  const cd_extraction *summary = r->docs[0];
  const cd_ruleset *rs = r->engine->rs;
  size_t kept = 0, from = 0;
  unsigned char *drop;
  if (!r->nfindings) return 0;
  if (!(drop = calloc(r->nfindings, 1))) return CD_ENOMEM;
  for (size_t i = 0; i < summary->nclaims; i++) {
    const cd_claim *c = &summary->claims[i];
    int backed = 0;
    if (i == 0 || summary->claims[i - 1].sentence != c->sentence) from = i;
    if (agreed(a, i)) {
      drop[a->finding_of[i] - 1] |= (unsigned char)agreement_told(a, from, i, drop);
      continue;
    }
    /* a denial that points back borrows the claim before it (a guess at
     * what is denied): unpaired, the guess is no finding, unless its
     * sentence holds a value or a date, which a finding must quote */
    if (c->borrowed && !sentence_dated(summary, from, c->sentence) && a->finding_of[i] &&
        r->findings[a->finding_of[i] - 1].kind == CD_FIND_UNSUPPORTED) {
      drop[a->finding_of[i] - 1] = 1;
      continue;
    }
    if (!rs->predicates[c->predicate].frame || !a->finding_of[i] ||
        r->findings[a->finding_of[i] - 1].kind != CD_FIND_UNSUPPORTED)
      continue;
    for (size_t j = from; j < summary->nclaims && summary->claims[j].sentence == c->sentence && !backed; j++)
      backed = !rs->predicates[summary->claims[j].predicate].frame && a->finding_of[j] &&
               !drop[a->finding_of[j] - 1];
    drop[a->finding_of[i] - 1] = (unsigned char)backed;
  }
  for (size_t k = 0; k < r->nfindings; k++) {
    if (drop[k])
      r->counts[r->findings[k].kind]--;
    else
      r->findings[kept++] = r->findings[k];
  }
  r->nfindings = kept;
  memset(a->finding_of, 0, summary->nclaims * sizeof *a->finding_of); /* stale from here on */
  free(drop);
  return 0;
}

/* The first claim of summary sentence k (claims are in sentence order),
 * or -1. */
static int first_claim_of(const cd_extraction *summary, int k) {
  for (size_t i = 0; i < summary->nclaims; i++)
    if (summary->claims[i].sentence >= k) return summary->claims[i].sentence == k ? (int)i : -1;
  return -1;
}

/* Adds name u to the detail of a names finding ("name: A (S) is in no
 * source" becomes "names: A, B (S) are in no source"); a name that does
 * not fit is left out of the text, not of the count of findings. */
static void add_name(char *detail, size_t n, const cd_extraction *summary, const cd_unnamed *u) {
  char list[sizeof((cd_finding *)0)->detail];
  const char *tail = strstr(detail, " (S) "), *head = strchr(detail, ' ');
  int len = (int)(u->span.end - u->span.start);
  if (!tail || !head || head >= tail) return;
  snprintf(list, sizeof list, "%.*s", (int)(tail - head - 1), head + 1);
  snprintf(detail, n, "names: %.160s, %.*s (S) are in no source", list, len < 60 ? len : 60,
           summary->doc->bytes + u->span.start);
}

/* The unsupported finding of summary sentence si that tells its names
 * (a detail of "name"), else one of its claims with no detail yet; NULL
 * for none. O(findings). */
static cd_finding *unsupported_of(cd_report *r, int si) {
  cd_finding *plain = NULL;
  for (size_t k = 0; k < r->nfindings; k++) {
    cd_finding *f = &r->findings[k];
    if (f->kind != CD_FIND_UNSUPPORTED || f->claims[0].doc != 0 ||
        claim_of(r->docs, f->claims[0])->sentence != si)
      continue;
    if (!strncmp(f->detail, "name", 4)) return f;
    if (!f->detail[0] && !plain) plain = f;
  }
  return plain;
}

/* The contradiction of a claim of summary sentence si that names entity
 * e, or NULL. It tells the name, in its detail: 美国参议员科顿提出了《芯片
 * 安全法案》 against the bill Huizenga and Foster introduced is one
 * contradiction on the sponsor, no unsupported beside it. O(findings). */
static cd_finding *contradiction_naming(cd_report *r, int si, int e) {
  for (size_t k = 0; k < r->nfindings; k++) {
    cd_finding *f = &r->findings[k];
    const cd_claim *c;
    if (f->kind != CD_FIND_CONTRADICTION || f->claims[0].doc != 0) continue;
    c = claim_of(r->docs, f->claims[0]);
    if (c->sentence != si) continue;
    for (size_t i = 0; i < c->nentities; i++)
      if (c->entities[i] == e) return f;
  }
  return NULL;
}

/* The finding of summary claim c (its first claim), or NULL. O(findings). */
static cd_finding *finding_for(cd_report *r, int c) {
  for (size_t k = 0; k < r->nfindings; k++)
    if (r->findings[k].claims[0].doc == 0 && r->findings[k].claims[0].claim == c) return &r->findings[k];
  return NULL;
}

/* The source claim that tells summary claim c's act of another
 * department of the same government: the same predicate and polarity,
 * its speaker (or agent, where x is c's agent and not its speaker) a
 * department kin to x and not x. A department no source names, standing
 * where the sources name its kin (中国外交部表示，将采取必要措施 / "the
 * Commerce Ministry vowed necessary measures"), is a statement given to
 * the wrong body, not a name brought in. *dim: the role it stands in.
 * O(claims of the sources). */
static int kin_teller(const cd_report *r, const cd_claim *c, int x, cd_ref *out, int *dim) {
  const cd_ruleset *rs = r->engine->rs;
  int speaker = c->attribution == x;
  if (!rs->entities[x].department || (!speaker && c->agent != x)) return 0;
  for (size_t d = 1; d < r->ndocs; d++)
    for (size_t k = 0; k < r->docs[d]->nclaims; k++) {
      const cd_claim *y = &r->docs[d]->claims[k];
      int who = speaker ? (y->attribution >= 0 ? y->attribution : y->agent) : y->agent;
      if (y->predicate != c->predicate || y->polarity != c->polarity || who < 0 ||
          !rs->entities[who].department || cd_rules_related(rs, x, who) || !cd_rules_kin(rs, x, who))
        continue;
      *out = (cd_ref){(int)d, (int)k};
      *dim = speaker && y->attribution >= 0 ? CD_DIM_SPEAKER : CD_DIM_AGENCY;
      return 1;
    }
  return 0;
}

/* The claim of summary sentence si whose speaker or agent is entity x,
 * and the source claim that gives its act to x's kin (kin_teller), or -1. */
static int misattributed(const cd_report *r, int si, int x, cd_ref *y, int *dim) {
  const cd_extraction *summary = r->docs[0];
  int c = first_claim_of(summary, si);
  if (c < 0 || x < 0) return -1;
  for (size_t i = (size_t)c; i < summary->nclaims && summary->claims[i].sentence == si; i++)
    if (kin_teller(r, &summary->claims[i], x, y, dim)) return (int)i;
  return -1;
}

/* A finding of summary claim c that becomes (or is made) a contradiction
 * with source claim y on dimension dim. */
static int misattribution(aligner *a, cd_finding *told, int c, cd_ref y, int dim) {
  cd_report *r = a->r;
  cd_finding f;
  cd_ref refs[2] = {{0, c}, y};
  /* the source claims of that act by that body are told by the
   * contradiction: no omission of them */
  const cd_claim *cy = claim_of(r->docs, y);
  int body = cy->attribution >= 0 ? cy->attribution : cy->agent;
  for (size_t pos = a->start[cy->predicate]; pos < a->start[cy->predicate + 1]; pos++) {
    const cd_claim *z = claim_of(r->docs, a->bucket[pos]);
    if (a->bucket[pos].doc > 0 && z->polarity == cy->polarity &&
        ((z->attribution >= 0 && cd_rules_related(r->engine->rs, z->attribution, body)) ||
         (z->agent >= 0 && cd_rules_related(r->engine->rs, z->agent, body))))
      a->covered[pos] = 1;
  }
  if (told && told->claims[0].doc == 0 && told->claims[0].claim == c) {
    if (fill_finding(r, told, refs, 2) < 0) return CD_ENOMEM;
    describe(r, refs[0], y, dim, told->detail, sizeof told->detail);
    rekind(r, told, CD_FIND_CONTRADICTION);
    return 0;
  }
  memset(&f, 0, sizeof f);
  f.kind = CD_FIND_CONTRADICTION;
  f.predicate = r->docs[0]->claims[c].predicate;
  f.entities = r->docs[0]->claims[c].entities;
  f.nentities = r->docs[0]->claims[c].nentities;
  if (fill_finding(r, &f, refs, 2) < 0) return CD_ENOMEM;
  describe(r, refs[0], y, dim, f.detail, sizeof f.detail);
  return push_finding(r, &a->capf, &f);
}

/* 4. Every name of a Chinese summary accounted for (names.h): a name no
 *    source gives makes an unsupported finding on the first claim of its
 *    sentence, which says which name; the names of one sentence make one
 *    finding, and a claim of the sentence already unsupported tells them
 *    (the editor checks the sentence once). */
static int account_names(aligner *a) {
  cd_report *r = a->r;
  const cd_extraction *summary = r->docs[0];
  cd_unnamed *un = malloc(NAMES_MAX * sizeof *un);
  size_t n;
  if (!un) return CD_ENOMEM;
  n = cd_names_find(r->docs, r->ndocs, un, NAMES_MAX, &r->work);
  for (size_t i = 0; i < n; i++) {
    int c = first_claim_of(summary, un[i].sentence), m, dim;
    cd_finding f, *told;
    cd_ref ref = {0, c}, y;
    if (c < 0) continue;
    /* a department in the place of its kin: a misattribution */
    if ((m = misattributed(r, un[i].sentence, un[i].entity, &y, &dim)) >= 0) {
      /* one finding a claim: told already (swap_voices), or its
       * agreement (on a loose pair) becomes the contradiction */
      cd_finding *own = finding_for(r, m);
      if (own && own->kind == CD_FIND_CONTRADICTION) continue;
      if (misattribution(a, own && own->kind == CD_FIND_AGREEMENT ? own : unsupported_of(r, un[i].sentence),
                         m, y, dim) < 0) {
        free(un);
        return CD_ENOMEM;
      }
      continue;
    }
    if (un[i].entity >= 0 && (told = contradiction_naming(r, un[i].sentence, un[i].entity))) {
      size_t len = strlen(told->detail);
      snprintf(told->detail + len, sizeof told->detail - len, "; name: %.*s (S) is in no source",
               (int)(un[i].span.end - un[i].span.start), summary->doc->bytes + un[i].span.start);
      continue;
    }
    if ((told = unsupported_of(r, un[i].sentence))) {
      if (told->detail[0])
        add_name(told->detail, sizeof told->detail, summary, &un[i]);
      else
        snprintf(told->detail, sizeof told->detail, "name: %.*s (S) is in no source",
                 (int)(un[i].span.end - un[i].span.start), summary->doc->bytes + un[i].span.start);
      continue;
    }
    memset(&f, 0, sizeof f);
    f.kind = CD_FIND_UNSUPPORTED;
    f.predicate = summary->claims[c].predicate;
    f.entities = summary->claims[c].entities;
    f.nentities = summary->claims[c].nentities;
    snprintf(f.detail, sizeof f.detail, "name: %.*s (S) is in no source",
             (int)(un[i].span.end - un[i].span.start), summary->doc->bytes + un[i].span.start);
    if (fill_finding(r, &f, &ref, 1) < 0 || push_finding(r, &a->capf, &f) < 0) {
      free(un);
      return CD_ENOMEM;
    }
  }
  free(un);
  return 0;
}

/* Has c no entity but (perhaps) its speaker? */
static int bare_claim(const cd_claim *c) {
  return c->nentities == 0 || (c->nentities == 1 && c->entities[0] == c->attribution);
}

/* The index slot of the claim's k-th expanded entity; slot nentities holds
 * the clusters of claims with no entity but maybe their speaker; -1 for
 * none. */
static int slot_of(const cd_ruleset *rs, const int *ex, size_t nex, size_t k, int bare) {
  return k < nex ? ex[k] : bare ? (int)rs->nentities : -1;
}

/* The best-scoring cluster among those linked to the claim's entities, or
 * -1. A cluster is judged by its first CLUSTER_PROBE statements. */
static int best_cluster(aligner *a, const cd_claim *c, const int *ex, size_t nex, int bare) {
  const cd_ruleset *rs = a->r->engine->rs;
  struct index *ix = &a->ix;
  int best = -1, bests = 0, figures = rs->predicates[c->predicate].figures;
  ix->now++;
  for (size_t k = 0; k <= nex; k++) {
    int e = slot_of(rs, ex, nex, k, bare);
    if (e < 0) continue;
    for (int l = ix->heads[e]; l >= 0; l = ix->links[l].next) {
      size_t cl_i = (size_t)ix->links[l].cluster;
      int sc = 0;
      if (ix->stamp[cl_i] == ix->now) continue;
      ix->stamp[cl_i] = ix->now;
      for (size_t m = 0; m < a->cl[cl_i].n && m < CLUSTER_PROBE; m++) {
        cd_pair p;
        cd_pair_compare(rs, c, claim_of(a->r->docs, a->cl[cl_i].refs[m]), &p);
        a->r->work++;
        /* figures are one fact only where they share a value */
        if (p.aligned && (!figures || p.content) && 1000 + p.score > sc) sc = 1000 + p.score;
      }
      if (sc > bests || (sc == bests && sc > 0 && (int)cl_i < best)) {
        bests = sc;
        best = (int)cl_i;
      }
    }
  }
  return best;
}

/* Links cluster best to the claim's entities (where not linked already). */
static int link_cluster(aligner *a, int best, const int *ex, size_t nex, int bare) {
  struct index *ix = &a->ix;
  for (size_t k = 0; k <= nex; k++) {
    int e = slot_of(a->r->engine->rs, ex, nex, k, bare);
    if (e < 0) continue;
    if (ix->heads[e] >= 0 && ix->links[ix->heads[e]].cluster == best) continue;
    if (cd_array_reserve((void **)&ix->links, &ix->caplinks, ix->nlinks + 1, sizeof *ix->links) < 0)
      return CD_ENOMEM;
    ix->links[ix->nlinks].cluster = best;
    ix->links[ix->nlinks].next = ix->heads[e];
    ix->heads[e] = (int)ix->nlinks++;
  }
  return 0;
}

/* Is multiple v what two other values of the source sentence [first,
 * end) make already: "will halve the tariff rate ... to 7.5% from 15%"?
 * Then a summary that states the two (由15%下调至7.5%) states it.
 * O(values of the sentence squared). */
static int implied_multiple(const cd_value *v, const cd_claim *first, const cd_claim *end) {
  if (v->kind != CD_VALUE_RATIO || v->range || v->num <= 0) return 0;
  for (const cd_claim *x = first; x < end; x++)
    for (size_t i = 0; i < x->nvalues; i++)
      for (const cd_claim *y = first; y < end; y++)
        for (size_t k = 0; k < y->nvalues; k++) {
          const cd_value *a = &x->values[i], *b = &y->values[k];
          if (a != b && a->kind == b->kind && (a->kind == CD_VALUE_PERCENT || a->kind == CD_VALUE_MONEY) &&
              !a->range && !b->range && b->num > 0 && fabs(a->num / b->num - v->num) < 1e-9 * v->num)
            return 1;
        }
  return 0;
}

/* Does one summary sentence state every value and date of the source
 * sentence [first, end), two at least (a multiple its other values make
 * aside)? Then the summary tells that
 * sentence, by its figures if by no pair: "The rule, in force since Sept.
 * 29, extended the restrictions of the Entity List to any company at
 * least 50% owned" against 9月29日出台一项临时最终规则，凡…持股50%及以上的
 * 外国企业. A share's move the summary sentence does not tell is none of
 * its figures (cd_figures_scope_apart): MGI's 20% daily limit on Tuesday
 * is no tariff's 20% that took effect that day. O(values of the sentence
 * x claims of the summary). */
static int told_by_values(const cd_ruleset *rs, const cd_extraction *summary, const cd_extraction *ex,
                          const cd_claim *first, const cd_claim *end) {
  for (size_t i = 0; i < summary->nclaims; i++) {
    int si = summary->claims[i].sentence, all = 1, n = 0;
    size_t to = i;
    if (i > 0 && summary->claims[i - 1].sentence == si) continue;
    while (to < summary->nclaims && summary->claims[to].sentence == si) to++;
    if (cd_figures_scope_apart(rs, summary, i, to, ex, (size_t)(first - ex->claims),
                               (size_t)(end - ex->claims)))
      continue;
    for (const cd_claim *x = first; x < end && all; x++) {
      if (speaks_alone(rs, x)) continue; /* a statement's day is its frame's, counted once already */
      for (size_t k = 0; k < x->nvalues && all; k++, n++)
        all =
            states_value(rs, summary, si, &x->values[k], NULL) || implied_multiple(&x->values[k], first, end);
      if (cd_claim_date(x)->kind == CD_VALUE_DATE && all && ++n)
        all = states_value(rs, summary, si, cd_claim_date(x), NULL);
    }
    if (all && n >= 2) return 1;
  }
  return 0;
}

/* Marks each source sentence told_by_values as stated whole: none of
 * its claims is an omission. Once a sentence. */
static void mark_told_by_values(aligner *a) {
  const cd_report *r = a->r;
  for (size_t d = 1; d < r->ndocs; d++) {
    const cd_extraction *ex = r->docs[d];
    const unsigned char *m = a->stated[d];
    for (size_t i = 0; i < ex->nclaims;) {
      const cd_claim *first, *end;
      sentence_run(ex, &ex->claims[i], &first, &end);
      if (m && m[ex->claims[i].sentence] != STATED_WHOLE &&
          told_by_values(r->engine->rs, r->docs[0], ex, first, end))
        mark_stated(a, (cd_ref){(int)d, (int)i}, STATED_WHOLE);
      i = (size_t)(end - ex->claims);
    }
  }
}

/* Is v a figure worth a finding of its own: an amount, a share, a
 * count from 10 up ("two days", "three holding companies" are the
 * telling, not facts), or a day that is not one of the week up to the
 * document's date today (days since 1970; "said on Tuesday" dates the
 * telling; a deadline or a date gone by is a fact)? */
static int fact_value(const cd_value *v, double today) {
  switch (v->kind) {
  case CD_VALUE_COUNT: return v->lo >= 10;
  case CD_VALUE_DATE:
    return v->precision == CD_DATE_DAY && !v->unresolved &&
           (today == 0 || v->lo > today || v->lo < today - 7);
  default: return 1;
  }
}

/* Does a summary sentence state v, where its goods are not other than
 * those of sentence si of source ex (the summary's semiconductors at 50%
 * do not tell the syringes' 50%)? O(claims of the summary x values),
 * and the goods of the sentences that state v. */
static int states_value_of_goods(const aligner *a, const cd_value *v, const cd_extraction *ex, int si) {
  const cd_extraction *summary = a->r->docs[0];
  for (size_t i = 0; i < summary->nclaims; i++)
    if (claim_states(&summary->claims[i], v) &&
        cd_figures_goods_fit(a->r->engine->rs, summary, summary->claims[i].sentence, ex, si) != 0)
      return 1;
  return 0;
}

/* Is source figures claim c (the values no trigger of its sentence took)
 * a fact left out: its sentence neither paired nor stated, an amount, a
 * count, a share or a day among its values, and none of them anywhere in
 * the summary? "Chinese students bring roughly $130 million a year into
 * the local economy" is; a sentence whose $18 billion the summary gives
 * another claim is not (a side remark, or a value told elsewhere), unless
 * the summary tells it of other goods. A week, month or year the summary
 * names too tells nothing of the sentence ("quoted at 19,000 yuan this
 * week"); a day does (the fee rise planned for June 1 is that event).
 * O(values of the summary). */
static int figure_left_out(const aligner *a, cd_ref ref, const cd_claim *c) {
  const cd_extraction *ex = a->r->docs[ref.doc];
  double today = ex->date.year ? (double)cd_calendar_days(ex->date.year, ex->date.month, ex->date.day) : 0;
  int fact = 0;
  if (a->stated[ref.doc][c->sentence] != STATED_NOT) return 0;
  for (size_t k = 0; k < c->nvalues; k++) {
    const cd_value *v = &c->values[k];
    if (states_value_of_goods(a, v, ex, c->sentence)) {
      if (v->kind != CD_VALUE_DATE || v->precision == CD_DATE_DAY) return 0;
      continue; /* "this week" told is no price told */
    }
    fact |= fact_value(v, today);
  }
  return fact;
}

/* Does remark c tell what an authority left unsaid: negated, naming a
 * department ("BIS did not say how it would enforce", "the ministry did
 * not say how long")? A measure's scope its maker left open is part of
 * the story; a company's silence on its sales is a side remark. */
static int left_unsaid(const cd_ruleset *rs, const cd_claim *c) {
  if (c->polarity != CD_POLARITY_NEGATED) return 0;
  for (size_t i = 0; i < c->nentities; i++)
    if (rs->entities[c->entities[i]].department) return 1;
  return 0;
}

/* 5. The source claims no summary claim pairs with, clustered inside each
 *    bucket: the best-scoring cluster takes the claim, or it starts one.
 *    Only clusters that share an entity (with groups) with the claim can
 *    score, so an index from entity to the bucket's clusters gives the
 *    candidates; claims with no entity meet only such clusters.
 *    O(claims x (candidates x CLUSTER_PROBE)). */
static int cluster_claims(aligner *a) {
  const cd_ruleset *rs = a->r->engine->rs;
  struct index *ix = &a->ix;
  if (!(ix->heads = malloc((rs->nentities + 1) * sizeof *ix->heads)) ||
      !(ix->stamp = calloc(a->total ? a->total : 1, sizeof *ix->stamp)))
    return CD_ENOMEM;
  mark_told_by_values(a);
  for (size_t p = 0; p < rs->npredicates; p++) {
    /* a remark is an omission only when it tells what was left unsaid
     * ("the ministry did not say how long"); figures only when left out */
    int remark = rs->predicates[p].remark;
    /* nor is a claim no summary need tell (a request for comment unanswered) */
    if (rs->predicates[p].never_omitted) continue;
    /* each bucket starts with an empty index */
    for (size_t e = 0; e <= rs->nentities; e++) ix->heads[e] = -1;
    ix->nlinks = 0;
    for (size_t i = a->start[p]; i < a->start[p + 1]; i++) {
      const cd_claim *c = claim_of(a->r->docs, a->bucket[i]);
      int ex[CD_PAIR_EXPANDED_MAX], bare = bare_claim(c), best;
      size_t nex;
      if (a->bucket[i].doc == 0 || a->covered[i] || bare_aside(c) || speaks_alone(rs, c) ||
          (remark && !left_unsaid(rs, c)) ||
          (c->quoted && (c->attribution < 0 || rs->entities[c->attribution].weak)) ||
          told_with(a->stated[a->bucket[i].doc][c->sentence], c) ||
          (rs->predicates[p].figures && !figure_left_out(a, a->bucket[i], c)))
        continue;
      nex = cd_pair_expand(rs, c, ex);
      if ((best = best_cluster(a, c, ex, nex, bare)) < 0) best = (int)a->nclusters++;
      if (push_ref(&a->cl[best], a->bucket[i]) < 0 || link_cluster(a, best, ex, nex, bare) < 0)
        return CD_ENOMEM;
    }
  }
  return 0;
}

/* 6. Each cluster worth it becomes a finding; findings sorted by rank. */
static int make_findings(aligner *a) {
  cd_report *r = a->r;
  segment *segs = malloc((a->total ? a->total : 1) * sizeof *segs);
  if (!segs) return CD_ENOMEM;
  for (size_t k = 0; k < a->nclusters; k++) {
    cd_finding f;
    int got = classify(r, &a->cl[k], &f, segs);
    if (got < 0 || (got && push_finding(r, &a->capf, &f) < 0)) {
      free(segs);
      return CD_ENOMEM;
    }
  }
  free(segs);
  if (r->nfindings) qsort(r->findings, r->nfindings, sizeof *r->findings, cmp_finding);
  return 0;
}

/* Is source claim ref's sentence its document's headline: the front
 * matter's title, repeated as a line of the body? A headline tells in a
 * few words what the body tells; left out alone ("Iowa growers cheer
 * China's soybean buying"), it is no fact left out. */
static int headline(const cd_report *r, cd_ref ref) {
  const cd_doc *doc = r->docs[ref.doc]->doc;
  cd_span sp = cd_extraction_claim_span(r->docs[ref.doc], claim_of(r->docs, ref));
  size_t n = doc->title ? strlen(doc->title) : 0;
  return n && sp.end - sp.start == n && !memcmp(doc->bytes + sp.start, doc->title, n);
}

/* The mark fold_repeats leaves on the sentences a finding of kind k
 * quotes: omissions and agreements each have theirs; the other kinds
 * are never folded. */
static unsigned char fold_mark(cd_finding_kind k) {
  return k == CD_FIND_OMISSION ? 1 : k == CD_FIND_AGREEMENT ? 2 : 0;
}

/* Does every sentence f quotes bear mark m? */
static int all_quoted(const cd_report *r, const cd_finding *f, unsigned char *const *quoted,
                      unsigned char m) {
  for (size_t i = 0; i < f->nclaims; i++)
    if (!(quoted[f->claims[i].doc][claim_of(r->docs, f->claims[i])->sentence] & m)) return 0;
  return 1;
}

/* 7. One finding a sentence: an omission whose every sentence an
 *    omission before it (more sources first, then in source order)
 *    already quotes is dropped, and so is an agreement whose every
 *    sentence, the summary's and the sources', agreements before it
 *    quote. The editor who reads "China could retaliate by targeting
 *    U.S. farm goods or by tightening exports of graphite" once has read
 *    its retaliation, its target and its curbs; who has read 市场监管总局
 *    上周五宣布…对其立案调查 agreeing with each report's sentence has read
 *    that they tell the filing it missed as well as the probe. An
 *    omission told only by headlines is dropped too. Contradictions and
 *    unsupported claims are never folded. O(claims of the findings +
 *    sentences). */
static int fold_repeats(aligner *a) {
  cd_report *r = a->r;
  unsigned char **quoted = calloc(r->ndocs ? r->ndocs : 1, sizeof *quoted);
  size_t kept = 0;
  int error = 0;
  for (size_t d = 0; d < r->ndocs && quoted && !error; d++)
    if (!(quoted[d] = calloc(r->docs[d]->nsentences + 1, 1))) error = CD_ENOMEM;
  if (!quoted || error) goto done;
  for (size_t k = 0; k < r->nfindings; k++) {
    const cd_finding *f = &r->findings[k];
    unsigned char m = fold_mark(f->kind);
    int body = f->kind != CD_FIND_OMISSION;
    for (size_t i = 0; i < f->nclaims && !body; i++)
      body = f->claims[i].doc > 0 && !headline(r, f->claims[i]);
    if (!body || (m && all_quoted(r, f, quoted, m))) {
      r->counts[f->kind]--;
      continue;
    }
    for (size_t i = 0; i < f->nclaims && m; i++)
      quoted[f->claims[i].doc][claim_of(r->docs, f->claims[i])->sentence] |= m;
    r->findings[kept++] = *f;
  }
  r->nfindings = kept;
done:
  for (size_t d = 0; quoted && d < r->ndocs; d++) free(quoted[d]);
  free(quoted);
  return quoted ? error : CD_ENOMEM;
}

int cd_align_claims(cd_report **out, const cd_engine *e, cd_extraction *const *docs, size_t ndocs,
                    cd_error *err) {
  aligner a;
  int error = CD_ENOMEM;
  *out = NULL;
  memset(&a, 0, sizeof a);
  if (!(a.r = calloc(1, sizeof *a.r))) goto fail;
  a.r->engine = e;
  a.r->docs = docs;
  a.r->ndocs = ndocs;
  if (!(a.v.best = malloc((ndocs + 1) * sizeof *a.v.best)) ||
      !(a.v.rank = malloc((ndocs + 1) * sizeof *a.v.rank)) ||
      !(a.refs = malloc((ndocs + 1) * sizeof *a.refs)) ||
      !(a.pos = malloc((ndocs + CD_DIM_N) * sizeof *a.pos)) ||
      !(a.finding_of = calloc(ndocs ? docs[0]->nclaims + 1 : 1, sizeof *a.finding_of)))
    goto fail;
  if ((error = bucket_claims(&a)) < 0 || (error = alloc_stated(&a)) < 0 || (error = pair_summary(&a)) < 0 ||
      (error = swap_voices(&a)) < 0 || (error = account_figures(&a)) < 0 || (error = lift_fellows(&a)) < 0 ||
      (error = fold_frames(&a)) < 0 || (error = account_names(&a)) < 0 || (error = cluster_claims(&a)) < 0 ||
      (error = make_findings(&a)) < 0 || (error = fold_repeats(&a)) < 0)
    goto fail;
  *out = a.r; /* handed over */
  a.r = NULL;
fail:
  for (size_t k = 0; k < a.nclusters; k++) free(a.cl[k].refs);
  free(a.cl);
  free(a.ix.heads);
  free(a.ix.links);
  free(a.ix.stamp);
  free(a.bucket);
  free(a.covered);
  free(a.start);
  free(a.v.best);
  free(a.v.rank);
  free(a.refs);
  free(a.pos);
  free(a.finding_of);
  if (a.stated)
    for (size_t d = 0; d < ndocs; d++) free(a.stated[d]);
  free(a.stated);
  cd_report_free(a.r);
  if (error) cd_error_set(err, error, NULL, 0, 0, -1, "out of memory");
  return error;
}

char *cd_align_key(const cd_report *r, const cd_finding *f, char *buf, size_t n) {
  size_t off;
  int strong = 0, shown = 0;
  snprintf(buf, n, "%s", r->engine->rs->predicates[f->predicate].id);
  off = strlen(buf);
  for (size_t i = 0; i < f->nentities; i++) strong += !r->engine->rs->entities[f->entities[i]].weak;
  for (size_t i = 0; i < f->nentities && shown < 3 && off + 1 < n; i++) {
    const cd_entity *e = &r->engine->rs->entities[f->entities[i]];
    if (strong && e->weak) continue;
    off += (size_t)snprintf(buf + off, n - off, "/%s", e->id);
    shown++;
  }
  return buf;
}

void cd_report_free(cd_report *r) {
  if (!r) return;
  free(r->findings);
  cd_arena_dispose(&r->arena);
  free(r);
}
