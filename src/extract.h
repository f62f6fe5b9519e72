/* extract.h: the claims of one document.
 *
 * Runs norm -> trim -> segment -> lexicon scan -> values on one document
 * and turns each sentence's matches into claims:
 *
 *   predicate id + entity ids of the sentence + roles + values + flags
 *
 * The rules, and the file that applies each:
 *   - clauses start at commas, semicolons, colons, " - " and clause words
 *     ("but", 但); semicolons and clause words are strong breaks (clause.c);
 *   - each content trigger occurrence yields its own claim, with its own
 *     polarity, speaker and values; the next triggers of the same
 *     predicate, clause and flags fold into it (extract.c);
 *   - values attach to the nearest trigger, in their clause, whose
 *     predicate takes that kind, a date preferring the side its language
 *     attaches dates to (Chinese the verb after it, English the one
 *     before); a date or an amount in a clause with no such trigger goes
 *     to the nearest one anywhere; a gapped trigger is in the clauses of
 *     both its parts, and a value between them is on no wrong side
 *     ("The tariffs, which took effect in April, were cut to 30% in
 *     May"); an English date between a determiner and its noun ("an
 *     April decision to ban") attaches forward, as a Chinese one does;
 *     a date in a relative clause right after a trigger whose key ends in
 *     another predicate's trigger ("lifted the ban it had imposed in
 *     April") dates that object, a claim of its own;
 *     a content trigger right
 *     after an announcing frame ("周二宣布，将…", "announced on Tuesday
 *     that ...") with no date of its own borrows the frame's, marked lent
 *     (date_lent: it may agree with a source, never anchor or clash), and
 *     so is a date that reaches a trigger from a reporting frame's clause
 *     ("发言人6日…回应称，中国政府…实施出口管制"), unless the trigger is a
 *     verb of saying or stance (`speech: true`); a Chinese date after its
 *     verb that opens a noun's modifier (符合2024年通过的法律) attaches to
 *     no trigger;
 *   - a negation cue flips the nearest trigger after it in its clause (a
 *     negation-after cue, the one before it); a hedge governs every trigger
 *     after it up to a strong break, and hedges the verb of saying before
 *     it that tells what it hedges ("warned that ... could"); a deny-like predicate negates the
 *     content it governs (scope.c);
 *   - the trigger's agent, patient and recipient come from role words
 *     (被, 对, 将, 向 / by, on, to) and subject and object places (roles.c);
 *   - a reporting frame ("X said", "according to X", "X表示", "据X")
 *     gives the triggers it governs their speaker; a denied trigger is the
 *     denier's, and the allegation it stood in ("the CAC's claims that")
 *     is a second claim, affirmed, the alleger's; "the department" names
 *     the agency last mentioned; an outlet's claims are reported
 *     (speaker.c); a frame whose speaker is a pronoun ("..., she said",
 *     他表示) speaks in the voice of the sentence before that had one,
 *     at most two back (he/she a person's or a commentator's, it a
 *     body's); a quotation with no frame goes on in the voice of the
 *     quotation before it (extract.c);
 *   - where a strong break parts a sentence and a trigger's part names a
 *     strong entity, its claim keeps the names of that part only ("Nvidia
 *     resumed sales, but Micron halted shipments");
 *   - a denial with no content of its own ("these claims were denied")
 *     borrows the last content predicate of the sentences just before, else
 *     is the claim itself, unless it denies a proposition of its own that
 *     no trigger reads (否认此举的时机与选举有关): then no claim; a claim
 *     without entities takes the strong
 *     entities of the nearest of the two sentences before that has some
 *     (extract.c).
 * sentence.h holds what these files share about the sentence being read.
 * Word order is never the key: see DESIGN-NOTES.md.
 *
 * Cost: O(bytes) for scanning and values, plus O(m log m) a sentence of m
 * matches (clauses, cues and triggers are found by binary search, and
 * each cue walks only its window). The extraction
 * owns everything it points to except the document, the ruleset and the
 * lexicons, which it borrows (the claims' entities and values are in its
 * arena); free it with cd_extraction_free(). */
