/* values.c: the scan over one normalised sentence, the table of value kinds,
 * and comparing and printing values (see values.h). The grammars live in
 * values_date_zh.c, values_date_en.c and values_quantity.c, on top of
 * values_number.c and values_date.c; values_scan.h is what they share.
 *
 * One pass, left to right. At each word start (an ASCII word, a digit,
 * "$", a non-ASCII character) a table lookup of its token says which
 * grammars can start there (values_scan.h, "Where a value can start"),
 * and those run in order; a miss skips the whole ASCII word or Chinese
 * numeral, so each byte is read by a bounded number of matchers: O(len),
 * no allocation, results written into the caller's array. */
#include "values_scan.h"

#include "calendar.h"
#include "rules.h"

#include <assert.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- Comparing ----------------------------------------------------------- */

static int compare_none(const cd_value *a, const cd_value *b) {
  (void)a;
  (void)b;
  return -1;
}

/* Counts and ratios: the ranges intersect; two spans told by their ends
 * (values.h `ends`) agree end by end, each within 5% of the other's, as
 * two stretches of months do: 115亿至135亿美元 is no "$12.5 billion to
 * $13.5 billion", though the two overlap. */
static int compare_range(const cd_value *a, const cd_value *b) {
  if (a->ends && b->ends)
    return fabs(a->lo - b->lo) <= 0.05 * fmax(fabs(a->lo), fabs(b->lo)) &&
           fabs(a->hi - b->hi) <= 0.05 * fmax(fabs(a->hi), fabs(b->hi));
  return a->lo <= b->hi && b->lo <= a->hi;
}

/* Two currencies: numbers that agree are one amount with its currency
 * misstated (223.59港元 for "$223.59", 约36.8万港元 for "$368,136");
 * other numbers are an amount and its conversion (1.13兆元人民幣 and
 * "roughly $157 billion"), or two amounts no rate here can set side by
 * side: not comparable. */
static int compare_money(const cd_value *a, const cd_value *b) {
  if (strcmp(a->currency, b->currency) != 0) return compare_range(a, b) ? 0 : -1;
  return compare_range(a, b);
}

/* A share and percentage points are never comparable. */
static int compare_percent(const cd_value *a, const cd_value *b) {
  if (a->points != b->points) return -1;
  return compare_range(a, b);
}

/* Is b the other reading of a weekday a (values.h `or_next_week`): the day
 * a week after it? */
static int next_week_of(const cd_value *a, const cd_value *b) {
  return a->or_next_week && b->precision == CD_DATE_DAY && b->lo == a->lo + 7 && b->hi == a->hi + 7;
}

/* Two stretches of months (values.h `stretch`) agree end by end, to the month:
 * an event of October 2024 to January 2025 is not one of October 2023 to
 * January 2025, though the two overlap. Otherwise the ranges intersect. */
static int compare_date(const cd_value *a, const cd_value *b) {
  int y0, m0, d0, y1, m1, d1;
  if (a->unresolved || b->unresolved) return -1;
  if (!(a->stretch && b->stretch)) return compare_range(a, b) || next_week_of(a, b) || next_week_of(b, a);
  cd_calendar_civil((long)a->lo, &y0, &m0, &d0);
  cd_calendar_civil((long)b->lo, &y1, &m1, &d1);
  if (y0 != y1 || m0 != m1) return 0;
  cd_calendar_civil((long)a->hi, &y0, &m0, &d0);
  cd_calendar_civil((long)b->hi, &y1, &m1, &d1);
  return y0 == y1 && m0 == m1;
}

/* How many significant digits x has (10 and 5000000000: 1; 250: 2;
 * 11100000000: 3), counted up to 4; 0 for what is no whole number
 * below 1e18 (a share of 3.5% has none here). */
static int significant_digits(double x) {
  int n = 0;
  x = fabs(x);
  if (!(x >= 1 && x < 1e18) || x != floor(x)) return 0;
  while (x >= 10 && fmod(x, 10) == 0) x /= 10;
  while (x >= 1 && n < 4) x = floor(x / 10), n++;
  return n;
}

/* Is r a round bound (one significant digit) that holds for b's exact
 * figure (three digits or more) not far past it: "more than $10
 * billion" for 逾111亿美元 (a wire rounds down the figure an announcement
 * gives)? Two round figures are two statements: "at least $200 billion"
 * is not "at least $250 billion". */
static int holds_round(const cd_value *r, const cd_value *b) {
  if (significant_digits(r->num) != 1 || significant_digits(b->num) < 3) return 0;
  return r->bound > 0 ? b->num > r->num && b->num < 1.5 * r->num : b->num < r->num && b->num > r->num / 1.5;
}

/* Two bounds of one direction state the bound itself: "at least 12" and
 * "at least 21" both hold for 30 but say different things, so their
 * numbers must agree (within 5% when either is approximate, else to
 * rounding), unless one is a round bound that holds for the other. */
static int same_bound(const cd_value *a, const cd_value *b) {
  double tol = (a->approx || b->approx ? 0.05 : 0.005) * fabs(a->num);
  /* "more than 50%" leaves out the 50% that "at least 50%" holds */
  if ((a->strict && b->inclusive) || (a->inclusive && b->strict)) return 0;
  return fabs(a->num - b->num) <= tol || holds_round(a, b) || holds_round(b, a);
}

int cd_value_distinctive(const cd_value *v) {
  return v->kind == CD_VALUE_MONEY || (v->kind == CD_VALUE_COUNT && v->num >= 10);
}

int cd_value_estimate(const cd_value *v) {
  return v->approx || v->bound;
}

int cd_value_rounds_to(const cd_value *a, const cd_value *b) {
  double unit = 1, x = fabs(a->num);
  if (!a->approx || a->range || a->bound || b->range || a->kind != b->kind || !(x > 0 && x < 1e18)) return 0;
  if (x == floor(x)) {
    while (fmod(x, unit * 10) == 0) unit *= 10;
  } else {
    while (unit > 1e-6 && fabs(x / unit - floor(x / unit + 0.5)) > 1e-9) unit /= 10;
  }
  if (a->kind == CD_VALUE_MONEY && strcmp(a->currency, b->currency) != 0) return 0;
  return cd_value_compatible(a, b) != -1 && fabs(b->num - a->num) < unit / 2;
}

int cd_value_compatible(const cd_value *a, const cd_value *b) {
  int c;
  if (a->kind == CD_VALUE_NONE || a->kind != b->kind) return -1;
  /* 50 boxes of chips are not 50 chips: the same number in a packing
   * unit and a unit of goods is the unit misstated; a packing unit stands
   * right after its number, so a count of no unit is of the goods */
  if (a->packed != b->packed) return a->unit && b->unit && a->num == b->num ? 0 : -1;
  /* two units of time compare in minutes, 5% apart at most (一个月 is
   * "30 days", 20年 no "20 months"); the numbers as written, as a bound
   * ("up to 20 years") is compared where both are bounds */
  if (a->minutes && b->minutes && a->unit != b->unit) {
    double x = a->num * a->minutes, y = b->num * b->minutes;
    if (a->range || b->range)
      return a->lo * a->minutes <= b->hi * b->minutes * 1.05 &&
             b->lo * b->minutes <= a->hi * a->minutes * 1.05;
    return fabs(x - y) <= 0.05 * fmax(x, y);
  }
  if (a->unit && b->unit && a->unit != b->unit) return -1; /* 12 cargoes, 12 million tonnes */
  if ((a->running == 2 && !b->running) || (b->running == 2 && !a->running)) return -1; /* a total, an act */
  if (a->measure && b->measure && a->measure != b->measure) return -1;                 /* a yield, a target */
  if (cd_value_goods_apart(a, b)) return -1; /* LNG's rate, crude oil's */
  c = cd_value_kind_get(a->kind)->compare(a, b);
  if (c == 1 && a->bound && a->bound == b->bound && !a->range && !b->range && a->kind != CD_VALUE_DATE)
    return same_bound(a, b);
  return c;
}

const char *cd_units_name(const cd_units *units, unsigned unit) {
  return units && unit > 0 && unit <= units->nunits ? units->units[unit - 1].id : NULL;
}

int cd_value_days_slip(const cd_value *a, const cd_value *b) {
  return a->kind == CD_VALUE_DATE && b->kind == CD_VALUE_DATE && a->precision == CD_DATE_DAY &&
         b->precision == CD_DATE_DAY && (a->relative || b->relative) && fabs(a->lo - b->lo) <= 1;
}

const char *cd_measures_name(const cd_units *units, unsigned measure) {
  return units && measure > 0 && measure <= units->nmeasures ? units->measures[measure - 1].id : NULL;
}

int cd_units_duration(const cd_units *units, unsigned unit) {
  return units && unit > 0 && unit <= units->nunits && units->units[unit - 1].duration;
}

int cd_units_minutes(const cd_units *units, unsigned unit) {
  return units && unit > 0 && unit <= units->nunits ? units->units[unit - 1].minutes : 0;
}

unsigned short cd_units_day(const cd_units *units) {
  return units ? units->day : 0;
}

unsigned short cd_units_company(const cd_units *units) {
  return units ? units->company : 0;
}

