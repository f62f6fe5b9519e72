/* render_json.c: the claimdiff/1 JSON report (shared/contract/report-json.md).
 * One object, keys in the contract's order. */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "json.h"
#include "render.h"

const char *cd_render_doc_lang(const cd_extraction *ex) {
  size_t zh = 0, en = 0;
  if (ex->doc->lang[0]) return ex->doc->lang;
  for (size_t i = 0; i < ex->nsentences; i++) {
    size_t n = ex->sentences[i].nend - ex->sentences[i].nstart;
    if (ex->sentences[i].lang == CD_LANG_ZH)
      zh += n;
    else
      en += n;
  }
  return zh > en ? "zh" : "en";
}

const char *cd_render_claim_value(const cd_claim *c, char *buf, size_t n) {
  if (c->nvalues) return cd_value_format(&c->values[0], buf, n);
  if (c->date.kind == CD_VALUE_DATE && !c->date.unresolved) return cd_value_format(&c->date, buf, n);
  return NULL;
}

static int label(cd_buf *b, const cd_report *r, const cd_finding *f) {
  cd_buf l = CD_BUF_INIT;
  int error = cd_buf_puts(&l, r->rs->predicates[f->predicate].label);
  for (size_t i = 0; i < f->nentities && !error; i++)
    error = cd_buf_printf(&l, "%s%s", i ? ", " : " (", r->rs->entities[f->entities[i]].id);
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
      error = cd_buf_printf(b, ", \"bytes\": %zu, \"sentences\": %zu, \"claims\": %zu}", ex->doc->len,
                            ex->nsentences, ex->nclaims);
  }
  if (!error) error = cd_buf_puts(b, "\n  ],\n  \"findings\": [");
  for (size_t i = 0; i < r->nfindings && !error; i++) {
    const cd_finding *f = &r->findings[i];
    error = cd_buf_printf(b, "%s\n    {\n      \"kind\": \"%s\",\n      \"key\": ", i ? "," : "",
                          cd_finding_kind_name(f->kind));
    if (!error) error = cd_json_cstr(b, cd_align_key(r, f, key, sizeof key));
    if (!error) error = cd_buf_puts(b, ",\n      \"label\": ");
    if (!error) error = label(b, r, f);
    if (!error) error = cd_buf_puts(b, ",\n      \"detail\": ");
    if (!error) error = f->detail[0] ? cd_json_cstr(b, f->detail) : cd_buf_puts(b, "null");
    if (!error) error = cd_buf_puts(b, ",\n      \"claims\": [");
    for (size_t k = 0; k < f->nclaims && !error; k++) {
      const cd_extraction *ex = r->docs[f->claims[k].doc];
      const cd_claim *c = &ex->claims[f->claims[k].claim];
      int line, col;
      cd_doc_position(ex->doc, c->start, &line, &col);
      error = cd_buf_printf(b,
                            "%s\n        {\"doc\": \"%s\", \"start\": %zu, \"end\": %zu, "
                            "\"line\": %d, \"column\": %d, \"text\": ",
                            k ? "," : "", cd_align_doc_id(f->claims[k].doc, id, sizeof id), c->start, c->end,
                            line, col);
      if (!error) error = cd_json_string(b, ex->doc->bytes + c->start, c->end - c->start);
      if (!error) error = cd_buf_puts(b, ", \"value\": ");
      if (!error) error = cd_json_cstr(b, cd_render_claim_value(c, val, sizeof val));
      if (!error)
        error = cd_buf_printf(b, ", \"polarity\": \"%s\", \"modality\": \"%s\", \"attribution\": ",
                              cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      if (!error) error = cd_json_cstr(b, c->attribution >= 0 ? r->rs->entities[c->attribution].id : NULL);
      if (!error) error = cd_buf_puts(b, ", \"rule\": ");
      if (!error) {
        char rule[600];
        snprintf(rule, sizeof rule, "%s:%d", c->rule->file, c->rule->line);
        error = cd_json_cstr(b, rule);
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
                          "\"omission\": %zu, \"unsupported\": %zu}\n}\n",
                          r->counts[CD_FIND_AGREEMENT], r->counts[CD_FIND_CONTRADICTION],
                          r->counts[CD_FIND_OMISSION], r->counts[CD_FIND_UNSUPPORTED]);
  return error;
}
