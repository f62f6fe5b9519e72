/* test_extract.c: what extraction makes of sentences: scope of negation,
 * hedges, attribution, denials pointing back, boilerplate. One row per
 * behaviour, on the shipped rules (so a rule change that breaks a
 * behaviour fails here, with the sentence). */
#include "doc.h"
#include "engine.h"
#include "extract.h"
#include "run.h"
#include "segment.h"
#include "testutil.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "run.h"

static const cd_date aug1 = {2025, 8, 1};

/* "pred polarity modality by=speaker" of every claim, "; "-separated */
static void describe(const cd_extraction *ex, cd_buf *b) {
  for (size_t i = 0; i < ex->nclaims; i++) {
    const cd_claim *c = &ex->claims[i];
    cd_buf_printf(b, "%s%s %s %s", i ? "; " : "", engine->rs->predicates[c->predicate].id,
                  cd_polarity_name(c->polarity), cd_modality_name(c->modality));
    if (c->attribution >= 0) cd_buf_printf(b, " by=%s", engine->rs->entities[c->attribution].id);
    if (c->borrowed) cd_buf_puts(b, " borrowed");
  }
}

/* Each row: text, and a claim description that must be among the claims
 * (or, with a leading '!', must not be). */
static const struct {
  const char *text, *want;
} rows[] = {
    /* negation governs the trigger after it, in its clause */
    {"Nvidia said its chips have no backdoors.", "backdoor negated asserted by=nvidia"},
    {"英伟达表示，其芯片不存在后门。", "backdoor negated"},
    {"英伟达回应：没有后门。", "backdoor negated"},
    /* "did not immediately respond" is no negation of what is beside it */
    {"The Commerce Department did not immediately respond to questions about why it banned the chips.",
     "ban affirmed"},
    /* 不过 / 不断 contain 不 but negate nothing */
    {"不过，美国商务部已禁止向中国出口该芯片。", "ban affirmed"},
    /* deny negates the content it governs and names the denier */
    {"Huawei denied that it had smuggled the chips.", "smuggle negated asserted by=huawei"},
    {"华为否认走私芯片。", "smuggle negated"},
    /* a denial with no content of its own points back */
    {"Regulators said the chips have a kill switch. Nvidia has refuted these claims.",
     "backdoor negated asserted by=nvidia borrowed"},
    /* hedges */
    {"The curbs could result in losses of $5.5 billion for Nvidia.", "report_loss affirmed hedged"},
    {"出口管制可能使英伟达蒙受55亿美元的损失。", "report_loss affirmed hedged"},
    {"Nvidia took a $5.5 billion charge.", "report_loss affirmed asserted"},
    /* attribution: the speaker before "said", after "according to" */
    {"The Commerce Department said it banned the sales.", "ban affirmed asserted by=commerce_dept"},
    {"According to Reuters, the Commerce Department banned the sales.", "ban affirmed reported by=reuters"},
    {"据路透社报道，美国商务部禁止了该芯片的销售。", "ban affirmed reported"},
    /* a product is never a speaker */
    {"CCTV claims the H20 chip isn't safe.", "!safe negated asserted by=h20"},
};

static void test_extract_behaviour_table(void **state) {
  int failed = 0;
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    cd_error err;
    cd_buf got = CD_BUF_INIT;
    int neg = rows[i].want[0] == '!';
    const char *want = rows[i].want + neg;
    int found;
    memset(&err, 0, sizeof err);
    assert_int_equal(cd_extract_text(&doc, &ex, engine, rows[i].text, &aug1, &err), 0);
    describe(ex, &got);
    /* an entry matches when it starts with want, up to a field boundary */
    found = 0;
    for (const char *p = got.ptr; (p = strstr(p, want)) != NULL; p++) {
      char after = p[strlen(want)];
      if ((p == got.ptr || p[-1] == ' ') && (after == '\0' || after == ';' || after == ' ')) found = 1;
    }
    if (found == neg) {
      print_message("row %zu: \"%s\"\n  %s: %s\n  got: %s\n", i, rows[i].text,
                    neg ? "must not yield" : "want", want, got.ptr);
      failed++;
    }
    cd_buf_dispose(&got);
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
  assert_int_equal(failed, 0);
}

