/* rules_sections.c: the sections of one rule file (rules_load.h): entities,
 * predicates, cues, boilerplate, segment, bare_nouns and units, each entity, predicate and
 * boilerplate rule with its examples. Each section checks its fields and
 * appends to the ruleset in file order; ids are checked against what is
 * loaded so far, entity groups wait for all files (rules.c resolves them).
 * Cost: O(size of the file); ids are checked through the ruleset's hash
 * index of them (strindex.h). */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "rules_load.h"
#include "values.h"

/* ---- examples ---- */

typedef struct {
  cd_example ex;
  int has_text;
} example_ctx;

/* The fields of an example: rl_walk_mapping hands each field's index in the list below. */
enum { EX_TEXT, EX_DATE, EX_YIELDS, EX_ENTITIES, EX_VALUE, EX_POLARITY, EX_MODALITY, EX_N };
static const char *const ex_fields[] = {
    [EX_TEXT] = "text",   [EX_DATE] = "date",         [EX_YIELDS] = "yields",     [EX_ENTITIES] = "entities",
    [EX_VALUE] = "value", [EX_POLARITY] = "polarity", [EX_MODALITY] = "modality", [EX_N] = NULL,
};

static int example_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v,
                         void *vctx) {
  example_ctx *c = vctx;
  (void)k;
  if (field == EX_ENTITIES) {
    c->ex.entities_line = (int)v->start_mark.line + 1;
    c->ex.entities_col = (int)v->start_mark.column + 1;
    return rl_read_strings(L, v, &c->ex.entities, &c->ex.nentities, "entities", 0);
  }
  if (field == EX_YIELDS) return rl_read_bool(L, v, &c->ex.yields, "yields");
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (field == EX_TEXT) {
    c->has_text = 1;
    return rl_keep(&c->ex.text, v);
  }
  if (field == EX_DATE) {
    const char *s = rl_scalar(v);
    if (!cd_calendar_parse(&c->ex.date, s, strlen(s))) return rl_fail(L, v, "date must be YYYY-MM-DD");
    return 0;
  }
  if (field == EX_VALUE) return rl_keep(&c->ex.value, v);
  if (field == EX_POLARITY) {
    if (strcmp(rl_scalar(v), "affirmed") && strcmp(rl_scalar(v), "negated"))
      return rl_fail(L, v, "polarity must be affirmed or negated");
    return rl_keep(&c->ex.polarity, v);
  }
  /* modality */
  if (strcmp(rl_scalar(v), "asserted") && strcmp(rl_scalar(v), "hedged") && strcmp(rl_scalar(v), "reported"))
    return rl_fail(L, v, "modality must be asserted, hedged or reported");
  return rl_keep(&c->ex.modality, v);
}

/* Whose examples these are. */
typedef struct {
  cd_owner_kind kind;
  int owner; /* index of the entity / predicate / boilerplate rule */
} example_owner;

