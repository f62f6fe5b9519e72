/* surnames.c: a person named in full, then by one word of the name; see
 * surnames.h. */
#include "surnames.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Words a name may hold that English text uses as words, and the titles
 * an alias may open with: never lent. Sorted in strcmp order, for
 * is_not_lent's binary search. */
static const char *const not_lent[] = {
    "acting",    "al",           "ambassador",  "an",        "and",     "as",        "at",       "bill",
    "black",     "brown",        "bush",        "by",        "ceo",     "chair",     "chairman", "chief",
    "commerce",  "commissioner", "cook",        "de",        "deputy",  "der",       "director", "do",
    "dr",        "foreign",      "former",      "gates",     "general", "go",        "gov",      "grant",
    "green",     "he",           "hill",        "if",        "in",      "is",        "it",       "jr",
    "judge",     "justice",      "king",        "la",        "le",      "little",    "long",     "mark",
    "may",       "me",           "minister",    "mr",        "mrs",     "ms",        "my",       "no",
    "of",        "on",           "or",          "page",      "premier", "president", "price",    "prime",
    "rep",       "rice",         "rose",        "secretary", "sen",     "senator",   "she",      "so",
    "spokesman", "spokesperson", "spokeswoman", "sr",        "state",   "the",       "to",       "trade",
    "treasury",  "up",           "us",          "van",       "vice",    "von",       "ward",     "we",
    "white",     "will",         "wood",        "young"};

/* By byte: 1 a letter of a name's word (a-z, '-', '\''; the text is case
 * folded), 2 one that may start it (a-z). A look-up where four
 * comparisons were: the walk reads every byte of a document. */
static const unsigned char letter_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int is_letter(char c) {
  return letter_class[(unsigned char)c] & 1;
}

/* Is w[0, n) (letters, no NUL) one of not_lent? A binary search: seven
 * comparisons where a walk of the list made 88. strncmp stops at a
 * shorter word's NUL, which sorts before any letter; a longer one sorts
 * after w. */
static int is_not_lent(const char *w, size_t n) {
  size_t lo = 0, hi = sizeof not_lent / sizeof *not_lent;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strncmp(not_lent[mid], w, n);
    if (c == 0 && not_lent[mid][n] == '\0') return 1;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid; /* c > 0, or not_lent[mid] is w and more */
  }
  return 0;
}

static int lendable(const char *w, size_t n) {
  if (n < 2 || n >= CD_SURNAME_MAX) return 0;
  for (size_t i = 0; i < n; i++)
    if (!is_letter(w[i])) return 0;
  return !is_not_lent(w, n);
}

/* The bit of the filter (cd_surnames.words) for word w[0, n), n >= 2:
 * its first two bytes and its length, mixed. */
static unsigned word_bit(const char *w, size_t n) {
  uint32_t x = (uint32_t)(unsigned char)w[0] | (uint32_t)(unsigned char)w[1] << 8 | (uint32_t)n << 16;
  return (x * 0x9E3779B1u) >> 22;
}

/* May w[0, n) be a lent word (n >= 2)? No when its bit is clear. */
static int may_be_lent(const cd_surnames *sn, const char *w, size_t n) {
  unsigned b = word_bit(w, n);
  return (int)((sn->words[b >> 6] >> (b & 63)) & 1u);
}

static cd_surname *find(const cd_surnames *sn, const char *w, size_t n) {
  char key[CD_SURNAME_MAX];
  int k;
  if (n >= CD_SURNAME_MAX) return NULL;
  memcpy(key, w, n);
  key[n] = '\0';
  return (k = cd_strindex_find(&sn->index, key)) >= 0 ? &sn->v[k] : NULL;
}

/* Lends word [w, w + n) of a full name to the person of payload p. */
static int lend(cd_surnames *sn, const char *w, size_t n, const cd_lex_payload *p) {
  cd_surname *x;
  char *word;
  int have;
  unsigned b;
  if (!lendable(w, n)) return 0;
  if ((x = find(sn, w, n))) {
    if (x->p->index != p->index) x->shared = 1;
    return 0;
  }
  if (cd_array_reserve((void **)&sn->v, &sn->cap, sn->n + 1, sizeof *sn->v) < 0 || !(word = malloc(n + 1)))
    return CD_ENOMEM;
  memcpy(word, w, n);
  word[n] = '\0';
  if (cd_strindex_add(&sn->index, word, (int)sn->n, &have) < 0) {
    free(word);
    return CD_ENOMEM;
  }
  sn->v[sn->n++] = (cd_surname){word, p, 0};
  b = word_bit(w, n);
  sn->words[b >> 6] |= (uint64_t)1 << (b & 63);
  sn->runs[(unsigned char)w[0] & 31] |= (uint64_t)5 << n; /* n and n + 2 ("'s"): n < CD_SURNAME_MAX */
  return 0;
}

