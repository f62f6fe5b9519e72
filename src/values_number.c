/* values_number.c: the number grammar under every quantity: ASCII digits
 * (1,000,000, 5.5), Chinese numerals (一百二十, 两千万, 三点五, 三四, 数十万),
 * English number words (twenty-five, a dozen, half a million, a third,
 * hundreds of thousands), scale words (billion, bn, 亿, 千万), -odd (300多)
 * and spans (3-5, 3至5). Fills a vs_number; O(length of the number). */
#include "values_scan.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>

/* Digits and trailing zeros of a whole number (for 300 -> 3 and 2). */
void vs_digit_shape(double x, int *digits, int *tz) {
  uint64_t u = x >= 1 && x < 1.8e19 ? (uint64_t)(x + 0.5) : 1;
  *digits = 0;
  *tz = 0;
  while (u % 10 == 0 && u > 0) u /= 10, (*tz)++, (*digits)++;
  while (u > 0) u /= 10, (*digits)++;
}

/* Half the width of what a number stands for, as written. A decimal is
 * exact to its last digit (5.5 billion: +-0.05 billion). A whole number with
 * a scale word counts at least two significant digits: 5 billion is read
 * as 5.0 billion (+-0.05), 55亿 as 55 (+-0.5亿, i.e. 5.45..5.55 billion),
 * 300 million as 300 (+-5 million). This rule does not depend on the scale, so
 * 55亿 and 5.5 billion, 5亿 and 500 million get the same range in both languages.
 * A whole number without scale (300 companies) is exact. */
double vs_half_width(double mant, int decimals, double scale) {
  int digits, tz;
  if (decimals > 0) return 0.5 * scale / p10(decimals);
  if (scale <= 1) return 0;
  vs_digit_shape(mant, &digits, &tz);
  return 0.5 * scale * (digits - tz >= 2 ? p10(tz) : p10(digits - 2));
}

/* ASCII digits at i: 1,000,000 and 5.5; separators only in groups of three
 * after at most three digits, so "3,5" stays two numbers. */
static size_t parse_ascii(const vs_scan *s, size_t i, vs_number *n) {
  size_t j = i, k;
  double mant = 0;
  int digits = 0, dec = 0;
  while (is_digit(at(s, j))) mant = mant * 10 + (at(s, j++) - '0'), digits++;
  if (digits > 15) return 0;
  while (at(s, j) == ',' && j - i <= 3 + 4 * (size_t)n->seps && is_digit(at(s, j + 1)) &&
         is_digit(at(s, j + 2)) && is_digit(at(s, j + 3)) && !is_digit(at(s, j + 4)) &&
         (n->seps || digits <= 3)) {
    for (k = 1; k <= 3; k++) mant = mant * 10 + (at(s, j + k) - '0');
    digits += 3;
    n->seps++;
    j += 4;
  }
  if (at(s, j) == '.' && is_digit(at(s, j + 1))) {
    for (j++; is_digit(at(s, j)); j++)
      if (dec < 9) mant = mant * 10 + (at(s, j) - '0'), dec++;
  }
  n->mant = mant;
  n->decimals = dec;
  n->script = SCRIPT_ASCII;
  n->year_like = !n->seps && !dec && digits == 4 && mant >= 1900 && mant <= 2100;
  return j;
}

/* The Chinese digits, as zh_digit() in values_scan.h reads them. */
static const vs_entry zh_digits[] = {
    {"零", 0, NULL}, {"〇", 0, NULL}, {"一", 1, NULL}, {"二", 2, NULL}, {"两", 2, NULL}, {"三", 3, NULL},
    {"四", 4, NULL}, {"五", 5, NULL}, {"六", 6, NULL}, {"七", 7, NULL}, {"八", 8, NULL}, {"九", 9, NULL},
};

/* The old words for twenty, thirty and forty (廿, 卅, 卌): Taiwan's and
 * Hong Kong's press still writes 卅．一％ (30.1%), 廿五日. */
static const vs_entry zh_tens[] = {{"廿", 20, NULL}, {"卅", 30, NULL}, {"卌", 40, NULL}};

/* The tens word at i (a row of zh_tens), its value, or 0; *e after it.
 * The rows as literals, each lit()'s first test made at compile time:
 * the numeral loops (zh_places, vs_zh_numeral_end) ask at every
 * character of a run (zh_switches_agree checks they are the table's). */
static double zh_tens_at(const vs_scan *s, size_t i, size_t *e) {
  if ((*e = lit(s, i, "廿"))) return 20;
  if ((*e = lit(s, i, "卅"))) return 30;
  if ((*e = lit(s, i, "卌"))) return 40;
  return 0;
}

static const vs_entry zh_units[] = {
    {"十", 10, NULL}, {"百", 100, NULL}, {"千", 1000, NULL}, {"万", 1e4, NULL}, {"亿", 1e8, NULL},
};
static vs_firsts zh_units_first;

