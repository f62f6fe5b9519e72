/* test_rules.c: every broken rule file gives its exact file:line:col and
 * message (jq's %%FAIL tests, in a table); the shipped rules load. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "engine.h"
#include "lexicon.h"
#include "norm.h"
#include "rules.h"

#define BAD "tests/rules-bad/"

static const struct {
  const char *file;
  int line, col;
  const char *msg;
} rows[] = {
    {BAD "broken-yaml.yaml", 5, 1, "did not find expected ',' or ']' while parsing a flow sequence"},
    {BAD "unknown-field.yaml", 4, 5, "unknown field 'alias'"},
    {BAD "misspelled-field.yaml", 4, 5, "unknown field 'value' (did you mean 'values'?)"},
    {BAD "duplicate-id.yaml", 5, 5, "duplicate entity id 'a'"},
    {BAD "empty-aliases.yaml", 4, 9, "en is an empty list"},
    {BAD "bad-reference.yaml", 5, 12, "group 'nowhere' of entity 'a' is not an entity id"},
    {BAD "alias-anchor.yaml", 2, 5, /* the anchored node: libyaml documents keep no alias marks */
     "aliases and anchors are not allowed in rule files"},
    {BAD "not-utf8.yaml", 4, 10, "invalid UTF-8 byte 0xff at byte 47"},
    {BAD "bad-value-kind.yaml", 4, 13, "unknown value kind 'dates' (money, count, percent, date, ratio)"},
    {BAD "bad-key-role.yaml", 4, 10, "unknown role 'sponsor' in key (agent, patient, recipient)"},
    {BAD "bad-governs.yaml", 4, 14, "governs 'exports' of predicate 'ban' is not a predicate id"},
    {BAD "bad-opposite.yaml", 4, 15, "opposite 'covers' of predicate 'exempt' is not a predicate id"},
    {BAD "opposite-of-denial.yaml", 7, 15, "opposite 'deny' of predicate 'admit': it must be a plain event"},
    {BAD "unknown-top.yaml", 1, 1, "unknown field 'stories'"},
    {BAD "empty.yaml", 1, 1, "empty rule file"},
    {BAD "bad-regex.yaml", 3, 14, "bad pattern: unclosed '(' at byte 3 of the pattern"},
    {BAD "empty-contains.yaml", 3, 22, "an entry of contains is empty"},
    {BAD "wrong-type.yaml", 2, 3, "entities must be a list, not a mapping"},
    /* ten levels of ten aliases: refused at the first shared node, at once */
    {BAD "anchor-bomb.yaml", 1, 5, "aliases and anchors are not allowed in rule files"},
    {BAD "deep.yaml", 1, 27, "rule file nested deeper than 16 levels"},
    {BAD "two-documents.yaml", 6, 1, "a second YAML document in a rule file (one per file)"},
    {BAD "noun-not-trigger.yaml", 4, 13, "noun 'embargo' is not a trigger of predicate 'ban'"},
    {BAD "bad-topic.yaml", 4, 12, "topic must be"},
    {BAD "cue-direction.yaml", 4, 16, "direction must be forward, backward, both or either, not 'sideways'"},
    {BAD "cue-gap.yaml", 5, 10, "gap must be after or within, not 'inside'"},
    {BAD "cue-no-scope.yaml", 3, 5,
     "hedge cues need their scope: sets, direction and window (reach, gap and terminators optional)"},
    {BAD "cue-approximation-hedge.yaml", 8, 14,
     "'约' is both an approximation and a hedge (" BAD "cue-approximation-hedge.yaml:6): approximations "
     "belong to values"},
    {BAD "cue-scope-on-attribution.yaml", 3, 5,
     "'window' does not apply to attribution cues: they have no scope"},
    {BAD "cue-scope-on-subordinate.yaml", 4, 5,
     "'direction' does not apply to subordinate cues: they have no scope"},
    {BAD "bare-nouns-field.yaml", 3, 3, "unknown field 'zh_ending' (did you mean 'zh_endings'?)"},
    {BAD "unit-field.yaml", 4, 5, "unknown field 'not_befor' (did you mean 'not_before'?)"},
    {BAD "unit-word-twice.yaml", 6, 14, "unit word '吨' is already a word of unit 'tonne'"},
    {BAD "unit-duplicate-id.yaml", 4, 5, "duplicate unit id 'tonne'"},
    {BAD "measure-word-twice.yaml", 5, 17, "measure word 'rose' is already a word of measure 'change'"},
    {BAD "measure-field.yaml", 4, 5, "unknown field 'not_before'"},
    {BAD "mention-not-trigger.yaml", 4, 25, "mention 'duties' is not a trigger of predicate 'impose_tariff'"},
    {BAD "mention-and-noun.yaml", 5, 16,
     "'embargo' is both a noun and a mention of predicate 'ban': an event in itself is no mention"},
    {BAD "mention-in-topic.yaml", 5, 16,
     "mention 'sales of': predicate 'sell' is a topic, whose triggers are all mentions"},
};

