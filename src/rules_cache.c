/* rules_cache.c: a rule file's parsed YAML tree, kept on disk so that the
 * next run need not parse it again (rules_load.h), and the compiled
 * boilerplate patterns, so that it need not compile them (at the end).
 *
 * libyaml is most of what loading the rules costs (about three quarters of
 * cd_engine_new's instructions on the shipped rules). What it makes of a
 * file depends on nothing but the file's bytes, so once a file has loaded
 * without error its node tree is written to the cache directory, and a
 * later run whose file has the same bytes reads the tree back instead of
 * parsing: the same nodes, ids, scalars and marks, walked by the same
 * section readers, so the ruleset and every error and report are the
 * same. One cache file a rule file, named by a hash of the rule file's
 * absolute path, rewritten when its bytes change, the oldest beyond 256
 * removed after a load that wrote (cd_cache_prune, cache.h):
 *
 *   header  "CDTREE03"  key (hash of the rule file's bytes)  source length
 *           checksum (of nodes, items and pairs, then of the pool)
 *           nodes  items  pairs  pool bytes
 *   nodes   per node: type, line, column, a, b   (scalar: pool offset and
 *           length; list: first item and count; mapping: first pair, count)
 *   items   node ids                 pairs  key and value node ids
 *   pool    each scalar's bytes and a NUL, in node order
 *
 * The tree keeps what the section readers read of a node (its type, start
 * mark, scalar bytes, items, pairs), not its tag, style or end mark: a
 * reader that comes to need one of those adds it here and bumps MAGIC.
 * All numbers are 32 or 64-bit little-endian. Nothing read is trusted: a
 * file of the wrong size, checksum, key or shape (a child id not after
 * its parent's, a node reached twice or never or nested deeper than
 * RL_DEPTH_MAX, a scalar not where the one before it ended or not
 * NUL-terminated inside the pool, a pool not UTF-8 or with a NUL that
 * ends no scalar, a mark past 2^31) is passed over and the YAML parsed,
 * and the cache rewritten. A tree read is thus as shallow and unshared as rules.c's
 * depth walk demands of a parsed one, which it does not walk again.
 * Writes go to a temporary file renamed into place, so a reader sees a
 * whole file or none; a cache that cannot be written is silently not
 * written. Cost: O(bytes of the tree) to write or read, one hash pass over
 * the rule file; the tree read is one malloc for the file but its pool,
 * freed once the tree is made, one for the pool and one for the nodes
 * (rl_tree owns these two; the ruleset takes the pool, which its strings
 * point into). */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "pattern.h"
#include "rules_load.h"
#include "utf8.h"

#define MAGIC      "CDTREE03" /* the format's version: a change to the layout or the hash below bumps it */
#define HEADER     56         /* magic, key, length, checksum: 8 each; four counts: 4 each; 8 spare */
#define NODE_BYTES 20
#define TREE_MAX   ((size_t)64 << 20)

/* ---- hashing and little-endian numbers ---------------------------------- */

static uint64_t get64(const unsigned char *p) {
  uint64_t v = 0;
  for (int k = 7; k >= 0; k--) v = v << 8 | p[k];
  return v;
}
static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void put64(unsigned char *p, uint64_t v) {
  for (int k = 0; k < 8; k++) p[k] = (unsigned char)(v >> (8 * k));
}
static void put32(unsigned char *p, uint32_t v) {
  for (int k = 0; k < 4; k++) p[k] = (unsigned char)(v >> (8 * k));
}

uint64_t rl_cache_key(const char *bytes, size_t len) {
  /* the format and the parser that made the tree are part of the key */
  uint64_t seed = cd_hash64(MAGIC, 8, 0);
  const char *v = yaml_get_version_string();
  seed = cd_hash64(v, strlen(v), seed);
  return cd_hash64(bytes, len, seed);
}

/* ---- where ---------------------------------------------------------------- */

int rl_cache_path(char *out, size_t n, const char *dir, const char *rule_file) {
  char real[4096];
  int k;
  if (rule_file[0] == '/') { /* the path made absolute, never resolved: a link makes a file of its own */
    k = snprintf(real, sizeof real, "%s", rule_file);
  } else {
    if (!getcwd(real, sizeof real - 1)) return -1;
    k = (int)strlen(real);
    k += snprintf(real + k, sizeof real - (size_t)k, "/%s", rule_file);
  }
  if (k < 0 || (size_t)k >= sizeof real) return -1;
  k = snprintf(out, n, "%s/%016llx.tree", dir, (unsigned long long)cd_hash64(real, strlen(real), 0));
  return k < 0 || (size_t)k >= n ? -1 : 0;
}

