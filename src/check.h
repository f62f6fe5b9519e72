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
#include "run.h"

/* cd_check_examples: runs all examples; *failed gets the number that
 * failed, *total the number run. Returns 0 or a negative code on trouble. */
int cd_check_examples(const cd_engine *e, cd_buf *report, size_t *failed, size_t *total,
                      cd_error *err);

#endif
