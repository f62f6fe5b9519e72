/* values_scan.h: what the values files share, private to src/values*.c
 * (never installed, never included elsewhere): the scan over one sentence,
 * the word-table row, the character helpers every grammar reads with, the
 * number a quantity is built on, and the functions one values file defines
 * for another.
 *
 * Names: a type, function or table defined in one values file and used in
 * another is vs_<what> (vs_parse_number, vs_put_cal). The static inline
 * helpers here keep the short names the grammars read like (at, lit, word,
 * gap, table): each file gets its own copy, as when they were static in one
 * values.c, so the hot loops still inline them. All of it: no allocation,
 * each call bounded by the words it reads. */
#ifndef CD_VALUES_SCAN_H
#define CD_VALUES_SCAN_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "values.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_GAP  3 /* spaces allowed between the words of one value */

/* One sentence being scanned, and the document date that resolves relative
 * dates in it. */
typedef struct {
  const char *p;          /* the normalised text, not NUL-terminated */
  size_t len;             /* its length in bytes */
  int has_doc;            /* doc_date was given and valid */
  int dy, dm, dd;         /* the document date */
  long today;             /* the document date, days since 1970-01-01 */
  const cd_units *units;  /* the rules' unit words, or NULL */
  int filter;             /* 1: the scan tries a grammar only where its start tables say
                            (cd_values_find); 0: everywhere (cd_values_find_unfiltered) */
  size_t long_at;         /* with units: one past where the last "-long" of the text starts, 0 for
                            none (vs_quantity_open: a unit word before it may start a value) */
  struct vs_marks *marks; /* the scan's (find's stack), or NULL: vs_ago_at */
} vs_scan;

/* What a scan reads of its whole text only when a grammar first asks
 * (most texts never need it), then keeps; written through the scan's
 * const pointer by the functions that read it alone. */
typedef struct vs_marks {
  int ago_read;  /* ago_at is read */
  size_t ago_at; /* vs_ago_at */
} vs_marks;

/* One past where the last "ago" of the text starts, 0 for none: a date
 * counted back in English ("3 days ago") ends before it (values.c). */
size_t vs_ago_at(const vs_scan *s);

/* One row of the word tables. */
typedef struct {
  const char *w;    /* normalised text: lower case, ASCII digits */
  double v;         /* what it stands for: a month, a multiplier, an offset */
  const char *code; /* ISO 4217 code for currency words, else NULL */
} vs_entry;

/* How a word table's rows start, set once before any scan (cd_values_find
 * runs every file's vs_*_index once) and read only after: table() skips a
 * table where no row can start. one: the first bytes of one-byte rows;
 * two: the first two bytes of the others, hashed into 1024 bits (the first
 * byte alone says nothing in Chinese, where every word starts with one of
 * six bytes); three: for rows that start with a character of three bytes
 * or more, its second and third bytes, six bits each (a pair of bytes
 * stands for 64 Chinese characters: the third says which). A set bit may
 * be another pair's: it only costs a read. */
typedef struct {
  uint32_t one[8];
  uint32_t two[32];
  uint32_t three[128];
  /* Chains of the rows by their first character (ASCII, or three bytes
     or more), in table order: vs_chain_head gives a chain's first row,
     next[r] the row after row r, 1-based, 0 ending it. NULL when none
     were made. */
  const vs_entry *base;       /* the table the rows are of */
  size_t nrows;               /* its rows */
  const unsigned short *next; /* nrows of them */
} vs_firsts;

static inline unsigned vs_pair_bit(int c0, int c1) {
  return ((unsigned)c0 * 31u + (unsigned)c1) & 1023u;
}

static inline unsigned vs_char_bit(int c1, int c2) {
  return (((unsigned)c1 & 63u) << 6) | ((unsigned)c2 & 63u);
}

/* A set of bytes, a bit each: the last bytes of a word list, so that a
 * look-back compares its words only where one can end (set once in a
 * vs_*_index, read only after). */
typedef struct {
  uint32_t bits[8];
} vs_byteset;

static inline void vs_byteset_add_last(vs_byteset *set, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++) {
    unsigned c = (unsigned char)words[k][strlen(words[k]) - 1];
    set->bits[c >> 5] |= 1u << (c & 31);
  }
}