/* ---- encoding --------------------------------------------------------------- */

/* One node's record; a list's items go to seqs, a mapping's pairs to maps,
 * a scalar's bytes and a NUL to pool. */
static int encode_node(cd_buf *nodes, cd_buf *seqs, cd_buf *maps, cd_buf *pool, const yaml_node_t *nd) {
  unsigned char r[NODE_BYTES], w[8];
  uint32_t a, b = 0;
  if (nd->type == YAML_SCALAR_NODE) {
    a = (uint32_t)pool->len, b = (uint32_t)nd->data.scalar.length;
    if (cd_buf_put(pool, (const char *)nd->data.scalar.value, nd->data.scalar.length) < 0 ||
        cd_buf_put(pool, "", 1) < 0)
      return -1;
  } else if (nd->type == YAML_SEQUENCE_NODE) {
    a = (uint32_t)(seqs->len / 4);
    for (const yaml_node_item_t *it = nd->data.sequence.items.start; it < nd->data.sequence.items.top;
         it++, b++) {
      put32(w, (uint32_t)*it);
      if (cd_buf_put(seqs, (const char *)w, 4) < 0) return -1;
    }
  } else if (nd->type == YAML_MAPPING_NODE) {
    a = (uint32_t)(maps->len / 8);
    for (const yaml_node_pair_t *p = nd->data.mapping.pairs.start; p < nd->data.mapping.pairs.top; p++, b++) {
      put32(w, (uint32_t)p->key);
      put32(w + 4, (uint32_t)p->value);
      if (cd_buf_put(maps, (const char *)w, 8) < 0) return -1;
    }
  } else {
    return -1;
  }
  put32(r, (uint32_t)nd->type);
  put32(r + 4, (uint32_t)nd->start_mark.line);
  put32(r + 8, (uint32_t)nd->start_mark.column);
  put32(r + 12, a);
  put32(r + 16, b);
  return cd_buf_put(nodes, (const char *)r, sizeof r);
}

int rl_tree_encode(cd_buf *out, const yaml_document_t *doc, uint64_t key, size_t srclen) {
  cd_buf nodes = CD_BUF_INIT, seqs = CD_BUF_INIT, maps = CD_BUF_INIT, pool = CD_BUF_INIT;
  unsigned char h[HEADER];
  size_t nn = (size_t)(doc->nodes.top - doc->nodes.start);
  int error = nn == 0 || nn > UINT32_MAX / 2 ? -1 : 0;
  for (size_t i = 0; i < nn && !error; i++)
    error = encode_node(&nodes, &seqs, &maps, &pool, &doc->nodes.start[i]);
  if (!error && (pool.len > UINT32_MAX || seqs.len / 4 > UINT32_MAX)) error = -1;
  if (!error) {
    memset(h, 0, sizeof h);
    memcpy(h, MAGIC, 8);
    put64(h + 8, key);
    put64(h + 16, (uint64_t)srclen);
    put32(h + 32, (uint32_t)nn);
    put32(h + 36, (uint32_t)(seqs.len / 4));
    put32(h + 40, (uint32_t)(maps.len / 8));
    put32(h + 44, (uint32_t)pool.len);
    cd_buf_clear(out);
    if (cd_buf_put(out, (const char *)h, sizeof h) < 0 || cd_buf_put(out, nodes.ptr, nodes.len) < 0 ||
        cd_buf_put(out, seqs.ptr, seqs.len) < 0 || cd_buf_put(out, maps.ptr, maps.len) < 0 ||
        cd_buf_put(out, pool.ptr, pool.len) < 0)
      error = -1;
  }
  if (!error) rl_tree_seal((unsigned char *)out->ptr, out->len);
  cd_buf_dispose(&nodes);
  cd_buf_dispose(&seqs);
  cd_buf_dispose(&maps);
  cd_buf_dispose(&pool);
  return error;
}

/* A tree's checksum: of its nodes, items and pairs, then of its pool,
 * which a read keeps apart from them (rl_cache_read). */
