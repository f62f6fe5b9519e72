/* figures.c: every figure of the summary accounted for; see figures.h. */
#include "figures.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "calendar.h"
#include "clause.h"
#include "names.h"
#include "pair.h"
#include "segment.h"
#include "speaker.h"
#include "values.h"

#define FIGURE_TIGHT      3  /* anchors a sentence needs to contradict a figure */
#define FIGURE_TWIN       2  /* ... when its counterpart is its number in another unit */
#define FIGURE_SUPPORT    2  /* anchors a sentence needs to support one */
#define FIGURE_OUTRANK    3  /* anchors by which a counterpart's sentence outranks a statement */
#define EVENT_NAMES       6  /* name anchors (three strong names) that make two sentences one event */
#define MONEY_NAMES       4  /* name anchors (two strong names) that tie two sums of two events */
#define SENTENCE_AGENCIES 16 /* agencies of one sentence compared (other_agency) */
#define SENTENCE_HELD     64 /* values of one sentence looked at (a bit each: counterparts) */
#define ANCHOR_COUNT_LO   10 /* a count anchors only from here up: "three" is everywhere */

/* One sentence of one document: its claims [from, to). */
typedef struct {
  const cd_extraction *ex;
  size_t from, to; /* its claims */
  int si;          /* its index in ex */
} sentence;

/* A value a sentence states, and the claim that holds it. */
typedef struct {
  const cd_value *v;
  int claim;
} held;

struct cd_figures {
  const cd_ruleset *rs;
  cd_extraction *const *docs;
  size_t ndocs;
  size_t **first;    /* per document, nsentences + 1: where each sentence's claims start */
  held **values;     /* per document: each sentence's values (values_of), in sentence order */
  size_t **vfirst;   /* per document, nsentences + 1: where each sentence's values start */
  cd_nspan32 *latin; /* the summary's Latin names no entity took (names.h), in sentence order */
  size_t *lfirst;    /* summary nsentences + 1: where each sentence's names start */
};

static sentence sentence_at(const cd_figures *fx, size_t doc, size_t s) {
  sentence x = {fx->docs[doc], fx->first[doc][s], fx->first[doc][s + 1], (int)s};
  return x;
}

/* Do claims a and b name their maker (agent, else speaker), one actor
 * (groups count)? */
static int one_maker(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int x = a->agent >= 0 ? a->agent : a->attribution, y = b->agent >= 0 ? b->agent : b->attribution;
  return x >= 0 && y >= 0 && cd_rules_related(rs, x, y);
}

/* Does sentence x hold a claim of predicate p whose date its frame lent
 * it (cd_claim.date_lent)? */
static int lent_to(sentence x, int p) {
  for (size_t c = x.from; c < x.to; c++)
    if ((int)x.ex->claims[c].predicate == p && x.ex->claims[c].date_lent) return 1;
  return 0;
}

/* The values and dates of a sentence's claims, each once (an allegation
 * repeats its denial's values), at most max. */
static size_t values_of(sentence x, held *out, size_t max) {
  size_t n = 0;
  for (size_t c = x.from; c < x.to; c++) {
    const cd_claim *cl = &x.ex->claims[c];
    for (size_t k = 0; k <= cl->nvalues && n < max; k++) {
      const cd_value *v = k < cl->nvalues ? &cl->values[k] : cd_claim_date(cl);
      size_t i = 0;
      if (v->kind == CD_VALUE_NONE) continue;
      while (i < n && !(out[i].v->span.start == v->span.start && out[i].v->kind == v->kind)) i++;
      if (i == n) out[n++] = (held){v, (int)c};
    }
  }
  return n;
}

/* Where document d's sentences start among its claims and its values.
 * Returns 0 or CD_ENOMEM. */
static int index_doc(cd_figures *fx, size_t d) {
  const cd_extraction *ex = fx->docs[d];
  size_t *f = calloc(ex->nsentences + 1, sizeof *f), *vf = calloc(ex->nsentences + 1, sizeof *vf), n = 0;
  held *h = malloc((ex->nclaims * (CD_CLAIM_MAX_VALUES + 1) + 1) * sizeof *h);
  fx->first[d] = f;
  fx->vfirst[d] = vf;
  fx->values[d] = h;
  if (!f || !vf || !h) return CD_ENOMEM;
  /* claims are made sentence by sentence, in order */
  for (size_t s = 0, c = 0; s <= ex->nsentences; s++) {
    while (c < ex->nclaims && (size_t)ex->claims[c].sentence < s) c++;
    f[s] = c;
  }
  for (size_t s = 0; s < ex->nsentences; s++) {
    sentence y = {ex, f[s], f[s + 1], (int)s};
    vf[s] = n;
    n += values_of(y, h + n, SENTENCE_HELD);
  }
  vf[ex->nsentences] = n;
  return 0;
}

/* Does a mention of an entity in sentence si of ex overlap [start, end)? */
static int mentioned_at(const cd_extraction *ex, int si, size_t start, size_t end) {
  for (size_t m = cd_extraction_mentions_from(ex, si); m < ex->nmentions && ex->mentions[m].sentence == si;
       m++) {
    cd_nspan32 at = cd_extraction_mention_nspan(ex, &ex->mentions[m]);
    if (at.start < end && start < at.end) return 1;
  }
  return 0;
}

/* The summary's Latin names (cd_names_latin_next) that no entity mention
 * takes: the names the rules do not know (Kelvar Data, Grace Lin), which
 * anchor as a name does (name_anchors). Returns 0 or CD_ENOMEM. */
static int index_latin(cd_figures *fx) {
  const cd_extraction *ex = fx->docs[0];
  size_t n = 0, cap = 0;
  if (!(fx->lfirst = calloc(ex->nsentences + 1, sizeof *fx->lfirst))) return CD_ENOMEM;
  for (size_t s = 0; s < ex->nsentences; s++) {
    cd_latin_iter it = {0, 0};
    cd_nspan32 w;
    fx->lfirst[s] = n;
    while (cd_names_latin_next(ex, s, &it, &w)) {
      if (mentioned_at(ex, (int)s, w.start, w.end)) continue;
      if (cd_array_reserve((void **)&fx->latin, &cap, n + 1, sizeof *fx->latin) < 0) return CD_ENOMEM;
      fx->latin[n++] = w;
    }
  }
  fx->lfirst[ex->nsentences] = n;
  return 0;
}

/* Does source sentence y spell one of the Latin names of summary
 * sentence x? O(names x bytes of y). */
static int latin_shared(const cd_figures *fx, sentence x, sentence y) {
  const cd_nspan32 ys = y.ex->sentences[y.si].nspan;
  if (x.ex != fx->docs[0] || !fx->lfirst) return 0;
  for (size_t j = fx->lfirst[x.si]; j < fx->lfirst[x.si + 1]; j++)
    if (cd_names_spells(y.ex->norm.ptr + ys.start, ys.end - ys.start, x.ex->norm.ptr + fx->latin[j].start,
                        fx->latin[j].end - fx->latin[j].start))
      return 1;
  return 0;
}

int cd_figures_index(cd_figures **out, const cd_ruleset *rs, cd_extraction *const *docs, size_t ndocs) {
  cd_figures *fx = calloc(1, sizeof *fx);
  size_t n = ndocs ? ndocs : 1;
  *out = NULL;
  if (!fx) return CD_ENOMEM;
  fx->rs = rs;
  fx->docs = docs;
  fx->ndocs = ndocs;
  if (!(fx->first = calloc(n, sizeof *fx->first)) || !(fx->vfirst = calloc(n, sizeof *fx->vfirst)) ||
      !(fx->values = calloc(n, sizeof(held *)))) {
    cd_figures_free(fx);
    return CD_ENOMEM;
  }
  for (size_t d = 0; d < ndocs; d++)
    if (index_doc(fx, d) < 0 || (d == 0 && index_latin(fx) < 0)) {
      cd_figures_free(fx);
      return CD_ENOMEM;
    }
  *out = fx;
  return 0;
}

void cd_figures_free(cd_figures *fx) {
  if (!fx) return;
  for (size_t d = 0; d < fx->ndocs; d++) {
    if (fx->first) free(fx->first[d]);
    if (fx->vfirst) free(fx->vfirst[d]);
    if (fx->values) free(fx->values[d]);
  }
  free(fx->first);
  free(fx->vfirst);
  free(fx->values);
  free(fx->latin);
  free(fx->lfirst);
  free(fx);
}

/* Is v a value two sentences may be aligned on? Dates from month
 * precision, counts from ANCHOR_COUNT_LO. */
static int anchors_on(const cd_value *v) {
  if (v->kind == CD_VALUE_DATE) return (v->precision >= CD_DATE_MONTH || v->stretch) && !v->unresolved;
  if (v->kind == CD_VALUE_COUNT) return v->num >= ANCHOR_COUNT_LO;
  return 1;
}

/* Do v and w agree: compatible, or two days that slip (cd_value_days_slip)? */
static int agrees_either(const cd_value *v, const cd_value *w) {
  int c = cd_value_compatible(v, w);
  return c == 1 || (c == 0 && cd_value_days_slip(v, w));
}

/* Does the summary's v agree with a source's w: as agrees_either, but a
 * day slips forward only (pair.c zones_slip: Beijing is ahead of the
 * zones English news reckons its weekdays in, never behind: 3月3日 is no
 * "said on Tuesday", the 4th)? */
static int agrees(const cd_value *v, const cd_value *w) {
  int c = cd_value_compatible(v, w);
  return c == 1 || (c == 0 && cd_value_days_slip(v, w) && v->lo >= w->lo);
}

static int stated_in(const cd_value *v, const held *h, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (agrees(v, h[i].v)) return 1;
  return 0;
}

/* Are v and w one value of one sentence? */
static int same_value(const cd_value *v, const cd_value *w) {
  return v->kind == w->kind && v->span.start == w->span.start && v->span.end == w->span.end;
}

static int has_entity(sentence x, int e) {
  for (size_t c = x.from; c < x.to; c++)
    for (size_t i = 0; i < x.ex->claims[c].nentities; i++)
      if (x.ex->claims[c].entities[i] == e) return 1;
  return 0;
}

/* Does sentence y name entity e, a group of it, or one of its members? */
static int names(const cd_ruleset *rs, sentence y, int e) {
  if (has_entity(y, e)) return 1;
  for (size_t g = 0; g < rs->entities[e].ngroups; g++)
    if (!cd_rules_country_of(rs, e, rs->entities[e].groups[g]) && has_entity(y, rs->entities[e].groups[g]))
      return 1;
  return 0;
}

/* The entities of a sentence's claims, each once, at most max. */
static size_t entities_of(sentence x, int *out, size_t max) {
  size_t n = 0;
  for (size_t c = x.from; c < x.to; c++)
    for (size_t i = 0; i < x.ex->claims[c].nentities && n < max; i++) {
      int e = x.ex->claims[c].entities[i];
      size_t j = 0;
      while (j < n && out[j] != e) j++;
      if (j == n) out[n++] = e;
    }
  return n;
}

/* What sentences x and y share of names and predicates (see figures.h). */
static int name_anchors(const cd_figures *fx, sentence x, sentence y) {
  const cd_ruleset *rs = fx->rs;
  int ents[CD_PAIR_EXPANDED_MAX], a = 0, weak = 0, pred = 0;
  size_t n = entities_of(x, ents, CD_PAIR_EXPANDED_MAX);
  for (size_t i = 0; i < n; i++) {
    const cd_entity *e = &rs->entities[ents[i]];
    if (e->outlet || !names(rs, y, ents[i])) continue;
    if (e->weak)
      weak = 1;
    else
      a += 2;
  }
  for (size_t c = x.from; c < x.to && !pred; c++) {
    int p = x.ex->claims[c].predicate;
    if (rs->predicates[p].figures || rs->predicates[p].forecasts || rs->predicates[p].unread) continue;
    for (size_t k = y.from; k < y.to && !pred; k++) pred = y.ex->claims[k].predicate == p;
  }
  return a + weak + pred + 2 * latin_shared(fx, x, y);
}

