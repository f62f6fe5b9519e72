/* buf.c: growable byte buffer; see buf.h for the invariants. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimdiff.h"

char cd_buf_empty[1];

void cd_buf_init(cd_buf *b) {
  b->ptr = cd_buf_empty;
  b->len = 0;
  b->cap = 0;
  b->error = 0;
  b->sink = NULL;
  b->payload = NULL;
}

void cd_buf_sink(cd_buf *b, cd_buf_sink_fn sink, void *payload) {
  b->sink = sink;
  b->payload = payload;
}

int cd_buf_flush(cd_buf *b) {
  if (b->error || !b->sink || !b->len) return b->error;
  if (b->sink(b->ptr, b->len, b->payload) < 0) return b->error = CD_EIO;
  cd_buf_clear(b);
  return 0;
}

int cd_buf_error(const cd_buf *b) {
  return b->error;
}

void cd_buf_dispose(cd_buf *b) {
  if (b->cap) free(b->ptr);
  cd_buf_init(b);
}

int cd_buf_grow(cd_buf *b, size_t extra) {
  size_t need, cap;
  char *p;
  if (b->error) return b->error;
  if (extra >= CD_BUF_MAX || b->len + extra >= CD_BUF_MAX) return b->error = CD_ELIMIT;
  need = b->len + extra + 1;
  if (need <= b->cap) return 0;
  if (b->sink && b->len >= CD_BUF_CHUNK) { /* streaming: room by handing over, not by growing */
    if (cd_buf_flush(b) < 0) return b->error;
    if ((need = extra + 1) <= b->cap) return 0;
  }
  cap = b->cap ? b->cap : 64;
  while (cap < need) cap += cap / 2;
  p = b->cap ? realloc(b->ptr, cap) : malloc(cap);
  if (!p) return b->error = CD_ENOMEM;
  if (!b->cap) p[0] = '\0';
  b->ptr = p;
  b->cap = cap;
  return 0;
}

int cd_buf_put(cd_buf *b, const char *p, size_t n) {
  if (!b->error && b->cap - b->len > n) { /* fits, with the NUL (cap 0: never) */
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return 0;
  }
  return cd_buf_put_slow(b, p, n);
}

int cd_buf_put_slow(cd_buf *b, const char *p, size_t n) {
  int error;
  if (n == 0) return b->error;
  if ((error = cd_buf_grow(b, n)) < 0) return error;
  memcpy(b->ptr + b->len, p, n);
  b->len += n;
  b->ptr[b->len] = '\0';
  return 0;
}

int cd_buf_put_uint(cd_buf *b, unsigned long n) {
  char digits[24], *p = digits + sizeof digits;
  do {
    *--p = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  return cd_buf_put(b, p, (size_t)(digits + sizeof digits - p));
}

/* Formats into the room the buffer has, and only when the text does not
 * fit grows it and formats again: most appends are short, and formatting
 * every one twice (once to measure) was half of a renderer's work. */
int cd_buf_printf(cd_buf *b, const char *fmt, ...) {
  va_list ap;
  size_t room = b->cap - b->len; /* with the NUL; 0 while ptr is the static "" */
  int n, error;
  if (b->error) return b->error;
  va_start(ap, fmt);
  n = vsnprintf(room ? b->ptr + b->len : NULL, room, fmt, ap);
  va_end(ap);
  if (n < 0) {
    if (room) b->ptr[b->len] = '\0';
    return b->error = CD_EIO;
  }
  if ((size_t)n >= room) { /* cut short, or not written: grow, then write it whole */
    if ((error = cd_buf_grow(b, (size_t)n)) < 0) {
      if (room) b->ptr[b->len] = '\0'; /* what the short write put there goes */
      return error;
    }
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  b->len += (size_t)n;
  return 0;
}

void cd_buf_clear(cd_buf *b) {
  b->len = 0;
  if (b->cap) b->ptr[0] = '\0';
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

#define SORT_SHORT 32 /* up to this many by insertion */

void cd_sort_ints(int *v, size_t n) {
  if (n > SORT_SHORT) {
    qsort(v, n, sizeof *v, cmp_int);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    int x = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
    v[j] = x;
  }
}

int cd_array_reserve(void **ptr, size_t *cap, size_t need, size_t size) {
  size_t c = *cap ? *cap : 16;
  void *q;
  if (need <= *cap) return 0;
  while (c < need) {
    if (c > ((size_t)-1 / 2) / size) return CD_ELIMIT;
    c *= 2;
  }
  if (c > (size_t)-1 / size) return CD_ELIMIT;
  if (!(q = realloc(*ptr, c * size))) return CD_ENOMEM;
  *ptr = q;
  *cap = c;
  return 0;
}

char *cd_buf_detach(cd_buf *b) {
  char *p = b->cap ? b->ptr : calloc(1, 1);
  cd_buf_init(b);
  return p;
}