/* One example: a sentence, or a mapping with its text and expectations. */
static int read_example(rl_loader *L, yaml_node_t *e, void *vowner) {
  const example_owner *o = vowner;
  example_ctx c;
  int error;
  memset(&c, 0, sizeof c);
  c.ex.yields = 1;
  if (e->type == YAML_SCALAR_NODE) {
    c.has_text = 1;
    rl_keep(&c.ex.text, e);
  } else if ((error = rl_walk_mapping(L, e, ex_fields, example_field, &c, "an example")) < 0) {
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

/* The entity types and what each makes of an entity (cd_entity's flags). */
enum {
  TYPE_WEAK = 1u << 0,   /* countries, regions, places */
  TYPE_SPEAKS = 1u << 1, /* not a product, technology, law, policy, place, goods or sector */
  TYPE_CONTEXT = 1u << 2,
  TYPE_OUTLET = 1u << 3,
  TYPE_AGENCY = 1u << 4, /* an agency or a government */
  TYPE_DEPARTMENT = 1u << 5,
  TYPE_COMPANY = 1u << 6,
  TYPE_DISTINCT = 1u << 7, /* company, person, product */
  TYPE_PLACE = 1u << 8
};

static const struct {
  const char *name;
  unsigned flags;
} entity_types[] = {
    {"company", TYPE_SPEAKS | TYPE_COMPANY | TYPE_DISTINCT},
    {"agency", TYPE_SPEAKS | TYPE_AGENCY | TYPE_DEPARTMENT},
    {"government", TYPE_SPEAKS | TYPE_AGENCY},
    {"country", TYPE_WEAK | TYPE_SPEAKS},
    {"region", TYPE_WEAK | TYPE_SPEAKS},
    {"person", TYPE_SPEAKS | TYPE_DISTINCT},
    {"product", TYPE_DISTINCT},
    {"outlet", TYPE_SPEAKS | TYPE_OUTLET},
    {"legislation", 0},
    {"organisation", TYPE_SPEAKS},
    {"court", TYPE_SPEAKS}, /* no agency: "the administration" is never the court named before */
    {"policy", 0},
    {"technology", 0},
    {"place", TYPE_WEAK | TYPE_PLACE},
    {"goods", TYPE_CONTEXT},
    {"sector", TYPE_CONTEXT},
};

/* The fields of an entity: rl_walk_mapping hands each field's index in the list below. */
enum { ENT_ID, ENT_TYPE, ENT_EN, ENT_ZH, ENT_GROUP, ENT_EXAMPLES, ENT_N };
static const char *const ent_fields[] = {
    [ENT_ID] = "id",       [ENT_TYPE] = "type",         [ENT_EN] = "en", [ENT_ZH] = "zh",
    [ENT_GROUP] = "group", [ENT_EXAMPLES] = "examples", [ENT_N] = NULL,
};

static int entity_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v,
                        void *vctx) {
  entity_ctx *c = vctx;
  (void)k;
  if (field == ENT_EN) return rl_read_terms(L, v, CD_LANG_EN, &c->e->terms, &c->e->nterms, "en");
  if (field == ENT_ZH) return rl_read_terms(L, v, CD_LANG_ZH, &c->e->terms, &c->e->nterms, "zh");
  if (field == ENT_EXAMPLES) {
    c->examples = v;
    return 0;
  }
  if (field == ENT_GROUP) {
    c->group = v;
    return rl_read_strings(L, v, &c->group_ids, &c->ngroup_ids, "group", 0);
  }
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (field == ENT_ID) return rl_read_id(L, v, &c->e->id);
  /* type: a name whose first byte differs is passed over without a call */
  for (size_t i = 0; i < sizeof entity_types / sizeof *entity_types; i++)
    if (entity_types[i].name[0] == rl_scalar(v)[0] && !strcmp(entity_types[i].name, rl_scalar(v))) {
      unsigned f = entity_types[i].flags;
      c->e->type = entity_types[i].name;
      c->e->weak = !!(f & TYPE_WEAK);
      c->e->speaks = !!(f & TYPE_SPEAKS);
      c->e->context = !!(f & TYPE_CONTEXT);
      c->e->place = !!(f & TYPE_PLACE);
      c->e->outlet = !!(f & TYPE_OUTLET);
      c->e->agency = !!(f & TYPE_AGENCY);
      c->e->department = !!(f & TYPE_DEPARTMENT);
      c->e->company = !!(f & TYPE_COMPANY);
      c->e->distinct = !!(f & TYPE_DISTINCT);
      return 0;
    }
  return rl_fail(L, v, "unknown entity type '%s'", rl_scalar(v));
}

/* One item of `entities:`. */
static int read_entity(rl_loader *L, yaml_node_t *m, void *unused) {
  cd_entity e;
  entity_ctx c;
  int error, have;
  (void)unused;
  memset(&e, 0, sizeof e);
  memset(&c, 0, sizeof c);
  c.e = &e;
  if ((error = rl_walk_mapping(L, m, ent_fields, entity_field, &c, "an entity")) < 0) return error;
  if (!e.id) return rl_fail(L, m, "entity has no id");
  if (!e.nterms) return rl_fail(L, m, "entity '%s' has no names (en, zh)", e.id);
  if (!e.type) return rl_fail(L, m, "entity '%s' has no type", e.id);
  /* the id goes into the index here, as the entity's index-to-be */
  if (cd_strindex_add(&L->rs->entity_ids, e.id, (int)L->rs->nentities, &have) < 0) return rl_oom(L);
  if (have >= 0) return rl_fail(L, m, "duplicate entity id '%s'", e.id);
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

/* The fields of a predicate: rl_walk_mapping hands each field's index in the list below. */
enum {
  PRED_ID,
  PRED_LABEL,
  PRED_LABEL_ZH,
  PRED_EN,
  PRED_ZH,
  PRED_VALUES,
  PRED_NOUNS,
  PRED_MENTIONS,
  PRED_TOPIC,
  PRED_NEGATES,
  PRED_EXAMPLES,
  PRED_FIGURES,
  PRED_KEY,
  PRED_FRAME,
  PRED_REMARK,
  PRED_GOVERNS,
  PRED_OPPOSITE,
  PRED_STARTS,
  PRED_SPEECH,
  PRED_STANCE,
  PRED_RECURS,
  PRED_MUTUAL,
  PRED_SCOPE,
  PRED_CEILING,
  PRED_DATED_SAYING,
  PRED_FORECASTS,
  PRED_UNREAD,
  PRED_NEVER_OMITTED,
  PRED_N
};
static const char *const pred_fields[] = {
    [PRED_ID] = "id",
    [PRED_LABEL] = "label",
    [PRED_LABEL_ZH] = "label_zh",
    [PRED_EN] = "en",
    [PRED_ZH] = "zh",
    [PRED_VALUES] = "values",
    [PRED_NOUNS] = "nouns",
    [PRED_MENTIONS] = "mentions",
    [PRED_TOPIC] = "topic",
    [PRED_NEGATES] = "negates",
    [PRED_EXAMPLES] = "examples",
    [PRED_FIGURES] = "figures",
    [PRED_KEY] = "key",
    [PRED_FRAME] = "frame",
    [PRED_REMARK] = "remark",
    [PRED_GOVERNS] = "governs",
    [PRED_OPPOSITE] = "opposite",
    [PRED_STARTS] = "starts",
    [PRED_SPEECH] = "speech",
    [PRED_STANCE] = "stance",
    [PRED_RECURS] = "recurs",
    [PRED_MUTUAL] = "mutual",
    [PRED_SCOPE] = "scope",
    [PRED_CEILING] = "ceiling",
    [PRED_DATED_SAYING] = "dated_saying",
    [PRED_FORECASTS] = "forecasts",
    [PRED_UNREAD] = "unread",
    [PRED_NEVER_OMITTED] = "never_omitted",
    [PRED_N] = NULL,
};

static int pred_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  pred_ctx *c = vctx;
  (void)k;
  if (field == PRED_EN) return rl_read_terms(L, v, CD_LANG_EN, &c->p->terms, &c->p->nterms, "en");
  if (field == PRED_ZH) return rl_read_terms(L, v, CD_LANG_ZH, &c->p->terms, &c->p->nterms, "zh");
  if (field == PRED_EXAMPLES) {
    c->examples = v;
    return 0;
  }
  if (field == PRED_NEGATES) return rl_read_bool(L, v, &c->p->negates, "negates");
  if (field == PRED_TOPIC) return rl_read_bool(L, v, &c->p->topic, "topic");
  if (field == PRED_FIGURES) return rl_read_bool(L, v, &c->p->figures, "figures");
  if (field == PRED_FRAME) return rl_read_bool(L, v, &c->p->frame, "frame");
  if (field == PRED_REMARK) return rl_read_bool(L, v, &c->p->remark, "remark");
  if (field == PRED_SPEECH) return rl_read_bool(L, v, &c->p->speech, "speech");
  if (field == PRED_STANCE) return rl_read_bool(L, v, &c->p->stance, "stance");
  if (field == PRED_STARTS) return rl_read_bool(L, v, &c->p->starts, "starts");
  if (field == PRED_RECURS) return rl_read_bool(L, v, &c->p->recurs, "recurs");
  if (field == PRED_MUTUAL) return rl_read_bool(L, v, &c->p->mutual, "mutual");
  if (field == PRED_SCOPE) return rl_read_bool(L, v, &c->p->scope, "scope");
  if (field == PRED_CEILING) return rl_read_bool(L, v, &c->p->ceiling, "ceiling");
  if (field == PRED_DATED_SAYING) return rl_read_bool(L, v, &c->p->dated_saying, "dated_saying");
  if (field == PRED_FORECASTS) return rl_read_bool(L, v, &c->p->forecasts, "forecasts");
  if (field == PRED_UNREAD) return rl_read_bool(L, v, &c->p->unread, "unread");
  if (field == PRED_NEVER_OMITTED) return rl_read_bool(L, v, &c->p->never_omitted, "never_omitted");
  if (field == PRED_GOVERNS) {
    c->p->governs_line = (int)v->start_mark.line + 1;
    c->p->governs_col = (int)v->start_mark.column + 1;
    return rl_read_strings(L, v, &c->p->governs_ids, &c->p->ngoverns, "governs", 0);
  }
  if (field == PRED_OPPOSITE) {
    c->p->opposite_line = (int)v->start_mark.line + 1;
    c->p->opposite_col = (int)v->start_mark.column + 1;
    if (v->type != YAML_SCALAR_NODE)
      return rl_fail(L, v, "opposite must be a string, not %s", rl_type_name(v));
    return rl_keep(&c->p->opposite_id, v);
  }
  if (field == PRED_NOUNS) return rl_read_terms(L, v, CD_LANG_EN, &c->p->nouns, &c->p->nnouns, "nouns");
  if (field == PRED_MENTIONS)
    return rl_read_terms(L, v, CD_LANG_EN, &c->p->mentions, &c->p->nmentions, "mentions");
  if (field == PRED_KEY) {
    static const char *const roles[CD_ROLE_N] = {"agent", "patient", "recipient"};
    const char **names;
    size_t n;
    int error;
    if ((error = rl_read_strings(L, v, &names, &n, "key", 0)) < 0) return error;
    for (size_t i = 0; i < n; i++) {
      int r = 0;
      while (r < CD_ROLE_N && strcmp(names[i], roles[r])) r++;
      if (r == CD_ROLE_N)
        return rl_fail(L, v, "unknown role '%s' in key (agent, patient, recipient)", names[i]);
      c->p->key |= CD_ROLE_BIT(r);
    }
    return 0;
  }
  if (field == PRED_VALUES) {
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
  if (field == PRED_ID) return rl_read_id(L, v, &c->p->id);
  return rl_keep(field == PRED_LABEL_ZH ? &c->p->label_zh : &c->p->label, v); /* label, label_zh */
}

/* The index of p's trigger spelt like t, or p->nterms when there is none. */
static size_t own_trigger(const cd_predicate *p, const cd_term *t) {
  size_t j = 0;
  while (j < p->nterms && strcmp(p->terms[j].text, t->text)) j++;
  return j;
}

/* Each of `nouns:` and `mentions:` must be one of the predicate's own
 * triggers, and none both; a topic lists neither (its triggers are all
 * mentions) and negates nothing. Marks each mention's trigger. */
static int check_pred_fields(rl_loader *L, cd_predicate *p, yaml_node_t *m) {
  if (p->topic && p->negates) return rl_fail(L, m, "predicate '%s' is a topic: it cannot negate", p->id);
  for (size_t i = 0; i < p->nnouns; i++) {
    const cd_term *n = &p->nouns[i];
    if (p->topic || own_trigger(p, n) == p->nterms)
      return cd_error_set(L->err, CD_ERULES, L->path, n->line, n->col, -1,
                          p->topic ? "noun '%s': predicate '%s' is a topic, whose triggers are all nouns"
                                   : "noun '%s' is not a trigger of predicate '%s'",
                          n->text, p->id);
  }
  for (size_t i = 0; i < p->nmentions; i++) {
    const cd_term *n = &p->mentions[i];
    size_t j = own_trigger(p, n), k = 0;
    while (k < p->nnouns && strcmp(p->nouns[k].text, n->text)) k++;
    if (p->topic || j == p->nterms || k < p->nnouns)
      return cd_error_set(
          L->err, CD_ERULES, L->path, n->line, n->col, -1,
          p->topic         ? "mention '%s': predicate '%s' is a topic, whose triggers are all mentions"
          : j == p->nterms ? "mention '%s' is not a trigger of predicate '%s'"
                           : "'%s' is both a noun and a mention of predicate '%s': an event in "
                             "itself is no mention",
          n->text, p->id);
    p->terms[j].mention = 1;
  }
  return 0;
}

/* The predicates whose claims the text makes, not words: a figures
 * predicate's by values, a forecasts predicate's by the hedges that govern
 * no trigger, an unread one's by a Chinese sentence of which nothing else
 * makes a claim. Each has no triggers and nothing that qualifies them,
 * and there is one of each at most. Their claims cite their own line. */
static const struct {
  const char *field, *by, *self;
} made_kinds[] = {
    {"figures", "values", "(a value no trigger takes)"},
    {"forecasts", "hedges", "(a hedge no trigger takes)"},
    {"unread", "sentences", "(a sentence no trigger reads)"},
};

/* Which of made_kinds p is (its index), -1 for none, or -2 for several. */
static int made_kind(const cd_predicate *p) {
  int flags[] = {p->figures, p->forecasts, p->unread}, k = -1;
  _Static_assert(sizeof flags / sizeof *flags == sizeof made_kinds / sizeof *made_kinds, "a flag a kind");
  for (int i = 0; i < (int)(sizeof flags / sizeof *flags); i++)
    if (flags[i]) k = k == -1 ? i : -2;
  return k;
}

static int check_made(rl_loader *L, cd_predicate *p, yaml_node_t *m) {
  int k = made_kind(p);
  if (k == -1) return 0;
  if (k == -2)
    return rl_fail(L, m, "predicate '%s' has more than one of figures, forecasts and unread", p->id);
  if (p->nterms || p->topic || p->negates || p->nnouns || p->nmentions)
    return rl_fail(L, m,
                   "predicate '%s' has %s: true: %s make its claims, so it takes no "
                   "triggers, nouns, mentions, topic or negates",
                   p->id, made_kinds[k].field, made_kinds[k].by);
  for (size_t i = 0; i < L->rs->npredicates; i++)
    if (made_kind(&L->rs->predicates[i]) == k)
      return rl_fail(L, m, "predicate '%s' has %s: true, and so has '%s' (%s:%d): one at most", p->id,
                     made_kinds[k].field, L->rs->predicates[i].id, L->rs->predicates[i].file,
                     L->rs->predicates[i].line);
  p->self.text = made_kinds[k].self;
  p->self.file = L->path;
  p->self.line = (int)m->start_mark.line + 1;
  p->self.col = (int)m->start_mark.column + 1;
  return 0;
}

/* One item of `predicates:`. */
static int read_predicate(rl_loader *L, yaml_node_t *m, void *unused) {
  cd_predicate p;
  pred_ctx c;
  int error, have;
  (void)unused;
  memset(&p, 0, sizeof p);
  c.p = &p;
  c.examples = NULL;
  if ((error = rl_walk_mapping(L, m, pred_fields, pred_field, &c, "a predicate")) < 0) return error;
  if (!p.id) return rl_fail(L, m, "predicate has no id");
  if ((error = check_made(L, &p, m)) < 0) return error;
  if (!p.nterms && made_kind(&p) < 0) return rl_fail(L, m, "predicate '%s' has no triggers (en, zh)", p.id);
  if ((error = check_pred_fields(L, &p, m)) < 0) return error;
  if (cd_strindex_add(&L->rs->predicate_ids, p.id, (int)L->rs->npredicates, &have) < 0) return rl_oom(L);
  if (have >= 0) return rl_fail(L, m, "duplicate predicate id '%s'", p.id);
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

static const char *const cue_names[] = {"negation",
                                        "negation_after",
                                        "hedge",
                                        "attribution",
                                        "reported",
                                        "anaphora",
                                        "ignore",
                                        "clause",
                                        "source",
                                        "refers_agency",
                                        "refers_company",
                                        "hedge_after",
                                        "question",
                                        "question_after",
                                        "double_negation",
                                        "approximation",
                                        "subordinate",
                                        "condition",
                                        "organization",
                                        "compliance",
                                        "subject",
                                        "interview",
                                        "object_to",
                                        "expectation",
                                        "prohibition",
                                        "goal",
                                        "commentator",
                                        "certain",
                                        "future",
                                        "refers_body",
                                        "estimate",
                                        "comparison",
                                        "question_before",
                                        "rivals",
                                        "done",
                                        "perfect",
                                        "plan",
                                        NULL};

const char *cd_cue_kind_name(cd_cue_kind kind) {
  return kind < CD_CUE_NKINDS ? cue_names[kind] : "none";
}

int cd_cue_kind_forecasts(int kind) {
  return kind == CD_CUE_HEDGE || kind == CD_CUE_CERTAIN || kind == CD_CUE_DONE || kind == CD_CUE_PERFECT;
}

int cd_cue_kind_refers(int kind) {
  return kind == CD_CUE_REFERS_AGENCY || kind == CD_CUE_REFERS_COMPANY || kind == CD_CUE_REFERS_BODY;
}

int cd_cue_kind_scoped(cd_cue_kind kind) {
  switch (kind) {
  case CD_CUE_NEGATION:
  case CD_CUE_NEGATION_AFTER:
  case CD_CUE_HEDGE:
  case CD_CUE_HEDGE_AFTER:
  case CD_CUE_QUESTION:
  case CD_CUE_QUESTION_AFTER:
  case CD_CUE_QUESTION_BEFORE:
  case CD_CUE_CONDITION:
  case CD_CUE_COMPLIANCE:
  case CD_CUE_EXPECTATION:
  case CD_CUE_ESTIMATE:
  case CD_CUE_PROHIBITION:
  case CD_CUE_GOAL:
  case CD_CUE_COMPARISON:
  case CD_CUE_CERTAIN:
  case CD_CUE_FUTURE:
  case CD_CUE_DONE:
  case CD_CUE_PERFECT:
  case CD_CUE_PLAN:
  case CD_CUE_DOUBLE_NEGATION: return 1;
  default: return 0;
  }
}

/* One kind's mapping being read: its keys and the scope it declares. */
typedef struct {
  cd_cue_kind kind;
  cd_cue_scope scope;
  int nfields; /* scope fields given */
} cue_ctx;

/* The index of s in names (NULL-terminated), or -1. */
static int name_index(const char *const *names, const char *s) {
  for (int i = 0; names[i]; i++)
    if (!strcmp(names[i], s)) return i;
  return -1;
}

/* A scalar v that must be one of names: its index, or an error listing them. */
static int read_choice(rl_loader *L, yaml_node_t *v, const char *const *names, const char *what, int *out) {
  *out = -1;
  if (v->type != YAML_SCALAR_NODE || (*out = name_index(names, rl_scalar(v))) < 0)
    return rl_fail(L, v, "%s must be %s, not '%s'", what, names[name_index(names, "") + 1],
                   v->type == YAML_SCALAR_NODE ? rl_scalar(v) : rl_type_name(v));
  return 0;
}

/* sets / direction / reach / gap / window / terminators of a scoped kind. */
static int scope_field(rl_loader *L, const char *key, yaml_node_t *v, cue_ctx *c) {
  /* each list ends with "", then the phrase naming its values, then NULL */
  static const char *const sets[] = {
      "negated", "hedged", "question", "affirmed",
      "certain", "tense",  "",         "negated, hedged, question, affirmed, certain or tense",
      NULL};
  static const char *const dirs[] = {
      "forward", "backward", "both", "either", "", "forward, backward, both or either", NULL};
  static const char *const reach[] = {"nearest", "all", "", "nearest or all", NULL};
  static const char *const terms[] = {
      "clause", "strong", "subject", "certain", "", "clause, strong, subject or certain", NULL};
  static const char *const gaps[] = {"after", "within", "", "after or within", NULL};
  int i = 0, error;
  c->nfields++;
  if (!strcmp(key, "sets")) {
    if ((error = read_choice(L, v, sets, "sets", &i)) < 0) return error;
    c->scope.sets = (cd_cue_sets)(i + 1);
  } else if (!strcmp(key, "direction")) {
    if ((error = read_choice(L, v, dirs, "direction", &i)) < 0) return error;
    c->scope.direction = i == 3 ? CD_SCOPE_EITHER : (unsigned)i + 1;
  } else if (!strcmp(key, "reach")) {
    if ((error = read_choice(L, v, reach, "reach", &i)) < 0) return error;
    c->scope.nearest = i == 0;
  } else if (!strcmp(key, "gap")) {
    if ((error = read_choice(L, v, gaps, "gap", &i)) < 0) return error;
    c->scope.gap_within = i == 1;
  } else if (!strcmp(key, "window")) {
    char *end;
    long n = v->type == YAML_SCALAR_NODE ? strtol(rl_scalar(v), &end, 10) : -1;
    if (n < 1 || n > 400 || *end)
      return rl_fail(L, v, "window must be a whole number of bytes from 1 to 400");
    c->scope.window = (size_t)n;
  } else { /* terminators: a list of clause / strong, possibly empty */
    if (v->type != YAML_SEQUENCE_NODE)
      return rl_fail(L, v, "terminators must be a list (clause, strong, subject, certain)");
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
      yaml_node_t *t = rl_get(L, *it);
      if (!t) return CD_ERULES;
      if ((error = read_choice(L, t, terms, "a terminator", &i)) < 0) return error;
      c->scope.terminators |= i == 0   ? CD_SCOPE_CLAUSE
                              : i == 1 ? CD_SCOPE_STRONG
                              : i == 2 ? CD_SCOPE_SUBJECT
                                       : CD_SCOPE_CERTAIN;
    }
  }
  return 0;
}

static int is_hedge(cd_cue_kind kind) {
  return kind == CD_CUE_HEDGE || kind == CD_CUE_HEDGE_AFTER || kind == CD_CUE_ESTIMATE;
}

/* An approximation (约, about) widens a value; it must never hedge a
 * claim, so no key may be both. term is the i-th key of v, of kind kind;
 * the first cue of the other kind with its text is found in the loader's
 * index of them (L->approximations, L->hedges). */
static int check_approximation(rl_loader *L, yaml_node_t *v, size_t i, cd_cue_kind kind,
                               const cd_term *term) {
  int j;
  if (kind != CD_CUE_APPROXIMATION && !is_hedge(kind)) return 0;
  j = cd_strindex_find(kind == CD_CUE_APPROXIMATION ? &L->hedges : &L->approximations, term->text);
  if (j >= 0) {
    const cd_cue *o = &L->rs->cues[j];
    yaml_node_t *n = v;
    if (v->type == YAML_SEQUENCE_NODE) n = yaml_document_get_node(&L->doc, v->data.sequence.items.start[i]);
    return rl_fail(L, n, "'%s' is both an approximation and a hedge (%s:%d): approximations belong to values",
                   term->text, o->term.file, o->term.line);
  }
  return 0;
}

/* The fields of a cue kind's mapping: rl_walk_mapping hands each field's
 * index in the list below. */
enum { CUE_EN, CUE_ZH, CUE_SETS, CUE_DIRECTION, CUE_REACH, CUE_GAP, CUE_WINDOW, CUE_TERMINATORS, CUE_N };
static const char *const cue_fields[] = {
    [CUE_EN] = "en",       [CUE_ZH] = "zh",   [CUE_SETS] = "sets",     [CUE_DIRECTION] = "direction",
    [CUE_REACH] = "reach", [CUE_GAP] = "gap", [CUE_WINDOW] = "window", [CUE_TERMINATORS] = "terminators",
    [CUE_N] = NULL,
};

static int lang_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  cue_ctx *c = vctx;
  cd_term *terms = NULL;
  size_t n = 0;
  int error;
  if (field != CUE_EN && field != CUE_ZH) {
    if (!cd_cue_kind_scoped(c->kind))
      return rl_fail(L, k, "'%s' does not apply to %s cues: they have no scope", key, cue_names[c->kind]);
    return scope_field(L, key, v, c);
  }
  if (c->kind == CD_CUE_SUBORDINATE) /* tested at clause edges, never matched: kept apart */
    return rl_read_terms(L, v, field == CUE_ZH ? CD_LANG_ZH : CD_LANG_EN, &L->rs->subordinators,
                         &L->rs->nsubordinators, key);
  if ((error = rl_read_terms(L, v, field == CUE_ZH ? CD_LANG_ZH : CD_LANG_EN, &terms, &n, key)) < 0)
    return error;
  for (size_t i = 0; i < n; i++) {
    int have;
    if ((error = check_approximation(L, v, i, c->kind, &terms[i])) < 0) return error;
    if (rl_grow((void **)&L->rs->cues, &L->cap_cue, L->rs->ncues, sizeof *L->rs->cues) < 0) return rl_oom(L);
    if ((c->kind == CD_CUE_APPROXIMATION || is_hedge(c->kind)) &&
        cd_strindex_add(c->kind == CD_CUE_APPROXIMATION ? &L->approximations : &L->hedges, terms[i].text,
                        (int)L->rs->ncues, &have) < 0)
      return rl_oom(L);
    L->rs->cues[L->rs->ncues].kind = c->kind;
    L->rs->cues[L->rs->ncues++].term = terms[i];
  }
  return 0;
}

/* A scoped kind declares its scope once, in full, the first time it is
 * written; later files (a story's rules) may add keys to it. */
static int check_scope(rl_loader *L, yaml_node_t *m, cue_ctx *c) {
  cd_cue_scope *have = &L->rs->scope[c->kind];
  const char *name = cue_names[c->kind];
  if (!cd_cue_kind_scoped(c->kind)) return 0;
  if (have->sets != CD_SETS_NONE) {
    if (c->nfields)
      return rl_fail(L, m, "the scope of %s cues is declared already, at %s:%d", name, have->file,
                     have->line);
    return 0;
  }
  if (!c->scope.sets || !c->scope.direction || !c->scope.window)
    return rl_fail(
        L, m, "%s cues need their scope: sets, direction and window (reach, gap and terminators optional)",
        name);
  c->scope.file = L->path;
  c->scope.line = (int)m->start_mark.line + 1;
  c->scope.estimate = c->kind == CD_CUE_ESTIMATE || c->kind == CD_CUE_EXPECTATION;
  c->scope.tense = c->kind == CD_CUE_DONE || c->kind == CD_CUE_PERFECT                       ? CD_TENSE_DONE
                   : c->kind == CD_CUE_FUTURE || c->kind == CD_CUE_PLAN || c->scope.estimate ? CD_TENSE_FUTURE
                                                                                             : 0;
  *have = c->scope;
  return 0;
}

/* A cue kind's mapping: the kind is its field's index in cue_names, which
 * top_field hands rl_walk_mapping. */
static int cue_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  cue_ctx c;
  int error;
  (void)k;
  (void)vctx;
  memset(&c, 0, sizeof c);
  c.kind = (cd_cue_kind)field;
  if ((error = rl_walk_mapping(L, v, cue_fields, lang_field, &c, key)) < 0) return error;
  return check_scope(L, v, &c);
}

