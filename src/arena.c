/* arena.c: chained blocks, bump allocation; see arena.h. */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

struct cd_arena_block {
  cd_arena_block *next;
  size_t used, cap;
  alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK 65536
#define ALIGN(n)    (((n) + alignof(max_align_t) - 1) & ~(alignof(max_align_t) - 1))

void *cd_arena_alloc(cd_arena *a, size_t n) {
  cd_arena_block *b = a->head;
  void *p;
  n = ALIGN(n ? n : 1);
  if (!b || b->cap - b->used < n) {
    size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->used = 0;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
  }
  p = b->data + b->used;
  b->used += n;
  memset(p, 0, n);
  return p;
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
