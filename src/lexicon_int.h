/* lexicon_int.h: the lexicon's insides, shared by lexicon.c (building
 * and scanning) and lexicon_snap.c (a built trie kept in the cache and
 * read back). Nothing else includes it. */
#ifndef CD_LEXICON_INT_H
#define CD_LEXICON_INT_H

#include <stdint.h>

#include "lexicon.h"

#define START_BITS  18 /* the start filter holds 2^18 bits (32 KiB) */
#define START_WORDS ((size_t)1 << (START_BITS - 6))
#define ENDS_BITS   16 /* zh_ends holds 2^16 bits (8 KiB) */
#define WIDE_BITS   13 /* starts_wide holds 2^13 words of 64 bits (64 KiB) */

typedef struct node {
  int32_t parent;         /* while building: the parent, -1 for a key's first byte */
  int32_t payload;        /* first payload, -1 */
  int32_t base;           /* its child by byte b is cells[base + b] if that cell's check is it */
  int32_t up;             /* the nearest proper ancestor that holds a payload, -1 */
  uint32_t depth;         /* its key's length in bytes (a tail's included) */
  const char *tail;       /* a leaf that ends one key alone: the key's bytes after this node's */
  uint32_t tlen;          /* their count; 0: no tail (tail NULL) */
  unsigned char zh_below; /* 1 if it or a node below holds a key not of English */
} node;

/* What a walk reads of a node at each byte, eight bytes side by side
 * (node has the rest): where its children are, and whether the walk must
 * stop and look (stop, HOT_ bits). Made by make_hot. */
typedef struct hot {
  int32_t base;   /* node.base */
  uint8_t stop;   /* HOT_TAIL, HOT_PAYLOAD, HOT_NOT_ZH */
  uint8_t plain;  /* PLAIN_EN, PLAIN_ZH, PLAIN_REFERS: what its payloads need */
  uint8_t gapped; /* GAPPED: each of its payloads is gapped, its tail's pair in the node's group and
                     its window after the key (tail_slot not 0, no SLOT_MOVES; make_tail_groups);
                     GAPPED_EN: and each is English */
  uint8_t unused;
} hot;

/* One cell of the double array: the child by byte b of the node whose
 * base is x sits at cells[x + b], and is that node's child only if check
 * names the node (else the cell is another node's, or free: -1). */
typedef struct cell {
  int32_t check; /* the parent node, or -1 */
  int32_t node;  /* the child node */
} cell;

#define FIRST_ROOT  1 /* lx->first bits: a key starts with the byte (root is a node) */
#define FIRST_SHORT 2 /* a key of one or two bytes does (short_first) */

#define INNER_SKIP 1 /* lx->inner_skip bits */
#define INNER_ENDS 2

#define GAPPED    1 /* hot.gapped bits */
#define GAPPED_EN 2

#define HOT_TAIL    1 /* a leaf with a tail (node.tlen) */
#define HOT_PAYLOAD 2 /* holds a payload */
#define HOT_NOT_ZH  4 /* no key not of English at or below it (!node.zh_below) */

/* Most nodes' payloads ask no more of a match than its boundaries: none
 * has a gap, none is an ignore cue, and all are of one language (and, if
 * English, none ends in '*'). Each is then accepted where the first is,
 * and a scan takes them all at once, without accept(). */
#define PLAIN_EN     1 /* all English, accepted at word boundaries */
#define PLAIN_ZH     2 /* all of another language, accepted anywhere */
#define PLAIN_REFERS 4 /* a reference cue among them (yields() must look) */

/* The byte pair find_tail looks for where a gapped key's tail may stand:
 * its first two bytes, or where it opens with a character of three bytes
 * or more that character's last two (its first begins every other
 * character of Chinese text), at bytes at and at + 1 of the place. */
typedef struct tail_pair {
  unsigned char b0[16], b1[16]; /* the pair's bytes, each sixteen times (one load a compare) */
  unsigned char at;
} tail_pair;

#define TAIL_PAIRS 16  /* pairs a group holds at most (a tail past them is looked for alone) */
#define SLOT_PAIR  31  /* lx->tail_slot: the pair's index in its group */
#define SLOT_EN    64  /* lx->tail_slot: a key of English (is_ascii_key) */
#define SLOT_MOVES 128 /* lx->tail_slot: a wildcard head ("provid*"): its window starts past the key */

/* The distinct pairs of the tails of one node's gapped payloads:
 * lx->pairs[first, first + n). A scan finds the places of them all in one
 * pass over the window after the node's key (find_tail). */
typedef struct tail_group {
  uint32_t first, n;
} tail_group;

