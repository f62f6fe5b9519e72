/* speaker.h: who says what a sentence says, and what its references name.
 *
 *   short forms  a bare Chinese short form (商务部, 财政部) after a long
 *                form of another agency ending with it (美国商务部,
 *                美國財政部), or after any other key of that agency
 *                (国务卿 for 国务院: the State Department), names that
 *                agency, as the document named it last, within 10
 *                sentences of the chain's last link
 *   references   "the department", "the company", 该公司: the agency (or
 *                company) last named in the sentence before it, else in
 *                the 5 sentences before; the match then stands for it
 *   frames       each attribution cue ("X said", ", said X", "X表示"),
 *                source cue ("according to X", "据X": a country before an
 *                outlet's name says where it is from, 据英国《金融时报》
 *                is the FT's) or reported cue
 *                (据报道) with its speaker, an entity that can speak next
 *                to the cue in its clause (not an outlet that interviews:
 *                接受CNBC专访时表示), governs the triggers after it up
 *                to a semicolon, or to a "but"/但 whose clause opens with
 *                another entity as its subject ("..., but the CAC
 *                summoned"; with no such subject, or one under an
 *                obligation ("but the US must", 但美方必须), reported
 *                speech runs on: "X表示，A，但将B"), or, for an
 *                announcing cue (宣布, a trigger too), to a clause opened
 *                by another entity and 则 (商务部宣布…，海关总署则暂停…;
 *                after a cue of saying, "X表示…，中方则承诺…" stays X's),
 *                or only to the end of its clause when
 *                that clause is subordinate ("After X said ...",
 *                "X宣布…后，"); with nothing said after it, those before
 *                it back to a semicolon ("..., Nvidia said"). An object_to
 *                cue with "to" after its object ("told firms to halt")
 *                is an order, no frame. A voice is a commentator's when
 *                a commentator noun names it ("analysts said", 分析人士
 *                认为), also in an appositive before ", said" ("Priya
 *                Raman, a chip analyst at a firm in Singapore, said").
 *   speaker      a trigger's is its nearest governing frame's; a trigger
 *                under a denial has the denier's ("Nvidia denied"), and
 *                the frame it stood in names the allegation's speaker
 *                ("... denied the CAC's claims that ..."), and so does a
 *                frame before content that a denial in a later clause
 *                answers ("X said A, which Nvidia denied", 英伟达对此予以否认)
 *   reported     a reported frame, or a speaker that is a news outlet
 *                ("according to Reuters")
 *   sentence     for a claim that points back: the first frame's speaker,
 *                else the denier
 *
 * Cost: O(m log m) for a sentence of m matches (binary searches, walks
 * bounded by a window of bytes), plus the mentions of the few sentences
 * before for each reference, plus O(frames x triggers) for the frames
 * (at most 8 a sentence); O(1) a mention for short forms, with a table
 * built once from the rules. Reads the caller's cd_scratch (sentence.h);
 * writes only its triggers' speaker, reported and alleged_by, and its
 * matches' payloads when resolving references (they then point into the
 * scratch's refs) and short forms (into the table); allocates nothing a
 * sentence. */
#ifndef CD_SPEAKER_H
#define CD_SPEAKER_H

#include <stddef.h>

#include "extract.h"
#include "rules.h"
#include "sentence.h"

/* A reporting frame: a cue, its speaker, and the bytes it governs. */
typedef struct cd_frame {
  int entity;      /* the speaker, or -1 (a bare "reportedly", a commentator) */
  int reported;    /* a reported cue, or an outlet as speaker */
  int commentator; /* the speaker is a commentator named by a noun (commentator_voice) */
  size_t cue;      /* where the cue starts, local offset */
  size_t from, to; /* the governed bytes, local offsets */
} cd_frame;

#define CD_SPEAKER_FRAMES 8 /* reporting frames a sentence holds */

typedef struct cd_speaker {
  int entity;      /* entity index of the speaker, or -1 */
  int reported;    /* 1: what the sentence says is reported */
  int commentator; /* 1: no entity speaks, but the first frame is a commentator's */
  /* the sentence's frames with a voice (an entity, a commentator, or a
   * reported cue), found once a sentence for cd_speaker_at and
   * cd_speaker_echo */
  cd_frame frames[CD_SPEAKER_FRAMES];
  size_t nframes;
} cd_speaker;

/* The short forms of the rules: for each Chinese alias of an agency that
 * ends another agency's alias (商务部 in 美国商务部, 国务院 in 美国国务院),
 * the entities whose aliases end with it, and for each such long alias
 * the short forms it ends with. Chinese names are head-final and the
 * news drops the country once the body is named, so the bare head is a
 * short form; English names its bodies with distinct heads (Commerce
 * Department, commerce ministry), and an English suffix is no short form
 * ("the State Council" in "the Customs Tariff Commission of the State
 * Council"), so English aliases take no part. Built once by
 * cd_speaker_short_forms_new (a hash look-up for each proper suffix of
 * each of the A Chinese aliases of agencies, and of each alias of the same
 * agency for each: O(A x aliases an agency x key bytes), no longer
 * quadratic in A), read by any number of documents; it borrows the
 * ruleset, which must outlive it. */
