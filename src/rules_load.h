/* rules_load.h: one rule file being read into a ruleset: the loader and the
 * helpers the rules files share, private to src/rules*.c (never installed,
 * never included elsewhere but by the cache's tests).
 *
 *   rules.c           files and directories, the public API, one file's
 *                     load, group resolution
 *   rules_files.c     a load's files read, then parsed on two threads
 *   rules_parse.c     one file's YAML into a tree, from libyaml's events
 *   rules_yaml.c      typed reading of YAML nodes, errors at file:line:col
 *   rules_sections.c  the sections of a rule file and their examples
 *   rules_cache.c     a rule file's parsed tree kept on disk for the next run,
 *                     and the boilerplate patterns compiled
 *
 * Names: a type or function defined in one rules file and used in another is
 * rl_<what> (rl_loader, rl_fail, rl_walk_mapping); what one file alone uses
 * stays static there with a plain name. An rl_ function that can fail
 * returns 0 or a negative CD_E... code, with L->err naming file:line:col. */
#ifndef CD_RULES_LOAD_H
#define CD_RULES_LOAD_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

#include "buf.h"
#include "rules.h"

/* How deep a rule file's YAML may nest (the root is at depth 0). */
#define RL_DEPTH_MAX 16

/* An entity's `group:` ids: resolved to entity indices once all files are
 * read, since a group may be defined in a later file. */
typedef struct rl_pending_group {
  int entity; /* index into rs->entities */
  const char **ids;
  size_t n;
  const char *file; /* where `group:` is written, for the error */
  int line, col;
} rl_pending_group;

/* A rule file's tree, parsed (rules_parse.c) or read back from the cache
 * (rules_cache.c): the bytes its scalars point into (the scalars' pool:
 * each scalar's bytes and a NUL) and the nodes, lists' items and
 * mappings' pairs the yaml_document_t points into: read back, one block
 * holds all three; parsed, they are the three arrays the parse grew (no
 * copy of them made). All malloc'd or NULL; rl_tree_free frees them. A
 * walk hands the pool to the ruleset first (rl_keep_pool), so that the
 * ruleset's strings that are a scalar as written point into it, not into
 * copies. */
typedef struct rl_tree {
  unsigned char *file; /* the pool */
  void *block;         /* the nodes (read back: and the items and pairs) */
  void *items;         /* parsed: the lists' items, or NULL */
  void *pairs;         /* parsed: the mappings' pairs, or NULL */
} rl_tree;

/* The compiled patterns of the cache directory's file of them
 * (rules_cache.c), while one rule file is walked: what was read of it,
 * and the patterns the walk has, to write it again when one of them had
 * to be compiled. */
typedef struct rl_pattern_use {
  const char *src;     /* the pattern as written (the ruleset's) */
  const cd_pattern *p; /* compiled, or read back (the ruleset's) */
} rl_pattern_use;
typedef struct rl_patterns {
  unsigned char *file; /* the file read whole (malloc'd), or NULL */
  size_t size;
  int looked; /* the file was looked for */
  int missed; /* a pattern was compiled, not read back */
  rl_pattern_use *used;
  size_t nused, capused;
} rl_patterns;

/* One load: the ruleset being built and the rule file being read. */
typedef struct {
  cd_ruleset *rs;
  yaml_document_t doc;   /* the tree of the file being walked */
  rl_tree tree;          /* what doc points into (cd_rules_parse) */
  const char *path;      /* arena copy */
  const char *cache_dir; /* cd_cache_dir(), or NULL: no cache this load */
  int wrote;             /* 1: a tree was written to it (cd_cache_prune after the load) */
  unsigned char *seen;
  size_t nnodes;
  cd_error *err;
  size_t cap_ent, cap_pred, cap_cue, cap_bp, cap_abbr, cap_ex, cap_unit, cap_measure, cap_pools;
  rl_pending_group *pending; /* entity groups, resolved once all files are read */
  size_t npending, cap_pending;
  cd_strindex unit_ids, measure_ids;     /* id -> index into units / measures */
  cd_strindex unit_words, measure_words; /* word -> the unit (measure) it is a word of */
  cd_strindex approximations, hedges;    /* key -> the first such cue (rs->cues index) */
  rl_patterns pats;                      /* the file's patterns, while it is walked (rl_read_sections) */
} rl_loader;

