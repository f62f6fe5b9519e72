/* align.h: claims across documents -> findings.
 *
 * Claims are bucketed by predicate id (an index, so no claim is ever
 * compared with claims of another predicate). Then:
 *
 *   1. Each summary claim is paired with the claims of its bucket in every
 *      source (pair.h: anchors, tightness, dimensions). Its finding is a
 *      contradiction when a tight pair, or an anchored pair that differs
 *      on that dimension alone, differs on a dimension (value, date at
 *      the coarser precision, polarity, certainty, speaker) that no pair
 *      differing on nothing agrees on; an agreement when pairs fit;
 *      unsupported otherwise: a loose pair never contradicts. A tight
 *      pair that agrees on a value or a date and differs on polarity alone
 *      contradicts unless a pair that agrees on content too fits (looser
 *      pairs of the predicate do not excuse it), or another claim of its
 *      sentence, of its predicate, states that source claim alike: the
 *      summary tells both sides of one scope (只适用于新申请，不适用于续期
 *      against "renewals are not covered"). Evidence is
 *      at most one claim a source: its best candidate (fitting pairs
 *      first, tight before loose), or the one that differs. The sources it
 *      pairs with are checked against the first of them: two that align
 *      on the same names and differ on a value or a date make a
 *      source-versus-source contradiction, quoting the summary's claim
 *      too, unless either document states the other's value somewhere
 *      (it tells both figures) or the event recurs (`recurs:`, dates). A second claim of one sentence that says the same (same
 *      predicate, flags, speaker, no value) makes no finding of its own.
 *      One unsupported that a source states but for its speaker
 *      (cd_pair_voices), with nobody in that source sentence its
 *      speaker, is a contradiction on attribution. A pair is not aligned
 *      when the summary claim's agent is a state (or its body) that the
 *      source claim leaves unnamed while naming another state acting.
 *   2. Every amount of the summary is accounted for (figures.h): a
 *      figures claim (the values no trigger took) gets the finding the
 *      sources' values give it, and a claim of step 1 becomes a
 *      contradiction when one of its amounts or its date is contradicted.
 *      An unsupported claim is then lifted to an agreement when its
 *      sentence is paired (through another claim's finding, a figure's
 *      too) with a source sentence that states its predicate too, names
 *      all it names (or aligns on weaker names, stating its values alike)
 *      and differs on nothing (cd_pair_lift): the sentence is the
 *      anchor. One that would lift but differs on polarity alone is a
 *      contradiction on it (不会为…提供 against "would offer").
 *   3. The source claims no summary claim paired with are clustered by
 *      their entities (with groups, so the Commerce Department meets the
 *      US government): an omission each cluster with an entity or a
 *      value, or a contradiction when a source differs from the first on
 *      a value or a date on a strictly tight pair. The sources' figures
 *      claims are omissions only when left out (a sentence neither
 *      paired nor stated, no value the summary states, an amount, a
 *      share, a count from 10 up or a day not of the week up to the
 *      article's date), one finding only where they share a value, never
 *      a source conflict; a sentence whose every value and date (two at
 *      least) one summary sentence states makes none. One omission a
 *      source sentence: an omission whose every sentence an omission
 *      before it (more sources first) quotes is dropped, and so is an
 *      agreement whose every sentence, the summary's and the sources',
 *      agreements before it quote. A claim told in
 *      an English relative clause (extract.h `aside`) with no value or
 *      date is background: it pairs, but starts no omission.
 *
 * Cost: pairing is O(summary claims x claims of the predicate), linear in
 * the sources; clustering scores a claim only against the clusters of its
 * predicate that share one of its entities (an index from entity to
 * clusters), against at most 8 statements of each; each source sentence's
 * values are looked up in the summary's claims once (told by values);
 * accounting for a
 * summary claim's amounts is O(claims of the sources); sources are compared
 * with one reference source, never all pairs of sources. The report
 * borrows the extractions and the engine and owns the findings; free it
 * with cd_report_free() before them. */
#ifndef CD_ALIGN_H
#define CD_ALIGN_H

#include <stddef.h>

#include "arena.h"
#include "claimdiff.h"
#include "extract.h"

typedef struct cd_ref {
  int doc;   /* 0: the summary, 1..: sources in command-line order */
  int claim; /* index into that document's claims */
} cd_ref;

typedef struct cd_finding {
  cd_finding_kind kind;
  int predicate;
  const int *entities; /* the key's entities (borrowed from a claim) */
  size_t nentities;
  cd_ref *claims; /* every statement, summary first, then by document */
  size_t nclaims;
  int *missing; /* documents that do not state it */
  size_t nmissing;
  int nsources;     /* how many sources state it */
  char detail[256]; /* for contradictions: what differs, "" otherwise */
} cd_finding;

typedef struct cd_report {
  cd_arena arena;
  const cd_engine *engine; /* borrowed: the rules the claims were made by */
  cd_extraction *const *docs;
  size_t ndocs;
  cd_finding *findings; /* nfindings, then the baselined ones */
  size_t nfindings;
  size_t counts[4]; /* by cd_finding_kind */
  int baseline;     /* 1: a baseline was applied (baseline.h) */
  size_t baselined; /* findings it took out of findings and counts */
  size_t work;      /* pairs of statements scored or compared: a test
                         * checks it grows linearly with the documents */
} cd_report;

/* cd_align_claims: findings for docs[0] (summary) against docs[1..n). */
int cd_align_claims(cd_report **out, const cd_engine *e, cd_extraction *const *docs, size_t ndocs,
                    cd_error *err);

/* cd_align_key: "predicate/entity/entity" of a finding into buf. */
char *cd_align_key(const cd_report *r, const cd_finding *f, char *buf, size_t n);

/* cd_align_doc_id: "S" for the summary, "D1".. for sources, into buf. */
const char *cd_align_doc_id(int doc, char *buf, size_t n);

const char *cd_finding_kind_name(cd_finding_kind k);

void cd_report_free(cd_report *r);

#endif
