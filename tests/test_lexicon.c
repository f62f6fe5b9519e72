/* test_lexicon.c: the trie of rule keys (lexicon.c) against a reference
 * written the plain way: at every character, every key of the shipped
 * rules that starts with its byte is compared, the longest accepted one
 * wins, and its accepted payloads are emitted in rule order. The scan must
 * give exactly the reference's matches on every story file (normalised)
 * and on random text made of key fragments; longest_at likewise for the
 * abbreviations. A table of sentences pins what the rules of matching are. */
#define _DEFAULT_SOURCE /* glob() */
#include "testutil.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "doc.h"
#include "lexicon.h"
#include "norm.h"

#define GAP_WINDOW 60

/* One key as the reference reads it from the rules. */
typedef struct rkey {
  const cd_term *term;
  cd_lex_kind kind;
  int index;
  const char *head; /* before " ... ", without '*' and trailing spaces */
  size_t hlen;
  int wild;
  const char *tail; /* after " ... ", without '*', or NULL */
  size_t tlen;
  int twild;
} rkey;

typedef struct ref {
  rkey *k;
  size_t n;
  size_t *by[256]; /* by first byte: indices into k, in rule order */
  size_t nby[256];
} ref;

/* Files the keys by their first byte, once all are in. */
static void index_keys(ref *r) {
  for (size_t k = 0; k < r->n; k++) {
    unsigned char b = (unsigned char)r->k[k].head[0];
    r->by[b] = realloc(r->by[b], (r->nby[b] + 1) * sizeof *r->by[b]);
    assert_non_null(r->by[b]);
    r->by[b][r->nby[b]++] = k;
  }
}

static void free_keys(ref *r) {
  for (int b = 0; b < 256; b++) free(r->by[b]);
  free(r->k);
}

/* for each key of r that starts with byte c, in rule order, as x */
#define EACH_KEY(r, c, x)                                                                                    \
  for (size_t ek_ = 0, b_ = (unsigned char)(c); ek_ < (r)->nby[b_] && ((x) = &(r)->k[(r)->by[b_][ek_]]);     \
       ek_++)

static cd_ruleset *rs;
static cd_lexicon *lex, *abbrevs;
static ref keys, abkeys;

static void add_key(ref *r, const cd_term *t, cd_lex_kind kind, int index) {
  const char *gap = strstr(t->text, " ... ");
  rkey k = {t, kind, index, t->text, gap ? (size_t)(gap - t->text) : strlen(t->text), 0, NULL, 0, 0};
  if (k.hlen && k.head[k.hlen - 1] == '*') k.wild = 1, k.hlen--;
  while (k.hlen && k.head[k.hlen - 1] == ' ') k.hlen--;
  if (!k.hlen) return;
  if (gap) {
    k.tail = gap + 5;
    k.tlen = strlen(k.tail);
    k.twild = k.tlen > 1 && k.tail[k.tlen - 1] == '*';
    k.tlen -= (size_t)k.twild;
  }
  r->k = realloc(r->k, (r->n + 1) * sizeof *r->k);
  assert_non_null(r->k);
  r->k[r->n++] = k;
}

static int word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int clause_brk(const char *t, size_t n) {
  return (n && t[0] == ';') ||
         (n >= 3 && !memcmp(t, "\xEF\xBC", 2) &&
          ((unsigned char)t[2] == 0x8C || (unsigned char)t[2] == 0x9B || (unsigned char)t[2] == 0x9A));
}

/* Is key k, whose head stands at text+i, accepted there? */
static int ref_accept(const rkey *k, const char *t, size_t len, size_t i, size_t *mend, size_t *tail) {
  int en = k->term->lang == CD_LANG_EN;
  size_t end = i + k->hlen;
  if (k->hlen > len - i || memcmp(t + i, k->head, k->hlen)) return 0;
  if (en) {
    if (i > 0 && word((unsigned char)t[i - 1]) && word((unsigned char)t[i])) return 0;
    if (k->wild)
      while (end < len && word((unsigned char)t[end])) end++;
    if (end < len && word((unsigned char)t[end]) && word((unsigned char)t[end - 1])) return 0;
  }
  *mend = *tail = end;
  if (!k->tail) return 1;
  size_t lim = end + GAP_WINDOW + k->tlen < len ? end + GAP_WINDOW + k->tlen : len;
  for (size_t g = end; g + k->tlen <= lim; g++) {
    size_t e = g + k->tlen;
    if (clause_brk(t + g, len - g)) return 0;
    if (memcmp(t + g, k->tail, k->tlen)) continue;
    if (k->twild)
      while (e < len && word((unsigned char)t[e])) e++;
    if (!en || ((g == 0 || !word((unsigned char)t[g - 1])) && (e >= len || !word((unsigned char)t[e])))) {
      *tail = g;
      *mend = e;
      return 1;
    }
  }
  return 0;
}

