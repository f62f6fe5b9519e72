/* values_date_zh.c: dates written in Chinese: 2025年7月31日, 二〇二五年, 今年上半年,
 * 第三季度, 7月底, 31日, 三天前, 上周四, 昨天, 下个月. Reads from one start
 * in a sentence, returns where the date ends and writes it through
 * values_date.c; O(length of the date), a bounded look at the bytes before. */
#include "values_scan.h"

#include "calendar.h"

#include <string.h>

static const vs_entry zh_weekdays[] = {
    {"一", 0, NULL}, {"二", 1, NULL}, {"三", 2, NULL}, {"四", 3, NULL},
    {"五", 4, NULL}, {"六", 5, NULL}, {"日", 6, NULL}, {"天", 6, NULL},
};
static vs_firsts zh_weekdays_first;
static const vs_entry zh_week_prefix[] = {
    /* v: week offset */
    {"上周", -1, NULL}, {"上星期", -1, NULL}, {"上个星期", -1, NULL}, {"上礼拜", -1, NULL},
    {"本周", 0, NULL},  {"这周", 0, NULL},    {"本星期", 0, NULL},    {"这个星期", 0, NULL},
    {"下周", 1, NULL},  {"下星期", 1, NULL},  {"下个星期", 1, NULL},
};
static vs_firsts zh_week_prefix_first;
static const vs_entry zh_rel_years[] = {
    {"今年", 0, NULL},
    {"去年", -1, NULL},
    {"明年", 1, NULL},
    {"前年", -2, NULL},
};
static vs_firsts zh_rel_years_first;
static const vs_entry zh_rel_months[] = {
    {"上月", -1, NULL},  {"上个月", -1, NULL}, {"本月", 0, NULL},
    {"这个月", 0, NULL}, {"下月", 1, NULL},    {"下个月", 1, NULL},
};
static vs_firsts zh_rel_months_first;
static const vs_entry zh_rel_days[] = {
    {"昨天", -1, NULL}, {"昨日", -1, NULL}, {"今天", 0, NULL},  {"今日", 0, NULL},
    {"明天", 1, NULL},  {"明日", 1, NULL},  {"前天", -2, NULL},
};
static vs_firsts zh_rel_days_first;
/* Words that may follow a month without changing its precision. */
static const char *const zh_month_tails[] = {"份", "早些时候", "初", "底", "末", "中旬", "上旬", "下旬"};

/* A small number (vs_small_num) read once at a position, for the steps
 * of the grammar that each start with one there. */
typedef struct {
  size_t end; /* after it, 0 for none */
  int v;      /* its value, when end is not 0 */
} zh_num;

static zh_num small_at(const vs_scan *s, size_t i) {
  zh_num n = {0, 0};
  n.end = vs_small_num(s, i, &n.v);
  return n;
}

/* 第一季度, 一季度, 第1季度 -> quarter q; 前三季度 -> first n quarters. n is
 * the small number at i. */
static size_t zh_quarter(const vs_scan *s, size_t i, const zh_num *n, int *m1, int *m2) {
  size_t j = i, e;
  int q, first = 0;
  zh_num at;
  if ((e = lit(s, j, "第")))
    j = e;
  else if ((e = lit(s, j, "前")))
    first = 1, j = e;
  if (first && (e = lit(s, j, "两"))) {
    q = 2; /* 前两季度: 两 counts here */
  } else {
    at = j == i ? *n : small_at(s, j);
    if (!at.end || at.v < 1 || at.v > 4) return 0;
    q = at.v;
    e = at.end;
  }
  j = e;
  if (first && (e = lit(s, j, "个"))) j = e;
  if (!(e = lit(s, j, "季"))) return 0;
  j = e;
  if ((e = lit(s, j, "度"))) j = e;
  *m1 = first ? 1 : 3 * q - 2;
  *m2 = 3 * q;
  return j;
}

/* 前10个月, 前三个月 after a year (今年前10个月: the first n months of
 * it, months 1..n); 两 counts here too (2024年前两个月). */
static size_t zh_first_months(const vs_scan *s, size_t i, int *m1, int *m2) {
  size_t j, e;
  int n;
  if (!(j = lit(s, i, "前"))) return 0;
  if ((e = lit(s, j, "两")))
    n = 2, j = e;
  else if (!(j = vs_small_num(s, j, &n)) || n < 1 || n > 11)
    return 0;
  if (!(e = lit(s, j, "个月"))) return 0;
  *m1 = 1;
  *m2 = n;
  return e;
}

