/* values_unit.c: the unit of a count or a price, read with the rules' unit
 * words (rules/units.yaml, rules.h cd_units): "12 million metric tons",
 * 72万吨, 20个月, "$11.46 a bushel", 每净吨50美元. A value keeps its unit as an
 * index, and cd_value_compatible never compares two values of different
 * units. Each call tries every unit word at one or two places after (or
 * before) a number already read: O(words), no allocation. */
#include "values_scan.h"

#include "rules.h"

/* The bucket of the unit and measure words that may start at i
 * (cd_units_bucket), 0 past the end (no word starts with a NUL). */
static unsigned bucket_at(const vs_scan *s, size_t i) {
  return i < s->len ? cd_units_bucket(s->p + i, s->len - i) : 0;
}

/* vs_unit_at's reading of bucket b at i, the byte there c; c1, when not
 * 0, the byte after it, which a word of two bytes or more must have
 * there (tested first: an ASCII byte's words all share it). */
static inline size_t unit_words_at(const vs_scan *s, size_t i, unsigned b, int c, char c1,
                                   unsigned short *unit) {
  size_t best = 0;
  for (size_t k = s->units->first[b]; k < s->units->first[b + 1]; k++) { /* the words that may start at i */
    const cd_unit *un = &s->units->units[s->units->words[k].unit];
    const char *w = un->terms[s->units->words[k].term].text;
    size_t e;
    if (c1 && w[0] && w[1] && w[1] != c1) continue;
    e = is_alpha(c) ? word(s, i, w) : lit(s, i, w);
    if (e <= best || next_is_any(s, e, un->not_before, un->nnot_before)) continue;
    best = e;
    *unit = (unsigned short)(s->units->words[k].unit + 1);
  }
  return best;
}

/* The longest word of a unit at i that its not_before does not refuse. */
size_t vs_unit_at(const vs_scan *s, size_t i, unsigned short *unit) {
  int c = at(s, i);
  if (!s->units || !c) return 0;
  return c < 0x80 ? unit_words_at(s, i, bucket_at(s, i), c, (char)at(s, i + 1), unit)
                  : unit_words_at(s, i, bucket_at(s, i), c, 0, unit);
}

int vs_company_at(const vs_scan *s, size_t i) {
  unsigned short u = 0;
  unsigned b;
  if (!s->units || !s->units->company || i >= s->len) return 0;
  b = bucket_at(s, i);
  if (!((s->units->company_buckets[b >> 5] >> (b & 31)) & 1)) return 0; /* no word of it here */
  return vs_unit_at(s, i, &u) && u == s->units->company;
}

/* Words that end the noun phrase after a number: what follows them is not
 * what it counts ("5 to 10 days", "3 of the companies"). */
static const char *const phrase_ends[] = {"of",  "to",   "and",   "or",  "in",      "on",  "at",   "for",
                                          "by",  "from", "with",  "as",  "than",    "the", "a",    "an",
                                          "per", "is",   "was",   "are", "were",    "be",  "has",  "have",
                                          "had", "that", "which", "who", "percent", "its", "their"};

static vs_wordset phrase_ends_set; /* vs_unit_index */

/* Determiners after which "of" makes a number a part of a counted whole:
 * "1,400 of the students", "12 of its suppliers", "three of them". */
static const char *const partitive_dets[] = {"the", "its", "their", "those", "these", "them", "our", "all"};

size_t vs_partitive_end(const vs_scan *s, size_t i) {
  size_t g = gap(s, i), e;
  if (!g || !(e = word(s, g, "of")) || !(g = gap(s, e))) return 0;
  for (size_t k = 0; k < NELEM(partitive_dets); k++)
    if ((e = word(s, g, partitive_dets[k]))) return e;
  return 0;
}

/* The last noun of a compound is its head: in "12 chip firms" the unit
 * word ending at e (chip) is followed by another (firms), which wins. */
static unsigned short head_unit(const vs_scan *s, size_t e, unsigned short unit) {
  unsigned short next = 0;
  size_t g = gap(s, e);
  return g && vs_unit_at(s, g, &next) ? next : unit;
}

