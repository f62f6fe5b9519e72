/* trim.c: boilerplate lines by rule; see trim.h.
 *
 * A line is compared after trimming white space and list bullets, so
 * "  • Al Jazeera" and "Al Jazeera" are one shape. Rules are tried in file
 * order; the first that matches decides the action, except that a
 * strip-prefix rule cuts its dateline off and lets the later rules judge
 * the rest. The words of every rule (lines, prefixes, contains) are
 * compiled together once a cd_trim (words_plan, below) and read a line
 * once for all rules; patterns, max_words and repeated are judged rule by
 * rule, as far as the first rule that matches. */
#include "trim.h"

#include <assert.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bits.h"
#include "buf.h"
#include "norm.h"
#include "utf8.h"

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

/* Trims spaces and leading bullets ("-", "*", "•", "·"). */
static void trim_line(const char *p, size_t len, size_t *s, size_t *e) {
  size_t a = 0, b = len;
  for (;;) {
    while (a < b && is_space((unsigned char)p[a])) a++;
    if (a < b && (p[a] == '-' || p[a] == '*') && a + 1 < b && p[a + 1] == ' ') {
      a++;
      continue;
    }
    if (b - a >= 3 && (memcmp(p + a, "\xE2\x80\xA2", 3) == 0 || /* • */
                       memcmp(p + a, "\xC2\xB7", 2) == 0)) {    /* · */
      a += (unsigned char)p[a] == 0xE2 ? 3 : 2;
      continue;
    }
    break;
  }
  while (b > a && is_space((unsigned char)p[b - 1])) b--;
  *s = a;
  *e = b;
}

/* 1 for the ASCII bytes that go on a word and change nothing else
 * count_words keeps: all but space, tab and . ! ? */
static const unsigned char word_goes_on[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 00-1f */
    0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, /* 20-3f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 40-5f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 60-7f */
};

/* Words of a line: runs of non-space; each two Han characters count as one
 * word, so a short Chinese headline is not mistaken for a fragment. The
 * count stops once it passes limit (the caller's question is answered);
 * *has_final_punct is then of the part read. */
static int count_words(const char *p, size_t len, int limit, int *has_final_punct) {
  int words = 0, han = 0, inword = 0;
  const char *e = p + len, *q = p;
  *has_final_punct = 0;
  while (q < e && words + (han + 1) / 2 <= limit) {
    int32_t cp = (unsigned char)*q;
    int k = 1;
    if (cp >= 0xE0 && cp < 0xF0 && e - q >= 3) { /* three bytes (Han), as cd_utf8_next reads them */
      cp = (cp & 0x0F) << 12 | ((unsigned char)q[1] & 0x3F) << 6 | ((unsigned char)q[2] & 0x3F);
      k = 3;
    } else if (cp >= 0x80) { /* ASCII without a call: most bytes */
      k = cd_utf8_next(q, e, &cp);
    }
    if (cp == ' ' || cp == '\t') {
      inword = 0;
    } else if (cd_is_han(cp)) {
      han++;
      inword = 0;
    } else if (!inword) {
      inword = 1;
      words++;
    }
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF1B) *has_final_punct = 1;
    q += k;
    if (inword) /* the rest of the word: a look-up a byte (the count and the limit test stay) */
      while (q < e && word_goes_on[(unsigned char)*q]) q++;
  }
  return words + (han + 1) / 2;
}

/* The bytes a strip-prefix rule cuts off the line p[0, len): its leading
 * space and bullets, the match (which must start there) and the space
 * after it; 0 when there is no match. */
static size_t prefix_len(const cd_bp_rule *r, cd_pattern_work *w, const char *p, size_t len) {
  size_t s, e;
  long eo;
  trim_line(p, len, &s, &e);
  if (e == s || (eo = cd_pattern_prefix(r->pattern, w, p + s, e - s)) <= 0) return 0;
  s += (size_t)eo;
  while (s < len && is_space((unsigned char)p[s])) s++;
  return s;
}

/* Do rule r's words (lines, prefixes, contains) match the trimmed line
 * p[0, len)? Rule by rule, for cd_trim_line_matches and the reference
 * trimming; words_scan below does all rules at once. */
static int words_match(const cd_bp_rule *r, const char *p, size_t len) {
  for (size_t i = 0; i < r->nlines; i++) {
    size_t l = strlen(r->lines[i]), n = len;
    while (n > l && strchr(":.!", p[n - 1])) /* "Comments:" is "comments" */
      n--;
    if (n == l && memcmp(p, r->lines[i], l) == 0) return 1;
  }
  for (size_t i = 0; i < r->nprefixes; i++) {
    size_t l = strlen(r->prefixes[i]);
    if (len >= l && memcmp(p, r->prefixes[i], l) == 0) return 1;
  }
  for (size_t j = 0; j < len && r->ncontains; j++) { /* the words that start with this byte */
    unsigned char c = (unsigned char)p[j];
    for (size_t i = r->contains_from[c]; i < r->contains_from[c + 1]; i++) {
      const char *word = r->contains[i];
      size_t l;
      if (word[1] && (j + 1 >= len || word[1] != p[j + 1])) continue; /* the second byte first */
      l = strlen(word);
      if (l <= len - j && memcmp(p + j, word, l) == 0) return 1;
    }
  }
  return 0;
}

/* Does rule r's max_words or pattern match the trimmed line p[0, len)?
 * The pattern is read only when may (see may_match below). */
