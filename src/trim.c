/* trim.c: boilerplate lines by rule; see trim.h.
 *
 * A line is compared after trimming white space and list bullets, so
 * "  • Al Jazeera" and "Al Jazeera" are one shape. Rules are tried in file
 * order; the first that matches decides the action, except that a
 * strip-prefix rule cuts its dateline off and lets the later rules judge
 * the rest. */
#include "trim.h"

#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "utf8.h"

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* Trims spaces and leading bullets ("-", "*", "•", "·"). */
static void trim_line(const char *p, size_t len, size_t *s, size_t *e) {
  size_t a = 0, b = len;
  for (;;) {
    while (a < b && is_space((unsigned char)p[a])) a++;
    if (a < b && (p[a] == '-' || p[a] == '*') && a + 1 < b && p[a + 1] == ' ') {
      a++;
      continue;
    }
    if (b - a >= 3 && (memcmp(p + a, "\xE2\x80\xA2", 3) == 0 || /* • */
                       memcmp(p + a, "\xC2\xB7", 2) == 0)) {    /* · */
      a += (unsigned char)p[a] == 0xE2 ? 3 : 2;
      continue;
    }
    break;
  }
  while (b > a && is_space((unsigned char)p[b - 1])) b--;
  *s = a;
  *e = b;
}

/* Words of a line: runs of non-space; each two Han characters count as one
 * word, so a short Chinese headline is not mistaken for a fragment. The
 * count stops once it passes limit (the caller's question is answered);
 * *has_final_punct is then of the part read. */
static int count_words(const char *p, size_t len, int limit, int *has_final_punct) {
  int words = 0, han = 0, inword = 0;
  const char *e = p + len, *q = p;
  *has_final_punct = 0;
  while (q < e && words + (han + 1) / 2 <= limit) {
    int32_t cp;
    int k = cd_utf8_next(q, e, &cp);
    if (cp == ' ' || cp == '\t') {
      inword = 0;
    } else if (cd_is_han(cp)) {
      han++;
      inword = 0;
    } else if (!inword) {
      inword = 1;
      words++;
    }
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF1B) *has_final_punct = 1;
    q += k;
  }
  return words + (han + 1) / 2;
}

/* The bytes a strip-prefix rule cuts off the line p[0, len): its leading
 * space and bullets, the match (which must start there) and the space
 * after it; 0 when there is no match. */
static size_t prefix_len(const cd_bp_rule *r, cd_pattern_work *w, const char *p, size_t len) {
  size_t s, e;
  long eo;
  trim_line(p, len, &s, &e);
  if (e == s || (eo = cd_pattern_prefix(r->pattern, w, p + s, e - s)) <= 0) return 0;
  s += (size_t)eo;
  while (s < len && is_space((unsigned char)p[s])) s++;
  return s;
}

static int line_matches(const cd_bp_rule *r, cd_pattern_work *w, const char *text, size_t len) {
  size_t s, e;
  const char *p;
  trim_line(text, len, &s, &e);
  p = text + s;
  len = e - s;
  if (len == 0) return 0;
  for (size_t i = 0; i < r->nlines; i++) {
    size_t l = strlen(r->lines[i]), n = len;
    while (n > l && strchr(":.!", p[n - 1])) /* "Comments:" is "comments" */
      n--;
    if (n == l && memcmp(p, r->lines[i], l) == 0) return 1;
  }
  for (size_t i = 0; i < r->nprefixes; i++) {
    size_t l = strlen(r->prefixes[i]);
    if (len >= l && memcmp(p, r->prefixes[i], l) == 0) return 1;
  }
  for (size_t j = 0; j < len && r->ncontains; j++) { /* the words that start with this byte */
    unsigned char c = (unsigned char)p[j];
    for (size_t i = r->contains_from[c]; i < r->contains_from[c + 1]; i++) {
      const char *word = r->contains[i];
      size_t l;
      if (word[1] && (j + 1 >= len || word[1] != p[j + 1])) continue; /* the second byte first */
      l = strlen(word);
      if (l <= len - j && memcmp(p + j, word, l) == 0) return 1;
    }
  }
  if (r->max_words) {
    int punct, words = count_words(p, len, r->max_words, &punct);
    if (words <= r->max_words && !punct) return 1;
  }
  if (r->pattern) {
    if (r->action == CD_BP_STRIP_PREFIX) return cd_pattern_prefix(r->pattern, w, p, len) > 0;
    return cd_pattern_search(r->pattern, w, p, len) == 1;
  }
  return 0;
}

