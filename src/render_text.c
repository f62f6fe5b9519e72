/* render_text.c: every report as text, for people.
 *
 * compare: a diff from the sources (its old side, "---") to the summary
 * (its new side, "+++"), so that '-' marks what a source has and the
 * summary not, '+' what the summary adds; the counts first and last, and
 * a hunk a finding, the most severe kinds first (by_severity), the kinds
 * not in opt->show left out but counted:
 *
 *   --- D4  data/h20/004-summary.en.txt  (source, en, 2025-08-13)
 *   +++ S   data/h20/summary.zh.txt  (summary, zh, 2025-08-01)
 *   1 contradiction, 0 unsupported, 0 omissions, 9 agreements
 *
 *   @@ contradiction: report_loss/nvidia  reported a loss @@
 *   ! amount: 550000000 USD (S) vs 5500000000 USD (D4)
 *   ! S  data/h20/summary.zh.txt:9:1  [550000000 USD] "..."
 *   ! D4 data/h20/004-summary.en.txt:3:902  [5500000000 USD] "..."
 *
 * A quote is wrapped at opt->width columns (display width: a CJK
 * character takes 2) with its next lines indented, and no control
 * character reaches the terminal (put_cp).
 *
 * extract: "path:line: dropped by file:line (id)" for each line dropped
 * as furniture, then each sentence kept, "path:line:col: [lang] text",
 * and under it each of its claims with the rule that made it.
 *
 * values: one line a value, its line and byte range in that line, kind,
 * text, normalised value and "approx" when it is approximate:
 *
 *   1:0-18  money  about $5.5 billion  5500000000 USD  approx
 *   1:37-45  date  Thursday  unresolved thursday
 *
 * Colours come from one table indexed by role; a getter returns "" when
 * colour is off, so the code below never branches on it (git's
 * diff_get_color). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "calendar.h"
#include "doc.h"
#include "engine.h"
#include "render.h"
#include "segment.h"
#include "trim.h"
#include "utf8.h"

enum { ROLE_AGREE, ROLE_UNSUP, ROLE_OMIT, ROLE_CONTRA, ROLE_LOC, ROLE_HEAD, ROLE_RESET };

/* by role: severity first, so that an editor's eye goes where it must */
static const char *const colors[] = {
    "\033[32m",   /* = agreement: green */
    "\033[35m",   /* + unsupported: magenta */
    "\033[2m",    /* - omission: dim, the most numerous and the least sure */
    "\033[1;31m", /* ! contradiction: bold red */
    "\033[2m",    /* locations: dim */
    "\033[1m",    /* hunk headers: bold */
    "\033[0m",
};

static const char *color_of(int on, int role) {
  return on ? colors[role] : "";
}

static const char markers[] = {'=', '+', '-', '!'};

#define QUOTE_MAX 240 /* bytes of evidence shown, cut on a character boundary */
#define HANG      6   /* columns a wrapped quote's next lines are indented by */

/* Is cp a control that must not reach a terminal as it is: C0 (but the
 * blanks, shown as spaces), DEL, C1, or a bidi control, which can turn
 * the text around it (U+202E)? */
static int is_control(int32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7f && cp < 0xa0) || cp == 0x61c ||
         cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The columns cp takes on a terminal: 2 for a wide (CJK) character, 8
 * for a control written as <U+XXXX>. */
static int columns(int32_t cp) {
  int w;
  if (cp >= 0x20 && cp < 0x7f) return 1; /* printable ASCII, without the tests and the call */
  if (is_control(cp)) return 8;
  if (cp == '\t' || cp == '\n' || cp == '\r') return 1;
  w = utf8proc_charwidth(cp);
  return w < 0 ? 1 : w;
}

/* The character at q (before end) into *cp; its bytes returned: an
 * ASCII byte here, the rest by cd_utf8_next. */
static inline size_t next_cp(const char *q, const char *end, int32_t *cp) {
  if ((unsigned char)*q < 0x80) {
    *cp = (unsigned char)*q;
    return 1;
  }
  return (size_t)cd_utf8_next(q, end, cp);
}

/* The columns the bytes p[0, n) take on a terminal, colour codes aside. */
static int width_of(const char *p, size_t n) {
  const char *q = p, *end = p + n;
  int w = 0;
  while (q < end) {
    int32_t cp;
    if (*q == '\033') { /* ESC [ ... m */
      while (q < end && *q != 'm') q++;
      q += q < end;
      continue;
    }
    q += next_cp(q, end, &cp);
    w += columns(cp);
  }
  return w;
}