/* The place word at i (a row of zh_units), its value, or 0; *e after it.
 * Decoded once and switched on, as zh_digit() reads digits: the numeral
 * loops (zh_places, vs_zh_numeral_end) run at every character of a run. */
static double zh_place(const vs_scan *s, size_t i, size_t *e) {
  const unsigned char *p = (const unsigned char *)s->p + i;
  double v;
  if (i + 3 > s->len || p[0] < 0xE4 || p[0] > 0xE7) return 0;
  switch (((unsigned)p[0] << 16) | ((unsigned)p[1] << 8) | p[2]) {
  case 0xE58D81: v = 10; break;   /* 十 */
  case 0xE799BE: v = 100; break;  /* 百 */
  case 0xE58D83: v = 1000; break; /* 千 */
  case 0xE4B887: v = 1e4; break;  /* 万 */
  case 0xE4BABF: v = 1e8; break;  /* 亿 */
  default: return 0;
  }
  *e = i + 3;
  return v;
}

/* 兆 before a currency: Taiwan's and Hong Kong's trillion (1.13兆元,
 * 3兆美元); elsewhere it is mega (兆瓦, 兆字节) and no scale of ours. */
static const char *const zh_trillion_money[] = {"元",   "美元", "人民币", "新台币", "台币",
                                                "港元", "港币", "日元",   "韩元",   "欧元"};

/* A chain of 百, 千, 万, 亿 after a number (3千万, 1.2万亿), or 兆 before a
 * currency; its product. */
static size_t zh_scale_chain(const vs_scan *s, size_t i, double *scale, int allow_small) {
  size_t j = i, e;
  double u;
  *scale = 1;
  /* the rows of zh_units past 十, as zh_place reads them (each is one
     character: the longest row is the only one) */
  while ((u = zh_place(s, j, &e)) > 10) {
    if (!allow_small && u < 1e4) break;
    *scale *= u;
    j = e;
  }
  if ((e = lit(s, j, "兆")) && next_is_any(s, e, zh_trillion_money, NELEM(zh_trillion_money))) {
    *scale *= 1e12;
    j = e;
  }
  return j;
}

/* Three Chinese digits or more with no place between them, read one by
 * one as Taiwan's press writes numbers (一二〇天, 一〇〇家): the number at
 * i, or 0. A run before 年 is a year, the date scanner's. */
static int positional_digit(const vs_scan *s, size_t i, size_t *e, int first) {
  /* the white circle ○ (U+25CB) is a zero only inside such a run */
  if (!first && (*e = lit(s, i, "\xE2\x97\x8B"))) return 0;
  return zh_digit(s, i, e, 0);
}

static size_t zh_positional(const vs_scan *s, size_t i, vs_number *n) {
  size_t j = i, e;
  int d, digits = 0;
  double mant = 0;
  while ((d = positional_digit(s, j, &e, !digits)) >= 0 && digits < 15) mant = mant * 10 + d, digits++, j = e;
  if (digits < 3 || zh_place(s, j, &e) > 0 || lit(s, j, "点") || lit(s, j, "年")) return 0;
  n->mant = mant;
  return j;
}

/* Chinese spans at i: 成千上万, 数以万计 (fixed), 数十万 / 几千 / 上百 (several
 * of the place named), 三四家 / 七八十 (two neighbouring digits), into
 * n->vague, vlo, vhi. Returns the index after it, or 0; a 数, 几 or 上 that
 * starts no span starts no numeral either (parse_zh then finds none). */
static size_t zh_span(const vs_scan *s, size_t i, vs_number *n) {
  static const char *const starts_vague[] = {"数", "几", "上"};
  const vs_entry *h = NULL;
  size_t e, f;
  int d, d2;

  if ((e = lit(s, i, "成千上万"))) return n->vague = 1, n->vlo = 1e3, n->vhi = 99999, e;
  if ((e = lit(s, i, "成百上千"))) return n->vague = 1, n->vlo = 100, n->vhi = 9999, e;
  if ((e = lit(s, i, "数以")) &&
      (e = table(s, e, zh_units + 1, NELEM(zh_units) - 1, 0, &h, &zh_units_first)) && (e = lit(s, e, "计")))
    return n->vague = 1, n->vlo = h->v, n->vhi = 100 * h->v - 1, e;
  /* 数十万, 几千, 上百: several of the place named (each of starts_vague
     a literal first, lit()'s first test made at compile time) */
  for (size_t k = 0; (lit(s, i, "数") || lit(s, i, "几") || lit(s, i, "上")) && k < NELEM(starts_vague);
       k++) {
    double u;
    if (!(e = lit(s, i, starts_vague[k]))) continue;
    f = zh_scale_chain(s, e, &u, 1);
    if (k < 2 && (e = lit(s, e, "十"))) f = zh_scale_chain(s, e, &u, 1), u *= 10;
    /* 个位数百分比 ("a single-digit percentage"): 百分 is per cent, no hundreds */
    if (u <= 1 || lit(s, f, "分")) return 0;
    return n->vague = 1, n->vlo = u, n->vhi = 10 * u - 1, f;
  }
  /* 三四家, 七八十: two neighbouring digits are a span, unless a third
   * digit follows (一二〇天: 120 written digit by digit, zh_positional) */
  if ((d = zh_digit(s, i, &e, 0)) > 0 && (d2 = zh_digit(s, e, &f, 0)) == d + 1 &&
      positional_digit(s, f, &e, 0) < 0) {
    double u = 1;
    if ((e = lit(s, f, "十")))
      u = 10, f = e;
    else if ((e = lit(s, f, "百")))
      u = 100, f = e;
    else if ((e = lit(s, f, "千")))
      u = 1000, f = e;
    return n->vague = 1, n->vlo = d * u, n->vhi = d2 * u, f;
  }
  return 0;
}

