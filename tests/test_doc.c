/* test_doc.c: loading: UTF-8 validation by byte class, BOM, CRLF, front
 * matter, positions, and the errors bad input must give. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "utf8.h"

/* One row per byte class (cmark api_test utf8()): input, valid prefix. */
static const struct {
  const char *name, *bytes;
  size_t len, valid;
} utf8_rows[] = {
    {"ascii", "abc", 3, 3},
    {"two-byte", "\xC3\xA9x", 3, 3},
    {"three-byte cjk", "\xE8\x8B\xB1x", 4, 4},
    {"four-byte", "\xF0\x9F\x98\x80", 4, 4},
    {"overlong two-byte", "a\xC0\xAF", 3, 1},
    {"overlong three-byte", "a\xE0\x80\xAF", 4, 1},
    {"overlong four-byte", "a\xF0\x80\x80\xAF", 5, 1},
    {"surrogate", "a\xED\xA0\x80", 4, 1},
    {"over U+10FFFF", "a\xF4\x90\x80\x80", 5, 1},
    {"lone continuation", "ab\x80", 3, 2},
    {"truncated at end", "ab\xE8\x8B", 4, 2},
    {"bad continuation", "a\xE8\x41\x42", 4, 1},
    {"0xFF", "a\xFF", 2, 1},
    {"NUL", "a\0b", 3, 1},
};

static void test_doc_utf8_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof utf8_rows / sizeof *utf8_rows; i++) {
    size_t got = cd_utf8_check(utf8_rows[i].bytes, utf8_rows[i].len);
    if (got != utf8_rows[i].valid)
      fail_msg("%s: valid prefix %zu, expected %zu", utf8_rows[i].name, got, utf8_rows[i].valid);
  }
}

/* RFC 3629's table of well-formed sequences, byte range by byte range:
 * the length of the one at p (n bytes readable), or 0. */