/* Seasons, as the months of the northern meteorological seasons. Winter is
 * left out: it spans two calendar years, and "2024年冬季" / "winter 2024" are
 * read both ways. */
static const vs_entry zh_seasons[] = {
    /* v: first month */
    {"春季", 3, NULL}, {"春天", 3, NULL}, {"夏季", 6, NULL},
    {"夏天", 6, NULL}, {"秋季", 9, NULL}, {"秋天", 9, NULL},
};
static vs_firsts zh_seasons_first;

/* Parts of a year written after it (2023年底, 今年上半年, 去年秋季) or alone
 * (上半年; a season only after a year: 夏季达沃斯 is a forum, not a date).
 * n is the small number at i. */
static size_t zh_part(const vs_scan *s, size_t i, const zh_num *n, int *m1, int *m2, int after_year) {
  static const char *const not_initial[] = {"步", "次", "衷", "期"}; /* 初步 is "preliminary" */
  const vs_entry *h = NULL;
  size_t e;
  if ((e = lit(s, i, "上半年"))) return *m1 = 1, *m2 = 6, e;
  if ((e = lit(s, i, "下半年"))) return *m1 = 7, *m2 = 12, e;
  if ((e = zh_quarter(s, i, n, m1, m2))) return e;
  if (after_year && (e = zh_first_months(s, i, m1, m2))) return e; /* 前两个月 alone: the last two */
  if (after_year && (e = table(s, i, zh_seasons, NELEM(zh_seasons), 0, &h, &zh_seasons_first)))
    return *m1 = (int)h->v, *m2 = (int)h->v + 2, e;
  if (!after_year && !(i = lit(s, i, "年"))) return 0;
  if (after_year && (e = lit(s, i, "年"))) i = e; /* 今年年底 */
  if ((e = lit(s, i, "底")) || (e = lit(s, i, "末"))) return *m1 = 10, *m2 = 12, e;
  if ((e = lit(s, i, "初")) && !next_is_any(s, e, not_initial, NELEM(not_initial)))
    return *m1 = 1, *m2 = 3, e;
  return 0;
}

/* Month and day after a year or alone: 7月, 7月31日, 七月三十一号; n is
 * the small number where it starts. */
static size_t zh_month_day(const vs_scan *s, const zh_num *n, int *m, int *d) {
  size_t j, e, f;
  if (!n->end || n->v < 1 || n->v > 12 || !(j = lit(s, n->end, "月"))) return 0;
  *m = n->v;
  if ((e = vs_small_num(s, j, d)) && ((f = lit(s, e, "日")) || (f = lit(s, e, "号")))) return f;
  *d = 0;
  for (size_t k = 0; k < NELEM(zh_month_tails); k++)
    if ((e = lit(s, j, zh_month_tails[k]))) return e;
  return j;
}

/* 三天前, 两周前, 两个星期前, 3个月前, 一年前 (2025年前 is "before 2025": four
 * digits never count here; 三天前往 is "went ... for three days"). num is
 * the small number at i. */
static size_t zh_ago(const vs_scan *s, size_t i, const zh_num *num, cd_value *v) {
  static const vs_entry units[] = {
      /* v: vs_put_ago's unit */
      {"天", 0, NULL},     {"周", 1, NULL},   {"星期", 1, NULL}, {"个星期", 1, NULL},
      {"个礼拜", 1, NULL}, {"个月", 2, NULL}, {"年", 3, NULL},
  };
  static const char *const not_after[] = {"往", "进", "来", "去", "夕", "景", "提", "列", "所", "线"};
  static const char *const not_before[] = {"第", "每", "前"};
  const vs_entry *h = NULL;
  size_t e, f;
  int n;
  if ((e = lit(s, i, "两")))
    n = 2;
  else if (!(e = num->end) || (n = num->v) < 1)
    return 0;
  if (!(e = table(s, e, units, NELEM(units), 0, &h, NULL)) || !(f = lit(s, e, "前")) ||
      next_is_any(s, f, not_after, NELEM(not_after)) || prev_is_any(s, i, not_before, NELEM(not_before)))
    return 0;
  return vs_put_ago(v, s, (int)h->v, n, i, f);
}

