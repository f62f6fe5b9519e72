/* utf8.c: see utf8.h. */
#include "utf8.h"

#include <string.h>

int cd_utf8_next(const char *s, const char *end, int32_t *cp) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned c = p[0];
  int n, i;
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n == 1 || end - s < n) { /* not reached on validated text */
    *cp = 0xFFFD;
    return 1;
  }
  *cp = (int32_t)(c & (0x7F >> n));
  for (i = 1; i < n; i++) *cp = (*cp << 6) | (p[i] & 0x3F);
  return n;
}

/* Is any of the eight bytes of w zero, or over 0x7F? (A zero byte is one
 * whose subtraction borrows while its top bit is clear.) */
static int not_plain_ascii(uint64_t w) {
  return (w & 0x8080808080808080u) || cd_zero_bytes8(w);
}

/* The length of the valid UTF-8 sequence that starts with the byte over
 * 0x7F at p (avail bytes readable), or 0: no overlong form, surrogate or
 * code point over U+10FFFF. Most Chinese takes the first test: a lead of
 * E1..EC or EE..EF cannot make any of those. */
static size_t sequence(const unsigned char *p, size_t avail) {
  unsigned c = p[0], cp, min;
  size_t k;
  if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && avail > 2 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80)
    return 3;
  if (c >= 0xC2 && c <= 0xDF) {
    k = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    k = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    k = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (avail <= k) return 0;
  for (size_t j = 1; j <= k; j++) {
    if ((p[j] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[j] & 0x3F);
  }
  return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : k + 1;
}

size_t cd_utf8_check(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    size_t k;
    if (p[i] == 0) return i;
    if (p[i] < 0x80) { /* ASCII: then eight bytes with no NUL at a time */
      for (i++; n - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (not_plain_ascii(w)) break;
      }
      continue;
    }
    if ((k = sequence(p + i, n - i)) == 0) return i;
    i += k;
  }
  return i;
}

cd_lang cd_lang_tally_result(const cd_lang_tally *t) {
  return t->han > 0 && t->han * 4 >= t->latin ? CD_LANG_ZH : CD_LANG_EN;
}

cd_lang cd_lang_guess(const char *text, size_t len) {
  cd_lang_tally t = {0, 0};
  const char *p = text, *e = text + len;
  while (p < e) {
    int32_t cp;
    unsigned char c = (unsigned char)*p;
    uint64_t v;
    if (e - p >= 8 && (memcpy(&v, p, 8), !(v & 0x8080808080808080u))) { /* eight ASCII bytes */
      t.latin += cd_ascii_letters8(v);
      p += 8;
      continue;
    }
    if (c < 0x80) { /* ASCII, most of English: no decoding */
      t.latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      p++;
      continue;
    }
    p += cd_utf8_next(p, e, &cp);
    cd_lang_tally_add(&t, cp);
  }
  return cd_lang_tally_result(&t);
}

const char *cd_lang_name(cd_lang lang) {
  return lang == CD_LANG_ZH ? "zh" : "en";
}

size_t cd_lower_bound(const void *base, size_t n, size_t size, const void *key,
                      int (*below)(const void *element, const void *key)) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (below((const char *)base + mid * size, key))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int cd_title_marks_only(const char *text, size_t a, size_t b) {
  static const char *const marks[] = {"\xe3\x80\x8a", "\xe3\x80\x8c", "\xe2\x80\x9c", "\"",
                                      " "}; /* 《 「 “ */
  if (b < a || b - a > 6) return 0;
  while (a < b) {
    size_t k = 0;
    while (k < sizeof marks / sizeof *marks &&
           (strlen(marks[k]) > b - a || memcmp(text + a, marks[k], strlen(marks[k]))))
      k++;
    if (k == sizeof marks / sizeof *marks) return 0;
    a += strlen(marks[k]);
  }
  return 1;
}
