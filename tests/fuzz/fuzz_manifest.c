/* fuzz_manifest.c: a batch manifest (src/stories.c), any bytes, read as
 * `claimdiff batch` reads one: it may be refused, with an error naming
 * the file, never crash; a manifest read holds stories of a summary and
 * at least one source, each a path. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stories.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void cleanup(void) { /* at exit: runs leave nothing in /tmp */
  unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cd_stories st = CD_STORIES_INIT;
  cd_error err;
  FILE *f;
  if (!path[0]) {
    int fd;
    strcpy(path, "/tmp/fuzz_manifest-XXXXXX");
    if ((fd = mkstemp(path)) < 0) abort();
    close(fd);
    atexit(cleanup);
  }
  if (!(f = fopen(path, "wb")) || fwrite(data, 1, size, f) != size || fclose(f)) abort();
  memset(&err, 0, sizeof err);
  if (cd_stories_add(&st, path, &err) < 0) {
    if (strcmp(err.path, path)) abort(); /* an error names the manifest */
  } else {
    for (size_t i = 0; i < st.n; i++) {
      if (st.s[i].npaths < 2 || !st.s[i].name || !*st.s[i].name) abort();
      for (size_t k = 0; k < st.s[i].npaths; k++)
        if (!st.s[i].paths[k] || !*st.s[i].paths[k]) abort();
    }
  }
  cd_stories_free(&st);
  return 0;
}