/* A Chinese numeral summed place by place: 三万五千 is (3 x 1e4) + 5 x 1000. */
typedef struct {
  double yi, wan, sec; /* what stands before 亿, before 万, and below 万 so far */
  double tail;         /* the product of the trailing 万 and 亿, once last_scale */
  int cur;             /* the digit not yet given its place, or -1 */
  int any;             /* a digit or place word was read */
  int last_scale;      /* the numeral so far ends in 万 or 亿 */
} zh_sum;

/* Reads digits and place words from i into z; bare says 百 or 千 at i
 * stand for 一百, 一千. Returns where the numeral ends (i when none). */
static size_t zh_places(const vs_scan *s, size_t i, int bare, zh_sum *z) {
  size_t j = i, e;
  double place;
  int d;
  for (;;) {
    if ((d = zh_digit(s, j, &e, 1)) >= 0) {
      if (z->cur >= 0) break; /* two digits in a row: not a numeral this parser reads */
      if (d > 0) z->cur = d;
      z->any = 1;
      z->last_scale = 0;
      j = e;
    } else if (z->cur < 0 && z->sec == 0 && (place = zh_tens_at(s, j, &e)) > 0) {
      z->sec = place; /* 卅一: thirty, then the digit */
      z->any = 1;
      z->last_scale = 0;
      j = e;
    } else if ((place = zh_place(s, j, &e)) > 0) {
      if (place < 1e4) {
        /* 十 may start; 百 and 千 only when bare */
        if (z->cur < 0 && !(place == 10 && (!z->any || z->sec == 0)) && !(bare && j == i)) break;
        z->sec += (z->cur < 0 ? 1 : z->cur) * place;
        z->last_scale = 0;
      } else if (!z->any) {
        break;
      } else if (place == 1e4) {
        z->wan = (z->wan + z->sec + (z->cur > 0 ? z->cur : 0)) * 1e4;
        z->sec = 0;
        z->tail = z->last_scale ? z->tail * 1e4 : 1e4;
        z->last_scale = 1;
      } else {
        z->yi = (z->yi + z->wan + z->sec + (z->cur > 0 ? z->cur : 0)) * 1e8;
        z->wan = z->sec = 0;
        z->tail = z->last_scale ? z->tail * 1e8 : 1e8;
        z->last_scale = 1;
      }
      z->cur = -1;
      z->any = 1;
      j = e;
    } else {
      break;
    }
  }
  return j;
}

/* Chinese numerals at i: 一百二十, 两千万, 十二亿, 三万五千, 三点五, 二〇二五 is
 * not one (that is a year), 三四 is a span, 数十万 / 几千 / 上百 are spans.
 * Trailing 万 and 亿 go to n->scale, so 两千万 is 2000 x 1e4 and keeps the
 * precision of "2000". */
static size_t parse_zh(const vs_scan *s, size_t i, vs_number *n) {
  /* 千万 is also "by all means" (千万不要), 百万富翁 a millionaire */
  static const char *const not_after_bare[] = {"不", "别", "要", "勿", "小心", "注意", "记", "富"};
  zh_sum z = {0, 0, 0, 1, -1, 0, 0};
  size_t j, e, f;
  int d, bare;

  n->script = SCRIPT_ZH;
  /* 百亿, 千亿, 百万, 千万: 百 and 千 stand for 一百, 一千 right before 万 or 亿 */
  bare = ((e = lit(s, i, "百")) || (e = lit(s, i, "千"))) && (lit(s, e, "万") || lit(s, e, "亿"));
  if ((e = zh_span(s, i, n)) || (e = zh_positional(s, i, n))) return e;
  j = zh_places(s, i, bare, &z);
  if (!z.any || (bare && next_is_any(s, j, not_after_bare, NELEM(not_after_bare)))) return 0;
  n->mant = z.yi + z.wan + z.sec + (z.cur > 0 ? z.cur : 0);
  n->lone_one = j - i == strlen("一") && lit(s, i, "一");
  if (z.last_scale) {
    n->mant /= z.tail; /* exact: tail divides what it multiplied */
    n->scale = z.tail;
  } else if (((e = lit(s, j, "点")) || (e = lit(s, j, "."))) && zh_digit(s, e, &f, 0) >= 0) {
    /* 三点五亿: a decimal point, then digits one by one; Taiwan's press
     * writes it as a full-width dot (十九．九％), normalised to "." */
    n->lone_one = 0;
    for (j = e; (d = zh_digit(s, j, &e, 0)) >= 0 && n->decimals < 9; j = e)
      n->mant = n->mant * 10 + d, n->decimals++;
    j = zh_scale_chain(s, j, &n->scale, 0);
  }
  /* 零 alone is a word's first character (零部件 parts, 零售 retail, 零星
   * sporadic), no zero of anything: a count of nothing is not news */
  if (j - i == strlen("零") && (lit(s, i, "零") || lit(s, i, "〇"))) return 0;
  return j;
}

