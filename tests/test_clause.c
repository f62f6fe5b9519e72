/* test_clause.c: clause starts and strong breaks (clause.h). cd_clause_find
 * looks for punctuation eight bytes at a time; the bounds it finds must be
 * those of a plain byte-by-byte reading of the same rules, wherever a mark
 * stands in the text (every offset modulo eight, at the very start and
 * end) and whatever bytes look like one to the eight-byte test (EE, '-'
 * without spaces, ',' inside a number, and the bytes folded with the
 * marks: . ( ) 8 9 ?). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "clause.h"

/* The bounds and strong breaks of t[0, len) with no matches, the plain way:
 * the rules of cd_clause_find, each byte in turn. *nb and *ns count them. */
static void reference(const char *t, size_t len, size_t *bounds, size_t *nb, size_t *strong, size_t *ns) {
  *nb = *ns = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)t[i], next = i + 1 < len ? (unsigned char)t[i + 1] : 0;
    size_t cut = 0;
    int strong_break = 0;
    if (ch == ';' || ((ch == ',' || ch == ':') && (i + 1 == len || next == ' ' || next >= 0x80))) {
      cut = 1;
      strong_break = ch == ';';
    } else if (ch == 0xEF && i + 2 < len && next == 0xBC &&
               ((unsigned char)t[i + 2] == 0x8C || (unsigned char)t[i + 2] == 0x9B)) {
      cut = 1;
      strong_break = (unsigned char)t[i + 2] == 0x9B;
    } else if (ch == '-' && i > 0 && t[i - 1] == ' ' && next == ' ') {
      cut = 1;
    } else if (ch == ',' && (next == '"' || next == '\'') && (i + 2 == len || t[i + 2] == ' ')) {
      cut = 2;
    }
    if (cut) bounds[(*nb)++] = i + cut;
    if (strong_break) strong[(*ns)++] = i;
  }
}

/* cd_clause_find on t[0, len) gives the reference's bounds and breaks. A
 * text of no aside: each piece between marks is long. */
static void check(const char *t, size_t len) {
  cd_clauses c = {0};
  size_t want[64], nwant, strong[64], nstrong;
  assert_true(len < 64);
  reference(t, len, want, &nwant, strong, &nstrong);
  assert_int_equal(cd_clause_find(&c, t, len, NULL, 0), 0);
  assert_int_equal(c.nb, nwant);
  assert_int_equal(c.ns, nstrong);
  for (size_t k = 0; k < nwant; k++) assert_int_equal(c.bounds[k], want[k]);
  for (size_t k = 0; k < nstrong; k++) assert_int_equal(c.strong[k], strong[k]);
  cd_clauses_dispose(&c);
}

static void test_clause_marks_at_every_offset(void **state) {
  static const char *const marks[] = {", ",           "; ",           ": ", " - ", ",\" ", "\xEF\xBC\x8C",
                                      "\xEF\xBC\x9B", "\xEE\x80\x80", "-",  "3,5", ";",    ",",
                                      "U.S.(8)? 9",   "(9.8), "};
  (void)state;
  for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
    for (size_t at = 0; at + strlen(marks[m]) <= 40; at++) {
      char t[48];
      size_t n = strlen(marks[m]);
      memset(t, 'x', 40);
      memcpy(t + at, marks[m], n);
      check(t, 40);           /* somewhere in the text */
      check(t, at + n);       /* the mark at its end */
      check(t + at, 40 - at); /* the mark at its start */
    }
}

static void test_clause_many_marks(void **state) {
  /* marks side by side, so that one eight bytes hold several */
  const char *t = "a, b; c: d - e,f;g:h-i\xEF\xBC\x8Cj\xEF\xBC\x9B"
                  "k, l";
  (void)state;
  check(t, strlen(t));
}

/* A match of payload p over [a, b) of the text. */
static cd_match match_at(const cd_lex_payload *p, size_t a, size_t b) {
  cd_match m = {{a, b}, b, p};
  return m;
}

/* Clause words among the punctuation, some right after a mark, some
 * before any: the bounds and breaks come out sorted (the clause words'
 * starts merged into the marks'), each clause's subject is the entity
 * that opens it past its clause word, and an aside between commas holds
 * no bound. cd_clause_of agrees with counting the bounds. */
