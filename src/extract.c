/* extract.c: sentences -> claims; see extract.h for the rules of the game.
 *
 * Per sentence:
 *   1. scan the lexicon (entities, triggers, cues) and find the values;
 *   2. cut the sentence into clauses (commas, semicolons, colons, "but");
 *   3. apply cues to triggers: negation, hedge, deny; find the speaker;
 *   4. attach values to triggers;
 *   5. make one claim per content predicate, or borrow the content of an
 *      earlier sentence when a denial points back ("these claims").
 * Scratch arrays are reused from sentence to sentence. */
#include "extract.h"

#include "buf.h"
#include "clause.h"
#include "scope.h"
#include "sentence.h"
#include "speaker.h"
#include "utf8.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BORROW_SENTENCES 3
#define TOPIC_SENTENCES  2 /* how far back a claim without entities looks for its topic */

struct tkey {
  int pred;
  size_t idx; /* into the sentence's triggers, in text order */
  int group;  /* 1 on the first key of a predicate */
};

static int tkey_below(const void *element, const void *key) {
  return ((const struct tkey *)element)->pred < *(const int *)key;
}

static int cmp_tkey(const void *a, const void *b) {
  const struct tkey *x = a, *y = b;
  if (x->pred != y->pred) return x->pred < y->pred ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

typedef struct {
  const cd_extractor *x;
  cd_extraction *ex;
  cd_scratch s;      /* the sentence being read */
  struct tkey *keys; /* content triggers by (predicate, position) */
  size_t capk;
  int *ents; /* the sentence's entities, once a sentence */
  size_t nents;
  int ents_done;
  int val_trig[SENTENCE_VALUES_MAX];    /* the trigger each value attaches to, or -1 */
  size_t val_dist[SENTENCE_VALUES_MAX]; /* bytes to its trigger, +1000 across clauses */
  cd_claim *claims;
  size_t cap_claims;
  size_t cap_mentions;
  int last_content; /* index of the last content claim, or -1 */
} state;

const char *cd_polarity_name(cd_polarity p) {
  return p == CD_POLARITY_NEGATED ? "negated" : "affirmed";
}

const char *cd_modality_name(cd_modality m) {
  return m == CD_MODALITY_HEDGED ? "hedged" : m == CD_MODALITY_REPORTED ? "reported" : "asserted";
}

/* Room for one more element after the n there are. */
static int grow(void **p, size_t *cap, size_t n, size_t size) {
  return cd_array_reserve(p, cap, n + 1, size);
}

/* Does clause cl hold a trigger whose predicate takes values of kind? */
static int clause_has_trigger(const cd_scratch *s, const cd_ruleset *rs, int cl, cd_value_kind kind) {
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].clause == cl && !rs->predicates[s->t[j].pred].negates &&
        (rs->predicates[s->t[j].pred].values & CD_VALUE_BIT(kind)))
      return 1;
  return 0;
}

