/* roles.c: agent, patient and recipient of one trigger; see roles.h.
 *
 * Each name (an entity or goods mention) gets a marker from the role word
 * before it, or from the name just before it in the same phrase; then the
 * trigger's clause is read once each way from the trigger, at most WINDOW
 * matches, so a trigger costs O(1) whatever the sentence holds. */
#include "roles.h"

#include "clause.h"
#include "utf8.h"

#include <assert.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#define WINDOW      16 /* matches read on each side of a trigger */
#define PHRASE_ZH   15 /* bytes between two names of one Chinese phrase (5 characters) */
#define PHRASE_EN   3  /* words between two names of one English phrase */
#define PASSIVE_GAP 60 /* bytes from 被 to its verb, at most */
#define ASIDES      6  /* clauses back a clause without a subject looks for one */
#define COVERB_GAP  30 /* bytes from 对 to a name of its phrase (10 characters) */

/* M_SUBJECT: the name after a causative verb (使, 令, 导致) or after
 * "accused" is the subject of the verbs after it; what stands before is
 * the cause (or the accuser) */
typedef enum { M_NONE = 0, M_AGENT, M_PATIENT, M_RECIPIENT, M_OTHER, M_SUBJECT } marker;

typedef struct {
  const char *word;
  size_t len; /* strlen(word): the Chinese words are read at every name */
  marker m;
} role_word;

#define RW(w, m)                                                                                             \
  { w, sizeof(w) - 1, (m) }

/* A closed list of English words (qualifiers, pronouns...) kept by length:
 * by_len[n] holds the words of n bytes, each followed by a space ("face
 * meet "; or by a byte of its own: en_words, voice_words), so a word read from the text is compared only with the
 * few of its own length, most often with none. The lists are asked at
 * every word the roles read back. */
#define SET_LEN 16 /* longer words are in no list ("representative" is 14) */
typedef struct {
  const char *by_len[SET_LEN]; /* by_len[n]: the n-byte words, each and a space, or NULL */
} word_set;

/* Chinese role words, longest first where one ends another (对于 before
 * 对, 由于 before 由): the first that ends just before a name wins. */
static const role_word zh_words[] = {
    /* what is opposed or accused is an act of the name after the verb:
     * 中方坚决反对美方…无理打压中国产业 (美方 suppresses, 中方 opposes) */
    RW("反对", M_SUBJECT), RW("指责", M_SUBJECT), RW("谴责", M_SUBJECT), RW("批评", M_SUBJECT),
    RW("指控", M_SUBJECT), RW("导致", M_SUBJECT), RW("促使", M_SUBJECT), RW("迫使", M_SUBJECT),
    RW("使", M_SUBJECT),   RW("令", M_SUBJECT),   RW("让", M_SUBJECT),   RW("由于", M_OTHER),
    RW("对于", M_OTHER),   RW("关于", M_OTHER),   RW("针对", M_PATIENT), RW("遭到", M_AGENT),
    RW("受到", M_AGENT),   RW("以及", M_OTHER),   RW("包括", M_OTHER),   RW("连同", M_OTHER),
    RW("被", M_AGENT),     RW("遭", M_AGENT),     RW("受", M_AGENT),     RW("由", M_AGENT),
    RW("对", M_PATIENT),   RW("就", M_OTHER),     RW("将", M_PATIENT),   RW("把", M_PATIENT),
    RW("向", M_RECIPIENT), RW("给", M_RECIPIENT), RW("与", M_OTHER),     RW("和", M_OTHER),
    RW("同", M_OTHER),     RW("跟", M_OTHER),     RW("及", M_OTHER),     RW("在", M_OTHER),
    RW("于", M_OTHER),     RW("从", M_OTHER),     RW("自", M_OTHER),     RW("据", M_OTHER),
    RW("除", M_OTHER),     RW("为", M_OTHER),     RW("或", M_OTHER),     RW("、", M_NONE),
};

/* English role words: the word before a name, past determiners and
 * modifiers (at most PHRASE_EN words back), by length as a word_set, but
 * each word followed by its marker's byte, not a space (so one look-up a
 * word, not one a marker): by (agent); on, into, against (patient); to
 * (recipient); in, at, for, with, from, including ... (other).
 * "accused Washington of abusing tariffs to suppress": the accused is the
 * subject of what it is accused of, the accuser its cause. */
_Static_assert(M_AGENT == 1 && M_PATIENT == 2 && M_RECIPIENT == 3 && M_OTHER == 4 && M_SUBJECT == 5,
               "en_words spells the markers as bytes");
static const word_set en_words = {{
    [2] = "by\1on\2to\3in\4at\4or\4",
    [3] = "for\4and\4via\4per\4",
    [4] = "into\2over\4with\4from\4than\4like\4amid\4",
    [5] = "about\4under\4among\4",
    [6] = "toward\4accuse\5",
    [7] = "against\2between\4towards\4accused\5accuses\5",
    [8] = "accusing\5",
    [9] = "including\4",
}};

/* Nouns of a place that "of" names ("in the port city of Busan", "the
 * port of Long Beach", "the province of Guangdong"): the name after
 * them is where something happens, no role, however far back the
 * preposition before them stands. */
static const word_set place_nouns = {{
    [4] = "city\1port\1town\1",
    [5] = "state\1",
    [6] = "region\1island\1county\1",
    [7] = "capital\1village\1",
    [8] = "province\1district\1",
    [9] = "territory\1",
    [10] = "prefecture\1",
    [12] = "municipality\1",
}};

static const role_word zh_passive[] = {RW("被", M_NONE), RW("遭", M_NONE), RW("受到", M_NONE)};

