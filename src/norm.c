/* norm.c: NFKC + case folding with an offset map, see norm.h.
 *
 * The normalisation is done one "chunk" at a time: a starter and the
 * combining marks after it. Traditional characters become Simplified ones
 * (t2s.inc), so that 輝達 and 5.5億 match rules written as 辉达 and 亿. Each chunk is decomposed (compatibility + case
 * fold) with utf8proc_decompose_char, reordered canonically, recomposed with
 * utf8proc_normalize_utf32, and encoded; every output byte maps to the
 * chunk's first original byte. Most text never reaches the chunk code:
 * runs of characters that stay as they are (ASCII, ideographs without a
 * Simplified form, most CJK punctuation; same_run) are copied at once as
 * one run of the map, Traditional ideographs among them written over with
 * their Simplified forms of three bytes, and full-width forms, curly
 * quotes and the other Traditional ideographs are written without
 * decoding, each where the chunk code would have written it alone
 * (ends_chunk). */
#include "norm.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "buf.h"
#include "pages.h"
#include "threads.h"
#include "utf8.h"

#define CHUNK_MAX 128 /* code points after decomposition, per chunk */
#define KEY_BYTES 256 /* a rule key normalised on the stack: bytes, with the NUL */

/* Code points kept byte for byte: see the header for why. */
static int keep_as_is(int32_t cp) {
  return cp == 0xFF0C || cp == 0xFF1B ||                 /* ， ； */
         cp == 0x00B2 || cp == 0x00B3 || cp == 0x00B9 || /* ² ³ ¹ */
         (cp >= 0x2070 && cp <= 0x209F) ||               /* super/subscripts */
         (cp >= 0x2460 && cp <= 0x24FF) ||               /* ① ⑴ ⒈ ⓐ */
         (cp >= 0x2776 && cp <= 0x2793) ||               /* ❶ ➀ */
         (cp >= 0x3220 && cp <= 0x325F) ||               /* ㈠ ㉑ */
         (cp >= 0x3280 && cp <= 0x32BF);                 /* ㊀ ㊱ */
}

static int32_t straight_quote(int32_t cp) {
  switch (cp) {
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2032:
  case 0xFF07: return '\'';
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x2033:
  case 0xFF02: return '"';
  default: return 0;
  }
}

/* Traditional -> Simplified, character for character (gen_t2s.sh writes
 * the table from OpenCC's t2s; one for one, so the map stays exact). */
static const struct {
  uint32_t t, s;
} t2s[] = {
#include "t2s.inc"
};

#include "t2s_bits.inc"

/* A character without a pair is passed over by its bit; one with a pair
 * is found by its rank among the bits (the pairs are in code point order,
 * one a bit: test_norm_t2s_bits_match_pairs): the pairs before its word of
 * bits, from pairs_before[], and the bits below it in the word. This runs
 * for every Chinese character of every document and rule key; the binary
 * search it replaces took 12 rounds a Traditional character. */
#define T2S_WORDS (sizeof t2s_bits / sizeof *t2s_bits)

static int has_pair(utf8proc_int32_t cp) {
  uint32_t d = (uint32_t)cp - T2S_FIRST;
  return cp >= T2S_FIRST && cp <= T2S_LAST && (t2s_bits[d / 64] >> d % 64 & 1);
}

/* has_pair for the three bytes u of an ideograph of U+4000..U+9FFF
 * (ideograph_at), without decoding it: bits 6 up of the code point pick
 * the word, its last six bits the bit. */
_Static_assert(T2S_FIRST % 64 == 0 && T2S_FIRST <= 0x4000 && T2S_LAST >= 0x9FFF,
               "t2s_bits covers U+4000..U+9FFF");
static int pair_at(const unsigned char *u) {
  size_t word = ((size_t)(u[0] & 0x0F) << 6 | (u[1] & 0x3F)) - T2S_FIRST / 64;
  return (int)(t2s_bits[word] >> (u[2] & 0x3F) & 1);
}

