/* run.c: load rules once, then documents -> extraction -> alignment ->
 * rendering. All documents are loaded and checked before any output, so a
 * bad file leaves standard output empty (the contract's exit status 2). */
#include "run.h"
#include "baseline.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "calendar.h"
#include "doc.h"
#include "norm.h"
#include "render.h"
#include "threads.h"
#include "utf8.h"

/* The documents' extractions, on two threads: each takes the next
 * document no one has taken. Extraction reads the engine and writes only
 * its own extraction (trim's work area is taken by an atomic exchange,
 * the value tables are built once under pthread_once), so the result is
 * the same as one after another; a failure stops the thread it happens
 * on, and the first failure in document order is the one reported. */
typedef struct {
  const cd_engine *e;
  cd_doc *const *docs;
  cd_extraction **exs;
  const cd_date *date;
  size_t n;
  atomic_size_t next;
} extract_job;

typedef struct {
  extract_job *job;
  size_t failed; /* the document whose extraction failed, or job->n */
  int error;
  cd_error err;
} extract_worker;

static void *extract_docs(void *arg) {
  extract_worker *w = arg;
  extract_job *j = w->job;
  size_t i;
  w->failed = j->n;
  while ((i = atomic_fetch_add(&j->next, 1)) < j->n)
    if ((w->error = cd_extract_doc(&j->exs[i], j->e, j->docs[i], j->date, &w->err)) < 0) {
      w->failed = i;
      break;
    }
  return NULL;
}

/* Extracts docs[0, n) into exs; on failure *err is the first failing
 * document's error. One thread when a second cannot start, or under
 * CLAIMDIFF_THREADS=1 (threads.h). */
static int extract_all(const cd_engine *e, cd_doc *const *docs, cd_extraction **exs, size_t n,
                       const cd_date *date, cd_error *err) {
  extract_job job = {e, docs, exs, date, n, 0};
  extract_worker w[2] = {{&job, n, 0, {0}}, {&job, n, 0, {0}}};
  if (n > 1)
    cd_both(extract_docs, &w[0], &w[1]); /* one after the other, the second finds nothing left */
  else
    extract_docs(&w[0]);
  for (int k = 0; k < 2; k++)
    if (w[k].failed < n && w[k].failed <= w[1 - k].failed) {
      *err = w[k].err;
      return w[k].error;
    }
  return 0;
}

int cd_run_report(cd_buf *out, const cd_engine *e, const cd_options *opt, const char *const *paths,
                  size_t npaths, size_t *worst, size_t *counts, cd_error *err) {
  cd_doc **docs = calloc(npaths ? npaths : 1, sizeof(cd_doc *));
  cd_extraction **exs = calloc(npaths ? npaths : 1, sizeof(cd_extraction *));
  cd_report *r = NULL;
  cd_date date = {0, 0, 0};
  int error = 0;
  *worst = 0;
  if (!docs || !exs) {
    error = cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
    goto out;
  }
  if (npaths < 2) {
    error = cd_error_set(err, CD_EUSAGE, NULL, 0, 0, -1, "need a summary and at least one source");
    goto out;
  }
  for (size_t i = 0; i < npaths && !error; i++)
    error = cd_doc_load(&docs[i], paths[i], opt->max_file_bytes, err);
  if (opt->date && !cd_calendar_parse(&date, opt->date, strlen(opt->date)))
    error = cd_error_set(err, CD_EUSAGE, NULL, 0, 0, -1, "--date must be YYYY-MM-DD, not '%s'", opt->date);
  if (!error) error = extract_all(e, docs, exs, npaths, &date, err);
  if (!error) error = cd_align_claims(&r, e, exs, npaths, err);
  if (!error && opt->baseline && opt->format != CD_FORMAT_BASELINE) cd_baseline_apply(r, opt->baseline);
  if (!error) {
    error = opt->format == CD_FORMAT_JSON       ? cd_render_json(out, r)
            : opt->format == CD_FORMAT_SARIF    ? cd_render_sarif(out, r)
            : opt->format == CD_FORMAT_GITHUB   ? cd_render_github(out, r)
            : opt->format == CD_FORMAT_JUNIT    ? cd_render_junit(out, r, opt->fail_on)
            : opt->format == CD_FORMAT_HTML     ? cd_render_html(out, r, opt)
            : opt->format == CD_FORMAT_BASELINE ? cd_baseline_render(out, r, opt->baseline, opt->note)
                                                : cd_render_text(out, r, opt);
    if (error)
      cd_error_set(err, error, NULL, 0, 0, -1,
                   error == CD_EIO ? "write error" : "out of memory while rendering");
  }
  if (!error) {
    for (int k = CD_FIND_AGREEMENT; k <= CD_FIND_CONTRADICTION; k++) {
      if (opt->fail_on & CD_KIND_BIT(k)) *worst += r->counts[k];
      if (counts) counts[k] = r->counts[k];
    }
  }
out:
  cd_report_free(r);
  for (size_t i = 0; i < npaths; i++) {
    if (exs) cd_extraction_free(exs[i]);
    if (docs) cd_doc_free(docs[i]);
  }
  free(exs);
  free(docs);
  return error;
}

