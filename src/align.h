/* align.h: claims across documents -> findings.
 *
 * Claims are bucketed by predicate id (an index, so no document's claims
 * are ever compared with all others'), then clustered inside a bucket by
 * their entities: two claims align when they share a strong entity (a
 * company, agency, person, product... counting an entity's groups, so the
 * Commerce Department meets the US government), or when neither has a
 * strong one and they share a weak one (a country) or have none. A claim
 * and its opposite by different speakers are a dispute, not one claim.
 *
 * A cluster is then
 *   agreement      the summary and sources state it compatibly,
 *   contradiction  some document's statements are all incompatible with
 *                  another's (value ranges disjoint, dates apart at the
 *                  coarser precision, polarity, attribution, hedge),
 *   omission       only sources state it (with an entity or a value),
 *   unsupported    only the summary states it.
 *
 * Cost: bucketing is O(claims); a claim is scored only against the
 * clusters of its predicate that share one of its entities (an index from
 * entity to clusters), against at most 8 statements of each, so
 * clustering is O(claims x candidate clusters). Classifying a cluster
 * compares the summary's statements with each source's, and each source's
 * with those of one reference source (the first that states the claim),
 * never all pairs of sources. The report borrows the extractions and the engine and owns
 * the findings; free it with cd_report_free() before them. */
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
  cd_finding *findings;
  size_t nfindings;
  size_t counts[4]; /* by cd_finding_kind */
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
