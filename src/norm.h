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
 * ptr and map together (segment.h, through cd_norm_edit_move() and
 * cd_norm_edit_fill()): the map still never goes back and still gives
 * each byte its original offset.
 *
 * The map is kept as runs, not an entry a byte (4 bytes a byte was four
 * times the text). Within a run the map rises with the text a character
 * at a time: all bytes of a character map to the offset of its first
 * byte, which is the run's orig plus the character's distance from the
 * run's start. A run ends where that stops holding: at a character that
 * changes length (full width, curly quotes), an expansion (ß, ﬁ), a
 * dropped space, a closed wrap. The example above is five runs:
 *
 *   normalised   h  2  0  ␠  '   c  h  i  p  s  '
 *   offset       0  1  2  3  4   5  6  7  8  9  10
 *   map          0  3  6  9  10  13 14 15 16 17 18
 *   runs {at, orig}  {0,0} {1,3} {2,6} {3,9}   {5,13}
 *
 * ASCII and Chinese text (輝達 -> 辉达: 3 bytes for 3) are one run up to
 * the next such character: a few runs a paragraph. cd_norm_orig() reads
 * the map at any offset in O(1): block[b] is the run that holds offset
 * b x CD_NORM_BLOCK, and only the runs that start inside that block are
 * searched (binary search, at most CD_NORM_BLOCK of them).
 *
 * Cost: O(bytes), one pass (two halves at once for a long text), no
 * allocation per character; the map costs 8
 * bytes a run and 4 a block of CD_NORM_BLOCK bytes. The cd_norm owns ptr
 * and the map; release with cd_norm_dispose(). */
#ifndef CD_NORM_H
#define CD_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "claimdiff.h"

/* 512 bytes a block: the index is 1 byte in 128 of the text (16 MB of
 * Chinese: 0.125 MB, not 0.5 at 128 bytes), and a block holds a run or
 * two of Chinese, a fraction of one of English, so the search in it stays
 * a step or two */
#define CD_NORM_BLOCK_SHIFT 9
#define CD_NORM_BLOCK       (1u << CD_NORM_BLOCK_SHIFT) /* normalised bytes a block of the index */

/* From normalised offset at on (a character's first byte), the map is
 * orig + (character's first byte - at), up to the next run's at. */
typedef struct cd_norm_run {
  uint32_t at;   /* normalised byte offset, a character's first byte */
  uint32_t orig; /* original byte offset of that character */
} cd_norm_run;

/* The map as runs, with the index into them (above). */
typedef struct cd_norm_map {
  cd_norm_run *runs; /* at ascending, orig never going down; malloc'd */
  size_t nruns, cap_runs;
  uint32_t *block; /* block[b]: the last run whose at <= b x CD_NORM_BLOCK; malloc'd */
  size_t nblocks, cap_blocks;
} cd_norm_map;

typedef struct cd_norm {
  char *ptr;       /* normalised UTF-8, NUL-terminated */
  size_t len;      /* bytes, excluding the NUL */
  cd_norm_map map; /* read it with cd_norm_orig() */
  uint32_t end;    /* the original offset of len: the end of the range */
  /* while an edit is under way (cd_norm_edit_move() ... cd_norm_edit_end()):
   * map holds [0, edited), old the map before the edit, still right from
   * edited on */
  int editing;
  size_t edited; /* normalised bytes */
  cd_norm_map old;
  uint32_t *dense; /* NULL, or (cd_norm_text_dense()) the map an entry a byte, len + 1
                      entries, kept the way it was before runs: tests compare the two */
} cd_norm;

/* Text of CD_NORM_SPLIT_MIN bytes or more is normalised in two halves, on
 * two threads (threads.h), parted after a line break; the result is the
 * same bytes and map as in one piece (norm.c says why). */
#define CD_NORM_SPLIT_MIN ((size_t)1 << 20)
/* Chinese from CD_NORM_SPLIT_MIN_ZH: normalising costs a byte of it about
 * 28 instructions, a byte of English 4, so that a second thread pays for
 * itself on a quarter of the text; English at 256 KiB lost more to the
 * thread than it gained (1 MB: 44-46 against 39-40 MB/s). Chinese is told
 * by 4 KiB from its middle, a quarter of their bytes from 0x80 up. */
