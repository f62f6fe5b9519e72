/* scope.c: cue scope and denials over one sentence's triggers; see scope.h.
 *
 * Triggers are in text order, so each cue finds the ones it governs by
 * binary search and a walk bounded by its window: O(m log m) a sentence.
 * Denials and questions take one pass over the triggers. Nothing is
 * allocated; every number (window, direction, terminators) comes from the
 * cue's kind in rules/cues.yaml. */
#include "scope.h"

#include "clause.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

#define GAP_REACH 128 /* bytes from a gapped key's start to its tail's end, at most (lexicon.c) */

/* Does [a, b) fall inside a value? A hedge word there is the value's
 * ("in May" is a month; case is folded), not the claim's. */
static int inside_value(const cd_value *v, size_t nv, size_t a, size_t b) {
  for (size_t i = 0; i < nv; i++)
    if (a >= v[i].span.start && b <= v[i].span.end) return 1;
  return 0;
}

/* Is a `certain` cue in [from, to), in a later clause than from's (可能
 * 促使…，也已经加剧: the second conjunct is told as done; 可能已经加剧
 * keeps its hedge)? O(matches in between). */
static int certain_between(const cd_scratch *s, size_t from, size_t to) {
  int cl = cd_clause_of(&s->clauses, from);
  for (size_t i = cd_match_from(s, from); i < s->nm && s->m[i].span.start < to; i++)
    if (s->m[i].p->kind == CD_LEX_CUE &&
        (s->m[i].p->index == CD_CUE_CERTAIN || s->m[i].p->index == CD_CUE_DONE) &&
        cd_clause_of(&s->clauses, s->m[i].span.start) != cl)
      return 1;
  return 0;
}

/* Is pos in a phrase of reason: after 因为, 由于, 鉴于 or 出于 in its
 * clause, or in a clause that opens with 因 (not 因此, 因而) or
 * "because"? Function words, a closed class, as the coverbs below.
 * O(bytes of the clause before pos). */
static int reason_clause(const cd_scratch *s, size_t pos) {
  static const char *const within[] = {"\xE5\x9B\xA0\xE4\xB8\xBA",                        /* 因为 */
                                       "\xE7\x94\xB1\xE4\xBA\x8E",                        /* 由于 */
                                       "\xE9\x89\xB4\xE4\xBA\x8E",                        /* 鉴于 */
                                       "\xE5\x87\xBA\xE4\xBA\x8E"};                       /* 出于 */
  static const char yin[] = "\xE5\x9B\xA0", ci[] = "\xE6\xAD\xA4", er[] = "\xE8\x80\x8C"; /* 因 此 而 */
  size_t a = cd_clause_start(&s->clauses, cd_clause_of(&s->clauses, pos));
  /* past the mark that opens the clause (a comma; a clause starts a byte
   * into the Chinese one, which the text keeps) */
  while (a < pos && (s->text[a] == ' ' || s->text[a] == ',' || s->text[a] == ';' || s->text[a] == ':' ||
                     ((unsigned char)s->text[a] & 0xC0) == 0x80))
    a++;
  if (a + 8 <= s->len && !memcmp(s->text + a, "because ", 8)) return 1;
  if (a + 6 <= s->len && !memcmp(s->text + a, yin, 3) && memcmp(s->text + a + 3, ci, 3) &&
      memcmp(s->text + a + 3, er, 3))
    return 1;
  /* each word's second character opens with E4 (为 于): the places are
   * found by that byte (memchr), not a compare of four words a byte */
  if (a + 6 > pos) return 0;
  for (const char *p = s->text + a + 3, *last = s->text + pos - 3;
       (p = memchr(p, 0xE4, (size_t)(last - p) + 1)) != NULL; p++)
    for (size_t k = 0; k < sizeof within / sizeof *within; k++)
      if (!memcmp(p - 3, within[k], 6)) return 1;
  return 0;
}

/* Is the scope closed between from and to (from <= to): a terminator of
 * sc in between? A clause with a subject of its own is another
 * proposition: "美方可能…，多家芯片股当天应声下跌" hedges the listing,
 * not the fall. Nor does any cue reach out of, or into, a clause of
 * reason: 因担忧关键技术可能被转移…，已于9月30日接管 hedges the transfer
 * feared, not the takeover. */
/* Does text[from, to) hold " and " followed by an auxiliary or a modal:
 * a verb phrase of its own ("had never engaged in military business and
 * would take legal action"), which a negation before it does not reach? */
static int verb_conjunct_between(const cd_scratch *s, size_t from, size_t to) {
  static const char *const aux[] = {"would ", "will ", "could ", "may ", "might ", "should ", "can ",
                                    "has ",   "have ", "had ",   "is ",  "was ",   "were ",   "said "};
  for (size_t i = from; i + 5 <= to; i++) {
    if (memcmp(s->text + i, " and ", 5)) continue;
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++) {
      size_t n = strlen(aux[k]);
      if (i + 5 + n <= s->len && !memcmp(s->text + i + 5, aux[k], n)) return 1;
    }
  }
  return 0;
}

static int en_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The end of the English word that starts at a (a when none does). */
static size_t en_word_end(const cd_scratch *s, size_t a) {
  while (a < s->len && en_letter(s->text[a])) a++;
  return a;
}

/* Is text[a, b) one of the n words? */
static int word_is(const cd_scratch *s, size_t a, size_t b, const char *const *words, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (strlen(words[k]) == b - a && !memcmp(s->text + a, words[k], b - a)) return 1;
  return 0;
}

/* Is the clause break between a cue ending at from and to only the comma
 * that closes an insert after one verb, its object in the next clause
 * ("had never required, and would never require, companies ... to
 * collect data": never ... require reaches what is required)? English:
 * one word after the cue, a comma, and a next clause that opens with no
 * word of a clause of its own (and, the, it, said, ...). */
static int verb_comma_object(const cd_scratch *s, size_t from, size_t to) {
  static const char *const opens[] = {"and",   "or",    "but",   "the",  "a",         "an",  "he",
                                      "she",   "it",    "they",  "we",   "which",     "who", "that",
                                      "while", "as",    "said",  "says", "according", "its", "their",
                                      "this",  "these", "those", "i",    "you",       "so",  "if"};
  size_t w;
  if (from + 2 >= s->len || s->text[from] != ' ' || !en_letter(s->text[from + 1])) return 0;
  w = en_word_end(s, from + 1);
  if (w + 2 >= s->len || s->text[w] != ',' || s->text[w + 1] != ' ' || !en_letter(s->text[w + 2])) return 0;
  return cd_clause_of(&s->clauses, to) == cd_clause_of(&s->clauses, from) + 1 &&
         cd_clause_of(&s->clauses, w + 2) == cd_clause_of(&s->clauses, to) &&
         !word_is(s, w + 2, en_word_end(s, w + 2), opens, sizeof opens / sizeof *opens);
}

