/* lexicon.c: the trie of rule keys; see lexicon.h.
 *
 * The keys are made first, then the trie at once from them sorted
 * (build_trie): its nodes' children go into a double array, node n's
 * child by byte b is cell base(n) + b when that cell's check is n, so a
 * step of a walk is one look-up, whatever the node's children. A key
 * that shares no more than a prefix with the others ends in a leaf that
 * holds the rest of its bytes as a tail,
 * compared at once:
 *
 *   (n) --'v'--> (nv) --'i'--> (nvi)* tail "dia" -> payload: nvidia
 *                          \--'d'--> (nvd)* tail "a" -> ...
 *
 *   cells:  ... [base(nv) + 'd': check nv, node nvd] ... [base(nv) + 'i': check nv, node nvi] ...
 *
 * Building sorts the keys (by their first eight bytes at once, then a
 * byte a node where more share them) and places a node's children among
 * the first free cells; no key is looked up while building. The keys
 * make two tries by their first byte, about as large, built on two
 * threads and laid end to end in one array (build_trie). Scanning is O(text
 * bytes x longest key). A walk keeps only the deepest node holding a
 * payload and checks acceptance from there up (node.up), so a key is
 * checked only where no longer one can win. Inside an English word only a
 * key of another language can start: a walk starts there only where the
 * next two bytes begin one (zh_pair), and goes no deeper than one lies
 * (node.zh_below). Such a key's letters run to the word's end, so a word
 * whose last bytes end none (INNER_ENDS, zh_ends) is passed whole, sixteen
 * bytes a test (word_end); in the others the scan passes the bytes at
 * one look-up a byte (inner_skip, a byte for each byte and the next: 64
 * KiB, where a bit for each cost three more instructions a byte).
 *
 * Most walks would end within four bytes, so a walk is made only where
 * a key may start (may_start): the keys' first three bytes pick a word
 * of bits by a hash, the fourth a bit of it (a Chinese key's first
 * character and its second: starts_wide), those of one or two bytes
 * kept exactly,
 * and where that says yes a second filter knows the keys of eight bytes
 * or more by their first eight. The places passed so are passed in a
 * loop of their own (next_start), apart from the walk.
 * The walk reads a node's base and stop bits from an array of eight
 * bytes a node (hot), the rest of the node only where it stops. */
#include "lexicon.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "bits.h"
#include "buf.h"
#include "lexicon_int.h"
#include "threads.h"
#include "utf8.h"

#define GAP_WINDOW 60 /* find_pairs: a window's places fit in a word of 64 bits */
_Static_assert(GAP_WINDOW + 2 < 64, "GAP_WINDOW");

/* 1 for the bytes of is_word_byte(): ASCII letters and digits */
static const unsigned char word_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 00-1f */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, /* 20-3f */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 40-5f */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 60-7f */
};

typedef struct kid {
  unsigned char byte;
  int32_t node;
} kid;

/* k new nodes side by side (a node's children, or the first bytes of
 * the keys), each with no payload, tail or base yet; their ids are the
 * returned one on. -1 when out of memory. */
static int32_t new_nodes(cd_lexicon *lx, size_t k, int32_t parent, int32_t up, size_t depth) {
  int32_t first = (int32_t)lx->nnodes;
  if (lx->nnodes + k > lx->cap &&
      cd_array_reserve((void **)&lx->nodes, &lx->cap, lx->nnodes + k, sizeof *lx->nodes) < 0)
    return -1;
  for (size_t i = 0; i < k; i++)
    lx->nodes[lx->nnodes + i] = (node){parent, -1, 0, up, (uint32_t)depth, NULL, 0, 0};
  lx->nnodes += k;
  return first;
}

/* Node n's child by byte b, or -1: one cell of the double
 * array, whose check says whether the cell is n's. */
static inline int32_t step(const cd_lexicon *lx, int32_t n, unsigned char b) {
  const cell *c = &lx->cells[lx->nodes[n].base + b];
  return c->check == n ? c->node : -1;
}

#define PLACE_LOOK  64 /* free cells a node's first child is tried at before the array's end */
#define PLACE_TRIES 8  /* times the first free cell is passed over before it is given up */

/* While building: the double array being filled, and its free cells in a
 * list in order (nxt: the next, -1 at the end), so that a node's place
 * is sought among free cells only. A cell taken stays on the list until
 * a search passes it (its check is then no longer -1) and takes it off:
 * no list of previous cells to keep. */
typedef struct placer {
  cell *cells;
  int32_t *nxt;
  size_t cap;     /* cells allocated (nxt as many) */
  size_t end;     /* one past the last taken cell; those from it on are free, cap - 1 on the list */
  int32_t head;   /* the first cell on the list (given up ones are off it), -1: none */
  unsigned tries; /* times head was passed over */
} placer;

/* Makes cells [0, need) exist, the new ones free, at the list's end:
 * the first time exactly need (build_trie asks for about as many as the
 * keys make nodes: initialising twice as many cost more than placing
 * them), later at least twice as many as before. The last cell before
 * them was free and on the list: cells past end are never taken, and
 * place() keeps end 512 cells short of cap. */
static int grow_cells(placer *pl, size_t need) {
  size_t old = pl->cap, cap = !old ? need : need > 2 * old ? need : 2 * old;
  void *q;
  if (need <= old) return 0;
  if (cap > INT32_MAX) return CD_ELIMIT; /* cells are counted in int32_t */
  if (!(q = realloc(pl->cells, cap * sizeof *pl->cells))) return CD_ENOMEM;
  pl->cells = q;
  if (!(q = realloc(pl->nxt, cap * sizeof *pl->nxt))) return CD_ENOMEM;
  pl->nxt = q;
  pl->cap = cap;
  for (size_t c = old; c < cap; c++) {
    pl->cells[c] = (cell){-1, -1};
    pl->nxt[c] = (int32_t)c + 1;
  }
  pl->nxt[cap - 1] = -1;
  if (old)
    pl->nxt[old - 1] = (int32_t)old;
  else
    pl->head = 0;
  return 0;
}

/* The first cell on the list that is still free (taken ones passed are
 * taken off), -1: none. */
static int32_t first_free(placer *pl) {
  while (pl->head >= 0 && pl->cells[pl->head].check >= 0) {
    pl->head = pl->nxt[pl->head];
    pl->tries = 0;
  }
  return pl->head;
}

/* Do the bytes b[0, k) all fall on free cells from base? */
static int fits(const placer *pl, size_t base, const unsigned char *b, size_t k) {
  for (size_t i = 1; i < k; i++)
    if (pl->cells[base + b[i]].check >= 0) return 0;
  return 1;
}

/* The base for a node whose children have the bytes b[0, k) (k > 0, b[0]
 * the least): the first free cell that b[0] can take with the others
 * free too, among the first PLACE_LOOK on the list; else past the last
 * taken cell. O(PLACE_LOOK x k) at worst, and the taken cells passed
 * (each once). Grows the array so that any base + 256 it returns is
 * inside it. */
static int place(placer *pl, const unsigned char *b, size_t k, size_t *base) {
  int32_t c, prev = -1;
  if (pl->end + 512 > pl->cap && grow_cells(pl, pl->end + 512) < 0) return CD_ENOMEM;
  c = first_free(pl);
  for (int look = 0; c >= 0 && (size_t)c < pl->end && look < PLACE_LOOK;) {
    int32_t next = pl->nxt[c];
    if (pl->cells[c].check >= 0) { /* taken since it went on the list: off it */
      if (prev >= 0)
        pl->nxt[prev] = next;
      else
        pl->head = next, pl->tries = 0;
      c = next;
      continue;
    }
    look++;
    if ((size_t)c >= b[0] && fits(pl, (size_t)c - b[0], b, k)) {
      *base = (size_t)c - b[0];
      return 0;
    }
    /* the first free cell, passed over too often, is given up: later
     * nodes do not look at it again */
    if (c == pl->head && ++pl->tries >= PLACE_TRIES) {
      pl->head = next;
      pl->tries = 0;
    } else {
      prev = c;
    }
    c = next;
  }
  *base = pl->end > b[0] ? pl->end - b[0] : 0;
  return 0;
}

/* Takes the cells of node n's children, kids[0, k), from base. */
static void take(placer *pl, int32_t n, size_t base, const kid *kids, size_t k) {
  for (size_t i = 0; i < k; i++) {
    size_t c = base + kids[i].byte;
    pl->cells[c] = (cell){n, kids[i].node};
    if (c + 1 > pl->end) pl->end = c + 1;
  }
}

/* Each payload's part of its node's PLAIN_ bits (lx_hot_of joins them) into
 * part[npayloads], from one reading of the payloads in order. 0 or
 * CD_ENOMEM (then *out is NULL). */
int lx_plain_parts(const cd_lexicon *lx, uint8_t **out) {
  uint8_t *part = malloc(lx->npayloads ? lx->npayloads : 1);
  *out = part;
  if (!part) return CD_ENOMEM;
  for (size_t p = 0; p < lx->npayloads; p++) {
    const cd_lex_payload *pl = &lx->payloads[p];
    unsigned ascii = pl->term->lang == CD_LANG_EN, cue = pl->kind == CD_LEX_CUE;
    part[p] =
        (uint8_t)((ascii ? PLAIN_EN : PLAIN_ZH) |
                  (pl->tail || (ascii && pl->wildcard) || (cue && pl->index == CD_CUE_IGNORE) ? PART_OTHER
                                                                                              : 0) |
                  (cue && cd_cue_kind_refers(pl->index) ? PLAIN_REFERS : 0));
  }
  return 0;
}

#define PRE_BYTES 8 /* bytes of a key in entry.pre */

/* A node whose keys are entries [lo, hi), all sharing its first depth
 * bytes: a task of build_trie. */
typedef struct task {
  int32_t node;
  uint32_t lo, hi, depth;
} task;

/* What build_trie works with: the keys (e), room as large for a counting
 * sort (tmp), the double array being filled, and the nodes still to
 * build (stack). */
typedef struct builder {
  cd_lexicon *lx;
  entry *e, *tmp;
  placer pl;
  task *stack;
  size_t nstack, capstack;
} builder;

/* What sort_pre sorts: a key's first eight bytes and its index in e. */
typedef struct sort_key {
  uint64_t pre;
  uint32_t i;
} sort_key;

#define DIGIT_BITS 11 /* sort_pre sorts by eleven bits a pass: six passes, counts of 2048 */
#define DIGITS     ((size_t)1 << DIGIT_BITS)
#define PASSES     6 /* (64 + DIGIT_BITS - 1) / DIGIT_BITS; sort_pre spells each out */

/* Puts e[0, n) in tmp sorted by their first eight bytes (pre), stably:
 * a counting sort of (pre, index) pairs eleven bits at a time from the
 * lowest (the counts of every pass taken in one reading), then the
 * entries in that order. A key shorter than eight bytes comes before
 * those it begins, as a node's own keys come before its children's.
 * Returns 0 or CD_ENOMEM. */