static const vs_entry scales_en[] = {
    {"thousand", 1e3, NULL},  {"million", 1e6, NULL}, {"billion", 1e9, NULL},
    {"trillion", 1e12, NULL}, {"mln", 1e6, NULL},     {"bln", 1e9, NULL},
    {"mn", 1e6, NULL},        {"bn", 1e9, NULL},      {"tn", 1e12, NULL},
};
static vs_firsts scales_en_first;
static const vs_entry vague_en[] = {
    {"tens", 10, NULL},       {"dozens", 12, NULL},    {"hundreds", 100, NULL},
    {"thousands", 1e3, NULL}, {"millions", 1e6, NULL}, {"billions", 1e9, NULL},
};
static vs_firsts vague_en_first;

/* Fractions in words. v: the denominator. */
static const vs_entry fractions_en[] = {
    {"third", 3, NULL},  {"thirds", 3, NULL},  {"quarter", 4, NULL}, {"quarters", 4, NULL},
    {"fifth", 5, NULL},  {"fifths", 5, NULL},  {"sixth", 6, NULL},   {"sixths", 6, NULL},
    {"eighth", 8, NULL}, {"eighths", 8, NULL}, {"tenth", 10, NULL},  {"tenths", 10, NULL},
};
static vs_firsts fractions_en_first;

/* The denominator after a numerator ending at i: "a third", "two thirds",
 * "two-thirds", "three quarters"; the share goes to n->frac. A singular
 * fraction word is as often an ordinal or a time ("a third round", "a
 * quarter earlier", "the third quarter" has no numerator at all), so it
 * counts only before "of" or after a word that asks for an amount ("cut by
 * a third", "nearly a third"); "a quarter" only before "of" or after "by".
 * start is where the numerator starts. */
/* " a million", " an billion", " one billion" after the "of" that ends
 * at i: the index after the scale word, its value in *scale; 0 otherwise. */
static size_t of_scale(const vs_scan *s, size_t i, double *scale) {
  const vs_entry *h = NULL;
  size_t g = gap(s, i), e;
  if (!g || !((e = word(s, g, "a")) || (e = word(s, g, "an")) || (e = word(s, g, "one")))) return 0;
  if (!(g = gap(s, e)) || !(e = table(s, g, scales_en, 4, 1, &h, &scales_en_first))) return 0;
  *scale = h->v;
  return e;
}

static size_t fraction_words(const vs_scan *s, size_t i, int num, size_t start, vs_number *n) {
  static const char *const cues[] = {"by",   "than", "nearly", "almost", "about", "roughly", "around",
                                     "some", "over", "under",  "fully",  "just",  "only"};
  const vs_entry *h = NULL;
  size_t g = at(s, i) == '-' ? i + 1 : gap(s, i), e, f, e2;
  double scale;
  int plural, of;
  if (!g || !(e = table(s, g, fractions_en, NELEM(fractions_en), 1, &h, &fractions_en_first)) || num >= h->v)
    return 0;
  plural = s->p[e - 1] == 's';
  if (plural != (num > 1)) return 0;
  of = (f = gap(s, e)) && (f = word(s, f, "of"));
  if (num == 1 && !of && !prev_word_in(s, start, cues, h->v == 4 ? 1 : NELEM(cues))) return 0;
  if (of && (e2 = of_scale(s, f, &scale))) {
    /* a quarter of a million, two-thirds of a billion: an amount, as
     * "half a million" is; to three places (a third: 0.333) */
    n->mant = round(1000.0 * num / h->v);
    n->decimals = 3;
    n->scale = scale;
    return e2;
  }
  n->frac = 100.0 * num / h->v;
  return e;
}