static int closed(const cd_scratch *s, const cd_cue_scope *sc, size_t from, size_t to) {
  if (sc->sets == CD_SETS_NEGATED && verb_conjunct_between(s, from, to)) return 1;
  if (cd_clause_of(&s->clauses, from) != cd_clause_of(&s->clauses, to) &&
      (reason_clause(s, from) || reason_clause(s, to)))
    return 1;
  if ((sc->terminators & CD_SCOPE_CLAUSE) &&
      cd_clause_of(&s->clauses, from) != cd_clause_of(&s->clauses, to) &&
      !(sc->sets == CD_SETS_NEGATED && verb_comma_object(s, from, to)))
    return 1;
  if ((sc->terminators & CD_SCOPE_SUBJECT) && cd_clause_subject_between(&s->clauses, from, to)) return 1;
  if ((sc->terminators & CD_SCOPE_CERTAIN) && certain_between(s, from, to)) return 1;
  return (sc->terminators & CD_SCOPE_STRONG) && cd_clause_strong_break(&s->clauses, from, to);
}

/* Marks t with what sc sets. Cues compose: a second negation leaves a
 * negated trigger negated. */
static void mark(cd_trigger *t, const cd_cue_scope *sc) {
  t->tense |= sc->tense;
  switch (sc->sets) {
  case CD_SETS_NEGATED: t->negated = 1; break;
  case CD_SETS_HEDGED: t->hedged |= sc->estimate ? CD_HEDGE_ESTIMATE : CD_HEDGE_SUPPOSED; break;
  case CD_SETS_QUESTION: t->asked = 1; break;
  case CD_SETS_AFFIRMED: t->cancelled = 1; break;
  case CD_SETS_CERTAIN: t->certain = 1; break;
  default: break;
  }
}

/* Does a Chinese coverb follow pos (after an optional 再/曾/能: 不再对,
 * 未曾向)? Chinese puts a prepositional phrase between a negation and its
 * verb: 未对美方新关税采取反制 negates the retaliation, not the tariff
 * named inside 对…, and 未针对美方新关税采取反制 likewise. The coverbs are
 * a closed class of function words. */
static int coverb_follows(const cd_scratch *s, size_t pos) {
  static const int32_t skip[] = {0x518D, 0x66FE, 0x80FD};                   /* 再 曾 能 */
  static const int32_t coverb[] = {0x5BF9, 0x5411, 0x5C31, 0x4E0E, 0x540C,  /* 对 向 就 与 同 */
                                   0x8DDF, 0x628A, 0x7ED9, 0x4ECE, 0x5C06}; /* 跟 把 给 从 将 */
  const char *end = s->text + s->len;
  for (int pass = 0; pass < 2 && pos < s->len; pass++) {
    int32_t cp;
    int n = cd_utf8_next(s->text + pos, end, &cp);
    if (n <= 0) return 0;
    for (size_t i = 0; i < sizeof coverb / sizeof *coverb; i++)
      if (cp == coverb[i]) return 1;
    /* 针对 ("targeting, for"): the one coverb of two characters */
    if (cp == 0x9488) {
      int32_t cp2;
      return cd_utf8_next(s->text + pos + n, end, &cp2) > 0 && cp2 == 0x5BF9;
    }
    int skipped = 0;
    for (size_t i = 0; i < sizeof skip / sizeof *skip; i++) skipped |= cp == skip[i];
    if (!skipped) return 0;
    pos += (size_t)n;
  }
  return 0;
}

/* Is the hedge m inside the scope of a negation before it: a forward
 * negation cue of its clause, within that cue's window, that no trigger
 * between them has taken? Then the hedge word is part of what is
 * negated, not a hedge of the claim: 不存在远程访问或控制的后门 is
 * "neither … nor", 不可能撤销 is a firm no. But in "whose auditors the
 * PCAOB cannot inspect may face delisting" the negation is the
 * inspection's, and "may" hedges the delisting. */
static int under_negation(const cd_scratch *s, const cd_match *m) {
  int cl = cd_clause_of(&s->clauses, m->span.start);
  for (const cd_match *n = m; n-- > s->m;) {
    const cd_cue_scope *sc = n->p->scope;
    size_t j;
    if (n->span.end > m->span.start) continue;
    if (cd_clause_of(&s->clauses, n->span.end) != cl) return 0;
    if (n->p->kind == CD_LEX_CUE && sc && sc->sets == CD_SETS_NEGATED && (sc->direction & CD_SCOPE_FORWARD) &&
        m->span.start - n->span.end <= sc->window) {
      j = cd_trigger_from(s, n->span.end);
      return !(sc->nearest && j < s->nt && s->t[j].span.end <= m->span.start);
    }
  }
  return 0;
}

/* Does one of the n words start at pos? The first byte first: most words
 * differ there. */
static int one_of_at(const cd_scratch *s, size_t pos, const char *const *words, size_t n) {
  if (pos >= s->len) return 0;
  for (size_t i = 0; i < n; i++) {
    size_t k;
    if (s->text[pos] != words[i][0]) continue;
    k = strlen(words[i]);
    if (pos + k <= s->len && memcmp(s->text + pos, words[i], k) == 0) return 1;
  }
  return 0;
}

/* Does one of the n words end at pos? */
static int one_of_before(const cd_scratch *s, size_t pos, const char *const *words, size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t k = strlen(words[i]);
    if (pos >= k && memcmp(s->text + pos - k, words[i], k) == 0) return 1;
  }
  return 0;
}

/* Does a Chinese verb of change, reach or conformity follow pos (after an
 * optional 再/曾/会/能/要): 并未改变232关税的税率 negates the change, not the
 * tariff named after it, 不涉及出口管制 the reach, not the controls,
 * 不符合两国元首达成的共识 the conformity, not the consensus reached, and
 * 不要满足…因禁售…导致的需求 the meeting of a demand, not the ban. Where
 * the verb is no trigger the negation marks nothing. A closed class. */
static int object_verb_follows(const cd_scratch *s, size_t pos) {
  static const char *const aux[] = {"再", "曾", "会", "能", "要"};
  static const char *const verbs[] = {"改变", "调整", "变更", "修改", "改动", "涉及",
                                      "触及", "包括", "包含", "符合", "满足"};
  size_t j;
  if (one_of_at(s, pos, aux, sizeof aux / sizeof *aux)) pos += 3;
  if (!one_of_at(s, pos, verbs, sizeof verbs / sizeof *verbs)) return 0;
  /* one that is a trigger's key (改变…政策: change_policy) is what the
   * negation governs */
  j = cd_trigger_from(s, pos);
  return !(j < s->nt && s->t[j].span.start == pos);
}