/* Room for one more element after the n there are: the call into buf.c
 * only when the array is full (once a doubling), not once an element. */
static inline int rl_grow(void **p, size_t *cap, size_t n, size_t size) {
  return n < *cap ? 0 : cd_array_reserve(p, cap, n + 1, size);
}

/* A scalar's bytes, NUL-terminated: they live as long as the ruleset (its
 * tree's pool is the ruleset's from the start of the walk), so a reader
 * keeps them as they are, with no copy. */
static inline const char *rl_scalar(const yaml_node_t *n) {
  return (const char *)n->data.scalar.value;
}

/* Keeps scalar n's bytes as *out (no copy: rl_scalar); returns 0. */
static inline int rl_keep(const char **out, const yaml_node_t *n) {
  *out = rl_scalar(n);
  return 0;
}

/* "a mapping", "a list" or "a string", for messages. */
static inline const char *rl_type_name(const yaml_node_t *n) {
  return n->type == YAML_MAPPING_NODE ? "a mapping" : n->type == YAML_SEQUENCE_NODE ? "a list" : "a string";
}

/* ---- Reading YAML nodes (rules_yaml.c) ----------------------------------- */

/* Sets L->err to CD_ERULES at n's line and column (0:0 when n is NULL) with
 * the formatted message; returns CD_ERULES. */
