/* render_html.c: a comparison as one self-contained HTML page (--format
 * html), for an editor to read the summary beside its sources.
 *
 * The page holds everything it shows: the style and the script are
 * written into it (html_report.inc, made from html_report.css and
 * html_report.js by gen_html.sh), its Content-Security-Policy forbids
 * every fetch, and no font, image or script is loaded from anywhere. It
 * has three parts:
 *
 *   the list     a finding an item, the most severe kinds first, then the
 *                findings a baseline hides (shown as accepted, with their
 *                note); each names its kind, label and key, what differs,
 *                and each statement's document, line and value
 *   the summary  on the left, the whole document, and the sources on the
 *                right, one after another: each sentence a finding quotes
 *                is a <mark> (its compared words in <b>), each line trim
 *                dropped as furniture is dimmed with the rule that did
 *
 * The script joins a finding's marks on the two sides with a line, moves
 * through the findings (j and k, or the buttons) and filters them by kind;
 * without it the page still reads, every finding and mark in place.
 *
 * Every byte of a document is escaped (&, <, >, quotes), and a control
 * that could change what is shown (C0, C1, a bidi override) is shown as
 * <U+XXXX>. Cost: O(report size + documents' bytes); the marks of a
 * document are found through a list a sentence, never by search. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "calendar.h"
#include "doc.h"
#include "engine.h"
#include "render.h"
#include "segment.h"
#include "trim.h"
#include "utf8.h"

#include "html_report.inc" /* html_css, html_js: NULL-terminated lines */

/* by cd_finding_kind */
static const char *const kind_class[] = {"agreement", "unsupported", "omission", "contradiction"};
static const char markers[] = {'=', '+', '-', '!'};
static const int severity[] = {0, 2, 1, 3}; /* by kind: contradiction 3, unsupported 2 */
static const int by_severity[] = {CD_FIND_CONTRADICTION, CD_FIND_UNSUPPORTED, CD_FIND_OMISSION,
                                  CD_FIND_AGREEMENT};

/* A control a page must not pass on as it is (render_text.c's list). */
static int is_control(int32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7f && cp < 0xa0) || cp == 0x61c ||
         cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* p[0, n) as HTML text or attribute value. */
static int put_escaped(cd_buf *b, const char *p, size_t n) {
  const char *q = p, *end = p + n, *run = p;
  while (q < end) {
    unsigned char c = (unsigned char)*q;
    const char *rep = c == '&'    ? "&amp;"
                      : c == '<'  ? "&lt;"
                      : c == '>'  ? "&gt;"
                      : c == '"'  ? "&quot;"
                      : c == '\'' ? "&#39;"
                                  : NULL;
    int32_t cp = c;
    size_t k = 1;
    if (c >= 0x80 || c < 0x20 || c == 0x7f) k = (size_t)cd_utf8_next(q, end, &cp);
    if (!rep && !is_control(cp)) {
      q += k;
      continue;
    }
    cd_buf_put(b, run, (size_t)(q - run));
    if (rep)
      cd_buf_puts(b, rep);
    else
      cd_buf_printf(b, "<span class=\"ctl\">&lt;U+%04X&gt;</span>", (unsigned)cp);
    q += k;
    run = q;
  }
  cd_buf_put(b, run, (size_t)(q - run));
  return cd_buf_error(b);
}

static void put_lines(cd_buf *b, const char *const *lines) {
  for (; *lines; lines++) cd_buf_puts(b, *lines);
}

static int put_escaped_str(cd_buf *b, const char *s) {
  return put_escaped(b, s, strlen(s));
}

/* The statements of every finding, shown and baselined, listed by
 * document and sentence: first[d][s] is the first of sentence s of
 * document d, next[] the one after it (-1: none), in finding order. */
typedef struct stmt {
  int finding;
  int claim;
  int next;
} stmt;

typedef struct stmt_index {
  int **first; /* ndocs arrays of nsentences */
  stmt *stmts;
} stmt_index;

static void index_free(stmt_index *ix, size_t ndocs) {
  for (size_t d = 0; ix->first && d < ndocs; d++) free(ix->first[d]);
  free(ix->first);
  free(ix->stmts);
}

