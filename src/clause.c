/* clause.c: clause starts, strong breaks and subjects of one sentence;
 * see clause.h.
 *
 * One pass over the bytes for punctuation (eight at a time), one over
 * the matches for clause words, merged into the punctuation's sorted
 * lists (both come in text order): O(len + m). The asides and each
 * clause's subject are one more walk over the matches. Questions are
 * binary searches. The arrays belong to the caller's cd_clauses. */
#include "clause.h"

#include "buf.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int push_pos(size_t **v, size_t *n, size_t *cap, size_t pos) {
  if (*n == *cap && cd_array_reserve((void **)v, cap, *n + 1, sizeof **v) < 0) return CD_ENOMEM; /* full */
  (*v)[(*n)++] = pos;
  return 0;
}

static int clause_cue(const cd_match *m) {
  return m->p->kind == CD_LEX_CUE && m->p->index == CD_CUE_CLAUSE;
}

/* Merges the starts of the ncue clause words among m[0, nm) (in text
 * order) into the sorted v[0, n), whose array holds n + ncue: from the
 * back, so each position moves once. Two sorted lists need no sort. */
static void merge_cues(size_t *v, size_t n, const cd_match *m, size_t nm, size_t ncue) {
  size_t out = n + ncue, i = nm;
  for (; ncue > 0; ncue--) {
    size_t pos;
    while (!clause_cue(&m[--i])) continue;
    pos = m[i].span.start;
    while (n > 0 && v[n - 1] > pos) v[--out] = v[--n];
    v[--out] = pos;
  }
}

/* Past spaces, straight quotes and the rest of a fullwidth break from
 * pos (a clause starts one byte into ， and ；). */
static size_t skip_blank(const char *t, size_t len, size_t pos) {
  /* a table: four tests a byte cost Chinese clauses, each starting with
   * the two continuation bytes of ， */
  static const unsigned char blank[256] = {
      [' '] = 1,  ['"'] = 1,  ['\''] = 1, [0x80] = 1, [0x81] = 1, [0x82] = 1, [0x83] = 1, [0x84] = 1,
      [0x85] = 1, [0x86] = 1, [0x87] = 1, [0x88] = 1, [0x89] = 1, [0x8A] = 1, [0x8B] = 1, [0x8C] = 1,
      [0x8D] = 1, [0x8E] = 1, [0x8F] = 1, [0x90] = 1, [0x91] = 1, [0x92] = 1, [0x93] = 1, [0x94] = 1,
      [0x95] = 1, [0x96] = 1, [0x97] = 1, [0x98] = 1, [0x99] = 1, [0x9A] = 1, [0x9B] = 1, [0x9C] = 1,
      [0x9D] = 1, [0x9E] = 1, [0x9F] = 1, [0xA0] = 1, [0xA1] = 1, [0xA2] = 1, [0xA3] = 1, [0xA4] = 1,
      [0xA5] = 1, [0xA6] = 1, [0xA7] = 1, [0xA8] = 1, [0xA9] = 1, [0xAA] = 1, [0xAB] = 1, [0xAC] = 1,
      [0xAD] = 1, [0xAE] = 1, [0xAF] = 1, [0xB0] = 1, [0xB1] = 1, [0xB2] = 1, [0xB3] = 1, [0xB4] = 1,
      [0xB5] = 1, [0xB6] = 1, [0xB7] = 1, [0xB8] = 1, [0xB9] = 1, [0xBA] = 1, [0xBB] = 1, [0xBC] = 1,
      [0xBD] = 1, [0xBE] = 1, [0xBF] = 1};
  while (pos < len && blank[(unsigned char)t[pos]]) pos++;
  return pos;
}

/* Past an English coordinator at pos ("and the CAC ...": the subject
 * comes after it). A closed class of five words, like scope.c's coverbs,
 * told apart by their first letter: one comparison for most clauses. */
static size_t skip_coordinator(const char *t, size_t len, size_t pos) {
  size_t n = 0, room = len - pos; /* n: the coordinator's length, its space included */
  if (pos + 3 > len) return pos;  /* each is three bytes or more */
  /* each compared at a constant length: no call */
  switch (t[pos]) {
  case 'a': n = room >= 4 && !memcmp(t + pos, "and ", 4) ? 4 : 0; break;
  case 'o': n = !memcmp(t + pos, "or ", 3) ? 3 : 0; break;
  case 't': n = room >= 5 && !memcmp(t + pos, "then ", 5) ? 5 : 0; break;
  case 's': n = !memcmp(t + pos, "so ", 3) ? 3 : 0; break;
  case 'y': n = room >= 4 && !memcmp(t + pos, "yet ", 4) ? 4 : 0; break;
  default: break;
  }
  return n ? skip_blank(t, len, pos + n) : pos;
}

