/* test_rulecache.c: the rule files' parsed trees kept on disk
 * (src/rules_cache.c). A tree read back must load the same ruleset as the
 * YAML it came from; a cache file that is damaged in any way, or that
 * belongs to other bytes, must be passed over (the YAML parsed, the file
 * rewritten); a file that fails to load is never cached; and the format's
 * checks behind the checksum refuse each way a tree can be malformed. */
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "check.h"
#include "engine.h"
#include "rules.h"
#include "rules_load.h"

static char dir[64]; /* the test's cache directory */

static int make_dir(void **state) {
  (void)state;
  strcpy(dir, "build/test-rulecache-XXXXXX");
  if (!mkdtemp(dir)) return -1;
  return setenv("CLAIMDIFF_CACHE", dir, 1);
}

static void empty_dir(void) {
  DIR *d = opendir(dir);
  struct dirent *de;
  char p[600];
  assert_non_null(d);
  while ((de = readdir(d)) != NULL)
    if (de->d_name[0] != '.') snprintf(p, sizeof p, "%s/%s", dir, de->d_name), unlink(p);
  closedir(d);
}

static int remove_dir(void **state) {
  (void)state;
  empty_dir();
  return rmdir(dir);
}

/* The files in the cache directory whose names end in suffix ("" for all). */
static size_t files_in_dir(const char *suffix) {
  DIR *d = opendir(dir);
  struct dirent *de;
  size_t n = 0, k = strlen(suffix);
  assert_non_null(d);
  while ((de = readdir(d)) != NULL) {
    size_t l = strlen(de->d_name);
    n += de->d_name[0] != '.' && l >= k && !strcmp(de->d_name + l - k, suffix);
  }
  closedir(d);
  return n;
}

/* The one tree there is (a test with one rule file; the engine's
 * lexicon snapshots lie beside it). */
static void only_file(char *out, size_t n) {
  DIR *d = opendir(dir);
  struct dirent *de;
  size_t trees = 0;
  assert_non_null(d);
  out[0] = '\0';
  while ((de = readdir(d)) != NULL)
    if (de->d_name[0] != '.' && strstr(de->d_name, ".tree"))
      snprintf(out, n, "%s/%s", dir, de->d_name), trees++;
  closedir(d);
  assert_int_equal(trees, 1);
}

/* check-rules' report on the engine of rules_dir: what the rules hold and
 * what every example extracts, so that two loads can be compared whole.
 * *ncached is how many files came from the cache. */
static char *engine_report(const char *rules_dir, size_t *ncached) {
  cd_engine *e = NULL;
  cd_error err;
  cd_buf b = CD_BUF_INIT;
  size_t errors, warnings;
  memset(&err, 0, sizeof err);
  if (cd_engine_new(&e, &rules_dir, 1, &err) < 0)
    fail_msg("%s:%d:%d: %s", err.path, err.line, err.column, err.msg);
  assert_int_equal(cd_check_rules(e, &b, &errors, &warnings), 0);
  cd_buf_printf(&b, "%zu entities %zu predicates %zu cues %zu boilerplate %zu examples %zu errors\n",
                e->rs->nentities, e->rs->npredicates, e->rs->ncues, e->rs->nbp, e->rs->nexamples, errors);
  *ncached = e->rs->ncached;
  cd_engine_free(e);
  return cd_buf_detach(&b);
}

static void test_cache_shipped_rules_cold_then_warm(void **state) {
  size_t cold, warm;
  char *a, *b;
  (void)state;
  empty_dir();
  a = engine_report("rules", &cold);
  assert_int_equal(cold, 0);
  assert_int_equal(files_in_dir(".tree"), 9); /* one tree a rule file of rules/ */
  assert_int_equal(files_in_dir(".lex"), 2);  /* the engine's two lexicons */
  b = engine_report("rules", &warm);
  assert_int_equal(warm, 9);
  assert_string_equal(a, b);
  free(a);
  free(b);
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, strlen(text), f), strlen(text));
  assert_int_equal(fclose(f), 0);
}

static void write_file_bytes(const char *path, const unsigned char *p, size_t n) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(p, 1, n, f), n);
  assert_int_equal(fclose(f), 0);
}

static char *read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  char *p;
  long len;
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  len = ftell(f);
  fseek(f, 0, SEEK_SET);
  p = malloc((size_t)len + 1);
  assert_non_null(p);
  assert_int_equal(fread(p, 1, (size_t)len, f), (size_t)len);
  fclose(f);
  *n = (size_t)len;
  return p;
}