/* 31日 alone: day d of the month nearest the document date (the month
 * before, its own or the next); the date is text[a, b). */
static size_t put_day_of_month(cd_value *v, const vs_scan *s, int d, size_t a, size_t b) {
  long best = -1, lo = 0;
  if (!s->has_doc) return vs_put_unresolved(v, s, CD_DATE_DAY, 0, d, a, b, 0);
  for (int k = -1; k <= 1; k++) {
    int mm = s->dy * 12 + s->dm - 1 + k, cy = mm / 12, cm = mm % 12 + 1;
    long day, dist;
    if (d > cd_calendar_month_days(cy, cm)) continue;
    day = cd_calendar_days(cy, cm, d);
    dist = day > s->today ? day - s->today : s->today - day;
    if (best < 0 || dist < best) best = dist, lo = day;
  }
  if (best < 0) return 0;
  vs_put_days(v, CD_DATE_DAY, lo, lo);
  return b;
}

/* Step 3 of vs_match_date_zh: relative to the document date: 昨天, 上周,
 * 上周四, 周四, 下个月. */
static size_t zh_relative(const vs_scan *s, size_t i, cd_value *v) {
  static const char *const not_today[] = {"头条", "美国", "俄罗斯"}; /* names of media */
  /* 每周一 is every Monday, 一周三次 three times a week */
  static const char *const not_weekday_before[] = {"每", "一", "两", "几", "数", "半"};
  const vs_entry *h = NULL;
  size_t j, e;

  if ((e = table(s, i, zh_rel_days, NELEM(zh_rel_days), 0, &h, &zh_rel_days_first))) {
    if (lit(s, i, "今日") && next_is_any(s, e, not_today, NELEM(not_today))) return 0;
    return vs_put_rel_day(v, s, (int)h->v, i, e);
  }
  if ((e = table(s, i, zh_week_prefix, NELEM(zh_week_prefix), 0, &h, &zh_week_prefix_first))) {
    const vs_entry *wd = NULL;
    size_t f = table(s, e, zh_weekdays, NELEM(zh_weekdays), 0, &wd, &zh_weekdays_first);
    if (f) return vs_put_rel_week(v, s, (int)h->v, (int)wd->v, i, f);
    if (lit(s, e, "末") || lit(s, e, "年")) return 0; /* 周末 is a weekend; 周年 an anniversary */
    return vs_put_rel_week(v, s, (int)h->v, -1, i, e);
  }
  if (((e = lit(s, i, "周")) || (e = lit(s, i, "星期")) || (e = lit(s, i, "礼拜"))) &&
      !prev_is_any(s, i, not_weekday_before, NELEM(not_weekday_before))) {
    size_t f = table(s, e, zh_weekdays, NELEM(zh_weekdays), 0, &h, &zh_weekdays_first);
    if (f && zh_digit(s, f, &j, 1) < 0 && !lit(s, f, "十") && !lit(s, f, "次"))
      return vs_put_weekday(v, s, (int)h->v, 0, i, f);
    return 0;
  }
  if ((e = table(s, i, zh_rel_months, NELEM(zh_rel_months), 0, &h, &zh_rel_months_first))) {
    size_t f, g;
    int early = 0, tailed = 0, d;
    for (size_t k = 0; k < NELEM(zh_month_tails); k++)
      if ((f = lit(s, e, zh_month_tails[k]))) {
        early = !strcmp(zh_month_tails[k], "早些时候") || !strcmp(zh_month_tails[k], "初");
        e = f;
        tailed = 1;
        break;
      }
    /* 本月早些时候, 本月初 */
    if (h->v == 0 && early) return vs_put_early_this_month(v, s, i, e);
    /* 下月1日, 本月15号: a day of that month */
    if (s->has_doc && !tailed && (g = vs_small_num(s, e, &d)) &&
        ((f = lit(s, g, "日")) || (f = lit(s, g, "号")))) {
      int m = s->dy * 12 + (s->dm - 1) + (int)h->v;
      return vs_put_cal(v, s, CD_DATE_DAY, m / 12, 0, m % 12 + 1, 0, d, i, f);
    }
    return vs_put_rel_month(v, s, (int)h->v, i, e);
  }
  return 0;
}

/* Does a document's number follow a year at j: 第61号, 第3號 (a notice's
 * serial, 2025年第61号公告), digits after 第 and then 号? 第一季度 is a
 * quarter (zh_part), not this. */