static void test_rules_errors_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_ruleset *rs = NULL;
    cd_error err;
    const char *path = rows[i].file;
    int rc;
    memset(&err, 0, sizeof err);
    rc = cd_rules_load_files(&rs, &path, 1, &err);
    if (rc != CD_ERULES || strcmp(err.path, rows[i].file) || err.line != rows[i].line ||
        err.column != rows[i].col || strncmp(err.msg, rows[i].msg, strlen(rows[i].msg)))
      fail_msg("%s: got %d %s:%d:%d: %s; expected %d:%d: %s", rows[i].file, rc, err.path, err.line,
               err.column, err.msg, rows[i].line, rows[i].col, rows[i].msg);
    assert_null(rs);
  }
}

/* A field given twice in one mapping is refused at its second key, next
 * to the first or not, at the top of a file or in an entry; a field of
 * another mapping with the same name is not a repeat. */
static void test_rules_field_given_twice(void **state) {
  static const struct {
    const char *text;
    int line, col;
    const char *msg;
  } cases[] = {
      {"entities:\n  - id: a\n    type: company\n    en: [A]\n    id: b\n", 5, 5, "field 'id' given twice"},
      {"entities:\n  - id: a\n    en: [A]\n    type: company\n    en: [B]\n", 5, 5, "field 'en' given twice"},
      {"segment: {abbreviations: [a]}\nsegment: {abbreviations: [b]}\n", 2, 1, "field 'segment' given twice"},
      {"entities:\n  - {id: a, type: company, en: [A], zh: [\xe7\x94\xb2], en: [B]}\n", 2, 46,
       "field 'en' given twice"},
      {"entities:\n  - {id: a, type: company, en: [A]}\n  - {id: b, type: company, en: [B]}\n", 0, 0, NULL},
  };
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    cd_ruleset *rs = NULL;
    cd_error err;
    int rc;
    memset(&err, 0, sizeof err);
    rc = cd_rules_parse(&rs, "t.yaml", cases[i].text, strlen(cases[i].text), &err);
    if (!cases[i].msg) {
      if (rc != 0) fail_msg("case %zu: %d:%d: %s", i, err.line, err.column, err.msg);
      cd_rules_free(rs);
      continue;
    }
    if (rc != CD_ERULES || err.line != cases[i].line || err.column != cases[i].col ||
        strcmp(err.msg, cases[i].msg))
      fail_msg("case %zu: got %d %d:%d: %s; expected %d:%d: %s", i, rc, err.line, err.column, err.msg,
               cases[i].line, cases[i].col, cases[i].msg);
    assert_null(rs);
  }
}

/* A copy of the shipped predicates (the largest rule file, so parsed
 * first) with a flow list left open at its end, into path; the line
 * after the end, where libyaml finds the list unclosed. */