/* Clause cl of the sentence as a byte range: a match is in the clause
 * just when its start is in the range (cd_clause_of(start) == cl), asked
 * of every match the roles read, so once a clause, not a search a match. */
static cd_lspan clause_span(const cd_scratch *s, int cl) {
  cd_lspan c = {cd_clause_start(&s->clauses, cl), cd_clause_end(&s->clauses, cl, s->len)};
  return c;
}

static int in_span(cd_lspan c, size_t pos) {
  return pos >= c.start && pos < c.end;
}

static int is_name(const cd_match *m) {
  return m->p->kind == CD_LEX_ENTITY || m->p->kind == CD_LEX_CONTEXT;
}

/* 1 for the bytes of an English word as word_before reads one: ASCII
 * letters, the apostrophe and the period ("u.s.", "china's"); a table,
 * since word_before asks of every byte it passes */
static const unsigned char alpha_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 00-1f */
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 20-3f */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 40-5f */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 60-7f */
};

static int is_alpha(char c) {
  return alpha_bytes[(unsigned char)c];
}

/* Where the run of word bytes (is_alpha) ending at e starts. With SSE2
 * (every x86-64) the sixteen bytes before e are one look, the last byte
 * that is no word byte found in its mask (a word is shorter than that);
 * else, and near the start, two bytes a test. */
static inline size_t word_start(const char *t, size_t e) {
  size_t b = e;
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20), to_a = _mm_set1_epi8((char)(0x80 - 'a')),
                below_26 = _mm_set1_epi8((char)(26 - 0x80)), quote = _mm_set1_epi8('\''),
                period = _mm_set1_epi8('.');
  for (; b >= 16; b -= 16) {
    __m128i v;
    unsigned other;
    memcpy(&v, t + b - 16, 16);
    /* a letter made lower case plus 0x80 - 'a' is a signed byte below
       26 - 0x80; so is no other byte */
    other = ~(unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, case_bit), to_a), below_26),
                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, period)))) &
            0xFFFFu;
    if (other) return b - 16 + (size_t)(32 - __builtin_clz(other));
  }
#endif
  /* two bytes a test: most words are longer than one */
  while (b >= 2 && (is_alpha(t[b - 1]) & is_alpha(t[b - 2]))) b -= 2;
  if (b > 0 && is_alpha(t[b - 1])) b--;
  return b;
}

/* The English word that ends at or before *end (skipping spaces), as
 * [*ws, *end) on return; 0 when none (punctuation or the start). */
static inline int word_before(const char *t, size_t *end, size_t *ws) {
  size_t e = *end;
  while (e > 0 && t[e - 1] == ' ') e--;
  size_t b = word_start(t, e);
  if (b == e) return 0;
  *ws = b;
  *end = e;
  return 1;
}

/* Do the n bytes at a and b agree? A loop, not memcmp: the words are a
 * few bytes and most differ at their first. */
static inline int same_bytes(const char *a, const char *b, size_t n) {
  size_t k = 0;
  while (k < n && a[k] == b[k]) k++;
  return k == n;
}

/* Is t[b, e) the word w? Byte by byte, where most words differ at the
 * first; w must end there (no strlen of w: the text holds no NUL, so a
 * match of e - b bytes leaves w[e - b] readable). */
static int word_is(const char *t, size_t b, size_t e, const char *w) {
  return same_bytes(t + b, w, e - b) && !w[e - b];
}

/* Is t[b, e) one of the words of set? */
static inline int in_set(const char *t, size_t b, size_t e, const word_set *set) {
  size_t n = e - b;
  const char *w;
  if (n >= SET_LEN || !(w = set->by_len[n])) return 0;
  for (; *w; w += n + 1)
    if (same_bytes(w, t + b, n)) return 1;
  return 0;
}

/* The byte that follows t[b, e) in set, a word_set whose words are each
 * followed by a byte of their own, not a space (en_words, voice_words),
 * or 0 when t[b, e) is none of them. */
static unsigned set_mark(const word_set *set, const char *t, size_t b, size_t e) {
  size_t n = e - b;
  const char *w;
  if (n >= SET_LEN || !(w = set->by_len[n])) return 0;
  for (; *w; w += n + 1)
    if (same_bytes(w, t + b, n)) return (unsigned char)w[n];
  return 0;
}

/* The marker of t[b, e) as a role word (en_words), or M_NONE. */
static marker en_word(const char *t, size_t b, size_t e) {
  return (marker)set_mark(&en_words, t, b, e);
}

/* The Chinese role words by their last character (every one ends with a
 * three-byte character): a name's marker is then one probe of a small
 * open-addressed table and a look at the one to four words ending so,
 * not a walk over all 43 (Chinese text is full of their last bytes).
 * Built once, whichever thread reads a Chinese sentence first. */
#define ZH_SLOTS 128 /* a power of two, over twice the distinct last characters */
#define ZH_SAME  4   /* words ending with one character, at most (对: 反对 针对 对) */
typedef struct {
  uint32_t key;                /* the last character's three bytes, 0: an empty slot */
  unsigned char n;             /* the words that end with it */
  unsigned char word[ZH_SAME]; /* their indices into zh_words, in its order */
} zh_slot;
static zh_slot zh_ends[ZH_SLOTS];

static uint32_t zh_key(const char *p) {
  return (uint32_t)(unsigned char)p[0] << 16 | (uint32_t)(unsigned char)p[1] << 8 | (unsigned char)p[2];
}

/* The slot of key: its own, or the empty one where it goes. */
static zh_slot *zh_slot_of(uint32_t key) {
  size_t h = (key * 2654435761u) >> 25; /* the top 7 bits: ZH_SLOTS */
  while (zh_ends[h].key && zh_ends[h].key != key) h = (h + 1) & (ZH_SLOTS - 1);
  return &zh_ends[h];
}