static int doc_number(const vs_scan *s, size_t j) {
  size_t e = lit(s, j, "第"), k;
  if (!e || !is_digit(at(s, e))) return 0;
  for (k = e; is_digit(at(s, k)); k++)
    ;
  return lit(s, k, "号") || lit(s, k, "號");
}

/* Can a year-less date go on after a small number ending at e: into a
 * unit of zh_ago (天, 周, 星期, 个星期, 个礼拜, 个月, 年), 季 (zh_quarter),
 * 月 (zh_month_day) or 日 (a day alone)? Most numbers go on into
 * something else (一些, 3%), and no step of the grammar is then read. */
static int number_may_go_on(const vs_scan *s, size_t e) {
  const unsigned char *p = (const unsigned char *)s->p + e;
  if (e + 3 > s->len) return 0;
  switch (((unsigned)p[0] << 16) | ((unsigned)p[1] << 8) | p[2]) {
  case 0xE5A4A9: /* 天 */
  case 0xE591A8: /* 周 */
  case 0xE6989F: /* 星 */
  case 0xE4B8AA: /* 个 */
  case 0xE5B9B4: /* 年 */
  case 0xE5ADA3: /* 季 */
  case 0xE69C88: /* 月 */
  case 0xE697A5: /* 日 */ return 1;
  default: return 0;
  }
}

/* The Chinese date grammar: 1. a date after a year, 2. one without a year,
 * 3. one relative to the document date. */
static size_t zh_date_with(const vs_scan *s, size_t i, cd_value *v, size_t ye, int y);

/* zh_date_with, the year at i read here. */
static size_t zh_date(const vs_scan *s, size_t i, cd_value *v) {
  int y = 0;
  size_t ye = vs_year_num(s, i, &y);
  return zh_date_with(s, i, v, ye, y);
}

/* The Chinese date at i into v; ye and y are vs_year_num's at i (its
 * end, or 0, and the year, 0 when none), which the caller has read. */
static size_t zh_date_with(const vs_scan *s, size_t i, cd_value *v, size_t ye, int y) {
  static const char *const not_day_after[] = {"元", "圆", "本", "内", "韩"};
  /* after 连续, 连跌, 连涨 or 为期 a count of days is a stretch, not a day
   * of the month (该股连跌5日) */
  static const char *const not_day_before[] = {"近", "每", "第", "前", "后", "数",
                                               "几", "多", "续", "跌", "涨", "期"};
  const vs_entry *h = NULL;
  size_t j, e;
  int yrel = 0, m = 0, d = 0, m1, m2;
  zh_num n;

  if (at(s, i) < 0x80 && !is_digit(at(s, i))) return 0;
  /* 1. A year, written (2025年, 二〇二五年) or relative (今年, 去年). */
  if (ye && y >= 1000 && y <= 2999 && (j = lit(s, ye, "车型年")))
    return vs_put_cal(v, s, CD_DATE_YEAR, y, 0, 0, 0, 0, i, j); /* 2029车型年: a model year */
  /* 2024财年: a fiscal year, the year its label names, as "fiscal 2024"
   * reads (values_date_en.c); its quarters and halves are not the
   * calendar's, so none is read after it */
  if (ye && y >= 1000 && y <= 2999 && ((j = lit(s, ye, "财年")) || (j = lit(s, ye, "财政年度"))))
    return vs_put_cal(v, s, CD_DATE_YEAR, y, 0, 0, 0, 0, i, j);
  if (ye && (e = lit(s, ye, "年")) && y >= 1000 && y <= 2999) {
    j = e;
  } else if ((e = table(s, i, zh_rel_years, NELEM(zh_rel_years), 0, &h, &zh_rel_years_first))) {
    y = (int)h->v;
    yrel = 1;
    j = e;
  } else {
    j = 0;
  }
  if (j) {
    if (doc_number(s, j)) return 0; /* 2025年第61号公告: a notice's number, no date */
    n = small_at(s, j);
    if ((e = zh_part(s, j, &n, &m1, &m2, 1))) return vs_put_cal(v, s, CD_DATE_PART, y, yrel, m1, m2, 0, i, e);
    if ((e = zh_month_day(s, &n, &m, &d)))
      return vs_put_cal(v, s, d ? CD_DATE_DAY : CD_DATE_MONTH, y, yrel, m, 0, d, i, e);
    if ((e = lit(s, j, "全年"))) j = e;
    return vs_put_cal(v, s, CD_DATE_YEAR, y, yrel, 0, 0, 0, i, j);
  }

  /* 2. Year-less: so long ago, parts, months, days; the small number
     most of them start with read once. Not right after a fiscal year
     (2025财年第四季度: a fiscal quarter, no calendar one) */
  if (ends_with(s, i, "财年") || ends_with(s, i, "财政年度") || ends_with(s, i, "财年第") ||
      ends_with(s, i, "财政年度第"))
    return 0;
  n = small_at(s, i);
  if (n.end && !number_may_go_on(s, n.end)) return 0;
  if ((e = zh_ago(s, i, &n, v))) return e;
  if ((e = zh_part(s, i, &n, &m1, &m2, 0))) return vs_put_cal(v, s, CD_DATE_PART, 0, 0, m1, m2, 0, i, e);
  if ((e = zh_month_day(s, &n, &m, &d)))
    return vs_put_cal(v, s, d ? CD_DATE_DAY : CD_DATE_MONTH, 0, 0, m, 0, d, i, e);
  if (n.end && n.v >= 1 && n.v <= 31 && (e = lit(s, n.end, "日")) &&
      !next_is_any(s, e, not_day_after, NELEM(not_day_after)) &&
      !prev_is_any(s, i, not_day_before, NELEM(not_day_before)))
    return put_day_of_month(v, s, n.v, i, e);

  /* 3. Relative to the document date; none of its words starts with a
     number (昨, 今, 明, 前, 上, 本, 这, 下, 周, 星期, 礼拜) */
  return n.end ? 0 : zh_relative(s, i, v);
}