static void test_extract_boilerplate_makes_no_claims(void **state) {
  static const char text[] = "The Commerce Department banned the sales in April.\n"
                             "Related Articles\n"
                             "Huawei denied that it had smuggled chips.\n"
                             "Mazda posts $286m net loss as Trump tariffs hit\n";
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_extract_text(&doc, &ex, engine, text, &aug1, &err), 0);
  assert_int_equal(ex->nclaims, 1);
  assert_string_equal(engine->rs->predicates[ex->claims[0].predicate].id, "ban");
  /* the extraction keeps the lines it dropped, which the reports tell, in
   * order; the kept ones are its sentences */
  assert_true(ex->nlines >= 2);
  for (size_t l = 0; l < ex->nlines; l++) {
    const cd_line *ln = &ex->lines[l];
    assert_true(ln->dropped && ln->nspan.start < ln->nspan.end);
    assert_true(l == 0 || ex->lines[l - 1].nspan.end <= ln->nspan.start);
  }
  assert_memory_equal(ex->norm.ptr + ex->lines[0].nspan.start, "related articles", 16);
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* A page's block of other stories' headlines makes no claims; a lone
 * headline above the article, a wrapped line running on in lower case and
 * a list the article introduces with a colon do. */
static void test_extract_teaser_list_makes_no_claims(void **state) {
  static const struct {
    const char *text;
    size_t nclaims;
  } pages[] = {
      {"The Commerce Department banned the sales in April.\n\n"
       "Most read\n"
       "Huawei denies smuggling chips through Malaysia\n"
       "Beijing bans exports of gallium to the US\n",
       1},
      {"Beijing bans exports of gallium to the US\n\n"
       "The Commerce Department banned the sales in April.\n",
       2},
      {"Nvidia said on Tuesday that it would comply with the rules.\n"
       "The Commerce Department banned the sales in April, and China\n"
       "banned exports of gallium\n"
       "to the US in December.\n",
       3},
      {"The Commerce Department banned the sales in April. Its rules say:\n"
       "Huawei may not buy the chips without a licence\n"
       "Beijing bans exports of gallium to the US\n",
       3},
  };
  (void)state;
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    cd_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(cd_extract_text(&doc, &ex, engine, pages[i].text, &aug1, &err), 0);
    if (ex->nclaims != pages[i].nclaims)
      print_message("row %zu: %zu claims, want %zu\n", i, ex->nclaims, pages[i].nclaims);
    assert_int_equal(ex->nclaims, pages[i].nclaims);
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
}

