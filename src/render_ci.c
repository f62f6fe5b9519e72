/* render_ci.c: a comparison for CI systems that read neither the text nor
 * the JSON: GitHub workflow annotations (--format github) and a JUnit XML
 * test report (--format junit).
 *
 * github: a line a finding but agreements, at the statement that leads it
 * (the summary's, or an omission's first source's):
 *
 *   ::error file=S.zh.txt,line=9,col=1,endLine=9,endColumn=72,title=contradiction take_effect/...::MESSAGE
 *
 * error for a contradiction, warning for an unsupported claim, notice for
 * an omission; properties and message escaped as the workflow commands
 * ask (% CR LF, and : , in properties).
 *
 * junit: one test suite, one test case a claim key (the findings of one
 * key together), which fails when one of its findings is of a kind
 * --fail-on counts; the failure's text says each finding and quotes its
 * statements. Escaped for XML; the summary's path names the suite. */
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "doc.h"
#include "extract.h"
#include "render.h"

/* ---- GitHub annotations -------------------------------------------------- */

/* s escaped for a workflow command: a property (prop 1) or the message. */
static int put_escaped(cd_buf *b, const char *s, size_t n, int prop) {
  int error = 0;
  for (size_t i = 0; i < n && !error; i++) {
    char c = s[i];
    error = c == '%'           ? cd_buf_puts(b, "%25")
            : c == '\r'        ? cd_buf_puts(b, "%0D")
            : c == '\n'        ? cd_buf_puts(b, "%0A")
            : prop && c == ':' ? cd_buf_puts(b, "%3A")
            : prop && c == ',' ? cd_buf_puts(b, "%2C")
                               : cd_buf_putc(b, c);
  }
  return error;
}

/* The statement that leads a finding: the summary's, else the first. */
static size_t lead(const cd_finding *f) {
  for (size_t k = 0; k < f->nclaims; k++)
    if (f->claims[k].doc == 0) return k;
  return 0;
}

