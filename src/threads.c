/* threads.c: see threads.h. */
#include "threads.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

int cd_one_thread(void) {
  const char *threads = getenv("CLAIMDIFF_THREADS");
  return threads && !strcmp(threads, "1");
}

void cd_both(void *(*fn)(void *), void *a, void *b) {
  pthread_t other;
  int two = !cd_one_thread() && pthread_create(&other, NULL, fn, b) == 0;
  fn(a);
  if (two)
    pthread_join(other, NULL);
  else
    fn(b);
}
