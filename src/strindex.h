/* strindex.h: strings to small numbers, in a hash table.
 *
 * Maps NUL-terminated keys to values >= 0: a rule's id to its index in the
 * ruleset's array, so that a reference is found in O(1) instead of by a
 * scan of every id (which made loading quadratic in the number of rules).
 * Open addressing with linear probing over a power-of-two number of slots,
 * never more than half full; each slot keeps its key's hash, so a probe
 * compares strings only when the hashes agree:
 *
 *   slots[hash & (cap - 1)] -> {key "nvidia", hash, value 12}
 *   slots[...+1]            -> {key "huawei", hash, value 40}   (a collision)
 *   slots[...+2]            -> empty: the probe for an absent key ends here
 *
 * The index borrows its keys: each must outlive it (the ruleset's arena
 * strings do). The struct is the caller's; cd_strindex_dispose releases
 * the slots. */
#ifndef CD_STRINDEX_H
#define CD_STRINDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct cd_strindex_slot {
  const char *key; /* borrowed; NULL: the slot is empty */
  uint32_t hash;   /* of key */
  int value;       /* >= 0 */
} cd_strindex_slot;

typedef struct cd_strindex {
  cd_strindex_slot *slots; /* cap of them, NULL while empty */
  size_t cap;              /* slots: 0 or a power of two */
  size_t n;                /* keys held, at most cap / 2 */
} cd_strindex;

#define CD_STRINDEX_INIT                                                                                     \
  { NULL, 0, 0 }

/* cd_strindex_add: maps key to value (>= 0) unless key is there already.
 * *existing is then the value key had, else -1 (key added). Returns 0, or
 * CD_ENOMEM (ix unchanged). O(1) expected, O(n) when the table doubles. */
int cd_strindex_add(cd_strindex *ix, const char *key, int value, int *existing);

/* cd_strindex_find: the value of key, or -1 when it is not there (an
 * empty index holds nothing). O(1) expected. */
int cd_strindex_find(const cd_strindex *ix, const char *key);

/* cd_strindex_dispose: frees the slots and leaves ix empty. */
void cd_strindex_dispose(cd_strindex *ix);

#endif
