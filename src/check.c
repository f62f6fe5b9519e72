/* check.c: the checks of a whole ruleset (check-rules) and its embedded
 * examples; see check.h. */
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "extract.h"
#include "lexicon.h"
#include "trim.h"
#include "utf8.h"

/* One key of the ruleset, for sorting. */
typedef struct {
  const cd_term *t;
  cd_lex_kind kind; /* entity, predicate or cue */
  int owner;        /* entity / predicate index, or cue kind */
} key_ref;

typedef struct {
  const char *file;
  int line, col, is_error;
  char msg[400];
} problem;

typedef struct {
  problem *v;
  size_t n, cap;
} problems;

static int add_problem(problems *p, const char *file, int line, int col, int is_error, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
static int add_problem(problems *p, const char *file, int line, int col, int is_error, const char *fmt, ...) {
  va_list ap;
  if (cd_array_reserve((void **)&p->v, &p->cap, p->n + 1, sizeof *p->v) < 0) return CD_ENOMEM;
  p->v[p->n].file = file;
  p->v[p->n].line = line;
  p->v[p->n].col = col;
  p->v[p->n].is_error = is_error;
  va_start(ap, fmt);
  vsnprintf(p->v[p->n].msg, sizeof p->v[p->n].msg, fmt, ap);
  va_end(ap);
  p->n++;
  return 0;
}

static int cmp_key(const void *a, const void *b) {
  const key_ref *x = a, *y = b;
  int c = strcmp(x->t->text, y->t->text);
  if (c) return c;
  c = strcmp(x->t->file, y->t->file);
  return c ? c : x->t->line - y->t->line;
}

static int cmp_problem(const void *a, const void *b) {
  const problem *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  return x->line != y->line ? x->line - y->line : x->col - y->col;
}

static const char *owner_name(const cd_ruleset *rs, const key_ref *k) {
  if (k->kind == CD_LEX_ENTITY) return rs->entities[k->owner].id;
  if (k->kind == CD_LEX_PREDICATE) return rs->predicates[k->owner].id;
  return cd_cue_kind_name((cd_cue_kind)k->owner);
}

static const char *kind_name(cd_lex_kind k) {
  return k == CD_LEX_ENTITY ? "entity" : k == CD_LEX_PREDICATE ? "predicate" : "cue";
}

/* Does key begin with cue word c, followed by a space (the cue is then
 * swallowed by the longer key wherever it appears)? */
static int starts_with_word(const char *key, const char *c) {
  size_t n = strlen(c);
  return strncmp(key, c, n) == 0 && key[n] == ' ';
}

/* Every matching key of the ruleset, sorted by text, into *out (free it). */
static int collect_keys(const cd_ruleset *rs, key_ref **out, size_t *n) {
  size_t total = rs->ncues;
  key_ref *keys;
  *n = 0;
  for (size_t i = 0; i < rs->nentities; i++) total += rs->entities[i].nterms;
  for (size_t i = 0; i < rs->npredicates; i++) total += rs->predicates[i].nterms;
  if (!(*out = keys = malloc((total ? total : 1) * sizeof *keys))) return CD_ENOMEM;
  for (size_t i = 0; i < rs->nentities; i++)
    for (size_t j = 0; j < rs->entities[i].nterms; j++)
      keys[(*n)++] = (key_ref){&rs->entities[i].terms[j], CD_LEX_ENTITY, (int)i};
  for (size_t i = 0; i < rs->npredicates; i++)
    for (size_t j = 0; j < rs->predicates[i].nterms; j++)
      keys[(*n)++] = (key_ref){&rs->predicates[i].terms[j], CD_LEX_PREDICATE, (int)i};
  for (size_t i = 0; i < rs->ncues; i++)
    keys[(*n)++] = (key_ref){&rs->cues[i].term, CD_LEX_CUE, (int)rs->cues[i].kind};
  qsort(keys, *n, sizeof *keys, cmp_key);
  return 0;
}

/* 1. One key, two owners: keys are sorted, so equal keys are adjacent;
 *    each later one is compared with the first of its run. An alias that
 *    is also a trigger is deliberate: both payloads are emitted ("the
 *    Entity List" names the list and the listing). */
static int check_twice(problems *P, const cd_ruleset *rs, const key_ref *keys, size_t nkeys) {
  int error = 0;
  for (size_t i = 0, run = 0; i < nkeys && !error; i++) {
    const key_ref *a, *b = &keys[i];
    if (i == 0 || strcmp(keys[i - 1].t->text, b->t->text)) {
      run = i;
      continue;
    }
    a = &keys[run];
    if (a->kind == b->kind && a->owner == b->owner)
      error = add_problem(P, b->t->file, b->t->line, b->t->col, 0,
                          "'%s' is given twice in %s '%s' (first at %s:%d)", b->t->text, kind_name(b->kind),
                          owner_name(rs, b), a->t->file, a->t->line);
    else if (a->kind == b->kind && a->kind != CD_LEX_CUE)
      error = add_problem(P, b->t->file, b->t->line, b->t->col, 1,
                          "%s '%s' of %s '%s' is also one of '%s' (%s:%d); the match would be "
                          "ambiguous: give one of them a longer key",
                          b->kind == CD_LEX_ENTITY ? "alias" : "trigger", b->t->text, kind_name(b->kind),
                          owner_name(rs, b), owner_name(rs, a), a->t->file, a->t->line);
  }
  return error;
}

/* Does English key text start with a double negative ("not without ...
 * security risks")? It holds both negations, as 不无安全风险 does, and
 * means to hide the single one. */
static int double_negative_head(const cd_ruleset *rs, const char *text) {
  for (size_t c = 0; c < rs->ncues; c++)
    if (rs->cues[c].kind == CD_CUE_DOUBLE_NEGATION && rs->cues[c].term.lang == CD_LANG_EN &&
        starts_with_word(text, rs->cues[c].term.text))
      return 1;
  return 0;
}

/* Is cue word w also a trigger of some predicate (approve's "allows")?
 * A longer key that starts with it then means to hide that trigger, and
 * the cue goes with it ("allows remote access" is a backdoor, neither
 * an approval nor a hedge). O(keys). */
static int also_trigger(const key_ref *keys, size_t nkeys, const char *w) {
  for (size_t i = 0; i < nkeys; i++)
    if (keys[i].kind == CD_LEX_PREDICATE && !strcmp(keys[i].t->text, w)) return 1;
  return 0;
}

/* 2. Keys that hide a cue, stars on short stems, tiny English keys. */
static int check_shapes(problems *P, const cd_ruleset *rs, const key_ref *keys, size_t nkeys) {
  int error = 0;
  for (size_t i = 0; i < nkeys && !error; i++) {
    const key_ref *k = &keys[i];
    const char *text = k->t->text;
    size_t len = strlen(text);
    if (k->kind == CD_LEX_CUE) continue;
    /* a key that holds a double negative means to hide the single one;
     * asked once a key, not once a cue; so does a key of a predicate whose
     * claims are its opposite's, negated ("refused to cooperate") */
    for (size_t c = double_negative_head(rs, text) ||
                            (k->kind == CD_LEX_PREDICATE && cd_rules_inverts(&rs->predicates[k->owner]))
                        ? rs->ncues
                        : 0;
         c < rs->ncues && !error; c++) {
      const cd_cue *cue = &rs->cues[c];
      if ((cue->kind == CD_CUE_NEGATION || cue->kind == CD_CUE_HEDGE) && cue->term.lang == CD_LANG_EN &&
          k->t->lang == CD_LANG_EN && starts_with_word(text, cue->term.text) &&
          !(cue->kind == CD_CUE_HEDGE && also_trigger(keys, nkeys, cue->term.text)))
        error = add_problem(P, k->t->file, k->t->line, k->t->col, 0,
                            "%s key '%s' starts with the %s cue '%s', which it hides wherever it "
                            "matches",
                            kind_name(k->kind), text, cue->kind == CD_CUE_HEDGE ? "hedge" : "negation",
                            cue->term.text);
    }
    if (!error && len && text[len - 1] == '*' && len - 1 < 4)
      error = add_problem(P, k->t->file, k->t->line, k->t->col, 0,
                          "'%s': a '*' after fewer than four letters matches unrelated words", text);
    if (!error && k->t->lang == CD_LANG_EN && len == 1)
      error = add_problem(P, k->t->file, k->t->line, k->t->col, 0,
                          "English key '%s' is one letter: it will match by accident", text);
  }
  return error;
}

/* 3. Triggers are events. A bare noun fires on every mention of its
 *    subject: "security" in every security story, 关税 in a section tag.
 *    A single-word key (no space, no gap, no '*') is taken for a noun when
 *    it is English and ends in one of the ruleset's bare_nouns en_endings
 *    (rules/checks.yaml), or Chinese, at most three characters, and ends
 *    in one of zh_endings or is one of zh_words. Documented in
 *    docs/rules.md; a shape test, not a parser: it finds the usual
 *    suspects and stays quiet on verbs. */
static int ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n >= k && !memcmp(s + n - k, suffix, k);
}

