/* test_trim.c: boilerplate trimming (trim.h). cd_trim_lines reads every
 * rule's words in one pass over a line; cd_trim_lines_by_rule lets each
 * rule read the line by itself, as rule examples are checked; cd_trim_mark
 * with one cd_trim for every document (as the engine does) reads with
 * automata earlier documents warmed. The three must
 * agree on every line (dropped or not, the rule, the span kept) for every
 * story file of the project and for random documents built from the rules'
 * own words; and 1 MB adversarial lines must go through in one pass. */
#include "testutil.h"

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "norm.h"
#include "pattern.h"
#include "rules.h"
#include "trim.h"

static cd_ruleset *rules;
static cd_trim *shipped; /* the shipped rules' trim, for every document of every test */

static int rules_setup(void **state) {
  (void)state;
  return (rules = shipped_rules()) && cd_trim_new(&shipped, rules->bp, rules->nbp, NULL) == 0 ? 0 : -1;
}

static int rules_teardown(void **state) {
  (void)state;
  cd_trim_free(shipped);
  cd_rules_free(rules);
  return 0;
}

static int same_line(const cd_line *a, const cd_line *b) {
  return a->dropped == b->dropped && a->rule == b->rule && a->nspan.start == b->nspan.start &&
         a->nspan.end == b->nspan.end;
}

/* The rules the comparisons use, and a trim of them for every document:
 * the shipped ones, or (test_trim_many_rules) several copies of them. */
static const cd_bp_rule *cmp_bp;
static size_t cmp_nbp;
static cd_trim *shared;

static int use_shipped(void **state) {
  (void)state;
  cmp_bp = rules->bp;
  cmp_nbp = rules->nbp;
  shared = shipped;
  return 0;
}

/* Trims nm the three ways and fails at the first line they judge apart;
 * adds each line's deciding rule to decided[] (nbp counters). Returns the
 * number of lines. */
static size_t compare_ways(const cd_norm *nm, const char *orig, const char *what, size_t *decided) {
  cd_line *a = NULL, *b = NULL, *c = NULL;
  size_t na = 0, nb = 0, nc = 0;
  assert_int_equal(cd_trim_lines(&a, &na, nm, orig, cmp_bp, cmp_nbp, NULL), 0);
  assert_int_equal(cd_trim_lines_by_rule(&b, &nb, nm, orig, cmp_bp, cmp_nbp, NULL), 0);
  assert_int_equal(cd_trim_mark(&c, &nc, shared, nm, orig, NULL), 0);
  assert_int_equal(na, nb);
  assert_int_equal(nc, nb);
  for (size_t k = 0; k < na; k++) {
    if (!same_line(&a[k], &b[k]) || !same_line(&c[k], &b[k]))
      fail_msg("%s: line %zu \"%.*s\": one pass says dropped %d by rule %d from byte %zu, the shared trim "
               "dropped %d by rule %d from byte %zu, rule by rule dropped %d by rule %d from byte %zu",
               what, k + 1, (int)(b[k].nspan.end - b[k].nspan.start), nm->ptr + b[k].nspan.start,
               a[k].dropped, a[k].rule, a[k].nspan.start, c[k].dropped, c[k].rule, c[k].nspan.start,
               b[k].dropped, b[k].rule, b[k].nspan.start);
    if (a[k].rule >= 0) decided[a[k].rule]++;
  }
  free(a);
  free(b);
  free(c);
  return na;
}

/* Hand-made rules whose words overlap as the shipped ones do not yet: a
 * word inside another, at its end, across two rules, and a line that
 * equals a `lines` word but for its closing marks. */
static const char *const r0_lines[] = {"comments", "a.", NULL};
static const char *const r1_contains[] = {"bcd", "xbc", NULL};
static const char *const r2_prefixes[] = {"ab", NULL};
static const char *const r2_contains[] = {"abcde", "c", "bcdex", NULL};
static const char *const r3_contains[] = {"de", "zzz", NULL};

static void set_words(const char ***out, size_t *n, const char *const *words) {
  *out = (const char **)words;
  for (*n = 0; words[*n]; (*n)++) continue;
}

/* contains sorted by first byte, as rules_sections.c leaves them */
static void index_contains(cd_bp_rule *r, const char *const *words, const char **sorted) {
  size_t k = 0;
  set_words(&r->contains, &r->ncontains, words);
  memset(r->contains_from, 0, sizeof r->contains_from);
  for (int c = 0; c < 256; c++) {
    r->contains_from[c] = (unsigned short)k;
    for (size_t i = 0; i < r->ncontains; i++)
      if ((unsigned char)words[i][0] == c) sorted[k++] = words[i];
  }
  r->contains_from[256] = (unsigned short)k;
  r->contains = sorted;
}

