/* threads.h: the second thread, where claimdiff uses one.
 *
 * The machines claimdiff runs on have a few cores, and its long jobs
 * split in two well: a story's documents (run.c), a long document's
 * normalisation in halves (norm.c), its sentences read ahead of the claims
 * made of them (ahead.c, which keeps its thread for the document). Every
 * split gives the same result as one thread, byte for byte, so a second
 * thread only ever changes the time taken; CLAIMDIFF_THREADS=1 turns them
 * all off (to measure, or on a machine that counts threads). `claimdiff
 * batch -j N` runs N stories at once on threads of its own (batch.c),
 * each story's as above: -j is asked for, so the variable leaves it be. */
#ifndef CD_THREADS_H
#define CD_THREADS_H

/* cd_one_thread: 1 when CLAIMDIFF_THREADS=1 is set in the environment. */
int cd_one_thread(void);

/* cd_both: fn(b) on a second thread while fn(a) runs on this one, and
 * returns when both have; one after the other on this thread when a
 * second cannot start or under cd_one_thread(). fn must be safe to run
 * twice at once on a and b. Costs a thread's start and join (tens of
 * microseconds): for work of a millisecond or more. */
void cd_both(void *(*fn)(void *), void *a, void *b);

#endif
