/* segment.c: sentence boundaries in Chinese and English; see segment.h. */
#include "segment.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

typedef struct {
  cd_sentence *v;
  size_t n, cap;
  const cd_norm *nm;
} sink;

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int add(sink *s, size_t a, size_t b, int para) {
  cd_sentence *x;
  while (a < b && is_space((unsigned char)s->nm->ptr[a])) a++;
  while (b > a && is_space((unsigned char)s->nm->ptr[b - 1])) b--;
  if (a == b) return 0;
  if (cd_array_reserve((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v) < 0) return CD_ENOMEM;
  x = &s->v[s->n++];
  assert(s->nm->map[a] <= s->nm->map[b]); /* the map never goes back (norm.c) */
  x->nspan.start = a;
  x->nspan.end = b;
  x->span.start = s->nm->map[a];
  /* the original end: where the byte after the sentence came from, or the
   * end of the last character's source when it is the text's last byte */
  x->span.end = s->nm->map[b];
  x->lang = cd_lang_guess(s->nm->ptr + a, b - a);
  x->paragraph = para;
  return 0;
}

/* Closing quotes and brackets that belong to the sentence before them. */
static size_t skip_closers(const char *t, size_t i, size_t end) {
  for (;;) {
    if (i < end && (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']')) {
      i++;
      continue;
    }
    /* 」 』 ） 】 》 */
    if (i + 3 <= end && (unsigned char)t[i] == 0xE3 && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0x8D || (unsigned char)t[i + 2] == 0x8F ||
         (unsigned char)t[i + 2] == 0x91 || (unsigned char)t[i + 2] == 0x8B)) {
      i += 3;
      continue;
    }
    return i;
  }
}

/* Does the period at t[dot] end an abbreviation? Tries the keys that end
 * exactly at the period, starting at the last two word starts before it
 * ("u. s." has a space inside). */
static int ends_abbrev(const cd_lexicon *ab, const char *t, size_t from, size_t dot) {
  size_t i = dot, starts = 0;
  if (!ab) return 0;
  while (i > from && starts < 3) {
    i--;
    if (i == from || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '"') {
      size_t l = cd_lexicon_longest_at(ab, t, dot + 1, i);
      if (l == dot + 1 - i) return 1;
      starts++;
    }
    if (dot - i > 24) break;
  }
  return 0;
}

/* Cuts t[a, b) (one run of kept lines) into sentences. Case is folded in
 * the normalised text, so the "next word in lower case" test uses the
 * original bytes through the map. */
static int split_run(sink *s, const char *orig, size_t a, size_t b, int para, const cd_lexicon *ab) {
  const char *t = s->nm->ptr;
  size_t start = a, i = a;
  cd_lang_tally tally = {0, 0}; /* of t[start, i) */
  int error;
  while (i < b) {
    unsigned char c = (unsigned char)t[i];
    size_t k = 1, cut = 0;
    int32_t cp = c;
    if (c >= 0x80) k = (size_t)cd_utf8_next(t + i, t + b, &cp);
    if (cp == 0x3002 || cp == 0xFF1B || cp == '!' || cp == '?') {
      cut = skip_closers(t, i + k, b);
    } else if (cp == '.' &&
               (i + 1 == b || is_space((unsigned char)t[i + 1]) || t[i + 1] == '"' || t[i + 1] == '\'')) {
      size_t after = skip_closers(t, i + 1, b), j = after;
      unsigned char oc;
      while (j < b && is_space((unsigned char)t[j])) j++;
      oc = j < b ? (unsigned char)orig[s->nm->map[j]] : 'A';
      if (!ends_abbrev(ab, t, start, i) && !(oc >= 'a' && oc <= 'z') && !(i > a && t[i - 1] == '.'))
        cut = after;
    } else if (cp == '\n') {
      /* a line break inside a run: Chinese text ends a sentence here;
       * English runs on only when the next line starts in lower case.
       * The sentence's language so far comes from counts kept as we go
       * (rescanning it at every break was quadratic) */
      size_t j = i + 1;
      unsigned char oc;
      while (j < b && is_space((unsigned char)t[j])) j++;
      oc = j < b ? (unsigned char)orig[s->nm->map[j]] : 'A';
      if (!(oc >= 'a' && oc <= 'z') || cd_lang_tally_result(&tally) == CD_LANG_ZH) cut = i + 1;
    }
    if (cut) {
      if ((error = add(s, start, cut, para)) < 0) return error;
      start = i = cut;
      tally.han = tally.latin = 0;
      continue;
    }
    cd_lang_tally_add(&tally, cp);
    i += k;
  }
  return add(s, start, b, para);
}

int cd_segment_split(cd_sentence **out, size_t *n, const char *orig, const cd_norm *nm, const cd_line *lines,
                     size_t nlines, const cd_lexicon *ab, cd_error *err) {
  sink s = {NULL, 0, 0, nm};
  int para = 0, error = 0;
  size_t i = 0;
  *out = NULL;
  *n = 0;
  if (nm->len == 0) return 0;
  while (i < nlines && !error) {
    size_t j = i;
    if (lines[i].dropped || lines[i].nspan.end == lines[i].nspan.start) {
      i++;
      continue;
    }
    /* a run: consecutive kept, non-blank lines */
    while (j + 1 < nlines && !lines[j + 1].dropped && lines[j + 1].nspan.end > lines[j + 1].nspan.start) j++;
    error = split_run(&s, orig, lines[i].nspan.start, lines[j].nspan.end, para++, ab);
    i = j + 1;
  }
  if (error) {
    free(s.v);
    return cd_error_set(err, error, NULL, 0, 0, -1, "out of memory");
  }
  *out = s.v;
  *n = s.n;
  return 0;
}
