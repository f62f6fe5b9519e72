/* speaker.c: references and speakers of one sentence; see speaker.h.
 *
 * Matches are in text order, so a cue's speaker is found by binary search
 * and a walk bounded by a window of bytes: O(m log m) a sentence. Nothing
 * is allocated; resolved references live in the caller's scratch. */
#include "speaker.h"

#include <utf8proc.h>

#include "buf.h"
#include "clause.h"
#include "utf8.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define SPEAKER_WINDOW  48 /* bytes between a cue and a speaker after it */
#define SPEAKER_BEFORE  24 /* ... and before it: "X said", "X spokesperson said" */
#define ADJUNCT_MAX     60 /* bytes of an adverbial between them: 在签字仪式上 */
#define REFER_SENTENCES 5  /* how far back "the department" looks for its agency */
#define INTERVIEW_GAP   6  /* bytes between an outlet and its interview cue: 的, "the" */
#define OBJECT_WORDS    4  /* words of an object before "to": "told major Chinese tech firms to" */
/* How far back, in sentences, a short form (商务部) finds the last link of
 * its chain: the long form (美国商务部) or a short form it resolved. A
 * report names a body in full once and then by its short form for as long
 * as it writes about it, so each link extends the chain; ten sentences
 * without one, and the report has moved on: a bare 商务部 there, in a
 * passage on China's response, is China's ministry as the rules read it. */
#define SHORT_FORM_SENTENCES 10

/* The cue kinds (cd_scratch.cues) of a frame (find_frames), of a reference
 * (cd_cue_kind_refers) and of a forecast (cd_cue_kind_forecasts). */
#define FRAME_CUES                                                                                           \
  (CD_CUE_BIT(CD_CUE_OBJECT_TO) | CD_CUE_BIT(CD_CUE_ATTRIBUTION) | CD_CUE_BIT(CD_CUE_SOURCE) |               \
   CD_CUE_BIT(CD_CUE_ESTIMATE) | CD_CUE_BIT(CD_CUE_EXPECTATION) | CD_CUE_BIT(CD_CUE_REPORTED))
#define REFERS_CUES                                                                                          \
  (CD_CUE_BIT(CD_CUE_REFERS_AGENCY) | CD_CUE_BIT(CD_CUE_REFERS_COMPANY) | CD_CUE_BIT(CD_CUE_REFERS_BODY))
#define FORECAST_CUES                                                                                        \
  (CD_CUE_BIT(CD_CUE_HEDGE) | CD_CUE_BIT(CD_CUE_CERTAIN) | CD_CUE_BIT(CD_CUE_DONE) |                         \
   CD_CUE_BIT(CD_CUE_PERFECT))

/* Where a cue's speaker may stand. */
typedef enum {
  SIDE_BEFORE = -1, /* right before the cue: "Nvidia said", "英伟达表示" */
  SIDE_EITHER = 0,  /* before, else after when the cue opens its clause */
  SIDE_AFTER = 1    /* after it: "according to a report from X", "据X" */
} speaker_side;

/* The speaker of a cue at [a, b): an entity that can speak, in the cue's
 * clause, on the given side ("an Nvidia spokesperson said" before it,
 * ", said Foster" after it), or -1. */
/* Does an organization cue (协会, "association") end a name around a
 * country's mention starting at from, before the cue at a: between them ("欧盟
 * 汽车制造商协会证实") or just before it ("the American Chamber of
 * Commerce in China said")? Matches are in text order. */
static int organization_around(const cd_scratch *s, size_t from, size_t a) {
  size_t lo = from > SPEAKER_BEFORE ? from - SPEAKER_BEFORE : 0;
  for (size_t i = cd_match_from(s, lo); i < s->nm && s->m[i].span.start < a; i++)
    if (s->m[i].p->kind == CD_LEX_CUE && s->m[i].p->index == CD_CUE_ORGANIZATION) return 1;
  return 0;
}

/* Is an interview cue right beside match i, after it in Chinese
 * (接受CNBC专访, 接受美联社的采访) or before it in English ("in an
 * interview with CNBC")? Then the entity of match i interviews: the
 * speaker is the one interviewed, before the phrase. */
static int interviewer(const cd_scratch *s, size_t i) {
  const cd_lspan *e = &s->m[i].span;
  for (size_t k = i + 1; k < s->nm && s->m[k].span.start <= e->end + INTERVIEW_GAP; k++)
    if (s->m[k].p->kind == CD_LEX_CUE && s->m[k].p->index == CD_CUE_INTERVIEW) return 1;
  for (size_t k = i; k-- > 0 && i - k <= 2;)
    if (s->m[k].p->kind == CD_LEX_CUE && s->m[k].p->index == CD_CUE_INTERVIEW &&
        s->m[k].span.end <= e->start && e->start - s->m[k].span.end <= INTERVIEW_GAP)
      return 1;
  return 0;
}

/* Does a locative coverb (在, 于, 於 normalised to 于) stand just before
 * position p: 在北京宣布, 于华盛顿表示? Not the second half of a word
 * (由于 "because", 现在 "now", 正在, 存在, 实在). All are three bytes. */
static int located(const char *t, size_t p) {
  static const char *const words[] = {"由", "现", "正", "存", "实"};
  if (p < 3 || (memcmp(t + p - 3, "在", 3) && memcmp(t + p - 3, "于", 3))) return 0;
  for (size_t k = 0; p >= 6 && k < sizeof words / sizeof *words; k++)
    if (!memcmp(t + p - 6, words[k], 3)) return 0;
  return 1;
}

/* Does the cue at a open clause cl (only spaces between the clause's
 * start and it)? Then [*start, *end) is the clause before, past its
 * leading spaces. */
static int clause_before(const cd_scratch *s, int cl, size_t a, size_t *start, size_t *end) {
  *start = cl > 1 ? s->clauses.bounds[cl - 2] : 0;
  *end = s->clauses.bounds[cl - 1];
  for (size_t p = *end; p < a; p++)
    if (s->text[p] != ' ') return 0;
  while (*start < *end && s->text[*start] == ' ') (*start)++;
  return 1;
}

/* Does the cue at a open clause cl, after an English aside that stands
 * between it and the clause before: a relative clause ("who ...",
 * "which ...") or an apposition with no trigger ("the ...", "a ...", or
 * a title: "chairman of the House Foreign Affairs Committee")? */
static int aside_before(const cd_scratch *s, int cl, size_t a) {
  static const char *const opens[] = {
      "who ",          "which ",     "the ",       "a ",        "an ",        "chairman ",  "chairwoman ",
      "chair ",        "head ",      "chief ",     "director ", "president ", "spokesman ", "spokeswoman ",
      "spokesperson ", "secretary ", "minister ",  "deputy ",   "senior ",    "partner ",   "founder ",
      "co-founder ",   "vice ",      "professor ", "ceo "};
  const char *t = s->text;
  size_t start, end;
  if (cl < 2 || !clause_before(s, cl, a, &start, &end)) return 0;
  for (size_t i = 0; i < sizeof opens / sizeof *opens; i++)
    if (!strncmp(t + start, opens[i], strlen(opens[i])) && start + strlen(opens[i]) <= end) {
      if (i < 2) return 1; /* a relative clause may say things of its own */
      for (size_t k = cd_match_from(s, start); k < s->nm && s->m[k].span.start < end; k++)
        if (s->m[k].p->kind == CD_LEX_PREDICATE) return 0;
      return 1;
    }
  return 0;
}

