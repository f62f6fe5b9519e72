/* arena.c: chained blocks, bump allocation; see arena.h. */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct cd_arena_block {
  cd_arena_block *next;
  size_t used, cap;
  alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK 65536

/* n zeroed bytes at the first offset of the head block that is a multiple
 * of align (a power of two), in a new block when they do not fit. */
static void *alloc_aligned(cd_arena *a, size_t n, size_t align) {
  cd_arena_block *b = a->head;
  size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
  void *p;
  if (!b || at > b->cap || b->cap - at < n) {
    size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
    at = 0;
  }
  p = b->data + at;
  b->used = at + n;
  memset(p, 0, n);
  return p;
}

void *cd_arena_alloc(cd_arena *a, size_t n) {
  return alloc_aligned(a, n ? n : 1, alignof(max_align_t));
}

int *cd_arena_ints(cd_arena *a, size_t n) {
  if (n > SIZE_MAX / sizeof(int)) return NULL;
  return alloc_aligned(a, (n ? n : 1) * sizeof(int), alignof(int));
}

char *cd_arena_strndup(cd_arena *a, const char *p, size_t n) {
  char *s = cd_arena_alloc(a, n + 1);
  if (s) {
    memcpy(s, p, n);
    s[n] = '\0';
  }
  return s;
}

void cd_arena_dispose(cd_arena *a) {
  cd_arena_block *b = a->head, *next;
  for (; b; b = next) {
    next = b->next;
    free(b);
  }
  a->head = NULL;
}
