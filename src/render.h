/* render.h: reports as text (for people) or JSON (for programs).
 *
 * One file per format, each rendering every kind of report: render_text.c
 * and render_json.c; what both need is in render.c. Renderers see only the
 * report (and, through it, the documents' bytes for quoting evidence); they
 * append to a cd_buf so that tests render into memory.
 *
 *   report     built by                  text                   JSON
 *   compare    cd_align_claims           cd_render_text         cd_render_json
 *                                        (and cd_render_sarif: SARIF 2.1.0, render_sarif.c;
 *                                        cd_render_github, cd_render_junit: render_ci.c;
 *                                        cd_render_html: render_html.c)
 *   extract    cd_extract_doc            cd_render_extract_text cd_render_extract_json
 *   values     cd_run_values             cd_render_values_text  cd_render_values_json
 *
 * Compare JSON follows shared/contract/report-json.md, schema claimdiff/1,
 * with one field added: documents[].warnings (cd_render_warnings_json).
 * Compare text: the sources as a diff's old side, the summary as its new,
 * the counts, then one hunk a finding, the most severe first, a marker a
 * line (= agreement, - omission, + unsupported, ! contradiction), each
 * with doc:line:col and the evidence quoted, then the counts again.
 * Colour only when opt->color is 1; the kinds of opt->show alone.
 * Cost: O(report size), plus a line-index search (O(log lines)) per
 * position. Every function returns 0, or CD_ENOMEM with out holding a
 * partial report that the caller must not print. */
#ifndef CD_RENDER_H
#define CD_RENDER_H

#include "align.h"
#include "buf.h"
#include "run.h"

/* cd_render_text: explain 1 adds, under each finding, why: each claim's
 * rule and trigger, entities, speaker and value ranges, and the entities
 * the claims were aligned on. */
int cd_render_text(cd_buf *out, const cd_report *r, const cd_options *opt);
int cd_render_json(cd_buf *out, const cd_report *r);
/* cd_render_sarif: SARIF 2.1.0, a result a finding (render_sarif.c). */
int cd_render_sarif(cd_buf *out, const cd_report *r);
/* cd_render_html: one self-contained page, the summary beside its
 * sources, every finding a pair of marks joined by a line, the findings
 * a baseline hides shown as accepted with their note (render_html.c). */
int cd_render_html(cd_buf *out, const cd_report *r, const cd_options *opt);
/* cd_render_github / _junit: GitHub workflow annotations, a line a
 * finding but agreements; JUnit XML, a test case a claim key, failed by
 * the kinds in on (render_ci.c). */
int cd_render_github(cd_buf *out, const cd_report *r);
int cd_render_junit(cd_buf *out, const cd_report *r, cd_kinds on);

/* cd_render_extract_text / _json: one document's extraction (for
 * `claimdiff extract`): dropped lines with their rule, sentences kept, and
 * each claim with the rule that made it. */
int cd_render_extract_text(cd_buf *out, const cd_extraction *ex);
int cd_render_extract_json(cd_buf *out, const cd_extraction *ex);

/* cd_render_values_text / _json: the values of a text (for `claimdiff
 * values`), one line each. JSON: {"line": 1, "start": 0, "end": 12, "kind":
 * "money", "text": "55亿美元", "value": "5500000000 USD", "approx": false},
 * an unresolved date with "value": null, "unresolved": its cue. Text:
 * "1:0-12  money  55亿美元  5500000000 USD", then "  approx" when it is. */
int cd_render_values_text(cd_buf *out, const cd_text_values *tv);
int cd_render_values_json(cd_buf *out, const cd_text_values *tv);

/* Shared by both formats (render.c): the document's main language ("zh" /
 * "en"); the claim's shown value ("5500000000 USD", a date) written into
 * buf, or NULL when it has none; a rule's location "file:line" written
 * into buf. buf has n bytes and is always NUL-terminated. A rule's file
 * is shown relative to the working directory when it is an absolute path
 * inside it (cd_render_rule_file, a pointer into file): the default rules
 * are an absolute path, and a report is not to name the machine it was
 * made on. */
const char *cd_render_doc_lang(const cd_extraction *ex);
const char *cd_render_claim_value(const cd_claim *c, char *buf, size_t n);
const char *cd_render_rule(const char *file, int line, char *buf, size_t n);
const char *cd_render_rule_file(const char *file);
/* cd_render_label: finding f's label for people: the predicate's
 * label_zh when the summary is Chinese and the rules give one, else its
 * label. (The JSON report keeps the English label: it is a contract.) */
const char *cd_render_label(const cd_report *r, const cd_finding *f);

/* The words of a quote that were compared: claims' values and dates, as
 * byte ranges of their sentence (which starts at sentence_start in the
 * document). cd_render_marks appends claim c's to mk (set mk->n to 0
 * first), none for a claim whose content an earlier sentence lent it
 * (its values stand there), and none past CD_MARKS_MAX: marks only show. */
#define CD_MARKS_MAX 18 /* two claims' CD_CLAIM_MAX_VALUES and dates */
typedef struct cd_marks {
  size_t start[CD_MARKS_MAX], end[CD_MARKS_MAX];
  int n;
} cd_marks;
void cd_render_marks(cd_marks *mk, const cd_extraction *ex, const cd_claim *c, size_t sentence_start);
/* cd_marks_has: 1 when byte at of the sentence is in a mark of mk (NULL:
 * none). */
int cd_marks_has(const cd_marks *mk, size_t at);

/* The extraction's warnings (extract.h, cd_warning): as text, one line
 * each, "path:line:col: warning: ..."; as JSON, an array of {"start",
 * "end", "line", "column", "message"} (the sentence's span). */
int cd_render_warnings_text(cd_buf *b, const cd_extraction *ex);
int cd_render_warnings_json(cd_buf *b, const cd_extraction *ex);

#endif
