/* speaker.h: who says what a sentence says, and what its references name.
 *
 *   references   "the department", "the company", 该公司: the agency (or
 *                company) last named in the sentence before it, else in
 *                the 5 sentences before; the match then stands for it
 *   speaker      the first attribution cue's ("X said", ", said X",
 *                "X表示"), source cue's ("according to X", "据X") or
 *                reported cue's speaker: an entity that can speak, next to
 *                the cue in its clause; else the denier ("X denied")
 *   reported     a reported cue ("reportedly", 据报道), or a speaker that
 *                is a news outlet ("according to Reuters")
 *
 * Cost: O(m log m) for a sentence of m matches (binary searches, walks
 * bounded by a window of bytes), plus the mentions of the few sentences
 * before for each reference. Reads the caller's cd_scratch (sentence.h);
 * writes only its matches' payloads when resolving references (they then
 * point into the scratch's refs); allocates nothing. */
#ifndef CD_SPEAKER_H
#define CD_SPEAKER_H

#include <stddef.h>

#include "extract.h"
#include "rules.h"
#include "sentence.h"

typedef struct cd_speaker {
  int entity;   /* entity index of the speaker, or -1 */
  int reported; /* 1: what the sentence says is reported */
} cd_speaker;

/* cd_speaker_resolve_refs: turns each reference cue among s's matches
 * (at most SENTENCE_REFS_MAX of them) into a match of the entity it names,
 * when it names one. entities are the ruleset's; mentions[0, n) are the
 * document's mentions so far (in sentence order, none of sentence si yet),
 * si is the sentence being read. Call it before the sentence's mentions
 * are recorded, so that resolved references count among them. */
void cd_speaker_resolve_refs(cd_scratch *s, const cd_entity *entities, const cd_mention *mentions, size_t n,
                             int si);

/* cd_speaker_find: the speaker of the sentence in s (clauses and triggers
 * set) and whether it is reported, into *out. */
void cd_speaker_find(cd_speaker *out, const cd_scratch *s, const cd_ruleset *rs);

#endif
