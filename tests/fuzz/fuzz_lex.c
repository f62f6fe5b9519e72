/* fuzz_lex.c: the lexicon snapshot (src/lexicon_snap.c) as a run meets
 * it. A small ruleset's trie is built once and its snapshot kept; each
 * input is a list of edits to that snapshot (eight bytes each: where, as
 * a 32-bit offset past the magic and key, and the four bytes to put
 * there; a last short record cuts that many bytes off the end), whose
 * checksum is then made to match, so that the fuzzer reaches the shape
 * checks behind it. The lexicon is made from the edited file and scans
 * a text: a snapshot that passes the checks may match wrongly, but
 * neither it nor a refused one may crash or loop. */
#include <assert.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "lexicon.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char rules[] =
    "entities:\n"
    "  - id: nvidia\n    type: company\n    en: [Nvidia, Nvidia Corp]\n    zh: [英伟达, 辉达, 輝達]\n"
    "  - id: us\n    type: country\n    en: [U.S., United States]\n    zh: [美国, 美]\n"
    "predicates:\n"
    "  - id: ban\n    key: [patient]\n    en: [ban*, \"bar* ... from\"]\n    zh: [禁止, 禁售]\n"
    "    examples:\n      - text: The U.S. banned Nvidia chips.\n";
static const char text[] =
    "the united states banned nvidia corp. chips; 美国禁止英伟达芯片 bar them from x 輝達";

static char dir[64], path[4200];
static unsigned char *good;
static size_t ngood;
static cd_ruleset *rs;

/* At exit: the snapshot and the directory. */
static void cleanup(void) {
  DIR *d = opendir(dir);
  struct dirent *e;
  char p[4400];
  while (d && (e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
      snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
      unlink(p);
    }
  if (d) closedir(d);
  rmdir(dir);
  cd_rules_free(rs);
  free(good);
}

/* The ruleset, its trie built once into dir, and the snapshot's bytes. */
static void setup(void) {
  cd_lexicon *lx = NULL;
  cd_error err;
  DIR *d;
  struct dirent *e;
  FILE *f;
  if (!mkdtemp(strcpy(dir, "/tmp/fuzz_lex-XXXXXX"))) abort();
  atexit(cleanup);
  if (cd_rules_parse(&rs, "r.yaml", rules, sizeof rules - 1, &err) < 0 ||
      cd_lexicon_new(&lx, rs, dir, &err) < 0)
    abort();
  cd_lexicon_free(lx);
  if (!(d = opendir(dir))) abort();
  while ((e = readdir(d)) != NULL)
    if (strstr(e->d_name, ".lex")) snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
  closedir(d);
  if (!path[0] || !(f = fopen(path, "rb")) || fseek(f, 0, SEEK_END) || (ngood = (size_t)ftell(f)) < 40)
    abort();
  rewind(f);
  if (!(good = malloc(ngood)) || fread(good, 1, ngood, f) != ngood) abort();
  fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cd_lexicon *lx = NULL;
  cd_match *m = NULL;
  size_t n = ngood, nm = 0, cap = 0;
  unsigned char *t;
  uint64_t key, sum;
  cd_error err;
  FILE *f;
  if (!good) setup();
  if (!(t = malloc(ngood))) return 0;
  memcpy(t, good, ngood);
  for (size_t i = 0; i + 8 <= size; i += 8) { /* an edit: offset, four bytes */
    uint32_t at;
    memcpy(&at, data + i, 4);
    at = 24 + at % (uint32_t)(ngood - 24);
    memcpy(t + at, data + i + 4, at + 4 <= ngood ? 4 : ngood - at);
  }
  if (size % 8) n -= data[size - size % 8] < n ? data[size - size % 8] : n; /* cut off the end */
  if (n >= 40) {
    memcpy(&key, t + 8, 8);
    sum = cd_hash64(t + 40, n - 40, key);
    memcpy(t + 16, &sum, 8);
  }
  if (!(f = fopen(path, "wb")) || fwrite(t, 1, n, f) != n || fclose(f)) abort();
  free(t);
  assert(cd_lexicon_new(&lx, rs, dir, &err) == 0);
  assert(cd_lexicon_scan(lx, text, sizeof text - 1, &m, &nm, &cap) == 0);
  for (size_t i = 0; i < sizeof text - 1; i++) (void)cd_lexicon_longest_at(lx, text, sizeof text - 1, i);
  free(m);
  cd_lexicon_free(lx);
  return 0;
}