/* How far to look: the unit word itself, or one word before it. One word
 * covers a maker, a nationality, a model or an adjective ("400 nvidia
 * gpus", "50 h200 chips", "12 chinese firms", "5 new vessels"; "metric
 * tons" and "net tons" are unit words of their own); two would reach the
 * next noun phrase ("20 years old chips" is years, and "3 companies'
 * chips" is companies). */
unsigned short vs_unit_after_en(const vs_scan *s, size_t i) {
  unsigned short unit = 0;
  size_t g, e;
  if ((e = vs_partitive_end(s, i))) i = e; /* "1,400 of the students": students */
  g = gap(s, i);
  if (!g || !is_alpha(at(s, g))) return 0;
  if ((e = vs_unit_at(s, g, &unit))) return head_unit(s, e, unit);
  if ((e = abbrev_end(s, g)) && (g = gap(s, e)) && (e = vs_unit_at(s, g, &unit)))
    return head_unit(s, e, unit); /* "15 u.s. entities" */
  g = gap(s, i);
  for (e = g; is_alnum(at(s, e)) || at(s, e) == '-'; e++) { /* a model number too: "50 h200 chips" */
  }
  if (is_alnum(at(s, e)) || at(s, e) == '.' || at(s, e) == '\'') return 0; /* u.s., nvidia's */
  for (size_t k = 0; e > g && vs_wordset_may(&phrase_ends_set, s->p + g, e - g) && k < NELEM(phrase_ends);
       k++)
    if ((unsigned char)phrase_ends[k][0] == at(s, g) && strlen(phrase_ends[k]) == e - g &&
        memcmp(s->p + g, phrase_ends[k], e - g) == 0)
      return 0;
  if (!(g = gap(s, e)) || !(e = vs_unit_at(s, g, &unit))) return 0;
  return head_unit(s, e, unit);
}

/* English words between a price and its unit: "$11.46 a bushel", "$50 per
 * net ton", "$50 for every net ton". */
static const char *const per_en[] = {"per", "a", "an", "each", "for every", "for each", "every"};

/* Does a 每 end at or before i? Asked once a price (few are), so that
 * the look-back below, which tries every unit word, runs only after one.
 * Found by its last byte, rarer in Chinese text than its first (E6 leads
 * one character in six there). */
static int mei_before(const vs_scan *s, size_t i) {
  static const char mei[] = "每";
  const char *p = s->p;
  for (const char *q = p + 2; i >= 3 && (q = memchr(q, mei[2], i - (size_t)(q - p))) != NULL; q++)
    if (memcmp(q - 2, mei, 3) == 0) return 1;
  return 0;
}

/* How far a parenthesis after a price is looked through (price_paren). */
#define PAREN_MAX 40

/* Past a conversion in parentheses right after a price ("400 yuan ($56)
 * per net ton"), or past the parenthesis that closes right after one
 * ("($56) per net ton"): where the unit both are per stands. j itself
 * when neither. O(PAREN_MAX). */
static size_t price_paren(const vs_scan *s, size_t j) {
  size_t g = gap(s, j), k;
  if (at(s, j) == ')') return j + 1;
  if (at(s, g ? g : j) != '(') return j;
  for (k = (g ? g : j) + 1; k < s->len && k < j + PAREN_MAX; k++) {
    if (at(s, k) == ')') return k + 1;
    if (at(s, k) == '(') break;
  }
  return j;
}

