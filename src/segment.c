/* segment.c: sentence boundaries in Chinese and English; see segment.h. */
#include "segment.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "buf.h"
#include "utf8.h"

typedef struct {
  cd_sentence *v;
  size_t n, cap;
  cd_norm *nm;
  size_t *cuts, ncuts, capcuts; /* where the run's sentences end (split_run) */
  unsigned char *zh;            /* zh[k]: the sentence that ends at cuts[k] is Chinese */
  size_t capzh;
  size_t *joins, njoins, capjoins; /* the '\n' of each wrap joined in the run */
} sink;

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The text is case-folded: a Latin letter is a lower-case one. */
static int is_ascii_letter(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

static int add(sink *s, size_t a, size_t b, int para, cd_lang lang) {
  cd_sentence *x;
  while (a < b && is_space((unsigned char)s->nm->ptr[a])) a++;
  while (b > a && is_space((unsigned char)s->nm->ptr[b - 1])) b--;
  if (a == b) return 0;
  if (s->n == s->cap && cd_array_reserve((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v) < 0)
    return CD_ENOMEM;
  x = &s->v[s->n++];
  x->nspan.start = (uint32_t)a; /* under 4 GiB: norm.h */
  x->nspan.end = (uint32_t)b;
  x->span.start = cd_norm_orig(s->nm, a);
  /* the original end: where the byte after the sentence came from, or the
   * end of the last character's source when it is the text's last byte */
  x->span.end = cd_norm_orig(s->nm, b);
  assert(x->span.start <= x->span.end); /* the map never goes back (norm.c) */
  x->lang = lang;                       /* cd_lang_guess of t[a, b), counted as split_run read it */
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

/* 1 for the bytes after which a word starts: ' ' ( " */
static const unsigned char before_word[256] = {[' '] = 1, ['('] = 1, ['"'] = 1};

#if defined(__SSE2__)
/* The bytes of v in before_word, a bit a byte. */
static unsigned word_breaks16(__m128i v) {
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(
      _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')), _mm_cmpeq_epi8(v, _mm_set1_epi8('"')))));
}
#endif

/* Does the period at t[dot] end an abbreviation? Tries the keys that end
 * exactly at the period, starting at the last three word starts before
 * it ("u. s." has a space inside) within 25 bytes. */
static int ends_abbrev(const cd_lexicon *ab, const char *t, size_t from, size_t dot) {
  size_t floor = dot - from > 25 ? dot - 25 : from, starts = 0;
  if (!ab) return 0;
#if defined(__SSE2__)
  /* the 32 bytes before the period at once (floor is at most 25 back):
     a bit for each byte of t[floor, dot - 1) a word starts after, the
     nearest tried first; floor itself last, as the loop below reaches it */
  if (dot >= 32) {
    size_t low = floor + 32 - dot; /* floor's bit: 7 or more */
    __m128i lo, hi;
    uint32_t m;
    memcpy(&lo, t + dot - 32, 16);
    memcpy(&hi, t + dot - 16, 16);
    m = (uint32_t)word_breaks16(lo) | (uint32_t)word_breaks16(hi) << 16;
    m = low < 31 ? m & (((uint32_t)1 << 31) - ((uint32_t)1 << low)) : 0; /* bits low .. 30 */
    for (; m && starts < 3; starts++) {
      unsigned bit = 31 - (unsigned)__builtin_clz(m); /* a word starts at dot - 31 + bit */
      m &= ~((uint32_t)1 << bit);
      if (cd_lexicon_longest_at(ab, t, dot + 1, dot - 31 + bit) == 32 - bit) return 1;
    }
    return starts < 3 && floor < dot && (floor == from || before_word[(unsigned char)t[floor - 1]]) &&
           cd_lexicon_longest_at(ab, t, dot + 1, floor) == dot + 1 - floor;
  }
#endif
  for (size_t i = dot; i > floor && starts < 3;) {
    i--;
    /* back to the word's start, or to floor (from <= floor: no test of
       from on the way) */
    while (i > floor && !before_word[(unsigned char)t[i - 1]]) i--;
    if (i == from || before_word[(unsigned char)t[i - 1]]) {
      if (cd_lexicon_longest_at(ab, t, dot + 1, i) == dot + 1 - i) return 1;
      starts++;
    }
  }
  return 0;
}

/* Is the period at t[dot] two sentences glued by a lost space
 * ("...American concerns.According to AFP, the May truce...", a copy
 * whose paragraphs were run together): a lower-case word of three
 * letters or more before it, a capital and a lower-case letter after it
 * in the original? Not an initialism (U.S.Treasury: a capital before)
 * nor a domain (Amazon.com: lower case after), nor "Mr.Smith" (two
 * letters). orig is the original text, nm its map. */
static int glued_sentences(const cd_norm *nm, const char *orig, const char *t, size_t from, size_t dot,
                           size_t b) {
  unsigned char p, n1, n2;
  if (dot < from + 3 || dot + 2 >= b) return 0;
  for (size_t k = dot - 3; k < dot; k++)
    if (!is_ascii_letter((unsigned char)t[k])) return 0;
  p = (unsigned char)orig[cd_norm_orig(nm, dot - 1)];
  n1 = (unsigned char)orig[cd_norm_orig(nm, dot + 1)];
  n2 = (unsigned char)orig[cd_norm_orig(nm, dot + 2)];
  return p >= 'a' && p <= 'z' && n1 >= 'A' && n1 <= 'Z' && n2 >= 'a' && n2 <= 'z';
}

/* Display width of t[a, e): a Han or full-width character counts 2, any
 * other character 1 (enough to compare lines of one text). */
static size_t width(const char *t, size_t a, size_t e) {
  size_t w = 0;
  while (a < e) {
    int32_t cp;
    if ((unsigned char)t[a] < 0x80) { /* ASCII: one column, no decoding */
      a++, w++;
      continue;
    }
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

/* The end of the line t[ls, nl) without its trailing spaces and the
 * closing quotes and brackets after its last word. */
static size_t content_end(const char *t, size_t ls, size_t nl) {
  size_t e = nl;
  while (e > ls && is_space((unsigned char)t[e - 1])) e--;
  while (e > ls && strchr("\"')]", t[e - 1])) e--;
  while (e >= ls + 3 && (unsigned char)t[e - 3] == 0xE3 && (unsigned char)t[e - 2] == 0x80 &&
         strchr("\x8D\x8F\x91\x8B", t[e - 1])) /* 」 』 】 》 */
    e -= 3;
  return e;
}

/* Does the content t[ls, e) end a sentence (. ! ? 。 ；)? */
static int ends_sentence(const char *t, size_t ls, size_t e) {
  if (e > ls && strchr(".!?", t[e - 1])) return 1;
  return e >= ls + 3 && (!memcmp(t + e - 3, "\xE3\x80\x82", 3) || !memcmp(t + e - 3, "\xEF\xBC\x9B", 3));
}

/* The code point that ends at t[e], e > a. */
static int32_t cp_before(const char *t, size_t a, size_t e) {
  size_t k = e - 1;
  int32_t cp;
  while (k > a && ((unsigned char)t[k] & 0xC0) == 0x80) k--;
  cd_utf8_next(t + k, t + e, &cp);
  return cp;
}

/* Does t[ls, e) end in a word that leaves its phrase open: 的 before its
 * noun, 将 and 或 before their verb, 于, 把 and 被 before their object, 及,
 * 而 and 且 between two parts? A headline does not end so; a line cut by
 * a wrap may, however short it is. */
static int ends_open(const char *t, size_t ls, size_t e) {
  static const int32_t open[] = {0x7684, 0x5C06, 0x6216, 0x4E8E, 0x628A, 0x88AB, 0x53CA, 0x800C, 0x4E14, 0};
  int32_t cp = e > ls ? cp_before(t, ls, e) : 0;
  for (int i = 0; open[i]; i++)
    if (cp == open[i]) return 1;
  return 0;
}

/* Does the Chinese line t[ls, nl) (nl its '\n') run on into the next line
 * of its run (which ends at b, the run's widest line being widest
 * columns)? Not when it ends a sentence (its last character, before
 * closing quotes, is one of 。!?；. ...), nor when the next line is a list
 * item or English. Then it does when it ends in ， or 、 or in an open word
 * (ends_open), or is as wide as the widest line less a fifth: a wrap. A
 * narrower line is a headline or a label when a paragraph follows it: a
 * line at least twice as wide, or a full line of a wrapped paragraph with
 * more after it; or when the next line ends no sentence either (a list of
 * headlines). Else it is a line broken by hand ("美方或将于下月" above
 * "撤销对H20芯片的禁令。") and runs on. */
static int zh_runs_on(const char *t, size_t ls, size_t nl, size_t b, size_t widest) {
  size_t e = content_end(t, ls, nl), j = nl + 1, ne = nl + 1, w, nw, nend;
  if (e == ls || ends_sentence(t, ls, e)) return 0;
  /* the next line is t[nl + 1, ne); one of spaces only is a paragraph
   * break, never a wrap */
  while (ne < b && t[ne] != '\n') ne++;
  while (j < ne && is_space((unsigned char)t[j])) j++;
  if (j >= ne || list_item_at(t, j, ne) || cd_lang_guess(t + j, ne - j) != CD_LANG_ZH) return 0;
  if (e >= ls + 3 && (!memcmp(t + e - 3, "\xEF\xBC\x8C", 3) || !memcmp(t + e - 3, "\xE3\x80\x81", 3)))
    return 1; /* ， 、 */
  if (ends_open(t, ls, e)) return 1;
  w = width(t, ls, e);
  if (w * 5 >= widest * 4) return 1;
  nend = content_end(t, j, ne);
  nw = width(t, j, nend);
  if (nw >= 2 * w || !ends_sentence(t, j, nend) || (ne < b && nw * 5 >= widest * 4)) return 0;
  return 1;
}

/* Is cp written without spaces around it in Chinese: Han, kana, CJK and
 * full-width punctuation? */
static int is_cjk(int32_t cp) {
  return cd_is_han(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

/* Closes the wraps joined in the sentence t[s0, s1) (the joins from *jk
 * on that fall inside it; *jk moves past them): the white space around
 * each joined '\n' goes, and one space stands for it unless Chinese is on
 * either side, so that 实体\n清单 reads 实体清单 and "entity\nlist"
 * "entity list", as the rules' keys and the value grammars spell them.
 * The bytes after a wrap move back with their map (cd_norm_edit_move), so
 * every byte still maps to its original offset; the bytes freed at the
 * end become spaces that map to s1's original offset. The sentence's new
 * end goes to *out; 0 or CD_ENOMEM. O(s1 - s0): each byte moves once. */
static int close_wraps(sink *s, size_t s0, size_t s1, size_t *jk, size_t *out) {
  cd_norm *nm = s->nm;
  char *t = nm->ptr;
  uint32_t end_map;
  size_t w = s0, r = s0;
  int error;
  *out = s1;
  if (*jk >= s->njoins || s->joins[*jk] >= s1) return 0; /* no wrap: nothing moves */
  end_map = cd_norm_orig(nm, s1);
  for (; *jk < s->njoins && s->joins[*jk] < s1; (*jk)++) {
    size_t nl = s->joins[*jk], p0 = nl, p1 = nl + 1;
    uint32_t nl_map;
    int32_t after = 0;
    if (nl < r) continue;
    nl_map = cd_norm_orig(nm, nl);
    while (p0 > r && is_space((unsigned char)t[p0 - 1])) p0--;
    while (p1 < s1 && is_space((unsigned char)t[p1])) p1++;
    if ((error = cd_norm_edit_move(nm, w, r, p0 - r)) < 0) return error;
    memmove(t + w, t + r, p0 - r);
    w += p0 - r;
    if (p1 < s1) cd_utf8_next(t + p1, t + s1, &after);
    if (w > s0 && p1 < s1 && !is_cjk(cp_before(t, s0, w)) && !is_cjk(after)) {
      if ((error = cd_norm_edit_fill(nm, w, 1, nl_map)) < 0) return error;
      t[w++] = ' ';
    }
    r = p1;
  }
  if ((error = cd_norm_edit_move(nm, w, r, s1 - r)) < 0) return error;
  memmove(t + w, t + r, s1 - r);
  w += s1 - r;
  if ((error = cd_norm_edit_fill(nm, w, s1 - w, end_map)) < 0) return error;
  memset(t + w, ' ', s1 - w);
  *out = w;
  return 0;
}

/* Is c an ASCII byte that split_run passes over? */
static int ends_nothing(unsigned char c) {
  return c < 0x80 && c != '.' && c != '!' && c != '?' && c != '\n';
}

/* The bytes of v that split_run stops at inside a line (. ! ? and every
 * byte from 0x80 up) get their top bit set. A byte equal to x leaves a
 * zero byte in v ^ x, and (w - ones) & ~w sets the top bit of each zero
 * byte of w; a byte above a zero one may be set too, from the borrow, so
 * the lowest byte set is exact, never above the first stop. One mask for
 * the bytes: three subtractions, one test a word ('\n' is not looked
 * for: the caller stops at its line's end, which it knows). */
static uint64_t stops8(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  uint64_t d = v ^ (ones * '.'), x = v ^ (ones * '!'), q = v ^ (ones * '?');
  return (((d - ones) & ~d) | ((x - ones) & ~x) | ((q - ones) & ~q) | v) & tops;
}

/* The first byte at or after i of t[0, b) that split_run stops at, or b;
 * t[i, b) holds no '\n' (b is at most the line's end). Eight bytes at a
 * time: most of English is a run of a sentence's length. Where the
 * compiler says which byte of a word comes first, the lowest stop of the
 * word is where the scan ends, without a byte loop. */
static size_t next_stop(const char *t, size_t i, size_t b) {
#if defined(__SSE2__)
  /* sixteen bytes at a time where SSE2 is there (every x86-64): a byte
     compare for each mark, the top bits (bytes from 0x80 up) as they are,
     one mask of the sixteen */
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?');
  for (; b - i >= 16; i += 16) {
    __m128i v;
    unsigned m;
    memcpy(&v, t + i, 16);
    m = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(v, _mm_cmpeq_epi8(v, dot)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, ask))));
    if (m) return i + (size_t)__builtin_ctz(m);
  }
  if (b >= 16 && i < b) { /* the last sixteen bytes before b, those before i masked off */
    __m128i v;
    unsigned m;
    memcpy(&v, t + b - 16, 16);
    m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(v, _mm_cmpeq_epi8(v, dot)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, ask)))) >>
        (i - (b - 16));
    return m ? i + (size_t)__builtin_ctz(m) : b;
  }
#endif
  for (; b - i >= 8; i += 8) {
    uint64_t v, m;
    memcpy(&v, t + i, 8);
    if ((m = stops8(v)) != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      return i + (size_t)__builtin_ctzll(m) / 8;
#else
      break;
#endif
    }
  }
  while (i < b && ends_nothing((unsigned char)t[i])) i++;
  return i;
}

/* The ASCII letters of t[a, e), whatever else it holds: eight bytes at a
 * time as cd_ascii_letters8 counts them, the bytes from 0x80 up cleared
 * first (none then carries) and not counted. */
static size_t ascii_letters(const char *t, size_t a, size_t e) {
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  size_t n = 0;
  for (; e - a >= 8; a += 8) {
    uint64_t v, low;
    memcpy(&v, t + a, 8);
    low = (v | ones * 0x20) & ~tops;
    n += (size_t)(((((low + ones * (0x80 - 'a')) & (ones * (0x80 + 'z') - low) & ~v & tops) >> 7) * ones) >>
                  56);
  }
  for (; a < e; a++) n += ((unsigned char)t[a] | 0x20) >= 'a' && ((unsigned char)t[a] | 0x20) <= 'z';
  return n;
}

static int push(size_t **v, size_t *n, size_t *cap, size_t x) {
  if (*n == *cap && cd_array_reserve((void **)v, cap, *n + 1, sizeof **v) < 0) return CD_ENOMEM; /* full */
  (*v)[(*n)++] = x;
  return 0;
}

/* A sentence ends at cut, and tally holds what its letters and Han
 * characters were: closing its wraps moves only spaces and line breaks,
 * so its language is the tally's. */
static int push_cut(sink *s, size_t cut, const cd_lang_tally *tally) {
  if (s->ncuts == s->capzh && cd_array_reserve((void **)&s->zh, &s->capzh, s->ncuts + 1, 1) < 0)
    return CD_ENOMEM;
  s->zh[s->ncuts] = tally->han > 0 && cd_lang_tally_result(tally) == CD_LANG_ZH; /* no Han: English */
  return push(&s->cuts, &s->ncuts, &s->capcuts, cut);
}

/* Is the character at t[i] (valid UTF-8) a Han ideograph of
 * U+4000..U+9FFF (lead byte E4..E9), not one of the Yijing hexagrams
 * U+4DC0..U+4DFF (E4 B7): most of Chinese, which ends no sentence. */
static int han_at(const char *t, size_t i) {
  unsigned char c = (unsigned char)t[i];
  return c >= 0xE4 && c <= 0xE9 && (c != 0xE4 || (unsigned char)t[i + 1] != 0xB7);
}

/* The end of the run of Han characters (han_at) from t[e] on, e < b
 * where one ends. Five characters a look where SSE2 is there (every
 * x86-64): the sixteen bytes' lead bytes in E4..E9 are one mask, the
 * hexagrams' E4 B7 another, and the first of the five characters' leads
 * (bits 0 3 6 9 12) not in the first ends the run, without a loop over
 * them (Chinese prose is mostly such runs: a byte loop cost about three
 * instructions a byte). */
static size_t han_run_end(const char *t, size_t e, size_t b) {
#if defined(__SSE2__)
  const __m128i shift = _mm_set1_epi8((char)(0x80 - 0xE4)), below = _mm_set1_epi8((char)(6 - 0x80)),
                e4 = _mm_set1_epi8((char)0xE4), b7 = _mm_set1_epi8((char)0xB7);
  while (b - e >= 16) {
    __m128i v;
    unsigned lead, hexagram, out;
    memcpy(&v, t + e, 16);
    /* a byte is in [E4, E9] when it plus 0x80 - E4, wrapping, is a signed byte below 6 - 0x80 */
    lead = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, shift), below));
    hexagram = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, e4)) &
               (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, b7)) >> 1;
    out = ~(lead & ~hexagram) & 0x1249u;
    if (out) return e + (size_t)__builtin_ctz(out);
    e += 15;
  }
