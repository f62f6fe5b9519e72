/* values_date_en.c: dates written in English: july 31, 2025; 31 july; 2025-07-31;
 * in 2023; q3; the second quarter of 2025; early 2024; the end of last year;
 * this summer; last week; thursday; two weeks ago. Reads from one start in a
 * sentence, returns where the date ends and writes it through values_date.c;
 * O(length of the date), a bounded look at the word before. */
#include <string.h>

#include "values_scan.h"

static const vs_entry months_full[] = {
    {"january", 1, NULL},   {"february", 2, NULL}, {"march", 3, NULL},     {"april", 4, NULL},
    {"may", 5, NULL},       {"june", 6, NULL},     {"july", 7, NULL},      {"august", 8, NULL},
    {"september", 9, NULL}, {"october", 10, NULL}, {"november", 11, NULL}, {"december", 12, NULL},
};
static vs_firsts months_full_first;
static const vs_entry months_abbr[] = {
    {"jan", 1, NULL},  {"feb", 2, NULL},  {"mar", 3, NULL},  {"apr", 4, NULL},
    {"jun", 6, NULL},  {"jul", 7, NULL},  {"aug", 8, NULL},  {"sep", 9, NULL},
    {"sept", 9, NULL}, {"oct", 10, NULL}, {"nov", 11, NULL}, {"dec", 12, NULL},
};
static vs_firsts months_abbr_first;
static const vs_entry weekdays_en[] = {
    {"monday", 0, NULL}, {"tuesday", 1, NULL},  {"wednesday", 2, NULL}, {"thursday", 3, NULL},
    {"friday", 4, NULL}, {"saturday", 5, NULL}, {"sunday", 6, NULL},
};
static vs_firsts weekdays_en_first;
static const vs_entry ordinals_en[] = {
    {"first", 1, NULL}, {"second", 2, NULL}, {"third", 3, NULL}, {"fourth", 4, NULL},
    {"1st", 1, NULL},   {"2nd", 2, NULL},    {"3rd", 3, NULL},   {"4th", 4, NULL},
};
static vs_firsts ordinals_en_first;
/* Words after which a bare four-digit number is a year ("in 2023"). */
static const char *const year_cues[] = {
    "in",      "since",      "by",   "until", "till", "of",  "from", "during",  "before", "after",
    "through", "throughout", "year", "early", "late", "mid", "and",  "between", "years",
};
/* Phrases after which one is too ("as early as 2028"; "as many as 2000"
 * stays a count); so is one before " model year" ("the 2030 model year"). */
static const char *const year_phrases[] = {"as early as ", "as late as ", "as soon as "};
/* A year between a determiner and the act or text it dates ("violated a
 * 2017 settlement", "the 2020 deal", "its 2022 rules"), as 2017年和解协议
 * reads in Chinese; "the 2000 tools" stays a count, and a measure named
 * by its year ("the 2025 tariffs") no date (tests/values/negatives.tsv). */
static const char *const year_determiners[] = {"a",   "an",  "the",  "its", "their",
                                               "his", "her", "this", "that"};
static const char *const dated_nouns[] = {
    "settlement",    "deal",   "agreement", "accord",   "law",      "act",        "rule",       "rules",
    "order",         "ban",    "plea",      "truce",    "election", "ruling",     "decision",   "probe",
    "investigation", "summit", "talks",     "guidance", "statute",  "regulation", "regulations"};

/* Is the word at i one of dated_nouns? */
static int dated_noun(const vs_scan *s, size_t i) {
  for (size_t k = 0; k < NELEM(dated_nouns); k++)
    if (dated_nouns[k][0] == at(s, i) && word(s, i, dated_nouns[k])) return 1;
  return 0;
}
/* Words after which q3, 2025 or "the second quarter" is a fiscal period, not a date. */
static const char *const fiscal[] = {"fiscal", "fy"};
/* Words after which "may" and "march" are months rather than verbs. */
static const char *const month_cues[] = {
    "in",    "since", "by",  "until", "till", "from", "during", "before", "after",     "through",
    "early", "late",  "mid", "of",    "last", "next", "this",   "end",    "beginning", "start",
};