/* The goods and sectors x and y name (mentions of context entities:
 * cranes, soybeans, semiconductors): 1 when they share one (groups
 * count: a summary's 农产品 meets a source's soybeans), 0 when each names
 * some and they share none (a rate on cranes is no rate on chips: another
 * scope), -1 when either names none. O(mentions of x x mentions of y). */
static int goods_fit(const cd_ruleset *rs, sentence x, sentence y) {
  int any_x = 0, any_y = 0;
  size_t fy = cd_extraction_mentions_from(y.ex, y.si);
  for (size_t i = cd_extraction_mentions_from(x.ex, x.si);
       i < x.ex->nmentions && x.ex->mentions[i].sentence == x.si; i++) {
    int gx = x.ex->mentions[i].entity;
    if (!rs->entities[gx].context) continue;
    any_x = 1;
    for (size_t k = fy; k < y.ex->nmentions && y.ex->mentions[k].sentence == y.si; k++) {
      int gy = y.ex->mentions[k].entity;
      if (!rs->entities[gy].context) continue;
      any_y = 1;
      if (cd_rules_related(rs, gx, gy)) return 1;
    }
  }
  if (!any_x) return -1; /* most summary sentences name no good: y is not read */
  for (size_t k = fy; k < y.ex->nmentions && y.ex->mentions[k].sentence == y.si && !any_y; k++)
    any_y = rs->entities[y.ex->mentions[k].entity].context;
  return any_y ? 0 : -1;
}

int cd_figures_goods_fit(const cd_ruleset *rs, const cd_extraction *x, int sx, const cd_extraction *y,
                         int sy) {
  sentence a = {x, 0, 0, sx}, b = {y, 0, 0, sy};
  return goods_fit(rs, a, b);
}

/* Does y tell of a scope x does not: a claim of a `scope: true`
 * predicate (a share price's move) where x has none? Then y's figures are
 * none of x's: "Shares of Texas Instruments fell 2.7%" states or
 * misstates no chip price's fall of 48%. O(claims of y x claims of x). */
static int scope_apart(const cd_ruleset *rs, sentence x, sentence y) {
  for (size_t k = y.from; k < y.to; k++) {
    int p = y.ex->claims[k].predicate, told = 0;
    if (!rs->predicates[p].scope) continue;
    for (size_t c = x.from; c < x.to && !told; c++) told = x.ex->claims[c].predicate == p;
    if (!told) return 1;
  }
  return 0;
}

int cd_figures_scope_apart(const cd_ruleset *rs, const cd_extraction *x, size_t xfrom, size_t xto,
                           const cd_extraction *y, size_t yfrom, size_t yto) {
  sentence a = {x, xfrom, xto, -1}, b = {y, yfrom, yto, -1};
  return scope_apart(rs, a, b);
}

/* Do v and w agree as an anchor: as agrees, but a day's slip (a weekday
 * told in Washington and in Beijing) only between two weekdays (周三 /
 * "Wednesday"): the story's day (周六（13日）) is no anchor of a sentence
 * that names the day after it ("from Sep 14 to Sep 17"), which would make
 * its dates misstate the summary's (7月23日收到申请)? */
static int anchor_agrees(const cd_value *v, const cd_value *w) {
  if (v->kind == CD_VALUE_DATE && !(v->relative && w->relative)) return cd_value_compatible(v, w) == 1;
  return agrees(v, w);
}

/* Does one of h[0, n) tell v as v tells it: a value v agrees with, and a
 * span only where h holds a span too (a point inside 约7-9% is no anchor:
 * a 6.8% fall of the shares is not the 7-9% of revenue)? */
static int told_alike(const cd_value *v, const held *h, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (anchor_agrees(v, h[i].v) && (!v->range || h[i].v->range)) return 1;
  return 0;
}

/* Is v a round rate (10%, 25%, 30%: a multiple of 5, no decimals)? The
 * usual tariff rates: two sentences of two deals share one by chance (30%
 * in a US-China truce and in the EU's deal, "as opposed to the 30% tariff
 * that Trump had initially proposed"). */
static int round_rate(const cd_value *v) {
  return v->kind == CD_VALUE_PERCENT && v->num == floor(v->num) && fmod(v->num, 5) == 0;
}

/* What the values of x (but skip) and y share: 2 for each value of x that
 * anchors and that y, or the sentence before it (hp: a source often
 * spreads one fact over two sentences), states; 1 for a round rate when
 * rates_half (a sentence that holds a counterpart: a rate shared by chance
 * must not make the other rate of another deal a misstated one). */
static int value_anchors(const held *hx, size_t nx, const held *hy, size_t ny, const held *hp, size_t np,
                         const cd_value *skip, int rates_half) {
  int a = 0;
  for (size_t i = 0; i < nx; i++)
    if (!same_value(hx[i].v, skip) && anchors_on(hx[i].v) &&
        (told_alike(hx[i].v, hy, ny) || told_alike(hx[i].v, hp, np)))
      a += rates_half && round_rate(hx[i].v) ? 1 : 2;
  return a;
}

/* A bound states its number: "at least 12 cargoes" covers 21 but does
 * not say 21, nor "at least 21". Where either is a bound, the numbers
 * must be near (5%); two bounds of one direction are compared so by
 * cd_value_compatible already. */
static int bounds_agree(const cd_value *v, const cd_value *w) {
  if (!v->bound && !w->bound) return 1;
  if (v->bound == w->bound) return 1;
  return fabs(w->num - v->num) <= 0.05 * fabs(v->num);
}

/* Is count v what is left of one count of y once another is taken away,
 * the other told in x too: 其余7家 beside 20家 where the source has "27
 * entities, 20 of them in mainland China"? The summary did the sum; the
 * sentence accounts for v (loosely: it states no v) and misstates nothing.
 * Returns the whole, or NULL. Of one unit (the part may have none: "20 of
 * them"); O(ny * (nx + ny)), values of two sentences. */
static const held *remainder_in(const cd_value *v, const held *hx, size_t nx, const held *hy, size_t ny) {
  if (v->kind != CD_VALUE_COUNT || v->range || v->bound || v->num <= 0) return NULL;
  for (size_t b = 0; b < ny; b++) {
    const cd_value *part = hy[b].v;
    if (part->kind != CD_VALUE_COUNT || part->range || (part->unit && v->unit && part->unit != v->unit) ||
        !stated_in(part, hx, nx))
      continue;
    for (size_t a = 0; a < ny; a++) {
      const cd_value *whole = hy[a].v;
      if (a != b && whole->kind == CD_VALUE_COUNT && !whole->range &&
          (!part->unit || whole->unit == part->unit) && whole->num - part->num == v->num)
        return &hy[a];
    }
  }
  return NULL;
}

/* Could w be what the summary's v misstates? Of v's kind, and either
 * comparable and different (another amount of the unit, another
 * currency), or the same number in another unit (20 months for 20 years).
 * Percentage points and a share are two facts, never a misstatement. */
static int differs(const cd_value *v, const cd_value *w) {
  int c = cd_value_compatible(v, w);
  if (v->kind != w->kind) return 0;
  /* a stretch of months is misstated only by another (values.h) */
  if (v->kind == CD_VALUE_DATE) return c == 0 && anchors_on(w) && !agrees(v, w) && v->stretch == w->stretch;
  if (c == 0 || (c == 1 && !bounds_agree(v, w))) return 1;
  return c < 0 && (v->kind == CD_VALUE_COUNT || v->kind == CD_VALUE_MONEY) && v->unit && w->unit &&
         v->num == w->num;
}

/* Does w state v: compatible, and of v's unit when v has one (a bare
 * "21" somewhere is no evidence for 21 cargoes)? In a sentence anchored to
 * v's, compatible is enough ("12 cargoes ... the 12"). */
static int states(const cd_value *v, const cd_value *w, int anchored) {
  /* a span states no point of it, and a point no span (6.8% is no "7-9%");
   * nor does a month state a stretch of months around it */
  if (w->range != v->range ||
      (v->kind == CD_VALUE_DATE && w->kind == CD_VALUE_DATE && w->stretch != v->stretch))
    return 0;
  /* "in 2025" states no September 30 (a month may state a day of it: a
   * year is every event of the year) */
  if (v->kind == CD_VALUE_DATE && w->kind == CD_VALUE_DATE && v->precision >= CD_DATE_MONTH &&
      w->precision < CD_DATE_MONTH)
    return 0;
  return agrees(v, w) && (anchored || !v->unit || w->unit == v->unit) && bounds_agree(v, w);
}

/* Is w of v's own unit: the same unit word (chips, tonnes), the same
 * currency, a share of the same measure (a yield)? Such a counterpart is
 * more likely the fact v misstates. */
static int same_unit(const cd_value *v, const cd_value *w) {
  if (v->kind == CD_VALUE_MONEY && strcmp(v->currency, w->currency)) return 0;
  if (v->kind == CD_VALUE_PERCENT) return v->measure && w->measure == v->measure; /* a yield, a yield */
  return v->unit ? w->unit == v->unit : v->kind == CD_VALUE_MONEY && !w->unit;
}

/* Is w v's number at another scale, ten to ten thousand times it or a
 * tenth to a ten-thousandth, in v's unit or currency (a count with no
 * unit word, 约400个, may be one of chips): 5000万元 for 5 million yuan, 5.5亿 for 5.5 billion (万 and 亿 against thousand,
 * million and billion are the classic slips)? Amounts of money and counts
 * from ANCHOR_COUNT_LO only. */
static int scaled(const cd_value *v, const cd_value *w) {
  double r;
  if (v->kind != w->kind || !cd_value_distinctive(v) || !cd_value_distinctive(w) || v->num <= 0 ||
      w->num <= 0 || !(same_unit(v, w) || (v->kind == CD_VALUE_COUNT && (!v->unit || !w->unit))))
    return 0;
  r = v->num > w->num ? v->num / w->num : w->num / v->num;
  for (int k = 1; k <= 4; k++) {
    double p = pow(10, k);
    if (fabs(r - p) <= 1e-6 * p) return 1;
  }
  return 0;
}

/* The digits of a whole number written out, less its trailing zeros. */
static size_t significant(const char *digits) {
  size_t n = strlen(digits);
  while (n > 1 && digits[n - 1] == '0') n--;
  return n;
}

/* Are v and w whole numbers of one kind and length, each of four
 * significant digits or more, that differ in one digit (177,398 for
 * 277,398: a slip of the pen)? Numbers so precise rarely meet by chance;
 * round ones (1,300 and 1,200) do. */
static int one_digit_off(const cd_value *v, const cd_value *w) {
  char a[32], b[32];
  int diff = 0;
  if (v->kind != w->kind || !cd_value_distinctive(v) || v->num < 1000 || w->num < 1000 || v->num >= 1e15 ||
      w->num >= 1e15 || v->num != floor(v->num) || w->num != floor(w->num))
    return 0;
  snprintf(a, sizeof a, "%.0f", v->num);
  snprintf(b, sizeof b, "%.0f", w->num);
  if (strlen(a) != strlen(b) || significant(a) < 4 || significant(b) < 4) return 0;
  for (size_t i = 0; a[i]; i++) diff += a[i] != b[i];
  return diff == 1;
}

/* Is w v's twin, a value that differs from it in one part only: v's
 * number in another unit or currency (when the number is distinctive), or
 * v's number at another scale (scaled) or with one digit changed
 * (one_digit_off), or
 * a day of v's month or v's day of another month (28 October for 28
 * August, 16 May for 14 May)? */
static int twins(const cd_value *v, const cd_value *w) {
  if (v->kind == CD_VALUE_DATE)
    return v->precision == CD_DATE_DAY && w->precision == CD_DATE_DAY && v->year == w->year &&
           (v->month == w->month) != (v->day == w->day);
  return (w->num == v->num && cd_value_distinctive(v)) || scaled(v, w) || one_digit_off(v, w);
}

/* Is w v's number in another currency or unit (110亿新台币 for "$11
 * billion")? No other day's share move or price holds the same number
 * so: cd_pair_moves_apart does not part the two. */