static int is_bare_noun(const cd_noun_shapes *b, const cd_term *t) {
  const char *s = t->text;
  size_t n = strlen(s), chars = 0;
  if (strchr(s, ' ') || strchr(s, '*') || strchr(s, '-')) return 0;
  if (t->lang == CD_LANG_EN) {
    for (size_t i = 0; i < b->nen_endings; i++)
      if (n > strlen(b->en_endings[i].text) + 2 && ends_with(s, n, b->en_endings[i].text)) return 1;
    return 0;
  }
  for (size_t i = 0; i < n; i++) chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  if (chars > 3) return 0;
  for (size_t i = 0; i < b->nzh_words; i++)
    if (!strcmp(s, b->zh_words[i].text)) return 1;
  for (size_t i = 0; i < b->nzh_endings; i++)
    if (ends_with(s, n, b->zh_endings[i].text)) return 1;
  return 0;
}

/* Does the English key report an event: a verb form (a word ending in -ed
 * or -ing, or one of verb_forms: past tenses and the copula of "is safe"),
 * a gapped pattern or a '*' stem (which runs on to the verb's forms)? */
static const char *const verb_forms[] = {"met",    "held",  "sold", "bought", "took", "cut",  "hit",
                                         "struck", "paid",  "laid", "told",   "gave", "got",  "made",
                                         "won",    "built", "lost", "rose",   "fell", "shed", "sought",
                                         "is",     "are",   "was",  "were",   NULL};

