/* values_date.c: what the Chinese and English date grammars share: writing
 * a date into a cd_value (a calendar date at its precision, or one relative
 * to the document date: last week, 三天前, thursday; "earlier this month"
 * near a month boundary as a span over both months), and the small numbers
 * dates are written with (a four-digit year, a day or month 1..99, also in
 * Chinese numerals); and vs_match_date, the date grammar of the kind table
 * (Chinese, then English). Every function is O(1) or reads a few bytes. */
#include "values_scan.h"

#include "calendar.h"

#include <assert.h>

/* ---- Writing dates ----------------------------------------------------- */

static void set_cue(cd_value *v, const vs_scan *s, size_t a, size_t b) {
  size_t n = b - a;
  if (n > CD_VALUE_CUE_MAX) {
    n = CD_VALUE_CUE_MAX;
    while (n > 0 && ((unsigned char)s->p[a + n] & 0xC0) == 0x80) n--; /* whole characters */
  }
  v->cue = s->p + a;              /* borrowed: the value lives with the text (values.h) */
  v->cue_len = (unsigned)n & 31u; /* n <= CD_VALUE_CUE_MAX */
}

void vs_put_days(cd_value *v, cd_date_precision p, long lo, long hi) {
  int y, m, d;
  cd_calendar_civil(lo, &y, &m, &d);
  v->kind = CD_VALUE_DATE;
  v->precision = p;
  v->num = (double)lo;
  v->lo = (double)lo;
  v->hi = (double)hi;
  v->year = (short)y; /* a year of four digits at most */
  v->month = p == CD_DATE_YEAR || p == CD_DATE_PART ? 0 : m;
  v->day = p == CD_DATE_DAY || p == CD_DATE_WEEK ? d : 0;
}

/* A date that needs the document date, which we do not have: kept, never
 * compared. The cue is the text itself for relative dates ("thursday",
 * "上周四"); year-less calendar dates keep their month and day instead. */
size_t vs_put_unresolved(cd_value *v, const vs_scan *s, cd_date_precision p, int m, int d, size_t a, size_t b,
                         int cue) {
  v->kind = CD_VALUE_DATE;
  v->precision = p;
  v->unresolved = 1;
  v->relative = cue; /* a cue is reckoned from a date we lack */
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
 * "on Oct. 1" in a September article is ahead), or FUTURE_DAYS_TOLD where
 * the clause tells it as to come (future_before). Returns b, or 0 when the
 * day does not exist. */
#define FUTURE_DAYS_MAX 122 /* about four months */
#define PAST_WINDOW     48  /* bytes looked back for a past-tense mark (past_before) */
/* told as to come (将于12月初作出终裁, "is scheduled to rule in early
 * December"): a reading ahead up to about ten months, the nearest still
 * winning */
#define FUTURE_DAYS_TOLD 300

static int future_before(const vs_scan *s, size_t i);

/* Does the clause before i tell of the past: an auxiliary of the past
 * ("was added in December", "had said in March"), 已于 / 曾于 / 早在, or
 * a verb in the past right before the date and its preposition ("added
 * in December", "said on Dec. 5"; not "expected in December")? Then a
 * month or day named alone is the last one, never one ahead. Looks back
 * PAST_WINDOW bytes, to the last clause mark. Closed classes. */
static const char *const past_marks[] = {" was ", " were ", " had ", " has been ", " have been ",
                                         "已于",  "已在",   "曾于",  "早在"};
static const char *const past_breaks[] = {",", ";", ".", ":", "，", "；", "。", "："};

/* Does none of words end in an ASCII letter or digit? (may_end_mark) */
static int none_ends_alnum(const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (is_alnum((unsigned char)words[k][strlen(words[k]) - 1])) return 0;
  return 1;
}

/* The last bytes of the marks and breaks of past_before and of
 * future_before, 1 for each (set in vs_date_index, read only after): a
 * window is mostly letters and the middles of characters, passed by with
 * one load each. */
static unsigned char past_lasts[256], future_lasts[256];

static void lasts_add(unsigned char *lasts, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++) lasts[(unsigned char)words[k][strlen(words[k]) - 1]] = 1;
}

