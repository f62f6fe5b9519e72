/* rules.c: libyaml documents -> cd_ruleset, strictly checked.
 *
 * Each file is read whole, checked for UTF-8, parsed into a libyaml
 * document and walked. Walking marks nodes as seen, so an alias (a node
 * reached twice) is refused instead of expanded: no anchor bombs. libyaml
 * marks are 0-based and count characters; errors add 1 to each. The
 * depth walk refuses a node reached twice before anything else reads the
 * tree, so an anchor bomb costs one visit per node. */
#include "rules.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "calendar.h"
#include "doc.h"
#include "rules_load.h"
#include "values.h"

#define RULE_FILE_MAX  ((size_t)16 << 20)
#define RULE_FILES_MAX 4096
#define YAML_DEPTH_MAX 16

/* ---- examples ---- */

typedef struct {
  cd_example ex;
  int has_text;
} example_ctx;

static int example_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  example_ctx *c = vctx;
  (void)k;
  if (!strcmp(key, "entities")) {
    c->ex.entities_line = (int)v->start_mark.line + 1;
    c->ex.entities_col = (int)v->start_mark.column + 1;
    return rl_read_strings(L, v, &c->ex.entities, &c->ex.nentities, "entities", 0);
  }
  if (!strcmp(key, "yields")) return rl_read_bool(L, v, &c->ex.yields, "yields");
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (!strcmp(key, "text")) {
    c->has_text = 1;
    return (c->ex.text = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM;
  }
  if (!strcmp(key, "date")) {
    const char *s = rl_scalar(v);
    if (!cd_calendar_parse(&c->ex.date, s, strlen(s))) return rl_fail(L, v, "date must be YYYY-MM-DD");
    return 0;
  }
  if (!strcmp(key, "value")) return (c->ex.value = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM;
  if (!strcmp(key, "polarity")) {
    if (strcmp(rl_scalar(v), "affirmed") && strcmp(rl_scalar(v), "negated"))
      return rl_fail(L, v, "polarity must be affirmed or negated");
    return (c->ex.polarity = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM;
  }
  /* modality */
  if (strcmp(rl_scalar(v), "asserted") && strcmp(rl_scalar(v), "hedged") && strcmp(rl_scalar(v), "reported"))
    return rl_fail(L, v, "modality must be asserted, hedged or reported");
  return (c->ex.modality = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM;
}

/* Whose examples these are. */
typedef struct {
  cd_owner_kind kind;
  int owner; /* index of the entity / predicate / boilerplate rule */
} example_owner;

/* One example: a sentence, or a mapping with its text and expectations. */
static int read_example(rl_loader *L, yaml_node_t *e, void *vowner) {
  static const char *const known[] = {"text",  "date",     "yields",   "entities",
                                      "value", "polarity", "modality", NULL};
  const example_owner *o = vowner;
  example_ctx c;
  int error;
  memset(&c, 0, sizeof c);
  c.ex.yields = 1;
  if (e->type == YAML_SCALAR_NODE) {
    c.has_text = 1;
    if (!(c.ex.text = rl_dup(L, rl_scalar(e)))) return CD_ENOMEM;
  } else if ((error = rl_walk_mapping(L, e, known, example_field, &c, "an example")) < 0) {
    return error;
  }
  if (!c.has_text || !c.ex.text[0]) return rl_fail(L, e, "example has no text");
  c.ex.owner_kind = o->kind;
  c.ex.owner = o->owner;
  c.ex.file = L->path;
  c.ex.line = (int)e->start_mark.line + 1;
  c.ex.col = (int)e->start_mark.column + 1;
  if (rl_grow((void **)&L->rs->examples, &L->cap_ex, L->rs->nexamples, sizeof c.ex) < 0) return rl_oom(L);
  L->rs->examples[L->rs->nexamples++] = c.ex;
  return 0;
}

static int read_examples(rl_loader *L, yaml_node_t *n, cd_owner_kind kind, int owner) {
  example_owner o;
  o.kind = kind;
  o.owner = owner;
  return rl_walk_sequence(L, n, "examples", read_example, &o);
}

/* ---- entities ---- */

typedef struct {
  cd_entity *e;
  yaml_node_t *examples, *group, *node;
  const char **group_ids;
  size_t ngroup_ids;
} entity_ctx;

static const char *const entity_types[] = {
    "company", "agency",      "government",   "country", "region",     "person", "product",
    "outlet",  "legislation", "organisation", "policy",  "technology", "place",  NULL};

static int entity_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  entity_ctx *c = vctx;
  (void)k;
  if (!strcmp(key, "en")) return rl_read_terms(L, v, CD_LANG_EN, &c->e->terms, &c->e->nterms, "en");
  if (!strcmp(key, "zh")) return rl_read_terms(L, v, CD_LANG_ZH, &c->e->terms, &c->e->nterms, "zh");
  if (!strcmp(key, "examples")) {
    c->examples = v;
    return 0;
  }
  if (!strcmp(key, "group")) {
    c->group = v;
    return rl_read_strings(L, v, &c->group_ids, &c->ngroup_ids, "group", 0);
  }
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (!strcmp(key, "id")) return rl_read_id(L, v, &c->e->id);
  /* type */
  for (size_t i = 0; entity_types[i]; i++)
    if (!strcmp(entity_types[i], rl_scalar(v))) {
      c->e->type = entity_types[i];
      c->e->weak = !strcmp(rl_scalar(v), "country") || !strcmp(rl_scalar(v), "region");
      c->e->speaks = strcmp(rl_scalar(v), "product") && strcmp(rl_scalar(v), "technology") &&
                     strcmp(rl_scalar(v), "legislation") && strcmp(rl_scalar(v), "policy") &&
                     strcmp(rl_scalar(v), "place");
      c->e->outlet = !strcmp(rl_scalar(v), "outlet");
      c->e->agency = !strcmp(rl_scalar(v), "agency") || !strcmp(rl_scalar(v), "government");
      c->e->company = !strcmp(rl_scalar(v), "company");
      c->e->distinct = c->e->company || !strcmp(rl_scalar(v), "person") || !strcmp(rl_scalar(v), "product");
      return 0;
    }
  return rl_fail(L, v, "unknown entity type '%s'", rl_scalar(v));
}

/* One item of `entities:`. */
static int read_entity(rl_loader *L, yaml_node_t *m, void *unused) {
  static const char *const known[] = {"id", "type", "en", "zh", "group", "examples", NULL};
  cd_entity e;
  entity_ctx c;
  int error;
  (void)unused;
  memset(&e, 0, sizeof e);
  memset(&c, 0, sizeof c);
  c.e = &e;
  if ((error = rl_walk_mapping(L, m, known, entity_field, &c, "an entity")) < 0) return error;
  if (!e.id) return rl_fail(L, m, "entity has no id");
  if (!e.nterms) return rl_fail(L, m, "entity '%s' has no names (en, zh)", e.id);
  if (!e.type) return rl_fail(L, m, "entity '%s' has no type", e.id);
  if (cd_rules_find_entity(L->rs, e.id) >= 0) return rl_fail(L, m, "duplicate entity id '%s'", e.id);
  e.file = L->path;
  e.line = (int)m->start_mark.line + 1;
  if (rl_grow((void **)&L->rs->entities, &L->cap_ent, L->rs->nentities, sizeof e) < 0) return rl_oom(L);
  L->rs->entities[L->rs->nentities] = e;
  if (c.ngroup_ids) {
    if (rl_grow((void **)&L->pending, &L->cap_pending, L->npending, sizeof *L->pending) < 0) return rl_oom(L);
    L->pending[L->npending].entity = (int)L->rs->nentities;
    L->pending[L->npending].ids = c.group_ids;
    L->pending[L->npending].n = c.ngroup_ids;
    L->pending[L->npending].file = L->path;
    L->pending[L->npending].line = (int)c.group->start_mark.line + 1;
    L->pending[L->npending].col = (int)c.group->start_mark.column + 1;
    L->npending++;
  }
  L->rs->nentities++;
  if (c.examples && (error = read_examples(L, c.examples, CD_OWNER_ENTITY, (int)L->rs->nentities - 1)) < 0)
    return error;
  return 0;
}

/* ---- predicates ---- */

typedef struct {
  cd_predicate *p;
  yaml_node_t *examples;
} pred_ctx;

static int pred_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  pred_ctx *c = vctx;
  (void)k;
  if (!strcmp(key, "en")) return rl_read_terms(L, v, CD_LANG_EN, &c->p->terms, &c->p->nterms, "en");
  if (!strcmp(key, "zh")) return rl_read_terms(L, v, CD_LANG_ZH, &c->p->terms, &c->p->nterms, "zh");
  if (!strcmp(key, "examples")) {
    c->examples = v;
    return 0;
  }
  if (!strcmp(key, "negates")) return rl_read_bool(L, v, &c->p->negates, "negates");
  if (!strcmp(key, "values")) {
    const char **kinds;
    size_t n;
    int error;
    if ((error = rl_read_strings(L, v, &kinds, &n, "values", 0)) < 0) return error;
    for (size_t i = 0; i < n; i++) {
      cd_value_kind kd = cd_value_kind_parse(kinds[i]);
      char known[128];
      if (kd == CD_VALUE_NONE)
        return rl_fail(L, v, "unknown value kind '%s' (%s)", kinds[i],
                       cd_value_kind_list(known, sizeof known));
      c->p->values |= CD_VALUE_BIT(kd);
    }
    return 0;
  }
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (!strcmp(key, "id")) return rl_read_id(L, v, &c->p->id);
  return (c->p->label = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM; /* label */
}

/* One item of `predicates:`. */
static int read_predicate(rl_loader *L, yaml_node_t *m, void *unused) {
  static const char *const known[] = {"id", "label", "en", "zh", "values", "negates", "examples", NULL};
  cd_predicate p;
  pred_ctx c;
  int error;
  (void)unused;
  memset(&p, 0, sizeof p);
  c.p = &p;
  c.examples = NULL;
  if ((error = rl_walk_mapping(L, m, known, pred_field, &c, "a predicate")) < 0) return error;
  if (!p.id) return rl_fail(L, m, "predicate has no id");
  if (!p.nterms) return rl_fail(L, m, "predicate '%s' has no triggers (en, zh)", p.id);
  if (cd_rules_find_predicate(L->rs, p.id) >= 0) return rl_fail(L, m, "duplicate predicate id '%s'", p.id);
  if (!p.label) p.label = p.id;
  p.file = L->path;
  p.line = (int)m->start_mark.line + 1;
  if (rl_grow((void **)&L->rs->predicates, &L->cap_pred, L->rs->npredicates, sizeof p) < 0) return rl_oom(L);
  L->rs->predicates[L->rs->npredicates++] = p;
  if (c.examples &&
      (error = read_examples(L, c.examples, CD_OWNER_PREDICATE, (int)L->rs->npredicates - 1)) < 0)
    return error;
  return 0;
}

/* ---- cues ---- */

static const char *const cue_names[] = {"negation", "negation_after", "hedge",          "attribution",
                                        "reported", "anaphora",       "ignore",         "clause",
                                        "source",   "refers_agency",  "refers_company", NULL};

const char *cd_cue_kind_name(cd_cue_kind kind) {
  return kind < CD_CUE_NKINDS ? cue_names[kind] : "none";
}

static int lang_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  cd_cue_kind kind = *(cd_cue_kind *)vctx;
  cd_term *terms = NULL;
  size_t n = 0;
  int error;
  (void)k;
  if ((error = rl_read_terms(L, v, strcmp(key, "zh") ? CD_LANG_EN : CD_LANG_ZH, &terms, &n, key)) < 0)
    return error;
  for (size_t i = 0; i < n; i++) {
    if (rl_grow((void **)&L->rs->cues, &L->cap_cue, L->rs->ncues, sizeof *L->rs->cues) < 0) return rl_oom(L);
    L->rs->cues[L->rs->ncues].kind = kind;
    L->rs->cues[L->rs->ncues++].term = terms[i];
  }
  return 0;
}

static int cue_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  static const char *const langs[] = {"en", "zh", NULL};
  cd_cue_kind kind = 0;
  (void)k;
  (void)vctx;
  while (strcmp(cue_names[kind], key)) kind++;
  return rl_walk_mapping(L, v, langs, lang_field, &kind, key);
}