static int is_event_key(const cd_term *t) {
  const char *s = t->text;
  if (t->lang != CD_LANG_EN) return 0;
  if (strstr(s, " ... ") || strchr(s, '*')) return 1;
  while (*s) {
    size_t n = strcspn(s, " -");
    if (ends_with(s, n, "ed") || ends_with(s, n, "ing")) return 1;
    for (size_t i = 0; verb_forms[i]; i++)
      if (n == strlen(verb_forms[i]) && !memcmp(s, verb_forms[i], n)) return 1;
    s += n;
    s += strspn(s, " -");
  }
  return 0;
}

/* Is t declared a noun: an event in itself (nouns:) or a mention (mentions:)? */
static int is_noun_event(const cd_predicate *p, const cd_term *t) {
  if (t->mention) return 1;
  for (size_t i = 0; i < p->nnouns; i++)
    if (!strcmp(p->nouns[i].text, t->text)) return 1;
  return 0;
}

/* A predicate looks like a topic, not an event, when none of its English
 * triggers reports an event (is_event_key) and it carries no amount
 * (money, count, percent, ratio): "national security" names a subject. A
 * topic (`topic: true`) is exempt, and so are its nouns: its triggers are
 * mentions, claims only where they take a value. */
static int check_events(problems *P, const cd_ruleset *rs) {
  const unsigned amounts = ~CD_VALUE_BIT(CD_VALUE_DATE) & ~CD_VALUE_BIT(CD_VALUE_NONE);
  int error = 0;
  for (size_t i = 0; i < rs->npredicates && !error; i++) {
    const cd_predicate *p = &rs->predicates[i];
    int event = p->negates || (p->values & amounts), english = 0;
    if (p->topic) continue;
    for (size_t j = 0; j < p->nterms && !error; j++) {
      const cd_term *t = &p->terms[j];
      event |= is_event_key(t);
      english |= t->lang == CD_LANG_EN;
      if (is_bare_noun(&rs->bare_nouns, t) && !is_noun_event(p, t))
        error = add_problem(P, t->file, t->line, t->col, 0,
                            "trigger '%s' of predicate '%s' is a bare noun: it fires on every "
                            "mention; put it in a pattern that makes it an event, list it under "
                            "mentions: to make a claim only with an amount, or under nouns: if it "
                            "is an event in itself",
                            t->text, p->id);
    }
    if (!error && english && !event)
      error = add_problem(P, p->file, p->line, 5, 0,
                          "predicate '%s' looks like a topic, not an event: no English trigger is a "
                          "verb form or a pattern, and it carries no amount; give it the verbs that "
                          "report the event, or mark it topic: true",
                          p->id);
  }
  return error;
}

