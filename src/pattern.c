/* pattern.c: POSIX extended patterns as Thompson NFAs; see pattern.h.
 *
 * Two steps, each in its own section: a recursive-descent parser builds a
 * small syntax tree (nodes in one array), and the code generator emits the
 * NFA from it (a bounded repetition emits its operand once a copy). The
 * matcher runs the NFA as a DFA built lazily (below): O(bytes) table
 * look-ups once warm, O(bytes x instructions) at worst. */
#include "pattern.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* ---- The syntax tree ---------------------------------------------------- */

typedef enum { N_SET, N_CAT, N_ALT, N_REP, N_BOL, N_EOL, N_EMPTY } node_type;

typedef struct node {
  node_type type;
  int a, b;     /* operands (N_CAT, N_ALT: both; N_REP: a) */
  int min, max; /* N_REP; max -1: no bound */
  int set;      /* N_SET: index into the byte sets */
} node;

typedef struct byteset {
  uint32_t bits[8];
} byteset;

typedef struct parser {
  const char *src, *p;
  node *nodes;
  size_t nnodes, capnodes;
  byteset *sets;
  size_t nsets, capsets;
  char *msg;
  size_t msgn;
  int failed; /* -1 syntax, -2 memory */
  int depth;
} parser;

static void set_add(byteset *s, unsigned c) {
  s->bits[c >> 5] |= 1u << (c & 31);
}

static int set_has(const byteset *s, unsigned char c) {
  return (int)((s->bits[c >> 5] >> (c & 31)) & 1u);
}

static int fail(parser *ps, const char *what) {
  if (!ps->failed) {
    snprintf(ps->msg, ps->msgn, "%s at byte %d of the pattern", what, (int)(ps->p - ps->src));
    ps->failed = -1;
  }
  return -1;
}

static int new_node(parser *ps, node_type t, int a, int b) {
  if (ps->failed) return -1;
  if (cd_array_reserve((void **)&ps->nodes, &ps->capnodes, ps->nnodes + 1, sizeof *ps->nodes) < 0) {
    ps->failed = -2;
    return -1;
  }
  ps->nodes[ps->nnodes] = (node){t, a, b, 0, 0, -1};
  return (int)ps->nnodes++;
}

static int new_set(parser *ps, const byteset *s) {
  int n;
  if (cd_array_reserve((void **)&ps->sets, &ps->capsets, ps->nsets + 1, sizeof *ps->sets) < 0) {
    ps->failed = -2;
    return -1;
  }
  ps->sets[ps->nsets] = *s;
  if ((n = new_node(ps, N_SET, -1, -1)) >= 0) ps->nodes[n].set = (int)ps->nsets++;
  return n;
}

static int set_node_of(parser *ps, unsigned char c) {
  byteset s;
  memset(&s, 0, sizeof s);
  set_add(&s, c);
  return new_set(ps, &s);
}

/* [:name:] inside a bracket, at ps->p (after "[:"); adds its bytes. */
static int bracket_class(parser *ps, byteset *s) {
  static const char *const names[] = {"alpha", "digit", "alnum", "upper",  "lower",
                                      "space", "punct", "blank", "xdigit", "cntrl"};
  const char *end = strstr(ps->p, ":]");
  size_t k, len = end ? (size_t)(end - ps->p) : 0;
  for (k = 0; k < sizeof names / sizeof *names; k++)
    if (end && strlen(names[k]) == len && !memcmp(ps->p, names[k], len)) break;
  if (k == sizeof names / sizeof *names) return fail(ps, "unknown character class");
  for (unsigned c = 0; c < 128; c++) {
    int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
    int sp = c == ' ' || (c >= '\t' && c <= '\r'), cntrl = c < 32 || c == 127;
    int in[] = {up || lo,
                dig,
                up || lo || dig,
                up,
                lo,
                sp,
                c > 32 && c < 127 && !(up || lo || dig),
                c == ' ' || c == '\t',
                dig || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'),
                cntrl};
    if (in[k]) set_add(s, c);
  }
  ps->p = end + 2;
  return 0;
}