static int index_build(stmt_index *ix, const cd_report *r, size_t nall) {
  size_t n = 0;
  for (size_t i = 0; i < nall; i++) n += r->findings[i].nclaims;
  ix->first = calloc(r->ndocs, sizeof *ix->first);
  ix->stmts = malloc((n ? n : 1) * sizeof *ix->stmts);
  if (!ix->first || !ix->stmts) return CD_ENOMEM;
  for (size_t d = 0; d < r->ndocs; d++) {
    size_t ns = r->docs[d]->nsentences;
    if (!(ix->first[d] = malloc((ns ? ns : 1) * sizeof(int)))) return CD_ENOMEM;
    memset(ix->first[d], 0xff, (ns ? ns : 1) * sizeof(int)); /* -1 */
  }
  for (size_t i = nall; i-- > 0;) { /* backwards, so that each list reads forwards */
    const cd_finding *f = &r->findings[i];
    for (size_t k = f->nclaims; k-- > 0;) {
      const cd_ref *ref = &f->claims[k];
      int s = r->docs[ref->doc]->claims[ref->claim].sentence;
      stmt *st = &ix->stmts[--n];
      st->finding = (int)i;
      st->claim = ref->claim;
      st->next = ix->first[ref->doc][s];
      ix->first[ref->doc][s] = (int)(st - ix->stmts);
    }
  }
  return 0;
}

/* Sentence s of document d, quoted by the statements from at: a <mark>
 * of the most severe kind it shows ("base" when only baselined findings
 * quote it), naming its findings, its compared words in <b>. */
static int put_mark(cd_buf *b, const cd_report *r, const stmt_index *ix, int d, int s, size_t nshown) {
  const cd_extraction *ex = r->docs[d];
  cd_span sp = cd_extraction_claim_span(ex, &ex->claims[ix->stmts[ix->first[d][s]].claim]);
  cd_marks mk;
  int kind = -1, base = -1, last = -1, in_b = 0;
  mk.n = 0;
  for (int k = ix->first[d][s]; k >= 0; k = ix->stmts[k].next) {
    int fk = (int)r->findings[ix->stmts[k].finding].kind;
    int *best = (size_t)ix->stmts[k].finding < nshown ? &kind : &base;
    if (*best < 0 || severity[fk] > severity[*best]) *best = fk;
    cd_render_marks(&mk, ex, &ex->claims[ix->stmts[k].claim], sp.start);
  }
  cd_buf_printf(b, "<mark id=\"m%d-%d\" class=\"k-%s%s\" data-f=\"", d, s,
                kind_class[kind >= 0   ? kind
                           : base >= 0 ? base
                                       : CD_FIND_AGREEMENT],
                kind >= 0 ? "" : " base");
  for (int k = ix->first[d][s]; k >= 0; k = ix->stmts[k].next)
    if (ix->stmts[k].finding != last) { /* a finding may quote a sentence twice */
      cd_buf_printf(b, "%s%d", last >= 0 ? " " : "", ix->stmts[k].finding);
      last = ix->stmts[k].finding;
    }
  cd_buf_puts(b, "\">");
  for (size_t at = 0, run = 0; at <= sp.end - sp.start; at++) {
    int on = at < sp.end - sp.start && cd_marks_has(&mk, at);
    if (on == in_b && at < sp.end - sp.start) continue;
    put_escaped(b, ex->doc->bytes + sp.start + run, at - run);
    if (on != in_b) cd_buf_puts(b, on ? "<b>" : "</b>");
    in_b = on;
    run = at;
  }
  return cd_buf_puts(b, "</mark>");
}

/* Document d, whole: its text with the marks of the sentences findings
 * quote and the lines trim dropped dimmed. Sentences and dropped lines
 * are each in text order and never overlap, so one merge walks them. */
static int put_document(cd_buf *b, const cd_report *r, const stmt_index *ix, int d, size_t nshown) {
  const cd_extraction *ex = r->docs[d];
  const cd_ruleset *rs = r->engine->rs;
  size_t pos = 0, l = 0, s = 0, len = ex->doc->len;
  cd_buf_printf(b, "<pre class=\"doc\" id=\"d%d\" lang=\"", d);
  put_escaped_str(b, cd_render_doc_lang(ex));
  cd_buf_puts(b, "\">");
  for (;;) {
    size_t ls = SIZE_MAX, ss = SIZE_MAX;
    while (l < ex->nlines && !ex->lines[l].dropped) l++;
    while (s < ex->nsentences && ix->first[d][s] < 0) s++;
    if (l < ex->nlines) ls = cd_norm_orig(&ex->norm, ex->lines[l].nspan.start);
    if (s < ex->nsentences) ss = ex->sentences[s].span.start;
    if (ls == SIZE_MAX && ss == SIZE_MAX) break;
    if (ls < ss) { /* a dropped line */
      const cd_line *ln = &ex->lines[l++];
      size_t end = cd_norm_orig(&ex->norm, ln->nspan.end);
      if (ls < pos || end > len || end <= ls) continue;
      put_escaped(b, ex->doc->bytes + pos, ls - pos);
      cd_buf_puts(b, "<span class=\"drop\" title=\"furniture, dropped by ");
      put_escaped_str(b, cd_render_rule_file(rs->bp[ln->rule].file));
      cd_buf_printf(b, ":%d (", rs->bp[ln->rule].line);
      put_escaped_str(b, rs->bp[ln->rule].id);
      cd_buf_puts(b, ")\">");
      put_escaped(b, ex->doc->bytes + ls, end - ls);
      cd_buf_puts(b, "</span>");
      pos = end;
    } else { /* a sentence a finding quotes */
      size_t end = ex->sentences[s].span.end;
      if (ss < pos || end > len) {
        s++;
        continue;
      }
      put_escaped(b, ex->doc->bytes + pos, ss - pos);
      put_mark(b, r, ix, d, (int)s++, nshown);
      pos = end;
    }
  }
  put_escaped(b, ex->doc->bytes + pos, len - pos);
  return cd_buf_puts(b, "</pre>\n");
}