/* Can a mark or break of past_before or future_before (lasts: its last
 * bytes) end at j (0 < j <= len)? None ends in a letter or digit
 * (vs_date_index), and each is whole characters, so none ends inside one
 * (the text is valid UTF-8). */
static int may_end_mark(const vs_scan *s, size_t j, const unsigned char *lasts) {
  return lasts[(unsigned char)s->p[j - 1]] && (at(s, j) & 0xC0) != 0x80;
}

/* The words of past_marks, past_breaks, future_marks and future_breaks
 * by how they end, so that past_before and future_before compare at j only
 * those that may end there (set in vs_date_index, read only after): bit k
 * of tail[h] for word k of three bytes or more whose last three hash to h
 * (ending_hash), bit k of last[c] for a shorter one ending in byte c. A
 * set bit may be another's: it only costs a compare. In English a space
 * ends every mark: its last byte alone would let every word through. */
typedef struct {
  uint32_t tail[256];
  uint32_t last[256];
} endings;

static endings past_mark_ends, past_break_ends, future_mark_ends, future_break_ends;

static unsigned ending_hash(unsigned c0, unsigned c1, unsigned c2) {
  return (c0 * 961u + c1 * 31u + c2) & 255u;
}

/* Indexes words (at most 32) into x. */
static void endings_add(endings *x, const char *const *words, size_t n) {
  assert(n <= 32);
  for (size_t k = 0; k < n; k++) {
    const unsigned char *w = (const unsigned char *)words[k];
    size_t l = strlen(words[k]);
    if (l < 3)
      x->last[w[l - 1]] |= 1u << k;
    else
      x->tail[ending_hash(w[l - 3], w[l - 2], w[l - 1])] |= 1u << k;
  }
}

/* The words of x that may end at j (j > 0), a bit each. */
static uint32_t endings_at(const endings *x, const char *p, size_t j) {
  const unsigned char *q = (const unsigned char *)p;
  uint32_t m = x->last[q[j - 1]];
  return j < 3 ? m : m | x->tail[ending_hash(q[j - 3], q[j - 2], q[j - 1])];
}

/* Does the text before j end with one of the words of l whose bits are
 * in m? */
static int ends_with_some(const vs_scan *s, size_t j, const vs_words *l, uint32_t m) {
  for (; m; m &= m - 1) {
    unsigned k = (unsigned)__builtin_ctz(m);
    if (ends_with_n(s, j, l->w[k], l->lens[k])) return 1;
  }
  return 0;
}

/* Verbs before a date that say it is past, and the words that make a
 * past participle a plan (past_before). */
static const char *const past_irregular[] = {
    " said", " told", " met",   " took",  " made", " began", " held", " sold",   " bought", " paid",
    " lost", " won",  " spoke", " wrote", " gave", " came",  " went", " became", " left",   " put"};
/* "until", "pending": what a past act waits for may lie ahead ("ordered
 * them held until hearings set for Aug. 12") */
static const char *const past_ahead[] = {"scheduled", "expected", "planned", "slated",
                                         "proposed",  "until",    "pending"};

/* The word lists past_before looks back with, each with its lengths
 * (measured in vs_date_index). */
static size_t past_marks_n[NELEM(past_marks)], past_breaks_n[NELEM(past_breaks)],
    past_irregular_n[NELEM(past_irregular)], past_ahead_n[NELEM(past_ahead)];
static const vs_words past_mark_words = {past_marks, NELEM(past_marks), past_marks_n};
static const vs_words past_break_words = {past_breaks, NELEM(past_breaks), past_breaks_n};
static const vs_words past_irregular_words = {past_irregular, NELEM(past_irregular), past_irregular_n};
static const vs_words past_ahead_words = {past_ahead, NELEM(past_ahead), past_ahead_n};

/* Words that end in "ed" and are no verb in the past (united, hundred),
 * or a past participle of a plan; and the verbs of saying and intent,
 * whose date is not the object's ("said he expects to visit in April"):
 * past_verb_earlier stops at them. Closed classes. */