/* ---- boilerplate ---- */

typedef struct {
  cd_bp_rule *r;
  yaml_node_t *examples;
} bp_ctx;

/* A whole number from lo to hi (scalar v, field key) into *out. */
static int read_whole(rl_loader *L, yaml_node_t *v, const char *key, long lo, long hi, int *out) {
  char *end;
  long n = strtol(rl_scalar(v), &end, 10);
  if (*end || n < lo || n > hi)
    return rl_fail(L, v, "%s must be a whole number from %ld to %ld", key, lo, hi);
  *out = (int)n;
  return 0;
}

/* The fields of a boilerplate rule: rl_walk_mapping hands each field's index in the list below. */
enum {
  BP_ID,
  BP_LINES,
  BP_PREFIXES,
  BP_CONTAINS,
  BP_PATTERN,
  BP_MAX_WORDS,
  BP_REPEATED,
  BP_HEADLINE_RUN,
  BP_ACTION,
  BP_EXAMPLES,
  BP_N
};
static const char *const bp_fields[] = {
    [BP_ID] = "id",
    [BP_LINES] = "lines",
    [BP_PREFIXES] = "prefixes",
    [BP_CONTAINS] = "contains",
    [BP_PATTERN] = "pattern",
    [BP_MAX_WORDS] = "max_words",
    [BP_REPEATED] = "repeated",
    [BP_HEADLINE_RUN] = "headline_run",
    [BP_ACTION] = "action",
    [BP_EXAMPLES] = "examples",
    [BP_N] = NULL,
};

