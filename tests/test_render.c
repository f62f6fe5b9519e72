/* test_render.c: the JSON report is valid JSON, has the contract's keys,
 * and every claim's text is exactly the file's bytes at [start, end) with
 * the right line and column; the text report colours only when asked. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "engine.h"
#include "extract.h"
#include "json.h"
#include "render.h"
#include "run.h"

/* ---- a strict little JSON reader: validates, and hands each string and
 * number to a callback with the key it belongs to ---- */

typedef struct {
  const char *p, *end;
  int ok;
  char key[64];
  /* the current claim */
  char doc[8], text[4096];
  long start, end_off, line, column;
  int nclaims, bad;
  const char *const *paths;
} reader;

static void ws(reader *r) {
  while (r->p < r->end && strchr(" \t\r\n", *r->p)) r->p++;
}

static int value(reader *r, int depth);

static int string(reader *r, char *out, size_t n) {
  size_t k = 0;
  if (r->p >= r->end || *r->p != '"') return 0;
  r->p++;
  while (r->p < r->end && *r->p != '"') {
    char c = *r->p++;
    if ((unsigned char)c < 0x20) return 0;
    if (c == '\\') {
      if (r->p >= r->end) return 0;
      c = *r->p++;
      switch (c) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case '"':
      case '\\':
      case '/': break;
      case 'u':
        if (r->end - r->p < 4) return 0;
        c = (char)strtol((char[]){r->p[0], r->p[1], r->p[2], r->p[3], 0}, NULL, 16);
        r->p += 4;
        break;
      default: return 0;
      }
    }
    if (out && k + 1 < n) out[k++] = c;
  }
  if (r->p >= r->end) return 0;
  r->p++;
  if (out) out[k] = '\0';
  return 1;
}

static int number(reader *r, long *out) {
  char *e;
  long v = strtol(r->p, &e, 10);
  if (e == r->p) return 0;
  r->p = e;
  if (out) *out = v;
  return 1;
}

/* A claim object just ended: check its text against the file. */
static void check_claim(reader *r) {
  int d = r->doc[0] == 'S' ? 0 : atoi(r->doc + 1);
  FILE *f = fopen(r->paths[d], "rb");
  char buf[65536];
  size_t n;
  long line = 1, col = 1;
  r->nclaims++;
  if (!f) {
    r->bad++;
    return;
  }
  n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (r->start < 0 || r->end_off > (long)n || r->start > r->end_off ||
      strlen(r->text) != (size_t)(r->end_off - r->start) ||
      memcmp(buf + r->start, r->text, (size_t)(r->end_off - r->start))) {
    print_message("claim text is not the file's bytes: %s [%ld, %ld)\n", r->doc, r->start, r->end_off);
    r->bad++;
    return;
  }
  for (long i = 0; i < r->start; i++) {
    if (buf[i] == '\n') {
      line++;
      col = 1;
    } else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
      col++;
    }
  }
  if (line != r->line || col != r->column) {
    print_message("%s: line:col %ld:%ld, file says %ld:%ld\n", r->doc, r->line, r->column, line, col);
    r->bad++;
  }
}

static int value(reader *r, int depth) {
  ws(r);
  if (depth > 32 || r->p >= r->end) return 0;
  if (*r->p == '{') {
    int is_claim = 0;
    r->p++;
    ws(r);
    if (*r->p == '}') return r->p++, 1;
    for (;;) {
      char key[64];
      ws(r);
      if (!string(r, key, sizeof key)) return 0;
      ws(r);
      if (*r->p++ != ':') return 0;
      ws(r);
      if (!strcmp(key, "text")) {
        is_claim = 1;
        if (!string(r, r->text, sizeof r->text)) return 0;
      } else if (!strcmp(key, "doc") && depth >= 4) {
        if (!string(r, r->doc, sizeof r->doc)) return 0;
      } else if (!strcmp(key, "start") || !strcmp(key, "end") || !strcmp(key, "line") ||
                 !strcmp(key, "column")) {
        long *slot = !strcmp(key, "start")  ? &r->start
                     : !strcmp(key, "end")  ? &r->end_off
                     : !strcmp(key, "line") ? &r->line
                                            : &r->column;
        if (!number(r, slot)) return 0;
      } else if (!value(r, depth + 1)) {
        return 0;
      }
      ws(r);
      if (*r->p == ',') {
        r->p++;
        continue;
      }
      if (*r->p++ != '}') return 0;
      if (is_claim) check_claim(r);
      return 1;
    }
  }
  if (*r->p == '[') {
    r->p++;
    ws(r);
    if (*r->p == ']') return r->p++, 1;
    for (;;) {
      if (!value(r, depth + 1)) return 0;
      ws(r);
      if (*r->p == ',') {
        r->p++;
        continue;
      }
      return *r->p++ == ']';
    }
  }
  if (*r->p == '"') return string(r, NULL, 0);
  if (!strncmp(r->p, "null", 4) || !strncmp(r->p, "true", 4)) return r->p += 4, 1;
  if (!strncmp(r->p, "false", 5)) return r->p += 5, 1;
  return number(r, NULL);
}

