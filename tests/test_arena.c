/* test_arena.c: the bump allocator: what cd_arena_alloc hands out is
 * aligned for any object, cd_arena_ints packs int lists at an int's
 * alignment (a list of one takes 4 bytes, not 16), both are zeroed, and
 * requests larger than a block get a block of their own. */
#include "testutil.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

static int aligned(const void *p, size_t align) {
  return (uintptr_t)p % align == 0;
}

static void test_arena_ints_are_packed(void **state) {
  cd_arena a = CD_ARENA_INIT;
  int *x, *y, *z;
  (void)state;
  x = cd_arena_ints(&a, 1);
  y = cd_arena_ints(&a, 3);
  z = cd_arena_ints(&a, 0); /* one int, as cd_arena_alloc gives a byte for 0 */
  assert_non_null(x);
  assert_non_null(y);
  assert_non_null(z);
  assert_ptr_equal(y, x + 1); /* no padding to 16 between int lists */
  assert_ptr_equal(z, y + 3);
  assert_int_equal(x[0] | y[0] | y[1] | y[2] | z[0], 0);
  cd_arena_dispose(&a);
}

static void test_arena_alloc_stays_aligned_after_ints(void **state) {
  cd_arena a = CD_ARENA_INIT;
  unsigned char *p;
  (void)state;
  for (int i = 0; i < 1000; i++) { /* across blocks */
    int *v = cd_arena_ints(&a, (size_t)(i % 5));
    assert_non_null(v);
    assert_true(aligned(v, alignof(int)));
    assert_non_null(p = cd_arena_alloc(&a, (size_t)(i % 37)));
    assert_true(aligned(p, alignof(max_align_t)));
    for (int k = 0; k < i % 37; k++) assert_int_equal(p[k], 0);
    memset(p, 0xFF, (size_t)(i % 37)); /* the next allocation must not see this */
  }
  cd_arena_dispose(&a);
}

static void test_arena_large_requests(void **state) {
  cd_arena a = CD_ARENA_INIT;
  size_t big = 200000; /* more than a block */
  int *v;
  char *s;
  (void)state;
  assert_non_null(cd_arena_ints(&a, 2));
  assert_non_null(v = cd_arena_ints(&a, big));
  v[big - 1] = 7;
  assert_non_null(s = cd_arena_strndup(&a, "h20 chips", 3));
  assert_string_equal(s, "h20");
  assert_null(cd_arena_ints(&a, SIZE_MAX / 2)); /* overflows: no allocation */
  cd_arena_dispose(&a);
  cd_arena_dispose(&a); /* twice: nothing left to free */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_ints_are_packed),
      cmocka_unit_test(test_arena_alloc_stays_aligned_after_ints),
      cmocka_unit_test(test_arena_large_requests),
  };
  return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