static void test_trim_overlapping_words(void **state) {
  static const struct {
    const char *line;
    int rule; /* the rule that drops it, -1 none */
  } rows[] = {
      {"comments", 0}, {"comments:.!", 0}, {"comments.x", 2}, {"a..", 0},        {"a.b.", -1},   {"a.x", -1},
      {"xxbcd", 1},    {"xbcz", 1},        {"abz", 2},        {"zab", -1},       {"zzc", 2},     {"bcdez", 1},
      {"zzde", 3},     {"zzdxe", -1},      {"qqzzzq", 3},     {"- comments", 0}, {"qqabcdq", 1}, {"qqdeq", 3},
      {"", -1},        {"qqcdeq", 2},      {"qqbcdex", 1},
  };
  const char *sorted[4][4];
  cd_bp_rule bp[4];
  cd_trim *t = NULL; /* one for every row, as an engine's */
  (void)state;
  memset(bp, 0, sizeof bp);
  for (int r = 0; r < 4; r++) bp[r].id = "hand-made";
  set_words(&bp[0].lines, &bp[0].nlines, r0_lines);
  index_contains(&bp[1], r1_contains, sorted[1]);
  set_words(&bp[2].prefixes, &bp[2].nprefixes, r2_prefixes);
  index_contains(&bp[2], r2_contains, sorted[2]);
  index_contains(&bp[3], r3_contains, sorted[3]);
  assert_int_equal(cd_trim_new(&t, bp, 4, NULL), 0);
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_norm nm;
    cd_line *a = NULL, *b = NULL, *c = NULL;
    size_t na = 0, nb = 0, nc = 0;
    assert_int_equal(cd_norm_text(&nm, rows[i].line, 0, strlen(rows[i].line), NULL), 0);
    assert_int_equal(cd_trim_lines(&a, &na, &nm, rows[i].line, bp, 4, NULL), 0);
    assert_int_equal(cd_trim_lines_by_rule(&b, &nb, &nm, rows[i].line, bp, 4, NULL), 0);
    assert_int_equal(cd_trim_mark(&c, &nc, t, &nm, rows[i].line, NULL), 0);
    assert_true(na == 1 && nb == 1 && nc == 1);
    if (a[0].rule != rows[i].rule || b[0].rule != rows[i].rule || c[0].rule != rows[i].rule ||
        a[0].dropped != (rows[i].rule >= 0))
      fail_msg("row %zu \"%s\": rule %d in one pass, %d rule by rule, %d by a shared trim, want %d", i,
               rows[i].line, a[0].rule, b[0].rule, c[0].rule, rows[i].rule);
    free(a);
    free(b);
    free(c);
    cd_norm_dispose(&nm);
  }
  cd_trim_free(t);
}

/* Every story file of data/, eval/stories/, ../shared/eval/stories/ (when
 * there) and tests/stories/, and the eval mutants. */
typedef struct {
  size_t lines, *decided;
} story_tally;

static void trim_story(const char *path, const cd_doc *doc, const cd_norm *nm, void *ctx) {
  story_tally *t = ctx;
  t->lines += compare_ways(nm, doc->bytes, path, t->decided);
}

static void test_trim_one_pass_agrees_on_stories(void **state) {
  static const char *const globs[] = {"data/*/*.txt",
                                      "eval/stories/*/*.txt",
                                      "eval/stories/*/mutants/*.txt",
                                      "../shared/eval/stories/*/*.txt",
                                      "../shared/eval/stories/*/mutants/*.txt",
                                      "tests/stories/*/*.txt"};
  story_tally t = {0, calloc(rules->nbp, sizeof *t.decided)};
  size_t files, dropped = 0;
  (void)state;
  assert_non_null(t.decided);
  files = each_story_file(globs, sizeof globs / sizeof *globs, trim_story, &t);
  for (size_t r = 0; r < rules->nbp; r++) dropped += t.decided[r];
  printf("# %zu files, %zu lines, %zu judged by a rule\n", files, t.lines, dropped);
  assert_true(files >= 100 && dropped >= 200); /* the stories are there, and hold furniture */
  free(t.decided);
}

/* xorshift64: the same random documents every run */
static uint64_t next_random(uint64_t *x) {
  *x ^= *x << 13;
  *x ^= *x >> 7;
  *x ^= *x << 17;
  return *x;
}

/* Pieces of lines: the rules' own words (each in and out of place), and
 * the shapes of their patterns, so that many lines hit a rule, two rules,
 * or miss one by a byte. */