static int write_big_broken(const char *path) {
  char *bytes;
  size_t len;
  cd_error err;
  FILE *f;
  int lines = 0;
  assert_int_equal(cd_doc_read_file(&bytes, &len, "rules/predicates.yaml", 1 << 24, &err), 0);
  for (size_t i = 0; i < len; i++) lines += bytes[i] == '\n';
  assert_non_null(f = fopen(path, "wb"));
  assert_int_equal(fwrite(bytes, 1, len, f), len);
  assert_true(fputs("nouns: [\n", f) >= 0);
  assert_int_equal(fclose(f), 0);
  free(bytes);
  return lines + 2;
}

/* The files of a load are parsed side by side, the largest first
 * (rules_files.c), and still the load fails as loading them one after the
 * other did: at the first file that fails to read, parse or load. */
static void test_rules_first_failure_in_file_order(void **state) {
  char dir[64], big[96];
  static const char nowhere[] = "tests/rules-bad/no-such-file.yaml";
  struct {
    const char *paths[4];
    size_t n;
    int code;
    const char *file;
    int line, col;
  } cases[] = {
      /* a small file's walk, before a large file's parse */
      {{BAD "unknown-field.yaml", NULL, BAD "broken-yaml.yaml"},
       3,
       CD_ERULES,
       BAD "unknown-field.yaml",
       4,
       5},
      /* a parse, before a larger file's parse and an unreadable file */
      {{"rules/units.yaml", BAD "broken-yaml.yaml", NULL, nowhere},
       4,
       CD_ERULES,
       BAD "broken-yaml.yaml",
       5,
       1},
      /* a file that cannot be read, before a parse that fails */
      {{"rules/units.yaml", nowhere, NULL}, 3, CD_EIO, nowhere, 0, 0},
      /* the large file itself, when the files before it load */
      {{"rules/units.yaml", "rules/goods.yaml", NULL, BAD "deep.yaml"}, 4, CD_ERULES, NULL, -1, 1},
  };
  int end;
  (void)state;
  strcpy(dir, "build/test-rules-XXXXXX");
  assert_non_null(mkdtemp(dir));
  snprintf(big, sizeof big, "%s/big.yaml", dir);
  end = write_big_broken(big);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    cd_ruleset *rs = NULL;
    cd_error err;
    const char *file = cases[i].file ? cases[i].file : big;
    int rc, line = cases[i].line < 0 ? end : cases[i].line;
    for (size_t k = 0; k < cases[i].n; k++)
      if (!cases[i].paths[k]) cases[i].paths[k] = big;
    memset(&err, 0, sizeof err);
    rc = cd_rules_load_files(&rs, cases[i].paths, cases[i].n, &err);
    if (rc != cases[i].code || strcmp(err.path, file) || err.line != line || err.column != cases[i].col)
      fail_msg("case %zu: got %d %s:%d:%d: %s; expected %d %s:%d:%d", i, rc, err.path, err.line, err.column,
               err.msg, cases[i].code, file, line, cases[i].col);
    assert_null(rs);
  }
  assert_int_equal(remove(big), 0);
  assert_int_equal(remove(dir), 0);
}

/* "---" starts a YAML document: a rule file is not read for front matter */
static void test_rules_document_start(void **state) {
  cd_ruleset *rs = NULL;
  cd_error err;
  const char *path = "tests/rules-ok/document-start.yaml";
  (void)state;
  memset(&err, 0, sizeof err);
  if (cd_rules_load_files(&rs, &path, 1, &err) < 0)
    fail_msg("%s:%d:%d: %s", err.path, err.line, err.column, err.msg);
  assert_int_equal(rs->nentities, 1);
  cd_rules_free(rs);
}

/* subordinate cues are kept apart from the matched cues (no key of theirs
 * reaches the lexicon); bare_nouns lists are read normalised, with lang. */