/* Can match p open a clause as its subject: an entity, a reference, a
 * subject cue, or a bare-noun trigger? */
static int subject_match(const cd_lex_payload *p) {
  if (p->kind == CD_LEX_ENTITY) return 1;
  if (p->kind == CD_LEX_PREDICATE) return p->term->mention;
  return p->kind == CD_LEX_CUE && (p->index == CD_CUE_SUBJECT || cd_cue_kind_refers(p->index));
}

/* The match that opens the clause starting at pos as its subject, or -1:
 * past blanks, the clause word and a coordinator, the first match must
 * start right there. *j is the first match starting at or after the last
 * clause's pos: clauses are asked in order, so the matches are walked
 * once a sentence, not searched once a clause. */
static int subject_at(const char *t, size_t len, const cd_match *m, size_t nm, size_t pos, size_t *j) {
  size_t i;
  pos = skip_blank(t, len, pos);
  while (*j < nm && m[*j].span.start < pos) ++*j;
  i = *j;
  if (i < nm && m[i].span.start == pos && m[i].p->kind == CD_LEX_CUE && m[i].p->index == CD_CUE_CLAUSE)
    pos = skip_blank(t, len, m[i].span.end);
  pos = skip_coordinator(t, len, pos);
  while (i < nm && m[i].span.start < pos) i++;
  return i < nm && m[i].span.start == pos && subject_match(m[i].p) ? (int)i : -1;
}

/* The reporting cues ("said", 表示, "according to"), a bit a cue kind. */
_Static_assert(CD_CUE_NKINDS <= 64, "a cue kind is a bit of a 64-bit set");
#define REPORTING_CUES                                                                                       \
  ((uint64_t)1 << CD_CUE_ATTRIBUTION | (uint64_t)1 << CD_CUE_OBJECT_TO | (uint64_t)1 << CD_CUE_SOURCE |      \
   (uint64_t)1 << CD_CUE_REPORTED)

/* Is m a reporting cue? */
static int reporting(const cd_match *m) {
  return m->p->kind == CD_LEX_CUE && (REPORTING_CUES >> m->p->index & 1);
}

/* Each clause's subject, clause 0 (the sentence's start) included. A
 * reporting clause with no trigger ("..., the department said, and
 * would ...", "…，商务部表示，…") frames the proposition around it and
 * is none of its own: it gets no subject. One walk over the matches,
 * when any is a reporting cue (reports): else no clause is such. */
static int find_subjects(cd_clauses *c, const char *t, size_t len, const cd_match *m, size_t nm,
                         int reports_any) {
  size_t i = 0, at = 0;
  if (c->nb + 1 > c->capsub &&
      cd_array_reserve((void **)&c->subject, &c->capsub, c->nb + 1, sizeof *c->subject) < 0)
    return CD_ENOMEM;
  for (size_t k = 0; k <= c->nb; k++) {
    size_t end = k < c->nb ? c->bounds[k] : len;
    int reports = 0, content = 0;
    c->subject[k] = subject_at(t, len, m, nm, k ? c->bounds[k - 1] : 0, &at);
    if (!reports_any) continue;
    for (; i < nm && m[i].span.start < end; i++) {
      reports |= reporting(&m[i]);
      content |= m[i].p->kind == CD_LEX_PREDICATE;
    }
    if (reports && !content) c->subject[k] = -1;
  }
  return 0;
}

/* Does the clause start at bound b follow a comma (ASCII, or the
 * fullwidth one whose first byte is at b - 1)? */
static int after_comma(const char *t, size_t len, size_t b) {
  return b > 0 && (t[b - 1] == ',' || ((unsigned char)t[b - 1] == 0xEF && b + 1 < len &&
                                       (unsigned char)t[b] == 0xBC && (unsigned char)t[b + 1] == 0x8C));
}

/* Is text[from, to) an aside: one or two short words, or up to four
 * Chinese characters, with no digit and no match of the rules
 * (", in principle," / ，原则上，)? "，并将采取必要措施，" is a clause.
 * *j: the first match at or after the last call's from. */
static int aside(const char *t, size_t from, size_t to, const cd_match *m, size_t nm, size_t *j) {
  size_t letters = 0, words = 0, hanzi = 0;
  while (*j < nm && m[*j].span.start < from) ++*j; /* from grows from call to call */
  if (*j < nm && m[*j].span.start < to) return 0;
  for (size_t k = from; k < to; k++) {
    unsigned char ch = (unsigned char)t[k];
    if (ch >= '0' && ch <= '9') return 0;
    letters += ch < 0x80 && ch != ' ';
    words += ch < 0x80 && ch != ' ' && (k == from || t[k - 1] == ' ');
    hanzi += ch >= 0xC0;
  }
  return letters ? !hanzi && words <= 2 && letters <= 14 : hanzi > 0 && hanzi <= 4;
}

