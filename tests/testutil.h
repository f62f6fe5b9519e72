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
#include <glob.h>
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "norm.h"
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

/* Every story file matching one of globs[0, n) (from the repository
 * root; a pattern that matches nothing is passed over), loaded (as a
 * document, else as a plain file: mutants have no front matter) and its
 * body normalised, handed to fn with its path. Returns how many. */
typedef void (*story_fn)(const char *path, const cd_doc *doc, const cd_norm *nm, void *ctx);
static inline size_t each_story_file(const char *const *globs, size_t n, story_fn fn, void *ctx) {
  size_t files = 0;
  for (size_t g = 0; g < n; g++) {
    glob_t gl;
    if (glob(globs[g], 0, NULL, &gl) != 0) continue;
    for (size_t i = 0; i < gl.gl_pathc; i++, files++) {
      cd_doc *doc = NULL;
      cd_norm nm;
      cd_error err;
      if (cd_doc_load(&doc, gl.gl_pathv[i], 1 << 24, &err) < 0 &&
          cd_doc_load_plain(&doc, gl.gl_pathv[i], 1 << 24, &err) < 0)
        fail_msg("%s: %s", gl.gl_pathv[i], err.msg);
      assert_int_equal(cd_norm_text(&nm, doc->bytes, doc->body, doc->len, NULL), 0);
      fn(gl.gl_pathv[i], doc, &nm, ctx);
      cd_norm_dispose(&nm);
      cd_doc_free(doc);
    }
    globfree(&gl);
  }
  return files;
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