static void test_rules_subordinate_and_nouns(void **state) {
  static const char y[] = "cues:\n"
                          "  clause: {en: [while]}\n"
                          "  subordinate: {en: [After, while], zh: [之後]}\n"
                          "bare_nouns: {en_endings: [TION], zh_endings: [令], zh_words: [關稅]}\n";
  cd_ruleset *rs = NULL;
  cd_error err;
  (void)state;
  memset(&err, 0, sizeof err);
  if (cd_rules_parse(&rs, "t.yaml", y, sizeof y - 1, &err) < 0)
    fail_msg("%s:%d:%d: %s", err.path, err.line, err.column, err.msg);
  assert_int_equal(rs->ncues, 1);
  assert_int_equal(rs->nsubordinators, 3);
  assert_string_equal(rs->subordinators[0].text, "after");
  assert_int_equal(rs->subordinators[0].lang, CD_LANG_EN);
  assert_string_equal(rs->subordinators[2].text, "之后");
  assert_int_equal(rs->subordinators[2].lang, CD_LANG_ZH);
  assert_string_equal(cd_cue_kind_name(CD_CUE_SUBORDINATE), "subordinate");
  assert_int_equal(rs->bare_nouns.nen_endings, 1);
  assert_string_equal(rs->bare_nouns.en_endings[0].text, "tion");
  assert_int_equal(rs->bare_nouns.nzh_endings, 1);
  assert_string_equal(rs->bare_nouns.zh_words[0].text, "关税");
  cd_rules_free(rs);
}

static void test_rules_shipped_load(void **state) {
  cd_ruleset *rs = NULL;
  cd_lexicon *lx = NULL;
  cd_error err;
  (void)state;
  memset(&err, 0, sizeof err);
  if (cd_rules_load_dir(&rs, "rules", &err) < 0)
    fail_msg("%s:%d:%d: %s", err.path, err.line, err.column, err.msg);
  /* the beat, not one story: issue 14 asks for 500 entities and 100
   * predicates with key roles */
  size_t keyed = 0;
  for (size_t i = 0; i < rs->npredicates; i++) keyed += rs->predicates[i].key != 0;
  assert_true(rs->nentities >= 500);
  assert_true(rs->npredicates >= 100);
  assert_true(keyed >= 100);
  assert_int_equal(cd_lexicon_new(&lx, rs, NULL, &err), 0);
  cd_lexicon_free(lx);
  cd_rules_free(rs);
}

/* The id index: every shipped entity and predicate id is found at its own
 * index, in both tables as a scan of the ids would find it; ids never
 * given are not (id characters never include '~' or upper case). */
static int scan_entity(const cd_ruleset *rs, const char *id) {
  for (size_t i = 0; i < rs->nentities; i++)
    if (!strcmp(rs->entities[i].id, id)) return (int)i;
  return -1;
}

static int scan_predicate(const cd_ruleset *rs, const char *id) {
  for (size_t i = 0; i < rs->npredicates; i++)
    if (!strcmp(rs->predicates[i].id, id)) return (int)i;
  return -1;
}

static void test_rules_find_ids(void **state) {
  static const char *const unknown[] = {"", "no_such_id", "NVIDIA", "nvidia~", "~", "ban ", NULL};
  cd_ruleset *rs = NULL;
  cd_error err;
  char id[128];
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_rules_load_dir(&rs, "rules", &err), 0);
  for (size_t i = 0; i < rs->nentities; i++) {
    assert_int_equal(cd_rules_find_entity(rs, rs->entities[i].id), (int)i);
    assert_int_equal(cd_rules_find_predicate(rs, rs->entities[i].id), scan_predicate(rs, rs->entities[i].id));
    snprintf(id, sizeof id, "%s~", rs->entities[i].id);
    assert_int_equal(cd_rules_find_entity(rs, id), -1);
  }
  for (size_t i = 0; i < rs->npredicates; i++) {
    assert_int_equal(cd_rules_find_predicate(rs, rs->predicates[i].id), (int)i);
    assert_int_equal(cd_rules_find_entity(rs, rs->predicates[i].id), scan_entity(rs, rs->predicates[i].id));
    snprintf(id, sizeof id, "%s~", rs->predicates[i].id);
    assert_int_equal(cd_rules_find_predicate(rs, id), -1);
  }
  for (size_t i = 0; unknown[i]; i++) {
    assert_int_equal(cd_rules_find_entity(rs, unknown[i]), -1);
    assert_int_equal(cd_rules_find_predicate(rs, unknown[i]), -1);
  }
  assert_int_equal(rs->entity_ids.n, rs->nentities);
  assert_int_equal(rs->predicate_ids.n, rs->npredicates);
  cd_rules_free(rs);
}