int cd_surnames_learn(cd_surnames *sn, const cd_scratch *s, const cd_ruleset *rs) {
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    const char *t, *type;
    size_t n, first = 0, last;
    if (m->p->kind != CD_LEX_ENTITY) continue;
    type = rs->entities[m->p->index].type;
    if (type[0] != 'p' || strcmp(type, "person") != 0) continue; /* the first byte without a call */
    t = s->text + m->span.start;
    n = m->span.end - m->span.start;
    while (first < n && t[first] != ' ') first++;
    if (first == n) continue; /* one word: no full name */
    last = n;
    while (last > 0 && t[last - 1] != ' ') last--;
    if (lend(sn, t, first, m->p) < 0 || lend(sn, t + last, n - last, m->p) < 0) return CD_ENOMEM;
  }
  return 0;
}

/* The index of the first match of s that ends after pos. */
static size_t covering(const cd_scratch *s, size_t from, size_t pos) {
  while (from < s->nm && s->m[from].span.end <= pos) from++;
  return from;
}

/* May the run of letters t[i, i + n) (n < 64, t[i] in a-z) be a lent
 * word, or one and "'s"? Not when no lent word opening with its letter
 * has n or n - 2 bytes (runs): a load and a shift, before the second
 * letter is read and "'s" cut off (most words end here). */
static inline int may_open(const cd_surnames *sn, const unsigned char *t, size_t i, size_t n) {
  return (int)((sn->runs[t[i] & 31] >> n) & 1u);
}

/* Where word [i, e) of s (a run of letters that opens with a-z) ends as
 * a lent word would be read ("'s" cut off), when its first two letters
 * and that length may be a lent word's (may_be_lent); else 0. Most words
 * are not: asked inline, the rest (match_lent) out of the walk's way. */
static inline size_t lent_end(const cd_surnames *sn, const unsigned char *t, size_t i, size_t e) {
  size_t w = e;
  if (w - i > 2 && t[w - 2] == '\'' && t[w - 1] == 's') w -= 2; /* "Liu's" */
  return w - i >= 2 && may_be_lent(sn, (const char *)t + i, w - i) ? w : 0;
}

/* Word [i, e) of s, w its end as lent_end read it: when the table lends
 * it and no match covers it, a match of its person, in text order among
 * s's matches (*j: the first match that ends after the last word asked,
 * carried from word to word). Returns 1 when it added one, 0 when not,
 * or CD_ENOMEM. */
static int match_lent(const cd_surnames *sn, cd_scratch *s, size_t i, size_t w, size_t e, size_t *j) {
  const cd_surname *x;
  *j = covering(s, *j, i);
  if ((*j == s->nm || s->m[*j].span.start >= e) && (x = find(sn, s->text + i, w - i)) && !x->shared &&
      (e == s->len || (unsigned char)s->text[e] < 0x80)) {
    cd_match m = {{i, w}, w, x->p};
    if (cd_array_reserve((void **)&s->m, &s->capm, s->nm + 1, sizeof *s->m) < 0) return CD_ENOMEM;
    memmove(s->m + *j + 1, s->m + *j, (s->nm - *j) * sizeof *s->m);
    s->m[*j] = m;
    s->nm++;
    return 1;
  }
  return 0;
}

#if defined(__SSE2__)
/* The letters (a-z, '-', '\'') of p[0, 16) into *letters and the a-z
 * among them into *az, a bit a byte. A byte is in [lo, lo + k) when it
 * plus 0x80 - lo, wrapping, is a signed byte below k - 0x80. */
static inline void letter_masks16(const unsigned char *p, uint64_t *az, uint64_t *letters) {
  __m128i v;
  unsigned a;
  memcpy(&v, p, 16);
  a = (unsigned)_mm_movemask_epi8(
      _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8((char)(26 - 0x80))));
  *az = a;
  *letters = a | (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')),
                                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
}

