/* rules.c: rule files -> cd_ruleset, strictly checked.
 *
 * Each file is read whole, checked for UTF-8 and parsed into a tree
 * (rules_parse.c), or its tree read back from the cache when it holds one
 * of these very bytes (rules_cache.c), all files before any is walked
 * (rules_files.c, on two threads); then the trees are walked in file
 * order. This file finds the files, walks them, caches the trees it had
 * to parse, and resolves entity groups once all are read;
 * rules_sections.c reads a file's sections with the node readers of
 * rules_yaml.c. A tree comes with its depth and sharing checked, an alias
 * (a node reached twice) refused instead of expanded: no anchor bombs;
 * walking marks nodes as seen all the same. libyaml marks are 0-based and
 * count characters; errors add 1 to each. */
#include "rules.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "cache.h"
#include "rules_load.h"
#include "values.h"

#define RULE_FILES_MAX 4096

/* The tree walked (its depth and sharing checked when it was made:
 * rl_tree_parse, rl_tree_decode): the sections. */
static int walk_doc(rl_loader *L, const char *path) {
  yaml_node_t *root;
  int error = 0;
  L->nnodes = (size_t)(L->doc.nodes.top - L->doc.nodes.start);
  if (!(L->seen = calloc(L->nnodes + 1, 1))) return rl_oom(L);
  root = yaml_document_get_root_node(&L->doc);
  if (!root) error = cd_error_set(L->err, CD_ERULES, path, 1, 1, -1, "empty rule file");
  if (!error) error = rl_get(L, 1) ? rl_read_sections(L, root) : CD_ERULES;
  free(L->seen);
  L->seen = NULL;
  return error;
}

/* File f's tree walked, then freed but for its scalars' pool, which the
 * ruleset takes before the walk (its strings point into it); when it was
 * parsed (not read back from the cache) and the cache has a place for
 * it, cached once it has loaded without error. */
static int walk_file(rl_loader *L, rl_file *f) {
  char cache[4200];
  int error;
  if (!(L->path = rl_dup(L, f->path))) return CD_ENOMEM;
  if ((error = rl_file_tree(f, L->cache_dir, L->err)) < 0 || (error = rl_keep_pool(L, &f->tree)) < 0)
    return error;
  L->doc = f->doc;
  if (f->cached) L->rs->ncached++;
  error = walk_doc(L, f->path);
  if (!error && f->use_cache && !f->cached &&
      rl_cache_path(cache, sizeof cache, L->cache_dir, f->path) == 0 &&
      rl_cache_write(cache, &L->doc, f->key, f->len) == 0)
    L->wrote = 1;
  rl_tree_free(&f->tree);
  return error;
}

static int resolve_groups(rl_loader *L) {
  for (size_t i = 0; i < L->npending; i++) {
    rl_pending_group *g = &L->pending[i];
    cd_entity *e = &L->rs->entities[g->entity];
    if (!(e->groups = cd_arena_alloc(&L->rs->arena, g->n * sizeof *e->groups))) return rl_oom(L);
    for (size_t j = 0; j < g->n; j++) {
      int k = cd_rules_find_entity(L->rs, g->ids[j]);
      if (k < 0)
        return cd_error_set(L->err, CD_ERULES, g->file, g->line, g->col, -1,
                            "group '%s' of entity '%s' is not an entity id", g->ids[j], e->id);
      e->groups[e->ngroups++] = k;
    }
  }
  return 0;
}

/* One predicate's `opposite:`: a plain event predicate (no topic, no
 * denial, no figures, no opposite of its own), not the predicate itself.
 * A denial may have one: what it makes of a denial whose content no
 * trigger tells (extract.c). */