#define CD_NORM_SPLIT_MIN_ZH ((size_t)1 << 18)

/* cd_norm_text: normalises text[start, end) (valid UTF-8) into out. Offsets
 * the map gives are relative to text, not to start. Returns 0, CD_ENOMEM,
 * or CD_ELIMIT when end does not fit the 32-bit map. */
int cd_norm_text(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err);

/* cd_norm_text_dense: cd_norm_text, and out->dense besides: the same map
 * written an entry a byte, by the code that wrote it before there were runs
 * (and kept by every edit). For tests and fuzzers, which check that
 * cd_norm_orig() answers what out->dense holds; 4 bytes a byte. */
int cd_norm_text_dense(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err);

/* cd_norm_orig: the original offset of normalised byte i (i <= n->len;
 * n->end for n->len). A byte inside a character gives its first byte's
 * (while the text is there: with ptr NULL, i must be a first byte).
 * O(1): an index read and a binary search among the runs of one block. */
uint32_t cd_norm_orig(const cd_norm *n, size_t i);

/* Editing the text in place, front to back: a stage that moves bytes of
 * n->ptr back over ones it drops (norm.c's spaces by digits, the
 * segmenter's joined wraps) says so here, edit by edit, and the map
 * follows. Each edit starts at or after where the last one ended; the
 * bytes between are kept where they are, with their map. Both move bytes
 * of the map only; the caller moves the text, after the call (the map
 * reads the bytes at from as they were).
 *
 * cd_norm_edit_move: the map of [to, to + count) becomes what the map of
 * [from, from + count) was before the edits (to <= from; from a
 * character's first byte). cd_norm_edit_fill: [to, to + count) are count
 * one-byte characters (spaces) that map to orig. cd_norm_edit_end: the
 * bytes after the last edit kept as they are, up to n->len (set it first
 * when the text got shorter); nothing when no edit was made. Each returns
 * 0 or CD_ENOMEM (the map is then still readable, and cd_norm_dispose()
 * frees it). O(bytes of the edit + the runs it crosses). */
int cd_norm_edit_move(cd_norm *n, size_t to, size_t from, size_t count);
int cd_norm_edit_fill(cd_norm *n, size_t to, size_t count, uint32_t orig);
int cd_norm_edit_end(cd_norm *n);

/* cd_norm_string: normalises a NUL-terminated string (a rule key) into a
 * malloc'd string; NULL on failure. */
char *cd_norm_string(const char *s);

/* cd_norm_key: the same bytes as cd_norm_string(s), in a copy that lives
 * in arena a; NULL when memory runs out. A key all of ASCII, ideographs
 * of U+4000..U+9FFF without a Simplified form and CJK punctuation that
 * stays as it is (most of them), with no space between a digit and an
 * ideograph, is copied with A-Z lower-cased and nothing else, which is
 * what the full path makes of it: NFKC and case folding change no other
 * ASCII byte and none of those characters, each of which stands alone in
 * its chunk, and such a key is one run of the run path of cd_norm_text
 * anyway (tests/test_norm.c compares the two on every string of the
 * shipped rules and on all of ASCII). O(strlen(s)), no malloc for those. */
char *cd_norm_key(cd_arena *a, const char *s);

/* cd_norm_key_is_normal: does cd_norm_key give s[0, n) itself, byte for
 * byte (a key of the short cut above, with no capital letter)? O(n). */
int cd_norm_key_is_normal(const char *s, size_t n);

/* cd_norm_key_or_same: cd_norm_key of s[0, n) (NUL-terminated, no NUL
 * inside), but s itself, no copy made, when that is s byte for byte
 * (cd_norm_key_is_normal): one pass over a key of the short cut, eight
 * bytes a step over ASCII. NULL when memory runs out. O(n). */
const char *cd_norm_key_or_same(cd_arena *a, const char *s, size_t n);

/* cd_norm_find: the first normalised offset whose original offset is >= off
 * (binary search over the offsets, O(log len)); len when none. */
size_t cd_norm_find(const cd_norm *n, size_t off);

void cd_norm_dispose(cd_norm *n);

#endif