static int unit_slip(const cd_value *v, const cd_value *w) {
  return v->kind == w->kind && w->num == v->num && cd_value_distinctive(v) &&
         (strcmp(v->currency, w->currency) || v->unit != w->unit);
}

/* Is v (the claim's date) also among its values? */
static int held_by(const cd_claim *c, const cd_value *v) {
  for (size_t k = 0; k < c->nvalues; k++)
    if (same_value(&c->values[k], v)) return 1;
  return 0;
}

/* Is entity e, or one of its groups or members, named in sentence si of
 * document doc? */
static int names_entity(const cd_figures *fx, size_t doc, int si, int e) {
  const cd_extraction *ex = fx->docs[doc];
  for (size_t m = cd_extraction_mentions_from(ex, si); m < ex->nmentions && ex->mentions[m].sentence == si;
       m++)
    if (cd_rules_related(fx->rs, e, ex->mentions[m].entity)) return 1;
  return 0;
}

/* Does sentence si of document doc name strong names (no country), none
 * of them claim c's? Its vote is another body's: "A Senate committee
 * approved a similar version by a vote of 11 to 1" beside the House's
 * 306 to 81. O(mentions of the sentence x c's entities). */
static int another_body(const cd_figures *fx, const cd_claim *c, size_t doc, int si) {
  const cd_extraction *ex = fx->docs[doc];
  int strong = 0;
  for (size_t m = cd_extraction_mentions_from(ex, si); m < ex->nmentions && ex->mentions[m].sentence == si;
       m++)
    strong |= !fx->rs->entities[ex->mentions[m].entity].weak;
  if (!strong) return 0;
  for (size_t i = 0; i < c->nentities; i++)
    if (!fx->rs->entities[c->entities[i]].weak && names_entity(fx, doc, si, (int)c->entities[i])) return 0;
  return 1;
}

/* The one tally (a vote's split: "9-0") the sources state, by one or
 * more sentences, when tally v of summary claim c misstates it; else
 * NULL. A story has one vote: 以六比三裁定 against "The vote was 9-0", a
 * sentence that names nothing; a vote told in a sentence of other
 * bodies' names is another (another_body). *at is a claim that states
 * it. O(values of the sources). */
static const cd_value *sole_tally(const cd_figures *fx, const cd_claim *c, const cd_value *v, cd_ref *at) {
  const cd_value *w = NULL;
  if (v->kind != CD_VALUE_RATIO || !v->tally) return NULL;
  for (size_t d = 1; d < fx->ndocs; d++) {
    size_t nv = fx->vfirst[d][fx->docs[d]->nsentences];
    for (size_t i = 0; i < nv; i++) {
      const cd_value *h = fx->values[d][i].v;
      if (h->kind != CD_VALUE_RATIO || !h->tally ||
          another_body(fx, c, d, fx->docs[d]->claims[fx->values[d][i].claim].sentence))
        continue;
      if (agrees(v, h) || (w && !agrees(w, h))) return NULL;
      if (!w) *at = (cd_ref){(int)d, (int)fx->values[d][i].claim};
      w = h;
    }
  }
  return w;
}

/* How many of c's values are amounts (no date)? */
static size_t amounts(const cd_claim *c) {
  size_t n = 0;
  for (size_t k = 0; k < c->nvalues; k++) n += c->values[k].kind != CD_VALUE_DATE;
  return n;
}

/* The one value of v's kind that the sources' claims of summary claim
 * c's predicate (a key predicate, not figures) state, by one or more of
 * them, when c holds one amount, v, and v misstates it; else NULL. *at
 * is a claim that states it. A 30% threshold where every source's
 * own_stake says 50% misstates it, though no sentence shares a name.
 * O(claims of the sources). */
static const cd_value *sole_value(const cd_figures *fx, const cd_claim *c, const cd_value *v, cd_ref *at) {
  const cd_value *w = NULL;
  if (fx->rs->predicates[c->predicate].figures || fx->rs->predicates[c->predicate].forecasts ||
      fx->rs->predicates[c->predicate].unread || v->kind == CD_VALUE_DATE || amounts(c) != 1)
    return NULL;
  for (size_t d = 1; d < fx->ndocs; d++) {
    const cd_extraction *ex = fx->docs[d];
    for (size_t k = 0; k < ex->nclaims; k++) {
      const cd_claim *y = &ex->claims[k];
      /* one event told alike: the same polarity and certainty, and no
       * other actor or object (ZTE's fine is no fine of Huawei's), nor
       * another day's or market's move of a share */
      if (y->predicate != c->predicate || y->polarity != c->polarity || y->modality != c->modality ||
          cd_pair_moves_apart(fx->rs, c, y) || cd_pair_other_party(fx->rs, c->predicate, c->agent, y) ||
          (c->patient >= 0 && y->patient >= 0 && !cd_rules_related(fx->rs, c->patient, y->patient)))
        continue;
      /* one amount a claim: "cut to 30% from triple-digit levels" holds
       * two, a span's ends */
      if (amounts(y) > 1) {
        for (size_t i = 0; i < y->nvalues; i++)
          if (cd_value_compatible(v, &y->values[i]) >= 0) return NULL;
        continue;
      }
      for (size_t i = 0; i < y->nvalues; i++) {
        int cmp = cd_value_compatible(v, &y->values[i]);
        if (cmp < 0) continue;
        if (cmp == 1) return NULL;
        if (w && !agrees(w, &y->values[i])) return NULL;
        if (!w) *at = (cd_ref){(int)d, (int)k};
        w = &y->values[i];
      }
    }
  }
  return w;
}

/* Are counts v and w too far apart to be one count misstated: more than
 * COUNT_APART times, and no twin (a scale or a digit slipped)? "3家供应链
 * 企业" misstates no "over a thousand Chinese companies"; mistakes of
 * scale (万 for thousand) are twins and stay counterparts. */
#define COUNT_APART 20
static int counts_apart(const cd_value *v, const cd_value *w) {
  /* spans of time in one measure: 时隔6年 is no misstated "100-minute
   * meeting" (a year is half a million minutes) */
  double a = v->num * (v->minutes && w->minutes ? v->minutes : 1),
         b = w->num * (v->minutes && w->minutes ? w->minutes : 1);
  if (v->kind != CD_VALUE_COUNT || w->kind != CD_VALUE_COUNT || a <= 0 || b <= 0 || twins(v, w)) return 0;
  return a > b ? a > COUNT_APART * b : b > COUNT_APART * a;
}

/* The country a count of sentence x is of: a country (a weak entity with
 * a country) named right before it in its list item (土耳其三家,
 * "Turkey 3") or right after it as an adjective ("two Chinese firms");
 * -1 for none. COUNTRY_REACH bytes at most, and no list mark between.
 * O(mentions of the sentence). */
#define COUNTRY_REACH 12
static int country_of_count(const cd_ruleset *rs, sentence x, const cd_value *v) {
  const cd_extraction *ex = x.ex;
  size_t base = ex->sentences[x.si].nspan.start, vs = base + v->span.start, ve = base + v->span.end;
  int best = -1;
  size_t bestd = COUNTRY_REACH + 1;
  for (size_t m = cd_extraction_mentions_from(ex, x.si);
       m < ex->nmentions && ex->mentions[m].sentence == x.si; m++) {
    const cd_mention *mn = &ex->mentions[m];
    size_t a, b, d, ms = base + mn->start, me = base + mn->end;
    int c;
    if (!rs->entities[mn->entity].weak || (c = cd_rules_country(rs, mn->entity)) < 0) continue;
    if (me <= vs)
      a = me, b = vs;
    else if (ms >= ve)
      a = ve, b = ms;
    else
      continue;
    d = b - a;
    if (d > COUNTRY_REACH || d >= bestd) continue;
    for (size_t i = a; i < b && d <= COUNTRY_REACH; i++) {
      const char *t = ex->norm.ptr + i;
      if (*t == ',' || *t == ';' ||
          (i + 3 <= b && (!memcmp(t, "\xE3\x80\x81", 3) || !memcmp(t, "\xEF\xBC\x8C", 3)))) /* 、 ， */
        d = COUNTRY_REACH + 1;
    }
    if (d <= COUNTRY_REACH) best = c, bestd = d;
  }
  return best;
}

/* Does sentence y name two countries or more besides country c (a count
 * with no country of its own there is of them all: "placed 32 companies
 * and organisations, including firms in India, Iran, Turkey and the
 * United Arab Emirates", no misstated 23家中国企业)? O(mentions of y). */
static int lists_countries(const cd_ruleset *rs, sentence y, int c) {
  int others = 0;
  for (size_t m = cd_extraction_mentions_from(y.ex, y.si);
       m < y.ex->nmentions && y.ex->mentions[m].sentence == y.si; m++) {
    int k = cd_rules_country(rs, y.ex->mentions[m].entity);
    others += k >= 0 && k != c && rs->entities[y.ex->mentions[m].entity].weak;
  }
  return others >= 2;
}

/* Are the summary's count (of country, country_of_count, -1 for none)
 * and count w of y of two countries: each qualified by one, not the
 * same? Turkey's three are no misstated two Chinese firms. Nor is a
 * count of no country in a sentence that lists others (lists_countries)
 * the summary's count of one. */
static int countries_apart(const cd_ruleset *rs, int country, sentence y, const cd_value *w) {
  int b;
  if (country < 0 || w->kind != CD_VALUE_COUNT) return 0;
  b = country_of_count(rs, y, w);
  return b >= 0 ? b != country : lists_countries(rs, y, country);
}

/* Is rate w of y a country's (country_of_count: "25% on Canada") that
 * summary sentence x does not name at all? Then it is another country's
 * rate and misstates none of x's: the 25% on Canada and Mexico is no
 * misstated 30% on Chinese goods. O(mentions of the two sentences). */
static int rate_of_unnamed_country(const cd_ruleset *rs, sentence x, sentence y, const cd_value *w) {
  int b;
  if (w->kind != CD_VALUE_PERCENT || (b = country_of_count(rs, y, w)) < 0) return 0;
  for (size_t m = cd_extraction_mentions_from(x.ex, x.si);
       m < x.ex->nmentions && x.ex->mentions[m].sentence == x.si; m++)
    if (cd_rules_country(rs, x.ex->mentions[m].entity) == b) return 0;
  return 1;
}

/* How one amount fares in the sources. */
typedef struct {
  int support; /* anchors of the best sentence stating it, -1 for none */
  int stated;  /* some source states it, anchored or not */
  int best;    /* anchors of the best sentence with a counterpart, -1 for none */
  int content; /* of them, the anchors that are not names */
  int twin;    /* the counterpart is v's twin (twins()) */
  int unique;  /* that sentence holds exactly one counterpart */
  cd_ref with; /* the claim that states it */
  cd_ref at;   /* the claim that holds the counterpart */
  const cd_value *counter;
  int hedged;              /* in: the summary claim is hedged */
  int speaker;             /* in: the summary claim's speaker, or -1 */
  int agent;               /* in: the summary claim's agent, or -1 */
  int predicate;           /* in: the summary claim's predicate */
  int country;             /* in: the country of the amount, a count (country_of_count), or -1 */
  int starts;              /* in: the amount starts a change (starts_change) */
  int ends;                /* in: the amount ends a change a Chinese verb tells (ends_change) */
  int sure;                /* an anchored claim that states v is as certain as the summary's */
  cd_ref unsure;           /* a claim that states v, anchored FIGURE_TIGHT, of the other certainty */
  int faint;               /* anchors of the best sentence that states v below FIGURE_SUPPORT, 0 for none */
  cd_ref weak;             /* the claim that states it there */
  int own;                 /* an anchored claim of the summary claim's own predicate states it */
  int slips, exact;        /* some source states it only a day off (cd_value_days_slip); exactly */
  const cd_value *slipped; /* the first day that slips */
  int strict;              /* in: a day that slips states nothing */
  sentence x;              /* in: the summary's sentence */
  const cd_claim *claim;   /* in: the summary claim */
  const cd_value *whole;   /* in: the whole the amount is a part of in x (whole_of), or NULL */
} fate;