#ifndef CD_EXTRACT_H
#define CD_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "claimdiff.h"
#include "common.h"
#include "norm.h"
#include "values.h"

/* Borrowed or pointed to, never looked into here. */
typedef struct cd_doc cd_doc;
typedef struct cd_engine cd_engine;
typedef struct cd_term cd_term;
typedef struct cd_line cd_line;
typedef struct cd_sentence cd_sentence;

typedef enum { CD_POLARITY_AFFIRMED = 0, CD_POLARITY_NEGATED } cd_polarity;
typedef enum { CD_MODALITY_ASSERTED = 0, CD_MODALITY_HEDGED, CD_MODALITY_REPORTED } cd_modality;

#define CD_CLAIM_MAX_VALUES 8

/* The fields go by size: pointers, then the sentence and the count of
 * entities, the entity indices of its speaker and roles in 16 bits each
 * (a ruleset has at most CD_CLAIM_ENTITIES entities), then a word of
 * bit-fields (the predicate's 16 bits, the count of values, the enums and
 * the 0/1 flags): 48 bytes a claim (a claim for every 75 bytes of kept
 * Chinese; 16 MB of kept English makes 139,000), where ints took 56 and a
 * field each 64. The
 * evidence span is its sentence's (cd_extraction_claim_span), not kept
 * twice; values that reached a claim past CD_CLAIM_MAX_VALUES, which
 * almost no claim has, are told by a warning of the extraction only. */
typedef struct cd_claim {
  int *entities;          /* sorted, unique entity indices (in the arena) */
  const cd_value *values; /* nvalues non-date values attached, in text order, then the date when
                             has_date (in the arena): read the date with cd_claim_date() */
  const cd_term *rule;    /* the trigger that made the claim */
  int sentence;           /* index into the extraction's sentences: its evidence */
  uint32_t nentities;     /* entities in the list */
  int16_t attribution;    /* entity index of the speaker, or -1 */
  int16_t agent;          /* roles (roles.h): entity indices, or -1 */
  int16_t patient;
  int16_t recipient;
  int16_t trigger_entity;  /* the entity its trigger's own words name (the trigger "unreliable
                       entity list", 出口管制管控名单: which list), or -1: two claims
                       whose triggers name two such entities are two events (pair.c) */
  unsigned predicate : 16; /* index into the ruleset's predicates (at most CD_CLAIM_PREDICATES) */
  unsigned nvalues : 4;    /* at most CD_CLAIM_MAX_VALUES */
  unsigned polarity : 1;   /* a cd_polarity */
  unsigned modality : 2;   /* a cd_modality */
  unsigned borrowed : 1;   /* 1: content taken from an earlier sentence */
  unsigned inherited : 1;  /* 1: entities taken from the sentences before (its topic) */
  unsigned aside : 1;      /* 1: its trigger stands in an English relative clause (", whose sales
                              Washington has restricted", "an operator that buys"): background,
                              which pairs and agrees; with no value, no fact left out (align.c) */
  unsigned quoted : 1;     /* 1: its sentence is a direct quotation (it opens with a quotation mark,
                              or '...," said X'): a voice's own words, which with no speaker the
                              rules name are no fact left out (align.c) */
  unsigned date_lent : 1;  /* 1: the date is its announcing frame's ("周二宣布，将…"), or
                              the claim sets the scene in a clause of time ("4月…后，"): it
                              may agree with a source's date, never anchor or clash */
  unsigned date_ahead : 1; /* 1: the date is a year (or part of one) after the document's year: a
                              target ("could start production in 2028"), which anchors as a month
                              does, where a year gone by is every event of that year */
  unsigned has_date : 1;   /* 1: a date is attached, at values[nvalues] (cd_claim_date) */
  /* 1: no speaker entity, but a commentator says it ("analysts said", 北京律师韦岚表示): another
   * voice than any body the rules name (pair.c) */
  unsigned commentator : 1;
  /* 1: asserted and told as sure or done (势必加剧, 已经加剧, "already"): where a source hedges
   * it, the certainty is the summary's own (pair.c) */
  unsigned certain : 1;
  /* 1: told as done (已, 已经, "already"); future: told as to come (将, "will", "plans to",
   * 预计), which wins where both are told (已宣布将加征: the tariff is to come). One against
   * the other is a difference in certainty (pair.c). */
  unsigned done : 1;
  unsigned future : 1;
  /* 1: hedged only as a forecast or a guess at a figure (预计, 估计, "is expected to"), which a plain
   * statement of it tells alike ("would reduce revenue by about $600 million" / 营收预计将减少约6亿
   * 美元): its certainty clashes only with one told as sure or done (pair.c) */
  unsigned estimate : 1;
  /* 1: its sentence sets reports side by side (有报道称…，也有报道称…: a `rivals` cue): two of
   * its amounts, each another source's, tell that the sources disagree (figures.c) */
  unsigned rivals : 1;
  /* 1: made by an English reporting frame and its day ("the ministry said on Saturday"): the
   * statement the speaker made that day, a `dated_saying:` predicate's claim, which meets a
   * summary's announcement but is no fact a summary must tell (align.c) */
  unsigned said : 1;
  /* 1: its date ends more than CD_CLAIM_HISTORY_DAYS before its document's: history the
   * document retells ("when it acquired Mellanox in 2020"), whose teller is no speaker of it
   * (pair.c) */
  unsigned past : 1;
} cd_claim;

