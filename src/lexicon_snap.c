/* lexicon_snap.c: a built trie kept in the cache and read back; see
 * lexicon_int.h.
 *
 * Building the trie is most of what compiling the rules costs once their
 * trees are cached (about a fifth of a warm run's instructions on the H20
 * story), and what it makes depends on nothing but the keys, in rule
 * order, and their languages; so do the start filters. So the trie and
 * the filters are written to the cache directory under a key of those
 * ("%016llx.lex") and a later run with the same keys reads them back
 * instead of making them. The payloads are not in it: they point into
 * the ruleset and are made from the rules each run; the links between a
 * node's payloads are. One file, in the host's order (a cache is never
 * shared between machines):
 *
 *   header   "CDLEX003"  key  checksum (of the body, from the key)
 *            nodes  cells  payloads  filter words  (u32 each)
 *   body     roots[256]
 *            per node: parent payload base tlen zh_below (its depth and
 *            `up` are its parent's depth + 1 + tlen and nearest holder
 *            of a payload: read_nodes makes them)
 *            per cell (cells + 256): check node
 *            per payload: next
 *            (all int32)
 *            the filters, zh_pair to starts8 in lx as 64-bit words: a
 *            bit a word, set for those not 0 (MASK_WORDS u64), then
 *            those words (filter words u64)
 *
 * The filters are 216 KiB a lexicon, mostly 0: so kept, the shipped
 * rules' take 75 KiB and the abbreviations' 25 KiB.
 *
 * A tail is no pointer here: a leaf's tail is the last tlen bytes of its
 * first payload's key, which the run has. The key mixes in CD_LEX_STAMP,
 * a hash of the lexicon's own sources that the Makefile passes (without
 * it, the time lexicon_snap.c was compiled): a trie built by other code
 * is never read. The shape checks of lx_snap_read make a forged file
 * give wrong matches at worst, never a read outside the trie or a walk
 * that does not end. */
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bits.h"
#include "cache.h"
#include "lexicon_int.h"

#ifndef CD_LEX_STAMP
#define CD_LEX_STAMP __DATE__ " " __TIME__
#endif

#define MAGIC     "CDLEX003" /* the format's version */
#define HEADER    40
#define NODE_INTS 5
#define SNAP_MAX  ((size_t)1 << 30) /* no snapshot is larger */
#define SNAPS_MAX 16                /* the snapshots a cache directory keeps */

/* The start filters, one run of bytes in cd_lexicon (lexicon_int.h),
 * read and written as FILTER_WORDS words of 64 bits. */
#define SIZE_OF(m)   sizeof(((cd_lexicon *)0)->m)
#define FILTERS_AT   offsetof(cd_lexicon, zh_pair)
#define FILTER_WORDS ((offsetof(cd_lexicon, starts8) + SIZE_OF(starts8) - FILTERS_AT) / 8)
#define MASK_WORDS   ((FILTER_WORDS + 63) / 64)
_Static_assert(FILTER_WORDS * 8 == SIZE_OF(zh_pair) + SIZE_OF(zh_one) + SIZE_OF(inner_skip) +
                                       SIZE_OF(zh_ends) + SIZE_OF(short_pair) + SIZE_OF(short_first) +
                                       SIZE_OF(starts) + SIZE_OF(starts_wide) + SIZE_OF(starts8),
               "the start filters are one run of 64-bit words, and nothing else");