static int bp_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  bp_ctx *c = vctx;
  cd_bp_rule *r = c->r;
  (void)k;
  if (field == BP_LINES) return rl_read_strings(L, v, &r->lines, &r->nlines, "lines", 1);
  if (field == BP_PREFIXES) return rl_read_strings(L, v, &r->prefixes, &r->nprefixes, "prefixes", 1);
  if (field == BP_CONTAINS) return rl_read_strings(L, v, &r->contains, &r->ncontains, "contains", 1);
  if (field == BP_REPEATED) return rl_read_bool(L, v, &r->repeated, "repeated");
  if (field == BP_EXAMPLES) {
    c->examples = v;
    return 0;
  }
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  if (field == BP_ID) return rl_keep(&r->id, v);
  if (field == BP_MAX_WORDS) return read_whole(L, v, key, 1, 50, &r->max_words);
  if (field == BP_HEADLINE_RUN) return read_whole(L, v, key, 2, 20, &r->headline_run);
  if (field == BP_PATTERN) {
    char msg[200];
    int rc;
    rl_keep(&r->pattern_text, v);
    rc = rl_pattern_get(&r->pattern, &L->pats, L->cache_dir, rl_scalar(v), v->data.scalar.length, msg,
                        sizeof msg);
    if (rc == -2) return rl_oom(L);
    return rc < 0 ? rl_fail(L, v, "bad pattern: %s", msg) : 0;
  }
  /* action */
  if (!strcmp(rl_scalar(v), "drop-line"))
    r->action = CD_BP_DROP_LINE;
  else if (!strcmp(rl_scalar(v), "drop-rest"))
    r->action = CD_BP_DROP_REST;
  else if (!strcmp(rl_scalar(v), "strip-prefix"))
    r->action = CD_BP_STRIP_PREFIX;
  else
    return rl_fail(L, v, "action must be drop-line, drop-rest or strip-prefix, not '%s'", rl_scalar(v));
  return 0;
}

