/* rules_parse.c: one rule file's YAML into the tree the section readers
 * walk (rules_load.h), from libyaml's events.
 *
 * yaml_parser_load builds that tree with a malloc per node (its tag), one
 * per list or mapping (its items), and yaml_document_delete frees each:
 * about a fifth of what loading the shipped rules cost. Here each event
 * becomes a node, in event order (so the node ids and marks are
 * yaml_parser_load's), the scalars' bytes go into one pool, the lists'
 * items into one array and the mappings' pairs into another; when the
 * document ends the nodes' pointers are set into those three, which the
 * tree takes over as they are: tag NULL, end mark the start mark (no
 * reader looks at either).
 *
 *   nodes    the tree's own, but while the document is open a node's end
 *            mark holds a (index) and b (line): a scalar's pool offset and
 *            length, a list's first item and count, a mapping's first
 *            pair and count
 *   kids     the children of the lists and mappings still open, innermost
 *            last; a container's kids become its items (or pairs) when it ends
 *
 * Nothing is copied at the end, and the nodes' array is not cut to size:
 * a tree of 100,000 aliases is 17 MB of nodes, and when a second block
 * that size was made from the records, a process loading again and again
 * pushed its heap past glibc's trim threshold (twice the largest mapped
 * block freed), gave the pages back at every load and faulted them in
 * anew (4,000 to 12,000 page faults a load against 1,800 now, and three
 * times the wall time).
 *
 * What yaml_parser_load refuses is refused in its words (an undefined
 * alias; a duplicate anchor); what rules.c's depth walk refused (a node
 * reached twice: an alias; a node deeper than RL_DEPTH_MAX) is found on the
 * events, first in event order being first in the walk's order, and
 * reported only once the whole stream has parsed, where the walk came.
 * Cost: libyaml's parse, then O(nodes); a malloc per array growth, none
 * per node. */
#include <stdlib.h>
#include <string.h>

#include "rules_load.h"

typedef struct {
  int node;     /* id of the list or mapping */
  size_t first; /* its first child in kids */
} open_node;

typedef struct {
  size_t name; /* offset of the NUL-terminated anchor in builder.names */
  int node;
} anchor;

/* What yaml_parser_set_composer_error_context would set. */
typedef struct {
  const char *problem, *context;
  yaml_mark_t mark;
} problem;

typedef struct {
  yaml_node_t *nodes; /* end marks hold a and b: see the file's comment */
  size_t nnodes, cap_nodes;
  yaml_node_item_t *items; /* finished lists' items, each list's together */
  size_t nitems, cap_items;
  yaml_node_pair_t *pairs; /* finished mappings' pairs, likewise */
  size_t npairs, cap_pairs;
  int *kids;
  size_t nkids, cap_kids;
  open_node *open;
  size_t nopen, cap_open;
  anchor *anchors;
  size_t nanchors, cap_anchors;
  cd_buf names;  /* anchors' names */
  cd_buf pool;   /* each scalar's bytes and a NUL */
  int bad;       /* the first node where the depth walk would stop (1-based), or 0 */
  int bad_alias; /* ... because it is reached twice, not because it is too deep */
  problem fail;  /* set when loading fails with a composer error */
} builder;

static void builder_dispose(builder *b) {
  free(b->nodes);
  free(b->items);
  free(b->pairs);
  free(b->kids);
  free(b->open);
  free(b->anchors);
  cd_buf_dispose(&b->names);
  cd_buf_dispose(&b->pool);
}

/* The node id c hung under the innermost open container (none: the root). */
static int add_kid(builder *b, int c) {
  if (!b->nopen) return 0;
  if (rl_grow((void **)&b->kids, &b->cap_kids, b->nkids, sizeof *b->kids) < 0) return CD_ENOMEM;
  b->kids[b->nkids++] = c;
  return 0;
}