static int shape_matches(const cd_bp_rule *r, cd_pattern_work *w, const char *p, size_t len, int may) {
  /* a line that ends on . ! ? has too many words or, read to its end, a
   * final mark: no count needed (most lines of prose) */
  if (r->max_words && p[len - 1] != '.' && p[len - 1] != '!' && p[len - 1] != '?') {
    int punct, words = count_words(p, len, r->max_words, &punct);
    if (words <= r->max_words && !punct) return 1;
  }
  if (r->pattern && may) {
    if (r->action == CD_BP_STRIP_PREFIX) return cd_pattern_prefix(r->pattern, w, p, len) > 0;
    return cd_pattern_search(r->pattern, w, p, len) == 1;
  }
  return 0;
}

static int line_matches(const cd_bp_rule *r, cd_pattern_work *w, const char *text, size_t len) {
  size_t s, e;
  trim_line(text, len, &s, &e);
  if (e == s) return 0;
  return words_match(r, text + s, e - s) || shape_matches(r, w, text + s, e - s, 1);
}

int cd_trim_line_matches(const cd_bp_rule *r, const char *text, size_t len) {
  cd_pattern_work *w = cd_pattern_work_new();
  int hit = w && line_matches(r, w, text, len);
  cd_pattern_work_free(w);
  return hit;
}

/* ---- Every rule's words at once -----------------------------------------
 *
 * A words_plan holds the lines, prefixes and contains words of all rules,
 * and their patterns' heads or words (the gates, below), each word marked
 * with the rule it belongs to, so that one reading of a line tells which
 * rules' words it holds (a bit a rule):
 *
 *   lines, prefixes   anchored at the line's start: indexed by their
 *   and heads         first two bytes, aw[aw_from[b], aw_from[b + 1]) those
 *                     of bucket b = aw_bucket(c0, c1) (a one-byte word's
 *                     c1 is 0); a line reads the words of its two buckets
 *                     only, about one word ("washington", "what ", "who ",
 *                     "when " would all be read by a line opening with 'w').
 *                     A pattern's heads (cd_pattern_heads) open its gate:
 *                     "washington" at the start, not anywhere, lets
 *                     dateline-place read a line
 *   contains          an Aho-Corasick automaton: a trie of the words, each
 *                     node with its failure link (the longest proper
 *                     suffix of its path that is a trie path) and the rules
 *                     whose words end there or at a suffix; each node has
 *                     a transition on every byte class (its failure
 *                     link's where the trie has none), all made at once,
 *                     so the automaton is read-only once built
 *
 *        root --f-- fo --l-- fol ... "follow us on"   (rule 1)
 *          \--i-- in --" "-- "in " ... "in your inbox" (rule 2)
 *
 * So a line costs two table look-ups a byte (its class, then the row's
 * entry) whatever the number of words and rules, and O(words x byte
 * classes) to build and to hold, once a cd_trim: 711 nodes of 96
 * classes for the shipped rules, 267 KB. (Rows stored on bytes, one load
 * a byte, were 1 MB, made at every start: 1.9M instructions and 250 page
 * faults of the H20 story's run, to save one instruction a byte.) Why not one
 * lazy DFA for every rule's patterns too: their union's states are the
 * product of the patterns' (a bounded count such as [^.]{0,80} times the
 * others), thousands where each pattern has hundreds, and each made
 * anew for every document (measured: three times the work of separate
 * automata on a typical document, twenty times on 1 MB once the cache is
 * full). */

typedef struct anchored_word {
  const char *w;
  size_t len;
  int bit;   /* in a line's hits: its rule's (r), or its rule's gate (nw x 64 + r) for a head */
  int whole; /* 1: a `lines` word (the whole line), 0: a prefix or a pattern's head */
} anchored_word;

#define AW_BUCKETS 1024 /* a power of two */

/* The bucket of the anchored words that begin with bytes c0, c1 (c1 0: a
 * one-byte word). */
static size_t aw_bucket(unsigned char c0, unsigned char c1) {
  return ((size_t)c0 * 33 + c1) & (AW_BUCKETS - 1);
}

/* The bucket of word w[0, len), len > 0. */
static size_t aw_bucket_of(const char *w, size_t len) {
  return aw_bucket((unsigned char)w[0], len > 1 ? (unsigned char)w[1] : 0);
}

/* The trie of the words (1. below): node x's children are first[x],
 * then sibling[] from one to the next, each on the byte class ccls[]. */
typedef struct trie {
  int *first, *sibling, *parent, *depth;
  unsigned char *ccls;
  size_t n; /* nodes, the root 0 */
} trie;

typedef struct words_plan {
  anchored_word *aw;
  size_t naw;
  size_t aw_from[AW_BUCKETS + 1];
  int *table;     /* the rows, a row before next's first */
  int *next;      /* next[node * ncls + class]: the node after a byte of that class, as its
                     row's offset (node * ncls), or SINK (-ncls) when rules end there (out):
                     SINK's row, next[-ncls, 0), goes to SINK on every byte */
  trie t;         /* the trie, for the node after a byte into SINK (words_step) */
  int *fail;      /* node -> failure link */
  uint64_t *bits; /* nbits words a node: its rules (nw words), then its gates (nw words) */
  uint64_t *init; /* nbits words: the gates of rules whose patterns need no words, always open */
  /* which rules a line may meet (line_rules), nw words each, a bit a rule: */
  uint64_t *worded; /* rules with lines, prefixes or contains words */
  uint64_t *ends;   /* [256 x nw]: rules whose pattern may end a line on that byte */
  uint64_t *always; /* rules that read every line: max_words, repeated */
  size_t nnodes;    /* nodes in the trie, the root 0 */
  size_t nw;        /* 64-bit words of a rule set, a bit a rule */
  size_t nbits;     /* 2 x nw: a rule set and a gate set */
  int ncls;         /* byte classes: each byte of a contains word its own, the rest 0 */
  unsigned char cls[256];
} words_plan;