/* Are a and b told as certain as each other: both hedged or both not, or
 * an estimate (预计, "is expected to") against a plain statement not told
 * as sure or done ("would cost it $600 million": the same forecast)? */
static int certain_alike(const cd_claim *a, const cd_claim *b) {
  int ha = a->modality == CD_MODALITY_HEDGED, hb = b->modality == CD_MODALITY_HEDGED;
  return ha == hb || (ha && a->estimate && !b->certain) || (hb && b->estimate && !a->certain);
}

/* Do speakers a (the summary claim's) and b (a source claim's) differ:
 * both named, neither a news outlet, neither a group of the other? Then
 * b's values are another speaker's event: Nvidia's announcement of 2019
 * is not SAMR's of Monday. */
static int other_speaker(const cd_ruleset *rs, int a, int b) {
  return a >= 0 && b >= 0 && !cd_pair_same_speaker(rs, a, b);
}

/* Is date w of document ex a day still to come when ex was written ("will
 * be suspended at 4 a.m. on Jan. 11"): when something is to start, told
 * as a start (将于1月11日起暂停) or not? */
static int day_ahead(const cd_extraction *ex, const cd_value *w) {
  return w->kind == CD_VALUE_DATE && w->precision >= CD_DATE_DAY && !w->unresolved && ex->date.year &&
         w->lo > (double)cd_calendar_days(ex->date.year, ex->date.month, ex->date.day);
}

/* Does amount v of sentence x start a change to another: "from 115% to
 * 10%", "to 10 percent from 125 percent", 从145%降至30%, 从20%上调到25%?
 * Not "come from $5.7 billion" nor 由三名法官组成 (no end told).
 * O(CHANGE_REACH). */
#define CHANGE_VERB  9  /* bytes between a Chinese start and its 至: three characters (大幅降) */
#define CHANGE_REACH 24 /* bytes before "from" its end may stand in: "to 10 percent " */
#define FROM_REACH   20 /* "from" and a few words before the amount: "from the current " */

/* Where "from " starts before t[at], only letters and spaces between
 * ("from 125%", "from the current 145%"), or at itself for none. */
static size_t from_before(const char *t, size_t at) {
  for (size_t i = at; t && i-- > 0 && i + FROM_REACH >= at;) {
    if (i + 5 <= at && !memcmp(t + i, "from ", 5) && (i == 0 || t[i - 1] == ' ')) return i;
    if (t[i] != ' ' && (t[i] < 'a' || t[i] > 'z')) break;
  }
  return at;
}

/* Does an amount start at t[p]: a digit, maybe after a currency sign and
 * the letters before it ("$600 billion", "us$2 billion", "hk$1.5")? */
static int amount_at(const char *t, size_t p, size_t len) {
  size_t k = 0;
  while (k < 3 && p + k < len && t[p + k] >= 'a' && t[p + k] <= 'z') k++;
  k = p + k < len && t[p + k] == '$' ? k + 1 : 0; /* the letters count only before a $ */
  return p + k < len && t[p + k] >= '0' && t[p + k] <= '9';
}

/* Does amount v of sentence x end a change told by a Chinese verb (增至,
 * 降至, 提高到, 上调至)? A range's 至 (115亿至135亿) follows no verb. */
static int ends_change(sentence x, const cd_value *v) {
  static const char *const verbs[] = {"增", "升", "降", "高", "调", "减", "涨", "跌", "加", "少", "低", "大"};
  size_t at = x.ex->sentences[x.si].nspan.start + v->span.start;
  const char *t = x.ex->norm.ptr;
  if (!t || v->kind == CD_VALUE_DATE || at < 6 ||
      (memcmp(t + at - 3, "至", 3) && memcmp(t + at - 3, "到", 3)))
    return 0;
  for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
    if (!memcmp(t + at - 6, verbs[i], 3)) return 1;
  return 0;
}

static int starts_change(sentence x, const cd_value *v) {
  size_t at = x.ex->sentences[x.si].nspan.start + v->span.start,
         end = x.ex->sentences[x.si].nspan.start + v->span.end, len = x.ex->norm.len;
  const char *t = x.ex->norm.ptr;
  size_t from = from_before(t, at);
  if (!t || v->kind == CD_VALUE_DATE) return 0;
  if (from < at) {
    if (end + 4 <= len && !memcmp(t + end, " to ", 4)) return 1;
    for (size_t i = from; i-- > 0 && i + CHANGE_REACH >= from;)
      if (!memcmp(t + i, " to ", 4) && amount_at(t, i + 4, len)) return 1;
    return 0;
  }
  if (at < 3 || memcmp(t + at - 3, "从", 3)) return 0;
  for (size_t i = end; i + 3 <= len && i <= end + CHANGE_VERB; i++)
    if (!memcmp(t + i, "至", 3) || !memcmp(t + i, "到", 3)) return 1;
  return 0;
}

/* Is h, a value of source sentence y, one v may misstate? */
static int counterpart(const cd_figures *fx, const fate *f, const cd_value *v, const held *hx, size_t nx,
                       sentence y, const held *h, int span) {
  const cd_claim *holder = &y.ex->claims[h->claim];
  /* a date of a predicate that starts something (生效, "take effect") is
   * a start too (cd_pair_starts) */
  int vs = v->start || (v->kind == CD_VALUE_DATE && fx->rs->predicates[f->predicate].starts),
      hs = h->v->start || (h->v->kind == CD_VALUE_DATE && fx->rs->predicates[holder->predicate].starts);
  /* a duration measures time, no count of things: 经过数十年发展 is
   * no misstated "100 nanometers" */
  return !(!differs(v, h->v) || counts_apart(v, h->v) || countries_apart(fx->rs, f->country, y, h->v) ||
           rate_of_unnamed_country(fx->rs, f->x, y, h->v) || stated_in(h->v, hx, nx) ||
           /* a start and the day of an act, unless that day was still to
            * come ("on or after Feb. 14" against 自3月14日起; 于19日生效
            * against the ruling "on Friday") */
           (hs != vs && !(vs && day_ahead(y.ex, h->v))) || h->v->deadline != v->deadline ||
           /* the level a change starts from is no part of it, nor its
            * end: 24%的关税暂停实施 misstates no "from 115% to 10%" */
           starts_change(y, h->v) != f->starts ||
           cd_units_duration(&fx->rs->units, v->unit) != cd_units_duration(&fx->rs->units, h->v->unit) ||
           other_speaker(fx->rs, f->speaker, holder->attribution) ||
           cd_pair_other_party(fx->rs, f->predicate, f->agent, holder) || (v->measure && !h->v->measure) ||
           /* another day of an event of several days: its start, its end */
           (v->kind == CD_VALUE_DATE && cd_pair_one_event_days(v, h->v, span)));
}

/* The whole that summary count v of sentence x is a part of: a larger
 * count of its unit told before it in x, a word that opens a breakdown
 * at most WHOLE_REACH bytes after the whole and before v (这23家中企包括
 * 13家半导体企业、3家生物技术公司, "32 entities, including 23 in China");
 * NULL for none. O(nx x WHOLE_REACH x breakdown words). */
#define WHOLE_REACH 40 /* bytes from a whole to the breakdown word after it */
static const cd_value *whole_of(sentence x, const cd_value *v, const held *hx, size_t nx) {
  static const char *const opens[] = {"包括",     "其中",       "包含",   "including",
                                      "of which", "among them", "of them"};
  const char *t = x.ex->norm.ptr;
  size_t base = x.ex->sentences[x.si].nspan.start;
  if (!t || v->kind != CD_VALUE_COUNT) return NULL;
  for (size_t i = 0; i < nx; i++) {
    const cd_value *u = hx[i].v;
    size_t to = v->span.start < u->span.end + WHOLE_REACH ? v->span.start : u->span.end + WHOLE_REACH;
    if (u->kind != CD_VALUE_COUNT || u->unit != v->unit || u->lo <= v->hi || u->span.end > v->span.start)
      continue;
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
      size_t n = strlen(opens[k]);
      for (size_t at = base + u->span.end; at + n <= base + to; at++)
        if (!memcmp(t + at, opens[k], n)) return u;
    }
  }
  return NULL;
}

/* Of several counterparts of v in y (the bits of `of`), the one nearest
 * to the first value of y that the summary's sentence hx states too, when
 * it is nearer than any other: values told together stand together
 * ("settled up 1.7% at $71.90 ..., while WTI rose 1.8% to $68.26":
 * 上涨2.7%，收在每桶71.90美元 misstates the 1.7%). NULL when none stands
 * out. O(ny x nx). */
static const held *beside_shared(const held *hx, size_t nx, const held *hy, size_t ny, uint64_t of) {
  const held *best = NULL;
  long at = -1, d1 = -1, d2 = -1;
  for (size_t i = 0; i < ny && at < 0; i++)
    if (hy[i].v->kind != CD_VALUE_DATE && stated_in(hy[i].v, hx, nx)) at = (long)hy[i].v->span.start;
  for (size_t i = 0; i < ny && at >= 0; i++) {
    long d = labs((long)hy[i].v->span.start - at);
    if (!(of >> i & 1)) continue;
    if (d1 < 0 || d < d1) {
      d2 = d1;
      d1 = d;
      best = &hy[i];
    } else if (d2 < 0 || d < d2) {
      d2 = d;
    }
  }
  return best && d2 >= 0 && d1 < d2 ? best : NULL;
}

/* The values of y (not stated in the summary's sentence hx) that v may
 * misstate, narrowed to one where one stands out: the same number (in
 * another unit or currency), else the one of v's own unit, else the one
 * running total where v is one (values.h: running), else the one
 * told beside a value both sentences state (beside_shared). A share with a
 * measure (a fall, a yield) is misstated only by a share with one: a
 * share no measure word reads ("averaging 54.34%") is of nothing known.
 * Returns how many are left, *out the first. */
static int counterparts(const cd_figures *fx, const fate *f, const cd_value *v, const held *hx, size_t nx,
                        sentence y, const held *hy, size_t ny, const held **out) {
  const held *first = NULL, *same = NULL, *twin = NULL, *run = NULL;
  int n = 0, nsame = 0, ntwin = 0, nrun = 0, span = 0;
  uint64_t of = 0; /* which of hy are counterparts: ny <= SENTENCE_HELD bits */
  /* a part is compared only where its whole is told, and never with
   * more than the whole: "two Chinese firms" or "32 entities" misstate
   * none of 这23家中企包括13家半导体企业 */
  const cd_value *whole = f->whole;
  *out = NULL;
  if (whole && !stated_in(whole, hy, ny)) return 0;
  for (size_t i = 0; i < nx + ny; i++) {
    int d = cd_pair_days_told(i < nx ? hx[i].v : hy[i - nx].v);
    if (d > span) span = d;
  }
  for (size_t i = 0; i < ny; i++) {
    if (!counterpart(fx, f, v, hx, nx, y, &hy[i], span) ||
        (whole && hy[i].v->kind == CD_VALUE_COUNT && hy[i].v->lo > whole->hi))
      continue;
    of |= (uint64_t)1 << i;
    if (!n++) first = &hy[i];
    if (same_unit(v, hy[i].v) && !nsame++) same = &hy[i];
    if (twins(v, hy[i].v) && !ntwin++) twin = &hy[i];
    if (v->running && hy[i].v->running && !nrun++) run = &hy[i];
  }
  if (n > 1 && (ntwin == 1 || nsame == 1)) {
    *out = ntwin == 1 ? twin : same;
    n = 1;
  } else if (n > 1 && nrun == 1) { /* a running total misstates the total (增至15种 / "brings to 12") */
    *out = run;
    n = 1;
  } else if (n > 1 && (*out = beside_shared(hx, nx, hy, ny, of))) {
    n = 1;
  } else {
    *out = first;
  }
  return n;
}

