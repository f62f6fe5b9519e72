/* test_roles.c: agent, patient and recipient of a trigger (roles.h), read
 * through extraction on the shipped rules. One row per way a role is
 * found: English role words by length (by, on, against, over, accused),
 * the passive (a form of be, adverbs, a participle), a clause word that
 * ends the reading back (that, after), titles before a name (Rep., Sen.),
 * and the Chinese role words by their last character, the longer first
 * (反对 before 对, 遭到, 被, 将, 就). */
#include "doc.h"
#include "engine.h"
#include "extract.h"
#include "run.h"
#include "testutil.h"

#include <string.h>

#include "buf.h"

static const cd_date aug1 = {2025, 8, 1};

/* "pred agent=x patient=y recipient=z" of every claim (roles it has),
 * "; "-separated */
static void describe(const cd_extraction *ex, cd_buf *b) {
  const cd_ruleset *rs = engine->rs;
  for (size_t i = 0; i < ex->nclaims; i++) {
    const cd_claim *c = &ex->claims[i];
    cd_buf_printf(b, "%s%s", i ? "; " : "", rs->predicates[c->predicate].id);
    if (c->agent >= 0) cd_buf_printf(b, " agent=%s", rs->entities[c->agent].id);
    if (c->patient >= 0) cd_buf_printf(b, " patient=%s", rs->entities[c->patient].id);
    if (c->recipient >= 0) cd_buf_printf(b, " recipient=%s", rs->entities[c->recipient].id);
  }
}

/* Each row: a sentence, and a claim with exactly these roles among its
 * claims. */
static const struct {
  const char *text, *want;
} rows[] = {
    /* passive: be, a participle (-ed), the by-phrase's name acts */
    {"Huawei was added to the Entity List by the Commerce Department.",
     "add_entity_list agent=commerce_dept patient=huawei recipient=entity_list"},
    {"Nvidia was summoned by the CAC.", "summon agent=cac patient=nvidia"},
    /* adverbs between be and the participle; no agent named */
    {"Huawei has already been added to the Entity List.",
     "add_entity_list patient=huawei recipient=entity_list"},
    /* active: the subject acts; "over" marks a name of no role, "against" a patient */
    {"The CAC summoned Nvidia over the H20 chips.", "summon agent=cac patient=nvidia"},
    {"The CAC imposed sanctions against Nvidia.", "sanction agent=cac patient=nvidia"},
    /* "said it": the pronoun is the speaker */
    {"The Commerce Department said it had added Huawei to the Entity List.",
     "add_entity_list agent=commerce_dept patient=huawei recipient=entity_list"},
    /* "accused": the accused is the subject of what it is accused of */
    {"China accused Washington of abusing export controls to suppress Chinese chipmakers.",
     "suppress agent=united_states patient=china"},
    {"China accused Washington of abusing export controls to suppress Chinese chipmakers.",
     "criticise agent=china patient=united_states"},
    /* a relative clause word ends the reading back: the company is no agent */
    {"The company that the CAC summoned denied the claims.", "summon agent=cac"},
    /* a subordinator opens a clause of its own */
    {"After the CAC summoned Nvidia, the company said its chips had no backdoors.",
     "summon agent=cac patient=nvidia"},
    /* so does a subordinator of the rules between the names and the
     * trigger: the company before it is no agent of the ban */
    {"Nvidia rose since Washington banned the chips.", "ban agent=united_states"},
    {"China retaliated after Washington banned the chips.", "ban agent=united_states"},
    {"Nvidia shares fell when the CAC summoned the company.", "summon agent=cac patient=nvidia"},
    /* titles before the names of a subject */
    {"Rep. John Moolenaar and Sen. Tom Cotton urged the Commerce Department to ban the chips.",
     "urge agent=moolenaar patient=commerce_dept"},
    /* Chinese: 将 marks the patient, 被 and 遭到 the agent of a passive */
    {"美国商务部将华为列入实体清单。",
     "add_entity_list agent=commerce_dept patient=huawei recipient=entity_list"},
    {"华为被美国商务部列入实体清单。",
     "add_entity_list agent=commerce_dept patient=huawei recipient=entity_list"},
    {"英伟达遭到网信办约谈。", "summon agent=cac patient=nvidia"},
    /* 就 marks a name of no role */
    {"网信办就H20芯片问题约谈英伟达。", "summon agent=cac patient=nvidia"},
    /* 反对 (not 对) before 美方: what is opposed is 美方's act */
    {"中方坚决反对美方对中国企业的打压。", "suppress agent=us_gov patient=china"},
    /* a clause with no subject of its own goes on with the one before */
    /* a possessive before a measure names its owner, whoever speaks of it */
    {"China's commerce ministry said it was dissatisfied with the Netherlands' new export controls.",
     "ban agent=netherlands"},
    /* a feeling in -ed is no passive: its subject feels */
    {"China's commerce ministry said it was strongly dissatisfied with the tariffs.",
     "criticise agent=mofcom"},
    {"Beijing criticised Washington's latest chip curbs.", "ban agent=united_states"},
    {"美国商务部周二宣布，将华为列入实体清单。",
     "add_entity_list agent=commerce_dept patient=huawei recipient=entity_list"},
};

static void test_roles_table(void **state) {
  int failed = 0;
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    cd_error err;
    cd_buf got = CD_BUF_INIT;
    size_t n = strlen(rows[i].want);
    int found = 0;
    memset(&err, 0, sizeof err);
    assert_int_equal(cd_extract_text(&doc, &ex, engine, rows[i].text, &aug1, &err), 0);
    describe(ex, &got);
    /* a claim matches when it is want, whole */
    for (const char *p = got.ptr; (p = strstr(p, rows[i].want)) != NULL; p++)
      if ((p == got.ptr || p[-1] == ' ') && (p[n] == '\0' || p[n] == ';')) found = 1;
    if (!found) {
      print_message("row %zu: \"%s\"\n  want: %s\n  got: %s\n", i, rows[i].text, rows[i].want, got.ptr);
      failed++;
    }
    cd_buf_dispose(&got);
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
  assert_int_equal(failed, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_roles_table),
  };
  return cmocka_run_group_tests_name("roles", tests, engine_setup, engine_teardown);
}