static void plan_dispose(words_plan *wp) {
  free(wp->aw);
  free(wp->table);
  free(wp->t.first);
  free(wp->t.sibling);
  free(wp->t.ccls);
  free(wp->fail);
  free(wp->bits);
  free(wp->init);
  free(wp->worded);
  free(wp->ends);
  free(wp->always);
}

static void set_bit(uint64_t *set, int r) {
  set[r / 64] |= (uint64_t)1 << (r % 64);
}

static int has_bit(const uint64_t *set, int r) {
  return (int)((set[r / 64] >> (r % 64)) & 1u);
}

/* The heads of rule b's pattern (cd_pattern_heads): 0 when none. */
static size_t rule_heads(const cd_bp_rule *b, const char *const **out) {
  return b->pattern ? cd_pattern_heads(b->pattern, out) : 0;
}

/* The k-th word of rule b read at a line's start: its lines, its
 * prefixes, then its pattern's heads (*bit its rule's bit in a line's
 * hits, or its gate's for a head, *whole 1 for a `lines` word); NULL past
 * the last. */
static const char *anchored_at(const cd_bp_rule *b, size_t r, size_t nw, size_t k, int *bit, int *whole) {
  const char *const *heads;
  size_t nheads = rule_heads(b, &heads);
  *whole = k < b->nlines;
  *bit = (int)r;
  if (k < b->nlines) return b->lines[k];
  if ((k -= b->nlines) < b->nprefixes) return b->prefixes[k];
  *bit = (int)(nw * 64 + r);
  return k - b->nprefixes < nheads ? heads[k - b->nprefixes] : NULL;
}

/* The lines and prefixes of every rule, and its pattern's heads, by
 * their first two bytes' bucket. */
static int plan_anchored(words_plan *wp, const cd_bp_rule *bp, size_t nbp) {
  size_t at[AW_BUCKETS];
  const char *w;
  int bit, whole;
  for (size_t r = 0; r < nbp; r++)
    for (size_t k = 0; (w = anchored_at(&bp[r], r, wp->nw, k, &bit, &whole)); k++) {
      wp->naw++;
      wp->aw_from[aw_bucket_of(w, strlen(w)) + 1]++;
    }
  if (wp->naw && !(wp->aw = malloc(wp->naw * sizeof *wp->aw))) return -1;
  for (size_t b = 0; b < AW_BUCKETS; b++) wp->aw_from[b + 1] += wp->aw_from[b];
  for (size_t b = 0; b < AW_BUCKETS; b++) at[b] = wp->aw_from[b];
  for (size_t r = 0; r < nbp; r++)
    for (size_t k = 0; (w = anchored_at(&bp[r], r, wp->nw, k, &bit, &whole)); k++) {
      assert(wp->aw); /* naw counted this word */
      wp->aw[at[aw_bucket_of(w, strlen(w))]++] = (anchored_word){w, strlen(w), bit, whole};
    }
  return 0;
}

/* The most bytes a pattern's matches may end a line on for the line's
 * last byte to gate it alone (line_rules' ends): "[0-9]$" or "ago$|[0-9]$"
 * ends 1 line in 400 of kept text, where its words "0" ... "9" or ":" are
 * met every 50 bytes, each a step out of the automaton's loop. */
#define ENDS_GATE_MAX 16

/* The words that gate rule b's pattern anywhere in a line into *out, n
 * returned: the words every match holds (cd_pattern_words), unless the
 * pattern is gated at the line's start by its heads instead, or by the
 * line's last byte alone (it may end on ENDS_GATE_MAX bytes or fewer); 0
 * too when there is no pattern. */
static size_t gate_words(const cd_bp_rule *b, const char *const **out) {
  int ends = 0;
  if (!b->pattern || rule_heads(b, out)) return 0;
  for (int c = 0; c < 256 && ends <= ENDS_GATE_MAX; c++)
    ends += cd_pattern_may_end_on(b->pattern, (unsigned char)c);
  return ends > ENDS_GATE_MAX ? cd_pattern_words(b->pattern, out) : 0;
}

/* The i-th word of rule b the automaton reads: its contains words, then
 * its pattern's gate_words pw[0, np) (*gate set); NULL past the last. */
static const char *rule_word(const cd_bp_rule *b, const char *const *pw, size_t np, size_t i, int *gate) {
  *gate = i >= b->ncontains;
  if (i < b->ncontains) return b->contains[i];
  return i - b->ncontains < np ? pw[i - b->ncontains] : NULL;
}

/* The most transitions a words automaton may hold (8 MB; counted as rows
 * of 256, more than its classes, before the classes are known):
 * rules with more contains words than that are read rule by rule instead. */
#define PLAN_MAX_TRANSITIONS (1u << 21)

/* The child of x on class c, made when missing. */
static int trie_child(trie *t, int x, int c) {
  int y;
  for (y = t->first[x]; y >= 0; y = t->sibling[y])
    if (t->ccls[y] == c) return y;
  y = (int)t->n++;
  t->first[y] = -1;
  t->sibling[y] = t->first[x];
  t->first[x] = y;
  t->parent[y] = x;
  t->depth[y] = t->depth[x] + 1;
  t->ccls[y] = (unsigned char)c;
  return y;
}

/* The node after a byte of class c from node v, by the trie and the
 * failure links fail[] (made for v's depth and less). */
static int trie_goto(const trie *t, const int *fail, int v, int c) {
  for (;;) {
    for (int y = t->first[v]; y >= 0; y = t->sibling[y])
      if (t->ccls[y] == c) return y;
    if (v == 0) return 0;
    v = fail[v];
  }
}

