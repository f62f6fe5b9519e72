/* common.h: the words every stage shares, and nothing else.
 *
 *   cd_lang   a text's language (a rule key's, a sentence's, a document's)
 *   cd_span   a half-open byte range, its coordinate space in its name
 *   cd_date   a calendar date, parsed once (from front matter or --date)
 *
 * Header only; it includes no other stage, so any stage may include it. */
#ifndef CD_COMMON_H
#define CD_COMMON_H

#include <stddef.h>
#include <stdint.h>

typedef enum { CD_LANG_EN = 0, CD_LANG_ZH = 1 } cd_lang;

/* Byte ranges [start, end). Three coordinate spaces, one type each, so that
 * a range is never read in the wrong one:
 *
 *   cd_span    the original file's bytes (cd_doc.bytes): what reports quote
 *   cd_nspan   the document's normalised text (cd_norm.ptr); cd_norm.map
 *              turns a normalised offset into an original one
 *   cd_lspan   local: one sentence's normalised text as handed to a scanner
 *              (values, lexicon); add the sentence's cd_nspan.start */
typedef struct cd_span {
  size_t start, end; /* byte offsets into the original file */
} cd_span;

typedef struct cd_nspan {
  size_t start, end; /* byte offsets into the normalised text */
} cd_nspan;

typedef struct cd_lspan {
  size_t start, end; /* byte offsets into one sentence's normalised text */
} cd_lspan;

/* The same three in 32 bits a bound, for what is kept by the hundred
 * thousand (sentences, mentions, values): every offset of a document is
 * under 4 GiB (norm.h: its map is 32-bit), so they hold any. */
typedef struct cd_span32 {
  uint32_t start, end; /* byte offsets into the original file */
} cd_span32;

typedef struct cd_nspan32 {
  uint32_t start, end; /* byte offsets into the normalised text */
} cd_nspan32;

typedef struct cd_lspan32 {
  uint32_t start, end; /* byte offsets into one sentence's normalised text */
} cd_lspan32;

/* A proleptic Gregorian date; year 0 means "no date". */
typedef struct cd_date {
  int year;  /* e.g. 2025; 0: none */
  int month; /* 1..12 */
  int day;   /* 1..31 */
} cd_date;

#endif