static inline int vs_byteset_has(const vs_byteset *set, unsigned char c) {
  return ((set->bits[c >> 5] >> (c & 31)) & 1) != 0;
}

/* How the words of a list end, for a look-back that compares them only
 * where one can end (set once in a vs_*_index, read only after): a word
 * of one or two bytes by its last byte (one), a longer one by its last
 * three hashed into 1024 bits (three: " was " by "as ", 已于 by the whole
 * of 于). A byte alone says little where every word ends in a space. A set
 * bit may be another's: it only costs a compare. */
typedef struct {
  uint32_t one[8];
  uint32_t three[32];
} vs_tails;

static inline unsigned vs_tail_bit(unsigned c0, unsigned c1, unsigned c2) {
  return (c0 * 961u + c1 * 31u + c2) & 1023u;
}

static inline void vs_tails_add(vs_tails *t, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++) {
    const unsigned char *w = (const unsigned char *)words[k];
    size_t l = strlen(words[k]);
    unsigned h;
    if (l < 3) {
      t->one[w[l - 1] >> 5] |= 1u << (w[l - 1] & 31);
      continue;
    }
    h = vs_tail_bit(w[l - 3], w[l - 2], w[l - 1]);
    t->three[h >> 5] |= 1u << (h & 31);
  }
}

/* May a word of t end at p[j] (j > 0)? */
static inline int vs_tails_may_end(const vs_tails *t, const char *p, size_t j) {
  const unsigned char *q = (const unsigned char *)p;
  unsigned h;
  if ((t->one[q[j - 1] >> 5] >> (q[j - 1] & 31)) & 1) return 1;
  if (j < 3) return 0;
  h = vs_tail_bit(q[j - 3], q[j - 2], q[j - 1]);
  return ((t->three[h >> 5] >> (h & 31)) & 1) != 0;
}

/* A list of words as a set of 1024 bits, each word's bit from its first
 * byte, its last and its length (set once in a vs_*_index, read only
 * after): a word of text whose bit is clear is none of them, and the list
 * is not read. A set bit may be another word's: it only costs the read. */
typedef struct {
  uint32_t bits[32];
} vs_wordset;

static inline unsigned vs_word_bit(const char *w, size_t n) {
  return ((unsigned char)w[0] * 961u + (unsigned char)w[n - 1] * 31u + (unsigned)n) & 1023u;
}

/* Adds w[0, n) (n > 0) to set. */
static inline void vs_wordset_add_word(vs_wordset *set, const char *w, size_t n) {
  unsigned h = vs_word_bit(w, n);
  set->bits[h >> 5] |= 1u << (h & 31);
}

static inline void vs_wordset_add(vs_wordset *set, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++) vs_wordset_add_word(set, words[k], strlen(words[k]));
}

/* May w[0, n) (n > 0) be one of set's words? */
static inline int vs_wordset_may(const vs_wordset *set, const char *w, size_t n) {
  unsigned h = vs_word_bit(w, n);
  return ((set->bits[h >> 5] >> (h & 31)) & 1) != 0;
}

void vs_firsts_of(vs_firsts *f, const vs_entry *t, size_t n); /* values.c */

void vs_firsts_add(vs_firsts *f, const char *w); /* values.c: one word more */

