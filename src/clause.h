/* clause.h: where one sentence's clauses start, and its strong breaks.
 *
 * A clause starts after a comma, semicolon or colon (ASCII followed by a
 * space, or the fullwidth ， ；), after " - ", and at a clause word of the
 * rules ("but", "while", 但). Strong breaks are the semicolons and the
 * clause words: a hedge reaches over a comma but not over them.
 *
 * Cost: O(len + m log m) to find them for a sentence of len bytes and m
 * matches, O(log n) a question after that. The caller owns the cd_clauses
 * and its two arrays (reused from sentence to sentence); free them with
 * cd_clauses_dispose(). Offsets are local: bytes into the sentence's
 * normalised text (cd_lspan space). */
#ifndef CD_CLAUSE_H
#define CD_CLAUSE_H

#include <stddef.h>

#include "lexicon.h"

typedef struct cd_clauses {
  size_t *bounds; /* local byte offsets where a clause starts, sorted */
  size_t nb, capb;
  size_t *strong; /* local byte offsets of the strong breaks, sorted */
  size_t ns, caps;
} cd_clauses;

/* cd_clause_find: the clause starts and strong breaks of text[0, len),
 * whose lexicon matches (in text order) are m[0, nm): CD_CUE_CLAUSE cues
 * among them start clauses. Replaces what c held. Returns 0 or CD_ENOMEM. */
int cd_clause_find(cd_clauses *c, const char *text, size_t len, const cd_match *m, size_t nm);

/* cd_clause_of: the index of the clause holding offset pos (0: the first). */
int cd_clause_of(const cd_clauses *c, size_t pos);

/* cd_clause_strong_break: 1 when a strong break lies in [from, to). */
int cd_clause_strong_break(const cd_clauses *c, size_t from, size_t to);

/* cd_clauses_dispose: frees c's arrays; c may then be reused from zero. */
void cd_clauses_dispose(cd_clauses *c);

#endif