typedef struct cd_short_forms cd_short_forms;

/* What a document has named so far, one for each short form of the table:
 * the reading its last long form gave it and that mention's sentence. An
 * array of cd_speaker_short_forms_count() of them, the caller's, set to
 * "nothing named" by cd_speaker_short_forms_forget before each document. */
typedef struct cd_short_seen {
  int reading;  /* index into the table's readings, or -1: no long form yet */
  int sentence; /* the sentence of the chain's last link */
} cd_short_seen;

/* cd_speaker_short_forms_new: the short-form table of rs, in *out (free
 * it with cd_speaker_short_forms_free; NULL frees nothing). Returns 0 or
 * CD_ENOMEM, with err set. */
int cd_speaker_short_forms_new(cd_short_forms **out, const cd_ruleset *rs, cd_error *err);
void cd_speaker_short_forms_free(cd_short_forms *sf);

/* cd_speaker_short_forms_count: how many cd_short_seen a document needs. */
size_t cd_speaker_short_forms_count(const cd_short_forms *sf);

/* cd_speaker_short_forms_forget: sets seen[0, count) to "nothing named". */
void cd_speaker_short_forms_forget(cd_short_seen *seen, const cd_short_forms *sf);

/* cd_speaker_resolve_short_forms: walks s's entity matches in text order
 * (sentence si; sentences in order, seen carried from one to the next):
 * a long form records its entity for the short forms it ends with; a
 * short form whose last long form named another agency, its chain's
 * last link at most 10 sentences back (speaker.c SHORT_FORM_SENTENCES), becomes
 * a match of that agency (its payload then points into sf), and extends
 * the chain. A long form of the short form's own entity (中国商务部)
 * gives it back its own reading. Call it before cd_speaker_resolve_refs,
 * so that "该部" after a resolved short form names the same body. */
void cd_speaker_resolve_short_forms(cd_scratch *s, const cd_short_forms *sf, cd_short_seen *seen, int si);

/* cd_speaker_resolve_refs: turns each reference cue among s's matches
 * (at most SENTENCE_REFS_MAX of them) into a match of the entity it names,
 * when it names one. entities are the ruleset's; mentions[0, n) are the
 * document's mentions so far (in sentence order, none of sentence si yet),
 * si is the sentence being read. Call it before the sentence's mentions
 * are recorded, so that resolved references count among them. */
void cd_speaker_resolve_refs(cd_scratch *s, const cd_entity *entities, const cd_mention *mentions, size_t n,
                             int si);

/* cd_speaker_announces_at: 1 when [start, end) of s is both an attribution
 * cue and a trigger (宣布, announced, 证实): an announcing frame, whose
 * content is the speaker's own act. O(log matches + matches there). */
int cd_speaker_announces_at(const cd_scratch *s, size_t start, size_t end);

/* cd_speaker_find: sets each trigger's speaker, reported and alleged_by
 * in s (clauses and triggers set), and puts the sentence's speaker and
 * whether it is reported (for a claim pointing back) into *out, with the
 * frames that cd_speaker_at and cd_speaker_echo read after it (valid as
 * long as s's matches, triggers and values stay as they are). */
void cd_speaker_find(cd_speaker *out, cd_scratch *s, const cd_ruleset *rs);

/* cd_speaker_addressed: is the name or the commentator at pos of the
 * normalised text t what a Chinese verb is said or sent to (英伟达对分析师
 * 表示, 向美国证券交易委员会提交文件称: 对, 向 or 跟 right before it), not
 * who says or does it? O(1). */
int cd_speaker_addressed(const char *t, size_t pos);

/* cd_speaker_at: the speaker of the frame of sp (cd_speaker_find's) that
 * governs local offset pos (as a trigger there would have it: "据美国商务部
 * 估算，…约1.4万家": the Commerce Department), or -1; *reported as for a
 * frame, *commentator as for a trigger (cd_trigger.commentator). For a
 * figure no trigger takes. O(frames). */
int cd_speaker_at(const cd_speaker *sp, size_t pos, int *reported, int *commentator);

/* cd_speaker_framed: does a reporting frame govern local offset pos,
 * whoever its voice (a name the rules do not know: "Priya Ramaswamy認為")?
 * O(m) for the sentence's m matches. */
int cd_speaker_framed(const cd_scratch *s, const cd_ruleset *rs, size_t pos);

/* cd_speaker_echo: the speaker of the last reporting frame of sp
 * (cd_speaker_find's) whose cue stands between local offsets after and
 * pos ("...; Nvidia said they had none": Nvidia), or -1; *reported as for
 * a frame. For a negation that points back to content said before it
 * (scope.h, cd_scope.echo). O(frames). */
int cd_speaker_echo(const cd_speaker *sp, size_t after, size_t pos, int *reported);
#endif