/* ---- boilerplate ---- */

typedef struct {
  cd_bp_rule *r;
  yaml_node_t *examples;
} bp_ctx;

static int bp_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  bp_ctx *c = vctx;
  cd_bp_rule *r = c->r;
  (void)k;
  if (!strcmp(key, "lines")) return rl_read_strings(L, v, &r->lines, &r->nlines, "lines", 1);
  if (!strcmp(key, "prefixes")) return rl_read_strings(L, v, &r->prefixes, &r->nprefixes, "prefixes", 1);
  if (!strcmp(key, "contains")) return rl_read_strings(L, v, &r->contains, &r->ncontains, "contains", 1);
  if (!strcmp(key, "repeated")) return rl_read_bool(L, v, &r->repeated, "repeated");
  if (!strcmp(key, "examples")) {
    c->examples = v;
    return 0;
  }
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (!strcmp(key, "id")) return (r->id = rl_dup(L, rl_scalar(v))) ? 0 : CD_ENOMEM;
  if (!strcmp(key, "max_words")) {
    char *end;
    long n = strtol(rl_scalar(v), &end, 10);
    if (*end || n < 1 || n > 50) return rl_fail(L, v, "max_words must be a whole number from 1 to 50");
    r->max_words = (int)n;
    return 0;
  }
  if (!strcmp(key, "pattern")) {
    int rc;
    char msg[200];
    if (!(r->pattern = cd_arena_alloc(&L->rs->arena, sizeof *r->pattern))) return rl_oom(L);
    if ((rc = regcomp(r->pattern, rl_scalar(v), REG_EXTENDED | REG_NOSUB)) != 0) {
      regerror(rc, r->pattern, msg, sizeof msg);
      r->pattern = NULL;
      return rl_fail(L, v, "bad pattern: %s", msg);
    }
    return 0;
  }
  /* action */
  if (!strcmp(rl_scalar(v), "drop-line"))
    r->action = CD_BP_DROP_LINE;
  else if (!strcmp(rl_scalar(v), "drop-rest"))
    r->action = CD_BP_DROP_REST;
  else
    return rl_fail(L, v, "action must be drop-line or drop-rest, not '%s'", rl_scalar(v));
  return 0;
}