/* ---- Where a value can start ------------------------------------------- *
 *
 * The scan (values.c) tries a grammar only where one of its values can
 * start, told by a table lookup. Each grammar says where itself: its
 * starts function registers every token its first step tests at the
 * start i, read off its own code and tables (each row of a table, each
 * literal), never learnt from text. A token is what the text holds at i:
 *
 *   a run of ASCII letters     "july" of "july 31", "q" of "q3", "rmb" of "rmb3"
 *   else one character         "3", "$", "€", "上" of "上半年"
 *
 * An entry registers the token it begins with ("no more than": "no",
 * "us$": "us", "approx.": "approx", "上半年": "上"), and the text holds
 * that very token wherever the entry matches at i, provided the entry's
 * letters cannot run on into more letters of the text: it is matched as a
 * whole word (word(), table() with words set), or a non-letter follows
 * its first letters in the entry itself, or the grammar refuses a letter
 * after it (currency_before: "usda"). An entry that may run on registers
 * the word it makes: "two" before a glued "fold" registers "twofold".
 *
 * The classes, grammar by grammar (each starts function lists its own):
 *   number (vs_number_starts): ASCII digits, Chinese digits and places
 *     (zh_digits, zh_units), 一半 过半 成千上万 成百上千 数以 数 几 上, English
 *     number words (units_en), their spans (vague_en), half; and a, an,
 *     which ask (below);
 *   quantity (vs_quantity_starts): a number, and before it between, 介于,
 *     a modifier (prefix_mods: about, more than, 约 ...), 百分之, 千分之, a
 *     Chinese fraction (a small number), a currency (currency_before: $,
 *     us$, rmb, 人民币 ...); or a multiple in one word (ratio_words,
 *     twofold ..., twice, thrice); and, open: a unit word of the rules'
 *     before "-long" (long_span), which may be any word;
 *   date (vs_date_starts): years and small numbers in digits or Chinese
 *     (○ too), 今年 去年 ..., 两, 上半年, 下半年, 第, 前, 年, 昨天 ..., 上周 ...,
 *     周, 星期, 礼拜, 上月 ...; a, an, a number word (so long ago), seasons,
 *     q (q3), yesterday, tomorrow, today, tonight, weekdays, last, this,
 *     next, earlier, later, early, mid, late, end, beginning, start,
 *     ordinals, months full and abbreviated.
 * An entry that goes on past its token registers its token with the
 * character after it, which the text holds there too: "s$" registers "s"
 * followed by "$", "百分之" 百 followed by 分; when that character is a
 * space, the character after the space as well: "more than" registers
 * "more" followed by " t", "in excess of" "in" followed by " e" (an entry
 * that ends in its space registers its token alone). So a grammar is not
 * tried at the "s" of "u.s." for "s$", nor at "in the" for "in excess
 * of". A token that asks (vs_starts_asking) has the grammars' open
 * functions asked wherever it stands, not only before s->long_at: "a"
 * and "an" start a number only before a few words or after "for" and
 * "within" (vs_article_number_may), and a unit of a duration may be any
 * word of the rules', so the quantity grammar's open function decides.
 * Tokens, and tokens with what follows them, are hashed (vs_token_hash)
 * into a table of VS_START_SLOTS slots, each the full hash and one bit per
 * kind row; a lookup compares the full hash, so two tokens share rows
 * only when their 32-bit hashes collide, which costs a needless try. */
#define VS_START_SLOTS 8192u

/* One slot of a start table: a token's hash (with what follows it, in
 * the follow table) and the rows it starts; rows 0 is an empty slot. */
typedef struct {
  uint32_t hash;          /* vs_token_hash of the token's bytes */
  unsigned char rows;     /* bit k: kinds[k]'s grammar (values.c) */
  unsigned short follows; /* a token with entries in the follow table: bit b & 15 for the byte b
                             that tells each entry's follower (values.c start_follow_byte), so
                             that "in the" is not hashed again for "in excess of"; else 0 */
} vs_start_slot;

/* A start set being filled: the tables, and the bit of the kind row whose
 * grammar registers. */
typedef struct {
  vs_start_slot *slots;   /* VS_START_SLOTS: a token, whatever follows it */
  vs_start_slot *follows; /* VS_START_SLOTS: a token and what follows it */
  unsigned char bit;      /* the row's */
} vs_starts;

/* Where the token of p[i, len) ends (i < len): after its run of ASCII
 * letters, or after its one character. */
static inline size_t vs_token_end(const char *p, size_t i, size_t len) {
  unsigned char c = (unsigned char)p[i];
  size_t j = i + 1;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
    for (; j < len; j++) {
      c = (unsigned char)p[j];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    }
    return j;
  }
  while (j < len && ((unsigned char)p[j] & 0xC0) == 0x80) j++; /* continuation bytes */
  return j;
}

/* Where the character at p[i] ends (i < len; valid UTF-8). */
static inline size_t vs_char_end(const char *p, size_t i, size_t len) {
  size_t j = i + 1;
  while (j < len && ((unsigned char)p[j] & 0xC0) == 0x80) j++; /* continuation bytes */
  return j;
}

/* FNV-1a over p[a, b), from the hash h of the bytes before: a token's
 * hash goes on into the character after it. */
static inline uint32_t vs_token_hash(uint32_t h, const char *p, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) h = (h ^ (unsigned char)p[k]) * 16777619u;
  return h;
}
#define VS_HASH_INIT 2166136261u

