/* rules_load.h: one rule file being read into a ruleset: the loader and the
 * helpers the rules files share, private to src/rules*.c (never installed,
 * never included elsewhere).
 *
 *   rules.c           files and directories, the public API, one file's YAML
 *                     load (depth check first), group resolution
 *   rules_yaml.c      typed reading of YAML nodes, errors at file:line:col
 *   rules_sections.c  the sections of a rule file and their examples
 *
 * Names: a type or function defined in one rules file and used in another is
 * rl_<what> (rl_loader, rl_fail, rl_walk_mapping); what one file alone uses
 * stays static there with a plain name. An rl_ function that can fail
 * returns 0 or a negative CD_E... code, with L->err naming file:line:col. */
#ifndef CD_RULES_LOAD_H
#define CD_RULES_LOAD_H

#include <stddef.h>
#include <yaml.h>

#include "buf.h"
#include "rules.h"

/* An entity's `group:` ids: resolved to entity indices once all files are
 * read, since a group may be defined in a later file. */
typedef struct rl_pending_group {
  int entity; /* index into rs->entities */
  const char **ids;
  size_t n;
  const char *file; /* where `group:` is written, for the error */
  int line, col;
} rl_pending_group;

/* One load: the ruleset being built and the rule file being read. */
typedef struct {
  cd_ruleset *rs;
  yaml_document_t doc;
  const char *path; /* arena copy */
  unsigned char *seen;
  size_t nnodes;
  cd_error *err;
  size_t cap_ent, cap_pred, cap_cue, cap_bp, cap_abbr, cap_ex, cap_unit, cap_measure;
  rl_pending_group *pending; /* entity groups, resolved once all files are read */
  size_t npending, cap_pending;
  cd_strindex unit_ids, measure_ids;     /* id -> index into units / measures */
  cd_strindex unit_words, measure_words; /* word -> the unit (measure) it is a word of */
  cd_strindex approximations, hedges;    /* key -> the first such cue (rs->cues index) */
} rl_loader;

/* Room for one more element after the n there are. */
static inline int rl_grow(void **p, size_t *cap, size_t n, size_t size) {
  return cd_array_reserve(p, cap, n + 1, size);
}

static inline const char *rl_scalar(const yaml_node_t *n) {
  return (const char *)n->data.scalar.value;
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
/* An arena copy of s; NULL (and err set) on failure. */
char *rl_dup(rl_loader *L, const char *s);
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

/* The mapping's pairs, each key checked against known (NULL-terminated):
 * an unknown or repeated key is an error; fn gets each pair in order. */
typedef int (*rl_field_fn)(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx);
int rl_walk_mapping(rl_loader *L, yaml_node_t *m, const char *const *known, rl_field_fn fn, void *ctx,
                    const char *what);

/* The list's items in order, each handed to fn: one rule, one example. */
typedef int (*rl_item_fn)(rl_loader *L, yaml_node_t *item, void *ctx);
int rl_walk_sequence(rl_loader *L, yaml_node_t *n, const char *what, rl_item_fn fn, void *ctx);

/* ---- The sections of a rule file (rules_sections.c) ---------------------- */

/* The top-level mapping of a rule file (root, already read by rl_get):
 * each section is checked and appended to L->rs, in file order. */
int rl_read_sections(rl_loader *L, yaml_node_t *root);

#endif