/* The contains words sorted by first byte (a stable counting sort), so
 * that a line's byte is tried against the words that start with it only. */
static int index_contains(rl_loader *L, yaml_node_t *m, cd_bp_rule *r) {
  const char **sorted;
  size_t at[256];
  if (r->ncontains > 65535)
    return rl_fail(L, m, "boilerplate rule '%s' has over 65535 contains words", r->id);
  if (!(sorted = cd_arena_alloc(&L->rs->arena, r->ncontains * sizeof *sorted))) return rl_oom(L);
  memset(r->contains_from, 0, sizeof r->contains_from);
  for (size_t i = 0; i < r->ncontains; i++) r->contains_from[(unsigned char)r->contains[i][0] + 1]++;
  for (int c = 0; c < 256; c++) r->contains_from[c + 1] += r->contains_from[c];
  for (int c = 0; c < 256; c++) at[c] = r->contains_from[c];
  for (size_t i = 0; i < r->ncontains; i++) sorted[at[(unsigned char)r->contains[i][0]]++] = r->contains[i];
  r->contains = sorted;
  return 0;
}

/* One item of `boilerplate:`. */
static int read_bp_rule(rl_loader *L, yaml_node_t *m, void *unused) {
  cd_bp_rule r;
  bp_ctx c;
  int error;
  (void)unused;
  memset(&r, 0, sizeof r);
  c.r = &r;
  c.examples = NULL;
  /* the rule goes in first so that its pattern is freed even on error */
  if (rl_grow((void **)&L->rs->bp, &L->cap_bp, L->rs->nbp, sizeof r) < 0) return rl_oom(L);
  error = rl_walk_mapping(L, m, bp_fields, bp_field, &c, "a boilerplate rule");
  r.file = L->path;
  r.line = (int)m->start_mark.line + 1;
  if (!error && r.ncontains) error = index_contains(L, m, &r);
  L->rs->bp[L->rs->nbp++] = r;
  if (error < 0) return error;
  if (!r.id) return rl_fail(L, m, "boilerplate rule has no id");
  if (!r.nlines && !r.nprefixes && !r.ncontains && !r.pattern && !r.max_words && !r.repeated &&
      !r.headline_run)
    return rl_fail(L, m,
                   "boilerplate rule '%s' matches nothing (give lines, prefixes, contains, "
                   "pattern, max_words, repeated or headline_run)",
                   r.id);
  if (r.action == CD_BP_STRIP_PREFIX &&
      (!r.pattern || r.nlines || r.nprefixes || r.ncontains || r.max_words || r.repeated || r.headline_run))
    return rl_fail(L, m, "boilerplate rule '%s': strip-prefix takes a pattern and no other matcher", r.id);
  if (c.examples && (error = read_examples(L, c.examples, CD_OWNER_BOILERPLATE, (int)L->rs->nbp - 1)) < 0)
    return error;
  return 0;
}

