/* align.c: predicate buckets, entity clusters, compatibility; see align.h. */
#include "align.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "engine.h"
#include "values.h"

#define EXPANDED_MAX  64
#define CLUSTER_PROBE 8 /* statements of a cluster a new claim is scored against */

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

/* An entity set with every entity's groups added; without the speaker
 * when drop_speaker is set (the speaker is the claim's attribution, and a
 * source may leave it unnamed: "the department said"). */
static size_t expand_as(const cd_ruleset *rs, const cd_claim *c, int *out, int drop_speaker) {
  size_t n = 0;
  for (size_t i = 0; i < c->nentities && n < EXPANDED_MAX; i++) {
    const cd_entity *e = &rs->entities[c->entities[i]];
    if (drop_speaker && c->entities[i] == c->attribution) continue;
    out[n++] = c->entities[i];
    for (size_t g = 0; g < e->ngroups && n < EXPANDED_MAX; g++) out[n++] = e->groups[g];
  }
  return n;
}

static size_t expand(const cd_ruleset *rs, const cd_claim *c, int *out) {
  return expand_as(rs, c, out, 0);
}

static int has(const int *v, size_t n, int x) {
  for (size_t i = 0; i < n; i++)
    if (v[i] == x) return 1;
  return 0;
}

/* Are a and b said by different speakers? An unnamed speaker ("a ministry
 * spokesperson said") is the other's when the claim names that speaker's
 * entity (here through the topic of the sentences before). */
static int disputed(const cd_claim *a, const cd_claim *b) {
  if (a->attribution == b->attribution) return 0;
  if (a->attribution < 0) return !has(a->entities, a->nentities, b->attribution);
  if (b->attribution < 0) return !has(b->entities, b->nentities, a->attribution);
  return 1;
}

/* Does each claim name a company, person or product that the other lacks
 * (an Alibaba where the other says Tencent)? Then they are two claims:
 * the summary's is unsupported, the source's omitted. */
static int swapped(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  static const char *const kinds[] = {"company", "person", "product"};
  int ea[EXPANDED_MAX], eb[EXPANDED_MAX];
  size_t na = expand(rs, a, ea), nb = expand(rs, b, eb);
  for (size_t k = 0; k < 3; k++) {
    int only_a = 0, only_b = 0;
    for (size_t i = 0; i < a->nentities; i++)
      only_a |= !strcmp(rs->entities[a->entities[i]].type, kinds[k]) && !has(eb, nb, a->entities[i]);
    for (size_t i = 0; i < b->nentities; i++)
      only_b |= !strcmp(rs->entities[b->entities[i]].type, kinds[k]) && !has(ea, na, b->entities[i]);
    if (only_a && only_b) return 1;
  }
  return 0;
}

/* How well a and b align on their entities (with or without speakers):
 * 0 not at all, higher is better. */
static int score_as(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, int drop) {
  int ea[EXPANDED_MAX], eb[EXPANDED_MAX];
  size_t na = expand_as(rs, a, ea, drop), nb = expand_as(rs, b, eb, drop);
  int strong = 0, weak = 0, a_strong = 0, b_strong = 0;
  if (a->polarity != b->polarity && disputed(a, b))
    return 0; /* X says p, Y says not p: a dispute both report, not one claim */
  if (swapped(rs, a, b)) return 0;
  for (size_t i = 0; i < na; i++) {
    int w = rs->entities[ea[i]].weak;
    a_strong += !w;
    if (has(eb, nb, ea[i]) && (i == 0 || !has(ea, i, ea[i]))) w ? weak++ : strong++;
  }
  for (size_t i = 0; i < nb; i++) b_strong += !rs->entities[eb[i]].weak;
  if (strong) return 10 * strong + weak;
  /* only countries and regions: one set must hold the other, so that a
   * tariff of the EU's and one of Germany's (both on China) stay apart */
  if (!a_strong && !b_strong && (weak || (na == 0 && nb == 0))) {
    int a_in_b = 1, b_in_a = 1;
    for (size_t i = 0; i < na; i++) a_in_b &= has(eb, nb, ea[i]);
    for (size_t i = 0; i < nb; i++) b_in_a &= has(ea, na, eb[i]);
    return a_in_b || b_in_a ? 1 + weak : 0;
  }
  return 0;
}

