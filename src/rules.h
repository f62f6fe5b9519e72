/* rules.h: the YAML rule files, loaded into one cd_ruleset.
 *
 * Reads every *.yaml file of a directory (in name order) with libyaml and
 * checks it strictly: unknown fields (with a "did you mean"), wrong types,
 * duplicate ids, references to ids that do not exist, aliases/anchors, and
 * files that are not UTF-8 are errors naming file:line:col. Every entry and
 * every key keeps the file:line it came from, so a claim can name the rule
 * that made it. Matching keys are stored normalised (norm.c) so that they
 * compare with normalised text byte for byte.
 *
 * The ruleset owns all its strings (one arena, and the rule files'
 * scalars, kept as read); free it with cd_rules_free(). Cost: O(size of
 * the files). */
#ifndef CD_RULES_H
#define CD_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "claimdiff.h"
#include "common.h"
#include "pattern.h"
#include "strindex.h"

/* One matching key: an alias, a trigger, a cue, an abbreviation. */
typedef struct cd_term {
  const char *text; /* normalised (NFKC, case folded); " ... " gaps kept */
  const char *file; /* rule file path */
  int line;         /* 1-based line of the key in that file */
  int col;          /* 1-based column (code points) */
  cd_lang lang;
  int mention; /* a predicate's trigger listed under `mentions:`: a bare noun,
                * a claim only where an amount attaches to it in its clause */
} cd_term;

typedef struct cd_entity {
  const char *id;
  const char *type;
  int weak;       /* countries and regions: weak evidence when aligning */
  int speaks;     /* can be the speaker of a claim (not a product, a law...) */
  int outlet;     /* a news outlet: its claims are reported */
  int agency;     /* an agency or government body ("the department") */
  int department; /* an agency proper (type agency: USTR, BIS, MOFCOM), not a government */
  int company;    /* a company ("the company") */
  int distinct;   /* company, person or product: two of a kind are two claims */
  int place;      /* a place (a city, a state, a province): where something happens, which
                 * names no actor: a claim that names places only takes its topic too */
  int context;    /* goods and sectors: what a story is about, named (a mention
                 * the names check accounts for) but never a claim's entity,
                 * a speaker or a clause's subject */
  cd_term *terms;
  size_t nterms;
  int *groups; /* entity indices this one also counts as */
  size_t ngroups;
  const char *file;
  int line;
} cd_entity;

#define CD_VALUE_BIT(kind) (1u << (kind))

/* The roles of a claim (roles.h), as a predicate's `key:` names them. */
typedef enum { CD_ROLE_AGENT = 0, CD_ROLE_PATIENT, CD_ROLE_RECIPIENT, CD_ROLE_N } cd_role;
#define CD_ROLE_BIT(r) (1u << (r))