/* A hash's first slot in a start table: its top bits mixed by a Fibonacci
 * multiply (the low bits of FNV over one or two bytes collide). */
static inline unsigned vs_hash_slot(uint32_t h) {
  return (unsigned)((h * 2654435769u) >> 19); /* 32 - 13 bits: VS_START_SLOTS */
}

_Static_assert(VS_START_SLOTS == 1u << 13, "vs_hash_slot keeps 13 bits");

void vs_starts_word(vs_starts *st, const char *w);                  /* values.c: w's token (and next) */
void vs_starts_list(vs_starts *st, const char *const *w, size_t n); /* values.c: each one's */
void vs_starts_asking(vs_starts *st, const char *w);                /* values.c: token w asks the open
                                                                       functions wherever it stands */
void vs_starts_table(vs_starts *st, const vs_entry *t, size_t n);   /* values.c: each row's */
void vs_starts_digits(vs_starts *st);                               /* values.c: 0 to 9 */
void vs_number_starts(vs_starts *st);                               /* values_number.c */
void vs_zh_digit_starts(vs_starts *st);                             /* values_number.c */
void vs_en_unit_word_starts(vs_starts *st, const char *suffix);     /* values_number.c */
void vs_small_num_starts(vs_starts *st);                            /* values_date.c */
void vs_year_num_starts(vs_starts *st);                             /* values_date.c */
void vs_date_starts(vs_starts *st);                                 /* values_date.c */
void vs_date_zh_starts(vs_starts *st);                              /* values_date_zh.c */
void vs_date_en_starts(vs_starts *st);                              /* values_date_en.c */
void vs_quantity_starts(vs_starts *st);                             /* values_quantity.c */
int vs_quantity_open(const vs_scan *s, size_t i);                   /* values_quantity.c */
void vs_date_index(void);                                           /* values_date.c */
void vs_date_en_index(void);                                        /* values_date_en.c */
void vs_date_zh_index(void);                                        /* values_date_zh.c */
void vs_number_index(void);                                         /* values_number.c */
void vs_quantity_index(void);                                       /* values_quantity.c */
void vs_unit_index(void);                                           /* values_unit.c */

/* ---- Characters and literals ------------------------------------------ */

static inline int at(const vs_scan *s, size_t i) {
  return i < s->len ? (unsigned char)s->p[i] : 0; /* text has no NUL: 0 ends it */
}
static inline int is_digit(int c) {
  return c >= '0' && c <= '9';
}
static inline int is_alpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline int is_alnum(int c) {
  return is_digit(c) || is_alpha(c);
}

/* lit() and word() are called with a literal at hundreds of places: the
 * compiler would call some copies out of line, where the loop reads the
 * literal a byte at a time; inlined everywhere, each loop unrolls over its
 * literal's bytes. */
#if defined(__GNUC__)
#define VS_ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define VS_ALWAYS_INLINE static inline
#endif

/* Index after w when the text at i starts with it, else 0 (w is never empty,
 * so a match never ends at 0). A byte loop: the literals are short and most
 * calls fail on the first or second byte. A literal that opens with a
 * character of three bytes or more is first compared at that character's
 * third byte: its lead byte (E4 to E9 for most of Chinese) starts every
 * other character of the text, its second is one of 64, and a call failed
 * there after two rounds of the loop (for a literal the compiler sees,
 * the test of w is made at compile time). */
VS_ALWAYS_INLINE size_t lit(const vs_scan *s, size_t i, const char *w) {
  size_t k;
  if ((unsigned char)w[0] >= 0xE0 && w[1] && w[2] && (i + 2 >= s->len || s->p[i + 2] != w[2])) return 0;
  for (k = 0; w[k]; k++)
    if (i + k >= s->len || s->p[i + k] != w[k]) return 0;
  return i + k;
}

/* lit() for English: the match must end where the word ends. */
VS_ALWAYS_INLINE size_t word(const vs_scan *s, size_t i, const char *w) {
  size_t e = lit(s, i, w);
  return e && !is_alnum(at(s, e)) ? e : 0;
}

/* Does the text before i end with w? The last bytes first: most calls
 * fail there, without a call to memcmp. */
static inline int ends_with(const vs_scan *s, size_t i, const char *w) {
  size_t n = strlen(w);
  return i >= n && (n == 0 || (s->p[i - 1] == w[n - 1] && memcmp(s->p + i - n, w, n) == 0));
}

