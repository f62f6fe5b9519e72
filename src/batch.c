/* batch.c: many stories in one run; see batch.h. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "buf.h"
#include "engine.h"
#include "json.h"
#include "run.h"

/* A ruleset and the stories still to use it. */
typedef struct ruleset_ref {
  const char **dirs; /* the run's directories, then the stories' own (borrowed strings) */
  size_t ndirs;
  cd_engine *e; /* NULL until its first story starts, and after its last ends */
  size_t users; /* stories not yet done with it */
  int error;    /* it could not be made: err says why, to each of its stories */
  cd_error err;
} ruleset_ref;

/* A story's line, once made. */
typedef struct slot {
  cd_buf line;
  int status; /* 0, 1, 2 as batch.h */
  int done;
  size_t counts[4];
} slot;

typedef struct batch {
  const cd_options *opt;
  const cd_stories *st;
  size_t *uses;      /* the ruleset of each story */
  ruleset_ref *refs; /* nrefs */
  size_t nrefs;
  slot *slots;
  atomic_size_t next;   /* the next story to take */
  pthread_mutex_t lock; /* refs' engines, slots' done, what follows */
  size_t written;       /* lines written, the first stories' */
  cd_write_fn write;
  void *payload;
  const char *out_dir; /* NULL: reports in the lines; else a file each in it */
  int error;           /* CD_EIO: a write failed; CD_ENOMEM */
  cd_batch_total *total;
} batch;

/* Story s's rule directories equal ref r's? */
static int same_dirs(const batch *b, const ruleset_ref *r, const cd_story *s) {
  if (!r->dirs || r->ndirs != b->opt->nrules_dirs + s->nrules) return 0;
  for (size_t k = 0; k < s->nrules; k++)
    if (strcmp(r->dirs[b->opt->nrules_dirs + k], s->rules[k])) return 0;
  return 1;
}

/* Each story's ruleset, shared by the stories with the same directories:
 * O(stories x rulesets). */
static int plan(batch *b) {
  const cd_stories *st = b->st;
  if (!(b->uses = calloc(st->n ? st->n : 1, sizeof *b->uses)) ||
      !(b->refs = calloc(st->n ? st->n : 1, sizeof *b->refs)) ||
      !(b->slots = calloc(st->n ? st->n : 1, sizeof *b->slots)))
    return CD_ENOMEM;
  for (size_t i = 0; i < st->n; i++) {
    const cd_story *s = &st->s[i];
    size_t r = 0;
    while (r < b->nrefs && !same_dirs(b, &b->refs[r], s)) r++;
    if (r == b->nrefs) {
      ruleset_ref *ref = &b->refs[b->nrefs++];
      ref->ndirs = b->opt->nrules_dirs + s->nrules;
      if (!(ref->dirs = calloc(ref->ndirs ? ref->ndirs : 1, sizeof *ref->dirs))) return CD_ENOMEM;
      for (size_t k = 0; k < b->opt->nrules_dirs; k++) ref->dirs[k] = b->opt->rules_dirs[k];
      for (size_t k = 0; k < s->nrules; k++) ref->dirs[b->opt->nrules_dirs + k] = s->rules[k];
    }
    b->uses[i] = r;
    b->refs[r].users++;
  }
  return 0;
}

/* The JSON report in r, its line breaks and the indentation after them
 * left out (a string in it holds none: control characters are escaped),
 * appended to line. */
static int put_compact(cd_buf *line, const cd_buf *r) {
  size_t i = 0;
  while (i < r->len) {
    const char *nl = memchr(r->ptr + i, '\n', r->len - i);
    size_t end = nl ? (size_t)(nl - r->ptr) : r->len;
    if (cd_buf_put(line, r->ptr + i, end - i) < 0) return CD_ENOMEM;
    for (i = end + (nl != NULL); i < r->len && r->ptr[i] == ' ';) i++;
  }
  return 0;
}

/* The file of story i's report in dir: NNN-NAME.json, NNN its place in
 * the batch (from 001), NAME its name's last component with bytes other
 * than letters, digits, '.', '_' and '-' as '_': unique, and the same
 * from one run to the next. -1 when it does not fit. */
static int report_file(char *path, size_t n, const char *dir, size_t i, const char *name) {
  const char *base = strrchr(name, '/');
  char clean[128];
  size_t k = 0;
  base = base && base[1] ? base + 1 : name;
  for (; *base && k + 1 < sizeof clean; base++) {
    unsigned char c = (unsigned char)*base;
    int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("._-", c);
    clean[k++] = *base;
    if (!keep) clean[k - 1] = '_';
  }
  clean[k] = '\0';
  k = (size_t)snprintf(path, n, "%s/%03zu-%s.json", dir, i + 1, clean);
  return k < n ? 0 : -1;
}

/* The report r (as `--format json` writes it) into the file path. */
static int write_report(const char *path, const cd_buf *r) {
  FILE *f = fopen(path, "wb");
  int ok;
  if (!f) return -1;
  ok = fwrite(r->ptr, 1, r->len, f) == r->len;
  return fclose(f) == 0 && ok ? 0 : -1;
}

