/* render.c: what the renderers share: a document's main language, a
 * claim's shown value, a rule's location, the warnings of an extraction.
 * Functions of the report (and, for a rule's file, of the working
 * directory, read once); nothing here allocates but the output. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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

void cd_render_marks(cd_marks *mk, const cd_extraction *ex, const cd_claim *c, size_t sentence_start) {
  const cd_sentence *sen = &ex->sentences[c->sentence];
  if (c->borrowed) return;
  for (size_t i = 0; i < (size_t)c->nvalues + c->has_date && mk->n < CD_MARKS_MAX; i++) {
    const cd_value *v = i < c->nvalues ? &c->values[i] : cd_claim_date(c);
    size_t a = cd_norm_orig(&ex->norm, sen->nspan.start + v->span.start),
           z = cd_norm_orig(&ex->norm, sen->nspan.start + v->span.end);
    if (a < sentence_start || z <= a) continue;
    mk->start[mk->n] = a - sentence_start;
    mk->end[mk->n++] = z - sentence_start;
  }
}

int cd_marks_has(const cd_marks *mk, size_t at) {
  for (int i = 0; mk && i < mk->n; i++)
    if (at >= mk->start[i] && at < mk->end[i]) return 1;
  return 0;
}

const char *cd_render_label(const cd_report *r, const cd_finding *f) {
  const cd_predicate *p = &r->engine->rs->predicates[f->predicate];
  return p->label_zh && !strcmp(cd_render_doc_lang(r->docs[0]), "zh") ? p->label_zh : p->label;
}

/* The working directory, read once a process (any thread may render). */
static char cwd[4096];
static size_t cwd_len;
static pthread_once_t cwd_once = PTHREAD_ONCE_INIT;

static void read_cwd(void) {
  if (getcwd(cwd, sizeof cwd) && strcmp(cwd, "/")) cwd_len = strlen(cwd);
}

const char *cd_render_rule_file(const char *file) {
  pthread_once(&cwd_once, read_cwd);
  if (file[0] == '/' && cwd_len && !strncmp(file, cwd, cwd_len) && file[cwd_len] == '/')
    return file + cwd_len + 1;
  return file;
}

const char *cd_render_rule(const char *file, int line, char *buf, size_t n) {
  snprintf(buf, n, "%s:%d", cd_render_rule_file(file), line);
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
