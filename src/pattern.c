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

#include "bits.h"
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
  if (ps->nnodes == ps->capnodes && /* the call only when full: once a doubling */
      cd_array_reserve((void **)&ps->nodes, &ps->capnodes, ps->nnodes + 1, sizeof *ps->nodes) < 0) {
    ps->failed = -2;
    return -1;
  }
  ps->nodes[ps->nnodes] = (node){t, a, b, 0, 0, -1};
  return (int)ps->nnodes++;
}

static int new_set(parser *ps, const byteset *s) {
  int n;
  if (ps->nsets == ps->capsets &&
      cd_array_reserve((void **)&ps->sets, &ps->capsets, ps->nsets + 1, sizeof *ps->sets) < 0) {
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
  char **words; /* every match holds one of words[0, nwords) (NUL-terminated, no NUL inside); 0: none known */
  size_t nwords;
  char **
      heads; /* every match starts at the text's start with one of heads[0, nheads) (as words); 0: none known */
  size_t nheads;
  byteset last; /* the bytes a match can end the text on (all when one may end before it) */
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
  if (em->n == em->cap && cd_array_reserve((void **)&em->prog, &em->cap, em->n + 1, sizeof *em->prog) < 0) {
    em->failed = -2;
    return -1;
  }
  em->prog[em->n] = (inst){o, x, y};
  return (int)em->n++;
}

/* Once the program is over its cap, nothing more is generated: stacked
 * repetitions ("K++++...", each doubling its operand's code) would
 * otherwise recurse 2^n times after the cap was reached. */
static void gen(emitter *em, int k) {
  const node *nd = &em->ps->nodes[k];
  int split, jmp;
  if (em->failed) return;
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
  cd_sort_ints(w->list, n);
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

/* ---- What every match holds ---------------------------------------------
 *
 * The words: for each node of the syntax tree, children first (a node's
 * operands have lower indices), one of three facts about its matches:
 *
 *   EXACT set   each is exactly one of these strings ("" too)
 *   NEEDS set   each holds one of them (none "")
 *   ANY         nothing known
 *
 * and its tail: strings one of which each match ends with ("": none
 * known). A byte set of a few bytes is EXACT; a concatenation of EXACTs is
 * their product while it stays small, else it NEEDS the best of what its
 * two sides need and of the left side's tail followed by the right side
 * when that is EXACT (a branch is a chain of concatenations leaning left,
 * so a literal after a repetition, " | " in "[^|]{1,60} | ", is found
 * through the tail); an alternation is the union, cut shorter when too
 * many; a repetition at least once needs what its operand does. Best: the
 * longest shortest word (spaces not counted: nearly every line has one),
 * then the fewest words, then the longest. The root's needs are the pattern's words (what
 * RE2 and code search call a prefilter). Large trees are not analysed: no
 * words, which is always right. O(nodes x LIT_MAX^2 x LIT_LEN). */

#define LIT_MAX   24   /* strings in a set */
#define LIT_LEN   16   /* bytes in a string */
#define LIT_NODES 2048 /* the most nodes analysed */

typedef enum { L_ANY, L_EXACT, L_NEEDS } lit_kind;

typedef struct strset {
  int n;
  unsigned char len[LIT_MAX];
  char s[LIT_MAX][LIT_LEN];
} strset;

typedef struct lits {
  lit_kind kind;
  strset set;  /* EXACT, NEEDS */
  strset tail; /* each match ends with one of them; {""}: none known */
} lits;

/* Copies the strings of src (not the unused room) into dst. */
static void ss_copy(strset *dst, const strset *src) {
  dst->n = src->n;
  for (int i = 0; i < src->n; i++) {
    dst->len[i] = src->len[i];
    memcpy(dst->s[i], src->s[i], src->len[i]);
  }
}

static void ss_empty(strset *x) { /* {""} */
  x->n = 1;
  x->len[0] = 0;
}

/* Adds str[0, len) to x unless it is there; 0, or -1 when x is full or
 * the string too long. */
static int ss_add(strset *x, const char *str, size_t len) {
  for (int i = 0; i < x->n; i++)
    if (x->len[i] == len && !memcmp(x->s[i], str, len)) return 0;
  if (x->n == LIT_MAX || len > LIT_LEN) return -1;
  memcpy(x->s[x->n], str, len);
  x->len[x->n++] = (unsigned char)len;
  return 0;
}

/* The strings of a followed by those of b, into *out; keep_end: a string
 * too long keeps its last LIT_LEN bytes (a tail), else the product fails.
 * 0, or -1 when it does not fit. */
static int ss_product(const strset *a, const strset *b, int keep_end, strset *out) {
  out->n = 0;
  if (a->n * b->n > LIT_MAX) return -1;
  for (int i = 0; i < a->n; i++)
    for (int j = 0; j < b->n; j++) {
      char str[2 * LIT_LEN];
      size_t len = (size_t)a->len[i] + b->len[j], from = 0;
      memcpy(str, a->s[i], a->len[i]);
      memcpy(str + a->len[i], b->s[j], b->len[j]);
      if (keep_end && len > LIT_LEN) from = len - LIT_LEN;
      if (ss_add(out, str + from, len - from) < 0) return -1;
    }
  return 0;
}

/* The weight of x's weakest word: its bytes but spaces. */
static int ss_weight(const strset *x) {
  int m = LIT_LEN + 1;
  for (int i = 0; i < x->n; i++) {
    int w = 0;
    for (int k = 0; k < x->len[i]; k++) w += x->s[i][k] != ' ';
    m = w < m ? w : m;
  }
  return m;
}

static int ss_minlen(const strset *x) {
  int m = LIT_LEN + 1;
  for (int i = 0; i < x->n; i++) m = x->len[i] < m ? x->len[i] : m;
  return m;
}

/* Drops from x each string that holds another: a text that holds it holds
 * the other (for a NEEDS set, "photo:x" next to "photo:"). */
static void ss_drop_longer(strset *x) {
  int n = 0, drop[LIT_MAX] = {0};
  for (int i = 0; i < x->n; i++) /* the strings are distinct: one holds another only if longer */
    for (int j = 0; j < x->n && !drop[i]; j++)
      for (int at = 0; x->len[j] < x->len[i] && at + x->len[j] <= x->len[i] && !drop[i]; at++)
        drop[i] = !memcmp(x->s[i] + at, x->s[j], x->len[j]);
  for (int i = 0; i < x->n; i++)
    if (!drop[i]) {
      memmove(x->s[n], x->s[i], x->len[i]);
      x->len[n++] = x->len[i];
    }
  x->n = n;
}

/* What each match of a node with fact x holds: NEEDS or ANY. */
static lit_kind needs_kind(const lits *x) {
  if (x->kind != L_EXACT) return x->kind;
  return ss_minlen(&x->set) > 0 ? L_NEEDS : L_ANY;
}

static void lit_any(lits *x) {
  x->kind = L_ANY;
  ss_empty(&x->tail);
}

/* Is what a needs better than what b needs (see above)? */
static int better(const lits *a, const lits *b) {
  int wa, wb;
  if (needs_kind(a) == L_ANY) return 0;
  if (needs_kind(b) == L_ANY) return 1;
  wa = ss_weight(&a->set);
  wb = ss_weight(&b->set);
  if (wa != wb) return wa > wb;
  if (a->set.n != b->set.n) return a->set.n < b->set.n;
  return ss_minlen(&a->set) > ss_minlen(&b->set);
}

/* x: what the best of c[0, n) needs. */
static void lit_best(lits *x, const lits *const *c, int n) {
  const lits *best = c[0];
  for (int i = 1; i < n; i++)
    if (better(c[i], best)) best = c[i];
  x->kind = needs_kind(best);
  if (x->kind != L_ANY) ss_copy(&x->set, &best->set);
}

static void lit_cat(lits *x, const lits *a, const lits *b) {
  lits joint;
  const lits *c[3] = {a, b, &joint};
  if (a->kind == L_EXACT && b->kind == L_EXACT && ss_product(&a->set, &b->set, 0, &x->set) == 0) {
    x->kind = L_EXACT;
    ss_copy(&x->tail, &x->set);
    return;
  }
  joint.kind = L_ANY;
  joint.set.n = 0;
  if (b->kind == L_EXACT && ss_product(&a->tail, &b->set, 0, &joint.set) == 0) joint.kind = L_EXACT;
  lit_best(x, c, 3);
  if (b->kind != L_EXACT)
    ss_copy(&x->tail, &b->tail);
  else if (ss_product(&a->tail, &b->set, 1, &x->tail) < 0)
    ss_copy(&x->tail, &b->set);
}

/* x: the union of what a and b need, the strings cut to their first
 * bytes until they fit; ANY when even single bytes do not. */
static void lit_union_needs(lits *x, const lits *a, const lits *b) {
  ss_empty(&x->tail);
  x->kind = needs_kind(a) == L_ANY || needs_kind(b) == L_ANY ? L_ANY : L_NEEDS;
  for (size_t cut = LIT_LEN; cut > 0 && x->kind == L_NEEDS; cut--) {
    int ok = 1;
    x->set.n = 0;
    for (int i = 0; i < a->set.n && ok; i++)
      ok = ss_add(&x->set, a->set.s[i], a->set.len[i] < cut ? a->set.len[i] : cut) == 0;
    for (int i = 0; i < b->set.n && ok; i++)
      ok = ss_add(&x->set, b->set.s[i], b->set.len[i] < cut ? b->set.len[i] : cut) == 0;
    if (ok) return;
  }
  x->kind = L_ANY;
}

static void lit_alt(lits *x, const lits *a, const lits *b) {
  if (a->kind == L_EXACT && b->kind == L_EXACT) {
    int ok = 1;
    ss_copy(&x->set, &a->set);
    for (int i = 0; i < b->set.n && ok; i++) ok = ss_add(&x->set, b->set.s[i], b->set.len[i]) == 0;
    if (ok) {
      x->kind = L_EXACT;
      ss_copy(&x->tail, &x->set);
      return;
    }
  }
  lit_union_needs(x, a, b);
}

static void lit_rep(lits *x, const lits *a, int min, int max) {
  lit_kind kind = needs_kind(a);
  if (min == 1 && max == 1) kind = a->kind;
  if (min == 0) kind = max == 1 && a->kind == L_EXACT ? L_EXACT : L_ANY;
  x->kind = kind;
  ss_empty(&x->tail);
  if (kind == L_ANY) return;
  ss_copy(&x->set, &a->set);
  if (min == 1 && max == 1) {
    ss_copy(&x->tail, &a->tail);
  } else if (min == 0) { /* a?: "" too */
    if (ss_add(&x->set, "", 0) < 0)
      x->kind = L_ANY;
    else
      ss_copy(&x->tail, &x->set);
  }
}

static void lit_set(lits *x, const byteset *set) {
  int count = 0;
  for (int w = 0; w < 8; w++)
    for (uint32_t v = set->bits[w]; v; v &= v - 1) count++;
  if (set_has(set, 0) || count > LIT_MAX) { /* the words are C strings */
    lit_any(x);
    return;
  }
  x->kind = L_EXACT;
  x->set.n = 0;
  for (int w = 0; w < 8; w++)
    for (uint32_t v = set->bits[w]; v; v &= v - 1) { /* its set bits, lowest first */
      x->set.s[x->set.n][0] = (char)(w * 32 + cd_lowest_bit(v));
      x->set.len[x->set.n++] = 1;
    }
  ss_copy(&x->tail, &x->set);
}

/* The words of the tree ps (root at index root) into p; 0, or -1 when out
 * of memory. */
static int find_words(cd_pattern *p, const parser *ps, int root) {
  lits *f;
  lit_kind kind;
  size_t nw;
  if (ps->nnodes > LIT_NODES) return 0;
  assert(root >= 0 && (size_t)root < ps->nnodes);
  if (!(f = malloc(ps->nnodes * sizeof *f))) return -1;
#ifdef __clang_analyzer__ /* it cannot see that a node's operands are made first, and zeroing costs */
  memset(f, 0, ps->nnodes * sizeof *f);
#endif
  for (size_t k = 0; k <= (size_t)root; k++) {
    const node *nd = &ps->nodes[k];
    /* operands come first: their facts are made */
    assert(nd->type == N_SET || nd->type >= N_BOL || (nd->a >= 0 && nd->a < (int)k));
    assert((nd->type != N_CAT && nd->type != N_ALT) || (nd->b >= 0 && nd->b < (int)k));
    switch (nd->type) {
    case N_SET: lit_set(&f[k], &ps->sets[nd->set]); break;
    case N_CAT: lit_cat(&f[k], &f[nd->a], &f[nd->b]); break;
    case N_ALT: lit_alt(&f[k], &f[nd->a], &f[nd->b]); break;
    case N_REP: lit_rep(&f[k], &f[nd->a], nd->min, nd->max); break;
    default: /* "": ^, $, () */
      f[k].kind = L_EXACT;
      ss_empty(&f[k].set);
      ss_empty(&f[k].tail);
    }
  }
  /* an ANY fact's set was never written (lit_any, lit_best): read it not */
  if ((kind = needs_kind(&f[root])) != L_ANY) ss_drop_longer(&f[root].set);
  nw = kind != L_ANY && f[root].set.n > 0 && f[root].set.n <= LIT_MAX ? (size_t)f[root].set.n : 0;
  if (kind == L_ANY || nw == 0) {
    free(f);
    return 0;
  }
  if (!(p->words = calloc(nw, sizeof *p->words))) {
    free(f);
    return -1;
  }
  for (size_t i = 0; i < nw; i++) {
    const strset *w = &f[root].set;
    if (!(p->words[i] = malloc((size_t)w->len[i] + 1))) break;
    memcpy(p->words[i], w->s[i], w->len[i]);
    p->words[i][w->len[i]] = '\0';
    p->nwords++;
  }
  kind = p->nwords == nw ? kind : L_ANY;
  free(f);
  return kind == L_ANY ? -1 : 0;
}

/* The bytes a match can end the text on, into p->last:
 *
 *   1. reach[pc] bit 1: I_MATCH is reached from pc without reading a byte
 *      nor passing an I_EOL; bit 2: passing one (as at the text's end).
 *      Found by walking the edges that read no byte backwards from I_MATCH.
 *   2. If bit 1 is set at 0 or after any I_SET, or bit 2 at 0, a match can
 *      end before the text's end or read no byte: every byte may end one.
 *      Else a match ends at the text's end, on a byte an I_SET at pc reads
 *      where pc + 1 has bit 2.
 *
 * O(instructions). Returns 0, or -1 when out of memory. */
static int find_last_bytes(cd_pattern *p) {
  size_t n = p->n, *from = calloc(n + 1, sizeof *from), *at = NULL, top = 0;
  int *edge = NULL, *stack = NULL, rc = -1;
  unsigned char *reach = calloc(n, 1);
  memset(&p->last, 0xFF, sizeof p->last);
  /* the edges that read no byte, by target: from[t], from[t + 1] index edge[] (source << 1 | passes I_EOL) */
  if (!from || !reach || !(at = calloc(n + 1, sizeof *at)) || !(edge = malloc(2 * n * sizeof *edge)) ||
      !(stack = malloc(2 * n * sizeof *stack)))
    goto out;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t pc = 0; pc < n; pc++) {
      const inst *in = &p->prog[pc];
      int t[2] = {-1, -1};
      if (in->op == I_JMP) t[0] = in->x;
      if (in->op == I_SPLIT) t[0] = in->x, t[1] = in->y;
      if (in->op == I_BOL || in->op == I_EOL) t[0] = (int)pc + 1;
      for (int i = 0; i < 2; i++)
        if (t[i] >= 0 && pass == 0)
          from[t[i] + 1]++;
        else if (t[i] >= 0)
          edge[at[t[i]]++] = (int)pc << 1 | (in->op == I_EOL);
    }
    if (pass == 0)
      for (size_t k = 0; k < n; k++) at[k + 1] = from[k + 1] += from[k];
  }
  /* 1. backwards from I_MATCH (the last instruction), once a bit a node */
  reach[n - 1] = 1;
  stack[top++] = (int)(n - 1) << 1 | 0;
  while (top) {
    int x = stack[--top], pc = x >> 1, bit = (x & 1) ? 2 : 1;
    for (size_t i = from[pc]; i < from[pc + 1]; i++) {
      int src = edge[i] >> 1, b = (edge[i] & 1) ? 2 : bit;
      if (reach[src] & b) continue;
      reach[src] |= (unsigned char)b;
      stack[top++] = src << 1 | (b == 2);
    }
  }
  /* 2. */
  rc = 0;
  if (reach[0]) goto out;
  memset(&p->last, 0, sizeof p->last);
  for (size_t pc = 0; pc + 1 < n; pc++) {
    if (p->prog[pc].op != I_SET) continue;
    if (reach[pc + 1] & 1) {
      memset(&p->last, 0xFF, sizeof p->last);
      break;
    }
    if (reach[pc + 1] & 2)
      for (int i = 0; i < 8; i++) p->last.bits[i] |= p->sets[p->prog[pc].x].bits[i];
  }
out:
  free(from);
  free(at);
  free(edge);
  free(stack);
  free(reach);
  return rc;
}