static const char small_rules[] = "entities:\n"
                                  "  - id: acme\n"
                                  "    type: company\n"
                                  "    en: [Acme, Acme Corp]\n"
                                  "    zh: [阿克米]\n"
                                  "  - id: beta\n"
                                  "    type: company\n"
                                  "    en: Beta\n";

static char rules_dir[80], rule_file[96];

/* A rules directory of one file, r.yaml, holding text (beside the cache
 * directory, which it empties). */
static void one_file_rules(const char *text) {
  empty_dir();
  snprintf(rules_dir, sizeof rules_dir, "%s-rules", dir);
  mkdir(rules_dir, 0700);
  snprintf(rule_file, sizeof rule_file, "%s/r.yaml", rules_dir);
  write_file(rule_file, text);
}

static int remove_rules(void **state) {
  (void)state;
  unlink(rule_file);
  rmdir(rules_dir);
  return remove_dir(state);
}

static uint32_t u32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void set32(unsigned char *p, uint32_t v) {
  for (int k = 0; k < 4; k++) p[k] = (unsigned char)(v >> (8 * k));
}

/* The layout the damages below aim at (rules_cache.c): a 56-byte header
 * with the four counts at 32; then 20 bytes a node (type, line, column,
 * a, b); then the items, the pairs and the pool. For small_rules, node 1
 * is the root mapping, node 2 the scalar "entities", node 3 the list. */
enum { HDR = 56, NODE = 20 };
static unsigned char *node(unsigned char *t, uint32_t id) {
  return t + HDR + (id - 1) * NODE;
}
static unsigned char *pairs(unsigned char *t) {
  return t + HDR + u32(t + 32) * NODE + u32(t + 36) * 4;
}

static size_t flip_pool_byte(unsigned char *t, size_t n) {
  t[n - 2] ^= 1;
  return n;
}
static size_t truncate_one(unsigned char *t, size_t n) {
  (void)t;
  return n - 1;
}
static size_t add_one(unsigned char *t, size_t n) {
  t[n] = 0;
  return n + 1;
}
static size_t empty(unsigned char *t, size_t n) {
  (void)t, (void)n;
  return 0;
}
static size_t magic(unsigned char *t, size_t n) {
  t[0] = 'X';
  return n;
}
static size_t other_key(unsigned char *t, size_t n) {
  t[8] ^= 1;
  return n;
}
static size_t other_length(unsigned char *t, size_t n) {
  t[16] ^= 1;
  return n;
}
static size_t checksum(unsigned char *t, size_t n) {
  t[24] ^= 1;
  return n;
}
static size_t node_count(unsigned char *t, size_t n) {
  set32(t + 32, u32(t + 32) + 1);
  return n;
}
/* the damages below are sealed: the checksum matches what they leave */
static size_t child_is_parent(unsigned char *t, size_t n) {
  set32(pairs(t), 1); /* the root's first key is the root */
  return n;
}
static size_t id_past_end(unsigned char *t, size_t n) {
  set32(pairs(t) + 4, u32(t + 32) + 1);
  return n;
}
static size_t reached_twice(unsigned char *t, size_t n) {
  set32(t + HDR + u32(t + 32) * NODE, 2); /* the list's first item is the key "entities" */
  return n;
}
static size_t unknown_type(unsigned char *t, size_t n) {
  set32(node(t, 2), 4);
  return n;
}
static size_t scalar_unterminated(unsigned char *t, size_t n) {
  t[n - 1] = 'x'; /* the last scalar's NUL */
  return n;
}
static size_t scalar_not_utf8(unsigned char *t, size_t n) {
  t[n - 2] = 0xFF; /* the last scalar's last byte */
  return n;
}
static size_t mark_too_far(unsigned char *t, size_t n) {
  set32(node(t, 2) + 4, 0x7FFFFFFF); /* the line of "entities" */
  return n;
}
static size_t nul_inside_scalar(unsigned char *t, size_t n) {
  t[n - 3] = 0; /* the last scalar, "Beta", becomes "Be", a NUL and "a" */
  return n;
}
static size_t scalar_past_pool(unsigned char *t, size_t n) {
  set32(node(t, 2) + 12, u32(t + 44));
  return n;
}
static size_t list_past_items(unsigned char *t, size_t n) {
  set32(node(t, 3) + 16, u32(t + 36) + 1);
  return n;
}
static size_t node_unreached(unsigned char *t, size_t n) {
  set32(node(t, 1) + 16, 0); /* the root maps nothing: "entities" and the rest hang loose */
  return n;
}