/* The length of the longest key accepted at text+i, or 0. */
static size_t ref_longest(const ref *r, const char *t, size_t len, size_t i) {
  size_t best = 0, me, tl;
  const rkey *x;
  EACH_KEY(r, t[i], x) if (x->hlen > best && ref_accept(x, t, len, i, &me, &tl)) best = x->hlen;
  return best;
}

/* Has a key whose head is exactly text[i, i + l) this kind (and, for
 * cues, refers to an agency or a company)? */
static int ref_has(const ref *r, const char *t, size_t i, size_t l, cd_lex_kind kind, int refers) {
  const rkey *x;
  EACH_KEY(r, t[i], x) {
    if (x->hlen != l || memcmp(x->head, t + i, l) || x->kind != kind) continue;
    if (!refers || cd_cue_kind_refers(x->index)) return 1;
  }
  return 0;
}

static int ref_yields(const ref *r, const char *t, size_t len, size_t i, size_t end) {
  if (!ref_has(r, t, i, end - i, CD_LEX_CUE, 1)) return 0;
  for (size_t k = i + 1; k < end; k++) {
    size_t l;
    if (((unsigned char)t[k] & 0xC0) == 0x80 || word((unsigned char)t[k - 1])) continue;
    l = ref_longest(r, t, len, k);
    if (l && k + l > end && ref_has(r, t, k, l, CD_LEX_ENTITY, 0)) return 1;
  }
  return 0;
}

static size_t ref_emit(const ref *r, const char *t, size_t len, size_t i, size_t l, cd_match **m, size_t *n) {
  size_t furthest = i + l, me, tl;
  int ignored = 0;
  const rkey *x;
  EACH_KEY(r, t[i], x) {
    if (x->hlen == l && x->kind == CD_LEX_CUE && x->index == CD_CUE_IGNORE &&
        ref_accept(x, t, len, i, &me, &tl) && ignored < 2)
      ignored = x->tail ? 2 : 1; /* a gapped one hides the triggers too */
  }
  EACH_KEY(r, t[i], x) {
    if (x->hlen != l || !ref_accept(x, t, len, i, &me, &tl)) continue;
    if (ignored && x->kind == CD_LEX_CUE && x->index != CD_CUE_IGNORE) continue;
    if (ignored == 2 && x->kind == CD_LEX_PREDICATE) continue;
    *m = realloc(*m, (*n + 1) * sizeof **m);
    assert_non_null(*m);
    (*m)[*n].span.start = i;
    (*m)[*n].span.end = me;
    (*m)[*n].tail_start = tl;
    (*m)[(*n)++].p = (const cd_lex_payload *)x; /* compared by term, below */
    if (!x->tail && me > furthest) furthest = me;
  }
  return furthest;
}

static void ref_scan(const ref *r, const char *t, size_t len, cd_match **m, size_t *n) {
  size_t i = 0;
  while (i < len) {
    size_t l = ref_longest(r, t, len, i);
    if (l && !ref_yields(r, t, len, i, i + l)) {
      i = ref_emit(r, t, len, i, l, m, n);
      continue;
    }
    for (i++; i < len && ((unsigned char)t[i] & 0xC0) == 0x80;) i++;
  }
}

/* The lexicon's matches on text[0, len) are the reference's. */
static void check_scan(const char *t, size_t len, const char *what) {
  cd_match *got = NULL, *want = NULL;
  size_t ngot = 0, cap = 0, nwant = 0;
  assert_int_equal(cd_lexicon_scan(lex, t, len, &got, &ngot, &cap), 0);
  ref_scan(&keys, t, len, &want, &nwant);
  if (ngot != nwant) fprintf(stderr, "%s: %zu matches, reference %zu\n", what, ngot, nwant);
  for (size_t k = 0; k < ngot && k < nwant; k++) {
    const rkey *w = (const rkey *)want[k].p;
    if (got[k].span.start != want[k].span.start || got[k].span.end != want[k].span.end ||
        got[k].tail_start != want[k].tail_start || got[k].p->term != w->term || got[k].p->kind != w->kind ||
        got[k].p->index != w->index) {
      fprintf(stderr, "%s: match %zu: [%zu,%zu) '%s', reference [%zu,%zu) '%s'\n", what, k, got[k].span.start,
              got[k].span.end, got[k].p->term->text, want[k].span.start, want[k].span.end, w->term->text);
      fail();
    }
  }
  assert_int_equal(ngot, nwant);
  free(got);
  free(want);
}