static size_t gap(size_t a0, size_t a1, size_t b0, size_t b1) {
  if (a1 <= b0) return b0 - a1;
  if (b1 <= a0) return a0 - b1;
  return 0;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* The sentence's entities, sorted and unique, in the arena: computed once
 * a sentence and shared by its claims; with extra ones (a claim borrowed
 * from an earlier sentence) a set of its own. */
static int sentence_entities(state *st, int **out, size_t *n, const int *extra, size_t nextra) {
  cd_scratch *s = &st->s;
  size_t k = 0, cap = nextra;
  int *v;
  if (!nextra && st->ents_done) {
    *out = st->ents;
    *n = st->nents;
    return 0;
  }
  for (size_t i = 0; i < s->nm; i++) cap += s->m[i].p->kind == CD_LEX_ENTITY;
  if (!(v = cd_arena_alloc(&st->ex->arena, (cap ? cap : 1) * sizeof *v))) return CD_ENOMEM;
  for (size_t i = 0; i < s->nm; i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY) v[k++] = s->m[i].p->index;
  for (size_t i = 0; i < nextra; i++) v[k++] = extra[i];
  qsort(v, k, sizeof *v, cmp_int);
  *n = 0;
  for (size_t i = 0; i < k; i++)
    if (*n == 0 || v[*n - 1] != v[i]) v[(*n)++] = v[i];
  *out = v;
  if (!nextra) {
    st->ents = v;
    st->nents = *n;
    st->ents_done = 1;
  }
  return 0;
}

static cd_claim *new_claim(state *st) {
  cd_claim *c;
  if (grow((void **)&st->claims, &st->cap_claims, st->ex->nclaims, sizeof *c) < 0) return NULL;
  c = &st->claims[st->ex->nclaims++];
  memset(c, 0, sizeof *c);
  c->attribution = -1;
  return c;
}

static int sentence_claims(state *st, int si) {
  cd_extraction *ex = st->ex;
  const cd_ruleset *rs = st->x->rs;
  const cd_sentence *sen = &ex->sentences[si];
  const char *t = ex->norm.ptr + sen->nstart;
  size_t len = sen->nend - sen->nstart, nv;
  cd_scratch *s = &st->s;
  int speaker = -1, reported = 0, anaphora = 0, loose_negation = 0, error;
  cd_scope scope;
  cd_speaker sp;

  /* 1. matches and values */
  s->nm = 0;
  st->ents_done = 0;
  if ((error = cd_lexicon_scan(st->x->lex, t, len, &s->m, &s->nm, &s->capm)) < 0) return error;
  nv = cd_values_find(s->vals, SENTENCE_VALUES_MAX, t, len, &ex->date);
  /* 2. clauses, and what "the department" refers to */
  if ((error = cd_clause_find(&s->clauses, t, len, s->m, s->nm)) < 0) return error;
  cd_speaker_resolve_refs(s, rs->entities, ex->mentions, ex->nmentions, si);

  s->nt = 0;
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind == CD_LEX_ENTITY) {
      cd_mention *mn;
      if (grow((void **)&ex->mentions, &st->cap_mentions, ex->nmentions, sizeof *mn) < 0) return CD_ENOMEM;
      mn = &ex->mentions[ex->nmentions++];
      mn->entity = m->p->index;
      mn->sentence = si;
      mn->nstart = sen->nstart + m->start;
      mn->nend = sen->nstart + m->end;
    } else if (m->p->kind == CD_LEX_PREDICATE) {
      cd_trigger *tr;
      if (grow((void **)&s->t, &s->capt, s->nt, sizeof *tr) < 0) return CD_ENOMEM;
      tr = &s->t[s->nt++];
      memset(tr, 0, sizeof *tr);
      tr->start = m->start;
      tr->end = m->end;
      tr->pred = m->p->index;
      tr->clause = cd_clause_of(&s->clauses, m->start);
      tr->term = m->p->term;
    }
  }

  /* 3. cue scope: negation, hedge, denial (scope.c) */
  s->text = t;
  s->len = len;
  s->nv = nv;
  cd_scope_apply(&scope, s, rs->predicates);
  loose_negation = scope.loose_negation;
  anaphora = scope.anaphora;

  /* the speaker (speaker.c) */
  cd_speaker_find(&sp, s, rs);
  speaker = sp.entity;
  reported = sp.reported;

  /* 4. values to their nearest trigger that takes the kind, in the same
   *    clause: "恢复销售H20芯片，此事与两国之间..." must not sell two
   *    countries */
  for (size_t v = 0; v < nv; v++) {
    const cd_value *val = &s->vals[v];
    int vcl = cd_clause_of(&s->clauses, val->start), best = -1;
    size_t bestd = (size_t)-1;
    for (size_t j = 0; j < s->nt; j++) {
      const cd_predicate *p = &rs->predicates[s->t[j].pred];
      size_t d;
      if (p->negates || !(p->values & CD_VALUE_BIT(val->kind))) continue;
      d = gap(s->t[j].start, s->t[j].end, val->start, val->end);
      if (s->t[j].clause != vcl) {
        /* a date may head the sentence as its own clause ("9月5日，股价
         * 上涨6%", "On Monday, the senators wrote"), an amount trail it
         * ("扣押了一批激光器，货值约420万美元"): then it goes to the nearest
         * trigger anywhere, after every trigger of its clause. Counts and
         * percentages do not: "此事与两国之间" counts countries, not sales */
        if ((val->kind != CD_VALUE_DATE && val->kind != CD_VALUE_MONEY) ||
            clause_has_trigger(s, rs, vcl, val->kind))
          continue;
        d += 1000;
      }
      if (d < bestd) {
        bestd = d;
        best = (int)j;
      }
    }
    st->val_trig[v] = best;
    st->val_dist[v] = bestd;
  }

  /* 5. claims: one per content predicate. The triggers sorted by
   *    (predicate, position) form one group a predicate; groups become
   *    claims in the order their first trigger appears: O(t log t). */
  {
    size_t ng = 0, gstart;
    /* room for every trigger at once */
    if (cd_array_reserve((void **)&st->keys, &st->capk, s->nt, sizeof *st->keys) < 0) return CD_ENOMEM;
    for (size_t j = 0; j < s->nt; j++)
      if (s->t[j].state == CD_TRIG_FREE && !rs->predicates[s->t[j].pred].negates) {
        st->keys[ng].pred = s->t[j].pred;
        st->keys[ng].idx = j;
        st->keys[ng].group = 0;
        ng++;
      }
    if (ng > 1) qsort(st->keys, ng, sizeof *st->keys, cmp_tkey);
    /* mark group heads, then make the claims head by head in text order */
    for (size_t k = 0; k < ng; k++) st->keys[k].group = k == 0 || st->keys[k].pred != st->keys[k - 1].pred;
    for (size_t k = 0; k < ng; k++)
      s->t[st->keys[k].idx].state = st->keys[k].group ? CD_TRIG_GROUP_HEAD : CD_TRIG_USED;
    for (size_t j = 0; j < s->nt; j++) {
      cd_trigger *tr = &s->t[j];
      cd_claim *c;
      size_t date_dist = (size_t)-1;
      if (tr->state != CD_TRIG_GROUP_HEAD) continue;
      tr->state = CD_TRIG_USED;
      if (!(c = new_claim(st))) return CD_ENOMEM;
      c->predicate = tr->pred;
      c->polarity = tr->negated ? CD_POLARITY_NEGATED : CD_POLARITY_AFFIRMED;
      c->modality = tr->hedged ? CD_MODALITY_HEDGED : reported ? CD_MODALITY_REPORTED : CD_MODALITY_ASSERTED;
      c->attribution = speaker;
      c->sentence = si;
      c->start = sen->start;
      c->end = sen->end;
      c->rule = tr->term;
      /* the group: the keys of this predicate; of several dates the
       * nearest wins (a dateline's "Oct 14" loses to "on Monday") */
      gstart = cd_lower_bound(st->keys, ng, sizeof *st->keys, &tr->pred, tkey_below);
      for (size_t k = gstart; k < ng && st->keys[k].pred == tr->pred; k++) {
        size_t tj = st->keys[k].idx;
        for (size_t v = 0; v < nv; v++) {
          if (st->val_trig[v] != (int)tj) continue;
          if (s->vals[v].kind == CD_VALUE_DATE) {
            if (st->val_dist[v] < date_dist) {
              c->date = s->vals[v];
              date_dist = st->val_dist[v];
            }
          } else if (c->nvalues < CD_CLAIM_MAX_VALUES) {
            c->values[c->nvalues++] = s->vals[v];
          }
        }
      }
      if ((error = sentence_entities(st, &c->entities, &c->nentities, NULL, 0)) < 0) return error;
      st->last_content = (int)(c - st->claims);
    }
    if (ng) return 0;
  }

  /* a denial (or a negated "such ...") with no content of its own points
   * back: borrow the last content predicate of the sentences just before */
  {
    int has_denial = 0;
    for (size_t j = 0; j < s->nt; j++) has_denial |= s->t[j].state == CD_TRIG_BARE_DENIAL;
    if ((has_denial || (loose_negation && anaphora)) && (anaphora || has_denial) && st->last_content >= 0 &&
        si - st->claims[st->last_content].sentence <= BORROW_SENTENCES) {
      cd_claim prev = st->claims[st->last_content], *c;
      if (!(c = new_claim(st))) return CD_ENOMEM;
      c->predicate = prev.predicate;
      c->polarity = CD_POLARITY_NEGATED;
      c->modality = reported ? CD_MODALITY_REPORTED : CD_MODALITY_ASSERTED;
      c->attribution = speaker;
      c->sentence = si;
      c->start = sen->start;
      c->end = sen->end;
      c->rule = prev.rule;
      c->borrowed = 1;
      if ((error = sentence_entities(st, &c->entities, &c->nentities, prev.entities, prev.nentities)) < 0)
        return error;
      return 0;
    }
    /* nothing to borrow: the denial itself is the claim */
    for (size_t j = 0; j < s->nt; j++) {
      cd_claim *c;
      if (s->t[j].state != CD_TRIG_BARE_DENIAL) continue;
      if (!(c = new_claim(st))) return CD_ENOMEM;
      c->predicate = s->t[j].pred;
      c->polarity = CD_POLARITY_AFFIRMED;
      c->modality = reported ? CD_MODALITY_REPORTED : CD_MODALITY_ASSERTED;
      c->attribution = speaker;
      c->sentence = si;
      c->start = sen->start;
      c->end = sen->end;
      c->rule = s->t[j].term;
      if ((error = sentence_entities(st, &c->entities, &c->nentities, NULL, 0)) < 0) return error;
      break;
    }
  }
  return 0;
}