int cd_units_packs(const cd_units *units, unsigned unit) {
  return units && unit > 0 && unit <= units->nunits && units->units[unit - 1].packs;
}

/* ---- Printing ------------------------------------------------------------ */

/* Integers without exponent or ".0", others with up to six decimals. */
static void format_number(char *buf, size_t n, double x) {
  size_t k;
  if (isinf(x)) {
    snprintf(buf, n, "%s", x > 0 ? "inf" : "-inf");
    return;
  }
  if (fabs(x) < 1e18 && x == floor(x)) {
    snprintf(buf, n, "%.0f", x);
    return;
  }
  snprintf(buf, n, "%.6f", x);
  if (!strchr(buf, '.')) return;
  k = strlen(buf);
  while (k > 0 && buf[k - 1] == '0') buf[--k] = '\0';
  if (k > 0 && buf[k - 1] == '.') buf[--k] = '\0';
}

static void format_day(char *buf, size_t n, double days) {
  int y, m, d;
  cd_calendar_civil((long)days, &y, &m, &d);
  snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
}

static void format_none(const cd_value *v, char *buf, size_t n) {
  (void)v;
  (void)buf;
  (void)n;
}

/* A number, or a stated range lo..hi, then unit. */
static void format_amount(const cd_value *v, char *buf, size_t n, const char *unit) {
  char a[64], b[64];
  if (v->range) {
    format_number(a, sizeof a, v->lo);
    format_number(b, sizeof b, v->hi);
    snprintf(buf, n, "%s..%s%s", a, b, unit);
  } else {
    format_number(a, sizeof a, v->num);
    snprintf(buf, n, "%s%s", a, unit);
  }
}

static void format_count(const cd_value *v, char *buf, size_t n) {
  format_amount(v, buf, n, "");
}

static void format_percent(const cd_value *v, char *buf, size_t n) {
  format_amount(v, buf, n, "%");
}

static void format_ratio(const cd_value *v, char *buf, size_t n) {
  if (v->tally)
    snprintf(buf, n, "%d-%d", (int)(v->num / 1000), (int)v->num % 1000);
  else
    format_amount(v, buf, n, "x");
}

/* A tally and a multiple are never comparable. */
static int compare_ratio(const cd_value *a, const cd_value *b) {
  if (a->tally != b->tally) return -1;
  return compare_range(a, b);
}

static void format_money(const cd_value *v, char *buf, size_t n) {
  size_t k;
  format_amount(v, buf, n, " ");
  k = strlen(buf);
  snprintf(buf + k, n - k, "%s", v->currency);
}

static void format_date(const cd_value *v, char *buf, size_t n) {
  char a[64], b[64];
  if (v->unresolved) {
    if (v->cue_len)
      snprintf(buf, n, "%.*s", (int)v->cue_len, v->cue);
    else if (v->month && v->day)
      snprintf(buf, n, "--%02d-%02d", v->month, v->day);
    else if (v->month)
      snprintf(buf, n, "--%02d", v->month);
    else
      snprintf(buf, n, "---%02d", v->day);
  } else if (v->precision == CD_DATE_DAY) {
    format_day(buf, n, v->lo);
  } else if (v->precision == CD_DATE_MONTH) {
    snprintf(buf, n, "%04d-%02d", v->year, v->month);
  } else if (v->precision == CD_DATE_YEAR) {
    snprintf(buf, n, "%04d", v->year);
  } else {
    format_day(a, sizeof a, v->lo);
    format_day(b, sizeof b, v->hi);
    snprintf(buf, n, "%s..%s", a, b);
  }
}

char *cd_value_format(const cd_value *v, char *buf, size_t n) {
  if (n == 0) return buf;
  buf[0] = '\0';
  cd_value_kind_get(v->kind)->format(v, buf, n);
  return buf;
}

char *cd_value_format_against(const cd_value *v, const cd_value *other, char *buf, size_t n) {
  const char *mark = !(v->strict || v->inclusive) || !(other->strict || other->inclusive) ? ""
                     : v->bound > 0 ? (v->strict ? ">" : ">=")
                     : v->bound < 0 ? (v->strict ? "<" : "<=")
                                    : "";
  char num[64];
  if (n == 0) return buf;
  snprintf(buf, n, "%s%s", mark, cd_value_format(v, num, sizeof num));
  return buf;
}

/* ---- The kinds ----------------------------------------------------------- */

/* One row per kind (values.h says how to add one), in the order the scan
 * tries their grammars at each start: the first that matches wins. Dates
 * come first, so that 2025年 and "july 31" are dates and not counts (a
 * qualifier before a date, "around july 31", stays outside it); the
 * quantity grammar reads money, counts, percentages and ratios alike, so
 * the rows after money need no grammar of their own. */
static const struct kind_row {
  cd_value_kind kind;
  cd_value_kind_info info;                 /* {name, noun, compare, format, magnitude, roams} */
  vs_grammar grammar;                      /* reads values of this kind (and maybe others), or NULL */
  void (*starts)(vs_starts *st);           /* with a grammar: registers the tokens it can start at */
  int (*open)(const vs_scan *s, size_t i); /* or NULL: may it start at i all the same? (asked
                                              only before s->long_at) */
} kinds[] = {
    {CD_VALUE_DATE, {"date", "date", compare_date, format_date, 0, 1}, vs_match_date, vs_date_starts, NULL},
    {CD_VALUE_MONEY,
     {"money", "amount", compare_money, format_money, 1, 1},
     vs_match_quantity,
     vs_quantity_starts,
     vs_quantity_open},
    {CD_VALUE_COUNT, {"count", "count", compare_range, format_count, 1, 0}, NULL, NULL, NULL},
    {CD_VALUE_PERCENT, {"percent", "percent", compare_percent, format_percent, 1, 0}, NULL, NULL, NULL},
    {CD_VALUE_RATIO, {"ratio", "ratio", compare_ratio, format_ratio, 1, 0}, NULL, NULL, NULL},
    {CD_VALUE_NONE, {"none", "none", compare_none, format_none, 0, 0}, NULL, NULL, NULL},
};
_Static_assert(NELEM(kinds) == CD_VALUE_NKINDS, "one row in kinds[] per cd_value_kind");
_Static_assert(NELEM(kinds) <= 6, "a start slot has one bit per row of kinds[], GOES_ON and ASKS");

const cd_value cd_value_none = {.kind = CD_VALUE_NONE};

/* The same double to the bit (NaN included, -0 apart from 0). */
static int same_bits(double x, double y) {
  uint64_t a, b;
  memcpy(&a, &x, sizeof a);
  memcpy(&b, &y, sizeof b);
  return a == b;
}

int cd_value_identical(const cd_value *a, const cd_value *b) {
  return a->kind == b->kind && a->unit == b->unit && a->measure == b->measure && same_bits(a->num, b->num) &&
         same_bits(a->lo, b->lo) && same_bits(a->hi, b->hi) && strcmp(a->currency, b->currency) == 0 &&
         a->year == b->year && a->month == b->month && a->day == b->day && a->precision == b->precision &&
         a->approx == b->approx && a->bound == b->bound && a->range == b->range && a->minutes == b->minutes &&
         a->packed == b->packed && a->points == b->points && a->tally == b->tally && a->ends == b->ends &&
         a->intraday == b->intraday && a->relative == b->relative && a->unresolved == b->unresolved &&
         a->guessed == b->guessed && a->or_next_week == b->or_next_week && a->start == b->start &&
         a->deadline == b->deadline && a->cue_len == b->cue_len &&
         (!a->cue_len || memcmp(a->cue, b->cue, a->cue_len) == 0) && a->span.start == b->span.start &&
         a->span.end == b->span.end;
}

/* A linear search: a handful of rows, cheaper than keeping an index. */
const cd_value_kind_info *cd_value_kind_get(cd_value_kind kind) {
  size_t k = 0;
  while (k + 1 < NELEM(kinds) && kinds[k].kind != kind) k++;
  assert(kinds[k].kind == kind || (unsigned)kind >= CD_VALUE_NKINDS); /* a kind without its row */
  return kinds[k].kind == kind ? &kinds[k].info : &kinds[NELEM(kinds) - 1].info;
}

const char *cd_value_kind_name(cd_value_kind kind) {
  return cd_value_kind_get(kind)->name;
}

cd_value_kind cd_value_kind_parse(const char *name) {
  for (size_t k = 0; k < NELEM(kinds); k++)
    if (kinds[k].kind != CD_VALUE_NONE && strcmp(name, kinds[k].info.name) == 0) return kinds[k].kind;
  return CD_VALUE_NONE;
}

char *cd_value_kind_list(char *buf, size_t n) {
  size_t k = 0;
  if (n == 0) return buf;
  buf[0] = '\0';
  for (int i = CD_VALUE_NONE + 1; i < CD_VALUE_NKINDS; i++) {
    snprintf(buf + k, n - k, "%s%s", i > CD_VALUE_NONE + 1 ? ", " : "", cd_value_kind_name((cd_value_kind)i));
    k = strlen(buf);
  }
  return buf;
}

/* ---- The scan ----------------------------------------------------------- */

static size_t next_char(const vs_scan *s, size_t i) {
  size_t j = i + 1;
  while (j < s->len && ((unsigned char)s->p[j] & 0xC0) == 0x80) j++;
  return j;
}