static void check_longest(const char *t, size_t len) {
  for (size_t i = 0; i < len; i++) {
    size_t best = 0;
    const rkey *x;
    EACH_KEY(&abkeys, t[i], x)
    if (x->hlen <= len - i && x->hlen > best && !memcmp(t + i, x->head, x->hlen)) best = x->hlen;
    assert_int_equal(cd_lexicon_longest_at(abbrevs, t, len, i), best);
  }
}

static int setup(void **state) {
  cd_error err;
  (void)state;
  if (!(rs = shipped_rules())) return -1;
  if (cd_lexicon_new(&lex, rs, NULL, &err) < 0 || cd_lexicon_new_abbrevs(&abbrevs, rs, NULL, &err) < 0)
    return -1;
  /* in cd_lexicon_new's order, which is the order payloads keep */
  for (size_t i = 0; i < rs->nentities; i++)
    for (size_t j = 0; j < rs->entities[i].nterms; j++)
      add_key(&keys, &rs->entities[i].terms[j], rs->entities[i].context ? CD_LEX_CONTEXT : CD_LEX_ENTITY,
              (int)i);
  for (size_t i = 0; i < rs->npredicates; i++)
    for (size_t j = 0; j < rs->predicates[i].nterms; j++)
      add_key(&keys, &rs->predicates[i].terms[j], CD_LEX_PREDICATE, (int)i);
  for (size_t i = 0; i < rs->ncues; i++) add_key(&keys, &rs->cues[i].term, CD_LEX_CUE, (int)rs->cues[i].kind);
  for (size_t i = 0; i < rs->nabbrevs; i++) add_key(&abkeys, &rs->abbrevs[i], CD_LEX_ABBREV, (int)i);
  index_keys(&keys);
  index_keys(&abkeys);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  cd_lexicon_free(lex);
  cd_lexicon_free(abbrevs);
  cd_rules_free(rs);
  free_keys(&keys);
  free_keys(&abkeys);
  return 0;
}

/* Every story file, normalised as extraction sees it, whole. */
static void scan_story(const char *path, const cd_doc *doc, const cd_norm *nm, void *ctx) {
  (void)doc, (void)ctx;
  check_scan(nm->ptr, nm->len, path);
  check_longest(nm->ptr, nm->len);
}

static void test_lexicon_stories_match_reference(void **state) {
  static const char *const globs[] = {"data/*/*.txt", "eval/stories/*/*.txt", "tests/stories/*/*.txt",
                                      "../shared/eval/stories/*/*.txt"};
  (void)state;
  assert_true(each_story_file(globs, sizeof globs / sizeof *globs, scan_story, NULL) >= 50);
}

/* Random text made of the keys' heads and tails, whole or cut, glued or
 * apart, with clause breaks and letters in between: every boundary rule
 * is met both ways. */
static void test_lexicon_random_text_matches_reference(void **state) {
  static const char *const glue[] = {"", " ", " ", "s", "x", ";", "，", "的", ".", "-", " the ", "1", "。"};
  unsigned long long seed = 0x9E3779B97F4A7C15ull;
  char buf[512];
  (void)state;
  for (int round = 0; round < 3000; round++) {
    size_t n = 0;
    while (n < 300) {
      const rkey *k;
      const char *s;
      size_t l;
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      k = &keys.k[(seed >> 33) % keys.n];
      s = (seed >> 20) % 4 == 0 && k->tail ? k->tail : k->head;
      l = s == k->tail ? k->tlen : k->hlen;
      if ((seed >> 24) % 5 == 0) l -= l / 2; /* cut: may split a character, as bytes */
      memcpy(buf + n, s, l);
      n += l;
      if (k->tail && (seed >> 28) % 2) { /* and its own tail after a gap */
        s = glue[(seed >> 44) % (sizeof glue / sizeof *glue)];
        memcpy(buf + n, s, strlen(s));
        n += strlen(s);
        memcpy(buf + n, k->tail, k->tlen);
        n += k->tlen;
      }
      s = glue[(seed >> 40) % (sizeof glue / sizeof *glue)];
      memcpy(buf + n, s, strlen(s));
      n += strlen(s);
    }
    check_scan(buf, n, "random text");
    check_longest(buf, n);
  }
}

/* Every key's head alone (the text ends within its first four bytes for
 * the short ones, where a walk is made without the start filter), glued
 * to letters before it (inside an English word only keys of another
 * language start: "ai芯片" in "sai芯片") and after it, between spaces, and
 * each cut short by a byte: the scan's start filter and its skip inside
 * words must pass over no place where the reference finds a key. */