int rl_fail(rl_loader *L, const yaml_node_t *n, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Sets L->err to CD_ENOMEM; returns it. */
int rl_oom(rl_loader *L);
/* Node id, marked as read; NULL when there is none, or (err set) when it was
 * read before: an alias. */
yaml_node_t *rl_get(rl_loader *L, int id);
/* 0 when n is of type t, else an error naming what n should be. */
int rl_want(rl_loader *L, const yaml_node_t *n, yaml_node_type_t t, const char *what);
/* An arena copy of s; NULL (and err set) on failure. For a string that
 * is not a scalar (a scalar is kept as it is: rl_scalar). */
char *rl_dup(rl_loader *L, const char *s);
/* t's pool handed over to the ruleset, which frees it with itself (t's
 * file is then NULL): before the walk of t's tree. 0 or CD_ENOMEM (t
 * untouched). */
int rl_keep_pool(rl_loader *L, rl_tree *t);
/* A string or a list of strings, appended to terms (normalised) with their
 * file:line:col. */
int rl_read_terms(rl_loader *L, yaml_node_t *n, cd_lang lang, cd_term **terms, size_t *nterms,
                  const char *what);
/* A string or a list of strings into *out, normalised when normalise is set. */
int rl_read_strings(rl_loader *L, yaml_node_t *n, const char ***out, size_t *nout, const char *what,
                    int normalise);
/* An id (v a string): lower case letters, digits, '_' or '-'. */
int rl_read_id(rl_loader *L, yaml_node_t *v, const char **id);
/* true/yes or false/no. */
int rl_read_bool(rl_loader *L, yaml_node_t *n, int *out, const char *what);

/* The mapping's pairs, each key checked against known (NULL-terminated,
 * at most 64 fields): an unknown or repeated key is an error; fn gets
 * each pair in order, with the key's index in known (field), so that a
 * reader tells its fields apart by number, not by comparing names again. */
typedef int (*rl_field_fn)(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v,
                           void *ctx);
int rl_walk_mapping(rl_loader *L, yaml_node_t *m, const char *const *known, rl_field_fn fn, void *ctx,
                    const char *what);

/* The list's items in order, each handed to fn: one rule, one example. */
typedef int (*rl_item_fn)(rl_loader *L, yaml_node_t *item, void *ctx);
int rl_walk_sequence(rl_loader *L, yaml_node_t *n, const char *what, rl_item_fn fn, void *ctx);

/* ---- A load's files, read and parsed (rules_files.c) --------------------- */

/* One rule file of a load, from its read to its walk. */
typedef struct rl_file {
  const char *path; /* the caller's */
  char *bytes;      /* what was read, until its tree is made */
  size_t len;       /* bytes read */
  uint64_t key;     /* the bytes' cache key, when use_cache */
  int use_cache;    /* the cache has a place for this file */
  int cached;       /* the tree came from the cache */
  rl_tree tree;     /* owns what doc points into */
  yaml_document_t doc;
} rl_file;

/* A file's place in the order of parsing: larger files first. */
typedef struct rl_order {
  size_t len;  /* the file's bytes */
  size_t file; /* index into rl_files.files */
} rl_order;

/* A load's files. Between rl_files_parse and rl_files_dispose, the first
 * `ready` files have their trees, to be walked in order; when ready < n,
 * file `ready` failed to read or parse with error (its CD_E... code) and
 * err, and the files after it are not to be walked. */
typedef struct rl_files {
  rl_file *files;
  size_t n;
  size_t ready;
  int error;
  cd_error err;
  size_t nread;          /* files read: all, or up to the first that could not be */
  rl_order *order;       /* the files to parse (read, not in the cache), largest first */
  size_t nparse;         /* how many */
  size_t next;           /* the next of order to parse (under lock) */
  const char *cache_dir; /* NULL: no cache */
  pthread_mutex_t lock;  /* next and ready (a failure) while two threads parse */
  int locked;            /* lock was made */
} rl_files;

/* Reads paths[0, n) in order up to the first that cannot be read; leaves
 * the files cache_dir may hold a tree of (NULL: none) to the walk
 * (rl_file_tree); parses the others, largest first, on this thread and
 * one more (when there are two to parse and two processors). Returns 0
 * when no file failed, else the first failure's code (fs->ready, fs->err
 * say which and why). Free fs with rl_files_dispose either way. */
int rl_files_parse(rl_files *fs, const char *const *paths, size_t n, const char *cache_dir);
void rl_files_dispose(rl_files *fs);
/* File f's tree, when rl_files_parse left it to the walk (the cache may
 * hold it): read back from cache_dir, else parsed here, err saying why it
 * could not be; 0 at once when f has its tree. */
int rl_file_tree(rl_file *f, const char *cache_dir, cd_error *err);

/* A rule file's bytes (taken over, malloc'd with room for a NUL) checked
 * as a plain document (UTF-8, BOM, not empty: the checks' errors are
 * CD_ERULES) and parsed into *doc, *t owning what it points into. */
int rl_parse_file(rl_tree *t, yaml_document_t *doc, const char *path, char *bytes, size_t len, cd_error *err);

/* ---- A rule file's YAML parsed (rules_parse.c) --------------------------- */

/* The YAML bytes[len] of the rule file at path into *doc, the tree
 * yaml_parser_load would make of the stream's first document (the same
 * node ids, types, start marks and scalars), its nodes and scalars in *t
 * (free it with rl_tree_free; nothing to free on failure). Refused with
 * CD_ERULES at file:line:col in err, as rules.c always refused them: what
 * libyaml refuses (its problem and context), a second document (at its
 * root), then the first node a walk of the tree meets that is reached twice
 * (an alias: "aliases and anchors are not allowed") or is deeper than
 * RL_DEPTH_MAX; CD_ENOMEM. A stream with no document gives a document
 * with no node. Touches nothing but its arguments: safe on any thread. */
int rl_tree_parse(rl_tree *t, yaml_document_t *doc, const char *bytes, size_t len, const char *path,
                  cd_error *err);

/* ---- The parsed-tree cache (rules_cache.c) ------------------------------ */

/* The trees a cache directory keeps (cd_cache_prune after a load that
 * wrote one): trees are named by their rule file's path, so without a
 * bound every new path (a fresh clone, a test's temporary rules) would
 * stay for good. */
#define RL_CACHE_TREES_MAX 256

/* The cache key of a rule file's bytes: a 64-bit hash of them, of the
 * cache format and of the libyaml version. */
uint64_t rl_cache_key(const char *bytes, size_t len);
/* The cache file of rule_file in dir into out[n], named by a hash of the
 * rule file's absolute path; -1 when the path does not fit. */
int rl_cache_path(char *out, size_t n, const char *dir, const char *rule_file);
/* The tree cached at path for a rule file of srclen bytes hashing to key,
 * into *doc (t owns what it points into: rl_tree_free); -1 when there is
 * none or it fails any check. */
int rl_cache_read(rl_tree *t, yaml_document_t *doc, const char *path, uint64_t key, size_t srclen);
/* Writes doc's tree to path, through a temporary file renamed into place:
 * 0, or -1 when it could not (no file is left, and nothing is reported:
 * a cache). */
int rl_cache_write(const char *path, const yaml_document_t *doc, uint64_t key, size_t srclen);
/* The cache format itself, for rl_cache_* and the tests of the cache
 * (tests/test_rulecache.c, tests/fuzz/fuzz_tree.c): encode into out
 * (cleared first), and decode buf[n] (which must outlive *doc) into *doc
 * and the malloc'd *block its nodes live in; each returns 0 or -1.
 * rl_tree_seal sets the checksum of a tree of n bytes to match its
 * payload (the tests seal what they have damaged, to reach the checks
 * behind the checksum). */
int rl_tree_encode(cd_buf *out, const yaml_document_t *doc, uint64_t key, size_t srclen);
void rl_tree_seal(unsigned char *buf, size_t n);
int rl_tree_decode(yaml_document_t *doc, void **block, const unsigned char *buf, size_t n, uint64_t key,
                   size_t srclen);
void rl_tree_free(rl_tree *t);

/* The compiled patterns a cache directory keeps, in one file ("patterns":
 * no hash names it, so cd_cache_prune leaves it) of at most
 * RL_CACHE_PATTERNS_MAX patterns, each under the source it was compiled
 * from, the file keyed by cd_pattern_format (a rebuilt pattern.c reads no
 * pattern an older one saved). */
#define RL_CACHE_PATTERNS_MAX 256

/* src[len] compiled into *out as cd_pattern_compile would (the same
 * returns, msg[msgn] the same), or read back from dir's file of patterns
 * (NULL: no cache) when it holds src, ps keeping what was read and used. */
int rl_pattern_get(cd_pattern **out, rl_patterns *ps, const char *dir, const char *src, size_t len, char *msg,
                   size_t msgn);
/* The file of patterns rewritten when write is set and a pattern of ps had
 * to be compiled (this walk's patterns first, then the others it held, up
 * to RL_CACHE_PATTERNS_MAX); what ps holds freed, the patterns not. */
void rl_patterns_end(rl_patterns *ps, const char *dir, int write);
/* The file of patterns in buf[n] checked (its header and checksum): 0, or
 * -1. rl_patterns_seal sets a file's checksum to match its entries. For
 * the tests and the fuzz target. */
int rl_patterns_check(const unsigned char *buf, size_t n);
void rl_patterns_seal(unsigned char *buf, size_t n);

/* ---- The sections of a rule file (rules_sections.c) ---------------------- */

/* The top-level mapping of a rule file (root, already read by rl_get):
 * each section is checked and appended to L->rs, in file order. */
int rl_read_sections(rl_loader *L, yaml_node_t *root);

#endif
