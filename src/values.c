/* values.c: money, counts, percentages, ratios and dates in one normalised
 * sentence, English or Chinese, each turned into a closed range that
 * cd_value_compatible() compares by intersection (see values.h).
 *
 * One pass, left to right. At each word start the date matchers run, then
 * the quantity matcher; a miss skips the whole ASCII word or Chinese
 * numeral, so each byte is read by a bounded number of matchers: O(len),
 * no allocation, results written into the caller's array. */
#include "values.h"

#include "calendar.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_GAP  3 /* spaces allowed between the words of one value */

typedef struct {
  const char *p;
  size_t len;
  int has_doc;    /* doc_date was given and valid */
  int dy, dm, dd; /* the document date */
  long today;     /* the document date, days since 1970-01-01 */
} scan;

/* One row of the word tables below. */
typedef struct {
  const char *w;    /* normalised text: lower case, ASCII digits */
  double v;         /* what it stands for: a month, a multiplier, an offset */
  const char *code; /* ISO 4217 code for currency words, else NULL */
} entry;

/* ---- Characters and literals ------------------------------------------ */

static int at(const scan *s, size_t i) {
  return i < s->len ? (unsigned char)s->p[i] : 0; /* text has no NUL: 0 ends it */
}
static int is_digit(int c) {
  return c >= '0' && c <= '9';
}
static int is_alpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_alnum(int c) {
  return is_digit(c) || is_alpha(c);
}

static size_t next_char(const scan *s, size_t i) {
  size_t j = i + 1;
  while (j < s->len && ((unsigned char)s->p[j] & 0xC0) == 0x80) j++;
  return j;
}

/* Index after w when the text at i starts with it, else 0 (w is never empty,
 * so a match never ends at 0). A byte loop: the literals are short and most
 * calls fail on the first or second byte. */
static size_t lit(const scan *s, size_t i, const char *w) {
  size_t k;
  for (k = 0; w[k]; k++)
    if (i + k >= s->len || s->p[i + k] != w[k]) return 0;
  return i + k;
}

/* lit() for English: the match must end where the word ends. */
static size_t word(const scan *s, size_t i, const char *w) {
  size_t e = lit(s, i, w);
  return e && !is_alnum(at(s, e)) ? e : 0;
}

static int ends_with(const scan *s, size_t i, const char *w) {
  size_t n = strlen(w);
  return i >= n && memcmp(s->p + i - n, w, n) == 0;
}

/* Index after one to MAX_GAP spaces at i, or 0 when there is no space. */
static size_t gap(const scan *s, size_t i) {
  size_t j = i;
  while (j - i < MAX_GAP && (at(s, j) == ' ' || at(s, j) == '\t')) j++;
  return j > i ? j : 0;
}

static size_t opt_gap(const scan *s, size_t i) {
  size_t j = gap(s, i);
  return j ? j : i;
}

/* Longest row of t at i (whole words when words is set); the row goes to
 * *hit. Returns the index after it, or 0. */
static size_t table(const scan *s, size_t i, const entry *t, size_t n, int words, const entry **hit) {
  size_t best = 0;
  int c = at(s, i);
  for (size_t k = 0; k < n; k++) {
    size_t e;
    if ((unsigned char)t[k].w[0] != c) continue; /* most rows fail here, cheaply */
    e = words ? word(s, i, t[k].w) : lit(s, i, t[k].w);
    if (e > best) {
      best = e;
      if (hit) *hit = &t[k];
    }
  }
  return best;
}

static int next_is_any(const scan *s, size_t i, const char *const *set, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (lit(s, i, set[k])) return 1;
  return 0;
}

static int prev_is_any(const scan *s, size_t i, const char *const *set, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (ends_with(s, i, set[k])) return 1;
  return 0;
}

/* Is the ASCII word before i (spaces skipped) one of list? Looks back at
 * most a few bytes, so the scan stays linear. */
static int prev_word_in(const scan *s, size_t i, const char *const *list, size_t n) {
  size_t b = i, a;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  if (b > 0 && s->p[b - 1] == '.') b--; /* "no. 1" */
  a = b;
  while (a > 0 && b - a < 16 && is_alpha(at(s, a - 1))) a--;
  if (a == b || (a > 0 && is_alnum(at(s, a - 1)))) return 0;
  for (size_t k = 0; k < n; k++)
    if (strlen(list[k]) == b - a && memcmp(s->p + a, list[k], b - a) == 0) return 1;
  return 0;
}

/* ---- Writing dates ----------------------------------------------------- */

static void set_cue(cd_value *v, const scan *s, size_t a, size_t b) {
  size_t n = b - a;
  if (n >= sizeof v->relative) {
    n = sizeof v->relative - 1;
    while (n > 0 && ((unsigned char)s->p[a + n] & 0xC0) == 0x80) n--; /* whole characters */
  }
  memcpy(v->relative, s->p + a, n);
  v->relative[n] = '\0';
}

static void put_days(cd_value *v, cd_date_precision p, long lo, long hi) {
  int y, m, d;
  cd_calendar_civil(lo, &y, &m, &d);
  v->kind = CD_VALUE_DATE;
  v->precision = p;
  v->num = (double)lo;
  v->lo = (double)lo;
  v->hi = (double)hi;
  v->year = y;
  v->month = p == CD_DATE_YEAR || p == CD_DATE_PART ? 0 : m;
  v->day = p == CD_DATE_DAY || p == CD_DATE_WEEK ? d : 0;
}

/* A date that needs the document date, which we do not have: kept, never
 * compared. The cue is the text itself for relative dates ("thursday",
 * "上周四"); year-less calendar dates keep their month and day instead. */
static size_t put_unresolved(cd_value *v, const scan *s, cd_date_precision p, int m, int d, size_t a,
                             size_t b, int cue) {
  v->kind = CD_VALUE_DATE;
  v->precision = p;
  v->unresolved = 1;
  v->month = m;
  v->day = d;
  if (cue) set_cue(v, s, a, b);
  return b;
}

/* Calendar date of precision p: day d of month m1, month m1, months m1..m2
 * (a part), or the whole year. yrel says y is an offset from the document's
 * year (今年, last year); y == 0 otherwise means no year was written, and
 * the year putting the date nearest the document date is taken, ties going
 * to the past because news reports what happened; for the same reason a
 * future reading counts only within FUTURE_DAYS_MAX ("in March" in an
 * October article is the March before, not the one five months ahead;
 * "on Oct. 1" in a September article is ahead). Returns b, or 0 when the
 * day does not exist. */
#define FUTURE_DAYS_MAX 122 /* about four months */

static size_t put_cal(cd_value *v, const scan *s, cd_date_precision p, int y, int yrel, int m1, int m2, int d,
                      size_t a, size_t b) {
  long lo, hi;
  if (p == CD_DATE_DAY && (d < 1 || d > 31)) return 0;
  if (p == CD_DATE_YEAR) m1 = 1, m2 = 12;
  if (p == CD_DATE_MONTH || p == CD_DATE_DAY) m2 = m1;
  if (m1 < 1 || m2 > 12 || m1 > m2) return 0;
  if (yrel || y == 0) {
    if (!s->has_doc)
      return put_unresolved(v, s, p, p == CD_DATE_DAY || p == CD_DATE_MONTH ? m1 : 0,
                            p == CD_DATE_DAY ? d : 0, a, b, yrel || p == CD_DATE_PART || p == CD_DATE_YEAR);
    if (yrel) {
      y += s->dy;
    } else {
      long best = -1;
      for (int cand = s->dy - 1; cand <= s->dy + 1; cand++) {
        long clo, chi, dist;
        if (p == CD_DATE_DAY && d > cd_calendar_month_days(cand, m1)) continue;
        clo = cd_calendar_days(cand, m1, p == CD_DATE_DAY ? d : 1);
        chi = p == CD_DATE_DAY ? clo : cd_calendar_days(cand, m2, cd_calendar_month_days(cand, m2));
        dist = s->today < clo ? clo - s->today : s->today > chi ? s->today - chi : 0;
        if (s->today < clo && dist > FUTURE_DAYS_MAX) continue;
        if (best < 0 || dist < best) best = dist, y = cand;
      }
      if (best < 0) return 0;
    }
  }
  if (p == CD_DATE_DAY && d > cd_calendar_month_days(y, m1)) return 0;
  lo = cd_calendar_days(y, m1, p == CD_DATE_DAY ? d : 1);
  hi = p == CD_DATE_DAY ? lo : cd_calendar_days(y, m2, cd_calendar_month_days(y, m2));
  put_days(v, p, lo, hi);
  return b;
}

/* Month off months from the document's (本月 0, last month -1). */
static size_t put_rel_month(cd_value *v, const scan *s, int off, size_t a, size_t b) {
  int k;
  if (!s->has_doc) return put_unresolved(v, s, CD_DATE_MONTH, 0, 0, a, b, 1);
  k = s->dy * 12 + (s->dm - 1) + off;
  return put_cal(v, s, CD_DATE_MONTH, k / 12, 0, k % 12 + 1, 0, 0, a, b);
}

/* Week off weeks from the document's, weeks starting on Monday; with wd
 * >= 0 the day wd (0 = Monday) of that week. */
static size_t put_rel_week(cd_value *v, const scan *s, int off, int wd, size_t a, size_t b) {
  long mon;
  if (!s->has_doc) return put_unresolved(v, s, wd < 0 ? CD_DATE_WEEK : CD_DATE_DAY, 0, 0, a, b, 1);
  mon = s->today - cd_calendar_weekday(s->today) + 7L * off;
  if (wd < 0)
    put_days(v, CD_DATE_WEEK, mon, mon + 6);
  else
    put_days(v, CD_DATE_DAY, mon + wd, mon + wd);
  return b;
}

/* Weekday wd named alone: how = 0 the most recent on or before the document
 * date (an article dated Wednesday saying "Wednesday" means that day), -1
 * strictly before ("last thursday"), 1 strictly after ("next thursday"). */
static size_t put_weekday(cd_value *v, const scan *s, int wd, int how, size_t a, size_t b) {
  long d;
  int dw;
  if (!s->has_doc) return put_unresolved(v, s, CD_DATE_DAY, 0, 0, a, b, 1);
  dw = cd_calendar_weekday(s->today);
  if (how == 0)
    d = s->today - (dw - wd + 7) % 7;
  else if (how < 0)
    d = s->today - ((dw - wd + 6) % 7 + 1);
  else
    d = s->today + ((wd - dw + 6) % 7 + 1);
  put_days(v, CD_DATE_DAY, d, d);
  return b;
}

static size_t put_rel_day(cd_value *v, const scan *s, int off, size_t a, size_t b) {
  if (!s->has_doc) return put_unresolved(v, s, CD_DATE_DAY, 0, 0, a, b, 1);
  put_days(v, CD_DATE_DAY, s->today + off, s->today + off);
  return b;
}

/* ---- Small numbers inside dates ---------------------------------------- */

static const entry zh_digits[] = {
    {"零", 0, NULL}, {"〇", 0, NULL}, {"一", 1, NULL}, {"二", 2, NULL}, {"两", 2, NULL}, {"三", 3, NULL},
    {"四", 4, NULL}, {"五", 5, NULL}, {"六", 6, NULL}, {"七", 7, NULL}, {"八", 8, NULL}, {"九", 9, NULL},
};

/* A Chinese digit at i, or -1. 两 counts things but never writes a date or a
 * digit string, so dates ask for it to be refused. */