static int annotation(cd_buf *b, const cd_report *r, const cd_finding *f) {
  static const char *const command[] = {NULL, "warning", "notice", "error"}; /* by cd_finding_kind */
  const cd_ref *ref = &f->claims[lead(f)];
  const cd_extraction *ex = r->docs[ref->doc];
  const cd_claim *c = &ex->claims[ref->claim];
  cd_span sp = cd_extraction_claim_span(ex, c);
  char key[512], id[8], val[96];
  cd_buf m = CD_BUF_INIT;
  int line, col, eline, ecol, error;
  cd_doc_position(ex->doc, sp.start, &line, &col);
  cd_doc_position(ex->doc, sp.end, &eline, &ecol);
  cd_align_key(r, f, key, sizeof key);
  cd_buf_printf(&m, "%s %s", cd_finding_kind_name(f->kind), key);
  error = cd_buf_printf(b, "::%s file=", command[f->kind]);
  if (!error) error = put_escaped(b, ex->doc->path, strlen(ex->doc->path), 1);
  if (!error)
    error = cd_buf_printf(b, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=", line, col, eline, ecol);
  if (!error) error = put_escaped(b, m.ptr, m.len, 1);
  if (!error) error = cd_buf_puts(b, "::");
  m.len = 0;
  cd_buf_printf(&m, "%s", cd_render_label(r, f));
  if (f->detail[0]) cd_buf_printf(&m, ": %s", f->detail);
  for (size_t k = 0; k < f->nclaims; k++) {
    const cd_extraction *e = r->docs[f->claims[k].doc];
    const cd_claim *ck = &e->claims[f->claims[k].claim];
    const char *v = cd_render_claim_value(ck, val, sizeof val);
    cd_span s = cd_extraction_claim_span(e, ck);
    cd_buf_printf(&m, "\n%s%s%s%s: ", cd_align_doc_id(f->claims[k].doc, id, sizeof id), v ? " [" : "",
                  v ? v : "", v ? "]" : "");
    cd_buf_put(&m, e->doc->bytes + s.start, s.end - s.start);
  }
  if (!error) error = m.error ? CD_ENOMEM : put_escaped(b, m.ptr, m.len, 0);
  cd_buf_dispose(&m);
  return error ? error : cd_buf_putc(b, '\n');
}

int cd_render_github(cd_buf *b, const cd_report *r) {
  int error = 0;
  for (size_t i = 0; i < r->nfindings && !error; i++)
    if (r->findings[i].kind != CD_FIND_AGREEMENT) error = annotation(b, r, &r->findings[i]);
  return error;
}

/* ---- JUnit XML ----------------------------------------------------------------- */

static int put_xml(cd_buf *b, const char *s, size_t n) {
  int error = 0;
  for (size_t i = 0; i < n && !error; i++) {
    unsigned char c = (unsigned char)s[i];
    error = c == '<'                             ? cd_buf_puts(b, "&lt;")
            : c == '>'                           ? cd_buf_puts(b, "&gt;")
            : c == '&'                           ? cd_buf_puts(b, "&amp;")
            : c == '"'                           ? cd_buf_puts(b, "&quot;")
            : c < 0x20 && c != '\n' && c != '\t' ? cd_buf_putc(b, '?') /* not allowed in XML 1.0 */
                                                 : cd_buf_putc(b, (char)c);
  }
  return error;
}

static int put_xml_cstr(cd_buf *b, const char *s) {
  return put_xml(b, s, strlen(s));
}

/* Findings x and y of r by key, then by place in the report. */
static int by_key_cmp(const cd_report *r, size_t x, size_t y) {
  char a[512], c[512];
  int d =
      strcmp(cd_align_key(r, &r->findings[x], a, sizeof a), cd_align_key(r, &r->findings[y], c, sizeof c));
  return d ? d : (x > y) - (x < y);
}

static int same_key(const cd_report *r, size_t x, size_t y) {
  char a[512], c[512];
  return !strcmp(cd_align_key(r, &r->findings[x], a, sizeof a),
                 cd_align_key(r, &r->findings[y], c, sizeof c));
}

/* Insertion sort of order[0, n) by key: a report holds tens of findings. */
static void sort_by_key(const cd_report *r, size_t *order, size_t n) {
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && by_key_cmp(r, order[j - 1], order[j]) > 0; j--) {
      size_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
}

/* The test case of the findings order[from, to), which share a key. */
static int test_case(cd_buf *b, const cd_report *r, const size_t *order, size_t from, size_t to,
                     cd_kinds on) {
  char key[512], id[8];
  int worst = -1, error; /* the most severe kind that fails, or -1 */
  for (size_t i = from; i < to; i++) {
    int k = (int)r->findings[order[i]].kind;
    if ((on & CD_KIND_BIT(k)) && k > worst) worst = k;
  }
  error = cd_buf_puts(b, "    <testcase classname=\"claimdiff\" name=\"");
  if (!error) error = put_xml_cstr(b, cd_align_key(r, &r->findings[order[from]], key, sizeof key));
  if (!error)
    error = worst >= 0 ? cd_buf_printf(b, "\">\n      <failure type=\"%s\">", cd_finding_kind_name(worst))
                       : cd_buf_puts(b, "\">\n      <system-out>");
  for (size_t i = from; i < to && !error; i++) {
    const cd_finding *f = &r->findings[order[i]];
    error = cd_buf_printf(b, "%s: ", cd_finding_kind_name(f->kind));
    if (!error) error = put_xml_cstr(b, cd_render_label(r, f));
    if (!error && f->detail[0]) error = cd_buf_puts(b, ": ");
    if (!error && f->detail[0]) error = put_xml_cstr(b, f->detail);
    for (size_t k = 0; k < f->nclaims && !error; k++) {
      const cd_extraction *ex = r->docs[f->claims[k].doc];
      cd_span sp = cd_extraction_claim_span(ex, &ex->claims[f->claims[k].claim]);
      int line, col;
      cd_doc_position(ex->doc, sp.start, &line, &col);
      error = cd_buf_printf(b, "\n  %s ", cd_align_doc_id(f->claims[k].doc, id, sizeof id));
      if (!error) error = put_xml_cstr(b, ex->doc->path);
      if (!error) error = cd_buf_printf(b, ":%d:%d: ", line, col);
      if (!error) error = put_xml(b, ex->doc->bytes + sp.start, sp.end - sp.start);
    }
    if (!error) error = cd_buf_putc(b, '\n');
  }
  return error ? error
               : cd_buf_puts(b, worst >= 0 ? "</failure>\n    </testcase>\n"
                                           : "</system-out>\n    </testcase>\n");
}

int cd_render_junit(cd_buf *b, const cd_report *r, cd_kinds on) {
  size_t *order = malloc((r->nfindings ? r->nfindings : 1) * sizeof *order), cases = 0, failures = 0;
  int error;
  if (!order) return CD_ENOMEM;
  for (size_t i = 0; i < r->nfindings; i++) order[i] = i;
  sort_by_key(r, order, r->nfindings);
  for (size_t i = 0, j; i < r->nfindings; i = j) {
    int failed = 0;
    for (j = i; j < r->nfindings && same_key(r, order[i], order[j]); j++)
      failed |= (on & CD_KIND_BIT(r->findings[order[j]].kind)) != 0;
    cases++, failures += failed;
  }
  error = cd_buf_printf(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"");
  if (!error) error = put_xml_cstr(b, r->ndocs ? r->docs[0]->doc->path : "");
  if (!error) error = cd_buf_printf(b, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", cases, failures);
  for (size_t i = 0, j; i < r->nfindings && !error; i = j) {
    for (j = i; j < r->nfindings && same_key(r, order[i], order[j]); j++)
      ;
    error = test_case(b, r, order, i, j, on);
  }
  free(order);
  return error ? error : cd_buf_puts(b, "  </testsuite>\n</testsuites>\n");
}