size_t cd_pattern_words(const cd_pattern *p, const char *const **out) {
  *out = (const char *const *)p->words;
  return p->nwords;
}

int cd_pattern_may_end_on(const cd_pattern *p, unsigned char c) {
  return set_has(&p->last, c);
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

/* The bytes of set s into out[] (in increasing order); returns how many.
 * A step a byte of the set, lowest set bit first: most sets are one byte. */
static int set_bytes(const byteset *s, unsigned char *out) {
  int n = 0;
  for (int w = 0; w < 8; w++)
    for (uint32_t v = s->bits[w]; v; v &= v - 1) out[n++] = (unsigned char)(w * 32 + cd_lowest_bit(v));
  return n;
}

/* Bytes every set of p treats alike share a class: the partition of the
 * 256 bytes refined by each set in turn (a class some but not all of
 * whose bytes are in the set gives those a new class). A set equal to an
 * earlier one refines nothing, so it is passed over: most of a pattern's
 * sets are its literal letters, over and over. O(sets x 32 + the distinct
 * sets' bytes). */
static void byte_classes(cd_pattern *p) {
  int n = 1, size[256] = {256}, in[256] = {0}, to[256];
  size_t cap = 16;
  uint32_t *seen;
  while (cap < 2 * p->nsets) cap *= 2;
  seen = calloc(cap, sizeof *seen); /* NULL: every set is refined with */
  memset(p->cls, 0, sizeof p->cls);
  for (int c = 0; c < 256; c++) to[c] = -1;
  for (size_t k = 0; k < p->nsets && n < 256; k++) {
    unsigned char bytes[256], touched[256];
    int m, nt = 0;
    if (seen && seen_before(p, k, seen, cap)) continue;
    m = set_bytes(&p->sets[k], bytes);
    for (int i = 0; i < m; i++) in[p->cls[bytes[i]]]++;
    for (int i = 0; i < m; i++) { /* the set's bytes of class c go to class to[c] */
      int c = p->cls[bytes[i]];
      if (to[c] < 0) {
        to[c] = in[c] < size[c] ? n++ : c;
        touched[nt++] = (unsigned char)c;
      }
      size[c]--;
      size[to[c]]++;
      p->cls[bytes[i]] = (unsigned char)to[c];
    }
    for (int i = 0; i < nt; i++) in[touched[i]] = 0, to[touched[i]] = -1;
  }
  free(seen);
  p->ncls = n;
}

/* ---- What every match begins with --------------------------------------
 *
 * The heads: when every match starts at the text's start (the pattern is
 * not floating), strings one of which each match begins with. Found on
 * the program as the matcher reads it (the syntax tree would do as well;
 * the program is what the NFA runs): from the threads at the start, breadth
 * first, each string grows by every byte its threads read next, and its
 * threads step on that byte, while the strings stay at most LIT_MAX of
 * at most LIT_LEN bytes. A string stops where a match may end, or when
 * growing it would pass those bounds (every match along it begins with
 * it); one no thread reads on from is dropped (no match begins with it).
 * No heads when a string stops empty. O(LIT_MAX x LIT_LEN x 256 x
 * closure). */

typedef struct head {
  char s[LIT_LEN];
  size_t len;
  size_t at, nt; /* its threads (I_SET instructions): pool[at, at + nt) */
} head;

typedef struct heads_walk {
  head h[LIT_MAX];
  int n;     /* strings, growing and stopped */
  int *pool; /* the growing strings' threads */
  size_t npool, cap;
} heads_walk;

/* The string s[0, len) whose threads are reached from kernel[0, nk) into
 * x: stopped when a match may end there, else growing with its threads
 * (none: dropped). 0, or -1 when out of memory. */
static int head_add(heads_walk *x, const cd_pattern *p, cd_pattern_work *w, const int *kernel, size_t nk,
                    int bol, const char *s, size_t len) {
  head *h = &x->h[x->n];
  size_t nt;
  int ends = closure(p, w, kernel, nk, bol, 1, &nt, NULL);
  if (!ends) closure(p, w, kernel, nk, bol, 0, &nt, NULL);
  if (!ends && nt == 0) return 0;
  memcpy(h->s, s, len);
  h->len = len;
  h->at = x->npool;
  h->nt = ends ? 0 : nt;
  if (cd_array_reserve((void **)&x->pool, &x->cap, x->npool + h->nt, sizeof *x->pool) < 0) return -1;
  if (h->nt) memcpy(x->pool + x->npool, w->list, nt * sizeof *w->list);
  x->npool += h->nt;
  x->n++;
  return 0;
}

/* The bytes the threads of h read next into out[] (in increasing
 * order); returns how many. */
static int head_next(const cd_pattern *p, const heads_walk *x, const head *h, unsigned char *out) {
  byteset next;
  memset(&next, 0, sizeof next);
  for (size_t i = 0; i < h->nt; i++)
    for (int k = 0; k < 8; k++) next.bits[k] |= p->sets[p->prog[x->pool[h->at + i]].x].bits[k];
  return set_bytes(&next, out);
}

/* Grows every string of x that may (see above) by a byte, into y. 0, or
 * -1 when out of memory. */
static int heads_grow(heads_walk *x, heads_walk *y, const cd_pattern *p, cd_pattern_work *w) {
  int total = x->n;
  y->n = 0;
  y->npool = 0;
  for (int i = 0; i < x->n; i++) {
    head *h = &x->h[i];
    unsigned char next[256];
    int m = h->nt ? head_next(p, x, h, next) : 0;
    if (!h->nt || h->len == LIT_LEN || total - 1 + m > LIT_MAX) { /* stopped */
      y->h[y->n] = *h;
      y->h[y->n++].nt = 0;
      continue;
    }
    total += m - 1;
    for (int b = 0; b < m; b++) {
      unsigned char c = next[b];
      char s[LIT_LEN];
      size_t nk = 0;
      for (size_t t = 0; t < h->nt; t++) {
        int pc = x->pool[h->at + t];
        if (set_has(&p->sets[p->prog[pc].x], c)) w->kernel[nk++] = pc + 1;
      }
      memcpy(s, h->s, h->len);
      s[h->len] = (char)c;
      if (head_add(y, p, w, w->kernel, nk, 0, s, h->len + 1) < 0) return -1;
    }
  }
  return 0;
}

/* The heads of p into p->heads: 0, or -1 when out of memory. */
static int find_heads(cd_pattern *p) {
  heads_walk a = {0}, b = {0}, *x = &a, *y = &b;
  cd_pattern_work *w = NULL;
  static const int start[1] = {0};
  int rc = -1, growing = 1;
  if (p->floating) return 0;
  if (!(w = cd_pattern_work_new()) || work_fit(w, p->n) < 0 || head_add(x, p, w, start, 1, 1, "", 0) < 0)
    goto out;
  while (growing) {
    heads_walk *t;
    if (heads_grow(x, y, p, w) < 0) goto out;
    growing = 0;
    for (int i = 0; i < y->n; i++) growing |= y->h[i].nt > 0;
    t = x, x = y, y = t;
  }
  rc = 0;
  for (int i = 0; i < x->n; i++) { /* a head with a NUL byte keeps what comes before it, as a C string */
    const char *nul = memchr(x->h[i].s, '\0', x->h[i].len);
    if (nul) x->h[i].len = (size_t)(nul - x->h[i].s);
    if (x->h[i].len == 0) goto out; /* no heads */
  }
  if (x->n && !(p->heads = calloc((size_t)x->n, sizeof *p->heads))) rc = -1;
  for (int i = 0; rc == 0 && i < x->n; i++, p->nheads++) {
    if (!(p->heads[i] = malloc(x->h[i].len + 1))) {
      rc = -1;
      break;
    }
    memcpy(p->heads[i], x->h[i].s, x->h[i].len);
    p->heads[i][x->h[i].len] = '\0';
  }
out:
  free(a.pool);
  free(b.pool);
  cd_pattern_work_free(w);
  return rc;
}

size_t cd_pattern_heads(const cd_pattern *p, const char *const **out) {
  *out = (const char *const *)p->heads;
  return p->nheads;
}

int cd_pattern_compile(cd_pattern **out, const char *src, char *msg, size_t msgn) {
  parser ps;
  emitter em;
  cd_pattern *p = NULL;
  cd_pattern_work *w = NULL;
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
    if (find_words(p, &ps, root) < 0 || find_last_bytes(p) < 0 || !(w = cd_pattern_work_new()) ||
        work_fit(w, p->n) < 0) {
      cd_pattern_work_free(w);
      cd_pattern_free(p);
      free(ps.nodes);
      return -2;
    }
    free(ps.nodes);
    p->floating = closure(p, w, &start, 1, 0, 0, &n, NULL) || n > 0;
    byte_classes(p);
    cd_pattern_work_free(w);
    if (find_heads(p) < 0) {
      cd_pattern_free(p);
      return -2;
    }
    *out = p;
    return 0;
  }
  free(em.prog);
  free(ps.nodes);
  free(ps.sets);
  if (ps.failed == -2 || em.failed == -2 || (root >= 0 && !em.failed)) return -2;
  return -1;
}