/* Does a causative verb start at pos? After one the modal speaks of the
 * consequence and its subject is the cause, taken as fact: 出口管制可能使
 * 英伟达蒙受损失 hedges the loss, not the export controls. A closed
 * class, like the coverbs. */
static int causative_at(const cd_scratch *s, size_t pos) {
  static const char *const verbs[] = {"使", "令", "让", "导致", "促使", "造成", "引发", "引起", "迫使"};
  return one_of_at(s, pos, verbs, sizeof verbs / sizeof *verbs);
}

/* Does a verb that presupposes its subject's event follow the Chinese
 * hedge ending at pos, within BEFALLS_REACH bytes (an adverb of up to
 * three characters between, read a character of three bytes at a time):
 * what befalls it (面临, 遭遇, 受到), its going on (再度, 继续, 进一步) or
 * what it is (属, 是)? 美中贸易谈判可能再度面临波折 supposes a setback of
 * talks that are held, not the talks. A closed class, like the causatives. */
#define BEFALLS_REACH 9
static int befalls_at(const cd_scratch *s, size_t pos) {
  static const char *const verbs[] = {"面临", "遭遇", "陷入", "遇到",   "受到", "遭到", "再度",
                                      "再次", "继续", "持续", "进一步", "属",   "是"};
  for (size_t at = pos; at <= pos + BEFALLS_REACH && at < s->len; at += 3)
    if (one_of_at(s, at, verbs, sizeof verbs / sizeof *verbs)) return 1;
  return 0;
}

/* Does the supposed event renew the noun's own (重新实施, 恢复, after an
 * optional 会/将): 有关许可要求可能会重新实施 supposes the requirement comes
 * back, as "the licence requirement could be reimposed" does, though
 * the noun was told before (told_before). A closed class. */
static int renewed_at(const cd_scratch *s, size_t pos) {
  static const char *const aux[] = {"会", "将"};
  static const char *const verbs[] = {"重新", "恢复"};
  if (one_of_at(s, pos, aux, sizeof aux / sizeof *aux)) pos += 3;
  return one_of_at(s, pos, verbs, sizeof verbs / sizeof *verbs);
}

/* Is the English word at [a, b) a past participle: a regular one
 * (-ed), one in -en or -wn (taken, shown), or an irregular one of a
 * closed class? "be symbolic", "be more costly" are no passives. */
static int participle(const char *t, size_t a, size_t b) {
  static const char *const irregular[] = {"set",     "cut",    "put",  "hit",   "shut", "made",  "held",
                                          "paid",    "sold",   "kept", "left",  "lost", "won",   "bought",
                                          "brought", "sought", "told", "found", "sent", "built", "met",
                                          "struck",  "spent",  "laid", "led",   "bound"};
  size_t n = b - a;
  if (n >= 4 && (!memcmp(t + b - 2, "ed", 2) || !memcmp(t + b - 2, "en", 2) || !memcmp(t + b - 2, "wn", 2)))
    return 1;
  for (size_t i = 0; i < sizeof irregular / sizeof *irregular; i++)
    if (strlen(irregular[i]) == n && !memcmp(t + a, irregular[i], n)) return 1;
  return 0;
}

/* Does " be " stand at pos, after an English modal? */
static int be_follows(const cd_scratch *s, size_t pos) {
  return pos + 4 <= s->len && !memcmp(s->text + pos, " be ", 4);
}

/* Is an English passive next: "be" after the modal, then a participle,
 * maybe after an adverb ("would likely be extended", "could be lifted",
 * "could be quickly approved")? Then the noun before the modal is what
 * the supposed event happens to, not a fact that causes it; "could be
 * symbolic" says what the noun is, not whether it happens. */
static int passive_follows(const cd_scratch *s, size_t pos) {
  size_t a, b;
  if (!be_follows(s, pos)) return 0;
  for (a = pos + 4;; a = b + 1) {
    for (b = a; b < s->len && s->text[b] >= 'a' && s->text[b] <= 'z'; b++) continue;
    if (b - a > 2 && !memcmp(s->text + b - 2, "ly", 2) && b < s->len && s->text[b] == ' ') continue;
    return b > a && participle(s->text, a, b);
  }
}

/* Does an English verb after the modal ending at pos take an object: a
 * determiner or a name right after it ("could slow Chinese chipmakers'
 * plans", "could hurt the company's sales")? Then the noun before the
 * modal is a cause, taken as fact, as before a Chinese causative; "more
 * purchases could follow" has none. */
static int object_follows(const cd_scratch *s, size_t pos) {
  static const char *const det[] = {"the ", "a ",    "an ",    "its ",   "their ", "his ",
                                    "her ", "this ", "these ", "those ", "some ",  "many "};
  size_t a = pos, b, j;
  if (a >= s->len || s->text[a] != ' ') return 0;
  for (b = ++a; b < s->len && s->text[b] >= 'a' && s->text[b] <= 'z'; b++) continue;
  if (b == a || b >= s->len || s->text[b] != ' ') return 0;
  a = b + 1;
  j = cd_match_from(s, a);
  if (j < s->nm && s->m[j].span.start == a && s->m[j].p->kind == CD_LEX_ENTITY) return 1;
  return one_of_at(s, a, det, sizeof det / sizeof *det);
}

/* Does a trigger follow the cue m in its clause? Without one the verb
 * after an English modal is one the rules do not know ("more purchases
 * could follow"), and the noun before it is the supposed event. */
static int event_follows(const cd_scratch *s, const cd_match *m) {
  size_t j = cd_trigger_from(s, m->span.end);
  return j < s->nt && s->t[j].clause == cd_clause_of(&s->clauses, m->span.start);
}

/* Does a determiner that points back stand right before trigger t (有关制裁,
 * 该禁令, 此次制裁, 上述措施)? The noun after it names an event told
 * already, which a hedge after it does not make a supposition: 有关制裁
 * 可能主要属象征性质 supposes what the sanctions are, not that they are. */
static int told_before(const cd_scratch *s, const cd_trigger *t) {
  static const char *const det[] = {"有关", "相关", "该",   "此",   "这些", "这项",
                                    "这一", "此次", "这次", "此项", "上述", "该项"};
  /* nor one that a done act's phrase points to (上调后的关税: the tariffs
   * as raised), before the key's noun, the second part of a gapped key */
  size_t noun = t->tail < t->span.end ? t->tail : t->span.start;
  static const char *const done[] = {"后的"};
  return one_of_before(s, t->span.start, det, sizeof det / sizeof *det) || one_of_before(s, noun, done, 1);
}