static void test_lexicon_every_key_at_its_edges(void **state) {
  static const char *const around[][2] = {{"", ""}, {"s", ""}, {"", "s"}, {" ", " "}};
  char buf[512];
  (void)state;
  for (size_t k = 0; k < keys.n; k++) {
    const rkey *x = &keys.k[k];
    for (size_t g = 0; g < sizeof around / sizeof *around; g++)
      for (size_t cut = 0; cut < 2 && cut < x->hlen; cut++) {
        size_t n = strlen(around[g][0]), l = x->hlen - cut, m = strlen(around[g][1]);
        if (n + l + m >= sizeof buf) continue;
        memcpy(buf, around[g][0], n);
        memcpy(buf + n, x->head, l);
        memcpy(buf + n + l, around[g][1], m);
        check_scan(buf, n + l + m, x->head);
      }
  }
}

/* What matching means, one sentence a line: the keys matched, in order
 * ("|" between them; "" for none). */
static void test_lexicon_rules_of_matching(void **state) {
  static const struct {
    const char *text, *want;
  } cases[] = {
      {"nvidia", "nvidia"},
      {"nvidias", ""},        /* glued to letters: another word */
      {"xnvidia", ""},        /* likewise before it */
      {"(nvidia)", "nvidia"}, /* punctuation is a boundary */
      {"英伟达", "英伟达"},   /* Chinese keys match anywhere */
      {"abc英伟达def", "英伟达"},
      {"", ""},
  };
  (void)state;
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    cd_match *m = NULL;
    size_t n = 0, cap = 0;
    char got[256] = "";
    assert_int_equal(cd_lexicon_scan(lex, cases[c].text, strlen(cases[c].text), &m, &n, &cap), 0);
    for (size_t k = 0; k < n; k++) {
      if (k) strcat(got, "|");
      strncat(got, cases[c].text + m[k].span.start, m[k].span.end - m[k].span.start);
    }
    assert_string_equal(got, cases[c].want);
    check_scan(cases[c].text, strlen(cases[c].text), cases[c].text);
    free(m);
  }
}

/* Keys of a rule file of the test's own, from the YAML given: the
 * lexicon's matches on each text, as in test_lexicon_rules_of_matching. */
/* The rules of yaml, an entities.yaml of its own (its load error on
 * stderr, and the test failed, when it does not load). */
static cd_ruleset *load_own(const char *yaml) {
  char dir[] = "build/test-lexicon-XXXXXX", path[64];
  cd_ruleset *own = NULL;
  cd_error err;
  FILE *f;
  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/entities.yaml", dir);
  assert_non_null(f = fopen(path, "w"));
  fputs(yaml, f);
  fclose(f);
  memset(&err, 0, sizeof err);
  if (cd_rules_load_dir(&own, dir, &err) < 0) fprintf(stderr, "%s:%d: %s\n", err.path, err.line, err.msg);
  unlink(path);
  rmdir(dir);
  assert_non_null(own);
  return own;
}

static void check_own_rules(const char *yaml, const char *const *texts, const char *const *wants, size_t n) {
  cd_ruleset *own = load_own(yaml);
  cd_lexicon *lx = NULL;
  cd_error err;
  assert_int_equal(cd_lexicon_new(&lx, own, NULL, &err), 0);
  for (size_t c = 0; c < n; c++) {
    cd_match *m = NULL;
    size_t nm = 0, cap = 0;
    char got[256] = "";
    assert_int_equal(cd_lexicon_scan(lx, texts[c], strlen(texts[c]), &m, &nm, &cap), 0);
    for (size_t k = 0; k < nm; k++) {
      if (k) strcat(got, "|");
      strncat(got, texts[c] + m[k].span.start, m[k].span.end - m[k].span.start);
    }
    if (strcmp(got, wants[c])) fprintf(stderr, "'%s': got '%s', want '%s'\n", texts[c], got, wants[c]);
    assert_string_equal(got, wants[c]);
    free(m);
  }
  cd_lexicon_free(lx);
  cd_rules_free(own);
}

/* A Chinese key of one letter matches inside an English word, up to the
 * text's last byte; an English one only as a word. */
static void test_lexicon_one_letter_keys(void **state) {
  static const char yaml[] = "entities:\n"
                             "  - id: q\n    type: company\n    zh: [q]\n"
                             "  - id: z\n    type: company\n    en: [z]\n";
  static const char *const texts[] = {"aq", "aqb", "q", "qz", "az", "a z", "z"};
  static const char *const wants[] = {"q", "q", "q", "q", "", "z", "z"};
  (void)state;
  check_own_rules(yaml, texts, wants, sizeof texts / sizeof *texts);
}