/* The unit a price starting at i and ending at j is per, or 0. */
unsigned short vs_price_unit(const vs_scan *s, size_t i, size_t j) {
  unsigned short unit = 0;
  size_t g, e;
  /* 1. 每蒲式耳11.46美元: 每 and a Chinese unit word just before the price
     (none when no 每 of the text ends before the price) */
  for (size_t u = 0, mei = s->units && mei_before(s, i); mei && u < s->units->nunits; u++) {
    const cd_unit *un = &s->units->units[u];
    for (size_t k = 0; k < un->nterms; k++) {
      const char *w = un->terms[k].text;
      size_t n;
      if (is_alpha(w[0])) continue; /* an English word: never after 每 */
      n = strlen(w);
      if (ends_with_n(s, i, w, n) && ends_with(s, i - n, "每")) return (unsigned short)(u + 1);
    }
  }
  /* 2. after it: 11.46美元/蒲式耳, 50美元每吨, "$50 a ton", "$50 per net ton",
     a conversion in parentheses between ("400 yuan ($56) per net ton") */
  j = price_paren(s, j);
  if (at(s, j) == '/' && vs_unit_at(s, j + 1, &unit)) return unit;
  if ((e = lit(s, j, "每")) && vs_unit_at(s, e, &unit)) return unit;
  if (!(g = gap(s, j))) return 0;
  for (size_t k = 0; k < NELEM(per_en); k++)
    if ((e = word(s, g, per_en[k])) && (e = gap(s, e)) && is_alpha(at(s, e)) && vs_unit_at(s, e, &unit))
      return unit;
  return 0;
}

/* ---- measures: what a share is of ---------------------------------------- */

/* Bytes before a share a measure word may stand: 40 CJK characters, or an
 * English subject with its modifiers ("the dumping margin of certain
 * chips originating from the US ... has exceeded 300 percent"). */
#define MEASURE_REACH 120

/* Clause marks a measure word never reaches across. */
static const char *const clause_marks[] = {",", ";", ":", "(", "，", "（"};

/* The last bytes of clause_marks, one bit each (vs_unit_index). */
static vs_byteset clause_mark_last;

void vs_unit_index(void) {
  vs_wordset_add(&phrase_ends_set, phrase_ends, NELEM(phrase_ends));
  vs_byteset_add_last(&clause_mark_last, clause_marks, NELEM(clause_marks));
}

/* Does a clause mark end at i (i > 0)? vs_measure asks at every byte it
 * looks back over: the byte before i first, which ends no mark mostly. */
static int clause_mark_ends(const vs_scan *s, size_t i) {
  return vs_byteset_has(&clause_mark_last, (unsigned char)s->p[i - 1]) &&
         prev_is_any(s, i, clause_marks, NELEM(clause_marks));
}

/* The word w of a measure at i: its end, or 0. The first two bytes
 * first, inline: most calls fail there (in Chinese the first byte is one
 * of a few, so the second decides). */
static size_t measure_word(const vs_scan *s, size_t i, const char *w) {
  if ((unsigned char)w[0] != at(s, i) || (w[1] && (unsigned char)w[1] != at(s, i + 1))) return 0;
  if (!is_alpha((unsigned char)w[0])) return lit(s, i, w);
  return i > 0 && is_alnum(at(s, i - 1)) ? 0 : word(s, i, w);
}

/* Does one of words stand in [a, b)? 到 and 至 after 达 are no level
 * marker: 降幅达到50% (a fall reaching 50%) is a fall. */
static int stands_between(const vs_scan *s, size_t a, size_t b, const char *const *words, size_t n) {
  for (size_t i = a; i < b; i++)
    for (size_t k = 0; k < n; k++) {
      size_t e = measure_word(s, i, words[k]);
      if (e && e <= b && !(!is_alpha((unsigned char)words[k][0]) && ends_with(s, i, "达"))) return 1;
    }
  return 0;
}

/* The bit of cd_measure_index.pairs for a word, or a position, whose
 * first bytes are c0, c1 and c2: a character of three bytes or more (c0
 * from E0, most of Chinese) by all three, as the first two say little
 * there (E4 to E9 lead most of the text, and a second byte is one of 64);
 * else by the first two. */
static unsigned measure_pair_bit(unsigned c0, unsigned c1, unsigned c2) {
  return c0 >= 0xE0 ? (c0 * 961u + c1 * 31u + c2) & 1023u : (c0 * 31u + c1) & 1023u;
}

/* Adds the measure word w to x's lone and pairs (a word cut inside its
 * first character, of less than three bytes from E0, to lone: its first
 * byte lets every position through). */