static const char *const not_past_ed[] = {
    "united",  "limited", "hundred", "related",   "based",     "indeed",        "speed", "need",
    "proceed", "succeed", "exceed",  "advanced",  "detailed",  "unprecedented", "red",   "bed",
    "shed",    "seed",    "feed",    "liquefied", "liquified", "refined"};
static const char *const stop_words[] = {
    "said",  "says", "say",   "told", "tells", "stated", "wrote",   "expects", "expect", "plans", "plan",
    "hopes", "hope", "wants", "want", "aims",  "aim",    "intends", "seeks",   "will",   "would", "to"};

/* The words of stop_words, past_ahead, not_past_ed and past_irregular
 * (without its space), as one set (set in vs_date_index, read only
 * after): a word of the text not in it is none of them, and
 * past_verb_earlier reads no list for it. */
static vs_wordset past_verb_words;

/* Is w[0, n) (n > 0) one of list[0, k)? The first byte first: most words
 * differ there. */
static int word_in(const char *w, size_t n, const char *const *list, size_t k) {
  while (k--)
    if (list[k][0] == w[0] && strlen(list[k]) == n && !memcmp(list[k], w, n)) return 1;
  return 0;
}

/* Is the participle at b one of the present or a plan: "is published",
 * "to be published", "are set"? */
static int present_be_before(const vs_scan *s, size_t b) {
  static const char *const be[] = {" be ", " is ", " are ", " being "};
  for (size_t k = 0; k < NELEM(be); k++)
    if (ends_with(s, b, be[k])) return 1;
  return 0;
}

/* Does a noun phrase open at i: an article, a possessive, or "power" or
 * "office" ("returned to power in January")? The text is case-folded:
 * a name tells nothing here. */
static int noun_phrase_at(const vs_scan *s, size_t i) {
  static const char *const words[] = {"the", "a", "an", "its", "their", "his", "her", "power", "office"};
  size_t e = i;
  while (e < s->len && is_alpha(s->p[e])) e++;
  return e > i && word_in(s->p + i, e - i, words, NELEM(words));
}

/* "opened its investigation into the company in December": a verb in the
 * past earlier in the clause, its object between, the date's preposition
 * at w. Reads whole English words back from w, PAST_WINDOW bytes at most,
 * to the first mark that is not a word (a comma, a quote, a Chinese
 * character); a verb of saying or intent, "will" or "to" before a verb
 * stops it (the date is then the plan's or the speech's). Words ending in
 * "ed" count (not_past_ed aside, and a participle after the present of
 * "be": "is scheduled to be published on Aug. 28"), and past_irregular's. */
static int past_verb_earlier(const vs_scan *s, size_t w) {
  size_t from = w > PAST_WINDOW ? w - PAST_WINDOW : 0,
         next = w; /* next: the word read before, after this one */
  while (w > from) {
    size_t e = w, b;
    while (e > from && s->p[e - 1] == ' ') e--;
    for (b = e; b > from && (is_alpha(s->p[b - 1]) || s->p[b - 1] == '-' || s->p[b - 1] == '\''); b--) {
    }
    if (b == e || (b > 0 && b == from) || (b > 0 && s->p[b - 1] != ' ')) return 0;
    int listed = vs_wordset_may(&past_verb_words, s->p + b, e - b);
    /* "to" before an article, a possessive, "power" or "office" is a
     * preposition ("returned to the White House in January"), no
     * infinitive of a plan */
    if (e - b == 2 && s->p[b] == 't' && s->p[b + 1] == 'o' && noun_phrase_at(s, next)) {
      next = b;
      w = b;
      continue;
    }
    if (listed && (word_in(s->p + b, e - b, stop_words, NELEM(stop_words)) ||
                   word_in(s->p + b, e - b, past_ahead, NELEM(past_ahead))))
      return 0;
    for (size_t k = 0; listed && k < NELEM(past_irregular); k++)
      if (past_irregular[k][1] == s->p[b] && strlen(past_irregular[k]) - 1 == e - b &&
          !memcmp(past_irregular[k] + 1, s->p + b, e - b))
        return 1;
    if (e - b >= 4 && s->p[e - 1] == 'd' && s->p[e - 2] == 'e' &&
        !(listed && word_in(s->p + b, e - b, not_past_ed, NELEM(not_past_ed))))
      return !present_be_before(s, b);
    next = b;
    w = b;
  }
  return 0;
}

