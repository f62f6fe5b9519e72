/* test_pattern.c: the boilerplate patterns' matcher (pattern.h): a table
 * of patterns and lines, syntax errors, agreement with glibc's POSIX
 * regexec on random lines, and 1 MB adversarial lines against every
 * shipped pattern. */
#include "testutil.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "pattern.h"

static const struct {
  const char *pattern, *text;
  int search;  /* matches anywhere */
  long prefix; /* end of the longest match at the start, -1 none */
} rows[] = {
    {"abc", "xxabcxx", 1, -1},
    {"abc", "abcd", 1, 3},
    {"^abc", "xabc", 0, -1},
    {"abc$", "xabc", 1, -1},
    {"abc$", "abcx", 0, -1},
    {"a*", "", 1, 0},
    {"a*", "aaab", 1, 3},            /* the longest */
    {"(a|ab)(c|bcd)", "abcd", 1, 4}, /* longest overall, not first alternative */
    {"x{2,3}", "axxxx", 1, -1},
    {"^x{2,3}", "xxxx", 1, 3},
    {"^(ab){1,3}$", "ababab", 1, 6},
    {"^(ab){1,3}$", "abababab", 0, -1},
    {"^(ab){2,}", "abababab", 1, 8},
    {"(^|[ (])(©|photo:)", "a (photo: x", 1, -1},
    {"(^|[ (])(©|photo:)", "aphoto: x", 0, -1},
    {"(^|[ (])(©|photo:)", "photo: x", 1, 6},
    {"( |$|[.,])x", "ax", 0, -1},
    {"a( |$)", "a", 1, 1},
    {"[]a]+", "]a]b", 1, 3},
    {"[^]a]+", "bc]", 1, 2},
    {"[a-c-]+", "a-b-cd", 1, 5},
    {"[[:digit:]]{4}", "in 2025", 1, -1},
    {"[[:alpha:]]+ [[:space:]]?x", "ab x", 1, 4},
    {"\\(a\\)", "(a)", 1, 3},
    {"a.c",
     "a\xE6\x97\xA5"
     "c",
     0, -1}, /* bytes: a Chinese character is three */
    {"a.{3}c",
     "a\xE6\x97\xA5"
     "c",
     1, 5},
    {"^[^ ,:]{0,6}日(电|讯)", "北京日电", 1, 12},
    {"^[^ ,:]{0,6}日(电|讯)", "北 京日电", 0, -1},
    {"x|", "abc", 1, 0}, /* an empty branch matches the empty line start */
    {"(a*)*b", "aaaa", 0, -1},
    {"(a*)*b", "aab", 1, 3},
    {"^$", "", 1, 0},
    {"^$", "a", 0, -1},
};

static void test_pattern_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_pattern *p;
    cd_pattern_work *w = cd_pattern_work_new(); /* a work outlives none of its patterns */
    char msg[200];
    size_t len = strlen(rows[i].text);
    if (cd_pattern_compile(&p, rows[i].pattern, msg, sizeof msg) != 0) fail_msg("row %zu: %s", i, msg);
    if (cd_pattern_search(p, w, rows[i].text, len) != rows[i].search ||
        cd_pattern_prefix(p, w, rows[i].text, len) != rows[i].prefix)
      fail_msg("row %zu: /%s/ on '%s': search %d prefix %ld, want %d %ld", i, rows[i].pattern, rows[i].text,
               cd_pattern_search(p, w, rows[i].text, len), cd_pattern_prefix(p, w, rows[i].text, len),
               rows[i].search, rows[i].prefix);
    cd_pattern_free(p);
    cd_pattern_work_free(w);
  }
}

/* A saved pattern (a cache keeps them) reads back as the same pattern:
 * saved again it is the same bytes, and it answers every row alike; cut
 * short, or with an instruction's target out of bounds, it is refused. */
