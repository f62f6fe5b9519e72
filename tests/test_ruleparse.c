/* test_ruleparse.c: a rule file's YAML into a tree from libyaml's events
 * (src/rules_parse.c). The tree must be the one yaml_parser_load makes of
 * the stream's first document, node for node (ids, types, marks, scalar
 * bytes, items, pairs), on every YAML shape and on the shipped rules; and
 * each stream the loader refuses is refused with the exact file:line:col
 * and message rules.c gave when it used yaml_parser_load and walked the
 * tree for depth and aliases (a table, in the order the problems meet). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "buf.h"
#include "rules_load.h"

/* Fails unless b (ours) is a's tree: same nodes in the same order. */
static void assert_same_tree(const char *what, yaml_document_t *a, yaml_document_t *b) {
  size_t na = (size_t)(a->nodes.top - a->nodes.start), nb = (size_t)(b->nodes.top - b->nodes.start);
  if (na != nb) fail_msg("%s: %zu nodes, libyaml %zu", what, nb, na);
  for (size_t i = 0; i < na; i++) {
    const yaml_node_t *x = &a->nodes.start[i], *y = &b->nodes.start[i];
    if (x->type != y->type || x->start_mark.index != y->start_mark.index ||
        x->start_mark.line != y->start_mark.line || x->start_mark.column != y->start_mark.column)
      fail_msg("%s: node %zu: type %d at %zu:%zu, libyaml %d at %zu:%zu", what, i + 1, y->type,
               y->start_mark.line, y->start_mark.column, x->type, x->start_mark.line, x->start_mark.column);
    /* ours has no end mark of its own: it is the start mark (the parse
     * keeps other numbers in it until the document ends) */
    if (memcmp(&y->end_mark, &y->start_mark, sizeof y->end_mark))
      fail_msg("%s: node %zu: end mark %zu:%zu, not the start mark", what, i + 1, y->end_mark.line,
               y->end_mark.column);
    if (x->type == YAML_SCALAR_NODE) {
      if (x->data.scalar.length != y->data.scalar.length ||
          memcmp(x->data.scalar.value, y->data.scalar.value, x->data.scalar.length + 1)) /* and the NUL */
        fail_msg("%s: node %zu: scalar '%s', libyaml '%s'", what, i + 1, (const char *)y->data.scalar.value,
                 (const char *)x->data.scalar.value);
    } else if (x->type == YAML_SEQUENCE_NODE) {
      size_t n = (size_t)(x->data.sequence.items.top - x->data.sequence.items.start);
      if (n != (size_t)(y->data.sequence.items.top - y->data.sequence.items.start) ||
          (n &&
           memcmp(x->data.sequence.items.start, y->data.sequence.items.start, n * sizeof(yaml_node_item_t))))
        fail_msg("%s: node %zu: list items differ", what, i + 1);
    } else {
      size_t n = (size_t)(x->data.mapping.pairs.top - x->data.mapping.pairs.start);
      if (n != (size_t)(y->data.mapping.pairs.top - y->data.mapping.pairs.start))
        fail_msg("%s: node %zu: %zu pairs, libyaml %zu", what, i + 1,
                 (size_t)(y->data.mapping.pairs.top - y->data.mapping.pairs.start), n);
      for (size_t k = 0; k < n; k++)
        if (x->data.mapping.pairs.start[k].key != y->data.mapping.pairs.start[k].key ||
            x->data.mapping.pairs.start[k].value != y->data.mapping.pairs.start[k].value)
          fail_msg("%s: node %zu: pair %zu differs", what, i + 1, k);
    }
  }
}

