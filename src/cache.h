/* cache.h: the directory where claimdiff keeps what it can make again,
 * and what every file kept there needs.
 *
 * Three kinds of file live there: a rule file's parsed YAML tree
 * ("%016llx.tree", rules_cache.c), a compiled lexicon ("%016llx.lex",
 * lexicon_snap.c), and one file of the boilerplate rules' compiled
 * patterns ("patterns", rules_cache.c: each under its source text, the
 * pattern format in its checksum's seed, 256 at most, never pruned).
 * Each is a function of inputs whose hash names or keys it, so a file
 * that is stale, damaged or missing costs only the
 * time to make it again: nothing read from the cache is trusted before
 * its checks pass, and a cache that cannot be written is silently not
 * written. Nothing here allocates but cd_cache_prune (its listing). */
#ifndef CD_CACHE_H
#define CD_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* cd_cache_dir: the cache directory into out[n]: $CLAIMDIFF_CACHE (empty
 * or "off" for none), else $XDG_CACHE_HOME/claimdiff, else
 * $HOME/.cache/claimdiff, made when missing; -1 when there is none to use. */
int cd_cache_dir(char *out, size_t n);

/* cd_hash64: a 64-bit hash of data[0, n) from seed, eight bytes a word in
 * the host's order (a cache is never shared between machines): an edit
 * changes it, a forger is not kept out. O(n). */
uint64_t cd_hash64(const void *data, size_t n, uint64_t seed);

/* cd_hash_mix: word w mixed into hash state h by a xor, a multiply by an
 * odd number and a rotation: a bijection of the word for a given state,
 * and of the state for a given word. cd_hash64's step, for a caller that
 * mixes its own words (the lexicon snapshot's key). O(1). */
static inline uint64_t cd_hash_mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0x87C37B91114253D5u;
  return h << 31 | h >> 33;
}

/* cd_read_all: reads exactly n bytes of fd into p: 0, or -1. */
int cd_read_all(int fd, void *p, size_t n);

/* cd_cache_put: writes bytes[0, n) to path through a temporary file
 * ("path.PID.tmp") renamed into place, so that a reader sees a whole file
 * or none: 0, or -1 (no file is left behind). */
int cd_cache_put(const char *path, const void *bytes, size_t n);

/* cd_cache_prune: removes from dir the oldest files named
 * "%016llx<suffix>" (suffix ".tree" or ".lex") beyond keep, by
 * modification time, and the temporary files of such writes an hour old.
 * Called once after a run that wrote one. O(entries of dir). */
void cd_cache_prune(const char *dir, const char *suffix, size_t keep);

#endif