/* ends_with() for a word whose length n is known (a table's, measured
 * once): the last two bytes first, inline, then memcmp. */
static inline int ends_with_n(const vs_scan *s, size_t i, const char *w, size_t n) {
  return i >= n && (n == 0 || (s->p[i - 1] == w[n - 1] && (n < 2 || s->p[i - 2] == w[n - 2]) &&
                               memcmp(s->p + i - n, w, n) == 0));
}

/* A list of words with their lengths (vs_words_measure, once), for the
 * look-backs that test every word at many positions. */
typedef struct {
  const char *const *w;
  size_t n;     /* how many */
  size_t *lens; /* strlen of each, n of them */
} vs_words;

static inline void vs_words_measure(const vs_words *l) {
  for (size_t k = 0; k < l->n; k++) l->lens[k] = strlen(l->w[k]);
}

/* Does the text before i end with one of l's words? */
static inline int ends_with_any(const vs_scan *s, size_t i, const vs_words *l) {
  for (size_t k = 0; k < l->n; k++)
    if (ends_with_n(s, i, l->w[k], l->lens[k])) return 1;
  return 0;
}

/* Index after one to MAX_GAP spaces at i, or 0 when there is no space. */
static inline size_t gap(const vs_scan *s, size_t i) {
  size_t j = i;
  while (j - i < MAX_GAP && (at(s, j) == ' ' || at(s, j) == '\t')) j++;
  return j > i ? j : 0;
}

/* The end of a dotted abbreviation at i ("u.s.", "u.k.", "e.u."): single
 * letters each followed by a dot, at least two; 0 when there is none. A
 * count may have one before its noun: "15 U.S. entities". */
static inline size_t abbrev_end(const vs_scan *s, size_t i) {
  size_t j = i;
  while (is_alpha(at(s, j)) && !is_alpha(at(s, j + 1)) && at(s, j + 1) == '.') j += 2;
  return j - i >= 4 && !is_alnum(at(s, j)) ? j : 0;
}

/* table() at an ASCII byte or a character of three bytes or more, for a
 * table with chains (values.c): only the rows of first->base[off, off + n)
 * that start with that character, in table order. Out of line: rarer than
 * the table() that fails on its first bytes, which stays small to inline. */
size_t vs_table_chain(const vs_scan *s, size_t i, size_t off, size_t n, int words, const vs_entry **hit,
                      const vs_firsts *first);

/* Longest row of t at i (whole words when words is set); the row goes to
 * *hit. first is the table's first bytes (vs_firsts), or NULL: a table no
 * row of which starts with the byte at i is passed over without reading
 * its rows (most English word starts, for most tables). Returns the index
 * after it, or 0. */
static inline size_t table(const vs_scan *s, size_t i, const vs_entry *t, size_t n, int words,
                           const vs_entry **hit, const vs_firsts *first) {
  size_t best = 0;
  int c = at(s, i), c1 = at(s, i + 1);
  if (first && !((first->one[c >> 5] >> (c & 31)) & 1)) {
    unsigned h = vs_pair_bit(c, c1);
    if (!((first->two[h >> 5] >> (h & 31)) & 1)) return 0;
    h = vs_char_bit(c1, at(s, i + 2));
    if (c >= 0xE0 && !((first->three[h >> 5] >> (h & 31)) & 1)) return 0;
  }
  if (first && (c >= 0xE0 || c < 0x80) && first->next && (uintptr_t)t >= (uintptr_t)first->base &&
      (uintptr_t)(t + n) <= (uintptr_t)(first->base + first->nrows))
    return vs_table_chain(s, i, (size_t)(t - first->base), n, words, hit, first);
  for (size_t k = 0; k < n; k++) {
    size_t e;
    /* most rows fail on the first byte, cheaply; Chinese ones, which
       share a few first bytes, on the second */
    if ((unsigned char)t[k].w[0] != c || (t[k].w[1] && (unsigned char)t[k].w[1] != c1)) continue;
    e = words ? word(s, i, t[k].w) : lit(s, i, t[k].w);
    if (e > best) {
      best = e;
      if (hit) *hit = &t[k];
    }
  }
  return best;
}

/* Does the text at i start with one of set (none empty)? The first byte
 * first, read once: most words differ there. */
