/* testutil.h: what every cmocka test file includes first.
 * cmocka 1.1.5 needs these headers before <cmocka.h>. A test that
 * includes run.h before it also gets engine_setup / engine_teardown. */
#ifndef CD_TESTUTIL_H
#define CD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "rules.h"

/* The shipped rules (tests run from the repository root), or NULL with
 * the error printed: for a group setup that needs the ruleset alone. */
static inline cd_ruleset *shipped_rules(void) {
  cd_ruleset *rs = NULL;
  cd_error err;
  memset(&err, 0, sizeof err);
  if (cd_rules_load_dir(&rs, "rules", &err) < 0)
    fprintf(stderr, "%s:%d:%d: %s\n", err.path, err.line, err.column, err.msg);
  return rs;
}

#ifdef CD_RUN_H
#include <stdio.h>
#include <string.h>

/* The shipped rules, loaded once for a group of tests (tests run from the
 * repository root). For cmocka_run_group_tests' setup and teardown. */
static cd_engine *engine;

static int engine_setup(void **state) {
  const char *dir = "rules";
  cd_error err;
  (void)state;
  memset(&err, 0, sizeof err);
  if (cd_engine_new(&engine, &dir, 1, &err) < 0) {
    fprintf(stderr, "%s:%d:%d: %s\n", err.path, err.line, err.column, err.msg);
    return -1;
  }
  return 0;
}

static int engine_teardown(void **state) {
  (void)state;
  cd_engine_free(engine);
  return 0;
}
#endif

#endif