/* Is text Chinese: does it hold a Han character? */
static int has_han(const char *text) {
  const char *end = text + strlen(text);
  for (const char *q = text; q < end;) {
    int32_t cp;
    q += cd_utf8_next(q, end, &cp);
    if (cd_is_han(cp)) return 1;
  }
  return 0;
}

/* Every predicate needs an English and a Chinese example: claims align
 * across the languages, so a trigger list untested in one of them is a
 * predicate that may never meet its other half. An event's examples must
 * yield it; a topic's (which yields no claim) may be near misses, and so
 * may an unread predicate's English one (English makes none). An
 * error: the beat's rules grow by predicates, and this is their floor. */
static int check_example_languages(problems *P, const cd_ruleset *rs) {
  unsigned char *langs = calloc(rs->npredicates ? rs->npredicates : 1, 1); /* bit 1 English, 2 Chinese */
  int error = 0;
  if (!langs) return CD_ENOMEM;
  for (size_t j = 0; j < rs->nexamples; j++) {
    const cd_example *x = &rs->examples[j];
    if (x->owner_kind != CD_OWNER_PREDICATE) continue;
    if (!x->yields && !rs->predicates[x->owner].topic &&
        !(rs->predicates[x->owner].unread && !has_han(x->text)))
      continue;
    langs[x->owner] |= has_han(x->text) ? 2 : 1;
  }
  for (size_t i = 0; i < rs->npredicates && !error; i++) {
    const cd_predicate *p = &rs->predicates[i];
    if (langs[i] != 3)
      error = add_problem(P, p->file, p->line, 5, 1, "predicate '%s' has no %s example%s", p->id,
                          langs[i] == 1   ? "Chinese"
                          : langs[i] == 2 ? "English"
                                          : "English or Chinese",
                          p->topic ? "" : " that yields it");
  }
  free(langs);
  return error;
}

/* 4. Examples naming entities that do not exist; predicates without an
 * example in each language. */
static int check_references(problems *P, const cd_ruleset *rs) {
  int error = 0;
  for (size_t i = 0; i < rs->nexamples && !error; i++) {
    const cd_example *x = &rs->examples[i];
    for (size_t j = 0; j < x->nentities && !error; j++)
      if (cd_rules_find_entity(rs, x->entities[j]) < 0)
        error = add_problem(P, x->file, x->entities_line, x->entities_col, 1,
                            "example names entity '%s', which is not an entity id", x->entities[j]);
  }
  return error ? error : check_example_languages(P, rs);
}

int cd_check_rules(const cd_engine *e, cd_buf *report, size_t *errors, size_t *warnings) {
  const cd_ruleset *rs = e->rs;
  key_ref *keys = NULL;
  size_t nkeys = 0;
  problems P = {NULL, 0, 0};
  int error;
  *errors = *warnings = 0;
  if ((error = collect_keys(rs, &keys, &nkeys)) < 0 || (error = check_twice(&P, rs, keys, nkeys)) < 0 ||
      (error = check_shapes(&P, rs, keys, nkeys)) < 0 || (error = check_events(&P, rs)) < 0 ||
      (error = check_references(&P, rs)) < 0)
    goto out;
  if (P.n > 1) qsort(P.v, P.n, sizeof *P.v, cmp_problem);
  for (size_t i = 0; i < P.n; i++) {
    cd_buf_printf(report, "%s:%d:%d: %s: %s\n", P.v[i].file, P.v[i].line, P.v[i].col,
                  P.v[i].is_error ? "error" : "warning", P.v[i].msg);
    (*(P.v[i].is_error ? errors : warnings))++;
  }
out:
  free(P.v);
  free(keys);
  return error;
}

static int claim_fits(const cd_engine *e, const cd_example *x, const cd_claim *c) {
  char buf[96];
  for (size_t i = 0; i < x->nentities; i++) {
    int id = cd_rules_find_entity(e->rs, x->entities[i]), found = 0;
    for (size_t k = 0; k < c->nentities; k++) found |= c->entities[k] == id;
    if (!found) return 0;
  }
  if (x->value) {
    int found = cd_claim_date(c)->kind == CD_VALUE_DATE &&
                !strcmp(cd_value_format(cd_claim_date(c), buf, sizeof buf), x->value);
    for (size_t k = 0; k < c->nvalues && !found; k++)
      found = !strcmp(cd_value_format(&c->values[k], buf, sizeof buf), x->value);
    if (!found) return 0;
  }
  if (x->polarity && strcmp(x->polarity, cd_polarity_name(c->polarity))) return 0;
  if (x->modality && strcmp(x->modality, cd_modality_name(c->modality))) return 0;
  return 1;
}