/* A claim with no entity of its own ("The rules apply from October 15")
 * is about the topic of the sentences just before it: it takes the strong
 * entities of the nearest earlier sentence that has some, at most
 * TOPIC_SENTENCES back (scraped news often has one sentence a paragraph).
 * Mentions are in sentence order, so binary searches find them: O(claims x
 * (log mentions + the mentions of a few sentences)). */
/* The first mention of sentence si or later (mentions are in sentence
 * order). */
static int mention_below(const void *element, const void *key) {
  return ((const cd_mention *)element)->sentence < *(const int *)key;
}

static size_t mention_from(const cd_extraction *ex, int si) {
  return cd_lower_bound(ex->mentions, ex->nmentions, sizeof *ex->mentions, &si, mention_below);
}

static int inherit_topics(state *st) {
  cd_extraction *ex = st->ex;
  const cd_ruleset *rs = st->x->rs;
  for (size_t k = 0; k < ex->nclaims; k++) {
    cd_claim *c = &st->claims[k];
    int from = -1, n;
    size_t lo, hi;
    int *v;
    if (c->nentities) continue;
    /* the nearest earlier sentence with a strong mention, walking back
     * from the claim's sentence no further than TOPIC_SENTENCES */
    for (size_t m = mention_from(ex, c->sentence); m-- > 0;) {
      const cd_mention *mn = &ex->mentions[m];
      if (c->sentence - mn->sentence > TOPIC_SENTENCES) break;
      if (!rs->entities[mn->entity].weak) {
        from = mn->sentence;
        break;
      }
    }
    if (from < 0) continue;
    lo = mention_from(ex, from);
    hi = mention_from(ex, from + 1);
    if (!(v = cd_arena_alloc(&ex->arena, (hi - lo) * sizeof *v))) return CD_ENOMEM;
    n = 0;
    for (size_t m = lo; m < hi; m++) {
      const cd_mention *mn = &ex->mentions[m];
      int dup = 0;
      if (rs->entities[mn->entity].weak || rs->entities[mn->entity].outlet) continue;
      for (int j = 0; j < n; j++) dup |= v[j] == mn->entity;
      if (!dup) v[n++] = mn->entity;
    }
    qsort(v, (size_t)n, sizeof *v, cmp_int);
    c->entities = v;
    c->nentities = (size_t)n;
  }
  return 0;
}