/* Does [from, to) hold a plan's words ("had been due to expire on Nov.
 * 29", "was set to take effect", "were detained pending a hearing on Aug.
 * 20"): a past that told of a date ahead? */
static int plan_between(const vs_scan *s, size_t from, size_t to) {
  static const char *const plans[] = {" due to ",        " set to ",     " scheduled to ", " slated to ",
                                      " expected to ",   " planned to ", " poised to ",    " set for ",
                                      " scheduled for ", " slated for ", " until ",        " pending "};
  for (size_t k = 0; k < NELEM(plans); k++) {
    size_t n = strlen(plans[k]);
    for (size_t j = from; j + n <= to; j++)
      if (s->p[j + 1] == plans[k][1] && !memcmp(s->p + j, plans[k], n)) return 1; /* its letter first */
  }
  return 0;
}

static int past_before(const vs_scan *s, size_t i) {
  size_t from = i > PAST_WINDOW ? i - PAST_WINDOW : 0, w = i;
  for (size_t j = i; j > from; j--) {
    uint32_t breaks, marks;
    if (!may_end_mark(s, j, past_lasts)) continue;
    breaks = endings_at(&past_break_ends, s->p, j);
    marks = endings_at(&past_mark_ends, s->p, j);
    if (breaks && ends_with_some(s, j, &past_break_words, breaks)) break;
    if (marks && ends_with_some(s, j, &past_mark_words, marks)) return !plan_between(s, j - 1, i);
  }
  /* "added in December": the verb before the date, past its preposition */
  while (w > 0 && s->p[w - 1] == ' ') w--;
  /* no English word right before it (a Chinese date mostly): none of the
     reads below, which all end in a letter, '-' or '\'', can hold */
  if (w == 0 || !(is_alpha(at(s, w - 1)) || s->p[w - 1] == '-' || s->p[w - 1] == '\'')) return 0;
  if (ends_with(s, w, " in") || ends_with(s, w, " on") || ends_with(s, w, " since")) {
    while (w > 0 && s->p[w - 1] != ' ') w--;
    while (w > 0 && s->p[w - 1] == ' ') w--;
  }
  if (ends_with_any(s, w, &past_irregular_words)) return 1;
  if (w >= 3 && s->p[w - 1] == 'd' && s->p[w - 2] == 'e') return !ends_with_any(s, w, &past_ahead_words);
  return past_verb_earlier(s, w);
}

size_t vs_put_cal(cd_value *v, const vs_scan *s, cd_date_precision p, int y, int yrel, int m1, int m2, int d,
                  size_t a, size_t b) {
  long lo, hi;
  if (p == CD_DATE_DAY && (d < 1 || d > 31)) return 0;
  if (p == CD_DATE_YEAR) m1 = 1, m2 = 12;
  if (p == CD_DATE_MONTH || p == CD_DATE_DAY) m2 = m1;
  if (m1 < 1 || m2 > 12 || m1 > m2) return 0;
  if (yrel || y == 0) {
    if (!s->has_doc)
      return vs_put_unresolved(v, s, p, p == CD_DATE_DAY || p == CD_DATE_MONTH ? m1 : 0,
                               p == CD_DATE_DAY ? d : 0, a, b,
                               yrel || p == CD_DATE_PART || p == CD_DATE_YEAR);
    if (yrel) {
      y += s->dy;
    } else {
      long best = -1;
      int past = -1;  /* past_before, read only for a reading ahead near enough to take */
      int ahead = -1; /* future_before, read only for a reading ahead past FUTURE_DAYS_MAX */
      for (int cand = s->dy - 1; cand <= s->dy + 1; cand++) {
        long clo, chi, dist;
        if (p == CD_DATE_DAY && d > cd_calendar_month_days(cand, m1)) continue;
        clo = cd_calendar_days(cand, m1, p == CD_DATE_DAY ? d : 1);
        chi = p == CD_DATE_DAY ? clo : cd_calendar_days(cand, m2, cd_calendar_month_days(cand, m2));
        dist = s->today < clo ? clo - s->today : s->today > chi ? s->today - chi : 0;
        if (s->today < clo && dist > FUTURE_DAYS_MAX &&
            (dist > FUTURE_DAYS_TOLD || !(ahead < 0 ? (ahead = future_before(s, a)) : ahead)))
          continue;
        if (s->today < clo && (past < 0 ? (past = past_before(s, a)) : past)) continue;
        if (best < 0 || dist < best) best = dist, lo = clo, hi = chi;
      }
      if (best < 0) return 0;
      vs_put_days(v, p, lo, hi); /* the nearest reading's days, read above */
      v->guessed = 1;
      return b;
    }
  }
  if (p == CD_DATE_DAY && d > cd_calendar_month_days(y, m1)) return 0;
  lo = cd_calendar_days(y, m1, p == CD_DATE_DAY ? d : 1);
  hi = p == CD_DATE_DAY ? lo : cd_calendar_days(y, m2, cd_calendar_month_days(y, m2));
  vs_put_days(v, p, lo, hi);
  return b;
}