static void test_extract_spans_point_at_original_bytes(void **state) {
  /* full-width digits and a BOM: the evidence span is the original text */
  static const char text[] = "\xEF\xBB\xBF---\ndate: 2025-08-01\n---\n"
                             "Intro line without a claim\n"
                             "英伟达称其芯片没有后门。\n";
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  cd_span span;
  (void)state;
  memset(&err, 0, sizeof err);
  assert_int_equal(cd_doc_parse(&doc, "t.txt", text, sizeof text - 1, &err), 0);
  assert_int_equal(cd_extract_doc(&ex, engine, doc, NULL, &err), 0);
  assert_true(ex->nclaims >= 1);
  span = cd_extraction_claim_span(ex, &ex->claims[0]);
  assert_memory_equal(doc->bytes + span.start, "英伟达称其芯片没有后门。",
                      strlen("英伟达称其芯片没有后门。"));
  assert_int_equal(span.end - span.start, strlen("英伟达称其芯片没有后门。"));
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* Bounds are said, never passed over: a sentence of more values than an
 * extraction reads, and a claim that more values reach than it holds, each
 * make a warning with the counts; the values command has no bound. */
static void test_extract_warns_of_values_past_its_bounds(void **state) {
  cd_buf text = CD_BUF_INIT;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  cd_text_values tv;
  (void)state;
  cd_buf_puts(&text, "Nvidia said tariffs rose");
  for (int i = 1; i <= 40; i++) cd_buf_printf(&text, " %d%%,", i);
  cd_buf_puts(&text, " the ministry said.\nTariffs rose 5% and 6%.");
  assert_int_equal(cd_extract_text(&doc, &ex, engine, text.ptr, NULL, &err), 0);
  assert_int_equal(ex->nwarnings, 2);
  assert_int_equal(ex->warnings[0].claim, -1); /* the sentence: 40 found, 32 read */
  assert_int_equal(ex->warnings[0].kept, 32);
  assert_int_equal(ex->warnings[0].dropped, 8);
  assert_true(ex->warnings[1].claim >= 0); /* its tariff claim: 31 reached it, 8 held */
  assert_int_equal(ex->warnings[1].kept, 8);
  assert_int_equal(ex->warnings[1].dropped, 23);
  assert_int_equal(ex->warnings[0].span.start, 0);
  cd_extraction_free(ex);
  cd_doc_free(doc);
  assert_int_equal(cd_run_values(&tv, "<test>", text.ptr, text.len, NULL, &engine->rs->units, &err), 0);
  assert_int_equal(tv.nvalues, 42); /* every value of the long line, and the two after it */
  cd_run_values_dispose(&tv);
  cd_buf_dispose(&text);
}

/* The segmenter passes over ASCII that ends nothing eight bytes at a time:
 * an ender (. ! ?) at every place in such a word still ends the sentence,
 * and a character outside ASCII at every place (中) still stops the pass
 * and counts as Han. */
static void test_extract_sentences_end_at_every_offset(void **state) {
  char text[256];
  (void)state;
  for (int n = 1; n <= 40; n++)
    for (int e = 0; e < 3; e++) {
      static const char enders[] = ".!?";
      cd_doc *doc = NULL;
      cd_extraction *ex = NULL;
      cd_error err;
      int len = snprintf(text, sizeof text, "Word%.*s%c Next\xE4\xB8\xAD%.*s.\n", n,
                         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", enders[e], 40 - n,
                         "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
      assert_true(len > 0);
      assert_int_equal(cd_extract_text(&doc, &ex, engine, text, NULL, &err), 0);
      assert_int_equal(ex->nsentences, 2);
      assert_int_equal(ex->sentences[0].span.start, 0);
      assert_int_equal(ex->sentences[0].span.end, 4 + n + 1);
      assert_int_equal(ex->sentences[0].lang, CD_LANG_EN);
      assert_int_equal(ex->sentences[1].lang,
                       4 + 40 - n <= 4 ? CD_LANG_ZH : CD_LANG_EN); /* 中 is worth 4 letters */
      cd_extraction_free(ex);
      cd_doc_free(doc);
    }
}

/* A sentence's language is counted as the segmenter reads it (Han in a
 * run of three-byte ideographs, letters eight bytes at a time): on every
 * story file it is what cd_lang_guess says of the sentence's text. */
static void lang_story(const char *path, const cd_doc *doc, const cd_norm *nm, void *ctx) {
  cd_extraction *ex = NULL;
  cd_error err;
  size_t *sentences = ctx;
  (void)nm;
  if (cd_extract_doc(&ex, engine, doc, NULL, &err) < 0) fail_msg("%s: %s", path, err.msg);
  for (size_t i = 0; i < ex->nsentences; i++) {
    const cd_sentence *s = &ex->sentences[i];
    if (s->lang != cd_lang_guess(ex->norm.ptr + s->nspan.start, s->nspan.end - s->nspan.start))
      fail_msg("%s: sentence %zu: %s, cd_lang_guess says otherwise", path, i, cd_lang_name(s->lang));
  }
  *sentences += ex->nsentences;
  cd_extraction_free(ex);
}

/* At the line between the languages (a Han character is worth four
 * letters), for ideographs of each lead byte's kind: 中 and 龥 (E4..E9,
 * read a run at a time), 㐀 (E3, decoded), ䷀ (a hexagram, E4 B7: no Han). */
static void test_extract_sentence_lang_at_the_line(void **state) {
  static const struct {
    const char *ch;
    int han;
  } chars[] = {{"\xE4\xB8\xAD", 1}, {"\xE9\xBE\xA5", 1}, {"\xE3\x90\x80", 1}, {"\xE4\xB7\x80", 0}};
  (void)state;
  for (size_t c = 0; c < sizeof chars / sizeof *chars; c++)
    for (int h = 1; h <= 4; h++)
      for (int m = 1; m <= 20; m++) {
        char text[128];
        size_t n = 0;
        cd_doc *doc = NULL;
        cd_extraction *ex = NULL;
        cd_error err;
        for (int k = 0; k < h; k++) n += (size_t)snprintf(text + n, sizeof text - n, "%s", chars[c].ch);
        snprintf(text + n, sizeof text - n, "%.*s.\n", m, "abcdefghijklmnopqrstuvwxyz");
        assert_int_equal(cd_extract_text(&doc, &ex, engine, text, NULL, &err), 0);
        assert_int_equal(ex->nsentences, 1);
        assert_int_equal(ex->sentences[0].lang, chars[c].han && 4 * h >= m ? CD_LANG_ZH : CD_LANG_EN);
        cd_extraction_free(ex);
        cd_doc_free(doc);
      }
}

static void test_extract_sentence_lang_as_guessed(void **state) {
  static const char *const globs[] = {"data/*/*.txt", "eval/stories/*/*.txt",
                                      "../shared/eval/stories/*/*.txt", "tests/stories/*/*.txt"};
  size_t sentences = 0, files;
  (void)state;
  files = each_story_file(globs, sizeof globs / sizeof *globs, lang_story, &sentences);
  assert_true(files >= 50 && sentences >= 1000);
}

/* A sentence past SENTENCE_BYTES_MAX is read up to it, never past, and a
 * warning says so: the claim before the bound is made, the one after it
 * not, and the bound cuts between words. */
static void test_extract_warns_of_a_sentence_past_its_bytes(void **state) {
  cd_buf text = CD_BUF_INIT;
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  (void)state;
  cd_buf_puts(&text, "Nvidia said the US banned H20 sales");
  while (text.len < 20000) cd_buf_puts(&text, " and then");
  cd_buf_puts(&text, " Huawei denied that the US lifted the tariffs on Micron.\nTariffs rose 5%.");
  assert_int_equal(cd_extract_text(&doc, &ex, engine, text.ptr, NULL, &err), 0);
  assert_int_equal(ex->nwarnings, 1);
  assert_int_equal(ex->warnings[0].claim, CD_WARNING_BYTES);
  assert_true(ex->warnings[0].kept <= 16384 && ex->warnings[0].kept > 16384 - 64);
  assert_int_equal(ex->warnings[0].kept + ex->warnings[0].dropped, text.len - strlen("\nTariffs rose 5%."));
  assert_true(ex->norm.ptr[ex->warnings[0].kept - 1] == ' ' || ex->norm.ptr[ex->warnings[0].kept] == ' ');
  assert_int_equal(ex->nsentences, 2);
  for (size_t k = 0; k < ex->nclaims; k++) /* nothing past the bound: no lifting, no Micron */
    if (ex->claims[k].sentence == 0) {
      assert_string_equal(engine->rs->predicates[ex->claims[k].predicate].id, "ban");
      for (size_t j = 0; j < ex->claims[k].nentities; j++)
        assert_string_not_equal(engine->rs->entities[ex->claims[k].entities[j]].id, "micron");
    }
  assert_true(ex->nclaims >= 2 && ex->claims[ex->nclaims - 1].sentence == 1);
  cd_extraction_free(ex);
  cd_doc_free(doc);
  cd_buf_dispose(&text);
}

/* A claim's values and date are its own, kept with the extraction (in its
 * arena), not the sentence's that the next sentence reads over; the date
 * is kept after the values, and a claim with no date has cd_value_none. */
static void test_extract_claims_keep_their_values(void **state) {
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  char buf[64];
  (void)state;
  assert_int_equal(cd_extract_text(&doc, &ex, engine,
                                   "The US raised tariffs to 25% on April 5.\n"
                                   "Nvidia said the ban cost it $5.5 billion.\n",
                                   &aug1, &err),
                   0);
  assert_int_equal(ex->nclaims, 2);
  assert_int_equal(ex->claims[0].nvalues, 1);
  assert_string_equal(cd_value_format(&ex->claims[0].values[0], buf, sizeof buf), "25%");
  assert_int_equal(cd_claim_date(&ex->claims[0])->kind, CD_VALUE_DATE);
  assert_string_equal(cd_value_format(cd_claim_date(&ex->claims[0]), buf, sizeof buf), "2025-04-05");
  assert_ptr_equal(cd_claim_date(&ex->claims[0]), &ex->claims[0].values[1]); /* kept after its values */
  assert_int_equal(ex->claims[1].nvalues, 1);
  assert_string_equal(cd_value_format(&ex->claims[1].values[0], buf, sizeof buf), "5500000000 USD");
  assert_ptr_equal(cd_claim_date(&ex->claims[1]), &cd_value_none);
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* A mention keeps its place in its sentence; in the normalised text it
 * stands where its alias is, in the first sentence and in later ones
 * (their offsets added), and the alias it matched reads back there. */
static void test_extract_mentions_stand_at_their_alias(void **state) {
  cd_doc *doc = NULL;
  cd_extraction *ex = NULL;
  cd_error err;
  size_t later = 0;
  (void)state;
  assert_int_equal(cd_extract_text(&doc, &ex, engine,
                                   "Nvidia said the ban cost it $5.5 billion.\n\n"
                                   "Later that week, Washington banned exports to Huawei and Nvidia.\n",
                                   &aug1, &err),
                   0);
  assert_true(ex->nmentions >= 3);
  for (size_t m = 0; m < ex->nmentions; m++) {
    const cd_mention *mn = &ex->mentions[m];
    cd_nspan32 at = cd_extraction_mention_nspan(ex, mn);
    const char *id = engine->rs->entities[mn->entity].id;
    const char *text = ex->norm.ptr + at.start;
    size_t n = at.end - at.start;
    assert_true(at.start >= ex->sentences[mn->sentence].nspan.start &&
                at.end <= ex->sentences[mn->sentence].nspan.end);
    if (!strcmp(id, "nvidia")) assert_true(n == 6 && !memcmp(text, "nvidia", 6));
    if (!strcmp(id, "huawei")) assert_true(n == 6 && !memcmp(text, "huawei", 6));
    later += mn->sentence == 1;
  }
  assert_true(later >= 2);
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* The records an extraction keeps by the hundred thousand (a claim for
 * every 75 bytes of kept Chinese, a mention for every 45) stay the size
 * the memory budget was measured with (bench: 16 MB of kept text under
 * 4x); a field added to one of them shows here first. */
static void test_extract_records_stay_small(void **state) {
  static const struct {
    const char *what;
    size_t size, most; /* bytes; most: on a 64-bit target */
  } records[] = {
      {"cd_claim", sizeof(cd_claim),
       48}, /* 56 with ints for its speaker and roles, 64 with an int for its predicate too */
      {"cd_value", sizeof(cd_value), 64},       /* 80 with the cue's 24 chars */
      {"cd_mention", sizeof(cd_mention), 12},   /* 16 with its place in the document, not its sentence */
      {"cd_sentence", sizeof(cd_sentence), 24}, /* segment.h */
      {"cd_line", sizeof(cd_line), 12},         /* 24 in size_t offsets */
  };
  (void)state;
  for (size_t i = 0; i < sizeof records / sizeof *records; i++) {
    if (records[i].size > records[i].most)
      fprintf(stderr, "%s: %zu bytes, more than %zu\n", records[i].what, records[i].size, records[i].most);
    assert_true(records[i].size <= records[i].most);
  }
}

/* A sentence is a direct quotation when it opens with a quotation mark,
 * or a mark closes right after a comma, ? or ! and before a reporting
 * verb; a mark anywhere else quotes no one. */
static void test_extract_direct_quotes(void **state) {
  static const struct {
    const char *text;
    int quoted;
  } quotes[] = {
      {"\"The Commerce Department banned the sales.\"", 1},
      {"  \"The Commerce Department banned the sales,\" he said.", 1},
      {"The Commerce Department banned the sales,\" said a trader.", 1},
      {"The Commerce Department banned the \"sales\" said a trader.", 0},
      {"The Commerce Department banned the sales, \"said\" a trader.", 0},
      {"The Commerce Department banned what it called \"sales,\"", 0},
      {"The Commerce Department banned the sales.", 0},
  };
  (void)state;
  for (size_t i = 0; i < sizeof quotes / sizeof *quotes; i++) {
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    cd_error err;
    assert_int_equal(cd_extract_text(&doc, &ex, engine, quotes[i].text, &aug1, &err), 0);
    if (ex->nclaims == 0) fail_msg("no claim: %s", quotes[i].text);
    if (ex->claims[0].quoted != (unsigned)quotes[i].quoted)
      fail_msg("quoted %u, want %d: %s", ex->claims[0].quoted, quotes[i].quoted, quotes[i].text);
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_extract_behaviour_table),
      cmocka_unit_test(test_extract_boilerplate_makes_no_claims),
      cmocka_unit_test(test_extract_teaser_list_makes_no_claims),
      cmocka_unit_test(test_extract_spans_point_at_original_bytes),
      cmocka_unit_test(test_extract_warns_of_values_past_its_bounds),
      cmocka_unit_test(test_extract_warns_of_a_sentence_past_its_bytes),
      cmocka_unit_test(test_extract_sentences_end_at_every_offset),
      cmocka_unit_test(test_extract_sentence_lang_as_guessed),
      cmocka_unit_test(test_extract_sentence_lang_at_the_line),
      cmocka_unit_test(test_extract_claims_keep_their_values),
      cmocka_unit_test(test_extract_mentions_stand_at_their_alias),
      cmocka_unit_test(test_extract_records_stay_small),
      cmocka_unit_test(test_extract_direct_quotes),
  };
  return cmocka_run_group_tests_name("extract", tests, engine_setup, engine_teardown);
}