/* ---- Saved -------------------------------------------------------------
 *
 *   header  six 32-bit numbers: n, nsets, ncls, floating, nwords, nheads
 *           cls[256], last (32 bytes)
 *   prog    n instructions as the host lays them out
 *   sets    nsets byte sets
 *   words   each its length (a byte) and its bytes
 *   heads   the same (kept: finding them again costs a warm start 0.4M
 *           instructions, for the shipped rules)
 */

#ifndef CD_PATTERN_STAMP
#define CD_PATTERN_STAMP __DATE__ " " __TIME__
#endif

#define SAVED_HEADER (6 * 4 + 256 + sizeof(byteset))

const char *cd_pattern_format(void) {
  return "CDPAT002 " CD_PATTERN_STAMP;
}

/* The strings s[0, ns) saved at b + *at, *at moved past them. */
static void save_strings(unsigned char *b, size_t *at, char *const *s, size_t ns) {
  for (size_t i = 0; i < ns; i++) {
    size_t len = strlen(s[i]);
    b[(*at)++] = (unsigned char)len;
    memcpy(b + *at, s[i], len);
    *at += len;
  }
}

int cd_pattern_save(const cd_pattern *p, unsigned char **bytes, size_t *n) {
  uint32_t h[6] = {(uint32_t)p->n,        (uint32_t)p->nsets,  (uint32_t)p->ncls,
                   (uint32_t)p->floating, (uint32_t)p->nwords, (uint32_t)p->nheads};
  size_t size = SAVED_HEADER + p->n * sizeof *p->prog + p->nsets * sizeof *p->sets, at;
  unsigned char *b;
  for (size_t i = 0; i < p->nwords; i++) size += 1 + strlen(p->words[i]);
  for (size_t i = 0; i < p->nheads; i++) size += 1 + strlen(p->heads[i]);
  if (!(b = malloc(size))) return -1;
  memcpy(b, h, sizeof h);
  memcpy(b + sizeof h, p->cls, 256);
  memcpy(b + sizeof h + 256, &p->last, sizeof p->last);
  at = SAVED_HEADER;
  memcpy(b + at, p->prog, p->n * sizeof *p->prog);
  at += p->n * sizeof *p->prog;
  if (p->nsets) memcpy(b + at, p->sets, p->nsets * sizeof *p->sets);
  at += p->nsets * sizeof *p->sets;
  save_strings(b, &at, p->words, p->nwords);
  save_strings(b, &at, p->heads, p->nheads);
  *bytes = b;
  *n = size;
  return 0;
}

