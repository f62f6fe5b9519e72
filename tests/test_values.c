/* test_values.c: the value parser against the tables in tests/values/ (every .tsv file)
 * (one row per sentence, see the comment at the top of each file; a file
 * whose comment holds the line "# normalise: yes" has its text put through
 * cd_norm_string() first, as raw document text would be). A row's expected
 * column lists every value the sentence holds, in order, separated by "; "
 * ("money=3000000000 USD; money=5000000000 USD"), or "none"; a row passes
 * when as many values are found and each one matches in turn. Plus
 * cases for cd_value_compatible and for the contract on the input: len is
 * respected, max is respected, pathological input finishes in linear time.
 * Run from the repository root. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* getline, strdup; the Makefile passes it too */
#endif
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "norm.h"
#include "rules.h"
#include "values.h"

#define TABLE_DIR  "tests/values"
#define MAX_VALUES 16

/* The shipped rules, whose units (rules/units.yaml) every scan reads with;
 * loaded by the group setup. */
static cd_ruleset *rules;
static const cd_units *shipped_units;

static int load_rules(void **state) {
  (void)state;
  if (!(rules = shipped_rules())) return -1;
  shipped_units = &rules->units;
  return 0;
}

static char *found_in; /* the text find() last scanned, which its values borrow */

static int free_rules(void **state) {
  (void)state;
  cd_rules_free(rules);
  free(found_in);
  return 0;
}

/* Do the rows of the table being read name units ("# units: yes")? */
static int with_units;

/* "approx over money=5500000000 USD": one value as the tables write it (a
 * count that is a sum "sum count=17", a running total "total count=17"); in
 * a table with units, a count's unit after it ("count=720000 tonne") and a
 * price's after "per" ("money=11.46 USD per bushel"). */
static void describe_one(const cd_value *v, char *buf, size_t size) {
  char val[160];
  const char *unit = with_units ? cd_units_name(shipped_units, v->unit) : NULL;
  const char *measure = with_units ? cd_measures_name(shipped_units, v->measure) : NULL;
  snprintf(buf, size, "%s%s%s%s%s%s%s=%s%s%s%s%s", v->approx ? "approx " : "", v->bound > 0 ? "over " : "",
           v->bound < 0 ? "under " : "", v->points ? "points " : "", v->unresolved ? "unresolved " : "",
           v->running == 2 ? "total "
           : v->running    ? "sum "
                           : "",
           cd_value_kind_name(v->kind), cd_value_format(v, val, sizeof val),
           unit ? (v->kind == CD_VALUE_MONEY ? " per " : " ") : "", unit ? unit : "", measure ? " " : "",
           measure ? measure : "");
}

/* All n values as a table row writes them, in order, joined by VALUE_SEP
 * ("count=300; count=500"), or "none" when n is 0. */
#define VALUE_SEP "; "
static void describe(const cd_value *v, size_t n, char *buf, size_t size) {
  size_t used = 0;
  if (n == 0) {
    snprintf(buf, size, "none");
    return;
  }
  buf[0] = '\0';
  for (size_t k = 0; k < n && used + 1 < size; k++) {
    char one[256];
    describe_one(&v[k], one, sizeof one);
    snprintf(buf + used, size - used, "%s%s", k ? VALUE_SEP : "", one); /* truncates, terminates */
    used += strlen(buf + used);
  }
}

/* How many values an expected column lists: "none" is 0, otherwise one
 * more than it has separators. */
static size_t count_expected(const char *want) {
  size_t n = 1;
  if (strcmp(want, "none") == 0) return 0;
  for (const char *p = want; (p = strstr(p, VALUE_SEP)); p += strlen(VALUE_SEP)) n++;
  return n;
}

/* Compares the values found with a row's expected column, value by value
 * (same count, each one in order): 1 when they match; otherwise 0, with
 * the reason written into why (size bytes). */
static int matches(const cd_value *v, size_t n, const char *want, char *why, size_t size) {
  size_t nwant = count_expected(want);
  const char *p = want;
  char one[256];
  if (n != nwant) {
    snprintf(why, size, "%zu value%s expected, %zu found", nwant, nwant == 1 ? "" : "s", n);
    return 0;
  }
  for (size_t k = 0; k < n; k++) {
    const char *end = strstr(p, VALUE_SEP);
    size_t len = end ? (size_t)(end - p) : strlen(p);
    describe_one(&v[k], one, sizeof one);
    if (strlen(one) != len || memcmp(one, p, len) != 0) {
      snprintf(why, size, "value %zu of %zu differs: expected %.*s, got %s", k + 1, n, (int)len, p, one);
      return 0;
    }
    p = end ? end + strlen(VALUE_SEP) : p + len;
  }
  return 1;
}

/* Values of text[0, len) in a buffer of exactly len bytes, so that reading
 * past len is caught by the address sanitizer. The buffer lives until the
 * next call (or the group's teardown): an unresolved date's cue points
 * into it (values.h). */