static void measure_pair_add(cd_measure_index *x, const char *w) {
  unsigned c0 = (unsigned char)w[0], h;
  if (!c0) return; /* an empty word starts nowhere (measure_word) */
  if (!w[1] || (c0 >= 0xE0 && !w[2])) {
    x->lone[c0 >> 5] |= 1u << (c0 & 31);
    return;
  }
  h = measure_pair_bit(c0, (unsigned char)w[1], c0 >= 0xE0 ? (unsigned char)w[2] : 0);
  x->pairs[h >> 5] |= 1u << (h & 31);
}

/* May a measure word start at i, by its first bytes (lone and pairs)?
 * measure_word matches no word whose first bytes differ from the text's:
 * where this says no, none of the chains is read. */
static inline int measure_pair_may(const vs_scan *s, const cd_measure_index *x, size_t i) {
  unsigned c0 = (unsigned)at(s, i), c1 = (unsigned)at(s, i + 1), h;
  h = measure_pair_bit(c0, c1, c0 >= 0xE0 ? (unsigned)at(s, i + 2) : 0);
  return ((x->pairs[h >> 5] >> (h & 31)) & 1) || ((x->lone[c0 >> 5] >> (c0 & 31)) & 1);
}

void cd_units_index_measures(cd_units *u) {
  cd_measure_index *x = &u->measure_index;
  size_t n = 0, g;
  /* the first unit one day long; the last one named "company" */
  u->day = u->company = 0;
  for (size_t k = u->nunits; k-- > 0;)
    if (u->units[k].duration && u->units[k].minutes == 24 * 60) u->day = (unsigned short)(k + 1);
  for (size_t k = 0; k < u->nunits; k++)
    if (strcmp(u->units[k].id, "company") == 0) u->company = (unsigned short)(k + 1);
  memset(u->company_buckets, 0, sizeof u->company_buckets);
  for (unsigned b = 0; u->company && b < 256; b++)
    for (size_t k = u->first[b]; k < u->first[b + 1]; k++)
      if (u->words[k].unit + 1 == u->company) u->company_buckets[b >> 5] |= 1u << (b & 31);
  memset(x->head, 0, sizeof x->head);
  memset(x->lone, 0, sizeof x->lone);
  memset(x->pairs, 0, sizeof x->pairs);
  for (size_t m = 0; m < u->nmeasures; m++)
    for (size_t k = 0; k < u->measures[m].nterms; k++) measure_pair_add(x, u->measures[m].terms[k].text);
  x->rest_m = u->nmeasures;
  x->rest_k = 0;
  for (size_t m = 0; m < u->nmeasures; m++) n += u->measures[m].nterms;
  /* the last word first, each put in front of its bucket's chain, so that
     a chain reads in rule order; g counts down from the last word's index */
  g = n;
  for (size_t m = u->nmeasures; m-- > 0;)
    for (size_t k = u->measures[m].nterms; k-- > 0;) {
      const char *w = u->measures[m].terms[k].text;
      unsigned h;
      if (--g >= CD_MEASURE_WORDS) {
        x->rest_m = m, x->rest_k = k; /* the first past the cap, at the end */
        continue;
      }
      h = cd_units_bucket(w, strlen(w));
      x->word[g] = w;
      x->measure[g] = (unsigned short)m;
      x->next[g] = x->head[h];
      x->head[h] = (unsigned short)(g + 1);
    }
}

/* Does measure m's word w stand at i and reach b (none of m's not_across
 * words between)? */
static int measure_reaches(const vs_scan *s, size_t i, size_t b, size_t m, const char *w) {
  const cd_unit *me = &s->units->measures[m];
  size_t e = measure_word(s, i, w);
  return e && e <= b && !stands_between(s, e, b, me->not_across, me->nnot_across);
}

/* The measure whose word starts at i and reaches b (none of its not_across
 * words between), 1-based, or 0: the first in rule order, the words of
 * i's bucket, then those past it. */