/* Number words; the first nine rows are the ones a tens word takes (twenty-five). */
static const vs_entry units_en[] = {
    {"one", 1, NULL},        {"two", 2, NULL},       {"three", 3, NULL},     {"four", 4, NULL},
    {"five", 5, NULL},       {"six", 6, NULL},       {"seven", 7, NULL},     {"eight", 8, NULL},
    {"nine", 9, NULL},       {"ten", 10, NULL},      {"eleven", 11, NULL},   {"twelve", 12, NULL},
    {"thirteen", 13, NULL},  {"fourteen", 14, NULL}, {"fifteen", 15, NULL},  {"sixteen", 16, NULL},
    {"seventeen", 17, NULL}, {"eighteen", 18, NULL}, {"nineteen", 19, NULL}, {"twenty", 20, NULL},
    {"thirty", 30, NULL},    {"forty", 40, NULL},    {"fifty", 50, NULL},    {"sixty", 60, NULL},
    {"seventy", 70, NULL},   {"eighty", 80, NULL},   {"ninety", 90, NULL},
};
static vs_firsts units_en_first;

size_t vs_en_unit_word(const vs_scan *s, size_t i, int whole, double *v) {
  const vs_entry *h = NULL;
  size_t e = table(s, i, units_en, NELEM(units_en), whole, &h, &units_en_first);
  if (e) *v = h->v;
  return e;
}

size_t vs_en_below_hundred(const vs_scan *s, size_t i, double *v) {
  const vs_entry *h = NULL;
  size_t j, e, g;
  if (!(e = table(s, i, units_en, NELEM(units_en), 1, &h, &units_en_first))) return 0;
  *v = h->v;
  j = e;
  /* twenty-five, twenty five */
  if (h->v >= 20) {
    g = at(s, j) == '-' ? j + 1 : gap(s, j);
    if (g && (e = table(s, g, units_en, 9, 1, &h, &units_en_first))) *v += h->v, j = e;
  }
  return j;
}

/* One to 999 in words at i: twelve, twenty-five, three hundred and fifty. */
static size_t words_below_thousand(const vs_scan *s, size_t i, double *v) {
  size_t j, e, g;
  double rest;
  if (!(j = vs_en_below_hundred(s, i, v))) return 0;
  if ((g = gap(s, j)) && (e = word(s, g, "hundred"))) {
    *v *= 100;
    j = e;
    if ((g = gap(s, j)) && (e = word(s, g, "and"))) g = gap(s, e);
    if (g && (e = vs_en_below_hundred(s, g, &rest))) *v += rest, j = e;
  }
  return j;
}

/* Words before "a" that make it one of a duration: "for a year", "within
 * a month". */
static const char *const spans[] = {"for", "within"};

int vs_article_number_may(const vs_scan *s, size_t i) {
  const vs_entry *h = NULL;
  size_t e, g;
  if (!((e = word(s, i, "a")) || (e = word(s, i, "an"))) || !(g = gap(s, e))) return 0;
  /* parse_words' words after it, in its order; a unit of a duration is
     the rules' and any word may be one: what comes before says */
  return word(s, g, "dozen") || prev_word_in_few(s, i, spans, NELEM(spans)) || word(s, g, "hundred") ||
         table(s, g, scales_en, 4, 1, &h, &scales_en_first) ||
         table(s, g, fractions_en, NELEM(fractions_en), 1, &h, &fractions_en_first);
}

/* English number words: twelve, twenty-five, three hundred, two thousand
 * three hundred, a dozen, a million, half a million; fractions (a third,
 * two thirds); and spans: hundreds of thousands, dozens of. */
static size_t parse_words(const vs_scan *s, size_t i, vs_number *n) {
  const vs_entry *h = NULL;
  size_t j, e, f, g;
  double rest;
  n->script = SCRIPT_WORDS;
  /* spans: hundreds of, hundreds of thousands */
  if ((e = table(s, i, vague_en, NELEM(vague_en), 1, &h, &vague_en_first)) && (g = gap(s, e)) &&
      (e = word(s, g, "of"))) {
    double u1 = h->v, u2 = 1;
    j = e;
    if ((g = gap(s, e)) && (e = table(s, g, vague_en + 3, 3, 1, &h, &vague_en_first))) u2 = h->v, j = e;
    n->vague = 1;
    /* dozens: from two dozen up to where "hundreds" takes over */
    n->vlo = u1 == 12 ? 24 * u2 : u1 * u2;
    n->vhi = u1 == 12 ? 99 * u2 : 10 * u1 * u2 - 1;
    return j;
  }
  /* half a million, half a dozen */
  if ((e = word(s, i, "half")) && (g = gap(s, e)) && (e = word(s, g, "a")) && (g = gap(s, e))) {
    if ((e = word(s, g, "dozen"))) return n->mant = 6, e;
    if ((e = table(s, g, scales_en, 4, 1, &h, &scales_en_first)))
      return n->mant = 5, n->decimals = 1, n->scale = h->v, e;
    return 0;
  }
  /* a dozen, a hundred, a million, a third; "for a year", "within a
   * month": one of a duration */
  if (((e = word(s, i, "a")) || (e = word(s, i, "an"))) && (g = gap(s, e))) {
    unsigned short unit;
    if ((f = word(s, g, "dozen"))) return n->mant = 12, f;
    if (prev_word_in_few(s, i, spans, NELEM(spans)) && vs_unit_at(s, g, &unit) &&
        cd_units_duration(s->units, unit))
      return n->mant = 1, e;
    if ((f = word(s, g, "hundred"))) return n->mant = 100, f;
    if ((f = table(s, g, scales_en, 4, 1, &h, &scales_en_first))) return n->mant = 1, n->scale = h->v, f;
    return fraction_words(s, e, 1, i, n);
  }
  if (!(j = words_below_thousand(s, i, &n->mant))) return 0;
  if (n->mant < 10 && (e = fraction_words(s, j, (int)n->mant, i, n))) return e;
  /* two thousand three hundred is exact; "two thousand" alone is read
     like "2 thousand", its scale word left to parse_scale */
  if ((g = gap(s, j)) && (e = word(s, g, "thousand")) && (g = gap(s, e))) {
    if ((f = word(s, g, "and")) && (f = gap(s, f))) g = f;
    if ((f = words_below_thousand(s, g, &rest))) return n->mant = n->mant * 1000 + rest, f;
  }
  if (n->mant <= 12 && (g = gap(s, j)) && (e = word(s, g, "dozen"))) {
    n->mant *= 12;
    j = e;
  }
  return j;
}

