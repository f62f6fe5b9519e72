/* test_ahead.c: sentences read on a second thread (ahead.h) read as the
 * caller reads them alone, sentence for sentence, and an extraction with
 * the reader makes the same claims, mentions and warnings as one without
 * (CLAIMDIFF_THREADS=1). The document is every story file of the
 * repository and the development set, one after another, with a sentence
 * too long to read whole and one with too many values. */
#include "ahead.h"
#include "engine.h"
#include "extract.h"
#include "run.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "render.h"
#include "sentence.h"

static const cd_date aug1 = {2025, 8, 1};

/* The sentences a story file keeps, a paragraph a line: its body less
 * the furniture (the end of an article cuts what follows it, so the
 * files' bodies one after another would keep only the first's). */
static void append_kept(const char *path, const cd_doc *doc, const cd_norm *nm, void *ctx) {
  cd_extraction *ex = NULL;
  cd_error err;
  (void)nm;
  if (cd_extract_doc(&ex, engine, doc, &aug1, &err) < 0) fail_msg("%s: %s", path, err.msg);
  for (size_t i = 0; i < ex->nsentences; i++) {
    const cd_sentence *s = &ex->sentences[i];
    cd_buf_put(ctx, doc->bytes + s->span.start, s->span.end - s->span.start);
    cd_buf_puts(ctx, i + 1 < ex->nsentences && ex->sentences[i + 1].paragraph == s->paragraph ? " " : "\n\n");
  }
  cd_extraction_free(ex);
}

/* The document: the story files' kept text, a sentence of 20,000 bytes, a sentence
 * of 40 amounts. The repository's own stories are enough for the sizes the
 * tests assert (../shared is not on every machine). */
static cd_doc *all_stories(void) {
  static const char *const globs[] = {"data/*/*.txt", "eval/stories/*/*.txt", "eval/beat/stories/*/*.txt",
                                      "../shared/eval/stories/*/*.txt"};
  cd_buf b = CD_BUF_INIT;
  cd_doc *doc = NULL;
  cd_error err;
  each_story_file(globs, sizeof globs / sizeof *globs, append_kept, &b);
  cd_buf_puts(&b, "Nvidia said");
  for (int i = 0; i < 2000; i++) cd_buf_puts(&b, " the chips");
  cd_buf_puts(&b, ".\n\nThe fees rose by");
  for (int i = 0; i < 40; i++) cd_buf_printf(&b, " $%d million,", i + 1);
  cd_buf_puts(&b, " the agency said.\n");
  assert_int_equal(cd_buf_error(&b), 0);
  assert_int_equal(cd_doc_parse(&doc, "<stories>", b.ptr, b.len, &err), 0);
  cd_buf_dispose(&b);
  return doc;
}

static cd_extraction *extract(const cd_doc *doc, const char *threads) {
  cd_extraction *ex = NULL;
  cd_error err;
  if (threads)
    setenv("CLAIMDIFF_THREADS", threads, 1);
  else
    unsetenv("CLAIMDIFF_THREADS");
  assert_int_equal(cd_extract_doc(&ex, engine, doc, &aug1, &err), 0);
  unsetenv("CLAIMDIFF_THREADS");
  return ex;
}

static void same_sentence(const cd_read *a, const cd_match *am, const cd_clauses *ac, const cd_value *av,
                          const cd_read *b, const cd_match *bm, const cd_clauses *bc, const cd_value *bv) {
  assert_int_equal(a->len, b->len);
  assert_int_equal(a->nm, b->nm);
  assert_int_equal(a->nv, b->nv);
  assert_int_equal(a->more, b->more);
  for (size_t i = 0; i < a->nm; i++) {
    assert_int_equal(am[i].span.start, bm[i].span.start);
    assert_int_equal(am[i].span.end, bm[i].span.end);
    assert_int_equal(am[i].tail_start, bm[i].tail_start);
    assert_ptr_equal(am[i].p, bm[i].p);
  }
  assert_int_equal(ac->nb, bc->nb);
  assert_int_equal(ac->ns, bc->ns);
  if (ac->nb) assert_memory_equal(ac->bounds, bc->bounds, ac->nb * sizeof *ac->bounds);
  if (ac->ns) assert_memory_equal(ac->strong, bc->strong, ac->ns * sizeof *ac->strong);
  assert_memory_equal(ac->subject, bc->subject, (ac->nb + 1) * sizeof *ac->subject);
  for (size_t i = 0; i < a->nv; i++) assert_true(cd_value_identical(&av[i], &bv[i]));
}

