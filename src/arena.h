/* arena.h: a bump allocator for objects that die together.
 *
 * A document's sentences, claims and their entity lists and values live
 * in one arena and go with one cd_arena_dispose(). Blocks are chained;
 * nothing is freed singly. Allocation is O(1) amortised, aligned for any
 * object. */
#ifndef CD_ARENA_H
#define CD_ARENA_H

#include <stddef.h>

typedef struct cd_arena_block cd_arena_block;

typedef struct cd_arena {
  cd_arena_block *head;
} cd_arena;

#define CD_ARENA_INIT                                                                                        \
  { NULL }

/* cd_arena_alloc: n zeroed bytes that live until cd_arena_dispose(), or
 * NULL when memory runs out. */
void *cd_arena_alloc(cd_arena *a, size_t n);
/* cd_arena_ints: n zeroed ints (one when n is 0), aligned for an int
 * only: a short list takes its own bytes, not 16 as from cd_arena_alloc
 * (a document's claims hold their entity lists so, one a sentence). NULL
 * when memory runs out. */
int *cd_arena_ints(cd_arena *a, size_t n);
/* cd_arena_strndup: a NUL-terminated copy of p[0, n). */
char *cd_arena_strndup(cd_arena *a, const char *p, size_t n);
void cd_arena_dispose(cd_arena *a);

#endif