static uint64_t checksum(const unsigned char *body, size_t nbody, const unsigned char *pool, size_t npool,
                         uint64_t key) {
  return cd_hash64(pool, npool, cd_hash64(body, nbody, key));
}

void rl_tree_seal(unsigned char *buf, size_t n) {
  size_t npool;
  if (n < HEADER) return;
  npool = get32(buf + 44);
  if (npool > n - HEADER) npool = n - HEADER; /* a damaged count: the decoder refuses the size first */
  put64(buf + 24, checksum(buf + HEADER, n - HEADER - npool, buf + n - npool, npool, get64(buf + 8)));
}

/* ---- decoding ------------------------------------------------------------ */

/* Marks child id c of parent p (1-based) reached at depth d (the
 * parent's plus one): 0 when c is not a node after p or was reached
 * before. Ids are already in [0, nn] (node_id: 0 for one past the
 * nodes, which no parent is before). reached[] holds each node's depth
 * plus one (the root's is 1; 0: not reached yet). */
static int child_ok(uint32_t c, size_t p, unsigned char d, unsigned char *reached) {
  if (c <= p || reached[c]) return 0;
  reached[c] = d;
  return 1;
}

static int node_id(uint32_t v, size_t nn) {
  return v <= nn ? (int)v : 0;
}

/* The number of zero bytes in w, a word of ASCII bytes (each below 0x80):
 * adding 0x7F to a byte sets its top bit unless it is zero, and no byte
 * carries into the next. */
static unsigned zero_bytes(uint64_t w) {
  uint64_t nonzero = ((w + 0x7F7F7F7F7F7F7F7Fu) & 0x8080808080808080u) >> 7;
  return 8 - (unsigned)((nonzero * 0x0101010101010101u) >> 56);
}

/* Passes p[i, n) thirty-two ASCII bytes a step while they are: where it
 * stopped, their NULs added to *nuls. The four words' bytes that are not
 * zero are flagged (bit 0 of each byte: zero_bytes), the flags summed
 * byte by byte (at most 4 a byte) and then across the word. */
static size_t pass_ascii(const unsigned char *p, size_t i, size_t n, size_t *nuls) {
  const uint64_t tops = 0x8080808080808080u, sevens = 0x7F7F7F7F7F7F7F7Fu;
  for (; n - i >= 32; i += 32) {
    uint64_t w0, w1, w2, w3, flags;
    memcpy(&w0, p + i, 8);
    memcpy(&w1, p + i + 8, 8);
    memcpy(&w2, p + i + 16, 8);
    memcpy(&w3, p + i + 24, 8);
    if ((w0 | w1 | w2 | w3) & tops) break;
    flags = (((w0 + sevens) & tops) >> 7) + (((w1 + sevens) & tops) >> 7) + (((w2 + sevens) & tops) >> 7) +
            (((w3 + sevens) & tops) >> 7);
    *nuls += 32 - (size_t)((flags * 0x0101010101010101u) >> 56);
  }
  return i;
}

/* Is p[0, 3) (three bytes readable) a character of three bytes whose
 * lead, E1..EC or EE..EF, can make no overlong form or surrogate: most
 * of Chinese, passed here without a call (cd_utf8_check takes the rest)? */
static int plain_three(const unsigned char *p) {
  return ((p[0] >= 0xE1 && p[0] <= 0xEC) || p[0] == 0xEE || p[0] == 0xEF) && (p[1] & 0xC0) == 0x80 &&
         (p[2] & 0xC0) == 0x80;
}

/* Is the pool, the scalars' bytes each with its NUL, UTF-8 with exactly
 * nscalars NULs? The scalars tile it (decode_nodes checks that each starts
 * where the one before ended and is followed by a NUL), so with no NUL but
 * theirs each is UTF-8 and NUL-free: one pass over the pool, eight ASCII
 * bytes a step, instead of a check a scalar. A NUL is never inside a
 * sequence, so the scalars' edges are characters' edges. */