/* A key is what cd_norm_string makes of it as written, whether normalising
 * changes it (a capital, a byte past ASCII) or not, when the loader keeps
 * the scalar itself: the bytes beside A..Z ('@', '[', '`', '{'), a
 * capital in each place of an eight-byte step and in the tail after it. */
static void test_rules_keys_as_normalised(void **state) {
  static const char *const keys[] = {
      "acme",           "Acme",       "@home",       "[x]",          "`quote`",          "{brace}", "ZETA",
      "zeta corp ltd.", "abcdefgH",   "Abcdefgh",    "abcdefghiJ",   "abcdefghijklmnoP", "café",    "Café",
      "阿克米",         "阿克米 ABC", "plain words", "plain wordS!", "~tilde^caret|"};
  cd_buf yaml = CD_BUF_INIT;
  cd_ruleset *rs = NULL;
  cd_error err;
  size_t n = sizeof keys / sizeof keys[0];
  (void)state;
  cd_buf_puts(&yaml, "entities:\n");
  for (size_t i = 0; i < n; i++)
    cd_buf_printf(&yaml, "  - id: e%zu\n    type: company\n    en: \"%s\"\n", i, keys[i]);
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_rules_parse(&rs, "keys.yaml", yaml.ptr, yaml.len, &err), 0);
  assert_int_equal(rs->nentities, n);
  for (size_t i = 0; i < n; i++) {
    char *want = cd_norm_string(keys[i]);
    assert_non_null(want);
    assert_int_equal(rs->entities[i].nterms, 1);
    if (strcmp(rs->entities[i].terms[0].text, want))
      fail_msg("'%s' kept as '%s', normalised '%s'", keys[i], rs->entities[i].terms[0].text, want);
    free(want);
  }
  cd_rules_free(rs);
  cd_buf_dispose(&yaml);
}

/* Every key of every entity must be unique across entities, and every
 * trigger unique across predicates: a shared one would be ambiguous. */
static void test_rules_shipped_keys_unique(void **state) {
  cd_ruleset *rs = NULL;
  cd_error err;
  int dups = 0;
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_rules_load_dir(&rs, "rules", &err), 0);
  for (size_t a = 0; a < rs->nentities; a++)
    for (size_t i = 0; i < rs->entities[a].nterms; i++)
      for (size_t b = a + 1; b < rs->nentities; b++)
        for (size_t j = 0; j < rs->entities[b].nterms; j++)
          if (!strcmp(rs->entities[a].terms[i].text, rs->entities[b].terms[j].text)) {
            print_message("%s:%d: alias '%s' of %s is also %s's\n", rs->entities[b].terms[j].file,
                          rs->entities[b].terms[j].line, rs->entities[b].terms[j].text, rs->entities[b].id,
                          rs->entities[a].id);
            dups++;
          }
  for (size_t a = 0; a < rs->npredicates; a++)
    for (size_t i = 0; i < rs->predicates[a].nterms; i++)
      for (size_t b = a + 1; b < rs->npredicates; b++)
        for (size_t j = 0; j < rs->predicates[b].nterms; j++)
          if (!strcmp(rs->predicates[a].terms[i].text, rs->predicates[b].terms[j].text)) {
            print_message("%s:%d: trigger '%s' of %s is also %s's\n", rs->predicates[b].terms[j].file,
                          rs->predicates[b].terms[j].line, rs->predicates[b].terms[j].text,
                          rs->predicates[b].id, rs->predicates[a].id);
            dups++;
          }
  assert_int_equal(dups, 0);
  cd_rules_free(rs);
}