/* The first characters of zh_passive as zh_key reads them, in its order:
 * filled once with zh_ends (index_zh_words), read only after. */
static uint32_t zh_passive_keys[sizeof zh_passive / sizeof *zh_passive];

static void index_zh_words(void) {
  for (size_t i = 0; i < sizeof zh_words / sizeof *zh_words; i++) {
    zh_slot *sl = zh_slot_of(zh_key(zh_words[i].word + zh_words[i].len - 3));
    assert(sl->n < ZH_SAME);
    sl->key = zh_key(zh_words[i].word + zh_words[i].len - 3);
    sl->word[sl->n++] = (unsigned char)i;
  }
  for (size_t i = 0; i < sizeof zh_passive / sizeof *zh_passive; i++)
    zh_passive_keys[i] = zh_key(zh_passive[i].word);
}

/* Does a Chinese role word end at pos? *found says whether one did. The
 * first of zh_words that does: the words of one last character are in
 * its order, so 反对 is tried before 对. */
static marker zh_word(const char *t, size_t pos, int *found) {
  const zh_slot *sl;
  *found = 0;
  if (pos < 3) return M_NONE;
  sl = zh_slot_of(zh_key(t + pos - 3));
  for (unsigned k = 0; k < sl->n; k++) {
    const role_word *w = &zh_words[sl->word[k]];
    if (w->len == 3 || (w->len <= pos && memcmp(t + pos - w->len, w->word, w->len - 3) == 0)) {
      *found = 1;
      return w->m;
    }
  }
  return M_NONE;
}

/* Is [from, to) free of anything that ends a phrase: punctuation other
 * than 、, or a trigger? */
static int one_phrase(const cd_scratch *s, size_t k, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)s->text[i];
    if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')') return 0;
    if (c == 0xEF && i + 2 < s->len && (unsigned char)s->text[i + 1] == 0xBC) return 0; /* ，；：（） */
  }
  for (size_t i = k; i-- > 0 && s->m[i].span.end > from;)
    if (s->m[i].p->kind == CD_LEX_PREDICATE) return 0;
  return 1;
}

/* The name before match k in its phrase, or -1. */
static int phrase_before(const cd_scratch *s, size_t k, int lang) {
  size_t start = s->m[k].span.start;
  for (size_t i = k; i-- > 0;) {
    const cd_match *m = &s->m[i];
    if (m->span.end > start) continue;
    if (!is_name(m)) {
      if (m->p->kind == CD_LEX_PREDICATE) return -1;
      continue;
    }
    if (lang == CD_LANG_ZH) {
      if (start - m->span.end > PHRASE_ZH) return -1;
    } else {
      size_t e = start, b = 0;
      for (int w = 0; w <= PHRASE_EN; w++) {
        if (e <= m->span.end) break;
        if (!word_before(s->text, &e, &b) || w == PHRASE_EN) return -1;
        e = b;
      }
    }
    return one_phrase(s, k, m->span.end, start) ? (int)i : -1;
  }
  return -1;
}

/* Is name k a trigger too ("the Entity List", 实体清单)? Then it is the
 * event's, not a phrase's: "将华为列入实体清单". */
static int at_trigger(const cd_scratch *s, size_t k) {
  size_t a = s->m[k].span.start;
  for (size_t i = k; i-- > 0 && s->m[i].span.start == a;)
    if (s->m[i].p->kind == CD_LEX_PREDICATE) return 1;
  for (size_t i = k + 1; i < s->nm && s->m[i].span.start == a; i++)
    if (s->m[i].p->kind == CD_LEX_PREDICATE) return 1;
  return 0;
}

/* pos, or the start of the opening title mark or quote just before it: a
 * role word governs the name inside (依据《反外国制裁法》: the law is what the
 * act rests on, as in 依据出口管制法, not its agent). */
static size_t after_opening_mark(const char *t, size_t pos) {
  static const char *const marks[] = {"《", "〈", "「", "『", "“"};
  for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
    if (pos >= 3 && memcmp(t + pos - 3, marks[i], 3) == 0) return pos - 3;
  return pos;
}

/* The last byte c of t[lo, hi), or NULL, as cd_last_byte finds it: with
 * SSE2 (every x86-64) sixteen bytes a look back, the bytes before lo
 * masked off (t[hi - 16, hi) is in the sentence while hi >= 16), where
 * cd_last_byte reads eight and then the rest a byte at a time. */
static const char *last_byte(const char *t, size_t lo, size_t hi, unsigned char c) {
#if defined(__SSE2__)
  const __m128i rep = _mm_set1_epi8((char)c);
  for (; hi > lo && hi >= 16; hi -= 16) {
    __m128i v;
    unsigned m;
    memcpy(&v, t + hi - 16, 16);
    m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, rep));
    if (hi - 16 < lo) m &= 0xFFFFu << (lo - (hi - 16)); /* lo - (hi - 16) < 16 */
    if (m) return t + hi - 16 + (31 - __builtin_clz(m));
    if (hi - 16 <= lo) return NULL;
  }
#endif
  return hi > lo ? cd_last_byte(t + lo, t + hi, c) : NULL;
}

/* Does a coverb 对 open the Chinese phrase that ends at name k, further
 * back than the word before it: 对20家美国企业采取, 对参与武装台湾的企业
 * 实施 (the names after it are what the act is done to, however many
 * words stand between)? Within COVERB_GAP bytes, in one phrase (no
 * punctuation but 、, no trigger between), and not the 对 of 反对, 针对,
 * 面对, 应对, 绝对, 相对 (their own words) or of 对于, 对手, 对话. */