/* The contains words of every rule, and its pattern's words, into the
 * automaton: the trie, then depth by depth each node's failure link, rule
 * set and complete row of transitions. Returns 0, 1 when the automaton
 * would be too large (nothing made), -1 when out of memory. */
static int plan_contains(words_plan *wp, const cd_bp_rule *bp, size_t nbp) {
  size_t bytes = 0, *bydepth = NULL, maxlen = 0, ncls;
  int *byd = NULL, rc = -1, gate;
  trie t = {NULL, NULL, NULL, NULL, NULL, 1};
  const char *word, *const *pw;
  for (size_t r = 0; r < nbp; r++)
    for (size_t i = 0, np = gate_words(&bp[r], &pw); (word = rule_word(&bp[r], pw, np, i, &gate)); i++) {
      size_t l = strlen(word);
      bytes += l;
      maxlen = l > maxlen ? l : maxlen;
      for (size_t k = 0; k < l; k++) wp->cls[(unsigned char)word[k]] = 1;
    }
  wp->ncls = 1;
  for (int c = 0; c < 256; c++) wp->cls[c] = wp->cls[c] ? (unsigned char)wp->ncls++ : 0;
  ncls = (size_t)wp->ncls;
  if ((bytes + 1) * 256 > PLAN_MAX_TRANSITIONS) return 1;
  if (!(t.first = malloc((bytes + 1) * sizeof *t.first)) ||
      !(t.sibling = malloc((bytes + 1) * sizeof *t.sibling)) ||
      !(t.parent = malloc((bytes + 1) * sizeof *t.parent)) ||
      !(t.depth = malloc((bytes + 1) * sizeof *t.depth)) || !(t.ccls = malloc(bytes + 1)) ||
      !(wp->bits = calloc((bytes + 1) * wp->nbits, sizeof *wp->bits)) ||
      !(bydepth = calloc(maxlen + 3, sizeof *bydepth)) || !(wp->init = calloc(wp->nbits, sizeof *wp->init)))
    goto out;
  t.first[0] = -1;
  t.depth[0] = 0;
  /* 1. the trie */
  for (size_t r = 0; r < nbp; r++) {
    const char *const *heads;
    size_t np = gate_words(&bp[r], &pw);
    if (!np && !rule_heads(&bp[r], &heads)) /* always open */
      set_bit(wp->init, (int)(wp->nw * 64 + r));
    for (size_t i = 0; (word = rule_word(&bp[r], pw, np, i, &gate)); i++) {
      int x = 0;
      for (const char *q = word; *q; q++) x = trie_child(&t, x, wp->cls[(unsigned char)*q]);
      set_bit(wp->bits + (size_t)x * wp->nbits, (int)(gate ? wp->nw * 64 + r : r));
    }
  }
  wp->nnodes = t.n;
  if (!(wp->table = malloc((t.n + 1) * ncls * sizeof *wp->table)) ||
      !(wp->fail = calloc(t.n, sizeof *wp->fail)) || !(byd = malloc(t.n * sizeof *byd)))
    goto out;
  wp->next = wp->table + ncls;
  /* 2. the nodes by depth, the root first (a counting sort: byd[1 +
   * bydepth[d], 1 + bydepth[d + 1]) are those of depth d) */
  for (size_t v = 1; v < t.n; v++) bydepth[t.depth[v]]++;
  for (size_t d = 1; d <= maxlen + 2; d++) bydepth[d] += bydepth[d - 1];
  for (size_t v = t.n; v-- > 1;) byd[1 + --bydepth[t.depth[v]]] = (int)v;
  byd[0] = 0;
  wp->fail[0] = 0; /* no word is empty: the root is no node of SINK's */
  /* 3. node by node in that order, each row made as words_scan reads it:
   * its failure link's (shallower, so complete), then an entry for each
   * child, whose failure link (trie_goto) and rules are read from
   * shallower nodes: the child's row's offset (node * ncls), so that a
   * byte costs no multiplication, or SINK where rules end, so that sixteen
   * bytes cost one test (offsets fit an int: at most
   * PLAN_MAX_TRANSITIONS). Each entry is written once, in its final form:
   * no pass over the table after it. */
  for (size_t c = 0; c < ncls; c++) wp->next[c] = 0, wp->table[c] = -(int)ncls;
  for (size_t k = 0; k < t.n; k++) {
    int v = byd[k];
    if (v)
      memcpy(wp->next + (size_t)v * ncls, wp->next + (size_t)wp->fail[v] * ncls, ncls * sizeof *wp->next);
    for (int y = t.first[v]; y >= 0; y = t.sibling[y]) {
      int f = v == 0 ? 0 : trie_goto(&t, wp->fail, wp->fail[v], t.ccls[y]), out = 0;
      wp->fail[y] = f;
      for (size_t b = 0; b < wp->nbits; b++) {
        wp->bits[(size_t)y * wp->nbits + b] |= wp->bits[(size_t)f * wp->nbits + b];
        out |= wp->bits[(size_t)y * wp->nbits + b] != 0;
      }
      wp->next[(size_t)v * ncls + t.ccls[y]] = out ? -(int)ncls : (int)((size_t)y * ncls);
    }
  }
  wp->t = t; /* the trie's children, kept */
  t.first = t.sibling = NULL;
  t.ccls = NULL;
  rc = 0;
out:
  free(t.first);
  free(t.sibling);
  free(t.parent);
  free(t.depth);
  free(t.ccls);
  free(bydepth);
  free(byd);
  return rc;
}

static int has_words(const cd_bp_rule *b) {
  return b->nlines || b->nprefixes || b->ncontains;
}