/* How long before its document's date a claim's date makes it history (cd_claim.past). */
#define CD_CLAIM_HISTORY_DAYS 365

/* The predicates a claim can name: its 16 bits. A ruleset with more
 * makes no extraction (CD_ELIMIT). */
#define CD_CLAIM_PREDICATES 65536
/* The entities a claim's speaker and roles can name: their 16 signed
 * bits, -1 for none. A ruleset with more makes no extraction either. */
#define CD_CLAIM_ENTITIES 32767

/* cd_claim_date: the date claim c holds (borrowed, lives with its
 * extraction), never NULL: &cd_value_none (kind CD_VALUE_NONE) when it
 * has none. Kept after its values, not pointed at: a pointer more in
 * every claim was 8 bytes of 72. */
static inline const cd_value *cd_claim_date(const cd_claim *c) {
  return c->has_date ? c->values + c->nvalues : &cd_value_none;
}

/* A bound extraction kept, said in the report rather than passed over:
 * a sentence longer than SENTENCE_BYTES_MAX (sentence.h; the rest of it
 * makes no claim), a sentence with more values than SENTENCE_VALUES_MAX
 * (the rest make no claim), or a claim that more values reached than
 * CD_CLAIM_MAX_VALUES (the rest are not compared). Each keeps the work
 * per sentence bounded. */
#define CD_WARNING_VALUES (-1) /* cd_warning.claim of a sentence's values */
#define CD_WARNING_BYTES  (-2) /* cd_warning.claim of a sentence's bytes */
typedef struct cd_warning {
  cd_span span;   /* the sentence, in the original bytes */
  int claim;      /* CD_WARNING_VALUES, CD_WARNING_BYTES, or the claim's index */
  size_t kept;    /* values (bytes) read, or in the claim */
  size_t dropped; /* values (bytes) after them */
} cd_warning;

/* 12 bytes, a mention for every 45 bytes of kept Chinese: where it stands
 * is kept in its sentence (16-bit offsets: a sentence is read up to
 * SENTENCE_BYTES_MAX bytes, sentence.h), not in the document, which took 4
 * bytes more (1.4 MB of 16 MB of kept Chinese). Its place in the
 * normalised text is cd_extraction_mention_nspan(). */