/* check-rules: the problems that need the whole ruleset, one fixture each,
 * with the exact line check-rules prints first. */
#define CHK "tests/rules-check/"
static const struct {
  const char *file, *first;
} checks[] = {
    {CHK "alias-two-entities.yaml",
     CHK "alias-two-entities.yaml:7:16: error: alias 'nvidia' of entity 'nvda' is also one of "
         "'nvidia' (" CHK "alias-two-entities.yaml:4); the match would be ambiguous: give one of "
         "them a longer key"},
    {CHK "trigger-two-predicates.yaml",
     CHK "trigger-two-predicates.yaml:7:19: error: trigger 'banned' of predicate 'block' is also "
         "one of 'ban' (" CHK "trigger-two-predicates.yaml:3); the match would be ambiguous: give "
         "one of them a longer key"},
    {CHK "example-unknown-entity.yaml",
     CHK "example-unknown-entity.yaml:11:19: error: example names entity 'acme', which is not an "
         "entity id"},
    {CHK "key-hides-cue.yaml",
     CHK "key-hides-cue.yaml:9:10: warning: predicate key 'could cost' starts with the hedge cue "
         "'could', which it hides wherever it matches"},
    {CHK "no-examples.yaml",
     CHK "no-examples.yaml:2:5: error: predicate 'ban' has no English or Chinese example that yields it"},
    {CHK "no-chinese-example.yaml",
     CHK "no-chinese-example.yaml:2:5: error: predicate 'ban' has no Chinese example that yields it"},
    {CHK "bare-noun.yaml",
     CHK "bare-noun.yaml:3:18: warning: trigger 'investigation' of predicate 'probe' is a bare noun: it "
         "fires on every mention; put it in a pattern that makes it an event, list it under mentions: to "
         "make a claim only with an amount, or under nouns: if it is an event in itself"},
    {CHK "topic-like.yaml",
     CHK "topic-like.yaml:2:5: warning: predicate 'security' looks like a topic, not an event: no English "
         "trigger is a verb form or a pattern, and it carries no amount; give it the verbs that report the "
         "event, or mark it topic: true"},
    {CHK "twice-in-entry.yaml",
     CHK "twice-in-entry.yaml:4:16: warning: 'acme' is given twice in entity 'a' (first at " CHK
         "twice-in-entry.yaml:4)"},
};

/* check-rules' report on one rule file into report (the caller disposes
 * it); fails the test when the file does not load. */
static void check_file(const char *path, cd_buf *report, size_t *errors, size_t *warnings) {
  cd_ruleset *rs = NULL;
  cd_error err;
  memset(&err, 0, sizeof err);
  if (cd_rules_load_files(&rs, &path, 1, &err) < 0)
    fail_msg("%s: does not load: %s:%d:%d: %s", path, err.path, err.line, err.column, err.msg);
  assert_int_equal(cd_check_rules(&(cd_engine){rs, NULL, NULL, NULL, NULL}, report, errors, warnings), 0);
  cd_rules_free(rs);
}

static void test_rules_check_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
    cd_buf report = CD_BUF_INIT;
    size_t errors, warnings;
    char *nl;
    check_file(checks[i].file, &report, &errors, &warnings);
    if ((nl = strchr(report.ptr, '\n')) != NULL) *nl = '\0';
    if (strcmp(report.ptr, checks[i].first))
      fail_msg("%s:\n  got  %s\n  want %s", checks[i].file, report.ptr, checks[i].first);
    cd_buf_dispose(&report);
  }
}