static int zh_coverb_before(const cd_scratch *s, size_t k) {
  static const char *const before[] = {"反", "针", "面", "应", "绝", "相"};
  static const char *const after[] = {"于", "手", "话"};
  const char *t = s->text;
  size_t start = s->m[k].span.start, lim = start > COVERB_GAP ? start - COVERB_GAP : 0;
  const char *hit, *hi = t + start;
  if (start < lim + 3) return 0;
  /* each place found by 对's last byte, B9, from the end */
  for (; (hit = last_byte(t, lim + 2, (size_t)(hi - t), 0xB9)) != NULL; hi = hit) {
    size_t p = (size_t)(hit - t) + 1, q = p - 3, i;
    if (memcmp(t + q, "\xe5\xaf\xb9", 3)) continue; /* 对 */
    for (i = 0; q >= 3 && i < sizeof before / sizeof *before; i++)
      if (!memcmp(t + q - 3, before[i], 3)) return 0;
    for (i = 0; i < sizeof after / sizeof *after; i++)
      if (p + 3 <= s->len && !memcmp(t + p, after[i], 3)) return 0;
    return one_phrase(s, k, p, start);
  }
  return 0;
}

/* Is t[b, e) an "of" after a noun of a place (place_nouns)? */
static int of_place(const char *t, size_t b, size_t e) {
  size_t pb = 0;
  return e - b == 2 && t[b] == 'o' && t[b + 1] == 'f' && word_before(t, &b, &pb) &&
         set_mark(&place_nouns, t, pb, b);
}

/* The marker of name k: its own role word, else its phrase's. depth bounds
 * the walk back through a phrase of names. */
static marker marker_of(const cd_scratch *s, size_t k, int lang, int depth) {
  size_t start = s->m[k].span.start;
  int prev;
  if (lang == CD_LANG_ZH) {
    int found;
    marker m = zh_word(s->text, after_opening_mark(s->text, start), &found);
    if (found && m != M_NONE) return m;
    if (!found && zh_coverb_before(s, k)) return M_PATIENT;
  } else {
    size_t e = start, b = 0;
    size_t i = k;
    for (int w = 0; w < PHRASE_EN && word_before(s->text, &e, &b); w++) {
      marker m = en_word(s->text, b, e);
      if (m != M_NONE) return m; /* a role word, even one that ends a trigger ("comply with") */
      if (w == 0 && of_place(s->text, b, e)) return M_OTHER;
      while (i > 0 && (s->m[i - 1].p->kind == CD_LEX_CUE || s->m[i - 1].span.start >= start)) i--;
      if (i > 0 && s->m[i - 1].span.end > b) break; /* a name or trigger: the phrase ends */
      e = b;
    }
  }
  if (depth > 0 && !at_trigger(s, k) && (prev = phrase_before(s, k, lang)) >= 0)
    return marker_of(s, (size_t)prev, lang, depth - 1);
  return M_NONE;
}

/* The words an English passive is read by (en_passive), each followed by
 * its kind's byte, so that a word read back is looked up once, not once
 * a list: a form of "be" (\1), an irregular past participle of the beat
 * (\2: a regular one ends in -ed), an adverb (\3: most end in -ly). */
enum { VOICE_BE = 1, VOICE_PARTICIPLE = 2, VOICE_ADVERB = 3 };
static const word_set voice_words = {{
    [2] = "be\1is\1",
    [3] = "was\1are\1get\1got\1put\2cut\2set\2hit\2led\2won\2not\3",
    [4] = "were\1been\1gets\1made\2held\2sold\2told\2sent\2paid\2shut\2kept\2lost\2seen\2also\3then\3just\3",
    [5] = "being\1built\2taken\2given\2known\2shown\2later\3since\3never\3first\3",
    [6] = "bought\2struck\2caught\2frozen\2stolen\2hidden\2",
    [7] = "brought\2already\3",
}};

/* English passive: a form of "be", then adverbs, then a past participle,
 * read back from the trigger's first word (at pos) to no further than
 * limit: "was summoned", "has not been added to the Entity List". A word
 * that is none of these ends it ("was a ban" is no passive). */
static int en_passive(const char *t, size_t pos, size_t tend, size_t limit) {
  /* feelings in -ed are adjectives: "it was dissatisfied with" is no
   * passive, its subject feels */
  static const word_set feelings = {
      {[7] = "worried ", [9] = "concerned satisfied ", [12] = "disappointed dissatisfied "}};
  size_t e = pos, b = 0;
  int part = 0;
  while (e < tend && t[e] != ' ') e++;
  if (in_set(t, pos, e, &feelings)) return 0;
  for (int w = 0; w < 6 && e > limit && word_before(t, &e, &b) && b >= limit; w++) {
    unsigned kind = set_mark(&voice_words, t, b, e);
    if (kind == VOICE_BE) return part;
    if ((e - b > 3 && t[e - 2] == 'e' && t[e - 1] == 'd') || kind == VOICE_PARTICIPLE)
      part = 1;
    else if (!((e - b > 3 && t[e - 2] == 'l' && t[e - 1] == 'y') || kind == VOICE_ADVERB))
      part = 0;
    e = b;
  }
  return 0;
}

/* An English verb of undergoing right before the trigger at pos, past a
 * few words that qualify the measure (new, further, tougher...), no
 * further back than limit: "Huawei faces new export curbs", "actions
 * ... will meet strong countermeasures". Its subject undergoes the
 * measure, as a passive's does. */