/* A gap stays in its clause, also where a longer key was tried first and
 * read past the clause break: 甲，乙 ... 丁 fails, then 甲 ... 丙 must still
 * see the break. */
static void test_lexicon_gap_stops_at_break(void **state) {
  static const char yaml[] = "entities:\n"
                             "  - id: a\n    type: company\n    zh: [\"甲，乙 ... 丁\"]\n"
                             "  - id: b\n    type: company\n    zh: [\"甲 ... 丙\"]\n";
  static const char *const texts[] = {"甲，乙丙", "甲乙丙", "甲，乙丁", "甲丙；甲，丙"};
  static const char *const wants[] = {"", "甲乙丙", "甲，乙丁", "甲丙"};
  (void)state;
  check_own_rules(yaml, texts, wants, sizeof texts / sizeof *texts);
}

/* The break a gap stops at is found eight bytes at a time: a break past
 * the first eight, and bytes that begin one (';', 0xEF) but are none
 * (＂ is EF BC 82), in a block with a break and in one without. */
static void test_lexicon_gap_break_far_in(void **state) {
  static const char yaml[] = "entities:\n"
                             "  - id: b\n    type: company\n    zh: [\"甲 ... 丙\"]\n";
  static const char *const texts[] = {"甲＂＂＂＂＂＂＂丙",    "甲＂＂＂＂；＂＂丙",
                                      "甲abcdefghijklmnop;丙", "甲abcdefghijklmnop丙",
                                      "甲abcdefgh＂ijklm，丙", "甲abcdefgh＂ijklm丙"};
  static const char *const wants[] = {"甲＂＂＂＂＂＂＂丙",   "", "",
                                      "甲abcdefghijklmnop丙", "", "甲abcdefgh＂ijklm丙"};
  (void)state;
  check_own_rules(yaml, texts, wants, sizeof texts / sizeof *texts);
}

/* Keys that share a prefix with the key placed before them go on from
 * where the two part: the nodes they share still learn that a key not
 * of English lies below them, so a Chinese key is still found inside an
 * English word; a key that is a prefix of the one before, or the same,
 * still ends where it should. */
static void test_lexicon_keys_in_runs(void **state) {
  static const char yaml[] = "entities:\n"
                             "  - id: a\n    type: company\n    en: [abcdef, abcdeg, abc, abc]\n"
                             "    zh: [abcxyz]\n";
  static const char *const texts[] = {"qabcxyz", "abcdef", "abcdeg", "abcdefg", "qabcdef", "abc x"};
  static const char *const wants[] = {"abcxyz", "abcdef", "abcdeg", "", "", "abc|abc"};
  (void)state;
  check_own_rules(yaml, texts, wants, sizeof texts / sizeof *texts);
}

/* The trie is built from the keys sorted, first by their first eight
 * bytes at once, then byte by byte: keys that share more than eight
 * bytes, one of exactly eight ("internat") and shorter ones that begin
 * the others, given out of order, each end where it should; the same key
 * in two entities gives both; a key's dots are no gap unless " ... ". */
static void test_lexicon_keys_sorted_apart(void **state) {
  static const char yaml[] = "entities:\n"
                             "  - id: a\n    type: company\n"
                             "    en: [international trade commissioner, international trade, internat, "
                             "\"u.s. ... tariff*\", intern]\n"
                             "  - id: b\n    type: company\n    en: [international trade commission, "
                             "international, international trade]\n";
  static const char *const texts[] = {"international trade commission",
                                      "international trade commissioner",
                                      "the international trade body",
                                      "internat",
                                      "intern",
                                      "international",
                                      "internationals",
                                      "u.s. tariffs",
                                      "u.s."};
  static const char *const wants[] = {"international trade commission",
                                      "international trade commissioner",
                                      "international trade|international trade",
                                      "internat",
                                      "intern",
                                      "international",
                                      "",
                                      "u.s. tariffs",
                                      ""};
  (void)state;
  check_own_rules(yaml, texts, wants, sizeof texts / sizeof *texts);
}

/* One random key of own_keys: pieces of a few letters, so that the keys
 * share prefixes of every length, inside their first eight bytes and
 * past them, and some come twice; English ones with no space at either
 * end, others with Chinese characters among the letters. */