/* text[n] through both; both must load it. */
static void check_same(const char *what, const char *text, size_t n) {
  yaml_parser_t parser;
  yaml_document_t a, b;
  rl_tree t;
  cd_error err;
  memset(&err, 0, sizeof err);
  assert_true(yaml_parser_initialize(&parser));
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, n);
  if (!yaml_parser_load(&parser, &a)) fail_msg("%s: libyaml: %s", what, parser.problem);
  if (rl_tree_parse(&t, &b, text, n, "f.yaml", &err) != 0)
    fail_msg("%s: %d:%d: %s", what, err.line, err.column, err.msg);
  assert_same_tree(what, &a, &b);
  rl_tree_free(&t);
  yaml_document_delete(&a);
  yaml_parser_delete(&parser);
}

static void test_ruleparse_same_tree_as_libyaml(void **state) {
  static const char *const texts[] = {
      "entities:\n  - id: a\n    type: company\n    en: [A, 'B', \"C\"]\n",
      "a: {b: [1, 2, {c: d}], e: []}\nf: {}\n",
      "- - - x\n    - y\n  - z\n- w\n",
      "? [a, b]\n: c\n? d\n",               /* complex key; a key without a value */
      "{a, b: , c}\n",                      /* flow keys without values: empty scalars */
      "a: &x 1\nb: &y [2]\nc: &z {d: e}\n", /* anchors alone are allowed */
      "%YAML 1.1\n%TAG !e! tag:e.com,2000:\n--- !e!m\na: !!str 1\nb: !local [x]\n",
      "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\nc: |+\n  kept\n\n",
      "a: \"\\0 and \\L \\P \\N \\_ \\x41 \\u00e9 \\U0001F600\"\nb: 'it''s'\n",
      "a: plain scalar\n  over two lines\nb:\n",
      "---\n",                     /* one empty scalar */
      "--- x\n...\n",              /* an explicit end */
      "# nothing but a comment\n", /* no document: no node */
      "",                          /* nor here */
      "a:\n- 1\n- 2\nb:\n  - 3\n", /* block lists at the key's column, and deeper */
      "[]\n",
      "{}\n",
      "[[], {}]\n", /* empty containers before any item or pair */
      "\xe4\xb8\xad\xe6\x96\x87: [\xe7\xbe\x8e\xe5\x9b\xbd, x]\n", /* columns count characters */
      "entities: [[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]\n",               /* x at depth 16, the deepest allowed */
  };
  (void)state;
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) check_same(texts[i], texts[i], strlen(texts[i]));
}

static void test_ruleparse_shipped_rules_same_tree(void **state) {
  glob_t gl;
  (void)state;
  assert_int_equal(glob("rules/*.yaml", 0, NULL, &gl), 0);
  assert_true(gl.gl_pathc >= 9);
  for (size_t i = 0; i < gl.gl_pathc; i++) {
    char *bytes;
    size_t len;
    cd_error err;
    assert_int_equal(cd_doc_read_file(&bytes, &len, gl.gl_pathv[i], 1 << 24, &err), 0);
    check_same(gl.gl_pathv[i], bytes, len);
    free(bytes);
  }
  globfree(&gl);
}

/* Each stream refused, with what rules.c said of it when it loaded it with
 * yaml_parser_load and walked the tree for depth and sharing. */