static int zh_digit(const scan *s, size_t i, size_t *e, int allow_liang) {
  /* every digit is a three-byte character: decode once and switch (this
   * runs at nearly every position of Chinese text; the table zh_digits
   * above documents the same mapping) */
  const unsigned char *p = (const unsigned char *)s->p + i;
  int v;
  if (i + 3 > s->len || p[0] < 0xE3 || p[0] > 0xE9) return -1;
  switch (((unsigned)p[0] << 16) | ((unsigned)p[1] << 8) | p[2]) {
  case 0xE99BB6: v = 0; break; /* 零 */
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

/* A four-digit year at i: ASCII, or Chinese digits one by one (二〇二五). */
static size_t year_num(const scan *s, size_t i, int *y) {
  size_t j = i, e;
  int v = 0, k, d;
  if (is_digit(at(s, i))) {
    for (k = 0; k < 4 && is_digit(at(s, j)); k++, j++) v = v * 10 + at(s, j) - '0';
    if (k != 4 || is_digit(at(s, j))) return 0;
  } else {
    for (k = 0; k < 4; k++, j = e)
      if ((d = zh_digit(s, j, &e, 0)) < 0)
        return 0;
      else
        v = v * 10 + d;
    if (zh_digit(s, j, &e, 1) >= 0) return 0;
  }
  *y = v;
  return j;
}

/* A day or month number at i: one or two ASCII digits, or 一..九十九 written
 * with 十 (十二, 二十四, 三十一). */
static size_t small_num(const scan *s, size_t i, int *v) {
  size_t j = i, e;
  int d;
  if (is_digit(at(s, i))) {
    *v = 0;
    while (is_digit(at(s, j)) && j - i < 3) *v = *v * 10 + at(s, j++) - '0';
    return j - i <= 2 ? j : 0;
  }
  if ((e = lit(s, j, "十"))) {
    *v = 10;
    j = e;
  } else if ((d = zh_digit(s, j, &e, 0)) > 0) {
    *v = d;
    j = e;
    if (!(e = lit(s, j, "十"))) return zh_digit(s, j, &e, 1) >= 0 ? 0 : j;
    *v = d * 10;
    j = e;
  } else {
    return 0;
  }
  if ((d = zh_digit(s, j, &e, 0)) > 0) *v += d, j = e;
  return zh_digit(s, j, &e, 1) >= 0 || lit(s, j, "十") ? 0 : j;
}

/* ---- Chinese dates ------------------------------------------------------ */

static const entry zh_weekdays[] = {
    {"一", 0, NULL}, {"二", 1, NULL}, {"三", 2, NULL}, {"四", 3, NULL},
    {"五", 4, NULL}, {"六", 5, NULL}, {"日", 6, NULL}, {"天", 6, NULL},
};
static const entry zh_week_prefix[] = {
    /* v: week offset */
    {"上周", -1, NULL}, {"上星期", -1, NULL}, {"上个星期", -1, NULL}, {"上礼拜", -1, NULL},
    {"本周", 0, NULL},  {"这周", 0, NULL},    {"本星期", 0, NULL},    {"这个星期", 0, NULL},
    {"下周", 1, NULL},  {"下星期", 1, NULL},  {"下个星期", 1, NULL},
};
static const entry zh_rel_years[] = {
    {"今年", 0, NULL},
    {"去年", -1, NULL},
    {"明年", 1, NULL},
    {"前年", -2, NULL},
};
static const entry zh_rel_months[] = {
    {"上月", -1, NULL},  {"上个月", -1, NULL}, {"本月", 0, NULL},
    {"这个月", 0, NULL}, {"下月", 1, NULL},    {"下个月", 1, NULL},
};
static const entry zh_rel_days[] = {
    {"昨天", -1, NULL}, {"昨日", -1, NULL}, {"今天", 0, NULL},  {"今日", 0, NULL},
    {"明天", 1, NULL},  {"明日", 1, NULL},  {"前天", -2, NULL},
};
/* Words that may follow a month without changing its precision. */
static const char *const zh_month_tails[] = {"份", "早些时候", "初", "底", "末", "中旬", "上旬", "下旬"};

/* 第一季度, 一季度, 第1季度 -> quarter q; 前三季度 -> first n quarters. */
static size_t zh_quarter(const scan *s, size_t i, int *m1, int *m2) {
  size_t j = i, e;
  int q, first = 0;
  if ((e = lit(s, j, "第")))
    j = e;
  else if ((e = lit(s, j, "前")))
    first = 1, j = e;
  if (first && (e = lit(s, j, "两")))
    q = 2; /* 前两季度: 两 counts here */
  else if (!(e = small_num(s, j, &q)) || q < 1 || q > 4)
    return 0;
  j = e;
  if (first && (e = lit(s, j, "个"))) j = e;
  if (!(e = lit(s, j, "季"))) return 0;
  j = e;
  if ((e = lit(s, j, "度"))) j = e;
  *m1 = first ? 1 : 3 * q - 2;
  *m2 = 3 * q;
  return j;
}

/* Seasons, as the months of the northern meteorological seasons. Winter is
 * left out: it spans two calendar years, and "2024年冬季" / "winter 2024" are
 * read both ways. */
static const entry zh_seasons[] = {
    /* v: first month */
    {"春季", 3, NULL}, {"春天", 3, NULL}, {"夏季", 6, NULL},
    {"夏天", 6, NULL}, {"秋季", 9, NULL}, {"秋天", 9, NULL},
};

/* Parts of a year written after it (2023年底, 今年上半年, 去年秋季) or alone
 * (上半年; a season only after a year: 夏季达沃斯 is a forum, not a date). */
static size_t zh_part(const scan *s, size_t i, int *m1, int *m2, int after_year) {
  static const char *const not_initial[] = {"步", "次", "衷", "期"}; /* 初步 is "preliminary" */
  const entry *h = NULL;
  size_t e;
  if ((e = lit(s, i, "上半年"))) return *m1 = 1, *m2 = 6, e;
  if ((e = lit(s, i, "下半年"))) return *m1 = 7, *m2 = 12, e;
  if ((e = zh_quarter(s, i, m1, m2))) return e;
  if (after_year && (e = table(s, i, zh_seasons, NELEM(zh_seasons), 0, &h)))
    return *m1 = (int)h->v, *m2 = (int)h->v + 2, e;
  if (!after_year && !(i = lit(s, i, "年"))) return 0;
  if (after_year && (e = lit(s, i, "年"))) i = e; /* 今年年底 */
  if ((e = lit(s, i, "底")) || (e = lit(s, i, "末"))) return *m1 = 10, *m2 = 12, e;
  if ((e = lit(s, i, "初")) && !next_is_any(s, e, not_initial, NELEM(not_initial)))
    return *m1 = 1, *m2 = 3, e;
  return 0;
}

/* Month and day after a year or alone: 7月, 7月31日, 七月三十一号. */
static size_t zh_month_day(const scan *s, size_t i, int *m, int *d) {
  size_t j, e, f;
  if (!(j = small_num(s, i, m)) || *m < 1 || *m > 12 || !(j = lit(s, j, "月"))) return 0;
  if ((e = small_num(s, j, d)) && ((f = lit(s, e, "日")) || (f = lit(s, e, "号")))) return f;
  *d = 0;
  for (size_t k = 0; k < NELEM(zh_month_tails); k++)
    if ((e = lit(s, j, zh_month_tails[k]))) return e;
  return j;
}

/* Writes the date n units (0 day, 1 week, 2 month, 3 year) before the
 * document's, at the precision of the unit: two weeks ago is the calendar
 * week two weeks back, three months ago that month, a year ago last year. */
static size_t put_ago(cd_value *v, const scan *s, int unit, int n, size_t a, size_t b) {
  switch (unit) {
  case 0: return put_rel_day(v, s, -n, a, b);
  case 1: return put_rel_week(v, s, -n, -1, a, b);
  case 2: return put_rel_month(v, s, -n, a, b);
  default: return put_cal(v, s, CD_DATE_YEAR, -n, 1, 0, 0, 0, a, b);
  }
}

/* 三天前, 两周前, 两个星期前, 3个月前, 一年前 (2025年前 is "before 2025": four
 * digits never count here; 三天前往 is "went ... for three days"). */
static size_t zh_ago(const scan *s, size_t i, cd_value *v) {
  static const entry units[] = {
      /* v: put_ago's unit */
      {"天", 0, NULL},     {"周", 1, NULL},   {"星期", 1, NULL}, {"个星期", 1, NULL},
      {"个礼拜", 1, NULL}, {"个月", 2, NULL}, {"年", 3, NULL},
  };
  static const char *const not_after[] = {"往", "进", "来", "去", "夕", "景", "提", "列", "所", "线"};
  static const char *const not_before[] = {"第", "每", "前"};
  const entry *h = NULL;
  size_t e, f;
  int n;
  if ((e = lit(s, i, "两")))
    n = 2;
  else if (!(e = small_num(s, i, &n)) || n < 1)
    return 0;
  if (!(e = table(s, e, units, NELEM(units), 0, &h)) || !(f = lit(s, e, "前")) ||
      next_is_any(s, f, not_after, NELEM(not_after)) || prev_is_any(s, i, not_before, NELEM(not_before)))
    return 0;
  return put_ago(v, s, (int)h->v, n, i, f);
}

static size_t match_date_zh(const scan *s, size_t i, cd_value *v) {
  static const char *const not_day_after[] = {"元", "圆", "本", "内", "韩"};
  static const char *const not_day_before[] = {"近", "每", "第", "前", "后", "数", "几", "多"};
  static const char *const not_today[] = {"头条", "美国", "俄罗斯"}; /* names of media */
  /* 每周一 is every Monday, 一周三次 three times a week */
  static const char *const not_weekday_before[] = {"每", "一", "两", "几", "数", "半"};
  const entry *h = NULL;
  size_t j, e;
  int y = 0, yrel = 0, m = 0, d = 0, m1, m2;

  if (at(s, i) < 0x80 && !is_digit(at(s, i))) return 0;
  /* 1. A year, written (2025年, 二〇二五年) or relative (今年, 去年). */
  if ((e = year_num(s, i, &y)) && (e = lit(s, e, "年")) && y >= 1000 && y <= 2999) {
    j = e;
  } else if ((e = table(s, i, zh_rel_years, NELEM(zh_rel_years), 0, &h))) {
    y = (int)h->v;
    yrel = 1;
    j = e;
  } else {
    j = 0;
  }
  if (j) {
    if ((e = zh_part(s, j, &m1, &m2, 1))) return put_cal(v, s, CD_DATE_PART, y, yrel, m1, m2, 0, i, e);
    if ((e = zh_month_day(s, j, &m, &d)))
      return put_cal(v, s, d ? CD_DATE_DAY : CD_DATE_MONTH, y, yrel, m, 0, d, i, e);
    if ((e = lit(s, j, "全年"))) j = e;
    return put_cal(v, s, CD_DATE_YEAR, y, yrel, 0, 0, 0, i, j);
  }

  /* 2. Year-less: so long ago, parts, months, days. */
  if ((e = zh_ago(s, i, v))) return e;
  if ((e = zh_part(s, i, &m1, &m2, 0))) return put_cal(v, s, CD_DATE_PART, 0, 0, m1, m2, 0, i, e);
  if ((e = zh_month_day(s, i, &m, &d)))
    return put_cal(v, s, d ? CD_DATE_DAY : CD_DATE_MONTH, 0, 0, m, 0, d, i, e);
  if ((e = small_num(s, i, &d)) && d >= 1 && d <= 31 && (e = lit(s, e, "日")) &&
      !next_is_any(s, e, not_day_after, NELEM(not_day_after)) &&
      !prev_is_any(s, i, not_day_before, NELEM(not_day_before))) {
    /* 31日 alone: that day of the month nearest the document date. */
    long best = -1, lo = 0;
    if (!s->has_doc) return put_unresolved(v, s, CD_DATE_DAY, 0, d, i, e, 0);
    for (int k = -1; k <= 1; k++) {
      int mm = s->dy * 12 + s->dm - 1 + k, cy = mm / 12, cm = mm % 12 + 1;
      long day, dist;
      if (d > cd_calendar_month_days(cy, cm)) continue;
      day = cd_calendar_days(cy, cm, d);
      dist = day > s->today ? day - s->today : s->today - day;
      if (best < 0 || dist < best) best = dist, lo = day;
    }
    if (best < 0) return 0;
    put_days(v, CD_DATE_DAY, lo, lo);
    return e;
  }

  /* 3. Relative to the document date. */
  if ((e = table(s, i, zh_rel_days, NELEM(zh_rel_days), 0, &h))) {
    if (lit(s, i, "今日") && next_is_any(s, e, not_today, NELEM(not_today))) return 0;
    return put_rel_day(v, s, (int)h->v, i, e);
  }
  if ((e = table(s, i, zh_week_prefix, NELEM(zh_week_prefix), 0, &h))) {
    const entry *wd = NULL;
    size_t f = table(s, e, zh_weekdays, NELEM(zh_weekdays), 0, &wd);
    if (f) return put_rel_week(v, s, (int)h->v, (int)wd->v, i, f);
    if (lit(s, e, "末") || lit(s, e, "年")) return 0; /* 周末 is a weekend; 周年 an anniversary */
    return put_rel_week(v, s, (int)h->v, -1, i, e);
  }
  if (((e = lit(s, i, "周")) || (e = lit(s, i, "星期")) || (e = lit(s, i, "礼拜"))) &&
      !prev_is_any(s, i, not_weekday_before, NELEM(not_weekday_before))) {
    size_t f = table(s, e, zh_weekdays, NELEM(zh_weekdays), 0, &h);
    if (f && zh_digit(s, f, &j, 1) < 0 && !lit(s, f, "十") && !lit(s, f, "次"))
      return put_weekday(v, s, (int)h->v, 0, i, f);
    return 0;
  }
  if ((e = table(s, i, zh_rel_months, NELEM(zh_rel_months), 0, &h))) {
    size_t f;
    for (size_t k = 0; k < NELEM(zh_month_tails); k++)
      if ((f = lit(s, e, zh_month_tails[k]))) {
        e = f;
        break;
      }
    return put_rel_month(v, s, (int)h->v, i, e);
  }
  return 0;
}

/* ---- English dates ------------------------------------------------------ */

/* Number words; the first nine rows are the ones a tens word takes (twenty-five). */
static const entry units_en[] = {
    {"one", 1, NULL},        {"two", 2, NULL},       {"three", 3, NULL},     {"four", 4, NULL},
    {"five", 5, NULL},       {"six", 6, NULL},       {"seven", 7, NULL},     {"eight", 8, NULL},
    {"nine", 9, NULL},       {"ten", 10, NULL},      {"eleven", 11, NULL},   {"twelve", 12, NULL},
    {"thirteen", 13, NULL},  {"fourteen", 14, NULL}, {"fifteen", 15, NULL},  {"sixteen", 16, NULL},
    {"seventeen", 17, NULL}, {"eighteen", 18, NULL}, {"nineteen", 19, NULL}, {"twenty", 20, NULL},
    {"thirty", 30, NULL},    {"forty", 40, NULL},    {"fifty", 50, NULL},    {"sixty", 60, NULL},
    {"seventy", 70, NULL},   {"eighty", 80, NULL},   {"ninety", 90, NULL},
};

static const entry months_full[] = {
    {"january", 1, NULL},   {"february", 2, NULL}, {"march", 3, NULL},     {"april", 4, NULL},
    {"may", 5, NULL},       {"june", 6, NULL},     {"july", 7, NULL},      {"august", 8, NULL},
    {"september", 9, NULL}, {"october", 10, NULL}, {"november", 11, NULL}, {"december", 12, NULL},
};
static const entry months_abbr[] = {
    {"jan", 1, NULL},  {"feb", 2, NULL},  {"mar", 3, NULL},  {"apr", 4, NULL},
    {"jun", 6, NULL},  {"jul", 7, NULL},  {"aug", 8, NULL},  {"sep", 9, NULL},
    {"sept", 9, NULL}, {"oct", 10, NULL}, {"nov", 11, NULL}, {"dec", 12, NULL},
};
static const entry weekdays_en[] = {
    {"monday", 0, NULL}, {"tuesday", 1, NULL},  {"wednesday", 2, NULL}, {"thursday", 3, NULL},
    {"friday", 4, NULL}, {"saturday", 5, NULL}, {"sunday", 6, NULL},
};
static const entry ordinals_en[] = {
    {"first", 1, NULL}, {"second", 2, NULL}, {"third", 3, NULL}, {"fourth", 4, NULL},
    {"1st", 1, NULL},   {"2nd", 2, NULL},    {"3rd", 3, NULL},   {"4th", 4, NULL},
};
/* Words after which a bare four-digit number is a year ("in 2023"). */
static const char *const year_cues[] = {
    "in",    "since",   "by",         "until", "till",  "of",   "from", "during", "before",
    "after", "through", "throughout", "year",  "early", "late", "mid",  "and",    "between",
};
/* Words after which "may" and "march" are months rather than verbs. */
static const char *const month_cues[] = {
    "in",    "since", "by",  "until", "till", "from", "during", "before", "after",     "through",
    "early", "late",  "mid", "of",    "last", "next", "this",   "end",    "beginning", "start",
};

/* A month name at i, full or abbreviated ("aug.", "sept"). */
static size_t month_word(const scan *s, size_t i, int *m, int *full) {
  const entry *h = NULL;
  size_t e;
  if ((e = table(s, i, months_full, NELEM(months_full), 1, &h))) {
    *full = 1;
  } else if ((e = table(s, i, months_abbr, NELEM(months_abbr), 1, &h))) {
    *full = 0;
    if (at(s, e) == '.') e++;
  } else {
    return 0;
  }
  *m = (int)h->v;
  return e;
}

/* A four-digit year 1900..2100 standing alone at i. */
static size_t year_word(const scan *s, size_t i, int *y) {
  size_t e = year_num(s, i, y);
  if (!e || !is_digit(at(s, i)) || is_alnum(at(s, e)) || *y < 1900 || *y > 2100) return 0;
  if (at(s, e) == '-' && is_digit(at(s, e + 1))) return 0; /* 2024-25: a span, not a year */
  return e;
}

/* A day of the month at i: 1..31, optionally 31st. */
static size_t day_word(const scan *s, size_t i, int *d) {
  size_t j = i;
  *d = 0;
  while (is_digit(at(s, j)) && j - i < 3) *d = *d * 10 + at(s, j++) - '0';
  if (j == i || j - i > 2 || *d < 1 || *d > 31) return 0;
  if (word(s, j, "st") || word(s, j, "nd") || word(s, j, "rd") || word(s, j, "th")) j += 2;
  if (is_alnum(at(s, j)) || (at(s, j) == ':' && is_digit(at(s, j + 1))) ||
      ((at(s, j) == '.' || at(s, j) == ',') && is_digit(at(s, j + 1))))
    return 0;
  return j;
}

/* "this year", "last year", "next year", "the year", or a year 1900..2100.
 * *rel says *y is an offset from the document's year. */
static size_t year_target(const scan *s, size_t i, int *y, int *rel) {
  size_t e, g;
  if ((e = year_word(s, i, y))) return *rel = 0, e;
  *rel = 1;
  if ((e = word(s, i, "this")) || (e = word(s, i, "the")))
    *y = 0;
  else if ((e = word(s, i, "last")))
    *y = -1;
  else if ((e = word(s, i, "next")))
    *y = 1;
  else
    return 0;
  return (g = gap(s, e)) && (e = word(s, g, "year")) ? e : 0;
}

/* After a month name: " 31", " 31, 2025", " 2025" or nothing. */
static size_t after_month(const scan *s, size_t i, cd_value *v, int m, int full, size_t start) {
  size_t g = gap(s, i), e, f;
  int d, y;
  if (g && (e = day_word(s, g, &d))) {
    f = at(s, e) == ',' ? gap(s, e + 1) : gap(s, e);
    if (f && (f = year_word(s, f, &y))) return put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, start, f);
    return put_cal(v, s, CD_DATE_DAY, 0, 0, m, 0, d, start, e);
  }
  if (g && (e = year_word(s, g, &y))) return put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, start, e);
  if (!full) return 0;
  /* "may" and "march" are verbs too: alone they need a cue ("in may") */
  if ((m == 5 || m == 3) && !prev_word_in(s, start, month_cues, NELEM(month_cues))) return 0;
  return put_cal(v, s, CD_DATE_MONTH, 0, 0, m, 0, 0, start, i);
}