/* A bracket expression, at ps->p just after '['. */
static int bracket(parser *ps) {
  byteset s;
  int negate = 0, first = 1;
  memset(&s, 0, sizeof s);
  if (*ps->p == '^') negate = 1, ps->p++;
  for (;;) {
    unsigned char c = (unsigned char)*ps->p;
    if (c == '\0') return fail(ps, "unclosed '['");
    if (c == ']' && !first) break;
    first = 0;
    if (c == '[' && ps->p[1] == ':') {
      ps->p += 2;
      if (bracket_class(ps, &s) < 0) return -1;
      continue;
    }
    if (c == '[' && (ps->p[1] == '.' || ps->p[1] == '='))
      return fail(ps, "collating elements are not supported");
    if (ps->p[1] == '-' && ps->p[2] && ps->p[2] != ']') {
      unsigned char hi = (unsigned char)ps->p[2];
      if (hi < c) return fail(ps, "range out of order");
      for (unsigned k = c; k <= hi; k++) set_add(&s, k);
      ps->p += 3;
      continue;
    }
    set_add(&s, c);
    ps->p++;
  }
  ps->p++; /* ']' */
  if (negate)
    for (int i = 0; i < 8; i++) s.bits[i] = ~s.bits[i];
  return new_set(ps, &s);
}

static int alternation(parser *ps);

static int atom(parser *ps) {
  unsigned char c = (unsigned char)*ps->p;
  int n;
  switch (c) {
  case '(':
    if (++ps->depth > 100) return fail(ps, "groups nested too deep");
    ps->p++;
    n = alternation(ps);
    if (n < 0) return -1;
    if (*ps->p != ')') return fail(ps, "unclosed '('");
    ps->p++;
    ps->depth--;
    return n;
  case '[': ps->p++; return bracket(ps);
  case '.': {
    byteset s;
    memset(&s, 0xFF, sizeof s);
    ps->p++;
    return new_set(ps, &s);
  }
  case '^': ps->p++; return new_node(ps, N_BOL, -1, -1);
  case '$': ps->p++; return new_node(ps, N_EOL, -1, -1);
  case '\\':
    if (!ps->p[1]) return fail(ps, "trailing '\\'");
    ps->p += 2;
    return set_node_of(ps, (unsigned char)ps->p[-1]);
  case '*':
  case '+':
  case '?':
  case '{': return fail(ps, "nothing to repeat");
  default: ps->p++; return set_node_of(ps, c);
  }
}

static int read_count(parser *ps, int *out) {
  int v = 0;
  if (*ps->p < '0' || *ps->p > '9') return fail(ps, "a count must be a number");
  while (*ps->p >= '0' && *ps->p <= '9') {
    v = v * 10 + (*ps->p++ - '0');
    if (v > 255) return fail(ps, "a count is at most 255");
  }
  *out = v;
  return 0;
}

/* An atom and the repetitions after it. */
static int repetition(parser *ps) {
  int n = atom(ps);
  while (n >= 0) {
    int min = 0, max = 0, r;
    char c = *ps->p;
    if (c == '*' || c == '+' || c == '?') {
      min = c == '+';
      max = c == '?' ? 1 : -1;
      ps->p++;
    } else if (c == '{') {
      ps->p++;
      if (read_count(ps, &min) < 0) return -1;
      max = min;
      if (*ps->p == ',') {
        ps->p++;
        max = -1;
        if (*ps->p != '}' && read_count(ps, &max) < 0) return -1;
      }
      if (*ps->p != '}') return fail(ps, "unclosed '{'");
      if (max >= 0 && max < min) return fail(ps, "a count range out of order");
      ps->p++;
    } else {
      break;
    }
    if ((r = new_node(ps, N_REP, n, -1)) < 0) return -1;
    ps->nodes[r].min = min;
    ps->nodes[r].max = max;
    n = r;
  }
  return n;
}

/* A branch: repetitions one after another (an empty branch matches the
 * empty string). */
