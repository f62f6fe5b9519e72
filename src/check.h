/* check.h: run the rules' embedded examples.
 *
 * Every entity, predicate and boilerplate rule may carry examples: a
 * sentence and what extraction must (or must not) make of it. Each example
 * is extracted as a one-sentence document and compared; each failure is
 * reported as "file:line: example ...: expected ..., got ..." in report.
 * Cost: one extraction per example. */
#ifndef CD_CHECK_H
#define CD_CHECK_H

#include <stddef.h>

#include "buf.h"
#include "engine.h"

/* cd_check_rules: the checks that need the whole ruleset, beyond what
 * loading already refuses: an alias of two entities, a trigger of two
 * predicates (errors: the match would be ambiguous), example entity ids
 * that do not exist (error); and, as warnings, the legal but suspicious: a
 * key given twice in one entry, a key that starts with a cue word and so
 * hides the cue ("could cost" swallows the hedge "could"), a '*' on a stem
 * shorter than four letters, an English key of one letter, a predicate
 * with no example. (An alias that is also a trigger is allowed: both are
 * matched, as "the Entity List" names the list and the listing.)
 * Each problem is one line "file:line:col: error|warning: message" in
 * report, in file order. Returns 0 or CD_ENOMEM. */
int cd_check_rules(const cd_engine *e, cd_buf *report, size_t *errors, size_t *warnings);

/* cd_check_examples: runs all examples; *failed gets the number that
 * failed, *total the number run. Returns 0 or a negative code on trouble. */
int cd_check_examples(const cd_engine *e, cd_buf *report, size_t *failed, size_t *total, cd_error *err);

#endif