static int sort_pre(entry *e, entry *tmp, size_t n) {
  sort_key *k = malloc(2 * n * sizeof *k), *from, *to;
  uint32_t *count = calloc(PASSES * (DIGITS + 1), sizeof *count);
  if (!k || !count) {
    free(k);
    free(count);
    return CD_ENOMEM;
  }
  from = k;
  to = k + n;
  for (size_t i = 0; i < n; i++) {
    uint64_t x = e[i].pre;
    from[i] = (sort_key){x, (uint32_t)i};
    /* each pass's count spelt out: a loop over them costs twice as much */
    count[0 * (DIGITS + 1) + (x >> (0 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
    count[1 * (DIGITS + 1) + (x >> (1 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
    count[2 * (DIGITS + 1) + (x >> (2 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
    count[3 * (DIGITS + 1) + (x >> (3 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
    count[4 * (DIGITS + 1) + (x >> (4 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
    count[5 * (DIGITS + 1) + (x >> (5 * DIGIT_BITS) & (DIGITS - 1)) + 1]++;
  }
  for (unsigned p = 0; p < PASSES; p++) {
    uint32_t *c = count + p * (DIGITS + 1);
    unsigned shift = p * DIGIT_BITS;
    sort_key *t;
    for (size_t d = 1; d <= DIGITS; d++) c[d] += c[d - 1];
    for (size_t i = 0; i < n; i++) to[c[from[i].pre >> shift & (DIGITS - 1)]++] = from[i];
    t = from;
    from = to;
    to = t;
  }
  for (size_t i = 0; i < n; i++) tmp[i] = e[from[i].i];
  free(k);
  free(count);
  return 0;
}

#define SMALL_SORT 24 /* ranges of at most this many keys are sorted by insertion, not by counting */

/* The bucket of entry x at byte d: 0 when the key ends there, else 1 + its byte. */
static inline unsigned bucket(const entry *x, size_t d) {
  return x->klen == d ? 0u : 1u + (unsigned char)x->key[d];
}

/* Sorts e[lo, hi) (more than SMALL_SORT) by bucket at byte d, stably, by
 * counting into tmp. */
static void count_sort(entry *e, entry *tmp, size_t lo, size_t hi, size_t d) {
  size_t count[258] = {0};
  for (size_t i = lo; i < hi; i++) count[bucket(&e[i], d) + 1]++;
  for (size_t b = 1; b < 258; b++) count[b] += count[b - 1];
  for (size_t i = lo; i < hi; i++) tmp[lo + count[bucket(&e[i], d)]++] = e[i];
  memcpy(e + lo, tmp + lo, (hi - lo) * sizeof *e);
}

/* Sorts e[lo, hi) by bucket at byte d, stably (keys that end at d first,
 * then by that byte; each kept in rule order): by insertion when few,
 * else by counting. Within their first eight bytes they are sorted
 * already (sort_pre). */
static void sort_at(entry *e, entry *tmp, size_t lo, size_t hi, size_t d) {
  if (d < PRE_BYTES) return;
  if (hi - lo > SMALL_SORT) {
    count_sort(e, tmp, lo, hi, d);
    return;
  }
  for (size_t i = lo + 1; i < hi; i++) {
    entry x = e[i];
    unsigned bx = bucket(&x, d);
    size_t j = i;
    for (; j > lo && bucket(&e[j - 1], d) > bx; j--) e[j] = e[j - 1];
    e[j] = x;
  }
}

/* How many of the PRE_BYTES bytes two pre share from the first: the
 * leading zero bytes of x, their xor (pre fills its 64 bits). */
static inline size_t same_bytes(uint64_t x) {
#if defined(__GNUC__)
  return x ? (size_t)__builtin_clzll(x) / 8 : PRE_BYTES;
#else
  size_t same = 0;
  while (same < PRE_BYTES && !((x >> (8 * (PRE_BYTES - 1 - same))) & 0xFF)) same++;
  return same;
#endif
}

/* How many bytes past the first d all the keys of e[lo, hi) share.
 * Within their first PRE_BYTES bytes the keys are sorted (sort_pre), so
 * all share there what the first and the last share: read from pre at
 * once (zero bytes past a key's end are shared only by keys that end
 * together, and then all between them are the same key). */
static size_t shared(const entry *e, size_t lo, size_t hi, size_t d) {
  const char *a = e[lo].key + d;
  size_t m = e[lo].klen - d, from = 0;
  if (d < PRE_BYTES) {
    uint64_t x = e[lo].pre ^ e[hi - 1].pre;
    size_t same = same_bytes(x);
    if (same < PRE_BYTES || e[lo].klen < PRE_BYTES) return (same < e[lo].klen ? same : e[lo].klen) - d;
    from = PRE_BYTES - d; /* all share their first PRE_BYTES: compare from there */
  }
  for (size_t i = lo + 1; i < hi && m > from; i++) {
    const char *b = e[i].key + d;
    size_t j = from, lim = e[i].klen - d < m ? e[i].klen - d : m;
    while (j < lim && a[j] == b[j]) j++;
    m = j;
  }
  return m;
}

/* Gives node n the payloads of e[lo, hi), in rule order (the entries'
 * order), and notes a key not of English among them (zh_below). */
static void hold(cd_lexicon *lx, int32_t n, const entry *e, size_t lo, size_t hi) {
  lx->nodes[n].payload = e[lo].payload;
  for (size_t i = lo; i < hi; i++) {
    lx->payloads[e[i].payload].next = i + 1 < hi ? e[i + 1].payload : -1;
    lx->nodes[n].zh_below |= (unsigned char)(lx->payloads[e[i].payload].term->lang != CD_LANG_EN);
  }
}

/* Makes node n (its key d bytes long) the leaf of the one key of e[lo,
 * hi): its payloads, and the key's bytes past d its tail. */
static void make_leaf(cd_lexicon *lx, int32_t n, const entry *e, size_t lo, size_t hi, size_t d) {
  hold(lx, n, e, lo, hi);
  if (e[lo].klen > d) {
    lx->nodes[n].tail = e[lo].key + d;
    lx->nodes[n].tlen = e[lo].klen - (uint32_t)d;
    lx->nodes[n].depth = e[lo].klen;
  }
}

/* Makes node n's k children (their bytes: bytes[0, k), ascending) and
 * places them in the double array. Returns the first one's id (the
 * others follow it), or -1 when out of memory. */
static int32_t make_children(builder *b, int32_t n, const unsigned char *bytes, size_t k, size_t depth) {
  cd_lexicon *lx = b->lx;
  kid kids[256];
  size_t base = 0;
  int32_t up = lx->nodes[n].payload >= 0 ? n : lx->nodes[n].up;
  int32_t first = new_nodes(lx, k, n, up, depth);
  if (first < 0) return -1;
  for (size_t i = 0; i < k; i++) kids[i] = (kid){bytes[i], first + (int32_t)i};
  if (place(&b->pl, bytes, k, &base) < 0) return -1;
  take(&b->pl, n, base, kids, k);
  lx->nodes[n].base = (int32_t)base;
  return first;
}

/* Makes below node n (its key d bytes long) a chain of m nodes of one
 * child each, by the bytes bytes[0, m), where no key ends (so none holds
 * a payload, nor does n), and places each: at the first free cell when
 * it can take it, else past the last taken cell (no search: one child
 * fits anywhere). Returns the last node, or -1 when out of memory. */
static int32_t make_chain(builder *b, int32_t n, const unsigned char *bytes, size_t m, size_t d) {
  cd_lexicon *lx = b->lx;
  placer *pl = &b->pl;
  int32_t first = new_nodes(lx, m, n, lx->nodes[n].up, d + 1);
  if (first < 0) return -1;
  for (size_t i = 0; i < m; i++) {
    int32_t c = first + (int32_t)i, at;
    if (pl->end + 512 > pl->cap && grow_cells(pl, pl->end + 512) < 0) return -1;
    at = first_free(pl);
    if (at < 0 || (size_t)at >= pl->end || (size_t)at < bytes[i])
      at = (int32_t)(pl->end > bytes[i] ? pl->end : bytes[i]);
    lx->nodes[c].depth = (uint32_t)(d + 1 + i);
    lx->nodes[c].parent = n;
    lx->nodes[n].base = at - bytes[i];
    pl->cells[at] = (cell){n, c};
    if ((size_t)at + 1 > pl->end) pl->end = (size_t)at + 1;
    n = c;
  }
  return n;
}

/* The children first, first + 1, ... of a node, their keys' byte d - 1
 * the last: their keys are e[run[c], run[c + 1]). A child with one key
 * is made a leaf at once; the others get a task each (the last pushed
 * first, so that the first is built next). */
static int push_children(builder *b, int32_t first, const size_t *run, size_t k, size_t d) {
  if (b->nstack + k > b->capstack &&
      cd_array_reserve((void **)&b->stack, &b->capstack, b->nstack + k, sizeof *b->stack) < 0)
    return CD_ENOMEM;
  for (size_t c = k; c-- > 0;) {
    if (run[c + 1] - run[c] == 1)
      make_leaf(b->lx, first + (int32_t)c, b->e, run[c], run[c + 1], d);
    else
      b->stack[b->nstack++] = (task){first + (int32_t)c, (uint32_t)run[c], (uint32_t)run[c + 1], (uint32_t)d};
  }
  return 0;
}

/* Builds node t.node from its keys: a node with one key below it (maybe
 * more than once) is a leaf, the key's bytes past it its tail; else the
 * bytes all its keys share next make a chain of nodes of one child each,
 * and the last of them gets the keys that end there as payloads and a
 * child for each run of the next byte. */
static int build_node(builder *b, task t) {
  cd_lexicon *lx = b->lx;
  entry *e = b->e;
  unsigned char bytes[256];
  size_t d = t.depth, lo = t.lo, hi = t.hi, k = 0, m = shared(e, lo, hi, d), run[257];
  int32_t n = t.node, first;
  if (m == e[lo].klen - d) { /* e[lo] is a prefix of all: one key, if all are as long */
    size_t i = lo + 1;
    while (i < hi && e[i].klen == e[lo].klen) i++;
    if (i == hi) {
      make_leaf(lx, n, e, lo, hi, d);
      return 0;
    }
  }
  if (m > 0 && (n = make_chain(b, n, (const unsigned char *)e[lo].key + d, m, d)) < 0) return CD_ENOMEM;
  d += m;
  sort_at(e, b->tmp, lo, hi, d);
  while (lo < hi && e[lo].klen == d) lo++;
  if (lo > t.lo) hold(lx, n, e, t.lo, lo);
  for (size_t i = lo, prev = 256; i < hi; i++) { /* prev: the byte of the run before, 256 at first */
    unsigned char c = (unsigned char)e[i].key[d];
    if (c != prev) {
      run[k] = i;
      bytes[k++] = c;
      prev = c;
    }
  }
  run[k] = hi;
  if ((first = make_children(b, n, bytes, k, d + 1)) < 0) return CD_ENOMEM;
  return push_children(b, first, run, k, d + 1);
}

/* Once built, from the last node to the first (a node's id is above its
 * parent's, so its children are done by then): a key not of English
 * below a node is below its parent too, and what a walk reads of each
 * node (hot). */
int lx_make_hot(cd_lexicon *lx) {
  uint8_t *part;
  if (lx_plain_parts(lx, &part) < 0 || !(lx->hot = malloc((lx->nnodes ? lx->nnodes : 1) * sizeof *lx->hot))) {
    free(part);
    return CD_ENOMEM;
  }
  for (size_t n = lx->nnodes; n-- > 0;) {
    const node *nd = &lx->nodes[n];
    if (nd->zh_below && nd->parent >= 0) lx->nodes[nd->parent].zh_below = 1;
    lx->hot[n] = lx_hot_of(lx, nd, part);
  }
  free(part);
  return 0;
}

/* The nodes of the keys' first bytes, one for each first byte of the
 * keys b->e[0, n) (sorted). */
static int make_roots(builder *b, size_t n) {
  const entry *e = b->e;
  size_t run[257], k = 0;
  int32_t first;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || e[i].key[0] != e[i - 1].key[0]) run[k++] = i;
  run[k] = n;
  if ((first = new_nodes(b->lx, k, -1, -1, 1)) < 0) return CD_ENOMEM;
  for (size_t c = 0; c < k; c++) b->lx->root[(unsigned char)e[run[c]].key[0]] = first + (int32_t)c;
  return push_children(b, first, run, k, 1);
}

/* One of the two tries a lexicon is built as, side by side (threads.h):
 * that of the keys whose first byte is below a byte chosen so that the
 * two hold about as many key bytes (split_byte), or that of the others.
 * No walk goes from one to the other (a walk starts at the root of its
 * first byte), so each is built alone, into a lexicon of its
 * own: its nodes, roots and cells, and the links of its own payloads in
 * the whole lexicon's. join_parts then lays the second after the first.
 * Which keys go to which depends on the keys alone, so the trie is the
 * same on one thread or two. */
typedef struct part {
  cd_lexicon *lx;
  entry *e, *tmp; /* its keys in e (rule order), room for as many in tmp */
  size_t n;
  placer pl; /* its cells, made before its thread starts (part_room) */
  int error;
} part;

/* Room at once for the nodes and cells of a little more than the shipped
 * rules make a key (2.1 nodes, 2.2 cells): most are used. Made by the
 * caller's thread for both parts, so that the blocks come from the heap
 * the run's start advised (pages.h), not the second thread's. */
static int part_room(part *pt) {
  size_t room = 2 * pt->n + pt->n / 4 + 1024;
  int error = room < 1024 ? CD_ENOMEM : grow_cells(&pt->pl, room); /* below 1024: the sum wrapped */
  /* calloc, not malloc: clang's analyser cannot tell that make_hot reads
   * only the nodes made; this large a block comes zeroed from the system */
  if (!error && !(pt->lx->nodes = calloc(room, sizeof *pt->lx->nodes))) error = CD_ENOMEM;
  pt->lx->cap = pt->lx->nodes ? room : 0;
  return error;
}

/* Builds part pt's trie of its keys, top down: the keys sorted (sort_pre)
 * make the first nodes by their first byte, then each node's keys make
 * its children by their next byte (build_node), with a stack of the nodes
 * still to build. No key is looked up in the trie, and a node's children
 * come in byte order, ready to be placed. O(key bytes the keys share +
 * nodes x children). */
static void *build_part(void *v) {
  part *pt = v;
  cd_lexicon *lx = pt->lx;
  /* sorted, the keys are in tmp, and e is the room to sort deeper */
  builder b = {lx, pt->tmp, pt->e, pt->pl, NULL, 0, 0};
  int error = pt->error;
  if (!error && pt->n && (error = sort_pre(pt->e, pt->tmp, pt->n)) == 0) error = make_roots(&b, pt->n);
  while (!error && b.nstack) error = build_node(&b, b.stack[--b.nstack]);
  free(b.stack);
  /* a childless node's base is 0: cells [0, 256) must exist */
  if (!error) error = grow_cells(&b.pl, b.pl.end + 256);
  lx->cells = b.pl.cells;
  lx->ncells = b.pl.end;
  free(b.pl.nxt);
  pt->error = error;
  return NULL;
}

static cd_lexicon *alloc_lexicon(void);

/* A part's lexicon: an empty one (alloc_lexicon) that borrows the whole
 * lexicon's payloads; building fills its nodes, roots and cells. */
static cd_lexicon *new_part(const cd_lexicon *whole) {
  cd_lexicon *lx = alloc_lexicon();
  if (lx) lx->payloads = whole->payloads;
  return lx;
}

static void free_part(cd_lexicon *lx) {
  if (lx) lx->payloads = NULL; /* borrowed */
  cd_lexicon_free(lx);
}

/* Lays part b after part a in lx: b's nodes after a's, its cells after
 * a's (each id and base moved on by a's counts), the roots of both. A
 * step from a node of a may read a cell of b (a's bases reach 255 cells
 * past its last); that cell's check is a node of b, never of a. Takes
 * a's arrays; b keeps its own. */
static int join_parts(cd_lexicon *lx, cd_lexicon *a, const cd_lexicon *b) {
  size_t na = a->nnodes, nb = b->nnodes, ca = a->ncells, cb = b->ncells;
  node *nodes;
  cell *cells;
  if (na + nb > INT32_MAX || ca + cb + 256 > INT32_MAX) return CD_ELIMIT;
  if (!(nodes = realloc(a->nodes, (na + nb ? na + nb : 1) * sizeof *nodes))) return CD_ENOMEM;
  a->nodes = nodes;
  if (!(cells = realloc(a->cells, (ca + cb + 256) * sizeof *cells))) return CD_ENOMEM;
  a->cells = cells;
  for (size_t i = 0; i < nb; i++) {
    node x = b->nodes[i];
    if (x.parent >= 0) x.parent += (int32_t)na;
    if (x.up >= 0) x.up += (int32_t)na;
    x.base += (int32_t)ca;
    nodes[na + i] = x;
  }
  for (size_t c = 0; c < cb + 256; c++) { /* b's cells and the 256 past them */
    cell x = b->cells[c];
    if (x.check >= 0) x = (cell){x.check + (int32_t)na, x.node + (int32_t)na};
    cells[ca + c] = x;
  }
  for (int c = 0; c < 256; c++)
    lx->root[c] = a->root[c] >= 0 ? a->root[c] : b->root[c] >= 0 ? b->root[c] + (int32_t)na : -1;
  lx->nodes = nodes;
  lx->nnodes = lx->cap = na + nb;
  lx->cells = cells;
  lx->ncells = ca + cb;
  a->nodes = NULL;
  a->cells = NULL;
  return 0;
}

/* The first byte from which keys go to the second part: where the key
 * bytes of the keys by first byte reach half of all (both parts cost
 * about their key bytes to build). */
static unsigned split_byte(const entry *e, size_t n) {
  size_t bytes[256] = {0}, all = 0, below = 0;
  unsigned c = 0;
  for (size_t i = 0; i < n; i++) {
    bytes[(unsigned char)e[i].key[0]] += e[i].klen;
    all += e[i].klen;
  }
  while (c < 256 && 2 * (below + bytes[c]) <= all) below += bytes[c++];
  return c;
}

/* Builds the trie of the keys e[0, n) (tmp: room for as many): the keys
 * parted by their first byte into tmp (split_byte; in rule order each),
 * the two parts built side by side (build_part) and joined. */
static int build_trie(cd_lexicon *lx, entry *e, entry *tmp, size_t n) {
  cd_lexicon *pa = new_part(lx), *pb = new_part(lx);
  unsigned split = split_byte(e, n);
  size_t na = 0, k = 0;
  int error = pa && pb ? 0 : CD_ENOMEM;
  for (size_t i = 0; i < n; i++) na += (unsigned char)e[i].key[0] < split;
  for (size_t i = 0, j = na; i < n; i++) tmp[(unsigned char)e[i].key[0] < split ? k++ : j++] = e[i];
  if (!error) {
    part p[2] = {{pa, tmp, e, na, {NULL, NULL, 0, 0, -1, 0}, 0},
                 {pb, tmp + na, e + na, n - na, {NULL, NULL, 0, 0, -1, 0}, 0}};
    p[0].error = part_room(&p[0]);
    p[1].error = part_room(&p[1]);
    if (na && n - na)
      cd_both(build_part, &p[0], &p[1]);
    else
      build_part(&p[0]), build_part(&p[1]);
    error = p[0].error ? p[0].error : p[1].error;
  }
  if (!error) error = join_parts(lx, pa, pb);
  free_part(pa);
  free_part(pb);
  return error ? error : lx_make_hot(lx);
}

static inline int is_word_byte(unsigned char c) {
  return word_bytes[c];
}

/* Once all keys are in: the pairs of bytes a b, a a word byte, that
 * start no key not of English (zh_pair), which a scan inside an English
 * word passes at one look-up a byte (INNER_SKIP; the INNER_ENDS bits
 * note_zh_start set are kept). */
static void note_inner_skip(cd_lexicon *lx) {
  for (unsigned a = 0; a < 256; a++) {
    if (!is_word_byte((unsigned char)a)) continue;
    for (unsigned b = 0; b < 256; b++) {
      unsigned v = a | b << 8;
      lx->inner_skip[v] = (unsigned char)((lx->inner_skip[v] & INNER_ENDS) |
                                          (((lx->zh_pair[a][b >> 5] >> (b & 31)) & 1u) ? 0 : INNER_SKIP));
    }
  }
}

/* zh_ends's bit for three bytes x | y << 8 | z << 16: a word's last
 * three (ENDS_LAST), or its last two and the byte after it (ENDS_NEXT),
 * each with a multiplier of its own. */
#define ENDS_LAST 0x9E3779B1u
#define ENDS_NEXT 0x85EBCA77u

static inline uint32_t ends_hash(uint32_t x, uint32_t mul) {
  return (x * mul) >> (32 - ENDS_BITS);
}

static inline int ends_may(const cd_lexicon *lx, uint32_t h) {
  return (int)((lx->zh_ends[h >> 6] >> (h & 63)) & 1u);
}

static void note_ends(cd_lexicon *lx, uint32_t h) {
  lx->zh_ends[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* Notes how a key not of English, key[0, klen), starts: its first two
 * bytes, and in inner_skip (INNER_ENDS) the last two of the letters and
 * digits it opens with (the last alone, after any byte: of one), or
 * every pair when it is letters and digits alone (it may stand anywhere
 * in a word). */
static void note_zh_start(cd_lexicon *lx, const char *key, size_t klen) {
  unsigned char a = (unsigned char)key[0], b = klen > 1 ? (unsigned char)key[1] : 0;
  size_t m = 0;
  if (klen == 1) {
    lx->zh_one[a] = 1;
    for (int w = 0; w < 8; w++) lx->zh_pair[a][w] = UINT32_MAX;
  } else {
    lx->zh_pair[a][b >> 5] |= 1u << (b & 31);
  }
  while (m < klen && is_word_byte((unsigned char)key[m])) m++;
  if (m == klen) {
    for (unsigned x = 0; x < 65536; x++) lx->inner_skip[x] |= INNER_ENDS;
    memset(lx->zh_ends, 0xFF, sizeof lx->zh_ends);
  } else if (m == 1) {
    uint32_t n = (unsigned char)key[1];
    for (unsigned x = 0; x < 256; x++) lx->inner_skip[x | (unsigned)a << 8] |= INNER_ENDS;
    for (unsigned x = 0; x < 256; x++) {
      if (!is_word_byte((unsigned char)x)) continue;
      note_ends(lx, ends_hash(x | (uint32_t)a << 8 | n << 16, ENDS_NEXT));
      for (unsigned y = 0; y < 256; y++)
        if (is_word_byte((unsigned char)y))
          note_ends(lx, ends_hash(x | y << 8 | (uint32_t)a << 16, ENDS_LAST));
    }
  } else if (m > 1) {
    uint32_t y = (unsigned char)key[m - 2], z = (unsigned char)key[m - 1], n = (unsigned char)key[m];
    lx->inner_skip[y | z << 8] |= INNER_ENDS;
    note_ends(lx, ends_hash(y | z << 8 | n << 16, ENDS_NEXT));
    for (unsigned x = 0; x < 256; x++)
      if (m > 2 ? x == (unsigned char)key[m - 3] : is_word_byte((unsigned char)x))
        note_ends(lx, ends_hash(x | y << 8 | z << 16, ENDS_LAST));
  }
}

/* Can a key not of English start at text+i? (Its first two bytes are
 * those of one; a test of the two costs less than a walk.) */
static inline int zh_may_start(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  unsigned char a = (unsigned char)text[i], b;
  if (i + 1 >= len) return lx->zh_one[a];
  b = (unsigned char)text[i + 1];
  return (int)((lx->zh_pair[a][b >> 5] >> (b & 31)) & 1u);
}

/* t[0, 2), t[0, 4) and t[0, 8) read as little-endian numbers: one load
 * each on a little-endian host (a byte at a time cost the scan six
 * instructions a hash). */
static inline unsigned le16(const unsigned char *t) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint16_t x;
  memcpy(&x, t, 2);
  return x;
#else
  return (unsigned)t[0] | (unsigned)t[1] << 8;
#endif
}

static inline uint32_t le32(const unsigned char *t) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t x;
  memcpy(&x, t, 4);
  return x;
#else
  return (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
#endif
}

static inline uint64_t le64(const unsigned char *t) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t x;
  memcpy(&x, t, 8);
  return x;
#else
  return (uint64_t)le32(t) | (uint64_t)le32(t + 4) << 32;
#endif
}

/* The start filter's bit for the first three bytes a b c of a key, or
 * (four) for its first four a b c d: a multiplicative hash of them read
 * as one number, each length with a multiplier of its own. Each reads
 * four bytes (the three-byte one masks the fourth off): the caller has
 * them. */
static inline uint32_t start_hash3(const unsigned char *t) {
  uint32_t x = le32(t) & 0xFFFFFFu;
  return (x * 0x9E3779B1u) >> (32 - START_BITS);
}

static inline uint32_t start_hash4(const unsigned char *t) {
  return (le32(t) * 0x85EBCA77u) >> (32 - START_BITS);
}

/* (start_hash6: the first six bytes a b c d e f, the eight read shifted
 * so that the last two fall off) */
static inline uint32_t start_hash6(const unsigned char *t) {
  return (uint32_t)(((le64(t) << 16) * 0xC2B2AE3D27D4EB4Fu) >> (64 - START_BITS));
}

/* The bit of starts_wide's word for t[0, 3), the three bytes after a
 * key's first three (the second Chinese character): 0 to 63. Reads four
 * bytes. */
static inline uint32_t wide_second(const unsigned char *t) {
  return ((le32(t) & 0xFFFFFFu) * 0x85EBCA77u) >> 26;
}

static inline uint32_t start_hash8(const unsigned char *t) {
  return (uint32_t)((le64(t) * 0x9E3779B97F4A7C15u) >> (64 - START_BITS));
}

/* Notes how key[0, klen) starts, for may_start: a key of one or two bytes
 * in short_pair, a longer one in the start filter by its first three
 * bytes and its fourth (the word and its bit), or when it opens with a byte
 * not ASCII in starts_wide by its first three and its next three (six or
 * more: two Chinese characters), and in the second (starts8)
 * by its first three (three), four (four or five, or six or seven of a
 * key that opens with an ASCII byte), six (six or seven of a key that
 * opens with another: two Chinese characters) or eight bytes. */
static void note_start(cd_lexicon *lx, const char *key, size_t klen) {
  unsigned char four[4] = {0}; /* a key of three bytes and a fourth, for start_hash3 */
  unsigned char eight[8] = {0};
  const unsigned char *k = (const unsigned char *)key;
  uint32_t h;
  if (klen == 1) {
    for (int w = 0; w < 8; w++) lx->short_pair[k[0]][w] = UINT32_MAX;
    lx->short_first[k[0]] = 1;
    return;
  }
  if (klen == 2) {
    lx->short_pair[k[0]][k[1] >> 5] |= 1u << (k[1] & 31);
    lx->short_first[k[0]] = 1;
    return;
  }
  if (klen == 3) {
    memcpy(four, key, 3);
    k = four;
  }
  if (klen >= 6) memcpy(eight, key, 6); /* start_hash6 and wide_second read eight bytes and four */
  if (k[0] >= 0x80) {
    h = start_hash3(k) >> (START_BITS - WIDE_BITS);
    if (klen < 6) /* any second character */
      lx->starts_wide[h] = UINT64_MAX;
    else
      lx->starts_wide[h] |= (uint64_t)1 << wide_second(eight + 3);
  } else {
    h = start_hash3(k) >> 6;
    if (klen == 3) /* any fourth byte */
      lx->starts[h] = UINT64_MAX;
    else
      lx->starts[h] |= (uint64_t)1 << (k[3] & 63);
  }
  if (klen == 3)
    h = start_hash3(k);
  else if (klen < 6 || (klen < 8 && k[0] < 0x80))
    h = start_hash4(k);
  else if (klen < 8)
    h = start_hash6(eight);
  else
    h = start_hash8(k);
  lx->starts8[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* may_start, once the first filter said yes and eight bytes or more are
 * left: a second filter (starts8) where a key of eight bytes or more is
 * known by its first eight, so that "to " or "in " followed by a word no
 * key goes on with ("in response to") makes no walk, and where the text
 * opens with a byte not ASCII, a key of six or seven bytes by its first
 * six, so that a Chinese character followed by one that no key of two
 * goes on with (h4 knew the second by its first byte, E4 to E9 for most)
 * makes none either (a MB of Chinese: a fifth fewer walks, 1.0 million
 * instructions fewer). A separate function:
 * most positions never get here, and may_start stays small enough to be
 * inlined into the scan. */
static int may_start_long(const cd_lexicon *lx, const unsigned char *t, uint32_t h3, uint32_t h4) {
  uint32_t h6, h8;
  if (((lx->starts8[h3 >> 6] >> (h3 & 63)) | (lx->starts8[h4 >> 6] >> (h4 & 63))) & 1u) return 1;
  h8 = start_hash8(t);
  if ((lx->starts8[h8 >> 6] >> (h8 & 63)) & 1u) return 1;
  if (t[0] < 0x80) return 0;
  h6 = start_hash6(t);
  return (int)((lx->starts8[h6 >> 6] >> (h6 & 63)) & 1u);
}

/* Can a key start at t, left bytes before the text's end, t[0] ASCII?
 * Not when no key is t[0, 4) or a prefix of it: a test of a bit costs
 * less than a walk, most of which end within four bytes (a hash may
 * answer yes for no key; near the text's end the walk decides). The
 * bit is that of the fourth byte in the word of the first three: a word
 * of bits as a hash's bucket, one load where two bits of two hashes cost
 * five instructions more a place. */
static inline int may_start_ascii(const cd_lexicon *lx, const unsigned char *t, size_t left) {
  uint32_t h3, h4;
  if (left < 4 || (lx->short_first[t[0]] && (lx->short_pair[t[0]][t[1] >> 5] >> (t[1] & 31)) & 1u)) return 1;
  h3 = start_hash3(t);
  if (!((lx->starts[h3 >> 6] >> (t[3] & 63)) & 1u)) return 0;
  h4 = start_hash4(t);
  return left < 8 || may_start_long(lx, t, h3, h4);
}

/* may_start_ascii where t[0] is not ASCII (a Chinese character): by its
 * first three bytes and its first six (two characters), where four knew
 * the second character by its first byte, E4 to E9 for most: one word
 * of starts_wide for the first character, one bit of it for the second
 * (every bit where a key is the first alone: one load and one bit, where
 * two bits of the start filter cost five instructions more a place). */
static inline int may_start_wide(const cd_lexicon *lx, const unsigned char *t, size_t left) {
  uint32_t h3;
  uint64_t w;
  if (left < 8 || (lx->short_first[t[0]] && (lx->short_pair[t[0]][t[1] >> 5] >> (t[1] & 31)) & 1u)) return 1;
  h3 = start_hash3(t);
  w = lx->starts_wide[h3 >> (START_BITS - WIDE_BITS)];
  if (!((w >> wide_second(t + 3)) & 1u)) return 0;
  return may_start_long(lx, t, h3, start_hash4(t));
}

/* may_start_ascii and may_start_wide where eight bytes or more are
 * left, f the FIRST_ bits of t[0] (FIRST_ROOT set): no test of the text's
 * end, and the byte's short keys known from the bits that told it starts
 * a key, one load and one test a place fewer. */
static inline int short_at(const cd_lexicon *lx, const unsigned char *t, unsigned f) {
  return (f & FIRST_SHORT) && ((lx->short_pair[t[0]][t[1] >> 5] >> (t[1] & 31)) & 1u);
}

static inline int may_start_ascii8(const cd_lexicon *lx, const unsigned char *t, unsigned f) {
  uint32_t h3;
  if (short_at(lx, t, f)) return 1;
  h3 = start_hash3(t);
  if (!((lx->starts[h3 >> 6] >> (t[3] & 63)) & 1u)) return 0;
  return may_start_long(lx, t, h3, start_hash4(t));
}

static inline int may_start_wide8(const cd_lexicon *lx, const unsigned char *t, unsigned f) {
  uint32_t h3;
  if (short_at(lx, t, f)) return 1;
  h3 = start_hash3(t);
  if (!((lx->starts_wide[h3 >> (START_BITS - WIDE_BITS)] >> wide_second(t + 3)) & 1u)) return 0;
  return may_start_long(lx, t, h3, start_hash4(t));
}

/* Can a key start at text+i (may_start_ascii, may_start_wide)? */
static inline int may_start(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  const unsigned char *t = (const unsigned char *)text + i;
  return t[0] < 0x80 ? may_start_ascii(lx, t, len - i) : may_start_wide(lx, t, len - i);
}

/* Is a walk from text+i worth making: a key starts with its byte, and
 * may start there (may_start)? */
static inline int starts_here(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  return lx->root[(unsigned char)text[i]] >= 0 && may_start(lx, text, len, i);
}

/* Where the word bytes from text+i end: the first byte from i on that is
 * none, or len. Sixteen bytes at a time with SSE2 (every x86-64), exact:
 * a digit, or with bit 0x20 set a letter of a to z (A to Z fold into
 * them, nothing else does); a byte at a time cost five instructions a
 * byte. */
static inline size_t word_end(const char *text, size_t len, size_t i) {
#if defined(__SSE2__)
  const __m128i dig = _mm_set1_epi8((char)(0x80 - '0')), let = _mm_set1_epi8((char)(0x80 - 'a')),
                digs = _mm_set1_epi8((char)(-128 + 10)), lets = _mm_set1_epi8((char)(-128 + 26)),
                low = _mm_set1_epi8(0x20);
  for (; len - i >= 16; i += 16) {
    __m128i v, d, l;
    unsigned m;
    memcpy(&v, text + i, 16);
    /* shifted so that the range starts at -128: in it is below -128 + its size */
    d = _mm_cmplt_epi8(_mm_add_epi8(v, dig), digs);
    l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, low), let), lets);
    m = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(d, l)) & 0xFFFFu;
    if (m) return i + (size_t)__builtin_ctz(m);
  }
#endif
  while (i < len && is_word_byte((unsigned char)text[i])) i++;
  return i;
}

/* Inside an English word, from text+i on: the first place where a key
 * may start, or len. Only a key of another language can start there (a
 * Chinese key may start "ai芯片"), and it opens with the word's last
 * letters, then a byte not of a word: a word that ends in two bytes no
 * such key's letters end in (INNER_ENDS) is passed whole. In the others a
 * word byte and the byte after it that
 * start none (inner_skip) are passed at a look-up each, the others where
 * zh_may_start or may_start says no key starts (no key's first bytes
 * stand there); the place of a byte not of a word is where it stands.
 * (After an ASCII byte no continuation byte stands in valid UTF-8; where
 * one does, no key starts with it, and the scan tries it, finds nothing
 * and passes it.) */
static size_t pass_pairs(const cd_lexicon *lx, const char *text, size_t len, size_t i);

static inline
#if defined(__GNUC__)
    __attribute__((always_inline))
#endif
    size_t
    pass_word(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  const unsigned char *t = (const unsigned char *)text;
  size_t e = word_end(text, len, i);
  /* a word of three bytes or more (text[i - 1] is one of its bytes) by
   * its last three too, and by its last two and the byte after it
   * (zh_ends): most words ending "ed" do not end "eed" (wolfspeed公司),
   * few words ending "h" stand before 股 (h股) */
  if (e > i && (lx->inner_skip[le16(t + e - 2)] & INNER_ENDS) &&
      (e == i + 1 ||
       ends_may(lx, ends_hash((uint32_t)t[e - 3] | (uint32_t)le16(t + e - 2) << 8, ENDS_LAST))) &&
      (e == len || ends_may(lx, ends_hash((uint32_t)le16(t + e - 2) | (uint32_t)t[e] << 16, ENDS_NEXT))))
    return pass_pairs(lx, text, len, i);
  /* the byte after the word, ASCII and starting no key (a blank), is passed too */
  return e < len && (unsigned char)text[e] < 0x80 && lx->root[(unsigned char)text[e]] < 0 ? e + 1 : e;
}

/* pass_word in a word that may hold a key not of English: a pair at a
 * time. Not inlined: in the scan, gcc's registers for the rest suffered. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
pass_pairs(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  const unsigned char *t = (const unsigned char *)text, *last = t + len - 1;
  for (;; i++) {
    /* a pointer and one load a pair: gcc kept three counters for an index */
    const unsigned char *p = t + i;
    for (; p < last; p++) {
      if (!(lx->inner_skip[le16(p)] & INNER_SKIP)) break;
    }
    i = (size_t)(p - t);
    if (i >= len || !is_word_byte(t[i]) || (zh_may_start(lx, text, len, i) && may_start(lx, text, len, i)))
      return i;
  }
}

/* Past the continuation bytes from text+i, text[i - 1] a character's
 * first byte: where the next byte that is none stands, or len. Two of
 * them and a byte that is none (the rest of a character of three bytes,
 * most Chinese) are known at one test of four bytes, from i - 1; a
 * byte at a time cost seven instructions a byte. */
static inline size_t past_character(const char *text, size_t len, size_t i) {
  const unsigned char *t = (const unsigned char *)text;
  if (len - i >= 3) {
    uint32_t x = le32(t + i - 1); /* bytes i - 1 .. i + 2, lowest first */
    if ((x & 0x00C0C000u) == 0x00808000u && (x & 0xC0000000u) != 0x80000000u) return i + 2;
  }
  while (i < len && (t[i] & 0xC0) == 0x80) i++;
  return i;
}

/* Where " ... " first stands in key[0, n), or NULL: looked for at its
 * dots (memchr), which few keys have. */
static const char *find_gap(const char *key, size_t n) {
  for (const char *d = key; (d = memchr(d, '.', (size_t)(key + n - d))) != NULL; d++)
    if (d > key && d[-1] == ' ' && key + n - d >= 4 && d[1] == '.' && d[2] == '.' && d[3] == ' ')
      return d - 1;
  return NULL;
}

/* entry.pre of key[0, klen): its first eight bytes, big-endian, zero
 * bytes past its end. */
static uint64_t first_bytes(const char *key, size_t klen) {
  unsigned char b[PRE_BYTES] = {0};
  if (klen >= PRE_BYTES)
    memcpy(b, key, PRE_BYTES); /* a fixed size: one load */
  else
    for (size_t i = 0; i < klen; i++) b[i] = (unsigned char)key[i];
  return (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 | (uint64_t)b[3] << 32 |
         (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 | (uint64_t)b[6] << 8 | b[7];
}

/* How rare byte c is in text: a letter by its frequency in English (z
 * the rarest), a blank or a lead byte the most common of all, any other
 * byte (a digit, a mark, a continuation byte) rarer than any letter. */
static int rarity(unsigned char c) {
  /* each letter's place in "etaoinsrhldcumfpgwybvkxjqz", most common first */
  static const unsigned char rank[26] = {2, 19, 11, 10, 0, 14, 16, 8,  4,  23, 21, 9,  13,
                                         5, 3,  15, 24, 7, 6,  1,  12, 20, 17, 22, 18, 25};
  if (c == ' ' || c >= 0xC0) return -1;
  if (c < 'a' || c > 'z') return 26;
  return rank[c - 'a'];
}

/* The byte of tail[0, n) that find_tail looks for: where the tail opens
 * with a character of three bytes or more, that character's last (its
 * first, E4-E9 for most, begins every other character of Chinese text);
 * else the first of its rarest bytes ("to the entity list": the y). 0 for
 * an empty tail. */
static size_t tail_pick(const char *tail, size_t n) {
  size_t best = 0;
  int most;
  if (n >= 3 && (unsigned char)tail[0] >= 0xE0) return 2;
  most = n ? rarity((unsigned char)tail[0]) : 0;
  for (size_t k = 1; k < n; k++) {
    int r = rarity((unsigned char)tail[k]);
    if (r > most) best = k, most = r;
  }
  return best;
}

/* Makes the payload of a rule key and its entry, e[(*n)++]; a key with
 * nothing to match on makes neither (the rule checker reports such
 * keys). The payloads were reserved
 * (reserve_payloads): none is reallocated. */
static void add_key(cd_lexicon *lx, entry *e, size_t *n, const cd_term *term, cd_lex_kind kind, int index,
                    const cd_cue_scope *scope) {
  const char *key = term->text;
  size_t len = strlen(key);
  const char *gap = find_gap(key, len);
  size_t klen = gap ? (size_t)(gap - key) : len;
  int wildcard = 0;
  cd_lex_payload *p;
  if (klen && key[klen - 1] == '*') {
    wildcard = 1;
    klen--;
  }
  while (klen && key[klen - 1] == ' ') klen--;
  if (klen == 0) return;
  assert(lx->npayloads < lx->cappay);
  p = &lx->payloads[lx->npayloads];
  p->kind = kind;
  p->index = index;
  p->term = term;
  p->tail = gap ? gap + 5 : NULL;
  p->tail_len = gap ? len - (size_t)(gap + 5 - key) : 0;
  p->tail_wildcard = p->tail_len > 1 && p->tail[p->tail_len - 1] == '*';
  p->tail_len -= (size_t)p->tail_wildcard;
  p->tail_pick = tail_pick(p->tail, p->tail_len);
  p->wildcard = wildcard;
  p->scope = scope;
  p->next = -1; /* build_trie links the payloads of a node, in rule order */
  e[(*n)++] = (entry){key, (uint32_t)klen, (int32_t)lx->npayloads++, first_bytes(key, klen)};
}

/* The pair find_tail looks for of tail[0, n), n >= 2 (tail_pair). */
static tail_pair pair_of(const char *tail, size_t n) {
  tail_pair t;
  t.at = n >= 3 && (unsigned char)tail[0] >= 0xE0;
  memset(t.b0, (unsigned char)tail[t.at], sizeof t.b0);
  memset(t.b1, (unsigned char)tail[t.at + 1], sizeof t.b1);
  return t;
}

/* Adds the pair of gapped payload pl to group g (the last of lx->pairs):
 * its index there, or -1 when the group is full. */
static int join_group(cd_lexicon *lx, tail_group *g, const cd_lex_payload *pl) {
  tail_pair t = pair_of(pl->tail, pl->tail_len);
  for (uint32_t k = 0; k < g->n; k++) {
    const tail_pair *q = &lx->pairs[g->first + k];
    if (q->b0[0] == t.b0[0] && q->b1[0] == t.b1[0] && q->at == t.at) return (int)k;
  }
  if (g->n == TAIL_PAIRS) return -1;
  lx->pairs[g->first + g->n] = t;
  return (int)g->n++;
}

/* Each node's gapped payloads in a group of their tails' pairs
 * (tail_group), once the trie is made: O(payloads). 0 or CD_ENOMEM. */
static int make_tail_groups(cd_lexicon *lx) {
  size_t np = 0, cap = lx->npayloads + 1;
  if (!(lx->tail_slot = calloc(cap, sizeof *lx->tail_slot)) ||
      !(lx->groups = malloc(cap * sizeof *lx->groups)) || !(lx->pairs = malloc(cap * sizeof *lx->pairs)))
    return CD_ENOMEM;
  lx->ngroups = 1;
  for (size_t n = 0; n < lx->nnodes && lx->ngroups < ((size_t)1 << 24); n++) {
    tail_group g = {(uint32_t)np, 0};
    for (int32_t p = lx->nodes[n].payload; p >= 0; p = lx->payloads[p].next) {
      const cd_lex_payload *pl = &lx->payloads[p];
      int k = pl->tail && pl->tail_len >= 2 ? join_group(lx, &g, pl) : -1;
      if (k >= 0)
        lx->tail_slot[p] = (uint32_t)lx->ngroups << 8 | (uint32_t)k | (pl->wildcard ? SLOT_MOVES : 0) |
                           (pl->term->lang == CD_LANG_EN ? SLOT_EN : 0);
    }
    if (!g.n) continue;
    lx->hot[n].gapped = GAPPED | GAPPED_EN;
    for (int32_t p = lx->nodes[n].payload; p >= 0; p = lx->payloads[p].next) {
      if (!lx->tail_slot[p] || (lx->tail_slot[p] & SLOT_MOVES)) lx->hot[n].gapped = 0;
      if (!(lx->tail_slot[p] & SLOT_EN)) lx->hot[n].gapped &= (uint8_t)~GAPPED_EN;
    }
    lx->groups[lx->ngroups++] = g;
    np += g.n;
  }
  return 0;
}

static cd_lexicon *alloc_lexicon(void) {
  cd_lexicon *lx = calloc(1, sizeof *lx);
  if (lx)
    for (int i = 0; i < 256; i++) lx->root[i] = -1;
  return lx;
}

/* A new lexicon for nkeys keys: room at once for their payloads (one
 * each), so that none is reallocated, and in *e for their entries and as
 * many more (build_trie's tmp). NULL when out of memory. The nodes still
 * grow by doubling: how many the keys make depends on the prefixes they
 * share, and room for one a key byte would hold three times the shipped
 * rules' nodes, most of it never used (the bench's repeated loads then
 * peaked over 3 MiB higher with 10,000 generated aliases). */
static cd_lexicon *new_lexicon(size_t nkeys, entry **e) {
  cd_lexicon *lx = alloc_lexicon();
  size_t cap = 0;
  *e = NULL;
  if (!lx || cd_array_reserve((void **)&lx->payloads, &lx->cappay, nkeys + 1, sizeof *lx->payloads) < 0 ||
      cd_array_reserve((void **)e, &cap, 2 * nkeys + 1, sizeof **e) < 0) {
    cd_lexicon_free(lx);
    return NULL;
  }
  return lx;
}

/* Notes how each key of e[0, n) starts, in the start filters
 * (note_zh_start, note_start, note_inner_skip). */
static void note_filters(cd_lexicon *lx, const entry *e, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (lx->payloads[e[i].payload].term->lang != CD_LANG_EN) note_zh_start(lx, e[i].key, e[i].klen);
    note_start(lx, e[i].key, e[i].klen);
  }
  note_inner_skip(lx);
}

/* lx->first, once its roots and short_first are made or read. */
static void make_first(cd_lexicon *lx) {
  for (int c = 0; c < 256; c++)
    lx->first[c] =
        (unsigned char)(lx->root[c] >= 0 ? FIRST_ROOT | (lx->short_first[c] ? FIRST_SHORT : 0) : 0);
}

/* Makes lx's trie and start filters from its keys e[0, n) (e has room
 * for 2n): read back from cache_dir when a snapshot of the same keys is
 * there, else built (and written there); frees e and hands lx over in
 * *out, or frees it. */
static int finish(cd_lexicon **out, cd_lexicon *lx, entry *e, size_t n, const char *cache_dir,
                  cd_error *err) {
  uint64_t key = cache_dir ? lx_snap_key(lx, e, n) : 0;
  int error;
  if (cache_dir && lx_snap_read(lx, cache_dir, key, e, n) == 0) {
    error = 0; /* the hot array read with the nodes */
  } else {
    note_filters(lx, e, n);
    error = build_trie(lx, e, e + n, n);
    if (!error && cache_dir) lx_snap_write(lx, cache_dir, key);
  }
  if (!error) error = make_tail_groups(lx);
  make_first(lx);
  free(e);
  if (error) {
    cd_lexicon_free(lx);
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  *out = lx;
  return 0;
}

int cd_lexicon_new(cd_lexicon **out, const cd_ruleset *rs, const char *cache_dir, cd_error *err) {
  size_t nkeys = rs->ncues, n = 0;
  cd_lexicon *lx;
  entry *e;
  *out = NULL;
  for (size_t i = 0; i < rs->nentities; i++) nkeys += rs->entities[i].nterms;
  for (size_t i = 0; i < rs->npredicates; i++) nkeys += rs->predicates[i].nterms;
  if (!(lx = new_lexicon(nkeys, &e))) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  for (size_t i = 0; i < rs->nentities; i++)
    for (size_t j = 0; j < rs->entities[i].nterms; j++)
      add_key(lx, e, &n, &rs->entities[i].terms[j], rs->entities[i].context ? CD_LEX_CONTEXT : CD_LEX_ENTITY,
              (int)i, NULL);
  for (size_t i = 0; i < rs->npredicates; i++)
    for (size_t j = 0; j < rs->predicates[i].nterms; j++)
      add_key(lx, e, &n, &rs->predicates[i].terms[j], CD_LEX_PREDICATE, (int)i, NULL);
  for (size_t i = 0; i < rs->ncues; i++)
    add_key(lx, e, &n, &rs->cues[i].term, CD_LEX_CUE, (int)rs->cues[i].kind,
            rs->scope[rs->cues[i].kind].sets != CD_SETS_NONE ? &rs->scope[rs->cues[i].kind] : NULL);
  return finish(out, lx, e, n, cache_dir, err);
}

int cd_lexicon_new_abbrevs(cd_lexicon **out, const cd_ruleset *rs, const char *cache_dir, cd_error *err) {
  size_t n = 0;
  cd_lexicon *lx;
  entry *e;
  *out = NULL;
  if (!(lx = new_lexicon(rs->nabbrevs, &e)))
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  for (size_t i = 0; i < rs->nabbrevs; i++) add_key(lx, e, &n, &rs->abbrevs[i], CD_LEX_ABBREV, (int)i, NULL);
  return finish(out, lx, e, n, cache_dir, err);
}

static int is_ascii_key(const cd_lex_payload *p) {
  return p->term->lang == CD_LANG_EN;
}

/* Does a clause break start at t: a semicolon, a Chinese comma (U+FF0C),
 * semicolon (U+FF1B) or colon (U+FF1A)? An English comma is no break
 * here: "cut, for 90 days, the tariffs" keeps its verb. */
static inline int clause_break(const char *t, size_t n) {
  if (!n || ((unsigned char)t[0] != ';' && (unsigned char)t[0] != 0xEF)) return 0;
  if (t[0] == ';') return 1;
  return n >= 3 && (unsigned char)t[1] == 0xBC &&
         ((unsigned char)t[2] == 0x8C || (unsigned char)t[2] == 0x9B || (unsigned char)t[2] == 0x9A);
}

/* One scan's text, and what it has learnt of the clause breaks in it:
 * none in [brk_lo, brk_hi). A gapped key asks whether a break stands
 * between its head and a tail found after it; a scan moves forward, so
 * most answers are known. */
typedef struct scan {
  const cd_lexicon *lx;
  const char *text;
  size_t len;
  size_t brk_lo, brk_hi; /* byte offsets, brk_lo <= brk_hi */
  int brk_at;            /* 1: text[brk_hi] is a clause break (found there) */
  uint32_t grp;          /* the tail group whose places are known after grp_end, 0: none */
  size_t grp_end;
  uint64_t grp_at[TAIL_PAIRS]; /* bit x: pair k of group grp stands for a tail at grp_end + x */
  uint64_t grp_any;            /* grp_at[0] | grp_at[1] | ... for each pair of the group */
} scan;

/* The first clause break in text[x, stop), or stop when there is none.
 * Reads no byte twice while x stays in what is known, and at most stop - x
 * bytes when it does not (then it starts again from x). */
static size_t break_before(scan *s, size_t x, size_t stop) {
  const uint64_t semis = 0x0101010101010101u * ';', efs = 0x0101010101010101u * 0xEF;
  if (x < s->brk_lo || x > s->brk_hi) s->brk_lo = s->brk_hi = x, s->brk_at = 0;
  /* the break found before: every payload of a head asks again from
   * the same place, and each read it again */
  if (s->brk_at) return s->brk_hi < stop ? s->brk_hi : stop;
  while (s->brk_hi < stop) {
    uint64_t v;
    /* eight bytes at a time while none is ';' or the first of ， ； ： */
    if (s->brk_hi + 8 <= stop) {
      memcpy(&v, s->text + s->brk_hi, 8);
      if (!(cd_zero_bytes8(v ^ semis) | cd_zero_bytes8(v ^ efs))) {
        s->brk_hi += 8;
        continue;
      }
    }
    if (clause_break(s->text + s->brk_hi, s->len - s->brk_hi)) {
      s->brk_at = 1;
      break;
    }
    s->brk_hi++;
  }
  return s->brk_hi < stop ? s->brk_hi : stop;
}

/* Does gapped key p's tail stand at text+i, on word boundaries if English?
 * Sets *mend past it (a wildcard tail runs on). */
static int tail_fits(const scan *s, const cd_lex_payload *p, size_t i, size_t *mend) {
  const char *text = s->text;
  size_t e = i + p->tail_len, len = s->len;
  /* find_tail found text[i] by the tail's first byte; most places fail
   * at the second, so that is read before memcmp is called */
  if ((p->tail_len > 1 && text[i + 1] != p->tail[1]) || memcmp(text + i, p->tail, p->tail_len)) return 0;
  if (p->tail_wildcard) /* the tail's last word runs on: subsid* for "subsidies" */
    while (e < len && is_word_byte((unsigned char)text[e])) e++;
  /* the tail of an English key sits on word boundaries; of a Chinese
   * one anywhere ("恢复 ... 销售" in 恢复向中国销售H20) */
  if (is_ascii_key(p) && ((i > 0 && is_word_byte((unsigned char)text[i - 1])) ||
                          (e < len && is_word_byte((unsigned char)text[e]))))
    return 0;
  *mend = e;
  return 1;
}

/* Bit j: pair t stands at w + j, j < 16 (w[0, 17) are read). */
static inline uint64_t pair_bits(const unsigned char *w, const tail_pair *t) {
#if defined(__SSE2__) && !defined(CD_NO_SSE2)
  __m128i v0, v1, b0, b1;
  memcpy(&v0, w, 16);
  memcpy(&v1, w + 1, 16);
  memcpy(&b0, t->b0, 16);
  memcpy(&b1, t->b1, 16);
  return (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v0, b0), _mm_cmpeq_epi8(v1, b1)));
#else
  uint64_t m = 0;
  for (unsigned j = 0; j < 16; j++) m |= (uint64_t)(w[j] == t->b0[0] && w[j + 1] == t->b1[0]) << j;
  return m;
#endif
}

/* find_pairs where fewer than seventeen bytes are left from end (r):
 * the seventeen that end the text, or a place at a time in a shorter one. */
static void find_pairs_short(scan *s, const tail_group *grp, const tail_pair *pairs, size_t end, size_t r) {
  const unsigned char *w = (const unsigned char *)s->text + end;
  s->grp_any = 0;
  for (uint32_t k = 0; k < grp->n; k++) {
    uint64_t m = 0;
    if (s->len >= 17)
      m = pair_bits(w + r - 17, &pairs[k]) >> (17 - r);
    else
      for (size_t x = 0; x + 1 < r; x++)
        m |= (uint64_t)(w[x] == pairs[k].b0[0] && w[x + 1] == pairs[k].b1[0]) << x;
    s->grp_at[k] = m >> pairs[k].at;
    s->grp_any |= s->grp_at[k];
  }
}

/* The places of group g's pairs after end, in s->grp_at: bit x of pair
 * k's word when its bytes stand at end + x + at, x + at < 64, inside the
 * text. Sixteen places a compare (pair_bits, SSE2 or a portable loop),
 * four blocks of the window's first r bytes (r = 65, or to the text's
 * end): at 0, 16, 32 and 48, none past r - 17 (where the text ends inside
 * the window the last blocks are the same). */
static void find_pairs(scan *s, uint32_t g, size_t end) {
  const tail_group *grp = &s->lx->groups[g];
  const tail_pair *pairs = s->lx->pairs + grp->first;
  const unsigned char *w = (const unsigned char *)s->text + end;
  size_t r = s->len - end < 65 ? s->len - end : 65, o1, o2, o3;
  s->grp = g;
  s->grp_end = end;
  if (r < 17) {
    find_pairs_short(s, grp, pairs, end, r);
    return;
  }
  o1 = r - 17 < 16 ? r - 17 : 16;
  o2 = r - 17 < 32 ? r - 17 : 32;
  o3 = r - 17 < 48 ? r - 17 : 48;
  s->grp_any = 0;
  for (uint32_t k = 0; k < grp->n; k++) {
    const tail_pair *t = &pairs[k];
    uint64_t m = pair_bits(w, t) | pair_bits(w + o1, t) << o1 | pair_bits(w + o2, t) << o2 |
                 pair_bits(w + o3, t) << o3;
    s->grp_at[k] = m >> t->at;
    s->grp_any |= s->grp_at[k];
  }
}

/* Where the tail of gapped key p stands in text[end, len): the first
 * place within GAP_WINDOW bytes of end and before any clause break (a gap
 * stays in its clause: 下调之列，依据…加征的关税 is no cut). Sets *tail and
 * *mend; returns 0 when there is none. The places tried are those of the
 * tail's pair (tail_pair), found for all the tails of p's node at once
 * (find_pairs: one pass over the window, where a memchr of each tail's
 * own byte cost 7 million instructions a MB of kept Chinese, 3 million of
 * English); a tail in no group is found by one byte of it (memchr), the
 * one tail_pick chose. The clause break is looked for only once a tail
 * fits, before it or not: most heads have no tail after them (asking
 * first cost 1.2 million instructions a MB of kept text, English and
 * Chinese). */
static int find_tail(scan *s, const cd_lex_payload *p, size_t end, size_t *mend, size_t *tail) {
  size_t lim = end + GAP_WINDOW + p->tail_len, stop, a = p->tail_pick; /* the byte looked for: tail[a] */
  uint32_t slot = s->lx->tail_slot[p - s->lx->payloads];
  if (lim > s->len) lim = s->len;
  if (end + p->tail_len > lim) return 0;
  stop = lim - p->tail_len + 1; /* places are [end, stop); a fit past a clause break is none */
  if (slot) {
    uint64_t m;
    if (s->grp != slot >> 8 || s->grp_end != end) find_pairs(s, slot >> 8, end);
    m = s->grp_at[slot & SLOT_PAIR] & (((uint64_t)1 << (stop - end)) - 1); /* stop - end <= GAP_WINDOW + 1 */
    for (; m; m &= m - 1) {
      size_t i = end + cd_lowest_bit(m);
      if (!tail_fits(s, p, i, mend)) continue;
      if (break_before(s, end, i + 1) <= i) return 0; /* every later place is past it too */
      *tail = i;
      return 1;
    }
    return 0;
  }
  for (size_t i = end; i < stop; i++) {
    if (p->tail_len) { /* tail[a] of a place in [i, stop) is in [i + a, stop + a), inside lim */
      const char *hit = memchr(s->text + i + a, p->tail[a], stop - i);
      if (!hit) return 0;
      i = (size_t)(hit - s->text) - a;
    }
    if (tail_fits(s, p, i, mend)) {
      if (break_before(s, end, i + 1) <= i) return 0; /* every later place is past it too */
      *tail = i;
      return 1;
    }
  }
  return 0;
}

/* Is it known without accept() that payload p (of a node whose key ends
 * at end) is not accepted: it is gapped and no place of the window after
 * end holds its tail's pair (find_pairs, once for all the node's tails)?
 * Most gapped heads have no tail after them: this answers them in a few
 * instructions, where accept() and its search cost about 130 each. A
 * wildcard head's window starts further on: accept() is asked. */
static inline int tail_absent(scan *s, int32_t p, size_t end) {
  uint32_t slot = s->lx->tail_slot[p];
  if (!slot || (slot & SLOT_MOVES)) return 0;
  if ((slot & SLOT_EN) && end < s->len && is_word_byte((unsigned char)s->text[end]) &&
      is_word_byte((unsigned char)s->text[end - 1]))
    return 1; /* accept's test of the key's end, before the window */
  if (s->grp != slot >> 8 || s->grp_end != end) find_pairs(s, slot >> 8, end);
  return !(s->grp_at[slot & SLOT_PAIR] & ((((uint64_t)1 << GAP_WINDOW) << 1) - 1));
}

/* Is it known without node_accepts that no payload of node nd, a gapped
 * one (hot.gapped), is accepted for the key that ends at end: each is
 * English and the key is not on word boundaries, or no pair of the
 * node's group stands in the window after end (tail_absent for them
 * all at once)? Most such nodes (在 ... 之列, be ... affected) have none
 * there: node_accepts then asks each payload no more. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
tails_absent(scan *s, int32_t nd, size_t end, int at_word_start) {
  uint32_t g = s->lx->tail_slot[s->lx->nodes[nd].payload] >> 8;
  if ((s->lx->hot[nd].gapped & GAPPED_EN) &&
      (!at_word_start || (end < s->len && is_word_byte((unsigned char)s->text[end]) &&
                          is_word_byte((unsigned char)s->text[end - 1]))))
    return 1;
  if (s->grp != g || s->grp_end != end) find_pairs(s, g, end);
  return !(s->grp_any & ((((uint64_t)1 << GAP_WINDOW) << 1) - 1));
}

/* Is payload p accepted for a key that ends at end? Sets *mend to the
 * match's end (wildcards run on) and *tail to the gap tail's start. */
static int accept(scan *s, const cd_lex_payload *p, size_t end, size_t *mend, size_t *tail) {
  const char *text = s->text;
  size_t len = s->len;
  if (is_ascii_key(p)) {
    if (p->wildcard)
      while (end < len && is_word_byte((unsigned char)text[end])) end++;
    /* boundaries: an English key glued to letters is another word; but a
     * key that itself ends in a non-word byte ("u.s.") needs nothing */
    if (end < len && is_word_byte((unsigned char)text[end]) && is_word_byte((unsigned char)text[end - 1]))
      return 0;
  }
  *mend = end;
  *tail = end;
  return !p->tail || find_tail(s, p, end, mend, tail);
}

static int push(cd_match **m, size_t *n, size_t *cap, cd_match v) {
  /* the call only when the array is full: a match is pushed a few words apart */
  if (*n == *cap && cd_array_reserve((void **)m, cap, *n + 1, sizeof **m) < 0) return CD_ENOMEM;
  (*m)[(*n)++] = v;
  return 0;
}

/* Does leaf x's tail stand at text+j? */
static inline int tail_at(const node *x, const char *text, size_t len, size_t j) {
  if (x->tlen > len - j || text[j] != x->tail[0]) return 0;
  for (uint32_t k = 1; k < x->tlen; k++)
    if (text[j + k] != x->tail[k]) return 0;
  return 1;
}

/* The first payload of a node that accept() took, and what it said
 * (accepted_at finds it; emit_at starts from it and does not ask again:
 * the payloads before it were turned down). */
typedef struct first_accepted {
  int32_t p;   /* payload index */
  size_t mend; /* accept's *mend: the match's end */
  size_t tail; /* accept's *tail */
} first_accepted;

/* Is a payload of node nd accepted for the key that ends at end? The
 * first that is goes in *fa. */
static int node_accepts(scan *s, int32_t nd, size_t end, int at_word_start, first_accepted *fa) {
  const cd_lexicon *lx = s->lx;
  for (int32_t p = lx->nodes[nd].payload; p >= 0; p = lx->payloads[p].next) {
    const cd_lex_payload *pl = &lx->payloads[p];
    if ((is_ascii_key(pl) && !at_word_start) || tail_absent(s, p, end)) continue;
    if (accept(s, pl, end, &fa->mend, &fa->tail)) {
      fa->p = p;
      return 1;
    }
  }
  return 0;
}

/* accept() for payload p, or what it said already when p is fa's. */
static int accepted(scan *s, const first_accepted *fa, int32_t p, size_t end, size_t *mend, size_t *tail) {
  if (p != fa->p) return !tail_absent(s, p, end) && accept(s, &s->lx->payloads[p], end, mend, tail);
  *mend = fa->mend;
  *tail = fa->tail;
  return 1;
}

/* The deepest trie node with a payload accepted at text+i (its key's end
 * in *end), or -1:
 *   1. walk down as far as the text follows the trie, keeping the deepest
 *      node that holds a payload; inside an English word, where only a
 *      key of another language can be accepted, no further than such a
 *      key can be found (zh_below);
 *   2. from it, up the chain of ancestors that hold one (node.up), the
 *      first whose payload is accepted. Most walks hold one or none, so
 *      a payload is checked only where no longer key can win.
 * Inlined into the scan, where most of the calls are (and into yields(),
 * where few are): a call of its own cost a MB of kept text 2.2 million
 * instructions in English, 2.9 million in Chinese, its arguments and
 * results going through memory; without the attribute gcc keeps one copy
 * for its two callers. */
static inline
#if defined(__GNUC__)
    __attribute__((always_inline))
#endif
    int32_t
    accepted_at(scan *s, size_t i, size_t *end, first_accepted *fa) {
  const cd_lexicon *lx = s->lx;
  const char *text = s->text;
  size_t len = s->len, j = i + 1;
  unsigned char c = (unsigned char)text[i];
  int at_word_start = i == 0 || !is_word_byte((unsigned char)text[i - 1]) || !is_word_byte(c);
  int32_t nd = lx->root[c], deepest = -1;
  /* the nodes to stop at: those of a tail or a payload, and inside a
   * word those with no key not of English below */
  unsigned stop = HOT_TAIL | HOT_PAYLOAD | (at_word_start ? 0u : HOT_NOT_ZH);
  /* the arrays in locals, and no test of nd in the loop: a cell whose
   * check names a node holds a node (build_trie; lx_snap_read checks it),
   * and gcc read lx->cells again at every step */
  const hot *hots = lx->hot;
  const cell *cells = lx->cells;
  /* ids and bases unsigned (none is negative: build_trie; lx_snap_read
   * checks it): gcc widened each signed one with an instruction of its
   * own, two a step */
  if (nd >= 0)
    for (uint32_t n = (uint32_t)nd;;) {
      const hot *h = &hots[n];
      const cell *x;
      if (h->stop & stop) {
        if (h->stop & stop & HOT_NOT_ZH) break;
        if (h->stop & HOT_TAIL) { /* a leaf: the rest of its key follows, or nothing does */
          if (tail_at(&lx->nodes[n], text, len, j)) deepest = (int32_t)n;
          break;
        }
        deepest = (int32_t)n;
      }
      if (j >= len) break;
      x = &cells[(uint32_t)h->base + (unsigned char)text[j]]; /* step(), from what the walk reads */
      if ((uint32_t)x->check != n) break;
      n = (uint32_t)x->node;
      j++;
    }
  for (nd = deepest; nd >= 0; nd = lx->nodes[nd].up) {
    size_t e = i + lx->nodes[nd].depth;
    unsigned plain = lx->hot[nd].plain;
    if (plain & (PLAIN_EN | PLAIN_ZH)) { /* what accept() would say of each */
      if (!(plain & PLAIN_ZH) && (!at_word_start || (e < len && is_word_byte((unsigned char)text[e]) &&
                                                     is_word_byte((unsigned char)text[e - 1]))))
        continue;
      fa->p = lx->nodes[nd].payload;
      fa->mend = fa->tail = e;
    } else if ((lx->hot[nd].gapped && tails_absent(s, nd, e, at_word_start)) ||
               !node_accepts(s, nd, e, at_word_start, fa)) {
      continue;
    }
    *end = e;
    return nd;
  }
  return -1;
}

static int has_payload(const cd_lexicon *lx, int32_t nd, int kind, int refers) {
  for (int32_t p = lx->nodes[nd].payload; p >= 0; p = lx->payloads[p].next) {
    const cd_lex_payload *pl = &lx->payloads[p];
    if ((int)pl->kind != kind) continue;
    if (!refers || cd_cue_kind_refers(pl->index)) return 1;
  }
  return 0;
}

/* Does a name start inside a reference ("the ministry") and run past it
 * ("The Ministry of Commerce")? Then the reference yields to the name.
 * Costs O(key length^2) a reference. */
static int yields(scan *s, int32_t nd, size_t i, size_t end) {
  if (!(s->lx->hot[nd].plain & PLAIN_REFERS)) return 0;
  for (size_t k = i + 1; k < end; k++) {
    size_t e = 0;
    int32_t at;
    first_accepted fa;
    if (((unsigned char)s->text[k] & 0xC0) == 0x80 || is_word_byte((unsigned char)s->text[k - 1])) continue;
    at = starts_here(s->lx, s->text, s->len, k) ? accepted_at(s, k, &e, &fa) : -1;
    if (at >= 0 && e > end && has_payload(s->lx, at, CD_LEX_ENTITY, 0)) return 1;
  }
  return 0;
}

/* Is an ignore cue among the payloads of node nd accepted for the key that
 * ends at end? 1 when it is, 2 when that ignore key is gapped. A gapped
 * pseudo-cue ("added ... to the list", 涵盖 ... 的调查) shares its node with
 * the cue or trigger it hides ("added", 涵盖), so the longest match cannot
 * hide it: emit_at does. A plain one hides cues only (起诉书 is no lawsuit's
 * cue but is charge's trigger). */
static int ignored_at(scan *s, const first_accepted *fa, size_t end, int at_word_start) {
  const cd_lexicon *lx = s->lx;
  int found = 0;
  for (int32_t p = fa->p; p >= 0; p = lx->payloads[p].next) {
    const cd_lex_payload *pl = &lx->payloads[p];
    size_t me, tl;
    if (is_ascii_key(pl) && !at_word_start) continue;
    if (pl->kind == CD_LEX_CUE && pl->index == CD_CUE_IGNORE && accepted(s, fa, p, end, &me, &tl)) {
      if (pl->tail) return 2;
      found = 1;
    }
  }
  return found;
}

/* Emits every accepted payload of the key text[i, end), from fa's (the
 * node's first accepted one) on, but no other cue of that key when one of
 * its ignore cues is accepted, and no trigger either when that ignore cue
 * is gapped; returns where the scan goes on. */
static int emit_at(scan *s, int32_t nd, const first_accepted *fa, size_t i, size_t end, cd_match **matches,
                   size_t *n, size_t *cap, size_t *next) {
  const cd_lexicon *lx = s->lx;
  int at_word_start, ignored;
  size_t furthest = end;
  if (lx->hot[nd].plain & (PLAIN_EN | PLAIN_ZH)) { /* all accepted where the first is */
    for (int32_t p = fa->p; p >= 0; p = lx->payloads[p].next) {
      cd_match m = {{i, end}, end, &lx->payloads[p]};
      if (push(matches, n, cap, m) < 0) return CD_ENOMEM;
    }
    *next = end;
    return 0;
  }
  at_word_start =
      i == 0 || !is_word_byte((unsigned char)s->text[i - 1]) || !is_word_byte((unsigned char)s->text[i]);
  ignored = ignored_at(s, fa, end, at_word_start);
  for (int32_t p = fa->p; p >= 0; p = lx->payloads[p].next) {
    const cd_lex_payload *pl = &lx->payloads[p];
    size_t me, tl;
    cd_match m;
    if (is_ascii_key(pl) && !at_word_start) continue;
    if (ignored && pl->kind == CD_LEX_CUE && pl->index != CD_CUE_IGNORE) continue;
    if (ignored == 2 && pl->kind == CD_LEX_PREDICATE) continue;
    if (!accepted(s, fa, p, end, &me, &tl)) continue;
    m.span.start = i;
    m.span.end = me;
    m.tail_start = tl;
    m.p = pl;
    if (push(matches, n, cap, m) < 0) return CD_ENOMEM;
    /* a gapped key does not consume its gap: words inside it still count */
    if (!pl->tail && me > furthest) furthest = me;
  }
  *next = furthest;
  return 0;
}

/* Where a scan goes on from place i, where nothing matched: past its
 * character, or inside an English word to where a key may start
 * (pass_word), else the next byte. */
static inline size_t next_place(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  unsigned char c = (unsigned char)text[i++];
  if (c >= 0x80) return past_character(text, len, i);
  return is_word_byte(c) ? pass_word(lx, text, len, i) : i;
}

/* The first place from i on where a walk is worth making (starts_here),
 * or len. A function of its own: the walk and the emitting of matches
 * kept the scan's registers, and each place passed went through memory
 * (about a third of the places of English and Chinese make a walk). */
static size_t next_start(const cd_lexicon *lx, const char *text, size_t len, size_t i) {
  const unsigned char *t = (const unsigned char *)text;
  /* 1. the places with eight bytes or more after them, where no filter
   * tests the text's end (may_start_ascii8, may_start_wide8) */
  for (size_t fast = len > 7 ? len - 7 : 0; i < fast;) {
    unsigned char c = t[i];
    unsigned f = lx->first[c];
    if (c >= 0x80) {
      uint32_t x;
      if (f && may_start_wide8(lx, t + i, f)) return i;
      x = le32(t + i); /* past_character's test, as below */
      i = (x & 0x00C0C000u) == 0x00808000u && (x & 0xC0000000u) != 0x80000000u
              ? i + 3
              : past_character(text, len, i + 1);
    } else {
      if (f && may_start_ascii8(lx, t + i, f)) return i;
      i = is_word_byte(c) ? pass_word(lx, text, len, i + 1) : i + 1;
    }
  }
  /* 2. the last seven */
  while (i < len) {
    unsigned char c = t[i];
    if (c >= 0x80) { /* starts_here and next_place, each language's apart */
      uint32_t x;
      if (lx->root[c] >= 0 && may_start_wide(lx, t + i, len - i)) return i;
      if (len - i < 8) {
        i = past_character(text, len, i + 1);
        continue;
      }
      /* past_character's test of a character of three bytes, on the
       * bytes may_start_wide read: one load and the test of len fewer */
      x = le32(t + i);
      i = (x & 0x00C0C000u) == 0x00808000u && (x & 0xC0000000u) != 0x80000000u
              ? i + 3
              : past_character(text, len, i + 1);
    } else {
      if (lx->root[c] >= 0 && may_start_ascii(lx, t + i, len - i)) return i;
      i = is_word_byte(c) ? pass_word(lx, text, len, i + 1) : i + 1;
    }
  }
  return len;
}

int cd_lexicon_scan(const cd_lexicon *lx, const char *text, size_t len, cd_match **matches, size_t *n,
                    size_t *cap) {
  scan s; /* grp_at is read only once find_pairs wrote it */
  s.lx = lx, s.text = text, s.len = len;
  s.brk_lo = s.brk_hi = 0, s.brk_at = 0, s.grp = 0, s.grp_end = 0, s.grp_any = 0;
  size_t i = 0;
  while ((i = next_start(lx, text, len, i)) < len) {
    size_t end = 0;
    first_accepted fa;
    int32_t best = accepted_at(&s, i, &end, &fa);
    if (best < 0 || yields(&s, best, i, end)) { /* nothing here: next character */
      i = next_place(lx, text, len, i);
      continue;
    }
    if (emit_at(&s, best, &fa, i, end, matches, n, cap, &i) < 0) return CD_ENOMEM;
  }
  return 0;
}

size_t cd_lexicon_longest_at(const cd_lexicon *lx, const char *text, size_t len, size_t pos) {
  int32_t nd = pos < len ? lx->root[(unsigned char)text[pos]] : -1;
  size_t j = pos + 1, best = 0;
  while (nd >= 0) {
    if (lx->nodes[nd].tlen) {
      if (tail_at(&lx->nodes[nd], text, len, j)) best = lx->nodes[nd].depth;
      break;
    }
    if (lx->nodes[nd].payload >= 0) best = j - pos;
    if (j >= len) break;
    nd = step(lx, nd, (unsigned char)text[j]);
    j++;
  }
  return best;
}

size_t cd_lexicon_size(const cd_lexicon *lx) {
  return lx->nnodes;
}

void cd_lexicon_free(cd_lexicon *lx) {
  if (!lx) return;
  free(lx->nodes);
  free(lx->cells);
  free(lx->hot);
  free(lx->payloads);
  free(lx->tail_slot);
  free(lx->groups);
  free(lx->pairs);
  free(lx);
}