static const struct {
  const char *what;
  size_t (*damage)(unsigned char *t, size_t n);
  int seal;
} damages[] = {
    {"a pool byte flipped", flip_pool_byte, 0},
    {"one byte short", truncate_one, 0},
    {"one byte more", add_one, 0},
    {"empty", empty, 0},
    {"magic", magic, 0},
    {"key of other bytes", other_key, 0},
    {"length of other bytes", other_length, 0},
    {"checksum", checksum, 0},
    {"node count", node_count, 0},
    {"sealed: a child that is its parent", child_is_parent, 1},
    {"sealed: a node id past the end", id_past_end, 1},
    {"sealed: a node reached twice", reached_twice, 1},
    {"sealed: an unknown node type", unknown_type, 1},
    {"sealed: a scalar without its NUL", scalar_unterminated, 1},
    {"sealed: a scalar past the pool", scalar_past_pool, 1},
    {"sealed: a scalar not UTF-8", scalar_not_utf8, 1},
    {"sealed: a NUL inside a scalar", nul_inside_scalar, 1},
    {"sealed: a line past 2^31", mark_too_far, 1},
    {"sealed: a list past its items", list_past_items, 1},
    {"sealed: a node no one reaches", node_unreached, 1},
};

/* Each damage: the next load parses the YAML (nothing from the cache),
 * loads what the YAML says, and rewrites the file, which the load after
 * it reads back. */
static void test_cache_damaged_table(void **state) {
  size_t k, cached, n;
  char path[600], *fresh, *again;
  (void)state;
  for (k = 0; k < sizeof damages / sizeof damages[0]; k++) {
    unsigned char *t;
    one_file_rules(small_rules);
    fresh = engine_report(rules_dir, &cached);
    assert_int_equal(cached, 0);
    only_file(path, sizeof path);
    t = (unsigned char *)read_file(path, &n);
    t = realloc(t, n + 1);
    n = damages[k].damage(t, n);
    if (damages[k].seal) rl_tree_seal(t, n);
    write_file_bytes(path, t, n);
    free(t);
    again = engine_report(rules_dir, &cached);
    if (cached != 0) fail_msg("damage '%s' was read back", damages[k].what);
    assert_string_equal(fresh, again);
    free(again);
    again = engine_report(rules_dir, &cached);
    if (cached != 1) fail_msg("after damage '%s' the tree was not rewritten", damages[k].what);
    assert_string_equal(fresh, again);
    free(again);
    free(fresh);
  }
}

/* An edit to a rule file takes effect on the next run: its bytes hash to
 * another key, so the tree of the old bytes is passed over and replaced. */
static void test_cache_edit_takes_effect(void **state) {
  size_t cached;
  char *before, *after;
  (void)state;
  one_file_rules(small_rules);
  before = engine_report(rules_dir, &cached);
  write_file(rule_file, "entities:\n  - id: acme\n    type: company\n    en: [Acme]\n");
  after = engine_report(rules_dir, &cached);
  assert_int_equal(cached, 0);
  assert_string_not_equal(before, after);
  assert_non_null(strstr(after, "1 entities"));
  free(after);
  after = engine_report(rules_dir, &cached);
  assert_int_equal(cached, 1);
  assert_non_null(strstr(after, "1 entities"));
  free(after);
  free(before);
}

/* A file that does not load is never cached: its error comes from the
 * YAML every time. */
static void test_cache_error_not_cached(void **state) {
  cd_ruleset *rs = NULL;
  cd_error err;
  const char *d = rules_dir;
  (void)state;
  one_file_rules("entities:\n  - id: acme\n    type: company\n    en: [Acme]\n    colour: red\n");
  for (int run = 0; run < 2; run++) {
    memset(&err, 0, sizeof err);
    assert_true(cd_rules_load_dirs(&rs, &d, 1, &err) < 0);
    assert_int_equal(err.line, 5);
    assert_int_equal(err.column, 5);
    assert_int_equal(files_in_dir(""), 0);
  }
}

/* CLAIMDIFF_CACHE=off (or empty) writes and reads nothing. */
static void test_cache_off(void **state) {
  size_t cached;
  (void)state;
  one_file_rules(small_rules);
  setenv("CLAIMDIFF_CACHE", "off", 1);
  free(engine_report(rules_dir, &cached));
  free(engine_report(rules_dir, &cached));
  assert_int_equal(cached, 0);
  setenv("CLAIMDIFF_CACHE", "", 1);
  free(engine_report(rules_dir, &cached));
  assert_int_equal(cached, 0);
  setenv("CLAIMDIFF_CACHE", dir, 1);
  assert_int_equal(files_in_dir(""), 0);
}

