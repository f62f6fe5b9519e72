/* test_buf.c: the growable buffer. cd_buf_printf writes into the room the
 * buffer has and formats again only when the text does not fit: every
 * length of text after every length already there (so that the text fits
 * with room to spare, fits exactly, misses by the NUL's byte, and needs one
 * growth or several) leaves exactly the bytes of the two, NUL-terminated;
 * a failure stays. A streaming buffer (a sink) hands every byte over once,
 * in order, holds a bounded room whatever it is given, and a sink's
 * failure stays as CD_EIO. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "claimdiff.h"

static void test_buf_printf_every_length_after_every_length(void **state) {
  static char text[600], want[1200];
  (void)state;
  for (size_t i = 0; i < sizeof text - 1; i++) text[i] = (char)('a' + i % 26);
  for (size_t before = 0; before < 200; before++)
    for (size_t n = 0; n < 300; n++) {
      cd_buf b = CD_BUF_INIT;
      memset(want, 'x', before);
      memcpy(want + before, text, n);
      want[before + n] = '\0';
      for (size_t k = 0; k < before; k++) assert_int_equal(cd_buf_putc(&b, 'x'), 0);
      assert_int_equal(cd_buf_printf(&b, "%.*s", (int)n, text), 0);
      assert_int_equal(b.len, before + n);
      assert_string_equal(b.ptr, want);
      assert_true(b.len < b.cap || (b.len == 0 && b.cap == 0));
      cd_buf_dispose(&b);
    }
}

/* Numbers and several arguments: what snprintf would write. */
static void test_buf_printf_formats_as_snprintf(void **state) {
  cd_buf b = CD_BUF_INIT;
  char want[256];
  (void)state;
  for (int i = 0; i < 2000; i++) {
    size_t at = b.len;
    snprintf(want, sizeof want, "%s:%d:%d: [%s] %zu", "data/h20/summary.zh.txt", i, i * 7,
             i % 2 ? "zh" : "en", (size_t)i * 1000003u);
    assert_int_equal(cd_buf_printf(&b, "%s:%d:%d: [%s] %zu", "data/h20/summary.zh.txt", i, i * 7,
                                   i % 2 ? "zh" : "en", (size_t)i * 1000003u),
                     0);
    assert_string_equal(b.ptr + at, want);
  }
  cd_buf_dispose(&b);
}

/* cd_buf_put_uint writes what "%lu" writes: 0, each power of ten and the
 * numbers either side, the largest. */
static void test_buf_put_uint_as_printf(void **state) {
  char want[32];
  (void)state;
  for (unsigned long p = 1, k = 0; k < 20; k++, p *= 10)
    for (unsigned long d = 0; d < 3; d++) {
      unsigned long n = p - 1 + d;
      cd_buf b = CD_BUF_INIT;
      snprintf(want, sizeof want, "x%luy", n);
      cd_buf_putc(&b, 'x');
      assert_int_equal(cd_buf_put_uint(&b, n), 0);
      cd_buf_putc(&b, 'y');
      assert_string_equal(b.ptr, want);
      cd_buf_dispose(&b);
    }
  {
    cd_buf b = CD_BUF_INIT;
    snprintf(want, sizeof want, "%lu", (unsigned long)-1);
    cd_buf_put_uint(&b, (unsigned long)-1);
    assert_string_equal(b.ptr, want);
    cd_buf_dispose(&b);
  }
}

/* A buffer that has failed stays failed: no append adds anything, though
 * it has room (the inline appends fit it), and each returns the first
 * failure. */
static void test_buf_printf_failure_is_sticky(void **state) {
  cd_buf b = CD_BUF_INIT;
  (void)state;
  assert_int_equal(cd_buf_puts(&b, "kept"), 0);
  b.error = CD_ENOMEM;
  assert_true(b.cap - b.len > 8);
  assert_int_equal(cd_buf_printf(&b, "%s", "more"), CD_ENOMEM);
  assert_int_equal(cd_buf_puts(&b, "more"), CD_ENOMEM);
  assert_int_equal(cd_buf_putc(&b, 'm'), CD_ENOMEM);
  assert_int_equal(cd_buf_put(&b, "", 0), CD_ENOMEM);
  assert_int_equal(cd_buf_put_uint(&b, 7), CD_ENOMEM);
  assert_string_equal(b.ptr, "kept");
  assert_int_equal(b.len, 4);
  cd_buf_dispose(&b);
}