int cd_speaker_addressed(const char *t, size_t pos) {
  return pos >= 3 && (!memcmp(t + pos - 3, "\xe5\xaf\xb9", 3) || /* 对 */
                      !memcmp(t + pos - 3, "\xe5\x90\x91", 3) || /* 向 */
                      !memcmp(t + pos - 3, "\xe8\xb7\x9f", 3));  /* 跟 */
}

/* The bytes of the dates in [a, b), with the zone word before each
 * (当地时间, 北京时间: "local time"): the time of the act, no distance
 * between the speaker and its verb (国务院当地时间3月31日（周一）宣布).
 * O(values of the sentence), at most SENTENCE_VALUES_MAX. */
static size_t dates_between(const cd_scratch *s, size_t a, size_t b) {
  static const char *const zones[] = {"当地时间", "北京时间", "美东时间", "美国东部时间"};
  size_t n = 0;
  for (size_t i = 0; i < s->nv; i++) {
    const cd_value *v = &s->vals[i];
    if (v->kind != CD_VALUE_DATE || v->span.start < a || v->span.end > b) continue;
    n += v->span.end - v->span.start;
    for (size_t k = 0; k < sizeof zones / sizeof *zones; k++) {
      size_t z = strlen(zones[k]);
      if (v->span.start >= a + z && !memcmp(s->text + v->span.start - z, zones[k], z)) n += z;
    }
  }
  return n;
}

/* Where the name that match i glosses starts: 美国证券交易委员会（SEC）
 * writes one body twice, the gloss in brackets right after the name;
 * else match i's own start. */
static size_t glossed_start(const cd_scratch *s, size_t i) {
  const char *t = s->text;
  size_t at = s->m[i].span.start, open;
  if (at >= 3 && !memcmp(t + at - 3, "\xef\xbc\x88", 3)) /* （ */
    open = at - 3;
  else if (at >= 1 && t[at - 1] == '(')
    open = at - 1;
  else
    return at;
  for (size_t k = i; k-- > 0;)
    if (s->m[k].p->kind == CD_LEX_ENTITY && s->m[k].span.end <= open)
      return s->m[k].span.end == open ? s->m[k].span.start : at;
  return at;
}

/* Match i, an entity, or the outlet right after it when i is a country
 * that only says where the outlet is from (据英国《金融时报》报道: the FT
 * reports, not the UK): nothing but title marks between them. */
static int outlet_after(const cd_entity *entities, const cd_scratch *s, size_t i) {
  const cd_match *m = &s->m[i], *n = i + 1 < s->nm ? &s->m[i + 1] : NULL;
  if (entities[m->p->index].weak && n && n->p->kind == CD_LEX_ENTITY && entities[n->p->index].outlet &&
      cd_title_marks_only(s->text, m->span.end, n->span.start))
    return n->p->index;
  return m->p->index;
}

/* Where the Chinese adverbial of place or occasion between a speaker and
 * its cue opens (特朗普在签字仪式上表示, 川普在社群平台发文称, 商务部在回应
 * 美方时表示): the last 在 within ADJUNCT_MAX bytes before the cue at a, in
 * its clause cl and inside no match (在华美国商会 is a name), not the second
 * half of a word (located); else a. What stands inside it is where or
 * when, not who. */
static size_t adjunct_start(const cd_scratch *s, int cl, size_t a) {
  const char *t = s->text;
  size_t lo = a > ADJUNCT_MAX ? a - ADJUNCT_MAX : 0, k;
  if ((unsigned char)t[a] < 0x80) return a;
  if (lo < cd_clause_start(&s->clauses, cl)) lo = cd_clause_start(&s->clauses, cl);
  if (a < lo + 3) return a;
  /* each place found by 在's last byte, A8, from the end */
  for (const char *hit, *hi = t + a; (hit = cd_last_byte(t + lo + 2, hi, 0xA8)) != NULL; hi = hit) {
    size_t p = (size_t)(hit - t) + 1;
    if (memcmp(t + p - 3, "\xe5\x9c\xa8", 3) || !located(t, p)) continue; /* 在 */
    k = cd_match_from(s, p - 3);
    if (k > 0 && s->m[k - 1].span.end > p - 3) continue;
    if (k < s->nm && s->m[k].span.start < p) continue;
    return p - 3;
  }
  return a;
}

/* The speaker named alone in the clause before the cue at a, which opens
 * clause cl: an apposition after its title ("South Korea's chief trade
 * negotiator, Yeo Han-koo, said"), or -1. */
static int name_before(const cd_entity *entities, const cd_scratch *s, int cl, size_t a) {
  const char *t = s->text;
  size_t start, end;
  if (cl < 1 || (unsigned char)t[a] >= 0x80 || !clause_before(s, cl, a, &start, &end)) return -1;
  while (end > start && (t[end - 1] == ' ' || t[end - 1] == ',')) end--;
  for (size_t i = cd_match_from(s, start); i < s->nm && s->m[i].span.start == start; i++)
    if (s->m[i].p->kind == CD_LEX_ENTITY && s->m[i].span.end == end && entities[s->m[i].p->index].speaks)
      return s->m[i].p->index;
  return -1;
}

static int nearest_speaker(const cd_entity *entities, const cd_scratch *s, size_t a, size_t b,
                           speaker_side side) {
  const char *t = s->text;
  int cl = cd_clause_of(&s->clauses, a);
  size_t first = cd_match_from(s, a), near = a;
  if (side != SIDE_AFTER) {
    int named = name_before(entities, s, cl, a);
    if (named >= 0) return named;
  }
  /* "Rollins, who did not give a figure, said": past an aside to the
   * name it is about */
  if (side != SIDE_AFTER && aside_before(s, cl, a)) {
    near = s->clauses.bounds[cl - 2];
    while (near > 0 && (t[near - 1] == ' ' || t[near - 1] == ',')) near--;
    cl -= 2;
  } else if (side != SIDE_AFTER) {
    near = adjunct_start(s, cl, a);
  }
  /* before: the nearest entity ending within SPEAKER_BEFORE of a (or of
   * the interview phrase it stands before); matches are in text order, so
   * walk back from the cue, no further than any key can reach */
  if (side != SIDE_AFTER) {
    for (size_t i = first; i-- > 0;) {
      const cd_match *m = &s->m[i];
      if (m->span.start >= near) continue; /* inside the aside */
      if (near - m->span.start > SPEAKER_BEFORE + 512) break;
      if (m->p->kind != CD_LEX_ENTITY || !entities[m->p->index].speaks || m->span.end > near ||
          near - m->span.end > SPEAKER_BEFORE + dates_between(s, m->span.end, near) ||
          cd_clause_of(&s->clauses, m->span.start) != cl)
        continue;
      /* 卢特尼克接受CNBC专访时表示: CNBC asks, Lutnick speaks */
      if (interviewer(s, i)) {
        near = m->span.start;
        continue;
      }
      /* 黄仁勋在北京宣布: a place after 在 or 于 is where, not who; 向美国
       * 证券交易委员会（SEC）提交文件称: the body a filing goes to is not who
       * files, nor its name's gloss */
      if (located(t, glossed_start(s, i)) || cd_speaker_addressed(t, glossed_start(s, i))) continue;
      /* 欧盟汽车制造商协会证实: the association speaks, not the EU */
      if (entities[m->p->index].weak && organization_around(s, m->span.start, a)) return -1;
      return m->p->index;
    }
    if (side == SIDE_BEFORE) return -1;
    /* after only when the cue opens its clause (", said Foster"); never
     * in Chinese, which puts the speaker first (宣布因谷歌涉嫌…: Google is
     * what was announced; 据X is a cue of its own side) */
    if ((unsigned char)t[a] >= 0x80) return -1;
    {
      size_t i = a;
      while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ',')) i--;
      if (i > 0 && cd_clause_of(&s->clauses, i - 1) == cl && t[i - 1] != '"' && t[i - 1] != '\'') return -1;
    }
  }
  for (size_t i = cd_match_from(s, b); i < s->nm && s->m[i].span.start - b <= SPEAKER_WINDOW; i++) {
    const cd_match *m = &s->m[i];
    if (m->p->kind == CD_LEX_ENTITY && entities[m->p->index].speaks &&
        cd_clause_of(&s->clauses, m->span.start) == cl)
      return outlet_after(entities, s, i);
  }
  return -1;
}