int vs_month_cue_before(const vs_scan *s, size_t i) {
  return prev_word_in(s, i, month_cues, NELEM(month_cues));
}

/* A month name at i, full or abbreviated ("aug.", "sept"). */
static size_t month_word(const vs_scan *s, size_t i, int *m, int *full) {
  const vs_entry *h = NULL;
  size_t e;
  if ((e = table(s, i, months_full, NELEM(months_full), 1, &h, &months_full_first))) {
    *full = 1;
  } else if ((e = table(s, i, months_abbr, NELEM(months_abbr), 1, &h, &months_abbr_first))) {
    *full = 0;
    if (at(s, e) == '.') e++;
  } else {
    return 0;
  }
  *m = (int)h->v;
  return e;
}

/* A four-digit year 1900..2100 standing alone at i. */
static size_t year_word(const vs_scan *s, size_t i, int *y) {
  size_t e = vs_year_num(s, i, y);
  if (!e || !is_digit(at(s, i)) || is_alnum(at(s, e)) || *y < 1900 || *y > 2100) return 0;
  if (at(s, e) == '-' && is_digit(at(s, e + 1))) return 0; /* 2024-25: a span, not a year */
  return e;
}

/* A day of the month at i: 1..31, optionally 31st. */
static size_t day_word(const vs_scan *s, size_t i, int *d) {
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
static size_t year_target(const vs_scan *s, size_t i, int *y, int *rel) {
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
static size_t after_month(const vs_scan *s, size_t i, cd_value *v, int m, int full, size_t start) {
  size_t g = gap(s, i), e, f;
  int d, y;
  if (g && (e = day_word(s, g, &d))) {
    f = at(s, e) == ',' ? gap(s, e + 1) : gap(s, e);
    if (f && (f = year_word(s, f, &y))) return vs_put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, start, f);
    return vs_put_cal(v, s, CD_DATE_DAY, 0, 0, m, 0, d, start, e);
  }
  if (g && (e = year_word(s, g, &y))) return vs_put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, start, e);
  if (!full) return 0;
  /* "may" and "march" are verbs too: alone they need a cue ("in may") */
  if ((m == 5 || m == 3) && !vs_month_cue_before(s, start)) return 0;
  return vs_put_cal(v, s, CD_DATE_MONTH, 0, 0, m, 0, 0, start, i);
}

/* early/late/mid or end/beginning of: a year, this year, a month, or
 * the month (the document's: "at the end of the month"). */
static size_t part_of(const vs_scan *s, size_t i, cd_value *v, int m1, int m2, size_t start) {
  size_t e, g;
  int y, rel, m, full;
  if ((e = year_target(s, i, &y, &rel))) return vs_put_cal(v, s, CD_DATE_PART, y, rel, m1, m2, 0, start, e);
  if (((e = word(s, i, "this")) || (e = word(s, i, "the"))) && (g = gap(s, e)) && (e = word(s, g, "month")))
    return vs_put_rel_month(v, s, 0, start, e);
  if ((e = month_word(s, i, &m, &full)) && full) {
    size_t f;
    g = gap(s, e);
    if (g && (f = year_word(s, g, &y))) return vs_put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, start, f);
    return vs_put_cal(v, s, CD_DATE_MONTH, 0, 0, m, 0, 0, start, e);
  }
  return 0;
}

/* Does "no. N of " (or "no N of ", "number N of ") end at i: the year
 * after it is part of a document's number ("Announcement No. 13 of 2025",
 * "Order No. 19 of 2025"), as 2025年第13号 is? O(digits). */
static int doc_number_before(const vs_scan *s, size_t i) {
  size_t d;
  if (i < 4 || memcmp(s->p + i - 4, " of ", 4)) return 0;
  for (d = i - 4; d > 0 && is_digit(at(s, d - 1));) d--;
  if (d == i - 4) return 0;
  return (d >= 4 && !memcmp(s->p + d - 4, "no. ", 4)) || (d >= 3 && !memcmp(s->p + d - 3, "no ", 3)) ||
         (d >= 7 && !memcmp(s->p + d - 7, "number ", 7));
}

