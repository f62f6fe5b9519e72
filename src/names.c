/* names.c: every name of a Chinese summary accounted for; see names.h. */
#include "names.h"

#include <string.h>

#include "doc.h"
#include "engine.h"
#include "norm.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"

#define NAME_MIN    3 /* bytes: "AI" and "US" are words, not names */
#define ACRONYM_MAX 5 /* letters of an acronym that is a term, not a name */

static int alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The end of the Latin run that starts at s[i] (an ASCII letter or digit):
 * letters and digits, with & . ' - (and a space before &) inside. */
static size_t run_end(const char *s, size_t i, size_t n) {
  size_t end = i;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (alnum(c)) {
      end = ++i;
    } else if ((c == '.' || c == '\'' || c == '-' || c == '&') && i + 1 < n &&
               alnum((unsigned char)s[i + 1])) {
      i++;
    } else if (c == ' ' && i + 2 < n && s[i + 1] == '&') {
      i += 2;
      while (i < n && s[i] == ' ') i++;
    } else {
      break;
    }
  }
  return end;
}

static int has_letter(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (alnum((unsigned char)s[i]) && !(s[i] >= '0' && s[i] <= '9')) return 1;
  return 0;
}

/* Does text hold word [w, w + n) with no letter or digit either side,
 * but an English plural's s ("GPU" in "GPUs")? */
static int spells(const char *text, size_t len, const char *w, size_t n) {
  for (const char *p = text; n && (size_t)(text + len - p) >= n;) {
    const char *hit = memchr(p, w[0], (size_t)(text + len - p) - n + 1);
    const char *after;
    if (!hit) return 0;
    after = hit + n < text + len && hit[n] == 's' ? hit + n + 1 : hit + n;
    if (!memcmp(hit, w, n) && (hit == text || !alnum((unsigned char)hit[-1])) &&
        (after == text + len || !alnum((unsigned char)*after)))
      return 1;
    p = hit + 1;
  }
  return 0;
}

/* Is e a city of region type (Tokyo, Geneva: a city that may speak for
 * its government, so no `place`), one inside a country? Named, it is
 * checked as a place is: a source naming Japan has not named Tokyo. */
static int city(const cd_ruleset *rs, int e) {
  return !strcmp(rs->entities[e].type, "region") && cd_rules_country(rs, e) >= 0;
}

/* Does source mention m name entity e: e itself, a group of it or one
 * of its members? A place (or a city) only by itself or a place inside
 * it: a source that names the United States has not named Montana. A
 * person only by himself or the body he speaks for (his first group):
 * "Nvidia said" names Jensen Huang, "the senators" Senator Cotton, but
 * "US officials" no Greer of USTR. */
static int names(const cd_ruleset *rs, int m, int e) {
  if (!strcmp(rs->entities[e].type, "person"))
    return m == e || (rs->entities[e].ngroups && rs->entities[e].groups[0] == m);
  if (!rs->entities[e].place && !city(rs, e)) return cd_rules_related(rs, m, e);
  if (m == e) return 1;
  for (size_t g = 0; g < rs->entities[m].ngroups; g++)
    if (rs->entities[m].groups[g] == e) return 1;
  return 0;
}

/* Does some source name entity e (names)? */
static int named_by_sources(cd_extraction *const *docs, size_t ndocs, int e) {
  const cd_ruleset *rs = docs[0]->engine->rs;
  for (size_t d = 1; d < ndocs; d++)
    for (size_t m = 0; m < docs[d]->nmentions; m++)
      if (names(rs, docs[d]->mentions[m].entity, e)) return 1;
  return 0;
}

/* Is the agency named by text t (n bytes, normalised), a short form
 * (财政部, 司法部) that ends the Chinese name of another agency some
 * source names? A short form reads its government from the document
 * (speaker.h), and 财政部长贝森特 names the US Treasury whatever the
 * default. O(aliases of the rules), only for a name no source gives. */
static int short_form_named(cd_extraction *const *docs, size_t ndocs, int e, const char *t, size_t n) {
  const cd_ruleset *rs = docs[0]->engine->rs;
  for (size_t x = 0; x < rs->nentities; x++) {
    const cd_entity *ent = &rs->entities[x];
    if ((int)x == e || !ent->department) continue;
    for (size_t j = 0; j < ent->nterms; j++) {
      size_t len = strlen(ent->terms[j].text);
      if (ent->terms[j].lang == CD_LANG_ZH && len > n && !memcmp(ent->terms[j].text + len - n, t, n) &&
          named_by_sources(docs, ndocs, (int)x))
        return 1;
    }
  }
  return 0;
}

/* The kinds of entity a summary may not bring in unnoticed: a department
 * too (美国国防部, 司法部) and a court, not a government (美方, "Washington"). */
static int distinct_entity(const cd_entity *e) {
  return !strcmp(e->type, "company") || !strcmp(e->type, "person") || !strcmp(e->type, "product") ||
         !strcmp(e->type, "technology") || !strcmp(e->type, "country") || e->place ||
         !strcmp(e->type, "court") || e->department || e->context;
}