typedef struct cd_predicate {
  const char *id;
  const char *label;    /* for reports: English, the id when none is given */
  const char *label_zh; /* for a Chinese summary's reports, or NULL */
  cd_term *terms;
  size_t nterms;
  unsigned values; /* CD_VALUE_BIT(CD_VALUE_MONEY) | ... */
  int negates;     /* deny-like: negates the content claim it governs */
  int topic;       /* a subject, not an event: its triggers match (and shadow
                    * shorter keys) but make a claim only where a value of
                    * a kind in `values` attaches to them */
  cd_term *nouns;  /* single-word noun triggers that are events in themselves
                    * ("embargo", 禁令): check-rules does not warn on them */
  size_t nnouns;
  cd_term *mentions; /* bare-noun triggers that only mention the event
                      * (tariffs, 关税): each marks its trigger's `mention` */
  size_t nmentions;
  int figures;              /* `figures: true`: the values no trigger of a sentence takes
                 * make one claim of this predicate (it has no triggers; at
                 * most one predicate is so marked) */
  cd_term self;             /* figures: the rule such a claim cites, the predicate's own line */
  unsigned key;             /* `key: [patient]`: the roles that name the event (CD_ROLE_BIT), 0 for none */
  int frame;                /* `frame: true`: a claim that frames others (announced): unsupported only when
                 * nothing its sentence states is supported */
  int starts;               /* `starts: true` (take_effect): its dates are when something starts, as a
                             * date after "from" or before 起 is (values.h start) */
  int recurs;               /* `recurs: true` (meet): an event that happens again and again; two
                             * sources' dates of it are two events, never rival dates */
  int mutual;               /* `mutual: true` (agree_deal, trade_talks, meet): an act of two parties
                             * at once; either side's account of it is the other's too, never
                             * another actor's act (cd_pair_other_party) */
  int scope;                /* `scope: true` (stock_move): a sentence that tells it is a scope of its
                             * own: its figures are no figures of a sentence that does not */
  int ceiling;              /* `ceiling: true` (cap): a trigger right after another predicate's in
                             * its clause is that one's ceiling (罚款上限为, "tariffs capped at"):
                             * no claim of its own, its value the other's (extract.c) */
  int speech;               /* `speech: true` (warn, criticise): a verb of saying or stance, which
                             * happens when it is said: a reporting frame's date is its own */
  int stance;               /* `stance: true` (criticise, welcome, urge, warn): a stance toward an act;
                             * the acts its sentence tells are its object, not its speaker's own
                             * words (align.c swap_voices) */
  int dated_saying;         /* `dated_saying: true` (announce): an English reporting frame with its day
                             * right after it ("said on Saturday") makes a claim of this predicate, the
                             * speaker its agent (extract.c); the first predicate so marked is the one */
  int forecasts;            /* `forecasts: true`: a hedge or a cue of certainty that governs no trigger,
                             * in a frame, makes a claim of this predicate (extract.c): what a voice
                             * says may happen, the verb unread; it speaks only against another such
                             * claim (align.c); the first predicate so marked is the one */
  int unread;               /* `unread: true`: a Chinese sentence (a summary's) of which no trigger,
                             * hedge or value makes a claim makes one of this predicate (extract.c),
                             * which pairs with nothing and makes no finding of its own: it holds
                             * the sentence's names, which the names check reports on (align.c) */
  int remark;               /* `remark: true`: a remark on the story (did not say how many), not a
                 * fact of it: compared where the summary makes it; an omission only
                 * when negated and naming an agency (align.c left_unsaid) */
  int never_omitted;        /* `never_omitted: true` (respond): a source's claim of it that the summary
                             * leaves out is no omission (align.c cluster_claims) */
  const char **governs_ids; /* `governs: [export]`: as written, resolved into governs */
  int *governs;             /* the predicates whose triggers after one of this predicate's,
                             * in its clause, are its object ("bans exports", 禁止…出口),
                             * no claims of their own */
  size_t ngoverns;
  int governs_line, governs_col; /* where `governs:` is written, for an unknown id */
  const char *opposite_id;       /* `opposite: cover`: as written, resolved into opposite */
  int opposite;                  /* the predicate whose claims this one's triggers make, negated ("exempt" is
                            * "covered", negated; "not exempt" is "covered"), or -1 */
  int opposite_line, opposite_col;
  const char *file;
  int line;
} cd_predicate;