/* Month off months from the document's (本月 0, last month -1). */
size_t vs_put_rel_month(cd_value *v, const vs_scan *s, int off, size_t a, size_t b) {
  int k;
  if (!s->has_doc) return vs_put_unresolved(v, s, CD_DATE_MONTH, 0, 0, a, b, 1);
  k = s->dy * 12 + (s->dm - 1) + off;
  return vs_put_cal(v, s, CD_DATE_MONTH, k / 12, 0, k % 12 + 1, 0, 0, a, b);
}

/* "Earlier this month", 本月早些时候, 本月初: this month, except in a piece
 * dated on the 1st to the 3rd, whose writer (or the wire copy it was
 * rewritten from, a day or two older) may mean the month before: then
 * the days from the first of the month before to the document date, so
 * that either reading agrees and neither contradicts. */
size_t vs_put_early_this_month(cd_value *v, const vs_scan *s, size_t a, size_t b) {
  long lo;
  if (!s->has_doc || s->dd > 3) return vs_put_rel_month(v, s, 0, a, b);
  lo = s->dm == 1 ? cd_calendar_days(s->dy - 1, 12, 1) : cd_calendar_days(s->dy, s->dm - 1, 1);
  vs_put_days(v, CD_DATE_PART, lo, s->today);
  return b;
}

/* Week off weeks from the document's, weeks starting on Monday; with wd
 * >= 0 the day wd (0 = Monday) of that week. */
size_t vs_put_rel_week(cd_value *v, const vs_scan *s, int off, int wd, size_t a, size_t b) {
  long mon;
  if (!s->has_doc) return vs_put_unresolved(v, s, wd < 0 ? CD_DATE_WEEK : CD_DATE_DAY, 0, 0, a, b, 1);
  mon = s->today - cd_calendar_weekday(s->today) + 7L * off;
  if (wd < 0)
    vs_put_days(v, CD_DATE_WEEK, mon, mon + 6);
  else
    vs_put_days(v, CD_DATE_DAY, mon + wd, mon + wd);
  v->relative = wd >= 0;
  return b;
}

/* Does the clause before i speak of the future ("will take effect on",
 * "are due to ... by", 将于): then a weekday named alone is the next one.
 * Looks back FUTURE_WINDOW bytes at most, to the last clause mark. */
#define FUTURE_WINDOW 64
/* and the present of a term's end or start, which news keeps for what
 * is fixed ahead ("the deadline runs out on Sunday", "who takes office
 * on Monday"; the past is "ran out", "took office"), and a start named
 * ahead ("banning TikTok beginning Sunday", "starting Monday") */
static const char *const future_marks[] = {" will ",
                                           "'ll ",
                                           " due to ",
                                           " set to ",
                                           " scheduled ",
                                           " expected to ",
                                           " plans to ",
                                           " planned to ",
                                           " would ",
                                           " could ",
                                           " might ",
                                           " may ",
                                           " runs out ",
                                           " run out ",
                                           " expires ",
                                           " expire ",
                                           " takes effect ",
                                           " take effect ",
                                           " takes office ",
                                           " goes into effect ",
                                           " kicks in ",
                                           " comes into force ",
                                           " beginning ",
                                           " starting ",
                                           "将",
                                           "拟于",
                                           "拟",
                                           "计划于",
                                           "预计",
                                           "到期日"};
