/* speaker.c: references and speakers of one sentence; see speaker.h.
 *
 * Matches are in text order, so a cue's speaker is found by binary search
 * and a walk bounded by a window of bytes: O(m log m) a sentence. Nothing
 * is allocated; resolved references live in the caller's scratch. */
#include "speaker.h"

#include "clause.h"
#include "utf8.h"

#define SPEAKER_WINDOW  48 /* bytes between a cue and a speaker after it */
#define SPEAKER_BEFORE  24 /* ... and before it: "X said", "X spokesperson said" */
#define REFER_SENTENCES 5  /* how far back "the department" looks for its agency */

/* Where a cue's speaker may stand. */
typedef enum {
  SIDE_BEFORE = -1, /* right before the cue: "Nvidia said", "英伟达表示" */
  SIDE_EITHER = 0,  /* before, else after when the cue opens its clause */
  SIDE_AFTER = 1    /* after it: "according to a report from X", "据X" */
} speaker_side;

static int match_below(const void *element, const void *key) {
  return ((const cd_match *)element)->span.start < *(const size_t *)key;
}

/* The first match that starts at or after pos. */
static size_t match_from(const cd_scratch *s, size_t pos) {
  return cd_lower_bound(s->m, s->nm, sizeof *s->m, &pos, match_below);
}

/* The speaker of a cue at [a, b): an entity that can speak, in the cue's
 * clause, on the given side ("an Nvidia spokesperson said" before it,
 * ", said Foster" after it), or -1. */
static int nearest_speaker(const cd_entity *entities, const cd_scratch *s, size_t a, size_t b,
                           speaker_side side) {
  const char *t = s->text;
  int cl = cd_clause_of(&s->clauses, a);
  size_t first = match_from(s, a);
  /* before: the nearest entity ending within SPEAKER_BEFORE of a; matches
   * are in text order, so walk back from the cue, no further than any key
   * can reach */
  if (side != SIDE_AFTER) {
    for (size_t i = first; i-- > 0;) {
      const cd_match *m = &s->m[i];
      if (a - m->span.start > SPEAKER_BEFORE + 512) break;
      if (m->p->kind != CD_LEX_ENTITY || !entities[m->p->index].speaks || m->span.end > a ||
          a - m->span.end > SPEAKER_BEFORE || cd_clause_of(&s->clauses, m->span.start) != cl)
        continue;
      return m->p->index;
    }
    if (side == SIDE_BEFORE) return -1;
    /* after only when the cue opens its clause (", said Foster") */
    {
      size_t i = a;
      while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ',')) i--;
      if (i > 0 && cd_clause_of(&s->clauses, i - 1) == cl && t[i - 1] != '"' && t[i - 1] != '\'') return -1;
    }
  }
  for (size_t i = match_from(s, b); i < s->nm && s->m[i].span.start - b <= SPEAKER_WINDOW; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind == CD_LEX_ENTITY && entities[m->p->index].speaks &&
        cd_clause_of(&s->clauses, m->span.start) == cl)
      return m->p->index;
  }
  return -1;
}

void cd_speaker_find(cd_speaker *out, const cd_scratch *s, const cd_ruleset *rs) {
  int speaker = -1, reported = 0;
  /* 1. the first cue that finds a speaker; a reported cue counts even
   *    when it finds none */
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind != CD_LEX_CUE) continue;
    switch ((cd_cue_kind)m->p->index) {
    case CD_CUE_ATTRIBUTION:
      if (speaker < 0) speaker = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_EITHER);
      break;
    case CD_CUE_SOURCE:
      if (speaker < 0) speaker = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_AFTER);
      break;
    case CD_CUE_REPORTED:
      reported = 1;
      if (speaker < 0) speaker = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_EITHER);
      break;
    default: break;
    }
  }
  /* 2. else the denier: the speaker right before the first denial that
   *    has one ("Nvidia denied") */
  for (size_t j = 0; j < s->nt && speaker < 0; j++)
    if (rs->predicates[s->t[j].pred].negates)
      speaker = nearest_speaker(rs->entities, s, s->t[j].span.start, s->t[j].span.end, SIDE_BEFORE);
  /* 3. "according to Reuters": what an outlet says is reported, not
   *    asserted */
  if (speaker >= 0 && rs->entities[speaker].outlet) reported = 1;
  out->entity = speaker;
  out->reported = reported;
}

static int entity_is(const cd_entity *e, cd_cue_kind kind) {
  return kind == CD_CUE_REFERS_COMPANY ? e->company : e->agency;
}

/* "the department said", "该公司表示": such references name the agency (or
 * company) mentioned last, in this sentence before them or in the few
 * sentences before; the match then stands for that entity, so it can be a
 * speaker and counts among the sentence's entities. */
void cd_speaker_resolve_refs(cd_scratch *s, const cd_entity *entities, const cd_mention *mentions, size_t n,
                             int si) {
  size_t nrefs = 0;
  for (size_t i = 0; i < s->nm && nrefs < SENTENCE_REFS_MAX; i++) {
    cd_match *m = &s->m[i];
    cd_cue_kind kind;
    int found = -1;
    if (m->p->kind != CD_LEX_CUE ||
        (m->p->index != CD_CUE_REFERS_AGENCY && m->p->index != CD_CUE_REFERS_COMPANY))
      continue;
    kind = (cd_cue_kind)m->p->index;
    /* earlier in this sentence */
    for (size_t j = i; j-- > 0;)
      if (s->m[j].p->kind == CD_LEX_ENTITY && entity_is(&entities[s->m[j].p->index], kind)) {
        found = s->m[j].p->index;
        break;
      }
    /* earlier sentences, most recent mention first */
    for (size_t k = n; found < 0 && k-- > 0;) {
      const cd_mention *mn = &mentions[k];
      if (mn->sentence >= si) continue;
      if (si - mn->sentence > REFER_SENTENCES) break;
      if (entity_is(&entities[mn->entity], kind)) found = mn->entity;
    }
    if (found < 0) continue;
    s->refs[nrefs] = *m->p;
    s->refs[nrefs].kind = CD_LEX_ENTITY;
    s->refs[nrefs].index = found;
    m->p = &s->refs[nrefs++];
  }
}