static void test_pattern_saved(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_pattern *p, *q;
    cd_pattern_work *w = cd_pattern_work_new();
    unsigned char *a, *b;
    size_t na, nb, len = strlen(rows[i].text);
    char msg[200];
    assert_int_equal(cd_pattern_compile(&p, rows[i].pattern, msg, sizeof msg), 0);
    assert_int_equal(cd_pattern_save(p, &a, &na), 0);
    assert_int_equal(cd_pattern_load(&q, a, na), 0);
    assert_int_equal(cd_pattern_save(q, &b, &nb), 0);
    assert_true(na == nb && !memcmp(a, b, na));
    assert_int_equal(cd_pattern_search(q, w, rows[i].text, len), rows[i].search);
    assert_int_equal(cd_pattern_prefix(q, w, rows[i].text, len), rows[i].prefix);
    for (size_t k = 0; k < na; k += 1 + k / 8) {
      cd_pattern *r = NULL;
      assert_int_equal(cd_pattern_load(&r, a, k), -1);
      assert_null(r);
    }
    cd_pattern_free(q);
    b[0] = (unsigned char)(b[0] + 1); /* n one more: the last instruction is no I_MATCH, or runs over */
    assert_int_equal(cd_pattern_load(&q, b, nb), -1);
    cd_pattern_free(p);
    free(a);
    free(b);
    cd_pattern_work_free(w);
  }
}

static const struct {
  const char *pattern, *msg;
} bad[] = {
    {"(ab", "unclosed '(' at byte 3"},
    {"ab)", "unmatched ')' at byte 2"},
    {"[ab", "unclosed '['"},
    {"*a", "nothing to repeat at byte 0"},
    {"a{3,1}", "a count range out of order"},
    {"a{256}", "a count is at most 255"},
    {"a{2", "unclosed '{'"},
    {"[[:word:]]", "unknown character class"},
    {"[z-a]", "range out of order"},
    {"a\\", "trailing '\\'"},
    {"[[=a=]]", "collating elements are not supported"},
    {"(((((a{255}){255}){255})))", "pattern too large"},
    /* stacked repetitions double their operand's code each: past the cap
     * the compiler stops at once (fuzz_rules found 64 of them hanging) */
    {"ab++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++", "pattern too large"},
};

static void test_pattern_errors(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    cd_pattern *p = NULL;
    char msg[200] = "";
    if (cd_pattern_compile(&p, bad[i].pattern, msg, sizeof msg) != -1 || !strstr(msg, bad[i].msg))
      fail_msg("/%s/: got '%s', want '%s'", bad[i].pattern, msg, bad[i].msg);
    assert_null(p);
  }
}

/* What every match holds (cd_pattern_words, cd_pattern_may_end_on): the
 * words, joined by '|' in the order found ("" none known), and the bytes
 * of "abo.9" a match may end a text on. */
static const struct {
  const char *pattern, *words, *ends;
} needs[] = {
    {"abc", "abc", "abo.9"},
    {"(a|b)c", "ac|bc", "abo.9"},
    {"[a-z]+", "", "abo.9"},
    {"x*", "", "abo.9"},
    {"x|", "", "abo.9"},
    {"a{0,3}(b|c)d", "bd|cd", "abo.9"},
    {"[^|]{1,60} [|] x", " | x", "abo.9"},
    {"(ab){2,}", "ab", "abo.9"},
    {"(photo:|\xC2\xA9|by )x?", "photo:|\xC2\xA9|by ", "abo.9"},
    {"(day|week)s? ago$", "days ago|day ago|weeks ago|week ago", "o"},
    {"[a-z]+ (day|week)s? ago$", " days ago| day ago| weeks ago| week ago", "o"},
    {"ago$|[0-9]$", "ago|0|1|2|3|4|5|6|7|8|9", "o9"},
    {"ago$|[0-9]", "ago|0|1|2|3|4|5|6|7|8|9", "abo.9"},
    {"ago$|[0-9a-z]", "", "abo.9"},
    {"x*$", "", "abo.9"},
    {"^$", "", "abo.9"},
    {"[ab]$", "a|b", "ab"},
    {"(abcdefghijklmnopq|x)", "abcdefghijklmnop|x", "abo.9"}, /* cut to 16 bytes */
    {"[^.!?]{20,} [0-9]{1,2}$", "0|1|2|3|4|5|6|7|8|9", "9"},
};

static void test_pattern_words(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof needs / sizeof *needs; i++) {
    cd_pattern *p;
    const char *const *words;
    char msg[200], got[200] = "", ends[8] = "";
    size_t n;
    if (cd_pattern_compile(&p, needs[i].pattern, msg, sizeof msg) != 0) fail_msg("row %zu: %s", i, msg);
    n = cd_pattern_words(p, &words);
    for (size_t k = 0; k < n; k++)
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? "|" : "", words[k]);
    for (const char *c = "abo.9"; *c; c++)
      if (cd_pattern_may_end_on(p, (unsigned char)*c)) ends[strlen(ends)] = *c;
    if (strcmp(got, needs[i].words) != 0 || strcmp(ends, needs[i].ends) != 0)
      fail_msg("/%s/: words '%s', ends on '%s'; want '%s', '%s'", needs[i].pattern, got, ends, needs[i].words,
               needs[i].ends);
    cd_pattern_free(p);
  }
}