static int en_undergoes(const char *t, size_t pos, size_t limit) {
  static const word_set verbs = {{[4] = "face meet ",
                                  [5] = "faces meets faced ",
                                  [6] = "facing suffer ",
                                  [7] = "suffers ",
                                  [8] = "suffered "}};
  static const word_set qualifiers = {{[1] = "a ",
                                       [2] = "an ",
                                       [3] = "new the its ",
                                       [4] = "more ",
                                       [5] = "fresh heavy steep stiff harsh ",
                                       [6] = "strong severe ",
                                       [7] = "further tougher harsher ",
                                       [8] = "stronger possible ",
                                       [10] = "additional "}};
  size_t e = pos, b = 0;
  for (int w = 0; w < 4 && e > limit && word_before(t, &e, &b) && b >= limit; w++) {
    if (in_set(t, b, e, &verbs)) return 1;
    if (!in_set(t, b, e, &qualifiers)) return 0;
    e = b;
  }
  return 0;
}

/* Does a word of zh_passive start at p, wholly before pos? Its first
 * character by its key, the rest (到 of 受到) byte by byte. */
static int zh_passive_starts(const char *t, size_t p, size_t pos) {
  uint32_t key = zh_key(t + p);
  for (size_t i = 0; i < sizeof zh_passive / sizeof *zh_passive; i++)
    if (key == zh_passive_keys[i] && p + zh_passive[i].len <= pos &&
        same_bytes(t + p + 3, zh_passive[i].word + 3, zh_passive[i].len - 3))
      return 1;
  return 0;
}

#if defined(__SSE2__)
/* zh_passive_at's look where SSE2 is there (every x86-64) and pos >= 16:
 * the window [from, pos) sixteen bytes a look, the last one ending at pos
 * (the bytes before from or already read masked off), each byte that is
 * the third of a word's first character (its last byte: few other
 * characters end in it) asked whether the word starts two bytes before. */
static int zh_passive_sse2(const char *t, size_t from, size_t pos) {
  const __m128i b0 = _mm_set1_epi8(zh_passive[0].word[2]), b1 = _mm_set1_epi8(zh_passive[1].word[2]),
                b2 = _mm_set1_epi8(zh_passive[2].word[2]);
  _Static_assert(sizeof zh_passive / sizeof *zh_passive == 3, "zh_passive_sse2 looks for three words");
  for (size_t x = from + 2;;) { /* x: the first third byte not yet read */
    size_t at = x + 16 <= pos ? x : pos - 16;
    __m128i v;
    unsigned hits;
    memcpy(&v, t + at, 16);
    hits = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, b0), _mm_cmpeq_epi8(v, b1)), _mm_cmpeq_epi8(v, b2)));
    hits = (hits >> (x - at)) << (x - at); /* x - at < 16 */
    for (; hits; hits &= hits - 1)
      if (zh_passive_starts(t, at + (size_t)__builtin_ctz(hits) - 2, pos)) return 1;
    if (at + 16 >= pos) return 0;
    x = at + 16;
  }
}
#endif

/* Chinese passive: 被, 遭 or 受到 between from and the trigger at pos. */
static int zh_passive_at(const char *t, size_t from, size_t pos) {
  if (pos > from + PASSIVE_GAP) from = pos - PASSIVE_GAP;
  if (pos < from + 3) return 0; /* no word fits (from may be past pos) */
#if defined(__SSE2__)
  if (pos >= 16) return zh_passive_sse2(t, from, pos);
#endif
  /* a word at a time, each place found by the last byte of its first
   * character (memchr), which few other characters end in: a Chinese
   * text is full of its lead byte (E5, E8, E9), which made a call every
   * few characters */
  for (size_t i = 0; i < sizeof zh_passive / sizeof *zh_passive; i++) {
    const char *w = zh_passive[i].word, *last = t + pos - zh_passive[i].len; /* the last place */
    if (pos - from < zh_passive[i].len) continue;
    for (const char *p = t + from; p <= last; p++) {
      const char *hit = memchr(p + 2, w[2], (size_t)(last - p) + 1); /* w[2] of the places [p, last] */
      if (!hit) break;
      p = hit - 2;
      if (memcmp(p, w, zh_passive[i].len) == 0) return 1;
    }
  }
  return 0;
}

/* Keeps the better of *best and entity x for a role: a company or agency
 * before a country or region, else the first found. */
static void prefer(const cd_ruleset *rs, int *best, int x) {
  if (*best < 0 || (rs->entities[*best].weak && !rs->entities[x].weak)) *best = x;
}

/* Is m a reporting cue ("said", 称, "according to")? */
static int reporting(const cd_match *m) {
  return m->p->kind == CD_LEX_CUE && (m->p->index == CD_CUE_ATTRIBUTION || m->p->index == CD_CUE_SOURCE ||
                                      m->p->index == CD_CUE_OBJECT_TO);
}

typedef struct {
  int subject, object, agent, patient, recipient;
  int pre_object; /* an unmarked name after the subject, before a noun trigger ("added Huawei to the Entity List") */
  size_t frame_end; /* where the reporting cue the reading stopped at ends, or 0 */
  int owner;        /* a name owning a gapped trigger's measure ("U.S. controls"), or -1 */
} reading;

static void take_marked(const cd_ruleset *rs, reading *r, marker mk, int x) {
  switch (mk) {
  case M_AGENT: prefer(rs, &r->agent, x); break;
  case M_PATIENT: prefer(rs, &r->patient, x); break;
  case M_RECIPIENT: prefer(rs, &r->recipient, x); break;
  default: break;
  }
}

/* How far a reading back from an edge has gone (opens_clause_between):
 * the words in [e, edge) are no clause word. done: a byte that is no
 * word stopped it at e, and no word before it is read. */
typedef struct {
  size_t edge; /* byte offset the reading started from, SIZE_MAX: none yet */
  size_t e;    /* byte offset it goes on from */
  int done;
} back_reading;

/* Is t[w, e) an English word that opens a clause: a subordinator of the
 * rules ("after", "when"), or "that", "which", "who"? */