/* The sets line_rules reads (see words_plan): 0, or -1 when out of
 * memory. A headline_run rule is in none: it is judged on the page. */
static int plan_line_rules(words_plan *wp, const cd_bp_rule *bp, size_t nbp) {
  size_t nw = wp->nw;
  if (!(wp->worded = calloc(nw, sizeof *wp->worded)) || !(wp->always = calloc(nw, sizeof *wp->always)) ||
      !(wp->ends = calloc(256 * nw, sizeof *wp->ends)))
    return -1;
  for (size_t r = 0; r < nbp; r++) {
    if (bp[r].headline_run) continue;
    if (has_words(&bp[r])) set_bit(wp->worded, (int)r);
    if (bp[r].max_words || bp[r].repeated) set_bit(wp->always, (int)r);
    for (int c = 0; c < 256 && bp[r].pattern; c++)
      if (cd_pattern_may_end_on(bp[r].pattern, (unsigned char)c)) set_bit(wp->ends + (size_t)c * nw, (int)r);
  }
  return 0;
}

/* The words of bp[0, nbp) into wp: 0, or 1 when there are too many for one
 * automaton (wp is left empty), or -1 when out of memory. */
static int plan_init(words_plan *wp, const cd_bp_rule *bp, size_t nbp) {
  int rc;
  memset(wp, 0, sizeof *wp);
  wp->nw = nbp ? (nbp + 63) / 64 : 1;
  wp->nbits = 2 * wp->nw;
  if ((rc = plan_anchored(wp, bp, nbp)) == 0 && (rc = plan_contains(wp, bp, nbp)) == 0)
    rc = plan_line_rules(wp, bp, nbp);
  if (rc != 0) {
    plan_dispose(wp);
    memset(wp, 0, sizeof *wp);
  }
  return rc;
}

/* The words automaton after byte c from the node whose row is x (not
 * SINK's): the new node's row; the rules that end there go into hits
 * (its node found by the trie: the table says SINK). */
static inline long words_step(const words_plan *wp, long x, unsigned char c, uint64_t *hits) {
  long v = wp->next[x + wp->cls[c]];
  int y;
  if (v >= 0) return v;
  y = trie_goto(&wp->t, wp->fail, (int)((size_t)x / (size_t)wp->ncls), wp->cls[c]);
  for (size_t b = 0; b < wp->nbits; b++) hits[b] |= wp->bits[(size_t)y * wp->nbits + b];
  return (long)y * wp->ncls;
}

/* The automaton after the sixteen bytes q[0, 16) from row x: SINK's row
 * (below 0) when a rule's word ended in them. A table look-up a byte, no
 * test (words_step's was a sixth of the scan). */
static inline long words_16(const words_plan *wp, long x, const unsigned char *q) {
  const int *next = wp->next;
  const unsigned char *cls = wp->cls;
  for (int i = 0; i < 16; i++) x = next[x + cls[q[i]]];
  return x;
}

/* The words of bucket b that the trimmed line p[0, len) begins with (or
 * is, for a `lines` word: bare is its length without its closing marks)
 * into hits. */
static void anchored_scan(const words_plan *wp, size_t b, const char *p, size_t len, size_t bare,
                          uint64_t *hits) {
  for (size_t i = wp->aw_from[b]; i < wp->aw_from[b + 1]; i++) {
    const anchored_word *a = &wp->aw[i];
    /* the second byte without a call (the bucket may be another pair's too) */
    if (a->len <= len && (!a->whole || a->len >= bare) && (a->len < 2 || p[1] == a->w[1]) &&
        memcmp(p, a->w, a->len) == 0)
      set_bit(hits, a->bit);
  }
}

/* The rules whose words the trimmed line p[0, len) holds, into hits
 * (wp->nbits words): bit r when rule r's lines, prefixes or contains
 * words match, bit r of the gates (hits + nw) when the line begins with
 * one of its pattern's heads, or (a pattern without heads) holds one of
 * the words every match of it holds, or the pattern needs neither. One
 * reading of the line. */
static void words_scan(const words_plan *wp, const char *p, size_t len, uint64_t *hits) {
  const unsigned char *q = (const unsigned char *)p, *end = q + len;
  size_t bare = len; /* the line without its closing ':', '.', '!' ("Comments:" is "comments") */
  size_t b = aw_bucket_of(p, len), b1 = aw_bucket_of(p, 1);
  long x = 0; /* x: the node's row, node * ncls */
  memcpy(hits, wp->init, wp->nbits * sizeof *hits);
  while (bare > 0 && (p[bare - 1] == ':' || p[bare - 1] == '.' || p[bare - 1] == '!' || p[bare - 1] == '\0'))
    bare--;
  anchored_scan(wp, b, p, len, bare, hits);
  if (b1 != b) anchored_scan(wp, b1, p, len, bare, hits); /* its first byte's one-byte words */
  /* sixteen bytes a round, then four: the loop's own test would be most of
     a byte's work (measured a MB of kept text: four a round 1.25
     instructions a byte more, eight 0.4 more) */
  for (; end - q >= 16; q += 16) {
    long from = x;
    if ((x = words_16(wp, x, q)) < 0) /* a rule's word ended in them (rare): again, byte by byte */
      for (int i = 0; i < 16; i++) x = from = words_step(wp, from, q[i], hits);
  }
  for (; end - q >= 4; q += 4) {
    x = words_step(wp, x, q[0], hits);
    x = words_step(wp, x, q[1], hits);
    x = words_step(wp, x, q[2], hits);
    x = words_step(wp, x, q[3], hits);
  }
  for (; q < end; q++) x = words_step(wp, x, *q, hits);
}