/* A Chinese hedge right after a trigger, with nothing between, speaks of
 * it as well as of what follows: the trigger heads the subject, a nominal
 * event, and the modal adverb opens the predicate (禁令的解除可能要等到
 * 明年, 关税下调或将落实, 新制裁料将公布). Not before a causative (see
 * causative_at). In English a space stands between a verb and its object
 * too ("investigate potential backdoors"), so only a passive after the
 * modal makes the noun before it the hedged event's ("the tariff truce
 * would likely be extended"; "the tariff cut could take effect" hedges the
 * taking effect alone), or a verb the rules do not know ("more purchases
 * could follow": no trigger after the modal in its clause). Not a noun
 * told before (told_before), unless the event renews it (renewed_at).
 * Marks the trigger with the hedge's kind;
 * returns 1 when it did. */
static size_t hedge_subject(cd_scratch *s, const cd_match *m) {
  size_t j = cd_trigger_from(s, m->span.start), gap;
  int chinese = (unsigned char)s->text[m->span.start] >= 0x80;
  if (j == 0) return 0;
  cd_trigger *t = &s->t[j - 1];
  gap = chinese ? 0 : 1;
  if (t->span.end + gap != m->span.start || t->clause != cd_clause_of(&s->clauses, m->span.start) ||
      (chinese ? causative_at(s, m->span.end) || befalls_at(s, m->span.end) ||
                     (told_before(s, t) && !renewed_at(s, m->span.end))
               : !passive_follows(s, m->span.end) &&
                     (event_follows(s, m) || be_follows(s, m->span.end) || object_follows(s, m->span.end))))
    return 0;
  t->hedged |= m->p->scope->estimate ? CD_HEDGE_ESTIMATE : CD_HEDGE_SUPPOSED;
  return 1;
}

/* Reach nearest also takes the later triggers of the nearest one's
 * predicate in scope: they elaborate what it names ("no backdoors that
 * would allow remote access or control"). Returns how many it marked. */
static size_t same_predicate_after(cd_scratch *s, const cd_cue_scope *sc, const cd_match *m, size_t j) {
  size_t marked = 0;
  for (size_t k = j + 1; k < s->nt; k++) {
    const cd_trigger *t = &s->t[k];
    if (t->span.start - m->span.end > sc->window || closed(s, sc, m->span.end, t->span.start)) break;
    if (t->pred != s->t[j].pred) continue;
    mark(&s->t[k], sc);
    marked++;
  }
  return marked;
}

/* Is text[from, to) a coordinator alone: " or ", " and ", " nor ",
 * "、", 或, 和, 及 ...? (A determiner may follow an English one: "or any
 * sanctions".) */
static int coordinator_between(const cd_scratch *s, size_t from, size_t to) {
  static const char *const joins[] = {" or ", " and ", " nor ", " or any ", " and any ", " or other ",
                                      "、",   "或",    "和",    "及",       "与",        "或者",
                                      "以及", "或是",  ", or ", ", and ",   ", nor "};
  if (to <= from) return 0;
  for (size_t i = 0; i < sizeof joins / sizeof *joins; i++) { /* the first byte first */
    size_t k;
    if (s->text[from] != joins[i][0]) continue;
    k = strlen(joins[i]);
    if (to - from == k && memcmp(s->text + from, joins[i], k) == 0) return 1;
  }
  return 0;
}

/* Reach nearest also takes the triggers coordinated with the nearest one,
 * each joined to the one before by a coordinator alone: a negation of
 * "A or B" denies both ("does not trigger an immediate ban or
 * sanctions", 不同于制裁或出口管制). Returns how many it marked. */
static size_t coordinated_after(cd_scratch *s, const cd_cue_scope *sc, size_t j) {
  size_t marked = 0;
  for (size_t k = j + 1; k < s->nt; k++) {
    const cd_trigger *a = &s->t[k - 1], *b = &s->t[k];
    if (b->span.start < a->span.end || !coordinator_between(s, a->span.end, b->span.start)) break;
    mark(&s->t[k], sc);
    marked++;
  }
  return marked;
}

/* The gapped trigger whose gap holds cue m ("pose no security risk" in
 * "pose ... security risk": a gap is scanned for cues), or s->nt. Only
 * the few triggers that start within a gap's reach before m are looked
 * at. */
static size_t gap_holding(const cd_scratch *s, const cd_match *m) {
  for (size_t j = cd_trigger_from(s, m->span.start); j-- > 0;) {
    const cd_trigger *t = &s->t[j];
    if (m->span.start - t->span.start > GAP_REACH) break;
    if (t->tail < t->span.end && m->span.end <= t->tail) return j;
  }
  return s->nt;
}

/* Does an English verb's negation m ("not", "didn't") stand before
 * trigger t with words between, and an auxiliary or modal right after t?
 * Then t is a noun, the subject of a verb of its own, and the negation
 * reaches that verb, not it: "we don't think Iranian exports will fall
 * much" denies the fall, not the exports (the negation of a verb of
 * thinking falls on what is thought). A determiner's ("no exports will be
 * allowed") does govern its noun. */
static int subject_of_verb(const cd_scratch *s, const cd_match *m, const cd_trigger *t) {
  static const char *const aux[] = {" will ",   " would ", " could ", " can ", " may ", " might ",
                                    " should ", " must ",  " is ",    " are ", " was ", " were "};
  const char *key = m->p->term->text;
  size_t k = strlen(key);
  if ((unsigned char)s->text[t->span.start] >= 0x80 || t->span.start <= m->span.end + 1 || k < 3 ||
      (strcmp(key + k - 3, "not") && strcmp(key + k - 3, "n't")))
    return 0;
  for (size_t i = 0; i < sizeof aux / sizeof *aux; i++) {
    size_t n = strlen(aux[i]);
    if (t->span.end + n <= s->len && !memcmp(s->text + t->span.end, aux[i], n)) return 1;
  }
  return 0;
}

/* Is there a 的 in [from, to)? */
static int de_between(const cd_scratch *s, size_t from, size_t to) {
  for (size_t at = from; at + 3 <= to; at++)
    if (!memcmp(s->text + at, "\xE7\x9A\x84", 3)) return 1; /* 的 */
  return 0;
}

/* Is trigger t a bare noun (a `mentions:` key) that a 的 between Chinese
 * negation m and it makes the head of a modifier: 未被列入名单的中芯国际
 * 港股 negates the listing, not the shares? The negation stays in the
 * modifier; a verb after the 的 is still its own (未对美国的芯片加征关税). */
