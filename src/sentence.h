/* sentence.h: one sentence being read: its matches, triggers, clauses,
 * values. Private to extraction: extract.c and its rooms include it.
 *
 * extract.c fills a cd_scratch a sentence at a time (text, matches,
 * values, clauses, triggers) and hands it to the rooms, which read it and
 * write only what their headers name: scope.c the triggers' negated,
 * hedged and state, speaker.c the triggers' speaker, reported and
 * alleged_by and the matches that stand for a reference ("the
 * department"). All offsets are local (cd_lspan space): bytes into
 * the sentence's normalised text. The arrays are malloc'd once and reused
 * from sentence to sentence; extract.c owns and frees them. */
#ifndef CD_SENTENCE_H
#define CD_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "clause.h"
#include "lexicon.h"
#include "rules.h"
#include "values.h"

#define SENTENCE_VALUES_MAX 32
/* The bytes of a sentence read for claims. A sentence of news is a few
 * hundred bytes (the longest of every story shipped and of the development
 * set is 303); a list of names may run to a few thousand. Past this the
 * sentence is no sentence (a page that lost its punctuation, a line of
 * "U.S. " over and over): its first SENTENCE_BYTES_MAX bytes are read and
 * a warning says how many are not, so that the matches and work of one
 * sentence stay bounded. */
#define SENTENCE_BYTES_MAX 16384
#define SENTENCE_REFS_MAX  8 /* resolved references ("the department") a sentence holds */

/* Where a trigger is on its way to a claim. Content triggers start FREE;
 * extract.c makes a claim at each, into which it folds the next triggers
 * of the same predicate, clause and flags ("禁止…的禁令" is one ban), and
 * marks them all USED. Deny-like triggers
 * never make a claim of their own (scope.c marks them USED), except a
 * BARE_DENIAL: a denial in a sentence without content, which points back
 * to an earlier sentence's content or else is the claim itself. */
typedef enum {
  CD_TRIG_FREE = 0,   /* content whose claim is still to make */
  CD_TRIG_USED,       /* a denial, or content whose claim is made */
  CD_TRIG_BARE_DENIAL /* the first denial of a sentence that has no content */
} cd_trig_state;

/* What hedges a trigger (cd_trigger.hedged, bits): a cue that supposes
 * (could, 可能) or one that forecasts or guesses (预计, "is expected to":
 * cd_cue_scope.estimate). */
enum { CD_HEDGE_SUPPOSED = 1, CD_HEDGE_ESTIMATE = 2 };

typedef struct cd_trigger {
  cd_lspan span; /* the trigger's match */
  size_t tail;   /* where a gapped key's second part starts; span.end for others */
  int pred;      /* index into the ruleset's predicates */
  int negated;   /* set by any governing negation cue (they compose) or a denial */
  int hedged;    /* a hedge cue governs it: CD_HEDGE_SUPPOSED and/or CD_HEDGE_ESTIMATE */
  int asked;     /* a question cue governs it: it asserts nothing */
  int cancelled; /* a double negative governs it: single negations do not count */
  int certain;   /* a `certain` cue governs it: told as sure or done (势必加剧, "already imposed") */
  int tense;     /* CD_TENSE_ bits of the cues that govern it: told as done, or as to come */
  int inverted;  /* its key is an `opposite:` predicate's ("exempt"): pred is the opposite, and the
                  * claim's polarity is the reverse of what the cues set */
  cd_trig_state state;
  int clause;          /* cd_clause_of(start) */
  const cd_term *term; /* the trigger key */
  int speaker;         /* entity index of its speaker, or -1 (speaker.c) */
  int reported;        /* 1: a reported frame governs it (speaker.c) */
  int commentator;     /* 1: its frame's voice is a commentator named by a noun, no entity (speaker.c) */
  int alleged_by;      /* denied content's own speaker ("X denied Y's claims"), or -1 */
} cd_trigger;

/* The bit of cue kind k in cd_scratch.cues: a sentence's loops that look
 * for cues of a few kinds are skipped where it holds none. */
#define CD_CUE_BIT(k) ((uint64_t)1 << (k))
_Static_assert(CD_CUE_NKINDS <= 64, "cd_scratch.cues has a bit a cue kind");

typedef struct cd_scratch {
  const char *text; /* the sentence's normalised text (borrowed) */
  size_t len;       /* its length in bytes */
  cd_match *m;      /* lexicon matches, in text order */
  size_t nm, capm;
  uint64_t cues; /* CD_CUE_BIT(k): a cue of kind k among the matches as read (later steps
                  * drop or turn matches, never add a cue: a bit unset means no such cue) */
  cd_trigger *t; /* predicate matches, in text order */
  size_t nt, capt;
  cd_clauses clauses;
  cd_value vals[SENTENCE_VALUES_MAX]; /* in text order */
  size_t nv;
  cd_lex_payload refs[SENTENCE_REFS_MAX]; /* what resolved references stand for (speaker.c) */
} cd_scratch;

/* cd_match_from / cd_trigger_from: the index of the first match (trigger)
 * of s that starts at or after pos, s->nm (s->nt) when none does: binary
 * searches inline (both are in text order), asked for every trigger and
 * cue; a call back per step (cd_lower_bound) cost more than the search. */
static inline size_t cd_match_from(const cd_scratch *s, size_t pos) {
  size_t lo = 0, n = s->nm;
  while (n > 0) {
    size_t half = n / 2;
    if (s->m[lo + half].span.start < pos)
      lo += half + 1, n -= half + 1;
    else
      n = half;
  }
  return lo;
}

static inline size_t cd_trigger_from(const cd_scratch *s, size_t pos) {
  size_t lo = 0, n = s->nt;
  while (n > 0) {
    size_t half = n / 2;
    if (s->t[lo + half].span.start < pos)
      lo += half + 1, n -= half + 1;
    else
      n = half;
  }
  return lo;
}

#endif
