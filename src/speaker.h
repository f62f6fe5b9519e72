/* speaker.h: who says what a sentence says, and what its references name.
 *
 *   references   "the department", "the company", 该公司: the agency (or
 *                company) last named in the sentence before it, else in
 *                the 5 sentences before; the match then stands for it
 *   frames       each attribution cue ("X said", ", said X", "X表示"),
 *                source cue ("according to X", "据X") or reported cue
 *                (据报道) with its speaker, an entity that can speak next
 *                to the cue in its clause, governs the triggers after it up
 *                to a semicolon (over "but"/但: reported speech runs on),
 *                or only to the end of its clause when that clause is
 *                subordinate ("After X said ...", "X宣布…后，"); with
 *                nothing said after it, those before it back to a
 *                semicolon ("..., Nvidia said")
 *   speaker      a trigger's is its nearest governing frame's; a trigger
 *                under a denial has the denier's ("Nvidia denied"), and
 *                the frame it stood in names the allegation's speaker
 *                ("... denied the CAC's claims that ...")
 *   reported     a reported frame, or a speaker that is a news outlet
 *                ("according to Reuters")
 *   sentence     for a claim that points back: the first frame's speaker,
 *                else the denier
 *
 * Cost: O(m log m) for a sentence of m matches (binary searches, walks
 * bounded by a window of bytes), plus the mentions of the few sentences
 * before for each reference, plus O(frames x triggers) for the frames
 * (at most 8 a sentence). Reads the caller's cd_scratch (sentence.h);
 * writes only its triggers' speaker, reported and alleged_by, and its
 * matches' payloads when resolving references (they then point into the
 * scratch's refs); allocates nothing. */
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

/* cd_speaker_find: sets each trigger's speaker, reported and alleged_by
 * in s (clauses and triggers set), and puts the sentence's speaker and
 * whether it is reported (for a claim pointing back) into *out. */
void cd_speaker_find(cd_speaker *out, cd_scratch *s, const cd_ruleset *rs);

#endif
