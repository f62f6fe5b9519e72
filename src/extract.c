/* extract.c: sentences -> claims; see extract.h for the rules of the game.
 *
 * Per sentence (sentence_claims, the driver):
 *   1. scan the lexicon (entities, triggers, cues) and find the values;
 *   2. cut the sentence into clauses (clause.c) and resolve short forms
 *      (商务部 after 美国商务部) and "the department" (speaker.c);
 *   3. record the entity mentions and the triggers;
 *   4. scope the cues and denials over the triggers (scope.c);
 *   5. find the speaker (speaker.c);
 *   6. attach values to triggers;
 *   7. make one claim per content predicate, or else
 *   8. one claim pointing back: borrowed from an earlier sentence when a
 *      denial points back ("these claims"), or the bare denial itself;
 *   9. one figures claim of the amounts and dates no claim took;
 *  10. the claims' values, copied from the sentence's into the arena (till
 *      then a claim holds them by index into the scratch: attached).
 * Every claim is made by make_claim. Then claims without entities inherit
 * the topic of the sentences before (inherit_topics: at the end, or as a
 * lean extraction goes). The per-sentence scratch (sentence.h) is reused
 * from sentence to sentence and freed at the end; the claims and mentions
 * (a lean extraction's claims only) are handed over in the cd_extraction. */
#include "extract.h"

#include "ahead.h"
#include "buf.h"
#include "calendar.h"
#include "clause.h"
#include "doc.h"
#include "engine.h"
#include "pages.h"
#include "roles.h"
#include "scope.h"
#include "segment.h"
#include "sentence.h"
#include "speaker.h"
#include "surnames.h"
#include "trim.h"
#include "utf8.h"

#include <assert.h>
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BORROW_SENTENCES 3    /* how far back a denial without content looks for it */
#define ORG_NAME_GAP     30   /* bytes from a country to the organization cue ending its body's name */
#define TOPIC_SENTENCES  2    /* how far back a claim without entities looks for its topic */
#define OTHER_CLAUSE     1000 /* added to the distance of a value to a trigger in another clause */
#define OTHER_SIDE       200  /* added when a date stands on the side its language does not attach to */

_Static_assert(CD_CLAIM_MAX_VALUES < 16, "a claim's nvalues has 4 bits");
_Static_assert(SENTENCE_VALUES_MAX <= 65535, "attached.over counts a sentence's values in 16 bits");
_Static_assert(SENTENCE_BYTES_MAX <= 65535, "a mention's offsets in its sentence are 16 bits (cd_mention)");

/* The values a claim of the sentence being read holds, as indices into
 * the sentence's values (s->vals), while its sentence makes claims: the
 * claim gets copies of them in the arena once all are made
 * (settle_values), and holds none inline. */
typedef struct attached {
  int v[CD_CLAIM_MAX_VALUES]; /* non-date values (a figures claim's dates too), in the order attached */
  size_t nv;
  int date;            /* the date, or -1 */
  unsigned short over; /* values that reached it past CD_CLAIM_MAX_VALUES (values_over) */
} attached;

/* A claim that more values reached than it holds: the warning it makes
 * at the end (warn_full_claims). Kept here, not in every claim: almost
 * no claim has one. */
typedef struct values_over {
  size_t claim;        /* its index */
  unsigned short over; /* at most SENTENCE_VALUES_MAX */
} values_over;

typedef struct {
  const cd_engine *e;
  cd_extraction *ex;
  cd_scratch s; /* the sentence being read */
  int *ents;    /* the sentence's entities, once a sentence */
  size_t nents;
  int ents_done;
  int quoted;   /* the sentence is a direct quotation (direct_quote), once a sentence */
  int rivals;   /* the sentence sets reports side by side (a `rivals` cue), once a sentence */
  int quote_si; /* the last quotation with a voice, or of that voice (quote_voice) */
  int quote_entity, quote_commentator;  /* that voice */
  int voice_si;                         /* the last sentence with a voice (pronoun_voice), or -1 */
  int voice_entity, voice_commentator;  /* that voice */
  size_t longest;                       /* its longest trigger, in bytes (longest_trigger), once a sentence */
  int val_trig[SENTENCE_VALUES_MAX];    /* the trigger each value attaches to, or -1 */
  size_t val_dist[SENTENCE_VALUES_MAX]; /* bytes to its trigger, +OTHER_CLAUSE across clauses */
  unsigned char taken[SENTENCE_VALUES_MAX]; /* 1: the value is in a claim of its sentence */
  int figure;                               /* the predicate with figures: true, or -1 */
  int saying;                               /* the predicate with dated_saying: true, or -1 */
  int forecast;                             /* the predicate with forecasts: true, or -1 */
  int unread;                               /* the predicate with unread: true, or -1 */
  cd_claim *claims;
  size_t cap_claims;
  size_t first;  /* the index of the sentence's first claim */
  attached *att; /* the values of claims first.., by index into s->vals (settle_values) */
  size_t cap_att;
  int *keep; /* a claim's entities as narrowed (keep_entities) */
  size_t cap_keep;
  values_over *over; /* in claim order */
  size_t nover, cap_over;
  size_t cap_mentions;
  size_t topics_done;   /* claims [0, topics_done) have looked for their topic (inherit_topics) */
  int last_content;     /* index of the last content claim, or -1 */
  cd_short_seen *seen;  /* what the document's long forms named, for its short forms (speaker.h) */
  cd_surnames surnames; /* the words of the full names the document gave persons (surnames.h) */
  cd_reading reading;   /* what reading a sentence needs (ahead.h) */
  cd_ahead *ahead;      /* the sentences' reader on a second thread, or NULL: read here */
} state;

const char *cd_polarity_name(cd_polarity p) {
  return p == CD_POLARITY_NEGATED ? "negated" : "affirmed";
}

const char *cd_modality_name(cd_modality m) {
  return m == CD_MODALITY_HEDGED ? "hedged" : m == CD_MODALITY_REPORTED ? "reported" : "asserted";
}

/* Room for one more element after the n there are. */
static int grow(void **p, size_t *cap, size_t n, size_t size) {
  return n < *cap ? 0 : cd_array_reserve(p, cap, n + 1, size); /* the call only when the array is full */
}

/* The values claim c of the sentence being read holds so far. */
static attached *attached_to(const state *st, const cd_claim *c) {
  return &st->att[(size_t)(c - st->claims) - st->first];
}

static int in_clause(const cd_scratch *s, const cd_trigger *t, int cl);
static int caps_another(const state *st, size_t j);
static int has_amount_in_clause(const state *st, size_t j);

/* Is Chinese trigger t inside the grounds an act is taken on, opened
 * after a value that ends at b1: 以…为由 (以中兴违反2017年和解协议为由，宣布
 * 禁止, 以违反出口管制为由将12家企业列入)? The grounds tell why, not what
 * was done then: a date before them is the act's after them. Looks at
 * most GROUNDS_REACH bytes either side of t, in its clause. */
#define GROUNDS_REACH 60
static int in_grounds(const cd_scratch *s, const cd_trigger *t, size_t b1) {
  size_t stop = cd_clause_end(&s->clauses, t->clause, s->len);
  int open = 0;
  if (t->span.start < b1 || t->span.start - b1 > GROUNDS_REACH) return 0;
  for (size_t j = b1; j + 3 <= t->span.start && !open; j++)
    open = !memcmp(s->text + j, "\xE4\xBB\xA5", 3); /* 以 */
  if (!open) return 0;
  if (stop > t->span.end + GROUNDS_REACH) stop = t->span.end + GROUNDS_REACH;
  for (size_t j = t->span.end; j + 6 <= stop; j++)
    if (!memcmp(s->text + j, "\xE4\xB8\xBA\xE7\x94\xB1", 6)) return 1; /* 为由 */
  return 0;
}

/* Does clause cl hold a trigger whose predicate takes values of kind,
 * not one in the grounds after a Chinese value ending at b1 (in_grounds;
 * SIZE_MAX: none)? */
static int clause_has_trigger(const cd_scratch *s, const cd_predicate *preds, int cl, cd_value_kind kind,
                              size_t b1) {
  for (size_t j = 0; j < s->nt; j++)
    if (in_clause(s, &s->t[j], cl) && !preds[s->t[j].pred].negates &&
        (preds[s->t[j].pred].values & CD_VALUE_BIT(kind)) && !in_grounds(s, &s->t[j], b1))
      return 1;
  return 0;
}

/* Bytes between trigger [a0, a1) and value [b0, b1); a value inside a
 * gapped trigger ("撤销 ... 禁令" around 今年4月禁止) is as far as the
 * nearer end, so that a trigger beside it wins. */
static size_t gap(size_t a0, size_t a1, size_t b0, size_t b1) {
  if (a1 <= b0) return b0 - a1;
  if (b1 <= a0) return a0 - b1;
  if (a0 < b0 && b1 < a1) return b0 - a0 < a1 - b1 ? b0 - a0 : a1 - b1;
  return 0;
}

/* Do triggers x and y share bytes? */
static int overlap(const cd_trigger *x, const cd_trigger *y) {
  return x->span.start < y->span.end && y->span.start < x->span.end;
}

/* The bytes trigger j covers together with the triggers it overlaps: a
 * gapped key and the key that starts on its last word are one phrase
 * ("cut its own tariffs on American goods to 10 percent": cut ... tariffs
 * and "tariffs on"), so an amount after the phrase is as near to either,
 * and the longer key takes it (attach_values). Triggers are in text
 * order and none is longer than `longest` bytes, so only the triggers
 * within that reach of j are read: O(1) a trigger for a sentence of
 * ordinary keys, never O(triggers). */
static void phrase_of(const cd_scratch *s, size_t j, size_t longest, size_t *a0, size_t *a1) {
  *a0 = s->t[j].span.start;
  *a1 = s->t[j].span.end;
  for (size_t k = j + 1; k < s->nt && s->t[k].span.start < s->t[j].span.end; k++)
    if (s->t[k].span.end > *a1) *a1 = s->t[k].span.end;
  for (size_t k = j; k-- > 0 && s->t[k].span.start + longest > s->t[j].span.start;)
    if (overlap(&s->t[k], &s->t[j])) {
      if (s->t[k].span.start < *a0) *a0 = s->t[k].span.start;
      if (s->t[k].span.end > *a1) *a1 = s->t[k].span.end;
    }
}

/* The length of the longest trigger of the sentence. O(triggers). */
static size_t longest_trigger(const cd_scratch *s) {
  size_t most = 0;
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].span.end - s->t[j].span.start > most) most = s->t[j].span.end - s->t[j].span.start;
  return most;
}

/* Does a date at [b0, b1) stand on the side of trigger [a0, a1) that its
 * language does not attach it to? Chinese puts the time before its verb
 * (今年4月禁止, 7月31日约谈); English after it ("the ban imposed in April
 * was lifted on Monday"), unless the date opens the clause ("On Monday,
 * ..."), which the roaming rule below handles. */
static int wrong_side(cd_lang lang, size_t a0, size_t b0) {
  return lang == CD_LANG_ZH ? a0 < b0 : a0 > b0;
}

/* Does a Chinese date at [b0, b1) open a modifier of a noun: 的 after it in
 * its clause, before any trigger ("符合2024年通过的一项法律", "2024年…的立法")?
 * It then dates that noun, which the rules do not know, and never the
 * verb before it (框架协议符合2024年…的立法: the law's year, not the
 * deal's). */
static int modifies_noun(const cd_scratch *s, size_t b1) {
  int cl = cd_clause_of(&s->clauses, b1);
  size_t stop = cd_clause_end(&s->clauses, cl, s->len);
  for (size_t k = 0; k < s->nt; k++)
    if (s->t[k].span.start >= b1) {
      if (s->t[k].span.start < stop) stop = s->t[k].span.start;
      break;
    }
  for (size_t j = b1; j + 3 <= stop; j++)
    if (!memcmp(s->text + j, "\xE7\x9A\x84", 3)) return 1; /* 的 */
  return 0;
}

/* Is the English date at [b0, b1) attributive: after a determiner and
 * before the noun it dates ("an April decision to ban", "its March 5
 * ruling", "the October controls")? It then names the event of that noun
 * phrase and, as a Chinese date does, attaches forward: never to the verb
 * before it ("reversed an April decision"). A closed class of determiners,
 * like clause.c's coordinators. */
static int attributive(const char *t, size_t len, size_t b0, size_t b1) {
  static const char *const dets[] = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that"};
  size_t e = b0, w;
  if (b1 + 1 >= len || t[b1] != ' ' || !(t[b1 + 1] >= 'a' && t[b1 + 1] <= 'z')) return 0;
  /* "the 2027 model year" is the year itself, no noun it dates */
  if (len - b1 >= 11 && !memcmp(t + b1, " model year", 11)) return 0;
  while (e > 0 && t[e - 1] == ' ') e--;
  if (e == b0) return 0;
  w = e;
  while (w > 0 && t[w - 1] >= 'a' && t[w - 1] <= 'z') w--;
  if (w > 0 && (unsigned char)t[w - 1] >= 0x80) return 0;
  for (size_t i = 0; i < sizeof dets / sizeof *dets; i++) /* the first byte first: most differ there */
    if (dets[i][0] == t[w] && strlen(dets[i]) == e - w && !memcmp(t + w, dets[i], e - w)) return 1;
  return 0;
}

/* Past one of words[0, n) (each with its trailing space) at pos, else pos.
 * The first byte first: most words differ there, and are then passed
 * without a strlen or a memcmp. */
static size_t past_word(const char *t, size_t len, size_t pos, const char *const *words, size_t n) {
  if (pos >= len) return pos;
  for (size_t i = 0; i < n; i++) {
    size_t k;
    if (t[pos] != words[i][0]) continue;
    k = strlen(words[i]);
    if (pos + k <= len && !memcmp(t + pos, words[i], k)) return pos + k;
  }
  return pos;
}

/* Does an English relative clause without a comma open at pos, right
 * after a noun ("the ban [that] it had imposed in April")? Its verb's end,
 * else 0: "that"/"which", a pronoun subject, an auxiliary, a verb in -ed.
 * Closed classes, like clause.c's coordinators. */
static size_t relative_verb_end(const char *t, size_t len, size_t pos) {
  static const char *const rel[] = {"that ", "which "};
  static const char *const subj[] = {"it ", "they ", "he ", "she ", "we "};
  static const char *const aux[] = {"had ", "has ", "have "};
  size_t p, e;
  if (pos >= len || t[pos] != ' ') return 0;
  p = past_word(t, len, pos + 1, rel, 2);
  e = past_word(t, len, p, subj, 5);
  if (e == p) return 0;
  e = past_word(t, len, e, aux, 3);
  p = e;
  while (e < len && t[e] >= 'a' && t[e] <= 'z') e++;
  return e >= p + 4 && t[e - 2] == 'e' && t[e - 1] == 'd' ? e : 0;
}

/* The date of the relative clause right after trigger j ("lifted the ban
 * it had imposed in April"): in j's clause, after the clause's verb, with
 * no trigger between; its index, or -1. Such a date is the object's, not
 * j's. */
static int relative_date(const cd_scratch *s, size_t j) {
  const cd_trigger *tr = &s->t[j];
  size_t verb = tr->tail == tr->span.end ? relative_verb_end(s->text, s->len, tr->span.end) : 0;
  if (!verb || (j + 1 < s->nt && s->t[j + 1].span.start < verb + 1)) return -1;
  for (size_t v = 0; v < s->nv; v++)
    if (s->vals[v].kind == CD_VALUE_DATE && s->vals[v].span.start > verb &&
        cd_clause_of(&s->clauses, s->vals[v].span.start) == tr->clause &&
        (j + 1 >= s->nt || s->t[j + 1].span.start > s->vals[v].span.start))
      return (int)v;
  return -1;
}

/* Does English amount v open a conjunct ("added 15 entities to one list
 * and 10 companies to another": the 10 is the second list's)? Right
 * after "and". Then the next trigger of predicate pred after it in its
 * clause vcl is its own: that trigger's index, or -1. O(triggers). */