static int clause_word(const cd_ruleset *rs, const char *t, size_t w, size_t e) {
  static const word_set rel = {{[3] = "who ", [4] = "that whom ", [5] = "which "}};
  /* each of rel starts with "wh" or "th": most words are not looked up */
  if (e - w > 2 && t[w + 1] == 'h' && (t[w] == 'w' || t[w] == 't') && in_set(t, w, e, &rel)) return 1;
  /* the first two letters turn down nearly every word read back ("the",
   * "of", "to") without the walk over all the keys */
  if (!((rs->subordinator_pairs[(unsigned char)t[w] & 31] >> (e - w > 1 ? (unsigned char)t[w + 1] & 31 : 0)) &
        1))
    return 0;
  for (size_t i = 0; i < rs->nsubordinators; i++)
    if (rs->subordinators[i].lang == CD_LANG_EN && word_is(t, w, e, rs->subordinators[i].text)) return 1;
  return 0;
}

/* Does a clause word stand in t[a, b), a word read back from b at a time
 * up to the first that starts before a or the first byte that is no
 * word? The names before it belong to another clause. read_before asks
 * this for b its edge and a going back match by match: *br keeps where
 * the last answer for this b stopped, so each word is read once an edge
 * (the answer for a smaller a goes on from there). */
static int opens_clause_between(const cd_ruleset *rs, const char *t, size_t a, size_t b, back_reading *br) {
  size_t e, w = 0;
  if (br->edge != b) *br = (back_reading){b, b, 0};
  for (e = br->e; !br->done && e > a; e = w) {
    if (!word_before(t, &e, &w)) {
      br->done = 1;
      break;
    }
    if (w < a) break;
    if (clause_word(rs, t, w, e)) return 1;
  }
  br->e = e;
  return 0;
}

/* The names before the trigger (matches [from, to)) in clause cl, back to
 * a reporting cue ("said", 称: what stands before it is the speaker) or
 * an English clause word: marked ones take their role; of the unmarked,
 * the first company or agency (else the first name) is the subject, the
 * next unmarked one the pre-object. */
static void read_before(const cd_scratch *s, const cd_ruleset *rs, int lang, size_t from, size_t to, int cl,
                        int frames, reading *r) {
  int unmarked[WINDOW], n = 0;
  size_t i = to, edge = to < s->nm ? s->m[to].span.start : s->len;
  back_reading br = {SIZE_MAX, 0, 0};
  cd_lspan clause = clause_span(s, cl);
  while (i-- > from) {
    const cd_match *m = &s->m[i];
    if (!in_span(clause, m->span.start)) break;
    if (frames && m->p->kind == CD_LEX_CUE &&
        (m->p->index == CD_CUE_ATTRIBUTION || m->p->index == CD_CUE_SOURCE ||
         m->p->index == CD_CUE_OBJECT_TO)) {
      r->frame_end = m->span.end;
      break;
    }
    if (lang == CD_LANG_EN && m->span.end <= edge &&
        opens_clause_between(rs, s->text, m->span.end, edge, &br))
      break;
    if (m->p->kind == CD_LEX_PREDICATE) edge = m->span.start;
    if (m->p->kind != CD_LEX_ENTITY) continue;
    edge = m->span.start;
    marker mk = marker_of(s, i, lang, 4);
    if (mk == M_SUBJECT) { /* what stood before is the cause */
      n = 0;
      unmarked[n++] = m->p->index;
      break;
    }
    if (mk == M_NONE && n < WINDOW)
      unmarked[n++] = m->p->index;
    else
      take_marked(rs, r, mk, m->p->index);
  }
  /* unmarked[] is nearest first: the subject is the leftmost strong one */
  for (int k = n; k-- > 0;)
    if (r->subject < 0 || (rs->entities[r->subject].weak && !rs->entities[unmarked[k]].weak))
      r->subject = unmarked[k];
  for (int k = n; k-- > 0;)
    if (unmarked[k] != r->subject && r->pre_object < 0 && !rs->entities[unmarked[k]].weak)
      r->pre_object = unmarked[k];
}

/* Is [from, tail) only blanks or a possessive ("U.S. controls", "China's
 * curbs"): a name ending at from modifying the noun at tail? */
static int owns_tail(const char *t, size_t from, size_t tail) {
  if (from + 2 <= tail && t[from] == '\'' && t[from + 1] == 's') from += 2;
  while (from < tail && t[from] == ' ') from++;
  return from == tail;
}

/* The name whose possessive opens the noun phrase of an English trigger
 * ("dissatisfied with the Netherlands' new export controls", "China's
 * latest curbs"): up to two plain words may stand between ("'s", then
 * "new", "latest"), no other match. The measure is the owner's, whoever
 * is the clause's subject; -1 when none. */
static int possessive_owner(const cd_scratch *s, size_t first, size_t pos) {
  if (first == 0) return -1;
  const cd_match *m = &s->m[first - 1];
  size_t a = m->span.end;
  if (m->p->kind != CD_LEX_ENTITY || a >= pos || s->text[a] != '\'') return -1;
  a += a + 1 < pos && s->text[a + 1] == 's' ? 2 : 1;
  if (s->text[a - 1] == '\'' && (a < 2 || s->text[a - 2] != 's')) return -1; /* a bare ' after s only */
  for (int w = 0; w <= 2; w++) {
    if (a >= pos || s->text[a] != ' ') return -1;
    a++;
    if (a == pos) return m->p->index;
    while (a < pos && ((s->text[a] >= 'a' && s->text[a] <= 'z') || s->text[a] == '-')) a++;
  }
  return -1;
}

/* The names at and after the trigger (matches from index from), in its
 * clause: a name the trigger itself is ("the Entity List") counts. */
