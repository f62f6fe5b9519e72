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

/* Display width of t[a, e): a Han or full-width character counts 2, any
 * other character 1 (enough to compare lines of one text). */
static size_t width(const char *t, size_t a, size_t e) {
  size_t w = 0;
  while (a < e) {
    int32_t cp;
    a += (size_t)cd_utf8_next(t + a, t + e, &cp);
    w += cd_is_han(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF01 && cp <= 0xFF60) ? 2 : 1;
  }
  return w;
}

/* The widest line of t[a, b), in display columns. */
static size_t widest_line(const char *t, size_t a, size_t b) {
  size_t w = 0, s = a;
  for (size_t i = a; i <= b; i++)
    if (i == b || t[i] == '\n') {
      size_t x = width(t, s, i);
      if (x > w) w = x;
      s = i + 1;
    }
  return w;
}

/* Does a list item start at t[j]? A bullet (- * • · ● ■ ▪), a circled
 * number, "1." "1、" "1)" "(1)", or a Chinese numeral with 、 ("一、"). */
static int list_item_at(const char *t, size_t j, size_t b) {
  static const int32_t bullets[] = {'-', '*', 0x2022, 0xB7, 0x25CF, 0x25A0, 0x25AA, 0x25C6, 0};
  static const char numerals[] = "\xE4\xB8\x80\xE4\xBA\x8C\xE4\xB8\x89\xE5\x9B\x9B\xE4\xBA\x94"
                                 "\xE5\x85\xAD\xE4\xB8\x83\xE5\x85\xAB\xE4\xB9\x9D\xE5\x8D\x81"; /* 一..十 */
  int32_t cp;
  size_t k, d = j;
  if (j >= b) return 0;
  k = (size_t)cd_utf8_next(t + j, t + b, &cp);
  for (int i = 0; bullets[i]; i++)
    if (cp == bullets[i]) return 1;
  if (cp >= 0x2460 && cp <= 0x249B) return 1; /* ① .. ⒛ */
  if (cp == '(') d++;
  if (d < b && t[d] >= '0' && t[d] <= '9') {
    while (d < b && t[d] >= '0' && t[d] <= '9') d++;
    if (d >= b) return 0;
    return t[d] == ')' ||
           (t[j] != '(' && t[d] == '.' && !(d + 1 < b && t[d + 1] >= '0' && t[d + 1] <= '9')) ||
           (d + 3 <= b && !memcmp(t + d, "\xE3\x80\x81", 3));
  }
  for (size_t m = 0; m + 3 <= sizeof numerals - 1; m += 3)
    if (k == 3 && !memcmp(t + j, numerals + m, 3))
      return j + 6 <= b && !memcmp(t + j + 3, "\xE3\x80\x81", 3); /* 、 */
  return 0;
}

/* Does the Chinese line t[ls, nl) (nl its '\n') run on into the next line
 * of its run? It does when it ends no sentence (its last character, before
 * closing quotes, is not one of 。!?；. ...) and the next line is neither a
 * list item nor English, and the line is a wrap: it ends in ， or 、, or it
 * is as wide as the run's widest line less a fifth (a headline or a short
 * label above a paragraph is narrower than the paragraph's lines). */
static int zh_runs_on(const char *t, size_t ls, size_t nl, size_t b, size_t widest) {
  size_t e = nl, j = nl + 1, ne = nl + 1;
  while (e > ls && is_space((unsigned char)t[e - 1])) e--;
  while (e > ls && strchr("\"')]", t[e - 1])) e--;
  while (e >= ls + 3 && (unsigned char)t[e - 3] == 0xE3 && (unsigned char)t[e - 2] == 0x80 &&
         strchr("\x8D\x8F\x91\x8B", t[e - 1])) /* 」 』 】 》 */
    e -= 3;
  if (e == ls || strchr(".!?", t[e - 1])) return 0;
  if (e >= ls + 3 && (!memcmp(t + e - 3, "\xE3\x80\x82", 3) || !memcmp(t + e - 3, "\xEF\xBC\x9B", 3)))
    return 0; /* 。 ； */
  /* the next line is t[nl + 1, ne); one of spaces only is a paragraph
   * break, never a wrap */
  while (ne < b && t[ne] != '\n') ne++;
  while (j < ne && is_space((unsigned char)t[j])) j++;
  if (j >= ne || list_item_at(t, j, ne) || cd_lang_guess(t + j, ne - j) != CD_LANG_ZH) return 0;
  if (e >= ls + 3 && (!memcmp(t + e - 3, "\xEF\xBC\x8C", 3) || !memcmp(t + e - 3, "\xE3\x80\x81", 3)))
    return 1; /* ， 、 */
  return width(t, ls, e) * 5 >= widest * 4;
}

/* Cuts t[a, b) (one run of kept lines) into sentences. Case is folded in
 * the normalised text, so the "next word in lower case" test uses the
 * original bytes through the map. */
static int split_run(sink *s, const char *orig, size_t a, size_t b, int para, const cd_lexicon *ab) {
  const char *t = s->nm->ptr;
  size_t start = a, i = a, ls = a, widest = widest_line(t, a, b);
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
      /* a line break inside a run: Chinese text runs on when the line is
       * a wrap (zh_runs_on); English when the next line starts in lower
       * case. The sentence's language so far comes from counts kept as we
       * go (rescanning it at every break was quadratic) */
      size_t j = i + 1;
      unsigned char oc;
      while (j < b && is_space((unsigned char)t[j])) j++;
      oc = j < b ? (unsigned char)orig[s->nm->map[j]] : 'A';
      if (cd_lang_tally_result(&tally) == CD_LANG_ZH ? !zh_runs_on(t, ls, i, b, widest)
                                                     : !(oc >= 'a' && oc <= 'z'))
        cut = i + 1;
      ls = i + 1;
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