static int branch(parser *ps) {
  int n = -1;
  while (*ps->p && *ps->p != '|' && *ps->p != ')') {
    int r = repetition(ps);
    if (r < 0) return -1;
    n = n < 0 ? r : new_node(ps, N_CAT, n, r);
  }
  return n < 0 ? new_node(ps, N_EMPTY, -1, -1) : n;
}

static int alternation(parser *ps) {
  int n = branch(ps);
  while (n >= 0 && *ps->p == '|') {
    int r;
    ps->p++;
    if ((r = branch(ps)) < 0) return -1;
    n = new_node(ps, N_ALT, n, r);
  }
  return n;
}

/* ---- The program -------------------------------------------------------- */

typedef enum { I_SET, I_SPLIT, I_JMP, I_BOL, I_EOL, I_MATCH } op;

typedef struct inst {
  op op;
  int x, y; /* I_SET: x the set; I_SPLIT: both targets; I_JMP: x */
} inst;

struct cd_pattern {
  inst *prog;
  size_t n;
  byteset *sets;
  size_t nsets;
  int floating;           /* 1: a match may start after the line's start (not every way in begins with '^') */
  unsigned char cls[256]; /* each byte's class: bytes every set treats alike share one */
  int ncls;
};

typedef struct emitter {
  const parser *ps;
  inst *prog;
  size_t n, cap;
  int failed;
} emitter;

static int emit(emitter *em, op o, int x, int y) {
  if (em->failed) return -1;
  if (em->n >= CD_PATTERN_MAX_PROGRAM) {
    em->failed = -1;
    return -1;
  }
  if (cd_array_reserve((void **)&em->prog, &em->cap, em->n + 1, sizeof *em->prog) < 0) {
    em->failed = -2;
    return -1;
  }
  em->prog[em->n] = (inst){o, x, y};
  return (int)em->n++;
}

static void gen(emitter *em, int k) {
  const node *nd = &em->ps->nodes[k];
  int split, jmp;
  switch (nd->type) {
  case N_SET: emit(em, I_SET, nd->set, 0); break;
  case N_BOL: emit(em, I_BOL, 0, 0); break;
  case N_EOL: emit(em, I_EOL, 0, 0); break;
  case N_EMPTY: break;
  case N_CAT:
    gen(em, nd->a);
    gen(em, nd->b);
    break;
  case N_ALT:
    split = emit(em, I_SPLIT, 0, 0);
    gen(em, nd->a);
    jmp = emit(em, I_JMP, 0, 0);
    if (em->failed) return;
    em->prog[split].x = split + 1;
    em->prog[split].y = (int)em->n;
    gen(em, nd->b);
    if (!em->failed) em->prog[jmp].x = (int)em->n;
    break;
  case N_REP:
    for (int i = 0; i < nd->min; i++) gen(em, nd->a);
    if (nd->max < 0) { /* L: split body, out; body; jmp L */
      split = emit(em, I_SPLIT, 0, 0);
      gen(em, nd->a);
      emit(em, I_JMP, split, 0);
      if (!em->failed) em->prog[split].x = split + 1, em->prog[split].y = (int)em->n;
    } else { /* max - min optional copies, each a way out */
      size_t first = em->n;
      for (int i = nd->min; i < nd->max && !em->failed; i++) {
        emit(em, I_SPLIT, 0, -1);
        gen(em, nd->a);
      }
      for (size_t i = first; i < em->n && !em->failed; i++)
        if (em->prog[i].op == I_SPLIT && em->prog[i].y == -1) /* this repetition's own splits */
          em->prog[i].x = (int)i + 1, em->prog[i].y = (int)em->n;
    }
    break;
  }
}