int cd_trim_line_matches(const cd_bp_rule *r, const char *text, size_t len) {
  cd_pattern_work *w = cd_pattern_work_new();
  int hit = w && line_matches(r, w, text, len);
  cd_pattern_work_free(w);
  return hit;
}

/* Does the line p[0, len) end a sentence: its last mark, before closing
 * quotes and brackets, is sentence punctuation or a colon (a colon opens
 * a list, which is content)? */
static int ends_sentence(const char *p, size_t len) {
  size_t s, e;
  trim_line(p, len, &s, &e);
  while (e > s) {
    unsigned char c = (unsigned char)p[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      e--;
    } else if (e - s >= 3 && (memcmp(p + e - 3, "\xE3\x80\x8D", 3) == 0 ||  /* 」 */
                              memcmp(p + e - 3, "\xE3\x80\x8F", 3) == 0 ||  /* 』 */
                              memcmp(p + e - 3, "\xE3\x80\x91", 3) == 0)) { /* 】 */
      e -= 3;
    } else {
      break;
    }
  }
  if (e == s) return 0;
  if (strchr(".!?;:", p[e - 1])) return 1;
  return e - s >= 3 && (memcmp(p + e - 3, "\xE3\x80\x82", 3) == 0 || /* 。 */
                        memcmp(p + e - 3, "\xEF\xBC\x9B", 3) == 0);  /* ； */
}

/* Does line k begin in lower case in the original (a wrap's run-on)? */
static int starts_lower(const cd_norm *nm, const char *orig, const cd_line *ln) {
  size_t s, e;
  unsigned char c;
  if (!orig) return 0;
  trim_line(nm->ptr + ln->nspan.start, ln->nspan.end - ln->nspan.start, &s, &e);
  if (e == s) return 0;
  c = (unsigned char)orig[cd_norm_orig(nm, ln->nspan.start + s)];
  return c >= 'a' && c <= 'z';
}

/* Is line k shaped as a linked headline: kept, three words or more, no
 * bullet, no sentence punctuation at its end, and neither it nor the line
 * after it begins in lower case (which would make it a wrapped line)? */
static int headline_shaped(const cd_norm *nm, const char *orig, const cd_line *lines, size_t n, size_t k) {
  const char *p = nm->ptr + lines[k].nspan.start;
  size_t len = lines[k].nspan.end - lines[k].nspan.start, i = 0;
  int punct;
  if (lines[k].dropped) return 0;
  while (i < len && is_space((unsigned char)p[i])) i++;
  if (i == len || p[i] == '-' || p[i] == '*' || (len - i >= 2 && memcmp(p + i, "\xC2\xB7", 2) == 0) ||
      (len - i >= 3 && memcmp(p + i, "\xE2\x80\xA2", 3) == 0))
    return 0;
  if (ends_sentence(p, len) || count_words(p + i, len - i, 2, &punct) < 3) return 0;
  return !starts_lower(nm, orig, &lines[k]) && !(k + 1 < n && starts_lower(nm, orig, &lines[k + 1]));
}

/* Does the line end in a colon, opening a list? */
static int opens_list(const cd_norm *nm, const cd_line *ln) {
  size_t s, e;
  trim_line(nm->ptr + ln->nspan.start, ln->nspan.end - ln->nspan.start, &s, &e);
  return e > s && nm->ptr[ln->nspan.start + e - 1] == ':';
}

/* Drops, for rule r, each run of at least bp->headline_run adjacent
 * headline-shaped lines that comes after a kept line ending a sentence
 * (the article has begun) and does not follow a line ending in a colon (a
 * list the article introduces). A page's "Most read" or "More from" block
 * is such a run; a lone headline is not. One pass over the lines. */