/* How every match begins (cd_pattern_heads): the heads joined by '|' in
 * the order found ("" none known). */
static const struct {
  const char *pattern, *heads;
} starts[] = {
    {"^abc", "abc"},
    {"abc", ""}, /* a match may start anywhere */
    {"^(ab|c)d", "abd|cd"},
    {"^a|b", ""},
    {"^(by |x)?[a-z]", ""}, /* "[a-z]": 26 bytes, over 24 strings */
    {"^(by |x)?[0-9]", "0|1|2|3|4|5|6|7|8|9|by |x0|x1|x2|x3|x4|x5|x6|x7|x8|x9"}, /* "by " not grown: 30 */
    {"^(what|how)('s)? ", "how |how's |what |what's "},
    {"^get (x|y)?", "get "},                      /* a match may end after "get " */
    {"^ab$|^abc", "ab"},                          /* ... or at the text's end */
    {"^abcdefghijklmnopqrs", "abcdefghijklmnop"}, /* cut to 16 bytes */
    {"^$", ""},
    {"^(x|)", ""},
    {"^a[^b]", "a"}, /* 255 bytes next */
};

static void test_pattern_heads(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof starts / sizeof *starts; i++) {
    cd_pattern *p, *q;
    const char *const *heads;
    char msg[200], got[400] = "";
    unsigned char *saved;
    size_t n, ns;
    if (cd_pattern_compile(&p, starts[i].pattern, msg, sizeof msg) != 0) fail_msg("row %zu: %s", i, msg);
    n = cd_pattern_heads(p, &heads);
    for (size_t k = 0; k < n; k++)
      snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", k ? "|" : "", heads[k]);
    if (strcmp(got, starts[i].heads) != 0)
      fail_msg("/%s/: heads '%s', want '%s'", starts[i].pattern, got, starts[i].heads);
    assert_int_equal(cd_pattern_save(p, &saved, &ns), 0); /* a loaded pattern finds the same */
    assert_int_equal(cd_pattern_load(&q, saved, ns), 0);
    assert_int_equal(cd_pattern_heads(q, &heads), n);
    cd_pattern_free(q);
    cd_pattern_free(p);
    free(saved);
  }
}

/* Does a text that p matches begin with one of its heads? */
static int begins_with_head(const cd_pattern *p, const char *line) {
  const char *const *heads;
  size_t n = cd_pattern_heads(p, &heads);
  int found = n == 0;
  for (size_t k = 0; k < n && !found; k++) found = strncmp(line, heads[k], strlen(heads[k])) == 0;
  return found;
}

/* Does a text that p matches hold what every match holds? */
static int holds_needs(const cd_pattern *p, const char *line, size_t len) {
  const char *const *words;
  size_t n = cd_pattern_words(p, &words);
  int found = n == 0;
  for (size_t k = 0; k < n && !found; k++) found = strstr(line, words[k]) != NULL;
  return found && (len == 0 || cd_pattern_may_end_on(p, (unsigned char)line[len - 1]));
}

/* Random lines made of pieces the shipped patterns care about, matched by
 * both glibc (the POSIX reference, on bytes in the C locale) and ours. */