static size_t rfc3629_sequence(const unsigned char *p, size_t n) {
  static const struct {
    unsigned char lead_lo, lead_hi, lo1, hi1; /* the lead's range, then the second byte's */
    size_t len;
  } forms[] = {{0x01, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
               {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
               {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4}};
  for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
    if (p[0] < forms[f].lead_lo || p[0] > forms[f].lead_hi) continue;
    if (n < forms[f].len) return 0;
    if (forms[f].len > 1 && (p[1] < forms[f].lo1 || p[1] > forms[f].hi1)) return 0;
    for (size_t k = 2; k < forms[f].len; k++)
      if (p[k] < 0x80 || p[k] > 0xBF) return 0;
    return forms[f].len;
  }
  return 0; /* NUL, a continuation byte, C0, C1, F5..FF */
}

/* cd_lang_guess counts ASCII letters eight bytes at a time: every ASCII
 * byte, 16 and 17 times after four Han characters and 0..8 spaces (so that
 * every byte meets every place in a word of eight), is Chinese at 16 and
 * English at 17 exactly when it is a letter (a Han character outweighs four
 * letters). */
static void test_doc_lang_guess_counts_letters(void **state) {
  char text[64];
  (void)state;
  for (int c = 1; c < 0x80; c++)
    for (int pad = 0; pad <= 8; pad++)
      for (int n = 16; n <= 17; n++) {
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'), len = 12 + pad + n;
        memcpy(text, "\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD\xE4\xB8\xAD", 12); /* 中中中中 */
        memset(text + 12, ' ', (size_t)pad);
        memset(text + 12 + pad, c, (size_t)n);
        assert_int_equal(cd_lang_guess(text, (size_t)len), n == 17 && letter ? CD_LANG_EN : CD_LANG_ZH);
      }
}

/* Every two bytes, then a third at each edge of RFC 3629's ranges, a
 * continuation byte and 'x', each of its prefixes: cd_utf8_check's valid
 * prefix is RFC 3629's. */
static void test_doc_utf8_every_two_bytes(void **state) {
  static const unsigned char third[] = {0x00, 0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0,
                                        0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                                        0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
  unsigned char b[5];
  (void)state;
  b[3] = 0x80, b[4] = 'x';
  for (unsigned x = 0; x < (1u << 16) * sizeof third; x++) {
    b[0] = (unsigned char)(x >> 8), b[1] = (unsigned char)x, b[2] = third[x >> 16];
    for (size_t n = 1; n <= 5; n++) {
      size_t want = 0, k;
      while (want < n && (k = rfc3629_sequence(b + want, n - want)) > 0) want += k;
      if (cd_utf8_check((const char *)b, n) != want)
        fail_msg("%02X %02X %02X 80 78, %zu bytes: valid prefix %zu, expected %zu", b[0], b[1], b[2], n,
                 cd_utf8_check((const char *)b, n), want);
    }
  }
}

static int parse(cd_doc **d, const char *s, size_t n, cd_error *err) {
  memset(err, 0, sizeof *err);
  return cd_doc_parse(d, "t.txt", s, n, err);
}

/* The check reads eight ASCII bytes at a time: a bad byte (or a NUL, or a
 * character) at every offset of a long run, so at every alignment, and
 * the run's end at every length, give the same valid prefix as the table. */
static void test_doc_utf8_in_long_runs(void **state) {
  static const char *const bad[] = {"\0", "\x80", "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE8\x8B"};
  char text[64];
  (void)state;
  for (size_t len = 0; len <= 40; len++) {
    memset(text, 'a', sizeof text);
    assert_int_equal(cd_utf8_check(text, len), len);
    for (size_t at = 0; at + 3 <= len; at++) {
      for (size_t b = 0; b < sizeof bad / sizeof *bad; b++) {
        size_t k = b == 0 ? 1 : strlen(bad[b]);
        memset(text, 'a', sizeof text);
        memcpy(text + at, bad[b], k);
        /* a truncated character is bad only where the text ends */
        assert_int_equal(cd_utf8_check(text, b == 5 ? at + 2 : len), at);
      }
      memset(text, 'a', sizeof text);
      memcpy(text + at, "\xE8\xBE\xBE", 3); /* 达: valid */
      assert_int_equal(cd_utf8_check(text, len), len);
    }
  }
}

static void test_doc_invalid_utf8_position(void **state) {
  cd_doc *d;
  cd_error err;
  (void)state;
  /* line 2, column 3 (two code points before it: 英 and a) */
  assert_int_equal(parse(&d,
                         "ok\n\xE8\x8B\xB1"
                         "a\xFFz\n",
                         9, &err),
                   CD_EUTF8);
  assert_null(d);
  assert_int_equal(err.line, 2);
  assert_int_equal(err.column, 3);
  assert_int_equal(err.byte, 7);
  assert_non_null(strstr(err.msg, "0xff"));
}

static void test_doc_nul_byte(void **state) {
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_int_equal(parse(&d, "abc\0def", 7, &err), CD_EUTF8);
  assert_int_equal(err.line, 1);
  assert_int_equal(err.column, 4);
  assert_non_null(strstr(err.msg, "NUL"));
}

static void test_doc_empty(void **state) {
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_int_equal(parse(&d, "", 0, &err), CD_EINPUT);
  assert_string_equal(err.msg, "empty file");
  assert_int_equal(parse(&d, " \n\r\n", 4, &err), CD_EINPUT);
  assert_int_equal(parse(&d, "---\ntitle: x\n---\n\n", 18, &err), CD_EINPUT);
  assert_string_equal(err.msg, "no text after the front matter");
}

static void test_doc_bom_and_front_matter(void **state) {
  static const char text[] = "\xEF\xBB\xBF---\r\ntitle: \"A: b\"\r\noutlet: AP\r\ndate: 2025-08-01\r\n"
                             "lang: en\r\ninvented: true\r\n---\r\nBody.\r\n";
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_int_equal(parse(&d, text, sizeof text - 1, &err), 0);
  assert_string_equal(d->title, "A: b");
  assert_string_equal(d->outlet, "AP");
  assert_int_equal(d->date.year * 10000 + d->date.month * 100 + d->date.day, 20250801);
  assert_string_equal(d->lang, "en");
  assert_int_equal(d->invented, 1);
  assert_memory_equal(d->bytes + d->body, "Body.", 5);
  cd_doc_free(d);
}

/* " # comment" after a value, as the README's example writes it */
static void test_doc_front_matter_comments(void **state) {
  static const char text[] = "---\ndate: 2025-08-01        # resolves Thursday\n"
                             "title: \"A # not a comment\" # but this is\n---\nBody.\n";
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_int_equal(parse(&d, text, sizeof text - 1, &err), 0);
  assert_int_equal(d->date.year * 10000 + d->date.month * 100 + d->date.day, 20250801);
  assert_string_equal(d->title, "A # not a comment");
  cd_doc_free(d);
}

static void test_doc_front_matter_errors(void **state) {
  static const struct {
    const char *text, *msg;
    int line, col;
  } rows[] = {
      {"---\ntitel: x\n---\nbody\n", "unknown front matter key", 2, 1},
      {"---\ndate: 2025-02-30\n---\nbody\n", "front matter date is not a valid YYYY-MM-DD", 2, 7},
      {"---\ndate: 1 Aug\n---\nbody\n", "front matter date is not a valid YYYY-MM-DD", 2, 7},
      {"---\nlang: fr\n---\nbody\n", "front matter lang must be zh or en", 2, 7},
      {"---\ntitle x\n---\nbody\n", "front matter line is not 'key: value'", 2, 1},
      {"---\ntitle: x\nbody\n", "front matter line is not 'key: value'", 3, 1},
      {"---\ntitle: x\n", "front matter is not closed with ---", 1, 1},
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_doc *d;
    cd_error err;
    int rc = parse(&d, rows[i].text, strlen(rows[i].text), &err);
    if (rc != CD_EINPUT || strncmp(err.msg, rows[i].msg, strlen(rows[i].msg)) || err.line != rows[i].line ||
        err.column != rows[i].col)
      fail_msg("row %zu: got %d %d:%d '%s'", i, rc, err.line, err.column, err.msg);
  }
}

static void test_doc_bom_in_middle(void **state) {
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_int_equal(parse(&d, "ab\n c\xEF\xBB\xBF", 8, &err), CD_EUTF8);
  assert_int_equal(err.line, 2);
  assert_int_equal(err.column, 3);
}

static void test_doc_positions_count_code_points(void **state) {
  static const char text[] = "英伟达\r\n第二行：H20";
  cd_doc *d;
  cd_error err;
  int line, col;
  (void)state;
  assert_int_equal(parse(&d, text, sizeof text - 1, &err), 0);
  cd_doc_position(d, 6, &line, &col); /* 达 */
  assert_int_equal(line, 1);
  assert_int_equal(col, 3);
  cd_doc_position(d, strstr(text, "H20") - text, &line, &col);
  assert_int_equal(line, 2);
  assert_int_equal(col, 5);
  cd_doc_free(d);
}

/* Lines longer than the column marks (doc.h CD_DOC_COLUMN_MARK), of
 * two- and three-byte characters that straddle the marks: every offset's
 * column is its code points from the line start, counted here by hand;
 * the same in a plain document, which has no line index and counts from
 * its start. */
static void test_doc_positions_on_long_lines(void **state) {
  enum { N = 3 * CD_DOC_COLUMN_MARK };
  char *text = malloc(4 * N);
  size_t len = 0;
  cd_doc *d;
  cd_error err;
  (void)state;
  assert_non_null(text);
  for (int i = 0; len + 4 < 4 * (size_t)N; i++) {
    if (i % 97 == 96)
      text[len++] = '\n';
    else if (i % 3 == 0)
      len += (size_t)sprintf(text + len, "\xE8\xBE\xBE"); /* 达 */
    else if (i % 3 == 1)
      len += (size_t)sprintf(text + len, "\xC3\xA9"); /* é */
    else
      text[len++] = 'x';
  }
  for (int plain = 0; plain < 2; plain++) {
    int want_line = 1, want_col = 1, line, col;
    if (plain)
      assert_int_equal(cd_doc_parse_plain(&d, "t", text, len, &err), 0);
    else
      assert_int_equal(parse(&d, text, len, &err), 0);
    assert_true(plain ? d->lines == NULL : d->lines != NULL);
    for (size_t off = 0; off <= len; off++) {
      if (off == len || ((unsigned char)text[off] & 0xC0) != 0x80) {
        cd_doc_position(d, off, &line, &col);
        assert_int_equal(line, want_line);
        assert_int_equal(col, want_col);
        want_col++;
      }
      if (off < len && text[off] == '\n') {
        want_line++;
        want_col = 1;
      }
    }
    cd_doc_position(d, len + 10, &line, &col); /* past the end: the end */
    assert_int_equal(line, want_line);
    assert_int_equal(col, want_col - 1);
    cd_doc_free(d);
  }
  free(text);
}

static void test_doc_load_missing_and_limit(void **state) {
  cd_doc *d;
  cd_error err;
  FILE *f;
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_doc_load(&d, "/nonexistent/x.txt", 100, &err), CD_EIO);
  assert_string_equal(err.path, "/nonexistent/x.txt");
  f = fopen("build/limit.txt", "wb");
  assert_non_null(f);
  fputs("0123456789abcdef", f);
  fclose(f);
  assert_int_equal(cd_doc_load(&d, "build/limit.txt", 10, &err), CD_ELIMIT);
  assert_int_equal(cd_doc_load(&d, "build/limit.txt", 100, &err), 0);
  cd_doc_free(d);
  remove("build/limit.txt");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_doc_utf8_table),
      cmocka_unit_test(test_doc_utf8_every_two_bytes),
      cmocka_unit_test(test_doc_lang_guess_counts_letters),
      cmocka_unit_test(test_doc_utf8_in_long_runs),
      cmocka_unit_test(test_doc_invalid_utf8_position),
      cmocka_unit_test(test_doc_nul_byte),
      cmocka_unit_test(test_doc_empty),
      cmocka_unit_test(test_doc_bom_and_front_matter),
      cmocka_unit_test(test_doc_front_matter_errors),
      cmocka_unit_test(test_doc_front_matter_comments),
      cmocka_unit_test(test_doc_bom_in_middle),
      cmocka_unit_test(test_doc_positions_count_code_points),
      cmocka_unit_test(test_doc_positions_on_long_lines),
      cmocka_unit_test(test_doc_load_missing_and_limit),
  };
  return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