static const char *const pieces[] = {
    " ",
    "  ",
    "- ",
    "* ",
    "\xE2\x80\xA2 ", /* • */
    ".",
    ":",
    "!",
    "?",
    ",",
    "|",
    " | ",
    " \xC2\xB7 ", /* · */
    "-- ",
    "\xE2\x80\x94 ", /* — */
    "washington ",
    "beijing, aug 1 ",
    "(reuters) ",
    "(bloomberg) -- ",
    "by john smith",
    "by a. b. jones and c. d",
    "published on ",
    "5 minutes ago",
    "an hour ago",
    "2025-08-01 12:30",
    "photo: ",
    "(getty images)",
    "\xC2\xA9 acme",
    "get the daily brief",
    "download our app on the app store",
    "follow acme on google",
    "the ministry said",
    "nvidia denies backdoors",
    "12",
    "3",
    "a",
    "the",
    "in",
    "to",
    "\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE5\x8C\x97\xE4\xBA\xAC" /* 新华社北京 */,
    "8\xE6\x9C\x88"
    "1\xE6\x97\xA5\xE7\x94\xB5" /* 8月1日电 */,
    "\xE8\xAE\xB0\xE8\x80\x85 \xE5\xBC\xA0\xE4\xB8\x89" /* 记者 张三 */,
    "\xE8\xA7\x84\xE5\x88\x99" /* 规则 */,
    "\xE3\x80\x82" /* 。 */,
    "what is covered. ",
    "why it matters: ",
    "what changes",
    "install it from the play store",
};

/* Appends a random piece or a rule's word (a prefix of it, sometimes). */
static void add_piece(char *line, size_t cap, uint64_t *x) {
  size_t n = strlen(line), k = next_random(x) % 3;
  const char *p = pieces[next_random(x) % (sizeof pieces / sizeof *pieces)];
  size_t l;
  if (k == 0) {
    const cd_bp_rule *r = &rules->bp[next_random(x) % rules->nbp];
    size_t nw = r->nlines + r->nprefixes + r->ncontains, w;
    if (nw) {
      w = next_random(x) % nw;
      p = w < r->nlines                  ? r->lines[w]
          : w < r->nlines + r->nprefixes ? r->prefixes[w - r->nlines]
                                         : r->contains[w - r->nlines - r->nprefixes];
    }
  }
  l = strlen(p);
  if (k == 0 && next_random(x) % 4 == 0) l -= l / 2; /* a word cut short */
  if (n + l + 1 < cap) {
    memcpy(line + n, p, l);
    line[n + l] = '\0';
  }
}

/* ndocs random documents of up to 24 lines, compared the three ways. */
static void compare_on_random_documents(int ndocs, size_t *decided) {
  uint64_t x = 0x9E3779B97F4A7C15u;
  size_t cap = 1 << 16;
  char *text = malloc(cap), line[400], prev[8][400];
  assert_non_null(text);
  memset(prev, 0, sizeof prev);
  for (int d = 0; d < ndocs; d++) {
    size_t n = 0, nlines = 1 + next_random(&x) % 24;
    char what[64];
    cd_norm nm;
    for (size_t k = 0; k < nlines; k++) {
      size_t npieces = next_random(&x) % 7;
      line[0] = '\0';
      if (next_random(&x) % 10 == 0) { /* a line seen a few lines up */
        memcpy(line, prev[next_random(&x) % 8], sizeof line);
      } else {
        for (size_t i = 0; i < npieces; i++) add_piece(line, sizeof line, &x);
      }
      memcpy(prev[k % 8], line, sizeof line);
      if (n + strlen(line) + 2 < cap) {
        memcpy(text + n, line, strlen(line));
        n += strlen(line);
        text[n++] = '\n';
      }
    }
    snprintf(what, sizeof what, "random document %d", d);
    assert_int_equal(cd_norm_text(&nm, text, 0, n, NULL), 0);
    compare_ways(&nm, text, what, decided);
    cd_norm_dispose(&nm);
  }
  free(text);
}

static void test_trim_one_pass_agrees_on_random_lines(void **state) {
  size_t *decided = calloc(rules->nbp, sizeof *decided);
  (void)state;
  assert_non_null(decided);
  compare_on_random_documents(3000, decided);
  /* the documents reach every rule that judges single lines */
  for (size_t r = 0; r < rules->nbp; r++)
    if (!rules->bp[r].headline_run && !decided[r])
      fail_msg("no random line was judged by rule %s", rules->bp[r].id);
  free(decided);
}

/* The shipped rules after 70 that match no line (a word and a pattern of
 * a byte no text holds), so that the rule sets of the words automaton
 * (a set of its words' rules, a set of its patterns' gates, and the set
 * of rules that may match a line) take two 64-bit words each and every
 * rule that decides has its bits past the first. */