typedef enum {
  CD_CUE_NEGATION = 0,    /* negates the nearest following trigger in the clause */
  CD_CUE_NEGATION_AFTER,  /* negates the nearest preceding trigger ("nonexistent") */
  CD_CUE_HEDGE,           /* could, may, 可能 */
  CD_CUE_ATTRIBUTION,     /* said, 表示: the speaker stands before the cue ("X said"),
                        * or after it when the cue opens its clause (", said X") */
  CD_CUE_REPORTED,        /* reportedly, 据报道: modality reported */
  CD_CUE_ANAPHORA,        /* "these claims", 此类: content is in an earlier sentence */
  CD_CUE_IGNORE,          /* phrases that contain a cue but are none (不过, not only) */
  CD_CUE_CLAUSE,          /* words that start a new clause (but, while, 但) */
  CD_CUE_SOURCE,          /* according to, citing, 据: the speaker stands after */
  CD_CUE_REFERS_AGENCY,   /* "the department", 该部: the agency last named */
  CD_CUE_REFERS_COMPANY,  /* "the company", 该公司: the company last named */
  CD_CUE_HEDGE_AFTER,     /* hedges after what they hedge: 的可能性, "is possible" */
  CD_CUE_QUESTION,        /* whether, 是否: what follows is asked, not asserted */
  CD_CUE_QUESTION_AFTER,  /* ?, 吗: the clause before is asked */
  CD_CUE_DOUBLE_NEGATION, /* 不无, 并非没有, "not without": two negations that cancel */
  CD_CUE_APPROXIMATION,   /* 约, about: belongs to a value, never a hedge */
  CD_CUE_SUBORDINATE,     /* after, when, 之后, 后: open (English) or close (Chinese) a
                           * subordinate clause, to which a reporting frame in it is
                           * confined; never matched in text, so its keys are kept
                           * apart from the others (cd_ruleset.subordinators) */
  CD_CUE_CONDITION,       /* if, unless, 若, 如果: what follows is supposed, not asserted */
  CD_CUE_ORGANIZATION,    /* 协会, association: ends the name of a body the rules do not know;
                           * a country just before it is part of that name, not a speaker */
  CD_CUE_COMPLIANCE,      /* comply with, 遵守: the measure they govern is in force already
                           * and kept to, not reported: its trigger makes no claim */
  CD_CUE_SUBJECT,         /* the, they, 其, 多家: a clause opening with one has a subject of
                           * its own (clause.c), which closes a hedge and, after "but"/但
                           * with an entity, a reporting frame */
  CD_CUE_INTERVIEW,       /* 采访, "interview with": the outlet beside it interviews, it does
                           * not speak (speaker.c) */
  CD_CUE_OBJECT_TO,       /* told: an attribution cue, unless "to" follows its object
                           * ("told firms to halt"): then an order, no reporting frame */
  CD_CUE_EXPECTATION,     /* expect, 预计: hedges what follows it, else what came before it */
  CD_CUE_PROHIBITION,     /* 不得, 严禁: the verb after it is forbidden, not denied: no claim */
  CD_CUE_GOAL,            /* seeking, 争取: the event after it is sought, not had: no claim */
  CD_CUE_COMMENTATOR,     /* analysts, 律师: a voice outside the story's bodies (speaker.c) */
  CD_CUE_CERTAIN,         /* 已经, 势必, "already": the trigger after it told as done or sure, and
                           * a conjunct so told closes a hedge before it (scope.c) */
  CD_CUE_FUTURE,          /* 将, 将会: the trigger after it told as what will happen, sure as
                           * `certain` against a hedge, but no conjunct that closes one
                           * (可能…，并将… goes on supposing) */
  CD_CUE_REFERS_BODY,     /* "the exchange", 该交易所: the organisation (type organisation: an
                           * exchange, an association) last named */
  CD_CUE_ESTIMATE,        /* 预计, 估计, "is expected to": hedges as a hedge does, but what it
                            * hedges is a forecast or a guess at a figure, told alike with a
                            * plain statement of it (pair.c); `expectation` cues are estimates too */
  CD_CUE_COMPARISON,      /* unlike, 不同于: what a thing is set beside is not told of the
                           * story (不同于制裁或出口管制): its trigger makes no claim */
  CD_CUE_QUESTION_BEFORE, /* 是否 right after a trigger (出口是否受限): the trigger is what is
                           * asked about, as `question` asks what follows */
  CD_CUE_RIVALS,          /* 也有报道, 说法不一: the sentence sets reports side by side; two
                           * amounts it gives, each another source's, are rival figures
                           * (figures.c), exact ones too */
  CD_CUE_DONE,            /* 已经, "already": told as done, and as sure as `certain` (which it
                           * also is for the terminator of that name) */
  CD_CUE_PERFECT,         /* 已: told as done, no surer against a hedge than a plain statement */
  CD_CUE_PLAN,            /* "will", "plans to", 计划, 拟: told as what will happen, no surer
                           * against a hedge than a plain statement */
  CD_CUE_NKINDS
} cd_cue_kind;