static void read_after(const cd_scratch *s, const cd_ruleset *rs, int lang, size_t from, const cd_trigger *t,
                       reading *r) {
  size_t tail = t->tail, end = t->span.end;
  cd_lspan clause = clause_span(s, t->clause);
  for (size_t i = from; i < s->nm && i < from + WINDOW; i++) {
    const cd_match *m = &s->m[i];
    if (!in_span(clause, m->span.start)) break;
    /* the next verb, or a reporting cue ("said ... to AP"), ends the
     * trigger's reach; a verb of its own predicate too ("the reversal did
     * not signal any softening of U.S. controls": the U.S. is softening's) */
    if (m->span.start >= tail &&
        (reporting(m) || (m->p->kind == CD_LEX_PREDICATE && !m->p->term->mention && m->span.start >= end)))
      break;
    if (m->p->kind != CD_LEX_ENTITY) continue;
    marker mk = marker_of(s, i, lang, 4);
    /* a Chinese phrase after the verb (对X, 将X) belongs to a verb after
     * it, not to this one; a name inside a gapped trigger (对…调查) is its */
    if (lang == CD_LANG_ZH && m->span.start >= tail &&
        (mk == M_SUBJECT || mk == M_AGENT || mk == M_PATIENT || mk == M_OTHER))
      break;
    /* an English name right before a gapped trigger's second part owns
     * that measure ("any softening of U.S. controls"): its agent, as the
     * subject of 美国放宽…管制 is */
    if (lang == CD_LANG_EN && m->span.end < tail && owns_tail(s->text, m->span.end, tail)) {
      if (r->owner < 0) r->owner = m->p->index;
      continue;
    }
    if (mk == M_NONE || mk == M_SUBJECT) {
      if (r->object < 0) r->object = m->p->index;
    } else {
      take_marked(rs, r, mk, m->p->index);
    }
  }
}

/* Is a personal pronoun the first word after a reporting cue (from), before
 * pos? English "it", "they", "he", "she", "we"; Chinese 其, 他, 她. */
static int pronoun_between(const char *t, size_t from, size_t pos) {
  static const word_set en = {{[2] = "it he we ", [3] = "she ", [4] = "they "}};
  static const char *const zh[] = {"其", "他", "她"};
  size_t a = from, b;
  while (a < pos &&
         (t[a] == ' ' || t[a] == ',' || (unsigned char)t[a] == 0xEF || ((unsigned char)t[a] & 0xC0) == 0x80))
    a++; /* blanks and the rest of a fullwidth comma */
  for (size_t i = 0; i < sizeof zh / sizeof *zh; i++)
    if (a + strlen(zh[i]) <= pos && !memcmp(t + a, zh[i], strlen(zh[i]))) return 1;
  /* "on Friday it had", "on Oct. 10 it would": a few words may stand
   * before the pronoun */
  for (int w = 0; w < 5 && a < pos; w++) {
    for (b = a; b < pos && t[b] != ' '; b++) continue;
    if (in_set(t, a, b, &en)) return 1;
    for (a = b; a < pos && t[a] == ' '; a++) continue;
  }
  return 0;
}

/* Does clause cl (whose matches end before index k) hold a trigger or a
 * reporting cue after a mention of entity x? */
static int says_after(const cd_scratch *s, size_t k, int cl, int x) {
  int seen = 0;
  cd_lspan clause = clause_span(s, cl);
  for (size_t i = k; i-- > 0;) {
    const cd_match *m = &s->m[i];
    if (!in_span(clause, m->span.start)) break;
    if (m->p->kind == CD_LEX_ENTITY && m->p->index == x) seen = 1;
  }
  for (size_t i = k; i-- > 0;) {
    const cd_match *m = &s->m[i];
    if (!in_span(clause, m->span.start)) break;
    if (m->p->kind == CD_LEX_ENTITY && m->p->index == x) return 0;
    if (seen && (m->p->kind == CD_LEX_PREDICATE || reporting(m))) return 1;
  }
  return 0;
}

/* Does clause k hold a trigger (not a bare noun) or a reporting cue? */
static int says_something(const cd_scratch *s, int k) {
  cd_lspan clause = clause_span(s, k);
  for (size_t i = cd_match_from(s, clause.start); i < s->nm && in_span(clause, s->m[i].span.start); i++)
    if ((s->m[i].p->kind == CD_LEX_PREDICATE && !s->m[i].p->term->mention) || reporting(&s->m[i])) return 1;
  return 0;
}

/* Is [a, b) inside a value (a date: "Last week Sen. Tom Cotton")? */
static int in_value(const cd_scratch *s, size_t a, size_t b) {
  for (size_t i = 0; i < s->nv; i++)
    if (a >= s->vals[i].span.start && b <= s->vals[i].span.end) return 1;
  return 0;
}

/* The entity that opens clause k, past "and", "the", English titles and
 * a date ("and Rep. Bill Foster", "Last week Sen. Tom Cotton"), or -1. */
static int opening_name(const cd_scratch *s, int k) {
  static const word_set skip = {{[3] = "and the mr. ms. dr. ",
                                 [4] = "rep. sen. mrs. gov. ",
                                 [7] = "senator ",
                                 [8] = "minister governor ",
                                 [9] = "president secretary ",
                                 [14] = "representative "}};
  cd_lspan clause = clause_span(s, k);
  size_t pos = clause.start, i;
  i = cd_match_from(s, clause.start);
  while (i < s->nm && s->m[i].p->kind == CD_LEX_CUE) i++;
  if (i >= s->nm || s->m[i].p->kind != CD_LEX_ENTITY || !in_span(clause, s->m[i].span.start)) return -1;
  /* a clause starts one byte into ， (clause.h) */
  while (pos < s->m[i].span.start && ((unsigned char)s->text[pos] & 0xC0) == 0x80) pos++;
  while (pos < s->m[i].span.start) {
    size_t e;
    while (pos < s->m[i].span.start && s->text[pos] == ' ') pos++;
    for (e = pos; e < s->m[i].span.start && s->text[e] != ' '; e++) continue;
    if (e > pos && !in_set(s->text, pos, e, &skip) && !in_value(s, pos, e)) return -1;
    pos = e;
  }
  return s->m[i].p->index;
}