static size_t random_key(char *out, int zh, unsigned long long *seed) {
  static const char *const en[] = {"a", "b", "ab", "ba", " "}, *const cjk[] = {"甲", "乙", "a", "b"};
  size_t n = 0, pieces;
  *seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
  pieces = 1 + (*seed >> 33) % 9;
  for (size_t p = 0; p < pieces; p++) {
    const char *s;
    *seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
    s = zh ? cjk[(*seed >> 35) % 4] : en[(*seed >> 35) % (p == 0 || p + 1 == pieces ? 4 : 5)];
    if (n && out[n - 1] == ' ' && s[0] == ' ') continue;
    memcpy(out + n, s, strlen(s));
    n += strlen(s);
  }
  out[n] = 0;
  return n;
}

/* Rules of random keys (random_key) in eight entities: the trie built
 * from them finds what the reference finds in random text of the same
 * letters, spaces and clause breaks. */
static void test_lexicon_random_keys_match_reference(void **state) {
  static const char *const glue[] = {"a", "b", "ab", " ", "甲", "乙", ";", "x"};
  unsigned long long seed = 0x2545F4914F6CDD1Dull;
  cd_lexicon *shipped_lex = lex;
  ref shipped_keys = keys;
  (void)state;
  for (int round = 0; round < 30; round++) {
    char yaml[16384], key[64], buf[256];
    size_t y = 0;
    cd_ruleset *own = NULL;
    cd_error err;
    y += (size_t)snprintf(yaml + y, sizeof yaml - y, "entities:\n");
    for (int e = 0; e < 8; e++) {
      y += (size_t)snprintf(yaml + y, sizeof yaml - y, "  - id: e%d\n    type: company\n", e);
      for (int zh = 0; zh < 2; zh++) {
        y += (size_t)snprintf(yaml + y, sizeof yaml - y, "    %s: [", zh ? "zh" : "en");
        for (int k = 0; k < 12; k++) {
          random_key(key, zh, &seed);
          y += (size_t)snprintf(yaml + y, sizeof yaml - y, "%s\"%s\"", k ? ", " : "", key);
        }
        y += (size_t)snprintf(yaml + y, sizeof yaml - y, "]\n");
      }
    }
    assert_true(y < sizeof yaml);
    own = load_own(yaml);
    /* the checks below read the lexicon and keys of the shipped rules */
    memset(&keys, 0, sizeof keys);
    assert_int_equal(cd_lexicon_new(&lex, own, NULL, &err), 0);
    for (size_t i = 0; i < own->nentities; i++)
      for (size_t j = 0; j < own->entities[i].nterms; j++)
        add_key(&keys, &own->entities[i].terms[j], CD_LEX_ENTITY, (int)i);
    index_keys(&keys);
    for (int t = 0; t < 200; t++) {
      size_t n = 0;
      while (n < 200) {
        const char *s;
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        s = glue[(seed >> 33) % (sizeof glue / sizeof *glue)];
        memcpy(buf + n, s, strlen(s));
        n += strlen(s);
      }
      check_scan(buf, n, "random keys");
    }
    cd_lexicon_free(lex);
    free_keys(&keys);
    cd_rules_free(own);
  }
  lex = shipped_lex;
  keys = shipped_keys;
}

/* ---- the trie kept in the cache (lexicon_snap.c) ---------------------------- */

/* The snapshot's layout, as lexicon_snap.c writes it: a header of 40
 * bytes (counts at 24: nodes, cells, payloads, filter words), then
 * int32s: 256 roots, five a node (parent payload base tlen zh_below),
 * two a cell (ncells + 256 of them), one a payload (next);
 * then the start filters: a mask of 64-bit words, a bit for each filter
 * word, set for those not 0, and those words (nf). */
typedef struct snap {
  unsigned char *b;
  size_t n;
  uint32_t nn, nc, np, nf;
  size_t mask, nmask; /* the mask's offset and its words */
} snap;

static int32_t *snap_int(snap *s, size_t i) {
  return (int32_t *)(s->b + 40) + i;
}
static int32_t *snap_node(snap *s, size_t node, int field) {
  return snap_int(s, 256 + 5 * node + (size_t)field);
}
static int32_t *snap_cell(snap *s, size_t c, int field) {
  return snap_int(s, 256 + 5 * (size_t)s->nn + 2 * c + (size_t)field);
}
static int32_t *snap_next(snap *s, size_t p) {
  return snap_int(s, 256 + 5 * (size_t)s->nn + 2 * ((size_t)s->nc + 256) + p);
}