typedef struct cd_cue {
  cd_cue_kind kind;
  cd_term term;
} cd_cue;

/* What a scope cue sets on the triggers it governs. */
typedef enum {
  CD_SETS_NONE = 0, /* the kind has no scope (read by another room, or undeclared) */
  CD_SETS_NEGATED,
  CD_SETS_HEDGED,
  CD_SETS_QUESTION, /* asked, not asserted: the trigger makes no claim */
  CD_SETS_AFFIRMED, /* a double negative: affirmed whatever single negations say */
  CD_SETS_CERTAIN,  /* told as sure or done (势必, 已经, "already"): an unhedged claim is certain */
  CD_SETS_TENSE     /* nothing but the time it tells (cd_cue_scope.tense) */
} cd_cue_sets;

/* When a cue tells its trigger's event happens (cd_cue_scope.tense, bits):
 * done (已, 已经, "already") or to come (将, "will", "plans to", and the
 * forecasts: 预计, "is expected to"). Set by the loader from the kind. */
enum { CD_TENSE_DONE = 1, CD_TENSE_FUTURE = 2 };

#define CD_SCOPE_FORWARD  1u /* governs triggers after the cue */
#define CD_SCOPE_BACKWARD 2u /* governs triggers before it */
#define CD_SCOPE_EITHER   4u /* forward, else (no trigger there) backward: "..., analysts expect" */
#define CD_SCOPE_CLAUSE   1u /* terminator: any clause start (comma, colon, clause word) */
#define CD_SCOPE_STRONG   2u /* terminator: a strong break (semicolon, clause word) */
#define CD_SCOPE_SUBJECT  4u /* terminator: a clause start whose clause has a subject of its own */
#define CD_SCOPE_CERTAIN  8u /* terminator: a `certain` cue in a later clause (也已经加剧: told as done) */

/* The scope of one cue kind, as ConText has it (Chapman et al. 2007):
 * what it sets, which way it reaches, how far, and what closes it. Only
 * the kinds scope.c applies have one (cd_cue_kind_scoped). */
typedef struct cd_cue_scope {
  cd_cue_sets sets;
  unsigned direction;   /* CD_SCOPE_FORWARD | CD_SCOPE_BACKWARD, or CD_SCOPE_EITHER alone */
  int nearest;          /* reach: 1 the nearest trigger in scope, 0 every one */
  size_t window;        /* bytes from the cue's edge to the trigger's near edge */
  unsigned terminators; /* CD_SCOPE_CLAUSE | CD_SCOPE_STRONG | CD_SCOPE_SUBJECT | CD_SCOPE_CERTAIN; 0:
                         * only the window */
  int estimate;         /* a hedge that forecasts or guesses (kinds estimate and expectation), not one
                         * that supposes (could, 可能): set by the loader from the kind */
  int tense;            /* CD_TENSE_ bits it sets beside `sets`: set by the loader from the kind */
  int gap_within;       /* gap: within: a gapped key ("与 ... 不同") governs every trigger
                         * inside its gap, not those its direction reaches */
  const char *file;     /* where the scope is declared */
  int line;
} cd_cue_scope;

/* What check-rules takes for a bare noun trigger (`bare_nouns:`, shipped in
 * rules/checks.yaml): a single English word ending in one of en_endings
 * (and three letters longer than it), or a Chinese key of at most three
 * characters ending in one of zh_endings or equal to one of zh_words.
 * Each list appends across files; all are normalised. */
typedef struct cd_noun_shapes {
  cd_term *en_endings; /* -tion, -ment, -ity ... */
  size_t nen_endings;
  cd_term *zh_endings; /* 令, 额, 率 ... */
  size_t nzh_endings;
  cd_term *zh_words; /* 安全, 关税: subjects that are nouns whatever their end */
  size_t nzh_words;
} cd_noun_shapes;

typedef enum { CD_BP_DROP_LINE = 0, CD_BP_DROP_REST, CD_BP_STRIP_PREFIX } cd_bp_action;