/* A sink that keeps what it is given, or fails from its fail_at-th call. */
typedef struct {
  cd_buf got;
  int calls, fail_at;
} keeper;

static int keep(const char *data, size_t len, void *payload) {
  keeper *k = payload;
  if (++k->calls == k->fail_at) return -1;
  return cd_buf_put(&k->got, data, len);
}

/* Appends of every kind and length, past many chunks, in the order given;
 * the room never passes what a chunk and the longest append need. */
static void test_buf_sink_streams_every_byte_in_order(void **state) {
  static char line[3000];
  keeper k = {CD_BUF_INIT, 0, 0};
  cd_buf b = CD_BUF_INIT, want = CD_BUF_INIT;
  int calls;
  (void)state;
  memset(line, 'x', sizeof line);
  cd_buf_sink(&b, keep, &k);
  for (unsigned long i = 0; i < 20000; i++) {
    size_t n = (i * 7919) % sizeof line;
    assert_int_equal(cd_buf_put_uint(&b, i), 0);
    assert_int_equal(cd_buf_printf(&b, " %.*s", (int)(n % 300), line), 0);
    assert_int_equal(cd_buf_put(&b, line, n), 0);
    assert_int_equal(cd_buf_putc(&b, '\n'), 0);
    cd_buf_put_uint(&want, i);
    cd_buf_printf(&want, " %.*s", (int)(n % 300), line);
    cd_buf_put(&want, line, n);
    cd_buf_putc(&want, '\n');
    assert_true(b.cap <= 2 * (CD_BUF_CHUNK + sizeof line));
  }
  assert_true(k.calls > 100);
  assert_int_equal(cd_buf_flush(&b), 0);
  assert_int_equal(b.len, 0);
  assert_int_equal(k.got.len, want.len);
  assert_memory_equal(k.got.ptr, want.ptr, want.len);
  calls = k.calls;
  assert_int_equal(cd_buf_flush(&b), 0); /* nothing left: no call */
  assert_int_equal(k.calls, calls);
  cd_buf_dispose(&b);
  cd_buf_dispose(&want);
  cd_buf_dispose(&k.got);
}

static void test_buf_sink_failure_is_sticky(void **state) {
  static char line[1000];
  keeper k = {CD_BUF_INIT, 0, 2};
  cd_buf b = CD_BUF_INIT;
  int error = 0, calls;
  (void)state;
  memset(line, 'y', sizeof line);
  cd_buf_sink(&b, keep, &k);
  for (int i = 0; i < 1000 && !error; i++) error = cd_buf_put(&b, line, sizeof line);
  assert_int_equal(error, CD_EIO);
  calls = k.calls;
  assert_int_equal(k.calls, 2);
  assert_int_equal(cd_buf_printf(&b, "%d", 1), CD_EIO);
  assert_int_equal(cd_buf_flush(&b), CD_EIO);
  assert_int_equal(cd_buf_error(&b), CD_EIO);
  assert_int_equal(k.calls, calls); /* the sink is not called again */
  cd_buf_dispose(&b);
  cd_buf_dispose(&k.got);
}

/* Without a sink, flushing does nothing and the bytes stay. */
static void test_buf_flush_without_sink_keeps(void **state) {
  cd_buf b = CD_BUF_INIT;
  (void)state;
  assert_int_equal(cd_buf_puts(&b, "kept"), 0);
  assert_int_equal(cd_buf_flush(&b), 0);
  assert_string_equal(b.ptr, "kept");
  cd_buf_dispose(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_buf_printf_every_length_after_every_length),
      cmocka_unit_test(test_buf_printf_formats_as_snprintf),
      cmocka_unit_test(test_buf_printf_failure_is_sticky),
      cmocka_unit_test(test_buf_put_uint_as_printf),
      cmocka_unit_test(test_buf_sink_streams_every_byte_in_order),
      cmocka_unit_test(test_buf_sink_failure_is_sticky),
      cmocka_unit_test(test_buf_flush_without_sink_keeps),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