static void test_pattern_agrees_with_posix(void **state) {
  static const char *const pieces[] = {
      "a",       "x",          "1",          "0",         " ",          ".",           ",",     "(",
      ")",       "-",          "|",          ":",         "—",          "\xC2\xB7 ",   "日",    "电",
      "讯",      "记者",       "【",         "】",        "新华社",     "by ",         "get ",  "the ",
      " brief",  "app store",  "photo:",     "©",         "ago",        "3 days ago",  "a day", " an",
      "follow ", " on google", "(reuters) ", "beijing, ", "washington", "2025-08-01 ", "12:30", "download"};
  static const char *const extra[] = {"^(by ([a-z]+ ?){1,3})$",
                                      "([0-9]{1,6}|(^|[^a-z])an?) (day|week)s? ago$",
                                      "^[^|]{1,20}( [|] [^|]{1,20}){2,}$",
                                      "(a|b)*x",
                                      "^(a|)b",
                                      "[^|]{1,20} [|] (x|a)",
                                      "(ago|1)$|\\(",
                                      "a{0,3}(0|1)x?$",
                                      ":?$"};
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  const char *srcs[64];
  size_t n = 0, matched = 0;
  cd_pattern_work *w = cd_pattern_work_new();
  (void)state;
  assert_int_equal(cd_engine_new(&e, &dir, 1, &err), 0);
  for (size_t i = 0; i < e->rs->nbp && n < 50; i++)
    if (e->rs->bp[i].pattern) srcs[n++] = e->rs->bp[i].pattern_text;
  assert_true(n >= 10); /* the shipped rules' patterns */
  for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) srcs[n++] = extra[i];
  srand(12);
  for (size_t k = 0; k < n; k++) {
    regex_t re;
    cd_pattern *p;
    char msg[200];
    assert_int_equal(regcomp(&re, srcs[k], REG_EXTENDED), 0);
    assert_int_equal(cd_pattern_compile(&p, srcs[k], msg, sizeof msg), 0);
    for (int t = 0; t < 3000; t++) {
      char line[400];
      size_t len = 0;
      regmatch_t m;
      int want;
      long want_prefix;
      for (int j = rand() % 12; j > 0; j--) {
        const char *piece = pieces[rand() % (sizeof pieces / sizeof *pieces)];
        if (len + strlen(piece) < sizeof line) memcpy(line + len, piece, strlen(piece)), len += strlen(piece);
      }
      line[len] = '\0';
      want = regexec(&re, line, 1, &m, 0) == 0;
      want_prefix = want && m.rm_so == 0 ? (long)m.rm_eo : -1;
      if (cd_pattern_search(p, w, line, len) != want || cd_pattern_prefix(p, w, line, len) != want_prefix)
        fail_msg("/%s/ on '%s': glibc %d %ld, ours %d %ld", srcs[k], line, want, want_prefix,
                 cd_pattern_search(p, w, line, len), cd_pattern_prefix(p, w, line, len));
      if (want && !holds_needs(p, line, len))
        fail_msg("/%s/ matches '%s', which holds none of its words or ends on a byte it cannot", srcs[k],
                 line);
      if (want && !begins_with_head(p, line))
        fail_msg("/%s/ matches '%s', which begins with none of its heads", srcs[k], line);
      matched += want;
    }
    regfree(&re);
    cd_pattern_free(p);
    cd_pattern_work_free(w); /* a work outlives none of its patterns */
    w = cd_pattern_work_new();
  }
  cd_pattern_work_free(w);
  cd_engine_free(e);
  assert_true(matched > 1000); /* the words were put to the test */
}

/* Every shipped pattern on 1 MB lines built to make a backtracking or
 * per-position matcher slow (a line of digits made glibc's regexec
 * quadratic): each must finish, and the DFA's states stay bounded. */
static void test_pattern_adversarial_lines(void **state) {
  static const char *const units[] = {"1", "get ", "a ", "日", "(", "by a ", "| ", "x", "download the x ",
                                      " ·"};
  const char *dir = "rules";
  cd_engine *e = NULL;
  cd_error err;
  size_t size = 1 << 20;
  char *line = malloc(size);
  cd_pattern_work *w = cd_pattern_work_new();
  (void)state;
  assert_non_null(line);
  assert_int_equal(cd_engine_new(&e, &dir, 1, &err), 0);
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    size_t l = strlen(units[u]);
    for (size_t i = 0; i < size; i++) line[i] = units[u][i % l];
    for (size_t r = 0; r < e->rs->nbp; r++) {
      const cd_pattern *p = e->rs->bp[r].pattern;
      if (!p) continue;
      assert_true(cd_pattern_search(p, w, line, size) >= 0);
      assert_true(cd_pattern_prefix(p, w, line, size) >= -1);
    }
  }
  cd_pattern_work_free(w);
  cd_engine_free(e);
  free(line);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pattern_table),
      cmocka_unit_test(test_pattern_saved),
      cmocka_unit_test(test_pattern_heads),
      cmocka_unit_test(test_pattern_errors),
      cmocka_unit_test(test_pattern_words),
      cmocka_unit_test(test_pattern_agrees_with_posix),
      cmocka_unit_test(test_pattern_adversarial_lines),
  };
  return cmocka_run_group_tests_name("pattern", tests, NULL, NULL);
}