/* A boilerplate rule: a line is furniture when it equals one of `lines`,
 * starts with one of `prefixes`, contains one of `contains`, matches the
 * POSIX extended `pattern` (pattern.h: on bytes, in linear time), has at most max_words words and no
 * sentence punctuation, or (repeated) repeats an earlier line, or
 * (headline_run) is one of at least headline_run adjacent lines shaped as
 * headlines after the article has begun (a list of teasers). A
 * strip-prefix rule has only a pattern: what it matches at the start of a
 * line (a dateline, "WASHINGTON (Reuters) -") is cut off, and the rest of
 * the line goes on to the rules after it. */
typedef struct cd_bp_rule {
  const char *id;
  const char **lines;
  size_t nlines;
  const char **prefixes;
  size_t nprefixes;
  const char **contains;
  size_t ncontains;
  cd_pattern *pattern;               /* NULL when none */
  const char *pattern_text;          /* the pattern as written */
  unsigned short contains_from[257]; /* contains sorted by first byte: contains[contains_from[c],
                                      * contains_from[c + 1]) start with byte c */
  int max_words;                     /* 0 when none */
  int repeated;
  int headline_run; /* 0 when none */
  cd_bp_action action;
  const char *file;
  int line;
} cd_bp_rule;

/* A unit of measure or of counting (rules/units.yaml): what a count counts
 * (tonne, company, month) or what a price is per (bushel, net ton). Its
 * words are normalised keys: English ones match whole words after the
 * number ("12 million metric tons", "$11.46 a bushel"), Chinese ones right
 * after the number and its scale (72万吨, 20个月) or after 每 (每蒲式耳). A
 * value keeps the unit as its 1-based index into cd_units (values.h). */
typedef struct cd_unit {
  const char *id; /* "tonne" */
  cd_term *terms; /* its words, English and Chinese */
  size_t nterms;
  const char **not_before; /* normalised: a word of the unit followed by one of these is
                            * no unit (年代 is a decade, not years) */
  size_t nnot_before;
  int duration; /* `duration: true` (year, month, day ...): one of it counts (为期一年, "for one
                 * year"), where one of a thing is no amount (一家公司) */
  int minutes;  /* `minutes: N` (a unit of time): its length, so that counts of two units of
                 * time compare (一个月 is "30 days"; 20年 is no "20 months") */
  int packs;    /* `packs: true` (box, crate): what goods are packed in; a count of it is
                 * compared with a count of the goods when the two numbers are equal (50箱 /
                 * "50 chips": the unit misstated), never with a count of no unit */
  const char **not_across; /* measures only, normalised: a word of the measure does not reach
                            * a share across one of these ("fell ... to 30%": a level) */
  size_t nnot_across;
  const char *file;
  int line;
} cd_unit;

#define CD_UNITS_MAX 1000 /* a value keeps its unit in an unsigned short */

/* The units of a ruleset, in file order: unit k (1-based) is units[k - 1].
 * Measures (`measures:`) are what a share is of, read with the same
 * shape: a yield, a share of a whole, a change, a target (values.h,
 * cd_value.measure); measure k is measures[k - 1]. */
typedef struct cd_unit_word {
  unsigned unit, term; /* units[unit].terms[term] */
} cd_unit_word;

/* The measure words as the value scan reads them (values_unit.c),
 * made once the rules are read (cd_units_index_measures, values.h). A
 * position is tried only against the words of its bucket (cd_units_bucket,
 * as the unit words). A bucket chains its words in rule order (measure,
 * then word); words past CD_MEASURE_WORDS are in no bucket and read after
 * it, in order, from (rest_m, rest_k). */
#define CD_MEASURE_WORDS 256
typedef struct cd_measure_index {
  unsigned short head[256];                 /* 1 + a bucket's first word, 0 for none */
  unsigned short next[CD_MEASURE_WORDS];    /* 1 + the next word of its bucket, 0 for none */
  unsigned short measure[CD_MEASURE_WORDS]; /* its measure, 0-based */
  const char *word[CD_MEASURE_WORDS];       /* its text (the measures' own) */
  size_t rest_m, rest_k;                    /* the first word past CD_MEASURE_WORDS: measure, term;
                                               rest_m == nmeasures when none is */
  uint32_t lone[8];   /* the first byte of every word of one byte (or cut inside a character of three
                         bytes), a bit each */
  uint32_t pairs[32]; /* the first character of every other word (its first two bytes when ASCII or of two
                         bytes, all three from E0), hashed into 1024 bits (values_unit.c
                         measure_pair_bit): a position whose bytes have no bit starts no word */
} cd_measure_index;

