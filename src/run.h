/* run.h: the whole run, with an engine (engine.h) loaded once.
 *
 * cd_run (claimdiff.h) is the pipeline end to end: rules, documents,
 * extraction, alignment, one rendered report. cd_run_report does the same
 * with an engine the caller already has (tests, benchmarks). cd_run_values
 * is `claimdiff values`: the values of a text, line by line, read with the
 * rules' units only. */
#ifndef CD_RUN_H
#define CD_RUN_H

#include "arena.h"
#include "buf.h"
#include "claimdiff.h"
#include "engine.h"
#include "values.h"

/* cd_run_report: loads, extracts, aligns and renders into out (text or
 * JSON per opt). *worst is set to the count of findings of the kinds in
 * opt->fail_on, and counts (NULL, or 4 of them) to the findings by
 * cd_finding_kind. The report is rendered straight into out, which may
 * stream it (cd_buf_sink): when rendering fails, part of it may be in out
 * or written already; before rendering, nothing is. */
int cd_run_report(cd_buf *out, const cd_engine *e, const cd_options *opt, const char *const *paths,
                  size_t npaths, size_t *worst, size_t *counts, cd_error *err);

/* One value of a text read line by line. */
typedef struct cd_line_value {
  size_t line;       /* 1-based line number */
  size_t line_start; /* byte offset of that line in the text */
  cd_span span;      /* the value's bytes in the text (not in the line) */
  cd_value value;    /* its reading (value.start, value.end: offsets into the
                      * normalised line, of no use to a renderer) */
} cd_line_value;

/* The values of a text, in text order: the report of `claimdiff values`. */
typedef struct cd_text_values {
  const char *text;      /* the text read, borrowed from the caller */
  size_t len;            /* its bytes */
  cd_line_value *values; /* nvalues entries, owned */
  size_t nvalues;
  const cd_units *units; /* what the values' units index, borrowed (may be NULL) */
  cd_arena cues;         /* the unresolved dates' cues, copied out of each line's normalised
                            text (freed line by line): their values point here */
} cd_text_values;

/* cd_run_values: reads text[0, len) line by line (lines end at '\n'),
 * normalises each and finds its values (at most 64 a line), relative dates
 * counting from *date (NULL or year 0: left unresolved), counts and prices
 * taking their units from units (borrowed, kept in out: it must outlive out;
 * NULL for none). name is what an
 * error calls the text ("<stdin>"). On success out holds the values and
 * borrows text, which must outlive it; release with cd_run_values_dispose().
 * Invalid UTF-8 or a NUL byte fails with CD_EUTF8 and the line and column;
 * on failure out holds nothing. */
int cd_run_values(cd_text_values *out, const char *name, const char *text, size_t len, const cd_date *date,
                  const cd_units *units, cd_error *err);

/* cd_run_values_dispose: frees what cd_run_values put in v (not the text);
 * v may then be reused. A zeroed v is fine. */
void cd_run_values_dispose(cd_text_values *v);

#endif
