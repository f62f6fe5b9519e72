/* engine.h: the rules, loaded and compiled once, and extraction with them.
 *
 * A cd_engine is the ruleset plus the two lexicons compiled from it (the
 * entities' aliases and predicates' triggers, and the abbreviations that do
 * not end a sentence). It is built once by cd_engine_new and then read, never
 * changed, by any number of documents. cd_extract_text lives here rather than
 * in run.c because it needs nothing but an engine: it is how check.c runs a
 * rule's examples, with no files, no alignment and no report. */
#ifndef CD_ENGINE_H
#define CD_ENGINE_H

#include "claimdiff.h"
#include "doc.h"
#include "extract.h"
#include "lexicon.h"
#include "rules.h"

typedef struct cd_engine {
  cd_ruleset *rs;      /* owned */
  cd_lexicon *lex;     /* aliases and triggers, owned */
  cd_lexicon *abbrevs; /* abbreviations, owned */
  cd_extractor x;      /* borrows the three above */
} cd_engine;

/* cd_engine_new: loads the rule directories rules_dirs[0, ndirs) in order
 * (a later directory adds to the earlier ones) and compiles the lexicons.
 * On success *out is a new engine, to free with cd_engine_free(); on
 * failure *out is NULL and err names the file, line and column at fault. */
int cd_engine_new(cd_engine **out, const char *const *rules_dirs, size_t ndirs, cd_error *err);

/* cd_engine_free: releases e and all it owns; NULL does nothing. */
void cd_engine_free(cd_engine *e);

/* cd_extract_text: the claims of a short text (a rule example), as if it
 * were a document named "<example>" dated *date (date may be NULL). On
 * success *doc and *ex are new, to free with cd_extraction_free() and then
 * cd_doc_free(); on failure both are NULL. */
int cd_extract_text(cd_doc **doc, cd_extraction **ex, const cd_engine *e, const char *text,
                    const cd_date *date, cd_error *err);

#endif
