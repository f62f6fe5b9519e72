/* check.c: embedded rule examples; see check.h. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "trim.h"

static int claim_fits(const cd_engine *e, const cd_example *x, const cd_claim *c) {
  char buf[96];
  for (size_t i = 0; i < x->nentities; i++) {
    int id = cd_rules_find_entity(e->rs, x->entities[i]), found = 0;
    for (size_t k = 0; k < c->nentities; k++)
      found |= c->entities[k] == id;
    if (!found)
      return 0;
  }
  if (x->value) {
    int found = c->date.kind == CD_VALUE_DATE &&
                !strcmp(cd_value_format(&c->date, buf, sizeof buf), x->value);
    for (size_t k = 0; k < c->nvalues && !found; k++)
      found = !strcmp(cd_value_format(&c->values[k], buf, sizeof buf), x->value);
    if (!found)
      return 0;
  }
  if (x->polarity && strcmp(x->polarity, cd_polarity_name(c->polarity)))
    return 0;
  if (x->modality && strcmp(x->modality, cd_modality_name(c->modality)))
    return 0;
  return 1;
}

/* What came out, for the failure message. */
static void describe(const cd_engine *e, const cd_extraction *ex, cd_buf *b) {
  char buf[96];
  if (!ex->nclaims)
    cd_buf_puts(b, "no claims");
  for (size_t i = 0; i < ex->nclaims; i++) {
    const cd_claim *c = &ex->claims[i];
    cd_buf_printf(b, "%s%s", i ? "; " : "", e->rs->predicates[c->predicate].id);
    for (size_t k = 0; k < c->nentities; k++)
      cd_buf_printf(b, "%s%s", k ? "," : " [", e->rs->entities[c->entities[k]].id);
    if (c->nentities)
      cd_buf_putc(b, ']');
    for (size_t k = 0; k < c->nvalues; k++)
      cd_buf_printf(b, " %s", cd_value_format(&c->values[k], buf, sizeof buf));
    if (c->date.kind == CD_VALUE_DATE)
      cd_buf_printf(b, " %s", cd_value_format(&c->date, buf, sizeof buf));
    cd_buf_printf(b, " %s %s", cd_polarity_name(c->polarity), cd_modality_name(c->modality));
  }
}

int cd_check_examples(const cd_engine *e, cd_buf *report, size_t *failed, size_t *total,
                      cd_error *err) {
  *failed = *total = 0;
  for (size_t i = 0; i < e->rs->nexamples; i++) {
    const cd_example *x = &e->rs->examples[i];
    cd_doc *doc = NULL;
    cd_extraction *ex = NULL;
    int ok = 0, error;
    (*total)++;
    if (x->owner_kind == CD_OWNER_BOILERPLATE) {
      char *line = cd_norm_string(x->text);
      ok = line && cd_trim_line_matches(&e->rs->bp[x->owner], line, strlen(line)) == x->yields;
      free(line);
      if (!ok) {
        (*failed)++;
        cd_buf_printf(report, "%s:%d: example \"%s\": expected %s by boilerplate rule '%s'\n",
                      x->file, x->line, x->text, x->yields ? "to be dropped" : "to be kept",
                      e->rs->bp[x->owner].id);
      }
      continue;
    }
    if ((error = cd_extract_text(&doc, &ex, e, x->text, x->date[0] ? x->date : NULL, err)) < 0) {
      if (error == CD_ENOMEM)
        return error;
      (*failed)++;
      cd_buf_printf(report, "%s:%d: example \"%s\": cannot be read: %s\n", x->file, x->line,
                    x->text, err->msg);
      continue;
    }
    if (x->owner_kind == CD_OWNER_ENTITY) {
      int found = 0;
      for (size_t k = 0; k < ex->nmentions; k++)
        found |= ex->mentions[k].entity == x->owner;
      ok = found == x->yields;
      if (!ok)
        cd_buf_printf(report, "%s:%d: example \"%s\": entity '%s' %s\n", x->file, x->line,
                      x->text, e->rs->entities[x->owner].id,
                      x->yields ? "not found" : "found but must not be");
    } else {
      int found = 0;
      for (size_t k = 0; k < ex->nclaims; k++)
        found |= ex->claims[k].predicate == x->owner && claim_fits(e, x, &ex->claims[k]);
      ok = found == x->yields;
      if (!ok) {
        cd_buf_printf(report, "%s:%d: example \"%s\": expected %s'%s'", x->file, x->line, x->text,
                      x->yields ? "" : "no ", e->rs->predicates[x->owner].id);
        for (size_t k = 0; k < x->nentities; k++)
          cd_buf_printf(report, "%s%s", k ? "," : " [", x->entities[k]);
        if (x->nentities)
          cd_buf_putc(report, ']');
        if (x->value)
          cd_buf_printf(report, " %s", x->value);
        if (x->polarity)
          cd_buf_printf(report, " %s", x->polarity);
        if (x->modality)
          cd_buf_printf(report, " %s", x->modality);
        cd_buf_puts(report, ", got: ");
        describe(e, ex, report);
        cd_buf_putc(report, '\n');
      }
    }
    if (!ok)
      (*failed)++;
    cd_extraction_free(ex);
    cd_doc_free(doc);
  }
  return 0;
}