static int pool_ok(const unsigned char *p, size_t n, size_t nscalars) {
  size_t i = 0, nuls = 0;
  while (i < n) {
    uint64_t w;
    size_t k;
    if (n - i >= 8 && (memcpy(&w, p + i, 8), !(w & 0x8080808080808080u))) {
      nuls += zero_bytes(w);
      i = pass_ascii(p, i + 8, n, &nuls);
    } else if (p[i] < 0x80) {
      nuls += p[i] == 0;
      i++;
    } else if (n - i >= 3 && plain_three(p + i)) {
      do /* a run of Chinese, with no look for ASCII between its characters */
        i += 3;
      while (n - i >= 3 && plain_three(p + i));
    } else if ((k = cd_utf8_check((const char *)p + i, n - i)) == 0) {
      return 0; /* not a sequence where one starts */
    } else {
      i += k; /* up to a NUL or a byte that starts no sequence */
    }
  }
  return nuls == nscalars;
}

/* The nodes of the payload at q into nodes[nn], after every check. */
static int decode_nodes(yaml_node_t *nodes, yaml_node_item_t *items, yaml_node_pair_t *pairs,
                        const unsigned char *q, size_t nn, size_t ni, size_t np, const unsigned char *pool,
                        size_t npool, unsigned char *reached) {
  const unsigned char *iq = q + nn * NODE_BYTES, *pq = iq + ni * 4;
  size_t at = 0, nscalars = 0; /* where the next scalar starts: they tile the pool in node order */
  uint64_t nchildren = 0;      /* children marked reached, each once */
  /* an id past the nodes becomes 0, which no check accepts */
  for (size_t i = 0; i < ni; i++) items[i] = node_id(get32(iq + 4 * i), nn);
  for (size_t i = 0; i < np; i++)
    pairs[i] = (yaml_node_pair_t){node_id(get32(pq + 8 * i), nn), node_id(get32(pq + 8 * i + 4), nn)};
  reached[1] = 1; /* the root; a parent comes before its children, so
                   * each node's depth is known before its own are read */
  for (size_t i = 0; i < nn; i++, q += NODE_BYTES) {
    yaml_node_t *nd = &nodes[i];
    uint32_t type = get32(q), line = get32(q + 4), col = get32(q + 8), a = get32(q + 12), b = get32(q + 16);
    unsigned char d = (unsigned char)(reached[i + 1] + 1); /* its children's depth plus one */
    if (line >= INT32_MAX || col >= INT32_MAX) return -1;  /* errors add 1 */
    /* each field set, not the node cleared first: a node is 96 bytes, and
     * the union's bytes past the member of its type are never read */
    nd->tag = NULL;
    nd->start_mark = nd->end_mark = (yaml_mark_t){0, line, col};
    if (type == YAML_SCALAR_NODE) {
      /* its bytes where the last scalar's ended, and its NUL; UTF-8 (what
       * libyaml promises the readers) once all are placed: pool_ok */
      if (a != at || b >= npool - a || pool[a + b] != 0) return -1;
      at = (size_t)a + b + 1;
      nscalars++;
      nd->type = YAML_SCALAR_NODE;
      nd->data.scalar.value = (yaml_char_t *)(uintptr_t)(pool + a);
      nd->data.scalar.length = b;
      nd->data.scalar.style = YAML_ANY_SCALAR_STYLE;
      continue;
    }
    if (b && d > RL_DEPTH_MAX + 1) return -1; /* children too deep */
    nchildren += b;
    if (type == YAML_SEQUENCE_NODE) {
      if (a > ni || b > ni - a) return -1;
      for (uint32_t k = 0; k < b; k++)
        if (!child_ok((uint32_t)items[a + k], i + 1, d, reached)) return -1;
      nd->type = YAML_SEQUENCE_NODE;
      nd->data.sequence.items.start = items + a;
      nd->data.sequence.items.end = nd->data.sequence.items.top = items + a + b;
      nd->data.sequence.style = YAML_ANY_SEQUENCE_STYLE;
    } else if (type == YAML_MAPPING_NODE) {
      if (a > np || b > np - a) return -1;
      nchildren += b;
      for (uint32_t k = 0; k < b; k++)
        if (!child_ok((uint32_t)pairs[a + k].key, i + 1, d, reached) ||
            !child_ok((uint32_t)pairs[a + k].value, i + 1, d, reached))
          return -1;
      nd->type = YAML_MAPPING_NODE;
      nd->data.mapping.pairs.start = pairs + a;
      nd->data.mapping.pairs.end = nd->data.mapping.pairs.top = pairs + a + b;
      nd->data.mapping.style = YAML_ANY_MAPPING_STYLE;
    } else {
      return -1;
    }
  }
  /* a tree: every node but the root is some node's child, each reached
   * once (child_ok), so there are nn - 1 children */
  if (nchildren != nn - 1) return -1;
  return at == npool && pool_ok(pool, npool, nscalars) ? 0 : -1;
}