/* What came out, for the failure message. */
static void describe(const cd_engine *e, const cd_extraction *ex, cd_buf *b) {
  char buf[96];
  if (!ex->nclaims) cd_buf_puts(b, "no claims");
  for (size_t i = 0; i < ex->nclaims; i++) {
    const cd_claim *c = &ex->claims[i];
    cd_buf_printf(b, "%s%s", i ? "; " : "", e->rs->predicates[c->predicate].id);
    for (size_t k = 0; k < c->nentities; k++)
      cd_buf_printf(b, "%s%s", k ? "," : " [", e->rs->entities[c->entities[k]].id);
    if (c->nentities) cd_buf_putc(b, ']');
    for (size_t k = 0; k < c->nvalues; k++)
      cd_buf_printf(b, " %s", cd_value_format(&c->values[k], buf, sizeof buf));
    if (cd_claim_date(c)->kind == CD_VALUE_DATE)
      cd_buf_printf(b, " %s", cd_value_format(cd_claim_date(c), buf, sizeof buf));
    cd_buf_printf(b, " %s %s", cd_polarity_name(c->polarity), cd_modality_name(c->modality));
  }
}

int cd_check_examples(const cd_engine *e, cd_buf *report, size_t *failed, size_t *total, cd_error *err) {
  *failed = *total = 0;
  for (size_t i = 0; i < e->rs->nexamples; i++) {
    const cd_example *x = &e->rs->examples[i];
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    int ok = 0, error;
    (*total)++;
    if (x->owner_kind == CD_OWNER_BOILERPLATE) {
      char *line = cd_norm_string(x->text);
      ok = line && cd_trim_line_matches(&e->rs->bp[x->owner], line, strlen(line)) == x->yields;
      free(line);
      if (!ok) {
        (*failed)++;
        cd_buf_printf(report, "%s:%d: example \"%s\": expected %s by boilerplate rule '%s'\n", x->file,
                      x->line, x->text, x->yields ? "to be dropped" : "to be kept", e->rs->bp[x->owner].id);
      }
      continue;
    }
    if ((error = cd_extract_text(&doc, &ex, e, x->text, &x->date, err)) < 0) {
      if (error == CD_ENOMEM) return error;
      (*failed)++;
      cd_buf_printf(report, "%s:%d: example \"%s\": cannot be read: %s\n", x->file, x->line, x->text,
                    err->msg);
      continue;
    }
    if (x->owner_kind == CD_OWNER_ENTITY) {
      int found = 0;
      for (size_t k = 0; k < ex->nmentions; k++) found |= ex->mentions[k].entity == x->owner;
      ok = found == x->yields;
      if (!ok)
        cd_buf_printf(report, "%s:%d: example \"%s\": entity '%s' %s\n", x->file, x->line, x->text,
                      e->rs->entities[x->owner].id, x->yields ? "not found" : "found but must not be");
    } else {
      int found = 0, made = cd_rules_inverts(&e->rs->predicates[x->owner])
                                ? e->rs->predicates[x->owner].opposite
                                : x->owner;
      for (size_t k = 0; k < ex->nclaims; k++)
        found |= ex->claims[k].predicate == made && claim_fits(e, x, &ex->claims[k]);
      ok = found == x->yields;
      if (!ok) {
        cd_buf_printf(report, "%s:%d: example \"%s\": expected %s'%s'", x->file, x->line, x->text,
                      x->yields ? "" : "no ", e->rs->predicates[x->owner].id);
        for (size_t k = 0; k < x->nentities; k++)
          cd_buf_printf(report, "%s%s", k ? "," : " [", x->entities[k]);
        if (x->nentities) cd_buf_putc(report, ']');
        if (x->value) cd_buf_printf(report, " %s", x->value);
        if (x->polarity) cd_buf_printf(report, " %s", x->polarity);
        if (x->modality) cd_buf_printf(report, " %s", x->modality);
        cd_buf_puts(report, ", got: ");
        describe(e, ex, report);
        cd_buf_putc(report, '\n');
      }
    }
    if (!ok) (*failed)++;
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
  return 0;
}