/* One item of `boilerplate:`. */
static int read_bp_rule(rl_loader *L, yaml_node_t *m, void *unused) {
  static const char *const known[] = {"id",        "lines",    "prefixes", "contains", "pattern",
                                      "max_words", "repeated", "action",   "examples", NULL};
  cd_bp_rule r;
  bp_ctx c;
  int error;
  (void)unused;
  memset(&r, 0, sizeof r);
  c.r = &r;
  c.examples = NULL;
  /* the rule goes in first so that its regex is freed even on error */
  if (rl_grow((void **)&L->rs->bp, &L->cap_bp, L->rs->nbp, sizeof r) < 0) return rl_oom(L);
  error = rl_walk_mapping(L, m, known, bp_field, &c, "a boilerplate rule");
  r.file = L->path;
  r.line = (int)m->start_mark.line + 1;
  L->rs->bp[L->rs->nbp++] = r;
  if (error < 0) return error;
  if (!r.id) return rl_fail(L, m, "boilerplate rule has no id");
  if (!r.nlines && !r.nprefixes && !r.ncontains && !r.pattern && !r.max_words && !r.repeated)
    return rl_fail(L, m,
                   "boilerplate rule '%s' matches nothing (give lines, prefixes, contains, "
                   "pattern, max_words or repeated)",
                   r.id);
  if (c.examples && (error = read_examples(L, c.examples, CD_OWNER_BOILERPLATE, (int)L->rs->nbp - 1)) < 0)
    return error;
  return 0;
}