/* Is rate v (of summary claim c) of x unpinned in y: does x hold other
 * rates of v's measure, none of which y states as told of the same actor
 * (their own claim's agent, else agent: v's, else the sentence's first),
 * or one of another programme than c's (cd_pair_programmes_apart) that y
 * states? A sentence that
 * tells several rates is pinned to a source sentence by them:
 * 美方暂停其中24%，保留10% (the US's 10%) against "the US cuts its rate
 * from 145% to 30%, China its own from 125% to 10%" (China's 10%): 24%
 * is no misstated 30%, but another telling of one truce. align.c's
 * rates_unpinned is the same rule for pairs. O(nx x ny). */
static int unpinned(const cd_figures *fx, sentence x, const held *hx, size_t nx, const cd_value *v,
                    const cd_claim *c, sentence y, const held *hy, size_t ny) {
  int others = 0, elsewhere = 0, agent;
  if (v->kind != CD_VALUE_PERCENT) return 0;
  agent = cd_pair_actor(fx->rs, c, x.ex->claims + x.from, x.ex->claims + x.to);
  for (size_t i = 0; i < nx; i++) {
    const cd_value *u = hx[i].v;
    const cd_claim *holder = &x.ex->claims[hx[i].claim];
    int mine = holder->agent >= 0 ? holder->agent : agent, told = 0;
    if (u->kind != v->kind || same_value(u, v) || agrees_either(u, v) || u->measure != v->measure) continue;
    for (size_t j = 0; j < ny && !told; j++)
      told =
          agrees(u, hy[j].v) && !cd_pair_other_party(fx->rs, c->predicate, mine, &y.ex->claims[hy[j].claim]);
    /* a rate of another programme pins y to that programme, not v's */
    if (cd_pair_programmes_apart(fx->rs, holder, c)) {
      elsewhere |= told;
      continue;
    }
    others++;
    if (told) return 0;
  }
  return others > 0 || elsewhere;
}

/* Source sentence y (values hy, the sentence before it hp) against the
 * summary's amount v of sentence x (values hx): does it state v, or hold
 * its counterpart? */
static void weigh(fate *f, const cd_figures *fx, sentence x, const held *hx, size_t nx, sentence y,
                  const held *hy, size_t ny, const held *hp, size_t np, const cd_value *v, int doc) {
  const held *cand;
  int n, a, content, twin, same_head, holder, unknown, other_event, names, admitted = 0;
  int goods = goods_fit(fx->rs, x, y);
  /* another good, another scope: neither stated nor misstated there; a
   * good both name is a name and more (the head noun of the figure); a
   * sentence with no value neither states nor holds a counterpart */
  if (goods == 0 || !ny || scope_apart(fx->rs, x, y)) return;
  goods = goods > 0;
  names = name_anchors(fx, x, y); /* once: it reads the sentence's text for Latin names */
  for (size_t i = 0; i < ny; i++) {
    int slip = cd_value_compatible(v, hy[i].v) != 1;
    /* where a change ends (增至5000亿美元) is not where one starts: "to
     * $600 billion from the $500 billion" states no 5000亿 */
    if (!agrees(v, hy[i].v) || (slip && f->strict) || (f->ends && starts_change(y, hy[i].v))) continue;
    admitted = 1;
    /* another government's act states nothing of this one's: China's 34%
     * on US goods is no US 34% on Chinese goods */
    if (cd_pair_other_party(fx->rs, f->predicate, f->agent, &y.ex->claims[hy[i].claim])) continue;
    /* the same unit word (four defendants for 四名被告) is the figure's
     * head noun: half an anchor of its own */
    a = names + value_anchors(hx, nx, hy, ny, hp, np, v, 0) + (v->unit && hy[i].v->unit == v->unit);
    if (!states(v, hy[i].v, a >= FIGURE_SUPPORT)) continue;
    f->stated = 1;
    if (slip && !f->slips) f->slipped = hy[i].v;
    f->slips |= slip;
    f->exact |= !slip;
    if (a < FIGURE_SUPPORT && (a > f->faint || f->weak.claim < 0)) {
      f->faint = a;
      f->weak = (cd_ref){doc, hy[i].claim};
    }
    if (a >= FIGURE_SUPPORT && a > f->support) {
      f->support = a;
      f->with = (cd_ref){doc, hy[i].claim};
    }
    f->own |= a >= FIGURE_SUPPORT && (int)y.ex->claims[hy[i].claim].predicate == f->predicate;
    /* the certainty of the claim that states it: "可能于4月上调至640元"
     * against "will rise to 640 yuan in April" */
    if (a >= FIGURE_SUPPORT && certain_alike(f->claim, &y.ex->claims[hy[i].claim]))
      f->sure = 1;
    else if ((a >= FIGURE_TIGHT || value_anchors(hx, nx, hy, ny, NULL, 0, v, 0) >= 2) && f->unsure.claim < 0)
      f->unsure = (cd_ref){doc, hy[i].claim};
    return;
  }
  /* a value the sentence holds that v's bound or span admits ("超46%"
   * and 52%) is no statement of v, nor does the sentence misstate it */
  if (admitted) return;
  /* nor does a sentence whose counts v is the difference of: v is
   * accounted for there, loosely (that sentence is cited) */
  if ((cand = remainder_in(v, hx, nx, hy, ny))) {
    f->stated = 1;
    if (f->weak.claim < 0) f->weak = (cd_ref){doc, cand->claim};
    return;
  }
  if (!(n = counterparts(fx, f, v, hx, nx, y, hy, ny, &cand))) return;
  if (unpinned(fx, x, hx, nx, v, f->claim, y, hy, ny)) return;
  /* a date is one event's: another event's date (the talks of the 30th
   * against the ban of the 4th) misstates none. One event: the same
   * predicate, or a source date no trigger took (its event unknown: "the
   * final rule, issued on Oct. 28"), an amount both sentences state ("rise
   * to 640 yuan on April 17"), or three strong names (the ministry and the
   * metals it bans). Two dates no trigger took are two unknown events,
   * one only by such an amount or names (an interview on Saturday is no
   * inauguration "on Monday") */
  holder = y.ex->claims[cand->claim].predicate;
  unknown = fx->rs->predicates[f->predicate].figures;
  /* A frame's date lent to what it announces is that event's too:
   * 美国司法部3月8日宣布…以四项…罪起诉 against "has been charged ..., the
   * Justice Department said on Wednesday" (the charge's date). */
  other_event = holder != f->predicate && !fx->rs->predicates[holder].figures;
  if (v->kind == CD_VALUE_DATE && (unknown || (other_event && !lent_to(x, holder))) &&
      value_anchors(hx, nx, hy, ny, NULL, 0, v, 0) < 2 && names < EVENT_NAMES)
    return;
  /* a share's move (a `scope` predicate) is read on its own day: the date
   * of an event the rules do not know misdates none (指数5月27日收涨3.1%
   * against a fund "established on Friday") */
  if (v->kind == CD_VALUE_DATE && fx->rs->predicates[f->predicate].scope && holder != f->predicate) return;
  /* so is a sum of money: a fine (罚款金额约为13.69亿美元) misstates no
   * revenue ("$17 billion in revenue from China") when each is a known
   * event's, of two predicates, unless another amount or date both
   * sentences state, or two strong names, tie them (the stake Bessent
   * values, read as a market value in one language and as the stake
   * acquired in the other) */
  if (v->kind == CD_VALUE_MONEY && other_event && !unknown &&
      value_anchors(hx, nx, hy, ny, NULL, 0, v, 0) < 2 && names < MONEY_NAMES)
    return;
  /* an announcement is its maker's: another announcement whose maker
   * either side leaves unnamed misdates none (商务部于10月4日宣布 against
   * "the announcement, made public on October 12": another ministry's),
   * unless an amount both sentences state ties them (宣布以1875万美元收购
   * against "announced on May 9 that it would pay $18.75 million") */
  if (v->kind == CD_VALUE_DATE && holder == f->predicate && fx->rs->predicates[holder].frame &&
      !one_maker(fx->rs, f->claim, &y.ex->claims[cand->claim]) &&
      value_anchors(hx, nx, hy, ny, NULL, 0, v, 0) < 2)
    return;
  /* a date a reporting frame lent ("..., a US official said on Sunday")
   * dates a statement: it may misstate a statement's date (an
   * announcement, a remark), not an event's (the meeting of the 6th) */
  if (v->kind == CD_VALUE_DATE && y.ex->claims[cand->claim].date_lent &&
      cand->v == cd_claim_date(&y.ex->claims[cand->claim]) && !fx->rs->predicates[f->predicate].frame &&
      !fx->rs->predicates[f->predicate].speech)
    return;
  /* so does a frame's own date, lent to no claim of v's event: "a
   * statement on Monday announced a deal to cut the reciprocal tariffs"
   * dates the statement, not the tariffs' imposition (4月2日的行政命令
   * 加征的关税) */
  if (v->kind == CD_VALUE_DATE && fx->rs->predicates[holder].frame && holder != f->predicate &&
      cand->v == cd_claim_date(&y.ex->claims[cand->claim]) && !fx->rs->predicates[f->predicate].frame &&
      !fx->rs->predicates[f->predicate].speech && !lent_to(y, f->predicate))
    return;
  /* a date is one event's, a term ("for five years", 为期90天) one
   * measure's: its own sentence's */
  if (v->kind == CD_VALUE_DATE || v->minutes) np = 0;
  /* a single counterpart with v's number, or of v's unit word (chips,
   * tonnes; a currency is no anchor: most amounts are dollars) or of v's
   * measure (a yield), is half an anchor */
  twin = n == 1 && twins(v, cand->v);
  /* a good both name is a name, and the head of the figure too when the
   * counterpart is a rate as v is, or of v's unit word (cranes' 25%
   * against cranes' 50%; not two countries against a number of chips, nor
   * "3 kinds" of items against "seven families" of rare earths) */
  same_head = v->kind == CD_VALUE_PERCENT || (v->unit && cand->v->unit == v->unit);
  content = value_anchors(hx, nx, hy, ny, hp, np, v, 1) +
            (twin || (n == 1 && v->unit && cand->v->unit == v->unit)) +
            (n == 1 && v->measure && same_unit(v, cand->v)) + (goods && same_head);
  a = names + content + 2 * goods;
  /* the best sentence: most anchors, then a single counterpart, then a
   * twin, then the most content */
  if (a > f->best || (a == f->best && n == 1 &&
                      (!f->unique || twin > f->twin || (twin == f->twin && content > f->content)))) {
    f->best = a;
    f->twin = twin;
    f->content = content;
    f->unique = n == 1;
    f->counter = cand->v;
    f->at = (cd_ref){doc, cand->claim};
  }
}

/* The fate of summary amount v (of sentence x) in every source sentence,
 * strict or not (fate.strict). O(claims of the sources). */
static fate judge_once(const cd_figures *fx, sentence x, const held *hx, size_t nx, const cd_value *v,
                       const cd_claim *c, int strict, size_t *work) {
  fate f = {-1,
            0,
            -1,
            0,
            0,
            0,
            {0, -1},
            {0, -1},
            NULL,
            c->modality == CD_MODALITY_HEDGED,
            c->attribution,
            /* a misread agent gives way to the sentence's actor; no agent
             * stays none (the sentence's would part sources that agree) */
            c->agent >= 0 ? cd_pair_actor(fx->rs, c, x.ex->claims + x.from, x.ex->claims + x.to) : -1,
            c->predicate,
            v->kind == CD_VALUE_COUNT ? country_of_count(fx->rs, x, v) : -1,
            starts_change(x, v),
            ends_change(x, v),
            0,
            {0, -1},
            0,
            {0, -1},
            0,
            0,
            0,
            NULL,
            strict,
            x,
            c,
            whole_of(x, v, hx, nx)};
  for (size_t d = 1; d < fx->ndocs; d++) {
    const size_t *vf = fx->vfirst[d];
    for (size_t s = 0; s < fx->docs[d]->nsentences; s++) {
      sentence y = sentence_at(fx, d, s);
      const held *hy = fx->values[d] + vf[s], *hp = s ? fx->values[d] + vf[s - 1] : NULL;
      (*work)++;
      if (y.from < y.to)
        weigh(&f, fx, x, hx, nx, y, hy, vf[s + 1] - vf[s], hp, s ? vf[s] - vf[s - 1] : 0, v, (int)d);
    }
  }
  return f;
}