/* The counts of a tree's header. */
typedef struct counts {
  size_t nn, ni, np, npool; /* nodes, items, pairs, bytes of pool */
} counts;

/* The counts of header h, when it is of this format, key and source
 * length and its tree is n bytes; -1 otherwise. */
static int read_header(counts *c, const unsigned char *h, size_t n, uint64_t key, size_t srclen) {
  uint64_t need;
  if (n < HEADER || memcmp(h, MAGIC, 8) || get64(h + 8) != key || get64(h + 16) != (uint64_t)srclen)
    return -1;
  c->nn = get32(h + 32), c->ni = get32(h + 36), c->np = get32(h + 40), c->npool = get32(h + 44);
  /* under 2^38: no overflow */
  need = HEADER + (uint64_t)c->nn * NODE_BYTES + (uint64_t)c->ni * 4 + (uint64_t)c->np * 8 + c->npool;
  return c->nn == 0 || c->nn > INT32_MAX || (uint64_t)n != need ? -1 : 0;
}

/* The tree of header and body h (c's counts read from it) and pool p into
 * *doc, its nodes in the malloc'd *block and its scalars pointing into p;
 * -1 when the checksum or any check fails. */
static int decode(yaml_document_t *doc, void **block, const unsigned char *h, const unsigned char *p,
                  const counts *c, uint64_t key) {
  size_t nn = c->nn, ni = c->ni, np = c->np;
  unsigned char *reached;
  char *b;
  if (get64(h + 24) != checksum(h + HEADER, nn * NODE_BYTES + ni * 4 + np * 8, p, c->npool, key)) return -1;
  b = malloc(nn * sizeof(yaml_node_t) + ni * sizeof(yaml_node_item_t) + np * sizeof(yaml_node_pair_t) + 1);
  reached = calloc(nn + 1, 1);
  if (!b || !reached ||
      decode_nodes((yaml_node_t *)(void *)b, (yaml_node_item_t *)(void *)(b + nn * sizeof(yaml_node_t)),
                   (yaml_node_pair_t *)(void *)(b + nn * sizeof(yaml_node_t) + ni * sizeof(yaml_node_item_t)),
                   h + HEADER, nn, ni, np, p, c->npool, reached) < 0) {
    free(b);
    free(reached);
    return -1;
  }
  free(reached);
  doc->nodes.start = (yaml_node_t *)(void *)b;
  doc->nodes.end = doc->nodes.top = doc->nodes.start + nn;
  doc->start_implicit = doc->end_implicit = 1;
  *block = b;
  return 0;
}

int rl_tree_decode(yaml_document_t *doc, void **block, const unsigned char *buf, size_t n, uint64_t key,
                   size_t srclen) {
  counts c;
  memset(doc, 0, sizeof *doc);
  *block = NULL;
  if (read_header(&c, buf, n, key, srclen) < 0) return -1;
  return decode(doc, block, buf, buf + n - c.npool, &c, key);
}

/* ---- the cache file ------------------------------------------------------- */

/* n bytes of fd into p: 0, or -1 when fewer could be read. */
/* The file is read in two parts: the header, nodes, items and pairs,
 * freed once the tree is made, and the pool, which the tree's scalars
 * point into and the ruleset keeps (rl_keep_pool): no copy of a scalar
 * made, and no more of the file kept than the scalars. */
int rl_cache_read(rl_tree *t, yaml_document_t *doc, const char *path, uint64_t key, size_t srclen) {
  struct stat st;
  unsigned char h[HEADER], *body = NULL, *pool = NULL;
  int fd = open(path, O_RDONLY), error = -1;
  counts c;
  memset(t, 0, sizeof *t);
  memset(doc, 0, sizeof *doc);
  if (fd < 0) return -1;
  if (fstat(fd, &st) == 0 && st.st_size >= HEADER && (uint64_t)st.st_size <= TREE_MAX &&
      cd_read_all(fd, h, HEADER) == 0 && read_header(&c, h, (size_t)st.st_size, key, srclen) == 0 &&
      (body = malloc((size_t)st.st_size - c.npool)) != NULL &&
      (pool = malloc(c.npool ? c.npool : 1)) != NULL) {
    memcpy(body, h, HEADER);
    if (cd_read_all(fd, body + HEADER, (size_t)st.st_size - c.npool - HEADER) == 0 &&
        cd_read_all(fd, pool, c.npool) == 0)
      error = decode(doc, &t->block, body, pool, &c, key);
  }
  close(fd);
  free(body);
  if (error < 0)
    free(pool);
  else
    t->file = pool;
  return error;
}