/* ---- segment ---- */

static int segment_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v,
                         void *vctx) {
  (void)field;
  (void)key;
  (void)k;
  (void)vctx;
  return rl_read_terms(L, v, CD_LANG_EN, &L->rs->abbrevs, &L->rs->nabbrevs, "abbreviations");
}

/* ---- bare_nouns ---- */

/* en_endings / zh_endings / zh_words: each appends to what earlier files gave. */
static int bare_nouns_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v,
                            void *vctx) {
  (void)field;
  cd_noun_shapes *b = &L->rs->bare_nouns;
  (void)k;
  (void)vctx;
  if (!strcmp(key, "en_endings"))
    return rl_read_terms(L, v, CD_LANG_EN, &b->en_endings, &b->nen_endings, key);
  if (!strcmp(key, "zh_endings"))
    return rl_read_terms(L, v, CD_LANG_ZH, &b->zh_endings, &b->nzh_endings, key);
  return rl_read_terms(L, v, CD_LANG_ZH, &b->zh_words, &b->nzh_words, key); /* zh_words */
}

/* ---- units ---- */

static int unit_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  (void)field;
  cd_unit *u = vctx;
  (void)k;
  if (!strcmp(key, "en")) return rl_read_terms(L, v, CD_LANG_EN, &u->terms, &u->nterms, "en");
  if (!strcmp(key, "zh")) return rl_read_terms(L, v, CD_LANG_ZH, &u->terms, &u->nterms, "zh");
  if (!strcmp(key, "not_before")) return rl_read_strings(L, v, &u->not_before, &u->nnot_before, key, 1);
  if (!strcmp(key, "duration")) return rl_read_bool(L, v, &u->duration, "duration");
  if (!strcmp(key, "packs")) return rl_read_bool(L, v, &u->packs, "packs");
  if (!strcmp(key, "minutes")) return read_whole(L, v, key, 1, 100000000, &u->minutes); /* a century */
  if (!strcmp(key, "not_across")) return rl_read_strings(L, v, &u->not_across, &u->nnot_across, key, 1);
  if (v->type != YAML_SCALAR_NODE) return rl_fail(L, v, "%s must be a string, not %s", key, rl_type_name(v));
  return rl_read_id(L, v, &u->id); /* id */
}

