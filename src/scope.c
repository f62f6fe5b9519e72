/* scope.c: cue scope and denials over one sentence's triggers; see scope.h.
 *
 * Triggers are in text order, so each cue finds the ones it governs by
 * binary search and a walk bounded by its window: O(m log m) a sentence.
 * Denials take one pass over the triggers. Nothing is allocated. */
#include "scope.h"

#include "clause.h"
#include "utf8.h"

#define NEG_WINDOW   60 /* bytes from a negation cue to the trigger it governs */
#define HEDGE_WINDOW 120

static int trig_below(const void *element, const void *key) {
  return ((const cd_trigger *)element)->span.start < *(const size_t *)key;
}

/* The first trigger that starts at or after pos. */
static size_t trigger_from(const cd_scratch *s, size_t pos) {
  return cd_lower_bound(s->t, s->nt, sizeof *s->t, &pos, trig_below);
}

/* Does [a, b) fall inside a date value? */
static int inside_date(const cd_value *v, size_t nv, size_t a, size_t b) {
  for (size_t i = 0; i < nv; i++)
    if (v[i].kind == CD_VALUE_DATE && a >= v[i].span.start && b <= v[i].span.end) return 1;
  return 0;
}

/* The cue m (of kind negation, negation-after or hedge) marks the
 * triggers it governs; returns 0 when it is a negation that reaches none. */
static int apply_cue(cd_scratch *s, const cd_match *m) {
  int cl = cd_clause_of(&s->clauses, m->span.start);
  size_t j;
  switch ((cd_cue_kind)m->p->index) {
  case CD_CUE_NEGATION:
    /* the nearest trigger after it, in its clause */
    j = trigger_from(s, m->span.end);
    if (j < s->nt && s->t[j].clause == cl && s->t[j].span.start - m->span.end <= NEG_WINDOW) {
      s->t[j].negated ^= 1;
      return 1;
    }
    return 0;
  case CD_CUE_NEGATION_AFTER:
    /* the nearest trigger before it, in its clause */
    j = trigger_from(s, m->span.start);
    if (j > 0 && s->t[j - 1].span.end <= m->span.start && s->t[j - 1].clause == cl &&
        m->span.start - s->t[j - 1].span.end <= NEG_WINDOW) {
      s->t[j - 1].negated ^= 1;
      return 1;
    }
    return 0;
  case CD_CUE_HEDGE:
    if (inside_date(s->vals, s->nv, m->span.start, m->span.end))
      return 1; /* "in May" is a month, not a hedge (case is folded) */
    /* a hedge governs the whole proposition after it, up to a strong
     * break: "could result in Nvidia facing losses", "可能使英伟达蒙受
     * 损失", "could encourage China ... and create ..." */
    for (j = trigger_from(s, m->span.end); j < s->nt && s->t[j].span.start - m->span.end <= HEDGE_WINDOW; j++)
      if (!cd_clause_strong_break(&s->clauses, m->span.end, s->t[j].span.start)) s->t[j].hedged = 1;
    return 1;
  default: return 1;
  }
}

/* Deny-like predicates negate the content they govern: the content
 * triggers after the first denial; if a denial comes after all content
 * ("backdoor claims were denied"), all of it. A denial with no content in
 * the sentence at all is bare: it points back (extract.c). Denials make no
 * claim of their own. O(triggers). */
static void apply_denials(cd_scratch *s, const cd_predicate *preds) {
  size_t first_deny = s->nt, last_deny = s->nt, last_content = s->nt;
  for (size_t j = 0; j < s->nt; j++) {
    if (preds[s->t[j].pred].negates) {
      if (first_deny == s->nt) first_deny = j;
      last_deny = j;
      s->t[j].state = CD_TRIG_USED;
    } else {
      last_content = j;
    }
  }
  if (first_deny == s->nt) return;
  if (last_content == s->nt) {
    s->t[first_deny].state = CD_TRIG_BARE_DENIAL;
  } else {
    size_t from = last_deny > last_content ? 0 : first_deny;
    for (size_t j = from; j < s->nt; j++)
      if (!preds[s->t[j].pred].negates) s->t[j].negated = 1;
  }
}

void cd_scope_apply(cd_scope *out, cd_scratch *s, const cd_predicate *preds) {
  out->loose_negation = out->anaphora = 0;
  /* cues first: a denial sets negated outright, after any flips */
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind != CD_LEX_CUE) continue;
    if (m->p->index == CD_CUE_ANAPHORA)
      out->anaphora = 1;
    else if (!apply_cue(s, m))
      out->loose_negation = 1;
  }
  apply_denials(s, preds);
}