static int conjunct_trigger(const cd_scratch *s, const cd_value *v, int vcl, int pred) {
  size_t at = v->span.start;
  while (at > 0 && s->text[at - 1] == ' ') at--;
  if (at < 4 || memcmp(s->text + at - 4, " and", 4)) return -1;
  for (size_t k = 0; k < s->nt; k++)
    if (s->t[k].span.start >= v->span.end && s->t[k].clause == vcl && s->t[k].pred == pred) return (int)k;
  return -1;
}

/* Is value [b0, b1) inside gapped trigger t, between its two parts
 * ("cut, from May, the tariffs", 对等关税在5月被下调)? It is then on no
 * wrong side: the verb may be either part. */
static int inside_gap(const cd_trigger *t, size_t b0, size_t b1) {
  return t->tail < t->span.end && b0 >= t->span.start && b1 <= t->tail;
}

/* Is clause cl one of trigger t's: the clause of its start, or of a
 * gapped key's second part ("The tariffs, which took effect in April,
 * were cut to 30%": the cut and its 30% are in the last clause)? */
static int in_clause(const cd_scratch *s, const cd_trigger *t, int cl) {
  return t->clause == cl || (t->tail < t->span.end && cd_clause_of(&s->clauses, t->tail) == cl);
}

/* Does an English date open its clause ("On Tuesday the department
 * lifted ...", "In July the administration reversed ...")? Then it is the
 * clause's adverbial of time and governs the verb after it, not a date on
 * the wrong side; a later date belongs to what stands nearer it ("the ban
 * it had imposed in April"). "on "/"in " may stand before it. Only for a
 * trigger of that clause: a date alone between commas ("on Thursday,
 * Sept. 4,") roams as before. */
#define CLAUSE_OPENING 4 /* bytes a date may start after its clause's start */
static int opens_clause(const cd_scratch *s, cd_lang lang, int cl, size_t start) {
  size_t from = cd_clause_start(&s->clauses, cl);
  while (from < start && s->text[from] == ' ') from++;
  return lang != CD_LANG_ZH && start >= from && start - from <= CLAUSE_OPENING;
}

static int keep_room(state *st, size_t n);

/* The sentence's entities, sorted and unique, in the arena: computed once
 * a sentence and shared by its claims; with extra ones (a claim borrowed
 * from an earlier sentence) a set of its own. Sorted in the scratch
 * (st->keep) and copied once unique: a name said twice in a sentence
 * takes no room in the list. */
static int sentence_entities(state *st, int **out, size_t *n, const int *extra, size_t nextra) {
  cd_scratch *s = &st->s;
  size_t k = 0;
  int *v, *w;
  if (!nextra && st->ents_done) {
    *out = st->ents;
    *n = st->nents;
    return 0;
  }
  if (keep_room(st, s->nm + nextra) < 0) return CD_ENOMEM; /* room for every match: no count first */
  w = st->keep;
  for (size_t i = 0; i < s->nm; i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY) w[k++] = s->m[i].p->index;
  for (size_t i = 0; i < nextra; i++) w[k++] = extra[i];
  cd_sort_ints(w, k);
  *n = 0;
  for (size_t i = 0; i < k; i++)
    if (*n == 0 || w[*n - 1] != w[i]) w[(*n)++] = w[i];
  if (!(v = cd_arena_ints(&st->ex->arena, *n))) return CD_ENOMEM;
  memcpy(v, w, *n * sizeof *v);
  *out = v;
  if (!nextra) {
    st->ents = v;
    st->nents = *n;
    st->ents_done = 1;
  }
  return 0;
}

static int warn(cd_extraction *ex, cd_span span, int claim, size_t kept, size_t dropped) {
  cd_warning *w;
  if (cd_array_reserve((void **)&ex->warnings, &ex->cap_warnings, ex->nwarnings + 1, sizeof *w) < 0)
    return CD_ENOMEM;
  w = &ex->warnings[ex->nwarnings++];
  w->span = span;
  w->claim = claim;
  w->kept = kept;
  w->dropped = dropped;
  return 0;
}

/* The claims that more values reached than they hold (st->over), each a
 * warning after its sentence's own (claims and warnings are both in text
 * order). */
static int warn_full_claims(const state *st) {
  cd_extraction *ex = st->ex;
  cd_warning *sentence_warnings = ex->warnings;
  size_t nsw = ex->nwarnings, k = 0, o = 0;
  int error = 0;
  ex->warnings = NULL;
  ex->nwarnings = ex->cap_warnings = 0;
  for (size_t c = 0; c < ex->nclaims && !error; c++) {
    const cd_claim *cl = &ex->claims[c];
    cd_span span = cd_extraction_claim_span(ex, cl);
    for (; k < nsw && sentence_warnings[k].span.start <= span.start && !error; k++)
      error = warn(ex, sentence_warnings[k].span, sentence_warnings[k].claim, sentence_warnings[k].kept,
                   sentence_warnings[k].dropped);
    if (o < st->nover && st->over[o].claim == c && !error)
      error = warn(ex, span, (int)c, cl->nvalues, st->over[o++].over);
  }
  for (; k < nsw && !error; k++)
    error = warn(ex, sentence_warnings[k].span, sentence_warnings[k].claim, sentence_warnings[k].kept,
                 sentence_warnings[k].dropped);
  free(sentence_warnings);
  return error;
}

char *cd_warning_text(const cd_warning *w, char *buf, size_t n) {
  if (w->claim == CD_WARNING_BYTES)
    snprintf(buf, n, "a sentence of %zu bytes: the first %zu are read, the %zu after them make no claim",
             w->kept + w->dropped, w->kept, w->dropped);
  else if (w->claim < 0)
    snprintf(buf, n, "a sentence with %zu values: the first %zu are read, the %zu after them make no claim",
             w->kept + w->dropped, w->kept, w->dropped);
  else
    snprintf(buf, n,
             "a claim that %zu values reached: it holds the first %zu, the %zu after them are not compared",
             w->kept + w->dropped, w->kept, w->dropped);
  return buf;
}

/* 1. The sentence's text, its lexicon matches (entities, triggers, cues),
 *    its clauses and its values, into the scratch (read here, or taken from the
 *    reader ahead): O(bytes). */
static int read_sentence(state *st, int si) {
  const cd_sentence *sen = &st->ex->sentences[si];
  cd_scratch *s = &st->s;
  cd_span whole = {sen->span.start, sen->span.end};
  size_t len = sen->nspan.end - sen->nspan.start;
  cd_read r;
  int error;
  s->text = st->ex->norm.ptr + sen->nspan.start;
  s->nm = 0;
  st->ents_done = 0;
  if (st->ahead)
    error = cd_ahead_take(st->ahead, (size_t)si, &r, &s->m, &s->capm, &s->clauses, s->vals);
  else
    error = cd_read_sentence(&st->reading, s->text, len, &r, &s->m, &s->capm, &s->clauses, s->vals);
  if (error < 0) return error;
  s->len = r.len;
  s->nm = r.nm;
  s->nv = r.nv;
  s->cues = r.cues;
  if (s->len < len && (error = warn(st->ex, whole, CD_WARNING_BYTES, s->len, len - s->len)) < 0) return error;
  return r.more ? warn(st->ex, whole, CD_WARNING_VALUES, s->nv, r.more) : 0;
}

/* Is match i a country or region inside the name of a body the rules do
 * not know: the next match but triggers an organization cue (协会,
 * "council", 律师事务所) at most ORG_NAME_GAP bytes on, in its clause (美国律师事务所,
 * 美国进口商与零售商理事会, "the US-China Business Council")? Such a body
 * is no state: the country names nobody of the claim. */
static int country_in_name(const state *st, size_t i) {
  const cd_scratch *s = &st->s;
  const cd_match *m = &s->m[i];
  size_t j = i + 1;
  if (m->p->kind != CD_LEX_ENTITY || !st->e->rs->entities[m->p->index].weak) return 0;
  /* the next match, past the other countries of the name (US-China)
   * and the words of its trade (进口商 in 美国进口商与零售商理事会) */
  while (j < s->nm && s->m[j].span.start <= m->span.end + ORG_NAME_GAP &&
         ((s->m[j].p->kind == CD_LEX_ENTITY && st->e->rs->entities[s->m[j].p->index].weak &&
           s->m[j].span.start <= s->m[j - 1].span.end + 1) ||
          s->m[j].p->kind == CD_LEX_PREDICATE))
    j++;
  return j < s->nm && s->m[j].p->kind == CD_LEX_CUE && s->m[j].p->index == CD_CUE_ORGANIZATION &&
         s->m[j].span.start >= m->span.end && s->m[j].span.start - m->span.end <= ORG_NAME_GAP &&
         cd_clause_of(&s->clauses, m->span.start) == cd_clause_of(&s->clauses, s->m[j].span.start);
}

/* The country or region entity e belongs to, through at most depth
 * groups (Taiwan's MOEA: taiwan_gov, then taiwan), or -1. */
static int home_of(const cd_ruleset *rs, int e, int depth) {
  const cd_entity *x = &rs->entities[e];
  if (x->weak) return e;
  for (size_t g = 0; depth > 0 && g < x->ngroups; g++) {
    int h = home_of(rs, x->groups[g], depth - 1);
    if (h >= 0) return h;
  }
  return -1;
}

/* Is match i an agency named by a bare title (商务部, 经济部, 外交部) right
 * after another country's name (德国经济部, 韩国商务部)? It is that
 * country's ministry, which the rules do not know; the country before it
 * stands for it. Not after its own country (中国商务部). */
static int foreign_agency(const state *st, size_t i) {
  const cd_ruleset *rs = st->e->rs;
  const cd_match *m = &st->s.m[i], *p = i > 0 ? &st->s.m[i - 1] : NULL;
  int own;
  if (!p || m->p->kind != CD_LEX_ENTITY || p->p->kind != CD_LEX_ENTITY || p->span.end != m->span.start ||
      !rs->entities[m->p->index].agency || !rs->entities[p->p->index].weak)
    return 0;
  own = home_of(rs, m->p->index, 3);
  return own >= 0 && !cd_rules_related(rs, own, p->p->index) && !cd_rules_related(rs, p->p->index, own);
}

/* Is match i a place that starts a company's name: the company's match
 * right after it, a space between at most (江苏天墨半导体 where the
 * rules know 天墨半导体, "Shenzhen Yunrui")? Chinese firms carry their
 * province or city in their names; such a place names nowhere. */
static int place_in_name(const state *st, size_t i) {
  const cd_scratch *s = &st->s;
  const cd_match *m = &s->m[i], *n = i + 1 < s->nm ? &s->m[i + 1] : NULL;
  if (m->p->kind != CD_LEX_ENTITY || !st->e->rs->entities[m->p->index].place || !n ||
      n->p->kind != CD_LEX_ENTITY || !st->e->rs->entities[n->p->index].company)
    return 0;
  return n->span.start == m->span.end || (n->span.start == m->span.end + 1 && s->text[m->span.end] == ' ');
}

/* Is predicate match i the first word of a list's name, an entity that
 * starts right after it, past an opening quote at most, and ends in 清单 or
 * 名单: 列入出口管制「未经核实清单」 names the list, and reports no ban, as
 * 制裁名单 (an ignore key) reports no sanction. */
static int names_list(const state *st, size_t i) {
  static const char *const quotes[] = {"\xE3\x80\x8C", "\xE3\x80\x8E", "\xE2\x80\x9C", "\xE3\x80\x8A",
                                       "\""}; /* 「 『 “ 《 " */
  const cd_scratch *s = &st->s;
  const cd_match *m = &s->m[i];
  size_t at = m->span.end;
  unsigned char c = at < s->len ? (unsigned char)s->text[at] : 0;
  /* most bytes there start no quote: E3 「 『 《, E2 “, or " */
  for (size_t q = 0; (c == 0xE3 || c == 0xE2 || c == '"') && q < sizeof quotes / sizeof *quotes; q++) {
    size_t k;
    if (at >= s->len || s->text[at] != quotes[q][0]) continue;
    k = strlen(quotes[q]);
    if (at + k <= s->len && !memcmp(s->text + at, quotes[q], k)) at += k;
  }
  for (size_t j = i + 1; j < s->nm && s->m[j].span.start <= at; j++) {
    const cd_match *e = &s->m[j];
    if (e->p->kind == CD_LEX_ENTITY && e->span.start == at && e->span.end - e->span.start >= 6 &&
        (!memcmp(s->text + e->span.end - 6, "\xE6\xB8\x85\xE5\x8D\x95", 6) || /* 清单 */
         !memcmp(s->text + e->span.end - 6, "\xE5\x90\x8D\xE5\x8D\x95", 6)))  /* 名单 */
      return 1;
  }
  return 0;
}

/* The original byte of normalised offset pos of sentence si. */
static unsigned char orig_at(const state *st, int si, size_t pos) {
  return (unsigned char)
      st->ex->doc->bytes[cd_norm_orig(&st->ex->norm, st->ex->sentences[si].nspan.start + pos)];
}

static int capital(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}

/* Is the sentence set in title case (a headline: "China Bans Key Projects
 * From Purchasing Products")? Three words of four letters or more
 * capitalised, and one such word at most not. O(sentence). */
static int title_case(const state *st, int si) {
  const cd_scratch *s = &st->s;
  size_t words = 0, caps = 0;
  for (size_t i = 0; i < s->len; i++) {
    size_t j = i;
    if ((i && s->text[i - 1] != ' ') || s->text[i] < 'a' || s->text[i] > 'z') continue;
    while (j < s->len && s->text[j] >= 'a' && s->text[j] <= 'z') j++;
    if (j - i < 4) continue;
    words++;
    caps += capital(orig_at(st, si, i));
  }
  return caps >= 3 && words - caps <= 1;
}

/* Is English predicate match m a one-word key inside a name the rules do
 * not know: capitalised, and so is the word right before it (not after
 * a possessive) or right after it (not "No."), or an ampersand follows
 * ("Hanbit Investment & Securities", "Office of Investment Security",
 * "the Export Administration Regulations"), in a sentence not set in
 * title case (*title: -1 until the sentence is read for it)? Such a name
 * reports no investment. O(1), and O(sentence) once a sentence. */
static int in_name(const state *st, int si, const cd_match *m, int *title) {
  const cd_scratch *s = &st->s;
  size_t a = m->span.start, b = m->span.end;
  int before = 0, after = 0;
  if (st->ex->sentences[si].lang != CD_LANG_EN || !a || !capital(orig_at(st, si, a)) ||
      memchr(s->text + a, ' ', b - a))
    return 0;
  /* capitalised after a colon, a quote or a dash: a sentence's first word
   * ("trader_hk: Bought Tianlan back") */
  if (a >= 2 && s->text[a - 1] == ' ' && !(s->text[a - 2] >= 'a' && s->text[a - 2] <= 'z') &&
      !(s->text[a - 2] >= '0' && s->text[a - 2] <= '9') && s->text[a - 2] != ',' && s->text[a - 2] != '.')
    return 0;
  /* not after a possessive: MOFCOM's Announcement No. 13 is an act */
  if (a >= 3 && s->text[a - 1] == ' ' && !(s->text[a - 2] == 's' && s->text[a - 3] == '\'')) {
    size_t w = a - 1;
    while (w > 0 && s->text[w - 1] != ' ') w--;
    before = w > 0 && s->text[w] >= 'a' && s->text[w] <= 'z' && capital(orig_at(st, si, w));
  }
  if (b + 1 < s->len && s->text[b] == ' ')
    after = s->text[b + 1] == '&' ||
            (s->text[b + 1] >= 'a' && s->text[b + 1] <= 'z' && capital(orig_at(st, si, b + 1)) &&
             !(b + 4 <= s->len && !memcmp(s->text + b + 1, "no.", 3)));
  if (!before && !after) return 0;
  if (*title < 0) *title = title_case(st, si);
  return !*title;
}

/* 3. A country inside an unknown body's name is dropped from the
 *    sentence's matches (it names nobody), and a place that starts a
 *    company's name becomes part of the company's match; the entity matches become the
 *    document's mentions (in sentence order), the predicate matches the
 *    triggers (in text order, but for a word of a name: in_name), each in
 *    its clause and CD_TRIG_FREE. */