/* A '*' on a short stem is the second problem of key-hides-cue.yaml. */
static void test_rules_check_short_star(void **state) {
  cd_buf report = CD_BUF_INIT;
  size_t errors, warnings;
  (void)state;
  check_file(CHK "key-hides-cue.yaml", &report, &errors, &warnings);
  assert_non_null(strstr(report.ptr, CHK "key-hides-cue.yaml:9:24: warning: 'ban*': a '*' after "
                                         "fewer than four letters matches unrelated words\n"));
  assert_int_equal(errors, 0);
  assert_int_equal(warnings, 2);
  cd_buf_dispose(&report);
}

/* key-hides-trigger-cue.yaml: "allows" is a hedge cue and approve's
 * trigger, so "allows remote access" means to hide the trigger (and the
 * cue goes with it): no warning; "could access" still hides a cue that is
 * nothing else. */
static void test_rules_check_cue_that_is_a_trigger(void **state) {
  cd_buf report = CD_BUF_INIT;
  size_t errors, warnings;
  (void)state;
  check_file(CHK "key-hides-trigger-cue.yaml", &report, &errors, &warnings);
  assert_null(strstr(report.ptr, "'allows remote access'"));
  assert_non_null(strstr(report.ptr, "predicate key 'could access' starts with the hedge cue 'could'"));
  assert_int_equal(errors, 0);
  assert_int_equal(warnings, 1);
  cd_buf_dispose(&report);
}

/* bare-noun.yaml: 'investigation' and 禁令 are bare nouns; 'inquiry' is
 * listed under nouns:, 调查 is no noun by shape, and 'probed' makes the
 * predicate an event. */
static void test_rules_check_bare_nouns(void **state) {
  cd_buf report = CD_BUF_INIT;
  size_t errors, warnings;
  (void)state;
  check_file(CHK "bare-noun.yaml", &report, &errors, &warnings);
  assert_non_null(strstr(report.ptr,
                         CHK "bare-noun.yaml:4:14: warning: trigger '禁令' of predicate 'probe' is "
                             "a bare noun"));
  assert_null(strstr(report.ptr, "'inquiry'"));
  assert_null(strstr(report.ptr, "looks like a topic"));
  assert_int_equal(errors, 0);
  assert_int_equal(warnings, 2);
  cd_buf_dispose(&report);
}

/* bare-noun-mention.yaml: the same rules with 'investigation' and 禁令
 * listed under mentions: no warning is left, and each mention marks its
 * own trigger only. */
static void test_rules_check_mentions(void **state) {
  cd_buf report = CD_BUF_INIT;
  size_t errors, warnings;
  cd_ruleset *rs = NULL;
  cd_error err;
  const char *path = CHK "bare-noun-mention.yaml";
  const cd_predicate *p;
  (void)state;
  check_file(path, &report, &errors, &warnings);
  assert_int_equal(errors, 0);
  assert_int_equal(warnings, 0);
  cd_buf_dispose(&report);
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_rules_load_files(&rs, &path, 1, &err), 0);
  p = &rs->predicates[0];
  for (size_t i = 0; i < p->nterms; i++)
    assert_int_equal(p->terms[i].mention,
                     !strcmp(p->terms[i].text, "investigation") || !strcmp(p->terms[i].text, "禁令"));
  cd_rules_free(rs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rules_errors_table),
      cmocka_unit_test(test_rules_document_start),
      cmocka_unit_test(test_rules_first_failure_in_file_order),
      cmocka_unit_test(test_rules_shipped_load),
      cmocka_unit_test(test_rules_shipped_keys_unique),
      cmocka_unit_test(test_rules_check_table),
      cmocka_unit_test(test_rules_check_short_star),
      cmocka_unit_test(test_rules_check_cue_that_is_a_trigger),
      cmocka_unit_test(test_rules_check_bare_nouns),
      cmocka_unit_test(test_rules_check_mentions),
      cmocka_unit_test(test_rules_subordinate_and_nouns),
      cmocka_unit_test(test_rules_find_ids),
      cmocka_unit_test(test_rules_field_given_twice),
      cmocka_unit_test(test_rules_keys_as_normalised),
  };
  return cmocka_run_group_tests_name("rules", tests, NULL, NULL);
}
