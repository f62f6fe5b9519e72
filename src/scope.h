/* scope.h: which triggers each cue of a sentence governs, ConText-style
 * (Chapman et al. 2007; Harkema et al. 2009).
 *
 * Every scoped cue kind of rules/cues.yaml declares its scope
 * (cd_cue_scope): what it sets (negated, hedged, question, affirmed), its
 * direction (forward, backward, both, or either: forward, else backward
 * when nothing follows in scope, "..., analysts expect"), its window in
 * bytes, whether it reaches the nearest trigger or all of them, and its
 * terminators (any clause start; strong breaks: semicolons and
 * but/however/但/而; a clause with a subject of its own, clause.h). A
 * negation also stops at an English verb phrase of its own, " and "
 * with an auxiliary or a modal ("had never sold chips to the military and
 * would take legal action": the legal action is not denied).
 * Cues compose and never toggle: two negations over one trigger leave it
 * negated; only a double negative (不无, "not without", a cue kind of its
 * own) makes a trigger affirmed again. A hedge inside a value ("in May")
 * is the value's. Three rules of word order go with the declared scopes:
 * a Chinese negation before a coverb (不会对…, 未向…) governs the verb
 * after the phrase (the last trigger in scope), not a noun inside it; a
 * hedge inside a negation's scope is negated with it (不可能, 不存在A或B),
 * not a hedge; a Chinese hedge right after a trigger also governs that
 * trigger, the nominal subject of the modal (禁令的解除可能…), unless a
 * causative follows (管制可能使…: the cause is fact), and so does an
 * English one before a passive ("the truce would likely be extended");
 * a trigger right after a cue is what the cue governs, before a gapped
 * key whose gap holds the cue (关税不在下调之列: 不 negates 在…之列). The
 * future 将 right before a name, an amount or a pronoun is the disposal
 * marker (把: 将23家中国企业列入实体清单) and governs nothing; "without"
 * opening a sentence opens a condition ("Without a deal, tariffs will
 * jump"), which asserts nothing, as "if" does. Deny-like predicates then negate the content they
 * govern: the content triggers after the first denial, or all of them
 * when a denial comes after all content; with no content it is a bare
 * denial.
 *
 * Questions: the JSON contract knows only asserted, hedged and reported,
 * and a question asserts nothing, so a trigger a question cue governs
 * (?, 吗 before it; whether, 是否 after) makes no claim at all: it is
 * marked USED, like a denial. Dropping is the honest choice: "hedged"
 * would still compare it, and a summary's question could then contradict
 * a source.
 *
 * Cost: O(m log m) for a sentence of m matches: each cue finds its first
 * trigger by binary search and walks only its window. Writes the triggers'
 * negated, hedged, asked, cancelled and state in the caller's cd_scratch
 * (sentence.h) and nothing else; allocates nothing. */
#ifndef CD_SCOPE_H
#define CD_SCOPE_H

#include "rules.h"
#include "sentence.h"

#define CD_SCOPE_LOOSE 4 /* loose hedges kept a sentence: one a clause */

/* What the cues leave that is not a mark on a trigger: the hints that the
 * sentence's content lies in an earlier sentence, and the hedges that
 * hedge no trigger (forecasts, extract.c). */
typedef struct cd_scope {
  int loose_negation; /* a negation cue with no trigger in its reach */
  int anaphora;       /* "these claims", 此类 */
  size_t echo;        /* where a loose negation stands for what was said
                       * before it ("...; Nvidia said they had none"), or
                       * the sentence's length: extract.c makes it a claim */
  /* the hedges (could, 可能) and cues of certainty or of what is done
   * (势必, 已经, 已) that govern no trigger, the first of each clause, at most
   * CD_SCOPE_LOOSE: forecasts whose verb the rules do not read ("could
   * push fabs to lean on local suppliers"); where each stands, its kind
   * (CD_CUE_HEDGE, CD_CUE_CERTAIN, CD_CUE_DONE, CD_CUE_PERFECT) */
  size_t loose_at[CD_SCOPE_LOOSE];
  int loose_kind[CD_SCOPE_LOOSE];
  size_t nloose;
} cd_scope;

/* cd_scope_apply: applies the cues among s's matches to s's triggers
 * (whose clauses must be set), then lets deny-like predicates (preds, the
 * ruleset's predicates, indexed by cd_trigger.pred) negate the content
 * they govern. Fills *out. */
void cd_scope_apply(cd_scope *out, cd_scratch *s, const cd_predicate *preds);

/* cd_scope_denies_own: 1 when denial t denies a proposition of its own
 * that no trigger reads: more than 36 bytes after it in its clause
 * ("否认此举的时机与11月的总统选举有关", "denied that the timing was linked
 * to the election"). A denial that points back is short: "denied the
 * report", 否认了这一说法, "denied any wrongdoing". O(log clauses). */
int cd_scope_denies_own(const cd_scratch *s, const cd_trigger *t);
/* cd_scope_denies_claims: 1 when denial t names what it denies as claims
 * ("denied the accusations", "rejected the allegations", 否认相关指控): its
 * content is that noun, and a later clause ("..., saying China opposes
 * hacking") tells what the denier says instead. A closed list of nouns,
 * like the function words of clause.c. O(1). */
int cd_scope_denies_claims(const cd_scratch *s, const cd_trigger *t);

/* cd_scope_hedges: nonzero when a hedging cue of s (one whose declared
 * scope sets hedged and reaches forward) stands before local offset pos,
 * within its window and terminators, not inside a value ("in May") nor
 * under a negation (不可能): the figure there is hedged ("可能于4月上调至
 * 640元"). The value is the CD_HEDGE_ bits of every such cue (sentence.h):
 * CD_HEDGE_ESTIMATE alone when each is an estimate ("a warrant that lets
 * the government buy 5%"). For what no trigger holds; O(matches). */
int cd_scope_hedges(const cd_scratch *s, size_t pos);

/* cd_scope_hedges_subject: nonzero (the cue's CD_HEDGE_ bit) when the
 * amount ending at local offset end is the subject of a hedged verb: a
 * forward hedging cue starts in its clause within SUBJECT_REACH bytes
 * after it, with no trigger, value or other cue between, names aside
 * (至少3艘油轮预计数日内启航: the tankers are what is expected to sail).
 * O(matches). */
int cd_scope_hedges_subject(const cd_scratch *s, size_t end);

#endif
