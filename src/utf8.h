/* utf8.h: the one place that reads UTF-8 and classifies characters.
 *
 *   cd_utf8_check   how much of a byte string is valid UTF-8 (no NUL)
 *   cd_utf8_next    the code point at a position of valid text
 *   cd_is_han       a Han (CJK ideograph) code point?
 *   cd_lang_tally   Han against Latin letters: is a text Chinese or English?
 *   cd_lower_bound  the first element of a sorted array not below a key
 *
 * Nothing here allocates; each call is O(its input), the search O(log n). */
#ifndef CD_UTF8_H
#define CD_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common.h"

/* cd_utf8_check: the length of the valid UTF-8 prefix of p[0, n) that holds
 * no NUL byte; n when all is valid. Valid means cmark's rules: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence. */
size_t cd_utf8_check(const char *p, size_t n);

/* cd_utf8_next: decodes the code point at p (p < end, valid UTF-8) into
 * *cp and returns its length in bytes (U+FFFD and 1 on a bad byte). */
int cd_utf8_next(const char *p, const char *end, int32_t *cp);

/* cd_title_marks_only: 1 when text[a, b), six bytes at most, holds
 * nothing but spaces, straight or curly double quotes and opening title
 * or quotation marks (《, 「): what stands between a country and the
 * outlet it qualifies (英国《金融时报》, 美国CNBC). O(1). */
int cd_title_marks_only(const char *text, size_t a, size_t b);

/* cd_is_han: 1 for the CJK Unified Ideographs, Extension A and the
 * Compatibility Ideographs (U+4E00-9FFF, U+3400-4DBF, U+F900-FAFF). */
static inline int cd_is_han(int32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* A running count for guessing a text's language: a Han character carries
 * about as much as four Latin letters, so a text is Chinese when it has Han
 * characters and 4 x han >= latin. Add code points one by one
 * (cd_lang_tally_add) or a whole text (cd_lang_guess). */
typedef struct cd_lang_tally {
  size_t han;   /* Han code points */
  size_t latin; /* ASCII letters */
} cd_lang_tally;

/* inline: the segmenter adds every character of a text */
static inline void cd_lang_tally_add(cd_lang_tally *t, int32_t cp) {
  if (cd_is_han(cp))
    t->han++;
  else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
    t->latin++;
}

/* cd_zero_bytes8: the bytes of the word x that are zero get their top bit
 * set (a byte above a zero one may too, from the borrow): nonzero just
 * when x has a zero byte. x ^ (c * 0x0101...) finds the bytes equal to c.
 * The one word-at-a-time test of the scanners (clause, doc, segment, utf8). */
static inline uint64_t cd_zero_bytes8(uint64_t x) {
  return (x - 0x0101010101010101u) & ~x & 0x8080808080808080u;
}

/* cd_last_byte: the last byte c in [lo, hi), or NULL: eight bytes a look
 * back (cd_zero_bytes8), for look-backs over a phrase that a character's
 * last byte finds (对 for roles, 在 for speakers). */
static inline const char *cd_last_byte(const char *lo, const char *hi, unsigned char c) {
  const uint64_t rep = 0x0101010101010101u * c;
  for (; hi - lo >= 8; hi -= 8) {
    uint64_t v;
    memcpy(&v, hi - 8, 8);
    if (cd_zero_bytes8(v ^ rep)) break;
  }
  while (hi > lo)
    if ((unsigned char)*--hi == c) return hi;
  return NULL;
}

/* cd_ascii_letters8: the ASCII letters among the eight bytes v, all ASCII
 * (no top bit set). A byte made lower case is a letter when adding
 * 0x80 - 'a' sets its top bit and 0xFA ('z' + 0x80) less it keeps its top
 * bit; neither carries into the next byte, every byte being under 0x80.
 * inline: the segmenter and cd_lang_guess count eight bytes at a time. */
static inline unsigned cd_ascii_letters8(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  uint64_t low = v | ones * 0x20;
  uint64_t ge_a = low + ones * (0x80 - 'a'), le_z = ones * (0x80 + 'z') - low;
  return (unsigned)((((ge_a & le_z & tops) >> 7) * ones) >> 56); /* the sum of the bytes, each 0 or 1 */
}

cd_lang cd_lang_tally_result(const cd_lang_tally *t);
cd_lang cd_lang_guess(const char *text, size_t len);

/* cd_lang_name: "zh" or "en". */
const char *cd_lang_name(cd_lang lang);

/* cd_lower_bound: the index of the first of the n elements of base (each
 * size bytes, sorted so that below() holds for a prefix) for which
 * below(element, key) is 0; n when below() holds for all. below() says
 * whether an element sorts before the key. */
size_t cd_lower_bound(const void *base, size_t n, size_t size, const void *key,
                      int (*below)(const void *element, const void *key));

#endif
