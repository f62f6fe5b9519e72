/* render.c: what the renderers share: a document's main language, a
 * claim's shown value, a rule's location, the warnings of an extraction.
 * Pure functions of the report; nothing here allocates but the output. */
#include <stdio.h>

#include "doc.h"
#include "engine.h"
#include "json.h"
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
  if (cd_claim_date(c)->kind == CD_VALUE_DATE && !cd_claim_date(c)->unresolved)
    return cd_value_format(cd_claim_date(c), buf, n);
  return NULL;
}

const char *cd_render_rule(const char *file, int line, char *buf, size_t n) {
  snprintf(buf, n, "%s:%d", file, line);
  return buf;
}

int cd_render_warnings_text(cd_buf *b, const cd_extraction *ex) {
  char msg[200];
  for (size_t i = 0; i < ex->nwarnings; i++) {
    int line, col;
    cd_doc_position(ex->doc, ex->warnings[i].span.start, &line, &col);
    cd_buf_printf(b, "%s:%d:%d: warning: %s\n", ex->doc->path, line, col,
                  cd_warning_text(&ex->warnings[i], msg, sizeof msg));
  }
  return cd_buf_error(b);
}

int cd_render_warnings_json(cd_buf *b, const cd_extraction *ex) {
  char msg[200];
  cd_buf_putc(b, '[');
  for (size_t i = 0; i < ex->nwarnings; i++) {
    const cd_warning *w = &ex->warnings[i];
    int line, col;
    cd_doc_position(ex->doc, w->span.start, &line, &col);
    cd_buf_printf(b, "%s{\"start\": %zu, \"end\": %zu, \"line\": %d, \"column\": %d, \"message\": ",
                  i ? ", " : "", w->span.start, w->span.end, line, col);
    cd_json_cstr(b, cd_warning_text(w, msg, sizeof msg));
    cd_buf_putc(b, '}');
  }
  cd_buf_putc(b, ']');
  return cd_buf_error(b);
}