/* Where to look next after nothing matched at i: past the whole ASCII word
 * or Chinese numeral, so that "h20" never yields 20 and no run of digits is
 * read twice. */
static size_t skip(const vs_scan *s, size_t i) {
  size_t e;
  if (is_alnum(at(s, i))) {
    while (is_alnum(at(s, i))) i++;
    return i;
  }
  e = vs_zh_numeral_end(s, i);
  return e > i ? e : next_char(s, i);
}

#define VALUE_MAX 1e18
#define ALL_ROWS  ((1u << NELEM(kinds)) - 1)

/* The first grammar's value at i into *v, the kinds' grammars tried in
 * table order, those of rows only (bit k: kinds[k]), each one counted in
 * *tries; returns where it ends, or 0. */
static size_t match(const vs_scan *s, size_t i, cd_value *v, unsigned rows, size_t *tries) {
  size_t e = 0;
  for (size_t k = 0; k < NELEM(kinds) && !e; k++) {
    if (!kinds[k].grammar || !((rows >> k) & 1)) continue;
    ++*tries;
    memset(v, 0, sizeof *v);
    e = kinds[k].grammar(s, i, v);
  }
  return e;
}

/* ---- Where a value can start --------------------------------------------- */

/* What the scan's loop asks of a byte, a bit each (index_bytes): */
enum {
  BYTE_ALNUM = 1, /* an ASCII letter or digit */
  BYTE_PASS = 2,  /* ASCII that starts nothing: neither alnum nor '$' */
  BYTE_ALPHA = 4  /* an ASCII letter */
};
static unsigned char byte_class[256];

/* The start tables (values_scan.h): in start_slots a token's rows, bit k
 * saying kinds[k]'s grammar can start at it; in follow_slots a token's
 * with what follows it (the next character, or a space and the character
 * after it: start_follow_end). GOES_ON in start_slots says a token has
 * entries in follow_slots (most have none: then what follows it is not
 * hashed), its follows which bytes tell them. Open addressing, a full-hash compare: a token that shares its
 * first slot with a registered one is no start. Filled once
 * (index_tables), read only after. open_rows: the rows with an open
 * function. ASKS in start_slots says the open functions are asked at a
 * token wherever it stands (vs_starts_asking: "a", "an"). */
static vs_start_slot start_slots[VS_START_SLOTS];
static vs_start_slot follow_slots[VS_START_SLOTS];
static size_t start_used; /* slots taken in the two, together under half of one */
static unsigned open_rows;
#define GOES_ON 0x80u /* above the rows' bits */
#define ASKS    0x40u /* above them too: NELEM(kinds) <= 6 */

/* The slot of hash h in table t, or an empty one (rows 0) when it has
 * none. */
static const vs_start_slot *start_slot(const vs_start_slot *t, uint32_t h) {
  for (unsigned k = vs_hash_slot(h);; k = (k + 1) & (VS_START_SLOTS - 1))
    if (t[k].hash == h || !t[k].rows) return &t[k]; /* an empty slot's hash may be h: its rows are 0 */
}

/* The rows of hash h in table t, 0 when it has none. */
static unsigned start_rows(const vs_start_slot *t, uint32_t h) {
  return start_slot(t, h)->rows;
}

/* Adds rows, and follows (vs_start_slot), to hash h's slot in t. */
static void start_add(vs_start_slot *t, uint32_t h, unsigned char rows, unsigned short follows) {
  unsigned k = vs_hash_slot(h);
  while (t[k].rows && t[k].hash != h) k = (k + 1) & (VS_START_SLOTS - 1);
  if (!t[k].rows) {
    t[k].hash = h;
    start_used++;
    assert(start_used < VS_START_SLOTS / 2); /* probes stay short, and an empty slot ends each */
  }
  t[k].rows |= rows;
  t[k].follows |= follows;
}

/* Where what follows the token ending at t (t < n) ends: the character
 * there, and when that is a space the character after it too (when there
 * is one). The lookup and the registration both cut here. */
static size_t start_follow_end(const char *p, size_t t, size_t n) {
  size_t f = vs_char_end(p, t, n);
  return p[t] == ' ' && f < n ? vs_char_end(p, f, n) : f;
}

/* The byte that tells what follows the token ending at t (t < n), as
 * start_follow_end cuts it: the first of the character after the space,
 * or else of the character at t. */
static unsigned start_follow_byte(const char *p, size_t t, size_t n) {
  return (unsigned char)(p[t] == ' ' && t + 1 < n ? p[t + 1] : p[t]);
}

/* A first test before a token is hashed: the key of every registered
 * entry's token, with the lengths its tokens of that key have. A token's
 * key is its first two letters (an ASCII word; a word of one letter, that
 * letter and 0) or the last two bytes of its character (two bytes or
 * more: the first byte of a Chinese character is one of a few), six bits
 * each; -1 for a character of one byte, which the table alone decides. A
 * key's byte has bit len - 1 for each length len of its tokens in bytes
 * (bit 7 for 8 and more), so that "the" (th, 3) is passed over though
 * "this" and "three" have its key. Most words and characters of text have
 * a key and length no entry has: they are passed over unhashed. Filled
 * once (index_tables), read only after. */
#define START_KEYS 4096u
static unsigned char start_lens[START_KEYS];

/* start_lens again for pass_unstarted_ascii, the lengths a bit each:
 * bit len (1 to 31) for a length its key's tokens have, bits 8 to 31 all
 * for bit 7 of start_lens (eight bytes and more). A word of one letter is
 * looked up there with the byte after it, whatever it is, as a word's
 * second letter (pass_unstarted_ascii reads the two bytes as they are), so
 * its bit 1 is in the slot of every second byte. Filled once after it
 * (index_tables: index_pairs), read only after (start_pairs). */
static uint32_t start_lens_by_len[START_KEYS];

/* start_lens_by_len and, 32 bits up, start_tails once more, by the low
 * five bits of a word's first byte and, eight bits up, of its second: one
 * load of the two bytes, one mask, one load of the table for both tests
 * (pass_unstarted_ascii). Five bits tell letters apart as six do (the
 * text is case-folded; were it not, a slot holds both cases' keys: more
 * words are hashed, no fewer). Filled once after them (index_tables),
 * read only after. */
#define START_PAIRS 0x1F20u /* above 0x1F1F, the largest such key */
static uint64_t start_pairs[START_PAIRS];

/* start_lens' bit for a character of three bytes (unstarted3) again, by
 * the low six bits of its second byte and, eight bits up, of its third:
 * the key as one mask of the bytes after the first (pass_unstarted3).
 * Filled once after start_lens (index_tables), read only after. */
static unsigned char started3[1u << 14];

/* start_lens' second test for a word of letters, a bit for its key and
 * last letter (its low five bits): "than" and "then" are passed over
 * unhashed though "this" has their key and length. A word of one letter's
 * bit is in the slot of every second byte, as in start_lens_by_len (there
 * it may let a longer word of that first letter through, to be hashed).
 * Filled once (index_tables: start_tail_add, index_pairs), read only after
 * (start_pairs). */
static uint32_t start_tails[START_KEYS]; /* a word a key, a bit a last letter */

/* Registers the token w[0, t) (t > 0) of key key in start_tails, when
 * it is a word of letters. */
static void start_tail_add(const char *w, size_t t, int key) {
  if (key >= 0 && is_alpha((unsigned char)w[0])) start_tails[key] |= 1u << ((unsigned char)w[t - 1] & 31u);
}

static int token_key(const char *p, size_t a, size_t b) {
  unsigned c = (unsigned char)p[a];
  if (is_alpha((int)c)) return (int)(((c & 63) << 6) | (b > a + 1 ? (unsigned char)p[a + 1] & 63 : 0));
  if (b - a < 2) return -1;
  return (int)((((unsigned char)p[b - 2] & 63u) << 6) | ((unsigned char)p[b - 1] & 63u));
}

/* The bit of start_lens for a token of n bytes (n > 0). */
static unsigned start_len_bit(size_t n) {
  return 1u << (n < 8 ? n - 1 : 7);
}

static int start_key_has(unsigned key) {
  return start_lens[key] != 0;
}

void vs_starts_word(vs_starts *st, const char *w) {
  size_t n = strlen(w), t;
  int key;
  assert(n > 0);
  t = vs_token_end(w, 0, n);
  if ((key = token_key(w, 0, t)) >= 0) start_lens[key] |= (unsigned char)start_len_bit(t);
  start_tail_add(w, t, key);
  if (t == n || (w[t] == ' ' && t + 1 == n)) { /* the token alone; or it and a space, which ends it */
    start_add(st->slots, vs_token_hash(VS_HASH_INIT, w, 0, t), st->bit, 0);
  } else {
    assert(t < n); /* a token, then what follows it in w */
    start_add(st->slots, vs_token_hash(VS_HASH_INIT, w, 0, t), GOES_ON,
              (unsigned short)(1u << (start_follow_byte(w, t, n) & 15)));
    start_add(st->follows, vs_token_hash(VS_HASH_INIT, w, 0, start_follow_end(w, t, n)), st->bit, 0);
  }
}