static inline int next_is_any(const vs_scan *s, size_t i, const char *const *set, size_t n) {
  char c;
  if (i >= s->len) return 0; /* no word is empty: none ends past the text */
  c = s->p[i];
  for (size_t k = 0; k < n; k++)
    if (set[k][0] == c && lit(s, i, set[k])) return 1;
  return 0;
}

static inline int prev_is_any(const vs_scan *s, size_t i, const char *const *set, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (ends_with(s, i, set[k])) return 1;
  return 0;
}

/* Is the ASCII word before i (spaces skipped) one of list? Looks back at
 * most a few bytes, so the scan stays linear. set, when not NULL, is
 * list's (vs_wordset): a word not in it is turned down unread. */
static inline int prev_word_in_set(const vs_scan *s, size_t i, const char *const *list, size_t n,
                                   const vs_wordset *set) {
  size_t b = i, a;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  if (b > 0 && s->p[b - 1] == '.') b--; /* "no. 1" */
  a = b; /* b <= i <= len: the bytes before it are read as they are, unchecked */
  while (a > 0 && b - a < 16 && is_alpha((unsigned char)s->p[a - 1])) a--;
  if (a == b || (a > 0 && is_alnum((unsigned char)s->p[a - 1]))) return 0;
  if (set && !vs_wordset_may(set, s->p + a, b - a)) return 0;
  for (size_t k = 0; k < n; k++)
    if (list[k][0] == s->p[a] && strlen(list[k]) == b - a && memcmp(s->p + a, list[k], b - a) == 0)
      return 1; /* the first byte first: most words differ there */
  return 0;
}

static inline int prev_word_in(const vs_scan *s, size_t i, const char *const *list, size_t n) {
  return prev_word_in_set(s, i, list, n, NULL);
}

/* prev_word_in for a list of one word or two that the compiler sees
 * ("from"; "for" and "within"), asked at most starts: their last letters
 * first, constants, before the look back over the word. */
static inline int prev_word_in_few(const vs_scan *s, size_t i, const char *const *list, size_t n) {
  size_t b = i;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  if (b > 0 && s->p[b - 1] == '.') b--; /* as prev_word_in_set skips them */
  if (b == 0 || (s->p[b - 1] != list[0][strlen(list[0]) - 1] &&
                 (n < 2 || s->p[b - 1] != list[n - 1][strlen(list[n - 1]) - 1])))
    return 0;
  return prev_word_in_set(s, i, list, n, NULL);
}

/* A Chinese digit at i, or -1. 两 counts things but never writes a date or a
 * digit string, so dates ask for it to be refused. */
static inline int zh_digit(const vs_scan *s, size_t i, size_t *e, int allow_liang) {
  /* every digit is a three-byte character: decode once and switch (this
   * runs at nearly every position of Chinese text; the table zh_digits
   * in values_number.c documents the same mapping) */
  const unsigned char *p = (const unsigned char *)s->p + i;
  /* bit b & 63 for the last byte b of each digit below (a case added
     there adds its byte here): most characters end in another, and are
     turned down before the switch */
  const uint64_t last = 1ull << (0xB6 & 63) | 1ull << (0x87 & 63) | 1ull << (0x80 & 63) |
                        1ull << (0x8C & 63) | 1ull << (0xA4 & 63) | 1ull << (0x89 & 63) |
                        1ull << (0x9B & 63) | 1ull << (0x94 & 63) | 1ull << (0xAD & 63) |
                        1ull << (0x83 & 63) | 1ull << (0xAB & 63) | 1ull << (0x9D & 63);
  int v;
  if (i + 3 > s->len || p[0] < 0xE3 || p[0] > 0xE9 || !((last >> (p[2] & 63)) & 1)) return -1;
  switch (((unsigned)p[0] << 16) | ((unsigned)p[1] << 8) | p[2]) {
  case 0xE99BB6:               /* 零 */
  case 0xE38087: v = 0; break; /* 〇 */
  case 0xE4B880: v = 1; break; /* 一 */
  case 0xE4BA8C: v = 2; break; /* 二 */
  case 0xE4B8A4:
    if (!allow_liang) return -1;
    v = 2;
    break;                     /* 两 */
  case 0xE4B889: v = 3; break; /* 三 */
  case 0xE59B9B: v = 4; break; /* 四 */
  case 0xE4BA94: v = 5; break; /* 五 */
  case 0xE585AD: v = 6; break; /* 六 */
  case 0xE4B883: v = 7; break; /* 七 */
  case 0xE585AB: v = 8; break; /* 八 */
  case 0xE4B99D: v = 9; break; /* 九 */
  default: return -1;
  }
  *e = i + 3;
  return v;
}