/* Does the line p[0, len) end a sentence: its last mark, before closing
 * quotes and brackets, is sentence punctuation or a colon (a colon opens
 * a list, which is content)? */
static int ends_sentence(const char *p, size_t len) {
  size_t s, e;
  unsigned char c;
  trim_line(p, len, &s, &e);
  while (e > s) {
    c = (unsigned char)p[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      e--;
    } else if (e - s >= 3 && (memcmp(p + e - 3, "\xE3\x80\x8D", 3) == 0 ||  /* 」 */
                              memcmp(p + e - 3, "\xE3\x80\x8F", 3) == 0 ||  /* 』 */
                              memcmp(p + e - 3, "\xE3\x80\x91", 3) == 0)) { /* 】 */
      e -= 3;
    } else {
      break;
    }
  }
  if (e == s) return 0;
  c = (unsigned char)p[e - 1]; /* strchr(".!?;:", c), its NUL too, without the call */
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\0') return 1;
  return e - s >= 3 && (memcmp(p + e - 3, "\xE3\x80\x82", 3) == 0 || /* 。 */
                        memcmp(p + e - 3, "\xEF\xBC\x9B", 3) == 0);  /* ； */
}

/* Does line k begin in lower case in the original (a wrap's run-on)? */
static int starts_lower(const cd_norm *nm, const char *orig, const cd_line *ln) {
  size_t s, e;
  unsigned char c;
  if (!orig) return 0;
  trim_line(nm->ptr + ln->nspan.start, ln->nspan.end - ln->nspan.start, &s, &e);
  if (e == s) return 0;
  c = (unsigned char)orig[cd_norm_orig(nm, ln->nspan.start + s)];
  return c >= 'a' && c <= 'z';
}

/* Is line k shaped as a linked headline: kept, three words or more, no
 * bullet, no sentence punctuation at its end, and neither it nor the line
 * after it begins in lower case (which would make it a wrapped line)?
 * *ends gets ends_sentence of the line where it was read, else -1. */
static int headline_shaped(const cd_norm *nm, const char *orig, const cd_line *lines, size_t n, size_t k,
                           int *ends) {
  const char *p = nm->ptr + lines[k].nspan.start;
  size_t len = lines[k].nspan.end - lines[k].nspan.start, i = 0;
  int punct;
  *ends = -1;
  if (lines[k].dropped) return 0;
  while (i < len && is_space((unsigned char)p[i])) i++;
  if (i == len || p[i] == '-' || p[i] == '*' || (len - i >= 2 && memcmp(p + i, "\xC2\xB7", 2) == 0) ||
      (len - i >= 3 && memcmp(p + i, "\xE2\x80\xA2", 3) == 0))
    return 0;
  if ((*ends = ends_sentence(p, len)) != 0 || count_words(p + i, len - i, 2, &punct) < 3) return 0;
  return !starts_lower(nm, orig, &lines[k]) && !(k + 1 < n && starts_lower(nm, orig, &lines[k + 1]));
}

/* Does the line end in a colon, opening a list? */
static int opens_list(const cd_norm *nm, const cd_line *ln) {
  size_t s, e;
  trim_line(nm->ptr + ln->nspan.start, ln->nspan.end - ln->nspan.start, &s, &e);
  return e > s && nm->ptr[ln->nspan.start + e - 1] == ':';
}

/* Drops, for rule r, each run of at least bp->headline_run adjacent
 * headline-shaped lines that comes after a kept line ending a sentence
 * (the article has begun) and does not follow a line ending in a colon (a
 * list the article introduces). A page's "Most read" or "More from" block
 * is such a run; a lone headline is not. One pass over the lines. */
static void drop_headline_runs(cd_line *lines, size_t n, const cd_norm *nm, const char *orig,
                               const cd_bp_rule *bp, int r) {
  int begun = 0, ends = -1, stop_ends = -1;
  size_t stop = SIZE_MAX; /* the line a run stopped at: no headline shape, ending a sentence if stop_ends */
  for (size_t k = 0; k < n;) {
    size_t j = k;
    /* each line is read once: the one a run stopped at is known (dropping
     * the run before it changes neither it nor the line after it) */
    if (k == stop)
      ends = stop_ends;
    else
      while (j < n && headline_shaped(nm, orig, lines, n, j, &ends)) j++;
    if (j == k) {
      if (!lines[k].dropped && (ends >= 0 ? ends
                                          : ends_sentence(nm->ptr + lines[k].nspan.start,
                                                          lines[k].nspan.end - lines[k].nspan.start)))
        begun = 1;
      k++;
      continue;
    }
    if (begun && j - k >= (size_t)bp->headline_run &&
        !(k > 0 && !lines[k - 1].dropped && opens_list(nm, &lines[k - 1])))
      for (size_t i = k; i < j; i++) {
        lines[i].dropped = 1;
        lines[i].rule = r;
      }
    stop = j;
    stop_ends = ends;
    k = j;
  }
}

/* What judging a line needs. */
typedef struct trimmer {
  const cd_norm *nm;
  const cd_bp_rule *bp;
  size_t nbp;
  cd_pattern_work *w;
  const words_plan *wp; /* NULL: each rule reads its own words (the reference) */
  uint64_t *hits;       /* wp->nbits words: the rules whose words the line holds, then the gates */
  uint64_t *may;        /* wp->nw words: the rules that may match the line (line_rules) */
  size_t *trims;        /* [2 x lines]: a judged line's trimmed bounds (offsets into the line), kept
                           as judge_line trims it, or made when repeats first asks for a line
                           judge_line never read (after a drop-rest); trims[2 * i] SIZE_MAX until then */
} trimmer;