/* ---- Matching: a lazy DFA ----------------------------------------------
 *
 * A DFA state is the set of I_SET instructions live at a position (the
 * closure of what the last byte reached, plus the start in a search), with
 * two flags: a match is reached there inside the line, or at its end. Its
 * transitions are computed the first time a byte of a class is read in it
 * and kept (bytes that every bracket of the pattern treats alike are one
 * class: a few dozen, not 256), so a line costs one table look-up a byte
 * once the states it visits exist. A kept transition is the target's row
 * in the table, shifted left once, its low bit set when the target stops
 * the warm loop (a match there, or no thread left): -1, not yet known, has
 * it set too, so the loop tests one bit a byte. The states of a pattern (one automaton
 * for searches, one for prefixes) live in the work, up to DFA_MAX_STATES;
 * past that they are all dropped and built again as needed, so memory
 * stays bounded and the cost of a byte is never more than one closure:
 * O(instructions). */

#define DFA_MAX_STATES 512
#define DFA_HASH       1024 /* a power of two, over twice DFA_MAX_STATES */

typedef struct dstate {
  size_t sets; /* offset of its I_SET instructions in the pool */
  size_t nsets;
  int mid, end; /* a match at this position, inside the line / at its end */
} dstate;

typedef struct dfa {
  const cd_pattern *p;
  int anchored;
  int start;      /* the state at position 0, -1 not yet known */
  unsigned epoch; /* how many times the states were all dropped */
  dstate *st;
  size_t nst, capst;
  int *pool;
  size_t npool, cappool;
  int *next; /* next[s * ncls + class]: the state t after a byte of that class as
              * (t * ncls) << 1 | stops(t), -1 not yet known */
  size_t capnext;
  int hash[DFA_HASH]; /* state index + 1, 0 empty */
} dfa;

struct cd_pattern_work {
  int *list, *kernel, *stack; /* closure scratch, cap entries each (stack 2 cap + 2) */
  uint32_t *mark;
  size_t cap;
  uint32_t gen;
  dfa *dfas; /* one a pattern and mode matched so far */
  size_t ndfas, capdfas;
};

cd_pattern_work *cd_pattern_work_new(void) {
  return calloc(1, sizeof(cd_pattern_work));
}

static void dfa_dispose(dfa *d) {
  free(d->st);
  free(d->pool);
  free(d->next);
}

void cd_pattern_work_free(cd_pattern_work *w) {
  if (!w) return;
  free(w->list);
  free(w->kernel);
  free(w->stack);
  free(w->mark);
  for (size_t i = 0; i < w->ndfas; i++) dfa_dispose(&w->dfas[i]);
  free(w->dfas);
  free(w);
}

static int work_fit(cd_pattern_work *w, size_t n) {
  if (n <= w->cap) return 0;
  free(w->list);
  free(w->kernel);
  free(w->stack);
  free(w->mark);
  w->list = malloc(n * sizeof *w->list);
  w->kernel = malloc(n * sizeof *w->kernel);
  w->stack = malloc((2 * n + 2) * sizeof *w->stack);
  w->mark = calloc(n, sizeof *w->mark);
  w->gen = 0;
  w->cap = 0;
  if (!w->list || !w->kernel || !w->stack || !w->mark) return -1;
  w->cap = n;
  return 0;
}

/* The I_SET instructions reached from kernel[0, nk) without reading a
 * byte, into w->list (*n of them, in order of reaching); 1 when I_MATCH
 * is reached. bol, eol: the position is the line's start, its end.
 * *saw_eol (when not NULL) is set when an I_EOL was reached: only then can
 * the answer at the line's end differ. */