int cd_extract_doc(cd_extraction **out, const cd_extractor *x, const cd_doc *doc, const cd_date *fallback,
                   cd_error *err) {
  state st;
  cd_extraction *ex;
  int error;
  *out = NULL;
  memset(&st, 0, sizeof st);
  st.x = x;
  st.last_content = -1;
  if (!(ex = calloc(1, sizeof *ex)))
    return cd_error_set(err, CD_ENOMEM, doc->path, 0, 0, -1, "out of memory");
  st.ex = ex;
  ex->doc = doc;
  if (doc->date.year)
    ex->date = doc->date;
  else if (fallback)
    ex->date = *fallback;
  if ((error = cd_norm_text(&ex->norm, doc->bytes, doc->body, doc->len, err)) < 0 ||
      (error = cd_trim_lines(&ex->lines, &ex->nlines, &ex->norm, x->rs, err)) < 0 ||
      (error = cd_segment_split(&ex->sentences, &ex->nsentences, doc->bytes, &ex->norm, ex->lines, ex->nlines,
                                x->abbrevs, err)) < 0)
    goto fail;
  for (size_t i = 0; i < ex->nsentences; i++)
    if ((error = sentence_claims(&st, (int)i)) < 0) {
      cd_error_set(err, error, doc->path, 0, 0, -1, "out of memory");
      goto fail;
    }
  if ((error = inherit_topics(&st)) < 0) {
    cd_error_set(err, error, doc->path, 0, 0, -1, "out of memory");
    goto fail;
  }
  ex->claims = st.claims;
  free(st.s.m);
  free(st.s.t);
  cd_clauses_dispose(&st.s.clauses);
  free(st.keys);
  *out = ex;
  return 0;
fail:
  if (err && !err->path[0]) snprintf(err->path, sizeof err->path, "%s", doc->path);
  ex->claims = st.claims;
  free(st.s.m);
  free(st.s.t);
  cd_clauses_dispose(&st.s.clauses);
  free(st.keys);
  cd_extraction_free(ex);
  return error;
}

void cd_extraction_free(cd_extraction *ex) {
  if (!ex) return;
  cd_norm_dispose(&ex->norm);
  free(ex->lines);
  free(ex->sentences);
  free(ex->claims);
  free(ex->mentions);
  cd_arena_dispose(&ex->arena);
  free(ex);
}
