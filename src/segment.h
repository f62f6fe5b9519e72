/* segment.h: sentences, each in its own language, as spans.
 *
 * Takes the normalised body and the lines trim kept, and cuts them into
 * sentences: Chinese ends at 。！？； and at a blank between two Han
 * characters (a headline's clauses); English at . ! ? unless the period
 * ends an abbreviation of the rules (U.S., Rep., Inc.) or the next word
 * starts in lower case, and at a period with no space after it between a
 * lower-case word and a capitalised one ("concerns.According": a space
 * lost where a copy ran its paragraphs together). A line that does not
 * end a sentence may be a hard wrap: an English one runs on into the
 * next line when that one starts in lower case; a Chinese one when the next line is Chinese and no list item
 * (bullet, 1. (1) ① 一、) and the line ends in ，、 or in a word that
 * leaves its phrase open (的 将 或 于 把 被 及 而 且), or is about as wide as
 * the widest line of its run, or is a short line with no paragraph under
 * it (a headline is narrower than the paragraph below it; a blank line
 * always ends a run). A line whose dateline trim cut off starts a run.
 * Each sentence's language is decided by its own characters: 004 has a
 * Chinese title and an English body.
 *
 * A joined wrap is closed in the normalised text: the white space around
 * its line break goes (one space stays between two non-Chinese words), so
 * that keys and values cut by the wrap (实体\n清单, "$5.5\nbillion") read
 * whole. This edits norm in place: the sentence's later bytes move back
 * with their map entries (every byte still maps to its original offset)
 * and the bytes freed at the sentence's end become spaces outside every
 * sentence. Lines are not moved: a kept line's nspan may then hold bytes
 * of the line after it, so only dropped lines' nspans (never edited) are
 * read after this.
 *
 * Cost: O(bytes): one pass, one more to measure the run's lines, one to
 * close the wraps, and an abbreviation look-up (bounded, 24 bytes back) at
 * each period. The array is malloc'd; the caller frees it. */
#ifndef CD_SEGMENT_H
#define CD_SEGMENT_H

#include <stddef.h>

#include "common.h"
#include "lexicon.h"
#include "norm.h"
#include "trim.h"

typedef struct cd_sentence { /* 24 bytes, in 32-bit offsets (common.h) */
  cd_nspan32 nspan;          /* in the normalised text */
  cd_span32 span;            /* in the original bytes */
  cd_lang lang;
  int paragraph; /* index of the run of lines the sentence is in */
} cd_sentence;

/* cd_segment_split: sentences of the kept lines, in order, into *out (*n
 * of them). orig is the document's original bytes (norm's map points into
 * them; case is read there, since norm is case folded). norm is the text
 * trim split into lines; its joined wraps are closed in place (above).
 * abbrevs is the abbreviation lexicon (cd_lexicon_new_abbrevs), or NULL.
 * Returns 0 or CD_ENOMEM (err set). */
int cd_segment_split(cd_sentence **out, size_t *n, const char *orig, cd_norm *norm, const cd_line *lines,
                     size_t nlines, const cd_lexicon *abbrevs, cd_error *err);

#endif
