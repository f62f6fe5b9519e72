/* render.c: what the renderers share: a document's main language, a
 * claim's shown value, a rule's location. Pure functions of the report;
 * nothing here allocates. */
#include <stdio.h>

#include "doc.h"
#include "engine.h"
#include "render.h"
#include "segment.h"
#include "trim.h"

const char *cd_render_doc_lang(const cd_extraction *ex) {
  size_t zh = 0, en = 0;
  if (ex->doc->lang[0]) return ex->doc->lang;
  for (size_t i = 0; i < ex->nsentences; i++) {
    size_t n = ex->sentences[i].nspan.end - ex->sentences[i].nspan.start;
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

const char *cd_render_rule(const char *file, int line, char *buf, size_t n) {
  snprintf(buf, n, "%s:%d", file, line);
  return buf;
}