void vs_starts_asking(vs_starts *st, const char *w) {
  int key = token_key(w, 0, strlen(w));
  assert(is_alpha((unsigned char)w[0]) && vs_token_end(w, 0, strlen(w)) == strlen(w)); /* a word of letters:
                                                                 next_start asks at those only */
  if (key >= 0) start_lens[key] |= (unsigned char)start_len_bit(strlen(w));
  start_tail_add(w, strlen(w), key);
  start_add(st->slots, vs_token_hash(VS_HASH_INIT, w, 0, strlen(w)), ASKS, 0);
}

void vs_starts_list(vs_starts *st, const char *const *w, size_t n) {
  for (size_t k = 0; k < n; k++) vs_starts_word(st, w[k]);
}

void vs_starts_table(vs_starts *st, const vs_entry *t, size_t n) {
  for (size_t k = 0; k < n; k++) vs_starts_word(st, t[k].w);
}

void vs_starts_digits(vs_starts *st) {
  static const char *const digits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  vs_starts_list(st, digits, NELEM(digits));
}

static void index_starts(void) {
  for (size_t k = 0; k < NELEM(kinds); k++) {
    vs_starts st = {start_slots, follow_slots, (unsigned char)(1u << k)};
    if (kinds[k].grammar) kinds[k].starts(&st);
    if (kinds[k].open) open_rows |= 1u << k;
  }
}

/* The token at i: where it ends, into *end; 1 when start_keys has its
 * key, its hash then into *h (vs_token_end and vs_token_hash in one pass
 * over its letters), else 0: no start, and a word's letters only scanned. */
static int token_at(const vs_scan *s, size_t i, size_t *end, uint32_t *h) {
  const char *p = s->p;
  size_t j = i + 1;
  unsigned c = (unsigned char)p[i];
  if (byte_class[c] & BYTE_ALPHA) {
    if (!start_key_has(((c & 63) << 6) |
                       (j < s->len && (byte_class[(unsigned char)p[j]] & BYTE_ALPHA) ? p[j] & 63 : 0))) {
      while (j < s->len && (byte_class[(unsigned char)p[j]] & BYTE_ALPHA)) j++;
      *end = j;
      return 0;
    }
    *h = VS_HASH_INIT;
    for (j = i; j < s->len && (byte_class[(unsigned char)p[j]] & BYTE_ALPHA); j++)
      *h = (*h ^ (unsigned char)p[j]) * 16777619u;
    *end = j;
    return 1;
  }
  *end = j = vs_char_end(p, i, s->len);
  if (j - i >= 2 && !start_key_has((((unsigned char)p[j - 2] & 63u) << 6) | ((unsigned char)p[j - 1] & 63u)))
    return 0; /* token_key's, inline */
  *h = vs_token_hash(VS_HASH_INIT, p, i, j);
  return 1;
}

/* The rows whose grammar can start at i, the token there ending at *end:
 * those of the token, those of the token with the character after it, and
 * those whose open function says so (asked only before s->long_at: the
 * one open start, long_span's, is a word before "-long"). */
static unsigned can_start(const vs_scan *s, size_t i, size_t *end) {
  unsigned rows = 0, todo;
  uint32_t h;
  if (token_at(s, i, end, &h)) {
    rows = start_rows(start_slots, h);
    if ((rows & GOES_ON) && *end < s->len)
      rows |= start_rows(follow_slots, vs_token_hash(h, s->p, *end, start_follow_end(s->p, *end, s->len)));
  }
  todo = i < s->long_at || (rows & ASKS) ? open_rows & ~rows : 0;
  rows &= ~(GOES_ON | ASKS);
  for (size_t k = 0; todo; k++, todo >>= 1)
    if ((todo & 1) && kinds[k].open(s, i)) rows |= 1u << k;
  return rows;
}

int vs_may_start(const vs_scan *s, size_t i, vs_grammar g) {
  size_t end;
  unsigned rows;
  if (!s->filter) return 1;
  if (i >= s->len) return 0;
  rows = can_start(s, i, &end);
  for (size_t k = 0; k < NELEM(kinds); k++)
    if (((rows >> k) & 1) && kinds[k].grammar == g) return 1;
  return 0;
}

/* Where the last "-long" of the text starts, plus one; 0 for none. */
static size_t last_long(const char *p, size_t len) {
  size_t pos = 0;
  for (const char *q = p; (q = memchr(q, '-', len - (size_t)(q - p))) != NULL; q++)
    if ((size_t)(q - p) + 5 <= len && memcmp(q, "-long", 5) == 0) pos = (size_t)(q - p) + 1;
  return pos;
}

/* Where the last "ago" of the text starts, plus one; 0 for none. By its
 * 'g', rare in English. */
static size_t last_ago(const char *p, size_t len) {
  size_t pos = 0;
  for (const char *q = p; (q = memchr(q, 'g', len - (size_t)(q - p))) != NULL; q++)
    if (q > p && (size_t)(q - p) + 2 <= len && q[-1] == 'a' && q[1] == 'o') pos = (size_t)(q - p);
  return pos;
}

size_t vs_ago_at(const vs_scan *s) {
  vs_marks *m = s->marks;
  if (!m) return last_ago(s->p, s->len);
  if (!m->ago_read) {
    m->ago_at = last_ago(s->p, s->len);
    m->ago_read = 1;
  }
  return m->ago_at;
}

/* Is the date at [a, b) a bound of a term: a start ("from August 1",
 * "starting Oct. 1", "effective Jan. 1", 自10月1日起, 下月1日起, and an
 * origin: "dates back to 2020", 可以追溯到2020年4月16日) or an end
 * ("until Nov. 9", "expires on Dec. 31", 有效期至2026年11月9日, 12月31日到期)?
 * Asked of every date found. The phrases before it are measured once
 * (index_start_date), and read only where the byte before the date ends
 * one of them. */
static const char *const before_en[] = {"from",  "starting", "effective", "beginning",
                                        "until", "till",     "through"};
static vs_wordset before_en_set; /* index_start_date */
static const char *const expires_en[] = {"expires on ",   "expire on ",      "expiring on ",
                                         "expired on ",   "dates back to ",  "dating back to ",
                                         "date back to ", "traces back to ", "traced back to ",
                                         "goes back to ", "going back to "};
static const char *const before_zh[] = {"自",   "有效期至", "延长至", "延至",   "持续至", "直至",
                                        "直到", "追溯到",   "追溯至", "回溯到", "回溯至", "起至"};
static size_t expires_en_n[NELEM(expires_en)], before_zh_n[NELEM(before_zh)];
static const vs_words expires_en_words = {expires_en, NELEM(expires_en), expires_en_n};
static const vs_words before_zh_words = {before_zh, NELEM(before_zh), before_zh_n};
/* how they end: by their last three bytes, and expires_en, whose words
 * all end in a space, by the three before them too (" on " and " to "
 * end most of its words and much of the text before a date) */
static vs_tails before_date_last, expires_inner;

/* intraday_at's words before a percent, which it looks for at every byte
 * it looks back over: measured here too, and compared only where the
 * last three bytes may end one (in_session_last) */
static const char *const in_session_zh[] = {"盘中", "一度", "早盘",   "盘初",
                                            "午盘", "尾盘", "开盘后", "开盘时"};
static size_t in_session_zh_n[NELEM(in_session_zh)];
static const vs_words in_session_zh_words = {in_session_zh, NELEM(in_session_zh), in_session_zh_n};
static vs_tails in_session_last;

/* ... or a day something is due by: "by Wednesday", "by the end of
 * the year", "no later than May 14", 周三前, 年底之前 (not 前往, 前夕, 前后:
 * going to, the eve of, around). A deadline is no day of the act, nor a
 * start: it compares with another deadline only (cd_value.deadline). */
static int deadline_date(const vs_scan *s, size_t a, size_t b) {
  static const char *const by_en[] = {"by"};
  static const char *const not_by_zh[] = {"前往", "前夕", "前后", "前来", "前去"};
  /* 之前, 以前, 前: literals, each lit()'s first test made at compile time;
   * 或之前 / 或以前: "on or before" (于5月13日或之前进口) */
  if (lit(s, b, "或之前") || lit(s, b, "或以前") || lit(s, b, " or before") || lit(s, b, " or earlier"))
    return 1;
  if (lit(s, b, "之前") || lit(s, b, "以前") || lit(s, b, "前"))
    return !next_is_any(s, b, not_by_zh, NELEM(not_by_zh));
  /* a date named as the deadline: "the law's Sunday deadline", "a
   * deadline of Jan. 19", 出售限期为1月19日, 期限为5月14日 */
  if (lit(s, b, " deadline") || ends_with(s, a, "deadline of ") || ends_with(s, a, "限期为") ||
      ends_with(s, a, "期限为") || ends_with(s, a, "截止日期为"))
    return 1;
  return prev_word_in_few(s, a, by_en, NELEM(by_en)) || ends_with(s, a, "by the ") ||
         ends_with(s, a, "no later than ") || ends_with(s, a, "on or before ");
}

