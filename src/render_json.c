/* render_json.c: every report as JSON.
 *
 *   compare  the claimdiff/1 report (shared/contract/report-json.md): one
 *            object, keys in the contract's order
 *   extract  one object: the document, its dropped lines, its sentences and
 *            each sentence's claims
 *   values   one object a line, a value each, start and end being byte
 *            offsets into the value's input line
 *
 * Strings are escaped by json.c only. O(report size). */
#include <stdio.h>
#include <string.h>

#include "baseline.h"
#include "calendar.h"
#include "doc.h"
#include "engine.h"
#include "json.h"
#include "render.h"
#include "segment.h"
#include "trim.h"

static int label(cd_buf *b, const cd_report *r, const cd_finding *f) {
  cd_buf l = CD_BUF_INIT;
  int error = cd_buf_puts(&l, r->engine->rs->predicates[f->predicate].label);
  for (size_t i = 0; i < f->nentities && !error; i++)
    error = cd_buf_printf(&l, "%s%s", i ? ", " : " (", r->engine->rs->entities[f->entities[i]].id);
  if (!error && f->nentities) error = cd_buf_putc(&l, ')');
  if (!error) error = cd_json_string(b, l.ptr, l.len);
  cd_buf_dispose(&l);
  return error;
}

int cd_render_json(cd_buf *b, const cd_report *r) {
  char id[8], key[256], val[96], date[11];
  int error = cd_buf_puts(b, "{\n  \"schema\": \"claimdiff/1\",\n  \"documents\": [");
  for (size_t d = 0; d < r->ndocs && !error; d++) {
    const cd_extraction *ex = r->docs[d];
    error = cd_buf_printf(b, "%s\n    {\"id\": \"%s\", \"path\": ", d ? "," : "",
                          cd_align_doc_id((int)d, id, sizeof id));
    if (!error) error = cd_json_cstr(b, ex->doc->path);
    if (!error)
      error = cd_buf_printf(b, ", \"role\": \"%s\", \"lang\": \"%s\", \"date\": ", d ? "source" : "summary",
                            cd_render_doc_lang(ex));
    if (!error)
      error = ex->date.year ? cd_buf_printf(b, "\"%s\"", cd_calendar_format(&ex->date, date, sizeof date))
                            : cd_buf_puts(b, "null");
    if (!error)
      error = cd_buf_printf(b, ", \"bytes\": %zu, \"sentences\": %zu, \"claims\": %zu, \"warnings\": ",
                            ex->doc->len, ex->nsentences, ex->nclaims);
    if (!error) error = cd_render_warnings_json(b, ex);
    if (!error) error = cd_buf_putc(b, '}');
  }
  if (!error) error = cd_buf_puts(b, "\n  ],\n  \"findings\": [");
  for (size_t i = 0; i < r->nfindings && !error; i++) {
    const cd_finding *f = &r->findings[i];
    char hex[17];
    error = cd_buf_printf(
        b, "%s\n    {\n      \"id\": \"%s\",\n      \"kind\": \"%s\",\n      \"key\": ", i ? "," : "",
        cd_finding_id_hex(cd_finding_id(r, f), hex), cd_finding_kind_name(f->kind));
    if (!error) error = cd_json_cstr(b, cd_align_key(r, f, key, sizeof key));
    if (!error) error = cd_buf_puts(b, ",\n      \"label\": ");
    if (!error) error = label(b, r, f);
    if (!error) error = cd_buf_puts(b, ",\n      \"detail\": ");
    if (!error) error = f->detail[0] ? cd_json_cstr(b, f->detail) : cd_buf_puts(b, "null");
    if (!error) error = cd_buf_puts(b, ",\n      \"claims\": [");
    for (size_t k = 0; k < f->nclaims && !error; k++) {
      const cd_extraction *ex = r->docs[f->claims[k].doc];
      const cd_claim *c = &ex->claims[f->claims[k].claim];
      cd_span sp = cd_extraction_claim_span(ex, c);
      int line, col;
      cd_doc_position(ex->doc, sp.start, &line, &col);
      error = cd_buf_printf(b,
                            "%s\n        {\"doc\": \"%s\", \"start\": %zu, \"end\": %zu, "
                            "\"line\": %d, \"column\": %d, \"text\": ",
                            k ? "," : "", cd_align_doc_id(f->claims[k].doc, id, sizeof id), sp.start, sp.end,
                            line, col);
      if (!error) error = cd_json_string(b, ex->doc->bytes + sp.start, sp.end - sp.start);
      if (!error) error = cd_buf_puts(b, ", \"value\": ");
      if (!error) error = cd_json_cstr(b, cd_render_claim_value(c, val, sizeof val));
      if (!error)
        error = cd_buf_printf(b, ", \"polarity\": \"%s\", \"modality\": \"%s\", \"attribution\": ",
                              cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      if (!error)
        error = cd_json_cstr(b, c->attribution >= 0 ? r->engine->rs->entities[c->attribution].id : NULL);
      if (!error) error = cd_buf_puts(b, ", \"rule\": ");
      if (!error) {
        char rule[600];
        error = cd_json_cstr(b, cd_render_rule(c->rule->file, c->rule->line, rule, sizeof rule));
      }
      if (!error) error = cd_buf_putc(b, '}');
    }
    if (!error) error = cd_buf_puts(b, "\n      ],\n      \"missing\": [");
    for (size_t k = 0; k < f->nmissing && !error; k++)
      error = cd_buf_printf(b, "%s\"%s\"", k ? ", " : "", cd_align_doc_id(f->missing[k], id, sizeof id));
    if (!error) error = cd_buf_puts(b, "]\n    }");
  }
  if (!error)
    error = cd_buf_printf(b,
                          "\n  ],\n  \"counts\": {\"agreement\": %zu, \"contradiction\": %zu, "
                          "\"omission\": %zu, \"unsupported\": %zu},\n  \"baseline\": ",
                          r->counts[CD_FIND_AGREEMENT], r->counts[CD_FIND_CONTRADICTION],
                          r->counts[CD_FIND_OMISSION], r->counts[CD_FIND_UNSUPPORTED]);
  if (!error)
    error =
        r->baseline ? cd_buf_printf(b, "{\"hidden\": %zu}\n}\n", r->baselined) : cd_buf_puts(b, "null\n}\n");
  return error;
}

/* extract: a claim's values, as a JSON array's elements */
static void claim_values(cd_buf *b, const cd_claim *c) {
  char val[96];
  for (size_t j = 0; j < c->nvalues; j++) {
    cd_buf_printf(b, "%s{\"kind\": \"%s\", \"value\": ", j ? ", " : "",
                  cd_value_kind_name(c->values[j].kind));
    cd_json_cstr(b, cd_value_format(&c->values[j], val, sizeof val));
    cd_buf_printf(b, ", \"approx\": %s}", c->values[j].approx ? "true" : "false");
  }
}

/* extract: a claim's roles, as the members of a "roles" object; a role
 * no name plays is left out */
static void claim_roles(cd_buf *b, const cd_ruleset *rs, const cd_claim *c) {
  const char *names[] = {"agent", "patient", "recipient"};
  int who[] = {c->agent, c->patient, c->recipient}, n = 0;
  cd_buf_puts(b, ", \"roles\": {");
  for (int k = 0; k < 3; k++)
    if (who[k] >= 0) cd_buf_printf(b, "%s\"%s\": \"%s\"", n++ ? ", " : "", names[k], rs->entities[who[k]].id);
  cd_buf_putc(b, '}');
}

int cd_render_extract_json(cd_buf *b, const cd_extraction *ex) {
  const cd_ruleset *rs = ex->engine->rs;
  const cd_doc *doc = ex->doc;
  char val[96], rule[600], date[11];
  int first = 1;
  cd_buf_puts(b, "{\n  \"path\": ");
  cd_json_cstr(b, doc->path);
  cd_buf_puts(b, ",\n  \"date\": ");
  if (ex->date.year)
    cd_buf_printf(b, "\"%s\"", cd_calendar_format(&ex->date, date, sizeof date));
  else
    cd_buf_puts(b, "null");
  cd_buf_printf(b, ",\n  \"lang\": \"%s\",\n  \"dropped\": [", cd_render_doc_lang(ex));
  for (size_t l = 0; l < ex->nlines; l++) {
    const cd_line *ln = &ex->lines[l];
    size_t s, e;
    int line, col;
    if (!ln->dropped || ln->nspan.end == ln->nspan.start) continue;
    s = cd_norm_orig(&ex->norm, ln->nspan.start);
    e = cd_norm_orig(&ex->norm, ln->nspan.end);
    cd_doc_position(doc, s, &line, &col);
    cd_buf_printf(b, "%s\n    {\"start\": %zu, \"end\": %zu, \"line\": %d, \"rule\": ", first ? "" : ",", s,
                  e, line);
    cd_json_cstr(b, cd_render_rule(rs->bp[ln->rule].file, rs->bp[ln->rule].line, rule, sizeof rule));
    cd_buf_puts(b, ", \"id\": ");
    cd_json_cstr(b, rs->bp[ln->rule].id);
    cd_buf_puts(b, ", \"text\": ");
    cd_json_string(b, doc->bytes + s, e - s);
    cd_buf_putc(b, '}');
    first = 0;
  }
  cd_buf_puts(b, "\n  ],\n  \"warnings\": ");
  cd_render_warnings_json(b, ex);
  cd_buf_puts(b, ",\n  \"sentences\": [");
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *sn = &ex->sentences[si];
    int line, col, fc = 1;
    cd_doc_position(doc, sn->span.start, &line, &col);
    cd_buf_printf(b,
                  "%s\n    {\"start\": %zu, \"end\": %zu, \"line\": %d, \"column\": %d, "
                  "\"lang\": \"%s\", \"text\": ",
                  si ? "," : "", (size_t)sn->span.start, (size_t)sn->span.end, line, col,
                  sn->lang == CD_LANG_ZH ? "zh" : "en");
    cd_json_string(b, doc->bytes + sn->span.start, sn->span.end - sn->span.start);
    cd_buf_puts(b, ", \"claims\": [");
    for (size_t k = cd_extraction_claims_from(ex, (int)si);
         k < ex->nclaims && ex->claims[k].sentence == (int)si; k++) {
      const cd_claim *c = &ex->claims[k];
      cd_buf_printf(b, "%s\n      {\"predicate\": \"%s\", \"entities\": [", fc ? "" : ",",
                    rs->predicates[c->predicate].id);
      for (size_t j = 0; j < c->nentities; j++)
        cd_buf_printf(b, "%s\"%s\"", j ? ", " : "", rs->entities[c->entities[j]].id);
      cd_buf_puts(b, "], \"values\": [");
      claim_values(b, c);
      cd_buf_puts(b, "], \"date\": ");
      cd_json_cstr(b, cd_claim_date(c)->kind == CD_VALUE_DATE
                          ? cd_value_format(cd_claim_date(c), val, sizeof val)
                          : NULL);
      cd_buf_printf(b, ", \"polarity\": \"%s\", \"modality\": \"%s\", \"attribution\": ",
                    cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      cd_json_cstr(b, c->attribution >= 0 ? rs->entities[c->attribution].id : NULL);
      cd_buf_printf(b, ", \"commentator\": %s", c->commentator ? "true" : "false");
      cd_buf_puts(b, ", \"tense\": ");
      cd_json_cstr(b, c->done ? "done" : c->future ? "to come" : NULL);
      claim_roles(b, rs, c);
      cd_buf_puts(b, ", \"rule\": ");
      cd_json_cstr(b, cd_render_rule(c->rule->file, c->rule->line, rule, sizeof rule));
      cd_buf_printf(b, ", \"borrowed\": %s}", c->borrowed ? "true" : "false");
      fc = 0;
    }
    cd_buf_puts(b, fc ? "]}" : "\n    ]}");
  }
  cd_buf_puts(b, "\n  ]\n}\n");
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}

int cd_render_values_json(cd_buf *b, const cd_text_values *tv) {
  char val[128];
  for (size_t i = 0; i < tv->nvalues; i++) {
    const cd_line_value *lv = &tv->values[i];
    const cd_value *v = &lv->value;
    cd_buf_printf(b,
                  "{\"line\": %zu, \"start\": %zu, \"end\": %zu, \"kind\": \"%s\", "
                  "\"text\": ",
                  lv->line, lv->span.start - lv->line_start, lv->span.end - lv->line_start,
                  cd_value_kind_name(v->kind));
    cd_json_string(b, tv->text + lv->span.start, lv->span.end - lv->span.start);
    cd_buf_puts(b, ", \"value\": ");
    if (v->unresolved) {
      cd_buf_puts(b, "null, \"unresolved\": ");
      cd_json_cstr(b, cd_value_format(v, val, sizeof val)); /* the cue, or --07-31 */
    } else {
      cd_json_cstr(b, cd_value_format(v, val, sizeof val));
    }
    if (cd_units_name(tv->units, v->unit)) { /* only where there is one: older readers see no change */
      cd_buf_puts(b, ", \"unit\": ");
      cd_json_cstr(b, cd_units_name(tv->units, v->unit));
    }
    if (cd_measures_name(tv->units, v->measure)) {
      cd_buf_puts(b, ", \"measure\": ");
      cd_json_cstr(b, cd_measures_name(tv->units, v->measure));
    }
    if (v->running) cd_buf_printf(b, ", \"running\": \"%s\"", v->running == 2 ? "total" : "sum");
    cd_buf_printf(b, ", \"approx\": %s}\n", v->approx ? "true" : "false");
  }
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}