static const char *const h20[] = {"data/h20/summary.zh.txt", "data/h20/000-ap.en.txt",
                                  "data/h20/001-qatar-tribune.en.txt", "data/h20/002-wccftech.en.txt",
                                  "data/h20/003-techblog.en.txt"};

static int report(cd_buf *out, cd_format format, int color) {
  cd_engine *e = NULL;
  const char *dir = "rules";
  cd_options opt = CD_OPTIONS_INIT;
  cd_error err;
  size_t worst;
  int rc;
  memset(&err, 0, sizeof err);
  if (cd_engine_new(&e, &dir, 1, &err) < 0) return -1;
  opt.format = format;
  opt.color = color;
  rc = cd_run_report(out, e, &opt, h20, 5, &worst, NULL, &err);
  cd_engine_free(e);
  return rc;
}

static void test_render_json_valid_and_spans_exact(void **state) {
  cd_buf out = CD_BUF_INIT;
  reader r;
  (void)state;
  assert_int_equal(report(&out, CD_FORMAT_JSON, 0), 0);
  memset(&r, 0, sizeof r);
  r.p = out.ptr;
  r.end = out.ptr + out.len;
  r.paths = h20;
  assert_true(value(&r, 0));
  ws(&r);
  assert_true(r.p == r.end); /* exactly one object */
  assert_true(r.nclaims > 20);
  assert_int_equal(r.bad, 0);
  /* the contract's keys */
  assert_non_null(strstr(out.ptr, "\"schema\": \"claimdiff/1\""));
  assert_non_null(strstr(out.ptr, "\"counts\": {\"agreement\": "));
  assert_non_null(strstr(out.ptr, "\"role\": \"summary\", \"lang\": \"zh\", \"date\": \"2025-08-01\""));
  assert_non_null(strstr(out.ptr, "\"rule\": \"rules/predicates.yaml:"));
  cd_buf_dispose(&out);
}

static void test_render_text_color_only_when_asked(void **state) {
  cd_buf plain = CD_BUF_INIT, colored = CD_BUF_INIT;
  (void)state;
  assert_int_equal(report(&plain, CD_FORMAT_TEXT, 0), 0);
  assert_int_equal(report(&colored, CD_FORMAT_TEXT, 1), 0);
  assert_null(strchr(plain.ptr, '\033'));
  assert_non_null(strstr(colored.ptr, "\033[32m="));
  assert_non_null(strstr(plain.ptr, "\n= S   data/h20/summary.zh.txt:"));
  /* a diff from the sources to the summary, the counts first and last */
  assert_memory_equal(plain.ptr, "--- D1  ", 8);
  assert_non_null(strstr(plain.ptr, "\n+++ S   data/h20/summary.zh.txt  (summary, zh, "));
  assert_non_null(strstr(plain.ptr, ")\n0 contradictions, 7 unsupported, 15 omissions, 8 agreements\n"));
  assert_non_null(strstr(plain.ptr, "\n\n0 contradictions, 7 unsupported, 15 omissions, 8 agreements\n"));
  assert_non_null(strstr(colored.ptr, "\033[35m+")); /* unsupported: magenta */
  /* the words compared underlined, in colour only */
  assert_non_null(strstr(colored.ptr, "蒙受\033[4m约55亿美元\033[24m的损失"));
  assert_non_null(strstr(plain.ptr, "蒙受约55亿美元的损失"));
  assert_true(strstr(plain.ptr, "\n+ S ") < strstr(plain.ptr, "\n- D")); /* severity first */
  cd_buf_dispose(&plain);
  cd_buf_dispose(&colored);
}

/* One place escapes JSON strings: quotes, backslashes, controls, and
 * bytes that are not UTF-8 (a file name from the command line). */
static void test_render_json_string_escapes(void **state) {
  static const struct {
    const char *in;
    size_t n;
    const char *out;
  } rows[] = {
      {"a\"b\\c", 5, "\"a\\\"b\\\\c\""},     {"l1\nl2\t\x01", 7, "\"l1\\nl2\\t\\u0001\""},
      {"英伟达", 9, "\"英伟达\""},           {"x\xffy", 3, "\"x\\ufffdy\""},
      {"\xe8\x8b", 2, "\"\\ufffd\\ufffd\""},
  };
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_buf b = CD_BUF_INIT;
    assert_int_equal(cd_json_string(&b, rows[i].in, rows[i].n), 0);
    if (strcmp(b.ptr, rows[i].out)) fail_msg("row %zu: got %s, want %s", i, b.ptr, rows[i].out);
    cd_buf_dispose(&b);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_render_json_valid_and_spans_exact),
      cmocka_unit_test(test_render_text_color_only_when_asked),
      cmocka_unit_test(test_render_json_string_escapes),
  };
  return cmocka_run_group_tests_name("render", tests, NULL, NULL);
}