/* Are a and b tightly aligned: do they share at least half of the smaller
 * of their sets of strong entities (with groups; news outlets, which come
 * in with datelines and credits, not counted)? Only such claims can
 * contradict each other: two claims that merely share an entity may be
 * different events (an export curb of 2023 and the ban of April 2025 both
 * involve Nvidia). With both set, between two sources, every strong entity
 * of each must be in the other: outlets report the same fact with more
 * or fewer names, so their conflicts must be unmistakable. */
static int tight_as(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, int drop, int both) {
  int ea[EXPANDED_MAX], eb[EXPANDED_MAX];
  size_t na = expand_as(rs, a, ea, drop), nb = expand_as(rs, b, eb, drop);
  int sa = 0, sb = 0, shared = 0, only_a = 0, only_b = 0;
  for (size_t i = 0; i < a->nentities; i++) {
    const cd_entity *e = &rs->entities[a->entities[i]];
    if (e->weak || !strcmp(e->type, "outlet") || (drop && a->entities[i] == a->attribution)) continue;
    sa++;
    if (has(eb, nb, a->entities[i]))
      shared++;
    else
      only_a++;
  }
  for (size_t i = 0; i < b->nentities; i++) {
    const cd_entity *e = &rs->entities[b->entities[i]];
    if (e->weak || !strcmp(e->type, "outlet") || (drop && b->entities[i] == b->attribution)) continue;
    sb++;
    if (!has(ea, na, b->entities[i])) only_b++;
  }
  if (both) return only_a == 0 && only_b == 0;
  if (sa == 0 || sb == 0) return sa == sb;
  return shared > 0 && 2 * shared >= (sa < sb ? sa : sb);
}

static int tight(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b, int both) {
  return tight_as(rs, a, b, 0, both) || (!both && tight_as(rs, a, b, 1, both));
}

/* Speakers conflict only when both are named and neither is a news
 * outlet: "according to Reuters" tells who reported, not who said it. */
/* Has c no entity but (perhaps) its speaker? */
static int bare_claim(const cd_claim *c) {
  return c->nentities == 0 || (c->nentities == 1 && c->entities[0] == c->attribution);
}

/* How well a and b align: 0 not at all, higher is better. */
static int align_score(const cd_ruleset *rs, const cd_claim *a, const cd_claim *b) {
  int with = score_as(rs, a, b, 0), without = score_as(rs, a, b, 1);
  return with > without ? with : without;
}

static int same_speaker(const cd_ruleset *rs, int a, int b) {
  if (a == b || a < 0 || b < 0) return 1;
  if (!strcmp(rs->entities[a].type, "outlet") || !strcmp(rs->entities[b].type, "outlet")) return 1;
  for (size_t g = 0; g < rs->entities[a].ngroups; g++)
    if (rs->entities[a].groups[g] == b) return 1;
  for (size_t g = 0; g < rs->entities[b].ngroups; g++)
    if (rs->entities[b].groups[g] == a) return 1;
  return 0;
}

/* Values of one kind: compatible when any pair is (a sentence may carry
 * several values of a kind; DESIGN-NOTES), incompatible when some pair is
 * comparable and none is compatible. Returns 1, 0, or -1 (not comparable). */
static int values_fit(const cd_claim *a, const cd_claim *b, const cd_value **va, const cd_value **vb) {
  int comparable = 0;
  for (size_t i = 0; i < a->nvalues; i++)
    for (size_t j = 0; j < b->nvalues; j++) {
      int r = cd_value_compatible(&a->values[i], &b->values[j]);
      if (r == 1) return 1;
      if (r == 0 && !comparable) {
        comparable = 1;
        *va = &a->values[i];
        *vb = &b->values[j];
      }
    }
  return comparable ? 0 : -1;
}

/* Do a and b carry values that can be compared (a date each, or values of
 * one kind)? */
static int comparable(const cd_claim *a, const cd_claim *b) {
  if (a->date.kind == CD_VALUE_DATE && b->date.kind == CD_VALUE_DATE &&
      cd_value_compatible(&a->date, &b->date) >= 0)
    return 1;
  for (size_t i = 0; i < a->nvalues; i++)
    for (size_t j = 0; j < b->nvalues; j++)
      if (cd_value_compatible(&a->values[i], &b->values[j]) >= 0) return 1;
  return 0;
}

/* Are a and b compatible statements of one claim? When not, says why.
 * Between two sources (strict 0) only values and dates count: outlets hedge
 * and attribute the same fact differently all the time, and the summary is
 * what is under review. */