/* ---- segment ---- */

static int segment_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  (void)key;
  (void)k;
  (void)vctx;
  return rl_read_terms(L, v, CD_LANG_EN, &L->rs->abbrevs, &L->rs->nabbrevs, "abbreviations");
}

/* ---- files ---- */

static int top_field(rl_loader *L, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  static const char *const seg_known[] = {"abbreviations", NULL};
  (void)k;
  (void)vctx;
  if (!strcmp(key, "entities")) return rl_walk_sequence(L, v, "entities", read_entity, NULL);
  if (!strcmp(key, "predicates")) return rl_walk_sequence(L, v, "predicates", read_predicate, NULL);
  if (!strcmp(key, "cues")) return rl_walk_mapping(L, v, cue_names, cue_field, NULL, "cues");
  if (!strcmp(key, "boilerplate")) return rl_walk_sequence(L, v, "boilerplate", read_bp_rule, NULL);
  return rl_walk_mapping(L, v, seg_known, segment_field, NULL, "segment");
}

/* Depth and sharing, before anything reads the tree: a node reached twice
 * is an alias (refused), so an anchor bomb costs one visit per node. */
static int yaml_depth_ok(rl_loader *L, yaml_node_t *n, int depth, unsigned char *visited) {
  size_t id = (size_t)(n - L->doc.nodes.start);
  if (visited[id]) return rl_fail(L, n, "aliases and anchors are not allowed in rule files");
  visited[id] = 1;
  if (depth > YAML_DEPTH_MAX) return rl_fail(L, n, "rule file nested deeper than %d levels", YAML_DEPTH_MAX);
  if (n->type == YAML_SEQUENCE_NODE) {
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
      yaml_node_t *c = yaml_document_get_node(&L->doc, *it);
      int e;
      if (c && (e = yaml_depth_ok(L, c, depth + 1, visited)) < 0) return e;
    }
  } else if (n->type == YAML_MAPPING_NODE) {
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
      yaml_node_t *k = yaml_document_get_node(&L->doc, p->key);
      yaml_node_t *c = yaml_document_get_node(&L->doc, p->value);
      int e;
      if ((k && (e = yaml_depth_ok(L, k, depth + 1, visited)) < 0) ||
          (c && (e = yaml_depth_ok(L, c, depth + 1, visited)) < 0))
        return e;
    }
  }
  return 0;
}

