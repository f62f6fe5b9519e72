/* run.h: the whole run, with an engine (engine.h) loaded once.
 *
 * cd_run (claimdiff.h) is the pipeline end to end: rules, documents,
 * extraction, alignment, one rendered report. cd_run_report does the same
 * with an engine the caller already has (tests, benchmarks). */
#ifndef CD_RUN_H
#define CD_RUN_H

#include "buf.h"
#include "claimdiff.h"
#include "engine.h"

/* cd_run_report: loads, extracts, aligns and renders into out (text or
 * JSON per opt). *worst is set to the count of findings at or above
 * opt->fail_on. Nothing is appended to out on failure. */
int cd_run_report(cd_buf *out, const cd_engine *e, const cd_options *opt, const char *const *paths,
                  size_t npaths, size_t *worst, cd_error *err);

#endif