/* Digits right after a Chinese scale, with a smaller scale of their own
 * or none, that fill the places below it: 27万7398 is 277,398, 1亿2000万
 * 120,000,000, 3万5千 35,000. *mant (the digits before the scale u)
 * becomes the whole number; returns where it ends, or 0 when nothing
 * below the scale follows. */
static size_t ascii_below(const vs_scan *s, size_t i, double u, double *mant) {
  double r = 0, u2 = 1;
  size_t j = i, e;
  while (is_digit(at(s, j)) && j - i < 12) r = r * 10 + (at(s, j++) - '0');
  if (j == i || at(s, j) == '.' || at(s, j) == ',') return 0;
  if ((e = zh_scale_chain(s, j, &u2, 1)) > j) j = e;
  if (r * u2 >= u) return 0;
  *mant = *mant * u + r * u2;
  return j;
}

static const vs_entry glued[] = {{"k", 1e3, NULL}, {"m", 1e6, NULL}, {"b", 1e9, NULL}};
static vs_firsts glued_first;

/* Scale words after a number: " billion", "bn", "亿", "千万"; the short
 * glued forms "12b", "286m", "50k" only after a currency symbol, because
 * "70b" and "5m" are as often model names and metres. */
static size_t parse_scale(const vs_scan *s, size_t i, vs_number *n, int money) {
  const vs_entry *h = NULL;
  size_t e, g;
  double u;
  if (n->script != SCRIPT_WORDS && (e = zh_scale_chain(s, i, &u, n->script == SCRIPT_ASCII)) > i) {
    /* 27万7398: one number, exact to the unit; not after a span (1至2百02:
     * the scale is both ends', the digits after it neither's) */
    size_t f = n->script == SCRIPT_ASCII && !n->decimals && !n->ranged ? ascii_below(s, e, u, &n->mant) : 0;
    if (f) {
      n->filled = 1;
      return f;
    }
    n->scale *= u;
    return e;
  }
  if (n->script == SCRIPT_ZH) return i;
  if (n->script == SCRIPT_ASCII && (e = table(s, i, scales_en, NELEM(scales_en), 1, &h, &scales_en_first)))
    return n->scale *= h->v, e;
  if (n->script == SCRIPT_ASCII && money && (e = table(s, i, glued, NELEM(glued), 1, &h, &glued_first)))
    return n->scale *= h->v, e;
  if ((g = gap(s, i)) && (e = table(s, g, scales_en, NELEM(scales_en), 1, &h, &scales_en_first)))
    return n->scale *= h->v, e;
  return i;
}

/* 多, 余, 几 after a number: "300多" is 301..399, "十几" 11..19. */
static size_t parse_plus(const vs_scan *s, size_t i, vs_number *n) {
  size_t e;
  if (n->script == SCRIPT_WORDS || n->vague || n->plus) return i;
  if ((e = lit(s, i, "多")) || (e = lit(s, i, "余")) || (e = lit(s, i, "几"))) {
    /* 多 also starts 多家 ("several companies") after a number: 十多家 is 11..19 companies, so
       it is read as -odd whenever it follows a number directly */
    n->plus = 1;
    return e;
  }
  return i;
}

/* Does a word joined to the number at j make it a value of its own: a
 * ratio (2x, 10-fold) or a share hyphened as an adjective (24-percent,
 * 25-per-cent)? */
