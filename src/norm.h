/* norm.h: text for matching, with a map back to the original bytes.
 *
 * Takes a byte range of a document and produces NFKC + case-folded UTF-8
 * (utf8proc), with curly quotes made straight and Traditional Chinese
 * characters made Simplified (one for one, OpenCC's table), and for every
 * normalised byte the offset of the original byte it came from:
 *
 *   original   "Ｈ２０ ‘chips’"     (full width, curly quotes)
 *               |  |  |  |
 *   normalised "h20 'chips'"
 *   map[i]      0  3  6  9 10 ...    original offset of each output byte;
 *                                    map[len] = end of the range
 *
 * The map is built at starter boundaries: all bytes produced by one starter
 * and its combining marks point at that starter (a mark with no starter
 * before it points at itself), so it never splits a character and never
 * goes back. NFKC is applied blindly nowhere it changes meaning in Chinese:
 * the clause comma ， and semicolon ； stay as they are (NFKC would make
 * "3，5" look like 3,5 = 35), and enclosed or superscript numbers (①, ⑵, ㊀,
 * ²) stay as they are so that they never read as counts.
 *
 * The segmenter later closes the line breaks of the wraps it joins, in
 * ptr and map together (segment.h): the map still never goes back and
 * still gives each byte its original offset.
 *
 * Cost: O(bytes), one pass, no allocation per character. The cd_norm owns
 * ptr and map; release with cd_norm_dispose(). */
#ifndef CD_NORM_H
#define CD_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "claimdiff.h"

typedef struct cd_norm {
  char *ptr;     /* normalised UTF-8, NUL-terminated */
  size_t len;    /* bytes, excluding the NUL */
  uint32_t *map; /* len + 1 entries: original byte offset of each byte */
} cd_norm;

/* cd_norm_text: normalises text[start, end) (valid UTF-8) into out. Offsets
 * in out->map are relative to text, not to start. Returns 0, CD_ENOMEM, or
 * CD_ELIMIT when end does not fit the 32-bit map. */
int cd_norm_text(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err);

/* cd_norm_string: normalises a NUL-terminated string (a rule key) into a
 * malloc'd string; NULL on failure. */
char *cd_norm_string(const char *s);

/* cd_norm_key: the same bytes as cd_norm_string(s), in a copy that lives
 * in arena a; NULL when memory runs out. A key all of ASCII (most of
 * them) is copied with A-Z lower-cased and nothing else, which is what the
 * full path makes of ASCII: NFKC and case folding change no other ASCII
 * byte, no ASCII byte is a curly quote, a Traditional character, a
 * character kept as is or an ideograph beside which a space is dropped,
 * and a run of ASCII takes the ASCII path of cd_norm_text anyway
 * (tests/test_norm.c compares the two on every string of the shipped
 * rules and on all of ASCII). O(strlen(s)), no malloc for ASCII. */
char *cd_norm_key(cd_arena *a, const char *s);

/* cd_norm_find: the first normalised offset whose original offset is >= off
 * (binary search over the map); len when none. */
size_t cd_norm_find(const cd_norm *n, size_t off);

void cd_norm_dispose(cd_norm *n);

#endif
