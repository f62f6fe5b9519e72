/* render_sarif.c: a comparison as SARIF 2.1.0 (--format sarif), for code
 * scanning and other tools that read static-analysis logs.
 *
 * One run; its driver's rules are the four kinds of finding (CD1000
 * agreement, CD1001 unsupported, CD1002 omission, CD1003 contradiction),
 * and each finding is one result of its kind's rule:
 *
 *   level        contradiction error, unsupported warning, omission note;
 *                an agreement is a result of kind "pass", level "none"
 *   locations    the summary's statement, or, for an omission, the first
 *                source's: path (a URI reference, bytes beyond the
 *                unreserved percent-encoded), line and column (code points:
 *                the run's columnKind) where its sentence starts and ends,
 *                byte offset and length, and the sentence as snippet
 *   relatedLocations  every other statement, the same way, with its
 *                document and value as message
 *   partialFingerprints  {"claimdiffFindingId/v1": the finding's id
 *                (baseline.h)}, so that a finding keeps its identity
 *                from one run to the next
 *
 * Checked against the SARIF 2.1.0 schema and the SARIF Multitool's rules
 * by tests/sarif.sh. */
#include <stdio.h>
#include <string.h>

#include "baseline.h"
#include "doc.h"
#include "extract.h"
#include "json.h"
#include "render.h"

/* by cd_finding_kind: a rule's id is stable and opaque, its name for people */
static const char *const level[] = {"none", "warning", "note", "error"};
static const char *const rule_id[] = {"CD1000", "CD1001", "CD1002", "CD1003"};
static const char *const rule_name[] = {"Agreement", "UnsupportedClaim", "Omission", "Contradiction"};

/* path as a URI reference: a relative path stays relative, an absolute
 * one becomes file://; bytes other than unreserved ones and '/' are
 * percent-encoded (UTF-8 included, as RFC 3986 asks). */
static int put_uri(cd_buf *b, const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  int error = cd_buf_puts(b, path[0] == '/' ? "\"file://" : "\"");
  for (const unsigned char *p = (const unsigned char *)path; *p && !error; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/", *p)) {
      error = cd_buf_putc(b, (char)*p);
    } else {
      char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      error = cd_buf_put(b, e, 3);
    }
  }
  return error ? error : cd_buf_putc(b, '"');
}

/* The physical location of statement k of f: its file, and its
 * sentence's place and text. */
static int put_physical(cd_buf *b, const cd_report *r, const cd_finding *f, size_t k) {
  const cd_extraction *ex = r->docs[f->claims[k].doc];
  const cd_claim *c = &ex->claims[f->claims[k].claim];
  cd_span sp = cd_extraction_claim_span(ex, c);
  int line, col, eline, ecol;
  int error = cd_buf_puts(b, "{\"artifactLocation\": {\"uri\": ");
  cd_doc_position(ex->doc, sp.start, &line, &col);
  cd_doc_position(ex->doc, sp.end, &eline, &ecol);
  if (!error) error = put_uri(b, ex->doc->path);
  if (!error)
    error =
        cd_buf_printf(b,
                      "}, \"region\": {\"startLine\": %d, \"startColumn\": %d, \"endLine\": %d, "
                      "\"endColumn\": %d, \"byteOffset\": %zu, \"byteLength\": %zu, \"snippet\": {\"text\": ",
                      line, col, eline, ecol, sp.start, sp.end - sp.start);
  if (!error) error = cd_json_string(b, ex->doc->bytes + sp.start, sp.end - sp.start);
  return error ? error : cd_buf_puts(b, "}}}");
}

/* The statement that leads a finding: the summary's, else the first. */
static size_t lead(const cd_finding *f) {
  for (size_t k = 0; k < f->nclaims; k++)
    if (f->claims[k].doc == 0) return k;
  return 0;
}