/* Every sentence taken from the reader is what reading it here gives,
 * through every slot of the ring several times over. */
static void taken_as_read(void **state) {
  cd_doc *doc = all_stories();
  cd_extraction *ex = extract(doc, "1");
  cd_reading rd = {engine->lex, &engine->rs->units, &ex->date};
  cd_ahead *a;
  cd_match *am = NULL, *bm = NULL;
  size_t capa = 0, capb = 0;
  cd_clauses ac, bc;
  static cd_value av[SENTENCE_VALUES_MAX], bv[SENTENCE_VALUES_MAX];
  (void)state;
  memset(&ac, 0, sizeof ac);
  memset(&bc, 0, sizeof bc);
  assert_true(ex->nsentences > 3 * AHEAD_BLOCKS * AHEAD_BLOCK);
  assert_non_null(a = cd_ahead_start(&rd, ex->norm.ptr, ex->sentences, ex->nsentences));
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *s = &ex->sentences[si];
    cd_read ra, rb;
    assert_int_equal(cd_ahead_take(a, si, &ra, &am, &capa, &ac, av), 0);
    assert_int_equal(cd_read_sentence(&rd, ex->norm.ptr + s->nspan.start, s->nspan.end - s->nspan.start, &rb,
                                      &bm, &capb, &bc, bv),
                     0);
    same_sentence(&ra, am, &ac, av, &rb, bm, &bc, bv);
  }
  cd_ahead_stop(a);
  free(am);
  free(bm);
  cd_clauses_dispose(&ac);
  cd_clauses_dispose(&bc);
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* A reader stopped before the last sentence is taken lets go of
 * everything (the sanitizers and valgrind check the freeing). */
static void stopped_early(void **state) {
  cd_doc *doc = all_stories();
  cd_extraction *ex = extract(doc, "1");
  cd_reading rd = {engine->lex, &engine->rs->units, &ex->date};
  cd_match *m = NULL;
  size_t capm = 0;
  cd_clauses c;
  static cd_value v[SENTENCE_VALUES_MAX];
  cd_read r;
  cd_ahead *a;
  (void)state;
  memset(&c, 0, sizeof c);
  assert_non_null(a = cd_ahead_start(&rd, ex->norm.ptr, ex->sentences, ex->nsentences));
  for (size_t si = 0; si < AHEAD_BLOCK + 3; si++)
    assert_int_equal(cd_ahead_take(a, si, &r, &m, &capm, &c, v), 0);
  cd_ahead_stop(a);
  cd_ahead_stop(NULL);
  free(m);
  cd_clauses_dispose(&c);
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* No reader for a short document, nor with CLAIMDIFF_THREADS=1. */
static void when_no_reader(void **state) {
  cd_doc *doc = all_stories();
  cd_extraction *ex = extract(doc, "1");
  cd_reading rd = {engine->lex, &engine->rs->units, &ex->date};
  (void)state;
  assert_null(cd_ahead_start(&rd, ex->norm.ptr, ex->sentences, AHEAD_MIN - 1));
  setenv("CLAIMDIFF_THREADS", "1", 1);
  assert_null(cd_ahead_start(&rd, ex->norm.ptr, ex->sentences, ex->nsentences));
  unsetenv("CLAIMDIFF_THREADS");
  cd_extraction_free(ex);
  cd_doc_free(doc);
}

/* The whole extraction, with the reader and without, rendered: the same
 * claims, values, mentions and warnings, byte for byte. */
static void extraction_as_alone(void **state) {
  cd_doc *doc = all_stories();
  cd_extraction *one = extract(doc, "1"), *two = extract(doc, NULL);
  cd_buf a = CD_BUF_INIT, b = CD_BUF_INIT;
  (void)state;
  assert_int_equal(cd_render_extract_json(&a, one), 0);
  assert_int_equal(cd_render_extract_json(&b, two), 0);
  assert_true(one->nclaims > 1000);
  assert_true(one->nwarnings >= 2); /* the long sentence, the sentence of 40 amounts */
  assert_int_equal(one->nmentions, two->nmentions);
  assert_memory_equal(one->mentions, two->mentions, one->nmentions * sizeof *one->mentions);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.ptr, b.ptr, a.len);
  cd_buf_dispose(&a);
  cd_buf_dispose(&b);
  cd_extraction_free(one);
  cd_extraction_free(two);
  cd_doc_free(doc);
}