static void test_clause_words_merged_and_subjects(void **state) {
  static const cd_lex_payload clause = {.kind = CD_LEX_CUE, .index = CD_CUE_CLAUSE, .next = -1};
  static const cd_lex_payload entity = {.kind = CD_LEX_ENTITY, .index = 0, .next = -1};
  /* clause words at 10, 44 and 61; entities at 0, 14, 50 and 65 */
  const char *t = "acme said but zeta grew, indeed, and later; while acme fell, but zeta rose";
  size_t len = strlen(t);
  cd_match m[] = {match_at(&entity, 0, 4),   match_at(&clause, 10, 13), match_at(&entity, 14, 18),
                  match_at(&clause, 44, 49), match_at(&entity, 50, 54), match_at(&clause, 61, 64),
                  match_at(&entity, 65, 69)};
  /* ", indeed," is an aside: no bounds at 24 and 32 */
  const size_t bounds[] = {10, 43, 44, 60, 61}, strong[] = {10, 42, 44, 61};
  const int subject[] = {0, 2, 4, 4, 6, 6};
  cd_clauses c = {0};
  (void)state;
  assert_int_equal(cd_clause_find(&c, t, len, m, sizeof m / sizeof *m), 0);
  assert_int_equal(c.nb, sizeof bounds / sizeof *bounds);
  assert_int_equal(c.ns, sizeof strong / sizeof *strong);
  for (size_t k = 0; k < c.nb; k++) assert_int_equal(c.bounds[k], bounds[k]);
  for (size_t k = 0; k < c.ns; k++) assert_int_equal(c.strong[k], strong[k]);
  for (int k = 0; k <= (int)c.nb; k++) assert_int_equal(cd_clause_subject(&c, k), subject[k]);
  for (size_t pos = 0; pos <= len; pos++) {
    int n = 0;
    for (size_t k = 0; k < c.nb; k++) n += c.bounds[k] <= pos;
    assert_int_equal(cd_clause_of(&c, pos), n);
  }
  cd_clauses_dispose(&c);
}

/* A clause opens with its own subject past an English coordinator (and,
 * or, then, so, yet, and the space after it), not past a word that only
 * starts like one ("andes", "sofia") nor past a coordinator cut by the
 * sentence's end. */
static void test_clause_subject_past_a_coordinator(void **state) {
  static const cd_lex_payload entity = {.kind = CD_LEX_ENTITY, .index = 0, .next = -1};
  static const struct {
    const char *after; /* the second clause, after "acme grew, " */
    size_t at;         /* where the entity stands in it */
    int subject;       /* 1: the entity is its subject */
  } rows[] = {{"and zeta fell", 4, 1},  {"or zeta fell", 3, 1},  {"then zeta fell", 5, 1},
              {"so zeta fell", 3, 1},   {"yet zeta fell", 4, 1}, {"zeta fell", 0, 1},
              {"andes zeta", 6, 0},     {"sofia zeta", 6, 0},    {"also zeta", 5, 0},
              {"and  zeta fell", 5, 1}, {"but zeta", 4, 0}};
  (void)state;
  for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
    char t[64];
    size_t len = (size_t)snprintf(t, sizeof t, "acme grew, %s", rows[r].after), at = 11 + rows[r].at;
    cd_match m[] = {match_at(&entity, 0, 4), match_at(&entity, at, at + 4)};
    cd_clauses c = {0};
    assert_int_equal(cd_clause_find(&c, t, len, m, 2), 0);
    assert_int_equal(c.nb, 1);
    if (cd_clause_subject(&c, 1) != (rows[r].subject ? 1 : -1))
      fail_msg("\"%s\": subject %d", t, cd_clause_subject(&c, 1));
    cd_clauses_dispose(&c);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_clause_marks_at_every_offset),
      cmocka_unit_test(test_clause_many_marks),
      cmocka_unit_test(test_clause_words_merged_and_subjects),
      cmocka_unit_test(test_clause_subject_past_a_coordinator),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