static int closure(const cd_pattern *p, cd_pattern_work *w, const int *kernel, size_t nk, int bol, int eol,
                   size_t *n, int *saw_eol) {
  int hit = 0;
  size_t top = 0;
  if (++w->gen == 0) {
    memset(w->mark, 0, w->cap * sizeof *w->mark);
    w->gen = 1;
  }
  assert(w->stack && w->mark && w->list); /* work_fit made them */
  *n = 0;
  for (size_t i = nk; i-- > 0;) w->stack[top++] = kernel[i];
  while (top) {
    int pc = w->stack[--top];
    const inst *in = &p->prog[pc];
    if (w->mark[pc] == w->gen) continue;
    w->mark[pc] = w->gen;
    switch (in->op) {
    case I_SET: w->list[(*n)++] = pc; break;
    case I_MATCH: hit = 1; break;
    case I_JMP: w->stack[top++] = in->x; break;
    case I_SPLIT:
      w->stack[top++] = in->y;
      w->stack[top++] = in->x;
      break;
    case I_BOL:
      if (bol) w->stack[top++] = pc + 1;
      break;
    case I_EOL:
      if (saw_eol) *saw_eol = 1;
      if (eol) w->stack[top++] = pc + 1;
      break;
    }
  }
  return hit;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

/* Sorts v[0, n): by insertion when short (most states hold a few dozen
 * instructions), else qsort. */
static void sort_ints(int *v, size_t n) {
  if (n > 32) {
    qsort(v, n, sizeof *v, cmp_int);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    int x = v[i];
    size_t j = i;
    for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
    v[j] = x;
  }
}

static unsigned hash_state(const int *sets, size_t n, int mid, int end) {
  uint32_t h = 2166136261u ^ (uint32_t)(mid * 2 + end);
  for (size_t i = 0; i < n; i++) h = (h ^ (uint32_t)sets[i]) * 16777619u;
  return h & (DFA_HASH - 1);
}

static void dfa_reset(dfa *d) {
  d->nst = d->npool = 0;
  d->start = -1;
  d->epoch++;
  memset(d->hash, 0, sizeof d->hash);
}

/* The state of kernel[0, nk) at a position (bol: the line's start), found
 * or made; -2 when out of memory. Making one may first drop every state
 * (the cache is full): the caller's state indices are then stale. */
static int dfa_state(dfa *d, cd_pattern_work *w, const int *kernel, size_t nk, int bol) {
  size_t n, n_end;
  int mid, end, saw_eol = 0;
  unsigned h;
  dstate *st;
  /* the states at the line's end: another closure only where an I_EOL
   * was met (its list is not needed: no byte follows) */
  end = closure(d->p, w, kernel, nk, bol, 1, &n_end, &saw_eol);
  mid = saw_eol ? closure(d->p, w, kernel, nk, bol, 0, &n, NULL) : end;
  if (!saw_eol) n = n_end;
  sort_ints(w->list, n);
  for (h = hash_state(w->list, n, mid, end); d->hash[h]; h = (h + 1) & (DFA_HASH - 1)) {
    assert(d->st && d->pool); /* a hashed state was stored */
    st = &d->st[d->hash[h] - 1];
    if (st->nsets == n && st->mid == mid && st->end == end &&
        (n == 0 || !memcmp(d->pool + st->sets, w->list, n * sizeof *w->list)))
      return d->hash[h] - 1;
  }
  if (d->nst == DFA_MAX_STATES) {
    dfa_reset(d);
    h = hash_state(w->list, n, mid, end);
  }
  if (cd_array_reserve((void **)&d->st, &d->capst, d->nst + 1, sizeof *d->st) < 0 ||
      cd_array_reserve((void **)&d->pool, &d->cappool, d->npool + n + 1, sizeof *d->pool) < 0 ||
      cd_array_reserve((void **)&d->next, &d->capnext, (d->nst + 1) * (size_t)d->p->ncls, sizeof *d->next) <
          0)
    return -2;
  st = &d->st[d->nst];
  st->sets = d->npool;
  st->nsets = n;
  st->mid = mid;
  st->end = end;
  memset(d->next + d->nst * (size_t)d->p->ncls, 0xFF, (size_t)d->p->ncls * sizeof *d->next);
  memcpy(d->pool + d->npool, w->list, n * sizeof *w->list);
  d->npool += n;
  d->hash[h] = (int)++d->nst;
  return (int)d->nst - 1;
}

/* State t as a kept transition (see above): its row, and whether it stops
 * the warm loop. */
static int transition_to(const dfa *d, int t) {
  return (int)(((size_t)t * (size_t)d->p->ncls) << 1) | (d->st[t].mid || d->st[t].nsets == 0);
}

/* The state after reading byte c in state s. */
static int dfa_step(dfa *d, cd_pattern_work *w, int s, unsigned char c) {
  size_t nk = 0;
  unsigned epoch;
  int t;
  const dstate *st = &d->st[s];
  int *slot = &d->next[(size_t)s * (size_t)d->p->ncls + d->p->cls[c]];
  if (*slot >= 0) return (int)((size_t)(*slot >> 1) / (size_t)d->p->ncls);
  for (size_t i = 0; i < st->nsets; i++) {
    int pc = d->pool[st->sets + i];
    if (set_has(&d->p->sets[d->p->prog[pc].x], c)) w->kernel[nk++] = pc + 1;
  }
  if (!d->anchored) w->kernel[nk++] = 0; /* a match may start at the next byte */
  epoch = d->epoch;
  t = dfa_state(d, w, w->kernel, nk, 0);
  if (t >= 0 && d->epoch == epoch) /* s survived making t (the table may have moved) */
    d->next[(size_t)s * (size_t)d->p->ncls + d->p->cls[c]] = transition_to(d, t);
  return t;
}

/* The automaton of p in mode anchored, from the work (made the first
 * time). */
static dfa *dfa_of(cd_pattern_work *w, const cd_pattern *p, int anchored) {
  dfa *d;
  for (size_t i = 0; i < w->ndfas; i++)
    if (w->dfas[i].p == p && w->dfas[i].anchored == anchored) return &w->dfas[i];
  if (cd_array_reserve((void **)&w->dfas, &w->capdfas, w->ndfas + 1, sizeof *w->dfas) < 0) return NULL;
  d = &w->dfas[w->ndfas++];
  memset(d, 0, sizeof *d);
  d->p = p;
  d->anchored = anchored;
  dfa_reset(d);
  return d;
}

/* The warm path: from state *cur at s[pos], the known transitions into
 * states that stop nothing, while a byte follows; returns the position
 * reached, *cur the state there. The caller takes the next step. */
static size_t warm(const dfa *d, const char *s, size_t len, size_t pos, int *cur) {
  const int *next = d->next;
  const unsigned char *cls = d->p->cls;
  size_t ncls = (size_t)d->p->ncls, row = (size_t)*cur * ncls, from = pos;
  int e;
  while (pos + 1 < len && !((e = next[row + cls[(unsigned char)s[pos]]]) & 1)) {
    row = (size_t)(e >> 1);
    pos++;
  }
  if (pos != from) *cur = (int)(row / ncls);
  return pos;
}

/* Matching s[0, len). anchored: only matches starting at 0, and the result
 * is the longest one's end; else the result is 1 at the first match found
 * anywhere. -1: no match; -2: out of memory. */
static long run(const cd_pattern *p, cd_pattern_work *w, const char *s, size_t len, int anchored) {
  dfa *d;
  long best = -1;
  int cur;
  static const int start_kernel[1] = {0};
  if (work_fit(w, p->n) < 0 || !(d = dfa_of(w, p, anchored))) return -2;
  if (d->start < 0 && (d->start = dfa_state(d, w, start_kernel, 1, 1)) < 0) return -2;
  cur = d->start;
  for (size_t pos = 0;; pos++) {
    const dstate *st = &d->st[cur];
    if (pos == len ? st->end : st->mid) {
      if (!anchored) return 1;
      best = (long)pos;
    }
    if (pos == len || (anchored && st->nsets == 0)) break;
    pos = warm(d, s, len, pos, &cur);
    if ((cur = dfa_step(d, w, cur, (unsigned char)s[pos])) < 0) return -2;
  }
  return best;
}

int cd_pattern_search(const cd_pattern *p, cd_pattern_work *w, const char *s, size_t len) {
  long r = run(p, w, s, len, !p->floating); /* a match at the start only: read no further than it */
  return r == -2 ? -1 : r >= 0;
}

long cd_pattern_prefix(const cd_pattern *p, cd_pattern_work *w, const char *s, size_t len) {
  return run(p, w, s, len, 1);
}

size_t cd_pattern_size(const cd_pattern *p) {
  return p->n;
}

/* ---- Compiling ---------------------------------------------------------- */

/* Has set k of p the same bytes as an earlier one? seen is a table of
 * cap (a power of two) set indices + 1, 0 for empty, filled as sets are
 * asked about. */
static int seen_before(const cd_pattern *p, size_t k, uint32_t *seen, size_t cap) {
  uint64_t h = 0;
  size_t i;
  for (int w = 0; w < 8; w++) h = (h ^ p->sets[k].bits[w]) * 0x100000001B3u;
  for (i = (size_t)(h ^ h >> 29) & (cap - 1); seen[i]; i = (i + 1) & (cap - 1))
    if (!memcmp(&p->sets[seen[i] - 1], &p->sets[k], sizeof p->sets[k])) return 1;
  seen[i] = (uint32_t)k + 1;
  return 0;
}

/* Bytes every set of p treats alike share a class: the partition of the
 * 256 bytes refined by each set in turn. A set equal to an earlier one
 * refines nothing (the classes keep their numbers), so it is passed over:
 * most of a pattern's sets are its literal letters, over and over.
 * O(sets x 32 + distinct sets x 256). */
static void byte_classes(cd_pattern *p) {
  int n = 1;
  size_t cap = 16;
  uint32_t *seen;
  while (cap < 2 * p->nsets) cap *= 2;
  seen = calloc(cap, sizeof *seen); /* NULL: every set is refined with */
  memset(p->cls, 0, sizeof p->cls);
  for (size_t k = 0; k < p->nsets && n < 256; k++) {
    int newid[512], m = 0;
    unsigned char next[256];
    if (seen && seen_before(p, k, seen, cap)) continue;
    for (int i = 0; i < 2 * n; i++) newid[i] = -1;
    for (int b = 0; b < 256; b++) {
      int key = p->cls[b] * 2 + set_has(&p->sets[k], (unsigned char)b);
      if (newid[key] < 0) newid[key] = m++;
      next[b] = (unsigned char)newid[key];
    }
    memcpy(p->cls, next, sizeof next);
    n = m;
  }
  free(seen);
  p->ncls = n;
}

int cd_pattern_compile(cd_pattern **out, const char *src, char *msg, size_t msgn) {
  parser ps;
  emitter em;
  cd_pattern *p = NULL;
  cd_pattern_work *w;
  int root, start = 0;
  size_t n;
  memset(&ps, 0, sizeof ps);
  memset(&em, 0, sizeof em);
  ps.src = ps.p = src;
  ps.msg = msg;
  ps.msgn = msgn;
  *out = NULL;
  root = alternation(&ps);
  if (root >= 0 && *ps.p == ')') root = fail(&ps, "unmatched ')'");
  if (root >= 0) {
    em.ps = &ps;
    gen(&em, root);
    emit(&em, I_MATCH, 0, 0);
    if (em.failed == -1) snprintf(msg, msgn, "pattern too large (over %d NFA steps)", CD_PATTERN_MAX_PROGRAM);
  }
  if (root >= 0 && !em.failed && (p = calloc(1, sizeof *p))) {
    p->prog = em.prog;
    p->n = em.n;
    p->sets = ps.sets;
    p->nsets = ps.nsets;
    free(ps.nodes);
    if (!(w = cd_pattern_work_new()) || work_fit(w, p->n) < 0) {
      cd_pattern_work_free(w);
      cd_pattern_free(p);
      return -2;
    }
    p->floating = closure(p, w, &start, 1, 0, 0, &n, NULL) || n > 0;
    byte_classes(p);
    cd_pattern_work_free(w);
    *out = p;
    return 0;
  }
  free(em.prog);
  free(ps.nodes);
  free(ps.sets);
  if (ps.failed == -2 || em.failed == -2 || (root >= 0 && !em.failed)) return -2;
  return -1;
}

void cd_pattern_free(cd_pattern *p) {
  if (!p) return;
  free(p->prog);
  free(p->sets);
  free(p);
}