/* " of 2025", " 2025", " of this year" or nothing after a quarter or half. */
static size_t part_year(const vs_scan *s, size_t i, int *y, int *rel) {
  size_t g = gap(s, i), e, f;
  *y = 0;
  *rel = 0;
  if (!g) return i;
  if ((e = year_target(s, g, y, rel))) return e;
  if ((e = word(s, g, "of")) && (f = gap(s, e)) && (e = year_target(s, f, y, rel))) return e;
  return i;
}

static size_t match_date_digits(const vs_scan *s, size_t i, cd_value *v) {
  size_t j = i, e, g;
  int y, m, d, full;
  /* 2025-07-31, 2025/07/31, 2025-07 */
  if (vs_year_num(s, i, &y) == i + 4 && (at(s, i + 4) == '-' || at(s, i + 4) == '/') &&
      is_digit(at(s, i + 5)) && is_digit(at(s, i + 6)) && !is_digit(at(s, i + 7))) {
    int sep = at(s, i + 4);
    m = (at(s, i + 5) - '0') * 10 + at(s, i + 6) - '0';
    j = i + 7;
    if (at(s, j) == sep && is_digit(at(s, j + 1)) && is_digit(at(s, j + 2)) && !is_alnum(at(s, j + 3))) {
      d = (at(s, j + 1) - '0') * 10 + at(s, j + 2) - '0';
      return vs_put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, i, j + 3);
    }
    if (sep == '-' && !is_alnum(at(s, j)) && m >= 1 && m <= 12)
      return vs_put_cal(v, s, CD_DATE_MONTH, y, 0, m, 0, 0, i, j);
    return 0;
  }
  /* 31 july 2025 */
  if ((e = day_word(s, i, &d)) && (g = gap(s, e)) && (e = month_word(s, g, &m, &full))) {
    size_t f = gap(s, e);
    if (f && (f = year_word(s, f, &y))) return vs_put_cal(v, s, CD_DATE_DAY, y, 0, m, 0, d, i, f);
    return vs_put_cal(v, s, CD_DATE_DAY, 0, 0, m, 0, d, i, e);
  }
  /* "in 2023": a bare four-digit number is a year only after a cue, and
   * not in a document's number ("Announcement No. 13 of 2025"); "in
   * fiscal 2024", "fiscal year 2024" are the year the label names, as
   * 2024财年 is (a fiscal quarter is no calendar one: above) */
  if ((e = year_word(s, i, &y)) && !doc_number_before(s, i) &&
      (prev_word_in(s, i, fiscal, NELEM(fiscal)) || ends_with(s, i, "fiscal year ") ||
       prev_word_in(s, i, year_cues, NELEM(year_cues)) ||
       prev_is_any(s, i, year_phrases, NELEM(year_phrases)) || lit(s, e, " model year") ||
       (at(s, e) == ' ' && dated_noun(s, e + 1) &&
        prev_word_in(s, i, year_determiners, NELEM(year_determiners)))))
    return vs_put_cal(v, s, CD_DATE_YEAR, y, 0, 0, 0, 0, i, e);
  return 0;
}

/* "two weeks ago", "3 days ago", "a year ago": up to 99 units back. */
static size_t en_ago(const vs_scan *s, size_t i, cd_value *v) {
  static const vs_entry units[] = {
      /* v: vs_put_ago's unit */
      {"day", 0, NULL},    {"days", 0, NULL}, {"week", 1, NULL},  {"weeks", 1, NULL},  {"month", 2, NULL},
      {"months", 2, NULL}, {"year", 3, NULL}, {"years", 3, NULL}, {"decade", 4, NULL}, {"decades", 4, NULL},
  };
  const vs_entry *h = NULL;
  size_t j = i, e, g;
  int n = 0;
  double w;
  /* where no "ago" follows i (vs_ago_at), none ends a date here: asked
     before the words are read, and after a number's digits and gap */
  if (is_digit(at(s, j))) {
    while (is_digit(at(s, j)) && j - i < 3) n = n * 10 + at(s, j++) - '0';
    if (j - i > 2 || is_alnum(at(s, j))) return 0;
  } else {
    if (vs_ago_at(s) <= i + 1) return 0;
    if ((j = word(s, i, "a")) || (j = word(s, i, "an")))
      n = 1;
    else if ((j = vs_en_below_hundred(s, i, &w)))
      n = (int)w;
    else
      return 0;
  }
  if (n < 1 || !(g = gap(s, j)) || vs_ago_at(s) <= i + 1 ||
      !(e = table(s, g, units, NELEM(units), 1, &h, NULL)) || !(g = gap(s, e)) || !(e = word(s, g, "ago")))
    return 0;
  if (h->v == 4) return vs_put_ago(v, s, 3, n * 10, i, e); /* decades: ten years each */
  return vs_put_ago(v, s, (int)h->v, n, i, e);
}