/* Could the matcher run instruction k of p: its set and targets inside
 * p, and every instruction that goes on to the next (a set, ^, $) not the
 * last, which is I_MATCH? */
static int inst_ok(const cd_pattern *p, size_t k) {
  const inst *in = &p->prog[k];
  int n = (int)p->n;
  switch (in->op) {
  case I_SET: return in->x >= 0 && (size_t)in->x < p->nsets;
  case I_SPLIT: return in->x >= 0 && in->x < n && in->y >= 0 && in->y < n;
  case I_JMP: return in->x >= 0 && in->x < n;
  case I_BOL:
  case I_EOL:
  case I_MATCH: return 1;
  }
  return 0;
}

/* The count strings saved at b[*at, n) into *out (*nout of them, as they
 * are made): each a length from 1 to LIT_LEN and as many bytes, none NUL;
 * *at moved past them. */
static int load_strings(char ***out, size_t *nout, const unsigned char *b, size_t n, size_t *at,
                        size_t count) {
  if (count == 0) return 0;
  if (count > LIT_MAX) return -1;
  if (!(*out = calloc(count, sizeof **out))) return -2;
  for (size_t i = 0; i < count; i++) {
    size_t len = *at < n ? b[(*at)++] : 0;
    if (len == 0 || len > LIT_LEN || len > n - *at || memchr(b + *at, 0, len)) return -1;
    if (!((*out)[i] = malloc(len + 1))) return -2;
    memcpy((*out)[i], b + *at, len);
    (*out)[i][len] = '\0';
    (*nout)++;
    *at += len;
  }
  return 0;
}