/* Line i's trimmed bounds into *s, *e: i is judged (its span no longer
 * changes), so they are made once, for the eight lines after it (most by
 * judge_line, as it trims the line). */
static void judged_trim(const trimmer *t, const cd_line *lines, size_t i, size_t *s, size_t *e) {
  if (t->trims[2 * i] == SIZE_MAX)
    trim_line(t->nm->ptr + lines[i].nspan.start, lines[i].nspan.end - lines[i].nspan.start, &t->trims[2 * i],
              &t->trims[2 * i + 1]);
  *s = t->trims[2 * i];
  *e = t->trims[2 * i + 1];
}

/* Is line k's trimmed text, its bytes [s, e) (e > s), the same as an
 * earlier non-empty line's? */
static int repeats(const trimmer *t, const cd_line *lines, size_t k, size_t s, size_t e) {
  const cd_norm *nm = t->nm;
  for (size_t i = k; i-- > 0 && k - i <= 8;) { /* headlines repeat nearby */
    size_t s2, e2;
    judged_trim(t, lines, i, &s2, &e2);
    if (e2 - s2 == e - s &&
        memcmp(nm->ptr + lines[i].nspan.start + s2, nm->ptr + lines[k].nspan.start + s, e - s) == 0)
      return 1;
  }
  return 0;
}

/* May rule r's pattern match the trimmed line p[0, len) (len > 0), the
 * words scan done? Not when the line holds none of the words every match
 * holds (its gate is shut), nor when no match can end on its last byte.
 * Rule by rule (the reference) every pattern is read. */
static int may_match(const trimmer *t, const cd_bp_rule *b, size_t r, const char *p, size_t len) {
  if (!t->wp || !b->pattern) return 1;
  return has_bit(t->hits + t->wp->nw, (int)r) && cd_pattern_may_end_on(b->pattern, (unsigned char)p[len - 1]);
}

/* The rules that may match the scanned line whose trimmed text ends on
 * byte last, into t->may: those whose words it holds, those whose
 * pattern's gate is open and may end on last (may_match), and those that
 * read every line (max_words, repeated). Any other rule cannot match it,
 * and is not asked: a line costs its words scan and its few rules, not
 * a round of every rule. */
static void line_rules(trimmer *t, unsigned char last) {
  const words_plan *wp = t->wp;
  const uint64_t *gates = t->hits + wp->nw, *ends = wp->ends + (size_t)last * wp->nw;
  for (size_t b = 0; b < wp->nw; b++)
    t->may[b] = (t->hits[b] & wp->worded[b]) | (gates[b] & ends[b]) | wp->always[b];
}

/* The first rule at or after r that may match the line: in t->may with
 * the words plan, else every rule but the headline_run ones (judged on
 * the whole page, after); t->nbp when none is left. */
static size_t next_rule(const trimmer *t, size_t r) {
  if (!t->wp) {
    while (r < t->nbp && t->bp[r].headline_run) r++;
    return r;
  }
  for (size_t b = r / 64; b < t->wp->nw; b++) {
    uint64_t m = t->may[b] & (b == r / 64 ? ~(uint64_t)0 << (r % 64) : ~(uint64_t)0);
    if (m) return b * 64 + cd_lowest_bit(m);
  }
  return t->nbp;
}

/* Judges line k (lines before it judged) by the rules in order, all but
 * headline_run ones: the first that matches drops it, a strip-prefix rule
 * that finds a dateline cuts it off and the rules after it judge the rest.
 * The words of every rule are read at once, and again only after a cut;
 * then only the rules that may match are asked (line_rules). A blank line
 * matches no rule. */
static void judge_line(trimmer *t, cd_line *lines, size_t k) {
  cd_nspan32 *ln = &lines[k].nspan;
  size_t r = 0;
  for (int again = 1; again;) { /* again after each cut, from the rule after it */
    const char *text = t->nm->ptr + ln->start;
    size_t s, e;
    again = 0;
    trim_line(text, ln->end - ln->start, &s, &e);
    t->trims[2 * k] = s; /* for repeats of the lines after it (judged_trim): the span's last */
    t->trims[2 * k + 1] = e;
    if (e == s) return; /* blank: no rule matches it, nor will a later one (nothing cuts it) */
    if (t->wp) {
      words_scan(t->wp, text + s, e - s, t->hits);
      line_rules(t, (unsigned char)text[e - 1]);
    }
    for (; (r = next_rule(t, r)) < t->nbp; r++) {
      const cd_bp_rule *b = &t->bp[r];
      int hit = 0;
      if (b->action == CD_BP_STRIP_PREFIX) {
        /* a dateline: cut it off and try the later rules on the rest; a
         * line that was only a dateline is dropped whole */
        size_t cut = may_match(t, b, r, text + s, e - s) ? prefix_len(b, t->w, text, ln->end - ln->start) : 0;
        if (!cut) continue;
        lines[k].rule = (int)r;
        if (ln->start + cut < ln->end) {
          ln->start += (uint32_t)cut;
          r++;
          again = 1;
          break;
        }
        lines[k].dropped = 1;
        return;
      }
      if (!t->wp)
        hit = words_match(b, text + s, e - s);
      else if (has_words(b))
        hit = has_bit(t->hits, (int)r);
      /* a rule has a shape to match only with max_words, or a pattern
       * whose gate is open (may_match's first test, here without a call) */
      hit = hit ||
            ((b->max_words || (b->pattern && (!t->wp || has_bit(t->hits + t->wp->nw, (int)r)))) &&
             shape_matches(b, t->w, text + s, e - s, may_match(t, b, r, text + s, e - s))) ||
            (b->repeated && repeats(t, lines, k, s, e));
      if (!hit) continue;
      lines[k].dropped = 1;
      lines[k].rule = (int)r;
      return;
    }
  }
}