/* early/late/mid or end/beginning of: a year, this year, or a month. */
static size_t part_of(const scan *s, size_t i, cd_value *v, int m1, int m2, size_t start) {
  size_t e;
  int y, rel, m, full;
  if ((e = year_target(s, i, &y, &rel))) return put_cal(v, s, CD_DATE_PART, y, rel, m1, m2, 0, start, e);
  if ((e = month_word(s, i, &m, &full)) && full) {
    size_t g = gap(s, e), f;
    if (g && (f = year_word(s, g, &y))) return put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, start, f);
    return put_cal(v, s, CD_DATE_MONTH, 0, 0, m, 0, 0, start, e);
  }
  return 0;
}

/* " of 2025", " 2025", " of this year" or nothing after a quarter or half. */
static size_t part_year(const scan *s, size_t i, int *y, int *rel) {
  size_t g = gap(s, i), e, f;
  *y = 0;
  *rel = 0;
  if (!g) return i;
  if ((e = year_target(s, g, y, rel))) return e;
  if ((e = word(s, g, "of")) && (f = gap(s, e)) && (e = year_target(s, f, y, rel))) return e;
  return i;
}

static size_t match_date_digits(const scan *s, size_t i, cd_value *v) {
  static const char *const fiscal[] = {"fiscal", "fy"};
  size_t j = i, e, g;
  int y, m, d, full;
  /* 2025-07-31, 2025/07/31, 2025-07 */
  if (year_num(s, i, &y) == i + 4 && (at(s, i + 4) == '-' || at(s, i + 4) == '/') && is_digit(at(s, i + 5)) &&
      is_digit(at(s, i + 6)) && !is_digit(at(s, i + 7))) {
    int sep = at(s, i + 4);
    m = (at(s, i + 5) - '0') * 10 + at(s, i + 6) - '0';
    j = i + 7;
    if (at(s, j) == sep && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) && !is_alnum(at(s, j + 3))) {
      d = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
      return put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, i, j + 3);
    }
    if (sep == '-' && !is_alnum(at(s, j)) && m >= 1 && m <= 12)
      return put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, i, j);
    return 0;
  }
  /* 31 july 2025 */
  if ((e = day_word(s, i, &d)) && (g = gap(s, e)) && (e = month_word(s, g, &m, &full))) {
    size_t f = gap(s, e);
    if (f && (f = year_word(s, f, &y))) return put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, i, f);
    return put_cal(v, s, CD_DATE_DAY, 0, 0, m, 0, d, i, e);
  }
  /* "in 2023": a bare four-digit number is a year only after a cue */
  if ((e = year_word(s, i, &y)) && prev_word_in(s, i, year_cues, NELEM(year_cues)) &&
      !prev_word_in(s, i, fiscal, NELEM(fiscal)))
    return put_cal(v, s, CD_DATE_YEAR, y, 0, 0, 0, 0, i, e);
  return 0;
}

/* "two weeks ago", "3 days ago", "a year ago": up to 99 units back. */
static size_t en_ago(const scan *s, size_t i, cd_value *v) {
  static const entry units[] = {
      /* v: put_ago's unit */
      {"day", 0, NULL},   {"days", 0, NULL},   {"week", 1, NULL}, {"weeks", 1, NULL},
      {"month", 2, NULL}, {"months", 2, NULL}, {"year", 3, NULL}, {"years", 3, NULL},
  };
  const entry *h = NULL;
  size_t j = i, e, g;
  int n = 0;
  if (is_digit(at(s, j))) {
    while (is_digit(at(s, j)) && j - i < 3) n = n * 10 + at(s, j++) - '0';
    if (j - i > 2 || is_alnum(at(s, j))) return 0;
  } else if ((j = word(s, i, "a")) || (j = word(s, i, "an"))) {
    n = 1;
  } else if ((j = table(s, i, units_en, NELEM(units_en), 1, &h))) {
    n = (int)h->v;
    if (n >= 20 && (g = at(s, j) == '-' ? j + 1 : gap(s, j)) && (e = table(s, g, units_en, 9, 1, &h)))
      n += (int)h->v, j = e;
  } else {
    return 0;
  }
  if (n < 1 || !(g = gap(s, j)) || !(e = table(s, g, units, NELEM(units), 1, &h)) || !(g = gap(s, e)) ||
      !(e = word(s, g, "ago")))
    return 0;
  return put_ago(v, s, (int)h->v, n, i, e);
}

