/* pages.h: what the kernel is told about the large blocks a run fills.
 *
 * A document's bytes and its normalised copy are blocks of the input's
 * size that are written whole, once. Touched 4 KiB at a time, each page
 * is a fault: on a virtual machine whose faults trap (12 us each, measured
 * on the hosts these benchmarks run on), 16 MB of input cost 0.2 s in
 * faults alone. Transparent huge pages fault 2 MiB at a time; a block
 * that is filled end to end wastes none of them. (glibc's
 * glibc.malloc.hugetlb=1 tunable asks this of every large block, half
 * empty doubling arrays too, which raised the peak of 16 MB of English
 * from 62.3 to 69.2 MiB; this asks it of the full blocks alone.)
 *
 * Nothing here allocates; a call is one madvise at most. */
#ifndef CD_PAGES_H
#define CD_PAGES_H

#include <stddef.h>

/* Blocks smaller than this are left as they are: a huge page fits inside
 * only a block of twice its size, wherever malloc put it. */
#define CD_PAGES_HUGE_MIN ((size_t)4 << 20)

/* cd_pages_fill_whole: block p[0, n), about to be written end to end, may
 * take huge pages (the whole 2 MiB pages inside it). Advice only: where
 * the kernel takes none (a kernel without them, "never" set), nothing
 * changes. */
void cd_pages_fill_whole(void *p, size_t n);

/* cd_pages_release: the whole 4 KiB pages inside p[0, n), which nothing
 * will read again, given back to the system (MADV_DONTNEED): they leave
 * the resident set at once, and would read as zeros. The block stays
 * allocated; free it as usual. Where there is no such advice, nothing
 * changes. */
void cd_pages_release(void *p, size_t n);

/* cd_pages_start: asks, once at the start of a process (before a thread
 * starts or much is allocated), that the first CD_PAGES_START_HEAP of
 * malloc's heap take huge pages and hold the blocks a run's rules are
 * built in, instead of mapping each large block apart. Loading the rules
 * otherwise faults some 1,500 fresh 4 KiB pages (the cached trees
 * decoded, the lexicon's arrays, the compiled patterns: about 18 ms on a
 * host whose faults trap). Where malloc is not glibc's or the heap
 * cannot be advised, it does nothing, and nothing else changes. */
#define CD_PAGES_START_HEAP ((size_t)8 << 20)
void cd_pages_start(void);

#endif