/* Seasons: spring, summer, autumn or fall, northern and meteorological (see
 * zh_seasons; winter is left out). v: first month. */
static const vs_entry seasons_en[] = {
    {"spring", 3, NULL},
    {"summer", 6, NULL},
    {"autumn", 9, NULL},
    {"fall", 9, NULL},
};
static vs_firsts seasons_en_first;

/* A season named at i ("in the summer", "summer 2024", "spring of this
 * year"): as a verb or a name (shares fall, the arab spring, the spring
 * festival) the word needs a year after it or a cue before it. have_rel
 * says "this", "last" or "next" came before it, off years from the
 * document's; the value then starts at start. */
static size_t season(const vs_scan *s, size_t i, cd_value *v, size_t start, int have_rel, int off) {
  static const char *const cues[] = {"in", "during", "by", "since", "until", "through", "over"};
  static const char *const the[] = {"the"};
  static const char *const not_after[] = {"festival", "break", "semester", "term",  "session",
                                          "school",   "camp",  "olympics", "games", "collection"};
  const vs_entry *h = NULL;
  size_t e, f, g;
  int y, rel, m;
  if (!(e = table(s, i, seasons_en, NELEM(seasons_en), 1, &h, &seasons_en_first))) return 0;
  m = (int)h->v;
  if (have_rel) return vs_put_cal(v, s, CD_DATE_PART, off, 1, m, m + 2, 0, start, e);
  if ((g = gap(s, e)) && (f = year_target(s, g, &y, &rel)))
    return vs_put_cal(v, s, CD_DATE_PART, y, rel, m, m + 2, 0, start, f);
  if (g && (f = word(s, g, "of")) && (g = gap(s, f)) && (f = year_target(s, g, &y, &rel)))
    return vs_put_cal(v, s, CD_DATE_PART, y, rel, m, m + 2, 0, start, f);
  for (size_t k = 0; g && k < NELEM(not_after); k++)
    if (word(s, g, not_after[k])) return 0;
  if (prev_word_in(s, i, cues, NELEM(cues)))
    return vs_put_cal(v, s, CD_DATE_PART, 0, 0, m, m + 2, 0, start, e);
  if (prev_word_in(s, i, the, NELEM(the))) {
    /* "in the summer": the word before "the" must be a cue too */
    size_t b = i;
    while (b > 0 && i - b < MAX_GAP && s->p[b - 1] == ' ') b--;
    if (b >= 3 && prev_word_in(s, b - 3, cues, NELEM(cues)))
      return vs_put_cal(v, s, CD_DATE_PART, 0, 0, m, m + 2, 0, start, e);
  }
  return 0;
}

/* A weekday that names its calendar day ("Thursday, May 29", "on
 * Thursday May 29"): the date as written, the weekday part of it (no
 * day reckoned from the article's: values.h `relative`). The weekday
 * ends at e; the date into v, its end in v->span.end. A month word must
 * follow: no weekday reaches another. */
static int weekday_dated(const vs_scan *s, size_t i, size_t e, cd_value *v) {
  size_t g = at(s, e) == ',' ? gap(s, e + 1) : gap(s, e), f;
  int m, full;
  cd_value w;
  memset(&w, 0, sizeof w);
  if (!g || !(f = month_word(s, g, &m, &full)) || !(f = after_month(s, f, &w, m, full, i)) ||
      w.precision != CD_DATE_DAY || w.unresolved)
    return 0;
  *v = w;
  v->span.end = (uint32_t)f;
  return 1;
}