static int compatible(const cd_report *r, cd_ref ra, cd_ref rb, int strict, char *why, size_t n) {
  const cd_claim *a = claim_of(r->docs, ra), *b = claim_of(r->docs, rb);
  const cd_value *va = NULL, *vb = NULL;
  char ida[8], idb[8], x[64], y[64];
  cd_align_doc_id(ra.doc, ida, sizeof ida);
  cd_align_doc_id(rb.doc, idb, sizeof idb);
  if (strict && a->polarity != b->polarity) {
    snprintf(why, n, "polarity: %s (%s) vs %s (%s)", cd_polarity_name(a->polarity), ida,
             cd_polarity_name(b->polarity), idb);
    return 0;
  }
  if (strict && !same_speaker(r->engine->rs, a->attribution, b->attribution)) {
    snprintf(why, n, "attribution: %s (%s) vs %s (%s)", r->engine->rs->entities[a->attribution].id, ida,
             r->engine->rs->entities[b->attribution].id, idb);
    return 0;
  }
  /* a hedge turned into an assertion matters for a figure ("could lose
   * $5.5 billion" / "lost"); on a passing mention it is noise */
  if (strict && (a->modality == CD_MODALITY_HEDGED) != (b->modality == CD_MODALITY_HEDGED) &&
      comparable(a, b)) {
    snprintf(why, n, "certainty: %s (%s) vs %s (%s)", cd_modality_name(a->modality), ida,
             cd_modality_name(b->modality), idb);
    return 0;
  }
  if (values_fit(a, b, &va, &vb) == 0) {
    snprintf(why, n, "%s: %s (%s) vs %s (%s)", cd_value_kind_get(va->kind)->noun,
             cd_value_format(va, x, sizeof x), ida, cd_value_format(vb, y, sizeof y), idb);
    return 0;
  }
  if (a->date.kind == CD_VALUE_DATE && b->date.kind == CD_VALUE_DATE &&
      cd_value_compatible(&a->date, &b->date) == 0) {
    snprintf(why, n, "date: %s (%s) vs %s (%s)", cd_value_format(&a->date, x, sizeof x), ida,
             cd_value_format(&b->date, y, sizeof y), idb);
    return 0;
  }
  return 1;
}

static int push_ref(cluster *c, cd_ref r) {
  if (cd_array_reserve((void **)&c->refs, &c->cap, c->n + 1, sizeof *c->refs) < 0) return CD_ENOMEM;
  c->refs[c->n++] = r;
  return 0;
}

/* Does document d's set of statements fit the statements of e?
 *   1. Pairs that carry comparable values decide first: some compatible
 *      pair means fit (a summary value agrees when it matches one of a
 *      source's values; DESIGN-NOTES); none, with a tightly aligned pair
 *      among them, means conflict. A source's bare mentions of the same
 *      event ("the ban") cannot outvote its dated statement.
 *   2. Otherwise any compatible pair means fit, and a tightly aligned pair
 *      that is not compatible means conflict.
 * Returns 1 (fit, or not comparable) or 0 (conflict, with why set). */
/* One document's statements in a cluster: refs[from, to) (a cluster's
 * refs are in document order, as the buckets were filled). */
typedef struct {
  int doc;
  size_t from, to;
} segment;

static int statements_fit(cd_report *r, const cluster *c, segment d, segment e, char *why, size_t n) {
  int strict = d.doc == 0, pass;
  for (pass = 0; pass < 2; pass++) {
    int seen = 0;
    cd_ref ti = {-1, -1}, tj = {-1, -1};
    for (size_t i = d.from; i < d.to; i++) {
      const cd_claim *a = claim_of(r->docs, c->refs[i]);
      for (size_t j = e.from; j < e.to; j++) {
        const cd_claim *b = claim_of(r->docs, c->refs[j]);
        r->work++;
        if (pass == 0 && !comparable(a, b)) continue;
        seen = 1;
        if (compatible(r, c->refs[i], c->refs[j], strict, why, n)) return 1;
        if (ti.doc < 0 && tight(r->engine->rs, a, b, !strict)) {
          ti = c->refs[i];
          tj = c->refs[j];
        }
      }
    }
    if (ti.doc >= 0) return compatible(r, ti, tj, strict, why, n);
    if (pass == 1 || !seen) continue;
  }
  return 1;
}

/* When one speaker's statements in one summary sentence differ in
 * polarity (one claim per trigger: "其芯片存在后门，也不允许远程访问"),
 * each answers on its own: one that still denies must not cover one that affirms what the
 * sources deny. Otherwise, and between sources, the sets compare whole. */