/* Does a relative or a coordinate clause open at text[at, len) (after
 * blanks): "which", "who", "whose", "where", "and", "but"? The example
 * before it is then what that clause tells of ("including SMIC, which
 * was put on the trade blacklist"), no aside of the clause before. */
static int opens_relative(const char *t, size_t at, size_t len) {
  static const char *const words[] = {"which ", "who ", "whose ", "where ",
                                      "when ",  "and ", "but ",   "while "};
  at = skip_blank(t, len, at);
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (len - at >= strlen(words[k]) && !memcmp(t + at, words[k], strlen(words[k]))) return 1;
  return 0;
}

/* Is text[from, to) a list of examples that names only: "including",
 * "among them" or "such as", then no digit and no trigger (", among them
 * Huntington Ingalls and Cubic Corp.,"), with no relative clause after
 * it? j: the first match at or after from (aside() has moved its cursor
 * there). */
static int examples_aside(const char *t, size_t len, size_t from, size_t to, const cd_match *m, size_t nm,
                          size_t j) {
  static const char *const opens[] = {"including ", "among them ", "such as "};
  size_t k, n = sizeof opens / sizeof *opens;
  for (k = 0; k < n; k++)
    if (to - from > strlen(opens[k]) && !memcmp(t + from, opens[k], strlen(opens[k]))) break;
  if (k == n) return 0;
  for (size_t i = from; i < to; i++)
    if (t[i] >= '0' && t[i] <= '9') return 0;
  for (; j < nm && m[j].span.start < to; j++)
    if (m[j].p->kind == CD_LEX_PREDICATE) return 0;
  return !opens_relative(t, to + 1, len);
}

/* Drops the two bounds around each aside between commas: "would no
 * longer, in principle, allow" is one clause, and a cue reaches over
 * the aside as over a word; so is "put 10 U.S. firms, among them Cubic
 * Corp., on its unreliable entity list", whose count is the listing's.
 * O(clauses + matches). */
static void join_asides(cd_clauses *c, const char *t, size_t len, const cd_match *m, size_t nm) {
  size_t kept = 0, at = 0;
  for (size_t k = 0; k < c->nb; k++) {
    if (k + 1 < c->nb && after_comma(t, len, c->bounds[k]) && after_comma(t, len, c->bounds[k + 1]) &&
        (aside(t, skip_blank(t, len, c->bounds[k]), c->bounds[k + 1] - 1, m, nm, &at) ||
         examples_aside(t, len, skip_blank(t, len, c->bounds[k]), c->bounds[k + 1] - 1, m, nm, at))) {
      k++;
      continue;
    }
    c->bounds[kept++] = c->bounds[k];
  }
  c->nb = kept;
}

/* May ch start a clause break: ; , : - or the first byte of a fullwidth
 * mark (the tests in cd_clause_find decide)? */
static int may_break(unsigned char ch) {
  /* a table: asked of each byte of a word the eight-byte test marks */
  static const unsigned char breaks[256] = {[';'] = 1, [','] = 1, [':'] = 1, ['-'] = 1, [0xEF] = 1};
  return breaks[ch];
}

/* The first byte at or after i of t[0, len) that may start a break, or
 * len. Sixteen bytes at a time with SSE2, else (and for the rest) eight:
 * a break is a few bytes in a sentence. In eight, setting bits 0x17 of each byte folds ',' (2C), '-' (2D), ':' (3A) and
 * ';' (3B) into 3F, so two comparisons cover the five bytes; the bytes
 * folded with them (. ( ) 8 9 and a few more) and a borrow's false mark
 * are turned down by may_break, and the scan goes on. */
static size_t next_break(const char *t, size_t len, size_t i) {
  const uint64_t ones = 0x0101010101010101u;
#if defined(__SSE2__)
  /* sixteen bytes at a time where SSE2 is there (every x86-64), exact:
     setting bit 0 folds ',' (2C) into '-' (2D) and ':' (3A) into ';'
     (3B), and nothing else into either, so three comparisons mark the
     five bytes and no other */
  const __m128i low = _mm_set1_epi8(1), dash = _mm_set1_epi8('-'), semi = _mm_set1_epi8(';'),
                ef = _mm_set1_epi8((char)0xEF);
  for (; len - i >= 16; i += 16) {
    __m128i v, f;
    unsigned m;
    memcpy(&v, t + i, 16);
    f = _mm_or_si128(v, low);
    m = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(f, dash), _mm_cmpeq_epi8(f, semi)), _mm_cmpeq_epi8(v, ef)));
    if (m) return i + (size_t)__builtin_ctz(m);
  }
  if (len >= 16 && i < len) { /* the last sixteen bytes, those before i masked off */
    __m128i v, f;
    unsigned m;
    memcpy(&v, t + len - 16, 16);
    f = _mm_or_si128(v, low);
    m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(f, dash), _mm_cmpeq_epi8(f, semi)), _mm_cmpeq_epi8(v, ef))) >>
        (i - (len - 16));
    return m ? i + (size_t)__builtin_ctz(m) : len;
  }