static int record_matches(state *st, int si) {
  cd_extraction *ex = st->ex;
  cd_scratch *s = &st->s;
  size_t kept = 0;
  int bodies = (s->cues & CD_CUE_BIT(CD_CUE_ORGANIZATION)) != 0; /* else no country is in a name */
  int title = -1;                                                /* in_name: not read yet */
  /* in place: the test of match i reads only matches from i on */
  for (size_t i = 0; i < s->nm; i++) {
    if (s->m[i].p->kind == CD_LEX_ENTITY) {
      if (place_in_name(st, i)) {
        s->m[i + 1].span.start = s->m[i].span.start; /* the name is the company's */
        continue;
      }
      if (bodies && country_in_name(st, i)) continue;
      if (foreign_agency(st, i)) continue;
    }
    if (kept < i) s->m[kept] = s->m[i];
    kept++;
  }
  s->nm = kept;
  s->nt = 0;
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind == CD_LEX_ENTITY || m->p->kind == CD_LEX_CONTEXT) {
      cd_mention *mn;
      if (grow((void **)&ex->mentions, &st->cap_mentions, ex->nmentions, sizeof *mn) < 0) return CD_ENOMEM;
      mn = &ex->mentions[ex->nmentions++];
      mn->entity = m->p->index;
      mn->sentence = si;
      mn->start = (uint16_t)m->span.start; /* within s->len <= SENTENCE_BYTES_MAX */
      mn->end = (uint16_t)m->span.end;
    } else if (m->p->kind == CD_LEX_PREDICATE && !names_list(st, i) && !in_name(st, si, m, &title)) {
      cd_trigger *t, *last;
      if (grow((void **)&s->t, &s->capt, s->nt, sizeof *t) < 0) return CD_ENOMEM;
      t = &s->t[s->nt]; /* made in place: kept unless it folds into the last */
      last = s->nt ? &s->t[s->nt - 1] : NULL;
      *t = (cd_trigger){.span = m->span, .tail = m->tail_start, .pred = m->p->index};
      if (cd_rules_inverts(&st->e->rs->predicates[t->pred])) {
        t->pred = st->e->rs->predicates[t->pred].opposite;
        t->inverted = 1;
      }
      t->state = CD_TRIG_FREE;
      t->clause = cd_clause_of(&s->clauses, m->span.start);
      t->term = m->p->term;
      /* two keys of one predicate that share bytes are one trigger, the
       * longer: "are not affected by" is "are ... affected" (its gap holds
       * the negation) and "affected by", one event, not two told apart */
      if (last && last->pred == t->pred && overlap(last, t)) {
        if (t->span.end - t->span.start > last->span.end - last->span.start) *last = *t;
        continue;
      }
      s->nt++;
    }
  }
  return 0;
}

/* The predicate of the object trigger j's key holds at its end ("lifted
 * the ban": ban), another predicate's trigger that takes dates, with its
 * key in *term; else -1. A scan of the key's words after its first. */
static int object_of(const state *st, size_t j, const cd_term **term) {
  const cd_scratch *s = &st->s;
  const cd_trigger *tr = &s->t[j];
  const char *sp = memchr(s->text + tr->span.start, ' ', tr->span.end - tr->span.start);
  cd_match *m = NULL;
  size_t n = 0, cap = 0, from;
  int pred = -1;
  if (!sp) return -1;
  from = (size_t)(sp + 1 - s->text);
  if (cd_lexicon_scan(st->e->lex, s->text + from, tr->span.end - from, &m, &n, &cap) < 0) n = 0;
  for (size_t i = 0; i < n && pred < 0; i++) {
    const cd_predicate *p;
    if (m[i].p->kind != CD_LEX_PREDICATE || from + m[i].span.end != tr->span.end) continue;
    p = &st->e->rs->predicates[m[i].p->index];
    if (m[i].p->index == tr->pred || p->negates || !(p->values & CD_VALUE_BIT(CD_VALUE_DATE))) continue;
    pred = m[i].p->index;
    if (term) *term = m[i].p->term;
  }
  free(m);
  return pred;
}

/* Where the last ',' of t[0, at) is, plus one; 0 when there is none.
 * Eight bytes at a time (cd_zero_bytes8): a clause is mostly words. */
static size_t after_last_comma(const char *t, size_t at) {
  const uint64_t commas = 0x0101010101010101u * ',';
  for (; at >= 8; at -= 8) {
    uint64_t v;
    memcpy(&v, t + at - 8, 8);
    if (cd_zero_bytes8(v ^ commas)) break;
  }
  while (at > 0 && t[at - 1] != ',') at--;
  return at;
}

/* Is date v one that trigger t, before it, cannot take: the date stands
 * in an English relative clause opened after t's noun (", which had been
 * in effect since September 29": the rule's day, not its suspension's),
 * the last comma before it the clause's? *comma caches after_last_comma
 * of v's start, SIZE_MAX till asked: once a value, whatever its triggers.
 * O(bytes before v), once. */
static int relative_clause_date(const cd_scratch *s, const cd_trigger *t, const cd_value *v, size_t *comma) {
  if (v->span.start < t->span.end) return 0;
  if (*comma == SIZE_MAX) *comma = after_last_comma(s->text, v->span.start);
  return *comma > t->span.end && *comma + 6 <= v->span.start && !memcmp(s->text + *comma, " which", 6);
}

/* Does a trigger that takes dates stand between date v and the second
 * part of gapped trigger j, v inside j's gap? A Chinese date dates the
 * verb after it: in 取消今年4月对进口商品加征的关税 April is when the
 * tariffs were imposed (加征), not cancelled (取消 ... 关税).
 * O(triggers). */
static int inner_trigger(const state *st, size_t j, const cd_value *v) {
  const cd_scratch *s = &st->s;
  for (size_t k = 0; k < s->nt; k++) {
    const cd_predicate *p = &st->e->rs->predicates[s->t[k].pred];
    if (k != j && !p->negates && (p->values & CD_VALUE_BIT(CD_VALUE_DATE)) &&
        s->t[k].span.start >= v->span.end && s->t[k].span.end <= s->t[j].tail)
      return 1;
  }
  return 0;
}

/* 6. Each value goes to its nearest trigger that takes the kind, in the
 *    same clause: "恢复销售H20芯片，此事与两国之间..." must not sell two
 *    countries; a date to one on the side its language puts dates of
 *    verbs (wrong_side), when its clause has one. O(values x triggers), at most SENTENCE_VALUES_MAX values. */
static void attach_values(state *st, int si) {
  const cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  cd_lang lang = st->ex->sentences[si].lang;
  size_t longest = st->longest;
  for (size_t v = 0; v < s->nv; v++) {
    const cd_value *val = &s->vals[v];
    int vcl = cd_clause_of(&s->clauses, val->span.start), best = -1;
    int roams = -1; /* may it go to another clause? -1: not asked yet */
    /* an attributive date attaches forward, as Chinese dates do, even
     * inside a gapped key ("reversed an April decision to ban": the ban's) */
    cd_lang side = val->kind == CD_VALUE_DATE && lang != CD_LANG_ZH &&
                           attributive(s->text, s->len, val->span.start, val->span.end)
                       ? CD_LANG_ZH
                       : lang;
    size_t bestd = (size_t)-1, comma = SIZE_MAX;
    for (size_t j = 0; j < s->nt; j++) {
      const cd_predicate *p = &preds[s->t[j].pred];
      size_t d;
      int rel;
      if (p->negates || !(p->values & CD_VALUE_BIT(val->kind)) || caps_another(st, j)) continue;
      rel = val->kind == CD_VALUE_DATE && relative_date(s, j) == (int)v;
      if (rel && object_of(st, j, NULL) >= 0) continue;
      if (val->kind == CD_VALUE_DATE && lang == CD_LANG_EN && relative_clause_date(s, &s->t[j], val, &comma))
        continue;
      if (val->kind == CD_VALUE_DATE && lang == CD_LANG_ZH &&
          ((inside_gap(&s->t[j], val->span.start, val->span.end) && inner_trigger(st, j, val)) ||
           in_grounds(s, &s->t[j], val->span.end)))
        continue;
      if (val->kind == CD_VALUE_DATE) {
        d = gap(s->t[j].span.start, s->t[j].span.end, val->span.start, val->span.end);
      } else {
        size_t a0, a1;
        phrase_of(s, j, longest, &a0, &a1);
        d = gap(a0, a1, val->span.start, val->span.end);
      }
      if (val->kind == CD_VALUE_DATE && wrong_side(side, s->t[j].span.start, val->span.start) &&
          (side != lang || !inside_gap(&s->t[j], val->span.start, val->span.end)))
        d = s->t[j].clause == vcl && opens_clause(s, lang, vcl, val->span.start) ? 0 : d + OTHER_SIDE;
      /* the noun before a relative clause is what the clause dates: it
       * wins over a gapped key ending on it too ("eased ... export
       * controls that it introduced in October") */
      if (rel) d = 0;
      if (!in_clause(s, &s->t[j], vcl)) {
        /* a date may head the sentence as its own clause ("9月5日，股价
         * 上涨6%", "On Monday, the senators wrote"), an amount trail it
         * ("扣押了一批激光器，货值约420万美元"): then it goes to the nearest
         * trigger anywhere, after every trigger of its clause. Counts and
         * percentages do not: "此事与两国之间" counts countries, not sales */
        if (roams < 0)
          roams = cd_value_kind_get(val->kind)->roams &&
                  !clause_has_trigger(s, preds, vcl, val->kind,
                                      val->kind == CD_VALUE_DATE && lang == CD_LANG_ZH ? val->span.end
                                                                                       : SIZE_MAX);
        if (!roams) continue;
        d += OTHER_CLAUSE;
      }
      /* of one phrase, the longer key is the event: cut ... tariffs
       * before "tariffs on", 关税 ... 降至 before 关税 */
      if (d < bestd || (d == bestd && best >= 0 && val->kind != CD_VALUE_DATE &&
                        s->t[j].span.end - s->t[j].span.start > s->t[best].span.end - s->t[best].span.start &&
                        overlap(&s->t[j], &s->t[best]))) {
        bestd = d;
        best = (int)j;
      }
    }
    /* an English amount after "and" with a trigger of its own after it
     * is that trigger's, however near the trigger before it ends */
    if (best >= 0 && val->kind != CD_VALUE_DATE && lang == CD_LANG_EN &&
        s->t[best].span.end <= val->span.start) {
      int k = conjunct_trigger(s, val, vcl, s->t[best].pred);
      if (k >= 0) {
        best = k;
        bestd = gap(s->t[k].span.start, s->t[k].span.end, val->span.start, val->span.end);
      }
    }
    /* a Chinese date after its verb that opens a noun's modifier is the
     * noun's, and so is one before a verb of a later clause
     * (援引一部1952年的法律，接管了…: the law's year, not the takeover's) */
    if (best >= 0 && val->kind == CD_VALUE_DATE && lang == CD_LANG_ZH &&
        (s->t[best].span.end <= val->span.start || s->t[best].clause != vcl) &&
        modifies_noun(s, val->span.end))
      best = -1;
    st->val_trig[v] = best;
    st->val_dist[v] = bestd;
  }
}

/* What one claim is made of, besides what its sentence gives it (place,
 * entities). */
typedef struct claim_parts {
  int predicate;       /* index into the ruleset's predicates */
  const cd_term *rule; /* the trigger; a borrowed claim keeps the earlier claim's */
  int negated;
  int hedged;        /* cd_trigger.hedged: which hedges govern it, or 0 */
  int borrowed_from; /* index of the claim whose content is borrowed, or -1 */
  int speaker;       /* entity index, or -1 */
  int reported;
  int commentator; /* 1: a commentator's words (cd_trigger.commentator) */
  int certain;     /* 1: told as sure or done (cd_trigger.certain) */
  int tense;       /* cd_trigger.tense */
} claim_parts;

/* Does the sentence of s hold a `rivals` cue (也有报道称, 说法不一)?
 * O(1). */
static int sets_rivals(const cd_scratch *s) {
  return (s->cues & CD_CUE_BIT(CD_CUE_RIVALS)) != 0;
}

/* Is the sentence of s a direct quotation: opening with a quotation mark
 * (the normalised text has ASCII ones), or with a closing mark right
 * after a comma, ? or ! and before a reporting verb ('... still buying
 * Brazil," said a trader')? O(len). */
static int direct_quote(const cd_scratch *s) {
  static const char *const verbs[] = {" said", " says", " told", " added", " adds", " asked"};
  size_t i = 0;
  while (i < s->len && s->text[i] == ' ') i++;
  if (i < s->len && s->text[i] == '"') return 1;
  if (s->len < 3) return 0;
  for (const char *q = s->text; (q = memchr(q + 1, '"', s->len - 1 - (size_t)(q - s->text))) != NULL;) {
    i = (size_t)(q - s->text);
    if (i + 1 >= s->len) break;
    if (!strchr(",?!", s->text[i - 1])) continue;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
      size_t n = strlen(verbs[k]);
      if (i + 1 + n <= s->len && !memcmp(s->text + i + 1, verbs[k], n)) return 1;
    }
  }
  return 0;
}

/* An entity index (or -1) as a claim keeps it: in 16 bits, which every
 * index fits, cd_extract_doc refusing rulesets of more than
 * CD_CLAIM_ENTITIES entities. */
static int16_t entity16(int e) {
  return (int16_t)e;
}

/* make_claim: appends the claim of sentence si made of parts and points
 * *out at it (valid until the next claim is made). Its entities are the
 * sentence's, plus the borrowed claim's; its values and date are attached
 * to it by index (attached_to) until settle_values copies them. Every
 * claim is made here.
 * Returns 0 or CD_ENOMEM. */
static int make_claim(state *st, int si, const claim_parts *parts, cd_claim **out) {
  const int *extra = NULL;
  size_t nextra = 0, nentities;
  cd_claim *c;
  cd_modality modality;
  int error;
  *out = NULL;
  if (grow((void **)&st->claims, &st->cap_claims, st->ex->nclaims, sizeof *c) < 0 ||
      grow((void **)&st->att, &st->cap_att, st->ex->nclaims - st->first, sizeof *st->att) < 0)
    return CD_ENOMEM;
  st->att[st->ex->nclaims - st->first] = (attached){.date = -1};
  c = &st->claims[st->ex->nclaims++];
  modality = parts->hedged     ? CD_MODALITY_HEDGED
             : parts->reported ? CD_MODALITY_REPORTED
                               : CD_MODALITY_ASSERTED;
  /* one literal, the bit-fields' word made in a register, not a
   * memset and a read-modify-write a field */
  *c = (cd_claim){
      .rule = parts->rule,
      .sentence = si,
      .attribution = entity16(parts->speaker),
      .agent = -1,
      .patient = -1,
      .recipient = -1,
      .trigger_entity = -1,
      .predicate = (unsigned)parts->predicate,
      .polarity = parts->negated ? CD_POLARITY_NEGATED : CD_POLARITY_AFFIRMED,
      .modality = modality,
      .borrowed = parts->borrowed_from >= 0,
      .quoted = (unsigned)st->quoted,
      .commentator = parts->speaker < 0 && parts->commentator,
      .certain = parts->certain && modality == CD_MODALITY_ASSERTED,
      /* told as to come wins: 已宣布将加征 tells the tariff as still to come */
      .done = parts->tense == CD_TENSE_DONE,
      .future = (parts->tense & CD_TENSE_FUTURE) != 0,
      .estimate = parts->hedged == CD_HEDGE_ESTIMATE,
      .rivals = (unsigned)st->rivals,
  };
  if (c->borrowed) {
    extra = st->claims[parts->borrowed_from].entities;
    nextra = st->claims[parts->borrowed_from].nentities;
  }
  if ((error = sentence_entities(st, &c->entities, &nentities, extra, nextra)) < 0) return error;
  c->nentities = (uint32_t)nentities;
  *out = c;
  return 0;
}