typedef struct cd_units {
  cd_unit *units;
  size_t nunits;
  cd_unit *measures;
  size_t nmeasures;
  cd_unit_word *words; /* every unit word, by bucket (cd_units_bucket), each bucket's in file order: */
  size_t first[257];   /* words[first[b], first[b + 1]) are bucket b's */
  cd_measure_index measure_index; /* cd_units_index_measures */
  unsigned short day;             /* the unit one day long (`duration`, 1440 minutes), 1-based, 0
                                     for none: cd_units_index_measures */
  unsigned short company;         /* the unit "company", 1-based, 0 for none: likewise */
  uint32_t company_buckets[8];    /* bit b: a word of company is in bucket b (cd_units_bucket), so
                                     that a look for one passes the other buckets: likewise */
} cd_units;

/* The bucket of the unit and measure words that may start at p[0, n) (n >= 1): an
 * ASCII byte is a bucket of its own; a longer character's bytes are
 * hashed into the 128 buckets above (a Chinese unit word is then tried
 * only where its first character stands, not wherever a character with
 * its first byte does: most of Chinese text starts with E4 to E9). */
static inline unsigned cd_units_bucket(const char *p, size_t n) {
  const unsigned char *u = (const unsigned char *)p;
  unsigned h = u[0], len = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
  if (u[0] < 0x80) return u[0];
  for (unsigned k = 1; k < len && k < n; k++) h = h * 31 + u[k];
  return 128 + (h * 2654435761u >> 25);
}

typedef enum { CD_OWNER_ENTITY = 0, CD_OWNER_PREDICATE, CD_OWNER_BOILERPLATE } cd_owner_kind;

/* An embedded example: a sentence and what extraction must make of it. */
typedef struct cd_example {
  cd_owner_kind owner_kind;
  int owner; /* index of the entity / predicate / boilerplate rule */
  const char *text;
  cd_date date;          /* year 0 when none */
  int yields;            /* 1: must yield the owner; 0: must not */
  const char **entities; /* ids that must be in the claim */
  size_t nentities;
  const char *value;    /* normalised value expected, or NULL */
  const char *polarity; /* "affirmed" / "negated" or NULL */
  const char *modality; /* "asserted" / "hedged" / "reported" or NULL */
  const char *file;
  int line;
  int col;
  int entities_line, entities_col; /* where `entities:` is, for reference errors */
} cd_example;

typedef struct cd_ruleset {
  cd_arena arena;
  cd_entity *entities;
  size_t nentities;
  cd_predicate *predicates;
  size_t npredicates;
  cd_cue *cues;
  size_t ncues;
  cd_cue_scope scope[CD_CUE_NKINDS]; /* by kind; sets NONE where none is declared */
  cd_term *subordinators;            /* the keys of the subordinate cue kind (not in cues, not
                           * in the lexicon: speaker.c tests them at clause edges) */
  size_t nsubordinators;
  /* the first two bytes of the English subordinators: bit b & 31 of row a & 31 when one
   * starts with a, then b (NUL for a word of one letter); made once they are all read,
   * for roles.c, which reads words back against them */
  uint32_t subordinator_pairs[32];
  /* bit c & 31 of word c >> 5: a subordinator not of English ends in byte c (every bit when
   * one is empty); made with them, for speaker.c, which asks whether one closes a clause */
  uint32_t subordinator_last[8];
  cd_noun_shapes bare_nouns; /* for check-rules (check.c) */
  cd_bp_rule *bp;
  size_t nbp;
  cd_term *abbrevs;
  size_t nabbrevs;
  cd_example *examples;
  size_t nexamples;
  cd_units units; /* rules/units.yaml: what counts count and prices are per */
  size_t nfiles;
  size_t ncached;            /* files whose YAML tree was read back from the cache (rules_cache.c) */
  cd_strindex entity_ids;    /* entity id -> index into entities (cd_rules_find_entity) */
  cd_strindex predicate_ids; /* predicate id -> index into predicates */
  void **pools;              /* the rule files' scalars, NUL-terminated: ids, texts, labels and
                              * keys already normalised point into them, not into the arena */
  size_t npools;
} cd_ruleset;