/* ---- writing ---------------------------------------------------------------- */

int rl_cache_write(const char *path, const yaml_document_t *doc, uint64_t key, size_t srclen) {
  cd_buf b = CD_BUF_INIT;
  int error = rl_tree_encode(&b, doc, key, srclen) < 0 ? -1 : cd_cache_put(path, b.ptr, b.len);
  cd_buf_dispose(&b);
  return error;
}

/* ---- compiled patterns ----------------------------------------------------
 *
 * Compiling the boilerplate rules' patterns costs more than reading their
 * file's tree back (pattern.c builds a program, its words and its byte
 * classes), so a cache directory keeps them too, in one file:
 *
 *   header  "CDPATS01"  checksum (of what follows, from a seed of the
 *           pattern format)  count  4 spare
 *   entry   source length, saved length (32-bit), source, saved pattern
 *
 * A pattern is read back only under the very source it was compiled
 * from, and cd_pattern_load checks what it reads; a file of the wrong
 * magic, size or checksum is passed over whole. O(bytes of the file) to
 * read it, and a look a pattern along its entries. */

#define PATS_MAGIC  "CDPATS01"
#define PATS_HEADER 24
#define PATS_MAX    ((size_t)16 << 20)

static uint64_t pats_checksum(const unsigned char *buf, size_t n) {
  const char *f = cd_pattern_format();
  return cd_hash64(buf + 16, n - 16, cd_hash64(f, strlen(f), 0));
}

void rl_patterns_seal(unsigned char *buf, size_t n) {
  if (n >= PATS_HEADER) put64(buf + 8, pats_checksum(buf, n));
}

int rl_patterns_check(const unsigned char *buf, size_t n) {
  return n >= PATS_HEADER && !memcmp(buf, PATS_MAGIC, 8) && get64(buf + 8) == pats_checksum(buf, n) ? 0 : -1;
}

/* The entry at buf[*at, n): its source and saved pattern, *at past it; 0,
 * or -1 when none is whole there. */
static int pats_entry(const unsigned char *buf, size_t n, size_t *at, const unsigned char **src,
                      size_t *srclen, const unsigned char **saved, size_t *savedlen) {
  if (n - *at < 8) return -1;
  *srclen = get32(buf + *at);
  *savedlen = get32(buf + *at + 4);
  if (*srclen > n - *at - 8 || *savedlen > n - *at - 8 - *srclen) return -1;
  *src = buf + *at + 8;
  *saved = *src + *srclen;
  *at += 8 + *srclen + *savedlen;
  return 0;
}

/* dir's file of patterns into ps, once: NULL file when there is none or
 * it fails its checks. */
static void pats_read(rl_patterns *ps, const char *dir) {
  char path[4200];
  struct stat st;
  int fd;
  ps->looked = 1;
  if (snprintf(path, sizeof path, "%s/patterns", dir) >= (int)sizeof path || (fd = open(path, O_RDONLY)) < 0)
    return;
  if (fstat(fd, &st) == 0 && st.st_size >= PATS_HEADER && (uint64_t)st.st_size <= PATS_MAX &&
      (ps->file = malloc((size_t)st.st_size)) != NULL) {
    ps->size = (size_t)st.st_size;
    if (cd_read_all(fd, ps->file, ps->size) < 0 || rl_patterns_check(ps->file, ps->size) < 0) {
      free(ps->file);
      ps->file = NULL;
      ps->size = 0;
    }
  }
  close(fd);
}

/* The pattern ps's file keeps under src[len] into *out: 0, -1 when none
 * (or what it keeps fails cd_pattern_load's checks), -2 out of memory. */