#endif
  while (e < b && han_at(t, e)) e += 3;
  return e;
}

/* Cuts one run of kept lines, ln[0, nln) (the text t[a, b) from the
 * first's start to the last's end), into sentences, in two passes:
 * the first finds where sentences end and which line breaks are wraps
 * that join (reading the text as it is: the tests look back along the
 * line and the sentence); the second closes the joined wraps of each
 * sentence (close_wraps) and adds it. Case is folded in the normalised
 * text, so the "next word in lower case" test uses the original bytes
 * through the map. */
static int split_run(sink *s, const char *orig, const cd_line *ln, size_t nln, int para,
                     const cd_lexicon *ab) {
  const char *t = s->nm->ptr;
  size_t a = ln[0].nspan.start, b = ln[nln - 1].nspan.end;
  size_t start = a, i = a, ls = a, widest = SIZE_MAX, jk = 0; /* widest: measured when first needed */
  size_t li = 0, le = ln[0].nspan.end; /* the line being read, and its end: its '\n', or b */
  /* of t[start, i), its latin only once it has Han: until then the
   * sentence is English whatever its letters, and the ASCII runs of
   * English are passed over without counting them */
  cd_lang_tally tally = {0, 0};
  s->ncuts = s->njoins = 0;
  while (i < b) {
    unsigned char c = (unsigned char)t[i];
    size_t k = 1, cut = 0;
    int32_t cp = c;
    if (ends_nothing(c)) { /* ASCII that ends nothing: a run at a time */
      size_t e;
      if (tally.han) { /* Chinese: its ASCII comes in short runs (figures, names), read a byte at a time
                          with their letters, past the first eight (t[b] is readable) a word at a time */
        size_t first = b - i > 8 ? i + 8 : b;
        do {
          tally.latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
          c = (unsigned char)t[++i];
        } while (i < first && ends_nothing(c));
        if (i < first || !ends_nothing(c)) continue;
      }
      e = next_stop(t, i, le);
      if (tally.han) tally.latin += ascii_letters(t, i, e); /* else counted once Han comes, if ever */
      i = e;
      continue;
    }
    if (han_at(t, i)) { /* a run of Han, three bytes each */
      size_t e;
      if (!tally.han && i > start) tally.latin = ascii_letters(t, start, i);
      e = han_run_end(t, i + 3, b);
      tally.han += (e - i) / 3;
      i = e;
      /* a blank between two Han characters ends a sentence: Chinese prose
       * writes none, and a headline parts its clauses with one
       * (川習會未討論台灣議題 川普對中國芬太尼關稅調降至10%), which no
       * negation or hedge of the first may reach over */
      if (e < le && t[e] == ' ') {
        size_t j = e;
        while (j < le && t[j] == ' ') j++;
        if (j < le && han_at(t, j)) {
          if (push_cut(s, j, &tally) < 0) return CD_ENOMEM;
          start = i = j;
          tally.han = tally.latin = 0;
        }
      }
      continue;
    }
    if ((c & 0xF0) == 0xE0) { /* three bytes (valid UTF-8): the CJK marks, without a call */
      cp = (int32_t)(c & 0x0F) << 12 | (int32_t)((unsigned char)t[i + 1] & 0x3F) << 6 |
           ((unsigned char)t[i + 2] & 0x3F);
      k = 3;
      if (cp != 0x3002 && cp != 0xFF1B) { /* a mark that ends nothing (， 、 “ ”), or Han: counted, passed */
        if (cd_is_han(cp)) {
          if (!tally.han) tally.latin = ascii_letters(t, start, i);
          tally.han++;
        }
        i += 3;
        continue;
      }
    } else if (c >= 0x80) {
      k = (size_t)cd_utf8_next(t + i, t + b, &cp);
    }
    if (cp == 0x3002 || cp == 0xFF1B || cp == '!' || cp == '?') {
      cut = skip_closers(t, i + k, b);
    } else if (cp == '.' &&
               (i + 1 == b || is_space((unsigned char)t[i + 1]) || t[i + 1] == '"' || t[i + 1] == '\'')) {
      size_t after = skip_closers(t, i + 1, b), j = after;
      unsigned char oc;
      while (j < b && is_space((unsigned char)t[j])) j++;
      oc = j < b ? (unsigned char)orig[cd_norm_orig(s->nm, j)] : 'A';
      /* a dotted initialism in a Chinese sentence (进口商 V.O.S. Selections
       * 等): Chinese ends a sentence with 。, so a name's dots end none */
      int initialism = tally.han && i >= a + 3 && t[i - 2] == '.' &&
                       is_ascii_letter((unsigned char)t[i - 1]) && is_ascii_letter((unsigned char)t[i - 3]);
      if (!(i > a && t[i - 1] == '.') && !(oc >= 'a' && oc <= 'z') && !initialism &&
          !ends_abbrev(ab, t, start, i))
        cut = after; /* the lexicon last: it costs the most */
    } else if (cp == '.' && !tally.han && glued_sentences(s->nm, orig, t, start, i, b) &&
               !ends_abbrev(ab, t, start, i)) {
      cut = i + 1;
    } else if (cp == '\n') {
      /* a line break inside a run: Chinese text runs on when the line is
       * a wrap (zh_runs_on); English when the next line starts in lower
       * case. The sentence's language so far comes from counts kept as we
       * go (rescanning it at every break was quadratic) */
      size_t j = i + 1;
      unsigned char oc;
      int zh = cd_lang_tally_result(&tally) == CD_LANG_ZH;
      while (j < b && is_space((unsigned char)t[j])) j++;
      oc = j < b ? (unsigned char)orig[cd_norm_orig(s->nm, j)] : 'A';
      if (zh && widest == SIZE_MAX) widest = widest_line(t, a, b);
      if (zh ? !zh_runs_on(t, ls, i, b, widest) : !(oc >= 'a' && oc <= 'z'))
        cut = i + 1;
      else if (push(&s->joins, &s->njoins, &s->capjoins, i) < 0)
        return CD_ENOMEM;
      ls = i + 1;
      assert(i == le && li + 1 < nln); /* a run's line breaks are its lines' ends (trim.h) */
      le = ln[++li].nspan.end;
    }
    if (cut) {
      if (push_cut(s, cut, &tally) < 0) return CD_ENOMEM;
      start = i = cut;
      tally.han = tally.latin = 0;
      continue;
    }
    if (!tally.han && cd_is_han(cp)) tally.latin = ascii_letters(t, start, i);
    cd_lang_tally_add(&tally, cp);
    i += k;
  }
  if (push_cut(s, b, &tally) < 0) return CD_ENOMEM;
  for (size_t k = 0, from = a; k < s->ncuts; from = s->cuts[k++]) {
    size_t end;
    int error;
    if ((error = close_wraps(s, from, s->cuts[k], &jk, &end)) < 0 ||
        (error = add(s, from, end, para, s->zh[k] ? CD_LANG_ZH : CD_LANG_EN)) < 0)
      return error;
  }
  return 0;
}

int cd_segment_split(cd_sentence **out, size_t *n, const char *orig, cd_norm *nm, const cd_line *lines,
                     size_t nlines, const cd_lexicon *ab, cd_error *err) {
  sink s = {.nm = nm}; /* the rest empty */
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
    /* a run: consecutive kept, non-blank lines; a line whose dateline
     * trim cut off starts a paragraph of its own, so that the run's text
     * begins where that line's kept rest does ("Title\nWASHINGTON
     * (Reuters) - ..." is a headline and a story without its dateline) */
    while (j + 1 < nlines && !lines[j + 1].dropped && lines[j + 1].rule < 0 &&
           lines[j + 1].nspan.end > lines[j + 1].nspan.start)
      j++;
    error = split_run(&s, orig, lines + i, j - i + 1, para++, ab);
    i = j + 1;
  }
  free(s.cuts);
  free(s.zh);
  free(s.joins);
  if (!error) error = cd_norm_edit_end(nm); /* the bytes after the last wrap closed */
  if (error) {
    free(s.v);
    return cd_error_set(err, error, NULL, 0, 0, -1, "out of memory");
  }
  *out = s.v;
  *n = s.n;
  return 0;
}
