/* ahead.c: sentences read on a second thread (see ahead.h).
 *
 * The ring: block k (sentences k x AHEAD_BLOCK and on) lives in slot
 * k % AHEAD_BLOCKS. Blocks are claimed in order, each by one side: the
 * reader claims the next whenever the ring has room for it; the caller,
 * rather than wait for a block the reader has not read yet, claims and
 * reads the next itself, so both threads keep busy whichever side is
 * slower. A block read is marked filled with k; the caller takes its
 * sentences in order and hands the slot back after the last. One mutex
 * guards the marks and counters; a block's contents are touched by one
 * side at a time, the marks saying which. */
#include "ahead.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sentence.h"
#include "threads.h"

/* How much of a sentence of len bytes is read (sentence.h): all of it, or
 * its first SENTENCE_BYTES_MAX bytes less the character, and within 64
 * bytes the word, that the bound cuts. */
/* How far a law's title is looked for (names_law): 20 characters. */
#define TITLE_MAX 60

static size_t read_len(const char *t, size_t len) {
  size_t k = SENTENCE_BYTES_MAX;
  if (len <= k) return len;
  while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80) k--;
  if (t[k] == ' ') return k;
  for (size_t w = k; w > SENTENCE_BYTES_MAX - 64; w--)
    if (t[w - 1] == ' ') return w;
  return k;
}

/* Does year v name a law or a document rather than date an event: a
 * title that opens with it (《2018年出口管制改革法》), a law's title right
 * after it (1974年《贸易法》第122条; 《贸易法》 alone could be any title
 * after a year: only one ending in 法, 法案 or 条例), or an English law's
 * "of" ("the Trade Act of 1974", normalised text being lower case)?
 * O(a title's length). */
static int names_law(const char *t, size_t len, const cd_value *v) {
  static const char *const ends[] = {"\xE6\xB3\x95\xE3\x80\x8B",              /* 法》 */
                                     "\xE6\xB3\x95\xE6\xA1\x88\xE3\x80\x8B",  /* 法案》 */
                                     "\xE6\x9D\xA1\xE4\xBE\x8B\xE3\x80\x8B"}; /* 条例》 */
  static const char open[] = "\xE3\x80\x8A", close[] = "\xE3\x80\x8B";        /* 《 》 */
  size_t a = v->span.start, b = v->span.end;
  if (v->kind != CD_VALUE_DATE || v->precision != CD_DATE_YEAR || v->range) return 0;
  if ((a >= 7 && (!memcmp(t + a - 7, "act of ", 7) || !memcmp(t + a - 7, "law of ", 7))) ||
      (a >= 3 && !memcmp(t + a - 3, open, 3)))
    return 1;
  if (b + 3 > len || memcmp(t + b, open, 3)) return 0;
  for (size_t k = b + 3; k + 3 <= len && k < b + 3 + TITLE_MAX; k++) {
    if (!memcmp(t + k, close, 3)) return 0;
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++)
      if (k + strlen(ends[e]) <= len && !memcmp(t + k, ends[e], strlen(ends[e]))) return 1;
  }
  return 0;
}

/* Drops the values inside an entity's name (华大九天 is a company, no nine
 * days; 《1974年贸易法》 a law, no year) and the years that name a law
 * (names_law): both arrays are in text order, so one walk. Returns how
 * many values are left. */
static size_t drop_named(cd_value *vals, size_t nv, const cd_match *m, size_t nm, const char *t, size_t len) {
  size_t kept = 0, j = 0;
  for (size_t i = 0; i < nv; i++) {
    int named = names_law(t, len, &vals[i]);
    while (j < nm && m[j].span.end <= vals[i].span.start) j++;
    for (size_t k = j; k < nm && m[k].span.start <= vals[i].span.start && !named; k++)
      named = m[k].p->kind == CD_LEX_ENTITY && m[k].span.end >= vals[i].span.end;
    if (!named) vals[kept++] = vals[i];
  }
  return kept;
}

int cd_read_sentence(const cd_reading *rd, const char *text, size_t len, cd_read *r, cd_match **m,
                     size_t *capm, cd_clauses *clauses, cd_value *vals) {
  int error;
  r->len = read_len(text, len);
  r->nm = 0;
  if ((error = cd_lexicon_scan(rd->lex, text, r->len, m, &r->nm, capm)) < 0 ||
      (error = cd_clause_find(clauses, text, r->len, *m, r->nm)) < 0)
    return error;
  r->nv = cd_values_find(vals, SENTENCE_VALUES_MAX, text, r->len, rd->date, rd->units, &r->more);
  r->nv = drop_named(vals, r->nv, *m, r->nm, text, r->len);
  r->cues = 0;
  for (size_t i = 0; i < r->nm; i++)
    if ((*m)[i].p->kind == CD_LEX_CUE) r->cues |= CD_CUE_BIT((*m)[i].p->index);
  return 0;
}

#define NO_BLOCK ((size_t)-1)

typedef struct {
  cd_read r;
  cd_match *m; /* its matches, r.nm of them */
  size_t capm;
  cd_clauses clauses;
  size_t v_at; /* where its values start in its block's */
} sentence_read;

typedef struct {
  size_t filled; /* the block number it holds, read; NO_BLOCK while not */
  int error;     /* what reading its sentence `failed` gave */
  size_t failed; /* the first sentence (in the block) not read, AHEAD_BLOCK when all were */
  sentence_read s[AHEAD_BLOCK];
  cd_value *v; /* the block's values, sentence after sentence */
  size_t nv, capv;
} block;