typedef cd_frame frame;

static int has_prefix(const char *t, size_t n, const char *w) {
  size_t k = strlen(w);
  return n >= k && !memcmp(t, w, k);
}

/* Where the clause holding pos starts and ends (the end before its break). */
static void clause_extent(const cd_scratch *s, size_t pos, size_t *a, size_t *b) {
  int cl = cd_clause_of(&s->clauses, pos);
  *a = cl > 0 ? s->clauses.bounds[cl - 1] : 0;
  *b = (size_t)cl < s->clauses.nb ? s->clauses.bounds[cl] - 1 : s->len;
}

/* Is the clause [a, b) subordinate, of time or condition: opened by an
 * English key of the subordinate cues followed by a space ("after ..."),
 * or closed by a Chinese one ("黄仁勋宣布…后，")? A frame in such a clause
 * ("After Huang announced ..., the CAC summoned") governs only that
 * clause. Keys and text are both normalised: O(keys) a clause, each key
 * compared byte by byte inline (they are a few bytes, asked at every
 * frame: no strlen and memcmp calls). */
static int subordinate(const cd_ruleset *rs, const char *t, size_t a, size_t b) {
  unsigned char z;
  int closing; /* may a Chinese key close [a, b): one ends in its last byte */
  int opening; /* may an English key open it */
  while (a < b && t[a] == ' ') a++;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == ',' || (unsigned char)t[b - 1] == 0xEF)) b--;
  z = b > a ? (unsigned char)t[b - 1] : 0;
  closing = b == a || ((rs->subordinator_last[z >> 5] >> (z & 31)) & 1u);
  /* an English key opens [a, b) only with its first two bytes (a space
   * after a key of one): its bit in subordinator_pairs */
  opening = b - a >= 2 &&
            ((rs->subordinator_pairs[(unsigned char)t[a] & 31] >> ((unsigned char)t[a + 1] & 31)) & 1u);
  if (!opening && !closing) return 0;
  for (size_t i = 0; i < rs->nsubordinators; i++) {
    const char *w = rs->subordinators[i].text;
    size_t n = 0;
    if (rs->subordinators[i].lang == CD_LANG_EN) { /* "after" and a space open [a, b) */
      if (!opening) continue;
      while (w[n] && a + n < b && t[a + n] == w[n]) n++;
      if (!w[n] && b - a > n && t[a + n] == ' ') return 1;
    } else if (closing) { /* "后" closes it */
      size_t k = 0;
      while (w[n]) n++;
      while (k < n && k < b - a && t[b - 1 - k] == w[n - 1 - k]) k++;
      if (k == n) return 1;
    }
  }
  return 0;
}

/* Is there content in [a, b): a content trigger, an amount (a figure
 * no trigger may take: "据美国商务部估算，…约1.4万家企业"), or a modal cue
 * (what a forecast says: "Lutnick said Nvidia could keep the list", no
 * trigger after the cue, is still said forward)? O(matches). */
static int content_in(const cd_scratch *s, const cd_ruleset *rs, size_t a, size_t b) {
  for (size_t j = 0; j < s->nt; j++)
    if (s->t[j].span.start >= a && s->t[j].span.start < b && !rs->predicates[s->t[j].pred].negates) return 1;
  for (size_t v = 0; v < s->nv; v++)
    if (s->vals[v].kind != CD_VALUE_DATE && s->vals[v].span.start >= a && s->vals[v].span.start < b) return 1;
  for (size_t i = 0; i < s->nm && (s->cues & FORECAST_CUES); i++)
    if (s->m[i].p->kind == CD_LEX_CUE && cd_cue_kind_forecasts(s->m[i].p->index) && s->m[i].span.start >= a &&
        s->m[i].span.start < b)
      return 1;
  return 0;
}

/* Is t[a, b) only spaces and punctuation (nothing said after a cue)? */
static int nothing_after(const char *t, size_t a, size_t b) {
  const char *p = t + a, *e = t + b;
  while (p < e) {
    int32_t cp;
    utf8proc_category_t c;
    p += cd_utf8_next(p, e, &cp);
    c = utf8proc_category(cp);
    if (!(c == UTF8PROC_CATEGORY_ZS || (c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO))) return 0;
  }
  return 1;
}

/* The first byte at or after i of t[0, pos) that may be a quotation mark
 * (a straight quote, or E3, the lead byte of 「 and 」), or pos. Sixteen
 * bytes a look where SSE2 is there (every x86-64), else (and for the
 * rest) a byte at a time: the quotes are a few bytes of a sentence. In a
 * look, an E3 counts only before 80 8C or 80 8D (Chinese puts E3 before
 * its 、 and 。 too), but for the last two, whose next bytes are in the
 * next look. */
static size_t next_quote_byte(const char *t, size_t i, size_t pos) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), e3 = _mm_set1_epi8((char)0xE3), x80 = _mm_set1_epi8((char)0x80),
                x8c = _mm_set1_epi8((char)0x8C), x8d = _mm_set1_epi8((char)0x8D);
  for (; pos - i >= 16; i += 16) {
    __m128i v;
    unsigned lead, m;
    memcpy(&v, t + i, 16);
    lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, e3));
    m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)) | (lead & 0xC000u);
    if (lead)
      m |= lead & (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, x80)) >> 1 &
           (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, x8c), _mm_cmpeq_epi8(v, x8d))) >> 2;
    if (m) return i + (size_t)__builtin_ctz(m);
  }
#endif
  while (i < pos && t[i] != '"' && (unsigned char)t[i] != 0xE3) i++;
  return i;
}

/* Where the quotation that holds pos opens, between from and pos ("「习主席
 * 作出了正面回应！」": a cue quoted reaches back no further than its
 * quotation), else from. A 「 not closed by 」, or the last of an odd
 * number of straight quotes (norm.c makes curly ones straight). O(pos -
 * from), the bytes that are no quotation mark passed by next_quote_byte. */