/* Does English clause k open with a relative pronoun (", which has
 * sanctioned Taiwan before,", ", who founded it,")? Then it tells of the
 * name before it, and says nothing of the subject the clauses after it
 * carry on: "Beijing, which has sanctioned Taiwan, criticised the sale"
 * is Beijing's criticising, whatever the aside names or does. */
static int opens_relative(const cd_scratch *s, int k) {
  static const word_set rel = {{[3] = "who ", [5] = "which whose "}};
  size_t w = cd_clause_start(&s->clauses, k), e, end = cd_clause_end(&s->clauses, k, s->len);
  while (w < end && (s->text[w] == ' ' || s->text[w] == ',')) w++;
  e = w;
  while (e < end && s->text[e] >= 'a' && s->text[e] <= 'z') e++;
  return in_set(s->text, w, e, &rel);
}

/* The subject clause cl goes on with: that of the nearest clause before it
 * that says something (the subject before its verb, "美国商务部周二宣布，
 * 将…"); or, when only asides stand between it and the sentence's start
 * ("Rep. Bill Huizenga, R.-Michigan, and Rep. Bill Foster, D.-Illinois,
 * introduced"), the name that opens the first clause opening with one
 * (", mostly Chinese," opens with none). At most ASIDES clauses back. */
static int carried_subject(const cd_scratch *s, const cd_ruleset *rs, cd_lang lang, int cl, size_t from) {
  int opener = -1;
  for (int k = cl - 1; k >= 0 && k >= cl - ASIDES; k--) {
    if (lang == CD_LANG_EN && k > 0 && opens_relative(s, k)) continue; /* an aside of the name before it */
    if (says_something(s, k)) {
      size_t end = s->clauses.bounds[k];
      size_t e = cd_match_from(s, end);
      reading prev = {-1, -1, -1, -1, -1, -1, 0, -1};
      read_before(s, rs, lang, from, e, k, 0, &prev);
      return prev.subject >= 0 && says_after(s, e, k, prev.subject) ? prev.subject : -1;
    }
    int m = opening_name(s, k);
    if (m >= 0) opener = m;
    if (k == 0) return opener;
  }
  return -1;
}

void cd_roles_find(const cd_scratch *s, cd_lang lang, size_t j, const cd_ruleset *rs, cd_roles *out) {
  static pthread_once_t zh_indexed = PTHREAD_ONCE_INIT;
  const cd_trigger *t = &s->t[j];
  reading r = {-1, -1, -1, -1, -1, -1, 0, -1};
  size_t first = cd_match_from(s, t->span.start);
  size_t from = first > WINDOW ? first - WINDOW : 0;
  int cl = t->clause, passive;
  if (lang == CD_LANG_ZH) pthread_once(&zh_indexed, index_zh_words);
  read_before(s, rs, lang, from, first, cl, 1, &r);
  read_after(s, rs, lang, first, t, &r);
  /* a clause that goes on with the subject before it: the subject of a
   * clause that says something (a trigger or a reporting cue after it),
   * not a phrase set off by commas (", mostly Chinese,") */
  if (r.subject < 0 && r.agent < 0 && cl > 0 && cd_clause_subject(&s->clauses, cl) < 0)
    r.subject = carried_subject(s, rs, lang, cl, from);
  /* "X said it had added Y", "X表示，其…": the pronoun is the speaker */
  if (r.frame_end && t->speaker >= 0 && pronoun_between(s->text, r.frame_end, t->span.start)) {
    if (r.subject >= 0 && r.pre_object < 0) r.pre_object = r.subject;
    r.subject = t->speaker;
  }
  if (r.object < 0) r.object = r.pre_object;
  if (lang == CD_LANG_ZH) {
    size_t cstart = cd_clause_start(&s->clauses, cl);
    passive = zh_passive_at(s->text, cstart, t->span.start);
  } else {
    size_t limit = 0;
    for (size_t i = first; i-- > 0;)
      if (s->m[i].p->kind != CD_LEX_CUE && s->m[i].span.end <= t->span.start) {
        limit = s->m[i].span.end;
        break;
      }
    passive =
        en_passive(s->text, t->span.start, t->span.end, limit) || en_undergoes(s->text, t->span.start, limit);
  }
  /* active: the subject acts, and "made by X" after the verb is another
   * verb's agent (with no subject, a by-phrase may name it: "an
   * investigation by SAMR", unless a reporting cue cut the subject off:
   * "China said it would levy fees on ships operated by U.S. firms");
   * passive: the by-phrase's name acts */
  out->agent = passive ? r.agent : r.subject >= 0 || r.frame_end ? r.subject : r.agent;
  if (out->agent < 0) out->agent = r.owner; /* the measure's owner does what the trigger tells */
  if (lang == CD_LANG_EN && !passive) {
    int owner = possessive_owner(s, first, t->span.start);
    if (owner >= 0) out->agent = owner;
  }
  out->patient = r.patient >= 0 ? r.patient : passive ? r.subject : r.object;
  out->recipient = r.recipient;
  if (out->recipient < 0 && r.object >= 0 && out->patient >= 0 && r.object != out->patient)
    out->recipient = r.object;
  if (out->patient == out->agent) out->patient = -1;
  if (out->recipient == out->agent || out->recipient == out->patient) out->recipient = -1;
}