/* The character cp, its k bytes at q, as a terminal is to show it: a
 * blank as a space, a control as <U+XXXX>. */
static int put_cp(cd_buf *b, const char *q, size_t k, int32_t cp) {
  if (cp > ' ' && cp < 0x7f) return cd_buf_putc(b, (char)cp);
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return cd_buf_putc(b, ' ');
  if (is_control(cp)) return cd_buf_printf(b, "<U+%04X>", (unsigned)cp);
  return cd_buf_put(b, q, k);
}

/* Text as it stands, but for controls and blanks (put_cp). */
static int put_clean(cd_buf *b, const char *p, size_t n) {
  int error = 0;
  for (const char *q = p, *end = p + n; q < end && !error;) {
    int32_t cp;
    size_t k = next_cp(q, end, &cp);
    error = put_cp(b, q, k, cp);
    q += k;
  }
  return error;
}

/* The compared words, underlined when colour is on. */
#define MARK_ON  "\033[4m"
#define MARK_OFF "\033[24m"

/* The text p[0, n) in quotes, cut at QUOTE_MAX bytes, every control shown
 * as <U+XXXX> (an escape sequence could clear the screen or fake a
 * finding; a bidi override could turn a quote around) and blanks as
 * spaces; when width > 0, wrapped at width columns, the line holding
 * used of them already, its next lines indented by HANG: at the last
 * space that fits, else between two characters (Chinese). */
static int quote(cd_buf *b, const char *p, size_t n, int width, int used, const cd_marks *mk) {
  size_t cut = n > QUOTE_MAX ? QUOTE_MAX : n, brk = (size_t)-1;
  int col = used + 1, at_brk = 0, error, in_mark = 0;
  while (cut < n && ((unsigned char)p[cut] & 0xC0) == 0x80) cut--;
  error = cd_buf_putc(b, '"');
  for (const char *q = p, *end = p + cut; q < end && !error;) {
    int32_t cp;
    size_t k = next_cp(q, end, &cp), line_start;
    int w = columns(cp), marked = cd_marks_has(mk, (size_t)(q - p));
    if (marked != in_mark) { /* a compared word begins or ends (no wrap inside the codes) */
      error = cd_buf_puts(b, marked ? MARK_ON : MARK_OFF);
      in_mark = marked;
      if (error) break;
    }
    if (width > 0 && col + w > width && col > HANG + 1) {
      line_start = b->len;
      if (brk != (size_t)-1 && at_brk > HANG + width / 3) { /* the last space: a line break there */
        char tail[QUOTE_MAX * 2 + 64];
        size_t m = b->len - brk - 1;
        if (m < sizeof tail) {
          memcpy(tail, b->ptr + brk + 1, m);
          b->len = brk;
          error = cd_buf_printf(b, "\n%*s", HANG, "");
          if (!error) error = cd_buf_put(b, tail, m);
          col = HANG + width_of(tail, m);
        }
      }
      if (line_start == b->len) { /* no space to break at, or too far back */
        error = cd_buf_printf(b, "\n%*s", HANG, "");
        col = HANG;
      }
      brk = (size_t)-1;
    }
    if (error) break;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') brk = b->len, at_brk = col;
    error = put_cp(b, q, k, cp);
    col += w;
    q += k;
  }
  if (!error && in_mark) error = cd_buf_puts(b, MARK_OFF);
  if (!error && cut < n) error = cd_buf_puts(b, "...");
  return error ? error : cd_buf_putc(b, '"');
}