static const vs_entry rel_words[] = {
    /* v: offset in the unit that follows */
    {"last", -1, NULL},
    {"this", 0, NULL},
    {"next", 1, NULL},
};
static vs_firsts rel_words_first;

/* Does the possessive after a day word at e ("today's", "yesterday's")
 * mean now rather than a day: words follow it and neither of the next
 * two names an event ("today's mainstream LFP", "today's chips" against
 * "today's announcement", "yesterday's surprise decision", "today's 3%
 * gain")? */
static int possessive_now(const vs_scan *s, size_t e) {
  /* besides the acts a year dates (dated_noun) */
  static const char *const events[] = {
      "announcement", "meeting", "statement", "vote",    "session", "move",    "hearing",  "close",
      "trading",      "report",  "sale",      "auction", "launch",  "signing", "briefing", "deadline",
      "call",         "visit",   "speech",    "news",    "filing",  "notice",  "release",  "data"};
  size_t k = at(s, e) == '\''                                                   ? e + 1
             : at(s, e) == 0xE2 && at(s, e + 1) == 0x80 && at(s, e + 2) == 0x99 ? e + 3
                                                                                : 0;
  size_t g;
  if (!k || at(s, k) != 's' || is_alnum(at(s, k + 1)) || !(g = gap(s, k + 1)) || !is_alpha(at(s, g)))
    return 0;
  for (int n = 0; n < 2; n++) {
    size_t w = g;
    if (dated_noun(s, g)) return 0;
    for (size_t x = 0; x < NELEM(events); x++)
      if (word(s, g, events[x])) return 0;
    while (is_alpha(at(s, w)) || at(s, w) == '-') w++;
    if (!(g = gap(s, w)) || !is_alpha(at(s, g))) break;
  }
  return 1;
}

/* yesterday, today, thursday; last week, this month, next year, last
 * thursday, this summer; earlier this month, later this year. */
static size_t en_relative(const vs_scan *s, size_t i, cd_value *v) {
  const vs_entry *h = NULL;
  size_t e, g, f;

  if ((e = word(s, i, "yesterday"))) return possessive_now(s, e) ? 0 : vs_put_rel_day(v, s, -1, i, e);
  if ((e = word(s, i, "tomorrow"))) return possessive_now(s, e) ? 0 : vs_put_rel_day(v, s, 1, i, e);
  if ((e = word(s, i, "today")) || (e = word(s, i, "tonight"))) {
    static const char *const usa[] = {"usa"}; /* USA Today, the newspaper */
    return prev_word_in(s, i, usa, NELEM(usa)) || possessive_now(s, e) ? 0 : vs_put_rel_day(v, s, 0, i, e);
  }
  if ((e = table(s, i, weekdays_en, NELEM(weekdays_en), 1, &h, &weekdays_en_first)))
    return weekday_dated(s, i, e, v) ? v->span.end : vs_put_weekday(v, s, (int)h->v, 2, i, e);
  /* last week, this month, next year, last thursday */
  if ((e = table(s, i, rel_words, NELEM(rel_words), 1, &h, &rel_words_first)) && (g = gap(s, e))) {
    int off = (int)h->v;
    const vs_entry *wd = NULL;
    if ((f = word(s, g, "week"))) return vs_put_rel_week(v, s, off, -1, i, f);
    if ((f = word(s, g, "month"))) return vs_put_rel_month(v, s, off, i, f);
    if ((f = word(s, g, "year"))) return vs_put_cal(v, s, CD_DATE_YEAR, off, 1, 0, 0, 0, i, f);
    if ((f = season(s, g, v, i, 1, off))) return f;
    if ((f = table(s, g, weekdays_en, NELEM(weekdays_en), 1, &wd, &weekdays_en_first)))
      return off == 0 ? vs_put_rel_week(v, s, 0, (int)wd->v, i, f)
                      : vs_put_weekday(v, s, (int)wd->v, off, i, f);
    return 0;
  }
  /* earlier this month, later this year */
  if (((e = word(s, i, "earlier")) || (e = word(s, i, "later"))) && (g = gap(s, e)) &&
      (e = word(s, g, "this")) && (g = gap(s, e))) {
    if ((f = word(s, g, "week"))) return vs_put_rel_week(v, s, 0, -1, i, f);
    if ((f = word(s, g, "month")))
      return s->p[i] == 'e' ? vs_put_early_this_month(v, s, i, f) : vs_put_rel_month(v, s, 0, i, f);
    if ((f = word(s, g, "year"))) return vs_put_cal(v, s, CD_DATE_YEAR, 0, 1, 0, 0, 0, i, f);
    return 0;
  }
  return 0;
}