/* Is the run [i, end) of the normalised text an acronym: capitals only in
 * the original, at most ACRONYM_MAX letters (GPU, AI, HBM)? Those are
 * terms more often than names, and the names among them (BIS, OFAC) are
 * entities of the rules. */
static int acronym(const cd_extraction *s, size_t i, size_t end) {
  const char *o = s->doc->bytes;
  size_t letters = 0;
  for (size_t k = i; k < end; k++) {
    size_t at = cd_norm_orig(&s->norm, k);
    unsigned char c = (unsigned char)o[at];
    if (c >= 0x80) { /* full width: Ａ..Ｚ are EF BC A1..BA, ａ..ｚ EF BD 81..9A */
      if (!((unsigned char)o[at + 1] == 0xBC && (unsigned char)o[at + 2] >= 0xA1 &&
            (unsigned char)o[at + 2] <= 0xBA))
        return 0;
    } else if (!(c >= 'A' && c <= 'Z')) {
      return 0;
    }
    letters++;
  }
  return letters <= ACRONYM_MAX;
}

/* Does the run [i, n) hold a digit and a letter: a model code (910C, H20)? */
static int code_like(const char *s, size_t n) {
  int digit = 0;
  for (size_t i = 0; i < n; i++) digit |= s[i] >= '0' && s[i] <= '9';
  return digit && has_letter(s, n);
}

/* Is the run [0, n) a ticker: one to five letters, a dot and a
 * two-letter exchange code (AMAT.US, TCEHY.US; a one-letter code, BABA.N,
 * is too short to tell from a name), as Chinese outlets write a listed
 * company's (应用材料（AMAT.US）)?
 * A symbol, no name a source must spell. Normalised text is lower case. */
static int ticker(const char *s, size_t n) {
  static const char *const exchanges[] = {"us", "hk", "sh", "sz", "tw", "ss", "ks"};
  size_t i = 0;
  while (i < n && s[i] >= 'a' && s[i] <= 'z') i++;
  if (i < 1 || i > 5 || i + 3 != n || s[i] != '.') return 0;
  for (size_t k = 0; k < sizeof exchanges / sizeof *exchanges; k++)
    if (!memcmp(s + i + 1, exchanges[k], 2)) return 1;
  return 0;
}

/* Is the run [0, n) a stock code: digits, then a dot or a hyphen and an
 * exchange's letters (600745-CN, 0700.HK, 688981.SH, 2330.TW)? A number,
 * no name a source must spell. */
static int stock_code(const char *s, size_t n) {
  size_t i = 0, k;
  while (i < n && s[i] >= '0' && s[i] <= '9') i++;
  if (!i) return ticker(s, n);
  if (i < 3 || i + 2 > n || (s[i] != '.' && s[i] != '-')) return 0;
  for (k = i + 1; k < n && has_letter(s + k, 1); k++) continue;
  return k == n && n - i - 1 <= 3;
}

/* Is the run [0, n) an amount in a unit of measure: digits (a decimal
 * point among them), then a unit's letters (1.4TB, 398GB of 1,398GB,
 * 7nm, 600W)? A figure, no name a source must spell; a model code's
 * letters are no unit (910B, H20). */
static int unit_amount(const char *s, size_t n) {
  static const char *const units[] = {"kb", "mb", "gb",  "tb",  "pb",  "nm",   "mm",    "cm",
                                      "km", "kg", "hz",  "khz", "mhz", "ghz",  "w",     "kw",
                                      "mw", "gw", "kwh", "mwh", "gwh", "tops", "tflops"};
  size_t i = 0;
  while (i < n && ((s[i] >= '0' && s[i] <= '9') || (i && s[i] == '.'))) i++;
  if (!i || i == n) return 0;
  for (size_t k = 0; k < sizeof units / sizeof *units; k++)
    if (strlen(units[k]) == n - i && !memcmp(s + i, units[k], n - i)) return 1;
  return 0;
}

/* Is the digit run at i listed with the model code that ends at prev, one
 * list word between ("910C和310", "910B、910C"): a model code too, though
 * it holds no letter? */
static int listed_code(const char *t, size_t prev, size_t i) {
  static const char *const joins[] = {"、", "和", "与", "及", ",", "，"};
  for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
    if (i - prev == strlen(joins[k]) && !memcmp(t + prev, joins[k], i - prev)) return 1;
  return 0;
}