static size_t quote_opening(const char *t, size_t from, size_t pos) {
  size_t corner = from, straight = from;
  int open = 0, quotes = 0;
  for (size_t i = from; (i = next_quote_byte(t, i, pos)) < pos; i++) {
    if (t[i] == '"') {
      quotes ^= 1;
      straight = i + 1;
    } else if (i + 3 <= pos && !memcmp(t + i, "\xE3\x80\x8C", 3)) { /* 「 */
      open = 1;
      corner = i + 3;
    } else if (i + 3 <= pos && !memcmp(t + i, "\xE3\x80\x8D", 3)) { /* 」 */
      open = 0;
    }
  }
  if (open) return corner;
  return quotes ? straight : from;
}

/* Is the strong break at pos a semicolon (not a clause word)? */
static int semicolon(const char *t, size_t len, size_t pos) {
  return t[pos] == ';' || (pos + 2 < len && !memcmp(t + pos, "\xEF\xBC\x9B", 3));
}

/* Does a modal of obligation follow pos ("the US must", 美方必须)? A
 * narrator states, it does not demand: "商务部表示，中方愿意谈判，但美方
 * 必须取消关税" is still the ministry's. A closed class, like scope.c's
 * coverbs. */
static int obligation_at(const cd_scratch *s, size_t pos) {
  static const char *const modals[] = {" must ",   " should ",  " needs to ", " need to ",
                                       " has to ", " have to ", " ought to ", "必须",
                                       "应当",     "应该",      "须",         "应"};
  for (size_t i = 0; i < sizeof modals / sizeof *modals; i++)
    if (has_prefix(s->text + pos, s->len - pos, modals[i])) return 1;
  return 0;
}

/* The entity whose mention opens clause cl as its subject, past the
 * subject cues before it ("but the CAC"), or -1: a pronoun or a bare
 * noun names none, and nor does a subject under an obligation
 * (obligation_at). Read after references are resolved ("but the
 * company" is then the company). */
static int subject_entity(const cd_scratch *s, int cl) {
  int i = cd_clause_subject(&s->clauses, cl);
  if (i < 0) return -1;
  for (size_t k = (size_t)i; k < s->nm; k++) {
    const cd_match *m = &s->m[k];
    if (m->p->kind == CD_LEX_ENTITY) return obligation_at(s, m->span.end) ? -1 : m->p->index;
    if (m->p->kind != CD_LEX_CUE || m->p->index != CD_CUE_SUBJECT || k + 1 == s->nm ||
        s->m[k + 1].span.start > m->span.end + 1)
      return -1;
  }
  return -1;
}

/* Where a clause after pos and before end opens with another entity and
 * 则 right after it, or end. After an announcing cue (宣布, 公布: a trigger
 * too) the narrator sets a second body's act beside the first's, told by
 * nobody: 商务部宣布…，海关总署则暂停了…. After a cue of saying it is the
 * speaker's contrast (川普表示…，中方则承诺…: still Trump's words), and so
 * is one under an obligation (美方则应停止…). */
static size_t contrast_end(const cd_scratch *s, size_t pos, size_t end, int who) {
  static const char ze[] = "\xE5\x88\x99"; /* 则 */
  for (int cl = cd_clause_of(&s->clauses, pos) + 1; cl <= (int)s->clauses.nb; cl++) {
    size_t at = cd_clause_start(&s->clauses, cl);
    int i = cd_clause_subject(&s->clauses, cl);
    const cd_match *m;
    if (at >= end) break;
    if (i < 0) continue;
    m = &s->m[i];
    if (m->p->kind == CD_LEX_ENTITY && m->p->index != who && m->span.end + 3 <= s->len &&
        !memcmp(s->text + m->span.end, ze, 3) && !obligation_at(s, m->span.end + 3))
      return at;
  }
  return end;
}

int cd_speaker_announces_at(const cd_scratch *s, size_t start, size_t end) {
  int cue = 0, trigger = 0;
  for (size_t i = cd_match_from(s, start); i < s->nm && s->m[i].span.start == start; i++) {
    if (s->m[i].span.end != end) continue;
    cue |= s->m[i].p->kind == CD_LEX_CUE && s->m[i].p->index == CD_CUE_ATTRIBUTION;
    trigger |= s->m[i].p->kind == CD_LEX_PREDICATE;
  }
  return cue && trigger;
}

/* Where a forward frame of speaker who ends, from the strong breaks after
 * pos and before end: at a semicolon (end) or at a clause word ("but",
 * 但) whose clause opens with another entity as its subject: "Nvidia said
 * its chips had no backdoors, but the CAC summoned the company" is the
 * narrator's summons. Without one, reported speech runs on over "but":
 * "X表示，A，但将B" is all X's, and so is "..., but it would comply". */
static size_t frame_end(const cd_scratch *s, size_t pos, size_t end, int who) {
  for (size_t k = 0; k < s->clauses.ns; k++) {
    size_t at = s->clauses.strong[k];
    int subj;
    if (at <= pos) continue;
    if (at >= end) break;
    subj = subject_entity(s, cd_clause_of(&s->clauses, at));
    if (subj >= 0 && subj != who) return at;
  }
  return end;
}

/* The bytes the frame of cue m governs. Forward ("X said that ...",
 * "据X报道，...") up to a semicolon or a clause word opening another
 * speaker's clause (frame_end; a nearer frame takes over), or to the end
 * of the cue's clause when that clause is subordinate ("…宣布…后，").
 * Backward, from the last semicolon before it, when nothing is said after
 * the cue ("..., Nvidia said"), or when an English cue stands in a clause
 * of its own after what it reports ("..., the company said in a
 * statement, adding"): Chinese puts the reporting verb first ("…，英伟达
 * 表示，…"). */
static void frame_reach(frame *f, const cd_scratch *s, const cd_ruleset *rs, const cd_match *m) {
  size_t a, b, end = s->len, start = 0;
  int back, chinese;
  for (size_t k = 0; k < s->clauses.ns; k++) {
    size_t at = s->clauses.strong[k];
    if (!semicolon(s->text, s->len, at)) continue;
    if (at > m->span.end) {
      end = at;
      break;
    }
    if (at < m->span.start) start = at;
  }
  end = frame_end(s, m->span.end, end, f->entity);
  if (cd_speaker_announces_at(s, m->span.start, m->span.end))
    end = contrast_end(s, m->span.end, end, f->entity);
  clause_extent(s, m->span.start, &a, &b);
  if (subordinate(rs, s->text, a, b) && b < end) end = b;
  chinese = (unsigned char)s->text[m->span.start] >= 0x80;
  if (chinese && m->p->index == CD_CUE_ATTRIBUTION)
    back = nothing_after(s->text, m->span.end, end); /* X表示 looks back only in "…，他说。" */
  else
    back = !content_in(s, rs, m->span.end, end) ||
           (!chinese && a > start && !content_in(s, rs, m->span.end, b) && content_in(s, rs, start, a));
  if (back) {
    f->from = quote_opening(s->text, start, m->span.start);
    f->to = m->span.start;
  } else {
    f->from = m->span.start; /* "Huang announced": the announcement is his */
    f->to = end;
  }
}

/* Is t[p, n) the word w, whole? */
static int word_is(const char *t, size_t p, size_t n, const char *w) {
  size_t k = strlen(w);
  return p + k <= n && !memcmp(t + p, w, k) && (p + k == n || t[p + k] == ' ' || t[p + k] == ',');
}