/* Seasons: spring, summer, autumn or fall, northern and meteorological (see
 * zh_seasons; winter is left out). v: first month. */
static const entry seasons_en[] = {
    {"spring", 3, NULL},
    {"summer", 6, NULL},
    {"autumn", 9, NULL},
    {"fall", 9, NULL},
};

/* A season named at i ("in the summer", "summer 2024", "spring of this
 * year"): as a verb or a name (shares fall, the arab spring, the spring
 * festival) the word needs a year after it or a cue before it. have_rel
 * says "this", "last" or "next" came before it, off years from the
 * document's; the value then starts at start. */
static size_t season(const scan *s, size_t i, cd_value *v, size_t start, int have_rel, int off) {
  static const char *const cues[] = {"in", "during", "by", "since", "until", "through", "over"};
  static const char *const the[] = {"the"};
  static const char *const not_after[] = {"festival", "break", "semester", "term",  "session",
                                          "school",   "camp",  "olympics", "games", "collection"};
  const entry *h = NULL;
  size_t e, f, g;
  int y, rel, m;
  if (!(e = table(s, i, seasons_en, NELEM(seasons_en), 1, &h))) return 0;
  m = (int)h->v;
  if (have_rel) return put_cal(v, s, CD_DATE_PART, off, 1, m, m + 2, 0, start, e);
  if ((g = gap(s, e)) && (f = year_target(s, g, &y, &rel)))
    return put_cal(v, s, CD_DATE_PART, y, rel, m, m + 2, 0, start, f);
  if (g && (f = word(s, g, "of")) && (g = gap(s, f)) && (f = year_target(s, g, &y, &rel)))
    return put_cal(v, s, CD_DATE_PART, y, rel, m, m + 2, 0, start, f);
  for (size_t k = 0; g && k < NELEM(not_after); k++)
    if (word(s, g, not_after[k])) return 0;
  if (prev_word_in(s, i, cues, NELEM(cues))) return put_cal(v, s, CD_DATE_PART, 0, 0, m, m + 2, 0, start, e);
  if (prev_word_in(s, i, the, NELEM(the))) {
    /* "in the summer": the word before "the" must be a cue too */
    size_t b = i;
    while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
    if (b >= 3 && prev_word_in(s, b - 3, cues, NELEM(cues)))
      return put_cal(v, s, CD_DATE_PART, 0, 0, m, m + 2, 0, start, e);
  }
  return 0;
}

static size_t match_date_en(const scan *s, size_t i, cd_value *v) {
  static const char *const fiscal[] = {"fiscal", "fy"};
  static const entry rel_words[] = {
      /* v: offset in the unit that follows */
      {"last", -1, NULL},
      {"this", 0, NULL},
      {"next", 1, NULL},
  };
  const entry *h = NULL;
  size_t e, g, f;
  int m, full, y, rel, q;

  if ((e = en_ago(s, i, v))) return e;
  if (is_digit(at(s, i))) return match_date_digits(s, i, v);
  if (!is_alpha(at(s, i))) return 0;
  if ((e = season(s, i, v, i, 0, 0))) return e;

  /* q3, q3 2025 */
  if (at(s, i) == 'q' && at(s, i + 1) >= '1' && at(s, i + 1) <= '4' && !is_alnum(at(s, i + 2))) {
    if (prev_word_in(s, i, fiscal, NELEM(fiscal))) return 0;
    q = at(s, i + 1) - '0';
    e = part_year(s, i + 2, &y, &rel);
    return put_cal(v, s, CD_DATE_PART, y, rel, 3 * q - 2, 3 * q, 0, i, e);
  }
  if ((e = word(s, i, "yesterday"))) return put_rel_day(v, s, -1, i, e);
  if ((e = word(s, i, "tomorrow"))) return put_rel_day(v, s, 1, i, e);
  if ((e = word(s, i, "today")) || (e = word(s, i, "tonight"))) {
    static const char *const usa[] = {"usa"}; /* USA Today, the newspaper */
    return prev_word_in(s, i, usa, NELEM(usa)) ? 0 : put_rel_day(v, s, 0, i, e);
  }
  if ((e = table(s, i, weekdays_en, NELEM(weekdays_en), 1, &h))) return put_weekday(v, s, (int)h->v, 0, i, e);
  /* last week, this month, next year, last thursday */
  if ((e = table(s, i, rel_words, NELEM(rel_words), 1, &h)) && (g = gap(s, e))) {
    int off = (int)h->v;
    const entry *wd = NULL;
    if ((f = word(s, g, "week"))) return put_rel_week(v, s, off, -1, i, f);
    if ((f = word(s, g, "month"))) return put_rel_month(v, s, off, i, f);
    if ((f = word(s, g, "year"))) return put_cal(v, s, CD_DATE_YEAR, off, 1, 0, 0, 0, i, f);
    if ((f = season(s, g, v, i, 1, off))) return f;
    if ((f = table(s, g, weekdays_en, NELEM(weekdays_en), 1, &wd)))
      return off == 0 ? put_rel_week(v, s, 0, (int)wd->v, i, f) : put_weekday(v, s, (int)wd->v, off, i, f);
    return 0;
  }
  /* earlier this month, later this year */
  if (((e = word(s, i, "earlier")) || (e = word(s, i, "later"))) && (g = gap(s, e)) &&
      (e = word(s, g, "this")) && (g = gap(s, e))) {
    if ((f = word(s, g, "week"))) return put_rel_week(v, s, 0, -1, i, f);
    if ((f = word(s, g, "month"))) return put_rel_month(v, s, 0, i, f);
    if ((f = word(s, g, "year"))) return put_cal(v, s, CD_DATE_YEAR, 0, 1, 0, 0, 0, i, f);
    return 0;
  }
  /* early 2024, late last year, mid-2024, late july */
  {
    static const entry parts[] = {
        {"early", 1, NULL},
        {"mid", 5, NULL},
        {"late", 9, NULL},
    };
    if ((e = table(s, i, parts, NELEM(parts), 1, &h))) {
      g = at(s, e) == '-' ? e + 1 : gap(s, e);
      return g ? part_of(s, g, v, (int)h->v, (int)h->v + 3, i) : 0;
    }
  }
  /* the end of 2023, the beginning of this year */
  if ((e = word(s, i, "end")) || (e = word(s, i, "beginning")) || (e = word(s, i, "start"))) {
    int end = s->p[i] == 'e';
    if ((g = gap(s, e)) && (e = word(s, g, "of")) && (g = gap(s, e)))
      return part_of(s, g, v, end ? 10 : 1, end ? 12 : 3, i);
    return 0;
  }
  /* the second quarter of 2025, the first half */
  if ((e = table(s, i, ordinals_en, NELEM(ordinals_en), 1, &h))) {
    int n = (int)h->v;
    g = at(s, e) == '-' ? e + 1 : gap(s, e);
    if (!g || prev_word_in(s, i, fiscal, NELEM(fiscal))) return 0;
    if ((f = word(s, g, "quarter"))) {
      e = part_year(s, f, &y, &rel);
      return put_cal(v, s, CD_DATE_PART, y, rel, 3 * n - 2, 3 * n, 0, i, e);
    }
    if (n <= 2 && (f = word(s, g, "half"))) {
      e = part_year(s, f, &y, &rel);
      return put_cal(v, s, CD_DATE_PART, y, rel, n == 1 ? 1 : 7, n == 1 ? 6 : 12, 0, i, e);
    }
    return 0;
  }
  if ((e = month_word(s, i, &m, &full))) return after_month(s, e, v, m, full, i);
  return 0;
}

/* ---- Numbers ------------------------------------------------------------ */

enum { SCRIPT_ASCII = 1, SCRIPT_WORDS, SCRIPT_ZH };

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
  int half_pct;  /* 一半, half: 50% */
  int bound;     /* 过半: more than half */
  double frac;   /* a fraction as a share in percent (a third: 33.33), 0 for none */
  int from_span; /* the span was read after "from" or 从, as in a change: see match_quantity */
  size_t x_end;  /* where the first number of a span ends */
} number;

static double p10(int k) {
  return pow(10.0, k);
}