/* Does trigger k say again what trigger j says: the same predicate, in
 * the same clause, with the same flags and speakers ("禁止…的禁令")? */
static int same_claim(const cd_trigger *j, const cd_trigger *k) {
  return k->state == CD_TRIG_FREE && k->pred == j->pred && k->clause == j->clause &&
         k->negated == j->negated && k->hedged == j->hedged && k->speaker == j->speaker &&
         k->reported == j->reported && k->alleged_by == j->alleged_by;
}

/* Does value v stand in a reporting frame: a reporting cue in its
 * clause, after it ("发言人6日在发布会上回应称，") or before it ("..., a
 * US official said on Sunday", "the deal, first reported on Sunday,")? */
static int in_frame(const cd_scratch *s, const cd_value *v) {
  int cl = cd_clause_of(&s->clauses, v->span.start);
  for (size_t i = 0; i < s->nm; i++) {
    const cd_lex_payload *p = s->m[i].p;
    if (p->kind == CD_LEX_CUE &&
        (p->index == CD_CUE_ATTRIBUTION || p->index == CD_CUE_REPORTED || p->index == CD_CUE_SOURCE) &&
        cd_clause_of(&s->clauses, s->m[i].span.start) == cl)
      return 1;
  }
  return 0;
}

/* The reporting cue date v follows in its clause with at most "on"
 * between ("said on Wednesday that ...", "announced Tuesday it would"):
 * the day of the saying, in the clause of what is said; else NULL. */
static const cd_match *said_by(const cd_scratch *s, const cd_value *v) {
  for (size_t i = cd_match_from(s, v->span.start); i-- > 0;) {
    const cd_match *m = &s->m[i];
    size_t gap;
    if (m->span.end > v->span.start) continue;
    gap = v->span.start - m->span.end;
    if (m->p->kind != CD_LEX_CUE || m->p->index != CD_CUE_ATTRIBUTION) return NULL;
    return gap == 1 || (gap == 4 && !memcmp(s->text + m->span.end, " on ", 4)) ? m : NULL;
  }
  return NULL;
}

/* The reporting cue right after date v, the date after " on " ("the
 * ministry on Friday said the tariff will begin from 10 April"): the day
 * of the saying told before its verb; else NULL. */
static const cd_match *said_after(const cd_scratch *s, const cd_value *v) {
  size_t a = v->span.start;
  if (a < 4 || memcmp(s->text + a - 4, " on ", 4)) return NULL;
  for (size_t i = cd_match_from(s, v->span.end); i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->span.start < v->span.end) continue;
    return m->span.start == v->span.end + 1 && m->p->kind == CD_LEX_CUE && m->p->index == CD_CUE_ATTRIBUTION
               ? m
               : NULL;
  }
  return NULL;
}

/* Is date v a year that starts a span up to now ("their first talks
 * since 2019", 自2019年以来首次会晤) rather than the time of the event:
 * "since" just before it, or 以来 just after? Then the event is later,
 * and v dates nothing (as a date it would clash with the event's day),
 * nor is it a figure of its own (mark_taken). A finer date after "since"
 * is mostly when a state began ("in force since Sept. 29", "have needed
 * licences since August 2023"): the claim's date, kept. */
static int since_date(const cd_scratch *s, const cd_value *v) {
  static const char since[] = "since ", yilai[] = "\xE4\xBB\xA5\xE6\x9D\xA5"; /* 以来 */
  size_t a = v->span.start, z = v->span.end, n = sizeof since - 1;
  if (v->precision != CD_DATE_YEAR) return 0;
  if (a >= n && !memcmp(s->text + a - n, since, n) && (a == n || s->text[a - n - 1] == ' ')) return 1;
  return z + 6 <= s->len && !memcmp(s->text + z, yilai, 6);
}

/* Does the clause holding pos end in 后 / 之后 / 以后 right before its
 * break: a clause of time that tells an earlier event as the setting of
 * the next ("今年4月，中国将稀土纳入出口管制范围后，…")? Not 最后, 然后,
 * 随后, 此后, 今后 (then, later), nor 落后, 背后, 幕后 (behind). */
static int after_clause(const cd_scratch *s, size_t pos) {
  static const char *const not_after[] = {"最后", "然后", "随后", "此后", "今后", "落后",
                                          "背后", "幕后", "稍后", "滞后", "先后", "前后"};
  size_t end = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, pos), s->len);
  /* back over the break: a clause ends a byte into a fullwidth ， (clause.c) */
  while (end > pos &&
         (s->text[end - 1] == ',' || s->text[end - 1] == ' ' || (unsigned char)s->text[end - 1] == 0xEF))
    end--;
  if (end < pos + 3 || memcmp(s->text + end - 3, "\xE5\x90\x8E", 3)) return 0; /* 后 */
  for (size_t i = 0; i < sizeof not_after / sizeof *not_after; i++)
    if (end >= pos + 6 && !memcmp(s->text + end - 6, not_after[i], 6)) return 0;
  return 1;
}

/* Is trigger t followed by 后 / 之后 / 以后 and date v before it: the
 * trigger tells the setting of the act after it, which the date dates
 * ("双方12日在日内瓦会谈后发表联合声明": the statement on the 12th, the
 * talks before it)? */
static int act_after(const cd_scratch *s, const cd_trigger *t, const cd_value *v) {
  static const char *const after[] = {"\xE5\x90\x8E", "\xE4\xB9\x8B\xE5\x90\x8E",
                                      "\xE4\xBB\xA5\xE5\x90\x8E"}; /* 后 之后 以后 */
  size_t e = t->span.end;
  if (v->span.end > t->span.start) return 0;
  for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
    size_t n = strlen(after[i]);
    if (e + n <= s->len && !memcmp(s->text + e, after[i], n)) return 1;
  }
  return 0;
}

/* The values attached to trigger tj go to its claim c; of several dates
 * the nearest wins (a dateline's "Oct 14" loses to "on Monday"). A date
 * from another clause that stands in a reporting frame dates the
 * statement: it is lent (frame_date) to an event ("发言人6日回应称，中国
 * 政府…实施出口管制"), the claim's own for a verb of saying or stance
 * (`speech`: "商务部周四表示，坚决反对" opposed on Thursday). So is the
 * date of an event told as the setting of the next (after_clause): an
 * earlier measure of the same keys, which may agree with a source's date
 * but is no misdated measure of the day (今年4月…纳入出口管制范围后 against
 * the controls "introduced on Thursday"); and so is the date before a
 * trigger that 后 follows, the act after it the date's (act_after). */
static void take_values(const state *st, size_t tj, cd_claim *c, size_t *date_dist) {
  const cd_scratch *s = &st->s;
  attached *a = attached_to(st, c);
  for (size_t v = 0; v < s->nv; v++) {
    if (st->val_trig[v] != (int)tj) continue;
    if (s->vals[v].kind == CD_VALUE_DATE) {
      if (st->val_dist[v] < *date_dist && !since_date(s, &s->vals[v])) {
        a->date = (int)v;
        const cd_predicate *pr = &st->e->rs->predicates[c->predicate];
        c->date_lent =
            !pr->speech && ((st->val_dist[v] >= OTHER_CLAUSE && in_frame(s, &s->vals[v])) ||
                            (!pr->frame && said_by(s, &s->vals[v])) || after_clause(s, s->t[tj].span.start) ||
                            act_after(s, &s->t[tj], &s->vals[v]));
        *date_dist = st->val_dist[v];
      }
    } else if (a->nv < CD_CLAIM_MAX_VALUES) {
      a->v[a->nv++] = (int)v;
    } else {
      a->over++;
    }
  }
}

/* A content trigger with no date of its own takes the date of the frame
 * that announces it, the trigger right before it (the first after a frame
 * is what it announces): "商务部周二宣布，将华为列入实体清单", "the ministry
 * announced on Monday it would suspend the controls". The frame must
 * govern it (the same speaker) and no strong break stand between. The
 * date is lent: it dates the announcement, which a source may date apart
 * from the act, so it agrees but never anchors or clashes (pair.c). */
static void frame_date(const state *st, size_t j, cd_claim *c) {
  const cd_scratch *s = &st->s;
  const cd_trigger *tr = &s->t[j], *fr;
  size_t best = (size_t)-1;
  if (j == 0 || !(st->e->rs->predicates[tr->pred].values & CD_VALUE_BIT(CD_VALUE_DATE))) return;
  fr = &s->t[j - 1];
  if (fr->pred == tr->pred || fr->speaker < 0 || fr->speaker != tr->speaker ||
      !cd_speaker_announces_at(s, fr->span.start, fr->span.end) ||
      cd_clause_strong_break(&s->clauses, fr->span.end, tr->span.start))
    return;
  for (size_t v = 0; v < s->nv; v++)
    if (st->val_trig[v] == (int)j - 1 && s->vals[v].kind == CD_VALUE_DATE && st->val_dist[v] < best) {
      attached_to(st, c)->date = (int)v;
      c->date_lent = 1;
      best = st->val_dist[v];
    }
}

/* The object of trigger j dated by the relative clause after it ("lifted
 * the ban it had imposed in April": a ban, in April) is a claim of its
 * own, affirmed whatever j is, spoken by j's speaker. */
static int object_claim(state *st, int si, size_t j) {
  const cd_trigger *tr = &st->s.t[j];
  const cd_term *term = NULL;
  int v = relative_date(&st->s, j), pred;
  cd_claim *c;
  claim_parts parts;
  int error;
  if (v < 0 || (pred = object_of(st, j, &term)) < 0) return 0;
  parts = (claim_parts){pred,        term,     0, tr->hedged, -1, tr->speaker, tr->reported, tr->commentator,
                        tr->certain, tr->tense};
  if ((error = make_claim(st, si, &parts, &c)) < 0) return error;
  attached_to(st, c)->date = v;
  return 0;
}

/* A word ends_with_word looks for, with its length (no strlen a trigger). */
typedef struct {
  const char *w;
  size_t len; /* bytes of w, its leading blank counted */
} tail_word;
#define TAIL_WORD(s)                                                                                         \
  { (s), sizeof(s) - 1 }
/* Does t[0, at) end with one of words[0, n) (each with its leading
 * blank), or is it one of them less that blank (at the sentence's start)? */
static int ends_with_word(const char *t, size_t at, const tail_word *words, size_t n) {
  /* a match ends with t[at - 1] (each word is longer than its blank):
   * that byte turns down nearly every word without a compare */
  if (at == 0) return 0;
  for (size_t i = 0; i < n; i++) {
    size_t k = words[i].len, first = at + 1 == k;
    if (words[i].w[k - 1] == t[at - 1] && at + first >= k &&
        !memcmp(t + at + first - k, words[i].w + first, k - first))
      return 1;
  }
  return 0;
}

/* Is Chinese trigger j a passive participle before the noun it qualifies
 * (受管制的材料, 被禁止的产品, 遭制裁的企业): 受, 被 or 遭 right before
 * it, 的 right after? It presupposes the act, as an English relative
 * clause does: background. */
static int passive_attributive(const cd_scratch *s, size_t j) {
  static const char *const marks[] = {"受", "被", "遭"};
  size_t a = s->t[j].span.start, b = s->t[j].span.end;
  if (b + 3 > s->len || memcmp(s->text + b, "的", 3) != 0 || a < 3) return 0;
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    if (!memcmp(s->text + a - 3, marks[i], 3)) return 1;
  return 0;
}

/* Is English trigger j a past participle before the noun it qualifies,
 * after a determiner, a preposition or a verb in -ing ("serving
 * sanctioned officials", "the banned chips", "on listed firms"): the act
 * presupposed, as 遭制裁的企业 presupposes it? Not after a subject ("the
 * US sanctioned officials": the verb), nor before a word that goes on
 * with a verb phrase ("banned by", "sanctioned in 2020"). Closed classes,
 * like in_aside's. O(the two words around it). */
static int participle_attributive(const cd_scratch *s, size_t j) {
  static const tail_word before[] = {
      TAIL_WORD(" the"),     TAIL_WORD(" a"),     TAIL_WORD(" an"),      TAIL_WORD(" any"),
      TAIL_WORD(" all"),     TAIL_WORD(" some"),  TAIL_WORD(" other"),   TAIL_WORD(" its"),
      TAIL_WORD(" their"),   TAIL_WORD(" these"), TAIL_WORD(" those"),   TAIL_WORD(" of"),
      TAIL_WORD(" on"),      TAIL_WORD(" with"),  TAIL_WORD(" for"),     TAIL_WORD(" from"),
      TAIL_WORD(" between"), TAIL_WORD(" among"), TAIL_WORD(" against"), TAIL_WORD(" about")};
  static const char *const goes_on[] = {
      "by ",   "to ",   "in ", "on ",    "for ",    "with ",  "at ",    "from ", "over ",
      "and ",  "or ",   "as ", "after ", "before ", "since ", "under ", "last ", "earlier ",
      "this ", "that ", "it ", "its ",   "them ",   "their ", "the ",   "a ",    "an "};
  size_t a = s->t[j].span.start, b = s->t[j].span.end, w;
  if (b - a < 4 || memcmp(s->text + b - 2, "ed", 2) != 0 || b + 2 >= s->len || s->text[b] != ' ' ||
      s->text[b + 1] < 'a' || s->text[b + 1] > 'z' ||
      past_word(s->text, s->len, b + 1, goes_on, sizeof goes_on / sizeof *goes_on) > b + 1)
    return 0;
  if (a < 2 || s->text[a - 1] != ' ') return 0;
  if (ends_with_word(s->text, a - 1, before, sizeof before / sizeof *before)) return 1;
  /* a verb in -ing right before it */
  for (w = a - 1; w > 0 && s->text[w - 1] >= 'a' && s->text[w - 1] <= 'z'; w--) {
  }
  return a - 1 - w >= 5 && !memcmp(s->text + a - 4, "ing", 3);
}

/* Does trigger j stand in an aside (cd_claim.aside)? In English, a
 * relative clause: right after "that", "which" or "who" (its verb: "an
 * operator that buys"), or after ", which", ", whose" or ", who" opening
 * the last comma's clause before it; closed classes, like clause.c's
 * coordinators. O(bytes back to that comma). Also the noun a measure
 * is said to conform to ("in line with the consensus"), and a participle
 * before its noun (participle_attributive; in Chinese, passive_attributive). */
static int in_aside(const cd_scratch *s, cd_lang lang, size_t j) {
  static const char *const rel[] = {"which ", "whose ", "who "};
  static const tail_word bare[] = {TAIL_WORD(" that"), TAIL_WORD(" which"), TAIL_WORD(" who")};
  /* "said that exports stopped": what was said, no relative clause */
  static const tail_word says[] = {
      TAIL_WORD(" said that"),      TAIL_WORD(" says that"),   TAIL_WORD(" reported that"),
      TAIL_WORD(" announced that"), TAIL_WORD(" noted that"),  TAIL_WORD(" added that"),
      TAIL_WORD(" warned that"),    TAIL_WORD(" stated that"), TAIL_WORD(" claimed that"),
      TAIL_WORD(" confirmed that"), TAIL_WORD(" showed that"), TAIL_WORD(" so that")};
  size_t at = s->t[j].span.start;
  /* what a measure is said to conform to ("in line with the consensus
   * reached during the talks"): a thing referred to, not told */
  static const tail_word conform[] = {TAIL_WORD(" in line with the"), TAIL_WORD(" consistent with the"),
                                      TAIL_WORD(" in keeping with the"), TAIL_WORD(" in accordance with the"),
                                      TAIL_WORD(" pursuant to the")};
  if (lang != CD_LANG_EN) return passive_attributive(s, j);
  if (participle_attributive(s, j)) return 1;
  while (at > 0 && s->text[at - 1] == ' ') at--;
  if (ends_with_word(s->text, at, conform, sizeof conform / sizeof *conform)) return 1;
  /* the relative's verb right after it: "an operator that buys"; each of
     says ends with bare's " that", so it is read only after one */
  if (ends_with_word(s->text, at, bare, 3))
    return !ends_with_word(s->text, at, says, sizeof says / sizeof *says);
  if (!(at = after_last_comma(s->text, at))) return 0;
  /* a closing quotation mark after the comma: 'the "Affiliates Rule,"
   * which imposed ...' */
  while (at < s->len && (s->text[at] == ' ' || s->text[at] == '"')) at++;
  return past_word(s->text, s->len, at, rel, 3) > at;
}