/* Does the summary's value misstate the one counterpart of the best
 * sentence? An amount (or date) no source states, where that sentence is
 * anchored FIGURE_TIGHT with some content, or FIGURE_TWIN with the twin;
 * and a date also where the sentence holding its twin outranks every
 * sentence that states it: a date is one event's, and a weaker sentence
 * naming the day after ("BIS officials briefed reporters on Thursday")
 * tells of another event; unless a claim of the summary claim's own
 * predicate states it ("published its final rule on Jan. 14" against a
 * richer "appeared in the Federal Register on Thursday": the
 * announcement's own date outweighs the publication's). */
static int misstated(const fate *f, int date) {
  /* a date's twin (another day of its month) is in many sentences of a
   * story: it decides only where more than a country and the twin anchor */
  int twin_floor = date ? FIGURE_TIGHT : FIGURE_TWIN;
  if (!f->unique) return 0;
  if (date && f->twin && f->best > f->support && f->best >= twin_floor && !f->own) return 1;
  /* an amount stated, but by a sentence the one holding its counterpart
   * outranks by FIGURE_OUTRANK anchors, two of them content (values of
   * the summary's sentence): 267项许可豁免延长至2027年6月30日 against
   * "extended 312 licence exemptions ... until June 30, 2027", where 267
   * is a part of them told further on ("the other 267 cover industrial
   * machinery"). Not when nothing states it with support (faintly
   * only): the rule below decides then. A margin of 2 made false
   * contradictions of two events' figures in like sentences (China's
   * 15% on US farm goods against the US's 20%) */
  if (!date && f->support >= 0 && f->best >= f->support + FIGURE_OUTRANK && f->content >= 2 && !f->own)
    return 1;
  /* stated loosely only (a sentence that shares nothing else with the
   * summary's: the value alone): no statement against the counterpart */
  int loose = f->stated && f->support < 0 && f->faint == 0;
  return f->support < 0 && (!f->stated || loose) &&
         ((f->best >= FIGURE_TIGHT && f->content >= 1) || (f->twin && f->best >= twin_floor));
}

/* Does a source sentence that shares a strong name with x (name
 * anchors) write day w out as a calendar date, not reckoned from its
 * document's date? O(values of the sources). */
static int written_out(const cd_figures *fx, sentence x, const cd_value *w) {
  for (size_t d = 1; d < fx->ndocs; d++) {
    const size_t *vf = fx->vfirst[d];
    for (size_t s = 0; s < fx->docs[d]->nsentences; s++)
      for (size_t i = vf[s]; i < vf[s + 1]; i++) {
        const cd_value *h = fx->values[d][i].v;
        if (h->kind == CD_VALUE_DATE && !h->relative && h->precision == CD_DATE_DAY &&
            cd_value_compatible(h, w) == 1 && name_anchors(fx, x, sentence_at(fx, d, s)) >= 2)
          return 1;
      }
  }
  return 0;
}

/* The fate of summary amount v (of sentence x). A day stated only a day
 * before v, by a source that reckons it from its own date ("on Friday"),
 * slips (Beijing's next day: agrees) and states it; unless a source
 * writes that day out ("Friday, Dec. 26"): then it is that day, and v
 * misstates it when the sentences, judged without slips, say so
 * (12月25日宣布 against "on Friday"). Twice O(claims of the sources)
 * then. */
static fate judge(const cd_figures *fx, sentence x, const held *hx, size_t nx, const cd_value *v,
                  const cd_claim *c, size_t *work) {
  fate f = judge_once(fx, x, hx, nx, v, c, 0, work), g;
  if (v->kind != CD_VALUE_DATE || !f.slips || f.exact || !written_out(fx, x, f.slipped)) return f;
  g = judge_once(fx, x, hx, nx, v, c, 1, work);
  return misstated(&g, 1) ? g : f;
}

/* Does a clause break (cd_clause_comma) stand in t[a, b)? O(b - a). */
static int clauses_apart(const char *t, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (cd_clause_comma(t, b, i)) return 1;
  return 0;
}

/* Does claim c hold a value in the clause of offset at, a clause after
 * the one of offset near? O(values x bytes). */
static int value_in_clause(const char *t, const cd_claim *c, size_t near, size_t at) {
  for (size_t i = 0; i < c->nvalues; i++) {
    size_t v = c->values[i].span.start;
    if (v > near && clauses_apart(t, near, v) &&
        !(v < at ? clauses_apart(t, v, at) : clauses_apart(t, at, v)))
      return 1;
  }
  return 0;
}

/* The agencies sentence si of ex mentions (in any claim or none), but
 * the ones a filing or a remark goes to and, where near is a figure's
 * offset (SIZE_MAX: none), the ones in a clause after the figure's: all
 * of them (a Chinese frame comes before what it says: 美国商务部表示，…),
 * or with own (an English sentence, whose speaker may follow: "..., the
 * department said"), those whose clause holds another of own's values
 * ("Commerce will rule in early December, and the ITC will vote early
 * next year"); each once, at most max: O(log mentions + its mentions +
 * its bytes). */
static size_t agencies_in(const cd_ruleset *rs, const cd_extraction *ex, int si, size_t near,
                          const cd_claim *own, int *out, size_t max) {
  size_t n = 0;
  const char *t = ex->norm.ptr ? ex->norm.ptr + ex->sentences[si].nspan.start : NULL;
  for (size_t m = cd_extraction_mentions_from(ex, si);
       m < ex->nmentions && ex->mentions[m].sentence == si && n < max; m++) {
    int e = ex->mentions[m].entity;
    size_t j = 0;
    /* the body a filing goes to (向美国证券交易委员会提交文件) does not act */
    if (!rs->entities[e].department || (t && cd_speaker_addressed(t, ex->mentions[m].start))) continue;
    /* nor one named in a clause after the figure's (大疆约占…七成份额，该公司
     * 已起诉美国国防部: the Pentagon is sued, no maker of the share) */
    if (t && near != SIZE_MAX && ex->mentions[m].start > near &&
        clauses_apart(t, near, ex->mentions[m].start) &&
        (!own || value_in_clause(t, own, near, ex->mentions[m].start)))
      continue;
    while (j < n && out[j] != e) j++;
    if (j == n) out[n++] = e;
  }
  return n;
}

/* Is agency a one with some agency of set b (cd_rules_related)? */
static int meets_any(const cd_ruleset *rs, int a, const int *b, size_t nb) {
  for (size_t j = 0; j < nb; j++)
    if (cd_rules_related(rs, a, b[j])) return 1;
  return 0;
}

/* Does the summary's sentence sx give its figures to another agency than
 * the source sentence of claim r that states them (or, when that names
 * no agency, the sentence before it: "The Bureau of Industry and
 * Security's new guidance ... / The guidance, issued on May 13, ...")?
 * Each names agencies, none the other's, and one of each are departments
 * of one government; *mine and *theirs are those two. */
static int other_agency(const cd_figures *fx, const cd_claim *c, cd_ref r, int *mine, int *theirs) {
  const cd_ruleset *rs = fx->rs;
  const cd_extraction *ey = fx->docs[r.doc];
  int ax[SENTENCE_AGENCIES], ay[SENTENCE_AGENCIES], sy = ey->claims[r.claim].sentence;
  const cd_claim *o = &ey->claims[r.claim];
  size_t nx = agencies_in(rs, fx->docs[0], c->sentence, c->nvalues ? c->values[0].span.start : SIZE_MAX, NULL,
                          ax, SENTENCE_AGENCIES),
         ny = agencies_in(rs, ey, sy, o->nvalues ? o->values[0].span.start : SIZE_MAX, o, ay,
                          SENTENCE_AGENCIES);
  if (!ny && sy > 0) ny = agencies_in(rs, ey, sy - 1, SIZE_MAX, NULL, ay, SENTENCE_AGENCIES);
  *mine = *theirs = -1;
  for (size_t i = 0; i < nx; i++)
    if (meets_any(rs, ax[i], ay, ny)) return 0;
  for (size_t i = 0; i < nx && *mine < 0; i++)
    for (size_t j = 0; j < ny && *mine < 0; j++)
      if (cd_rules_kin(rs, ax[i], ay[j])) {
        *mine = ax[i];
        *theirs = ay[j];
      }
  return *mine >= 0;
}

/* "count: 7200000 tonne (S) vs 720000 tonne (D1)": v of document dv
 * (0 for the summary) against w of document dw. */
static void describe(const cd_figures *fx, const cd_value *v, int dv, const cd_value *w, int dw, char *why,
                     size_t n) {
  char a[96], b[96], da[8], db[8];
  const char *ua = cd_units_name(&fx->rs->units, v->unit), *ub = cd_units_name(&fx->rs->units, w->unit);
  cd_value_format_against(v, w, a, sizeof a);
  cd_value_format_against(w, v, b, sizeof b);
  snprintf(why, n, "%s: %s%s%s (%s) vs %s%s%s (%s)", cd_value_kind_get(v->kind)->noun, a, ua ? " " : "",
           ua ? ua : "", cd_align_doc_id(dv, da, sizeof da), b, ub ? " " : "", ub ? ub : "",
           cd_align_doc_id(dw, db, sizeof db));
}

/* Does source d state v anywhere, in its own unit? O(values of d). */
static int doc_states(const cd_figures *fx, int d, const cd_value *v) {
  const held *h = fx->values[d];
  size_t n = fx->vfirst[d][fx->docs[d]->nsentences];
  for (size_t i = 0; i < n; i++)
    if (states(v, h[i].v, 0)) return 1;
  return 0;
}

/* The value of source claim r that states summary amount v; NULL when
 * none does. */
static const cd_value *stating(const cd_figures *fx, cd_ref r, const cd_value *v) {
  const cd_claim *c = &fx->docs[r.doc]->claims[r.claim];
  for (size_t k = 0; k < c->nvalues; k++)
    if (states(v, &c->values[k], 1)) return &c->values[k];
  return NULL;
}

/* Are the summary's amounts a and b, stated by source claims x and y,
 * rival estimates of one thing: of one unit (or counts or shares of no
 * unit), each an estimate in its source ("about 200,000", "roughly
 * 650,000"; "more than 70%")? Two exact amounts the summary states
 * together are two facts of it (23 entities, 16 of them Chinese; 25%
 * raised to 100%), unless its sentence sets them side by side as
 * reports (told: 有报道称292.5亿美元，也有统计显示247亿美元). */
static int rival_estimates(const cd_figures *fx, const cd_value *a, cd_ref x, const cd_value *b, cd_ref y,
                           int told) {
  const cd_value *va = stating(fx, x, a), *vb = stating(fx, y, b);
  if (!va || !vb || (!told && (!cd_value_estimate(va) || !cd_value_estimate(vb)))) return 0;
  if (same_unit(a, b)) return 1;
  return (a->kind == CD_VALUE_COUNT || a->kind == CD_VALUE_PERCENT) && !a->unit && !b->unit && !a->points &&
         !b->points && !va->unit && !vb->unit;
}

/* Do the sources give two of the summary claim's amounts as rival
 * figures of one thing? Amount i is stated by source by[i] (0 when
 * none). Two amounts of one kind, rival estimates (rival_estimates),
 * each stated by another source, where neither source states the
 * other's anywhere and their
 * claims' dates do not differ (a fee of $50 now and $140 in 2028 is a
 * schedule, and a source telling of a change states both ends): the
 * summary tells what each source says (估计约15亿美元，也有测算认为约为
 * 32亿美元), and an editor is told that the sources disagree. */