static void test_trim_many_rules(void **state) {
  static const char *const never[] = {"\x01\x02"};
  size_t pad = 70, n = pad + rules->nbp, *decided = calloc(n, sizeof *decided), patterns = 0;
  cd_bp_rule *bp = calloc(n, sizeof *bp);
  cd_pattern *p = NULL;
  char msg[100];
  (void)state;
  assert_true(decided && bp);
  assert_int_equal(cd_pattern_compile(&p, "\x01x", msg, sizeof msg), 0);
  for (size_t r = 0; r < pad; r++) {
    bp[r].id = "never";
    bp[r].contains = (const char **)never;
    bp[r].ncontains = 1;
    bp[r].contains_from[1] = 0;
    for (int c = 2; c <= 256; c++) bp[r].contains_from[c] = 1;
    bp[r].pattern = p;
  }
  for (size_t r = pad; r < n; r++) bp[r] = rules->bp[r - pad];
  cmp_bp = bp;
  cmp_nbp = n;
  assert_int_equal(cd_trim_new(&shared, bp, n, NULL), 0);
  compare_on_random_documents(1000, decided);
  for (size_t r = 0; r < n; r++) {
    if (r < pad) assert_int_equal(decided[r], 0);
    patterns += bp[r].pattern && decided[r];
  }
  assert_true(patterns >= 8);
  cd_trim_free(shared);
  cd_pattern_free(p);
  free(bp);
  free(decided);
}

/* A document of one 1 MB line made of a word's first bytes over and over
 * (an automaton that went back to re-read, or a word compared at every
 * position, would be slow): each is read in one pass and kept. */
static void test_trim_adversarial_lines(void **state) {
  static const char *const units[] = {
      "follow us o", "in your inbo", "a",          "\xE5\x85\xB3\xE6\xB3\xA8" /* 关注 */,
      "min rea",     "get ",         "register no"};
  size_t size = 1 << 20;
  char *text = malloc(size + 1);
  (void)state;
  assert_non_null(text);
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    size_t l = strlen(units[u]), n = size - size % l, *decided = calloc(rules->nbp, sizeof *decided);
    cd_norm nm;
    assert_non_null(decided);
    for (size_t i = 0; i < n; i++) text[i] = units[u][i % l];
    text[n] = '.'; /* a sentence: not a fragment */
    assert_int_equal(cd_norm_text(&nm, text, 0, n + 1, NULL), 0);
    assert_int_equal(compare_ways(&nm, text, units[u], decided), 1);
    for (size_t r = 0; r < rules->nbp; r++) assert_int_equal(decided[r], 0);
    cd_norm_dispose(&nm);
    free(decided);
  }
  free(text);
}

/* A rule of max_words 2 (as the shipped fragment rule) drops a line of
 * two words or less and no sentence punctuation; a line ending on . ! ?
 * is never one (it is passed without counting), one with a mark inside
 * is not either, and two Han characters count as one word. */
static void test_trim_max_words(void **state) {
  static const struct {
    const char *line;
    int hit;
  } rows[] = {
      {"two words", 1},
      {"two words.", 0},
      {"two words!", 0},
      {"two words?", 0},
      {"one", 1},
      {"one.", 0},
      {"a. b", 0},
      {"a b c", 0},
      {"a b c.", 0},
      {"a?b", 0},
      {"  - two words  ", 1},
      {"two words:", 1},
      {"\xE8\x8B\xB1\xE4\xBC\x9F\xE8\xBE\xBE", 1},             /* 英伟达 */
      {"\xE8\x8B\xB1\xE4\xBC\x9F\xE8\xBE\xBE\xE3\x80\x82", 0}, /* 英伟达。 */
  };
  cd_bp_rule r;
  (void)state;
  memset(&r, 0, sizeof r);
  r.id = "hand-made";
  r.max_words = 2;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
    if (cd_trim_line_matches(&r, rows[i].line, strlen(rows[i].line)) != rows[i].hit)
      fail_msg("\"%s\": want %d", rows[i].line, rows[i].hit);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_trim_overlapping_words),
      cmocka_unit_test(test_trim_max_words),
      cmocka_unit_test_setup(test_trim_one_pass_agrees_on_stories, use_shipped),
      cmocka_unit_test_setup(test_trim_one_pass_agrees_on_random_lines, use_shipped),
      cmocka_unit_test_setup(test_trim_many_rules, use_shipped),
      cmocka_unit_test_setup(test_trim_adversarial_lines, use_shipped),
  };
  return cmocka_run_group_tests_name("trim", tests, rules_setup, rules_teardown);
}