static int joined_value(const vs_scan *s, size_t j) {
  static const char *const joined[] = {"x", "fold", "-fold", "-percent", "-per-cent"};
  int c = at(s, j);
  if (c != 'x' && c != 'f' && c != '-')
    return 0; /* the first bytes of joined, which most numbers
                                                     have none of after them */
  for (size_t k = 0; k < NELEM(joined); k++)
    if (word(s, j, joined[k])) return 1;
  return 0;
}

/* The number at i with its scale, -odd and the upper end of a span
 * ("3-5", "3 to 5", "3至5"); flags are PN_*. Returns
 * the index after it, or 0 when what is at i is not a number on its own
 * (h20, 5g, 7nm, 12:00, [2], covid-19, 1990s). */
size_t vs_parse_number(const vs_scan *s, size_t i, vs_number *n, int flags) {
  static const char *const ordinal_before[] = {"第", "#"};
  size_t j, e, g;
  int c = at(s, i), money = flags & PN_MONEY;
  memset(n, 0, sizeof *n);
  n->scale = 1;
  if (prev_is_any(s, i, ordinal_before, NELEM(ordinal_before))) return 0;
  if (is_digit(c)) {
    if (!money && i > 0) {
      int b = at(s, i - 1), bb = i > 1 ? at(s, i - 2) : 0;
      if (is_alnum(b) || ((b == '-' || b == '.' || b == '/' || b == ':' || b == '_') && is_alnum(bb)))
        return 0;
      if (b == '[') return 0; /* footnote [2] */
    }
    j = parse_ascii(s, i, n);
    if (!j) return 0;
  } else if (is_alpha(c)) {
    static const char *const not_half[] = {"a", "and", "first", "second", "one", "the"};
    if (money) return 0;
    if (!(j = parse_words(s, i, n))) {
      /* half of, nearly half: 50%; but a year and a half, the first half, half-year are not */
      if (!(e = word(s, i, "half")) || at(s, e) == '-' || prev_word_in(s, i, not_half, NELEM(not_half)))
        return 0;
      n->script = SCRIPT_WORDS;
      n->half_pct = 1;
      return e;
    }
    if (n->vague || n->frac > 0) return j;
  } else {
    if ((e = lit(s, i, "一半"))) return n->half_pct = 1, e;
    if ((e = lit(s, i, "过半"))) return n->half_pct = 1, n->bound = 1, e;
    if (!(j = parse_zh(s, i, n))) return 0;
  }
  /* a span: 3-5, 3 to 5, 3至5, three to five; between 3 and 5, 介于3和5 */
  g = 0;
  if (!n->vague) {
    size_t sp = gap(s, j);
    if (n->script != SCRIPT_WORDS && (at(s, j) == '-' || at(s, j) == '~'))
      g = j + 1;
    else if ((e = lit(s, j, "–")) || (e = lit(s, j, "至")) || (e = lit(s, j, "到")) ||
             ((flags & PN_BETWEEN) && ((e = lit(s, j, "和")) || (e = lit(s, j, "与")))))
      g = e;
    else if (sp && ((e = word(s, sp, "to")) || ((flags & PN_BETWEEN) && (e = word(s, sp, "and")))))
      g = gap(s, e);
  }
  if (g) {
    vs_number to;
    memset(&to, 0, sizeof to);
    to.scale = 1;
    e = 0;
    if (n->script == SCRIPT_ASCII && is_digit(at(s, g)))
      e = parse_ascii(s, g, &to);
    else if (n->script == SCRIPT_ZH)
      e = parse_zh(s, g, &to);
    else if (n->script == SCRIPT_WORDS && is_alpha(at(s, g)))
      e = parse_words(s, g, &to);
    if (e && !to.vague && to.frac == 0 && to.scale == 1 &&
        to.mant / p10(to.decimals) > n->mant / p10(n->decimals) && !n->year_like && !to.year_like &&
        !is_alpha(at(s, e))) {
      n->ranged = 1;
      n->to_mant = to.mant;
      n->to_decimals = to.decimals;
      n->from_span = (flags & PN_FROM) != 0;
      n->x_end = j;
      j = e;
    }
  }
  j = parse_plus(s, j, n);
  j = parse_scale(s, j, n, money);
  j = parse_plus(s, j, n);
  if (n->script == SCRIPT_ASCII && !joined_value(s, j)) {
    int a = at(s, j), b = at(s, j + 1);
    unsigned short unit;
    size_t u;
    /* a unit word glued to the number is its unit ("40nm" of a chip's
     * process); other letters make a name (5g, a7) */
    if ((is_alpha(a) && !((u = vs_unit_at(s, j, &unit)) && !is_alnum(at(s, u)))) ||
        ((a == '.' || a == ':' || a == '/') && is_digit(b)) ||
        (a == '-' && is_alpha(b) && !vs_unit_at(s, j + 1, &unit)) || (a == ']'))
      return 0; /* 5g, 1.2.3, 12:00, 7/31, 5-gram, [2]; but 90-day, 40nm count a unit word */
  }
  return j;
}