/* Does "to" and a word follow the object_to cue m within OBJECT_WORDS
 * words ("told companies to halt purchases")? Then it is not a report
 * but the claim's own event, an order. "that" or a subject pronoun on
 * the way opens reported speech instead ("told reporters that", "told
 * CNBC it plans to resume sales"). */
static int object_to(const cd_scratch *s, const cd_match *m) {
  static const char *const speech[] = {"that", "it", "he", "she", "they", "we", "i"};
  const char *t = s->text;
  size_t p = m->span.end;
  for (int w = 0; w <= OBJECT_WORDS; w++) {
    if (p >= s->len || t[p] != ' ') return 0;
    p++;
    if (w > 0 && word_is(t, p, s->len, "to") && p + 3 < s->len && t[p + 3] >= 'a' && t[p + 3] <= 'z')
      return 1;
    for (size_t k = 0; k < sizeof speech / sizeof *speech; k++)
      if (word_is(t, p, s->len, speech[k])) return 0;
    while (p < s->len && t[p] != ' ' && t[p] != ',' && t[p] != '.' && t[p] != ';') p++;
  }
  return 0;
}

static int commentator_at(const cd_match *c) {
  return c->p->kind == CD_LEX_CUE && c->p->index == CD_CUE_COMMENTATOR;
}

/* Is an English appositive's article right before pos (", a lawyer in
 * Beijing", ", an analyst at")? "said on a call with analysts" has none. */
static int article_before(const char *t, size_t pos) {
  return (pos >= 2 && !memcmp(t + pos - 2, "a ", 2) && (pos == 2 || t[pos - 3] == ' ')) ||
         (pos >= 3 && !memcmp(t + pos - 3, "an ", 3) && (pos == 3 || t[pos - 4] == ' '));
}

/* Does an English cue at pos open its clause right after a comma (", said")? */
static int opens_after_comma(const char *t, size_t pos) {
  return (unsigned char)t[pos] < 0x80 && pos >= 2 && t[pos - 1] == ' ' && t[pos - 2] == ',';
}

/* Is the clause before cue m's (cl) an appositive naming a commentator
 * ("Priya Raman, a chip analyst at a firm in Singapore, said"): opened by
 * an article, with a commentator noun, within APPOSITIVE_REACH bytes, and
 * no body the rules know in it? */
#define APPOSITIVE_REACH 96
static int appositive_commentator(const cd_ruleset *rs, const cd_scratch *s, const cd_match *m, int cl) {
  int found = 0;
  size_t a;
  if (cl == 0) return 0;
  for (a = cd_clause_start(&s->clauses, cl - 1); a < s->len && s->text[a] == ' ';) a++;
  if (!article_before(s->text, a + 2) && !article_before(s->text, a + 3)) return 0;
  for (size_t i = cd_match_from(s, m->span.start); i-- > 0;) {
    const cd_match *c = &s->m[i];
    if (c->span.end > m->span.start) continue;
    if (m->span.start - c->span.end > APPOSITIVE_REACH || cd_clause_of(&s->clauses, c->span.start) < cl - 1)
      break;
    if (c->p->kind == CD_LEX_ENTITY && !rs->entities[c->p->index].weak) return 0;
    if (commentator_at(c)) found = 1;
  }
  return found;
}

/* Is the voice of attribution cue m a commentator named by a common noun
 * (a `commentator` cue) and no body the rules know: "analysts said",
 * 分析人士认为, 北京律师韦岚表示 (a country or a city before the noun is
 * where the voice works), "said Wei Lan, a lawyer in Beijing"? who is the
 * speaker nearest_speaker found, or -1: a body (not a country) keeps the
 * words ("Morgan Stanley analysts said"). O(matches within the window). */
static int commentator_voice(const cd_ruleset *rs, const cd_scratch *s, const cd_match *m, int who) {
  int cl = cd_clause_of(&s->clauses, m->span.start);
  if (who >= 0 && !rs->entities[who].weak) return 0;
  for (size_t i = cd_match_from(s, m->span.start); i-- > 0;) {
    const cd_match *c = &s->m[i];
    if (c->span.end > m->span.start) continue;
    if (m->span.start - c->span.end > SPEAKER_BEFORE || cd_clause_of(&s->clauses, c->span.start) != cl) break;
    if (c->p->kind == CD_LEX_ENTITY && !rs->entities[c->p->index].weak) return 0;
    if (commentator_at(c)) return !cd_speaker_addressed(s->text, c->span.start);
  }
  if (who < 0 && opens_after_comma(s->text, m->span.start) && appositive_commentator(rs, s, m, cl)) return 1;
  if (who >= 0 || (unsigned char)s->text[m->span.start] >= 0x80) return 0;
  for (size_t i = cd_match_from(s, m->span.end);
       i < s->nm && s->m[i].span.start - m->span.end <= SPEAKER_WINDOW; i++) {
    const cd_match *c = &s->m[i];
    if (cd_clause_of(&s->clauses, c->span.start) > cl + 1) break;
    if (c->p->kind == CD_LEX_ENTITY && !rs->entities[c->p->index].weak) return 0;
    if (commentator_at(c)) return article_before(s->text, c->span.start);
  }
  return 0;
}

/* Does an amount start right after the English cue m ("Samsung added 2.6
 * per cent")? Then the verb tells a rise, no remark. A day is none: "said
 * Wednesday it opposes" is a remark and its day. O(values). */
static int amount_after(const cd_scratch *s, const cd_match *m) {
  if ((unsigned char)s->text[m->span.start] >= 0x80 || m->span.end >= s->len || s->text[m->span.end] != ' ')
    return 0;
  for (size_t v = 0; v < s->nv; v++)
    if (s->vals[v].span.start == m->span.end + 1 && s->vals[v].kind != CD_VALUE_DATE) return 1;
  return 0;
}

/* The frames of the sentence's reporting cues, at most max: O(m). With
 * voiceless, also those whose voice is no entity and no commentator (a
 * name the rules do not know), entity -1. */
static size_t find_frames(frame *out, size_t max, const cd_scratch *s, const cd_ruleset *rs, int voiceless) {
  size_t n = 0;
  if (!(s->cues & FRAME_CUES)) return 0;
  for (size_t i = 0; i < s->nm && n < max; i++) {
    const cd_match *m = &s->m[i];
    int who, commentator = 0;
    if (m->p->kind != CD_LEX_CUE) continue;
    switch ((cd_cue_kind)m->p->index) {
    case CD_CUE_OBJECT_TO: /* "told reporters" reports, "told firms to halt" orders */
    case CD_CUE_ATTRIBUTION:
      if ((m->p->index == CD_CUE_OBJECT_TO && object_to(s, m)) || amount_after(s, m)) continue;
      who = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_EITHER);
      if ((commentator = commentator_voice(rs, s, m, who))) who = -1;
      break;
    case CD_CUE_SOURCE: who = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_AFTER); break;
    case CD_CUE_ESTIMATE:
    case CD_CUE_EXPECTATION:
      /* a forecast whose voice is named by a common noun (有分析师预计,
       * "analysts expect") is a commentator's: its frame takes over from
       * a body's cue before it (监管机构…认为…，有分析师预计…) */
      who = -1;
      if (!(commentator = commentator_voice(rs, s, m, -1))) continue;
      break;
    case CD_CUE_REPORTED:
      /* a report's source is an outlet ("Reuters reported that", 据路透社
       * 报道); the company before "reportedly" is what is reported of
       * ("Nvidia and AMD will reportedly pay") */
      who = nearest_speaker(rs->entities, s, m->span.start, m->span.end, SIDE_EITHER);
      if (who >= 0 && !rs->entities[who].outlet) who = -1;
      break;
    default: continue;
    }
    if (who < 0 && !commentator && m->p->index != CD_CUE_REPORTED && !voiceless) continue;
    out[n].entity = who;
    out[n].commentator = commentator;
    out[n].reported = m->p->index == CD_CUE_REPORTED || (who >= 0 && rs->entities[who].outlet);
    out[n].cue = m->span.start;
    frame_reach(&out[n++], s, rs, m);
  }
  return n;
}