#endif
  for (; len - i >= 8; i += 8) {
    uint64_t x, marks;
    memcpy(&x, t + i, 8);
    marks = cd_zero_bytes8((x | (ones * 0x17)) ^ (ones * 0x3F)) | cd_zero_bytes8(x ^ (ones * 0xEF));
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* only the marked bytes, lowest first (a mark is a byte's top bit) */
    for (; marks; marks &= marks - 1) {
      size_t k = i + (size_t)__builtin_ctzll(marks) / 8;
      if (may_break((unsigned char)t[k])) return k;
    }
#else
    if (marks)
      for (size_t k = i; k < i + 8; k++)
        if (may_break((unsigned char)t[k])) return k;
#endif
  }
  while (i < len && !may_break((unsigned char)t[i])) i++;
  return i;
}

/* Clause boundaries: offsets where a new clause starts (commas,
 * semicolons, colons, " - ", clause words), and the strong breaks among
 * them that hedges do not cross (semicolons, clause words). Both sorted,
 * for binary search. */
int cd_clause_find(cd_clauses *c, const char *t, size_t len, const cd_match *m, size_t nm) {
  size_t ncue = 0; /* clause words among the matches */
  int reports = 0; /* any reporting cue among them */
  c->nb = c->ns = 0;
  /* one call of next_break: gcc inlines it there */
  for (size_t i = 0; (i = next_break(t, len, i)) < len; i++) {
    unsigned char ch = (unsigned char)t[i];
    int cut = 0, strong = 0;
    if (cd_clause_comma(t, len, i))
      cut = 1, strong = ch == ';' || (ch == 0xEF && (unsigned char)t[i + 2] == 0x9B); /* ; ； */
    else if (ch == '-' && i > 0 && t[i - 1] == ' ' && i + 1 < len && t[i + 1] == ' ')
      cut = 1;
    /* a quotation closed after its comma ('...," said the ministry'):
     * the clause starts after the mark */
    else if (ch == ',' && i + 1 < len && (t[i + 1] == '"' || t[i + 1] == '\'') &&
             (i + 2 == len || t[i + 2] == ' '))
      cut = 2;
    if (cut && push_pos(&c->bounds, &c->nb, &c->capb, i + (size_t)cut) < 0) return CD_ENOMEM;
    if (strong && push_pos(&c->strong, &c->ns, &c->caps, i) < 0) return CD_ENOMEM;
  }
  for (size_t i = 0; i < nm; i++) {
    const cd_lex_payload *p = m[i].p;
    if (p->kind != CD_LEX_CUE) continue;
    ncue += p->index == CD_CUE_CLAUSE;
    reports |= (int)(REPORTING_CUES >> p->index & 1);
  }
  if (ncue) {
    if (cd_array_reserve((void **)&c->bounds, &c->capb, c->nb + ncue, sizeof *c->bounds) < 0 ||
        cd_array_reserve((void **)&c->strong, &c->caps, c->ns + ncue, sizeof *c->strong) < 0)
      return CD_ENOMEM;
    merge_cues(c->bounds, c->nb, m, nm, ncue);
    merge_cues(c->strong, c->ns, m, nm, ncue);
    c->nb += ncue;
    c->ns += ncue;
  }
  join_asides(c, t, len, m, nm);
  return find_subjects(c, t, len, m, nm, reports);
}

/* Hedges reach over commas, not over strong breaks: Chinese puts a comma
 * where English says "and" ("可能促使…，并在…"). */
int cd_clause_strong_break(const cd_clauses *c, size_t from, size_t to) {
  size_t k = from ? cd_clause_count_le(c->strong, c->ns, from - 1) : 0;
  return k < c->ns && c->strong[k] < to;
}

int cd_clause_subject_between(const cd_clauses *c, size_t from, size_t to) {
  for (int k = cd_clause_of(c, from) + 1, last = cd_clause_of(c, to); k <= last; k++)
    if (c->subject[k] >= 0) return 1;
  return 0;
}

void cd_clauses_dispose(cd_clauses *c) {
  free(c->bounds);
  free(c->strong);
  free(c->subject);
  c->bounds = c->strong = NULL;
  c->subject = NULL;
  c->nb = c->capb = c->ns = c->caps = c->capsub = 0;
}