/* A number of months below a year at i: 2 to 11 in digits or words
 * ("the first 10 months", "the first nine months"); the index after it. */
static size_t month_count(const vs_scan *s, size_t i, int *n) {
  size_t e = i;
  double w;
  if (is_digit(at(s, i))) {
    *n = 0;
    while (is_digit(at(s, e)) && e - i < 2) *n = *n * 10 + at(s, e++) - '0';
  } else if ((e = vs_en_unit_word(s, i, 1, &w))) {
    *n = (int)w;
  }
  return e > i && !is_alnum(at(s, e)) && *n >= 2 && *n <= 11 ? e : 0;
}

static const vs_entry parts[] = {
    {"early", 1, NULL},
    {"mid", 5, NULL},
    {"late", 9, NULL},
};
static vs_firsts parts_first;

/* A part of a year, or a month under a part: early 2024, late last year,
 * mid-2024, late july; the end of 2023, the beginning of this year; the
 * second quarter of 2025, the first half. */
static size_t en_part(const vs_scan *s, size_t i, cd_value *v) {
  const vs_entry *h = NULL;
  size_t e, g, f;
  int y, rel;

  /* early 2024, late last year, mid-2024, late july */
  if ((e = table(s, i, parts, NELEM(parts), 1, &h, &parts_first))) {
    g = at(s, e) == '-' ? e + 1 : gap(s, e);
    return g ? part_of(s, g, v, (int)h->v, (int)h->v + 3, i) : 0;
  }
  /* the end of 2023, the beginning of this year */
  if ((e = word(s, i, "end")) || (e = word(s, i, "beginning")) || (e = word(s, i, "start"))) {
    int end = s->p[i] == 'e';
    if ((g = gap(s, e)) && (e = word(s, g, "of")) && (g = gap(s, e)))
      return part_of(s, g, v, end ? 10 : 1, end ? 12 : 3, i);
    return 0;
  }
  /* the second quarter of 2025, the first half; the first 10 months of
   * the year */
  if ((e = table(s, i, ordinals_en, NELEM(ordinals_en), 1, &h, &ordinals_en_first))) {
    int n = (int)h->v, k;
    g = at(s, e) == '-' ? e + 1 : gap(s, e);
    if (!g || prev_word_in(s, i, fiscal, NELEM(fiscal))) return 0;
    /* with its year only: "the first two months" alone may be anyone's */
    if (n == 1 && (f = month_count(s, g, &k)) && (f = gap(s, f)) && (f = word(s, f, "months")) &&
        (e = part_year(s, f, &y, &rel)) > f)
      return vs_put_cal(v, s, CD_DATE_PART, y, rel, 1, k, 0, i, e);
    if ((f = word(s, g, "quarter"))) {
      e = part_year(s, f, &y, &rel);
      return vs_put_cal(v, s, CD_DATE_PART, y, rel, 3 * n - 2, 3 * n, 0, i, e);
    }
    if (n <= 2 && (f = word(s, g, "half"))) {
      int m, full;
      /* the second half of August is August's: the month stands alone */
      if ((g = gap(s, f)) && (g = word(s, g, "of")) && (g = gap(s, g)) && month_word(s, g, &m, &full))
        return 0;
      e = part_year(s, f, &y, &rel);
      return vs_put_cal(v, s, CD_DATE_PART, y, rel, n == 1 ? 1 : 7, n == 1 ? 6 : 12, 0, i, e);
    }
    return 0;
  }
  return 0;
}