static int rival_sources(const cd_figures *fx, const cd_value *const *val, const cd_ref *by, size_t n,
                         int told, char *why, size_t len, cd_ref *x, cd_ref *y) {
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++) {
      const cd_value *a = val[i], *b = val[j];
      const cd_value *da, *db;
      if (!by[i].doc || !by[j].doc || by[i].doc == by[j].doc || a->kind != b->kind ||
          a->kind == CD_VALUE_DATE || !rival_estimates(fx, a, by[i], b, by[j], told) || !differs(a, b) ||
          doc_states(fx, by[i].doc, b) || doc_states(fx, by[j].doc, a))
        continue;
      da = cd_claim_date(&fx->docs[by[i].doc]->claims[by[i].claim]);
      db = cd_claim_date(&fx->docs[by[j].doc]->claims[by[j].claim]);
      if (da->kind == CD_VALUE_DATE && db->kind == CD_VALUE_DATE && !agrees_either(da, db) &&
          cd_value_compatible(da, db) == 0)
        continue;
      *x = by[i];
      *y = by[j];
      describe(fx, a, by[i].doc, b, by[j].doc, why, len);
      return 1;
    }
  return 0;
}

/* Are all the claim's amounts distinctive (money, counts from
 * ANCHOR_COUNT_LO): stated, even faintly, they are this figure? */
static int all_distinctive(const cd_claim *c) {
  size_t n = 0;
  for (size_t k = 0; k < c->nvalues; k++) {
    if (c->values[k].kind == CD_VALUE_DATE) continue;
    if (!cd_value_distinctive(&c->values[k])) return 0;
    n++;
  }
  return n > 0;
}

/* Does sentence si of document doc open with a personal pronoun ("It
 * estimated", "They said", 其, 他): its speaker named in the sentence
 * before? */
static int opens_with_pronoun(const cd_figures *fx, size_t doc, int si) {
  static const char *const pronouns[] = {"it ", "they ", "he ", "she ", "we ", "其", "他", "她"};
  const cd_extraction *ex = fx->docs[doc];
  const char *p = ex->norm.ptr + ex->sentences[si].nspan.start;
  size_t n = ex->sentences[si].nspan.end - ex->sentences[si].nspan.start;
  for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++)
    if (n >= strlen(pronouns[i]) && !memcmp(p, pronouns[i], strlen(pronouns[i]))) return 1;
  return 0;
}

/* The one company sentence si of the summary names (in any claim or
 * none), or -1 when it names none or more. */
static int lone_company(const cd_figures *fx, int si) {
  const cd_extraction *ex = fx->docs[0];
  int one = -1;
  for (size_t m = cd_extraction_mentions_from(ex, si); m < ex->nmentions && ex->mentions[m].sentence == si;
       m++) {
    int e = ex->mentions[m].entity;
    if (strcmp(fx->rs->entities[e].type, "company") || fx->rs->entities[e].weak || e == one) continue;
    if (one >= 0) return -1;
    one = e;
  }
  return one;
}

/* The company that opens sentence si of document doc as its subject (a
 * mention at its start), or -1. */
static int opening_company(const cd_figures *fx, size_t doc, int si) {
  const cd_extraction *ex = fx->docs[doc];
  size_t m = cd_extraction_mentions_from(ex, si);
  if (m >= ex->nmentions || ex->mentions[m].sentence != si || ex->mentions[m].start > 0) return -1;
  return strcmp(fx->rs->entities[ex->mentions[m].entity].type, "company") ? -1 : ex->mentions[m].entity;
}

/* Does the summary's sentence sx give its figures to another company than
 * the one the source sentence of claim r that states them opens with, or,
 * when that opens with a pronoun, the sentence before it ("Tencent moved
 * quickly to steady the stock. It bought back 3.93 million shares")? The
 * summary names one company, the source sentences it reads do not name
 * it, and the two are no kin; *mine and *theirs are those two. */
static int other_company(const cd_figures *fx, int sx, cd_ref r, int *mine, int *theirs) {
  int sy = fx->docs[r.doc]->claims[r.claim].sentence, from = sy;
  *mine = lone_company(fx, sx);
  *theirs = opening_company(fx, (size_t)r.doc, sy);
  if (*theirs < 0 && sy > 0 && opens_with_pronoun(fx, (size_t)r.doc, sy)) {
    from = sy - 1;
    *theirs = opening_company(fx, (size_t)r.doc, from);
  }
  if (*mine < 0 || *theirs < 0 || cd_rules_related(fx->rs, *mine, *theirs) ||
      cd_rules_kin(fx->rs, *mine, *theirs))
    return 0;
  for (int k = from; k <= sy; k++)
    if (names_entity(fx, (size_t)r.doc, k, *mine)) return 0;
  return 1;
}

/* Does sentence si of document doc name a person? */
static int names_person(const cd_figures *fx, size_t doc, int si) {
  sentence y = sentence_at(fx, doc, (size_t)si);
  for (size_t c = y.from; c < y.to; c++)
    for (size_t i = 0; i < y.ex->claims[c].nentities; i++)
      if (!strcmp(fx->rs->entities[y.ex->claims[c].entities[i]].type, "person")) return 1;
  return 0;
}

/* Does sentence si name speaker e, a body of it or one it belongs to;
 * or, when it opens with a pronoun, the sentence before it? */
static int voices(const cd_figures *fx, size_t doc, int si, int e) {
  int last = si > 0 && opens_with_pronoun(fx, doc, si) ? si - 1 : si, country = cd_rules_country(fx->rs, e);
  /* "He said ..." after a sentence that names no person ("The US
   * president announced ..."): whose voice the rules cannot tell, maybe e's */
  if (last < si && !strcmp(fx->rs->entities[e].type, "person") && !names_person(fx, doc, last)) return 1;
  for (int k = si; k >= last; k--) {
    sentence y = sentence_at(fx, doc, (size_t)k);
    for (size_t c = y.from; c < y.to; c++) {
      const cd_claim *cl = &y.ex->claims[c];
      for (size_t i = 0; i < cl->nentities; i++)
        if (cd_rules_related(fx->rs, e, cl->entities[i])) return 1;
      /* the speaker's country acting in no voice ("China added 11
       * entities") is its government's act (商务部宣布将11家…列入) */
      if (cl->attribution < 0 && country >= 0 && cl->agent == country) return 1;
    }
  }
  return 0;
}

/* Does the speaker of summary claim c tell of its own act in c's
 * sentence (cd_pair_own_act of a claim there)? A figure claim has no
 * roles: 中国商务部也表示，将暂停对美国商品的关税90天 tells MOFCOM's
 * suspension, whose 90 days another government's act may also last.
 * A share's move or market value (a `scope` predicate) is nobody's act,
 * whatever agent the speaker's frame lent it. O(claims of the sentence). */
static int own_act_told(const cd_figures *fx, const cd_claim *c) {
  sentence x = sentence_at(fx, 0, (size_t)c->sentence);
  for (size_t k = x.from; k < x.to; k++)
    if (x.ex->claims[k].attribution == c->attribution &&
        !fx->rs->predicates[x.ex->claims[k].predicate].scope && cd_pair_own_act(fx->rs, &x.ex->claims[k]))
      return 1;
  return 0;
}

/* Does summary claim c's speaker tell of another government's act (its
 * agent a state or a body of another state: 中方表示，…美方此前批准向台湾
 * 提供5.67亿美元的军事援助)? The amount is the act's, which the sources
 * state in no voice; the speaker only retells it (pair.c: retold). */
static int others_act_told(const cd_figures *fx, const cd_claim *c) {
  return c->attribution >= 0 && c->agent >= 0 && cd_pair_other_actor(fx->rs, c->attribution, c->agent);
}

/* Is the summary's named speaker (an entity, not a news outlet) named by
 * none of the source sentences cited as stating its figures? A country
 * that speaks, on either side, is its government or any of its bodies
 * (中方宣布 / "China announced"): no other speaker. */
static int unvoiced(const cd_figures *fx, int speaker, const cd_figure_verdict *v) {
  if (speaker < 0 || fx->rs->entities[speaker].outlet || fx->rs->entities[speaker].weak || !v->nwith)
    return 0;
  for (size_t i = 0; i < v->nwith; i++) {
    const cd_claim *c = &fx->docs[v->with[i].doc]->claims[v->with[i].claim];
    if ((c->attribution >= 0 && fx->rs->entities[c->attribution].weak) ||
        voices(fx, (size_t)v->with[i].doc, c->sentence, speaker))
      return 0;
  }
  return 1;
}

/* Is summary claim c a share's move or market value told as done (a
 * `scope` predicate, not hedged) that a cited source sentence reads off
 * the market, in no named voice? "Samsung shares rose 2.6%" tells the
 * move whoever's frame the summary puts it in; "Trump wrote that the
 * shares were worth about $11 billion" is his valuation, not the
 * market's, and 卢特尼克发文称…市值约110亿美元 misattributes it. */
static int read_off_market(const cd_figures *fx, const cd_claim *c, const cd_figure_verdict *v) {
  if (!fx->rs->predicates[c->predicate].scope || c->modality == CD_MODALITY_HEDGED) return 0;
  for (size_t i = 0; i < v->nwith; i++) {
    int a = fx->docs[v->with[i].doc]->claims[v->with[i].claim].attribution;
    if (a < 0 || fx->rs->entities[a].outlet || fx->rs->entities[a].weak) return 1;
  }
  return 0;
}

/* Does some source sentence that states one of the amounts (any of the
 * sentences, not only the cited ones) name speaker e, or the sentence
 * before it when it opens with a pronoun? "Vance said ... valued at about
 * $14 billion" voices the figure another source states without him.
 * O(values of the sources x amounts). */
static int voiced_anywhere(const cd_figures *fx, int e, const cd_value *const *amount, size_t n) {
  for (size_t d = 1; d < fx->ndocs; d++) {
    size_t nv = fx->vfirst[d][fx->docs[d]->nsentences];
    for (size_t i = 0; i < nv; i++)
      for (size_t k = 0; k < n; k++)
        if (agrees(amount[k], fx->values[d][i].v) &&
            voices(fx, d, fx->docs[d]->claims[fx->values[d][i].claim].sentence, e))
          return 1;
  }
  return 0;
}

/* Is one of the amounts another voice's alone: no source sentence that
 * states it names speaker e (voiced_anywhere), and one names another
 * speaker, no body or kin of e (a data firm the rules know, a
 * minister)? 卢特尼克表示，他最初要求的分成比例为20%，后经…争取降至15%
 * where the 20% is told only as Trump's ("Trump said he had opened at
 * 20%"), though a headline that names the US government states the 15%.
 * O(values of the sources x amounts). */
static int amount_of_another(const cd_figures *fx, int e, const cd_value *const *amount, size_t n) {
  if (e < 0 || fx->rs->entities[e].outlet || fx->rs->entities[e].weak) return 0;
  for (size_t k = 0; k < n; k++) {
    int other = 0;
    if (voiced_anywhere(fx, e, &amount[k], 1)) continue;
    for (size_t d = 1; d < fx->ndocs && !other; d++) {
      size_t nv = fx->vfirst[d][fx->docs[d]->nsentences];
      for (size_t i = 0; i < nv && !other; i++) {
        int a = fx->docs[d]->claims[fx->values[d][i].claim].attribution;
        other = agrees(amount[k], fx->values[d][i].v) && a >= 0 && !fx->rs->entities[a].weak &&
                !fx->rs->entities[a].outlet && !cd_rules_related(fx->rs, a, e);
      }
    }
    if (other) return 1;
  }
  return 0;
}

/* Are summary claim c's move and source claim o's, apart by
 * cd_pair_moves_apart because one of them is undated, one reading all
 * the same: the sentence holding o's counterpart shares two other values
 * with c's (中芯国际港股收跌4.1%，报52.3港元，华虹半导体收跌6.2% against
 * "SMIC ended 4.1% lower at HK$52.30, while Hua Hong finished down
 * 3.4%": the closes of one day, 6.2% being the day's low told elsewhere)? One value
 * shared is not enough: 股价今年以来累计漲逾2成 is no day's 5.5%. */
static int one_reading(const cd_claim *c, const cd_claim *o, const fate *f) {
  return (cd_claim_date(c)->kind != CD_VALUE_DATE || cd_claim_date(o)->kind != CD_VALUE_DATE) &&
         f->content >= 2;
}