static size_t find(cd_value *out, size_t max, const char *text, size_t len, const char *doc) {
  size_t n;
  cd_date d;
  free(found_in);
  found_in = malloc(len ? len : 1);
  assert_non_null(found_in);
  memcpy(found_in, text, len);
  cd_calendar_parse(&d, doc ? doc : "", doc ? strlen(doc) : 0);
  n = cd_values_find(out, max, found_in, len, &d, shipped_units, NULL);
  return n;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every row of one table; prints each mismatch; returns how many. */
static int run_table(const char *path, int *rows) {
  FILE *f = fopen(path, "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  int lineno = 0, failures = 0, normalise = 0;
  with_units = 0;
  if (!f) {
    fprintf(stderr, "%s: cannot open\n", path);
    return 1;
  }
  while ((got = getline(&line, &cap, f)) >= 0) {
    char *col[4], *p = line, got_s[1024], why[512], *text;
    cd_value v[MAX_VALUES];
    size_t n, k;
    int ncol = 0;
    lineno++;
    while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) line[--got] = '\0';
    if (strcmp(line, "# normalise: yes") == 0) normalise = 1;
    if (strcmp(line, "# units: yes") == 0) with_units = 1;
    if (got == 0 || line[0] == '#') continue;
    while (ncol < 4) {
      col[ncol++] = p;
      if (!(p = strchr(p, '\t'))) break;
      *p++ = '\0';
    }
    if (ncol != 4 || p) {
      fprintf(stderr, "%s:%d: expected 4 tab-separated columns (lang, text, date, expected)\n", path, lineno);
      failures++;
      continue;
    }
    if (strcmp(col[0], "en") != 0 && strcmp(col[0], "zh") != 0) {
      fprintf(stderr, "%s:%d: lang must be en or zh, not '%s'\n", path, lineno, col[0]);
      failures++;
      continue;
    }
    (*rows)++;
    text = normalise ? cd_norm_string(col[1]) : strdup(col[1]); /* either way free() it */
    assert_non_null(text);
    n = find(v, MAX_VALUES, text, strlen(text), strcmp(col[2], "-") == 0 ? NULL : col[2]);
    for (k = 0; k < n; k++)
      if (v[k].span.start >= v[k].span.end || v[k].span.end > strlen(text) ||
          (k && v[k].span.start < v[k - 1].span.end)) {
        fprintf(stderr, "%s:%d: value %zu has a bad span [%zu, %zu)\n", path, lineno, k,
                (size_t)v[k].span.start, (size_t)v[k].span.end);
        failures++;
      }
    if (!matches(v, n, col[3], why, sizeof why)) {
      describe(v, n, got_s, sizeof got_s);
      fprintf(stderr,
              "%s:%d: mismatch: %s\n  input:    %s\n%s%s%s  date:     %s\n  expected: %s\n  got:      %s\n",
              path, lineno, why, col[1], normalise ? "  as:       " : "", normalise ? text : "",
              normalise ? "\n" : "", col[2], col[3], got_s);
      failures++;
    }
    free(text);
  }
  free(line);
  fclose(f);
  return failures;
}

static void test_values_tables(void **state) {
  DIR *d = opendir(TABLE_DIR);
  struct dirent *e;
  char *names[256];
  size_t n = 0, k;
  int failures = 0, rows = 0;
  (void)state;
  if (!d) fail_msg("%s: cannot open (run the tests from the repository root)", TABLE_DIR);
  while ((e = readdir(d)) && n < 256) {
    size_t l = strlen(e->d_name);
    if (l > 4 && strcmp(e->d_name + l - 4, ".tsv") == 0) names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof names[0], by_name);
  for (k = 0; k < n; k++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", TABLE_DIR, names[k]);
    failures += run_table(path, &rows);
    free(names[k]);
  }
  if (n == 0 || rows == 0) fail_msg("no rows in %s/*.tsv", TABLE_DIR);
  if (failures) fail_msg("%d of %d rows failed", failures, rows);
}

/* The first value of text, resolved against doc (or NULL). */
static cd_value first(const char *text, const char *doc) {
  cd_value v[MAX_VALUES];
  size_t n = find(v, MAX_VALUES, text, strlen(text), doc);
  if (n == 0) fail_msg("no value in '%s'", text);
  return v[0];
}

static int compat(const char *a, const char *adoc, const char *b, const char *bdoc) {
  cd_value va = first(a, adoc), vb = first(b, bdoc);
  int r = cd_value_compatible(&va, &vb);
  assert_int_equal(r, cd_value_compatible(&vb, &va)); /* symmetric */
  return r;
}

/* Two days slip (cd_value_days_slip) only when one of them is reckoned
 * from its article's date: a weekday, yesterday, 昨天; two calendar
 * dates as written are two days. */
static void test_values_days_slip_only_when_reckoned(void **state) {
  static const struct {
    const char *a, *adoc, *b, *bdoc;
    int slip;
  } rows[] = {
      {"12月30日", "2021-01-06", "dec. 31", "2021-01-06", 0},     /* two calendar dates */
      {"12月30日", "2021-01-06", "on thursday", "2021-01-01", 1}, /* Thursday the 31st */
      {"昨天", "2020-12-31", "dec. 31", "2021-01-06", 1},         /* the 30th */
      {"12月30日", "2021-01-06", "yesterday", "2021-01-02", 0},   /* the 1st: two days */
      {"12月30日", "2021-01-06", "dec. 30", "2021-01-06", 1},     /* one day: compatible anyway */
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_value a = first(rows[i].a, rows[i].adoc), b = first(rows[i].b, rows[i].bdoc);
    int slip = cd_value_days_slip(&a, &b) || cd_value_compatible(&a, &b) == 1;
    if (slip != rows[i].slip) fail_msg("%s / %s: slip %d, want %d", rows[i].a, rows[i].b, slip, rows[i].slip);
  }
}

/* An English weekday the day after the article's, told in the past, is
 * six days back or the next day (values.h `or_next_week`): a Monday's
 * "said on Tuesday" is Beijing's Tuesday morning too, and no other day. */
static void test_values_weekday_or_next_week(void **state) {
  (void)state;
  assert_int_equal(compat("24日", "2024-12-27", "the ministry said on tuesday", "2024-12-23"), 1);
  assert_int_equal(compat("17日", "2024-12-27", "the ministry said on tuesday", "2024-12-23"), 1);
  assert_int_equal(compat("18日", "2024-12-27", "the ministry said on tuesday", "2024-12-23"), 0);
  assert_int_equal(compat("24日", "2024-12-27", "周二", "2024-12-23"), 0); /* Chinese: the 17th */
  assert_int_equal(compat("27日", "2024-12-27", "the ministry said on thursday", "2024-12-23"),
                   0); /* not the next day */
}

/* Two spans told by their ends agree end by end; a vague span meets any
 * span it overlaps. */
static void test_values_spans_by_their_ends(void **state) {
  (void)state;
  assert_int_equal(compat("115亿至135亿美元", NULL, "$12.5 billion to $13.5 billion", NULL), 0);
  assert_int_equal(compat("125亿至135亿美元", NULL, "$12.5 billion to $13.5 billion", NULL), 1);
  assert_int_equal(compat("3至5家公司", NULL, "three to five companies", NULL), 1);
  assert_int_equal(compat("3至5家公司", NULL, "four to five companies", NULL), 0);
  assert_int_equal(compat("数十家公司", NULL, "dozens of companies", NULL), 1); /* vague: overlap */
  assert_int_equal(compat("数十家公司", NULL, "30 to 40 companies", NULL), 1);
}

/* A share's move read during the session (values.h `intraday`), not at
 * the close. */
static void test_values_intraday_readings(void **state) {
  static const struct {
    const char *text;
    int intraday;
  } rows[] = {
      {"samsung's shares were down about 3% in early seoul trading", 1},
      {"tsmc shares fell 1.8% shortly after the opening bell", 1},
      {"the stock fell as much as 7%", 1},
      {"shares slid 3% at one point", 1},
      {"中芯国际股价盘中一度下跌7%", 1},
      {"阿里巴巴股价开盘后下跌约3.5%", 1},
      {"samsung shares closed down 2.1% on monday", 0},
      {"sales fell 5% in early 2024", 0}, /* no session: a date */
      {"中芯国际股价收跌2.1%", 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_value v = first(rows[i].text, NULL);
    if ((int)v.intraday != rows[i].intraday) fail_msg("'%s': intraday %d", rows[i].text, (int)v.intraday);
  }
}

static void test_values_chinese_scale_matches_english(void **state) {
  (void)state;
  assert_int_equal(compat("55亿美元", NULL, "$5.5 billion", NULL), 1);
  assert_int_equal(compat("12亿美元", NULL, "$1.2 billion", NULL), 1);
  assert_int_equal(compat("5亿美元", NULL, "$500 million", NULL), 1);
}

static void test_values_wrong_scale_is_incompatible(void **state) {
  (void)state;
  assert_int_equal(compat("5.5亿美元", NULL, "$5.5 billion", NULL), 0);
  assert_int_equal(compat("55亿美元", NULL, "$55 billion", NULL), 0);
}

static void test_values_approx_widens_only_so_far(void **state) {
  (void)state;
  assert_int_equal(compat("about $5.5 billion", NULL, "$5.46 billion", NULL), 1);
  assert_int_equal(compat("about $5.5 billion", NULL, "55亿美元", NULL), 1);
  assert_int_equal(compat("about $5.5 billion", NULL, "$5 billion", NULL), 0);
  assert_int_equal(compat("$5 billion", NULL, "$5.46 billion", NULL), 0);
  /* a decimal written says its precision: 约 widens it by half its last
   * digit, not by 5% (20.6 and 1.9 are 8% apart) */
  assert_int_equal(compat("约20.6亿欧元", NULL, "about €1.9 billion", NULL), 0);
  assert_int_equal(compat("约20.6亿欧元", NULL, "€2.06 billion", NULL), 1);
  assert_int_equal(compat("约20.6亿美元", NULL, "about $2.1 billion", NULL), 1);
  assert_int_equal(compat("约3.5%", NULL, "about 3.4%", NULL), 1);
}

static void test_values_bounds(void **state) {
  (void)state;
  assert_int_equal(compat("more than 300 companies", NULL, "500 companies", NULL), 1);
  assert_int_equal(compat("逾300家企业", NULL, "200 companies", NULL), 0);
  assert_int_equal(compat("不到5%", NULL, "3 percent", NULL), 1);
  assert_int_equal(compat("不到5%", NULL, "8 percent", NULL), 0);
  /* two bounds of one direction state their numbers: at least 12 is not at least 21 */
  assert_int_equal(compat("at least 12 cargoes", NULL, "至少21船", NULL), 0);
  assert_int_equal(compat("at least 12 cargoes", NULL, "至少12船", NULL), 1);
  assert_int_equal(compat("more than 300 companies", NULL, "逾300家企业", NULL), 1);
  assert_int_equal(compat("约逾300家企业", NULL, "more than 310 companies", NULL), 1);
  /* a round bound holds for an exact figure just past it (a wire rounds
   * down what the announcement gives); two round figures still differ */
  assert_int_equal(compat("逾111亿美元", NULL, "more than $10 billion", NULL), 1);
  assert_int_equal(compat("more than $10 billion", NULL, "超过111亿美元", NULL), 1);
  assert_int_equal(compat("不少于2500亿美元", NULL, "at least $200 billion", NULL), 0);
  assert_int_equal(compat("逾161亿美元", NULL, "more than $10 billion", NULL), 0);
  assert_int_equal(compat("不到9.25亿美元", NULL, "less than $1 billion", NULL), 1);
}

static void test_values_month_contains_day(void **state) {
  (void)state;
  assert_int_equal(compat("in april", "2025-08-01", "2025-04-15", NULL), 1);
  assert_int_equal(compat("in april", "2025-08-01", "2024-04-15", NULL), 0);
  assert_int_equal(compat("4月", "2025-08-01", "april 30", "2025-08-01"), 1);
}

/* Two stretches of months agree end by end; a month inside one is still
 * compatible with it (a point: intersection) */
static void test_values_stretches_compare_end_by_end(void **state) {
  (void)state;
  assert_int_equal(compat("2024年10月至2025年1月", NULL, "between october 2024 and january 2025", NULL), 1);
  assert_int_equal(compat("2023年10月至2025年1月", NULL, "between october 2024 and january 2025", NULL), 0);
  assert_int_equal(compat("2024年10月至2025年2月", NULL, "between october 2024 and january 2025", NULL), 0);
  assert_int_equal(compat("2024年10月3日至2025年1月", NULL, "between october 2024 and january 2025", NULL),
                   1);
  assert_int_equal(compat("2023年10月至2025年1月", NULL, "in november 2024", NULL), 1);
  assert_int_equal(compat("2026至2028年", NULL, "between 2026 and 2027", NULL), 1);
}

static void test_values_weekday_resolves_against_document(void **state) {
  (void)state;
  assert_int_equal(compat("on thursday", "2025-08-01", "july 31", "2025-08-01"), 1);
  assert_int_equal(compat("周四", "2025-08-01", "7月31日", "2025-08-01"), 1);
  assert_int_equal(compat("上周四", "2025-08-01", "july 31", "2025-08-01"), 0);
  assert_int_equal(compat("friday", "2025-08-01", "2025-08-01", NULL), 1);
}

static void test_values_unresolved_is_not_comparable(void **state) {
  (void)state;
  assert_int_equal(compat("on thursday", NULL, "july 31", "2025-08-01"), -1);
  assert_int_equal(compat("july 31", NULL, "july 31", NULL), -1);
  assert_int_equal(compat("$5 billion", NULL, "5%", NULL), -1);
  assert_int_equal(compat("3个百分点", NULL, "3%", NULL), -1);
}

/* An unresolved date's cue is the bytes of the text scanned, borrowed (a
 * value is 64 bytes, not 80 with a copy), and its format prints them. */
static void test_values_unresolved_cue_is_the_text(void **state) {
  static const char en[] = "it said on thursday that", zh[] = "上周四他说";
  cd_value v[4];
  char buf[64];
  (void)state;
  assert_int_equal(sizeof(cd_value), 64);
  assert_int_equal(cd_values_find(v, 4, en, strlen(en), NULL, shipped_units, NULL), 1);
  assert_true(v[0].unresolved);
  assert_ptr_equal(v[0].cue, en + 11);
  assert_int_equal(v[0].cue_len, 8);
  assert_string_equal(cd_value_format(&v[0], buf, sizeof buf), "thursday");
  assert_int_equal(cd_values_find(v, 4, zh, strlen(zh), NULL, shipped_units, NULL), 1);
  assert_ptr_equal(v[0].cue, zh);
  assert_string_equal(cd_value_format(&v[0], buf, sizeof buf), "上周四");
  /* resolved, a date keeps no cue */
  assert_int_equal(cd_values_find(v, 4, en, strlen(en), &(cd_date){2025, 8, 1}, shipped_units, NULL), 1);
  assert_null(v[0].cue);
  assert_int_equal(v[0].cue_len, 0);
}

/* A bound that leaves its number out is no bound that holds it: 超过50%
 * ("more than 50%") against "at least 50%" (the rule of Entity List
 * affiliates, misstated in real reports); 以上 is read both ways. */
static void test_values_strict_bounds(void **state) {
  (void)state;
  assert_int_equal(compat("超过50%", NULL, "at least 50%", NULL), 0);
  assert_int_equal(compat("more than 50%", NULL, "至少50%", NULL), 0);
  assert_int_equal(compat("超过50%", NULL, "more than 50%", NULL), 1);
  assert_int_equal(compat("至少50%", NULL, "50% or more", NULL), 1);
  assert_int_equal(compat("50%以上", NULL, "at least 50%", NULL), 1);
  assert_int_equal(compat("50%以上", NULL, "more than 50%", NULL), 1);
  assert_int_equal(compat("不到10家", NULL, "no more than 10 companies", NULL), 0);
}

/* Counts (and prices) of different units are never compared; the same unit
 * compares across languages, and a count without one compares as before. */
static void test_values_units_compare(void **state) {
  (void)state;
  assert_int_equal(compat("72万吨", NULL, "720,000 tonnes", NULL), 1);
  assert_int_equal(compat("72万吨", NULL, "720万吨", NULL), 0);
  assert_int_equal(compat("20年", NULL, "20 months", NULL), 0); /* time: compared in minutes */
  assert_int_equal(compat("12船", NULL, "12 million tonnes", NULL), -1);
  assert_int_equal(compat("12 cargoes", NULL, "12 ships", NULL), -1);
  assert_int_equal(compat("五家公司", NULL, "five days", NULL), -1);
  assert_int_equal(compat("五家公司", NULL, "five companies", NULL), 1);
  assert_int_equal(compat("20个月", NULL, "20 months", NULL), 1);
  /* an app's users, one word between ("American users") */
  assert_int_equal(compat("1.7亿用户", NULL, "170 million American users", NULL), 1);
  assert_int_equal(compat("1.7亿用户", NULL, "170 million employees", NULL), -1);
  assert_int_equal(compat("12 cargoes", NULL, "12 million", NULL), 0); /* no unit: compared */
  assert_int_equal(compat("五家", NULL, "five companies", NULL), 1);   /* no unit: as before */
  assert_int_equal(compat("每蒲式耳11.46美元", NULL, "$11.46 a bushel", NULL), 1);
  assert_int_equal(compat("每吨11.46美元", NULL, "$11.46 a bushel", NULL), -1);
  assert_int_equal(compat("每净吨50美元", NULL, "$50 per net ton", NULL), 1);
  assert_int_equal(compat("每净吨50美元", NULL, "$50 a tonne", NULL), -1);
  assert_int_equal(compat("50美元", NULL, "$50 per net ton", NULL), 1); /* no unit: as before */
}

static void test_values_currency_must_match(void **state) {
  (void)state;
  assert_int_equal(compat("$5.5 billion", NULL, "55亿元", NULL), 0);
  assert_int_equal(compat("42 billion yen", NULL, "420亿日元", NULL), 1);
}

/* Shares of different measures are never compared (a yield is no target,
 * a fall no part of revenue); the same measure compares across languages,
 * and a share without one compares as before. "Nearly" is just under. */
static void test_values_measures_compare(void **state) {
  (void)state;
  assert_int_equal(compat("良率约为百分之四十", NULL, "yields have climbed to about 40%", NULL), 1);
  assert_int_equal(compat("良率约为百分之六十", NULL, "huawei is aiming for 60%", NULL), -1);
  assert_int_equal(compat("约占总营收的20%", NULL, "sales fell nearly 20% to $308 million", NULL), -1);
  assert_int_equal(compat("约占总营收的7%", NULL, "accounted for about 7% of revenue", NULL), 1);
  assert_int_equal(compat("下降近20%", NULL, "a 20% drop", NULL), 1);
  assert_int_equal(compat("升至30%", NULL, "a 30% share", NULL), 1); /* a level: no measure */
  assert_int_equal(compat("占其营收的百分之四十六", NULL, "accounting for nearly half of its sales", NULL),
                   1);
  assert_int_equal(compat("约为百分之五十二", NULL, "nearly half", NULL), 0);
  assert_int_equal(compat("2.8亿美元", NULL, "nearly $300 million", NULL), 1);
}

/* A running total English names around a bare number compares with a sum
 * (共, 增至, "a total of") or another such, never with the count of one
 * act: "brings to 12 the number of firms" is no 将12家企业列入. */
static void test_values_running_totals(void **state) {
  (void)state;
  assert_int_equal(compat("香港官员共17人", NULL, "brings to 17 the number of officials", NULL), 1);
  assert_int_equal(compat("总数增至17人", NULL, "bringing the total to 17", NULL), 1);
  assert_int_equal(compat("将12家企业列入", NULL, "brings to 12 the number of firms", NULL), -1);
  assert_int_equal(compat("将12家企业列入", NULL, "added 12 firms", NULL), 1);
  assert_int_equal(compat("共12家", NULL, "added 12 firms", NULL), 1); /* a sum: as any count */
}

/* A count of boxes and a count of goods with the same number differ (the
 * unit misstated); with other numbers, or against a count of no unit (a
 * box stands right after its number), they never compare. */
static void test_values_packs_compare(void **state) {
  (void)state;
  assert_int_equal(compat("50箱H200芯片", NULL, "50 H200 chips", NULL), 0);
  assert_int_equal(compat("50箱芯片", NULL, "50 boxes of chips", NULL), 1);
  assert_int_equal(compat("10箱芯片", NULL, "500 chips", NULL), -1);
  assert_int_equal(compat("50箱芯片", NULL, "50 more powerful chips", NULL), -1);
  assert_int_equal(compat("50个芯片", NULL, "50 more powerful chips", NULL), 1);
  assert_int_equal(compat("12 cargoes", NULL, "12 vessels", NULL), -1); /* two units of goods */
}

/* Counts of two units of time compare in minutes: a month is 30 days, 20
 * years are no 20 months, and a bound against a bound. */
static void test_values_durations_compare(void **state) {
  (void)state;
  assert_int_equal(compat("为期一个月", NULL, "a 30-day comment period", NULL), 1);
  assert_int_equal(compat("为期一年", NULL, "a 12-month review", NULL), 1);
  assert_int_equal(compat("20年监禁", NULL, "20 months in prison", NULL), 0);
  assert_int_equal(compat("最高20个月监禁", NULL, "prison terms of up to 20 years", NULL), 0);
  assert_int_equal(compat("为期90天", NULL, "a three-month truce", NULL), 1);
  assert_int_equal(compat("为期90天", NULL, "a 90-week truce", NULL), 0);
}

/* Ratios compare like counts; 增长两倍 is 2x to 3x (see ratios.tsv for the
 * rule): it meets "doubled" and "tripled", not "quadrupled". */
static void test_values_ratios_compare(void **state) {
  (void)state;
  assert_int_equal(compat("sales doubled", NULL, "营收翻番", NULL), 1);
  assert_int_equal(compat("twice the size", NULL, "两倍于去年", NULL), 1);
  assert_int_equal(compat("销量增长两倍", NULL, "sales tripled", NULL), 1);
  assert_int_equal(compat("销量增长两倍", NULL, "sales doubled", NULL), 1);
  assert_int_equal(compat("销量增长两倍", NULL, "sales quadrupled", NULL), 0);
  assert_int_equal(compat("关税提高4倍", NULL, "tariffs will quadruple", NULL), 1);
  assert_int_equal(compat("营收增加一倍", NULL, "sales tripled", NULL), 0);
  /* Taiwan writes 成長 for 增长 (a blind story's 銷售額約成長一倍, normalised to 成长, read as 1x) */
  assert_int_equal(compat("美国销售额约成长一倍", NULL, "US sales have roughly doubled", NULL), 1);
  assert_int_equal(compat("出口激增一倍", NULL, "exports doubled", NULL), 1);
  assert_int_equal(compat("销量增长到两倍", NULL, "sales doubled", NULL), 1);
  assert_int_equal(compat("exports nearly tripled", NULL, "出口增长近两倍", NULL), 1);
  assert_int_equal(compat("sales doubled", NULL, "100%", NULL), -1); /* a ratio is not a share */
  /* a tally is a split of votes: the same split agrees, another clashes,
   * and a multiple is never one */
  assert_int_equal(compat("the fcc voted 4-0", NULL, "以4比0的投票结果", NULL), 1);
  assert_int_equal(compat("the fcc voted 4-0", NULL, "以3比1的投票结果", NULL), 0);
  assert_int_equal(compat("最高法院以九比零一致裁定", NULL, "the vote was 9-0", NULL), 1);
  assert_int_equal(compat("the vote was 9-0", NULL, "sales doubled", NULL), -1);
}

/* An approximate figure admits what rounds to it at the precision it is
 * written in (two sources' "about 2%" and 2.4% are one figure), never
 * another kind or a figure a digit away. */
static int rounds(const char *a, const char *b) {
  cd_value va = first(a, NULL), vb = first(b, NULL);
  return cd_value_rounds_to(&va, &vb);
}

static void test_values_rounds_to(void **state) {
  (void)state;
  assert_int_equal(rounds("shares slid about 2%", "shares fell 2.4%"), 1);
  assert_int_equal(rounds("shares slid about 2%", "shares fell 2.6%"), 0);
  assert_int_equal(rounds("shares fell 2.4%", "shares slid about 2%"), 0); /* a is the approximate one */
  assert_int_equal(rounds("about $2 billion", "$2.3 billion"), 1);
  assert_int_equal(rounds("about $2 billion", "2.3 billion yuan"), 0);
  assert_int_equal(rounds("about 40%", "43%"), 1);
  assert_int_equal(rounds("about 40%", "46%"), 0);
  assert_int_equal(rounds("about 2.4%", "2.44%"), 1);
  assert_int_equal(rounds("about 2.4%", "2.5%"), 0);
  assert_int_equal(rounds("约55亿美元", "$5.5 billion"), 1);
  assert_int_equal(rounds("约55亿美元", "$5.9 billion"), 0);
  assert_int_equal(rounds("at least 2%", "2.4%"), 0); /* a bound is no rounding */
}

/* A fraction is a share within 2.5 points; a stated span agrees with what
 * lies inside it. */
static void test_values_fractions_and_spans_compare(void **state) {
  (void)state;
  assert_int_equal(compat("a third of the chips", NULL, "三分之一的芯片", NULL), 1);
  assert_int_equal(compat("a third of the chips", NULL, "三成", NULL), 1);
  assert_int_equal(compat("a third of the chips", NULL, "33%", NULL), 1);
  assert_int_equal(compat("a third of the chips", NULL, "25%", NULL), 0);
  assert_int_equal(compat("between 300 and 500 companies", NULL, "400 companies", NULL), 1);
  assert_int_equal(compat("between 300 and 500 companies", NULL, "600 companies", NULL), 0);
  assert_int_equal(compat("在10%到15%之间", NULL, "12 percent", NULL), 1);
  assert_int_equal(compat("30亿至50亿美元", NULL, "$4 billion", NULL), 1);
  assert_int_equal(compat("30亿至50亿美元", NULL, "$6 billion", NULL), 0);
}

static void test_values_two_values_in_one_sentence(void **state) {
  const char *t = "a net loss of 42 billion yen ($286 million) for the quarter";
  cd_value v[MAX_VALUES];
  char buf[64];
  size_t n = find(v, MAX_VALUES, t, strlen(t), NULL);
  (void)state;
  assert_int_equal(n, 2);
  assert_string_equal(cd_value_format(&v[0], buf, sizeof buf), "42000000000 JPY");
  assert_string_equal(cd_value_format(&v[1], buf, sizeof buf), "286000000 USD");
  assert_int_equal(find(v, 1, t, strlen(t), NULL), 1); /* max is respected */
  assert_int_equal(find(v, 0, t, strlen(t), NULL), 0);
}

/* A date that bounds a term (a start, an origin or an end) is marked so: it is never
 * compared with the day of an act. Text as norm.c hands it over. */
static void test_values_term_bounds(void **state) {
  static const struct {
    const char *text;
    int start;
  } rows[] = {
      {"from august 1", 1},
      {"effective jan. 2, 2025", 1},
      {"自10月1日起", 1},
      {"the waiver runs until nov. 9, 2026", 1},
      {"the status expires on dec. 31, 2025", 1},
      {"有效期至2026年11月9日", 1},
      {"延至2026年1月1日", 1},
      {"起至2026年11月27日暂停实施", 1}, /* "from ... until": the term's end */
      {"the deal, which started 2025-01-01", 0},
      {"该特权将于12月31日到期", 1},
      {"立案调查可以追溯到2020年4月16日", 1}, /* an origin: the day of another act */
      {"the case dates back to april 2020", 1},
      {"announced on aug. 29, 2025", 0},
      {"商务部8月30日表示", 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    cd_value v[MAX_VALUES];
    size_t n = find(v, MAX_VALUES, rows[i].text, strlen(rows[i].text), "2025-09-01");
    if (n != 1 || v[0].kind != CD_VALUE_DATE || v[0].start != rows[i].start)
      fail_msg("'%s': %zu values, start %d (want one date, start %d)", rows[i].text, n, n ? v[0].start : -1,
               rows[i].start);
  }
}

/* A date something is due by is a deadline: no day of the act, nor a
 * start (values.h `deadline`). Text as norm.c hands it over. */
static void test_values_deadlines(void **state) {
  static const struct {
    const char *text;
    int deadline, start;
  } rows[] = {
      {"cut tariffs by may 14", 1, 0},
      {"buy 12 million tons by the end of this year", 1, 0},
      {"no later than sept. 13, 2026", 1, 0},
      {"双方同意于2025年5月14日前采取行动", 1, 0},
      {"雙方周三前會大幅降低關稅", 1, 0},
      {"在今年年底之前购买", 1, 0},
      {"5月12日前往日内瓦", 0, 0}, /* went to Geneva on the 12th */
      {"5月12日前夕", 0, 0},       /* on the eve of */
      {"announced on may 12", 0, 0},
      {"自5月14日起", 0, 1}, /* a start, no deadline */
      {"before the law's sunday deadline for divestiture", 1, 0},
      {"set a deadline of may 14 for a sale", 1, 0},
      {"出售限期为5月14日", 1, 0},
      {"付款期限为5月14日", 1, 0},
      {"the deadline passed on sunday", 0, 0}, /* the day it passed, no deadline named */
      {"于5月13日或之前进口", 1, 0},           /* on or before */
      {"goods loaded on or before may 13", 1, 0},
      {"goods imported by may 13 or earlier", 1, 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    cd_value v[MAX_VALUES];
    size_t n = find(v, MAX_VALUES, rows[i].text, strlen(rows[i].text), "2025-05-12"), k = 0;
    while (k < n && v[k].kind != CD_VALUE_DATE) k++;
    if (k == n || v[k].deadline != rows[i].deadline || v[k].start != rows[i].start)
      fail_msg("'%s': deadline %d start %d (want %d, %d)", rows[i].text, k < n ? (int)v[k].deadline : -1,
               k < n ? (int)v[k].start : -1, rows[i].deadline, rows[i].start);
  }
}

/* The start filter lets a grammar try only where a token it starts with
 * stands, and a token that goes on in it ("in excess of", "more than")
 * only with what follows: no token merely sharing a slot of the start
 * table with one ("be", 可), and no "in" or "more" before another word. */
static void test_values_filter_tries_only_starts(void **state) {
  static const struct {
    const char *text;
    size_t tries;
  } rows[] = {
      {"it will be done", 0},      /* "be" shares a first slot with a start */
      {"可以", 0},                 /* so does 可 */
      {"和", 0},                   /* and 和 */
      {"in the end", 1},           /* "end" (of 2024) alone */
      {"in excess of", 1},         /* the modifier, which finds no number */
      {"not more than that", 2},   /* "not more than", then "more than" */
      {"more details", 0},         /* not "more than" */
      {"at the gate", 0},          /* not "at least" */
      {"as in", 0},                /* not "as many as" */
      {"no more than 5 ships", 1}, /* one try, which reads the count */
      {"a company", 0},            /* no number ("a dozen"), no date: "a year ago" only */
      {"a year ago", 1},           /* the date, found */
      {"an  hour", 1},             /* the date: two spaces, what follows may still be a unit */
      {"a third of it", 1},        /* the number, a share */
      {"a dozen ships", 2},        /* the date ("a day ago"), then the number */
      {"for a year", 2},           /* the date, then the number: one of a duration */
      {"an estimated 5 ships", 1}, /* the modifier, which reads the count */
  };
  (void)state;
  for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
    size_t n = cd_values_tries(rows[k].text, strlen(rows[k].text), shipped_units);
    if (n != rows[k].tries) fail_msg("'%s': %zu grammars tried, not %zu", rows[k].text, n, rows[k].tries);
  }
}

/* Rules with more measure words than the measure index holds (CD_MEASURE_WORDS,
 * 256): the words past it are read all the same, in rule order, and a
 * longer one still takes its tail ("up" of "made up"). */
static void test_values_measure_words_past_the_index(void **state) {
  static char filler[300][8];
  static cd_term rise[301], share[1];
  cd_unit measures[2];
  cd_units units;
  cd_value v[4];
  size_t n;
  (void)state;
  memset(measures, 0, sizeof measures);
  memset(&units, 0, sizeof units);
  for (size_t k = 0; k < 300; k++) {
    snprintf(filler[k], sizeof filler[k], "zq%zu", k);
    rise[k].text = filler[k];
  }
  rise[300].text = "up";     /* word 301 */
  share[0].text = "made up"; /* word 302 */
  measures[0].id = "rise";
  measures[0].terms = rise;
  measures[0].nterms = 301;
  measures[1].id = "share";
  measures[1].terms = share;
  measures[1].nterms = 1;
  units.measures = measures;
  units.nmeasures = 2;
  cd_units_index_measures(&units);
  n = cd_values_find(v, 4, "sales were up 5%", 16, NULL, &units, NULL);
  assert_int_equal(n, 1);
  assert_int_equal(v[0].measure, 1);
  n = cd_values_find(v, 4, "chips made up 62%", 17, NULL, &units, NULL);
  assert_int_equal(n, 1);
  assert_int_equal(v[0].measure, 2);
  n = cd_values_find(v, 4, "zq299 of 7%", 11, NULL, &units, NULL);
  assert_int_equal(n, 1);
  assert_int_equal(v[0].measure, 1);
}

static void test_values_len_is_respected(void **state) {
  const char *t = "$5.5 billion";
  cd_value v[MAX_VALUES];
  char buf[64];
  size_t n = find(v, MAX_VALUES, t, 4, NULL); /* "$5.5" */
  (void)state;
  assert_int_equal(n, 1);
  assert_string_equal(cd_value_format(&v[0], buf, sizeof buf), "5.5 USD");
  assert_int_equal(find(v, MAX_VALUES, "55亿美元", 5, NULL), 1); /* "55亿": a count */
  assert_int_equal(find(v, MAX_VALUES, "", 0, NULL), 0);
}

static void test_values_format(void **state) {
  cd_value v;
  char buf[64], tiny[4];
  (void)state;
  memset(&v, 0, sizeof v);
  v.kind = CD_VALUE_PERCENT;
  v.num = 26.4;
  assert_string_equal(cd_value_format(&v, buf, sizeof buf), "26.4%");
  v.kind = CD_VALUE_MONEY;
  v.num = 0.125;
  memcpy(v.currency, "EUR", 4);
  assert_string_equal(cd_value_format(&v, buf, sizeof buf), "0.125 EUR");
  v.num = 1e12;
  assert_string_equal(cd_value_format(&v, tiny, sizeof tiny), "100"); /* truncated, terminated */
  memset(&v, 0, sizeof v);
  v.kind = CD_VALUE_RATIO;
  v.num = 1.5;
  assert_string_equal(cd_value_format(&v, buf, sizeof buf), "1.5x");
  v.range = 1;
  v.lo = 2;
  v.hi = 3;
  assert_string_equal(cd_value_format(&v, buf, sizeof buf), "2..3x");
  assert_string_equal(cd_value_kind_name(CD_VALUE_RATIO), "ratio");
  assert_string_equal(cd_value_kind_name(CD_VALUE_NONE), "none");
}

/* Raw text goes through norm.c as a document's text does (cd_norm_text over
 * the body of a file that starts with front matter, as extract.c calls it),
 * and still parses: full-width digits and signs, upper case, curly quotes,
 * Traditional characters. Each value's span, mapped back through the
 * normaliser's offset map, must be the raw text it came from. */
static void test_values_after_normalisation(void **state) {
  static const char front[] = "---\ndate: 2025-08-01\n---\n"; /* bytes before the body */
  static const struct {
    const char *raw, *want, *spans[3]; /* the raw text of each value, in order */
  } rows[] = {
      {"ＵＳ＄１２Ｂ in sales", "money=12000000000 USD", {"ＵＳ＄１２Ｂ"}},
      {"增长１５％", "percent=15%", {"１５％"}},
      {"Nvidia’s H20 chips", "none", {NULL}},
      {"July 31, 2025", "date=2025-07-31", {"July 31, 2025"}},
      {"５５亿美元", "money=5500000000 USD", {"５５亿美元"}},
      {"￥300 billion", "money=300000000000 CNY", {"￥300 billion"}},
      {"英偉達損失約55億美元", "approx money=5500000000 USD", {"約55億美元"}},
      {"About ５.５ BILLION Dollars", "approx money=5500000000 USD", {"About ５.５ BILLION Dollars"}},
      {"Revenue rose from ＄３ Billion to ＄５ Billion",
       "money=3000000000 USD; money=5000000000 USD",
       {"＄３ Billion", "＄５ Billion"}},
      {"Ｈ２０ sales fell ８％ after a ３％ rise", "percent=8%; percent=3%", {"８％", "３％"}},
  };
  (void)state;
  with_units = 0; /* the rows name values only */
  for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
    char doc[256], got[512], why[512];
    size_t body = strlen(front), len, n, want_n = 0;
    cd_norm nm;
    cd_error err;
    cd_value v[MAX_VALUES];
    memset(&err, 0, sizeof err);
    len = (size_t)snprintf(doc, sizeof doc, "%s%s\n", front, rows[k].raw);
    assert_true(len < sizeof doc);
    if (cd_norm_text(&nm, doc, body, len, &err) < 0) fail_msg("'%s': cd_norm_text: %s", rows[k].raw, err.msg);
    n = find(v, MAX_VALUES, nm.ptr, nm.len, NULL);
    if (!matches(v, n, rows[k].want, why, sizeof why)) {
      describe(v, n, got, sizeof got);
      fail_msg("'%s' after normalisation ('%s'): %s\n  expected: %s\n  got:      %s", rows[k].raw, nm.ptr,
               why, rows[k].want, got);
    }
    while (want_n < 3 && rows[k].spans[want_n]) want_n++;
    assert_int_equal(n, want_n);
    for (size_t i = 0; i < n; i++) {
      size_t a = cd_norm_orig(&nm, v[i].span.start), b = cd_norm_orig(&nm, v[i].span.end);
      if (!(body <= a && a < b && b <= len))
        fail_msg(
            "'%s': value %zu maps back to bytes [%zu, %zu) of a %zu-byte document whose body starts at %zu",
            rows[k].raw, i + 1, a, b, len, body);
      if (b - a != strlen(rows[k].spans[i]) || memcmp(doc + a, rows[k].spans[i], b - a) != 0)
        fail_msg("'%s': value %zu maps back to '%.*s', not '%s'", rows[k].raw, i + 1, (int)(b - a), doc + a,
                 rows[k].spans[i]);
    }
    cd_norm_dispose(&nm);
  }
}

/* ---- The start filter ---------------------------------------------------- */

/* Story files the filter is checked on: every .txt of every story under
 * these roots and of its mutants/ (../shared's only when it is there). */
static const char *const story_roots[] = {"data", "eval/stories", "../shared/eval/stories", "tests/stories"};

#define FILTER_VALUES 512 /* per text: the rest are counted through *more */

/* cd_values_find and cd_values_find_unfiltered on text[0, len) (in a
 * buffer of exactly len bytes), with a document date and the shipped
 * units, with neither, and with the date alone: 0 when they agree value
 * for value, else 1, the first difference printed after where. */
static int filter_agrees(const char *where, const char *text, size_t len) {
  static cd_value a[FILTER_VALUES], b[FILTER_VALUES];
  char *copy = malloc(len ? len : 1);
  cd_date d;
  int bad = 0;
  assert_non_null(copy);
  memcpy(copy, text, len);
  cd_calendar_parse(&d, "2025-08-01", 10);
  for (int how = 0; how < 3 && !bad; how++) {
    const cd_date *date = how == 1 ? NULL : &d;
    const cd_units *units = how == 0 ? shipped_units : NULL;
    size_t amore = 0, bmore = 0;
    size_t na = cd_values_find(a, FILTER_VALUES, copy, len, date, units, &amore);
    size_t nb = cd_values_find_unfiltered(b, FILTER_VALUES, copy, len, date, units, &bmore);
    size_t k = 0;
    while (k < na && k < nb && cd_value_identical(&a[k], &b[k])) k++;
    if (na == nb && amore == bmore && k == na) continue;
    bad = 1;
    with_units = units != NULL;
    if (k < na && k < nb) {
      char x[256], y[256];
      describe_one(&a[k], x, sizeof x);
      describe_one(&b[k], y, sizeof y);
      fprintf(stderr, "%s: value %zu: filtered %s at [%zu, %zu), unfiltered %s at [%zu, %zu) in '%.*s'\n",
              where, k + 1, x, (size_t)a[k].span.start, (size_t)a[k].span.end, y, (size_t)b[k].span.start,
              (size_t)b[k].span.end, (int)(len < 300 ? len : 300), text);
    } else {
      size_t at = k < na ? a[k].span.start : k < nb ? b[k].span.start : 0;
      fprintf(stderr,
              "%s: %zu (+%zu) values filtered, %zu (+%zu) unfiltered; first apart at byte %zu: '%.60s'\n",
              where, na, amore, nb, bmore, at, text + (at < len ? at : len));
    }
  }
  free(copy);
  return bad;
}

/* The filter on a file: its text normalised as a whole, and line by line
 * (about a sentence each, as the scan is called). */
static int filter_agrees_on_file(const char *path, int *texts) {
  FILE *f = fopen(path, "rb");
  char *raw, *text, where[600];
  long size;
  int bad = 0, line = 1;
  if (!f) return fprintf(stderr, "%s: cannot open\n", path), 1;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  rewind(f);
  raw = malloc((size_t)size + 1);
  assert_non_null(raw);
  assert_int_equal(fread(raw, 1, (size_t)size, f), (size_t)size);
  fclose(f);
  raw[size] = '\0';
  text = cd_norm_string(raw);
  assert_non_null(text);
  snprintf(where, sizeof where, "%s (whole)", path);
  bad |= filter_agrees(where, text, strlen(text));
  for (char *p = text, *nl; *p; p = nl + (*nl != '\0'), line++) {
    nl = strchr(p, '\n');
    if (!nl) nl = p + strlen(p);
    snprintf(where, sizeof where, "%s:%d", path, line);
    bad |= filter_agrees(where, p, (size_t)(nl - p));
    (*texts)++;
  }
  free(text);
  free(raw);
  return bad;
}

/* Every .txt of dir: how many files disagree; *files counts those read. */
static int filter_agrees_in_dir(const char *dir, int *files, int *texts) {
  DIR *d = opendir(dir);
  struct dirent *e;
  int bad = 0;
  if (!d) return 0;
  while ((e = readdir(d))) {
    char path[512];
    size_t l = strlen(e->d_name);
    if (l <= 4 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    bad += filter_agrees_on_file(path, texts);
    (*files)++;
  }
  closedir(d);
  return bad;
}

/* The filtered scan passes over what starts nothing eight bytes at a time
 * and by its own byte loop (values.c next_start): text that is no story's,
 * upper case, words of every length against the eight-byte loads, a digit
 * glued to a long word, and bytes that are no valid UTF-8 (a cut
 * character, a stray continuation byte, as a fuzzer sends), "a" and "an"
 * (which ask), runs of Chinese characters, and modifiers after which the
 * quantity grammar asks the start tables again (vs_may_start), must come
 * out as the unfiltered scan reads them. */
static void test_values_filter_odd_text(void **state) {
  static const char *const texts[] = {
      "In April 2025 The Firm Sold 5 Ships",
      "abcdefghijklmnopq5 3 ships",
      "abcdefg 7 abcdefgh 8 abcdefghi 9",
      "the thirty-three thousand tonnes",
      "a\x80"
      "b 5 ships \x80\x80 3%",
      "12 ships \xE4\xB8",
      "5\xE4",
      "\xBF"
      "7 \xC3 $5",
      "THIRTY Percent In Q3",
      "ab$5 x$6 7$",
      "a  year ago",
      "a\tweek ago",
      "an \tday ago",
      "a  dozen",
      "\xE4"
      "5 ships",
      "\xE4\xB8"
      "5 ships",
      "\xF0"
      "5%",
      "for a year, within  a month, a third of it, an estimated 5 ships, a-third",
      "约束条件下约5亿美元，超过约5家，约 5亿，约rmb3亿",
      "约束\xE4\xB8",
      "约\xE4",
      "中文abc中文5家",
      "over the 5, over\t5 ships, about about 5, between the two and 5, between 3 and 5",
  };
  (void)state;
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
    if (filter_agrees("odd text", texts[k], strlen(texts[k])))
      fail_msg("'%s': filtered and unfiltered differ", texts[k]);
}

/* The scan tries a grammar only where its start words say a value of it
 * can start (values_scan.h); trying every grammar everywhere must find the
 * very same values, on every story file we have and on every row of the
 * value tables (whose edge cases the stories may lack: "year-long"). */
static void test_values_filter_changes_nothing(void **state) {
  int files = 0, texts = 0, bad = 0, rows = 0;
  (void)state;
  for (size_t r = 0; r < sizeof story_roots / sizeof story_roots[0]; r++) {
    DIR *d = opendir(story_roots[r]);
    struct dirent *e;
    if (!d) continue; /* ../shared is not everywhere */
    while ((e = readdir(d))) {
      char dir[512];
      if (e->d_name[0] == '.') continue;
      snprintf(dir, sizeof dir, "%s/%s", story_roots[r], e->d_name);
      bad += filter_agrees_in_dir(dir, &files, &texts);
      snprintf(dir, sizeof dir, "%s/%s/mutants", story_roots[r], e->d_name);
      bad += filter_agrees_in_dir(dir, &files, &texts);
    }
    closedir(d);
  }
  {
    DIR *d = opendir(TABLE_DIR);
    struct dirent *e;
    assert_non_null(d);
    while ((e = readdir(d))) {
      char path[512], *line = NULL;
      size_t cap = 0, l = strlen(e->d_name);
      ssize_t got;
      FILE *f;
      int lineno = 0;
      if (l <= 4 || strcmp(e->d_name + l - 4, ".tsv") != 0) continue;
      snprintf(path, sizeof path, "%s/%s", TABLE_DIR, e->d_name);
      assert_non_null(f = fopen(path, "r"));
      while ((got = getline(&line, &cap, f)) >= 0) {
        char where[600], *tab, *text, *norm;
        lineno++;
        if (line[0] == '#' || !(tab = strchr(line, '\t'))) continue;
        text = tab + 1;
        if ((tab = strchr(text, '\t'))) *tab = '\0';
        snprintf(where, sizeof where, "%s:%d", path, lineno);
        bad += filter_agrees(where, text, strlen(text)); /* as written, and normalised */
        assert_non_null(norm = cd_norm_string(text));
        bad += filter_agrees(where, norm, strlen(norm));
        free(norm);
        rows++;
      }
      free(line);
      fclose(f);
    }
    closedir(d);
  }
  if (files < 100 || rows < 100) fail_msg("only %d story files and %d table rows found", files, rows);
  if (bad) fail_msg("the start filter lost or changed values in %d of %d files and rows", bad, files + rows);
  fprintf(stderr, "start filter: %d story files (%d lines) and %d table rows agree\n", files, texts, rows);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values_tables),
      cmocka_unit_test(test_values_chinese_scale_matches_english),
      cmocka_unit_test(test_values_wrong_scale_is_incompatible),
      cmocka_unit_test(test_values_stretches_compare_end_by_end),
      cmocka_unit_test(test_values_approx_widens_only_so_far),
      cmocka_unit_test(test_values_bounds),
      cmocka_unit_test(test_values_month_contains_day),
      cmocka_unit_test(test_values_weekday_resolves_against_document),
      cmocka_unit_test(test_values_unresolved_is_not_comparable),
      cmocka_unit_test(test_values_unresolved_cue_is_the_text),
      cmocka_unit_test(test_values_units_compare),
      cmocka_unit_test(test_values_strict_bounds),
      cmocka_unit_test(test_values_measures_compare),
      cmocka_unit_test(test_values_running_totals),
      cmocka_unit_test(test_values_days_slip_only_when_reckoned),
      cmocka_unit_test(test_values_weekday_or_next_week),
      cmocka_unit_test(test_values_spans_by_their_ends),
      cmocka_unit_test(test_values_intraday_readings),
      cmocka_unit_test(test_values_deadlines),
      cmocka_unit_test(test_values_packs_compare),
      cmocka_unit_test(test_values_durations_compare),
      cmocka_unit_test(test_values_currency_must_match),
      cmocka_unit_test(test_values_ratios_compare),
      cmocka_unit_test(test_values_rounds_to),
      cmocka_unit_test(test_values_fractions_and_spans_compare),
      cmocka_unit_test(test_values_two_values_in_one_sentence),
      cmocka_unit_test(test_values_term_bounds),
      cmocka_unit_test(test_values_len_is_respected),
      cmocka_unit_test(test_values_filter_tries_only_starts),
      cmocka_unit_test(test_values_filter_odd_text),
      cmocka_unit_test(test_values_measure_words_past_the_index),
      cmocka_unit_test(test_values_format),
      cmocka_unit_test(test_values_after_normalisation),
      cmocka_unit_test(test_values_filter_changes_nothing),
  };
  return cmocka_run_group_tests(tests, load_rules, free_rules);
}