static int modified_noun(const cd_scratch *s, const cd_match *m, const cd_trigger *t) {
  return t->term->mention && (unsigned char)s->text[m->span.start] >= 0x80 &&
         de_between(s, m->span.end, t->span.start);
}

/* Is English trigger t the verb of a relative clause, right after its
 * pronoun ("importers could not plan around exclusions that lapsed every
 * three months")? A negation before the pronoun is the main clause's: it
 * does not reach into the clause that names the noun. */
static int relative_verb(const cd_scratch *s, const cd_trigger *t) {
  static const char *const pronoun[] = {" that ", " which ", " who "};
  return one_of_before(s, t->span.start, pronoun, sizeof pronoun / sizeof *pronoun);
}

/* Forward from cue m: a gapped trigger that holds it, else the triggers
 * after it up to its window or a terminator, the nearest one (with the
 * later ones of its predicate) or all of them. Returns how many it
 * marked. */
static size_t apply_forward(cd_scratch *s, const cd_match *m, const cd_predicate *preds) {
  const cd_cue_scope *sc = m->p->scope;
  size_t marked = 0, last = s->nt, next = cd_trigger_from(s, m->span.end);
  /* a trigger right after the cue is what it governs, before a gapped
   * key that holds the cue: in 关税不在下调之列, 不 negates 在…之列, not
   * 关税…下调 */
  size_t held = next < s->nt && s->t[next].span.start == m->span.end ? s->nt : gap_holding(s, m);
  if (held < s->nt) {
    mark(&s->t[held], sc);
    if (sc->nearest) return 1;
    marked++;
  }
  /* a negation before a coverb reaches past the phrase to its verb: the
   * last trigger in scope, not the nearest; a mention after the verb
   * (未对…加征新关税: 关税) is not the verb, so the last event wins */
  int past_phrase = sc->nearest && sc->sets == CD_SETS_NEGATED && coverb_follows(s, m->span.end);
  /* a Chinese cue and the verb it marked that a 的 follows modify the
   * noun after it: 原定于下月到期的豁免将延长一年 hedges the expiry, not the
   * extension. Not after a coverb (可能对[涉嫌供货的企业]实施制裁: the
   * phrase holds the clause), nor after a noun marked, nor before a key of
   * the verb's own predicate (被处以…的罚款: one event) */
  int modifier = (unsigned char)s->text[m->span.start] >= 0x80 && !coverb_follows(s, m->span.end);
  size_t prev = s->nt; /* the last trigger marked */
  for (size_t j = cd_trigger_from(s, m->span.end); j < s->nt; j++) {
    const cd_trigger *t = &s->t[j];
    if (t->span.start - m->span.end > sc->window || closed(s, sc, m->span.end, t->span.start)) break;
    if (modifier && prev < s->nt && !s->t[prev].term->mention && s->t[prev].pred != t->pred &&
        de_between(s, s->t[prev].span.end, t->span.start))
      break;
    if (past_phrase) {
      /* nor a key inside the last one's span (构成…国家安全风险 holds
       * 国家安全风险): the verb is the key that holds it */
      if (last == s->nt || (!t->term->mention && t->span.end > s->t[last].span.end)) last = j;
      continue;
    }
    if (sc->sets == CD_SETS_NEGATED && relative_verb(s, t)) break;
    if (sc->sets == CD_SETS_NEGATED && (subject_of_verb(s, m, t) || modified_noun(s, m, t))) continue;
    mark(&s->t[j], sc);
    prev = j;
    marked++;
    /* what is done is the saying (已于8月29日宣布撤销…资格: the
     * announcement is made; what it announces may yet come, "said it
     * would revoke") */
    if ((sc->tense & CD_TENSE_DONE) && (preds[t->pred].frame || preds[t->pred].speech)) break;
    if (sc->nearest) {
      marked += coordinated_after(s, sc, j);
      marked += same_predicate_after(s, sc, m, j);
      break;
    }
  }
  if (last < s->nt) mark(&s->t[last], sc), marked++;
  return marked;
}

/* Backward from cue m, the same way. */
static size_t apply_backward(cd_scratch *s, const cd_match *m) {
  const cd_cue_scope *sc = m->p->scope;
  size_t marked = 0;
  for (size_t j = cd_trigger_from(s, m->span.start); j-- > 0;) {
    const cd_trigger *t = &s->t[j];
    if (t->span.end > m->span.start) continue; /* overlaps the cue */
    if (m->span.start - t->span.end > sc->window || closed(s, sc, t->span.end, m->span.start)) break;
    mark(&s->t[j], sc);
    marked++;
    if (sc->nearest) break;
  }
  return marked;
}

/* Gapped cue m of a kind whose gap is its scope ("与 ... 不同"): marks
 * every trigger that lies inside the gap, between the key's head and its
 * tail (与[制裁或出口管制]不同: both). The gap stays in its clause
 * (lexicon.c). Returns how many it marked. */
static size_t apply_gap(cd_scratch *s, const cd_match *m) {
  const char *key = m->p->term->text, *gap = strstr(key, " ... ");
  size_t from = m->span.start + (size_t)(gap - key), marked = 0;
  for (size_t j = cd_trigger_from(s, from); j < s->nt && s->t[j].span.end <= m->tail_start; j++) {
    mark(&s->t[j], m->p->scope);
    marked++;
  }
  return marked;
}

/* Is the Chinese 将 that cue m is the disposal marker (把: 将23家中国企业
 * 列入实体清单, 将关税提高至25%), which tells no time, rather than the
 * future (将于, 将对, 将推高)? It is when a name, an amount or a pronoun
 * follows it at once: the object it puts before the verb. */
static int disposal(const cd_scratch *s, const cd_match *m) {
  static const char *const objects[] = {"其", "该", "这", "此", "上述", "相关", "所有", "部分", "对方"};
  size_t pos = m->span.end, j = cd_match_from(s, pos);
  if (m->span.end - m->span.start != 3 || memcmp(s->text + m->span.start, "将", 3) != 0) return 0;
  if (j < s->nm && s->m[j].span.start == pos && s->m[j].p->kind == CD_LEX_ENTITY) return 1;
  for (size_t i = 0; i < s->nv; i++)
    if (s->vals[i].span.start == pos && s->vals[i].kind != CD_VALUE_DATE) return 1;
  return one_of_at(s, pos, objects, sizeof objects / sizeof *objects);
}

/* Does negation cue m open its sentence with "without" ("Without a deal,
 * tariffs will jump to 145%", "Without Tower, Intel ..."): a condition,
 * as "if" opens one, not a denial of the deal? Quotation marks and spaces
 * may stand before it. */