/* One item of `units:` or (measure) `measures:`: an id and its words; a
 * word names one unit (one measure) only, so that a value's unit never
 * depends on the order of the files. */
static int read_unit_item(rl_loader *L, yaml_node_t *m, int measure) {
  static const char *const unit_known[] = {"id",       "en",    "zh",      "not_before",
                                           "duration", "packs", "minutes", NULL};
  static const char *const measure_known[] = {"id", "en", "zh", "not_across", NULL};
  const char *what = measure ? "measure" : "unit";
  cd_units *us = &L->rs->units;
  cd_unit **list = measure ? &us->measures : &us->units;
  size_t *n = measure ? &us->nmeasures : &us->nunits, *cap = measure ? &L->cap_measure : &L->cap_unit;
  cd_strindex *ids = measure ? &L->measure_ids : &L->unit_ids,
              *words = measure ? &L->measure_words : &L->unit_words;
  cd_unit u;
  int error, have;
  memset(&u, 0, sizeof u);
  if ((error = rl_walk_mapping(L, m, measure ? measure_known : unit_known, unit_field, &u,
                               measure ? "a measure" : "a unit")) < 0)
    return error;
  if (!u.id) return rl_fail(L, m, "%s has no id", what);
  if (!u.nterms) return rl_fail(L, m, "%s '%s' has no words (en, zh)", what, u.id);
  /* ids and words go into the loader's indexes as this item's, index *n */
  if (cd_strindex_add(ids, u.id, (int)*n, &have) < 0) return rl_oom(L);
  if (have >= 0) return rl_fail(L, m, "duplicate %s id '%s'", what, u.id);
  if (*n >= CD_UNITS_MAX) return rl_fail(L, m, "more than %d %ss", CD_UNITS_MAX, what);
  for (size_t k = 0; k < u.nterms; k++) {
    if (cd_strindex_add(words, u.terms[k].text, (int)*n, &have) < 0) return rl_oom(L);
    if (have >= 0) /* an earlier item's word, or an earlier word of this one */
      return cd_error_set(L->err, CD_ERULES, u.terms[k].file, u.terms[k].line, u.terms[k].col, -1,
                          "%s word '%s' is already a word of %s '%s'", what, u.terms[k].text, what,
                          have == (int)*n ? u.id : (*list)[have].id);
  }
  u.file = L->path;
  u.line = (int)m->start_mark.line + 1;
  if (rl_grow((void **)list, cap, *n, sizeof u) < 0) return rl_oom(L);
  (*list)[(*n)++] = u;
  return 0;
}