/* The entity whose name is trigger j's own words ("added 10 companies to
 * the unreliable entity list": the list is the trigger and an entity,
 * the same key in two rule files), or -1. O(log matches + the matches
 * that start with the trigger). */
static int trigger_names(const cd_scratch *s, size_t j) {
  for (size_t i = cd_match_from(s, s->t[j].span.start); i < s->nm && s->m[i].span.start == s->t[j].span.start;
       i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY && s->m[i].span.end == s->t[j].span.end) return s->m[i].p->index;
  return -1;
}

/* The claim of content trigger j, with the values of the triggers folded
 * into it; then, when j's content is denied, the allegation it stood in,
 * affirmed and spoken by its own speaker ("Nvidia denied the CAC's claims
 * that ...": the CAC's). */
static int trigger_claim(state *st, int si, size_t j) {
  cd_scratch *s = &st->s;
  const cd_trigger *tr = &s->t[j];
  claim_parts parts = {tr->pred,    tr->term,     tr->negated,     tr->hedged,  -1,
                       tr->speaker, tr->reported, tr->commentator, tr->certain, tr->tense};
  size_t date_dist = (size_t)-1;
  cd_claim *c;
  const attached *held;
  int error, measured;
  cd_roles roles;
  if ((error = make_claim(st, si, &parts, &c)) < 0) return error;
  cd_roles_find(s, st->ex->sentences[si].lang, j, st->e->rs, &roles);
  c->agent = entity16(roles.agent);
  c->patient = entity16(roles.patient);
  c->recipient = entity16(roles.recipient);
  c->aside = in_aside(s, st->ex->sentences[si].lang, j);
  c->trigger_entity = entity16(trigger_names(s, j));
  take_values(st, j, c, &date_dist);
  measured = has_amount_in_clause(st, j);
  /* a trigger saying it again folds in, unless both carry amounts: "15
   * entities to one list and 10 companies to another" are two claims */
  for (size_t k = j + 1; k < s->nt && s->t[k].clause == tr->clause; k++)
    if (same_claim(tr, &s->t[k]) && !(measured && has_amount_in_clause(st, k))) {
      s->t[k].state = CD_TRIG_USED;
      take_values(st, k, c, &date_dist);
    }
  if (attached_to(st, c)->date < 0) frame_date(st, j, c);
  held = attached_to(st, c);
  c->date_ahead = held->date >= 0 && s->vals[held->date].precision <= CD_DATE_PART && !c->date_lent &&
                  st->ex->date.year && s->vals[held->date].year > st->ex->date.year;
  /* a denial that points back denies what was said, not the saying: a
   * verb of saying (证实, "confirmed") is no content to borrow */
  if (!st->e->rs->predicates[c->predicate].speech) st->last_content = (int)(c - st->claims);
  if (tr->alleged_by >= 0) {
    cd_claim *a;
    claim_parts alleged = {tr->pred, tr->term, 0, tr->hedged, -1, tr->alleged_by, 0, 0, 0, 0};
    size_t i = (size_t)(c - st->claims);
    if ((error = make_claim(st, si, &alleged, &a)) < 0) return error;
    c = &st->claims[i]; /* the arrays may have moved */
    *attached_to(st, a) = *attached_to(st, c);
    a->date_lent = c->date_lent;
    a->agent = c->agent;
    a->patient = c->patient;
    a->recipient = c->recipient;
  }
  return object_claim(st, si, j);
}

/* Has trigger j a value attached? "sold 1 million chips" is a measure,
 * "sales of the chip" a mention of a topic. */
static int has_value(const state *st, size_t j) {
  for (size_t v = 0; v < st->s.nv; v++)
    if (st->val_trig[v] == (int)j) return 1;
  return 0;
}

/* Is v a count of one or two (两国, "both sides")? It names who, it
 * measures nothing: no amount of a mention, no figure. A duration
 * measures (为期一年, "for one year"). */
static int one_or_two(const cd_ruleset *rs, const cd_value *v) {
  return v->kind == CD_VALUE_COUNT && v->num <= 2 && !v->range && !v->bound &&
         !cd_units_duration(&rs->units, v->unit);
}

/* Has trigger j an amount (a value of a kind with a magnitude: money,
 * count, percent, ratio) attached from its own clause? A mention of an
 * event ("the tariffs", 关税) is a claim only then: "a 13% tariff" is a
 * measure; a date names which event ("the April tariffs") but reports none. */
static int has_amount_in_clause(const state *st, size_t j) {
  const cd_scratch *s = &st->s;
  for (size_t v = 0; v < s->nv; v++)
    if (st->val_trig[v] == (int)j && !one_or_two(st->e->rs, &s->vals[v]) &&
        cd_value_kind_get(s->vals[v].kind)->magnitude &&
        cd_clause_of(&s->clauses, s->vals[v].span.start) == s->t[j].clause)
      return 1;
  return 0;
}

/* Is trigger j the object of an earlier trigger whose predicate governs
 * j's ("bans exports", 禁止向美国出口), in its clause or (unless
 * own_clause) within GOVERN_REACH bytes with no strong break between (a
 * list of goods holds commas: "bans gallium, germanium and antimony
 * exports")? A verb of
 * saying (urge) governs in its own clause only: 敦促…恢复出口管制，认为
 * 此前的禁令是合理的 tells of the earlier ban. O(triggers of its clause
 * and its reach before it x governed predicates). */
#define GOVERN_REACH 60
static int governed(const state *st, size_t j, int own_clause) {
  const cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  /* back from j: triggers are in text order (by start), so once one of
   * an earlier clause starts so far back that no trigger can reach from
   * it, none before it can */
  for (size_t k = j; k-- > 0;) {
    const cd_predicate *g = &preds[s->t[k].pred];
    size_t a = s->t[k].span.end, b = s->t[j].span.start;
    if (s->t[k].clause != s->t[j].clause && b > s->t[k].span.start + st->longest + GOVERN_REACH) break;
    if (s->t[k].clause != s->t[j].clause && (own_clause || g->speech || b < a || b - a > GOVERN_REACH ||
                                             cd_clause_strong_break(&s->clauses, a, b)))
      continue;
    for (size_t i = 0; i < g->ngoverns; i++)
      if (g->governs[i] == s->t[j].pred) return 1;
  }
  return 0;
}

/* Does a negation cue end right before trigger j (blanks between), or a
 * negation told after it start right after it? An adverb bound to the
 * word makes it a verb: 从未申请, "never applied"; and a noun that "fails
 * to arrive" is an event that did not happen ("China approval fails to
 * arrive"). */
static int negated_verb(const cd_scratch *s, size_t j) {
  size_t at = s->t[j].span.start, end = s->t[j].span.end;
  while (at > 0 && s->text[at - 1] == ' ') at--;
  while (end < s->len && s->text[end] == ' ') end++;
  for (size_t i = 0; i < s->nm && s->m[i].span.start <= end; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind != CD_LEX_CUE) continue;
    if (m->span.end == at && m->p->index == CD_CUE_NEGATION) return 1;
    if (m->span.start == end && m->p->index == CD_CUE_NEGATION_AFTER) return 1;
  }
  return 0;
}

/* Is English trigger j a noun named in passing, as the time or the hope
 * of what the sentence tells: one word right after "since the", "ahead
 * of the", "hopes of a" ("booked 1 million tons since the summit", "a
 * rally on hopes of a deal")? The event is the reader's to know, not a
 * claim. Only a determiner may stand between ("since the company bought"
 * is a clause), and a key of more words tells more ("after the ban was
 * lifted"). Closed classes, like in_aside's. */
static int in_passing(const cd_scratch *s, size_t j) {
  static const tail_word pre[] = {
      TAIL_WORD(" since the"),    TAIL_WORD(" after the"),     TAIL_WORD(" before the"),
      TAIL_WORD(" ahead of the"), TAIL_WORD(" following the"), TAIL_WORD(" during the"),
      TAIL_WORD(" until the"),    TAIL_WORD(" hopes of a"),    TAIL_WORD(" hopes for a"),
      TAIL_WORD(" hope of a"),    TAIL_WORD(" prospect of a"), TAIL_WORD(" prospects of a"),
      TAIL_WORD(" talk of a"),    TAIL_WORD(" hopes of an"),   TAIL_WORD(" hopes for an")};
  static const char *const det[] = {"the ", "an ", "a "};
  size_t at = s->t[j].span.start, d = past_word(s->text, s->len, at, det, 3);
  const char *key = s->t[j].term->text;
  if (d > at) at = d - 1; /* a key with its determiner: "a deal" */
  while (at > 0 && s->text[at - 1] == ' ') at--;
  /* every phrase of pre ends in "the", "a" or "an": most triggers stop here */
  if (at == 0 || (s->text[at - 1] != 'e' && s->text[at - 1] != 'a' && s->text[at - 1] != 'n')) return 0;
  key += past_word(key, strlen(key), 0, det, 3);
  if (strchr(key, ' ')) return 0; /* one noun: "the ban was lifted" tells the lifting */
  return ends_with_word(s->text, at, pre, sizeof pre / sizeof *pre);
}

/* Is trigger j a ceiling (`ceiling: true`) put on a trigger of another
 * predicate before it in its clause, with no value between them: 罚款
 * 上限为5000万元, "tariffs capped at 15%"? Then the value is that
 * trigger's and j makes no claim. A ceiling with nothing before it to
 * cap is a claim ("the fee is capped at five voyages a year"). O(triggers
 * before j + values). */
static int caps_another(const state *st, size_t j) {
  const cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  if (!preds[s->t[j].pred].ceiling) return 0;
  for (size_t k = j; k-- > 0;) {
    const cd_predicate *p = &preds[s->t[k].pred];
    if (s->t[k].clause != s->t[j].clause) break;
    if (s->t[k].span.end > s->t[j].span.start || p->negates || p == &preds[s->t[j].pred] ||
        !(p->values & preds[s->t[j].pred].values & ~CD_VALUE_BIT(CD_VALUE_DATE)))
      continue;
    for (size_t v = 0; v < s->nv; v++)
      if (s->vals[v].span.start >= s->t[k].span.end && s->vals[v].span.end <= s->t[j].span.start) return 0;
    return 1;
  }
  return 0;
}

static int only_mentions(const state *st, const cd_predicate *p, size_t j);

/* Is remark trigger j, affirmed, the frame of a claim after it: 说明 or
 * "disclosed" with a proposition for its object (财政部说明，CFIUS认定…构成
 * 风险; "disclosed that it had received a subpoena")? Then it reports
 * that claim, as 表示 does, and is no remark of its own: what was said
 * is the claim. Negated, it stays a remark (未说明涉及哪些企业). A content
 * trigger after it up to a strong break frames; another remark, or a
 * trigger that makes no claim, does not. O(triggers after j). */
static int frames_claim(const state *st, size_t j) {
  const cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  if (!preds[s->t[j].pred].remark || s->t[j].negated || s->t[j].asked) return 0;
  for (size_t k = j + 1; k < s->nt; k++) {
    const cd_predicate *p = &preds[s->t[k].pred];
    if (s->t[k].span.start < s->t[j].span.end) continue;
    if (cd_clause_strong_break(&s->clauses, s->t[j].span.end, s->t[k].span.start)) return 0;
    if (!p->remark && !p->negates && !only_mentions(st, p, k)) return 1;
  }
  return 0;
}

/* Does trigger j make no claim of its own: a topic's without a value, or
 * with one but another trigger's object in its clause (7年内禁止美国企业
 * 向其出售零部件: the seven years are the ban's, no sale's; "before the
 * April curbs, Nvidia had been on course to sell" sells), a
 * mention without an amount in its clause and no negation bound to it
 * (negated_verb), a noun named in passing (in_passing), another
 * trigger's object, a remark that frames a claim (frames_claim)? It
 * still shadowed shorter keys. */
static int only_mentions(const state *st, const cd_predicate *p, size_t j) {
  if (p->topic) return !has_value(st, j) || governed(st, j, 1);
  if (caps_another(st, j) || frames_claim(st, j)) return 1;
  return ((st->s.t[j].term->mention || in_passing(&st->s, j)) && !has_amount_in_clause(st, j) &&
          !negated_verb(&st->s, j)) ||
         governed(st, j, 0);
}

/* Is trigger k a content trigger of j's predicate with the other
 * polarity, in another clause: "covers A, but B is exempt"? */
static int contrasts(const state *st, size_t j, size_t k) {
  const cd_trigger *a = &st->s.t[j], *b = &st->s.t[k];
  const cd_predicate *p = &st->e->rs->predicates[b->pred];
  return k != j && b->pred == a->pred && b->clause != a->clause && b->negated != a->negated && !b->asked &&
         !p->negates && !only_mentions(st, p, k);
}

/* Is entity x named in [a, b)? O(matches). */
static int named_between(const cd_scratch *s, int x, size_t a, size_t b) {
  for (size_t i = 0; i < s->nm; i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY && s->m[i].p->index == x && s->m[i].span.start >= a &&
        s->m[i].span.start < b)
      return 1;
  return 0;
}

/* Is entity x named in clause cl of the sentence? */
static int named_in(const cd_scratch *s, int x, int cl) {
  return named_between(s, x, cd_clause_start(&s->clauses, cl), cd_clause_end(&s->clauses, cl, s->len));
}

/* Room in st->keep for the n entities of a claim being narrowed. */
static int keep_room(state *st, size_t n) {
  return cd_array_reserve((void **)&st->keep, &st->cap_keep, n ? n : 1, sizeof *st->keep);
}

/* c keeps the n entities st->keep[0, n), the ones of its list that a
 * narrowing left, in their order. A list with none left out stays the one
 * it shares (most often its sentence's), and one the claim before it in
 * the sentence already has is shared too; only a new list is copied into
 * the arena. Narrowing copied every list it looked at, and those copies
 * were 0.7 MB of 16 MB of kept Chinese. */
static int keep_entities(state *st, cd_claim *c, size_t n) {
  const cd_claim *prev = c > st->claims + st->first ? c - 1 : NULL;
  int *v;
  if (n == c->nentities) return 0;
  if (prev && prev->nentities == n && !memcmp(prev->entities, st->keep, n * sizeof *v)) {
    c->entities = prev->entities;
  } else {
    if (!(v = cd_arena_ints(&st->ex->arena, n))) return CD_ENOMEM;
    memcpy(v, st->keep, n * sizeof *v);
    c->entities = v;
  }
  c->nentities = (uint32_t)n;
  return 0;
}

/* c, the claim of trigger j, and a contrasting claim of trigger k are two
 * sides of one sentence: c drops the entities named in k's clause and not
 * in its own (what is covered is not what is spared). O(entities x
 * matches). */
static int narrow_to_clause(state *st, cd_claim *c, size_t j, size_t k) {
  const cd_scratch *s = &st->s;
  size_t n = 0;
  if (keep_room(st, c->nentities) < 0) return CD_ENOMEM;
  for (size_t i = 0; i < c->nentities; i++) {
    int x = c->entities[i];
    if (named_in(s, x, s->t[j].clause) || !named_in(s, x, s->t[k].clause)) st->keep[n++] = x;
  }
  return keep_entities(st, c, n);
}

/* c, the claim of trigger j, keeps the names of j's part of the sentence
 * when a strong break (but, 但, a semicolon) parts it from the rest and
 * that part names a strong entity of its own: in "…BIS已于11月10日正式发布
 * 暂停决定，…，但已被列名的企业不会因此被移出实体清单" the Entity List is
 * the removal's, not BIS's decision's or the summit's. Its speaker stays.
 * O(entities x matches). */