/* --explain: how a claim was read. */
static int explain_claim(cd_buf *b, const cd_report *r, const cd_claim *c, const char *dim,
                         const char *reset) {
  const cd_value *date = cd_claim_date(c);
  char val[96];
  int error = cd_buf_printf(b, "      %swhy: rule %s:%d matched '%s'", dim,
                            cd_render_rule_file(c->rule->file), c->rule->line, c->rule->text);
  if (!error && c->borrowed) error = cd_buf_puts(b, " (in an earlier sentence: this one points back to it)");
  for (size_t i = 0; i < c->nentities && !error; i++)
    error = cd_buf_printf(b, "%s%s", i ? ", " : "; entities ", r->engine->rs->entities[c->entities[i]].id);
  if (!error && c->attribution >= 0)
    error = cd_buf_printf(b, "; speaker %s", r->engine->rs->entities[c->attribution].id);
  if (!error && c->agent >= 0) error = cd_buf_printf(b, "; agent %s", r->engine->rs->entities[c->agent].id);
  if (!error && c->patient >= 0)
    error = cd_buf_printf(b, "; patient %s", r->engine->rs->entities[c->patient].id);
  for (size_t i = 0; i < c->nvalues && !error; i++)
    if (c->values[i].kind != CD_VALUE_DATE) /* a figures claim's dates: its date is shown below */
      error = cd_buf_printf(b, "; %s %s covers %.6g..%.6g%s", cd_value_kind_name(c->values[i].kind),
                            cd_value_format(&c->values[i], val, sizeof val), c->values[i].lo, c->values[i].hi,
                            c->values[i].approx ? " (approximate)" : "");
  if (!error && date->kind == CD_VALUE_DATE)
    error = date->unresolved ? cd_buf_printf(b, "; date '%.*s' unresolved, not compared", (int)date->cue_len,
                                             date->cue ? date->cue : "")
                             : cd_buf_printf(b, "; date %s", cd_value_format(date, val, sizeof val));
  if (!error) error = cd_buf_printf(b, "%s\n", reset);
  return error;
}

/* --explain for the findings that are not pairs of a predicate: a figure
 * checked against every value of the sources (figures.h), a name no
 * source gives (names.h). 1 when f is one of them (and explained). */
static int explain_accounting(cd_buf *b, const cd_report *r, const cd_finding *f, const char *dim,
                              const char *reset, int *error) {
  static const char *const figure_why[] = {
      [CD_FIND_AGREEMENT] = "each amount is stated by a source sentence anchored to the summary's",
      [CD_FIND_UNSUPPORTED] = "no source states an amount, and no source sentence anchored to the summary's "
                              "holds a value it may misstate",
      [CD_FIND_OMISSION] = "",
      [CD_FIND_CONTRADICTION] = "no source states the amount; the source sentence anchored best to the "
                                "summary's (names, other values and dates) holds the value shown"};
  if (!strncmp(f->detail, "name: ", 6)) {
    *error = cd_buf_printf(b,
                           "  %swhy: every name of a Chinese summary is looked for in the sources; this "
                           "one is in none%s\n",
                           dim, reset);
    return 1;
  }
  if (!r->engine->rs->predicates[f->predicate].figures) return 0;
  *error = cd_buf_printf(b,
                         "  %swhy: every amount of the summary is checked against the values of the "
                         "sources; %s%s\n",
                         dim, figure_why[f->kind], reset);
  return 1;
}

/* --explain: what the claims of a finding were aligned on. */
static int explain_finding(cd_buf *b, const cd_report *r, const cd_finding *f, const char *dim,
                           const char *reset) {
  int error = 0;
  if (explain_accounting(b, r, f, dim, reset, &error)) return error;
  error =
      cd_buf_printf(b, "  %swhy: aligned on predicate '%s'", dim, r->engine->rs->predicates[f->predicate].id);
  int shown = 0;
  if (f->nclaims > 1) {
    /* the entities that at least two statements name */
    const cd_claim *first = &r->docs[f->claims[0].doc]->claims[f->claims[0].claim];
    for (size_t i = 0; i < first->nentities && !error; i++) {
      int e = first->entities[i];
      for (size_t k = 1; k < f->nclaims; k++) {
        const cd_claim *c = &r->docs[f->claims[k].doc]->claims[f->claims[k].claim];
        int has = 0;
        for (size_t j = 0; j < c->nentities; j++) has |= c->entities[j] == e;
        if (has) {
          error = cd_buf_printf(b, "%s%s%s", shown ? ", " : " and entities ", r->engine->rs->entities[e].id,
                                r->engine->rs->entities[e].weak ? " (weak)" : "");
          shown = 1;
          break;
        }
      }
    }
  }
  if (!error && f->kind == CD_FIND_AGREEMENT)
    error = cd_buf_puts(b, "; every source's statements have values, polarity, speaker and "
                           "certainty compatible with the summary's");
  if (!error && f->kind == CD_FIND_OMISSION)
    error = cd_buf_puts(b, "; no claim of the summary aligns with it");
  if (!error && f->kind == CD_FIND_UNSUPPORTED) error = cd_buf_puts(b, "; no source's claim aligns with it");
  if (!error && f->kind == CD_FIND_CONTRADICTION)
    error = cd_buf_puts(b, "; no pair of statements of the two documents is compatible");
  if (!error) error = cd_buf_printf(b, "%s\n", reset);
  return error;
}

