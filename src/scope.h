/* scope.h: which triggers each cue of a sentence governs (ConText-style
 * scope: a direction, a window, and breaks that close it).
 *
 *   negation        the nearest trigger after it, in its clause, within
 *                   60 bytes: flips its polarity
 *   negation-after  the nearest trigger before it, likewise ("nonexistent")
 *   hedge           every trigger after it within 120 bytes, up to a strong
 *                   break (clause.h); not a hedge inside a date ("in May")
 *   deny-like       a predicate that negates: the content triggers after
 *                   the first denial, or all of them when a denial comes
 *                   after all content; with no content it is a bare denial
 *
 * Cost: O(m log m) for a sentence of m matches: each cue finds its first
 * trigger by binary search and walks only its window. Writes the triggers'
 * negated, hedged and state in the caller's cd_scratch (sentence.h) and
 * nothing else; allocates nothing. */
#ifndef CD_SCOPE_H
#define CD_SCOPE_H

#include "rules.h"
#include "sentence.h"

/* What the cues leave that is not a mark on a trigger: the hints that the
 * sentence's content lies in an earlier sentence. */
typedef struct cd_scope {
  int loose_negation; /* a negation cue with no trigger in its reach */
  int anaphora;       /* "these claims", 此类 */
} cd_scope;

/* cd_scope_apply: applies the cues among s's matches to s's triggers
 * (whose clauses must be set), then lets deny-like predicates (preds, the
 * ruleset's predicates, indexed by cd_trigger.pred) negate the content
 * they govern. Fills *out. */
void cd_scope_apply(cd_scope *out, cd_scratch *s, const cd_predicate *preds);

#endif
