/* rules_yaml.c: typed reading of a rule file's YAML nodes (rules_load.h).
 *
 * Each reader checks a node's type and contents and keeps what it reads:
 * a scalar as it is (its tree's pool is the ruleset's), what it changes
 * (a key to normalise) in the ruleset's arena; a problem is an error at
 * the node's file:line:col (libyaml marks are 0-based and count
 * characters: 1 is added to each). An unknown field names the nearest
 * known one. Cost: O(size of the node). */
#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "norm.h"
#include "rules_load.h"

int rl_fail(rl_loader *L, const yaml_node_t *n, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return cd_error_set(L->err, CD_ERULES, L->path, n ? (int)n->start_mark.line + 1 : 0,
                      n ? (int)n->start_mark.column + 1 : 0, -1, "%s", msg);
}

int rl_oom(rl_loader *L) {
  return cd_error_set(L->err, CD_ENOMEM, L->path, 0, 0, -1, "out of memory");
}

yaml_node_t *rl_get(rl_loader *L, int id) {
  size_t i = (size_t)id - 1; /* what yaml_document_get_node does, without the call into libyaml */
  yaml_node_t *n;
  if (id < 1 || i >= L->nnodes) return NULL;
  n = &L->doc.nodes.start[i];
  if (L->seen[i]) {
    rl_fail(L, n, "aliases and anchors are not allowed in rule files");
    return NULL;
  }
  L->seen[i] = 1;
  return n;
}

static size_t edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), prev[64], cur[64];
  if (la >= 63 || lb >= 63) return 99;
  for (size_t j = 0; j <= lb; j++) prev[j] = j;
  for (size_t i = 1; i <= la; i++) {
    cur[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t d = prev[j - 1] + (a[i - 1] != b[j - 1]);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      cur[j] = d;
    }
    memcpy(prev, cur, (lb + 1) * sizeof *prev);
  }
  return prev[lb];
}

/* Unknown field: the error names the nearest known one when it is close. */
static int unknown_field(rl_loader *L, const yaml_node_t *key, const char *name, const char *const *known) {
  const char *best = NULL;
  size_t bestd = 3;
  for (size_t i = 0; known[i]; i++) {
    size_t d = edit_distance(name, known[i]);
    if (d < bestd || (d == bestd && !best && d <= 2)) {
      bestd = d;
      best = known[i];
    }
  }
  if (best && bestd <= 2) return rl_fail(L, key, "unknown field '%s' (did you mean '%s'?)", name, best);
  return rl_fail(L, key, "unknown field '%s'", name);
}

int rl_want(rl_loader *L, const yaml_node_t *n, yaml_node_type_t t, const char *what) {
  if (n->type == t) return 0;
  return rl_fail(L, n, "%s must be %s, not %s", what,
                 t == YAML_MAPPING_NODE    ? "a mapping"
                 : t == YAML_SEQUENCE_NODE ? "a list"
                                           : "a string",
                 rl_type_name(n));
}

char *rl_dup(rl_loader *L, const char *s) {
  char *p = cd_arena_strndup(&L->rs->arena, s, strlen(s));
  if (!p) rl_oom(L);
  return p;
}

int rl_keep_pool(rl_loader *L, rl_tree *t) {
  if (!t->file) return 0;
  if (rl_grow((void **)&L->rs->pools, &L->cap_pools, L->rs->npools, sizeof *L->rs->pools) < 0)
    return rl_oom(L);
  L->rs->pools[L->rs->npools++] = t->file;
  t->file = NULL;
  return 0;
}

/* A key normalised: the scalar itself when normalising would copy it
 * unchanged (norm.h: cd_norm_key_or_same), else a normalised arena copy;
 * NULL (and err set) on failure. */
static const char *dup_norm(rl_loader *L, const yaml_node_t *n) {
  const char *p = cd_norm_key_or_same(&L->rs->arena, rl_scalar(n), n->data.scalar.length);
  if (!p) rl_oom(L);
  return p;
}

/* Reads a string or a list of strings into terms (normalised). */
int rl_read_terms(rl_loader *L, yaml_node_t *n, cd_lang lang, cd_term **terms, size_t *nterms,
                  const char *what) {
  yaml_node_item_t *it;
  size_t count, k = 0;
  cd_term *t;
  if (n->type == YAML_SCALAR_NODE) {
    count = 1;
  } else if (n->type == YAML_SEQUENCE_NODE) {
    count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
  } else {
    return rl_fail(L, n, "%s must be a string or a list of strings", what);
  }
  if (count == 0) return rl_fail(L, n, "%s is an empty list", what);
  t = cd_arena_alloc(&L->rs->arena, (*nterms + count) * sizeof *t);
  if (!t) return rl_oom(L);
  if (*nterms) memcpy(t, *terms, *nterms * sizeof *t);
  for (size_t i = 0; i < count; i++) {
    yaml_node_t *s = n;
    if (n->type == YAML_SEQUENCE_NODE) {
      it = n->data.sequence.items.start + i;
      if (!(s = rl_get(L, *it))) return CD_ERULES;
      if (s->type != YAML_SCALAR_NODE)
        return rl_fail(L, s, "each entry of %s must be a string, not %s", what, rl_type_name(s));
    }
    if (s->data.scalar.length == 0) return rl_fail(L, s, "empty string in %s", what);
    cd_term *term = &t[*nterms + k++];
    if (!(term->text = dup_norm(L, s))) return CD_ENOMEM;
    term->file = L->path;
    term->line = (int)s->start_mark.line + 1;
    term->col = (int)s->start_mark.column + 1;
    term->lang = lang;
    term->mention = 0;
  }
  *terms = t;
  *nterms += k;
  return 0;
}