static int pats_find(cd_pattern **out, const rl_patterns *ps, const char *src, size_t len) {
  const unsigned char *s, *saved;
  size_t at = PATS_HEADER, slen, savedlen;
  *out = NULL;
  if (!ps->file) return -1;
  while (pats_entry(ps->file, ps->size, &at, &s, &slen, &saved, &savedlen) == 0)
    if (slen == len && !memcmp(s, src, len)) return cd_pattern_load(out, saved, savedlen);
  return -1;
}

static int pats_use(rl_patterns *ps, const char *src, const cd_pattern *p) {
  if (cd_array_reserve((void **)&ps->used, &ps->capused, ps->nused + 1, sizeof *ps->used) < 0) return -1;
  ps->used[ps->nused++] = (rl_pattern_use){src, p};
  return 0;
}

int rl_pattern_get(cd_pattern **out, rl_patterns *ps, const char *dir, const char *src, size_t len, char *msg,
                   size_t msgn) {
  int rc;
  if (!dir) return cd_pattern_compile(out, src, msg, msgn);
  if (!ps->looked) pats_read(ps, dir);
  if ((rc = pats_find(out, ps, src, len)) == -2) return -2;
  if (rc < 0) {
    if ((rc = cd_pattern_compile(out, src, msg, msgn)) < 0) return rc;
    ps->missed = 1;
  }
  if (pats_use(ps, src, *out) < 0) ps->missed = 0; /* the file would lose it: left as it is */
  return 0;
}

/* One entry into b: 0, or -1 out of memory. */
static int pats_put(cd_buf *b, const void *src, size_t len, const void *saved, size_t savedlen) {
  unsigned char w[8];
  put32(w, (uint32_t)len);
  put32(w + 4, (uint32_t)savedlen);
  return cd_buf_put(b, (const char *)w, 8) < 0 || cd_buf_put(b, src, len) < 0 ||
                 cd_buf_put(b, saved, savedlen) < 0
             ? -1
             : 0;
}

/* Was src[len] used in this walk? */
static int pats_used(const rl_patterns *ps, const unsigned char *src, size_t len) {
  for (size_t i = 0; i < ps->nused; i++)
    if (strlen(ps->used[i].src) == len && !memcmp(ps->used[i].src, src, len)) return 1;
  return 0;
}

/* The file of ps's used patterns, then the others its file held, into b. */
static int pats_encode(cd_buf *b, const rl_patterns *ps) {
  unsigned char h[PATS_HEADER], *saved;
  const unsigned char *s, *old;
  size_t count = 0, at = PATS_HEADER, slen, oldlen, n;
  memset(h, 0, sizeof h);
  memcpy(h, PATS_MAGIC, 8);
  if (cd_buf_put(b, (const char *)h, sizeof h) < 0) return -1;
  for (size_t i = 0; i < ps->nused && count < RL_CACHE_PATTERNS_MAX; i++, count++) {
    int error;
    if (cd_pattern_save(ps->used[i].p, &saved, &n) < 0) return -1;
    error = pats_put(b, ps->used[i].src, strlen(ps->used[i].src), saved, n);
    free(saved);
    if (error < 0) return -1;
  }
  while (ps->file && count < RL_CACHE_PATTERNS_MAX &&
         pats_entry(ps->file, ps->size, &at, &s, &slen, &old, &oldlen) == 0) {
    if (pats_used(ps, s, slen)) continue;
    if (pats_put(b, s, slen, old, oldlen) < 0) return -1;
    count++;
  }
  if (b->len > PATS_MAX) return -1;
  put32((unsigned char *)b->ptr + 16, (uint32_t)count);
  rl_patterns_seal((unsigned char *)b->ptr, b->len);
  return 0;
}

void rl_patterns_end(rl_patterns *ps, const char *dir, int write) {
  char path[4200];
  cd_buf b = CD_BUF_INIT;
  if (write && dir && ps->missed && snprintf(path, sizeof path, "%s/patterns", dir) < (int)sizeof path &&
      pats_encode(&b, ps) == 0)
    cd_cache_put(path, b.ptr, b.len);
  cd_buf_dispose(&b);
  free(ps->file);
  free(ps->used);
  memset(ps, 0, sizeof *ps);
}

void rl_tree_free(rl_tree *t) {
  free(t->block);
  free(t->items);
  free(t->pairs);
  free(t->file);
  memset(t, 0, sizeof *t);
}