struct cd_ahead {
  cd_reading rd;
  const char *norm;
  const cd_sentence *sentences;
  size_t n;
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed; /* a block filled, handed back, or stop set */
  int stop;               /* the caller wants no more */
  size_t nblocks;         /* blocks of the document */
  size_t next;            /* blocks claimed by either side to read */
  size_t taken;           /* blocks the caller has handed back */
  block slots[AHEAD_BLOCKS];
};

/* Reads block k into b: every sentence, or up to the first that fails. */
static void read_block(const cd_ahead *a, block *b, size_t k) {
  size_t first = k * AHEAD_BLOCK, end = first + AHEAD_BLOCK < a->n ? first + AHEAD_BLOCK : a->n;
  b->nv = 0;
  b->failed = AHEAD_BLOCK;
  b->error = 0;
  for (size_t si = first; si < end; si++) {
    const cd_sentence *sen = &a->sentences[si];
    sentence_read *sr = &b->s[si - first];
    sr->v_at = b->nv;
    if ((b->error = cd_array_reserve((void **)&b->v, &b->capv, b->nv + SENTENCE_VALUES_MAX, sizeof *b->v)) <
            0 ||
        (b->error = cd_read_sentence(&a->rd, a->norm + sen->nspan.start, sen->nspan.end - sen->nspan.start,
                                     &sr->r, &sr->m, &sr->capm, &sr->clauses, b->v + b->nv)) < 0) {
      b->failed = si - first;
      return;
    }
    b->nv += sr->r.nv;
  }
}

/* Claims the next block to read when the ring has room for it (a->lock
 * held): its number, or NO_BLOCK. */
static size_t claim(cd_ahead *a) {
  if (a->stop || a->next >= a->nblocks || a->next >= a->taken + AHEAD_BLOCKS) return NO_BLOCK;
  return a->next++;
}

/* Reads block k, claimed, and marks it filled (a->lock held, and let go
 * while reading). */
static void fill(cd_ahead *a, size_t k) {
  block *b = &a->slots[k % AHEAD_BLOCKS];
  pthread_mutex_unlock(&a->lock);
  read_block(a, b, k);
  pthread_mutex_lock(&a->lock);
  b->filled = k;
  pthread_cond_broadcast(&a->changed);
}

static void *reader(void *arg) {
  cd_ahead *a = arg;
  pthread_mutex_lock(&a->lock);
  while (!a->stop && a->next < a->nblocks) {
    size_t k = claim(a);
    if (k == NO_BLOCK)
      pthread_cond_wait(&a->changed, &a->lock);
    else
      fill(a, k);
  }
  pthread_mutex_unlock(&a->lock);
  return NULL;
}

cd_ahead *cd_ahead_start(const cd_reading *rd, const char *norm, const cd_sentence *sentences, size_t n) {
  cd_ahead *a;
  if (n < AHEAD_MIN || cd_one_thread() || !(a = calloc(1, sizeof *a))) return NULL;
  a->rd = *rd;
  a->norm = norm;
  a->sentences = sentences;
  a->n = n;
  a->nblocks = (n + AHEAD_BLOCK - 1) / AHEAD_BLOCK;
  for (int i = 0; i < AHEAD_BLOCKS; i++) a->slots[i].filled = NO_BLOCK;
  if (pthread_mutex_init(&a->lock, NULL)) {
    free(a);
    return NULL;
  }
  if (pthread_cond_init(&a->changed, NULL)) {
    pthread_mutex_destroy(&a->lock);
    free(a);
    return NULL;
  }
  if (pthread_create(&a->thread, NULL, reader, a)) {
    pthread_cond_destroy(&a->changed);
    pthread_mutex_destroy(&a->lock);
    free(a);
    return NULL;
  }
  return a;
}

int cd_ahead_take(cd_ahead *a, size_t si, cd_read *r, cd_match **m, size_t *capm, cd_clauses *clauses,
                  cd_value *vals) {
  size_t k = si / AHEAD_BLOCK, i = si % AHEAD_BLOCK;
  block *b = &a->slots[k % AHEAD_BLOCKS];
  sentence_read *sr = &b->s[i];
  cd_match *own_m = *m;
  size_t own_capm = *capm;
  cd_clauses own_clauses = *clauses;
  pthread_mutex_lock(&a->lock);
  if (i == 0 && k > 0) { /* the block before is done with */
    a->slots[(k - 1) % AHEAD_BLOCKS].filled = NO_BLOCK;
    a->taken = k;
    pthread_cond_broadcast(&a->changed);
  }
  while (b->filled != k) { /* read a block rather than wait, when one is left */
    size_t kk = claim(a);
    if (kk == NO_BLOCK)
      pthread_cond_wait(&a->changed, &a->lock);
    else
      fill(a, kk);
  }
  pthread_mutex_unlock(&a->lock);
  if (i >= b->failed) return b->error;
  *r = sr->r;
  *m = sr->m;
  *capm = sr->capm;
  *clauses = sr->clauses;
  sr->m = own_m;
  sr->capm = own_capm;
  sr->clauses = own_clauses;
  if (r->nv) memcpy(vals, b->v + sr->v_at, r->nv * sizeof *vals);
  return 0;
}

void cd_ahead_stop(cd_ahead *a) {
  if (!a) return;
  pthread_mutex_lock(&a->lock);
  a->stop = 1;
  pthread_cond_broadcast(&a->changed);
  pthread_mutex_unlock(&a->lock);
  pthread_join(a->thread, NULL);
  pthread_cond_destroy(&a->changed);
  pthread_mutex_destroy(&a->lock);
  for (int i = 0; i < AHEAD_BLOCKS; i++) {
    for (int j = 0; j < AHEAD_BLOCK; j++) {
      free(a->slots[i].s[j].m);
      cd_clauses_dispose(&a->slots[i].s[j].clauses);
    }
    free(a->slots[i].v);
  }
  free(a);
}