static const char *const future_breaks[] = {",", ";", ".", ":", "，", "；", "。", "：", "、"};
static size_t future_marks_n[NELEM(future_marks)], future_breaks_n[NELEM(future_breaks)];
static const vs_words future_mark_words = {future_marks, NELEM(future_marks), future_marks_n};
static const vs_words future_break_words = {future_breaks, NELEM(future_breaks), future_breaks_n};

/* Does 会 end at j as the modal "will" (TikTok会在周日被迫关闭), not as the
 * last character of a body or a meeting (国会在周二, 委员会, 发布会)? */
static int modal_hui(const vs_scan *s, size_t j) {
  static const char *const nouns[] = {"国", "员", "协", "商", "工", "议", "峰", "大", "年", "学", "合",
                                      "机", "社", "都", "省", "宴", "晚", "例", "盛", "开", "事", "聚",
                                      "集", "舞", "展", "览", "动", "论", "讨", "布", "者", "证", "约"};
  if (j < 6 || !ends_with(s, j, "会")) return 0;
  for (size_t k = 0; k < NELEM(nouns); k++)
    if (ends_with(s, j - 3, nouns[k])) return 0;
  return 1;
}

static int future_before(const vs_scan *s, size_t i) {
  size_t from = i > FUTURE_WINDOW ? i - FUTURE_WINDOW : 0;
  for (size_t j = i; j > from; j--) {
    uint32_t breaks, marks;
    /* 会在周日: the modal and the place word of time */
    if (ends_with(s, j, "在") && modal_hui(s, j - 3)) return 1;
    if (!may_end_mark(s, j, future_lasts)) continue;
    breaks = endings_at(&future_break_ends, s->p, j);
    marks = endings_at(&future_mark_ends, s->p, j);
    if (breaks && ends_with_some(s, j, &future_break_words, breaks)) return 0;
    /* " may " after a month's cue is the month ("in May and only resumed it
     * on Friday" tells nothing to come) */
    if (marks && ends_with_some(s, j, &future_mark_words, marks) &&
        !(ends_with(s, j, " may ") && vs_month_cue_before(s, j - 4)))
      return 1;
  }
  return 0;
}

void vs_date_index(void) {
  /* past_before and future_before pass by what ends in a letter or digit */
  assert(none_ends_alnum(past_marks, NELEM(past_marks)) && none_ends_alnum(past_breaks, NELEM(past_breaks)));
  assert(none_ends_alnum(future_marks, NELEM(future_marks)) &&
         none_ends_alnum(future_breaks, NELEM(future_breaks)));
  vs_wordset_add(&past_verb_words, stop_words, NELEM(stop_words));
  vs_wordset_add(&past_verb_words, past_ahead, NELEM(past_ahead));
  vs_wordset_add(&past_verb_words, not_past_ed, NELEM(not_past_ed));
  for (size_t k = 0; k < NELEM(past_irregular); k++) /* its space left out */
    vs_wordset_add_word(&past_verb_words, past_irregular[k] + 1, strlen(past_irregular[k]) - 1);
  lasts_add(past_lasts, past_marks, NELEM(past_marks));
  lasts_add(past_lasts, past_breaks, NELEM(past_breaks));
  lasts_add(future_lasts, future_marks, NELEM(future_marks));
  lasts_add(future_lasts, future_breaks, NELEM(future_breaks));
  endings_add(&past_mark_ends, past_marks, NELEM(past_marks));
  endings_add(&past_break_ends, past_breaks, NELEM(past_breaks));
  endings_add(&future_mark_ends, future_marks, NELEM(future_marks));
  endings_add(&future_break_ends, future_breaks, NELEM(future_breaks));
  vs_words_measure(&past_mark_words);
  vs_words_measure(&past_break_words);
  vs_words_measure(&past_irregular_words);
  vs_words_measure(&past_ahead_words);
  vs_words_measure(&future_mark_words);
  vs_words_measure(&future_break_words);
}