typedef struct cd_mention {
  int entity;
  int sentence;
  uint16_t start, end; /* byte offsets into its sentence's normalised text: start inclusive */
} cd_mention;

typedef struct cd_extraction {
  cd_arena arena;          /* the claims' entity lists and values */
  const cd_doc *doc;       /* borrowed */
  const cd_engine *engine; /* borrowed: the rules it was made by */
  cd_date date;            /* resolves relative dates; year 0 when none */
  cd_norm norm;            /* of doc->bytes[doc->body, len) */
  cd_line *lines;          /* the lines boilerplate dropped (not empty), in order: what the
                              reports tell; the kept ones went once segmented (a line a
                              paragraph: 1.5 MB of 16 MB of kept text) */
  size_t nlines;
  cd_sentence *sentences;
  size_t nsentences;
  cd_claim *claims;
  size_t nclaims;
  cd_mention *mentions;
  size_t nmentions;
  cd_warning *warnings; /* in text order, malloc'd */
  size_t nwarnings, cap_warnings;
} cd_extraction;

/* cd_extract_doc: the claims of doc, by the rules of engine e. Relative
 * dates resolve against the document's date (front matter), else against
 * fallback (may be NULL). On success *out is new, borrows doc and e (both
 * must outlive it) and is freed with cd_extraction_free(). */
int cd_extract_doc(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                   cd_error *err);

/* cd_extract_doc_lean: as cd_extract_doc, for a caller that reads the
 * extraction's claims, sentences, values and warnings but never its
 * normalised text nor its mentions (the extract command, the benchmark):
 * the text of the sentences whose claims are made is given back to the
 * system as extraction goes (pages.h), behind it by EXTRACT_RELEASE_LAG
 * sentences, and freed at the end (ex->norm.ptr is NULL; its len and map
 * stay, for cd_norm_orig); the mentions are kept only for the few
 * sentences a later one reads (extract.c), and none at the end
 * (ex->nmentions is 0). Claims are made of the sentence being read and
 * the mentions of a few before it, so the claims are the same; 16 MB of
 * kept Chinese then peaks at about 3.6 times its size instead of 4.6.
 * Alignment reads the text and the mentions (names.c, figures.c): extract
 * for it with cd_extract_doc. */
int cd_extract_doc_lean(cd_extraction **out, const cd_engine *e, const cd_doc *doc, const cd_date *fallback,
                        cd_error *err);

/* cd_extract_text: the claims of a short text (a rule example), as if it
 * were a document named "<example>" dated *date (date may be NULL). On
 * success *doc and *ex are new, to free with cd_extraction_free() and then
 * cd_doc_free(); on failure both are NULL. */
int cd_extract_text(cd_doc **doc, cd_extraction **ex, const cd_engine *e, const char *text,
                    const cd_date *date, cd_error *err);

/* cd_warning_text: what warning w says, into buf ("a sentence with 40
 * values: the first 32 are read, the 8 after them make no claim"). */
char *cd_warning_text(const cd_warning *w, char *buf, size_t n);

const char *cd_polarity_name(cd_polarity p);
const char *cd_modality_name(cd_modality m);

void cd_extraction_free(cd_extraction *ex);

/* cd_extraction_mentions_from: the index of the first mention of sentence
 * si or a later one (mentions are in sentence order): O(log mentions). */
size_t cd_extraction_mentions_from(const cd_extraction *ex, int si);

/* cd_extraction_mention_nspan: where mention mn of ex stands in the
 * normalised text (ex->norm). */
cd_nspan32 cd_extraction_mention_nspan(const cd_extraction *ex, const cd_mention *mn);

/* cd_extraction_claim_span: the evidence of claim c of ex (its
 * sentence), in the original bytes. */
cd_span cd_extraction_claim_span(const cd_extraction *ex, const cd_claim *c);

/* cd_extraction_claims_from: the index of the first claim of sentence si
 * or a later one (claims are in sentence order): O(log claims). */
size_t cd_extraction_claims_from(const cd_extraction *ex, int si);

#endif