static int docs_fit(cd_report *r, const cluster *c, segment d, segment e, char *why, size_t n) {
  int mixed = 0;
  for (size_t i = d.from + 1; i < d.to; i++) {
    const cd_claim *a = claim_of(r->docs, c->refs[i]), *b = claim_of(r->docs, c->refs[i - 1]);
    mixed |= a->sentence == b->sentence && a->attribution == b->attribution && a->polarity != b->polarity;
  }
  if (d.doc != 0 || !mixed) return statements_fit(r, c, d, e, why, n);
  for (size_t i = d.from; i < d.to; i++) {
    segment one = {d.doc, i, i + 1};
    if (!statements_fit(r, c, one, e, why, n)) return 0;
  }
  return 1;
}

static int has_substance(const cd_claim *c) {
  return c->nentities > 0 || c->nvalues > 0 || c->date.kind == CD_VALUE_DATE;
}

/* Turns a cluster into a finding: O(statements) plus the pairs compared,
 * the summary's with each source's and each source's with one reference
 * source (the first), never all pairs of sources. segs is scratch of at
 * least c->n entries. Returns 1, 0 when the cluster is not worth a
 * finding, or CD_ENOMEM. */
static int classify(cd_report *r, cluster *c, cd_finding *f, segment *segs) {
  int ndocs = (int)r->ndocs;
  const cd_claim *anchor = claim_of(r->docs, c->refs[0]);
  size_t nseg = 0, first_source, k;
  memset(f, 0, sizeof *f);
  for (size_t i = 0; i < c->n; i++) {
    if (nseg && segs[nseg - 1].doc == c->refs[i].doc) {
      segs[nseg - 1].to = i + 1;
    } else {
      segs[nseg].doc = c->refs[i].doc;
      segs[nseg].from = i;
      segs[nseg++].to = i + 1;
    }
  }
  first_source = nseg && segs[0].doc == 0 ? 1 : 0;
  f->nsources = (int)(nseg - first_source);
  f->predicate = anchor->predicate;
  f->entities = anchor->entities;
  f->nentities = anchor->nentities;
  if (first_source) {
    f->kind = f->nsources ? CD_FIND_AGREEMENT : CD_FIND_UNSUPPORTED;
    for (k = 1; k < nseg; k++)
      if (!docs_fit(r, c, segs[0], segs[k], f->detail, sizeof f->detail)) {
        f->kind = CD_FIND_CONTRADICTION;
        break;
      }
  } else {
    int substance = 0;
    for (size_t i = 0; i < c->n; i++) substance |= has_substance(claim_of(r->docs, c->refs[i]));
    if (!substance) return 0;
    f->kind = CD_FIND_OMISSION;
  }
  /* sources that disagree with each other, whatever the summary says:
   * each source against the first one that states it */
  if (f->kind != CD_FIND_CONTRADICTION)
    for (k = first_source + 1; k < nseg; k++)
      if (!docs_fit(r, c, segs[first_source], segs[k], f->detail, sizeof f->detail)) {
        f->kind = CD_FIND_CONTRADICTION;
        break;
      }
  if (f->kind != CD_FIND_CONTRADICTION) f->detail[0] = '\0';
  if (!(f->claims = cd_arena_alloc(&r->arena, c->n * sizeof *f->claims)) ||
      !(f->missing = cd_arena_alloc(&r->arena, (size_t)(ndocs + 1) * sizeof *f->missing)))
    return CD_ENOMEM;
  memcpy(f->claims, c->refs, c->n * sizeof *f->claims);
  f->nclaims = c->n;
  for (int d = 0, s = 0; d < ndocs; d++) {
    while ((size_t)s < nseg && segs[s].doc < d) s++;
    if ((size_t)s >= nseg || segs[s].doc != d) f->missing[f->nmissing++] = d;
  }
  return 1;
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
  size_t *start;  /* npredicates + 1: where each predicate's bucket starts */
  cd_ref *bucket; /* every claim, by predicate, in document order */
  size_t total;   /* claims in all */
  cluster *cl;    /* at most one cluster a claim */
  size_t nclusters;
  struct index ix; /* entity -> the current bucket's clusters */
} aligner;

/* 1. Every claim into its predicate's bucket (a counting sort that keeps
 *    document order). */