/* Trees built by hand, each node {type, a, b} and the items and pairs
 * after them: the shapes a damage with a good checksum can take that the
 * damages above cannot reach alone. */
typedef struct {
  uint32_t nodes[8][3];
  uint32_t nn, items[8], ni, pairs[8][2], np;
  int ok;
  const char *what;
} hand_tree;

static const hand_tree hand_trees[] = {
    {{{3, 0, 1}, {1, 0, 1}, {2, 0, 1}, {1, 2, 1}}, 4, {4}, 1, {{2, 3}}, 1, 1, "a: [b]"},
    {{{3, 0, 1}, {1, 0, 1}, {1, 2, 1}, {2, 0, 1}, {2, 1, 1}},
     5,
     {5, 4},
     2,
     {{2, 3}},
     1,
     0,
     "a cycle apart from the root: 4 -> 5 -> 4"},
    {{{3, 0, 1}, {1, 0, 1}, {2, 0, 1}}, 3, {3}, 1, {{2, 3}}, 1, 0, "a list that holds itself"},
    {{{2, 0, 2}, {1, 0, 1}, {1, 2, 1}}, 3, {2, 3}, 2, {{0, 0}}, 0, 1, "[a, b]"},
    {{{2, 0, 2}, {1, 0, 1}, {1, 2, 1}}, 3, {2, 0}, 2, {{0, 0}}, 0, 0, "an item of id 0"},
    /* the scalars tile the pool in node order, as the encoder writes them */
    {{{2, 0, 2}, {1, 2, 1}, {1, 0, 1}}, 3, {2, 3}, 2, {{0, 0}}, 0, 0, "[b, a]: scalars out of pool order"},
    {{{2, 0, 1}, {1, 0, 1}}, 2, {2}, 1, {{0, 0}}, 0, 0, "[a]: the pool's b ends no scalar"},
    {{{2, 0, 2}, {1, 0, 1}, {1, 0, 1}}, 3, {2, 3}, 2, {{0, 0}}, 0, 0, "[a, a]: one scalar's bytes twice"},
    {{{2, 0, 1}, {1, 0, 3}}, 2, {2}, 1, {{0, 0}}, 0, 0, "[a\\0b]: a NUL inside a scalar"},
};

static size_t build_tree(unsigned char *t, const hand_tree *h) {
  static const char pool[] = "a\0b\0";
  unsigned char *q = t + HDR;
  memset(t, 0, HDR);
  memcpy(t, "CDTREE03", 8);
  t[8] = 7, t[16] = 9; /* key 7, 9 bytes of source */
  set32(t + 32, h->nn), set32(t + 36, h->ni), set32(t + 40, h->np), set32(t + 44, sizeof pool - 1);
  for (uint32_t i = 0; i < h->nn; i++, q += NODE) {
    memset(q, 0, NODE);
    set32(q, h->nodes[i][0]), set32(q + 12, h->nodes[i][1]), set32(q + 16, h->nodes[i][2]);
  }
  for (uint32_t i = 0; i < h->ni; i++, q += 4) set32(q, h->items[i]);
  for (uint32_t i = 0; i < h->np; i++, q += 8) set32(q, h->pairs[i][0]), set32(q + 4, h->pairs[i][1]);
  memcpy(q, pool, sizeof pool - 1);
  q += sizeof pool - 1;
  rl_tree_seal(t, (size_t)(q - t));
  return (size_t)(q - t);
}

static void test_cache_hand_built_trees(void **state) {
  (void)state;
  for (size_t k = 0; k < sizeof hand_trees / sizeof hand_trees[0]; k++) {
    unsigned char t[512];
    yaml_document_t doc;
    void *block;
    size_t n = build_tree(t, &hand_trees[k]);
    int r = rl_tree_decode(&doc, &block, t, n, 7, 9);
    if (r != (hand_trees[k].ok ? 0 : -1))
      fail_msg("'%s' %s", hand_trees[k].what, r ? "refused" : "read as a tree");
    free(block);
  }
}

/* The decoder refuses a tree nested deeper than rules.c's depth walk
 * allows (RL_DEPTH_MAX), for that walk is not run again on a cached tree:
 * "[[...[a]...]]" with its scalar at depth d decodes for d <= RL_DEPTH_MAX
 * only, as the walk refuses the same YAML for d > RL_DEPTH_MAX only. */
