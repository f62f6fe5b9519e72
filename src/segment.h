/* segment.h: sentences, each in its own language, as spans.
 *
 * Takes the normalised body and the lines trim kept, and cuts them into
 * sentences: Chinese ends at 。！？； and at line breaks; English at . ! ?
 * unless the period ends an abbreviation of the rules (U.S., Rep., Inc.) or
 * the next word starts in lower case. An English line that does not end a
 * sentence runs on into the next line when that one starts in lower case
 * (scraped text wraps mid-sentence). Each sentence's language is decided
 * by its own characters: 004 has a Chinese title and an English body.
 *
 * Cost: O(bytes), plus an abbreviation look-up (bounded, 24 bytes back)
 * at each period. The array is malloc'd; the caller frees it. */
#ifndef CD_SEGMENT_H
#define CD_SEGMENT_H

#include <stddef.h>

#include "common.h"
#include "lexicon.h"
#include "norm.h"
#include "trim.h"

typedef struct cd_sentence {
  cd_nspan nspan; /* in the normalised text */
  cd_span span;   /* in the original bytes */
  cd_lang lang;
  int paragraph; /* index of the run of lines the sentence is in */
} cd_sentence;

/* cd_segment_split: sentences of the kept lines, in order. orig is the
 * document's original bytes (norm's map points into them; case is read
 * there, since norm is case folded). abbrevs is the abbreviation lexicon
 * (cd_lexicon_new_abbrevs), or NULL. */
int cd_segment_split(cd_sentence **out, size_t *n, const char *orig, const cd_norm *norm,
                     const cd_line *lines, size_t nlines, const cd_lexicon *abbrevs, cd_error *err);

#endif