/* The order findings are shown in: what an editor must act on first. */
static const int by_severity[] = {CD_FIND_CONTRADICTION, CD_FIND_UNSUPPORTED, CD_FIND_OMISSION,
                                  CD_FIND_AGREEMENT};

static int counts_line(cd_buf *b, const cd_report *r) {
  int error = cd_buf_printf(b, "%zu contradiction%s, %zu unsupported, %zu omission%s, %zu agreement%s",
                            r->counts[CD_FIND_CONTRADICTION],
                            r->counts[CD_FIND_CONTRADICTION] == 1 ? "" : "s", r->counts[CD_FIND_UNSUPPORTED],
                            r->counts[CD_FIND_OMISSION], r->counts[CD_FIND_OMISSION] == 1 ? "" : "s",
                            r->counts[CD_FIND_AGREEMENT], r->counts[CD_FIND_AGREEMENT] == 1 ? "" : "s");
  if (!error && r->baseline)
    error = cd_buf_printf(b, "; %zu finding%s in the baseline (not shown)", r->baselined,
                          r->baselined == 1 ? "" : "s");
  return error ? error : cd_buf_putc(b, '\n');
}

/* The header: the sources first as a diff's old side ("---": what a line
 * marked '-' is in), then the summary as its new side ("+++": what a line
 * marked '+' is in), then the counts, and the kinds not shown. */
static int header(cd_buf *b, const cd_report *r, const cd_options *opt) {
  const char *reset = color_of(opt->color, ROLE_RESET);
  char id[8], date[11];
  int error = 0, hidden = 0;
  for (size_t k = 0; k < r->ndocs && !error; k++) {
    size_t d = (k + 1) % r->ndocs; /* D1, D2, ..., then S */
    const cd_extraction *ex = r->docs[d];
    error =
        cd_buf_printf(b, "%s%s %-3s %s  (%s, %s, %s)%s\n", color_of(opt->color, ROLE_HEAD), d ? "---" : "+++",
                      cd_align_doc_id((int)d, id, sizeof id), ex->doc->path, d ? "source" : "summary",
                      cd_render_doc_lang(ex),
                      ex->date.year ? cd_calendar_format(&ex->date, date, sizeof date) : "no date", reset);
  }
  for (size_t d = 0; d < r->ndocs && !error; d++) error = cd_render_warnings_text(b, r->docs[d]);
  if (!error) error = counts_line(b, r);
  for (int k = 0; k < 4 && !error; k++) {
    int kind = by_severity[k];
    if (opt->show & CD_KIND_BIT(kind) || !r->counts[kind]) continue;
    error =
        cd_buf_printf(b, "%s%s%zu %s%s%s", hidden++ ? ", " : "(not shown: ", color_of(opt->color, ROLE_LOC),
                      r->counts[kind], cd_finding_kind_name(kind),
                      kind == CD_FIND_UNSUPPORTED || r->counts[kind] == 1 ? "" : "s", reset);
  }
  return error || !hidden ? error : cd_buf_puts(b, "; --show all shows them)\n");
}

