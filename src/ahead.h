/* ahead.h: a document's sentences read on a second thread, ahead of the
 * claims made of them.
 *
 * Reading a sentence (its lexicon matches, clauses and values:
 * cd_read_sentence) depends on its own text alone; making its claims
 * depends on the sentences before it (short forms, "the department",
 * denials that point back). So a second thread can read sentence i + k
 * while the caller makes the claims of sentence i: reading is about half
 * the work of extraction, and what each sentence reads is the same
 * whichever thread reads it, so the claims are too.
 *
 * Blocks of AHEAD_BLOCK sentences are read in order into a ring of
 * AHEAD_BLOCKS, each block by whichever thread claims it first: the
 * reader whenever the ring has room, the caller whenever it would
 * otherwise wait, so both keep busy. The caller takes the sentences in
 * order (trading its own match and clause arrays for the sentence's,
 * copying its values) and hands a block back after its last, so the
 * memory is a few blocks' matches, clauses and values whatever the
 * document's length: O(bytes) work, as reading in place. A document of
 * fewer than AHEAD_MIN sentences is read by the caller (a thread costs
 * more than it saves there), and so is every document under
 * cd_one_thread() (threads.h) or when a thread cannot start.
 *
 * cd_ahead borrows everything it is given (the lexicon, units, date,
 * normalised text and sentences must outlive it) and owns its blocks;
 * cd_ahead_stop() joins the thread and frees it, also before the last
 * sentence is taken. */
#ifndef CD_AHEAD_H
#define CD_AHEAD_H

#include <stddef.h>
#include <stdint.h>

#include "clause.h"
#include "common.h"
#include "lexicon.h"
#include "segment.h"
#include "values.h"

#define AHEAD_BLOCK  64  /* sentences a block */
#define AHEAD_BLOCKS 4   /* blocks in the ring */
#define AHEAD_MIN    256 /* sentences below which the caller reads its own */

/* What reading a sentence found, besides its matches and values. */
typedef struct cd_read {
  size_t len;    /* the bytes read: the sentence's, or fewer past SENTENCE_BYTES_MAX */
  size_t nm;     /* lexicon matches */
  size_t nv;     /* values, at most SENTENCE_VALUES_MAX */
  size_t more;   /* values past SENTENCE_VALUES_MAX, not read */
  uint64_t cues; /* bit k (CD_CUE_BIT, sentence.h): a cue of kind k among the matches */
} cd_read;

/* What reading needs of the document and its rules (all borrowed). */
typedef struct cd_reading {
  const cd_lexicon *lex;
  const cd_units *units;
  const cd_date *date; /* resolves relative dates */
} cd_reading;

/* cd_read_sentence: reads the sentence text[0, len) (normalised): r->len
 * bytes of it (SENTENCE_BYTES_MAX at most, cut at a character, near a
 * space), its lexicon matches into *m (r->nm of them; *m and *capm a
 * malloc'd array grown as cd_lexicon_scan grows it), its clauses into
 * *clauses (cd_clause_find), its values into vals[0, SENTENCE_VALUES_MAX),
 * less those inside an entity's name (华大九天, a company: no nine days).
 * O(bytes). Returns 0 or CD_ENOMEM. */
int cd_read_sentence(const cd_reading *rd, const char *text, size_t len, cd_read *r, cd_match **m,
                     size_t *capm, cd_clauses *clauses, cd_value *vals);

typedef struct cd_ahead cd_ahead;

/* cd_ahead_start: starts reading sentences[0, n) of the normalised text
 * norm on a thread of its own. NULL when the caller is to read them itself
 * (too few, CLAIMDIFF_THREADS=1, no memory or no thread). */
cd_ahead *cd_ahead_start(const cd_reading *rd, const char *norm, const cd_sentence *sentences, size_t n);

/* cd_ahead_take: the reading of sentence si, which is the sentence after
 * the one taken last (the first: 0), waiting for the reader if it is
 * behind: as cd_read_sentence gives it. The arrays *m and *clauses held
 * are traded for the sentence's (the reader reuses them), its values
 * copied into vals. Returns 0 or CD_ENOMEM (when the reader ran out of
 * memory on this sentence or one before it). */
int cd_ahead_take(cd_ahead *a, size_t si, cd_read *r, cd_match **m, size_t *capm, cd_clauses *clauses,
                  cd_value *vals);

/* cd_ahead_stop: stops the reader, joins it and frees a (NULL is fine). */
void cd_ahead_stop(cd_ahead *a);

#endif