static int resolve_opposite(rl_loader *L, cd_predicate *pr) {
  const cd_predicate *o;
  pr->opposite = -1;
  if (!pr->opposite_id) return 0;
  pr->opposite = cd_rules_find_predicate(L->rs, pr->opposite_id);
  if (pr->opposite < 0)
    return cd_error_set(L->err, CD_ERULES, pr->file, pr->opposite_line, pr->opposite_col, -1,
                        "opposite '%s' of predicate '%s' is not a predicate id", pr->opposite_id, pr->id);
  o = &L->rs->predicates[pr->opposite];
  if (o == pr || o->opposite_id || o->topic || o->negates || o->figures || pr->topic)
    return cd_error_set(L->err, CD_ERULES, pr->file, pr->opposite_line, pr->opposite_col, -1,
                        "opposite '%s' of predicate '%s': it must be a plain event predicate "
                        "(no topic, denial or another's opposite), and '%s' no topic",
                        pr->opposite_id, pr->id, pr->id);
  return 0;
}

/* Each predicate's `governs:` and `opposite:` ids, once every file is
 * read (the predicate named may come later or from another file). */
static int resolve_predicates(rl_loader *L) {
  cd_ruleset *rs = L->rs;
  for (size_t p = 0; p < rs->npredicates; p++) {
    cd_predicate *pr = &rs->predicates[p];
    int error;
    if ((error = resolve_opposite(L, pr)) < 0) return error;
    if (!pr->ngoverns) continue;
    if (!(pr->governs = cd_arena_alloc(&rs->arena, pr->ngoverns * sizeof *pr->governs))) return rl_oom(L);
    for (size_t j = 0; j < pr->ngoverns; j++)
      if ((pr->governs[j] = cd_rules_find_predicate(rs, pr->governs_ids[j])) < 0)
        return cd_error_set(L->err, CD_ERULES, pr->file, pr->governs_line, pr->governs_col, -1,
                            "governs '%s' of predicate '%s' is not a predicate id", pr->governs_ids[j],
                            pr->id);
  }
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The end of every load: groups resolved once all files are read, then
 * the ruleset handed over, or freed on error. */
/* The bucket of unit word w (its first character's, cd_units_bucket). */
static unsigned unit_bucket(const char *w) {
  return cd_units_bucket(w, strlen(w));
}

/* The unit words by bucket (cd_units.words), so that the scan tries only
 * the words that can start where it stands; and the measure words' index. */
static int index_units(rl_loader *L) {
  cd_units *u = &L->rs->units;
  size_t n = 0, at[256];
  memset(u->first, 0, sizeof u->first);
  for (size_t i = 0; i < u->nunits; i++)
    for (size_t k = 0; k < u->units[i].nterms; k++)
      u->first[unit_bucket(u->units[i].terms[k].text) + 1]++, n++;
  for (int c = 0; c < 256; c++) u->first[c + 1] += u->first[c];
  if (!(u->words = malloc((n ? n : 1) * sizeof *u->words))) return rl_oom(L);
  memcpy(at, u->first, sizeof at);
  for (size_t i = 0; i < u->nunits; i++)
    for (size_t k = 0; k < u->units[i].nterms; k++)
      u->words[at[unit_bucket(u->units[i].terms[k].text)]++] = (cd_unit_word){(unsigned)i, (unsigned)k};
  cd_units_index_measures(u);
  return 0;
}

/* The first two bytes of the English subordinators and the last of the
 * others (cd_ruleset.subordinator_pairs, .subordinator_last). */
static void index_subordinators(cd_ruleset *rs) {
  memset(rs->subordinator_pairs, 0, sizeof rs->subordinator_pairs);
  memset(rs->subordinator_last, 0, sizeof rs->subordinator_last);
  for (size_t i = 0; i < rs->nsubordinators; i++) {
    const char *w = rs->subordinators[i].text;
    size_t n = strlen(w);
    if (rs->subordinators[i].lang == CD_LANG_EN) {
      if (w[0]) rs->subordinator_pairs[(unsigned char)w[0] & 31] |= (uint32_t)1 << ((unsigned char)w[1] & 31);
    } else if (n == 0) {
      memset(rs->subordinator_last, 0xFF, sizeof rs->subordinator_last);
    } else {
      rs->subordinator_last[(unsigned char)w[n - 1] >> 5] |= (uint32_t)1 << ((unsigned char)w[n - 1] & 31);
    }
  }
}

static int finish(rl_loader *L, int error, cd_ruleset **out) {
  if (!error) error = resolve_groups(L);
  if (!error) error = resolve_predicates(L);
  if (!error) error = index_units(L);
  if (!error) index_subordinators(L->rs);
  free(L->pending);
  cd_strindex_dispose(&L->unit_ids);
  cd_strindex_dispose(&L->measure_ids);
  cd_strindex_dispose(&L->unit_words);
  cd_strindex_dispose(&L->measure_words);
  cd_strindex_dispose(&L->approximations);
  cd_strindex_dispose(&L->hedges);
  if (error) {
    cd_rules_free(L->rs);
    return error;
  }
  *out = L->rs;
  return 0;
}

int cd_rules_load_files(cd_ruleset **out, const char *const *paths, size_t n, cd_error *err) {
  char cache_dir[4096];
  rl_files fs;
  rl_loader L;
  int error = 0;
  *out = NULL;
  memset(&L, 0, sizeof L);
  L.err = err;
  if (!(L.rs = calloc(1, sizeof *L.rs))) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  if (cd_cache_dir(cache_dir, sizeof cache_dir) == 0) L.cache_dir = cache_dir;
  rl_files_parse(&fs, paths, n, L.cache_dir);
  for (size_t i = 0; i < fs.ready && !error; i++) error = walk_file(&L, &fs.files[i]);
  if (L.wrote) cd_cache_prune(L.cache_dir, ".tree", RL_CACHE_TREES_MAX);
  if (!error && fs.ready < n) { /* file `ready` failed, and none before it */
    if (err) *err = fs.err;
    error = fs.error;
  }
  L.rs->nfiles = n;
  rl_files_dispose(&fs);
  return finish(&L, error, out);
}

/* Appends dir's *.yaml files, sorted by name, to names. */
static int list_dir(char ***names, size_t *n, size_t *cap, const char *dir, cd_error *err) {
  DIR *d;
  struct dirent *de;
  size_t first = *n;
  int error = 0;
  if (!(d = opendir(dir))) return cd_error_set(err, CD_EIO, dir, 0, 0, -1, "cannot open rules directory");
  while ((de = readdir(d)) != NULL) {
    size_t len = strlen(de->d_name);
    char *p;
    if (len < 6 || strcmp(de->d_name + len - 5, ".yaml") || de->d_name[0] == '.') continue;
    if (*n >= RULE_FILES_MAX) {
      error = cd_error_set(err, CD_ELIMIT, dir, 0, 0, -1, "more than %d rule files", RULE_FILES_MAX);
      break;
    }
    if (rl_grow((void **)names, cap, *n, sizeof **names) < 0 || !(p = malloc(strlen(dir) + len + 2))) {
      error = cd_error_set(err, CD_ENOMEM, dir, 0, 0, -1, "out of memory");
      break;
    }
    sprintf(p, "%s/%s", dir, de->d_name);
    (*names)[(*n)++] = p;
  }
  closedir(d);
  if (!error && *n == first)
    error = cd_error_set(err, CD_ERULES, dir, 0, 0, -1, "no .yaml rule files in directory");
  if (!error && *n - first > 1) qsort(*names + first, *n - first, sizeof **names, cmp_str);
  return error;
}

int cd_rules_parse(cd_ruleset **out, const char *name, const char *bytes, size_t len, cd_error *err) {
  rl_loader L;
  char *copy;
  int error;
  *out = NULL;
  memset(&L, 0, sizeof L);
  L.err = err;
  if (!(L.rs = calloc(1, sizeof *L.rs))) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  if (!(L.path = rl_dup(&L, name)) || !(copy = malloc(len + 1))) {
    error = rl_oom(&L);
  } else {
    memcpy(copy, bytes, len);
    /* takes copy: bytes, not a file, so never cached */
    if ((error = rl_parse_file(&L.tree, &L.doc, name, copy, len, err)) == 0 &&
        (error = rl_keep_pool(&L, &L.tree)) == 0)
      error = walk_doc(&L, name);
    rl_tree_free(&L.tree);
    L.rs->nfiles = 1;
  }
  return finish(&L, error, out);
}

int cd_rules_load_dirs(cd_ruleset **out, const char *const *dirs, size_t ndirs, cd_error *err) {
  char **names = NULL;
  size_t n = 0, cap = 0;
  int error = 0;
  *out = NULL;
  for (size_t i = 0; i < ndirs && !error; i++) error = list_dir(&names, &n, &cap, dirs[i], err);
  if (!error) error = cd_rules_load_files(out, (const char *const *)names, n, err);
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  return error;
}

int cd_rules_load_dir(cd_ruleset **out, const char *dir, cd_error *err) {
  return cd_rules_load_dirs(out, &dir, 1, err);
}

int cd_rules_find_entity(const cd_ruleset *rs, const char *id) {
  return cd_strindex_find(&rs->entity_ids, id);
}

int cd_rules_related(const cd_ruleset *rs, int a, int b) {
  if (a == b) return 1;
  for (size_t g = 0; g < rs->entities[a].ngroups; g++)
    if (rs->entities[a].groups[g] == b) return 1;
  for (size_t g = 0; g < rs->entities[b].ngroups; g++)
    if (rs->entities[b].groups[g] == a) return 1;
  return 0;
}

int cd_rules_country_of(const cd_ruleset *rs, int gov, int g) {
  return !strcmp(rs->entities[gov].type, "government") && rs->entities[g].weak;
}

/* e itself, or its group g, when a country; else -1. */
static int country_among(const cd_ruleset *rs, const cd_entity *e) {
  for (size_t g = 0; g < e->ngroups; g++)
    if (!strcmp(rs->entities[e->groups[g]].type, "country")) return e->groups[g];
  return -1;
}

int cd_rules_country(const cd_ruleset *rs, int e) {
  const cd_entity *x = &rs->entities[e];
  int c;
  if (!strcmp(x->type, "country")) return e;
  if ((c = country_among(rs, x)) >= 0) return c;
  for (size_t g = 0; g < x->ngroups; g++) /* a body of a government: MOFCOM, china_gov, china */
    if (!strcmp(rs->entities[x->groups[g]].type, "government") &&
        (c = country_among(rs, &rs->entities[x->groups[g]])) >= 0)
      return c;
  return -1;
}

int cd_rules_kin(const cd_ruleset *rs, int a, int b) {
  for (size_t i = 0; i < rs->entities[a].ngroups; i++)
    for (size_t j = 0; j < rs->entities[b].ngroups; j++)
      if (rs->entities[a].groups[i] == rs->entities[b].groups[j]) return 1;
  return 0;
}

int cd_rules_find_predicate(const cd_ruleset *rs, const char *id) {
  return cd_strindex_find(&rs->predicate_ids, id);
}

void cd_rules_free(cd_ruleset *rs) {
  if (!rs) return;
  for (size_t i = 0; i < rs->nbp; i++) cd_pattern_free(rs->bp[i].pattern);
  free(rs->entities);
  free(rs->predicates);
  free(rs->cues);
  free(rs->bp);
  free(rs->examples);
  free(rs->units.units);
  free(rs->units.measures);
  free(rs->units.words);
  cd_strindex_dispose(&rs->entity_ids);
  cd_strindex_dispose(&rs->predicate_ids);
  for (size_t i = 0; i < rs->npools; i++) free(rs->pools[i]);
  free(rs->pools);
  cd_arena_dispose(&rs->arena);
  free(rs);
}

int cd_rules_inverts(const cd_predicate *p) {
  return p->opposite >= 0 && !p->negates;
}