/* 10 to the k: from a table for 0..22, the powers a double holds
 * exactly (pow() returns those very values, its error being under one
 * unit in the last place), else pow(). A number's decimals and trailing
 * zeros are small: most calls read the table. */
static inline double p10(int k) {
  static const double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (k >= 0 && k < (int)NELEM(exact)) return exact[k];
  return pow(10.0, k);
}

/* ---- Numbers (values_number.c) ------------------------------------------ */

enum { SCRIPT_ASCII = 1, SCRIPT_WORDS, SCRIPT_ZH };

/* A number as written, before a quantity gives it a unit and a range. */
typedef struct {
  double mant;     /* digits as written, point removed: 55 for "5.5" */
  int decimals;    /* digits after the point: 1 for "5.5" */
  double scale;    /* scale words after it: 1e9 for billion, 1e8 for 亿, else 1 */
  int vague;       /* a stated span: "hundreds of", 数十万, 三四家 */
  double vlo, vhi; /* that span, before scale */
  int plus;        /* 多, 余, 几 after it: the next place is open (300多 = 301..399) */
  int ranged;      /* "3-5%", "3至5家": to_mant is the upper end */
  double to_mant;
  int to_decimals;
  int script;    /* SCRIPT_* */
  int seps;      /* thousands separators written */
  int year_like; /* four plain digits 1900..2100 */
  int lone_one;  /* a bare 一: an article more often than a count */
  int filled;    /* digits filled the places below a scale (1亿7000万): scaled, as 3亿 is */
  int half_pct;  /* 一半, half: 50% */
  int bound;     /* 过半: more than half */
  double frac;   /* a fraction as a share in percent (a third: 33.33), 0 for none */
  int from_span; /* the span was read after "from" or 从, as in a change: see
                    vs_match_quantity */
  size_t x_end;  /* where the first number of a span ends */
} vs_number;

/* Flags for vs_parse_number. */
enum {
  PN_MONEY = 1,   /* a currency symbol came just before: allows "12b" and the glued "rmb3" */
  PN_BETWEEN = 2, /* after "between" or 介于: "and", 和, 与 join a span */
  PN_FROM = 4     /* after "from" or 从 as in a change: a span is marked from_span */
};

/* The number at i with its scale, -odd and the upper end of a span; flags
 * are PN_*. Returns the index after it, or 0 (see values_number.c). */
size_t vs_parse_number(const vs_scan *s, size_t i, vs_number *n, int flags);
/* Half the width of what a number stands for, as written (5.5 billion:
 * 0.05 billion). */
double vs_half_width(double mant, int decimals, double scale);
/* Digits and trailing zeros of a whole number (300: 3 and 2). */
void vs_digit_shape(double x, int *digits, int *tz);
/* "one" .. "ninety" at i (whole words only when whole is set) into *v. */
size_t vs_en_unit_word(const vs_scan *s, size_t i, int whole, double *v);
/* May the number in words at i be one that starts with "a" or "an" (a
 * dozen, a hundred, a million, a third; one of a duration after "for" or
 * "within")? 0 when parse_words reads none there. */
int vs_article_number_may(const vs_scan *s, size_t i);
/* One to 99 in words at i: "twelve", "twenty-five", "forty two". */
size_t vs_en_below_hundred(const vs_scan *s, size_t i, double *v);
/* The index after a run of Chinese digits and place words at i, or i. */
size_t vs_zh_numeral_end(const vs_scan *s, size_t i);

/* ---- Units (values_unit.c) ---------------------------------------------- */

/* The unit whose word starts at i (English: whole words; the longest word
 * wins), not refused by its not_before; its 1-based index into *unit.
 * Returns the index after the word, or 0. */
size_t vs_unit_at(const vs_scan *s, size_t i, unsigned short *unit);
/* Is the unit word at i (vs_unit_at's) one of the unit "company"
 * (cd_units.company)? Where none of its words can start (its bucket
 * holds none), the unit words are not read. */