static int read_unit(rl_loader *L, yaml_node_t *m, void *unused) {
  (void)unused;
  return read_unit_item(L, m, 0);
}

/* What a share is of (a yield, a change, a share of a whole). */
static int read_measure(rl_loader *L, yaml_node_t *m, void *unused) {
  (void)unused;
  return read_unit_item(L, m, 1);
}

/* ---- the top-level mapping ---- */

/* The sections of a rule file: rl_walk_mapping hands each field's index in the list below. */
enum {
  TOP_ENTITIES,
  TOP_PREDICATES,
  TOP_CUES,
  TOP_BOILERPLATE,
  TOP_SEGMENT,
  TOP_BARE_NOUNS,
  TOP_UNITS,
  TOP_MEASURES,
  TOP_N
};
static const char *const top_fields[] = {
    [TOP_ENTITIES] = "entities",
    [TOP_PREDICATES] = "predicates",
    [TOP_CUES] = "cues",
    [TOP_BOILERPLATE] = "boilerplate",
    [TOP_SEGMENT] = "segment",
    [TOP_BARE_NOUNS] = "bare_nouns",
    [TOP_UNITS] = "units",
    [TOP_MEASURES] = "measures",
    [TOP_N] = NULL,
};

static int top_field(rl_loader *L, int field, const char *key, yaml_node_t *k, yaml_node_t *v, void *vctx) {
  static const char *const seg_known[] = {"abbreviations", NULL};
  static const char *const noun_known[] = {"en_endings", "zh_endings", "zh_words", NULL};
  (void)key;
  (void)k;
  (void)vctx;
  if (field == TOP_ENTITIES) return rl_walk_sequence(L, v, "entities", read_entity, NULL);
  if (field == TOP_PREDICATES) return rl_walk_sequence(L, v, "predicates", read_predicate, NULL);
  if (field == TOP_CUES) return rl_walk_mapping(L, v, cue_names, cue_field, NULL, "cues");
  if (field == TOP_BOILERPLATE) return rl_walk_sequence(L, v, "boilerplate", read_bp_rule, NULL);
  if (field == TOP_BARE_NOUNS) return rl_walk_mapping(L, v, noun_known, bare_nouns_field, NULL, "bare_nouns");
  if (field == TOP_UNITS) return rl_walk_sequence(L, v, "units", read_unit, NULL);
  if (field == TOP_MEASURES) return rl_walk_sequence(L, v, "measures", read_measure, NULL);
  return rl_walk_mapping(L, v, seg_known, segment_field, NULL, "segment");
}

int rl_read_sections(rl_loader *L, yaml_node_t *root) {
  int error = rl_walk_mapping(L, root, top_fields, top_field, NULL, "a rule file");
  rl_patterns_end(&L->pats, L->cache_dir, error == 0);
  return error;
}
