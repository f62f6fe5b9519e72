/* test_strindex.c: the hash index of strings: every key added is found
 * with its value through every doubling, a key added twice keeps its first
 * value, and keys never added (prefixes, extensions, the empty string) are
 * not found. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strindex.h"

#define NKEYS 5000

static void test_strindex_empty(void **state) {
  cd_strindex ix = CD_STRINDEX_INIT;
  (void)state;
  assert_int_equal(cd_strindex_find(&ix, "nvidia"), -1);
  assert_int_equal(cd_strindex_find(&ix, ""), -1);
  cd_strindex_dispose(&ix);
  cd_strindex_dispose(&ix); /* twice: nothing left to free */
}

static void test_strindex_many_keys(void **state) {
  cd_strindex ix = CD_STRINDEX_INIT;
  char(*keys)[16] = malloc(NKEYS * sizeof *keys);
  int have;
  (void)state;
  assert_non_null(keys);
  for (int i = 0; i < NKEYS; i++) {
    snprintf(keys[i], sizeof keys[i], "id_%d", i);
    assert_int_equal(cd_strindex_add(&ix, keys[i], i, &have), 0);
    assert_int_equal(have, -1);
    /* every key so far, after each add: across every doubling */
    if ((i & (i + 1)) == 0 || i == NKEYS - 1)
      for (int j = 0; j <= i; j++) assert_int_equal(cd_strindex_find(&ix, keys[j]), j);
  }
  assert_int_equal(ix.n, NKEYS);
  assert_true(ix.n * 2 <= ix.cap);
  /* a copy of a key finds it: keys compare as strings, not as pointers */
  assert_int_equal(cd_strindex_find(&ix, "id_4321"), 4321);
  /* unknown keys: never added, a prefix, an extension, empty */
  assert_int_equal(cd_strindex_find(&ix, "id_"), -1);
  assert_int_equal(cd_strindex_find(&ix, "id_5000"), -1);
  assert_int_equal(cd_strindex_find(&ix, "id_10x"), -1);
  assert_int_equal(cd_strindex_find(&ix, "id_100 "), -1);
  assert_int_equal(cd_strindex_find(&ix, ""), -1);
  cd_strindex_dispose(&ix);
  assert_int_equal(cd_strindex_find(&ix, "id_1"), -1);
  free(keys);
}

static void test_strindex_duplicate_keeps_first(void **state) {
  cd_strindex ix = CD_STRINDEX_INIT;
  int have;
  (void)state;
  assert_int_equal(cd_strindex_add(&ix, "a", 0, &have), 0);
  assert_int_equal(have, -1);
  assert_int_equal(cd_strindex_add(&ix, "b", 1, &have), 0);
  assert_int_equal(have, -1);
  assert_int_equal(cd_strindex_add(&ix, "a", 7, &have), 0);
  assert_int_equal(have, 0);
  assert_int_equal(cd_strindex_find(&ix, "a"), 0);
  assert_int_equal(ix.n, 2);
  /* the empty string is a key like any other */
  assert_int_equal(cd_strindex_add(&ix, "", 3, &have), 0);
  assert_int_equal(have, -1);
  assert_int_equal(cd_strindex_find(&ix, ""), 3);
  cd_strindex_dispose(&ix);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_strindex_empty),
      cmocka_unit_test(test_strindex_many_keys),
      cmocka_unit_test(test_strindex_duplicate_keeps_first),
  };
  return cmocka_run_group_tests_name("strindex", tests, NULL, NULL);
}