static void drop_headline_runs(cd_line *lines, size_t n, const cd_norm *nm, const char *orig,
                               const cd_bp_rule *bp, int r) {
  int begun = 0;
  for (size_t k = 0; k < n;) {
    size_t j = k;
    while (j < n && headline_shaped(nm, orig, lines, n, j)) j++;
    if (j == k) {
      if (!lines[k].dropped &&
          ends_sentence(nm->ptr + lines[k].nspan.start, lines[k].nspan.end - lines[k].nspan.start))
        begun = 1;
      k++;
      continue;
    }
    if (begun && j - k >= (size_t)bp->headline_run &&
        !(k > 0 && !lines[k - 1].dropped && opens_list(nm, &lines[k - 1])))
      for (size_t i = k; i < j; i++) {
        lines[i].dropped = 1;
        lines[i].rule = r;
      }
    k = j;
  }
}

/* Is line k's trimmed text the same as an earlier non-empty line's? */
static int repeats(const cd_norm *nm, const cd_line *lines, size_t k) {
  size_t s, e;
  trim_line(nm->ptr + lines[k].nspan.start, lines[k].nspan.end - lines[k].nspan.start, &s, &e);
  if (e == s) return 0;
  for (size_t i = k; i-- > 0 && k - i <= 8;) { /* headlines repeat nearby */
    size_t s2, e2;
    trim_line(nm->ptr + lines[i].nspan.start, lines[i].nspan.end - lines[i].nspan.start, &s2, &e2);
    if (e2 - s2 == e - s &&
        memcmp(nm->ptr + lines[i].nspan.start + s2, nm->ptr + lines[k].nspan.start + s, e - s) == 0)
      return 1;
  }
  return 0;
}

int cd_trim_lines(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                  size_t nbp, cd_error *err) {
  size_t count = 1, k = 0, start = 0;
  cd_line *lines;
  int rest = -1;
  cd_pattern_work *w = cd_pattern_work_new();
  for (size_t i = 0; i < nm->len; i++) count += nm->ptr[i] == '\n';
  if (!w || !(lines = malloc(count * sizeof *lines))) {
    cd_pattern_work_free(w);
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  for (size_t i = 0; i <= nm->len; i++) {
    if (i < nm->len && nm->ptr[i] != '\n') continue;
    lines[k].nspan.start = start;
    lines[k].nspan.end = i;
    lines[k].dropped = 0;
    lines[k].rule = -1;
    if (rest >= 0) {
      lines[k].dropped = 1;
      lines[k].rule = rest;
    } else {
      for (size_t r = 0; r < nbp; r++) {
        const cd_bp_rule *b = &bp[r];
        cd_nspan *ln = &lines[k].nspan;
        int hit;
        if (b->headline_run) continue; /* judged on the whole page, below */
        if (b->action == CD_BP_STRIP_PREFIX) {
          /* a dateline: cut it off and try the later rules on the rest; a
           * line that was only a dateline is dropped whole */
          size_t cut = prefix_len(b, w, nm->ptr + ln->start, ln->end - ln->start);
          if (!cut) continue;
          lines[k].rule = (int)r;
          if (ln->start + cut < ln->end) {
            ln->start += cut;
            continue;
          }
          lines[k].dropped = 1;
          break;
        }
        hit = line_matches(b, w, nm->ptr + ln->start, ln->end - ln->start) ||
              (b->repeated && repeats(nm, lines, k));
        if (!hit) continue;
        lines[k].dropped = 1;
        lines[k].rule = (int)r;
        if (b->action == CD_BP_DROP_REST) rest = (int)r;
        break;
      }
    }
    k++;
    start = i + 1;
  }
  for (size_t r = 0; r < nbp; r++)
    if (bp[r].headline_run) drop_headline_runs(lines, k, nm, orig, &bp[r], (int)r);
  cd_pattern_work_free(w);
  *out = lines;
  *n = k;
  return 0;
}