/* The word that joins the two ends of a span of dates, or 0. */
static size_t span_word(const vs_scan *s, size_t i) {
  size_t e;
  if ((e = lit(s, i, "至")) || (e = lit(s, i, "到")) || (e = lit(s, i, "-")) || (e = lit(s, i, "~")) ||
      (e = lit(s, i, "\xE2\x80\x93")) || (e = lit(s, i, "\xE2\x80\x94")))
    return e;
  return 0;
}

/* A span of dates: 2024年10月至2025年1月, 10月至12月, 2026至2028年 (the first
 * year bare, sharing the second's 年). v holds the first end, read up to e;
 * when a later date follows the joining word, v becomes the days from the
 * first's start to the second's end (CD_DATE_PART: a stretch of months or
 * years, below month precision, so it neither anchors nor contradicts a
 * month), compared
 * as a span and never as its last month (the date of an event "between
 * October and January" is not January). Returns where the date ends. */
static size_t zh_span(const vs_scan *s, size_t e, cd_value *v) {
  cd_value w;
  size_t c = span_word(s, e), f;
  memset(&w, 0, sizeof w);
  if (!c || v->unresolved || !(f = zh_date(s, c, &w)) || w.unresolved || w.hi < v->lo) return e;
  v->hi = w.hi;
  v->stretch = v->precision >= CD_DATE_MONTH && w.precision >= CD_DATE_MONTH;
  v->precision = CD_DATE_PART;
  return f;
}

/* A day or month that ends a fiscal year (截至1月26日的财年, 截至2025年1月
 * 的财政年度): the year before it, a stretch of twelve months that "last
 * year" or 2024 meets, not the day itself. Returns where the words end. */
static size_t fiscal_end(const vs_scan *s, size_t e, cd_value *v) {
  size_t j, f;
  if (v->unresolved || v->precision < CD_DATE_MONTH) return e; /* no end of a fiscal year */
  j = lit(s, e, "的") ? lit(s, e, "的") : e;
  /* each a literal, its first test made at compile time (lit) */
  if (!((f = lit(s, j, "财年")) || (f = lit(s, j, "財年")) || (f = lit(s, j, "财政年度")) ||
        (f = lit(s, j, "財政年度")) || (f = lit(s, j, "会计年度")) || (f = lit(s, j, "會計年度"))))
    return e;
  v->lo = v->hi - 365;
  v->precision = CD_DATE_PART;
  v->stretch = 0;
  return f;
}

/* The weekday a day's date names after it, in brackets or not (3月31日
 * （周一）, 5月29日星期四): part of the date as written, no day of its own
 * reckoned from the article's (as "Thursday, May 29" in English). Returns
 * where it ends, else e. */