/* One finding's hunk. */
static int hunk(cd_buf *b, const cd_report *r, const cd_finding *f, const cd_options *opt) {
  const char *reset = color_of(opt->color, ROLE_RESET), *mc = color_of(opt->color, (int)f->kind);
  char id[8], key[256], val[96];
  int error = cd_buf_printf(b, "\n%s@@ %s: %s  %s @@%s\n", color_of(opt->color, ROLE_HEAD),
                            cd_finding_kind_name(f->kind), cd_align_key(r, f, key, sizeof key),
                            cd_render_label(r, f), reset);
  if (!error && f->detail[0]) error = cd_buf_printf(b, "%s! %s%s\n", mc, f->detail, reset);
  for (size_t k = 0; k < f->nclaims && !error; k++) {
    const cd_extraction *ex = r->docs[f->claims[k].doc];
    const cd_claim *c = &ex->claims[f->claims[k].claim];
    cd_span sp = cd_extraction_claim_span(ex, c);
    size_t at = b->len;
    int line, col;
    char mark = markers[f->kind];
    if (f->kind == CD_FIND_AGREEMENT && f->claims[k].doc == 0) mark = '=';
    cd_doc_position(ex->doc, sp.start, &line, &col);
    error = cd_buf_printf(b, "%s%c %-3s%s %s%s:%d:%d%s ", mc, mark,
                          cd_align_doc_id(f->claims[k].doc, id, sizeof id), reset,
                          color_of(opt->color, ROLE_LOC), ex->doc->path, line, col, reset);
    if (!error && cd_render_claim_value(c, val, sizeof val)) error = cd_buf_printf(b, "[%s] ", val);
    if (!error && c->polarity == CD_POLARITY_NEGATED) error = cd_buf_puts(b, "[negated] ");
    if (!error && c->modality != CD_MODALITY_ASSERTED)
      error = cd_buf_printf(b, "[%s] ", cd_modality_name(c->modality));
    if (!error && c->attribution >= 0)
      error = cd_buf_printf(b, "[by %s] ", r->engine->rs->entities[c->attribution].id);
    else if (!error && c->commentator)
      error = cd_buf_puts(b, "[by a commentator] ");
    if (!error) {
      cd_marks mk;
      mk.n = 0;
      cd_render_marks(&mk, ex, c, sp.start);
      error = quote(b, ex->doc->bytes + sp.start, sp.end - sp.start, opt->width,
                    width_of(b->ptr + at, b->len - at), opt->color ? &mk : NULL);
    }
    if (!error) error = cd_buf_putc(b, '\n');
    if (!error && opt->explain) error = explain_claim(b, r, c, color_of(opt->color, ROLE_LOC), reset);
  }
  if (!error && opt->explain) error = explain_finding(b, r, f, color_of(opt->color, ROLE_LOC), reset);
  if (!error && f->nmissing && f->kind != CD_FIND_UNSUPPORTED) {
    error = cd_buf_printf(b, "  %snot in:", color_of(opt->color, ROLE_LOC));
    for (size_t k = 0; k < f->nmissing && !error; k++)
      error = cd_buf_printf(b, " %s", cd_align_doc_id(f->missing[k], id, sizeof id));
    if (!error) error = cd_buf_printf(b, "%s\n", reset);
  }
  return error;
}

int cd_render_text(cd_buf *b, const cd_report *r, const cd_options *opt) {
  int error = header(b, r, opt);
  for (int k = 0; k < 4 && !error; k++) {
    int kind = by_severity[k];
    if (!(opt->show & CD_KIND_BIT(kind))) continue;
    for (size_t i = 0; i < r->nfindings && !error; i++)
      if ((int)r->findings[i].kind == kind) error = hunk(b, r, &r->findings[i], opt);
  }
  if (!error && r->nfindings) error = cd_buf_putc(b, '\n');
  return error ? error : counts_line(b, r);
}

/* Appends before and then the id of entity e, when e is one (>= 0). */
static void put_role(cd_buf *b, const cd_ruleset *rs, const char *before, int e) {
  if (e < 0) return;
  cd_buf_puts(b, before);
  cd_buf_puts(b, rs->entities[e].id);
}

/* One claim of `extract`'s text output, a line. Appended a piece at a time,
 * not printf'd: a claim for every 120 bytes of kept English made printf
 * a third of the command's work. */