static void snap_load(snap *s, const char *path) {
  FILE *f = fopen(path, "rb");
  uint32_t counts[4];
  size_t bits = 0;
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  s->n = (size_t)ftell(f);
  rewind(f);
  assert_non_null(s->b = malloc(s->n));
  assert_int_equal(fread(s->b, 1, s->n, f), s->n);
  fclose(f);
  memcpy(counts, s->b + 24, sizeof counts);
  s->nn = counts[0], s->nc = counts[1], s->np = counts[2], s->nf = counts[3];
  s->mask = 40 + 4 * (256 + 5 * (size_t)s->nn + 2 * ((size_t)s->nc + 256) + s->np);
  assert_true(s->n > s->mask + 8 * (size_t)s->nf && (s->n - s->mask) % 8 == 0);
  s->nmask = (s->n - s->mask) / 8 - s->nf;
  for (size_t k = 0; k < s->nmask; k++) {
    uint64_t m;
    memcpy(&m, s->b + s->mask + 8 * k, 8);
    for (; m; m &= m - 1) bits++;
  }
  assert_true(bits == s->nf);
}

/* Sets (or clears) the first bit of the snapshot's filter mask that is
 * clear (or set). */
static void snap_flip_mask(snap *s, int set) {
  for (size_t i = 0; i < 64 * s->nmask; i++) {
    unsigned char *byte = s->b + s->mask + i / 8;
    if (((*byte >> (i % 8)) & 1) != set) {
      *byte ^= (unsigned char)(1u << (i % 8));
      return;
    }
  }
  fail_msg("no mask bit to flip");
}

/* Writes s (its checksum made to match first when seal) to path. */
static void snap_save(snap *s, const char *path, int seal) {
  FILE *f = fopen(path, "wb");
  if (seal) {
    uint64_t key, sum;
    memcpy(&key, s->b + 8, 8);
    sum = cd_hash64(s->b + 40, s->n - 40, key);
    memcpy(s->b + 16, &sum, 8);
  }
  assert_non_null(f);
  assert_int_equal(fwrite(s->b, 1, s->n, f), s->n);
  assert_int_equal(fclose(f), 0);
}

/* The one snapshot of the main lexicon in dir: the larger .lex file. */
static void snap_path(char *out, size_t n, const char *dir) {
  char pattern[300];
  glob_t gl;
  size_t best = 0;
  snprintf(pattern, sizeof pattern, "%s/*.lex", dir);
  assert_int_equal(glob(pattern, 0, NULL, &gl), 0);
  assert_int_equal(gl.gl_pathc, 2); /* aliases and cues; abbreviations */
  for (size_t i = 0; i < gl.gl_pathc; i++) {
    struct stat st;
    assert_int_equal(stat(gl.gl_pathv[i], &st), 0);
    if ((size_t)st.st_size > best) best = (size_t)st.st_size, snprintf(out, n, "%s", gl.gl_pathv[i]);
  }
  globfree(&gl);
}

static ino_t inode_of(const char *path) {
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  return st.st_ino;
}

/* The shipped rules' lexicons made with a cache directory: the main one
 * checked against the reference on the H20 story's files, the
 * abbreviations likewise (check_scan reads `lex`, check_longest `abbrevs`). */
static void check_cached_lexicons(const char *dir) {
  static const char *const globs[] = {"data/h20/*.txt"};
  cd_lexicon *keep = lex, *keep_ab = abbrevs;
  cd_error err;
  assert_int_equal(cd_lexicon_new(&lex, rs, dir, &err), 0);
  assert_int_equal(cd_lexicon_new_abbrevs(&abbrevs, rs, dir, &err), 0);
  assert_true(each_story_file(globs, 1, scan_story, NULL) >= 5);
  cd_lexicon_free(lex);
  cd_lexicon_free(abbrevs);
  lex = keep, abbrevs = keep_ab;
}

/* The first run writes the snapshot, the second reads it back (the file
 * is not written again: a write renames a new file into place) and
 * matches as a built trie does. Each damaged or forged snapshot is
 * refused: the trie is built, matches as it should, and the snapshot is
 * written again, byte for byte the first. A forged one has a checksum
 * that matches, so its shape checks must catch it. */