static int narrow_to_part(state *st, cd_claim *c, size_t j) {
  const cd_scratch *s = &st->s;
  const cd_entity *ents = st->e->rs->entities;
  size_t pos = s->t[j].span.start, a = 0, b = s->len, n = 0;
  int strong = 0;
  if (!s->clauses.ns) return 0;
  for (size_t i = 0; i < s->clauses.ns; i++) {
    if (s->clauses.strong[i] <= pos)
      a = s->clauses.strong[i];
    else if (s->clauses.strong[i] < b)
      b = s->clauses.strong[i];
  }
  for (size_t i = 0; i < c->nentities && !strong; i++) {
    const cd_entity *e = &ents[c->entities[i]];
    strong =
        c->entities[i] != c->attribution && !e->weak && !e->outlet && named_between(s, c->entities[i], a, b);
  }
  if (!strong) return 0;
  if (keep_room(st, c->nentities) < 0) return CD_ENOMEM;
  for (size_t i = 0; i < c->nentities; i++)
    if (c->entities[i] == c->attribution || named_between(s, c->entities[i], a, b))
      st->keep[n++] = c->entities[i];
  return keep_entities(st, c, n);
}

/* c, the claim of trigger j with a speaker of its own, leaves out the
 * speakers of the sentence's other statements (another trigger's
 * speaker, not j's) and the bodies they speak for, unless j's clause
 * names them: in "何立峰称会谈取得实质性进展，贝森特则表示，双方都不希望
 * 脱钩" the talks are not Bessent's nor the decoupling He Lifeng's. A
 * claim with no speaker keeps every name. O(entities x (triggers +
 * matches)), a sentence's few. */
static int narrow_to_voice(state *st, cd_claim *c, size_t j) {
  const cd_scratch *s = &st->s;
  const cd_ruleset *rs = st->e->rs;
  size_t n = 0;
  if (s->t[j].speaker < 0) return 0;
  if (keep_room(st, c->nentities) < 0) return CD_ENOMEM;
  for (size_t i = 0; i < c->nentities; i++) {
    int x = c->entities[i], other = 0;
    for (size_t k = 0; k < s->nt && !other && x != c->attribution; k++)
      other = s->t[k].speaker >= 0 && s->t[k].speaker != s->t[j].speaker &&
              cd_rules_related(rs, x, s->t[k].speaker);
    if (!other || named_in(s, x, s->t[j].clause)) st->keep[n++] = x;
  }
  return keep_entities(st, c, n);
}

/* Does clause cl open with a relative pronoun that has a subject of its
 * own right after it, an entity, "the" allowed before it ("..., which
 * the Biden administration has tried to keep out of Chinese hands")?
 * Where the pronoun is the subject ("are exempt, which will allow BYD
 * to keep assembling buses") it may stand for the clause before, whose
 * outcome the rest tells. English only: a Chinese relative clause comes
 * before its noun, with no comma. */
static int object_relative(const cd_scratch *s, int cl) {
  int m = cl > 0 ? cd_clause_subject(&s->clauses, cl) : -1;
  size_t a, n, i;
  if (m < 0) return 0;
  a = s->m[m].span.start, n = s->m[m].span.end - a;
  if (!((n == 5 && (!memcmp(s->text + a, "which", 5) || !memcmp(s->text + a, "whose", 5))) ||
        (n == 3 && !memcmp(s->text + a, "who", 3))))
    return 0;
  a += n + 1;
  if (a + 4 <= s->len && !memcmp(s->text + a, "the ", 4)) a += 4;
  i = cd_match_from(s, a);
  for (; i < s->nm && s->m[i].span.start == a; i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY) return 1;
  return 0;
}

/* c, the claim of trigger j, leaves out the names that only an object
 * relative clause (object_relative) with a trigger of its own holds,
 * another event told in passing: in "...is likely to deepen friction between Washington and
 * Beijing over advanced technology, which the Biden administration has
 * tried to keep out of Chinese hands" the friction is not the Biden
 * administration's. The relative clause's own claim keeps every name
 * (its subject is the noun before it). O(triggers x entities x
 * matches), a sentence's few. */
static int narrow_to_main(state *st, cd_claim *c, size_t j) {
  const cd_scratch *s = &st->s;
  size_t n = 0;
  for (size_t k = 0; k < s->nt; k++) {
    int cl = s->t[k].clause;
    size_t a, b;
    if (cl == s->t[j].clause || !object_relative(s, cl)) continue;
    a = cd_clause_start(&s->clauses, cl), b = cd_clause_end(&s->clauses, cl, s->len), n = 0;
    if (keep_room(st, c->nentities) < 0) return CD_ENOMEM;
    for (size_t i = 0; i < c->nentities; i++) {
      int x = c->entities[i];
      if (x == c->attribution || !named_between(s, x, a, b) || named_between(s, x, 0, a) ||
          named_between(s, x, b, s->len))
        st->keep[n++] = x;
    }
    if (keep_entities(st, c, n) < 0) return CD_ENOMEM;
  }
  return 0;
}

/* 7. One claim per content trigger occurrence, in text order: an
 *    allegation and its denial in one sentence are two claims, each with
 *    its own polarity, speaker and values. The next triggers that say
 *    the same in the same clause fold into it; a trigger of the same
 *    predicate that says the opposite in another clause contrasts with
 *    it, and each keeps the names of its own clause. *made: claims made.
 *    O(triggers^2), a sentence's few. */
static int content_claims(state *st, int si, size_t *made) {
  cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  size_t before = st->ex->nclaims;
  int error;
  for (size_t j = 0; j < s->nt; j++) {
    size_t at = st->ex->nclaims, k = 0;
    if (s->t[j].state != CD_TRIG_FREE || preds[s->t[j].pred].negates ||
        only_mentions(st, &preds[s->t[j].pred], j))
      continue;
    s->t[j].state = CD_TRIG_USED;
    if ((error = trigger_claim(st, si, j)) < 0) return error;
    if ((error = narrow_to_part(st, &st->claims[at], j)) < 0 ||
        (error = narrow_to_voice(st, &st->claims[at], j)) < 0 ||
        (error = narrow_to_main(st, &st->claims[at], j)) < 0)
      return error;
    while (k < s->nt && !contrasts(st, j, k)) k++;
    if (k < s->nt && (error = narrow_to_clause(st, &st->claims[at], j, k)) < 0) return error;
  }
  *made = st->ex->nclaims - before;
  return 0;
}

/* The bare denial's trigger of the sentence (scope.c marks at most one),
 * or s->nt. */
static size_t bare_denial(const cd_scratch *s) {
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].state == CD_TRIG_BARE_DENIAL) return j;
  return s->nt;
}

/* 7b. A denial of content of its own that no trigger tells ("denied that
 *     the timing was linked to the election", whatever later clauses
 *     tell), or of claims named as such while later clauses tell content
 *     ("denied the accusations, saying ..."; made: content claims), is its
 *     predicate's `opposite:` negated (deny's is confirm: 否认 against
 *     承认), or nothing. */
static int own_denial_claim(state *st, int si, const cd_speaker *sp, size_t made) {
  const cd_scratch *s = &st->s;
  size_t bare = bare_denial(s);
  int opposite;
  cd_claim *c;
  if (bare == s->nt ||
      !(cd_scope_denies_own(s, &s->t[bare]) || (made && cd_scope_denies_claims(s, &s->t[bare]))))
    return 0;
  if ((opposite = st->e->rs->predicates[s->t[bare].pred].opposite) < 0) return 0;
  claim_parts parts = {opposite, s->t[bare].term, 1, 0, -1, sp->entity, sp->reported, 0, 0, 0};
  return make_claim(st, si, &parts, &c);
}

/* 8. A sentence without content: a denial (or a negated "such ...") points
 *    back and borrows the last content predicate of the sentences just
 *    before, negated; with nothing to borrow, a bare denial is the claim
 *    itself, affirmed; one of its own content is 7b's. At most one claim. */
static int pointing_back_claim(state *st, int si, const cd_speaker *sp, const cd_scope *scope) {
  const cd_scratch *s = &st->s;
  size_t bare = bare_denial(s);
  cd_claim *c;
  if (bare < s->nt && cd_scope_denies_own(s, &s->t[bare])) return 0;
  if ((bare < s->nt || (scope->loose_negation && scope->anaphora)) && st->last_content >= 0 &&
      si - st->claims[st->last_content].sentence <= BORROW_SENTENCES) {
    const cd_claim *prev = &st->claims[st->last_content];
    claim_parts parts = {prev->predicate, prev->rule,   1, 0, st->last_content,
                         sp->entity,      sp->reported, 0, 0, 0};
    return make_claim(st, si, &parts, &c);
  }
  if (bare < s->nt) {
    claim_parts parts = {s->t[bare].pred, s->t[bare].term, 0, 0, -1, sp->entity, sp->reported, 0, 0, 0};
    return make_claim(st, si, &parts, &c);
  }
  return 0;
}

/* 8b. A negation that stands for what was said before it in the
 *     sentence ("The CAC said the chips had backdoors; Nvidia said they
 *     had none": scope.h, echo) is a claim of its own: the last content
 *     claim's predicate before it, from an earlier clause, negated, by
 *     the speaker of the frame between them, who must be another. */
static int echo_claim(state *st, int si, const cd_speaker *sp, const cd_scope *scope) {
  const cd_scratch *s = &st->s;
  const cd_predicate *preds = st->e->rs->predicates;
  int cl = cd_clause_of(&s->clauses, scope->echo), reported, who;
  size_t j = s->nt;
  cd_claim *c;
  for (size_t k = 0; k < s->nt && s->t[k].span.end <= scope->echo; k++)
    if (s->t[k].clause < cl && s->t[k].state == CD_TRIG_USED && !preds[s->t[k].pred].negates &&
        !only_mentions(st, &preds[s->t[k].pred], k))
      j = k;
  if (j == s->nt || s->t[j].negated || s->t[j].asked) return 0;
  who = cd_speaker_echo(sp, s->t[j].span.end, scope->echo, &reported);
  if (who < 0 || who == s->t[j].speaker) return 0;
  claim_parts parts = {s->t[j].pred, s->t[j].term, 1, 0, -1, who, reported, 0, 0, 0};
  return make_claim(st, si, &parts, &c);
}

/* Which of the sentence's values are in one of its claims (a trigger may
 * have had several dates and kept the nearest)? */
/* Is value v in a clause a condition closes, backward: a condition cue
 * whose key runs over the clause's break (…于5月13日前进口的，不加征: the
 * goods "that arrive by May 13" are exempt)? Its values are the
 * condition's (an exemption's window), no figures of the event. O(matches). */
static int conditional_value(const cd_scratch *s, const cd_value *v) {
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    int cl;
    if (m->p->kind != CD_LEX_CUE || m->p->index != CD_CUE_CONDITION) continue;
    cl = cd_clause_of(&s->clauses, m->span.start);
    if (cl != cd_clause_of(&s->clauses, m->span.end - 1) && v->span.end <= m->span.start &&
        cd_clause_of(&s->clauses, v->span.start) == cl)
      return 1;
  }
  return 0;
}

/* Is date v the day an outlet reported the news (韩联社30日报道, "Reuters
 * reported on Thursday")? It dates the report, no fact of the story, and
 * makes no figure (a source's "released Aug. 29" is no misdated 30日). */
static int report_day(const cd_scratch *s, const cd_value *v) {
  static const char reported[] = "reported on ", zh1[] = "\xE6\x8A\xA5\xE9\x81\x93", /* 报道 */
      zh2[] = "\xE6\x8A\xA5\xE5\xAF\xBC";                                            /* 报导 */
  size_t a = v->span.start, z = v->span.end, n = sizeof reported - 1;
  if (z + 6 <= s->len && (!memcmp(s->text + z, zh1, 6) || !memcmp(s->text + z, zh2, 6))) return 1;
  return a >= n && !memcmp(s->text + a - n, reported, n);
}

static void mark_taken(state *st) {
  const cd_scratch *s = &st->s;
  for (size_t v = 0; v < s->nv; v++) {
    /* a span's start dates nothing, and is no figure either; nor is a
     * report's day, nor a condition's value */
    st->taken[v] =
        (s->vals[v].kind == CD_VALUE_DATE && (since_date(s, &s->vals[v]) || report_day(s, &s->vals[v]))) ||
        conditional_value(s, &s->vals[v]);
    for (size_t k = st->first; k < st->ex->nclaims && !st->taken[v]; k++) {
      const attached *a = &st->att[k - st->first];
      st->taken[v] = a->date >= 0 && s->vals[a->date].span.start == s->vals[v].span.start;
      for (size_t i = 0; i < a->nv && !st->taken[v]; i++)
        st->taken[v] = s->vals[a->v[i]].span.start == s->vals[v].span.start;
    }
  }
}

/* Does a value no claim took make a figure: an amount or a date, but not
 * one or two of a thing, which mostly refer ("the two countries", 两国,
 * "one of the firms")? */
static int is_figure(const cd_ruleset *rs, const cd_value *v, int taken) {
  if (taken) return 0;
  if (one_or_two(rs, v)) return 0;
  return cd_value_kind_get(v->kind)->magnitude || v->kind == CD_VALUE_DATE;
}

/* The figure whose cues and speaker the figures claim takes: its first
 * amount, or its first date when it has none (最早可能于2028年投产, "could
 * begin ... as early as 2028"). s->nv for none. */
static size_t figure_lead(const state *st) {
  const cd_scratch *s = &st->s;
  size_t date = s->nv;
  for (size_t v = 0; v < s->nv; v++) {
    if (!is_figure(st->e->rs, &s->vals[v], st->taken[v])) continue;
    if (s->vals[v].kind != CD_VALUE_DATE) return v;
    if (date == s->nv) date = v;
  }
  return date;
}

/* Does a hedge govern one of the dates the figures claim takes in the
 * clause of its lead figure (lead)? A date hedged in another clause is
 * another act's ("a fee of $100 will stay in place, while a planned
 * increase on June 1 was dropped": the $100 is told as sure). */
static int hedged_date(const state *st, size_t lead) {
  const cd_scratch *s = &st->s;
  int clause = cd_clause_of(&s->clauses, s->vals[lead].span.start);
  int hedged = 0;
  for (size_t v = 0; v < s->nv; v++)
    if (s->vals[v].kind == CD_VALUE_DATE && is_figure(st->e->rs, &s->vals[v], st->taken[v]) &&
        cd_clause_of(&s->clauses, s->vals[v].span.start) == clause)
      hedged |= cd_scope_hedges(s, s->vals[v].span.start);
  return hedged;
}

/* 8c. An English reporting frame with its day right after it ("China's
 *     Ministry of Commerce said on Saturday it had opened an
 *     investigation"), or right before it ("the finance ministry on
 *     Friday said"), tells that the speaker made a statement that day:
 *     a claim of the `dated_saying` predicate (announce), the speaker its
 *     agent, the day its own date, which a summary's 商务部9月13日宣布
 *     meets. "said" only ("was added on July 29" is no saying); not
 *     where the sentence has such a claim already ("announced on
 *     Monday"), nor for a country, an outlet or a commentator. */
static int dated_saying_claim(state *st, int si, const cd_speaker *sp) {
  const cd_scratch *s = &st->s;
  const cd_entity *who = sp->entity >= 0 ? &st->e->rs->entities[sp->entity] : NULL;
  if (st->saying < 0 || st->ex->sentences[si].lang != CD_LANG_EN || !who || who->weak || who->outlet)
    return 0;
  for (size_t c = st->first; c < st->ex->nclaims; c++)
    if ((int)st->claims[c].predicate == st->saying) return 0;
  for (size_t v = 0; v < s->nv; v++) {
    const cd_match *m;
    claim_parts parts = {st->saying, NULL, 0, 0, -1, sp->entity, sp->reported, 0, 0, 0};
    cd_claim *c;
    int error;
    if (s->vals[v].kind != CD_VALUE_DATE || s->vals[v].precision < CD_DATE_DAY ||
        !((m = said_by(s, &s->vals[v])) || (m = said_after(s, &s->vals[v]))) ||
        strncmp(m->p->term->text, "said", 4))
      continue;
    parts.rule = m->p->term;
    if ((error = make_claim(st, si, &parts, &c)) < 0) return error;
    c->agent = entity16(sp->entity);
    c->said = 1;
    attached_to(st, c)->date = (int)v;
    return 0;
  }
  return 0;
}