int cd_names_latin_next(const cd_extraction *s, size_t k, cd_latin_iter *it, cd_nspan32 *out) {
  const cd_sentence *sen = &s->sentences[k];
  const char *t = s->norm.ptr;
  if (sen->lang != CD_LANG_ZH) return 0;
  if (it->i < sen->nspan.start) it->i = sen->nspan.start;
  while (it->i < sen->nspan.end) {
    size_t i = it->i, end;
    int name;
    if (!alnum((unsigned char)t[i]) || (i > sen->nspan.start && alnum((unsigned char)t[i - 1]))) {
      it->i++;
      continue;
    }
    end = run_end(t, i, sen->nspan.end);
    name = has_letter(t + i, end - i)
               ? !acronym(s, i, end) && !stock_code(t + i, end - i) && !unit_amount(t + i, end - i)
               : it->code_end && listed_code(t, it->code_end, i);
    if (code_like(t + i, end - i) || (name && !has_letter(t + i, end - i))) it->code_end = end;
    it->i = end > i ? end : i + 1;
    if (end - i >= NAME_MIN && name) {
      *out = (cd_nspan32){(uint32_t)i, (uint32_t)end};
      return 1;
    }
  }
  return 0;
}

int cd_names_spells(const char *text, size_t len, const char *w, size_t n) {
  return spells(text, len, w, n);
}

/* The summary's Latin names in Chinese sentences that no source spells. */
static size_t latin_names(cd_extraction *const *docs, size_t ndocs, cd_unnamed *out, size_t n, size_t max,
                          size_t *work) {
  const cd_extraction *s = docs[0];
  for (size_t k = 0; k < s->nsentences && n < max; k++) {
    cd_latin_iter it = {0, 0};
    cd_nspan32 w;
    while (n < max && cd_names_latin_next(s, k, &it, &w)) {
      size_t d = 1, len = w.end - w.start;
      while (d < ndocs && !spells(docs[d]->norm.ptr, docs[d]->norm.len, s->norm.ptr + w.start, len)) d++;
      *work += ndocs - 1;
      if (d == ndocs)
        out[n++] = (cd_unnamed){(int)k, {cd_norm_orig(&s->norm, w.start), cd_norm_orig(&s->norm, w.end)}, -1};
    }
  }
  return n;
}

/* Is mention m a country that only says where the outlet named right
 * after it is from (英国《金融时报》, 美国CNBC): nothing but title marks
 * between them (cd_title_marks_only)? */
static int outlet_country(const cd_extraction *s, const cd_ruleset *rs, size_t m) {
  const cd_mention *mn = &s->mentions[m], *next = m + 1 < s->nmentions ? &s->mentions[m + 1] : NULL;
  cd_nspan32 at, nx;
  if (!rs->entities[mn->entity].weak || !next || next->sentence != mn->sentence ||
      !rs->entities[next->entity].outlet)
    return 0;
  at = cd_extraction_mention_nspan(s, mn);
  nx = cd_extraction_mention_nspan(s, next);
  return cd_title_marks_only(s->norm.ptr, at.end, nx.start);
}

/* Is mention m a city of a dateline, right after the outlet that filed
 * from it (中央社／阿姆斯特丹12日综合外电报导, 新华社华盛顿5月3日电): only
 * spaces and slashes between them? Where the report was written, no fact
 * of it. */
static int dateline_city(const cd_extraction *s, const cd_ruleset *rs, size_t m) {
  const cd_mention *mn = &s->mentions[m], *prev = m > 0 ? &s->mentions[m - 1] : NULL;
  cd_nspan32 at, pv;
  if (!city(rs, mn->entity) || !prev || prev->sentence != mn->sentence || !rs->entities[prev->entity].outlet)
    return 0;
  at = cd_extraction_mention_nspan(s, mn);
  pv = cd_extraction_mention_nspan(s, prev);
  for (size_t i = pv.end; i < at.start; i++)
    if (s->norm.ptr[i] != ' ' && s->norm.ptr[i] != '/') return 0;
  return at.start - pv.end <= 4;
}

size_t cd_names_find(cd_extraction *const *docs, size_t ndocs, cd_unnamed *out, size_t max, size_t *work) {
  const cd_extraction *s = docs[0];
  const cd_ruleset *rs = s->engine->rs;
  size_t n = latin_names(docs, ndocs, out, 0, max, work);
  for (size_t m = 0; m < s->nmentions && n < max; m++) {
    const cd_mention *mn = &s->mentions[m];
    size_t k = 0, a, b;
    cd_nspan32 at;
    if (!(distinct_entity(&rs->entities[mn->entity]) || city(rs, mn->entity)) || outlet_country(s, rs, m) ||
        dateline_city(s, rs, m))
      continue;
    at = cd_extraction_mention_nspan(s, mn);
    a = cd_norm_orig(&s->norm, at.start);
    b = cd_norm_orig(&s->norm, at.end);
    /* each entity once, and none where its Latin name is already told */
    while (k < n && !(out[k].entity == mn->entity || (out[k].entity < 0 && out[k].sentence == mn->sentence &&
                                                      out[k].span.start < b && a < out[k].span.end)))
      k++;
    if (k < n) continue;
    *work += ndocs - 1;
    if (!named_by_sources(docs, ndocs, mn->entity) &&
        !(rs->entities[mn->entity].department &&
          short_form_named(docs, ndocs, mn->entity, s->norm.ptr + at.start, at.end - at.start)))
      out[n++] = (cd_unnamed){mn->sentence, {a, b}, mn->entity};
  }
  return n;
}