static const struct {
  const char *name, *text;
  int line, col;
  const char *msg;
} refused[] = {
    {"undefined alias", "entities:\n  - *nowhere\n", 2, 5, "found undefined alias"},
    {"undefined alias as a key", "*a : 1\n", 1, 1, "found undefined alias"},
    {"duplicate anchor", "entities:\n  - &a {id: a}\n  - &a {id: b}\n", 3, 5,
     "second occurrence found duplicate anchor; first occurrence"},
    /* an alias: at the node it names (a document keeps no alias marks) */
    {"alias", "entities:\n  - &a {id: a}\n  - *a\n", 2, 5,
     "aliases and anchors are not allowed in rule files"},
    {"alias of an ancestor", "entities: &top\n  - *top\n", 1, 11,
     "aliases and anchors are not allowed in rule files"},
    {"depth 17", "entities: [[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]\n", 1, 27,
     "rule file nested deeper than 16 levels"},
    /* the first of the two a walk of the tree meets */
    {"alias past depth 16", "a: &x 1\nentities: [[[[[[[[[[[[[[[[*x]]]]]]]]]]]]]]]]\n", 1, 4,
     "aliases and anchors are not allowed in rule files"},
    {"too deep, then an alias", "a: &x 1\nb: [[[[[[[[[[[[[[[[y]]]]]]]]]]]]]]]]\nc: *x\n", 2, 20,
     "rule file nested deeper than 16 levels"},
    {"an alias, then too deep", "a: &x 1\nc: *x\nb: [[[[[[[[[[[[[[[[y]]]]]]]]]]]]]]]]\n", 1, 4,
     "aliases and anchors are not allowed in rule files"},
    /* the parser's errors, anywhere in the stream, come first */
    {"an alias, then broken YAML", "a: &x 1\nc: *x\nd: [\n", 4, 1,
     "did not find expected node content while parsing a flow node"},
    {"undefined tag handle", "entities: !e!x []\n", 1, 11, "found undefined tag handle while parsing a node"},
    {"a second document", "entities: []\n--- \n  x: 1\n", 3, 3,
     "a second YAML document in a rule file (one per file)"},
    {"a second document after an end", "entities: []\n...\n--- x\n", 3, 5,
     "a second YAML document in a rule file (one per file)"},
    {"an alias, and a second document", "entities: &a []\nx: *a\n---\ny\n", 4, 1,
     "a second YAML document in a rule file (one per file)"},
    {"a second document, broken", "entities: []\n---\n[\n", 4, 1,
     "did not find expected node content while parsing a flow node"},
    {"a second document's alias of the first's anchor", "entities: &a []\n---\n- *a\n", 3, 3,
     "found undefined alias"},
    /* an empty root list that ends with no child ever added (UBSan: a zero
     * offset to a null array; found by make fuzz) */
    {"an empty list, then a stray ]", "[]]\n", 1, 3, "did not find expected <document start>"},
};

static void test_ruleparse_refused_as_before(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
    yaml_document_t doc;
    rl_tree t;
    cd_error err;
    int rc;
    memset(&err, 0, sizeof err);
    rc = rl_tree_parse(&t, &doc, refused[i].text, strlen(refused[i].text), "f.yaml", &err);
    if (rc != CD_ERULES || strcmp(err.path, "f.yaml") || err.line != refused[i].line ||
        err.column != refused[i].col || strcmp(err.msg, refused[i].msg))
      fail_msg("%s: got %d %d:%d: %s; expected %d:%d: %s", refused[i].name, rc, err.line, err.column, err.msg,
               refused[i].line, refused[i].col, refused[i].msg);
    assert_null(t.file);
    assert_null(t.block);
  }
}

/* An anchor bomb: a hundred thousand aliases of one node cost one record
 * each, and the first is the error. */
static void test_ruleparse_anchor_bomb_refused_at_first_alias(void **state) {
  cd_buf b = CD_BUF_INIT;
  yaml_document_t doc;
  rl_tree t;
  cd_error err;
  (void)state;
  assert_int_equal(cd_buf_puts(&b, "a: &a [x]\nb: ["), 0);
  for (int i = 0; i < 100000; i++) assert_int_equal(cd_buf_puts(&b, "*a, "), 0);
  assert_int_equal(cd_buf_puts(&b, "]\n"), 0);
  assert_int_equal(rl_tree_parse(&t, &doc, b.ptr, b.len, "f.yaml", &err), CD_ERULES);
  assert_int_equal(err.line, 1);
  assert_int_equal(err.column, 4);
  assert_string_equal(err.msg, "aliases and anchors are not allowed in rule files");
  cd_buf_dispose(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ruleparse_same_tree_as_libyaml),
      cmocka_unit_test(test_ruleparse_shipped_rules_same_tree),
      cmocka_unit_test(test_ruleparse_refused_as_before),
      cmocka_unit_test(test_ruleparse_anchor_bomb_refused_at_first_alias),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
