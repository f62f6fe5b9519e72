/* run.h: the engine (rules + compiled lexicons) and the whole run.
 *
 * A cd_engine is loaded once and used for any number of documents: the
 * ruleset and both lexicons are built in cd_engine_new and released in
 * cd_engine_free. cd_run (claimdiff.h) is the pipeline end to end. */
#ifndef CD_RUN_H
#define CD_RUN_H

#include "buf.h"
#include "claimdiff.h"
#include "extract.h"
#include "lexicon.h"
#include "rules.h"

typedef struct cd_engine {
  cd_ruleset *rs;
  cd_lexicon *lex;
  cd_lexicon *abbrevs;
  cd_extractor x;
} cd_engine;

/* cd_engine_new: loads the rule directories (in order) and compiles them. */
int cd_engine_new(cd_engine **out, const char *const *rules_dirs, size_t ndirs, cd_error *err);
void cd_engine_free(cd_engine *e);

/* cd_run_report: loads, extracts, aligns and renders into out (text or
 * JSON per opt). *worst is set to the count of findings at or above
 * opt->fail_on. Nothing is appended to out on failure. */
int cd_run_report(cd_buf *out, const cd_engine *e, const cd_options *opt, const char *const *paths,
                  size_t npaths, size_t *worst, cd_error *err);

/* cd_extract_text: claims of a short text (a rule example), as if it were
 * a document dated *date (date may be NULL). Free *doc and *ex after use. */
int cd_extract_text(cd_doc **doc, cd_extraction **ex, const cd_engine *e, const char *text,
                    const cd_date *date, cd_error *err);

#endif