static int bucket_claims(aligner *a) {
  const cd_report *r = a->r;
  size_t np = r->engine->rs->npredicates, *fill;
  if (!(a->start = calloc(np + 1, sizeof *a->start))) return CD_ENOMEM;
  for (size_t d = 0; d < r->ndocs; d++)
    for (size_t i = 0; i < r->docs[d]->nclaims; i++) {
      a->start[r->docs[d]->claims[i].predicate + 1]++;
      a->total++;
    }
  for (size_t p = 0; p < np; p++) a->start[p + 1] += a->start[p];
  if (!(a->bucket = malloc((a->total ? a->total : 1) * sizeof *a->bucket)) ||
      !(a->cl = calloc(a->total ? a->total : 1, sizeof *a->cl)) || !(fill = calloc(np + 1, sizeof *fill)))
    return CD_ENOMEM;
  for (size_t d = 0; d < r->ndocs; d++)
    for (size_t i = 0; i < r->docs[d]->nclaims; i++) {
      int p = r->docs[d]->claims[i].predicate;
      a->bucket[a->start[p] + fill[p]++] = (cd_ref){(int)d, (int)i};
    }
  free(fill);
  return 0;
}

/* The index slot of the claim's k-th expanded entity; slot nentities holds
 * the clusters of claims with no entity but maybe their speaker (they
 * align with each other, speakers dropped); -1 for none. */
static int slot_of(const cd_ruleset *rs, const int *ex, size_t nex, size_t k, int bare) {
  return k < nex ? ex[k] : bare ? (int)rs->nentities : -1;
}

/* The best-scoring cluster among those linked to the claim's entities, or
 * -1. A cluster is judged by its first CLUSTER_PROBE statements. */
static int best_cluster(aligner *a, const cd_claim *c, const int *ex, size_t nex, int bare) {
  const cd_ruleset *rs = a->r->engine->rs;
  struct index *ix = &a->ix;
  int best = -1, bests = 0;
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
        int t = align_score(rs, c, claim_of(a->r->docs, a->cl[cl_i].refs[m]));
        a->r->work++;
        if (t > sc) sc = t;
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

/* 2. Clusters inside each bucket: the best-scoring cluster takes the
 *    claim, or it starts one. Only clusters that share an entity (with
 *    groups) with the claim can score, so an index from entity to the
 *    bucket's clusters gives the candidates; claims with no entity meet
 *    only such clusters. O(claims x (candidates x CLUSTER_PROBE)). */
static int cluster_claims(aligner *a) {
  const cd_ruleset *rs = a->r->engine->rs;
  struct index *ix = &a->ix;
  if (!(ix->heads = malloc((rs->nentities + 1) * sizeof *ix->heads)) ||
      !(ix->stamp = calloc(a->total ? a->total : 1, sizeof *ix->stamp)))
    return CD_ENOMEM;
  for (size_t p = 0; p < rs->npredicates; p++) {
    /* each bucket starts with an empty index */
    for (size_t e = 0; e <= rs->nentities; e++) ix->heads[e] = -1;
    ix->nlinks = 0;
    for (size_t i = a->start[p]; i < a->start[p + 1]; i++) {
      const cd_claim *c = claim_of(a->r->docs, a->bucket[i]);
      int ex[EXPANDED_MAX], bare = bare_claim(c), best;
      size_t nex = expand(rs, c, ex);
      if ((best = best_cluster(a, c, ex, nex, bare)) < 0) best = (int)a->nclusters++;
      if (push_ref(&a->cl[best], a->bucket[i]) < 0 || link_cluster(a, best, ex, nex, bare) < 0)
        return CD_ENOMEM;
    }
  }
  return 0;
}

/* 3. Each cluster worth it becomes a finding; findings sorted by rank. */
static int make_findings(aligner *a) {
  cd_report *r = a->r;
  size_t capf = 0;
  segment *segs = malloc((a->total ? a->total : 1) * sizeof *segs);
  if (!segs) return CD_ENOMEM;
  for (size_t k = 0; k < a->nclusters; k++) {
    cd_finding f;
    int got = classify(r, &a->cl[k], &f, segs);
    if (got < 0 ||
        (got && cd_array_reserve((void **)&r->findings, &capf, r->nfindings + 1, sizeof *r->findings) < 0)) {
      free(segs);
      return CD_ENOMEM;
    }
    if (!got) continue;
    r->findings[r->nfindings++] = f;
    r->counts[f.kind]++;
  }
  free(segs);
  if (r->nfindings) qsort(r->findings, r->nfindings, sizeof *r->findings, cmp_finding);
  return 0;
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
  if ((error = bucket_claims(&a)) < 0 || (error = cluster_claims(&a)) < 0 || (error = make_findings(&a)) < 0)
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
  free(a.start);
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
