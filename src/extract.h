/* extract.h: the claims of one document.
 *
 * Runs norm -> trim -> segment -> lexicon scan -> values on one document
 * and turns each sentence's matches into claims:
 *
 *   predicate id + entity ids of the sentence + values + flags
 *
 * Each predicate trigger yields (at most one per predicate per sentence) a
 * claim. Values attach to the nearest trigger, in their clause, whose
 * predicate takes that kind. Cues set the flags: negation governs the
 * nearest trigger after it in its clause, a hedge every trigger after it in
 * its clause, attribution names the entity next to the cue ("X said",
 * "according to X", "X表示", "据X"), and a deny-like predicate
 * negates the content predicate it governs (or, with "these claims" and no
 * content of its own, the last content predicate of the sentences just
 * before). Word order is never the key: see DESIGN-NOTES.md.
 *
 * Cost: O(bytes) for scanning and values, plus O(m log m) a sentence of m
 * matches (clauses, cues and triggers are found by binary search, and
 * each cue walks only its window). The extraction
 * owns everything it points to except the document, the ruleset and the
 * lexicons, which it borrows; free it with cd_extraction_free(). */
#ifndef CD_EXTRACT_H
#define CD_EXTRACT_H

#include <stddef.h>

#include "arena.h"
#include "doc.h"
#include "lexicon.h"
#include "norm.h"
#include "rules.h"
#include "segment.h"
#include "trim.h"
#include "values.h"

typedef enum { CD_POLARITY_AFFIRMED = 0, CD_POLARITY_NEGATED } cd_polarity;
typedef enum { CD_MODALITY_ASSERTED = 0, CD_MODALITY_HEDGED, CD_MODALITY_REPORTED } cd_modality;

#define CD_CLAIM_MAX_VALUES 8

typedef struct cd_claim {
  int predicate; /* index into the ruleset's predicates */
  int *entities; /* sorted, unique entity indices (in the arena) */
  size_t nentities;
  cd_value values[CD_CLAIM_MAX_VALUES]; /* non-date values attached, in text order */
  size_t nvalues;
  cd_value date; /* kind CD_VALUE_NONE when no date attached */
  cd_polarity polarity;
  cd_modality modality;
  int attribution;     /* entity index of the speaker, or -1 */
  int sentence;        /* index into the extraction's sentences */
  size_t start, end;   /* evidence: original byte span (the sentence) */
  const cd_term *rule; /* the trigger that made the claim */
  int borrowed;        /* 1: content taken from an earlier sentence */
} cd_claim;

typedef struct cd_mention {
  int entity;
  int sentence;
  size_t nstart, nend; /* normalised offsets */
} cd_mention;

typedef struct cd_extraction {
  cd_arena arena;
  const cd_doc *doc; /* borrowed */
  cd_date date;      /* resolves relative dates; year 0 when none */
  cd_norm norm;      /* of doc->bytes[doc->body, len) */
  cd_line *lines;
  size_t nlines;
  cd_sentence *sentences;
  size_t nsentences;
  cd_claim *claims;
  size_t nclaims;
  cd_mention *mentions;
  size_t nmentions;
} cd_extraction;

typedef struct cd_extractor {
  const cd_ruleset *rs;
  const cd_lexicon *lex;     /* entities, predicates, cues */
  const cd_lexicon *abbrevs; /* abbreviations, may be NULL */
} cd_extractor;

/* cd_extract_doc: the claims of doc. Relative dates resolve against the
 * document's date (front matter), else against fallback (may be NULL). */
int cd_extract_doc(cd_extraction **out, const cd_extractor *x, const cd_doc *doc, const cd_date *fallback,
                   cd_error *err);

const char *cd_polarity_name(cd_polarity p);
const char *cd_modality_name(cd_modality m);

void cd_extraction_free(cd_extraction *ex);

#endif
