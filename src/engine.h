/* engine.h: the rules, loaded and compiled once.
 *
 * A cd_engine is the ruleset plus the two lexicons compiled from it (the
 * entities' aliases and predicates' triggers, and the abbreviations that do
 * not end a sentence), the table of short forms (speaker.h) and the
 * boilerplate rules compiled for trimming (trim.h). It is built once by
 * cd_engine_new and then read by any number of documents, which change
 * nothing in it but the lazy automata of the trim: states a document
 * builds are kept for the next, up to the trim's bound (an answer never
 * depends on them, and documents may be extracted at once). It is the one way the rules reach the stages:
 * extraction, alignment and the rule checks take the engine, and what
 * they build (an extraction, a report) borrows it, so renderers find the
 * rules there. Stages below it take only their part: trim the
 * boilerplate rules, segment the abbreviations. */
#ifndef CD_ENGINE_H
#define CD_ENGINE_H

#include "claimdiff.h"
#include "lexicon.h"
#include "rules.h"
#include "trim.h"

typedef struct cd_short_forms cd_short_forms; /* speaker.h */

typedef struct cd_engine {
  cd_ruleset *rs;              /* owned */
  cd_lexicon *lex;             /* aliases and triggers, owned */
  cd_lexicon *abbrevs;         /* abbreviations, owned */
  cd_short_forms *short_forms; /* which aliases are short forms of which (商务部 of 美国商务部), owned */
  cd_trim *trim;               /* the boilerplate rules, compiled once for every document, owned */
} cd_engine;

/* cd_engine_new: loads the rule directories rules_dirs[0, ndirs) in order
 * (a later directory adds to the earlier ones) and compiles the lexicons.
 * On success *out is a new engine, to free with cd_engine_free(); on
 * failure *out is NULL and err names the file, line and column at fault. */
int cd_engine_new(cd_engine **out, const char *const *rules_dirs, size_t ndirs, cd_error *err);

/* cd_engine_free: releases e and all it owns; NULL does nothing. */
void cd_engine_free(cd_engine *e);

#endif