/* ---- Built once, used by every document ---------------------------------
 *
 * A cd_trim holds what trimming needs that does not depend on the
 * document: the words plan (read-only once built) and a pattern work
 * whose lazy automata the documents warm in turn. A call takes the work
 * out of the trim (an atomic exchange) and puts it back when done; a call
 * that finds none there (another thread holds it) makes its own for the
 * call. So one engine serves any number of documents, one after another
 * or at once, and the states a document builds are there for the next. */

struct cd_trim {
  const cd_bp_rule *bp; /* borrowed: the ruleset's */
  size_t nbp;
  words_plan wp;
  int planned;                      /* 1: wp holds every rule's words; 0: each rule reads its own */
  _Atomic(cd_pattern_work *) spare; /* the warm work, NULL while a call holds it */
};

static int trim_new(cd_trim **out, const cd_bp_rule *bp, size_t nbp, int by_rule, cd_error *err) {
  cd_trim *t = calloc(1, sizeof *t);
  int rc = by_rule ? 1 : -1;
  *out = NULL;
  if (t && !by_rule) rc = plan_init(&t->wp, bp, nbp); /* 1: too many words: rule by rule */
  if (!t || rc < 0) {
    free(t);
    cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    return CD_ENOMEM;
  }
  t->bp = bp;
  t->nbp = nbp;
  t->planned = rc == 0;
  atomic_init(&t->spare, NULL);
  *out = t;
  return 0;
}

int cd_trim_new(cd_trim **out, const cd_bp_rule *bp, size_t nbp, cd_error *err) {
  return trim_new(out, bp, nbp, 0, err);
}

void cd_trim_free(cd_trim *t) {
  if (!t) return;
  plan_dispose(&t->wp);
  cd_pattern_work_free(atomic_load(&t->spare));
  free(t);
}

/* The work for a call: the trim's warm one, or a new one when another
 * call holds it (NULL when out of memory). */
static cd_pattern_work *work_take(cd_trim *t) {
  cd_pattern_work *w = atomic_exchange(&t->spare, NULL);
  return w ? w : cd_pattern_work_new();
}

/* Puts w back for the next call, or frees it when the trim has one again. */
static void work_give_back(cd_trim *t, cd_pattern_work *w) {
  cd_pattern_work *none = NULL;
  if (!atomic_compare_exchange_strong(&t->spare, &none, w)) cd_pattern_work_free(w);
}

int cd_trim_mark(cd_line **out, size_t *n, cd_trim *tr, const cd_norm *nm, const char *orig, cd_error *err) {
  size_t cap = 0, capt = 0, k = 0, start = 0;
  cd_line *lines = NULL;
  int rest = -1, error = 0;
  trimmer t = {nm, tr->bp, tr->nbp, work_take(tr), tr->planned ? &tr->wp : NULL, NULL, NULL, NULL};
  *out = NULL;
  *n = 0;
  if (!t.w || (t.wp && (!(t.hits = malloc(t.wp->nbits * sizeof *t.hits)) ||
                        !(t.may = malloc(t.wp->nw * sizeof *t.may)))))
    error = CD_ENOMEM;
  /* one pass: each line found (one memchr) and judged, the arrays grown
   * as they fill rather than sized by a pass that counts the lines */
  for (size_t i = 0; !error && i <= nm->len; i = start) {
    const char *nl = memchr(nm->ptr + i, '\n', nm->len - i);
    if ((k == cap && cd_array_reserve((void **)&lines, &cap, k + 1, sizeof *lines) < 0) ||
        (2 * k + 2 > capt && cd_array_reserve((void **)&t.trims, &capt, 2 * k + 2, sizeof *t.trims) < 0)) {
      error = CD_ENOMEM;
      break;
    }
    i = nl ? (size_t)(nl - nm->ptr) : nm->len;
    lines[k].nspan.start = (uint32_t)start; /* under 4 GiB, as every offset of a document (norm.h) */
    lines[k].nspan.end = (uint32_t)i;
    t.trims[2 * k] = SIZE_MAX;
    lines[k].dropped = 0;
    lines[k].rule = -1;
    if (rest >= 0) {
      lines[k].dropped = 1;
      lines[k].rule = rest;
    } else {
      judge_line(&t, lines, k);
      if (lines[k].dropped && t.bp[lines[k].rule].action == CD_BP_DROP_REST) rest = lines[k].rule;
    }
    k++;
    start = i + 1;
  }
  free(t.hits);
  free(t.may);
  free(t.trims);
  if (error) {
    cd_pattern_work_free(t.w);
    free(lines);
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  for (size_t r = 0; r < t.nbp; r++)
    if (t.bp[r].headline_run) drop_headline_runs(lines, k, nm, orig, &t.bp[r], (int)r);
  work_give_back(tr, t.w);
  *out = lines;
  *n = k;
  return 0;
}

/* A trim made for one call (the rule examples' and tests' way in). */
static int trim_once(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                     size_t nbp, int by_rule, cd_error *err) {
  cd_trim *t = NULL;
  int error;
  if ((error = trim_new(&t, bp, nbp, by_rule, err)) < 0) return error;
  error = cd_trim_mark(out, n, t, nm, orig, err);
  cd_trim_free(t);
  return error;
}

int cd_trim_lines(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                  size_t nbp, cd_error *err) {
  return trim_once(out, n, nm, orig, bp, nbp, 0, err);
}

int cd_trim_lines_by_rule(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                          size_t nbp, cd_error *err) {
  return trim_once(out, n, nm, orig, bp, nbp, 1, err);
}