/* Weekday wd named alone: how = 0 the most recent on or before the document
 * date (an article dated Wednesday saying "Wednesday" means that day), or
 * the next from it when its clause speaks of the future (future_before), -1
 * strictly before ("last thursday"), 1 strictly after ("next thursday").
 * how = 2 is 0 for English copy, where the weekday after the document's,
 * told in the past, may be the next day in Asia: an article dated Monday
 * in Washington tells what Beijing said "on Tuesday", its Tuesday morning.
 * That date is six days back, or the next day (values.h `or_next_week`). */
size_t vs_put_weekday(cd_value *v, const vs_scan *s, int wd, int how, size_t a, size_t b) {
  long d;
  int dw;
  if (!s->has_doc) return vs_put_unresolved(v, s, CD_DATE_DAY, 0, 0, a, b, 1);
  dw = cd_calendar_weekday(s->today);
  if (how == 2 && future_before(s, a)) how = 0;
  if (how == 0 && future_before(s, a))
    d = s->today + (wd - dw + 7) % 7;
  else if (how == 0 || how == 2)
    d = s->today - (dw - wd + 7) % 7;
  else if (how < 0)
    d = s->today - ((dw - wd + 6) % 7 + 1);
  else
    d = s->today + ((wd - dw + 6) % 7 + 1);
  vs_put_days(v, CD_DATE_DAY, d, d);
  v->relative = 1;
  v->or_next_week = how == 2 && wd == (dw + 1) % 7 && d < s->today;
  return b;
}

size_t vs_put_rel_day(cd_value *v, const vs_scan *s, int off, size_t a, size_t b) {
  if (!s->has_doc) return vs_put_unresolved(v, s, CD_DATE_DAY, 0, 0, a, b, 1);
  vs_put_days(v, CD_DATE_DAY, s->today + off, s->today + off);
  v->relative = 1;
  return b;
}

/* Writes the date n units (0 day, 1 week, 2 month, 3 year) before the
 * document's, at the precision of the unit: two weeks ago is the calendar
 * week two weeks back, three months ago that month, a year ago last year. */
#define AGO_ROUND 5 /* years back from which "N years ago" is a round figure */
size_t vs_put_ago(cd_value *v, const vs_scan *s, int unit, int n, size_t a, size_t b) {
  switch (unit) {
  case 0: return vs_put_rel_day(v, s, -n, a, b);
  case 1: return vs_put_rel_week(v, s, -n, -1, a, b);
  case 2: return vs_put_rel_month(v, s, -n, a, b);
  default:
    if (!vs_put_cal(v, s, CD_DATE_YEAR, -n, 1, 0, 0, 0, a, b)) return 0;
    /* many years back is a round figure: 约20年前 in 2021 is 2001 or
     * 2002 ("first obtained that authority in 2002"), so from AGO_ROUND
     * years on the year before and after are in it too (still shown as
     * the year counted back) */
    if (n >= AGO_ROUND && !v->unresolved) {
      int y = v->year;
      double at = v->num;
      vs_put_days(v, CD_DATE_YEAR, cd_calendar_days(y - 1, 1, 1), cd_calendar_days(y + 1, 12, 31));
      v->year = (short)y; /* vs_put_days reads the year and the number off lo */
      v->num = at;
    }
    return b;
  }
}

/* ---- Small numbers inside dates ---------------------------------------- */

/* A four-digit year at i: ASCII, or Chinese digits one by one (二〇二五). */
size_t vs_year_num(const vs_scan *s, size_t i, int *y) {
  size_t j = i, e;
  int v = 0, k, d;
  if (is_digit(at(s, i))) {
    for (k = 0; k < 4 && is_digit(at(s, j)); k++, j++) v = v * 10 + at(s, j) - '0';
    if (k != 4 || is_digit(at(s, j))) return 0;
  } else {
    /* 二〇二五; Taiwan and Hong Kong papers often write the zero as the
     * white circle ○ (U+25CB), which is a zero only here, between the
     * numerals of a year */
    for (k = 0; k < 4; k++, j = e) {
      if ((e = lit(s, j, "\xE2\x97\x8B")) != 0)
        d = 0;
      else if ((d = zh_digit(s, j, &e, 0)) < 0)
        return 0;
      v = v * 10 + d;
    }
    if (zh_digit(s, j, &e, 1) >= 0) return 0;
  }
  *y = v;
  return j;
}