/* An alias, as rules.c's walk met it: the node it names reached twice. */
static int add_alias(builder *b, const yaml_event_t *ev) {
  const char *name = (const char *)ev->data.alias.anchor;
  for (size_t i = 0; i < b->nanchors; i++)
    if (!strcmp(b->names.ptr + b->anchors[i].name, name)) {
      if (!b->bad) b->bad = b->anchors[i].node, b->bad_alias = 1;
      return add_kid(b, b->anchors[i].node);
    }
  b->fail = (problem){"found undefined alias", NULL, ev->start_mark};
  return CD_ERULES;
}

/* Anchor name of node id, refused when an earlier node has it. */
static int add_anchor(builder *b, const yaml_char_t *name, int id) {
  for (size_t i = 0; i < b->nanchors; i++)
    if (!strcmp(b->names.ptr + b->anchors[i].name, (const char *)name)) {
      b->fail = (problem){"second occurrence", "found duplicate anchor; first occurrence",
                          b->nodes[id - 1].start_mark};
      return CD_ERULES;
    }
  if (rl_grow((void **)&b->anchors, &b->cap_anchors, b->nanchors, sizeof *b->anchors) < 0) return CD_ENOMEM;
  b->anchors[b->nanchors++] = (anchor){b->names.len, id};
  return cd_buf_put(&b->names, (const char *)name, strlen((const char *)name) + 1) < 0 ? CD_ENOMEM : 0;
}

/* A scalar's, a list's or a mapping's start: a node, its anchor, its
 * place in its parent; a container is then open. */
static int add_node(builder *b, const yaml_event_t *ev) {
  yaml_node_t *nd;
  const yaml_char_t *name = NULL;
  int id, error;
  if (b->nnodes >= INT32_MAX - 1) return CD_ENOMEM; /* ids are ints */
  if (rl_grow((void **)&b->nodes, &b->cap_nodes, b->nnodes, sizeof *b->nodes) < 0) return CD_ENOMEM;
  nd = &b->nodes[b->nnodes++];
  memset(nd, 0, sizeof *nd);
  nd->start_mark = ev->start_mark;
  if (ev->type == YAML_SCALAR_EVENT) {
    size_t at = b->pool.len, n = ev->data.scalar.length;
    nd->type = YAML_SCALAR_NODE, nd->end_mark.index = at, nd->end_mark.line = n;
    name = ev->data.scalar.anchor;
    if (cd_buf_grow(&b->pool, n + 1) < 0) return CD_ENOMEM;
    if (n) memcpy(b->pool.ptr + at, ev->data.scalar.value, n);
    b->pool.len += n + 1; /* the scalar's NUL, and the buffer's after it */
    b->pool.ptr[at + n] = b->pool.ptr[b->pool.len] = '\0';
  } else if (ev->type == YAML_SEQUENCE_START_EVENT) {
    nd->type = YAML_SEQUENCE_NODE, name = ev->data.sequence_start.anchor;
  } else {
    nd->type = YAML_MAPPING_NODE, name = ev->data.mapping_start.anchor;
  }
  id = (int)b->nnodes;
  if (!b->bad && b->nopen > RL_DEPTH_MAX) b->bad = id; /* the root is at depth 0 */
  if ((name && (error = add_anchor(b, name, id)) < 0) || (error = add_kid(b, id)) < 0) return error;
  if (b->nodes[id - 1].type == YAML_SCALAR_NODE) return 0;
  if (rl_grow((void **)&b->open, &b->cap_open, b->nopen, sizeof *b->open) < 0) return CD_ENOMEM;
  b->open[b->nopen++] = (open_node){id, b->nkids};
  return 0;
}