/* The frame that governs pos: of those whose reach holds it, the one whose
 * cue is nearest; or -1. */
static int governing_frame(const frame *f, size_t n, size_t pos) {
  int best = -1;
  size_t bestd = (size_t)-1;
  for (size_t k = 0; k < n; k++) {
    size_t d = pos > f[k].cue ? pos - f[k].cue : f[k].cue - pos;
    if (pos < f[k].from || pos >= f[k].to) continue;
    if (d < bestd) {
      bestd = d;
      best = (int)k;
    }
  }
  return best;
}

/* The denier of denial trigger d ("Nvidia denied"), or -1. */
static int denier_of(const cd_scratch *s, const cd_ruleset *rs, size_t d) {
  return nearest_speaker(rs->entities, s, s->t[d].span.start, s->t[d].span.end, SIDE_BEFORE);
}

/* Does denial d answer, in a clause of its own, content t said in a
 * frame whose cue stands before it: "The CAC said the chips posed
 * security risks, which Nvidia denied", "网信办称…存在安全风险，英伟达对此
 * 予以否认"? Then the frame's speaker made the allegation, a claim of its
 * own beside the denial. */
static int answers(size_t cue, const cd_trigger *t, const cd_trigger *d) {
  return cue < t->span.start && d->span.start > t->span.end && d->clause > t->clause;
}

/* Each content trigger's speaker: its frame's; under a denial the
 * denier's, the frame it stood in then being the allegation's ("Nvidia
 * denied the CAC's claims that ..."). The denial that governs a trigger
 * is the one scope.c reads: the nearest before it, else, when a denial
 * follows all content ("claims ... were denied"), the first one. One pass
 * over the triggers, each looking up its frame: O(triggers x frames). */
static void trigger_speakers(cd_scratch *s, const cd_ruleset *rs, const frame *f, size_t nf) {
  size_t first_deny = s->nt, last_deny = s->nt, last_content = s->nt, d = s->nt;
  for (size_t j = 0; j < s->nt; j++)
    if (!rs->predicates[s->t[j].pred].negates)
      last_content = j;
    else if ((last_deny = j), first_deny == s->nt)
      first_deny = j;
  if (first_deny < s->nt && last_deny > last_content) d = first_deny; /* content before the first denial */
  for (size_t j = 0; j < s->nt; j++) {
    cd_trigger *t = &s->t[j];
    int k = governing_frame(f, nf, t->span.start), denier;
    t->speaker = k >= 0 ? f[k].entity : -1;
    t->reported = k >= 0 && f[k].reported;
    t->commentator = k >= 0 && f[k].commentator;
    t->alleged_by = -1;
    if (rs->predicates[t->pred].negates) {
      d = j;
      continue;
    }
    if (d == s->nt || (denier = denier_of(s, rs, d)) < 0) continue;
    if (k >= 0 && f[k].entity >= 0 && f[k].entity != denier &&
        (f[k].cue > s->t[d].span.start || answers(f[k].cue, t, &s->t[d])))
      t->alleged_by = f[k].entity;
    t->speaker = denier;
    t->reported = rs->entities[denier].outlet;
    t->commentator = 0;
  }
}

void cd_speaker_find(cd_speaker *out, cd_scratch *s, const cd_ruleset *rs) {
  frame *f = out->frames;
  size_t nf = out->nframes = find_frames(f, CD_SPEAKER_FRAMES, s, rs, 0);
  int speaker = -1, reported = 0, commentator = 0;
  /* 1. each trigger's own speaker */
  trigger_speakers(s, rs, f, nf);
  /* 2. the sentence's, for a claim pointing back: the first frame with a
   *    speaker (a reported frame counts even without one) */
  for (size_t k = 0; k < nf; k++) {
    reported |= f[k].reported;
    if (speaker < 0 && !commentator) speaker = f[k].entity, commentator = f[k].commentator;
  }
  /* 3. else the denier: the speaker right before the first denial that
   *    has one ("Nvidia denied") */
  for (size_t j = 0; j < s->nt && speaker < 0; j++)
    if (rs->predicates[s->t[j].pred].negates)
      speaker = nearest_speaker(rs->entities, s, s->t[j].span.start, s->t[j].span.end, SIDE_BEFORE);
  if (speaker >= 0 && rs->entities[speaker].outlet) reported = 1;
  out->entity = speaker;
  out->reported = reported;
  out->commentator = speaker < 0 && commentator;
}

int cd_speaker_framed(const cd_scratch *s, const cd_ruleset *rs, size_t pos) {
  frame f[CD_SPEAKER_FRAMES];
  return governing_frame(f, find_frames(f, CD_SPEAKER_FRAMES, s, rs, 1), pos) >= 0;
}

int cd_speaker_at(const cd_speaker *sp, size_t pos, int *reported, int *commentator) {
  const frame *f = sp->frames;
  int k = governing_frame(f, sp->nframes, pos);
  *reported = k >= 0 && f[k].reported;
  *commentator = k >= 0 && f[k].commentator;
  return k >= 0 ? f[k].entity : -1;
}

int cd_speaker_echo(const cd_speaker *sp, size_t after, size_t pos, int *reported) {
  const frame *f = sp->frames;
  size_t nf = sp->nframes;
  int best = -1;
  for (size_t k = 0; k < nf; k++)
    if (f[k].entity >= 0 && f[k].cue > after && f[k].cue < pos) best = (int)k;
  *reported = best >= 0 && f[best].reported;
  return best >= 0 ? f[best].entity : -1;
}

static int entity_is(const cd_entity *e, cd_cue_kind kind) {
  if (kind == CD_CUE_REFERS_BODY) return !strcmp(e->type, "organisation");
  return kind == CD_CUE_REFERS_COMPANY ? e->company : e->agency;
}

/* "the department said", "该公司表示": such references name the agency (or
 * company) mentioned last in this sentence before them, else the first
 * one of the latest of the few sentences before that names one; the
 * match then stands for that entity, so it can be a speaker and counts
 * among the sentence's entities. */