/* A document's heading: id, path, role, language, date. */
static int put_doc_head(cd_buf *b, const cd_report *r, int d) {
  const cd_extraction *ex = r->docs[d];
  char id[8], date[11];
  cd_buf_printf(b, "<h2 id=\"h%d\"><span class=\"doc-id\">%s</span> ", d, cd_align_doc_id(d, id, sizeof id));
  put_escaped_str(b, ex->doc->path);
  cd_buf_printf(b, " <small>(%s, ", d ? "source" : "summary");
  put_escaped_str(b, cd_render_doc_lang(ex));
  return cd_buf_printf(b, ", %s)</small></h2>\n",
                       ex->date.year ? cd_calendar_format(&ex->date, date, sizeof date) : "no date");
}

/* Finding i of the list: its heading and statements, the marks it
 * quotes as data-marks for the script, its note when baselined. */
static int put_finding(cd_buf *b, const cd_report *r, size_t i, size_t nshown, const cd_options *opt) {
  const cd_finding *f = &r->findings[i];
  char key[512], id[8], val[96], hex[17];
  int baselined = i >= nshown;
  cd_buf_printf(b, "<li id=\"f%zu\" class=\"f k-%s%s\" data-kind=\"%s\" data-marks=\"", i,
                kind_class[f->kind], baselined ? " base" : "", baselined ? "baseline" : kind_class[f->kind]);
  for (size_t k = 0; k < f->nclaims; k++)
    cd_buf_printf(b, "%sm%d-%d", k ? " " : "", f->claims[k].doc,
                  r->docs[f->claims[k].doc]->claims[f->claims[k].claim].sentence);
  cd_buf_printf(b, "\"><a href=\"#f%zu\"><span class=\"mk\">%c</span> %s: ", i, markers[f->kind],
                cd_finding_kind_name(f->kind));
  put_escaped_str(b, cd_render_label(r, f));
  cd_buf_puts(b, "</a><div class=\"key\">");
  put_escaped_str(b, cd_align_key(r, f, key, sizeof key));
  cd_buf_printf(b, " <span class=\"id\">%s</span></div>", cd_finding_id_hex(cd_finding_id(r, f), hex));
  if (f->detail[0]) {
    cd_buf_puts(b, "<div class=\"detail\">");
    put_escaped_str(b, f->detail);
    cd_buf_puts(b, "</div>");
  }
  cd_buf_puts(b, "<ul class=\"st\">");
  for (size_t k = 0; k < f->nclaims; k++) {
    const cd_extraction *ex = r->docs[f->claims[k].doc];
    const cd_claim *c = &ex->claims[f->claims[k].claim];
    int line, col;
    cd_doc_position(ex->doc, cd_extraction_claim_span(ex, c).start, &line, &col);
    cd_buf_printf(b, "<li>%s %d:%d", cd_align_doc_id(f->claims[k].doc, id, sizeof id), line, col);
    if (cd_render_claim_value(c, val, sizeof val)) cd_buf_printf(b, " [%s]", val);
    if (c->polarity == CD_POLARITY_NEGATED) cd_buf_puts(b, " [negated]");
    if (c->modality != CD_MODALITY_ASSERTED) cd_buf_printf(b, " [%s]", cd_modality_name(c->modality));
    if (c->attribution >= 0) {
      cd_buf_puts(b, " [by ");
      put_escaped_str(b, r->engine->rs->entities[c->attribution].id);
      cd_buf_putc(b, ']');
    }
    cd_buf_puts(b, "</li>");
  }
  cd_buf_puts(b, "</ul>");
  if (f->nmissing && f->kind != CD_FIND_UNSUPPORTED) {
    cd_buf_puts(b, "<div class=\"missing\">not in:");
    for (size_t k = 0; k < f->nmissing; k++)
      cd_buf_printf(b, " %s", cd_align_doc_id(f->missing[k], id, sizeof id));
    cd_buf_puts(b, "</div>");
  }
  if (baselined) {
    const char *note = opt->baseline ? cd_baseline_note(opt->baseline, cd_finding_id(r, f)) : NULL;
    cd_buf_puts(b, "<div class=\"note\">in the baseline");
    if (note && *note) {
      cd_buf_puts(b, ": ");
      put_escaped_str(b, note);
    }
    cd_buf_puts(b, "</div>");
  }
  return cd_buf_puts(b, "</li>\n");
}