static void put_claim(cd_buf *b, const cd_ruleset *rs, const cd_claim *c) {
  char val[96];
  cd_buf_puts(b, "  claim ");
  cd_buf_puts(b, rs->predicates[c->predicate].id);
  for (size_t j = 0; j < c->nentities; j++) {
    cd_buf_puts(b, j ? "," : " [");
    cd_buf_puts(b, rs->entities[c->entities[j]].id);
  }
  if (c->nentities) cd_buf_putc(b, ']');
  for (size_t j = 0; j < c->nvalues; j++) {
    cd_buf_putc(b, ' ');
    cd_buf_puts(b, cd_value_format(&c->values[j], val, sizeof val));
  }
  if (cd_claim_date(c)->kind == CD_VALUE_DATE) {
    cd_buf_puts(b, " date=");
    cd_buf_puts(b, cd_value_format(cd_claim_date(c), val, sizeof val));
  }
  cd_buf_putc(b, ' ');
  cd_buf_puts(b, cd_polarity_name(c->polarity));
  cd_buf_putc(b, ' ');
  cd_buf_puts(b, cd_modality_name(c->modality));
  if (c->done) cd_buf_puts(b, " done");
  if (c->future) cd_buf_puts(b, " to-come");
  put_role(b, rs, " by=", c->attribution);
  if (c->commentator) cd_buf_puts(b, " by=commentator");
  put_role(b, rs, " agent=", c->agent);
  put_role(b, rs, " patient=", c->patient);
  put_role(b, rs, " to=", c->recipient);
  if (c->borrowed) cd_buf_puts(b, " (content from an earlier sentence)");
  cd_buf_puts(b, "  rule ");
  cd_buf_puts(b, cd_render_rule_file(c->rule->file));
  cd_buf_putc(b, ':');
  cd_buf_put_uint(b, (unsigned long)c->rule->line);
  cd_buf_putc(b, '\n');
}

int cd_render_extract_text(cd_buf *b, const cd_extraction *ex) {
  const cd_ruleset *rs = ex->engine->rs;
  const cd_doc *doc = ex->doc;
  for (size_t l = 0; l < ex->nlines; l++) {
    const cd_line *ln = &ex->lines[l];
    int line, col;
    if (!ln->dropped || ln->nspan.end == ln->nspan.start) continue;
    cd_doc_position(doc, cd_norm_orig(&ex->norm, ln->nspan.start), &line, &col);
    cd_buf_printf(b, "%s:%d: dropped by %s:%d (%s)\n", doc->path, line,
                  cd_render_rule_file(rs->bp[ln->rule].file), rs->bp[ln->rule].line, rs->bp[ln->rule].id);
  }
  cd_render_warnings_text(b, ex);
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *sn = &ex->sentences[si];
    int line, col;
    cd_doc_position(doc, sn->span.start, &line, &col);
    cd_buf_putc(b, '\n'); /* "\npath:line:col: [zh] ", without printf */
    cd_buf_puts(b, doc->path);
    cd_buf_putc(b, ':');
    cd_buf_put_uint(b, (unsigned long)line);
    cd_buf_putc(b, ':');
    cd_buf_put_uint(b, (unsigned long)col);
    cd_buf_puts(b, sn->lang == CD_LANG_ZH ? ": [zh] " : ": [en] ");
    cd_buf_put(b, doc->bytes + sn->span.start,
               sn->span.end - sn->span.start); /* printf copies a byte at a time */
    cd_buf_putc(b, '\n');
    for (size_t k = cd_extraction_claims_from(ex, (int)si);
         k < ex->nclaims && ex->claims[k].sentence == (int)si; k++)
      put_claim(b, rs, &ex->claims[k]);
  }
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}

int cd_render_values_text(cd_buf *b, const cd_text_values *tv) {
  char val[128];
  for (size_t i = 0; i < tv->nvalues; i++) {
    const cd_line_value *lv = &tv->values[i];
    const cd_value *v = &lv->value;
    cd_buf_printf(b, "%zu:%zu-%zu  %s  ", lv->line, lv->span.start - lv->line_start,
                  lv->span.end - lv->line_start, cd_value_kind_name(v->kind));
    put_clean(b, tv->text + lv->span.start, lv->span.end - lv->span.start);
    if (v->unresolved)
      cd_buf_printf(b, "  unresolved %s", cd_value_format(v, val, sizeof val)); /* the cue, or --07-31 */
    else
      cd_buf_printf(b, "  %s", cd_value_format(v, val, sizeof val));
    if (cd_units_name(tv->units, v->unit)) /* 720000 tonne, 11.46 USD per bushel */
      cd_buf_printf(b, "%s%s", v->kind == CD_VALUE_MONEY ? " per " : " ", cd_units_name(tv->units, v->unit));
    if (cd_measures_name(tv->units, v->measure)) /* 40% yield */
      cd_buf_printf(b, " %s", cd_measures_name(tv->units, v->measure));
    cd_buf_puts(b, v->approx ? "  approx\n" : "\n");
  }
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}