int cd_run(const cd_options *opt, const char *const *paths, size_t npaths, cd_write_fn write, void *payload,
           int *exit_status, cd_error *err) {
  cd_engine *e = NULL;
  cd_buf out = CD_BUF_INIT;
  size_t worst = 0;
  int error;
  *exit_status = CD_EXIT_TROUBLE;
  if ((error = cd_engine_new(&e, opt->rules_dirs, opt->nrules_dirs, err)) < 0) return error;
  cd_buf_sink(&out, write, payload);
  error = cd_run_report(&out, e, opt, paths, npaths, &worst, NULL, err);
  if (!error && cd_buf_flush(&out) < 0)
    error = cd_error_set(err, CD_EIO, "<stdout>", 0, 0, -1, "write error");
  if (!error) *exit_status = worst ? CD_EXIT_FINDINGS : CD_EXIT_OK;
  cd_buf_dispose(&out);
  cd_engine_free(e);
  return error;
}

/* The first invalid byte (or NUL) of text, with its line and column. */
static int check_utf8(const char *name, const char *text, size_t len, cd_error *err) {
  size_t ok = cd_utf8_check(text, len);
  int line = 1, col = 1;
  if (ok == len) return 0;
  for (size_t i = 0; i < ok; i++)
    if (text[i] == '\n')
      line++, col = 1;
    else if (((unsigned char)text[i] & 0xC0) != 0x80)
      col++;
  return cd_error_set(err, CD_EUTF8, name, line, col, (long)ok, "%s at byte %zu",
                      text[ok] ? "invalid UTF-8" : "NUL byte in text", ok);
}

/* Appends the values of the line text[start, end), numbered lineno: all of
 * them (a line with more than fit on the stack is read again into an
 * array of the right size). */
static int line_values(cd_text_values *v, size_t *cap, const char *text, size_t start, size_t end,
                       size_t lineno, const cd_date *date, cd_error *err) {
  cd_value stack[64], *found = stack;
  cd_norm nm;
  size_t n, more;
  int error;
  if ((error = cd_norm_text(&nm, text, start, end, err)) < 0) return error;
  n = cd_values_find(found, 64, nm.ptr, nm.len, date, v->units, &more);
  if (more && (found = malloc((n + more) * sizeof *found)) != NULL)
    n = cd_values_find(found, n + more, nm.ptr, nm.len, date, v->units, NULL);
  if (!found) {
    cd_norm_dispose(&nm);
    return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  for (size_t k = 0; k < n && !error; k++) {
    cd_line_value *lv;
    if ((error = cd_array_reserve((void **)&v->values, cap, v->nvalues + 1, sizeof *v->values)) < 0) {
      cd_error_set(err, error, NULL, 0, 0, -1, "out of memory");
      break;
    }
    lv = &v->values[v->nvalues++];
    lv->line = lineno;
    lv->line_start = start;
    lv->span.start = cd_norm_orig(&nm, found[k].span.start); /* the map gives offsets into text */
    lv->span.end = cd_norm_orig(&nm, found[k].span.end);
    lv->value = found[k];
    if (found[k].cue_len && !(lv->value.cue = cd_arena_strndup(&v->cues, found[k].cue, found[k].cue_len)))
      error = cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  }
  if (found != stack) free(found);
  cd_norm_dispose(&nm);
  return error;
}

int cd_run_values(cd_text_values *out, const char *name, const char *text, size_t len, const cd_date *date,
                  const cd_units *units, cd_error *err) {
  cd_text_values v = {text, len, NULL, 0, units, CD_ARENA_INIT};
  size_t cap = 0, lineno = 0, start = 0;
  int error;
  memset(out, 0, sizeof *out);
  if ((error = check_utf8(name, text, len, err)) < 0) return error;
  for (size_t i = 0; i <= len && !error; i++) {
    if (i < len && text[i] != '\n') continue;
    error = line_values(&v, &cap, text, start, i, ++lineno, date, err);
    start = i + 1;
  }
  if (error) {
    cd_run_values_dispose(&v);
    return error;
  }
  *out = v; /* handed over */
  return 0;
}

void cd_run_values_dispose(cd_text_values *v) {
  free(v->values);
  cd_arena_dispose(&v->cues);
  v->values = NULL;
  v->nvalues = 0;
}