static void index_start_date(void) {
  vs_wordset_add(&before_en_set, before_en, NELEM(before_en));
  vs_words_measure(&expires_en_words);
  vs_words_measure(&before_zh_words);
  vs_words_measure(&in_session_zh_words);
  vs_tails_add(&in_session_last, in_session_zh, NELEM(in_session_zh));
  vs_tails_add(&before_date_last, expires_en, NELEM(expires_en));
  vs_tails_add(&before_date_last, before_zh, NELEM(before_zh));
  for (size_t k = 0; k < NELEM(expires_en); k++) {
    const unsigned char *w = (const unsigned char *)expires_en[k] + expires_en_n[k];
    unsigned h = vs_tail_bit(w[-6], w[-5], w[-4]);
    assert(expires_en_n[k] >= 6 && w[-1] == ' '); /* start_date tells the lists apart by it */
    expires_inner.three[h >> 5] |= 1u << (h & 31);
  }
  for (size_t k = 0; k < NELEM(before_zh); k++) assert(before_zh[k][before_zh_n[k] - 1] != ' ');
}

/* ... or the origin of a record: "the steepest fall since Oct. 8",
 * 创去年10月以来最大单日跌幅, "its first visit since March", 以来首次. The
 * event is measured against it, not dated by it (read as the event's
 * date, "since last October" contradicted "on Monday"). English: a
 * superlative among the five words before "since". */
static int record_origin(const vs_scan *s, size_t a, size_t b) {
  static const char *const heads_zh[] = {"以来最",   "以来首",   "以来的最", "以来的首",
                                         "以来新高", "以来新低", "以来第一"};
  static const char *const since[] = {"since"};
  static const char *const most[] = {"biggest", "largest", "steepest", "sharpest",  "highest", "lowest",
                                     "worst",   "best",    "weakest",  "strongest", "deepest", "smallest",
                                     "first",   "most",    "least",    "greatest",  "fastest", "longest"};
  size_t i = a, words = 0;
  if (lit(s, b, "以来") && next_is_any(s, b, heads_zh, NELEM(heads_zh))) return 1; /* their 以来 first */
  if (!prev_word_in_few(s, a, since, 1)) return 0;
  while (i > 0 && s->p[i - 1] == ' ') i--;
  i -= 5; /* "since" */
  for (; i > 0 && a - i < 64 && words < 5; words++) {
    while (i > 0 && s->p[i - 1] == ' ') i--;
    if (prev_word_in(s, i, most, NELEM(most))) return 1;
    while (i > 0 && is_alpha(at(s, i - 1))) i--;
    if (i == 0 || s->p[i - 1] != ' ') return 0;
  }
  return 0;
}

static int start_date(const vs_scan *s, size_t a, size_t b) {
  return prev_word_in_set(s, a, before_en, NELEM(before_en), &before_en_set) || record_origin(s, a, b) ||
         (a > 0 && vs_tails_may_end(&before_date_last, s->p, a) &&
          (s->p[a - 1] == ' ' ? a >= 6 && vs_tails_may_end(&expires_inner, s->p, a - 3) &&
                                    ends_with_any(s, a, &expires_en_words)
                              : ends_with_any(s, a, &before_zh_words))) ||
         lit(s, b, "起") || lit(s, b, "到期") || lit(s, b, "届满") || lit(s, b, "为止"); /* after it */
}

void vs_firsts_add(vs_firsts *f, const char *w) {
  unsigned c0 = (unsigned char)w[0], h;
  if (!c0) return;
  if (!w[1]) {
    f->one[c0 >> 5] |= 1u << (c0 & 31);
    return;
  }
  h = vs_pair_bit((int)c0, (unsigned char)w[1]);
  f->two[h >> 5] |= 1u << (h & 31);
  if (c0 >= 0xE0) { /* a character of three bytes or four: its own bit too */
    h = vs_char_bit((unsigned char)w[1], (unsigned char)w[2]);
    f->three[h >> 5] |= 1u << (h & 31);
  }
}

/* The chains of vs_firsts: a slot per table and first character (its
 * second and third bytes, vs_char_bit), or from an ASCII byte its first
 * two bytes (from CHAIN_ASCII2 up: "about" and "above" are one chain of
 * prefix_mods, "at least" another) or its one byte (from CHAIN_ASCII up),
 * open addressing; and the rows' next links of every table, in turn. Filled once (index_tables), read only after; a table
 * that would not fit gets no chains, and table() reads its rows as
 * before. */
#define CHAIN_SLOTS  4096u
#define CHAIN_ROWS   4096u
#define CHAIN_ASCII  4096u                /* above every vs_char_bit */
#define CHAIN_ASCII2 (CHAIN_ASCII + 128u) /* above the ASCII bytes' */
static struct {
  const vs_firsts *f;  /* NULL: empty */
  unsigned short key;  /* chain_key */
  unsigned short head; /* 1 + the chain's first row */
} chain_slots[CHAIN_SLOTS];
static size_t chain_slots_used;
static unsigned short chain_next[CHAIN_ROWS];
static size_t chain_rows_used;

/* The chain key of the row w: from an ASCII byte, that byte and the one
 * after it (CHAIN_ASCII2 up), or the byte alone when it is the whole row
 * (CHAIN_ASCII up); from a character of three bytes or more, its second
 * and third (the caller knows which it is). */
static unsigned chain_key(const unsigned char *w) {
  if (w[0] >= 0x80) return vs_char_bit(w[1], w[2]);
  return w[1] ? CHAIN_ASCII2 + (w[0] << 8 | w[1]) : CHAIN_ASCII + w[0];
}

static unsigned chain_slot(const vs_firsts *f, unsigned key) {
  unsigned k = (unsigned)((((uintptr_t)f >> 4) ^ key) * 2654435769u) >> 20; /* 12 bits: CHAIN_SLOTS */
  while (chain_slots[k].f && (chain_slots[k].f != f || chain_slots[k].key != key))
    k = (k + 1) & (CHAIN_SLOTS - 1);
  return k;
}

/* lit(s, i, w), or word() with words, without lit's first look at the
 * third byte: a chain's rows share the text's first character (its
 * second and third bytes), or its first byte or two when ASCII, so that
 * look lets them all through; the first known bytes of w (ASCII, the
 * chain's key) are the text's, not compared again. */
static size_t chain_row_at(const vs_scan *s, size_t i, const char *w, int words, size_t known) {
  size_t k;
  for (k = known; w[k]; k++)
    if (i + k >= s->len || s->p[i + k] != w[k]) return 0;
  return words && is_alnum(at(s, i + k)) ? 0 : i + k;
}

/* The rows of the chain of key in first's table, those of rows [off, off
 * + n) only, read at i as chain_row_at reads them (known: the bytes the
 * key holds): the longest match past *best goes to *best, its row to *hit
 * (when hit is not NULL). */
VS_ALWAYS_INLINE void chain_walk(const vs_scan *s, size_t i, size_t off, size_t n, int words,
                                 const vs_entry **hit, const vs_firsts *first, unsigned key, size_t known,
                                 size_t *best) {
  unsigned slot = chain_slot(first, key);
  for (unsigned k = chain_slots[slot].f ? chain_slots[slot].head : 0; k; k = first->next[k - 1]) {
    const char *w = first->base[k - 1].w;
    size_t e;
    if (k - 1 < off || k - 1 >= off + n) continue;
    e = chain_row_at(s, i, w, words, known);
    if (e > *best) {
      *best = e;
      if (hit) *hit = &first->base[k - 1];
    }
  }
}

/* At an ASCII byte, the chain of it and the byte after it, then that of
 * the byte alone when a row is that one byte (first->one): rows of two
 * lengths, so the longest match is the one table order would give. */
size_t vs_table_chain(const vs_scan *s, size_t i, size_t off, size_t n, int words, const vs_entry **hit,
                      const vs_firsts *first) {
  unsigned c = (unsigned)at(s, i);
  size_t best = 0;
  if (c >= 0x80) {
    chain_walk(s, i, off, n, words, hit, first, vs_char_bit(at(s, i + 1), at(s, i + 2)), 0, &best);
    return best;
  }
  chain_walk(s, i, off, n, words, hit, first, CHAIN_ASCII2 + (c << 8 | (unsigned)at(s, i + 1)), 2, &best);
  if ((first->one[c >> 5] >> (c & 31)) & 1)
    chain_walk(s, i, off, n, words, hit, first, CHAIN_ASCII + c, 1, &best);
  return best;
}

void vs_firsts_of(vs_firsts *f, const vs_entry *t, size_t n) {
  unsigned short *next = chain_next + chain_rows_used;
  memset(f, 0, sizeof *f);
  for (size_t k = 0; k < n; k++) vs_firsts_add(f, t[k].w);
  if (n > CHAIN_ROWS - chain_rows_used || chain_slots_used + n >= CHAIN_SLOTS / 2) return;
  chain_rows_used += n;
  /* the last row first, each put in front of its chain: a chain reads in
     table order */
  for (size_t k = n; k-- > 0;) {
    const unsigned char *w = (const unsigned char *)t[k].w;
    unsigned slot;
    next[k] = 0;
    if (w[0] >= 0x80 && w[0] < 0xE0) continue; /* a character of two bytes: no chain */
    slot = chain_slot(f, chain_key(w));
    if (!chain_slots[slot].f) {
      chain_slots[slot].f = f;
      chain_slots[slot].key = (unsigned short)chain_key(w);
      chain_slots_used++;
    }
    next[k] = chain_slots[slot].head;
    chain_slots[slot].head = (unsigned short)(k + 1);
  }
  f->base = t;
  f->nrows = n;
  f->next = next;
}