/* The innermost container ends: its kids become its items or pairs. */
static int end_node(builder *b) {
  open_node o = b->open[--b->nopen];
  yaml_mark_t *ab = &b->nodes[o.node - 1].end_mark; /* a and b */
  size_t n = b->nkids - o.first;
  const int *k = n ? b->kids + o.first : NULL; /* kids is NULL while no child was ever added */
  if (b->nodes[o.node - 1].type == YAML_SEQUENCE_NODE) {
    if (cd_array_reserve((void **)&b->items, &b->cap_items, b->nitems + n, sizeof *b->items) < 0)
      return CD_ENOMEM;
    ab->index = b->nitems, ab->line = n;
    if (n) memcpy(b->items + b->nitems, k, n * sizeof *k); /* an empty list may have no items array yet */
    b->nitems += n;
  } else {
    /* the parser gives every key a value (an empty scalar at least); were
     * one missing, the pair would be left with value 0 as libyaml leaves it */
    size_t np = (n + 1) / 2;
    if (cd_array_reserve((void **)&b->pairs, &b->cap_pairs, b->npairs + np, sizeof *b->pairs) < 0)
      return CD_ENOMEM;
    ab->index = b->npairs, ab->line = np;
    for (size_t i = 0; i < np; i++)
      b->pairs[b->npairs + i] = (yaml_node_pair_t){k[2 * i], 2 * i + 1 < n ? k[2 * i + 1] : 0};
    b->npairs += np;
  }
  b->nkids = o.first;
  return 0;
}

/* One event of a document's body into b. */
static int add_event(builder *b, const yaml_event_t *ev) {
  switch (ev->type) {
  case YAML_ALIAS_EVENT: return add_alias(b, ev);
  case YAML_SCALAR_EVENT:
  case YAML_SEQUENCE_START_EVENT:
  case YAML_MAPPING_START_EVENT: return add_node(b, ev);
  case YAML_SEQUENCE_END_EVENT:
  case YAML_MAPPING_END_EVENT: return end_node(b);
  default: return 0; /* DOCUMENT-END */
  }
}

/* The next document of the stream into b, as yaml_parser_load reads it:
 * none (b left empty) once the stream has ended. CD_ERULES with the
 * parser's problem, or b->fail's, set; or CD_ENOMEM. */
static int load_document(yaml_parser_t *parser, builder *b) {
  yaml_event_t ev;
  int error = 0;
  if (!parser->stream_start_produced) {
    if (!yaml_parser_parse(parser, &ev)) return CD_ERULES;
    yaml_event_delete(&ev); /* STREAM-START */
  }
  if (parser->stream_end_produced) return 0;
  if (!yaml_parser_parse(parser, &ev)) return CD_ERULES;
  if (ev.type == YAML_STREAM_END_EVENT) return 0;
  do {
    yaml_event_delete(&ev); /* DOCUMENT-START first, then each event once added */
    if (!yaml_parser_parse(parser, &ev)) return CD_ERULES;
    error = add_event(b, &ev);
  } while (!error && ev.type != YAML_DOCUMENT_END_EVENT);
  yaml_event_delete(&ev);
  return error;
}

/* b's nodes, items, pairs and pool handed over to t, the nodes' pointers
 * set into the other three and their end marks made their start marks.
 * The arrays keep their capacity (the pages past the end are never
 * touched): cut to size, the largest freed block, and with it the trim
 * threshold, came out smaller than the next load's heap (12,000 page
 * faults a load of 100,000 aliases). */
static int finish_tree(rl_tree *t, yaml_document_t *doc, builder *b) {
  size_t nn = b->nnodes;
  yaml_node_t *nodes = b->nodes;
  yaml_node_item_t *items = b->items;
  yaml_node_pair_t *pairs = b->pairs;
  t->file = (unsigned char *)cd_buf_detach(&b->pool);
  t->block = nodes, t->items = items, t->pairs = pairs;
  b->nodes = NULL, b->items = NULL, b->pairs = NULL;
  b->nnodes = b->cap_nodes = b->nitems = b->cap_items = b->npairs = b->cap_pairs = 0;
  if (!t->file) return CD_ENOMEM; /* t is freed by the caller */
  for (size_t i = 0; i < nn; i++) {
    yaml_node_t *nd = &nodes[i];
    size_t a = nd->end_mark.index, n = nd->end_mark.line;
    nd->end_mark = nd->start_mark;
    if (nd->type == YAML_SCALAR_NODE) {
      nd->data.scalar.value = t->file + a;
      nd->data.scalar.length = n;
      nd->data.scalar.style = YAML_ANY_SCALAR_STYLE;
    } else if (nd->type == YAML_SEQUENCE_NODE) {
      /* an empty list may come before any item: no array to point into */
      nd->data.sequence.items.start = n ? items + a : NULL;
      nd->data.sequence.items.end = nd->data.sequence.items.top = n ? items + a + n : NULL;
    } else {
      nd->data.mapping.pairs.start = n ? pairs + a : NULL;
      nd->data.mapping.pairs.end = nd->data.mapping.pairs.top = n ? pairs + a + n : NULL;
    }
  }
  memset(doc, 0, sizeof *doc);
  doc->nodes.start = nodes;
  doc->nodes.end = doc->nodes.top = nodes ? nodes + nn : NULL;
  doc->start_implicit = doc->end_implicit = 1;
  return 0;
}