int rl_read_strings(rl_loader *L, yaml_node_t *n, const char ***out, size_t *nout, const char *what,
                    int normalise) {
  size_t count;
  const char **v;
  if (n->type == YAML_SCALAR_NODE)
    count = 1;
  else if (n->type == YAML_SEQUENCE_NODE)
    count = (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
  else
    return rl_fail(L, n, "%s must be a string or a list of strings", what);
  if (!(v = cd_arena_alloc(&L->rs->arena, (count ? count : 1) * sizeof *v))) return rl_oom(L);
  for (size_t i = 0; i < count; i++) {
    yaml_node_t *s = n;
    if (n->type == YAML_SEQUENCE_NODE && !(s = rl_get(L, n->data.sequence.items.start[i]))) return CD_ERULES;
    if (s->type != YAML_SCALAR_NODE)
      return rl_fail(L, s, "each entry of %s must be a string, not %s", what, rl_type_name(s));
    if (!(v[i] = normalise ? dup_norm(L, s) : rl_scalar(s))) return CD_ENOMEM;
    if (normalise && !*v[i]) /* it would match every line, or none */
      return rl_fail(L, s, "an entry of %s is empty", what);
  }
  *out = v;
  *nout = count;
  return 0;
}

static int valid_id(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-')) return 0;
  return 1;
}

/* An id (v a string): checked, then kept as it is (rl_scalar). */
int rl_read_id(rl_loader *L, yaml_node_t *v, const char **id) {
  if (!valid_id(rl_scalar(v)))
    return rl_fail(L, v, "id '%s' must be lower case letters, digits, '_' or '-'", rl_scalar(v));
  return rl_keep(id, v);
}

int rl_read_bool(rl_loader *L, yaml_node_t *n, int *out, const char *what) {
  const char *s;
  if (n->type != YAML_SCALAR_NODE) return rl_fail(L, n, "%s must be true or false", what);
  s = rl_scalar(n);
  if (!strcmp(s, "true") || !strcmp(s, "yes"))
    *out = 1;
  else if (!strcmp(s, "false") || !strcmp(s, "no"))
    *out = 0;
  else
    return rl_fail(L, n, "%s must be true or false, not '%s'", what, s);
  return 0;
}

int rl_walk_mapping(rl_loader *L, yaml_node_t *m, const char *const *known, rl_field_fn fn, void *ctx,
                    const char *what) {
  uint64_t given = 0; /* bit i: known[i] was a key of an earlier pair */
  int error;
  if ((error = rl_want(L, m, YAML_MAPPING_NODE, what)) < 0) return error;
  for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
    yaml_node_t *k = rl_get(L, p->key), *v;
    const char *name;
    size_t i;
    if (!k) return CD_ERULES;
    if (k->type != YAML_SCALAR_NODE) return rl_fail(L, k, "keys of %s must be strings", what);
    name = rl_scalar(k);
    for (i = 0; known[i] && (known[i][0] != name[0] || strcmp(known[i], name)); i++)
      ;
    if (!known[i]) return unknown_field(L, k, name, known);
    /* each earlier key is a known field (the walk stops at the first that
     * is not), so its bit says whether this one came before */
    assert(i < 64); /* a reader's list of fields: a bit each */
    if (given >> i & 1) return rl_fail(L, k, "field '%s' given twice", name);
    given |= (uint64_t)1 << i;
    if (!(v = rl_get(L, p->value))) return CD_ERULES;
    if ((error = fn(L, (int)i, name, k, v, ctx)) < 0) return error;
  }
  return 0;
}

int rl_walk_sequence(rl_loader *L, yaml_node_t *n, const char *what, rl_item_fn fn, void *ctx) {
  int error;
  if ((error = rl_want(L, n, YAML_SEQUENCE_NODE, what)) < 0) return error;
  for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
    yaml_node_t *item = rl_get(L, *it);
    if (!item) return CD_ERULES;
    if ((error = fn(L, item, ctx)) < 0) return error;
  }
  return 0;
}