/* 8d. A hedge or a cue of certainty that governs no trigger, inside a
 *     frame, is a forecast whose verb the rules do not read: "the move
 *     could push Chinese fabs to lean on local suppliers, analysts said",
 *     分析人士认为，更多国企可能跟进. How sure the voice is told is what
 *     an editor checks (可能 told as 必将): a claim of the `forecasts`
 *     predicate, hedged, told as sure (势必) or as done (已), said by the frame's
 *     speaker or commentator, or by a voice the rules do not know ("said
 *     Priya Ramaswamy"). Not without a frame: a bare hedge in a
 *     narrator's sentence is rarely a forecast. */
static int forecast_claim(state *st, int si, const cd_speaker *sp, const cd_scope *scope) {
  const cd_scratch *s = &st->s;
  for (size_t k = 0; k < scope->nloose && st->forecast >= 0; k++) {
    claim_parts parts = {st->forecast, NULL, 0, 0, -1, -1, 0, 0, 0, 0};
    size_t at = scope->loose_at[k];
    int reported = 0, commentator = 0;
    cd_claim *c;
    int error;
    parts.speaker = cd_speaker_at(sp, at, &reported, &commentator);
    if (parts.speaker < 0 && !commentator && !cd_speaker_framed(s, st->e->rs, at)) continue;
    parts.rule = &st->e->rs->predicates[st->forecast].self;
    parts.reported = reported;
    parts.commentator = commentator;
    parts.hedged = scope->loose_kind[k] == CD_CUE_HEDGE ? CD_HEDGE_SUPPOSED : 0;
    parts.certain = scope->loose_kind[k] == CD_CUE_CERTAIN || scope->loose_kind[k] == CD_CUE_DONE;
    /* a hedge right before keeps it a supposition: 似乎已经损害 ("appear
     * to be undermining") is no harm told as done */
    if (parts.certain && cd_scope_hedges(s, at)) {
      parts.hedged = CD_HEDGE_SUPPOSED;
      parts.certain = 0;
    }
    parts.tense =
        scope->loose_kind[k] == CD_CUE_DONE || scope->loose_kind[k] == CD_CUE_PERFECT ? CD_TENSE_DONE : 0;
    if ((error = make_claim(st, si, &parts, &c)) < 0) return error;
  }
  return 0;
}

/* 9. The amounts and dates no claim of the sentence holds (no trigger
 *    takes them, theirs made no claim, or kept a nearer date) make one
 *    claim of the figures predicate, its first date also its date: "这批
 *    大豆合共约72万吨" is a figure an editor checks, trigger or not
 *    (DESIGN-NOTES: every value accounted for; figures.h). Never content
 *    a denial points back to. */
static int figure_claim(state *st, int si, const cd_speaker *sp) {
  const cd_scratch *s = &st->s;
  claim_parts parts = {st->figure, NULL, 0, 0, -1, -1, 0, 0, 0, 0};
  cd_claim *c = NULL;
  size_t v;
  int error;
  if (st->figure < 0) return 0;
  parts.rule = &st->e->rs->predicates[st->figure].self;
  mark_taken(st);
  for (v = 0; v < s->nv && !c; v++)
    if (is_figure(st->e->rs, &s->vals[v], st->taken[v]) && (error = make_claim(st, si, &parts, &c)) < 0)
      return error;
  /* hedged when a hedge governs its lead figure or one of its dates
   * (三家公司的存托凭证或于1月11日起暂停交易: the day is what is hedged),
   * or its lead figure is the subject of a hedged verb (3艘油轮预计…);
   * said by the speaker of the frame that governs its amount (a year in a
   * frame is rarely what the speaker says: 官员表示…符合2024年通过的一项法律) */
  if (c && (v = figure_lead(st)) < s->nv) {
    int reported = 0, commentator = 0;
    int hedged = cd_scope_hedges(s, s->vals[v].span.start) | cd_scope_hedges_subject(s, s->vals[v].span.end) |
                 hedged_date(st, v);
    if (hedged) c->modality = CD_MODALITY_HEDGED;
    c->estimate = hedged == CD_HEDGE_ESTIMATE; /* as a trigger's claim (make_claim) */
    if (s->vals[v].kind != CD_VALUE_DATE) {
      c->attribution = entity16(cd_speaker_at(sp, s->vals[v].span.start, &reported, &commentator));
      c->commentator = c->attribution < 0 && commentator;
    }
    if (reported && c->modality == CD_MODALITY_ASSERTED) c->modality = CD_MODALITY_REPORTED;
  }
  /* amounts first (a report shows a claim's first value), then dates */
  for (int dates = 0; dates < 2 && c; dates++)
    for (v = 0; v < s->nv; v++) {
      const cd_value *val = &s->vals[v];
      attached *a = attached_to(st, c);
      if (!is_figure(st->e->rs, val, st->taken[v]) || (val->kind == CD_VALUE_DATE) != dates) continue;
      if (a->nv < CD_CLAIM_MAX_VALUES)
        a->v[a->nv++] = (int)v;
      else
        a->over++;
      if (dates && a->date < 0) a->date = (int)v;
    }
  return 0;
}

/* 9b. A Chinese sentence (a summary's) of which nothing above made a
 *     claim makes one of the unread predicate, said by its speaker: it
 *     pairs with nothing, but holds the sentence's names, so that one no
 *     source gives is still reported (names.h: 美国贸易代表格里尔表示，…
 *     where the sources quote the White House). English sentences (the
 *     sources') make none: a source's names are only ever looked up. */
static int unread_claim(state *st, int si, const cd_speaker *sp) {
  claim_parts parts = {st->unread, NULL, 0, 0, -1, -1, 0, 0, 0, 0};
  cd_claim *c;
  if (st->unread < 0 || st->ex->nclaims > st->first || st->ex->sentences[si].lang != CD_LANG_ZH) return 0;
  parts.rule = &st->e->rs->predicates[st->unread].self;
  parts.speaker = sp->entity;
  parts.reported = sp->reported;
  return make_claim(st, si, &parts, &c);
}

/* 10. The values the sentence's claims hold, copied from the sentence's
 *     into the arena, each claim's in one block, its date after them (an
 *     unresolved date's cue copied too: the claim's own, not the text's):
 *     the claims are made, and the scratch is read anew for the next
 *     sentence. O(values held). */
static int settle_values(state *st) {
  const cd_scratch *s = &st->s;
  for (size_t k = st->first; k < st->ex->nclaims; k++) {
    cd_claim *c = &st->claims[k];
    const attached *a = &st->att[k - st->first];
    size_t n = a->nv + (a->date >= 0);
    cd_value *v;
    if (a->over) {
      if (grow((void **)&st->over, &st->cap_over, st->nover, sizeof *st->over) < 0) return CD_ENOMEM;
      st->over[st->nover++] = (values_over){k, a->over};
    }
    if (!n) continue;
    if (!(v = cd_arena_alloc(&st->ex->arena, n * sizeof *v))) return CD_ENOMEM;
    for (size_t i = 0; i < a->nv; i++) v[i] = s->vals[a->v[i]];
    if (a->date >= 0) {
      v[a->nv] = s->vals[a->date]; /* where cd_claim_date reads it */
      c->has_date = 1;
    }
    for (size_t i = 0; i < n;
         i++) /* an unresolved date's cue, out of the text (a lean extraction frees it) */
      if (v[i].cue_len && !(v[i].cue = cd_arena_strndup(&st->ex->arena, v[i].cue, v[i].cue_len)))
        return CD_ENOMEM;
    c->values = v;
    c->nvalues = a->nv;
  }
  return 0;
}

/* The sentence's claims with no speaker of their own take voice entity
 * (or, with none, a commentator's when commentator is set): a voice named
 * before them (pronoun_voice, quote_voice). */
static void lend_voice(state *st, int entity, int commentator) {
  for (size_t k = st->first; k < st->ex->nclaims; k++) {
    cd_claim *c = &st->claims[k];
    if (c->attribution >= 0 || c->commentator) continue;
    c->attribution = entity16(entity);
    c->commentator = entity < 0 && commentator;
  }
}

/* The pronoun right before local offset pos, a reporting cue's subject:
 * 1 for he or she (他, 她), 2 for they (他们, 她们), 3 for it; else 0.
 * The text is case-folded. */
static int pronoun_before(const cd_scratch *s, size_t pos) {
  static const struct {
    const char *w;
    int kind;
  } pronouns[] = {{"she ", 1},
                  {"he ", 1},
                  {"they ", 2},
                  {"it ", 3},
                  {"\xe4\xbb\x96\xe4\xbb\xac", 2},
                  {"\xe5\xa5\xb9\xe4\xbb\xac", 2}, /* 他们 她们 */
                  {"\xe4\xbb\x96", 1},
                  {"\xe5\xa5\xb9", 1}}; /* 他 她 */
  for (size_t k = 0; k < sizeof pronouns / sizeof *pronouns; k++) {
    size_t n = strlen(pronouns[k].w);
    if (pos < n || memcmp(s->text + pos - n, pronouns[k].w, n)) continue;
    /* an English pronoun is a word of its own ("the she said" is none) */
    if (pronouns[k].w[n - 1] == ' ' && pos > n &&
        (isalnum((unsigned char)s->text[pos - n - 1]) || s->text[pos - n - 1] == '-'))
      continue;
    return pronouns[k].kind;
  }
  return 0;
}

/* 9a. A frame whose speaker is a pronoun ('Nvidia could face a penalty of
 *     up to 10% of its sales, she said'; 他表示) speaks in the voice of
 *     the sentence before it that had one, at most two sentences back:
 *     he or she a person's or a commentator's, it a body's, they any.
 *     Its claims with no speaker take that voice. */
static void pronoun_voice(state *st, int si, const cd_speaker *sp) {
  const cd_scratch *s = &st->s;
  const cd_ruleset *rs = st->e->rs;
  int kind = 0, person;
  if (sp->entity >= 0 || sp->commentator) {
    st->voice_si = si;
    st->voice_entity = sp->entity;
    st->voice_commentator = sp->commentator;
    return;
  }
  if (st->voice_si < 0 || st->voice_si < si - 2) return;
  for (size_t i = 0; i < s->nm && !kind; i++)
    if (s->m[i].p->kind == CD_LEX_CUE && s->m[i].p->index == CD_CUE_ATTRIBUTION)
      kind = pronoun_before(s, s->m[i].span.start);
  if (!kind) return;
  person = st->voice_entity < 0 || !strcmp(rs->entities[st->voice_entity].type, "person");
  if ((kind == 1 && !person) || (kind == 3 && person)) return;
  lend_voice(st, st->voice_entity, st->voice_commentator);
}

/* 9b. A direct quotation with no frame of its own goes on in the voice
 *     of the quotation just before it ('"The rule puts the burden on the
 *     investor," said Elena Marsh, a partner at Calder & Wynn. "Many funds
 *     may simply walk away ..."'): its claims with no speaker take that
 *     voice, an entity or a commentator. */
static void quote_voice(state *st, int si, const cd_speaker *sp) {
  if (!st->quoted) {
    st->quote_si = -2;
    return;
  }
  if (sp->entity >= 0 || sp->commentator) {
    st->quote_si = si;
    st->quote_entity = sp->entity;
    st->quote_commentator = sp->commentator;
    return;
  }
  if (st->quote_si != si - 1) return;
  lend_voice(st, st->quote_entity, st->quote_commentator);
  st->quote_si = si;
}

/* Each amount of the sentence learns the goods named in its clause
 * (cd_value.goods, a bit each, and goods_wide, with their groups; not the
 * sectors, whose scopes overlap: chipmaking, advanced chips),
 * so that a rate told of LNG meets no rate told of crude oil in one
 * sentence of both ("15% on coal and LNG, and 10% on crude oil";
 * cd_value_goods_apart). O(matches + values x goods of the sentence). */
static void bind_goods(state *st) {
  enum { GOODS_MAX = 32 }; /* goods named in a sentence that are read; more are left unbound */
  cd_scratch *s = &st->s;
  const cd_ruleset *rs = st->e->rs;
  int clause[GOODS_MAX];
  uint32_t self[GOODS_MAX], wide[GOODS_MAX];
  size_t n = 0;
  for (size_t i = 0; i < s->nm && n < GOODS_MAX; i++) {
    const cd_match *m = &s->m[i];
    const cd_entity *e;
    if (m->p->kind != CD_LEX_CONTEXT && m->p->kind != CD_LEX_ENTITY) continue;
    e = &rs->entities[m->p->index];
    /* a sector is too wide a scope (fabs make chips); a product (distinct,
     * and no speaker) is a good of its own (rare earths beside their
     * magnets, the H20 beside the H200) */
    if (m->p->kind == CD_LEX_ENTITY ? !e->distinct || e->speaks : !strcmp(e->type, "sector")) continue;
    clause[n] = cd_clause_of(&s->clauses, m->span.start);
    self[n] = wide[n] = 1u << (m->p->index % 32);
    for (size_t g = 0; g < e->ngroups; g++) wide[n] |= 1u << (e->groups[g] % 32);
    n++;
  }
  for (size_t v = 0; v < s->nv; v++) {
    cd_value *val = &s->vals[v];
    int c;
    if (val->kind == CD_VALUE_DATE) continue; /* its cue shares the room */
    val->goods = val->goods_wide = 0;
    if (!n) continue;
    c = cd_clause_of(&s->clauses, val->span.start);
    for (size_t k = 0; k < n; k++)
      if (clause[k] == c) {
        val->goods |= self[k];
        val->goods_wide |= wide[k];
      }
  }
}

/* The claims of sentence si, appended to st->claims in text order. */
static int sentence_claims(state *st, int si) {
  cd_scratch *s = &st->s;
  const cd_ruleset *rs = st->e->rs;
  cd_scope scope;
  cd_speaker sp;
  size_t made;
  int error;
  st->first = st->ex->nclaims;
  /* 1. matches, clauses and values */
  if ((error = read_sentence(st, si)) < 0) return error;
  /* 2. what short forms (商务部 after 美国商务部) and "the department"
   *    refer to */
  st->quoted = direct_quote(s);
  st->rivals = sets_rivals(s);
  cd_speaker_resolve_short_forms(s, st->e->short_forms, st->seen, si);
  cd_speaker_resolve_refs(s, rs->entities, st->ex->mentions, st->ex->nmentions, si);
  /* and "Liu said" after "Vice Premier Liu He" (English only: Chinese
   * names a person in full) */
  if (st->ex->sentences[si].lang == CD_LANG_EN && ((error = cd_surnames_learn(&st->surnames, s, rs)) < 0 ||
                                                   (error = cd_surnames_apply(&st->surnames, s)) < 0))
    return error;
  /* 3. mentions and triggers */
  if ((error = record_matches(st, si)) < 0) return error;
  bind_goods(st);
  st->longest = longest_trigger(s);
  /* 4. which triggers the cues negate and hedge; denials negate content */
  cd_scope_apply(&scope, s, rs->predicates);
  /* 5. who says it, and whether it is reported */
  cd_speaker_find(&sp, s, rs);
  /* 6. values to triggers */
  attach_values(st, si);
  /* 7. a claim per content predicate, 7b. a denial's of its own; 8. else
   * one pointing back */
  if ((error = content_claims(st, si, &made)) < 0 || (error = own_denial_claim(st, si, &sp, made)) < 0)
    return error;
  if (!made && (error = pointing_back_claim(st, si, &sp, &scope)) < 0) return error;
  if (made && scope.echo < s->len && (error = echo_claim(st, si, &sp, &scope)) < 0) return error;
  /* 8c. a statement's day ("said on Saturday") */
  if ((error = dated_saying_claim(st, si, &sp)) < 0) return error;
  /* 8d. a forecast the rules have no verb for */
  if ((error = forecast_claim(st, si, &sp, &scope)) < 0) return error;
  /* 9. the figures left over, 9b. else a sentence no rule reads */
  if ((error = figure_claim(st, si, &sp)) < 0 || (error = unread_claim(st, si, &sp)) < 0) return error;
  pronoun_voice(st, si, &sp);
  quote_voice(st, si, &sp);
  /* 10. the claims' values, out of the scratch */
  return settle_values(st);
}