static int opens_condition(const cd_scratch *s, const cd_match *m) {
  if (m->span.end - m->span.start != 7 || memcmp(s->text + m->span.start, "without", 7) != 0) return 0;
  for (size_t i = 0; i < m->span.start; i++)
    if (s->text[i] != ' ' && s->text[i] != '"' && s->text[i] != '\'') return 0;
  return 1;
}

/* Marks the triggers of opening condition m's clause as asked, as a
 * `condition` cue does (rules/cues.yaml): the condition asserts nothing. */
static size_t apply_condition(cd_scratch *s, const cd_match *m, const cd_predicate *preds) {
  cd_cue_scope sc = *m->p->scope;
  cd_lex_payload p = *m->p;
  cd_match c = *m;
  sc.sets = CD_SETS_QUESTION;
  sc.nearest = 0;
  p.scope = &sc;
  c.p = &p;
  return apply_forward(s, &c, preds);
}

/* Is Chinese negation cue m the 不 of 不到 / 不足 ("less than") bounding a
 * share told further on in its clause, the clause's first percentage
 * after it standing after 的 (不到台积电去年净利的3%, 不足其营收的一成): a
 * bound of the share, no denial of what it is a share of? (不到3% is one
 * value: its bound is the value's own.) O(values of the sentence). */
static int share_bound(const cd_scratch *s, const cd_match *m) {
  size_t end = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, m->span.start), s->len);
  if (m->span.end + 3 > s->len ||
      (memcmp(s->text + m->span.end, "到", 3) != 0 && memcmp(s->text + m->span.end, "足", 3) != 0))
    return 0;
  for (size_t i = 0; i < s->nv; i++) {
    const cd_value *v = &s->vals[i];
    if (v->span.start <= m->span.end || v->span.start >= end || v->kind != CD_VALUE_PERCENT) continue;
    return v->span.start >= 3 && memcmp(s->text + v->span.start - 3, "的", 3) == 0;
  }
  return 0;
}

/* Does an English word follow cue m right after its space, a noun the
 * cue qualifies ("groundless smears", "baseless accusations"), not a
 * word that goes on with a predicate ("were groundless and", "is
 * unfounded, the ministry said"), nor after a copula ("were unfounded
 * speculation")? An adjective before its noun denies nothing: China
 * "firmly opposes groundless smears" opposes. */
static int attributive(const cd_scratch *s, const cd_match *m) {
  static const char *const goes_on[] = {"and", "or", "but", "as",   "in",   "to",   "by",        "from",
                                        "for", "at", "on",  "with", "said", "says", "according", "because"};
  static const char *const copulas[] = {" is",    " are",    " was",    " were",    " be",
                                        " been",  " being",  " remain", " remains", " seem",
                                        " seems", " called", " as"};
  size_t i = m->span.end;
  if (i + 1 >= s->len || s->text[i] != ' ' || !en_letter(s->text[i + 1])) return 0;
  /* after a copula the phrase is the predicate ("were unfounded
   * speculation"): it denies */
  if (m->span.start > 0 && s->text[m->span.start - 1] == ' ' &&
      one_of_before(s, m->span.start - 1, copulas, sizeof copulas / sizeof *copulas))
    return 0;
  return !word_is(s, i + 1, en_word_end(s, i + 1), goes_on, sizeof goes_on / sizeof *goes_on);
}

/* The cue m marks the triggers in its scope: walking away from it in
 * each of its directions, up to its window or a terminator; a cue of
 * direction either looks back only when nothing in its scope follows it
 * ("Nvidia will resume sales, analysts expect"). Returns how many it
 * marked. */
static size_t apply_cue(cd_scratch *s, const cd_match *m, const cd_predicate *preds) {
  const cd_cue_scope *sc = m->p->scope;
  size_t marked = 0;
  /* a denial after what it denies, used as an adjective before a noun
   * ("groundless smears"), denies nothing */
  if (sc->sets == CD_SETS_NEGATED && sc->direction == CD_SCOPE_BACKWARD &&
      (unsigned char)s->text[m->span.start] < 0x80 && attributive(s, m))
    return 1;
  /* a negated expectation still hedges ("did not expect the measures to
   * have an impact" expects none: the negation reaches what is expected,
   * the nearest trigger after it); other hedges under a negation are part
   * of what is negated (不可能撤销 is a firm no) */
  if (sc->sets == CD_SETS_HEDGED && (inside_value(s->vals, s->nv, m->span.start, m->span.end) ||
                                     (under_negation(s, m) && !(sc->direction & CD_SCOPE_EITHER))))
    return 1;
  if (sc->gap_within && m->p->tail) return apply_gap(s, m);
  if (sc->sets == CD_SETS_NEGATED && opens_condition(s, m)) return apply_condition(s, m, preds);
  if (sc->sets == CD_SETS_NEGATED && share_bound(s, m)) return 1;
  if ((sc->tense & CD_TENSE_FUTURE) && disposal(s, m)) return 1;
  if (sc->sets == CD_SETS_HEDGED && (sc->direction & (CD_SCOPE_FORWARD | CD_SCOPE_EITHER)))
    marked += hedge_subject(s, m);
  if (sc->sets == CD_SETS_NEGATED && (unsigned char)s->text[m->span.start] >= 0x80 &&
      object_verb_follows(s, m->span.end))
    return 1;
  if (sc->direction & (CD_SCOPE_FORWARD | CD_SCOPE_EITHER)) marked += apply_forward(s, m, preds);
  if ((sc->direction & CD_SCOPE_BACKWARD) || ((sc->direction & CD_SCOPE_EITHER) && !marked))
    marked += apply_backward(s, m);
  return marked;
}

/* Is a content trigger before trigger j? */
static int content_before(const cd_scratch *s, const cd_predicate *preds, size_t j) {
  for (size_t k = 0; k < j; k++)
    if (!preds[s->t[k].pred].negates) return 1;
  return 0;
}

#define DENIED_OWN 36 /* bytes after a denial in its clause that make a proposition of its own */

int cd_scope_denies_own(const cd_scratch *s, const cd_trigger *t) {
  size_t end = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, t->span.start), s->len);
  return end > t->span.end && end - t->span.end > DENIED_OWN;
}

int cd_scope_denies_claims(const cd_scratch *s, const cd_trigger *t) {
  static const char *const nouns[] = {"the accusations", "the allegations", "the claims",  "the charges",
                                      "the reports",     "accusations",     "allegations", "wrongdoing",
                                      "相关指控",        "有关指控",        "上述指控",    "指控",
                                      "相关说法",        "有关说法",        "上述说法",    "相关报道"};
  static const char *const tails[] = {"accusations", "allegations", "claims", "charges", "reports"};
  size_t at = t->span.end, end = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, t->span.start), s->len);
  /* a key that ends on the noun ("rejected the accusations") */
  for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
    size_t n = strlen(tails[i]);
    if (at >= n && !memcmp(s->text + at - n, tails[i], n)) return 1;
  }
  while (at < end && s->text[at] == ' ') at++;
  for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++) {
    size_t n = strlen(nouns[i]);
    if (at + n <= end && !memcmp(s->text + at, nouns[i], n)) return 1;
  }
  return 0;
}