static void index_bytes(void) {
  for (int c = 0; c < 256; c++)
    byte_class[c] = (unsigned char)(is_alpha(c)            ? BYTE_ALNUM | BYTE_ALPHA
                                    : is_digit(c)          ? BYTE_ALNUM
                                    : c < 0x80 && c != '$' ? BYTE_PASS
                                                           : 0);
}

/* The words of one letter in start_lens_by_len and start_tails again, in
 * the slot of each second byte (their key has none: token_key). */
static void index_pairs(void) {
  for (unsigned k = 0; k < START_KEYS; k += 64)
    for (unsigned x = 1; x < 64 && (start_lens_by_len[k] & 2u); x++) { /* bit 1: a word of one letter */
      start_lens_by_len[k | x] |= 2u;
      start_tails[k | x] |= start_tails[k];
    }
}

static void index_tables(void) {
  index_bytes();
  vs_date_index();
  vs_date_en_index();
  vs_date_zh_index();
  vs_number_index();
  vs_quantity_index();
  vs_unit_index();
  index_start_date();
  index_starts();
  for (unsigned k = 0; k < START_KEYS; k++) {
    /* bits 0 to 6 of start_lens are the lengths 1 to 7, bit 7 the rest */
    start_lens_by_len[k] = (uint32_t)(start_lens[k] & 0x7Fu) << 1 | (start_lens[k] & 0x80u ? 0xFFFFFF00u : 0);
    started3[(k >> 6) | (k & 63u) << 8] = (start_lens[k] & start_len_bit(3)) != 0;
  }
  index_pairs();
  for (unsigned k = 0; k < START_KEYS; k++)
    start_pairs[(k >> 6 & 31u) | (k & 31u) << 8] |= (uint64_t)start_tails[k] << 32 | start_lens_by_len[k];
}

/* Where the scan goes on after a token no grammar starts with, ending at
 * end: past the ASCII word, as skip() goes; a character that starts none
 * is no Chinese numeral either (vs_number_starts registers every digit
 * and place word), so the next one. */
static size_t skip_unstarted(const vs_scan *s, size_t i, size_t end) {
  if (!(byte_class[(unsigned char)s->p[i]] & BYTE_ALNUM)) return end;
  while (end < s->len && (byte_class[(unsigned char)s->p[end]] & BYTE_ALNUM)) end++;
  return end;
}

/* Past the rest of a word that starts nothing, from j, as skip_unstarted
 * goes, and the space after it, which starts nothing either. */
static inline size_t past_word(const unsigned char *p, size_t j, size_t n) {
  while (j < n && (byte_class[p[j]] & BYTE_ALNUM)) j++;
  return j < n && p[j] == ' ' ? j + 1 : j;
}

/* rows of a token that asks (ASKS) at i, its flags cleared, with those
 * whose open function says so. Apart from token_rows, which most tokens
 * leave without asking. */
static unsigned asked_rows(const vs_scan *s, size_t i, unsigned rows) {
  unsigned todo = open_rows & ~rows;
  rows &= ~(GOES_ON | ASKS);
  for (size_t k = 0; todo; k++, todo >>= 1)
    if ((todo & 1) && kinds[k].open(s, i)) rows |= 1u << k;
  return rows;
}

/* The rows of the token of hash h ending at end: its own, and those it
 * has with what follows it (can_start's, without the open rows; what
 * follows is hashed only where the byte that tells it is one of the
 * token's follows); ASKS kept, for next_start, which asks at such a
 * token (asked_rows). */
static unsigned token_rows(const vs_scan *s, uint32_t h, size_t end) {
  const vs_start_slot *slot = start_slot(start_slots, h);
  unsigned rows = slot->rows;
  if ((rows & GOES_ON) && end < s->len &&
      ((slot->follows >> (start_follow_byte(s->p, end, s->len) & 15)) & 1))
    rows |= start_rows(follow_slots, vs_token_hash(h, s->p, end, start_follow_end(s->p, end, s->len)));
  return rows & ~GOES_ON;
}

/* Where the run of ASCII letters at p[j, n) ends. Eight bytes at a time
 * where the compiler says which byte of a word comes first and can count
 * its trailing zeros (a word of text is mostly one load), else a byte at
 * a time. Letters as cd_ascii_letters8 finds them (utf8.h), the bytes from
 * 0x80 up cleared first so that none borrows. */
static size_t letters_end(const unsigned char *p, size_t j, size_t n) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
  for (; j + 8 <= n; j += 8) {
    uint64_t v, low, other;
    memcpy(&v, p + j, 8);
    low = (v | ones * 0x20) & ~tops;
    other = ~((low + ones * (0x80 - 'a')) & (ones * (0x80 + 'z') - low) & ~v) & tops;
    if (other) return j + (size_t)__builtin_ctzll(other) / 8;
  }
#endif
  while (j < n && (byte_class[p[j]] & BYTE_ALPHA)) j++;
  return j;
}

/* Is p[i, n) a character of three bytes first: a lead byte 1110xxxx
 * and two continuation bytes 10xxxxxx (those two in one test)? */
static int three_byte_char(const unsigned char *p, size_t i, size_t n) {
  return i + 3 <= n && (p[i] & 0xF0u) == 0xE0u && ((p[i + 1] ^ 0x80u) | (p[i + 2] ^ 0x80u)) < 0x40u;
}

/* Does no start have the key of the character of three bytes at p[i]
 * (token_key's: its last two bytes)? */
static int unstarted3(const unsigned char *p, size_t i) {
  return !(start_lens[((p[i + 1] & 63u) << 6) | (p[i + 2] & 63u)] & start_len_bit(3));
}

#if defined(__SSE2__) && defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* Has the character of three bytes at q a key in started3 (its second and
 * third bytes, one load)? */
static int started3_at(const unsigned char *q) {
  uint16_t key;
  memcpy(&key, q + 1, 2);
  return started3[key & 0x3F3Fu];
}

/* pass_unstarted3's run, five characters a look where sixteen bytes are
 * left (SSE2, every x86-64): their fifteen bytes tested at once for the
 * shape of a character of three bytes (1110xxxx 10xxxxxx 10xxxxxx), then
 * each that has it by its key (started3, on its second and third bytes),
 * in order. Returns where the run stops, *keyed as pass_unstarted3 says
 * it, or, *keyed -1, where fewer than sixteen bytes are left. */
static size_t pass_unstarted3_sse2(const unsigned char *p, size_t i, size_t n, int *keyed) {
  const __m128i shape = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                      (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
                                      (char)0xF0, (char)0xC0, (char)0xC0, 0),
                want = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                     (char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
                                     (char)0xE0, (char)0x80, (char)0x80, 0);
  for (; n - i >= 16; i += 15) {
    __m128i v;
    unsigned ok, chars;
    memcpy(&v, p + i, 16);
    ok = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, shape), want));
    if (ok == 0xFFFFu) { /* five characters, most looks: a count the compiler unrolls */
      for (unsigned k = 0; k < 5; k++)
        if (started3_at(p + i + 3 * (size_t)k)) {
          *keyed = 1;
          return i + 3 * (size_t)k;
        }
      continue;
    }
    /* the characters before the first byte out of shape */
    chars = (unsigned)__builtin_ctz(~ok) / 3;
    for (unsigned k = 0; k < chars; k++)
      if (started3_at(p + i + 3 * (size_t)k)) {
        *keyed = 1;
        return i + 3 * (size_t)k;
      }
    *keyed = 0;
    return i + 3 * (size_t)chars;
  }
  *keyed = -1;
  return i;
}
#endif

/* Past the run of characters of three bytes at p[i, n) whose key no start
 * has (three_byte_char and unstarted3 of each): where the first that has
 * one, or the first that is no such character, starts; *keyed says
 * which (1: a character of three bytes whose key a start has). Where four
 * bytes are left and the compiler says which byte of a word comes first,
 * a character and the byte after it are one load, its tests a mask and
 * its key one more, read in started3 (most of Chinese text goes by
 * here). */
static size_t pass_unstarted3(const unsigned char *p, size_t i, size_t n, int *keyed) {
#if defined(__SSE2__) && defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  i = pass_unstarted3_sse2(p, i, n, keyed);
  if (*keyed >= 0) return i;
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (i + 4 <= n) {
    const unsigned char *q = p + i, *end = p + n - 3; /* four bytes readable from each q < end */
    for (; q < end; q += 3) {
      uint32_t x;
      memcpy(&x, q, 4);
      if ((x & 0xC0C0F0u) != 0x8080E0u) {
        *keyed = 0;
        return (size_t)(q - p);
      }
      if (started3[(x >> 8) & 0x3F3Fu]) {
        *keyed = 1;
        return (size_t)(q - p);
      }
    }
    i = (size_t)(q - p);
  }
#endif
  while (three_byte_char(p, i, n) && unstarted3(p, i)) i += 3;
  *keyed = three_byte_char(p, i, n);
  return i;
}

#if defined(__SSE2__)
/* start_pairs' slot of the word at w, by its first letter and the byte
 * after it, whatever that is (a word of one letter has a slot at each);
 * the two bytes in one load, the first the low one (SSE2: x86, little
 * endian). */
