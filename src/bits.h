/* bits.h: the index of a 64-bit mask's lowest set bit, for the scanners
 * that keep their candidates as masks (the lexicon's gapped tails, the
 * trimmer's rules). Header only, O(1). */
#ifndef CD_BITS_H
#define CD_BITS_H

#include <stdint.h>

/* cd_lowest_bit: the index of the lowest bit set in m (m nonzero). */
static inline unsigned cd_lowest_bit(uint64_t m) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(m);
#else
  unsigned k = 0;
  while (!(m & 1)) m >>= 1, k++;
  return k;
#endif
}

#endif