/* The eight bytes at p as a word. */
static uint64_t load64(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

/* Each key mixed in a word at a time, without a call (cd_hash64 a key
 * cost about 70 instructions): its length, payload and language, its
 * first eight bytes (entry.pre, which add_key made), then past them
 * eight at a time, the last eight ending at its end (they may overlap
 * the eight before: the length tells them apart). */
uint64_t lx_snap_key(const cd_lexicon *lx, const entry *e, size_t n) {
  static const char stamp[] = MAGIC CD_LEX_STAMP;
  uint64_t h = cd_hash64(stamp, sizeof stamp - 1, n);
  for (size_t i = 0; i < n; i++) {
    uint64_t lang = (uint64_t)lx->payloads[e[i].payload].term->lang;
    size_t j = 8, klen = e[i].klen;
    h = cd_hash_mix(cd_hash_mix(h, (uint64_t)klen << 32 | (uint64_t)e[i].payload << 8 | lang), e[i].pre);
    for (; j + 8 <= klen; j += 8) h = cd_hash_mix(h, load64(e[i].key + j));
    if (j < klen) h = cd_hash_mix(h, load64(e[i].key + klen - 8));
  }
  return cd_hash64(&h, sizeof h, n);
}

static void path_of(char *out, size_t n, const char *dir, uint64_t key) {
  snprintf(out, n, "%s/%016llx.lex", dir, (unsigned long long)key);
}

static size_t body_ints(size_t nn, size_t nc, size_t np) {
  return 256 + NODE_INTS * nn + 2 * (nc + 256) + np;
}

/* The bytes of a file of nn nodes, nc cells, np payloads and nf filter
 * words not 0. */
static size_t file_size(size_t nn, size_t nc, size_t np, size_t nf) {
  return HEADER + 4 * body_ints(nn, nc, np) + 8 * (MASK_WORDS + nf);
}

/* The filter words of lx that are not 0. */
static size_t filter_words(const cd_lexicon *lx) {
  const unsigned char *f = (const unsigned char *)lx + FILTERS_AT;
  size_t nf = 0;
  for (size_t i = 0; i < FILTER_WORDS; i++) {
    uint64_t w;
    memcpy(&w, f + 8 * i, 8);
    nf += w != 0;
  }
  return nf;
}

/* Writes lx's filters at out: the mask of the words not 0, then those
 * words. */
static void write_filters(unsigned char *out, const cd_lexicon *lx) {
  const unsigned char *f = (const unsigned char *)lx + FILTERS_AT;
  unsigned char *word = out + 8 * MASK_WORDS;
  memset(out, 0, 8 * MASK_WORDS);
  for (size_t i = 0; i < FILTER_WORDS; i++) {
    uint64_t w, m;
    memcpy(&w, f + 8 * i, 8);
    if (!w) continue;
    memcpy(&m, out + 8 * (i / 64), 8);
    m |= (uint64_t)1 << (i % 64);
    memcpy(out + 8 * (i / 64), &m, 8);
    memcpy(word, &w, 8);
    word += 8;
  }
}

void lx_snap_write(const cd_lexicon *lx, const char *dir, uint64_t key) {
  size_t nn = lx->nnodes, nc = lx->ncells, np = lx->npayloads, nb = body_ints(nn, nc, np);
  size_t nf = filter_words(lx), size = file_size(nn, nc, np, nf);
  unsigned char *buf;
  int32_t *b;
  uint32_t counts[4] = {(uint32_t)nn, (uint32_t)nc, (uint32_t)np, (uint32_t)nf};
  uint64_t sum;
  char path[4200];
  if (size > SNAP_MAX || !(buf = malloc(size))) return;
  b = (int32_t *)(buf + HEADER);
  memcpy(b, lx->root, sizeof lx->root);
  b += 256;
  for (size_t i = 0; i < nn; i++, b += NODE_INTS) {
    const node *x = &lx->nodes[i];
    int32_t r[NODE_INTS] = {x->parent, x->payload, x->base, (int32_t)x->tlen, x->zh_below};
    memcpy(b, r, sizeof r);
  }
  memcpy(b, lx->cells, (nc + 256) * sizeof *lx->cells); /* two int32 a cell */
  b += 2 * (nc + 256);
  for (size_t p = 0; p < np; p++) b[p] = lx->payloads[p].next;
  write_filters(buf + HEADER + 4 * nb, lx);
  sum = cd_hash64(buf + HEADER, size - HEADER, key);
  memcpy(buf, MAGIC, 8);
  memcpy(buf + 8, &key, 8);
  memcpy(buf + 16, &sum, 8);
  memcpy(buf + 24, counts, sizeof counts);
  path_of(path, sizeof path, dir, key);
  if (cd_cache_put(path, buf, size) == 0) cd_cache_prune(dir, ".lex", SNAPS_MAX);
  free(buf);
}

/* Is id, -1 or from 0, below n? (One compare: -1 becomes 0, any other
 * negative id more than any n.) */
static int id_below(int32_t id, size_t n) {
  return (uint32_t)id + 1u <= n;
}

/* Decodes the nodes of body b into lx->nodes[nn] and what a walk reads
 * of each into lx->hot (lx_make_hot's, the payloads linked already),
 * checking each against those before it: ids in range, a parent before
 * its child and no leaf, a tail the end of its payload's key, zh_below
 * passed up; its depth (one a byte from a root, its tail's included) and
 * `up` (the nearest ancestor with a payload) made from its parent's. -1
 * at the first that fails. */
static int read_nodes(cd_lexicon *lx, const int32_t *b, size_t nn, size_t nc, size_t np, const entry *e,
                      const uint8_t *part) {
  node *nd = lx->nodes;
  for (size_t i = 0; i < nn; i++, b += NODE_INTS) {
    node x = {b[0], b[1], b[2], -1, 1, NULL, (uint32_t)b[3], (unsigned char)b[4]};
    if (!id_below(x.parent, i) || !id_below(x.payload, np) || (uint32_t)x.base > nc || (uint32_t)b[4] > 1)
      return -1;
    if (x.parent >= 0) { /* below nn of them, so a depth below INT32_MAX before a tail */
      const node *p = &nd[x.parent];
      if (p->tlen || x.zh_below > p->zh_below) return -1;
      x.up = p->payload >= 0 ? x.parent : p->up;
      x.depth = p->depth + 1;
    }
    if (x.tlen) { /* the rest of its payload's key: its depth that key's length */
      if (x.payload < 0 || (uint64_t)x.depth + x.tlen != e[x.payload].klen) return -1;
      x.tail = e[x.payload].key + x.depth;
      x.depth += x.tlen;
    }
    nd[i] = x;
    lx->hot[i] = lx_hot_of(lx, &x, part);
  }
  return 0;
}

/* Decodes the roots and cells and checks them against the nodes: a root
 * has no parent, a cell's child is the child of the node its check
 * names, at a byte of that node's. */
static int read_cells(cd_lexicon *lx, const int32_t *roots, const int32_t *cells, size_t nn, size_t nc) {
  for (int c = 0; c < 256; c++) {
    int32_t r = roots[c];
    if (!id_below(r, nn) || (r >= 0 && lx->nodes[r].parent != -1)) return -1;
    lx->root[c] = r;
  }
  for (size_t c = 0; c < nc + 256; c++) {
    cell x = {cells[2 * c], cells[2 * c + 1]};
    if (!id_below(x.check, nn)) return -1;
    /* c - base wraps past 255 when c is below the base */
    if (x.check >= 0 && ((uint32_t)x.node >= nn || lx->nodes[x.node].parent != x.check ||
                         c - (size_t)lx->nodes[x.check].base > 255))
      return -1;
    lx->cells[c] = x;
  }
  return 0;
}

/* The header h (HEADER bytes) of a file of size bytes, checked against
 * the key and the run's np payloads: its counts into nn, nc and nf, and
 * the checksum the body must have into *sum. Read before the body, so
 * that a file whose size is not what its counts say is never read whole. */
static int read_header(const unsigned char *h, size_t size, uint64_t key, size_t np, size_t *nn, size_t *nc,
                       size_t *nf, uint64_t *sum) {
  uint64_t k;
  uint32_t counts[4];
  if (memcmp(h, MAGIC, 8) != 0) return -1;
  memcpy(&k, h + 8, 8);
  memcpy(sum, h + 16, 8);
  memcpy(counts, h + 24, sizeof counts);
  *nn = counts[0], *nc = counts[1], *nf = counts[3];
  if (k != key || counts[2] != np || *nn > INT32_MAX / 2 || *nc > INT32_MAX / 2 || *nf > FILTER_WORDS ||
      size != file_size(*nn, *nc, np, *nf))
    return -1;
  return 0;
}

/* Decodes the filters at in, nf words not 0 after the mask, into lx's
 * (all 0 before): -1 when the mask has not nf bits, each a word's. */
static int read_filters(cd_lexicon *lx, const unsigned char *in, size_t nf) {
  unsigned char *f = (unsigned char *)lx + FILTERS_AT;
  const unsigned char *word = in + 8 * MASK_WORDS, *end = word + 8 * nf;
  for (size_t k = 0; k < MASK_WORDS; k++) {
    uint64_t m;
    memcpy(&m, in + 8 * k, 8);
    for (; m; m &= m - 1, word += 8) {
      size_t i = 64 * k + cd_lowest_bit(m);
      if (word == end || i >= FILTER_WORDS) return -1;
      memcpy(f + 8 * i, word, 8);
    }
  }
  return word == end ? 0 : -1;
}

/* Decodes a checked file into lx: the payloads' links, each after the
 * one before in rule order, then its nodes, their hot array and its
 * cells (lx takes them), then the nf filter words not 0. */
static int decode(cd_lexicon *lx, const unsigned char *buf, size_t nn, size_t nc, size_t nf, const entry *e,
                  size_t n) {
  const int32_t *b = (const int32_t *)(buf + HEADER), *next;
  size_t np = lx->npayloads;
  uint8_t *part = NULL;
  int error;
  if (n != np) return -1;
  for (size_t p = 0; p < np; p++)
    if (e[p].payload != (int32_t)p) return -1;
  next = b + 256 + NODE_INTS * nn + 2 * (nc + 256);
  for (size_t p = 0; p < np; p++)
    if (next[p] != -1 && (next[p] <= (int32_t)p || next[p] >= (int32_t)np)) return -1;
  for (size_t p = 0; p < np; p++) lx->payloads[p].next = next[p];
  lx->nodes = malloc((nn ? nn : 1) * sizeof *lx->nodes);
  lx->hot = malloc((nn ? nn : 1) * sizeof *lx->hot);
  lx->cells = malloc((nc + 256) * sizeof *lx->cells);
  lx->nnodes = lx->cap = nn;
  lx->ncells = nc;
  error = !lx->nodes || !lx->hot || !lx->cells || lx_plain_parts(lx, &part) < 0 ||
                  read_nodes(lx, b + 256, nn, nc, np, e, part) < 0 ||
                  read_cells(lx, b, b + 256 + NODE_INTS * nn, nn, nc) < 0
              ? -1
              : read_filters(lx, (const unsigned char *)(next + np), nf);
  free(part);
  return error;
}

int lx_snap_read(cd_lexicon *lx, const char *dir, uint64_t key, const entry *e, size_t n) {
  char path[4200];
  struct stat st;
  unsigned char h[HEADER], *buf = NULL;
  size_t nn = 0, nc = 0, nf = 0;
  uint64_t sum = 0;
  int fd, error = -1;
  path_of(path, sizeof path, dir, key);
  if ((fd = open(path, O_RDONLY)) < 0) return -1;
  if (fstat(fd, &st) == 0 && st.st_size >= HEADER && (uint64_t)st.st_size <= SNAP_MAX) {
    size_t size = (size_t)st.st_size;
    if (cd_read_all(fd, h, HEADER) == 0 &&
        read_header(h, size, key, lx->npayloads, &nn, &nc, &nf, &sum) == 0 && (buf = malloc(size)) != NULL &&
        cd_read_all(fd, buf + HEADER, size - HEADER) == 0 &&
        cd_hash64(buf + HEADER, size - HEADER, key) == sum) {
      memcpy(buf, h, HEADER);
      error = decode(lx, buf, nn, nc, nf, e, n);
    }
  }
  close(fd);
  free(buf);
  if (error < 0) { /* lx as it was: nothing built, the payloads unlinked, the filters 0 */
    memset((unsigned char *)lx + FILTERS_AT, 0, 8 * FILTER_WORDS);
    free(lx->nodes);
    free(lx->hot);
    free(lx->cells);
    lx->nodes = NULL, lx->hot = NULL, lx->cells = NULL;
    lx->nnodes = lx->cap = lx->ncells = 0;
    for (int c = 0; c < 256; c++) lx->root[c] = -1;
    for (size_t p = 0; p < lx->npayloads; p++) lx->payloads[p].next = -1;
  }
  return error;
}