/* A claim with no entity of its own ("The rules apply from October 15")
 * is about the topic of the sentences just before it: it takes the strong
 * entities of the nearest earlier sentence that has some, at most
 * TOPIC_SENTENCES back (scraped news often has one sentence a paragraph).
 * So does one that names places only, beside them: "a grand jury in San
 * Francisco returned an indictment" names where, not whom.
 * Mentions are in sentence order, so binary searches find them: O(claims x
 * (log mentions + the mentions of a few sentences)). */
size_t cd_extraction_mentions_from(const cd_extraction *ex, int si) {
  /* a binary search inline: inherit_topics asks three a claim it lends a
   * topic to, and cd_lower_bound's call per step cost more than the search
   * (cd_clause_count_le, clause.h) */
  size_t lo = 0, n = ex->nmentions;
  while (n > 0) {
    size_t half = n / 2;
    if (ex->mentions[lo + half].sentence < si)
      lo += half + 1, n -= half + 1;
    else
      n = half;
  }
  return lo;
}

static int claim_below(const void *element, const void *key) {
  return ((const cd_claim *)element)->sentence < *(const int *)key;
}

cd_nspan32 cd_extraction_mention_nspan(const cd_extraction *ex, const cd_mention *mn) {
  uint32_t base = ex->sentences[mn->sentence].nspan.start;
  return (cd_nspan32){base + mn->start, base + mn->end};
}

cd_span cd_extraction_claim_span(const cd_extraction *ex, const cd_claim *c) {
  const cd_span32 *s = &ex->sentences[c->sentence].span;
  return (cd_span){s->start, s->end};
}

size_t cd_extraction_claims_from(const cd_extraction *ex, int si) {
  return cd_lower_bound(ex->claims, ex->nclaims, sizeof *ex->claims, &si, claim_below);
}

/* Does claim c name no entity but places (none at all included)? */
static int places_only(const cd_ruleset *rs, const cd_claim *c) {
  for (size_t i = 0; i < c->nentities; i++)
    if (!rs->entities[c->entities[i]].place) return 0;
  return 1;
}

/* The claims of the sentences before sentence before look for their
 * topic, from the first that has not. A claim a later sentence may still
 * borrow from (BORROW_SENTENCES) must not yet: the borrowed claim takes
 * its entities as its own sentence made them. A lean extraction asks as
 * it goes (forget_mentions), so that the mentions read are of the few
 * sentences before the one being read; a full one once at the end. */
static int inherit_topics(state *st, size_t before) {
  cd_extraction *ex = st->ex;
  const cd_ruleset *rs = st->e->rs;
  cd_claim *claims = st->claims;
  size_t k = st->topics_done, nclaims = ex->nclaims;
  assert(nclaims == 0 || claims != NULL);
  for (; k < nclaims && (size_t)claims[k].sentence < before; k++) {
    cd_claim *c = &claims[k];
    int from = -1, n;
    size_t lo, hi;
    int *v;
    if (!places_only(rs, c)) continue;
    /* the nearest earlier sentence with a strong mention, walking back
     * from the claim's sentence no further than TOPIC_SENTENCES */
    for (size_t m = cd_extraction_mentions_from(ex, c->sentence); m-- > 0;) {
      const cd_mention *mn = &ex->mentions[m];
      if (c->sentence - mn->sentence > TOPIC_SENTENCES) break;
      if (!rs->entities[mn->entity].weak && !rs->entities[mn->entity].context) {
        from = mn->sentence;
        break;
      }
    }
    if (from < 0) continue;
    lo = cd_extraction_mentions_from(ex, from);
    hi = cd_extraction_mentions_from(ex, from + 1);
    if (!(v = cd_arena_ints(&ex->arena, hi - lo + c->nentities))) return CD_ENOMEM;
    n = 0;
    for (size_t i = 0; i < c->nentities; i++) v[n++] = c->entities[i];
    for (size_t m = lo; m < hi; m++) {
      const cd_mention *mn = &ex->mentions[m];
      int dup = 0;
      if (rs->entities[mn->entity].weak || rs->entities[mn->entity].outlet ||
          rs->entities[mn->entity].context)
        continue;
      for (int j = 0; j < n; j++) dup |= v[j] == mn->entity;
      if (!dup) v[n++] = mn->entity;
    }
    cd_sort_ints(v, (size_t)n);
    c->inherited = n > (int)c->nentities;
    c->entities = v;
    c->nentities = (size_t)n;
  }
  st->topics_done = k;
  return 0;
}

/* Room for the claims and mentions of a document of n sentences before
 * the first is read: CLAIMS_A_SENTENCE and MENTIONS_A_SENTENCE each, which
 * kept news text comes near but not up to (Chinese: 1.7 claims and 2.8
 * mentions a sentence; English 1.0 and 2.0). Grown by doubling as they
 * are read instead, each array leaves its old copies behind in the heap,
 * which stay resident (16 MB of kept Chinese: 6 MB of holes at the end);
 * reserved, the bytes never written are address space, not memory. A
 * document denser than that grows them by doubling from there. */
#define CLAIMS_A_SENTENCE   2
#define MENTIONS_A_SENTENCE 4
static int reserve_claims(state *st, size_t n, int lean) {
  int error =
      cd_array_reserve((void **)&st->claims, &st->cap_claims, n * CLAIMS_A_SENTENCE, sizeof *st->claims);
  if (!error && !lean) /* a lean extraction keeps the mentions of a few sentences (forget_mentions) */
    error = cd_array_reserve((void **)&st->ex->mentions, &st->cap_mentions, n * MENTIONS_A_SENTENCE,
                             sizeof *st->ex->mentions);
  return error;
}

/* The claims and mentions handed over hold no room past their last: an
 * extraction lives on through alignment, beside every other document's.
 * Shrinking moves nothing; where it fails the array is kept as it was. */
static void fit(void **p, size_t n, size_t size) {
  void *q;
  if (*p && n && (q = realloc(*p, n * size))) *p = q;
}

/* Once the sentences are cut, the extraction keeps of its lines only the
 * ones boilerplate dropped, which the reports tell (render_text.c,
 * render_json.c): every kept line of kept text is a paragraph's, and
 * each took 12 bytes to the end of the extraction. O(lines), in place. */
static void keep_dropped_lines(cd_extraction *ex) {
  size_t n = 0;
  for (size_t l = 0; l < ex->nlines; l++)
    if (ex->lines[l].dropped && ex->lines[l].nspan.end > ex->lines[l].nspan.start)
      ex->lines[n++] = ex->lines[l];
  ex->nlines = n;
  if (!n) {
    free(ex->lines);
    ex->lines = NULL;
  } else {
    fit((void **)&ex->lines, n, sizeof *ex->lines);
  }
}

/* The per-sentence arrays; the claims and mentions are handed over. */
static void dispose_scratch(state *st) {
  cd_ahead_stop(st->ahead);
  st->ahead = NULL;
  free(st->s.m);
  free(st->s.t);
  free(st->seen);
  free(st->att);
  free(st->over);
  free(st->keep);
  cd_surnames_free(&st->surnames);
  cd_clauses_dispose(&st->s.clauses);
}

/* The lean extraction gives back the normalised text of sentences
 * EXTRACT_RELEASE_LAG behind the one whose claims are being made, every
 * EXTRACT_RELEASE_LAG sentences (a madvise a few hundred KB). Nothing reads
 * an earlier sentence's text: what a sentence takes from those before
 * (short forms, "the department", a denial's content, topics) is their
 * claims and mentions; the reader ahead reads only later sentences. */
#define EXTRACT_RELEASE_LAG 256
/* The sentences back from the one just read whose mentions a lean
 * extraction keeps: more than the next sentence's "the department" looks
 * back (REFER_SENTENCES, speaker.c: 5) and than the topics still to look
 * for read (BORROW_SENTENCES + TOPIC_SENTENCES). */
#define MENTIONS_KEPT 16
_Static_assert(MENTIONS_KEPT > BORROW_SENTENCES + TOPIC_SENTENCES, "topics read the mentions kept");

static int extract(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                   int lean, cd_error *err);

int cd_extract_doc(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                   cd_error *err) {
  return extract(out, e, doc, fallback, 0, err);
}

int cd_extract_doc_lean(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                        cd_error *err) {
  return extract(out, e, doc, fallback, 1, err);
}

/* Lean: every EXTRACT_RELEASE_LAG sentences, the claims that no later
 * sentence can borrow from (BORROW_SENTENCES back from the next) look
 * for their topic, and then the mentions of the sentences before
 * i - MENTIONS_KEPT are dropped (the rest moved to the front): no later
 * sentence and no topic still to look for reads them, and the caller of
 * a lean extraction reads none (16 MB of kept Chinese made 4.3 MB). */
static int forget_mentions(state *st, size_t i) {
  cd_extraction *ex = st->ex;
  size_t from;
  int error;
  if (i < MENTIONS_KEPT || i % EXTRACT_RELEASE_LAG) return 0;
  if ((error = inherit_topics(st, i + 1 - BORROW_SENTENCES)) < 0) return error;
  from = cd_extraction_mentions_from(ex, (int)(i - MENTIONS_KEPT));
  memmove(ex->mentions, ex->mentions + from, (ex->nmentions - from) * sizeof *ex->mentions);
  ex->nmentions -= from;
  return 0;
}

/* Lean: the normalised text up to sentence i - EXTRACT_RELEASE_LAG,
 * from *released on, given back (whole pages inside only). */
static void release_text(cd_extraction *ex, size_t i, size_t *released) {
  size_t upto;
  if (i < (size_t)2 * EXTRACT_RELEASE_LAG || i % EXTRACT_RELEASE_LAG) return;
  upto = ex->sentences[i - EXTRACT_RELEASE_LAG].nspan.start;
  if (upto <= *released) return;
  cd_pages_release(ex->norm.ptr + *released, upto - *released);
  *released = upto;
}

/* Marks the claims whose date ends more than CD_CLAIM_HISTORY_DAYS before
 * the document's (cd_claim.past). Once a claim. */
static void mark_history(cd_extraction *ex) {
  long today;
  if (!ex->date.year) return;
  today =
      cd_calendar_days(ex->date.year, ex->date.month ? ex->date.month : 1, ex->date.day ? ex->date.day : 1);
  for (size_t i = 0; i < ex->nclaims; i++) {
    const cd_value *d = cd_claim_date(&ex->claims[i]);
    ex->claims[i].past =
        d->kind == CD_VALUE_DATE && !d->unresolved && d->hi < (double)(today - CD_CLAIM_HISTORY_DAYS);
  }
}

static int extract(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                   int lean, cd_error *err) {
  size_t released = 0;
  state st;
  cd_extraction *ex;
  int error;
  *out = NULL;
  memset(&st, 0, sizeof st);
  st.e = e;
  st.last_content = -1;
  st.quote_si = -2;
  st.voice_si = -1;
  st.voice_entity = -1;
  st.figure = st.saying = st.forecast = st.unread = -1;
  for (size_t p = 0; p < e->rs->npredicates; p++) {
    if (e->rs->predicates[p].figures) st.figure = (int)p;
    if (e->rs->predicates[p].forecasts && st.forecast < 0) st.forecast = (int)p;
    if (e->rs->predicates[p].unread) st.unread = (int)p;
    if (e->rs->predicates[p].dated_saying && st.saying < 0) st.saying = (int)p;
  }
  if (e->rs->npredicates > CD_CLAIM_PREDICATES)
    return cd_error_set(err, CD_ELIMIT, doc->path, 0, 0, -1, "more than %d predicates", CD_CLAIM_PREDICATES);
  if (e->rs->nentities > CD_CLAIM_ENTITIES)
    return cd_error_set(err, CD_ELIMIT, doc->path, 0, 0, -1, "more than %d entities", CD_CLAIM_ENTITIES);
  if (!(ex = calloc(1, sizeof *ex)))
    return cd_error_set(err, CD_ENOMEM, doc->path, 0, 0, -1, "out of memory");
  st.ex = ex;
  ex->doc = doc;
  ex->engine = e;
  if (doc->date.year)
    ex->date = doc->date;
  else if (fallback)
    ex->date = *fallback;
  if (!(st.seen = malloc((cd_speaker_short_forms_count(e->short_forms) + 1) * sizeof *st.seen))) {
    cd_extraction_free(ex);
    return cd_error_set(err, CD_ENOMEM, doc->path, 0, 0, -1, "out of memory");
  }
  cd_speaker_short_forms_forget(st.seen, e->short_forms);
  if ((error = cd_norm_text(&ex->norm, doc->bytes, doc->body, doc->len, err)) < 0 ||
      (error = cd_trim_mark(&ex->lines, &ex->nlines, e->trim, &ex->norm, doc->bytes, err)) < 0 ||
      (error = cd_segment_split(&ex->sentences, &ex->nsentences, doc->bytes, &ex->norm, ex->lines, ex->nlines,
                                e->abbrevs, err)) < 0)
    goto fail;
  keep_dropped_lines(ex);
  if ((error = reserve_claims(&st, ex->nsentences, lean)) < 0) {
    cd_error_set(err, error, doc->path, 0, 0, -1,
                 error == CD_ELIMIT ? "too many sentences" : "out of memory");
    goto fail;
  }
  st.reading = (cd_reading){e->lex, &e->rs->units, &ex->date};
  st.ahead = cd_ahead_start(&st.reading, ex->norm.ptr, ex->sentences, ex->nsentences);
  for (size_t i = 0; i < ex->nsentences; i++) {
    if ((error = sentence_claims(&st, (int)i)) < 0) {
      cd_error_set(err, error, doc->path, 0, 0, -1, "out of memory");
      goto fail;
    }
    if (lean) {
      release_text(ex, i, &released);
      if ((error = forget_mentions(&st, i)) < 0) {
        cd_error_set(err, error, doc->path, 0, 0, -1, "out of memory");
        goto fail;
      }
    }
  }
  fit((void **)&st.claims, ex->nclaims, sizeof *st.claims);
  fit((void **)&ex->mentions, ex->nmentions, sizeof *ex->mentions);
  ex->claims = st.claims;
  mark_history(ex);
  if ((error = inherit_topics(&st, ex->nsentences)) < 0 || (error = warn_full_claims(&st)) < 0) {
    cd_error_set(err, error, doc->path, 0, 0, -1, "out of memory");
    goto fail;
  }
  dispose_scratch(&st);
  if (lean) { /* the reader ahead is stopped (dispose_scratch): nothing reads the text now */
    free(ex->norm.ptr);
    ex->norm.ptr = NULL; /* len stays: the map is read up to it */
    free(ex->mentions);
    ex->mentions = NULL;
    ex->nmentions = 0;
  }
  *out = ex;
  return 0;
fail:
  if (err && !err->path[0]) snprintf(err->path, sizeof err->path, "%s", doc->path);
  ex->claims = st.claims;
  dispose_scratch(&st);
  cd_extraction_free(ex);
  return error;
}

void cd_extraction_free(cd_extraction *ex) {
  if (!ex) return;
  cd_norm_dispose(&ex->norm);
  free(ex->lines);
  free(ex->sentences);
  free(ex->claims);
  free(ex->mentions);
  free(ex->warnings);
  cd_arena_dispose(&ex->arena);
  free(ex);
}

int cd_extract_text(cd_doc **doc, cd_extraction **ex, const cd_engine *e, const char *text,
                    const cd_date *date, cd_error *err) {
  int error;
  *ex = NULL;
  if ((error = cd_doc_parse(doc, "<example>", text, strlen(text), err)) < 0) return error;
  if ((error = cd_extract_doc(ex, e, *doc, date, err)) < 0) {
    cd_doc_free(*doc);
    *doc = NULL;
  }
  return error;
}