static size_t en_date(const vs_scan *s, size_t i, cd_value *v);

/* A span of dates: "between October 2024 and January 2025" (the first
 * end read up to e into v). v becomes the days from the first's start to
 * the second's end, below month precision (CD_DATE_PART) as 2024年10月至
 * 2025年1月 is: an event "between October and January" is not dated
 * January. Only after "between": "from March to May" may be a move.
 * Returns where the date ends. */
static size_t en_span(const vs_scan *s, size_t i, size_t e, cd_value *v) {
  static const char *const between[] = {"between"};
  cd_value w;
  size_t c, f;
  if (!e || v->unresolved || !prev_word_in_few(s, i, between, 1) || !(c = lit(s, e, " and "))) return e;
  memset(&w, 0, sizeof w);
  if (!(f = en_date(s, c, &w)) || w.unresolved || w.hi < v->lo) return e;
  v->hi = w.hi;
  v->stretch = v->precision >= CD_DATE_MONTH && w.precision >= CD_DATE_MONTH;
  v->precision = CD_DATE_PART;
  return f;
}

/* The day or month that ends a fiscal year ("the fiscal year ended Jan.
 * 26", "in the financial year ending March"): the year before it, a
 * stretch of twelve months that "last year" or 2024 meets, as 截至1月26日
 * 的财年 reads (values_date_zh.c). */
static size_t fiscal_end(const vs_scan *s, size_t i, size_t e, cd_value *v) {
  static const char *const ended[] = {"fiscal year ended ",      "fiscal year ending ",
                                      "financial year ended ",   "financial year ending ",
                                      "fiscal year that ended ", "fiscal year through "};
  /* each ends in "ended ", "ending " or "through ": those first, literals */
  if (!e || v->unresolved || v->precision < CD_DATE_MONTH ||
      !(ends_with(s, i, "ended ") || ends_with(s, i, "ending ") || ends_with(s, i, "through ")) ||
      !prev_is_any(s, i, ended, NELEM(ended)))
    return e;
  v->lo = v->hi - 365;
  v->precision = CD_DATE_PART;
  v->stretch = 0;
  return e;
}

size_t vs_match_date_en(const vs_scan *s, size_t i, cd_value *v) {
  return fiscal_end(s, i, en_span(s, i, en_date(s, i, v), v), v);
}

/* The lower-case first letters of the words season, en_relative, en_part
 * and month_word start with, a bit each ('a' is bit 0; set in
 * vs_date_en_index, read only after): en_date tries a step only at a
 * letter one of its words starts with (most starts are "a", "one" ...). */
static uint32_t season_letters, relative_letters, part_letters, month_letters;

static uint32_t letter_bit(int c) {
  return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 0;
}

static uint32_t letters_of_table(const vs_entry *t, size_t n) {
  uint32_t m = 0;
  for (size_t k = 0; k < n; k++) m |= letter_bit((unsigned char)t[k].w[0]);
  return m;
}

static uint32_t letters_of_list(const char *const *w, size_t n) {
  uint32_t m = 0;
  for (size_t k = 0; k < n; k++) m |= letter_bit((unsigned char)w[k][0]);
  return m;
}

/* One English date at i (no span): the English date grammar, one step
 * per way a date starts. The steps after the digits start with different
 * words (q3; yesterday, last, earlier; early, end, second; a month name),
 * so a step that turns its first word down leaves nothing for the later
 * ones. */