/* One rule file, already read and checked for UTF-8 as d. */
static int load_doc(rl_loader *L, const char *path, cd_doc *d) {
  static const char *const known[] = {"entities", "predicates", "cues", "boilerplate", "segment", NULL};
  yaml_parser_t parser;
  yaml_node_t *root;
  int error;

  if (!yaml_parser_initialize(&parser)) {
    cd_doc_free(d);
    return rl_oom(L);
  }
  yaml_parser_set_input_string(&parser, (const unsigned char *)d->bytes, d->len);
  if (!yaml_parser_load(&parser, &L->doc)) {
    error = cd_error_set(L->err, CD_ERULES, path, (int)parser.problem_mark.line + 1,
                         (int)parser.problem_mark.column + 1, -1, "%s%s%s",
                         parser.problem ? parser.problem : "broken YAML", parser.context ? " " : "",
                         parser.context ? parser.context : "");
    yaml_parser_delete(&parser);
    cd_doc_free(d);
    return error;
  }
  {
    /* one document a file: a second would be silently ignored */
    yaml_document_t next;
    int more = 0;
    if (!yaml_parser_load(&parser, &next)) {
      more = -1;
    } else {
      yaml_node_t *r2 = yaml_document_get_root_node(&next);
      if (r2) {
        more = 1;
        error = cd_error_set(L->err, CD_ERULES, path, (int)r2->start_mark.line + 1,
                             (int)r2->start_mark.column + 1, -1,
                             "a second YAML document in a rule file (one per file)");
      }
      yaml_document_delete(&next);
    }
    if (more < 0)
      error = cd_error_set(L->err, CD_ERULES, path, (int)parser.problem_mark.line + 1,
                           (int)parser.problem_mark.column + 1, -1, "%s%s%s",
                           parser.problem ? parser.problem : "broken YAML", parser.context ? " " : "",
                           parser.context ? parser.context : "");
    if (more) {
      yaml_document_delete(&L->doc);
      yaml_parser_delete(&parser);
      cd_doc_free(d);
      return error;
    }
  }
  yaml_parser_delete(&parser);
  cd_doc_free(d);
  L->nnodes = (size_t)(L->doc.nodes.top - L->doc.nodes.start);
  if (!(L->seen = calloc(L->nnodes + 1, 1))) {
    yaml_document_delete(&L->doc);
    return rl_oom(L);
  }
  root = yaml_document_get_root_node(&L->doc);
  if (!root) {
    error = cd_error_set(L->err, CD_ERULES, path, 1, 1, -1, "empty rule file");
  } else {
    unsigned char *visited = calloc(L->nnodes + 1, 1);
    error = visited ? yaml_depth_ok(L, root, 0, visited) : rl_oom(L);
    free(visited);
  }
  if (!error)
    error = rl_get(L, 1) ? rl_walk_mapping(L, root, known, top_field, NULL, "a rule file") : CD_ERULES;
  free(L->seen);
  L->seen = NULL;
  yaml_document_delete(&L->doc);
  return error;
}

