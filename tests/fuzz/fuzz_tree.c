/* fuzz_tree.c: the rule-tree cache (src/rules_cache.c) as a run meets it:
 * the input, given the header of a small rule file's bytes and a checksum
 * that matches (so that the fuzzer gets past them to the checks behind),
 * is written as that file's cache entry, and the rules are loaded. A tree
 * that passes the checks is walked by the section readers like any YAML;
 * one that fails them is parsed from the YAML and rewritten. Neither may
 * crash, and a load from the YAML must succeed. The input is also the
 * cache's file of compiled patterns, given its magic and a checksum that
 * matches: the rule file's pattern (one of the shipped rules', so that a
 * seed made from them holds it) is read back from it or compiled. */
#include <assert.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "rules.h"
#include "rules_load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char text[] = "entities:\n  - id: acme\n    type: company\n    en: [Acme]\n"
                           "boilerplate:\n  - id: more\n    action: drop-line\n"
                           "    pattern: \"^more (from|in) [^.,;!?:]{1,40}(:.*[|].*)?$\"\n";
static char rules_dir[64], dir[96], cache[4200], patterns[4200];

/* At exit: the rule file, the cache's files and both directories, so that
 * runs leave nothing in /tmp. */
static void cleanup(void) {
  char path[4400];
  DIR *cd = opendir(dir);
  struct dirent *e;
  while (cd && (e = readdir(cd)) != NULL)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
      snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
      unlink(path);
    }
  if (cd) closedir(cd);
  rmdir(dir);
  snprintf(path, sizeof path, "%s/r.yaml", rules_dir);
  unlink(path);
  rmdir(rules_dir);
}

static void setup(void) {
  char path[128];
  FILE *f;
  char *d = strcpy(rules_dir, "/tmp/fuzz_tree-XXXXXX");
  if (!mkdtemp(d)) abort();
  atexit(cleanup);
  snprintf(path, sizeof path, "%s/r.yaml", d);
  if (!(f = fopen(path, "wb")) || fwrite(text, 1, sizeof text - 1, f) != sizeof text - 1 || fclose(f))
    abort();
  snprintf(dir, sizeof dir, "%s-cache", d);
  setenv("CLAIMDIFF_CACHE", dir, 1);
  if (cd_cache_dir(dir, sizeof dir) < 0 || rl_cache_path(cache, sizeof cache, dir, path) < 0) abort();
  snprintf(patterns, sizeof patterns, "%s/patterns", dir);
}

/* data[size] written to path. */
static void put(const char *path, const unsigned char *data, size_t size) {
  FILE *f;
  if (!(f = fopen(path, "wb")) || fwrite(data, 1, size, f) != size || fclose(f)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *dir = rules_dir;
  cd_ruleset *rs = NULL;
  cd_error err;
  unsigned char *t;
  uint64_t key = rl_cache_key(text, sizeof text - 1);
  if (!rules_dir[0]) setup();
  if (!(t = malloc(size + 1))) return 0;
  memcpy(t, data, size);
  if (size >= 32) {
    memcpy(t, "CDTREE03", 8);
    for (int k = 0; k < 8; k++) t[8 + k] = (unsigned char)(key >> (8 * k));
    for (int k = 0; k < 8; k++) t[16 + k] = (unsigned char)((sizeof text - 1) >> (8 * k));
    rl_tree_seal(t, size);
  }
  put(cache, t, size);
  memcpy(t, data, size);
  if (size >= 24) {
    memcpy(t, "CDPATS01", 8);
    rl_patterns_seal(t, size);
  }
  put(patterns, t, size);
  free(t);
  memset(&err, 0, sizeof err);
  if (cd_rules_load_dirs(&rs, &dir, 1, &err) < 0) {
    assert(rs == NULL && err.msg[0]);
    assert(err.line > 0); /* an error in a tree's rules, at a mark; a parsed file never fails */
    return 0;
  }
  cd_rules_free(rs);
  return 0;
}