/* cd_rules_load_dir: loads dir/\*.yaml. Returns 0 and a ruleset in *out, or
 * a negative code (CD_ERULES, CD_EIO, CD_ENOMEM) with err naming the file,
 * line and column of the first problem. */
int cd_rules_load_dir(cd_ruleset **out, const char *dir, cd_error *err);

/* cd_rules_load_dirs: the files of several directories, each in name
 * order, into one ruleset: a story's own rules add to the shipped ones (an
 * id given twice is an error, not an override). */
int cd_rules_load_dirs(cd_ruleset **out, const char *const *dirs, size_t ndirs, cd_error *err);

/* cd_rules_load_files: the same for an explicit list of files. */
int cd_rules_load_files(cd_ruleset **out, const char *const *paths, size_t n, cd_error *err);

/* cd_rules_parse: one rule file's bytes (named name in errors), as a
 * ruleset of its own. For tests and fuzzing. */
int cd_rules_parse(cd_ruleset **out, const char *name, const char *bytes, size_t len, cd_error *err);

/* cd_cue_kind_name: the rule files' name of a cue kind ("negation", ...). */
const char *cd_cue_kind_name(cd_cue_kind kind);

/* cd_cue_kind_scoped: 1 for the kinds whose scope the rules declare and
 * scope.c applies (negation, hedge, question...), 0 for those other rooms
 * read (attribution, clause, ignore...). */
int cd_cue_kind_scoped(cd_cue_kind kind);

/* cd_cue_kind_forecasts: 1 for the kinds a forecast stands on when they
 * govern no trigger (scope.h, cd_scope.loose_at): a hedge, a cue of
 * certainty, of what is done or of the perfect (could, 势必, 已经, 已). */
int cd_cue_kind_forecasts(int kind);

/* cd_cue_kind_refers: 1 for the kinds that stand for an entity named
 * before ("the department", "the company", "the exchange": speaker.c). */
int cd_cue_kind_refers(int kind);

/* cd_rules_inverts: 1 when predicate p's triggers make claims of its
 * `opposite:` with the reverse polarity ("exempt" is cover, negated); a
 * denial's opposite means something else (extract.c 7b), so 0 for one. */
int cd_rules_inverts(const cd_predicate *p);

/* cd_rules_related: are entities a and b one (the same, or one a group
 * of the other: BIS and the Commerce Department)? cd_rules_kin: do they
 * share a group (CBP and the Commerce Department are both the US
 * government)? O(groups). */
int cd_rules_related(const cd_ruleset *rs, int a, int b);
int cd_rules_kin(const cd_ruleset *rs, int a, int b);

/* cd_rules_country_of: is group g of entity gov that government's country
 * (us_gov's united_states, japan_gov's japan)? Related, but no anchor: a
 * country is named in nearly every sentence, so the two meet only in a
 * role (敦促美方 / "urged the United States"). */
int cd_rules_country_of(const cd_ruleset *rs, int gov, int g);

/* cd_rules_country: the country entity e is, or is a body of (through a
 * group, or its government's: MOFCOM is China's through china_gov), or
 * -1. O(groups^2). */
int cd_rules_country(const cd_ruleset *rs, int e);

/* cd_rules_find_entity / _predicate: index of id, or -1. O(1): a hash
 * index of the ids (rs->entity_ids, rs->predicate_ids), kept as they load. */
int cd_rules_find_entity(const cd_ruleset *rs, const char *id);
int cd_rules_find_predicate(const cd_ruleset *rs, const char *id);

void cd_rules_free(cd_ruleset *rs);

#endif