static size_t en_date(const vs_scan *s, size_t i, cd_value *v) {
  size_t e;
  int m, full, y, rel, q;
  uint32_t first;

  if ((e = en_ago(s, i, v))) return e;
  if (is_digit(at(s, i))) return match_date_digits(s, i, v);
  if (!is_alpha(at(s, i))) return 0;
  first = letter_bit(at(s, i));
  if ((first & season_letters) && (e = season(s, i, v, i, 0, 0))) return e;

  /* q3, q3 2025 */
  if (at(s, i) == 'q' && at(s, i + 1) >= '1' && at(s, i + 1) <= '4' && !is_alnum(at(s, i + 2))) {
    if (prev_word_in(s, i, fiscal, NELEM(fiscal))) return 0;
    q = at(s, i + 1) - '0';
    e = part_year(s, i + 2, &y, &rel);
    return vs_put_cal(v, s, CD_DATE_PART, y, rel, 3 * q - 2, 3 * q, 0, i, e);
  }
  if ((first & relative_letters) && (e = en_relative(s, i, v))) return e;
  if ((first & part_letters) && (e = en_part(s, i, v))) return e;
  if ((first & month_letters) && (e = month_word(s, i, &m, &full))) return after_month(s, e, v, m, full, i);
  return 0;
}

void vs_date_en_index(void) {
  /* the words en_relative and en_part read at i besides their tables' */
  static const char *const relative_words[] = {"yesterday", "tomorrow", "today",
                                               "tonight",   "earlier",  "later"};
  static const char *const part_words[] = {"end", "beginning", "start"};
  season_letters = letters_of_table(seasons_en, NELEM(seasons_en));
  relative_letters = letters_of_table(weekdays_en, NELEM(weekdays_en)) |
                     letters_of_table(rel_words, NELEM(rel_words)) |
                     letters_of_list(relative_words, NELEM(relative_words));
  part_letters = letters_of_table(parts, NELEM(parts)) | letters_of_table(ordinals_en, NELEM(ordinals_en)) |
                 letters_of_list(part_words, NELEM(part_words));
  month_letters =
      letters_of_table(months_full, NELEM(months_full)) | letters_of_table(months_abbr, NELEM(months_abbr));
  vs_firsts_of(&months_abbr_first, months_abbr, NELEM(months_abbr));
  vs_firsts_of(&months_full_first, months_full, NELEM(months_full));
  vs_firsts_of(&ordinals_en_first, ordinals_en, NELEM(ordinals_en));
  vs_firsts_of(&parts_first, parts, NELEM(parts));
  vs_firsts_of(&rel_words_first, rel_words, NELEM(rel_words));
  vs_firsts_of(&seasons_en_first, seasons_en, NELEM(seasons_en));
  vs_firsts_of(&weekdays_en_first, weekdays_en, NELEM(weekdays_en));
}

/* Where vs_match_date_en can start, en_date's steps in turn: en_ago (a
 * digit, a, an, a number word), match_date_digits (a digit), season
 * (seasons_en), q3 (q), en_relative (yesterday, tomorrow, today,
 * tonight, weekdays_en, rel_words, earlier, later), en_part (parts, end,
 * beginning, start, ordinals_en) and month_word (months_full,
 * months_abbr). */
void vs_date_en_starts(vs_starts *st) {
  static const char *const first[] = {"q",       "yesterday", "tomorrow", "today",     "tonight",
                                      "earlier", "later",     "end",      "beginning", "start"};
  /* "a" and "an" start en_ago's "a year ago" only: with a gap (a space or a
     tab, then maybe another) and a unit, day, week, month or year; so they
     register with what may follow them, and "a company" tries no date */
  static const char *const articles[] = {"a d",  "a w",  "a m",  "a y",  "a  ",  "a \t",  "a\t",
                                         "an d", "an w", "an m", "an y", "an  ", "an \t", "an\t"};
  vs_starts_digits(st);
  vs_starts_list(st, articles, NELEM(articles));
  vs_en_unit_word_starts(st, "");
  vs_starts_list(st, first, NELEM(first));
  vs_starts_table(st, seasons_en, NELEM(seasons_en));
  vs_starts_table(st, weekdays_en, NELEM(weekdays_en));
  vs_starts_table(st, rel_words, NELEM(rel_words));
  vs_starts_table(st, parts, NELEM(parts));
  vs_starts_table(st, ordinals_en, NELEM(ordinals_en));
  vs_starts_table(st, months_full, NELEM(months_full));
  vs_starts_table(st, months_abbr, NELEM(months_abbr));
}
