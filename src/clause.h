/* clause.h: where one sentence's clauses start, its strong breaks, and
 * which clauses open with a subject of their own.
 *
 * A clause starts after a comma, semicolon or colon (ASCII followed by a
 * space or by Chinese, or the fullwidth ， ；), after a quotation mark that
 * closes behind a comma ('...," said X'), after " - ", and at a clause word of the
 * rules ("but", "while", 但); an aside between two commas (a word or
 * two, up to four Chinese characters, no digit and nothing the rules
 * know: ", in principle," / ，原则上，) is none, and so is a list of
 * examples that names only (", including Leidos and Skydio,", ", among
 * them Cubic Corp.,": no digit, no trigger). Strong breaks are the semicolons and the
 * clause words: a hedge reaches over a comma but not over them.
 *
 * A clause has a subject of its own when, after its clause word and an
 * English coordinator (and, or, then, so, yet), it opens with an entity,
 * a reference ("the company", 该公司), a subject cue of the rules (the,
 * they, its, 其, 他们, 多家) or a bare-noun trigger (a predicate's
 * `mentions:`, 芯片股): "但网信办仍约谈了该公司", "，多家芯片股应声下跌"
 * are clauses of their own; "，但将遵守…", "，并在…", ", adding that" go
 * on with the subject before them, and a reporting clause without a
 * trigger (", the department said,") frames the clauses around it. A
 * word list, not a parser: a clause
 * opening with a bare noun the rules do not know ("，股市下跌") is read as
 * going on.
 *
 * Cost: O(len + m) to find them for a sentence of len bytes and m
 * matches, O(log n) a question after that. The caller owns the cd_clauses
 * and its arrays (reused from sentence to sentence); free them with
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
  int *subject; /* [nb + 1]: by clause index, the match opening it as its subject, or -1 */
  size_t capsub;
} cd_clauses;

/* cd_clause_find: the clause starts, strong breaks and subjects of
 * text[0, len), whose lexicon matches (in text order) are m[0, nm):
 * CD_CUE_CLAUSE cues among them start clauses. Replaces what c held.
 * Returns 0 or CD_ENOMEM. */
int cd_clause_find(cd_clauses *c, const char *text, size_t len, const cd_match *m, size_t nm);

/* cd_clause_count_le: the number of sorted positions v[0, n) that are
 * <= pos, a binary search. Inline here, with the questions below that
 * use it: roles, scope and speakers ask them at every match, and a call
 * (cd_lower_bound's per step, then one a question) cost more than the
 * search. */
static inline size_t cd_clause_count_le(const size_t *v, size_t n, size_t pos) {
  size_t lo = 0;
  while (n > 0) {
    size_t half = n / 2;
    if (v[lo + half] <= pos)
      lo += half + 1, n -= half + 1;
    else
      n = half;
  }
  return lo;
}

/* cd_clause_of: the index of the clause holding offset pos (0: the first). */
static inline int cd_clause_of(const cd_clauses *c, size_t pos) {
  return (int)cd_clause_count_le(c->bounds, c->nb, pos);
}

/* cd_clause_start / cd_clause_end: where clause cl starts, and where it
 * ends (the next clause's start, or len, the sentence's length). */
static inline size_t cd_clause_start(const cd_clauses *c, int cl) {
  return cl > 0 ? c->bounds[cl - 1] : 0;
}

static inline size_t cd_clause_end(const cd_clauses *c, int cl, size_t len) {
  return cl >= 0 && (size_t)cl < c->nb ? c->bounds[cl] : len;
}

/* cd_clause_comma: 1 when t[i] (of t[0, len)) is a comma, semicolon or
 * colon that cd_clause_find starts a clause after: ';'; ',' and ':'
 * before a space, the end or Chinese (Hong Kong and Taiwan outlets often
 * type the ASCII comma: "…(约 7-9%),这番话…"); the fullwidth ， and ；. */
static inline int cd_clause_comma(const char *t, size_t len, size_t i) {
  unsigned char ch = (unsigned char)t[i];
  if (ch == ';') return 1;
  if (ch == ',' || ch == ':') return i + 1 == len || t[i + 1] == ' ' || (unsigned char)t[i + 1] >= 0x80;
  return ch == 0xEF && i + 2 < len && (unsigned char)t[i + 1] == 0xBC &&
         ((unsigned char)t[i + 2] == 0x8C || (unsigned char)t[i + 2] == 0x9B);
}

/* cd_clause_strong_break: 1 when a strong break lies in [from, to). */
int cd_clause_strong_break(const cd_clauses *c, size_t from, size_t to);

/* cd_clause_subject: the index (into the matches given to cd_clause_find)
 * of the match that opens clause cl as its subject, or -1. The match's
 * payload may since stand for another entity (a resolved reference). */
static inline int cd_clause_subject(const cd_clauses *c, int cl) {
  return cl >= 0 && (size_t)cl <= c->nb ? c->subject[cl] : -1;
}

/* cd_clause_subject_between: 1 when a clause that starts after from and
 * at or before to (from <= to) opens with a subject of its own. */
int cd_clause_subject_between(const cd_clauses *c, size_t from, size_t to);

/* cd_clauses_dispose: frees c's arrays; c may then be reused from zero. */
void cd_clauses_dispose(cd_clauses *c);

#endif