/* Digits and trailing zeros of a whole number (for 300 -> 3 and 2). */
static void digit_shape(double x, int *digits, int *tz) {
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
static double half_width(double mant, int decimals, double scale) {
  int digits, tz;
  if (decimals > 0) return 0.5 * scale / p10(decimals);
  if (scale <= 1) return 0;
  digit_shape(mant, &digits, &tz);
  return 0.5 * scale * (digits - tz >= 2 ? p10(tz) : p10(digits - 2));
}

/* ASCII digits at i: 1,000,000 and 5.5; separators only in groups of three
 * after at most three digits, so "3,5" stays two numbers. */
static size_t parse_ascii(const scan *s, size_t i, number *n) {
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

static const entry zh_units[] = {
    {"十", 10, NULL}, {"百", 100, NULL}, {"千", 1000, NULL}, {"万", 1e4, NULL}, {"亿", 1e8, NULL},
};

/* A chain of 百, 千, 万, 亿 after a number (3千万, 1.2万亿); its product. */
static size_t zh_scale_chain(const scan *s, size_t i, double *scale, int allow_small) {
  const entry *h = NULL;
  size_t j = i, e;
  *scale = 1;
  while ((e = table(s, j, zh_units + 1, NELEM(zh_units) - 1, 0, &h))) {
    if (!allow_small && h->v < 1e4) break;
    *scale *= h->v;
    j = e;
  }
  return j;
}

/* Chinese numerals at i: 一百二十, 两千万, 十二亿, 三万五千, 三点五, 二〇二五 is
 * not one (that is a year), 三四 is a span, 数十万 / 几千 / 上百 are spans.
 * Trailing 万 and 亿 go to n->scale, so 两千万 is 2000 x 1e4 and keeps the
 * precision of "2000". */
static size_t parse_zh(const scan *s, size_t i, number *n) {
  static const char *const starts_vague[] = {"数", "几", "上"};
  /* 千万 is also "by all means" (千万不要), 百万富翁 a millionaire */
  static const char *const not_after_bare[] = {"不", "别", "要", "勿", "小心", "注意", "记", "富"};
  size_t j = i, e, f;
  double yi = 0, wan = 0, sec = 0, tail = 1;
  int cur = -1, any = 0, d, d2, last_scale = 0, bare;
  const entry *h = NULL;

  n->script = SCRIPT_ZH;
  /* 百亿, 千亿, 百万, 千万: 百 and 千 stand for 一百, 一千 right before 万 or 亿 */
  bare = ((e = lit(s, i, "百")) || (e = lit(s, i, "千"))) && (lit(s, e, "万") || lit(s, e, "亿"));
  /* 成千上万, 数以万计: fixed spans */
  if ((e = lit(s, i, "成千上万"))) return n->vague = 1, n->vlo = 1e3, n->vhi = 99999, e;
  if ((e = lit(s, i, "成百上千"))) return n->vague = 1, n->vlo = 100, n->vhi = 9999, e;
  if ((e = lit(s, i, "数以")) && (e = table(s, e, zh_units + 1, NELEM(zh_units) - 1, 0, &h)) &&
      (e = lit(s, e, "计")))
    return n->vague = 1, n->vlo = h->v, n->vhi = 100 * h->v - 1, e;
  /* 数十万, 几千, 上百: several of the place named */
  for (size_t k = 0; k < NELEM(starts_vague); k++) {
    double u;
    if (!(e = lit(s, i, starts_vague[k]))) continue;
    f = zh_scale_chain(s, e, &u, 1);
    if (k < 2 && (e = lit(s, e, "十"))) f = zh_scale_chain(s, e, &u, 1), u *= 10;
    if (u <= 1) return 0;
    return n->vague = 1, n->vlo = u, n->vhi = 10 * u - 1, f;
  }
  /* 三四家, 七八十: two neighbouring digits are a span */
  if ((d = zh_digit(s, i, &e, 0)) > 0 && (d2 = zh_digit(s, e, &f, 0)) == d + 1) {
    double u = 1;
    if ((e = lit(s, f, "十")))
      u = 10, f = e;
    else if ((e = lit(s, f, "百")))
      u = 100, f = e;
    else if ((e = lit(s, f, "千")))
      u = 1000, f = e;
    return n->vague = 1, n->vlo = d * u, n->vhi = d2 * u, f;
  }
  for (;;) {
    if ((d = zh_digit(s, j, &e, 1)) >= 0) {
      if (cur >= 0) break; /* two digits in a row: not a numeral this parser reads */
      if (d > 0) cur = d;
      any = 1;
      last_scale = 0;
      j = e;
    } else if ((e = table(s, j, zh_units, NELEM(zh_units), 0, &h))) {
      if (h->v < 1e4) {
        /* 十 may start; 百 and 千 only when bare */
        if (cur < 0 && !(h->v == 10 && (!any || sec == 0)) && !(bare && j == i)) break;
        sec += (cur < 0 ? 1 : cur) * h->v;
        last_scale = 0;
      } else if (!any) {
        break;
      } else if (h->v == 1e4) {
        wan = (wan + sec + (cur > 0 ? cur : 0)) * 1e4;
        sec = 0;
        tail = last_scale ? tail * 1e4 : 1e4;
        last_scale = 1;
      } else {
        yi = (yi + wan + sec + (cur > 0 ? cur : 0)) * 1e8;
        wan = sec = 0;
        tail = last_scale ? tail * 1e8 : 1e8;
        last_scale = 1;
      }
      cur = -1;
      any = 1;
      j = e;
    } else {
      break;
    }
  }
  if (!any || (bare && next_is_any(s, j, not_after_bare, NELEM(not_after_bare)))) return 0;
  n->mant = yi + wan + sec + (cur > 0 ? cur : 0);
  n->lone_one = j - i == strlen("一") && lit(s, i, "一");
  if (last_scale) {
    n->mant /= tail; /* exact: tail divides what it multiplied */
    n->scale = tail;
  } else if ((e = lit(s, j, "点")) && zh_digit(s, e, &f, 0) >= 0) {
    /* 三点五亿: a decimal point, then digits one by one */
    n->lone_one = 0;
    for (j = e; (d = zh_digit(s, j, &e, 0)) >= 0 && n->decimals < 9; j = e)
      n->mant = n->mant * 10 + d, n->decimals++;
    j = zh_scale_chain(s, j, &n->scale, 0);
  }
  return j;
}

static const entry scales_en[] = {
    {"thousand", 1e3, NULL},  {"million", 1e6, NULL}, {"billion", 1e9, NULL},
    {"trillion", 1e12, NULL}, {"mln", 1e6, NULL},     {"bln", 1e9, NULL},
    {"mn", 1e6, NULL},        {"bn", 1e9, NULL},      {"tn", 1e12, NULL},
};
static const entry vague_en[] = {
    {"tens", 10, NULL},       {"dozens", 12, NULL},    {"hundreds", 100, NULL},
    {"thousands", 1e3, NULL}, {"millions", 1e6, NULL}, {"billions", 1e9, NULL},
};

/* Fractions in words. v: the denominator. */
static const entry fractions_en[] = {
    {"third", 3, NULL},  {"thirds", 3, NULL},  {"quarter", 4, NULL}, {"quarters", 4, NULL},
    {"fifth", 5, NULL},  {"fifths", 5, NULL},  {"sixth", 6, NULL},   {"sixths", 6, NULL},
    {"eighth", 8, NULL}, {"eighths", 8, NULL}, {"tenth", 10, NULL},  {"tenths", 10, NULL},
};

/* The denominator after a numerator ending at i: "a third", "two thirds",
 * "two-thirds", "three quarters"; the share goes to n->frac. A singular
 * fraction word is as often an ordinal or a time ("a third round", "a
 * quarter earlier", "the third quarter" has no numerator at all), so it
 * counts only before "of" or after a word that asks for an amount ("cut by
 * a third", "nearly a third"); "a quarter" only before "of" or after "by".
 * start is where the numerator starts. */
static size_t fraction_words(const scan *s, size_t i, int num, size_t start, number *n) {
  static const char *const cues[] = {"by",   "than", "nearly", "almost", "about", "roughly", "around",
                                     "some", "over", "under",  "fully",  "just",  "only"};
  const entry *h = NULL;
  size_t g = at(s, i) == '-' ? i + 1 : gap(s, i), e, f;
  int plural, of;
  if (!g || !(e = table(s, g, fractions_en, NELEM(fractions_en), 1, &h)) || num >= h->v) return 0;
  plural = s->p[e - 1] == 's';
  if (plural != (num > 1)) return 0;
  of = (f = gap(s, e)) && word(s, f, "of");
  if (num == 1 && !of && !prev_word_in(s, start, cues, h->v == 4 ? 1 : NELEM(cues))) return 0;
  n->frac = 100.0 * num / h->v;
  return e;
}

/* One to 999 in words at i: twelve, twenty-five, three hundred and fifty. */
static size_t words_below_thousand(const scan *s, size_t i, double *v) {
  const entry *h = NULL;
  size_t j, e, g;
  if (!(e = table(s, i, units_en, NELEM(units_en), 1, &h))) return 0;
  *v = h->v;
  j = e;
  /* twenty-five, twenty five */
  if (h->v >= 20) {
    g = at(s, j) == '-' ? j + 1 : gap(s, j);
    if (g && (e = table(s, g, units_en, 9, 1, &h))) *v += h->v, j = e;
  }
  if ((g = gap(s, j)) && (e = word(s, g, "hundred"))) {
    *v *= 100;
    j = e;
    if ((g = gap(s, j)) && (e = word(s, g, "and"))) g = gap(s, e);
    if (g && (e = table(s, g, units_en, NELEM(units_en), 1, &h))) {
      *v += h->v;
      j = e;
      g = h->v >= 20 ? (at(s, j) == '-' ? j + 1 : gap(s, j)) : 0;
      if (g && (e = table(s, g, units_en, 9, 1, &h))) *v += h->v, j = e;
    }
  }
  return j;
}

/* English number words: twelve, twenty-five, three hundred, two thousand
 * three hundred, a dozen, a million, half a million; fractions (a third,
 * two thirds); and spans: hundreds of thousands, dozens of. */
static size_t parse_words(const scan *s, size_t i, number *n) {
  const entry *h = NULL;
  size_t j, e, f, g;
  double rest;
  n->script = SCRIPT_WORDS;
  /* spans: hundreds of, hundreds of thousands */
  if ((e = table(s, i, vague_en, NELEM(vague_en), 1, &h)) && (g = gap(s, e)) && (e = word(s, g, "of"))) {
    double u1 = h->v, u2 = 1;
    j = e;
    if ((g = gap(s, e)) && (e = table(s, g, vague_en + 3, 3, 1, &h))) u2 = h->v, j = e;
    n->vague = 1;
    /* dozens: from two dozen up to where "hundreds" takes over */
    n->vlo = u1 == 12 ? 24 * u2 : u1 * u2;
    n->vhi = u1 == 12 ? 99 * u2 : 10 * u1 * u2 - 1;
    return j;
  }
  /* half a million, half a dozen */
  if ((e = word(s, i, "half")) && (g = gap(s, e)) && (e = word(s, g, "a")) && (g = gap(s, e))) {
    if ((e = word(s, g, "dozen"))) return n->mant = 6, e;
    if ((e = table(s, g, scales_en, 4, 1, &h))) return n->mant = 5, n->decimals = 1, n->scale = h->v, e;
    return 0;
  }
  /* a dozen, a hundred, a million, a third */
  if (((e = word(s, i, "a")) || (e = word(s, i, "an"))) && (g = gap(s, e))) {
    if ((f = word(s, g, "dozen"))) return n->mant = 12, f;
    if ((f = word(s, g, "hundred"))) return n->mant = 100, f;
    if ((f = table(s, g, scales_en, 4, 1, &h))) return n->mant = 1, n->scale = h->v, f;
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

/* Scale words after a number: " billion", "bn", "亿", "千万"; the short
 * glued forms "12b", "286m", "50k" only after a currency symbol, because
 * "70b" and "5m" are as often model names and metres. */
static size_t parse_scale(const scan *s, size_t i, number *n, int money) {
  static const entry glued[] = {{"k", 1e3, NULL}, {"m", 1e6, NULL}, {"b", 1e9, NULL}};
  const entry *h = NULL;
  size_t e, g;
  double u;
  if (n->script != SCRIPT_WORDS && (e = zh_scale_chain(s, i, &u, n->script == SCRIPT_ASCII)) > i) {
    n->scale *= u;
    return e;
  }
  if (n->script == SCRIPT_ZH) return i;
  if (n->script == SCRIPT_ASCII && (e = table(s, i, scales_en, NELEM(scales_en), 1, &h)))
    return n->scale *= h->v, e;
  if (n->script == SCRIPT_ASCII && money && (e = table(s, i, glued, NELEM(glued), 1, &h)))
    return n->scale *= h->v, e;
  if ((g = gap(s, i)) && (e = table(s, g, scales_en, NELEM(scales_en), 1, &h))) return n->scale *= h->v, e;
  return i;
}

/* 多, 余, 几 after a number: "300多" is 301..399, "十几" 11..19. */
static size_t parse_plus(const scan *s, size_t i, number *n) {
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

/* Flags for parse_number. */
enum {
  PN_MONEY = 1,   /* a currency symbol came just before: allows "12b" and the glued "rmb3" */
  PN_BETWEEN = 2, /* after "between" or 介于: "and", 和, 与 join a span */
  PN_FROM = 4     /* after "from" or 从 as in a change: a span is marked from_span */
};

/* The number at i with its scale, -odd and the upper end of a span
 * ("3-5", "3 to 5", "3至5"); flags are PN_*. Returns
 * the index after it, or 0 when what is at i is not a number on its own
 * (h20, 5g, 7nm, 12:00, [2], covid-19, 1990s). */
static size_t parse_number(const scan *s, size_t i, number *n, int flags) {
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
    else if ((e = lit(s, j, "–")) || (e = lit(s, j, "至")) || (e = lit(s, j, "到")))
      g = e;
    else if ((flags & PN_BETWEEN) && ((e = lit(s, j, "和")) || (e = lit(s, j, "与"))))
      g = e;
    else if (sp && ((e = word(s, sp, "to")) || ((flags & PN_BETWEEN) && (e = word(s, sp, "and")))))
      g = gap(s, e);
  }
  if (g) {
    number to;
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
  if (n->script == SCRIPT_ASCII && !word(s, j, "x") && !word(s, j, "fold") && !word(s, j, "-fold")) {
    int a = at(s, j), b = at(s, j + 1);
    if (is_alpha(a) || ((a == '.' || a == ':' || a == '/') && is_digit(b)) || (a == '-' && is_alpha(b)) ||
        (a == ']'))
      return 0; /* 5g, 7nm, 1.2.3, 12:00, 7/31, 5-year, [2]; but 2x and 10-fold are ratios */
  }
  return j;
}

/* ---- Quantities --------------------------------------------------------- */

/* Written before a number. v: 0 approximate, 1 lower bound, -1 upper bound. */
static const entry prefix_mods[] = {
    {"no more than", -1, NULL},
    {"not more than", -1, NULL},
    {"more than", 1, NULL},
    {"less than", -1, NULL},
    {"fewer than", -1, NULL},
    {"at least", 1, NULL},
    {"at most", -1, NULL},
    {"up to", -1, NULL},
    {"as many as", -1, NULL},
    {"as much as", -1, NULL},
    {"upwards of", 1, NULL},
    {"in excess of", 1, NULL},
    {"over", 1, NULL},
    {"above", 1, NULL},
    {"under", -1, NULL},
    {"below", -1, NULL},
    {"just over", 0, NULL},
    {"just under", 0, NULL},
    {"about", 0, NULL},
    {"approximately", 0, NULL},
    {"approx.", 0, NULL},
    {"around", 0, NULL},
    {"roughly", 0, NULL},
    {"nearly", 0, NULL},
    {"almost", 0, NULL},
    {"some", 0, NULL},
    {"close to", 0, NULL},
    {"an estimated", 0, NULL},
    {"estimated", 0, NULL},
    {"circa", 0, NULL},
    {"大约", 0, NULL},
    {"大概", 0, NULL},
    {"约合", 0, NULL},
    {"约", 0, NULL},
    {"将近", 0, NULL},
    {"接近", 0, NULL},
    {"近", 0, NULL},
    {"超过", 1, NULL},
    {"超", 1, NULL},
    {"逾", 1, NULL},
    {"至少", 1, NULL},
    {"不少于", 1, NULL},
    {"不低于", 1, NULL},
    {"多于", 1, NULL},
    {"高于", 1, NULL},
    {"不到", -1, NULL},
    {"不足", -1, NULL},
    {"不超过", -1, NULL},
    {"少于", -1, NULL},
    {"低于", -1, NULL},
    {"最多", -1, NULL},
    {"至多", -1, NULL},
    {"多达", -1, NULL},
    {"高达", -1, NULL},
};
/* Written after it. */
static const entry suffix_mods[] = {
    {"左右", 0, NULL},     {"上下", 0, NULL},      {"以上", 1, NULL},      {"以下", -1, NULL},
    {"or so", 0, NULL},    {"or more", 1, NULL},   {"or higher", 1, NULL}, {"or above", 1, NULL},
    {"or less", -1, NULL}, {"or fewer", -1, NULL}, {"or lower", -1, NULL}, {"or below", -1, NULL},
};

static void apply_mod(const entry *h, int *approx, int *bound) {
  if (h->v == 0)
    *approx = 1;
  else
    *bound = (int)h->v;
}

static size_t prefix_mod(const scan *s, size_t i, int *approx, int *bound) {
  const entry *h = NULL;
  size_t e;
  if (is_alpha(at(s, i))) {
    if (!(e = table(s, i, prefix_mods, NELEM(prefix_mods), 1, &h)) || !(e = gap(s, e))) return 0;
  } else if ((e = table(s, i, prefix_mods, NELEM(prefix_mods), 0, &h))) {
    e = opt_gap(s, e);
  } else {
    return 0;
  }
  apply_mod(h, approx, bound);
  return e;
}

static size_t suffix_mod(const scan *s, size_t i, int *approx, int *bound) {
  const entry *h = NULL;
  size_t e, g = opt_gap(s, i);
  if (((e = table(s, g, suffix_mods, NELEM(suffix_mods), 1, &h)) ||
       (e = table(s, i, suffix_mods, 4, 0, &h))) &&
      !lit(s, e, "游")) /* 上下游 is up- and downstream */
    apply_mod(h, approx, bound);
  else
    e = 0;
  return e ? e : i;
}

static const entry currency_before[] = {
    {"us$", 0, "USD"}, {"hk$", 0, "HKD"}, {"nt$", 0, "TWD"},    {"s$", 0, "SGD"},  {"a$", 0, "AUD"},
    {"c$", 0, "CAD"},  {"r$", 0, "BRL"},  {"jp¥", 0, "JPY"},    {"cn¥", 0, "CNY"}, {"rmb", 0, "CNY"},
    {"usd", 0, "USD"}, {"eur", 0, "EUR"}, {"cny", 0, "CNY"},    {"jpy", 0, "JPY"}, {"hkd", 0, "HKD"},
    {"gbp", 0, "GBP"}, {"$", 0, "USD"},   {"€", 0, "EUR"},      {"£", 0, "GBP"},   {"¥", 0, "CNY"},
    {"₩", 0, "KRW"},   {"₹", 0, "INR"},   {"人民币", 0, "CNY"},
};
/* v: 1, or the fraction of the unit (美分, cents) */
static const entry currency_after_zh[] = {
    {"美元", 1, "USD"},   {"美金", 1, "USD"},     {"欧元", 1, "EUR"},     {"日元", 1, "JPY"},
    {"日圆", 1, "JPY"},   {"港元", 1, "HKD"},     {"港币", 1, "HKD"},     {"英镑", 1, "GBP"},
    {"韩元", 1, "KRW"},   {"新台币", 1, "TWD"},   {"台币", 1, "TWD"},     {"卢布", 1, "RUB"},
    {"澳元", 1, "AUD"},   {"加元", 1, "CAD"},     {"新加坡元", 1, "SGD"}, {"瑞郎", 1, "CHF"},
    {"人民币", 1, "CNY"}, {"元人民币", 1, "CNY"}, {"元", 1, "CNY"},       {"美分", 0.01, "USD"},
};
static const entry currency_after_en[] = {
    {"hong kong dollars", 1, "HKD"},
    {"hong kong dollar", 1, "HKD"},
    {"new taiwan dollars", 1, "TWD"},
    {"taiwan dollars", 1, "TWD"},
    {"singapore dollars", 1, "SGD"},
    {"australian dollars", 1, "AUD"},
    {"canadian dollars", 1, "CAD"},
    {"us dollars", 1, "USD"},
    {"u.s. dollars", 1, "USD"},
    {"dollars", 1, "USD"},
    {"dollar", 1, "USD"},
    {"usd", 1, "USD"},
    {"euros", 1, "EUR"},
    {"euro", 1, "EUR"},
    {"eur", 1, "EUR"},
    {"yuan", 1, "CNY"},
    {"renminbi", 1, "CNY"},
    {"rmb", 1, "CNY"},
    {"cny", 1, "CNY"},
    {"yen", 1, "JPY"},
    {"jpy", 1, "JPY"},
    {"hkd", 1, "HKD"},
    {"pounds sterling", 1, "GBP"},
    {"sterling", 1, "GBP"},
    {"pounds", 1, "GBP"},
    {"gbp", 1, "GBP"},
    {"won", 1, "KRW"},
    {"rupees", 1, "INR"},
    {"rubles", 1, "RUB"},
    {"roubles", 1, "RUB"},
    {"cents", 0.01, "USD"},
};

/* A currency before the number: "$", "us$", "usd ", "rmb3", "人民币". */
static size_t match_currency_before(const scan *s, size_t i, const char **code) {
  const entry *h = NULL;
  size_t e = table(s, i, currency_before, NELEM(currency_before), 0, &h);
  if (!e || (is_alpha(h->w[strlen(h->w) - 1]) && is_alpha(at(s, e)))) return 0; /* "usda", "eurozone" */
  *code = h->code;
  return opt_gap(s, e);
}

/* A currency after the number: "亿美元", " billion yen", "多万元". */
static size_t match_currency_after(const scan *s, size_t i, number *n, const char **code) {
  static const char *const not_yuan[] = {"素", "旦", "件", "首", "老", "年", "月", "宵"};
  const entry *h = NULL;
  size_t e, g, f;
  if ((e = table(s, i, currency_after_zh, NELEM(currency_after_zh), 0, &h))) {
    if (strcmp(h->w, "元") == 0 && next_is_any(s, e, not_yuan, NELEM(not_yuan))) return 0;
    n->scale *= h->v;
    *code = h->code;
    return e;
  }
  if (!(g = gap(s, i))) return 0;
  if (n->vague && (e = word(s, g, "of")) && (f = gap(s, e))) g = f; /* billions of dollars */
  if (!(e = table(s, g, currency_after_en, NELEM(currency_after_en), 1, &h))) return 0;
  if (strcmp(h->w, "pounds") == 0 && (f = gap(s, e)) && word(s, f, "of")) return 0; /* weight */
  if (strcmp(h->w, "won") == 0 && n->scale <= 1) return 0;                          /* the verb */
  n->scale *= h->v;
  *code = h->code;
  return e;
}

/* A percentage after the number: %, percent, per cent, 个百分点; basis
 * points become percentage points (25 basis points = 0.25), so *factor. */
static size_t match_percent_after(const scan *s, size_t i, int *points, double *factor) {
  size_t e, g;
  *points = 0;
  *factor = 1;
  if ((e = lit(s, opt_gap(s, i), "%"))) return e;
  if ((e = lit(s, i, "个百分点")) || (e = lit(s, i, "百分点"))) return *points = 1, e;
  if ((e = lit(s, i, "个基点")) || (e = lit(s, i, "基点"))) return *points = 1, *factor = 0.01, e;
  if (!(g = gap(s, i))) return 0;
  if ((e = word(s, g, "percentage points")) || (e = word(s, g, "percentage point"))) return *points = 1, e;
  if ((e = word(s, g, "basis points")) || (e = word(s, g, "basis point")) || (e = word(s, g, "bps")))
    return *points = 1, *factor = 0.01, e;
  if ((e = word(s, g, "percent")) || (e = word(s, g, "per cent")) || (e = word(s, g, "pct"))) return e;
  return 0;
}

/* 三成 = 30%: tenths, each +-5 points because the unit is that coarse. */
static size_t match_cheng(const scan *s, size_t i, const number *n) {
  static const char *const not_after[] = {"为", "立", "功", "交", "员", "长", "熟", "就", "型",
                                          "品", "本", "果", "绩", "都", "效", "年", "不"};
  size_t e;
  if (n->script == SCRIPT_WORDS || n->decimals || n->scale != 1 || n->plus || n->ranged) return 0;
  if (!n->vague && (n->mant < 1 || n->mant > 10)) return 0;
  if (n->vague && n->vhi > 10) return 0;
  if (!(e = lit(s, i, "成")) || next_is_any(s, e, not_after, NELEM(not_after))) return 0;
  return e;
}

static const entry counters_zh[] = {
    {"家", 0, NULL}, {"个", 0, NULL}, {"名", 0, NULL}, {"款", 0, NULL}, {"台", 0, NULL}, {"枚", 0, NULL},
    {"颗", 0, NULL}, {"项", 0, NULL}, {"位", 0, NULL}, {"人", 0, NULL}, {"辆", 0, NULL}, {"片", 0, NULL},
    {"件", 0, NULL}, {"只", 0, NULL}, {"次", 0, NULL}, {"种", 0, NULL}, {"份", 0, NULL}, {"张", 0, NULL},
    {"座", 0, NULL}, {"架", 0, NULL}, {"艘", 0, NULL}, {"条", 0, NULL}, {"户", 0, NULL}, {"所", 0, NULL},
    {"套", 0, NULL}, {"批", 0, NULL}, {"块", 0, NULL}, {"部", 0, NULL}, {"起", 0, NULL}, {"轮", 0, NULL},
    {"支", 0, NULL}, {"例", 0, NULL}, {"国", 0, NULL}, {"篇", 0, NULL}, {"场", 0, NULL}, {"届", 0, NULL},
    {"道", 0, NULL}, {"笔", 0, NULL}, {"股", 0, NULL}, {"吨", 0, NULL},
};
/* Words that follow a number without being what it counts. */
static const char *const not_nouns[] = {
    "of",        "to",      "and",      "or",       "in",    "on",      "at",        "for",     "by",
    "from",      "with",    "as",       "than",     "then",  "is",      "was",       "were",    "are",
    "be",        "been",    "has",      "have",     "had",   "the",     "a",         "an",      "that",
    "this",      "these",   "those",    "which",    "who",   "will",    "would",     "could",   "can",
    "may",       "might",   "must",     "should",   "per",   "percent", "pct",       "am",      "pm",
    "gmt",       "utc",     "est",      "edt",      "bst",   "cet",     "jst",       "hrs",     "nm",
    "mm",        "cm",      "km",       "kg",       "mg",    "gb",      "tb",        "mb",      "kb",
    "ghz",       "mhz",     "hz",       "kw",       "mw",    "gw",      "kwh",       "mph",     "ft",
    "lb",        "lbs",     "oz",       "but",      "if",    "so",      "not",       "also",    "after",
    "before",    "since",   "until",    "into",     "over",  "under",   "about",     "against", "between",
    "during",    "through", "while",    "when",     "where", "up",      "down",      "out",     "it",
    "its",       "times",   "january",  "february", "march", "april",   "june",      "july",    "august",
    "september", "october", "november", "december", "said",  "says",    "according", "last",
};
/* Words before a number that make it a name, not a count: section 301 tariffs. */
static const char *const labels[] = {
    "section", "article",  "chapter",  "clause",  "rule",  "no",     "number", "phase",  "round",
    "part",    "level",    "tier",     "version", "model", "series", "item",   "page",   "paragraph",
    "title",   "annex",    "schedule", "exhibit", "room",  "route",  "flight", "gate",   "window",
    "stage",   "type",     "class",    "grade",   "vol",   "volume", "issue",  "figure", "table",
    "line",    "category", "step",     "group",   "covid", "g",
};

static int english_noun_at(const scan *s, size_t i) {
  size_t g = gap(s, i), e;
  if (!g) return 0;
  for (e = g; is_alpha(at(s, e)); e++) {
  }
  /* single letters and abbreviations (a.m., u.s.) are not what is counted */
  if (e - g < 2 || (at(s, e) == '.' && is_alpha(at(s, e + 1))) || is_digit(at(s, e))) return 0;
  for (size_t k = 0; k < NELEM(not_nouns); k++)
    if (strlen(not_nouns[k]) == e - g && memcmp(s->p + g, not_nouns[k], e - g) == 0) return 0;
  return 1;
}

/* How a number came to be a count (is_count). */
enum { COUNT_NO = 0, COUNT_COUNTER, COUNT_IMPLICIT, COUNT_NOUN };

/* Is the number a count? Spans and scaled numbers always are (数十万, 3
 * million: COUNT_IMPLICIT); otherwise Chinese needs a counter (300家), English
 * a noun after it (300 companies), and years, labels (section 301) and a bare
 * 一 never count. *j moves past a counter, which goes to *counter. */
static int is_count(const scan *s, size_t *j, const number *n, size_t start, const entry **counter) {
  size_t e = opt_gap(s, *j);
  const entry *h = NULL;
  /* what a counter can start without counting: 七国集团 is the G7, 两位数 "double-digit" */
  static const char *const not_country[] = {"集团", "联军"};
  if ((e = table(s, e, counters_zh, NELEM(counters_zh), 0, &h))) {
    if (strcmp(h->w, "国") == 0 && next_is_any(s, e, not_country, NELEM(not_country))) return COUNT_NO;
    if (strcmp(h->w, "位") == 0 && lit(s, e, "数")) return COUNT_NO;
    if (n->lone_one && !n->plus) return COUNT_NO;
    *j = e;
    *counter = h;
    return COUNT_COUNTER;
  }
  if (n->vague || n->scale > 1) return n->lone_one ? COUNT_NO : COUNT_IMPLICIT;
  if (n->script == SCRIPT_ZH || n->year_like) return COUNT_NO;
  if (prev_word_in(s, start, labels, NELEM(labels))) return COUNT_NO;
  return english_noun_at(s, *j) ? COUNT_NOUN : COUNT_NO;
}

/* ---- Ratios -------------------------------------------------------------- */

/* Words after "three times" or "twice" that make it a multiple ("three
 * times as many", "twice the size"); without one it is how often. */
static const char *const times_cues[] = {"as",      "more",   "less",    "larger", "bigger", "higher",
                                         "greater", "faster", "smaller", "lower",  "the",    "that",
                                         "what",    "its",    "their",   "over"};

static int times_cue_at(const scan *s, size_t i) {
  size_t g = gap(s, i);
  for (size_t k = 0; g && k < NELEM(times_cues); k++)
    if (word(s, g, times_cues[k])) return 1;
  return 0;
}

/* Words that are a multiple on their own. v: the multiple. 翻番 doubles, 翻两番
 * doubles twice. */
static const entry ratio_words[] = {
    {"doubled", 2, NULL},       {"doubling", 2, NULL},   {"doubles", 2, NULL},  {"tripled", 3, NULL},
    {"tripling", 3, NULL},      {"triples", 3, NULL},    {"trebled", 3, NULL},  {"quadrupled", 4, NULL},
    {"quadrupling", 4, NULL},   {"quadruples", 4, NULL}, {"halved", 0.5, NULL}, {"halving", 0.5, NULL},
    {"hundredfold", 100, NULL}, {"翻番", 2, NULL},       {"翻倍", 2, NULL},     {"翻了一倍", 2, NULL},
    {"翻一番", 2, NULL},        {"翻了一番", 2, NULL},   {"翻两番", 4, NULL},   {"翻了两番", 4, NULL},
    {"翻三番", 8, NULL},        {"翻了三番", 8, NULL},   {"减半", 0.5, NULL},   {"腰斩", 0.5, NULL},
};

/* A multiple written as one word at i: doubled, 翻番, twofold, tenfold,
 * "twice the size". */
static size_t ratio_word(const scan *s, size_t i, double *mult) {
  const entry *h = NULL;
  size_t e, g;
  if ((e = table(s, i, ratio_words, NELEM(ratio_words), 1, &h))) {
    /* "doubling down" is an idiom, not a number */
    if (s->p[i] == 'd' && (g = gap(s, e)) && word(s, g, "down")) return 0;
    *mult = h->v;
    return e;
  }
  if ((e = table(s, i, units_en, NELEM(units_en), 0, &h)) && (g = word(s, e, "fold"))) return *mult = h->v, g;
  if (((e = word(s, i, "twice")) || (e = word(s, i, "thrice"))) && times_cue_at(s, e))
    return *mult = s->p[i + 1] == 'w' ? 2 : 3, e;
  return 0;
}

/* A multiple after a number: 两倍, 1.5倍, 2x, ten-fold, "three times as many". */
static size_t match_ratio_after(const scan *s, size_t i, const number *n) {
  size_t e, g;
  if (n->vague || n->frac > 0 || n->half_pct) return 0;
  if ((e = lit(s, i, "倍")) && !lit(s, e, "数")) return e; /* 倍数 is "a multiple" as a noun */
  if (n->script == SCRIPT_ASCII && (e = word(s, i, "x"))) return e;
  if ((e = word(s, i, "-fold")) || (e = word(s, i, "fold"))) return e;
  if ((g = gap(s, i)) && (e = word(s, g, "times")) && times_cue_at(s, e)) return e;
  return 0;
}

/* 增长两倍: "grew by two times". The rule chosen: after a verb of growth
 * N倍 is the increase, as Chinese grammar traditionally reads it (增加了N倍
 * = N + 1 times the original, 增加到N倍 = N times), so 增长两倍 is 3x and
 * 增长一倍 is 2x (doubled). After 到, 至 or 为 (增长到两倍, 增至两倍) and in
 * 是去年的两倍, N倍 is the multiple itself. English states the multiple
 * ("tripled", "grew threefold") and is read as written. Looser Chinese
 * writes 增长两倍 for "doubled" too; read by the rule, such a sentence comes
 * out as a contradiction of "doubled", for a person to look at. */
static const char *const growth_zh[] = {"增长", "增长了", "增加", "增加了", "提高", "提高了",
                                        "提升", "提升了", "上升", "上升了", "上涨", "上涨了",
                                        "扩大", "扩大了", "增",   "增了",   "涨",   "涨了"};

/* ---- One quantity --------------------------------------------------------- */

/* What one quantity reads as, before it becomes a cd_value. */
typedef struct {
  number n;
  const char *code; /* ISO 4217, or NULL */
  int pct, points, ratio;
  int approx, bound;    /* from the words around it */
  int implicit;         /* a count only by its scale or span (3万, 数十万): takes the unit of
                           the number it spans to (3万至5万人, 30亿至50亿美元) */
  int noun;             /* a count because an English noun follows (300 companies) */
  const entry *counter; /* the Chinese counter after it, or NULL */
  int from;             /* after_from() */
  int suffix;           /* a suffix modifier (左右, or more) was read */
  double num, lo, hi;   /* what it stands for, before approx and bound widen it */
} qty;

/* Before a number at i: 0 nothing, 1 "from" or 从 / 由 as in a change ("rose
 * from 3 to 5 percent": two values, the first taking the unit of the
 * second), 2 "from" after a word that makes a span ("ranging from 3 to 5"). */
static int after_from(const scan *s, size_t i) {
  static const char *const from[] = {"from"};
  static const char *const zh_from[] = {"从", "由"};
  static const char *const range_cues[] = {"ranging", "range",  "ranges",  "ranged", "anywhere",
                                           "vary",    "varies", "varying", "varied"};
  size_t b = i;
  if (prev_is_any(s, i, zh_from, NELEM(zh_from))) return 1;
  if (!prev_word_in(s, i, from, NELEM(from))) return 0;
  while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
  return b >= 4 && prev_word_in(s, b - 4, range_cues, NELEM(range_cues)) ? 2 : 1;
}

/* 三分之一, 四分之三: a share in percent (百分之 is read apart, exactly). */
static size_t zh_fraction(const scan *s, size_t i, double *pct) {
  size_t e;
  int d, k;
  if (!(e = small_num(s, i, &d)) || d < 2 || d > 10 || !(e = lit(s, e, "分之"))) return 0;
  if (!(e = small_num(s, e, &k)) || k < 1 || k >= d) return 0;
  *pct = 100.0 * k / d;
  return e;
}

/* The share a fraction word stands for: a third is 33.3% as printed and
 * anything from 30.8 to 35.8 as compared, since a reporter rounds 31% to 36%
 * to "a third" (a tenth of 三成 is five points; a fraction is finer). */
#define FRACTION_HALF_WIDTH 2.5

/* One quantity at i: modifiers, a currency or 百分之 before it, the number,
 * what it is a number of, modifiers after it. flags: PN_BETWEEN after
 * "between" / 介于; end says this is the far end of a span, read on its own.
 * Returns the index after it (q filled in), or 0. */
static size_t quantity_at(const scan *s, size_t i, qty *q, int flags, int end) {
  size_t j = i, e;
  int k, per_mille = 0, how, bei = 0;
  double factor, fixed_half = -1, frac = 0;
  number *n = &q->n;

  memset(q, 0, sizeof *q);
  /* 1. about, more than, 约, 逾 */
  for (k = 0; k < 2 && (e = prefix_mod(s, j, &q->approx, &q->bound)); k++) j = e;
  if (!end && (q->from = after_from(s, j)) == 1) flags |= PN_FROM;
  /* 2. 百分之, 千分之, 三分之一, or a currency before the number */
  if ((e = lit(s, j, "百分之")) || (e = lit(s, j, "千分之"))) {
    q->pct = 1;
    per_mille = lit(s, j, "千") != 0;
    j = e;
  } else if ((e = zh_fraction(s, j, &frac))) {
    memset(n, 0, sizeof *n);
    n->frac = frac;
    n->scale = 1;
    n->script = SCRIPT_ZH;
    j = e;
  } else if ((e = match_currency_before(s, j, &q->code))) {
    j = e;
  }
  /* 3. the number; 百分之百 is the one numeral written without a digit; a
     multiple can be a word of its own (doubled, 翻番) */
  if (frac > 0) {
    /* read above */
  } else if (q->pct && (e = lit(s, j, "百"))) {
    memset(n, 0, sizeof *n);
    n->mant = 100;
    n->scale = 1;
    n->script = SCRIPT_ZH;
    j = e;
  } else if ((e = parse_number(s, j, n, flags | (q->code ? PN_MONEY : 0)))) {
    j = e;
  } else if (!q->pct && !q->code && (e = ratio_word(s, j, &n->mant))) {
    n->scale = 1;
    q->ratio = 1;
    j = e;
  } else {
    return 0;
  }
  if (per_mille) n->scale *= 0.1;
  /* 4. what it is a number of */
  if (q->ratio) {
    /* read above */
  } else if (n->frac > 0) {
    q->pct = 1;
    fixed_half = FRACTION_HALF_WIDTH;
  } else if (q->pct || n->half_pct) {
    q->pct = 1;
    if (n->half_pct) n->mant = 50, n->script = SCRIPT_ZH;
    if (n->bound) q->bound = 1;
  } else if ((e = match_percent_after(s, j, &q->points, &factor))) {
    q->pct = 1;
    n->scale *= factor;
    j = e;
  } else if ((e = match_cheng(s, j, n))) {
    q->pct = 1;
    n->scale = 10;
    fixed_half = 5;
    j = e;
  } else if (!q->code && (e = match_ratio_after(s, j, n))) {
    q->ratio = 1;
    bei = lit(s, j, "倍") != 0;
    j = e;
  } else if ((e = match_currency_after(s, j, n, &q->code))) {
    j = e;
  } else if (!q->code) {
    if (!(how = is_count(s, &j, n, i, &q->counter))) return 0;
    q->implicit = how == COUNT_IMPLICIT;
    q->noun = how == COUNT_NOUN;
  }
  /* a span after "from" as in a change: only its first number is meant
     ("from 3 to 5 percent" is 3 percent, then 5 percent), unless 不等 says
     the numbers vary (从3到5家不等) */
  if (n->ranged && n->from_span && !lit(s, j, "不等")) {
    n->ranged = 0;
    j = n->x_end;
  } else {
    /* 5. 左右, 以上, or more */
    e = suffix_mod(s, j, &q->approx, &q->bound);
    q->suffix = e > j;
    j = e;
    if (n->ranged && ((e = lit(s, j, "之间")) || (e = lit(s, j, "不等")))) j = e;
  }

  /* 6. the range it stands for */
  if (n->frac > 0) {
    q->num = floor(n->frac * 10 + 0.5) / 10;
    q->lo = n->frac - fixed_half;
    q->hi = n->frac + fixed_half;
  } else if (n->vague) {
    q->num = q->lo = n->vlo * n->scale;
    q->hi = n->vhi * n->scale;
  } else {
    q->num = n->mant * n->scale / p10(n->decimals);
    if (fixed_half >= 0) {
      q->lo = q->num - fixed_half;
      q->hi = q->num + fixed_half;
    } else {
      double h = half_width(n->mant, n->decimals, n->scale);
      q->lo = q->num - h;
      q->hi = q->num + h;
    }
    if (n->plus) {
      int digits, tz;
      double place = 1.0 / p10(n->decimals);
      if (!n->decimals) digit_shape(n->mant, &digits, &tz), place = p10(tz);
      q->lo = q->num;
      q->hi = (n->mant / p10(n->decimals) + place) * n->scale;
      if (q->hi - q->lo >= 2) q->lo += 1, q->hi -= 1;
    }
    if (n->ranged)
      q->hi = n->to_mant * n->scale / p10(n->to_decimals) + half_width(n->to_mant, n->to_decimals, n->scale);
  }
  if (bei && prev_is_any(s, i, growth_zh, NELEM(growth_zh))) {
    q->num += 1; /* 增长两倍 is 3x: see growth_zh */
    q->lo += 1;
    q->hi += 1;
  }
  return j;
}

/* Do a and b measure in one unit? A count only by its scale (3万) takes
 * the unit of the other end. */
static int same_unit(qty *a, const qty *b) {
  if (a->implicit && !b->implicit) {
    a->code = b->code;
    a->pct = b->pct;
    a->points = b->points;
    a->ratio = b->ratio;
    a->counter = b->counter;
    a->implicit = 0;
  }
  if (a->pct != b->pct || a->points != b->points || a->ratio != b->ratio || a->noun || b->noun ||
      a->counter != b->counter)
    return 0;
  return a->code == b->code || (a->code && b->code && strcmp(a->code, b->code) == 0);
}

/* Where the far end of a span starts after a quantity ending at j: 10%-15%,
 * 3家至5家, 10%到15%; "and", 和, 与 after between / 介于; "to" only after
 * "from" (elsewhere "rose 0.25% to 5.5%" is a change, "sold 3 chips to 20
 * companies" two counts). */
static size_t connector(const scan *s, size_t j, int between, int from) {
  size_t e, g;
  if (at(s, j) == '-' || at(s, j) == '~') return j + 1;
  if ((e = lit(s, j, "–")) || (e = lit(s, j, "至")) || (e = lit(s, j, "到"))) return e;
  if (between && ((e = lit(s, j, "和")) || (e = lit(s, j, "与")))) return e;
  if ((g = gap(s, j)) && ((between && (e = word(s, g, "and"))) || (from && (e = word(s, g, "to")))))
    return gap(s, e);
  return 0;
}

/* A quantity at i, or a span of two ("between $3 billion and $5 billion",
 * "3家至5家", "在10%到15%之间"), written into v. Steps:
 *   1. "between" / 介于 before it lets "and" / 和 join a span;
 *   2. the first quantity (quantity_at), which may be a span already when
 *      its unit comes once at the end ("3 to 5 percent", "3至5家");
 *   3. else a connector and a second quantity in the same unit, larger:
 *      the span is the first's low end to the second's high end; after
 *      "from" / 从 as in a change, the second only lends its unit (从3亿到5亿元
 *      is 3亿元 then 5亿元) unless 不等 follows;
 *   4. approx and bound widen the range. */
static size_t match_quantity(const scan *s, size_t i, cd_value *v) {
  size_t j = i, e, g;
  int between = 0;
  qty q, y;

  /* 1. */
  if ((e = word(s, i, "between")) && (g = gap(s, e)))
    between = 1, j = g;
  else if ((e = lit(s, i, "介于")))
    between = 1, j = e;
  /* 2. */
  if (!(e = quantity_at(s, j, &q, between ? PN_BETWEEN : 0, 0))) return 0;
  j = e;
  /* 3. */
  if (!q.n.ranged && !q.n.vague && !q.n.plus && q.n.frac == 0 && !q.n.half_pct && !q.noun && !q.suffix &&
      (g = connector(s, j, between, q.from)) && (e = quantity_at(s, g, &y, 0, 1)) && !y.n.vague &&
      y.n.frac == 0 && !y.n.half_pct) {
    qty x = q;
    if (same_unit(&x, &y) && y.num > x.num) {
      int vary = 0;
      if ((g = lit(s, e, "之间")))
        e = g;
      else if ((g = lit(s, e, "不等")))
        e = g, vary = 1;
      q = x; /* with the unit it took from y */
      if (q.from != 1 || vary) {
        q.hi = y.hi;
        q.n.ranged = 1;
        q.approx |= y.approx;
        if (!q.bound) q.bound = y.bound;
        j = e;
      }
    }
  }
  if (between && !q.n.ranged) return 0; /* read again from the number, without "between" */

  /* 4. */
  v->range = q.n.vague || q.n.plus || q.n.ranged;
  if (q.approx) {
    if (v->range) {
      q.lo -= 0.05 * q.lo;
      q.hi += 0.05 * q.hi;
    } else {
      q.lo -= 0.05 * fabs(q.num);
      q.hi += 0.05 * fabs(q.num);
    }
  }
  if (q.bound > 0) q.hi = HUGE_VAL;
  if (q.bound < 0) q.lo = 0;
  if (q.lo < 0 && q.num >= 0) q.lo = 0;

  v->kind = q.pct ? CD_VALUE_PERCENT : q.ratio ? CD_VALUE_RATIO : q.code ? CD_VALUE_MONEY : CD_VALUE_COUNT;
  if (q.code) memcpy(v->currency, q.code, 4);
  v->num = q.num;
  v->lo = q.lo;
  v->hi = q.hi;
  v->approx = q.approx;
  v->bound = q.bound;
  v->points = q.points;
  return j;
}

/* ---- The scan ----------------------------------------------------------- */

/* Where to look next after nothing matched at i: past the whole ASCII word
 * or Chinese numeral, so that "h20" never yields 20 and no run of digits is
 * read twice. */
static size_t skip(const scan *s, size_t i) {
  size_t e;
  if (is_alnum(at(s, i))) {
    while (is_alnum(at(s, i))) i++;
    return i;
  }
  if (!table(s, i, zh_digits, NELEM(zh_digits), 0, NULL) && !table(s, i, zh_units, NELEM(zh_units), 0, NULL))
    return next_char(s, i);
  while ((e = table(s, i, zh_digits, NELEM(zh_digits), 0, NULL)) ||
         (e = table(s, i, zh_units, NELEM(zh_units), 0, NULL)))
    i = e;
  return i;
}

#define VALUE_MAX 1e18

size_t cd_values_find(cd_value *out, size_t max, const char *text, size_t len, const cd_date *doc_date) {
  scan s;
  size_t n = 0, i = 0, e;
  s.p = text;
  s.len = text ? len : 0;
  s.has_doc = doc_date && doc_date->year;
  if (s.has_doc) s.dy = doc_date->year, s.dm = doc_date->month, s.dd = doc_date->day;
  s.today = s.has_doc ? cd_calendar_days(s.dy, s.dm, s.dd) : 0;
  while (i < s.len && n < max) {
    cd_value v;
    int c = at(&s, i);
    if (c < 0x80 && !is_alnum(c) && c != '$') { /* ASCII punctuation starts nothing but $ */
      i++;
      continue;
    }
    if (i > 0 && is_alnum(c) && is_alnum(at(&s, i - 1))) { /* never start inside a word */
      i = skip(&s, i);
      continue;
    }
    memset(&v, 0, sizeof v);
    if ((e = match_date_zh(&s, i, &v)) || (e = match_date_en(&s, i, &v))) {
      /* a date; a qualifier before it ("around july 31") stays outside it */
    } else {
      memset(&v, 0, sizeof v);
      e = match_quantity(&s, i, &v);
    }
    if (e > i) {
      /* no amount in the news comes near 1e18 (world output is ~1e14
       * USD): a longer chain of scale words (5亿亿亿亿...) is no value,
       * and inf or NaN never leave the parser */
      if (v.kind != CD_VALUE_DATE && !(isfinite(v.num) && fabs(v.num) <= VALUE_MAX && !isnan(v.lo) &&
                                       !isnan(v.hi) && (isfinite(v.lo) || v.lo < 0) &&
                                       fabs(v.lo) <= VALUE_MAX && (fabs(v.hi) <= VALUE_MAX || isinf(v.hi)))) {
        i = e;
        continue;
      }
      v.start = i;
      v.end = e;
      out[n++] = v;
      i = e;
    } else {
      i = skip(&s, i);
    }
  }
  return n;
}

/* ---- Comparing and printing -------------------------------------------- */

int cd_value_compatible(const cd_value *a, const cd_value *b) {
  if (a->kind == CD_VALUE_NONE || a->kind != b->kind) return -1;
  if (a->kind == CD_VALUE_DATE && (a->unresolved || b->unresolved)) return -1;
  if (a->kind == CD_VALUE_PERCENT && a->points != b->points) return -1;
  if (a->kind == CD_VALUE_MONEY && strcmp(a->currency, b->currency) != 0) return 0;
  return a->lo <= b->hi && b->lo <= a->hi;
}

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

char *cd_value_format(const cd_value *v, char *buf, size_t n) {
  char a[64], b[64];
  const char *unit = v->kind == CD_VALUE_PERCENT ? "%"
                     : v->kind == CD_VALUE_RATIO ? "x"
                     : v->kind == CD_VALUE_MONEY ? " "
                                                 : "";
  if (n == 0) return buf;
  buf[0] = '\0';
  switch (v->kind) {
  case CD_VALUE_NONE: break;
  case CD_VALUE_DATE:
    if (v->unresolved) {
      if (v->relative[0])
        snprintf(buf, n, "%s", v->relative);
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
    break;
  default:
    if (v->range) {
      format_number(a, sizeof a, v->lo);
      format_number(b, sizeof b, v->hi);
      snprintf(buf, n, "%s..%s%s", a, b, unit);
    } else {
      format_number(a, sizeof a, v->num);
      snprintf(buf, n, "%s%s", a, unit);
    }
    if (v->kind == CD_VALUE_MONEY) {
      size_t k = strlen(buf);
      snprintf(buf + k, n - k, "%s", v->currency);
    }
    break;
  }
  return buf;
}

const char *cd_value_kind_name(cd_value_kind kind) {
  switch (kind) {
  case CD_VALUE_MONEY: return "money";
  case CD_VALUE_COUNT: return "count";
  case CD_VALUE_PERCENT: return "percent";
  case CD_VALUE_DATE: return "date";
  case CD_VALUE_RATIO: return "ratio";
  default: return "none";
  }
}
