/* strindex.c: strings to small numbers; see strindex.h. FNV-1a hashes,
 * linear probing, doubling at half full. */
#include "strindex.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "claimdiff.h"

#define FIRST_CAP 64

static uint32_t hash_of(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* The slot of key (hash h): where it is, or the empty slot that ends its
 * probe. cap is a power of two and some slot is empty. */
static size_t probe(const cd_strindex *ix, const char *key, uint32_t h) {
  size_t mask = ix->cap - 1, i = h & mask;
  while (ix->slots[i].key && (ix->slots[i].hash != h || strcmp(ix->slots[i].key, key))) i = (i + 1) & mask;
  return i;
}

/* Twice the slots (FIRST_CAP at first), every key moved over. */
static int grow(cd_strindex *ix) {
  cd_strindex bigger = {NULL, ix->cap ? ix->cap * 2 : FIRST_CAP, ix->n};
  if (bigger.cap > ((size_t)-1 / 2) / sizeof *bigger.slots) return CD_ENOMEM;
  if (!(bigger.slots = calloc(bigger.cap, sizeof *bigger.slots))) return CD_ENOMEM;
  for (size_t i = 0; i < ix->cap; i++)
    if (ix->slots[i].key) bigger.slots[probe(&bigger, ix->slots[i].key, ix->slots[i].hash)] = ix->slots[i];
  free(ix->slots);
  *ix = bigger;
  return 0;
}

int cd_strindex_add(cd_strindex *ix, const char *key, int value, int *existing) {
  uint32_t h = hash_of(key);
  size_t i;
  assert(value >= 0);
  *existing = -1;
  if (ix->cap) {
    i = probe(ix, key, h);
    if (ix->slots[i].key) {
      *existing = ix->slots[i].value;
      return 0;
    }
  }
  if ((ix->n + 1) * 2 > ix->cap) {
    if (grow(ix) < 0) return CD_ENOMEM;
  }
  i = probe(ix, key, h);
  ix->slots[i].key = key;
  ix->slots[i].hash = h;
  ix->slots[i].value = value;
  ix->n++;
  return 0;
}

int cd_strindex_find(const cd_strindex *ix, const char *key) {
  size_t i;
  if (!ix->cap) return -1;
  i = probe(ix, key, hash_of(key));
  return ix->slots[i].key ? ix->slots[i].value : -1;
}

void cd_strindex_dispose(cd_strindex *ix) {
  free(ix->slots);
  ix->slots = NULL;
  ix->cap = ix->n = 0;
}