void cd_speaker_resolve_refs(cd_scratch *s, const cd_entity *entities, const cd_mention *mentions, size_t n,
                             int si) {
  size_t nrefs = 0;
  if (!(s->cues & REFERS_CUES)) return;
  for (size_t i = 0; i < s->nm && nrefs < SENTENCE_REFS_MAX; i++) {
    cd_match *m = &s->m[i];
    cd_cue_kind kind;
    int found = -1;
    if (m->p->kind != CD_LEX_CUE || !cd_cue_kind_refers(m->p->index)) continue;
    kind = (cd_cue_kind)m->p->index;
    /* earlier in this sentence */
    for (size_t j = i; j-- > 0;)
      if (s->m[j].p->kind == CD_LEX_ENTITY && entity_is(&entities[s->m[j].p->index], kind)) {
        found = s->m[j].p->index;
        break;
      }
    /* earlier sentences, the most recent that names one: its first
     * (its subject, most often: "Rubio said the State Department would
     * work with the Department of Homeland Security. The department did
     * not say ..." is State's) */
    for (size_t k = n, at = (size_t)-1, earlier = found < 0; earlier && k-- > 0;) {
      const cd_mention *mn = &mentions[k];
      if (mn->sentence >= si) continue;
      if (si - mn->sentence > REFER_SENTENCES || (found >= 0 && (size_t)mn->sentence != at)) break;
      if (entity_is(&entities[mn->entity], kind)) {
        found = mn->entity;
        at = (size_t)mn->sentence;
      }
    }
    if (found < 0) continue;
    s->refs[nrefs] = *m->p;
    s->refs[nrefs].kind = CD_LEX_ENTITY;
    s->refs[nrefs].index = found;
    m->p = &s->refs[nrefs++];
  }
}

/* Short forms: the table (see speaker.h). Term ids number every alias of
 * every entity, entity by entity: entity e's j-th alias is first[e] + j.
 *
 *   term id --slot[]--> short form ("商务部": slot 0)
 *   term id --links[]--> (slot, reading) it sets ("美国商务部" -> slot 0,
 *                         reading "commerce_dept"; "中国商务部" -> slot 0,
 *                         reading "mofcom", the short form's own) */
typedef struct short_reading {
  int slot;               /* the short form it reads */
  cd_lex_payload payload; /* an entity match: index the long form's entity, term the short form's key */
  int next_of_slot;       /* while building: the slot's reading made before it, or -1 */
} short_reading;

typedef struct short_link {
  int slot;    /* a short form the long form ends with */
  int reading; /* what the long form makes it name */
} short_link;

struct cd_short_forms {
  const cd_ruleset *rs; /* borrowed */
  size_t *first;        /* [nentities + 1]: entity e's term ids are first[e] .. first[e + 1] - 1 */
  int *slot;            /* [term ids]: the term's short-form slot, or -1 */
  size_t *links_first;  /* [term ids + 1]: term t's links are links[links_first[t], links_first[t + 1]) */
  short_link *links;
  size_t nlinks, caplinks;
  short_reading *readings;
  size_t nreadings, capreadings;
  size_t nslots;
};

/* A Chinese alias of an agency with a plain key (no gap, no wildcard):
 * what can be a short form or a long one. */
typedef struct short_key {
  int entity;
  size_t id; /* term id */
  const cd_term *term;
  size_t len; /* bytes of term->text */
  int slot;   /* its short-form slot, or -1 */
} short_key;

/* Numbers the terms (sf->first) and lists the keys, in term-id order. */
static int collect_keys(cd_short_forms *sf, short_key **out, size_t *n) {
  const cd_ruleset *rs = sf->rs;
  size_t id = 0, cap = 0;
  *out = NULL;
  *n = 0;
  if (!(sf->first = malloc((rs->nentities + 1) * sizeof *sf->first))) return CD_ENOMEM;
  for (size_t e = 0; e < rs->nentities; e++) {
    const cd_entity *ent = &rs->entities[e];
    sf->first[e] = id;
    for (size_t j = 0; j < ent->nterms; j++, id++) {
      const cd_term *t = &ent->terms[j];
      if (!ent->agency || t->lang != CD_LANG_ZH || strchr(t->text, ' ') || strchr(t->text, '*')) continue;
      if (cd_array_reserve((void **)out, &cap, *n + 1, sizeof **out) < 0) return CD_ENOMEM;
      (*out)[(*n)++] = (short_key){(int)e, id, t, strlen(t->text), -1};
    }
  }
  sf->first[rs->nentities] = id;
  return 0;
}

/* The keys each key ends with: ends[first[l], first[l + 1]) are the keys
 * that key l is a longer key ending with (in the order of its suffixes,
 * then of the keys). Found by looking up each proper suffix of l in a hash
 * index of the key texts, not by comparing l with every key; a byte
 * suffix of one whole UTF-8 key that equals another starts a character,
 * so only the suffixes that start one are looked up. */
typedef struct key_ends {
  size_t *first; /* [n + 1] */
  size_t *ends;
  size_t nends, cap;
} key_ends;

#define NO_KEY ((size_t)-1)

static int find_ends(key_ends *ke, const short_key *k, size_t n) {
  cd_strindex texts = CD_STRINDEX_INIT; /* key text -> group: the keys of one text */
  size_t *group_first = malloc((n ? n : 1) * sizeof *group_first); /* [group]: its first key */
  size_t *next = malloc((n ? n : 1) * sizeof *next);               /* [key]: the next of its text */
  size_t *last = malloc((n ? n : 1) * sizeof *last), ngroups = 0;
  int error = CD_ENOMEM;
  if (!group_first || !next || !last || !(ke->first = malloc((n + 1) * sizeof *ke->first))) goto out;
  for (size_t i = 0; i < n; i++) {
    int g;
    if (cd_strindex_add(&texts, k[i].term->text, (int)ngroups, &g) < 0) goto out;
    next[i] = NO_KEY;
    if (g < 0) {
      g = (int)ngroups++;
      group_first[g] = i;
    } else {
      next[last[g]] = i;
    }
    last[g] = i;
  }
  for (size_t l = 0; l < n; l++) {
    const char *text = k[l].term->text;
    ke->first[l] = ke->nends;
    for (size_t off = 1; off < k[l].len; off++) {
      int g;
      if (((unsigned char)text[off] & 0xC0) == 0x80 || (g = cd_strindex_find(&texts, text + off)) < 0)
        continue;
      for (size_t i = group_first[g]; i != NO_KEY; i = next[i]) {
        if (cd_array_reserve((void **)&ke->ends, &ke->cap, ke->nends + 1, sizeof *ke->ends) < 0) goto out;
        ke->ends[ke->nends++] = i;
      }
    }
  }
  ke->first[n] = ke->nends;
  error = 0;
out:
  cd_strindex_dispose(&texts);
  free(group_first);
  free(next);
  free(last);
  return error;
}

/* A slot for each key that ends a key of another agency, in key order. */
static int assign_slots(cd_short_forms *sf, short_key *k, size_t n, const key_ends *ke) {
  size_t nids = sf->first[sf->rs->nentities];
  unsigned char *is_short = calloc(n ? n : 1, 1);
  if (!is_short || !(sf->slot = malloc((nids ? nids : 1) * sizeof *sf->slot))) {
    free(is_short);
    return CD_ENOMEM;
  }
  for (size_t i = 0; i < nids; i++) sf->slot[i] = -1;
  for (size_t l = 0; l < n; l++)
    for (size_t e = ke->first[l]; e < ke->first[l + 1]; e++)
      if (k[ke->ends[e]].entity != k[l].entity) is_short[ke->ends[e]] = 1;
  for (size_t i = 0; i < n; i++)
    if (is_short[i]) k[i].slot = sf->slot[k[i].id] = (int)sf->nslots++;
  free(is_short);
  return 0;
}