/* The set bits of x (no popcount instruction in plain x86-64). */
static unsigned bits_set(uint64_t x) {
  x -= x >> 1 & 0x5555555555555555u;
  x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* pairs_before[i]: the pairs of t2s_bits' words before word i, made on
 * first use (tables_ready then 1). Threads that meet it unmade each make
 * it, storing the same values: atomics, so that this is no data race. */
static _Atomic uint16_t pairs_before[T2S_WORDS];
static atomic_int tables_ready;

static void make_pairs_before(void) {
  unsigned k = 0;
  for (size_t i = 0; i < T2S_WORDS; i++) {
    atomic_store_explicit(&pairs_before[i], (uint16_t)k, memory_order_relaxed);
    k += bits_set(t2s_bits[i]);
  }
  atomic_store_explicit(&tables_ready, 1, memory_order_release);
}

/* simple_of[cp - T2S_FIRST]: the Simplified form of cp, read at once: 0
 * when cp has none, 1 when it is beyond U+FFFF (then ranked as below).
 * Filled at the first normalise() (same_once, with same_bits), which
 * every call of simplified() comes after; 54 KB. */
static uint16_t simple_of[T2S_LAST - T2S_FIRST + 1];

static void make_simple_of(void) {
  for (size_t i = 0; i < sizeof t2s / sizeof *t2s; i++)
    simple_of[t2s[i].t - T2S_FIRST] = t2s[i].s <= 0xFFFF ? (uint16_t)t2s[i].s : 1;
}

static utf8proc_int32_t simplified(utf8proc_int32_t cp) {
  uint32_t d = (uint32_t)cp - T2S_FIRST;
  size_t i;
  if (d <= T2S_LAST - T2S_FIRST && simple_of[d] != 1) return simple_of[d] ? simple_of[d] : cp;
  if (!has_pair(cp)) return cp;
  if (!atomic_load_explicit(&tables_ready, memory_order_acquire)) make_pairs_before();
  i = atomic_load_explicit(&pairs_before[d / 64], memory_order_relaxed) +
      bits_set(t2s_bits[d / 64] & (((uint64_t)1 << d % 64) - 1));
  assert(i < sizeof t2s / sizeof *t2s && t2s[i].t == (uint32_t)cp);
  return (utf8proc_int32_t)t2s[i].s;
}

/* ---- the map: runs and their index (norm.h) ---- */

static int is_continuation(char c) {
  return ((unsigned char)c & 0xC0) == 0x80;
}

/* Appends the run {at, orig} to m: at is a character's first byte, after
 * the last run's. The index gets the blocks that start before at: the run
 * before at holds them. */
static int add_run(cd_norm_map *m, size_t at, uint32_t orig) {
  size_t last = m->nruns - 1, need;
  if (at > UINT32_MAX) return CD_ELIMIT;
  need = m->nruns ? ((at - 1) >> CD_NORM_BLOCK_SHIFT) + 1 : 0; /* blocks starting before at */
  if (need > m->nblocks) {
    if (cd_array_reserve((void **)&m->block, &m->cap_blocks, need, sizeof *m->block) < 0) return CD_ENOMEM;
    while (m->nblocks < need) m->block[m->nblocks++] = (uint32_t)last;
  }
  if (cd_array_reserve((void **)&m->runs, &m->cap_runs, m->nruns + 1, sizeof *m->runs) < 0) return CD_ENOMEM;
  m->runs[m->nruns++] = (cd_norm_run){(uint32_t)at, orig};
  return 0;
}

/* add_run, or nothing when the last run already gives orig at at (the map
 * goes on rising with the text): the test inline, as it runs a character. */
static inline int push_run(cd_norm_map *m, size_t at, uint32_t orig) {
  if (m->nruns && (uint64_t)m->runs[m->nruns - 1].orig + (at - m->runs[m->nruns - 1].at) == orig) return 0;
  return add_run(m, at, orig);
}

/* Indexes the blocks that start before len (the map is complete). */
static int finish_map(cd_norm_map *m, size_t len) {
  size_t need = len ? ((len - 1) >> CD_NORM_BLOCK_SHIFT) + 1 : 0;
  if (need <= m->nblocks || !m->nruns) return 0;
  if (cd_array_reserve((void **)&m->block, &m->cap_blocks, need, sizeof *m->block) < 0) return CD_ENOMEM;
  while (m->nblocks < need) m->block[m->nblocks++] = (uint32_t)(m->nruns - 1);
  return 0;
}

/* The run of m that holds offset i: the last one whose at <= i, among
 * those that start in i's block (a block the index has not reached yet is
 * the last run's). */
static size_t run_of(const cd_norm_map *m, size_t i) {
  size_t b = i >> CD_NORM_BLOCK_SHIFT;
  size_t lo = b < m->nblocks ? m->block[b] : m->nruns - 1;
  size_t hi = b + 1 < m->nblocks ? m->block[b + 1] : m->nruns - 1;
  while (lo < hi) {
    size_t mid = hi - (hi - lo) / 2;
    if (m->runs[mid].at <= i)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

/* The map m at offset i of the text t: its character's first byte (no
 * further back than its run's start), orig plus its distance in. Without
 * the text (a lean extraction freed it: extract.h), i is taken to be a
 * character's first byte, as the ends of every span are. */
static uint32_t map_at(const cd_norm_map *m, const char *t, size_t i) {
  const cd_norm_run *r = &m->runs[run_of(m, i)];
  while (t && i > r->at && is_continuation(t[i])) i--;
  return r->orig + (uint32_t)(i - r->at);
}

uint32_t cd_norm_orig(const cd_norm *n, size_t i) {
  assert(i <= n->len);
  if (i >= n->len) return n->end;
  return map_at(n->editing && i >= n->edited ? &n->old : &n->map, n->ptr, i);
}

static void map_dispose(cd_norm_map *m) {
  free(m->runs);
  free(m->block);
  memset(m, 0, sizeof *m);
}

/* The new map of [to, to + count) is the old one of [from, from + count):
 * the run from is in (from a character's first byte, so no byte of the
 * text is read), then every old run that starts before from + count. */
static int copy_runs(cd_norm *n, size_t to, size_t from, size_t count) {
  size_t r;
  int error;
  if (count == 0) return 0;
  r = run_of(&n->old, from);
  if ((error = push_run(&n->map, to, n->old.runs[r].orig + (uint32_t)(from - n->old.runs[r].at))) < 0)
    return error;
  for (r++; r < n->old.nruns && n->old.runs[r].at < from + count; r++)
    if ((error = push_run(&n->map, to + (n->old.runs[r].at - from), n->old.runs[r].orig)) < 0) return error;
  return 0;
}

/* Starts an edit (the map becomes old), or carries the bytes from the last
 * edit's end up to to over unmoved. */
static int edit_reach(cd_norm *n, size_t to) {
  int error;
  if (!n->editing) {
    n->old = n->map;
    memset(&n->map, 0, sizeof n->map);
    n->editing = 1;
    n->edited = 0;
  }
  assert(to >= n->edited);
  if ((error = copy_runs(n, n->edited, n->edited, to - n->edited)) < 0) return error;
  n->edited = to;
  return 0;
}

int cd_norm_edit_move(cd_norm *n, size_t to, size_t from, size_t count) {
  int error;
  assert(to <= from);
  if ((error = edit_reach(n, to)) < 0 || (error = copy_runs(n, to, from, count)) < 0) return error;
  if (n->dense) memmove(n->dense + to, n->dense + from, count * sizeof *n->dense);
  n->edited = to + count;
  return 0;
}

int cd_norm_edit_fill(cd_norm *n, size_t to, size_t count, uint32_t orig) {
  int error;
  if ((error = edit_reach(n, to)) < 0) return error;
  for (size_t k = 0; k < count; k++) {
    if ((error = push_run(&n->map, to + k, orig)) < 0) return error;
    if (n->dense) n->dense[to + k] = orig;
  }
  n->edited = to + count;
  return 0;
}

int cd_norm_edit_end(cd_norm *n) {
  int error;
  if (!n->editing) return 0;
  if ((error = edit_reach(n, n->len)) < 0 || (error = finish_map(&n->map, n->len)) < 0) return error;
  map_dispose(&n->old);
  n->editing = 0;
  return 0;
}

/* ---- normalising ---- */

typedef struct {
  cd_norm *n;
  size_t cap;
  int fixed;   /* n's ptr is the caller's, of cap bytes: never grown, and no map is kept */
  size_t han;  /* ideographs of U+4000..U+9FFF written: only where there are
                  some can close_digit_gaps find a gap */
  size_t room; /* bytes to reserve first, 0 for the range's: a first half
                  reserves the whole text's, which its second joins */
} writer;

/* reserve()'s slow path: the first reservation is the input's length
 * (normalising seldom lengthens text): exactly that, not the next step of
 * 1.5x (up to half again, 21.8 MB for 16 MB); later ones grow by half. */
static int grow(writer *w, size_t extra) {
  size_t cap = w->cap ? w->cap : w->n->len + extra + 1;
  char *p;
  if (w->fixed) return CD_ELIMIT; /* the caller falls back to a writer that grows */
  while (cap < w->n->len + extra + 1) cap += cap / 2 + 1;
  if (!(p = realloc(w->n->ptr, cap))) return CD_ENOMEM;
  w->n->ptr = p;
  if (!w->cap) cd_pages_fill_whole(p, cap); /* the input's length: filled, as text seldom shrinks */
  if (w->n->dense) {
    uint32_t *m = realloc(w->n->dense, cap * sizeof *m);
    if (!m) return CD_ENOMEM;
    w->n->dense = m;
  }
  w->cap = cap;
  return 0;
}

/* Room for extra more bytes and the NUL. */
static inline int reserve(writer *w, size_t extra) {
  return w->n->len + extra + 1 > w->cap ? grow(w, extra) : 0;
}

/* k bytes at p, which come from the character at orig. */
static int emit(writer *w, const char *p, size_t k, uint32_t orig) {
  int error;
  if ((error = reserve(w, k)) < 0) return error;
  if (!w->fixed && (error = push_run(&w->n->map, w->n->len, orig)) < 0) return error;
  memcpy(w->n->ptr + w->n->len, p, k);
  w->han += k == 3 && (unsigned char)p[0] >= 0xE4 && (unsigned char)p[0] <= 0xE9;
  if (w->n->dense)
    for (size_t i = 0; i < k; i++) w->n->dense[w->n->len + i] = orig;
  w->n->len += k;
  return 0;
}

/* Decomposes, orders, composes and emits one chunk. */
static int flush_chunk(writer *w, utf8proc_int32_t *cps, utf8proc_ssize_t n, uint32_t orig) {
  utf8proc_uint8_t out[4];
  utf8proc_ssize_t i, j;
  int error;
  if (n == 0) return 0;
  /* ordering and composing act on two code points or more: a chunk of one
   * (most characters) is as it is (test_norm_single_code_point_composes_to_itself) */
  if (n > 1) {
    /* canonical ordering of the marks: a stable insertion sort by class */
    for (i = 1; i < n; i++) {
      utf8proc_int32_t c = cps[i];
      int cc = utf8proc_get_property(c)->combining_class;
      if (cc == 0) continue;
      for (j = i; j > 0; j--) {
        int pc = utf8proc_get_property(cps[j - 1])->combining_class;
        if (pc <= cc) break;
        cps[j] = cps[j - 1];
      }
      cps[j] = c;
    }
    n = utf8proc_normalize_utf32(cps, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0) return CD_ENOMEM;
  }
  for (i = 0; i < n; i++) {
    utf8proc_ssize_t k = utf8proc_encode_char(simplified(cps[i]), out);
    if ((error = emit(w, (const char *)out, (size_t)k, orig)) < 0) return error;
  }
  return 0;
}

/* Where the run of ASCII at p[i, n) ends: sixteen bytes a look where
 * SSE2 is there (every x86-64; a byte's top bit is its mask bit), eight
 * with their top bits masked elsewhere, then a byte at a time. */
static size_t ascii_end(const char *p, size_t i, size_t n) {
#if defined(__SSE2__)
  for (; n - i >= 16; i += 16) {
    __m128i v;
    unsigned m;
    memcpy(&v, p + i, 16);
    if ((m = (unsigned)_mm_movemask_epi8(v)) != 0) return i + (size_t)__builtin_ctz(m);
  }
#endif
  for (uint64_t v; n - i >= 8; i += 8) {
    memcpy(&v, p + i, 8);
    if (v & 0x8080808080808080u) break;
  }
  while (i < n && (unsigned char)p[i] < 0x80) i++;
  return i;
}

/* p[0, n) (UTF-8) into out with 'A'..'Z' lower-cased: sixteen bytes at a
 * time where SSE2 is there (every x86-64), then eight, where a byte gets
 * 0x20 added when it is 'A'..'Z' (the two comparisons add to its low
 * seven bits, so that no carry leaves the byte, and bytes with the top
 * bit set, of other characters, are passed over), then one at a time. */
static void lower_ascii(char *out, const char *p, size_t n) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  size_t i = 0;
#if defined(__SSE2__)
  /* sixteen at a time: 'A'..'Z' is where the byte plus 0x80 - 'A',
     wrapping, is a signed byte below 26 - 0x80 */
  const __m128i to_a = _mm_set1_epi8((char)(0x80 - 'A')), below_26 = _mm_set1_epi8((char)(26 - 0x80)),
                case_bit = _mm_set1_epi8(0x20);
  for (; n - i >= 16; i += 16) {
    __m128i v;
    memcpy(&v, p + i, 16);
    v = _mm_or_si128(v, _mm_and_si128(_mm_cmplt_epi8(_mm_add_epi8(v, to_a), below_26), case_bit));
    memcpy(out + i, &v, 16);
  }
#endif
  for (uint64_t v; n - i >= 8; i += 8) {
    uint64_t low, ge_a, gt_z;
    memcpy(&v, p + i, 8);
    low = v & ~tops;
    ge_a = low + ones * (0x80 - 'A');     /* top bit set where the byte >= 'A' */
    gt_z = low + ones * (0x80 - 'Z' - 1); /* top bit set where the byte > 'Z' */
    v |= (ge_a & ~gt_z & ~v & tops) >> 2; /* 0x80 >> 2 = 0x20 */
    memcpy(out + i, &v, 8);
  }
  for (; i < n; i++) {
    unsigned char a = (unsigned char)p[i];
    out[i] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
  }
}

/* The ideographs with a Simplified form of three bytes that a run of
 * same_run holds, each where it stands in the run and its Simplified
 * form, written over it when the run is copied (copy_same): in the run,
 * each one alone in its chunk, as emit_ideograph writes it alone. */
#define RUN_PAIRS 32 /* a run ends before the next one past these */
typedef struct {
  size_t n;
  uint32_t at[RUN_PAIRS];             /* bytes from the run's start */
  utf8proc_int32_t simple[RUN_PAIRS]; /* U+0800..U+FFFF */
} run_pairs;

/* The characters p[0, n) that normalise to themselves (same_run), ASCII
 * lower-cased (none there unless ascii), but the ideographs of pairs,
 * written Simplified, as one run of the map: each character maps to its
 * own first byte, orig plus its distance from p. */
static int copy_same(writer *w, const char *p, size_t n, int ascii, const run_pairs *pairs, uint32_t orig) {
  size_t base;
  int error;
  if ((error = reserve(w, n)) < 0) return error;
  base = w->n->len;
  if (n && !w->fixed && (error = push_run(&w->n->map, base, orig)) < 0) return error;
  if (ascii)
    lower_ascii(w->n->ptr + base, p, n);
  else
    memcpy(w->n->ptr + base, p, n);
  for (size_t k = 0; k < pairs->n; k++) {
    char *q = w->n->ptr + base + pairs->at[k];
    utf8proc_int32_t c = pairs->simple[k];
    q[0] = (char)(0xE0 | c >> 12);
    q[1] = (char)(0x80 | (c >> 6 & 0x3F));
    q[2] = (char)(0x80 | (c & 0x3F));
  }
  if (w->n->dense)
    for (size_t i = 0, first = 0; i < n; i++) {
      if (!is_continuation(p[i])) first = i;
      w->n->dense[base + i] = orig + (uint32_t)first;
    }
  w->n->len += n;
  return 0;
}

static int is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

/* Is the 3-byte UTF-8 sequence at p (before e) a CJK ideograph
 * (U+4000..U+9FFF)? */
static int ideograph_at(const char *p, const char *e) {
  unsigned char a = (unsigned char)p[0];
  return e - p >= 3 && a >= 0xE4 && a <= 0xE9 && is_continuation(p[1]) && is_continuation(p[2]);
}

/* Does the character at p (before e) end the chunk before it: is it the
 * end, or a character normalise starts a chunk at, whatever the chunk
 * before holds? It is when it has combining class 0 (or is kept as it is,
 * or is a curly quote): here ASCII, an ideograph of U+4000..U+9FFF, CJK
 * punctuation U+3000..U+303F but the marks U+302A..U+302F, the full-width
 * forms U+FF00..U+FF5E and the curly quotes U+2018..U+201F. Any other
 * character answers no, and what comes before it takes the chunk code (a
 * mark may join it). */
static inline int ends_chunk(const char *p, const char *e) {
  const unsigned char *u = (const unsigned char *)p;
  if (p == e || u[0] < 0x80) return 1;
  if (e - p < 3 || !is_continuation(p[1]) || !is_continuation(p[2])) return 0;
  switch (u[0]) {
  case 0xE3: return u[1] == 0x80 && !(u[2] >= 0xAA && u[2] <= 0xAF);
  case 0xEF: return u[1] == 0xBC || (u[1] == 0xBD && u[2] <= 0x9E);
  case 0xE2: return u[1] == 0x80 && u[2] >= 0x98 && u[2] <= 0x9F;
  default: return u[0] >= 0xE4 && u[0] <= 0xE9;
  }
}

/* The code point of the three-byte character at p. */
static utf8proc_int32_t cp3(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
}

/* The ideograph at p, alone in its chunk, Simplified, from orig. A
 * Simplified form of three bytes (most: U+0800..U+FFFF) is encoded and
 * written here, as emit() would write it, without a call. */
static int emit_ideograph(writer *w, const char *p, uint32_t orig) {
  utf8proc_uint8_t out[4];
  utf8proc_int32_t cp = cp3(p), s = simplified(cp);
  char *q;
  int error;
  if (s == cp) return emit(w, p, 3, orig);
  if (s < 0x800 || s > 0xFFFF || w->n->dense)
    return emit(w, (const char *)out, (size_t)utf8proc_encode_char(s, out), orig);
  if ((error = reserve(w, 3)) < 0) return error;
  if (!w->fixed && (error = push_run(&w->n->map, w->n->len, orig)) < 0) return error;
  q = w->n->ptr + w->n->len;
  q[0] = (char)(0xE0 | s >> 12);
  q[1] = (char)(0x80 | (s >> 6 & 0x3F));
  q[2] = (char)(0x80 | (s & 0x3F));
  w->han += (unsigned char)q[0] >= 0xE4 && (unsigned char)q[0] <= 0xE9;
  w->n->len += 3;
  return 0;
}

/* Is the character at p CJK punctuation that NFKC, case folding and the
 * Traditional table leave as it is, and that composes with nothing:
 * 、 。 〃 and the brackets 〈 〉 《 》 「 」 『 』 【 】 (U+3001..U+3003,
 * U+3008..U+3011)? Alone in its chunk, it is emitted as it is. */
static int punct_same(const unsigned char *u, const char *e) {
  return e - (const char *)u >= 3 && u[0] == 0xE3 && u[1] == 0x80 &&
         ((u[2] >= 0x81 && u[2] <= 0x83) || (u[2] >= 0x88 && u[2] <= 0x91));
}

/* Is the character at u (before e) ， or ；, kept as they are whatever
 * follows (keep_as_is)? */
static int kept_comma(const unsigned char *u, const char *e) {
  return e - (const char *)u >= 3 && u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x8C || u[2] == 0x9B);
}

/* The straight quote a curly one of U+2018..U+201F at u (before e)
 * becomes (straight_quote), or 0. */
static char curly_quote(const unsigned char *u, const char *e) {
  if (e - (const char *)u < 3 || u[0] != 0xE2 || u[1] != 0x80 || u[2] < 0x98 || u[2] > 0x9F) return 0;
  return u[2] <= 0x9B ? '\'' : '"';
}

/* The four bytes at u, the first lowest (one load on x86). */
static inline uint32_t load4(const unsigned char *u) {
  return (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
}

/* same_ideograph4's bits: bit cp % 64 of a word is set for the
 * ideographs of U+4000..U+9FFF without a Simplified form (t2s_bits
 * negated), over every code point of three bytes, so that a lead byte
 * outside E4..E9 needs no test of its own: its words are 0. The word of
 * cp is at (bits 12..15 of cp) x 256 + (bits 6..11): the low four bits of
 * the lead byte and the low six of the second, read from the two bytes
 * swapped (one rotation, where cp / 64 took five operations). 31 KB, of
 * which six runs of 512 bytes are written. Made once, at the first
 * normalise() (same_once), read only after. */
static uint64_t same_bits[0x0F3F + 1];
static pthread_once_t same_once = PTHREAD_ONCE_INIT;

static void make_same_bits(void) {
  for (size_t w = 0x4000 / 64; w < 0xA000 / 64; w++) /* bits 12..15 of the code point, then 6..11 */
    same_bits[(w >> 6) << 8 | (w & 0x3F)] = ~t2s_bits[w - T2S_FIRST / 64];
  make_simple_of();
}

/* Are the low three bytes of x (load4) an ideograph of U+4000..U+9FFF
 * without a Simplified form? ideograph_at and !pair_at, from x: a lead
 * byte 1110xxxx and two continuation bytes, then the code point's bit. */
static inline int same_ideograph4(uint32_t x) {
  uint16_t two = (uint16_t)x,
           word = (uint16_t)(two << 8 | two >> 8); /* the first two bytes swapped: a rotation */
  return (x & 0xC0C0F0) == 0x8080E0 && (same_bits[word & 0x0F3F] >> (x >> 16 & 0x3F) & 1);
}

/* The end of the run from p (before e) of characters that normalising
 * leaves byte for byte as they are, but that ASCII letters are made lower
 * case, and that stand alone in their chunks (ends_chunk after each):
 * ASCII; ideographs of U+4000..U+9FFF without a Simplified form (they
 * have no decomposition, no case and combining class 0); the punctuation
 * of punct_same; and ， ；, kept as they are whatever follows (keep_as_is).
 * Ideographs with a Simplified form of three bytes are of the run too,
 * into *pairs (at most RUN_PAIRS; empty when called), which copy_same
 * writes over: of the same length, each maps to its own first byte as
 * emit_ideograph would map it. Most Chinese and English text is such
 * runs, a few a paragraph, copied at once (copy_same) with one run of the
 * map. *han counts the run's ideographs as emit would count what is
 * written; *ascii is set when it holds ASCII. Sixteen bytes at a time
 * through ASCII (ascii_end), four through ideographs (each read once, not
 * decoded: one that turns out not to end the chunk before it takes that
 * one off the run). */
static const char *same_run(const char *p, const char *e, size_t *han, int *ascii, run_pairs *pairs) {
  const char *start = p;
  while (p < e) {
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) {
      const char *q = p + ascii_end(p, 1, (size_t)(e - p));
      *ascii = 1;
      if (!ends_chunk(q, e)) return q - 1; /* a mark may compose with the last */
      p = q;
    } else if (e - p >= 4 && same_ideograph4(load4(u))) {
      const char *first = p;
      size_t k = 3, lim = (size_t)(e - p) - 3; /* four bytes readable at each k < lim */
      /* p + k is an ideograph of the run if what follows ends its chunk */
      while (k < lim && same_ideograph4(load4(u + k))) k += 3;
      p += k;
      *han += (size_t)(p - first) / 3;
      if (!ends_chunk(p, e)) return p - 3;
    } else if (ideograph_at(p, e)) { /* the last character of the text, or it has a pair */
      utf8proc_int32_t simple;
      if (!ends_chunk(p + 3, e)) return p;
      if (!pair_at(u)) {
        ++*han;
      } else { /* alone in its chunk: in the run when its Simplified form has three bytes too */
        if (pairs->n == RUN_PAIRS || (simple = simplified(cp3(p))) > 0xFFFF) return p;
        pairs->at[pairs->n] = (uint32_t)(p - start);
        pairs->simple[pairs->n++] = simple;
        *han += simple >= 0x4000 && simple <= 0x9FFF; /* as emit counts its lead byte, E4 to E9 */
      }
      p += 3;
    } else if (kept_comma(u, e) || (punct_same(u, e) && ends_chunk(p + 3, e))) {
      p += 3;
    } else {
      return p;
    }
  }
  return p;
}

/* The ASCII character a full-width form U+FF01..U+FF5E at u becomes
 * (NFKC, then lower case), or 0 for any other character and for ， ；,
 * which are kept. */
static char full_width_ascii(const unsigned char *u, const char *e) {
  unsigned c;
  if (e - (const char *)u < 3 || u[0] != 0xEF || !(u[1] == 0xBC || u[1] == 0xBD) ||
      !is_continuation((char)u[2]))
    return 0;
  c = (u[1] == 0xBC ? 0x00u : 0x40u) + (u[2] & 0x3Fu) + 0x20u; /* U+FF00 + k -> 0x20 + k */
  if (c < 0x21 || c > 0x7E || c == ',' || c == ';') return 0;
  return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* Taiwan and Hong Kong outlets put a space between digits and Chinese
 * (2022 年第 1 季, 增長 37%): one space between an ASCII digit and an
 * ideograph, either way round, is dropped, from ptr and map together, so
 * that 2022 年 reads as 2022年. The map still never goes back. The map
 * follows the text only when keep_map (a key's has none). O(len).
 *
 * Whether the space at r is such a gap can be read off the text before
 * any is dropped: a gap's neighbours are a digit and an ideograph, never
 * a space, so the bytes either side of a space stay where they were. */
static int gap_at(const char *t, size_t len, size_t r) {
  return t[r] == ' ' && r + 1 < len &&
         ((r >= 1 && is_ascii_digit(t[r - 1]) && ideograph_at(t + r + 1, t + len)) ||
          (r >= 3 && is_ascii_digit(t[r + 1]) && ideograph_at(t + r - 3, t + len)));
}

/* The first gap at or after from (len when none). Text with few
 * ideographs (English with a Chinese name) is read for its ideographs,
 * skipping ASCII eight bytes at a time, each looked at for a gap either
 * side; other text for its spaces (memchr), few in Chinese. */
static size_t next_gap(const char *t, size_t len, size_t from, int few_han) {
  if (!few_han) {
    for (const char *sp = t + from; (sp = memchr(sp, ' ', len - (size_t)(sp - t))) != NULL; sp++)
      if (gap_at(t, len, (size_t)(sp - t))) return (size_t)(sp - t);
    return len;
  }
  /* an ideograph at b has its gaps at b - 1 and b + 3: those at or after
   * from belong to ideographs from from - 3 on */
  for (size_t b = from >= 3 ? from - 3 : 0; b < len; b++) {
    b = ascii_end(t, b, len);
    if (b == len) break;
    if (!ideograph_at(t + b, t + len)) continue;
    if (b >= from + 1 && gap_at(t, len, b - 1)) return b - 1;
    if (b + 3 >= from && b + 3 < len && gap_at(t, len, b + 3)) return b + 3;
    b += 2;
  }
  return len;
}

static int close_digit_gaps(cd_norm *n, int keep_map, int few_han) {
  size_t w = 0, from = 0, len = n->len; /* from: where the bytes not yet moved start; w: where they go */
  size_t g = next_gap(n->ptr, len, 0, few_han);
  int error;
  if (g == len) return keep_map ? cd_norm_edit_end(n) : 0;
  for (;;) {
    /* the gap after g is found before the bytes up to g move back (the
     * moves write below g, the search reads from g - 2 on); then the
     * bytes since the last gap move back to w, the map first (it reads no
     * text), and the space at g goes */
    size_t next = g < len ? next_gap(n->ptr, len, g + 1, few_han) : len;
    if (keep_map && (error = cd_norm_edit_move(n, w, from, g - from)) < 0) return error;
    memmove(n->ptr + w, n->ptr + from, g - from);
    w += g - from;
    if (g == len) break;
    from = g + 1;
    g = next;
  }
  n->len = w;
  return keep_map ? cd_norm_edit_end(n) : 0;
}

/* Normalises text[start, end) into w (empty, end < 4 GiB): cd_norm_text
 * without its set-up and clean-up. Returns 0 or the first error (with err
 * set for CD_EUTF8 only), w's buffers then as they are. */
static int normalise(writer *w, const char *text, size_t start, size_t end, cd_error *err) {
  cd_norm *out = w->n;
  utf8proc_int32_t cps[CHUNK_MAX + 32];
  utf8proc_ssize_t ncp = 0;
  uint32_t chunk_orig = (uint32_t)start;
  const char *p = text + start, *e = text + end;
  int error = 0;
  const utf8proc_option_t opts =
      UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;

  pthread_once(&same_once, make_same_bits);
  if ((error = reserve(w, w->room ? w->room : end - start)) < 0) return error;
  while (p < e) {
    uint32_t orig = (uint32_t)(p - text);
    int32_t cp, q = 0;
    int k;
    const unsigned char *u = (const unsigned char *)p;
    int ascii = 0;
    run_pairs pairs;
    const char *run;
    pairs.n = 0;
    run = same_run(p, e, &w->han, &ascii, &pairs);
    char ch;
    /* 1. characters that stay as they are, alone in their chunks: a run
     * at a time (same_run) */
    if (run > p) {
      if ((ncp && (error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) ||
          (error = copy_same(w, p, (size_t)(run - p), ascii, &pairs, orig)) < 0)
        return error;
      ncp = 0;
      p = run;
      continue;
    }
    /* 2. a full-width form alone, or a curly quote (which stands alone
     * as the chunk code emits it): one ASCII byte; an ideograph alone
     * (same_run stopped at it: it has a Simplified form) */
    if (((ch = full_width_ascii(u, e)) != 0 && ends_chunk(p + 3, e)) || (ch = curly_quote(u, e)) != 0) {
      if ((ncp && (error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) || (error = emit(w, &ch, 1, orig)) < 0)
        return error;
      ncp = 0;
      p += 3;
      continue;
    }
    if (ideograph_at(p, e) && ends_chunk(p + 3, e)) {
      if ((ncp && (error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) ||
          (error = emit_ideograph(w, p, orig)) < 0)
        return error;
      ncp = 0;
      p += 3;
      continue;
    }
    /* 3. the chunk code */
    k = cd_utf8_next(p, e, &cp);
    if (keep_as_is(cp) || (q = straight_quote(cp)) != 0) {
      if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) return error;
      ncp = 0;
      if (keep_as_is(cp)) {
        error = emit(w, p, (size_t)k, orig);
      } else {
        ch = (char)q;
        error = emit(w, &ch, 1, orig);
      }
      if (error < 0) return error;
      p += k;
      continue;
    }
    {
      const utf8proc_property_t *prop = utf8proc_get_property(cp);
      utf8proc_ssize_t got;
      int bound = 0;
      if (prop->combining_class == 0 || ncp >= CHUNK_MAX) {
        if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) return error;
        ncp = 0;
      }
      /* a chunk starts here, also when a mark opens it (after a character
       * emitted as is, or at the start): the map must never go back */
      if (ncp == 0) chunk_orig = orig;
      got = utf8proc_decompose_char(cp, cps + ncp, CHUNK_MAX + 32 - ncp, opts, &bound);
      if (got < 0 || got > CHUNK_MAX + 32 - ncp) { /* cannot happen for valid input */
        error = cd_error_set(err, CD_EUTF8, NULL, 0, 0, (long)orig, "%s",
                             got < 0 ? utf8proc_errmsg(got) : "decomposition too long");
        return error;
      }
      ncp += got;
    }
    p += k;
  }
  if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0 || (error = reserve(w, 0)) < 0 ||
      (w->han && (error = close_digit_gaps(out, !w->fixed, w->han < out->len / 64)) < 0) ||
      (!w->fixed && (error = finish_map(&out->map, out->len)) < 0))
    return error;
  out->ptr[out->len] = '\0';
  out->end = (uint32_t)end;
  if (out->dense) out->dense[out->len] = (uint32_t)end;
  return 0;
}

/* cd_norm_text, the map an entry a byte as well when dense, room bytes
 * reserved first (0: the range's). */
static int norm_text(cd_norm *out, const char *text, size_t start, size_t end, int dense, size_t room,
                     cd_error *err) {
  writer w = {out, 0, 0, 0, room};
  int error;
  memset(out, 0, sizeof *out);
  if (end > UINT32_MAX) return cd_error_set(err, CD_ELIMIT, NULL, 0, 0, -1, "text over 4 GiB");
  if (dense && !(out->dense = malloc(sizeof *out->dense)))
    error = CD_ENOMEM;
  else
    error = normalise(&w, text, start, end, err);
  if (error < 0) {
    cd_norm_dispose(out);
    if (error == CD_ENOMEM) cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    if (error == CD_ELIMIT) cd_error_set(err, CD_ELIMIT, NULL, 0, 0, -1, "normalised text over 4 GiB");
  }
  return error;
}

/* ---- a long text in two halves ----
 *
 * Normalising reads no further back than a line: a chunk ends at a
 * starter, and '\n' is one; a digit gap (close_digit_gaps) is a space
 * between a digit and an ideograph on one line. So the halves either side
 * of a line break normalise on their own into the bytes the whole would,
 * and the second's map is the whole's from there, its offsets already
 * relative to text. The runs of the second follow the first's, merged
 * where the first's last run goes on rising into them, as one pass would
 * have left them. */

typedef struct {
  cd_norm out;
  const char *text;
  size_t start, end, room;
  int error;
  cd_error err;
} half;

static void *norm_half(void *arg) {
  half *h = arg;
  h->error = norm_text(&h->out, h->text, h->start, h->end, 0, h->room, &h->err);
  return NULL;
}

/* Appends the second half b to a (both whole, neither editing). */
static int join_halves(cd_norm *a, const cd_norm *b) {
  char *p;
  int error;
  if ((uint64_t)a->len + b->len > UINT32_MAX) return CD_ELIMIT;
  if (!(p = realloc(a->ptr, a->len + b->len + 1))) return CD_ENOMEM; /* in place, mostly: a has the room */
  a->ptr = p;
  memcpy(a->ptr + a->len, b->ptr, b->len + 1);
  for (size_t r = 0; r < b->map.nruns; r++)
    if ((error = push_run(&a->map, a->len + b->map.runs[r].at, b->map.runs[r].orig)) < 0) return error;
  a->len += b->len;
  a->end = b->end;
  return finish_map(&a->map, a->len);
}

/* Are a quarter of the 4 KiB at the middle of p[0, n) bytes from 0x80 up
 * (Chinese, by and large)? */
static int mostly_wide(const char *p, size_t n) {
  size_t k = n < 4096 ? n : 4096, wide = 0;
  const unsigned char *q = (const unsigned char *)p + (n - k) / 2;
  for (size_t i = 0; i < k; i++) wide += q[i] >> 7;
  return 4 * wide >= k;
}

/* Where the halves of text[start, end) part: after the first line break
 * past the middle; 0 for no split (short, or no such break). */
static size_t split_at(const char *text, size_t start, size_t end) {
  const char *nl;
  size_t n = end - start;
  if (n < CD_NORM_SPLIT_MIN && !(n >= CD_NORM_SPLIT_MIN_ZH && mostly_wide(text + start, n))) return 0;
  nl = memchr(text + start + (end - start) / 2, '\n', end - start - (end - start) / 2);
  return nl && (size_t)(nl + 1 - text) < end ? (size_t)(nl + 1 - text) : 0;
}

int cd_norm_text(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err) {
  size_t mid = end <= UINT32_MAX ? split_at(text, start, end) : 0;
  half h[2] = {{{0}, text, start, mid, end - start, 0, {0}}, {{0}, text, mid, end, 0, 0, {0}}};
  int error;
  if (!mid) return norm_text(out, text, start, end, 0, 0, err);
  /* the first half, which stays, on the other thread: the second's text is
   * freed after the join, and glibc keeps a block freed in the arena of
   * the thread that made it; made here, the next allocations reuse it
   * (made there, 16 MB of Chinese peaked 8 MB higher) */
  cd_both(norm_half, &h[1], &h[0]);
  error = h[0].error ? h[0].error : h[1].error;
  if (error) {
    if (err) *err = h[0].error ? h[0].err : h[1].err;
  } else if ((error = join_halves(&h[0].out, &h[1].out)) < 0) {
    cd_error_set(err, error, NULL, 0, 0, -1,
                 error == CD_ENOMEM ? "out of memory" : "normalised text over 4 GiB");
  }
  cd_norm_dispose(&h[1].out);
  if (error) {
    cd_norm_dispose(&h[0].out);
    memset(out, 0, sizeof *out);
    return error;
  }
  *out = h[0].out;
  return 0;
}

int cd_norm_text_dense(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err) {
  return norm_text(out, text, start, end, 1, 0, err);
}

char *cd_norm_string(const char *s) {
  cd_norm n;
  char *r;
  if (cd_norm_text(&n, s, 0, strlen(s), NULL) < 0) return NULL;
  r = n.ptr;
  n.ptr = NULL; /* handed over */
  cd_norm_dispose(&n);
  return r;
}

/* Are the characters of s[0, n) all ones that normalising leaves byte
 * for byte as they are but that A-Z are made lower case (the answer no
 * at the first of those when stop_upper): ASCII;
 * ideographs of U+4000..U+9FFF without a Simplified form; the
 * punctuation of punct_same and ， ；? Each ends the chunk before it
 * (ends_chunk), so that a key of them is one run of same_run, which
 * copy_same writes as lower_ascii would; only a digit gap (gap_at: a
 * space, which case does not move, beside an ideograph) would then be
 * dropped, and one makes the answer no. */
static int key_same(const char *s, size_t n, int stop_upper, unsigned *has_caps) {
  const unsigned char *u = (const unsigned char *)s;
  const char *e = s + n;
  unsigned caps = 0, spaces = 0, han = 0;
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    if (c < 0x80) {
      caps |= c - 'A' < 26u;
      spaces |= c == ' ';
      i++;
    } else if (ideograph_at(s + i, e) && !pair_at(u + i)) {
      han = 1;
      i += 3;
    } else if (kept_comma(u + i, e) || punct_same(u + i, e)) {
      i += 3;
    } else {
      return 0;
    }
    if (caps && stop_upper) return 0;
  }
  if (spaces && han)
    for (const char *sp = s; (sp = memchr(sp, ' ', (size_t)(e - sp))) != NULL; sp++)
      if (gap_at(s, n, (size_t)(sp - s))) return 0;
  *has_caps = caps;
  return 1;
}

int cd_norm_key_is_normal(const char *s, size_t n) {
  unsigned caps;
  return key_same(s, n, 1, &caps);
}

/* Is s[n] all ASCII? *caps set when it holds a capital letter. Eight
 * bytes a step: a byte below 0x80 plus 0x3F reaches the top bit from 'A'
 * on, plus 0x25 from '[' on, and carries into no other byte. */
static int all_ascii(const char *s, size_t n, unsigned *caps) {
  const uint64_t tops = 0x8080808080808080u;
  uint64_t upper = 0;
  size_t i = 0;
  *caps = 0;
  for (; n - i >= 8; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if (w & tops) return 0;
    upper |= (w + 0x3F3F3F3F3F3F3F3Fu) & ~(w + 0x2525252525252525u) & tops;
  }
  for (; i < n; i++) {
    if ((unsigned char)s[i] >= 0x80) return 0;
    upper |= s[i] >= 'A' && s[i] <= 'Z';
  }
  *caps = upper != 0;
  return 1;
}

const char *cd_norm_key_or_same(cd_arena *a, const char *s, size_t n) {
  unsigned caps;
  char *r;
  if (!all_ascii(s, n, &caps) && !key_same(s, n, 0, &caps)) return cd_norm_key(a, s);
  if (!caps) return s;
  if (!(r = cd_arena_alloc(a, n + 1))) return NULL;
  lower_ascii(r, s, n);
  r[n] = '\0';
  return r;
}

char *cd_norm_key(cd_arena *a, const char *s) {
  size_t n = strlen(s);
  char *k, *r;
  unsigned caps;
  if (key_same(s, n, 0, &caps)) { /* what copy_same would write, without the map */
    if (!(r = cd_arena_alloc(a, n + 1))) return NULL;
    lower_ascii(r, s, n);
    r[n] = '\0';
    return r;
  }
  { /* a short key into a buffer on the stack, with no map; a longer one as
     * cd_norm_string does it */
    char buf[KEY_BYTES];
    cd_norm nm;
    writer w = {&nm, KEY_BYTES, 1, 0, 0};
    memset(&nm, 0, sizeof nm);
    nm.ptr = buf;
    if (normalise(&w, s, 0, n, NULL) == 0) return cd_arena_strndup(a, nm.ptr, nm.len);
  }
  if (!(k = cd_norm_string(s))) return NULL;
  r = cd_arena_strndup(a, k, strlen(k));
  free(k);
  return r;
}

size_t cd_norm_find(const cd_norm *n, size_t off) {
  size_t lo = 0, hi = n->len; /* the map rises: the first offset at or past off */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cd_norm_orig(n, mid) < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

void cd_norm_dispose(cd_norm *n) {
  free(n->ptr);
  map_dispose(&n->map);
  map_dispose(&n->old);
  free(n->dense);
  memset(n, 0, sizeof *n);
}