/* The program, sets, words and heads of the saved pattern b[0, n) (its
 * header read into p) into p, each checked, and nothing after them. */
static int load_body(cd_pattern *p, const unsigned char *b, size_t n, size_t nwords, size_t nheads) {
  int rc;
  size_t at = SAVED_HEADER, nprog = p->n * sizeof *p->prog, nsets = p->nsets * sizeof *p->sets;
  if (p->n == 0 || p->n > CD_PATTERN_MAX_PROGRAM || p->nsets > CD_PATTERN_MAX_PROGRAM ||
      n - at < nprog + nsets || p->ncls < 1 || p->ncls > 256 || (p->floating != 0 && p->floating != 1))
    return -1;
  for (int c = 0; c < 256; c++)
    if (p->cls[c] >= p->ncls) return -1;
  if (!(p->prog = malloc(nprog)) || !(p->sets = malloc(nsets ? nsets : 1))) return -2;
  memcpy(p->prog, b + at, nprog);
  memcpy(p->sets, b + at + nprog, nsets);
  for (size_t k = 0; k < p->n; k++)
    if (!inst_ok(p, k)) return -1;
  if (p->prog[p->n - 1].op != I_MATCH) return -1;
  at += nprog + nsets;
  if ((rc = load_strings(&p->words, &p->nwords, b, n, &at, nwords)) < 0 ||
      (rc = load_strings(&p->heads, &p->nheads, b, n, &at, nheads)) < 0)
    return rc;
  return at == n ? 0 : -1;
}

int cd_pattern_load(cd_pattern **out, const void *bytes, size_t n) {
  const unsigned char *b = bytes;
  uint32_t h[6];
  cd_pattern *p;
  int rc;
  *out = NULL;
  if (n < SAVED_HEADER) return -1;
  if (!(p = calloc(1, sizeof *p))) return -2;
  memcpy(h, b, sizeof h);
  p->n = h[0];
  p->nsets = h[1];
  p->ncls = (int)(h[2] > 256 ? 0 : h[2]);
  p->floating = (int)(h[3] > 1 ? 2 : h[3]);
  memcpy(p->cls, b + sizeof h, 256);
  memcpy(&p->last, b + sizeof h + 256, sizeof p->last);
  if ((rc = load_body(p, b, n, h[4], h[5])) < 0) {
    cd_pattern_free(p);
    return rc;
  }
  *out = p;
  return 0;
}

void cd_pattern_free(cd_pattern *p) {
  if (!p) return;
  free(p->prog);
  free(p->sets);
  for (size_t i = 0; i < p->nwords; i++) free(p->words[i]);
  free(p->words);
  for (size_t i = 0; i < p->nheads; i++) free(p->heads[i]);
  free(p->heads);
  free(p);
}
