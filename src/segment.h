/* segment.h: sentences, each in its own language, as spans.
 *
 * Takes the normalised body and the lines trim kept, and cuts them into
 * sentences: Chinese ends at 。！？；; English at . ! ? unless the period
 * ends an abbreviation of the rules (U.S., Rep., Inc.) or the next word
 * starts in lower case. A line that does not end a sentence may be a hard
 * wrap: an English one runs on into the next line when that one starts in
 * lower case; a Chinese one when the next line is Chinese and no list item
 * (bullet, 1. (1) ① 一、) and the line ends in ，、 or is about as wide as
 * the widest line of its run (a headline above a paragraph is narrower).
 * Each sentence's language is decided by its own characters: 004 has a
 * Chinese title and an English body.
 *
 * Cost: O(bytes): one pass, one more to measure the run's lines, and an
 * abbreviation look-up (bounded, 24 bytes back) at each period. The array is malloc'd; the caller frees it. */
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