/* The words of s, each asked of lent_end and match_lent, read in looks
 * of 64 bytes (SSE2, every x86-64, sixteen bytes a load; the last look
 * of a sentence from a copy with zeros after its end, which no word
 * takes): a look's letters are one mask, its words' starts and lengths
 * bit counts of it, so that the bytes are not walked one by one. A look
 * starts after a byte that is no letter, and ends before a run that
 * reaches past it (the next look starts at that run; a run of 64 letters
 * or more, which is no lent word, is passed over). Adds to *added;
 * returns 0 or CD_ENOMEM. */
static int lent_words64(const cd_surnames *sn, cd_scratch *s, size_t *added) {
  const unsigned char *t = (const unsigned char *)s->text;
  size_t i = 0, n = s->len, j = 0;
  int r;
  while (i < n) {
    unsigned char last[64];
    const unsigned char *p = t + i;
    uint64_t az = 0, letters = 0, starts;
    unsigned stop = 64;
    if (n - i < 64) {
      memset(last, 0, sizeof last);
      memcpy(last, p, n - i);
      p = last;
      stop = (unsigned)(n - i);
    }
    for (unsigned k = 0; k < 64; k += 16) {
      uint64_t a, l;
      letter_masks16(p + k, &a, &l);
      az |= a << k;
      letters |= l << k;
    }
    starts = letters & ~(letters << 1); /* bit 0 too: the byte before is no letter */
    if (letters >> 63) {                /* the last run may go on past the 64 */
      stop = 63u - (unsigned)__builtin_clzll(starts);
      if (stop == 0) { /* 64 letters and more */
        while (i < n && (letter_class[t[i]] & 1)) i++;
        continue;
      }
      starts &= ((uint64_t)1 << stop) - 1;
    }
    starts &= az; /* a run that opens with '-' or '\'' holds no word */
    for (; starts; starts &= starts - 1) {
      unsigned b = (unsigned)__builtin_ctzll(starts);
      unsigned len = (unsigned)__builtin_ctzll(~letters >> b); /* under 64: the run ends in the look */
      size_t e = i + b + len, w;
      if (!may_open(sn, t, i + b, len) || !(w = lent_end(sn, t, i + b, e))) continue;
      if ((r = match_lent(sn, s, i + b, w, e, &j)) < 0) return r;
      *added += (size_t)r;
    }
    i += stop;
  }
  return 0;
}
#endif

/* The words of s are the runs of letters (letter_class & 1) that open
 * with a-z: one that opens with '-' or '\'' holds none, each of its
 * letters following another. 64 bytes a look where SSE2 is there
 * (lent_words64); else each run is passed by pointer, a look-up a byte (a
 * loop over every place that asked whether a word starts there cost
 * about twice as much). */
int cd_surnames_apply(const cd_surnames *sn, cd_scratch *s) {
  size_t added = 0;
  int r;
  if (sn->n == 0) return 0;
#if defined(__SSE2__)
  if ((r = lent_words64(sn, s, &added)) < 0) return r;
#else
  const unsigned char *t = (const unsigned char *)s->text, *end = t + s->len, *p = t;
  size_t j = 0;
  for (;;) {
    const unsigned char *q;
    size_t w;
    while (p < end && !(letter_class[*p] & 1)) p++;
    if (p == end) break;
    for (q = p + 1; q < end && (letter_class[*q] & 1); q++) {
    }
    if ((letter_class[*p] & 2) && q - p < 64 && may_open(sn, t, (size_t)(p - t), (size_t)(q - p)) &&
        (w = lent_end(sn, t, (size_t)(p - t), (size_t)(q - t)))) {
      if ((r = match_lent(sn, s, (size_t)(p - t), w, (size_t)(q - t), &j)) < 0) return r;
      added += (size_t)r;
    }
    p = q;
  }
#endif
  return (int)added;
}

void cd_surnames_free(cd_surnames *sn) {
  for (size_t i = 0; i < sn->n; i++) free(sn->v[i].word);
  free(sn->v);
  cd_strindex_dispose(&sn->index);
  sn->v = NULL;
  sn->n = sn->cap = 0;
  memset(sn->words, 0, sizeof sn->words);
  memset(sn->runs, 0, sizeof sn->runs);
}