/* A lean extraction (cd_extract_doc_lean) makes what a full one makes,
 * claims, values, unresolved dates' cues (no document date: the stories'
 * relative dates stay cues) and warnings, rendered byte for byte, with
 * the reader and without; its text and its mentions are gone at the end,
 * its map kept. The stories three times over are long enough for text to be
 * given back many times (text read after it was given back would read
 * as zeros, and differ). */
static void lean_as_full(void **state) {
  cd_doc *once = all_stories(), *doc = NULL;
  const char *threads[] = {"1", NULL};
  cd_buf text = CD_BUF_INIT;
  cd_error e;
  (void)state;
  for (int i = 0; i < 3; i++) cd_buf_put(&text, once->bytes, once->len);
  assert_int_equal(cd_doc_parse(&doc, "<stories x 3>", text.ptr, text.len, &e), 0);
  cd_buf_dispose(&text);
  cd_doc_free(once);
  for (size_t k = 0; k < 2; k++) {
    cd_extraction *full = NULL, *lean = NULL;
    cd_buf a = CD_BUF_INIT, b = CD_BUF_INIT;
    cd_error err;
    if (threads[k]) setenv("CLAIMDIFF_THREADS", threads[k], 1);
    assert_int_equal(cd_extract_doc(&full, engine, doc, NULL, &err), 0);
    assert_int_equal(cd_extract_doc_lean(&lean, engine, doc, NULL, &err), 0);
    unsetenv("CLAIMDIFF_THREADS");
    assert_true(lean->nsentences > 8 * 256);
    assert_null(lean->norm.ptr);
    assert_int_equal(lean->nmentions, 0);
    assert_true(full->nmentions > 0);
    assert_non_null(full->norm.ptr);
    assert_int_equal(cd_render_extract_json(&a, full), 0);
    assert_int_equal(cd_render_extract_json(&b, lean), 0);
    assert_non_null(strstr(a.ptr, "\"date\": \"thursday\"")); /* a cue, copied */
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.ptr, b.ptr, a.len);
    cd_buf_clear(&a);
    cd_buf_clear(&b);
    assert_int_equal(cd_render_extract_text(&a, full), 0);
    assert_int_equal(cd_render_extract_text(&b, lean), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.ptr, b.ptr, a.len);
    cd_buf_dispose(&a);
    cd_buf_dispose(&b);
    cd_extraction_free(full);
    cd_extraction_free(lean);
  }
  cd_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(taken_as_read),  cmocka_unit_test(stopped_early),
      cmocka_unit_test(when_no_reader), cmocka_unit_test(extraction_as_alone),
      cmocka_unit_test(lean_as_full),
  };
  return cmocka_run_group_tests_name("ahead", tests, engine_setup, engine_teardown);
}