static void test_lexicon_snapshot_read_back(void **state) {
  char dir[] = "/tmp/test_lexicon-XXXXXX", path[400];
  snap good, bad;
  ino_t ino;
  size_t leaf = 0, child = 0, linked = 0, cell = 0, free_cell = 0, en_child = 0;
  (void)state;
  assert_non_null(mkdtemp(dir));
  check_cached_lexicons(dir);
  snap_path(path, sizeof path, dir);
  ino = inode_of(path);
  check_cached_lexicons(dir);
  assert_true(inode_of(path) == ino); /* read back, not built and written */
  snap_load(&good, path);
  for (size_t i = 0; i < good.nn; i++) {
    int32_t parent = *snap_node(&good, i, 0);
    if (!child && parent >= 0 && *snap_node(&good, i, 3) == 0) child = i;
    if (!leaf && *snap_node(&good, i, 3) > 1) leaf = i;
    if (!en_child && parent >= 0 && *snap_node(&good, i, 4) == 0 && *snap_node(&good, (size_t)parent, 4) == 0)
      en_child = i;
  }
  for (size_t p = 0; p < good.np && !linked; p++)
    if (*snap_next(&good, p) >= 0) linked = p + 1;
  for (size_t c = 0; c < good.nc && !cell; c++)
    if (*snap_cell(&good, c, 0) >= 0 && *snap_node(&good, (size_t)*snap_cell(&good, c, 1), 0) > 0) cell = c;
  for (size_t c = 1; c < good.nc && !free_cell; c++)
    if (*snap_cell(&good, c, 0) == -1) free_cell = c; /* no check reads its node: the checksum alone can */
  assert_true(child && leaf && linked && cell && free_cell && en_child && *snap_node(&good, 0, 0) == -1);
  for (int k = 0; k < 17; k++) {
    const char *what[] = {"truncated",
                          "a free cell's byte",
                          "the payloads' count",
                          "the magic",
                          "a parent after",
                          "zh_below not passed up",
                          "a tail too short",
                          "a base past the cells",
                          "a root that is a child",
                          "a cell's child of another node",
                          "a payload linked to itself",
                          "zh_below 2",
                          "a tail too long",
                          "a link past the payloads",
                          "a filter word's byte",
                          "a filter bit more",
                          "a filter bit fewer"};
    uint32_t np1 = good.np + 1;
    bad = good;
    assert_non_null(bad.b = malloc(good.n));
    memcpy(bad.b, good.b, good.n);
    switch (k) {
    case 0: bad.n -= 4; break;
    case 1: *snap_cell(&bad, free_cell, 1) ^= 1; break;
    case 2: memcpy(bad.b + 32, &np1, 4); break;
    case 3: bad.b[0] = 'X'; break;
    case 4: *snap_node(&bad, child, 0) = (int32_t)child; break;
    case 5: *snap_node(&bad, en_child, 4) = 1; break;
    case 6: *snap_node(&bad, leaf, 3) -= 1; break;
    case 7: *snap_node(&bad, child, 2) = (int32_t)good.nc + 1; break;
    case 8: *snap_int(&bad, 'q') = (int32_t)child; break;
    case 9: *snap_cell(&bad, cell, 1) = 0; break; /* node 0 is a root */
    case 10: *snap_next(&bad, linked - 1) = (int32_t)(linked - 1); break;
    case 11: *snap_node(&bad, child, 4) = 2; break;
    case 12: *snap_node(&bad, leaf, 3) += 1; break;
    case 13: *snap_next(&bad, linked - 1) = (int32_t)good.np; break;
    case 14: bad.b[bad.n - 1] ^= 1; break;
    case 15: snap_flip_mask(&bad, 1); break;
    case 16: snap_flip_mask(&bad, 0); break;
    }
    snap_save(&bad, path, k >= 4 && k != 14);
    check_cached_lexicons(dir);
    free(bad.b);
    snap_load(&bad, path);
    if (bad.n != good.n || memcmp(bad.b, good.b, good.n) != 0)
      fail_msg("%s: the snapshot was not made again", what[k]);
    free(bad.b);
  }
  free(good.b);
  snprintf(path, sizeof path, "rm -rf '%s'", dir);
  assert_int_equal(system(path), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lexicon_rules_of_matching),
      cmocka_unit_test(test_lexicon_stories_match_reference),
      cmocka_unit_test(test_lexicon_random_text_matches_reference),
      cmocka_unit_test(test_lexicon_every_key_at_its_edges),
      cmocka_unit_test(test_lexicon_one_letter_keys),
      cmocka_unit_test(test_lexicon_gap_stops_at_break),
      cmocka_unit_test(test_lexicon_gap_break_far_in),
      cmocka_unit_test(test_lexicon_keys_in_runs),
      cmocka_unit_test(test_lexicon_keys_sorted_apart),
      cmocka_unit_test(test_lexicon_random_keys_match_reference),
      cmocka_unit_test(test_lexicon_snapshot_read_back),
  };
  setenv("CLAIMDIFF_CACHE", "off", 1); /* the test's own rules leave nothing behind */
  return cmocka_run_group_tests(tests, setup, teardown);
}
