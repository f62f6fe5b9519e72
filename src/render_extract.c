/* render_extract.c: one document's extraction, for `claimdiff extract`:
 * the lines dropped as furniture, then each sentence kept and its claims,
 * as text (for an editor debugging a rule) or one JSON object. */
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "json.h"
#include "render.h"

static void claim_values(cd_buf *b, const cd_claim *c, int json) {
  char val[96];
  for (size_t j = 0; j < c->nvalues; j++) {
    if (json) {
      cd_buf_printf(b, "%s{\"kind\": \"%s\", \"value\": ", j ? ", " : "",
                    cd_value_kind_name(c->values[j].kind));
      cd_json_cstr(b, cd_value_format(&c->values[j], val, sizeof val));
      cd_buf_printf(b, ", \"approx\": %s}", c->values[j].approx ? "true" : "false");
    } else {
      cd_buf_printf(b, " %s", cd_value_format(&c->values[j], val, sizeof val));
    }
  }
}

int cd_render_extract_text(cd_buf *b, const cd_extraction *ex, const cd_ruleset *rs) {
  const cd_doc *doc = ex->doc;
  char val[96];
  for (size_t l = 0; l < ex->nlines; l++) {
    const cd_line *ln = &ex->lines[l];
    int line, col;
    if (!ln->dropped || ln->nend == ln->nstart) continue;
    cd_doc_position(doc, ex->norm.map[ln->nstart], &line, &col);
    cd_buf_printf(b, "%s:%d: dropped by %s:%d (%s)\n", doc->path, line, rs->bp[ln->rule].file,
                  rs->bp[ln->rule].line, rs->bp[ln->rule].id);
  }
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *sn = &ex->sentences[si];
    int line, col;
    cd_doc_position(doc, sn->start, &line, &col);
    cd_buf_printf(b, "\n%s:%d:%d: [%s] %.*s\n", doc->path, line, col, sn->lang == CD_LANG_ZH ? "zh" : "en",
                  (int)(sn->end - sn->start), doc->bytes + sn->start);
    for (size_t k = 0; k < ex->nclaims; k++) {
      const cd_claim *c = &ex->claims[k];
      if (c->sentence != (int)si) continue;
      cd_buf_printf(b, "  claim %s", rs->predicates[c->predicate].id);
      for (size_t j = 0; j < c->nentities; j++)
        cd_buf_printf(b, "%s%s", j ? "," : " [", rs->entities[c->entities[j]].id);
      if (c->nentities) cd_buf_putc(b, ']');
      claim_values(b, c, 0);
      if (c->date.kind == CD_VALUE_DATE)
        cd_buf_printf(b, " date=%s", cd_value_format(&c->date, val, sizeof val));
      cd_buf_printf(b, " %s %s", cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      if (c->attribution >= 0) cd_buf_printf(b, " by=%s", rs->entities[c->attribution].id);
      if (c->borrowed) cd_buf_puts(b, " (content from an earlier sentence)");
      cd_buf_printf(b, "  rule %s:%d\n", c->rule->file, c->rule->line);
    }
  }
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}

int cd_render_extract_json(cd_buf *b, const cd_extraction *ex, const cd_ruleset *rs) {
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
    if (!ln->dropped || ln->nend == ln->nstart) continue;
    s = ex->norm.map[ln->nstart];
    e = ex->norm.map[ln->nend];
    cd_doc_position(doc, s, &line, &col);
    snprintf(rule, sizeof rule, "%s:%d", rs->bp[ln->rule].file, rs->bp[ln->rule].line);
    cd_buf_printf(b, "%s\n    {\"start\": %zu, \"end\": %zu, \"line\": %d, \"rule\": ", first ? "" : ",", s,
                  e, line);
    cd_json_cstr(b, rule);
    cd_buf_puts(b, ", \"id\": ");
    cd_json_cstr(b, rs->bp[ln->rule].id);
    cd_buf_puts(b, ", \"text\": ");
    cd_json_string(b, doc->bytes + s, e - s);
    cd_buf_putc(b, '}');
    first = 0;
  }
  cd_buf_puts(b, "\n  ],\n  \"sentences\": [");
  for (size_t si = 0; si < ex->nsentences; si++) {
    const cd_sentence *sn = &ex->sentences[si];
    int line, col, fc = 1;
    cd_doc_position(doc, sn->start, &line, &col);
    cd_buf_printf(b,
                  "%s\n    {\"start\": %zu, \"end\": %zu, \"line\": %d, \"column\": %d, "
                  "\"lang\": \"%s\", \"text\": ",
                  si ? "," : "", sn->start, sn->end, line, col, sn->lang == CD_LANG_ZH ? "zh" : "en");
    cd_json_string(b, doc->bytes + sn->start, sn->end - sn->start);
    cd_buf_puts(b, ", \"claims\": [");
    for (size_t k = 0; k < ex->nclaims; k++) {
      const cd_claim *c = &ex->claims[k];
      if (c->sentence != (int)si) continue;
      cd_buf_printf(b, "%s\n      {\"predicate\": \"%s\", \"entities\": [", fc ? "" : ",",
                    rs->predicates[c->predicate].id);
      for (size_t j = 0; j < c->nentities; j++)
        cd_buf_printf(b, "%s\"%s\"", j ? ", " : "", rs->entities[c->entities[j]].id);
      cd_buf_puts(b, "], \"values\": [");
      claim_values(b, c, 1);
      cd_buf_puts(b, "], \"date\": ");
      cd_json_cstr(b, c->date.kind == CD_VALUE_DATE ? cd_value_format(&c->date, val, sizeof val) : NULL);
      cd_buf_printf(b, ", \"polarity\": \"%s\", \"modality\": \"%s\", \"attribution\": ",
                    cd_polarity_name(c->polarity), cd_modality_name(c->modality));
      cd_json_cstr(b, c->attribution >= 0 ? rs->entities[c->attribution].id : NULL);
      snprintf(rule, sizeof rule, "%s:%d", c->rule->file, c->rule->line);
      cd_buf_puts(b, ", \"rule\": ");
      cd_json_cstr(b, rule);
      cd_buf_printf(b, ", \"borrowed\": %s}", c->borrowed ? "true" : "false");
      fc = 0;
    }
    cd_buf_puts(b, fc ? "]}" : "\n    ]}");
  }
  cd_buf_puts(b, "\n  ]\n}\n");
  return cd_buf_error(b); /* appends are sticky on failure: one check */
}