static int load_one(rl_loader *L, const char *path) {
  cd_doc *d = NULL;
  int error;
  if (!(L->path = rl_dup(L, path))) return CD_ENOMEM;
  /* the loader of documents gives the UTF-8 check with line and column;
   * a rule file has no front matter ("---" starts a YAML document) */
  if ((error = cd_doc_load_plain(&d, path, RULE_FILE_MAX, L->err)) < 0) {
    if (error == CD_EINPUT) /* empty rule file */
      return cd_error_set(L->err, CD_ERULES, path, 1, 1, -1, "empty rule file");
    if (error == CD_EUTF8 && L->err) L->err->code = CD_ERULES;
    return error == CD_EUTF8 ? CD_ERULES : error;
  }
  return load_doc(L, path, d); /* frees d */
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

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The end of every load: groups resolved once all files are read, then
 * the ruleset handed over, or freed on error. */
static int finish(rl_loader *L, int error, cd_ruleset **out) {
  if (!error) error = resolve_groups(L);
  free(L->pending);
  if (error) {
    cd_rules_free(L->rs);
    return error;
  }
  *out = L->rs;
  return 0;
}

int cd_rules_load_files(cd_ruleset **out, const char *const *paths, size_t n, cd_error *err) {
  rl_loader L;
  int error = 0;
  *out = NULL;
  memset(&L, 0, sizeof L);
  L.err = err;
  if (!(L.rs = calloc(1, sizeof *L.rs))) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");

  for (size_t i = 0; i < n && !error; i++) {
    error = load_one(&L, paths[i]);
    L.rs->nfiles++;
  }
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
  if (!error) qsort(*names + first, *n - first, sizeof **names, cmp_str);
  return error;
}

int cd_rules_parse(cd_ruleset **out, const char *name, const char *bytes, size_t len, cd_error *err) {
  rl_loader L;
  cd_doc *d = NULL;
  int error;
  *out = NULL;
  memset(&L, 0, sizeof L);
  L.err = err;
  if (!(L.rs = calloc(1, sizeof *L.rs))) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  if (!(L.path = rl_dup(&L, name))) {
    error = CD_ENOMEM;
  } else if ((error = cd_doc_parse_plain(&d, name, bytes, len, err)) < 0) {
    if (error == CD_EINPUT)
      error = cd_error_set(err, CD_ERULES, name, 1, 1, -1, "empty rule file");
    else if (error == CD_EUTF8)
      error = err ? (err->code = CD_ERULES) : CD_ERULES;
  } else {
    error = load_doc(&L, name, d); /* frees d */
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
  for (size_t i = 0; i < rs->nentities; i++)
    if (!strcmp(rs->entities[i].id, id)) return (int)i;
  return -1;
}

int cd_rules_find_predicate(const cd_ruleset *rs, const char *id) {
  for (size_t i = 0; i < rs->npredicates; i++)
    if (!strcmp(rs->predicates[i].id, id)) return (int)i;
  return -1;
}

void cd_rules_free(cd_ruleset *rs) {
  if (!rs) return;
  for (size_t i = 0; i < rs->nbp; i++)
    if (rs->bp[i].pattern) regfree(rs->bp[i].pattern);
  free(rs->entities);
  free(rs->predicates);
  free(rs->cues);
  free(rs->bp);
  free(rs->examples);
  cd_arena_dispose(&rs->arena);
  free(rs);
}