static void test_cache_depth_as_the_walk(void **state) {
  (void)state;
  for (int d = RL_DEPTH_MAX - 1; d <= RL_DEPTH_MAX + 2; d++) {
    char text[64];
    yaml_parser_t parser;
    yaml_document_t doc, back;
    cd_buf a = CD_BUF_INIT;
    cd_ruleset *rs = NULL;
    cd_error err;
    void *block;
    int n = 0;
    for (int k = 0; k < d; k++) text[n++] = '[';
    text[n++] = 'a';
    for (int k = 0; k < d; k++) text[n++] = ']';
    text[n] = '\0';
    assert_true(yaml_parser_initialize(&parser));
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, (size_t)n);
    assert_true(yaml_parser_load(&parser, &doc));
    assert_int_equal(rl_tree_encode(&a, &doc, 42, (size_t)n), 0);
    if (rl_tree_decode(&back, &block, (const unsigned char *)a.ptr, a.len, 42, (size_t)n) !=
        (d > RL_DEPTH_MAX ? -1 : 0))
      fail_msg("a scalar at depth %d: %s", d, block ? "decoded" : "refused");
    free(block);
    memset(&err, 0, sizeof err);
    assert_true(cd_rules_parse(&rs, "deep.yaml", text, (size_t)n, &err) < 0);
    assert_int_equal(strstr(err.msg, "nested deeper") != NULL, d > RL_DEPTH_MAX);
    cd_buf_dispose(&a);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
  }
}

/* The format round trip on every shipped rule file: decode(encode(doc))
 * encodes to the same bytes. */
static void test_cache_round_trip(void **state) {
  static const char *const names[] = {"boilerplate", "checks",     "cues",    "entities-world", "entities",
                                      "goods",       "predicates", "segment", "units"};
  (void)state;
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    char path[64], *text;
    size_t n;
    yaml_parser_t parser;
    yaml_document_t doc, back;
    cd_buf a = CD_BUF_INIT, b = CD_BUF_INIT;
    void *block;
    snprintf(path, sizeof path, "rules/%s.yaml", names[k]);
    text = read_file(path, &n);
    assert_true(yaml_parser_initialize(&parser));
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, n);
    assert_true(yaml_parser_load(&parser, &doc));
    assert_int_equal(rl_tree_encode(&a, &doc, 42, n), 0);
    assert_int_equal(rl_tree_decode(&back, &block, (const unsigned char *)a.ptr, a.len, 42, n), 0);
    assert_int_equal(rl_tree_encode(&b, &back, 42, n), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.ptr, b.ptr, a.len);
    free(block);
    assert_int_equal(rl_tree_decode(&back, &block, (const unsigned char *)a.ptr, a.len, 43, n), -1);
    assert_null(block);
    cd_buf_dispose(&a);
    cd_buf_dispose(&b);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    free(text);
  }
}

/* The key sees every bit of a file, of every length the hash's steps cut
 * differently (32-byte steps in four lanes, 8-byte words, a tail), and
 * where each word stands: two words swapped, within a step or across
 * steps, make another key. */
static void test_cache_key_sees_every_byte(void **state) {
  char b[100];
  (void)state;
  for (size_t i = 0; i < sizeof b; i++) b[i] = (char)(i * 7 + 1);
  for (size_t n = 1; n <= sizeof b; n++) {
    uint64_t k = rl_cache_key(b, n);
    assert_true(k != rl_cache_key(b, n - 1));
    for (size_t i = 0; i < n; i++)
      for (int bit = 0; bit < 8; bit++) {
        b[i] ^= (char)(1 << bit);
        if (rl_cache_key(b, n) == k) fail_msg("%zu bytes: bit %d of byte %zu unseen", n, bit, i);
        b[i] ^= (char)(1 << bit);
      }
  }
  for (size_t a = 0; a + 8 <= sizeof b; a += 8)
    for (size_t c = a + 8; c + 8 <= sizeof b; c += 8) {
      char s[sizeof b], t[8];
      memcpy(s, b, sizeof b);
      memcpy(t, s + a, 8), memcpy(s + a, s + c, 8), memcpy(s + c, t, 8);
      if (rl_cache_key(s, sizeof s) == rl_cache_key(b, sizeof b))
        fail_msg("words at %zu and %zu swapped", a, c);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cache_shipped_rules_cold_then_warm),
      cmocka_unit_test(test_cache_damaged_table),
      cmocka_unit_test(test_cache_edit_takes_effect),
      cmocka_unit_test(test_cache_error_not_cached),
      cmocka_unit_test(test_cache_off),
      cmocka_unit_test(test_cache_round_trip),
      cmocka_unit_test(test_cache_hand_built_trees),
      cmocka_unit_test(test_cache_depth_as_the_walk),
      cmocka_unit_test(test_cache_key_sees_every_byte),
  };
  return cmocka_run_group_tests(tests, make_dir, remove_rules);
}