#define DENIED_OBJECT 12 /* bytes after a denial in its clause that name what it denies */

/* Does denial t name what it denies after it, in its clause, no
 * reference to claims (与华为有任何业务往来, not 相关指控)? */
static int denies_object(const cd_scratch *s, const cd_trigger *t) {
  size_t end = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, t->span.start), s->len);
  return end > t->span.end && end - t->span.end >= DENIED_OBJECT && !cd_scope_denies_claims(s, t);
}

/* Deny-like predicates negate the content they govern: the content
 * triggers after the first denial, in the clause of the first of them; if
 * a denial comes after all content
 * ("backdoor claims were denied"), all of it. A denial with no content in
 * the sentence at all is bare: it points back (extract.c); so is one that
 * denies a proposition of its own with its content only in later clauses
 * ("denied that the timing was linked to the election, telling reporters
 * the measures followed a review": the review is told, not denied), or
 * that names its object as claims with its content in later clauses
 * ("denied the accusations, saying China opposes hacking").
 * Denials make no claim of their own. O(triggers). */
static void apply_denials(cd_scratch *s, const cd_predicate *preds) {
  size_t first_deny = s->nt, last_deny = s->nt, last_content = s->nt, first_after = s->nt;
  for (size_t j = 0; j < s->nt; j++) {
    if (preds[s->t[j].pred].negates) {
      if (first_deny == s->nt) first_deny = j;
      last_deny = j;
      s->t[j].state = CD_TRIG_USED;
    } else {
      last_content = j;
      if (first_deny < s->nt && first_after == s->nt) first_after = j;
    }
  }
  if (first_deny == s->nt) return;
  if (last_content == s->nt ||
      (first_after < s->nt && last_deny < first_after &&
       s->t[first_after].clause != s->t[first_deny].clause &&
       (cd_scope_denies_own(s, &s->t[first_deny]) || cd_scope_denies_claims(s, &s->t[first_deny])) &&
       !content_before(s, preds, first_deny))) {
    s->t[first_deny].state = CD_TRIG_BARE_DENIAL;
  } else if (last_deny > last_content) {
    /* a denial in a clause of its own after the content, with an object
     * of its own (…列入实体清单，算能先前则否认与华为有任何业务往来)
     * denies that object, not the clauses before it */
    if (s->t[last_deny].clause != s->t[last_content].clause && denies_object(s, &s->t[last_deny])) return;
    for (size_t j = 0; j < s->nt; j++)
      if (!preds[s->t[j].pred].negates) s->t[j].negated = 1;
  } else {
    /* the content after the denial, in the clause where it starts: a
     * later clause tells what the denier says instead ("..., saying the
     * curbs would take effect on Dec. 1") */
    for (size_t j = first_deny; j < s->nt; j++)
      if (!preds[s->t[j].pred].negates && s->t[j].clause == s->t[first_after].clause) s->t[j].negated = 1;
  }
}

/* Does negation cue m stand for a verb phrase or an object left out:
 * the last word of its clause ("they had none.", "it had not"), or "no"
 * before "such" ("there were no such risks")? With no trigger in its
 * reach it then points back to what was said before (cd_scope.echo). */
static int elliptic(const cd_scratch *s, const cd_match *m) {
  int cl = cd_clause_of(&s->clauses, m->span.start);
  size_t end = cd_clause_end(&s->clauses, cl, s->len);
  if (m->span.end + 5 <= s->len && !memcmp(s->text + m->span.end, " such", 5)) return 1;
  for (const char *p = s->text + m->span.end, *e = s->text + end; p < e;) {
    int32_t cp;
    int n = cd_utf8_next(p, e, &cp);
    utf8proc_category_t c = utf8proc_category(cp);
    if (n <= 0 || !(c == UTF8PROC_CATEGORY_ZS || (c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO)))
      return 0;
    p += n;
  }
  return 1;
}

#define HEDGE_FRAME_REACH 240 /* bytes from a verb of saying to a hedge of what it tells */

/* Does a trigger start right after hedge m (a space between at most):
 * the hedge qualifies that noun ("potential backdoors"), nothing else? */
static int qualifies_next(const cd_scratch *s, const cd_match *m) {
  size_t j = cd_trigger_from(s, m->span.end);
  return j < s->nt && s->t[j].span.start <= m->span.end + 1;
}

/* A hedge also hedges what a verb of saying before it tells: "警告，上调后
 * 的关税可能最终由消费者承担", "warned that the higher duties could end up
 * being paid by consumers", "warned that using the chips could violate
 * export controls" are warnings of something possible, and "将最终由消费者
 * 承担" a warning of a certainty, whether or not a trigger of the rules
 * reads what is warned of. The nearest speech trigger before it in the
 * sentence, within HEDGE_FRAME_REACH, takes the hedge (not from a hedge
 * inside a value or under a negation, as apply_cue); not from a hedge
 * that qualifies a noun
 * ("criticised ... potential backdoors": the backdoors are possible, the
 * criticism is not). */
static int hedge_frame(cd_scratch *s, const cd_match *m, const cd_predicate *preds) {
  if (inside_value(s->vals, s->nv, m->span.start, m->span.end) || under_negation(s, m)) return 1;
  for (size_t j = cd_trigger_from(s, m->span.start); j-- > 0;) {
    if (s->t[j].span.end + HEDGE_FRAME_REACH < m->span.start) return 0; /* bounded: linear */
    if (preds[s->t[j].pred].speech && !preds[s->t[j].pred].negates && s->t[j].span.end <= m->span.start) {
      s->t[j].hedged |= CD_HEDGE_SUPPOSED;
      return 1;
    }
  }
  return 0;
}

#define ATTRIBUTIVE_VERB    9  /* bytes of the verb between 已 and 的: 已批准的, 已生效的 */
#define ATTRIBUTIVE_PASSIVE 30 /* bytes from 已被 to the 的 of the noun it describes */

/* Is Chinese cue m of what is done (已, 已经) inside a clause that
 * describes the noun after its 的: a verb of three characters at most
 * (已取得的进展), or a passive (收回已被中国买家购得的农地: land already
 * bought, no act the sentence tells as done)? Not a 的 of the verb's
 * object (已经损害美国产业的竞争力). No clause break before it. */