/* Where the scan goes on after a Chinese numeral that is no value (values.c
 * skip): past the whole run of digits and place words, so that no digit
 * of it starts a value of its own. */
size_t vs_zh_numeral_end(const vs_scan *s, size_t i) {
  size_t e;
  while (zh_digit(s, i, &e, 1) >= 0 || zh_place(s, i, &e) > 0 || zh_tens_at(s, i, &e) > 0)
    i = e; /* zh_digits, zh_units, zh_tens */
  return i;
}

/* Do zh_digit(), zh_place() and zh_tens_at() read the rows of zh_digits,
 * zh_units and zh_tens? */
static int zh_switches_agree(void) {
  for (size_t k = 0; k < NELEM(zh_digits) + NELEM(zh_units) + NELEM(zh_tens); k++) {
    const vs_entry *r = k < NELEM(zh_digits) ? &zh_digits[k]
                        : k < NELEM(zh_digits) + NELEM(zh_units)
                            ? &zh_units[k - NELEM(zh_digits)]
                            : &zh_tens[k - NELEM(zh_digits) - NELEM(zh_units)];
    vs_scan s = {.p = r->w, .len = strlen(r->w)};
    size_t e = 0;
    double v = k < NELEM(zh_digits)                     ? zh_digit(&s, 0, &e, 1)
               : k < NELEM(zh_digits) + NELEM(zh_units) ? zh_place(&s, 0, &e)
                                                        : zh_tens_at(&s, 0, &e);
    if (v != r->v || e != s.len) return 0;
  }
  return 1;
}

void vs_number_index(void) {
  assert(zh_switches_agree());
  vs_firsts_of(&fractions_en_first, fractions_en, NELEM(fractions_en));
  vs_firsts_of(&glued_first, glued, NELEM(glued));
  vs_firsts_of(&scales_en_first, scales_en, NELEM(scales_en));
  vs_firsts_of(&units_en_first, units_en, NELEM(units_en));
  vs_firsts_of(&vague_en_first, vague_en, NELEM(vague_en));
  vs_firsts_of(&zh_units_first, zh_units, NELEM(zh_units));
}

/* ---- Where a number starts (values_scan.h) -------------------------------- */

/* The Chinese digits, as zh_digit() reads them (两 among them). */
void vs_zh_digit_starts(vs_starts *st) {
  vs_starts_table(st, zh_digits, NELEM(zh_digits));
  vs_starts_table(st, zh_tens, NELEM(zh_tens));
}

/* The number words of vs_en_unit_word and vs_en_below_hundred, each with
 * suffix glued after it as one word ("" for the words alone, "fold" for
 * twofold). */
void vs_en_unit_word_starts(vs_starts *st, const char *suffix) {
  for (size_t k = 0; k < NELEM(units_en); k++) {
    char w[32];
    int n = snprintf(w, sizeof w, "%s%s", units_en[k].w, suffix);
    assert(n > 0 && (size_t)n < sizeof w);
    vs_starts_word(st, w);
  }
}

/* What vs_parse_number tests first: ASCII digits (parse_ascii); in words
 * (parse_words) a span (vague_en), half, a number word (units_en), and
 * half alone; a and an only where vs_article_number_may says, so they ask
 * (vs_starts_asking: the open function of the grammar that registers
 * them, vs_quantity_open, asks it); in Chinese 一半, 过半 and parse_zh's 百 and 千 (bare),
 * its spans (zh_span: 成千上万, 成百上千, 数以, 数 几 上 before a place, two digits), its
 * digits (zh_positional, zh_places: zh_digits) and places (zh_units, whose
 * 万 and 亿 never open one: registered all the same, as the scan's skip
 * reads the whole table). */
void vs_number_starts(vs_starts *st) {
  static const char *const first[] = {"half", "一半", "过半", "百", "千", "成千上万", "成百上千", "数以"};
  /* 数, 几 and 上 open a span only before a place (zh_span: zh_scale_chain's
     百 千 万 亿, 兆 before a currency; 十 after 数 and 几), and nothing
     else of the number's grammar or the quantity's: registered with it,
     so that 上涨, 数据 and 几乎 try nothing */
  static const char *const vague_zh[] = {"数十", "数百", "数千", "数万", "数亿", "数兆",
                                         "几十", "几百", "几千", "几万", "几亿", "几兆",
                                         "上百", "上千", "上万", "上亿", "上兆"};
  vs_starts_digits(st);
  vs_starts_list(st, vague_zh, NELEM(vague_zh));
  vs_starts_table(st, vague_en, NELEM(vague_en));
  vs_en_unit_word_starts(st, "");
  vs_starts_list(st, first, NELEM(first));
  vs_starts_asking(st, "a");
  vs_starts_asking(st, "an");
  vs_zh_digit_starts(st);
  vs_starts_table(st, zh_units, NELEM(zh_units));
}