int vs_company_at(const vs_scan *s, size_t i);
/* A unit of an English count ending at i: the unit word after a space, or
 * after one more word between ("400 nvidia gpus"), or after a partitive
 * ("1,400 of the students"). 0 when none. */
unsigned short vs_unit_after_en(const vs_scan *s, size_t i);
/* The index after a partitive following a number ending at i ("of the",
 * "of its", "of them": "1,400 of the students"), or 0. */
size_t vs_partitive_end(const vs_scan *s, size_t i);
/* The unit a price is per: before it (每蒲式耳 ending at i, the price's
 * start) or after it (j, its end: "a bushel", "per net ton", "/吨",
 * 每吨); 0 for none. The price's span stays what it was. */
unsigned short vs_price_unit(const vs_scan *s, size_t i, size_t j);
/* vs_measure: the measure of the share at [a, b) (cd_value.measure), read
 * between the value before it, ending at lo, and the one after, at hi,
 * against the measure words of the scan's units (cd_units.measure_index). */
unsigned short vs_measure(const vs_scan *s, size_t lo, size_t a, size_t b, size_t hi);

/* ---- Dates (values_date.c) ---------------------------------------------- */

/* vs_month_cue_before: does a word that makes "may" or "march" a month
 * ("in", "since", "early") end right before i? (values_date_en.c) */
int vs_month_cue_before(const vs_scan *s, size_t i);
/* A year (four digits, ASCII or 二〇二五) and a day or month (1..99) at i. */
size_t vs_year_num(const vs_scan *s, size_t i, int *y);
size_t vs_small_num(const vs_scan *s, size_t i, int *v);
/* The vs_put_ functions write a date into v, its text being [a, b), and
 * return b, or 0 (v untouched) when no such day exists; without a document
 * date a relative date comes back unresolved. */
void vs_put_days(cd_value *v, cd_date_precision p, long lo, long hi);
size_t vs_put_unresolved(cd_value *v, const vs_scan *s, cd_date_precision p, int m, int d, size_t a, size_t b,
                         int cue);
size_t vs_put_cal(cd_value *v, const vs_scan *s, cd_date_precision p, int y, int yrel, int m1, int m2, int d,
                  size_t a, size_t b);
size_t vs_put_rel_month(cd_value *v, const vs_scan *s, int off, size_t a, size_t b);
size_t vs_put_early_this_month(cd_value *v, const vs_scan *s, size_t a, size_t b);
size_t vs_put_rel_week(cd_value *v, const vs_scan *s, int off, int wd, size_t a, size_t b);
size_t vs_put_weekday(cd_value *v, const vs_scan *s, int wd, int how, size_t a, size_t b);
size_t vs_put_rel_day(cd_value *v, const vs_scan *s, int off, size_t a, size_t b);
size_t vs_put_ago(cd_value *v, const vs_scan *s, int unit, int n, size_t a, size_t b);

/* ---- The grammars --------------------------------------------------------- */

/* A grammar reads the value starting at i into v (zeroed by the caller)
 * and returns the index after it, or 0 when none starts there. values.c's
 * kind table names each kind's grammar and tries them in its row order; a
 * new grammar is declared here. */
typedef size_t (*vs_grammar)(const vs_scan *s, size_t i, cd_value *v);

size_t vs_match_date(const vs_scan *s, size_t i, cd_value *v);     /* values_date.c: zh, then en */
size_t vs_match_date_zh(const vs_scan *s, size_t i, cd_value *v);  /* values_date_zh.c */
size_t vs_match_date_en(const vs_scan *s, size_t i, cd_value *v);  /* values_date_en.c */
size_t vs_match_quantity(const vs_scan *s, size_t i, cd_value *v); /* values_quantity.c */

/* vs_may_start: in the filtered scan (s->filter), may a value of grammar
 * g start at i (i a token's start), by the start tables and open
 * functions, as the scan asks? For a grammar that has read words of its
 * own (a modifier: "over", 约) up to where its next step starts: that
 * step's tokens are among its starts too, so where none stands, no value
 * does ("over the", 约束). Always 1 in the unfiltered scan, which the
 * tests compare with the filtered one (values.c). */
int vs_may_start(const vs_scan *s, size_t i, vs_grammar g);

#endif