static int describes_noun(const cd_scratch *s, const cd_match *m) {
  static const char de[] = "\xE7\x9A\x84", bei[] = "\xE8\xA2\xAB"; /* 的 被 */
  size_t end, stop;
  if ((m->p->index != CD_CUE_DONE && m->p->index != CD_CUE_PERFECT) ||
      (unsigned char)s->text[m->span.start] < 0x80)
    return 0;
  end =
      m->span.end + (m->span.end + 3 <= s->len && !memcmp(s->text + m->span.end, bei, 3) ? ATTRIBUTIVE_PASSIVE
                                                                                         : ATTRIBUTIVE_VERB);
  stop = cd_clause_end(&s->clauses, cd_clause_of(&s->clauses, m->span.start), s->len);
  if (end > stop) end = stop;
  for (size_t i = m->span.end; i + 3 <= end; i++)
    if (!memcmp(s->text + i, de, 3)) return 1;
  return 0;
}

/* Is cue m a hedge or a cue of certainty that a forecast may stand on
 * when it governs no trigger (cd_scope.loose_at)? Not one that only
 * qualifies the noun after it ("potential backdoors"), nor one inside a
 * value or under a negation. A cue of what is done (已经, 已, "already")
 * counts too: 可能 told as 已 is a forecast told as an outcome. */
static int modal_kind(const cd_scratch *s, const cd_match *m) {
  return cd_cue_kind_forecasts(m->p->index) && !qualifies_next(s, m) && !describes_noun(s, m) &&
         !inside_value(s->vals, s->nv, m->span.start, m->span.end) && !under_negation(s, m);
}

/* Does 前, 之前 or 以前 ("before") follow Chinese trigger t? The act then
 * tells when something else is done (出口前须取得许可, 生效前): it is
 * neither stated nor denied. Not 前景 (prospects) nor 前十 (the top ten). */
static int tells_time(const cd_scratch *s, const cd_trigger *t) {
  static const char *const before[] = {"之前", "以前", "前"};
  static const int32_t not_after[] = {0x666F, 0x5341, 0x4E94, 0x4E09, 0x4E24, 0x767E}; /* 景 十 五 三 两 百 */
  size_t at = t->span.end, k = 0;
  int32_t cp = 0;
  if ((unsigned char)s->text[t->span.start] < 0x80) return 0;
  for (size_t i = 0; i < sizeof before / sizeof *before && !k && at < s->len; i++)
    if (s->text[at] == before[i][0] && at + strlen(before[i]) <= s->len &&
        !memcmp(s->text + at, before[i], strlen(before[i])))
      k = strlen(before[i]);
  if (!k) return 0;
  if (at + k < s->len) cd_utf8_next(s->text + at + k, s->text + s->len, &cp);
  for (size_t n = 0; n < sizeof not_after / sizeof *not_after; n++)
    if (cp == not_after[n]) return 0;
  return !(cp >= '0' && cp <= '9');
}

void cd_scope_apply(cd_scope *out, cd_scratch *s, const cd_predicate *preds) {
  out->loose_negation = out->anaphora = 0;
  out->nloose = 0;
  out->echo = s->len;
  /* 1. cues, in any order: each only sets flags */
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind != CD_LEX_CUE) continue;
    if (m->p->index == CD_CUE_ANAPHORA)
      out->anaphora = 1;
    else if (m->p->scope) {
      int framed = m->p->scope->sets == CD_SETS_HEDGED && !qualifies_next(s, m) && hedge_frame(s, m, preds);
      size_t marked = apply_cue(s, m, preds);
      if (!marked && m->p->scope->sets == CD_SETS_NEGATED) {
        out->loose_negation = 1;
        if (out->echo == s->len && elliptic(s, m)) out->echo = m->span.start;
      }
      if (!marked && !framed && out->nloose < CD_SCOPE_LOOSE && modal_kind(s, m) &&
          (!out->nloose || cd_clause_of(&s->clauses, out->loose_at[out->nloose - 1]) !=
                               cd_clause_of(&s->clauses, m->span.start))) {
        out->loose_at[out->nloose] = m->span.start;
        out->loose_kind[out->nloose++] = m->p->index;
      }
    }
  }
  /* 2. a double negative outweighs the single negations over its trigger */
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].cancelled) s->t[j].negated = 0;
  /* 3. a denial sets negated outright */
  apply_denials(s, preds);
  /* 4. an opposite's trigger says the reverse: "not exempt" is covered */
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].inverted) s->t[j].negated = !s->t[j].negated;
  /* 5. what is asked makes no claim, a bare denial included, nor an act
   * that only tells a time (出货前 "before shipping") */
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].asked || tells_time(s, &s->t[j])) s->t[j].state = CD_TRIG_USED;
}

#define SUBJECT_REACH 15 /* bytes: a noun of up to five Chinese characters */

int cd_scope_hedges_subject(const cd_scratch *s, size_t end) {
  int cl = cd_clause_of(&s->clauses, end > 0 ? end - 1 : 0);
  for (size_t i = cd_match_from(s, end); i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    const cd_cue_scope *sc = m->p->scope;
    if (m->span.start - end > SUBJECT_REACH || cd_clause_of(&s->clauses, m->span.start) != cl) return 0;
    if (m->p->kind == CD_LEX_ENTITY) continue; /* a name in the subject: 10家美国企业可能… */
    if (m->p->kind != CD_LEX_CUE || !sc || sc->sets != CD_SETS_HEDGED) return 0; /* a word between */
    for (size_t v = 0; v < s->nv; v++)
      if (s->vals[v].span.start >= end && s->vals[v].span.start <= m->span.start) return 0;
    if (!(sc->direction & (CD_SCOPE_FORWARD | CD_SCOPE_EITHER))) return 0;
    return sc->estimate ? CD_HEDGE_ESTIMATE : CD_HEDGE_SUPPOSED;
  }
  return 0;
}

int cd_scope_hedges(const cd_scratch *s, size_t pos) {
  int hedged = 0;
  for (size_t i = 0; i < s->nm; i++) {
    const cd_match *m = &s->m[i];
    const cd_cue_scope *sc = m->p->scope;
    if (m->p->kind != CD_LEX_CUE || !sc || sc->sets != CD_SETS_HEDGED ||
        !(sc->direction & (CD_SCOPE_FORWARD | CD_SCOPE_EITHER)) || m->span.end > pos ||
        pos - m->span.end > sc->window)
      continue;
    if (inside_value(s->vals, s->nv, m->span.start, m->span.end) || under_negation(s, m) ||
        closed(s, sc, m->span.end, pos))
      continue;
    hedged |= sc->estimate ? CD_HEDGE_ESTIMATE : CD_HEDGE_SUPPOSED;
  }
  return hedged;
}
