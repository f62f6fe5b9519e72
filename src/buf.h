/* buf.h: a growable byte buffer.
 *
 * Invariants (as git's strbuf.h states them): ptr is never NULL and always
 * NUL-terminated, so ptr[len] == '\0'; when cap is 0 ptr points at a static
 * empty string and must not be written. Growth is 1.5x. A buffer that would
 * pass CD_BUF_MAX returns CD_ELIMIT instead of aborting. A failure is
 * sticky: once an append has failed, later appends do nothing and return
 * the same code, so a renderer may check once, at the end (cd_buf_error).
 * The owner calls cd_buf_dispose(); the struct itself is the caller's.
 *
 * A buffer given a sink (cd_buf_sink) streams: whenever it must grow while
 * holding CD_BUF_CHUNK bytes or more, it hands them to the sink and starts
 * again from empty, and cd_buf_flush() hands over the rest. A report of
 * 40 MB reaches standard output through 64 KiB of buffer instead of being
 * held whole beside the documents it reports on. What a sink took is gone:
 * a streaming buffer is written, never read back, so renderers only
 * append. A sink that fails makes the buffer's error CD_EIO. */
#ifndef CD_BUF_H
#define CD_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#define CD_BUF_MAX ((size_t)1 << 31)

#define CD_BUF_CHUNK ((size_t)64 * 1024)

/* Takes len bytes at data; 0 on success, negative on failure. */
typedef int (*cd_buf_sink_fn)(const char *data, size_t len, void *payload);

typedef struct cd_buf {
  char *ptr;
  size_t len;          /* bytes used, excluding the NUL */
  size_t cap;          /* bytes allocated, 0 while ptr is the static "" */
  int error;           /* the first failure (CD_ENOMEM, CD_ELIMIT, CD_EIO), 0 when none */
  cd_buf_sink_fn sink; /* NULL: the buffer holds everything */
  void *payload;       /* the sink's */
} cd_buf;

#define CD_BUF_INIT                                                                                          \
  { cd_buf_empty, 0, 0, 0, NULL, NULL }
extern char cd_buf_empty[1];

void cd_buf_init(cd_buf *b);
void cd_buf_dispose(cd_buf *b);
int cd_buf_grow(cd_buf *b, size_t extra);
int cd_buf_put(cd_buf *b, const char *p, size_t n);
int cd_buf_put_slow(cd_buf *b, const char *p, size_t n); /* cd_buf_put's growing path */

/* Renderers append a few bytes at a time, millions of times for a large
 * document: the appends that fit are inline, and a literal's length is
 * known where it is written (no strlen). */
static inline int cd_buf_puts(cd_buf *b, const char *s) {
  return cd_buf_put(b, s, strlen(s));
}

static inline int cd_buf_putc(cd_buf *b, char c) {
  if (!b->error && b->cap - b->len > 1) {
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
    return 0;
  }
  return cd_buf_put_slow(b, &c, 1);
}

/* cd_buf_put_uint: n in decimal, as "%lu" would write it, without printf
 * (a renderer writes a line number or two for every sentence). */
int cd_buf_put_uint(cd_buf *b, unsigned long n);
int cd_buf_printf(cd_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void cd_buf_clear(cd_buf *b);
/* cd_buf_sink: from now on b streams its bytes to sink (see above). */
void cd_buf_sink(cd_buf *b, cd_buf_sink_fn sink, void *payload);
/* cd_buf_flush: hands what b holds to its sink (none: does nothing);
 * returns b's error, CD_EIO when the sink failed. */
int cd_buf_flush(cd_buf *b);
/* cd_buf_error: the first failure of an append to b, or 0. */
int cd_buf_error(const cd_buf *b);

/* cd_array_reserve: makes the malloc'd array *ptr (*cap elements of size
 * bytes) hold at least need elements, doubling (from 16), so a caller that
 * appends one at a time asks for n + 1. Returns 0, CD_ENOMEM, or CD_ELIMIT
 * when the size would overflow. The one growth rule of every array here. */
int cd_array_reserve(void **ptr, size_t *cap, size_t need, size_t size);
/* cd_sort_ints: sorts v[0, n) ascending, in place: by insertion when
 * short (a sentence's entities, a pattern state's instructions: qsort's
 * call per comparison costs more there), else qsort, so never n^2 past a
 * few dozen. */
void cd_sort_ints(int *v, size_t n);
/* cd_buf_detach: hands the bytes over to the caller (free() them) and
 * leaves b empty. Never NULL: an empty buffer yields a malloc'd "". */
char *cd_buf_detach(cd_buf *b);

#endif