struct cd_lexicon {
  node *nodes;
  hot *hot; /* [nnodes] */
  size_t nnodes, cap;
  int32_t root[256];
  unsigned char first[256]; /* FIRST_ bits of each byte, from root and short_first (make_first) */
  cell *cells;              /* the double array of children: ncells + 256 (no step reads past it) */
  size_t ncells;            /* cells any node may use */
  /* The start filters, zh_pair to starts8: made from the keys alone
   * (note_filters), and kept in a snapshot with the trie (lexicon_snap.c
   * lists them in filter_tables: a filter added here goes there too). */
  uint32_t zh_pair[256][8];        /* bit b of row a: a key not of English starts with bytes a
                                     b (every bit of the row: one is the byte a alone) */
  unsigned char zh_one[256];       /* 1: a key not of English is this byte alone */
  unsigned char inner_skip[65536]; /* [a | b << 8] INNER_SKIP: a is an ASCII letter or digit and no
                                      key not of English starts a b (nor is a alone): inside an English
                                      word a scan passes a when b follows it; INNER_ENDS: a word that
                                      ends a b may hold such a key's letters */
  uint64_t zh_ends[(size_t)1 << (ENDS_BITS - 6)]; /* bit ends_hash(x y z): a key not of English may
                                                   open with letters and digits ending x y z (or
                                                   y z, or z, after letters or digits) */
  uint32_t short_pair[256][8];    /* bit b of row a: a key of two bytes is a b (every bit: of one, a) */
  unsigned char short_first[256]; /* 1: a key of one or two bytes starts with this byte (its row of
                                     short_pair is not all 0: no Chinese character's first byte) */
  uint64_t starts[START_WORDS];   /* the start filter of keys of three bytes or more opening with
                                     an ASCII byte: the word of their first three (start_hash3 >>
                                     6), the bit of their fourth byte (& 63), every bit for a key of
                                     three */
  uint64_t starts_wide[(size_t)1 << WIDE_BITS]; /* the start filter of keys of three bytes or more
                                                  opening with a byte not ASCII: the word of their
                                                  first three (start_hash3's top bits), the bit of
                                                  its next three (wide_second), every bit for a key
                                                  of three to five */
  uint64_t starts8[START_WORDS]; /* the same for keys of three to seven bytes (but one of six or
                                     seven not opening with ASCII: start_hash6 of its first six);
                                     a longer key's bit is start_hash8 of its first eight */
  cd_lex_payload *payloads;
  size_t npayloads, cappay;
  uint32_t *tail_slot; /* [npayloads]: a gapped payload's group (from 1) << 8 | its pair's index
                          in it | SLOT_MOVES; 0: its tail is looked for alone (shorter than two
                          bytes, or past TAIL_PAIRS) */
  tail_group *groups;  /* [ngroups], groups[0] unused */
  tail_pair *pairs;    /* the groups' pairs */
  size_t ngroups;
};

/* One key while building: its bytes and its payload, and its first
 * eight bytes as one number (pre, big-endian, zero bytes past its end:
 * no key holds one), by which the keys are sorted first. The keys are
 * all made first (add_key), then the trie is built from them at once. */
typedef struct entry {
  const char *key;
  uint32_t klen;
  int32_t payload;
  uint64_t pre;
} entry;

/* make_hot (lexicon.c): the walk's hot array of a lexicon whose nodes are
 * made, and each node's zh_below passed up to its parent. 0 or CD_ENOMEM.
 * lx_plain_parts: each payload's part of its node's PLAIN_ bits, in a
 * malloc'd array the caller frees (PLAIN_EN or PLAIN_ZH for its language,
 * PLAIN_REFERS, PART_OTHER when accept() must look at it). 0 or CD_ENOMEM. */
#define PART_OTHER 8
int lx_make_hot(cd_lexicon *lx);
int lx_plain_parts(const cd_lexicon *lx, uint8_t **out);

/* What a walk reads of node nd (hot), part from lx_plain_parts: its
 * payloads' parts joined along their links, plain of one language when
 * none is other (with PLAIN_REFERS when one refers). */
static inline hot lx_hot_of(const cd_lexicon *lx, const node *nd, const uint8_t *part) {
  unsigned all = 0;
  for (int32_t p = nd->payload; p >= 0; p = lx->payloads[p].next) all |= part[p];
  if ((all & PART_OTHER) || (all & (PLAIN_EN | PLAIN_ZH)) == (PLAIN_EN | PLAIN_ZH)) all &= PLAIN_REFERS;
  return (hot){nd->base,
               (uint8_t)((nd->tlen ? HOT_TAIL : 0) | (nd->payload >= 0 ? HOT_PAYLOAD : 0) |
                         (nd->zh_below ? 0 : HOT_NOT_ZH)),
               (uint8_t)all, 0, 0};
}

/* lexicon_snap.c: a built trie in the cache directory dir, named and
 * checked by a key of what it was built from.
 *
 * lx_snap_key: the key of the keys e[0, n) in rule order (e[p] the key of
 * payload p, as add_key makes them): every key's bytes and language, the
 * snapshot's format and the building code's stamp. O(key bytes).
 * lx_snap_read: the trie of that key into lx (its nodes, cells, roots,
 * the links of its payloads and the start filters, which must be all 0
 * before; and the hot array, made as the nodes are read, whose zh_below
 * the file holds passed up already): 0, or
 * -1 with lx as it was when there is none, or it fails any check: the
 * checksum, then every id and offset in range and the trie's shape
 * (depths, parents, links in rule order), so that no walk of it can read
 * outside it or loop. O(file bytes).
 * lx_snap_write: writes lx's trie and start filters under key (cache.h: whole or not at
 * all) and prunes the directory's oldest snapshots; nothing is reported
 * when it cannot. */
uint64_t lx_snap_key(const cd_lexicon *lx, const entry *e, size_t n);
int lx_snap_read(cd_lexicon *lx, const char *dir, uint64_t key, const entry *e, size_t n);
void lx_snap_write(const cd_lexicon *lx, const char *dir, uint64_t key);

#endif
