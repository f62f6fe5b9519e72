/* norm.c: NFKC + case folding with an offset map, see norm.h.
 *
 * The normalisation is done one "chunk" at a time: a starter and the
 * combining marks after it. Traditional characters become Simplified ones
 * (t2s.inc), so that 輝達 and 5.5億 match rules written as 辉达 and 亿. Each chunk is decomposed (compatibility + case
 * fold) with utf8proc_decompose_char, reordered canonically, recomposed with
 * utf8proc_normalize_utf32, and encoded; every output byte maps to the
 * chunk's first original byte. ASCII takes a fast path. */
#include "norm.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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

/* A binary search written out (no comparison callback): it runs for every
 * Chinese character of every document and rule key. */
static utf8proc_int32_t simplified(utf8proc_int32_t cp) {
  size_t lo = 0, hi = sizeof t2s / sizeof *t2s;
  if (cp < 0x3400 || cp > 0xFAFF) return cp;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t2s[mid].t < (uint32_t)cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sizeof t2s / sizeof *t2s && t2s[lo].t == (uint32_t)cp ? (utf8proc_int32_t)t2s[lo].s : cp;
}

typedef struct {
  cd_norm *n;
  size_t cap;
  int fixed; /* n's ptr and map are the caller's, of cap entries: never grown */
} writer;

static int reserve(writer *w, size_t extra) {
  if (w->n->len + extra + 1 > w->cap) {
    size_t cap = w->cap ? w->cap : 256;
    if (w->fixed) return CD_ELIMIT; /* the caller falls back to a writer that grows */
    char *p;
    uint32_t *m;
    while (cap < w->n->len + extra + 1) cap += cap / 2;
    if (!(p = realloc(w->n->ptr, cap))) return CD_ENOMEM;
    w->n->ptr = p;
    if (!(m = realloc(w->n->map, cap * sizeof *m))) return CD_ENOMEM;
    w->n->map = m;
    w->cap = cap;
  }
  return 0;
}

static int emit(writer *w, const char *p, size_t k, uint32_t orig) {
  int error;
  if ((error = reserve(w, k)) < 0) return error;
  memcpy(w->n->ptr + w->n->len, p, k);
  for (size_t i = 0; i < k; i++) w->n->map[w->n->len + i] = orig;
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

/* The ASCII fast path: p[0, run) lower-cased, each byte mapped to its own
 * original offset (orig + i). */
static int copy_ascii(writer *w, const char *p, size_t run, uint32_t orig) {
  size_t base;
  int error;
  if ((error = reserve(w, run)) < 0) return error;
  base = w->n->len;
  for (size_t i = 0; i < run; i++) {
    unsigned char a = (unsigned char)p[i];
    w->n->ptr[base + i] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
    w->n->map[base + i] = orig + (uint32_t)i;
  }
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

/* Taiwan and Hong Kong outlets put a space between digits and Chinese
 * (2022 年第 1 季, 增長 37%): one space between an ASCII digit and an
 * ideograph, either way round, is dropped, from ptr and map together, so
 * that 2022 年 reads as 2022年. The map still never goes back. O(len). */
static void close_digit_gaps(cd_norm *n) {
  size_t w = 0;
  for (size_t r = 0; r < n->len; r++) {
    /* what precedes is the output so far, ptr[0, w); what follows is
     * still unread */
    if (n->ptr[r] == ' ' && w > 0 && r + 1 < n->len &&
        ((is_ascii_digit(n->ptr[w - 1]) && r + 3 < n->len && ideograph_at(n->ptr + r + 1)) ||
         (is_ascii_digit(n->ptr[r + 1]) && w >= 3 && ideograph_at(n->ptr + w - 3))))
      continue;
    n->ptr[w] = n->ptr[r];
    n->map[w++] = n->map[r];
  }
  n->len = w;
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
      while (p < e && (unsigned char)*p < 0x80 && (p + 1 == e || (unsigned char)p[1] < 0x80)) p++;
      if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0 ||
          (error = copy_ascii(w, q0, (size_t)(p - q0), orig)) < 0)
        return error;
      ncp = 0;
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
  if ((error = flush_chunk(w, cps, ncp, chunk_orig)) < 0 || (error = reserve(w, 0)) < 0) return error;
  close_digit_gaps(out);
  out->ptr[out->len] = '\0';
  out->map[out->len] = (uint32_t)end;
  return 0;
}

int cd_norm_text(cd_norm *out, const char *text, size_t start, size_t end, cd_error *err) {
  writer w = {out, 0, 0};
  int error;
  memset(out, 0, sizeof *out);
  if (end > UINT32_MAX) return cd_error_set(err, CD_ELIMIT, NULL, 0, 0, -1, "text over 4 GiB");
  if ((error = normalise(&w, text, start, end, err)) < 0) {
    cd_norm_dispose(out);
    if (error == CD_ENOMEM) cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  return error;
}

char *cd_norm_string(const char *s) {
  cd_norm n;
  char *r;
  if (cd_norm_text(&n, s, 0, strlen(s), NULL) < 0) return NULL;
  r = n.ptr;
  free(n.map);
  return r;
}

char *cd_norm_key(cd_arena *a, const char *s) {
  size_t n = 0;
  char *k, *r;
  while (s[n] && (unsigned char)s[n] < 0x80) n++;
  if (!s[n]) { /* all ASCII: what copy_ascii would write, without the map */
    if (!(r = cd_arena_alloc(a, n + 1))) return NULL;
    for (size_t i = 0; i < n; i++) r[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    r[n] = '\0';
    return r;
  }
  { /* a short key into buffers on the stack; a longer one as cd_norm_string does it */
    char buf[KEY_BYTES];
    uint32_t map[KEY_BYTES];
    cd_norm nm = {buf, 0, map};
    writer w = {&nm, KEY_BYTES, 1};
    if (normalise(&w, s, 0, n + strlen(s + n), NULL) == 0) return cd_arena_strndup(a, nm.ptr, nm.len);
  }
  if (!(k = cd_norm_string(s))) return NULL;
  r = cd_arena_strndup(a, k, strlen(k));
  free(k);
  return r;
}

static int map_below(const void *element, const void *key) {
  return *(const uint32_t *)element < *(const size_t *)key;
}

size_t cd_norm_find(const cd_norm *n, size_t off) {
  return cd_lower_bound(n->map, n->len, sizeof *n->map, &off, map_below);
}

void cd_norm_dispose(cd_norm *n) {
  free(n->ptr);
  free(n->map);
  n->ptr = NULL;
  n->map = NULL;
  n->len = 0;
}
