/* norm.c: NFKC + case folding with an offset map, see norm.h.
 *
 * The normalisation is done one "chunk" at a time: a starter and the
 * combining marks after it. Traditional characters become Simplified ones
 * (t2s.inc), so that 輝達 and 5.5億 match rules written as 辉达 and 亿. Each chunk is decomposed (compatibility + case
 * fold) with utf8proc_decompose_char, reordered canonically, recomposed with
 * utf8proc_normalize_utf32, and encoded; every output byte maps to the
 * chunk's first original byte. ASCII takes a fast path. */
#include "norm.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "buf.h"
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
 * is found by a binary search without branches on the comparison (a
 * conditional move): this runs for every Chinese character of every
 * document and rule key. */
static int has_pair(utf8proc_int32_t cp) {
  uint32_t d = (uint32_t)cp - T2S_FIRST;
  return cp >= T2S_FIRST && cp <= T2S_LAST && (t2s_bits[d / 64] >> d % 64 & 1);
}

static utf8proc_int32_t simplified(utf8proc_int32_t cp) {
  size_t n = sizeof t2s / sizeof *t2s, i = 0;
  if (!has_pair(cp)) return cp;
  while (n > 1) { /* t2s[i].t <= cp */
    size_t half = n / 2;
    i = t2s[i + half].t <= (uint32_t)cp ? i + half : i;
    n -= half;
  }
  return (utf8proc_int32_t)t2s[i].s; /* the bit says t2s[i].t == cp */
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
 * further back than its run's start), orig plus its distance in. */
static uint32_t map_at(const cd_norm_map *m, const char *t, size_t i) {
  const cd_norm_run *r = &m->runs[run_of(m, i)];
  while (i > r->at && is_continuation(t[i])) i--;
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
  int fixed; /* n's ptr is the caller's, of cap bytes: never grown, and no map is kept */
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

/* ASCII p[0, n) lower-cased into out: eight bytes at a time, where a byte
 * gets 0x20 added when it is 'A'..'Z' (its top bit, clear in ASCII, takes
 * the carries of the two comparisons), then one at a time. */
static void lower_ascii(char *out, const char *p, size_t n) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  size_t i = 0;
  for (uint64_t v; n - i >= 8; i += 8) {
    uint64_t ge_a, gt_z;
    memcpy(&v, p + i, 8);
    ge_a = v + ones * (0x80 - 'A');     /* top bit set where the byte >= 'A' */
    gt_z = v + ones * (0x80 - 'Z' - 1); /* top bit set where the byte > 'Z' */
    v |= (ge_a & ~gt_z & tops) >> 2;    /* 0x80 >> 2 = 0x20 */
    memcpy(out + i, &v, 8);
  }
  for (; i < n; i++) {
    unsigned char a = (unsigned char)p[i];
    out[i] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
  }
}

/* The ASCII fast path: p[0, run) lower-cased, each byte mapped to its own
 * original offset (orig + i). */
static int copy_ascii(writer *w, const char *p, size_t run, uint32_t orig) {
  size_t base;
  int error;
  if ((error = reserve(w, run)) < 0) return error;
  base = w->n->len;
  /* one run holds it all: byte i maps to orig + i */
  if (run && !w->fixed && (error = push_run(&w->n->map, base, orig)) < 0) return error;
  lower_ascii(w->n->ptr + base, p, run);
  if (w->n->dense)
    for (size_t i = 0; i < run; i++) w->n->dense[base + i] = orig + (uint32_t)i;
  w->n->len += run;
  return 0;
}

static int is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

/* Is the 3-byte UTF-8 sequence at p a CJK ideograph (U+4E00..U+9FFF)? */
static int ideograph_at(const char *p) {
  unsigned char a = (unsigned char)p[0];
  return a >= 0xE4 && a <= 0xE9 && ((unsigned char)p[1] & 0xC0) == 0x80 &&
         ((unsigned char)p[2] & 0xC0) == 0x80;
}

/* Is the character at p (before e) an ideograph of U+4000..U+9FFF alone
 * in its chunk: followed by the end, ASCII or another such ideograph, so
 * that no combining mark joins it? Such a character has no decomposition,
 * no case and combining class 0: the chunk code would emit it as it is,
 * but Simplified, mapped to its first byte. */
static int ideograph_alone(const char *p, const char *e) {
  if (e - p < 3 || !ideograph_at(p)) return 0;
  return e - p == 3 || (unsigned char)p[3] < 0x80 || (e - p >= 6 && ideograph_at(p + 3));
}

/* The ideograph at p (ideograph_alone), Simplified, from orig. */
/* The code point of the three-byte character at p. */
static utf8proc_int32_t cp3(const char *p) {
  const unsigned char *u = (const unsigned char *)p;
  return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
}

static int emit_ideograph(writer *w, const char *p, uint32_t orig) {
  utf8proc_uint8_t out[4];
  utf8proc_int32_t cp = cp3(p), s = simplified(cp);
  if (s == cp) return emit(w, p, 3, orig);
  return emit(w, (const char *)out, (size_t)utf8proc_encode_char(s, out), orig);
}

/* From *pp (an ideograph alone: ideograph_alone), the ideographs alone
 * that are already Simplified, copied as one run of the map (each
 * character to its own first byte, as emit would map them one by one);
 * where the first has a Simplified form, it alone, through
 * emit_ideograph. *pp moves past what was emitted. */
static int copy_ideographs(writer *w, const char **pp, const char *e, uint32_t orig) {
  const char *p = *pp, *q = p;
  size_t n, base;
  int error;
  /* as ideograph_alone(q, e) && !has_pair, each ideograph read once (q
   * is one: p is, and the loop moves only onto one) */
  while (!has_pair(cp3(q))) {
    const char *r = q + 3;
    if (r == e || (unsigned char)*r < 0x80) { /* alone, and the run ends */
      q = r;
      break;
    }
    if (e - r < 3 || !ideograph_at(r)) break; /* something else follows: q is not alone */
    q = r;
  }
  if (q == p) {
    *pp = p + 3;
    return emit_ideograph(w, p, orig);
  }
  n = (size_t)(q - p);
  if ((error = reserve(w, n)) < 0) return error;
  base = w->n->len;
  if (!w->fixed && (error = push_run(&w->n->map, base, orig)) < 0) return error;
  memcpy(w->n->ptr + base, p, n);
  if (w->n->dense)
    for (size_t i = 0; i < n; i++) w->n->dense[base + i] = orig + (uint32_t)(i - i % 3);
  w->n->len += n;
  *pp = q;
  return 0;
}

/* Is the character at p CJK punctuation that NFKC, case folding and the
 * Traditional table leave as it is, and that composes with nothing:
 * 、 。 〃 and the brackets 〈 〉 《 》 「 」 『 』 【 】 (U+3001..U+3003,
 * U+3008..U+3011)? Followed by what ideograph_alone allows after an
 * ideograph, it is emitted as it is, as its chunk would be. */
static int punct_alone(const char *p, const char *e) {
  const unsigned char *u = (const unsigned char *)p;
  if (e - p < 3 || u[0] != 0xE3 || u[1] != 0x80 ||
      !((u[2] >= 0x81 && u[2] <= 0x83) || (u[2] >= 0x88 && u[2] <= 0x91)))
    return 0;
  return e - p == 3 || u[3] < 0x80 || (e - p >= 6 && ideograph_at(p + 3));
}

/* Taiwan and Hong Kong outlets put a space between digits and Chinese
 * (2022 年第 1 季, 增長 37%): one space between an ASCII digit and an
 * ideograph, either way round, is dropped, from ptr and map together, so
 * that 2022 年 reads as 2022年. The map still never goes back. The map
 * follows the text only when keep_map (a key's has none). O(len). */
static int digit_gap(const char *t, size_t len, size_t w, size_t r) {
  return w > 0 && r + 1 < len &&
         ((is_ascii_digit(t[w - 1]) && r + 3 < len && ideograph_at(t + r + 1)) ||
          (is_ascii_digit(t[r + 1]) && w >= 3 && ideograph_at(t + w - 3)));
}

static int close_digit_gaps(cd_norm *n, int keep_map) {
  size_t w, r, from = 0; /* from: where the bytes not yet told to the map start */
  const char *sp = n->ptr;
  int error;
  /* nothing moves before the first gap: it is looked for space by space */
  while ((sp = memchr(sp, ' ', n->len - (size_t)(sp - n->ptr))) != NULL &&
         !digit_gap(n->ptr, n->len, (size_t)(sp - n->ptr), (size_t)(sp - n->ptr)))
    sp++;
  if (!sp) return keep_map ? cd_norm_edit_end(n) : 0;
  for (w = r = (size_t)(sp - n->ptr); r < n->len; r++) {
    /* what precedes is the output so far, ptr[0, w); what follows is
     * still unread: the space at r is a gap when a digit and an
     * ideograph stand either side of it */
    if (n->ptr[r] == ' ' && digit_gap(n->ptr, n->len, w, r)) {
      /* the bytes since the last space dropped move back to w, and the
       * map with them (it reads no text: ptr may be moved after it) */
      if (keep_map && (error = cd_norm_edit_move(n, w - (r - from), from, r - from)) < 0) return error;
      from = r + 1;
      continue;
    }
    n->ptr[w++] = n->ptr[r];
  }
  if (keep_map && from > 0 && (error = cd_norm_edit_move(n, w - (n->len - from), from, n->len - from)) < 0)
    return error;
  n->len = w;
  return keep_map ? cd_norm_edit_end(n) : 0;
}

/* The ASCII at p (before e, at least two bytes of it or one before e)
 * that takes the fast path: up to the end, or to the last byte before one
 * that is not ASCII, which may be a mark composing with it. Eight bytes
 * at a time. */
static size_t ascii_run(const char *p, const char *e) {
  const char *q = p;
  for (uint64_t v; e - q >= 8; q += 8) {
    memcpy(&v, q, 8);
    if (v & 0x8080808080808080u) break;
  }
  while (q < e && (unsigned char)*q < 0x80) q++;
  return (size_t)((q < e ? q - 1 : e) - p);
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

  if ((error = reserve(w, end - start)) < 0) return error;
  while (p < e) {
    unsigned char c = (unsigned char)*p;
    uint32_t orig = (uint32_t)(p - text);
    int32_t cp, q = 0;
    int k;
    /* ASCII fast path, a run at a time, unless a combining mark may follow
     * the run's last character and compose with it */
    if (c < 0x80 && (p + 1 == e || (unsigned char)p[1] < 0x80)) {
      const char *q0 = p;
      p += ascii_run(p, e);
      if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0 ||
          (error = copy_ascii(w, q0, (size_t)(p - q0), orig)) < 0)
        return error;
      ncp = 0;
      continue;
    }
    /* CJK fast path: an ideograph alone in its chunk, as the chunk code
     * would emit it (see ideograph_alone) */
    if (ideograph_alone(p, e)) {
      if ((ncp && (error = flush_chunk(w, cps, ncp, chunk_orig)) < 0) ||
          (error = copy_ideographs(w, &p, e, orig)) < 0)
        return error;
      ncp = 0;
      continue;
    }
    /* CJK punctuation: ， and ； kept as they are (keep_as_is), and what
     * punct_alone allows, without decoding */
    if ((c == 0xEF && (unsigned char)p[1] == 0xBC &&
         ((unsigned char)p[2] == 0x8C || (unsigned char)p[2] == 0x9B)) ||
        punct_alone(p, e)) {
      if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0 || (error = emit(w, p, 3, orig)) < 0)
        return error;
      ncp = 0;
      p += 3;
      continue;
    }
    k = cd_utf8_next(p, e, &cp);
    if (keep_as_is(cp) || (q = straight_quote(cp)) != 0) {
      char ch;
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
      (error = close_digit_gaps(out, !w->fixed)) < 0 ||
      (!w->fixed && (error = finish_map(&out->map, out->len)) < 0))
    return error;
  out->ptr[out->len] = '\0';
  out->end = (uint32_t)end;
  if (out->dense) out->dense[out->len] = (uint32_t)end;
  return 0;
}