/* Is date v a year, or a span of whole years (2023-24学年, 2019-2022)? */
static int yearly(const cd_value *v) {
  int y0, m0, d0, y1, m1, d1;
  if (v->precision == CD_DATE_YEAR) return 1;
  if (v->precision != CD_DATE_PART) return 0;
  cd_calendar_civil((long)v->lo, &y0, &m0, &d0);
  cd_calendar_civil((long)v->hi, &y1, &m1, &d1);
  return m0 == 1 && d0 == 1 && m1 == 12 && d1 == 31;
}

/* Is the summary claim c dated (a year or finer, its own date), and does
 * the source sentence of r, which states its amounts, hold dates, none of
 * them c's and one (*which, an index into its document's values) of
 * another year at least as fine? Dates of one sentence are its events':
 * the amounts it states are of its year. */
static int other_year(const cd_figures *fx, const cd_claim *c, cd_ref r, int *which) {
  const cd_value *d = cd_claim_date(c);
  int si = fx->docs[r.doc]->claims[r.claim].sentence;
  size_t from = fx->vfirst[r.doc][si], to = fx->vfirst[r.doc][si + 1];
  *which = -1;
  if (d->kind != CD_VALUE_DATE || d->unresolved || c->date_lent || !yearly(d)) return 0;
  for (size_t i = from; i < to; i++) {
    const cd_value *w = fx->values[r.doc][i].v;
    if (w->kind != CD_VALUE_DATE || w->unresolved) continue;
    /* spans of years are compared as stretches of days (cd_value_compatible
     * compares no span below month precision) */
    if (yearly(w) && yearly(d) ? !(w->hi < d->lo || d->hi < w->lo) : cd_value_compatible(d, w) != 0) return 0;
    if (*which < 0 && yearly(w) && (w->hi < d->lo || d->hi < w->lo)) *which = (int)i;
  }
  return *which >= 0;
}

/* Adds the claim to the verdict's sources, one a source. */
static void cite(cd_figure_verdict *v, cd_ref r) {
  for (size_t i = 0; i < v->nwith; i++)
    if (v->with[i].doc == r.doc) return;
  v->with[v->nwith++] = r;
}

/* v becomes a contradiction citing claim at: the summary gives the
 * figures to actor mine, the source sentence to theirs ("agency: commerce_dept
 * (S) vs ustr (D1)"). */
static void given_to_another(const cd_figures *fx, cd_figure_verdict *v, cd_ref at, const char *dim, int mine,
                             int theirs) {
  v->kind = CD_FIND_CONTRADICTION;
  v->nwith = 0;
  cite(v, at);
  snprintf(v->detail, sizeof v->detail, "%s: %s (S) vs %s (D%d)", dim, fx->rs->entities[mine].id,
           fx->rs->entities[theirs].id, at.doc);
}

/* Is summary claim c a forecast (hedged) where the source claim at r that
 * holds the counterpart tells a fact (asserted), or the other way round?
 * Then they are two figures: "罚款可能达约13.69亿美元" (a fine that might
 * come) misstates no "$17 billion in revenue", and a plan of its own event
 * no outcome (计划将200家…列入 against "added 140", as align.c holds).
 * Figures claims (an event the rules do not know) are any event's.
 * Amounts only: the day of a warning of something possible is as certain
 * as any other day. */
static int forecast_for_fact(const cd_figures *fx, const cd_claim *c, cd_ref r) {
  const cd_claim *o = &fx->docs[r.doc]->claims[r.claim];
  const cd_predicate *pr = fx->rs->predicates;
  /* an estimate (预计, "is expected to") is the forecast a plain "will" or
   * "would" tells alike (营收预计将减少约9亿美元 / "would cost it $0.6
   * billion"): one figure, misstated; against one told as done it is two */
  return !pr[c->predicate].figures && !pr[o->predicate].figures && !certain_alike(c, o);
}

void cd_figures_check(const cd_figures *fx, int claim, cd_figure_verdict *v, size_t *work) {
  const cd_claim *c = &fx->docs[0]->claims[claim];
  sentence x = sentence_at(fx, 0, (size_t)c->sentence);
  held hx[SENTENCE_HELD];
  size_t nx = values_of(x, hx, SENTENCE_HELD), supported = 0, faint = 0, loose = 0, counted = amounts(c);
  int unsupported = 0, strongest = -1, mine, theirs;
  /* a figures claim of dates alone (明年初增购): its dates are its figures */
  int lone = fx->rs->predicates[c->predicate].figures && !counted;
  cd_ref by = {0, -1}, stated_by[CD_CLAIM_MAX_VALUES], x0, y0;
  const cd_value *amount[CD_CLAIM_MAX_VALUES];
  size_t namounts = 0;
  v->kind = -1;
  v->nwith = 0;
  v->detail[0] = '\0';
  v->rivals = 0;
  v->certainty = 0;
  for (size_t k = 0; k <= c->nvalues; k++) {
    const cd_value *val = k < c->nvalues ? &c->values[k] : cd_claim_date(c);
    int date = val->kind == CD_VALUE_DATE;
    fate f;
    /* dates from month precision, once (a figures claim's date is among
     * its values); a date the sources do not state is no finding alone */
    /* a date lent by a frame (回应称 on the 6th) dates the frame, not this
     * claim */
    if (val->kind == CD_VALUE_NONE || (date && !lone && !anchors_on(val)) ||
        (date && k == c->nvalues && (c->date_lent || (c->nvalues && held_by(c, val)))))
      continue;
    counted += lone;
    f = judge(fx, x, hx, nx, val, c, work);
    if (f.support >= 0 && !f.sure && f.unsure.claim >= 0 && !date) {
      /* stated, but only as certain as the summary is not (an amount:
       * a date is often another event's, 就任後，可能擴大) */
      v->kind = CD_FIND_CONTRADICTION;
      v->certainty = 1;
      v->nwith = 0;
      cite(v, f.unsure);
      snprintf(v->detail, sizeof v->detail, "certainty: %s (S) vs %s (D%d)", f.hedged ? "hedged" : "asserted",
               f.hedged ? "asserted" : "hedged", f.unsure.doc);
      return;
    }
    if (misstated(&f, date) && f.counter &&
        (date || (!forecast_for_fact(fx, c, f.at) &&
                  (!cd_pair_moves_apart(fx->rs, c, &fx->docs[f.at.doc]->claims[f.at.claim]) ||
                   one_reading(c, &fx->docs[f.at.doc]->claims[f.at.claim], &f) || unit_slip(val, f.counter) ||
                   cd_pair_part_of_whole(fx->rs, val))))) {
      v->kind = CD_FIND_CONTRADICTION;
      v->nwith = 0;
      cite(v, f.at);
      describe(fx, val, 0, f.counter, f.at.doc, v->detail, sizeof v->detail);
      return;
    }
    if (k < c->nvalues && !date) {
      /* who states it, for rival figures: a loose statement too (the
       * value alone shared) where the summary sets reports side by side
       * and the value is distinctive */
      int loose_rival = c->rivals && f.weak.claim >= 0 && cd_value_distinctive(val);
      amount[namounts] = val;
      stated_by[namounts++] = f.support >= 0 ? f.with : f.faint > 0 || loose_rival ? f.weak : (cd_ref){0, -1};
    }
    if (f.support >= 0) {
      supported += !date || lone;
      if (!date || lone) cite(v, f.with);
    } else if (f.weak.claim >= 0 && (!date || lone)) {
      /* stated where the sentence shares a name or a predicate only
       * (faint), or nothing but the value (loose): the amount is there;
       * it is accounted for */
      if (f.faint > 0)
        faint++;
      else
        loose++;
      cite(v, f.weak);
    } else if (!f.stated && (!date || lone)) {
      /* no sentence anchors a counterpart, but the sources' claims of
       * its predicate state one value of its kind, and not it */
      cd_ref at;
      const cd_value *w = sole_value(fx, c, val, &at);
      if (!w) w = sole_tally(fx, c, val, &at);
      if (w) {
        v->kind = CD_FIND_CONTRADICTION;
        v->nwith = 0;
        cite(v, at);
        describe(fx, val, 0, w, at.doc, v->detail, sizeof v->detail);
        return;
      }
      unsupported = 1;
    }
    if (f.support > strongest) {
      strongest = f.support;
      by = f.with;
    }
  }
  /* the figures stated, but of another department's act: 美国商务部公布的
   * 方案 where the sentence stating its fees says USTR published it */
  if (strongest >= FIGURE_TIGHT && other_agency(fx, c, by, &mine, &theirs)) {
    given_to_another(fx, v, by, "agency", mine, theirs);
    return;
  }
  /* the figures stated, but of another company's act: 宁德时代…回购了393万
   * 股股份 where the sentence stating them says Tencent bought them back.
   * Not a share's move: two companies' moves stand side by side */
  if (strongest >= FIGURE_TIGHT && !fx->rs->predicates[c->predicate].scope &&
      other_company(fx, c->sentence, by, &mine, &theirs)) {
    given_to_another(fx, v, by, "company", mine, theirs);
    return;
  }
  /* the figures stated (faintly too, when each is distinctive), but none
   * of the sentences stating them names the summary's speaker: 据美国商务部
   * 估算 where the sources have a data firm estimate it. Not where the
   * speaker tells of its own act (特朗普政府宣布：对…加征20%的关税 against
   * "struck down ... 20% on products from China"): a source that states
   * the act names no other voice, nor where it retells another
   * government's act (中方表示，…美方此前批准…提供5.67亿美元的军事援助).
   * Nor a share's move told as done that a
   * source reads off the market, whoever's frame it stands in
   * (吕翰九表示，…，三星电子股价当天上涨2.6%) */
  if (!unsupported && (strongest >= FIGURE_SUPPORT || (faint && all_distinctive(c))) &&
      !own_act_told(fx, c) && !others_act_told(fx, c) && !read_off_market(fx, c, v) &&
      ((unvoiced(fx, c->attribution, v) && !voiced_anywhere(fx, c->attribution, amount, namounts)) ||
       amount_of_another(fx, c->attribution, amount, namounts))) {
    cd_ref at = strongest >= FIGURE_SUPPORT ? by : v->with[0];
    int said = fx->docs[at.doc]->claims[at.claim].attribution;
    v->kind = CD_FIND_CONTRADICTION;
    v->nwith = 0;
    cite(v, at);
    snprintf(v->detail, sizeof v->detail, "speaker: %s (S) vs %s (D%d)", fx->rs->entities[c->attribution].id,
             said >= 0 ? fx->rs->entities[said].id : "none", at.doc);
    return;
  }
  /* the amounts stated by a sentence dated another year: 要到2025年才提高
   * 至25% where the sentence stating 25% says "in 2026"; faintly stated
   * too when each is distinctive ($43.8 billion "in the 2023-24 academic
   * year" where the summary has 2021-22学年: a year is no anchor) */
  if (strongest < FIGURE_SUPPORT && faint) by = v->with[0]; /* faint statements are cited */
  if (!unsupported && !lone && (strongest >= FIGURE_SUPPORT || (faint && all_distinctive(c))) &&
      other_year(fx, c, by, &theirs)) {
    char mine_s[64], theirs_s[64];
    v->kind = CD_FIND_CONTRADICTION;
    v->nwith = 0;
    cite(v, by);
    cd_value_format(cd_claim_date(c), mine_s, sizeof mine_s);
    cd_value_format(fx->values[by.doc][(size_t)theirs].v, theirs_s, sizeof theirs_s);
    snprintf(v->detail, sizeof v->detail, "date: %s (S) vs %s (D%d)", mine_s, theirs_s, by.doc);
    return;
  }
  if (unsupported)
    v->kind = CD_FIND_UNSUPPORTED;
  else if (supported + faint + loose > 0 && supported + faint + loose == counted)
    v->kind = CD_FIND_AGREEMENT;
  if (v->kind == CD_FIND_AGREEMENT &&
      rival_sources(fx, amount, stated_by, namounts, c->rivals, v->detail, sizeof v->detail, &x0, &y0)) {
    v->kind = CD_FIND_CONTRADICTION;
    v->nwith = 0;
    v->rivals = 1;
    cite(v, x0);
    cite(v, y0);
    return;
  }
  if (v->kind != CD_FIND_AGREEMENT) v->nwith = 0;
}