static uint64_t pair_slot(const unsigned char *w) {
  uint16_t two;
  memcpy(&two, w, 2);
  return start_pairs[two & 0x1F1Fu];
}

/* pass_unstarted_ascii's look at the sixteen bytes at p, a bit a byte
 * (bit 0 for p[0]): the letters into *letters, the letters and digits
 * into *alnum, what is beyond ASCII or '$' into *other. */
static void ascii_masks(const unsigned char *p, uint64_t *letters, uint64_t *alnum, uint64_t *other) {
  /* a byte is in [lo, lo + k) when it plus 0x80 - lo, wrapping, is a
     signed byte below k - 0x80: one add and one compare a range */
  const __m128i case_bit = _mm_set1_epi8(0x20), to_a = _mm_set1_epi8((char)(0x80 - 'a')),
                below_26 = _mm_set1_epi8((char)(26 - 0x80)), to_0 = _mm_set1_epi8((char)(0x80 - '0')),
                below_10 = _mm_set1_epi8((char)(10 - 0x80)), dollar = _mm_set1_epi8('$');
  __m128i v;
  memcpy(&v, p, 16);
  *letters = (unsigned)_mm_movemask_epi8(
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), to_a), below_26)); /* 'a'..'z' after | 0x20 */
  *alnum = *letters | (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, to_0), below_10));
  *other = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, dollar)));
}

/* Past the ASCII of the scan's text from i that next_start would pass
 * over a byte or a word at a time, sixteen bytes a look, or thirty-two
 * where no byte of the first sixteen stops it (SSE2, every x86-64):
 * bytes that start nothing (BYTE_PASS) and the words (runs of letters
 * and digits that start with a letter) whose token has no rows
 * (start_lens lacks its key and length, or token_rows finds none).
 * Returns where next_start's loop is to go on: at a run that starts with
 * a digit, at a word that has rows (token_rows' into *rows, where it ends
 * into *end: the loop goes on with them; else *rows is 0), at the first
 * byte beyond ASCII or '$', at a run that reaches past the look (read
 * again from its start, or by the loop when it starts it), or where fewer
 * than sixteen bytes are left. The text at i is a letter
 * that starts its run, after a byte that is no letter or digit, as
 * wherever the loop comes to one: every position returned is one the
 * loop would come to, its state being its position alone, so the rows
 * it finds are the same. */
static size_t pass_unstarted_ascii(const vs_scan *sc, size_t i, unsigned *rows, size_t *end) {
  const unsigned char *p = (const unsigned char *)sc->p;
  size_t n = sc->len;
  *rows = 0;
  while (n - i >= 16) {
    uint64_t letters, alnum, other, starts;
    unsigned stop, width = 16;
    ascii_masks(p + i, &letters, &alnum, &other);
    if (!other && n - i >= 32) { /* nothing stops the look: thirty-two bytes in one */
      uint64_t l1, a1, o1;
      ascii_masks(p + i + 16, &l1, &a1, &o1);
      letters |= l1 << 16, alnum |= a1 << 16, other = o1 << 16;
      width = 32;
    }
    starts = alnum & ~(alnum << 1); /* bit 0 too: p[i - 1] is no letter or digit */
    stop = width;
    if (other) {
      stop = (unsigned)__builtin_ctzll(other);
    } else if ((alnum >> (width - 1)) & 1) { /* the last run may go on past the look: the next starts at it */
      stop = 63u - (unsigned)__builtin_clzll(starts);
      if (stop == 0) return i;
    }
    starts &= ((uint64_t)1 << stop) - 1;
    for (; starts; starts &= starts - 1) {
      unsigned s = (unsigned)__builtin_ctzll(starts), len = (unsigned)__builtin_ctzll(~letters >> s);
      const unsigned char *w = p + i + s;
      uint64_t pair;
      if (!((letters >> s) & 1)) return i + s; /* a digit: a token of its own */
      pair = pair_slot(w);                     /* w[1] is read: no run starts at the look's last byte */
      if (((pair >> len) & 1) && ((pair >> 32 >> (w[len - 1] & 31u)) & 1) &&
          (*rows = token_rows(sc, vs_token_hash(VS_HASH_INIT, sc->p, i + s, i + s + len), i + s + len))) {
        *end = i + s + len;
        return i + s;
      }
    }
    i += stop;
    if (stop < width && other) return i;
  }
  return i;
}
#endif

/* The filtered scan's way to its next start, for i at or past s->long_at
 * (no open function is asked there, but at a token that asks): moves *i to the first position at or
 * after it where a grammar can start and returns its rows (can_start's),
 * or moves it to s->len and returns 0. Every position it passes is one
 * the scan would pass over: ASCII that starts nothing, the rest of a word,
 * a word or character that starts nothing (skip_unstarted's way past it).
 * One tight loop over the bytes: a word of letters is hashed only when
 * start_lens has its key and length, a character beyond ASCII likewise. */
static unsigned next_start(const vs_scan *s, size_t *at_i) {
  const unsigned char *p = (const unsigned char *)s->p;
  size_t n = s->len, i = *at_i, j;
  unsigned rows = 0;
  /* inside a word (a value may end in one): past it, as skip() goes; from
     here on each token starts where the one before ended, after a byte
     that is no letter or digit */
  if (i > 0 && i < n && (byte_class[p[i]] & BYTE_ALNUM) && (byte_class[p[i - 1]] & BYTE_ALNUM))
    while (++i < n && (byte_class[p[i]] & BYTE_ALNUM)) {
    }
  while (i < n) {
    unsigned c = p[i], cls = byte_class[c];
    if (cls & BYTE_PASS) {
      i++;
      continue;
    }
    if (cls & BYTE_ALNUM) {
#if defined(__SSE2__)
      /* a word: it and the words after it that start nothing passed over
         sixteen or thirty-two bytes a look; the loop goes on where that
         stops, or with the rows of the word it stopped at, found there */
      if ((cls & BYTE_ALPHA) && n - i >= 16) {
        unsigned found;
        size_t found_end;
        j = pass_unstarted_ascii(s, i, &found, &found_end);
        if (found) {
          i = j;
          if (!(found & ASKS) || (found = asked_rows(s, i, found))) {
            rows = found;
            break;
          }
          i = past_word(p, found_end, n);
          continue;
        }
        if (j != i) {
          i = j;
          if (i >= n || !(byte_class[p[i]] & BYTE_ALNUM)) continue;
          c = p[i];
          cls = byte_class[c];
        }
      }
#endif
      /* a word of letters, or a digit (a token of one byte) */
      j = cls & BYTE_ALPHA ? letters_end(p, i + 1, n) : i + 1;
      if ((!(cls & BYTE_ALPHA) ||
           (start_lens[((c & 63) << 6) | (j > i + 1 ? p[i + 1] & 63 : 0)] & start_len_bit(j - i))) &&
          (rows = token_rows(s, vs_token_hash(VS_HASH_INIT, s->p, i, j), j)) &&
          (!(rows & ASKS) || (rows = asked_rows(s, i, rows))))
        break;
      i = past_word(p, j, n);
      continue;
    }
    if (c >= 0xC2) { /* a character beyond ASCII */
      /* a run of characters of three bytes, most of Chinese text, passed
         over in a loop of its own while start_lens has no key of theirs:
         the run stops at the first that has one, hashed here, and goes on
         after it when it has no rows, or at the first character of
         another length (or the end), where the loop goes on */
      if (three_byte_char(p, i, n)) {
        int keyed;
        rows = 0;
        for (;; i += 3) {
          i = pass_unstarted3(p, i, n, &keyed);
          if (!keyed || (rows = token_rows(s, vs_token_hash(VS_HASH_INIT, s->p, i, i + 3), i + 3))) break;
        }
        if (rows) break;
        continue;
      }
      /* any other character, or a cut or malformed one (a value may
         follow its lead byte), as can_start reads it */
      j = vs_char_end(s->p, i, n);
      if ((j - i < 2 || (start_lens[((p[j - 2] & 63u) << 6) | (p[j - 1] & 63u)] & start_len_bit(j - i))) &&
          (rows = token_rows(s, vs_token_hash(VS_HASH_INIT, s->p, i, j), j)))
        break;
      i = j;
      continue;
    }
    /* "$", or a continuation byte the scan stopped in: can_start decides */
    if ((rows = can_start(s, i, &j))) break;
    i = skip_unstarted(s, i, j);
  }
  *at_i = i < n ? i : n;
  return i < n ? rows : 0;
}

/* Is the percent at [a, b) a reading during a session: "as much as" (its
 * own first words), 盘中, 一度, 早盘, 开盘后 up to INTRADAY_BACK bytes before it
 * (盘中一度下跌5%, 开盘后下跌约4.2%), or "in early (New York) trading",
 * "at one point", "intraday", "after the opening bell" after it in its
 * clause (INTRADAY_REACH bytes at most)? */