/* The page's head, and the header: documents, counts, filters. */
static int put_header(cd_buf *b, const cd_report *r, const cd_options *opt) {
  static const char *const plural[] = {"agreements", "unsupported", "omissions", "contradictions"};
  cd_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"");
  put_escaped_str(b, cd_render_doc_lang(r->docs[0]));
  cd_buf_puts(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"claimdiff " CD_VERSION "\">\n<title>claimdiff: ");
  put_escaped_str(b, r->docs[0]->doc->path);
  cd_buf_puts(b, "</title>\n<style>\n");
  put_lines(b, html_css);
  cd_buf_puts(b, "</style>\n</head>\n<body>\n<header>\n<p class=\"counts\">");
  for (int k = 0; k < 4; k++) {
    int kind = by_severity[k];
    cd_buf_printf(b, "%s<span class=\"k-%s\">%zu %s</span>", k ? ", " : "", kind_class[kind], r->counts[kind],
                  r->counts[kind] == 1 && kind != CD_FIND_UNSUPPORTED ? cd_finding_kind_name(kind)
                                                                      : plural[kind]);
  }
  if (r->baseline)
    cd_buf_printf(b, "; <span class=\"base\">%zu finding%s in the baseline</span>", r->baselined,
                  r->baselined == 1 ? "" : "s");
  cd_buf_puts(b, "</p>\n<form id=\"filters\">");
  for (int k = 0; k < 4; k++) {
    int kind = by_severity[k];
    cd_buf_printf(b, "<label class=\"k-%s\"><input type=\"checkbox\" value=\"%s\"%s> %s</label> ",
                  kind_class[kind], kind_class[kind], opt->show & CD_KIND_BIT(kind) ? " checked" : "",
                  plural[kind]);
  }
  if (r->baseline)
    cd_buf_puts(
        b, "<label class=\"base\"><input type=\"checkbox\" value=\"baseline\"> in the baseline</label> ");
  cd_buf_puts(b, "<button type=\"button\" id=\"prev\" title=\"previous finding (k)\">&#x2191;</button>"
                 "<button type=\"button\" id=\"next\" title=\"next finding (j)\">&#x2193;</button></form>\n");
  for (size_t d = 0; d < r->ndocs; d++) {
    const cd_extraction *ex = r->docs[d];
    char msg[200];
    for (size_t w = 0; w < ex->nwarnings; w++) {
      int line, col;
      cd_doc_position(ex->doc, ex->warnings[w].span.start, &line, &col);
      cd_buf_puts(b, "<p class=\"warning\">");
      put_escaped_str(b, ex->doc->path);
      cd_buf_printf(b, ":%d:%d: warning: ", line, col);
      put_escaped_str(b, cd_warning_text(&ex->warnings[w], msg, sizeof msg));
      cd_buf_puts(b, "</p>\n");
    }
  }
  return cd_buf_puts(b, "</header>\n");
}

int cd_render_html(cd_buf *b, const cd_report *r, const cd_options *opt) {
  size_t nall = r->nfindings + r->baselined;
  stmt_index ix = {NULL, NULL};
  int error = index_build(&ix, r, nall);
  if (error) {
    index_free(&ix, r->ndocs);
    return error;
  }
  put_header(b, r, opt);
  cd_buf_puts(b, "<main>\n<nav id=\"list\"><ol>\n");
  for (int pass = 0; pass < 2; pass++) /* the findings shown, then the baselined */
    for (int k = 0; k < 4; k++)
      for (size_t i = pass ? r->nfindings : 0; i < (pass ? nall : r->nfindings); i++)
        if ((int)r->findings[i].kind == by_severity[k]) put_finding(b, r, i, r->nfindings, opt);
  if (!nall) cd_buf_puts(b, "<li class=\"none\">no findings</li>\n");
  cd_buf_puts(b, "</ol></nav>\n<section id=\"left\">\n");
  put_doc_head(b, r, 0);
  put_document(b, r, &ix, 0, r->nfindings);
  cd_buf_puts(b, "</section>\n<section id=\"right\">\n");
  for (size_t d = 1; d < r->ndocs; d++) {
    put_doc_head(b, r, (int)d);
    put_document(b, r, &ix, (int)d, r->nfindings);
  }
  cd_buf_puts(b, "</section>\n</main>\n<svg id=\"links\" aria-hidden=\"true\"></svg>\n<script>\n");
  put_lines(b, html_js);
  cd_buf_puts(b, "</script>\n</body>\n</html>\n");
  index_free(&ix, r->ndocs);
  return cd_buf_error(b);
}
