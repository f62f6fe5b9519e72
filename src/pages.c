/* pages.c: see pages.h. MADV_HUGEPAGE is Linux's, MADV_DONTNEED BSD's and
 * Linux's (glibc declares both under _DEFAULT_SOURCE); where they are not,
 * the calls do nothing. */
#define _DEFAULT_SOURCE /* NOLINT(bugprone-reserved-identifier): glibc's feature-test macro */
#include "pages.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

void cd_pages_start(void) {
#if defined(__GLIBC__) && defined(M_TOP_PAD) && defined(MADV_HUGEPAGE)
  static void *head; /* the heap's first bytes up to a huge page, kept */
  char *first, *end;
  uintptr_t at, lo, hi;
  /* Blocks up to 32 MiB from the heap (not a mapping of their own each);
   * the heap grown by CD_PAGES_START_HEAP at once, and not given back
   * below it. */
  if (head || !mallopt(M_MMAP_THRESHOLD, 32 << 20) || !mallopt(M_TOP_PAD, (int)CD_PAGES_START_HEAP) ||
      !mallopt(M_TRIM_THRESHOLD, (int)(2 * CD_PAGES_START_HEAP)))
    return;
  if (!(first = malloc(1))) return;
  end = sbrk(0);
  lo = (uintptr_t)first, hi = (uintptr_t)end; /* two objects' addresses: compared as numbers */
  at = (lo + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
  /* A heap of glibc's: break just past the pad. The bytes before its
   * first huge page are set aside (never touched but at their ends), so
   * the blocks that follow start on it. */
  if (end != (char *)-1 && hi > lo && hi - lo <= 2 * CD_PAGES_START_HEAP && at - lo > 4096) {
    head = malloc(at - lo - 64);
    cd_pages_fill_whole(first, hi - lo);
  }
  free(first);
#endif
}