/* cd_norm_text, the map an entry a byte as well when dense. */
static int norm_text(cd_norm *out, const char *text, size_t start, size_t end, int dense, cd_error *err) {
  writer w = {out, 0, 0};
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

int cd_norm_text(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err) {
  return norm_text(out, text, start, end, 0, err);
}

int cd_norm_text_dense(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err) {
  return norm_text(out, text, start, end, 1, err);
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

char *cd_norm_key(cd_arena *a, const char *s) {
  size_t n = 0;
  char *k, *r;
  while (s[n] && (unsigned char)s[n] < 0x80) n++;
  if (!s[n]) { /* all ASCII: what copy_ascii would write, without the map */
    if (!(r = cd_arena_alloc(a, n + 1))) return NULL;
    lower_ascii(r, s, n);
    r[n] = '\0';
    return r;
  }
  { /* a short key into a buffer on the stack, with no map; a longer one as
     * cd_norm_string does it */
    char buf[KEY_BYTES];
    cd_norm nm;
    writer w = {&nm, KEY_BYTES, 1};
    memset(&nm, 0, sizeof nm);
    nm.ptr = buf;
    if (normalise(&w, s, 0, n + strlen(s + n), NULL) == 0) return cd_arena_strndup(a, nm.ptr, nm.len);
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