/* The reading of short form shrt (its slot) as entity, made if new:
 * its index, or CD_ENOMEM. slot_last[slot] chains each slot's readings
 * (through next_of_slot), so that only the slot's own are compared. */
static int reading_of(cd_short_forms *sf, const short_key *shrt, int entity, int *slot_last) {
  int slot = shrt->slot;
  short_reading *r;
  for (int i = sf->readings ? slot_last[slot] : -1; i >= 0; i = sf->readings[i].next_of_slot)
    if (sf->readings[i].payload.index == entity) return i;
  if (cd_array_reserve((void **)&sf->readings, &sf->capreadings, sf->nreadings + 1, sizeof *r) < 0)
    return CD_ENOMEM;
  r = &sf->readings[sf->nreadings];
  memset(r, 0, sizeof *r);
  r->slot = slot;
  r->next_of_slot = slot_last[slot];
  slot_last[slot] = (int)sf->nreadings;
  r->payload.kind = CD_LEX_ENTITY;
  r->payload.index = entity;
  r->payload.term = shrt->term; /* --explain names the key that matched */
  r->payload.next = -1;
  return (int)sf->nreadings++;
}

/* Appends to *js the short forms (keys with a slot) that key l ends with,
 * of an entity other than skip's when skip >= 0. */
static int add_short_forms(size_t **js, size_t *njs, size_t *cap, const short_key *k, const key_ends *ke,
                           size_t l, int skip) {
  for (size_t e = ke->first[l]; e < ke->first[l + 1]; e++) {
    size_t j = ke->ends[e];
    if (k[j].slot < 0 || (skip >= 0 && k[j].entity == skip)) continue;
    if (cd_array_reserve((void **)js, cap, *njs + 1, sizeof **js) < 0) return CD_ENOMEM;
    (*js)[(*njs)++] = j;
  }
  return 0;
}

/* Each long key's links to the short forms it ends with, its own
 * entity's included (中国商务部 gives 商务部 back to MOFCOM), and every
 * key of an agency to the short forms its other keys end with, of another
 * agency: 美国国务卿 names the State Department as 美国国务院 does, and a
 * bare 国务院 after it is that department. Links go in short-form key
 * order. O(ends of the keys of its entity) for each key. */
static int link_long_forms(cd_short_forms *sf, const short_key *k, size_t n, const key_ends *ke) {
  size_t nids = sf->first[sf->rs->nentities], next = 0, *js = NULL, njs, capjs = 0;
  int error = CD_ENOMEM, *slot_last = malloc((sf->nslots ? sf->nslots : 1) * sizeof *slot_last);
  if (!slot_last || !(sf->links_first = malloc((nids + 1) * sizeof *sf->links_first))) {
    free(slot_last);
    return CD_ENOMEM;
  }
  for (size_t i = 0; i < sf->nslots; i++) slot_last[i] = -1;
  for (size_t id = 0; id < nids; id++) {
    size_t a, b;
    sf->links_first[id] = sf->nlinks;
    if (next == n || k[next].id != id) continue;
    njs = 0;
    if (add_short_forms(&js, &njs, &capjs, k, ke, next, -1) < 0) goto out;
    /* its entity's keys are side by side in k: [a, b) */
    for (a = next; a > 0 && k[a - 1].entity == k[next].entity; a--)
      ;
    for (b = next + 1; b < n && k[b].entity == k[next].entity; b++)
      ;
    for (size_t i = a; i < b; i++)
      if (i != next && add_short_forms(&js, &njs, &capjs, k, ke, i, k[next].entity) < 0) goto out;
    /* in key order, each once */
    for (size_t i = 1; i < njs; i++) {
      size_t x = js[i], j = i;
      for (; j > 0 && js[j - 1] > x; j--) js[j] = js[j - 1];
      js[j] = x;
    }
    for (size_t i = 0; i < njs; i++) {
      int r;
      if (i > 0 && js[i] == js[i - 1]) continue;
      if ((r = reading_of(sf, &k[js[i]], k[next].entity, slot_last)) < 0 ||
          cd_array_reserve((void **)&sf->links, &sf->caplinks, sf->nlinks + 1, sizeof *sf->links) < 0)
        goto out;
      sf->links[sf->nlinks++] = (short_link){k[js[i]].slot, r};
    }
    next++;
  }
  sf->links_first[nids] = sf->nlinks;
  error = 0;
out:
  free(js);
  free(slot_last);
  return error;
}

int cd_speaker_short_forms_new(cd_short_forms **out, const cd_ruleset *rs, cd_error *err) {
  cd_short_forms *sf = calloc(1, sizeof *sf);
  short_key *keys = NULL;
  key_ends ke = {NULL, NULL, 0, 0};
  size_t nkeys = 0;
  int error = CD_ENOMEM;
  *out = NULL;
  if (!sf) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  sf->rs = rs;
  if ((error = collect_keys(sf, &keys, &nkeys)) < 0 || (error = find_ends(&ke, keys, nkeys)) < 0 ||
      (error = assign_slots(sf, keys, nkeys, &ke)) < 0 ||
      (error = link_long_forms(sf, keys, nkeys, &ke)) < 0) {
    free(keys);
    free(ke.first);
    free(ke.ends);
    cd_speaker_short_forms_free(sf);
    return cd_error_set(err, error, NULL, 0, 0, -1, "out of memory");
  }
  free(keys);
  free(ke.first);
  free(ke.ends);
  *out = sf;
  return 0;
}

void cd_speaker_short_forms_free(cd_short_forms *sf) {
  if (!sf) return;
  free(sf->first);
  free(sf->slot);
  free(sf->links_first);
  free(sf->links);
  free(sf->readings);
  free(sf);
}

size_t cd_speaker_short_forms_count(const cd_short_forms *sf) {
  return sf->nslots;
}

void cd_speaker_short_forms_forget(cd_short_seen *seen, const cd_short_forms *sf) {
  for (size_t i = 0; i < sf->nslots; i++) {
    seen[i].reading = -1;
    seen[i].sentence = 0;
  }
}

void cd_speaker_resolve_short_forms(cd_scratch *s, const cd_short_forms *sf, cd_short_seen *seen, int si) {
  for (size_t i = 0; i < s->nm; i++) {
    cd_match *m = &s->m[i];
    const cd_entity *e;
    size_t id;
    int slot, r;
    if (m->p->kind != CD_LEX_ENTITY) continue;
    e = &sf->rs->entities[m->p->index];
    if (!e->agency) continue; /* only an agency's keys are short or long forms (collect_keys) */
    assert(m->p->term >= e->terms && m->p->term < e->terms + e->nterms);
    id = sf->first[m->p->index] + (size_t)(m->p->term - e->terms);
    /* 1. a long form: the short forms it ends with now name its entity */
    for (size_t k = sf->links_first[id]; k < sf->links_first[id + 1]; k++) {
      seen[sf->links[k].slot].reading = sf->links[k].reading;
      seen[sf->links[k].slot].sentence = si;
    }
    /* 2. a short form: what the last link of its chain named, if near */
    if ((slot = sf->slot[id]) < 0 || (r = seen[slot].reading) < 0 ||
        si - seen[slot].sentence > SHORT_FORM_SENTENCES)
      continue;
    seen[slot].sentence = si;
    if (sf->readings[r].payload.index != m->p->index) m->p = &sf->readings[r].payload;
  }
}