/* err at a libyaml problem, in the words rules.c has always used. */
static int yaml_fail(cd_error *err, const char *path, const problem *p) {
  return cd_error_set(err, CD_ERULES, path, (int)p->mark.line + 1, (int)p->mark.column + 1, -1, "%s%s%s",
                      p->problem ? p->problem : "broken YAML", p->context ? " " : "",
                      p->context ? p->context : "");
}

/* A load's failure as an error: the parser's problem or the builder's. */
static int load_error(cd_error *err, const char *path, int error, const yaml_parser_t *parser,
                      const builder *b) {
  problem p;
  if (error == CD_ENOMEM) return cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
  p = b->fail.problem ? b->fail : (problem){parser->problem, parser->context, parser->problem_mark};
  return yaml_fail(err, path, &p);
}

/* The stream's first document into first; a second one is refused at
 * its root, once it has loaded (its own errors come first). */
static int load_stream(yaml_parser_t *parser, builder *first, const char *path, cd_error *err) {
  builder next;
  int error;
  memset(&next, 0, sizeof next);
  cd_buf_init(&next.names);
  cd_buf_init(&next.pool);
  if ((error = load_document(parser, first)) < 0) return load_error(err, path, error, parser, first);
  if ((error = load_document(parser, &next)) < 0)
    error = load_error(err, path, error, parser, &next);
  else if (next.nnodes)
    error = cd_error_set(err, CD_ERULES, path, (int)next.nodes[0].start_mark.line + 1,
                         (int)next.nodes[0].start_mark.column + 1, -1,
                         "a second YAML document in a rule file (one per file)");
  builder_dispose(&next);
  return error;
}

int rl_tree_parse(rl_tree *t, yaml_document_t *doc, const char *bytes, size_t len, const char *path,
                  cd_error *err) {
  yaml_parser_t parser;
  builder b;
  int error;
  memset(t, 0, sizeof *t);
  memset(doc, 0, sizeof *doc);
  memset(&b, 0, sizeof b);
  cd_buf_init(&b.names);
  cd_buf_init(&b.pool);
  if (!yaml_parser_initialize(&parser)) return cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
  yaml_parser_set_input_string(&parser, (const unsigned char *)bytes, len);
  error = load_stream(&parser, &b, path, err);
  if (!error && b.bad) {
    const yaml_mark_t *m = &b.nodes[b.bad - 1].start_mark;
    if (b.bad_alias)
      error = cd_error_set(err, CD_ERULES, path, (int)m->line + 1, (int)m->column + 1, -1,
                           "aliases and anchors are not allowed in rule files");
    else
      error = cd_error_set(err, CD_ERULES, path, (int)m->line + 1, (int)m->column + 1, -1,
                           "rule file nested deeper than %d levels", RL_DEPTH_MAX);
  }
  if (!error && (error = finish_tree(t, doc, &b)) < 0) {
    rl_tree_free(t);
    error = cd_error_set(err, CD_ENOMEM, path, 0, 0, -1, "out of memory");
  }
  builder_dispose(&b);
  yaml_parser_delete(&parser);
  return error;
}