/* A day or month number at i: one or two ASCII digits, or 一..九十九 written
 * with 十 (十二, 二十四, 三十一), or with 廿 / 卅 (廿五, 卅一). */
size_t vs_small_num(const vs_scan *s, size_t i, int *v) {
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
  } else if ((e = lit(s, j, "廿")) || (e = lit(s, j, "卅"))) {
    /* 廿五日, 卅日: the old words for twenty and thirty, still in dates */
    *v = lit(s, j, "廿") ? 20 : 30;
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

/* A span of years written with a hyphen, a slash or an en dash: academic,
 * fiscal and crop years (2023-24学年, "the 2023-24 school year",
 * 2019-2022): the days from the first's start to the second's end, a
 * stretch below month precision as every span of dates (CD_DATE_PART). The
 * second year is two digits or four, after the first and at most ten years
 * on; 2023-04-05 and 2023-12 are no spans. */
static size_t year_span(const vs_scan *s, size_t i, cd_value *v) {
  size_t e, c, f;
  int y0, y1 = 0, k = 0;
  if (!is_digit(at(s, i)) || !(e = vs_year_num(s, i, &y0)) || y0 < 1900 || y0 > 2100) return 0;
  if (!(c = lit(s, e, "-")) && !(c = lit(s, e, "/")) && !(c = lit(s, e, "\xE2\x80\x93"))) return 0;
  for (f = c; is_digit(at(s, f)) && k < 5; f++, k++) y1 = y1 * 10 + at(s, f) - '0';
  if (k == 2) y1 += y0 / 100 * 100 + (y1 + y0 / 100 * 100 <= y0 ? 100 : 0);
  if ((k != 2 && k != 4) || y1 <= y0 || y1 > y0 + 10 || at(s, f) == '-' || at(s, f) == '/') return 0;
  if (!vs_put_cal(v, s, CD_DATE_YEAR, y0, 0, 0, 0, 0, i, f)) return 0;
  v->hi = (double)cd_calendar_days(y1, 12, 31);
  v->precision = CD_DATE_PART;
  return f;
}

/* The date grammar: spans of years, then Chinese dates (2025年4月), then
 * English. Each of the two only where it can start (their starts
 * functions below): a Chinese date at an ASCII digit or a character
 * beyond ASCII, never at an ASCII letter; an English one only at ASCII. */
size_t vs_match_date(const vs_scan *s, size_t i, cd_value *v) {
  int c = at(s, i);
  size_t e = year_span(s, i, v);
  if (e) return e;
  if (!is_alpha(c)) {
    memset(v, 0, sizeof *v);
    e = vs_match_date_zh(s, i, v);
    if (e) return e;
  }
  if (c >= 0x80) return 0;
  memset(v, 0, sizeof *v);
  return vs_match_date_en(s, i, v);
}

/* ---- Where a date starts (values_scan.h) ---------------------------------- */

/* vs_small_num's first step: an ASCII digit, 十, 廿, 卅 or a Chinese digit. */
void vs_small_num_starts(vs_starts *st) {
  static const char *const first[] = {"十", "廿", "卅"};
  vs_starts_digits(st);
  vs_starts_list(st, first, NELEM(first));
  vs_zh_digit_starts(st);
}

/* vs_year_num's: an ASCII digit, a Chinese digit or the white circle ○. */
void vs_year_num_starts(vs_starts *st) {
  static const char *const first[] = {"\xE2\x97\x8B"};
  vs_starts_digits(st);
  vs_starts_list(st, first, NELEM(first));
  vs_zh_digit_starts(st);
}

/* vs_match_date's: year_span's digit, and the Chinese and English dates'. */
void vs_date_starts(vs_starts *st) {
  vs_starts_digits(st);
  vs_date_zh_starts(st);
  vs_date_en_starts(st);
}