static unsigned short measure_at(const vs_scan *s, const cd_measure_index *x, size_t i, size_t b) {
  int c = at(s, i);
  for (unsigned k = x->head[bucket_at(s, i)]; k; k = x->next[k - 1])
    if (measure_reaches(s, i, b, x->measure[k - 1], x->word[k - 1]))
      return (unsigned short)(x->measure[k - 1] + 1);
  for (size_t m = x->rest_m, k0 = x->rest_k; m < s->units->nmeasures; m++, k0 = 0)
    for (size_t k = k0; k < s->units->measures[m].nterms; k++) {
      const char *w = s->units->measures[m].terms[k].text;
      if ((unsigned char)w[0] == c && measure_reaches(s, i, b, m, w)) return (unsigned short)(m + 1);
    }
  return 0;
}

#define MEASURE_WORD_MAX 16 /* bytes: the longest measure word a shorter one may end inside */

/* Can a measure word start at p? Not inside an ASCII word (an English
 * measure word starts a word, measure_word; no other starts with a
 * letter), nor where p's bucket has no word and no word is past the
 * buckets. */
static int measure_may_start(const vs_scan *s, const cd_measure_index *x, size_t p) {
  int c = at(s, p);
  if (is_alpha(c) && p > 0 && is_alnum(at(s, p - 1))) return 0;
  return x->head[bucket_at(s, p)] != 0 || x->rest_m < s->units->nmeasures;
}

/* Does a measure word that starts before p run past it: is the word at p
 * the tail of a longer one ("up" of "made up")? */
static int inside_longer(const vs_scan *s, const cd_measure_index *x, size_t p) {
  for (size_t q = p; q-- > 0 && p - q < MEASURE_WORD_MAX;) {
    if ((at(s, q) & 0xC0) == 0x80 || !measure_pair_may(s, x, q) || !measure_may_start(s, x, q)) continue;
    for (unsigned k = x->head[bucket_at(s, q)]; k; k = x->next[k - 1])
      if (measure_word(s, q, x->word[k - 1]) > p) return 1;
    for (size_t m = x->rest_m, k0 = x->rest_k; m < s->units->nmeasures; m++, k0 = 0)
      for (size_t k = k0; k < s->units->measures[m].nterms; k++)
        if (measure_word(s, q, s->units->measures[m].terms[k].text) > p) return 1;
  }
  return 0;
}

/* The start of the English word right before a, past blanks; a itself
 * when none stands there. */
static size_t word_before(const vs_scan *s, size_t a) {
  size_t q = a;
  while (q > 0 && at(s, q - 1) == ' ') q--;
  if (q == 0 || !is_alpha(at(s, q - 1))) return a;
  while (q > 0 && is_alpha(at(s, q - 1))) q--;
  return q;
}

unsigned short vs_measure(const vs_scan *s, size_t lo, size_t a, size_t b, size_t hi) {
  size_t floor = a > lo + MEASURE_REACH ? a - MEASURE_REACH : lo, g = gap(s, b);
  const cd_measure_index *x;
  unsigned short m, after;
  if (!s->units || !s->units->nmeasures) return 0;
  x = &s->units->measure_index;
  /* the English word right after it: "a 20% increase", "closed 3.4%
   * lower" */
  after = g && g < hi && is_alpha(at(s, g)) && measure_pair_may(s, x, g) ? measure_at(s, x, g, hi) : 0;
  for (size_t i = a; i > floor; i--) { /* the nearest word before it in its clause */
    size_t p = i - 1;
    if ((at(s, p) & 0xC0) == 0x80) continue; /* inside a character */
    if (clause_mark_ends(s, i)) break;
    if (measure_pair_may(s, x, p) && measure_may_start(s, x, p) && (m = measure_at(s, x, p, a)) &&
        !inside_longer(s, x, p))
      /* one right before it holds it ("down 2.6%"); one further back
       * yields to the word after it ("shares closed 3.4% lower": a
       * fall, no share of anything) */
      return after && p != word_before(s, a) ? after : m;
  }
  /* else the word right after it, in either language: "40% yield" */
  if (g && g < hi && measure_pair_may(s, x, g)) return measure_at(s, x, g, hi);
  return 0;
}