/* The message of finding f: its kind, label and key, and what differs. */
static int put_message(cd_buf *b, const cd_report *r, const cd_finding *f) {
  cd_buf m = CD_BUF_INIT;
  char key[512], id[8];
  int error;
  cd_buf_printf(&m, "%s: %s (%s)", cd_finding_kind_name(f->kind), cd_render_label(r, f),
                cd_align_key(r, f, key, sizeof key));
  if (f->detail[0]) cd_buf_printf(&m, ": %s", f->detail);
  if (f->nmissing && f->kind != CD_FIND_UNSUPPORTED) {
    cd_buf_puts(&m, "; not in");
    for (size_t k = 0; k < f->nmissing; k++)
      cd_buf_printf(&m, " %s", cd_align_doc_id(f->missing[k], id, sizeof id));
  }
  error = m.error ? CD_ENOMEM : cd_json_string(b, m.ptr, m.len);
  cd_buf_dispose(&m);
  return error;
}

static int put_result(cd_buf *b, const cd_report *r, const cd_finding *f) {
  char hex[17], id[8], val[96];
  size_t first = lead(f);
  int error = cd_buf_printf(b,
                            "{\"ruleId\": \"%s\", \"ruleIndex\": %d, \"kind\": \"%s\", \"level\": \"%s\", "
                            "\"message\": {\"text\": ",
                            rule_id[f->kind], (int)f->kind, f->kind == CD_FIND_AGREEMENT ? "pass" : "fail",
                            level[f->kind]);
  if (!error) error = put_message(b, r, f);
  if (!error) error = cd_buf_puts(b, "}, \"locations\": [{\"physicalLocation\": ");
  if (!error) error = put_physical(b, r, f, first);
  if (!error) error = cd_buf_puts(b, "}], \"relatedLocations\": [");
  for (size_t k = 0, n = 0; k < f->nclaims && !error; k++) {
    const cd_extraction *ex = r->docs[f->claims[k].doc];
    const char *v = cd_render_claim_value(&ex->claims[f->claims[k].claim], val, sizeof val);
    cd_buf m = CD_BUF_INIT;
    if (k == first) continue;
    cd_buf_printf(&m, "%s%s%s", cd_align_doc_id(f->claims[k].doc, id, sizeof id), v ? ": " : "", v ? v : "");
    error = cd_buf_printf(b, "%s{\"id\": %zu, \"message\": {\"text\": ", n ? ", " : "", n);
    n++;
    if (!error) error = m.error ? CD_ENOMEM : cd_json_string(b, m.ptr, m.len);
    if (!error) error = cd_buf_puts(b, "}, \"physicalLocation\": ");
    if (!error) error = put_physical(b, r, f, k);
    if (!error) error = cd_buf_putc(b, '}');
    cd_buf_dispose(&m);
  }
  if (!error)
    error = cd_buf_printf(b, "], \"partialFingerprints\": {\"claimdiffFindingId/v1\": \"%s\"}}",
                          cd_finding_id_hex(cd_finding_id(r, f), hex));
  return error;
}

int cd_render_sarif(cd_buf *b, const cd_report *r) {
  static const char *const what[] = {"the summary and a source state the same claim",
                                     "the summary states a claim no source states",
                                     "a source states a claim the summary leaves out",
                                     "documents state the same claim with different values, polarity, "
                                     "attribution or certainty"};
  int error = cd_buf_puts(b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                             "  \"version\": \"2.1.0\",\n  \"runs\": [{\n    \"tool\": {\"driver\": {"
                             "\"name\": \"claimdiff\", \"version\": \"" CD_VERSION "\", \"rules\": [");
  for (int k = CD_FIND_AGREEMENT; k <= CD_FIND_CONTRADICTION && !error; k++)
    error = cd_buf_printf(
        b,
        "%s\n      {\"id\": \"%s\", \"name\": \"%s\", \"shortDescription\": {\"text\": \"%s\"}, "
        "\"defaultConfiguration\": {\"level\": \"%s\"}}",
        k ? "," : "", rule_id[k], rule_name[k], what[k], level[k]);
  if (!error) error = cd_buf_puts(b, "]}},\n    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [");
  for (size_t i = 0; i < r->nfindings && !error; i++) {
    error = cd_buf_puts(b, i ? ",\n      " : "\n      ");
    if (!error) error = put_result(b, r, &r->findings[i]);
  }
  return error ? error : cd_buf_puts(b, "\n    ]\n  }]\n}\n");
}