static size_t weekday_named(const vs_scan *s, size_t e) {
  static const char *const lparen[] = {"\xEF\xBC\x88", "("}, *const rparen[] = {"\xEF\xBC\x89",
                                                                                ")"}; /* （ ） */
  static const char *const week[] = {"周", "星期", "礼拜"};
  size_t j = e, f = 0, w = 0;
  for (size_t k = 0; k < NELEM(lparen) && j == e; k++)
    if ((f = lit(s, e, lparen[k]))) j = f;
  for (size_t k = 0; k < NELEM(week) && !w; k++) w = lit(s, j, week[k]);
  if (!w || !(w = table(s, w, zh_weekdays, NELEM(zh_weekdays), 0, NULL, &zh_weekdays_first))) return e;
  if (j == e) return w;
  for (size_t k = 0; k < NELEM(rparen); k++)
    if ((f = lit(s, w, rparen[k]))) return f;
  return e;
}

size_t vs_match_date_zh(const vs_scan *s, size_t i, cd_value *v) {
  size_t e, c, ye;
  int y0 = 0, y1;
  /* the year at i, read once for the span and for zh_date_with */
  ye = vs_year_num(s, i, &y0);
  /* a bare year that opens a span: 2026至2028年 */
  if (ye && y0 >= 1000 && y0 <= 2999 && !lit(s, ye, "年") && (c = span_word(s, ye)) &&
      vs_year_num(s, c, &y1)) {
    if (!vs_put_cal(v, s, CD_DATE_YEAR, y0, 0, 0, 0, 0, i, ye)) return 0;
    return zh_span(s, ye, v);
  }
  if (!(e = zh_date_with(s, i, v, ye, y0))) return 0;
  if (v->precision == CD_DATE_DAY && !v->relative) e = weekday_named(s, e);
  return fiscal_end(s, zh_span(s, e, v), v);
}

void vs_date_zh_index(void) {
  vs_firsts_of(&zh_rel_days_first, zh_rel_days, NELEM(zh_rel_days));
  vs_firsts_of(&zh_rel_months_first, zh_rel_months, NELEM(zh_rel_months));
  vs_firsts_of(&zh_rel_years_first, zh_rel_years, NELEM(zh_rel_years));
  vs_firsts_of(&zh_seasons_first, zh_seasons, NELEM(zh_seasons));
  vs_firsts_of(&zh_week_prefix_first, zh_week_prefix, NELEM(zh_week_prefix));
  vs_firsts_of(&zh_weekdays_first, zh_weekdays, NELEM(zh_weekdays));
}

/* Where vs_match_date_zh can start: its bare year (vs_year_num), then
 * zh_date's steps: 1. a year (vs_year_num, zh_rel_years); 2. zh_ago (两, a
 * small number), zh_part without a year (上半年, 下半年, zh_quarter's 第, 前
 * and small number, 年 of 年底), zh_month_day and a day (small numbers); 3.
 * zh_relative (zh_rel_days, zh_week_prefix, 周, 星期, 礼拜, zh_rel_months). */
void vs_date_zh_starts(vs_starts *st) {
  static const char *const first[] = {"两", "上半年", "下半年", "第", "周", "星期", "礼拜"};
  /* 前 opens a date only before 两 or a small number (zh_quarter: 前三季度;
     前天 and 前年 are zh_rel_days' and zh_rel_years'), and 年 alone only
     before 底, 末 or 初 (zh_part): registered with what follows them, so
     that 之前, 前往, 年度 and 去年 read past them untried */
  static const char *const before[] = {"前两", "前0",  "前1",  "前2",  "前3",  "前4",  "前5",  "前6",  "前7",
                                       "前8",  "前9",  "前十", "前廿", "前卅", "前一", "前二", "前三", "前四",
                                       "前五", "前六", "前七", "前八", "前九", "年底", "年末", "年初"};
  vs_year_num_starts(st);
  vs_small_num_starts(st);
  vs_starts_table(st, zh_rel_years, NELEM(zh_rel_years));
  vs_starts_list(st, first, NELEM(first));
  vs_starts_list(st, before, NELEM(before));
  vs_starts_table(st, zh_rel_days, NELEM(zh_rel_days));
  vs_starts_table(st, zh_week_prefix, NELEM(zh_week_prefix));
  vs_starts_table(st, zh_rel_months, NELEM(zh_rel_months));
}
