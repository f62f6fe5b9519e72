/* pages.c: see pages.h. MADV_HUGEPAGE is Linux's, MADV_DONTNEED BSD's and
 * Linux's (glibc declares both under _DEFAULT_SOURCE); where they are not,
 * the calls do nothing. */
#define _DEFAULT_SOURCE /* NOLINT(bugprone-reserved-identifier): glibc's feature-test macro */
#include "pages.h"

#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE ((uintptr_t)2 << 20)

void cd_pages_fill_whole(void *p, size_t n) {
#ifdef MADV_HUGEPAGE
  uintptr_t start = ((uintptr_t)p + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1),
            end = ((uintptr_t)p + n) & ~(HUGE_PAGE - 1);
  if (n >= CD_PAGES_HUGE_MIN && end > start) (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
  (void)p;
  (void)n;
#endif
}

#define PAGE ((uintptr_t)4 << 10)

void cd_pages_release(void *p, size_t n) {
#ifdef MADV_DONTNEED
  uintptr_t start = ((uintptr_t)p + PAGE - 1) & ~(PAGE - 1), end = ((uintptr_t)p + n) & ~(PAGE - 1);
  if (end > start) (void)madvise((void *)start, end - start, MADV_DONTNEED);
#else
  (void)p;
  (void)n;
#endif
}