/* Story i's line into its slot, with the ruleset e (or its error). */
static void run_story(batch *b, size_t i, const cd_engine *e, const cd_error *rules_err) {
  const cd_story *s = &b->st->s[i];
  slot *sl = &b->slots[i];
  cd_buf report = CD_BUF_INIT;
  cd_options opt = *b->opt;
  cd_error err;
  size_t worst = 0;
  int error = 0;
  memset(&err, 0, sizeof err);
  opt.format = CD_FORMAT_JSON;
  if (!e)
    err = *rules_err, error = err.code ? err.code : CD_ERULES;
  else
    error = cd_run_report(&report, e, &opt, s->paths, s->npaths, &worst, sl->counts, &err);
  sl->status = error ? CD_EXIT_TROUBLE : worst ? CD_EXIT_FINDINGS : CD_EXIT_OK;
  cd_buf_puts(&sl->line, "{\"story\": ");
  cd_json_cstr(&sl->line, s->name);
  cd_buf_printf(&sl->line, ", \"status\": %d, ", sl->status);
  if (error) {
    char msg[1200];
    cd_buf_puts(&sl->line, "\"error\": ");
    cd_json_cstr(&sl->line, cd_error_format(&err, msg, sizeof msg));
  } else if (b->out_dir) {
    char path[4200];
    cd_buf_puts(&sl->line, "\"file\": ");
    if (report_file(path, sizeof path, b->out_dir, i, s->name) < 0 || write_report(path, &report) < 0) {
      char msg[4300];
      snprintf(msg, sizeof msg, "cannot write the report to %s", path);
      cd_buf_puts(&sl->line, "null, \"error\": ");
      cd_json_cstr(&sl->line, msg);
      sl->status = CD_EXIT_TROUBLE;
    } else {
      cd_json_cstr(&sl->line, path);
    }
  } else {
    cd_buf_puts(&sl->line, "\"report\": ");
    put_compact(&sl->line, &report);
  }
  cd_buf_puts(&sl->line, "}\n");
  cd_buf_dispose(&report);
}

/* The lines done that follow the last written, written (b->lock held). */
static void write_ready(batch *b) {
  while (b->written < b->st->n && b->slots[b->written].done) {
    slot *sl = &b->slots[b->written++];
    cd_batch_total *t = b->total;
    if (!b->error && sl->line.error) b->error = CD_ENOMEM;
    if (!b->error && b->write(sl->line.ptr, sl->line.len, b->payload) < 0) b->error = CD_EIO;
    t->stories++;
    t->by_status[sl->status]++;
    for (int k = 0; k < 4; k++) t->counts[k] += sl->counts[k];
    cd_buf_dispose(&sl->line);
  }
}

static void *worker(void *arg) {
  batch *b = arg;
  size_t i;
  while ((i = atomic_fetch_add(&b->next, 1)) < b->st->n) {
    ruleset_ref *r = &b->refs[b->uses[i]];
    pthread_mutex_lock(&b->lock);
    if (!r->e && !r->error) r->error = cd_engine_new(&r->e, r->dirs, r->ndirs, &r->err);
    pthread_mutex_unlock(&b->lock);
    run_story(b, i, r->e, &r->err);
    pthread_mutex_lock(&b->lock);
    if (--r->users == 0) {
      cd_engine_free(r->e);
      r->e = NULL;
    }
    b->slots[i].done = 1;
    write_ready(b);
    pthread_mutex_unlock(&b->lock);
  }
  return NULL;
}

static void dispose(batch *b) {
  for (size_t r = 0; r < b->nrefs; r++) {
    cd_engine_free(b->refs[r].e);
    free(b->refs[r].dirs);
  }
  for (size_t i = 0; b->slots && i < b->st->n; i++) cd_buf_dispose(&b->slots[i].line);
  free(b->refs);
  free(b->uses);
  free(b->slots);
}

int cd_batch_run(const cd_options *opt, const cd_stories *st, int jobs, const char *out_dir,
                 cd_write_fn write, void *payload, cd_batch_total *total, cd_error *err) {
  batch b = {opt, st,    NULL,    NULL,    0, NULL, 0, PTHREAD_MUTEX_INITIALIZER,
             0,   write, payload, out_dir, 0, total};
  pthread_t *threads = NULL;
  int started = 0;
  memset(total, 0, sizeof *total);
  atomic_init(&b.next, 0);
  if (plan(&b) < 0 || (jobs > 1 && !(threads = calloc((size_t)jobs - 1, sizeof *threads)))) {
    dispose(&b);
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  while (threads && started < jobs - 1 && pthread_create(&threads[started], NULL, worker, &b) == 0) started++;
  worker(&b); /* this thread is a job too; with no other, the only one */
  for (int k = 0; k < started; k++) pthread_join(threads[k], NULL);
  free(threads);
  dispose(&b);
  if (b.error == CD_EIO) return cd_error_set(err, CD_EIO, "<stdout>", 0, 0, -1, "write error");
  if (b.error) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  return 0;
}