#define INTRADAY_BACK  18
#define INTRADAY_REACH 40
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
intraday_at(const vs_scan *s, size_t a, size_t b) {
  static const char *const peak_en[] = {"as much as "};
  /* after a space (one test, then each word by its own first letter); "
     after the open" is " after the opening bell" too */
  static const char *const after[] = {"at one point",   "intraday",      "in intraday",
                                      "in premarket",   "in pre-market", "in after-hours",
                                      "after the open", "at the open",   "shortly after the open"};
  static const char *const session[] = {"in early ", "in late ", "in morning ", "in afternoon "};
  size_t end = b + INTRADAY_REACH < s->len ? b + INTRADAY_REACH : s->len;
  int spaced = at(s, b) == ' ';
  if (next_is_any(s, a, peak_en, NELEM(peak_en)) || (spaced && next_is_any(s, b + 1, after, NELEM(after))))
    return 1;
  /* a word of whole characters ends where the next one starts: from the
     end of a character the look goes on at its lead byte, past the bytes
     inside it, where none ends and none is a comma (the text is valid
     UTF-8) */
  for (size_t j = a; j > 0 && j + INTRADAY_BACK > a && s->p[j - 1] != ',' && s->p[j - 1] != ';'; j--) {
    if ((unsigned char)s->p[j - 1] < 0x80) continue;
    if (vs_tails_may_end(&in_session_last, s->p, j) && ends_with_any(s, j, &in_session_zh_words)) return 1;
    while (j > 1 && ((unsigned char)s->p[j - 1] & 0xC0) == 0x80) j--;
  }
  if (!spaced || !next_is_any(s, b + 1, session, NELEM(session))) return 0;
  for (size_t i = b + 1; i < end && s->p[i] != ',' && s->p[i] != '.' && s->p[i] != ';'; i++)
    if (lit(s, i, " trading") || lit(s, i, " trade")) return 1;
  return 0;
}

/* Is [a, b) the middle of a code, letters and numbers joined by hyphens
 * (a docket, USTR-2024-0024; a file, BIS-2025-0012): a name, no value? */
static int in_code(const vs_scan *s, size_t a, size_t b) {
  return a >= 2 && s->p[a - 1] == '-' && is_alpha(at(s, a - 2)) && b + 1 < s->len && s->p[b] == '-' &&
         is_digit(at(s, b + 1));
}

/* a percent or money: an amount with a measure or unit of its own */
static int is_amount(const cd_value *v) {
  return v->kind == CD_VALUE_PERCENT || v->kind == CD_VALUE_MONEY;
}

/* Do the bytes [a, b) of text join two lengths of time: nothing, 零, or
 * in English the first one's unit word, then a space or " and "? */
static int joins(const char *text, size_t a, size_t b) {
  if (b - a == 3 && !memcmp(text + a, "\xe9\x9b\xb6", 3)) return 1; /* 零 */
  if (a < b && text[a] == ' ')
    for (a++; a < b && text[a] >= 'a' && text[a] <= 'z';) a++;
  return a == b || (b - a == 1 && text[a] == ' ') || (b - a == 5 && !memcmp(text + a, " and ", 5));
}

/* Joins each count of time to the smaller one right after it, which it
 * has not yet filled (1小时40分钟, "one hour and 40 minutes", 3年6个月):
 * one length, in the smaller unit, spanning both; an "about" of the first
 * widens the whole. O(n); returns the values left. */
static size_t join_durations(cd_value *v, size_t n, const char *text) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    cd_value *a = k ? &v[k - 1] : NULL, *b = &v[i];
    if (a && a->kind == CD_VALUE_COUNT && b->kind == CD_VALUE_COUNT && a->minutes > b->minutes &&
        b->minutes > 0 && !a->range && !b->range && b->num >= 0 && b->num * b->minutes < a->minutes &&
        joins(text, a->span.end, b->span.start)) {
      double per = (double)a->minutes / b->minutes;
      a->num = a->num * per + b->num;
      a->lo = a->lo * per + b->lo;
      a->hi = a->hi * per + b->hi;
      a->unit = b->unit;
      a->minutes = b->minutes;
      a->span.end = b->span.end;
      continue;
    }
    v[k++] = *b;
  }
  return k;
}

/* cd_calendar_days(y, m, d), kept from the last call in this thread: the
 * sentences of a document share its date, asked once each. */
static long doc_days(int y, int m, int d) {
  static _Thread_local struct {
    int y, m, d;
    long days;
  } last; /* y 0: none yet (has_doc asks for a year) */
  if (y != last.y || m != last.m || d != last.d) {
    last.days = cd_calendar_days(y, m, d);
    last.y = y, last.m = m, last.d = d;
  }
  return last.days;
}

/* cd_values_find, and with filter 0 cd_values_find_unfiltered; the
 * grammars run go to *tries (cd_values_tries) when it is not NULL. */
static size_t find(cd_value *out, size_t max, const char *text, size_t len, const cd_date *doc_date,
                   const cd_units *units, size_t *more, int filter, size_t *tries) {
  vs_scan s;
  vs_marks marks = {0, 0};
  size_t n = 0, i = 0, e, over = 0, tried = 0;
  static pthread_once_t indexed = PTHREAD_ONCE_INIT;
  pthread_once(&indexed, index_tables); /* once, whichever thread scans first */
  s.units = units;
  s.filter = filter;
  s.p = text;
  s.len = text ? len : 0;
  s.long_at = units && s.len ? last_long(s.p, s.len) : 0;
  s.marks = &marks;
  s.has_doc = doc_date && doc_date->year;
  if (s.has_doc) s.dy = doc_date->year, s.dm = doc_date->month, s.dd = doc_date->day;
  s.today = s.has_doc ? doc_days(s.dy, s.dm, s.dd) : 0;
  while (i < s.len) {
    cd_value v;
    unsigned rows = ALL_ROWS, c;
    if (filter && i >= s.long_at) {
      if (!(rows = next_start(&s, &i))) break;
    } else {
      c = byte_class[(unsigned char)s.p[i]];
      if (c & BYTE_PASS) { /* ASCII punctuation starts nothing but $ */
        i++;
        continue;
      }
      if ((c & BYTE_ALNUM) && i > 0 &&
          (byte_class[(unsigned char)s.p[i - 1]] & BYTE_ALNUM)) { /* never start inside a word */
        i = skip(&s, i);
        continue;
      }
      if (filter && !(rows = can_start(&s, i, &e))) {
        i = skip_unstarted(&s, i, e);
        continue;
      }
    }
    e = match(&s, i, &v, rows, &tried);
    if (e > i && in_code(&s, i, e)) { /* a docket or file number: ustr-2024-0024 */
      i = skip(&s, e);
      continue;
    }
    if (e > i) {
      /* no amount in the news comes near 1e18 (world output is ~1e14
       * USD): a longer chain of scale words (5亿亿亿亿...) is no value,
       * and inf or NaN never leave the parser */
      if (cd_value_kind_get(v.kind)->magnitude &&
          !(isfinite(v.num) && fabs(v.num) <= VALUE_MAX && !isnan(v.lo) && !isnan(v.hi) &&
            (isfinite(v.lo) || v.lo < 0) && fabs(v.lo) <= VALUE_MAX &&
            (fabs(v.hi) <= VALUE_MAX || isinf(v.hi)))) {
        i = e;
        continue;
      }
      v.span.start = i;
      v.span.end = e;
      v.start = v.kind == CD_VALUE_DATE && !v.range && start_date(&s, i, e);
      v.deadline = v.kind == CD_VALUE_DATE && !v.range && !v.start && deadline_date(&s, i, e);
      if (n < max)
        out[n++] = v;
      else
        over++; /* read on, to count them */
      i = e;
    } else {
      i = skip(&s, i);
    }
  }
  if (n > 1) n = join_durations(out, n, s.p); /* two values at least, of text read */
  /* what each share is of, between its neighbours: the amounts before and
   * after it (a percent or money has a measure of its own); a count or a
   * date between a measure word and its share is part of what the share
   * is of (占三家公司总市值约25%), the clause still bounds the word */
  for (size_t k = 0, lo = 0, nx = 0; k < n; k++) { /* nx: the next amount after k, or n */
    if (out[k].kind == CD_VALUE_PERCENT) {
      while (nx < n && (nx <= k || !is_amount(&out[nx]))) nx++;
      out[k].measure =
          vs_measure(&s, lo, out[k].span.start, out[k].span.end, nx < n ? out[nx].span.start : s.len);
      out[k].intraday = intraday_at(&s, out[k].span.start, out[k].span.end);
    }
    if (is_amount(&out[k])) lo = out[k].span.end;
  }
  if (more) *more = over;
  if (tries) *tries = tried;
  return n;
}

size_t cd_values_find(cd_value *out, size_t max, const char *text, size_t len, const cd_date *doc_date,
                      const cd_units *units, size_t *more) {
  return find(out, max, text, len, doc_date, units, more, 1, NULL);
}

size_t cd_values_find_unfiltered(cd_value *out, size_t max, const char *text, size_t len,
                                 const cd_date *doc_date, const cd_units *units, size_t *more) {
  return find(out, max, text, len, doc_date, units, more, 0, NULL);
}

size_t cd_values_tries(const char *text, size_t len, const cd_units *units) {
  cd_value out[64]; /* values past these are read all the same, and counted */
  size_t tries = 0, more;
  find(out, NELEM(out), text, len, NULL, units, &more, 1, &tries);
  return tries;
}
