/* fuzz_compare.c: the whole compare pipeline on two fuzzed documents (the
 * input split at the first 0xFF byte, which no UTF-8 text holds), with the
 * shipped rules (loaded once, from rules/ of the working directory or
 * $CLAIMDIFF_RULES). Byte 0 chooses the output format and --explain. Any
 * report must render, and every claim's span lie inside its document. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "buf.h"
#include "doc.h"
#include "extract.h"
#include "render.h"
#include "run.h"

static const cd_date aug1 = {2025, 8, 1};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static cd_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *sep;
  cd_doc *docs[2] = {NULL, NULL};
  cd_extraction *exs[2] = {NULL, NULL};
  cd_report *r = NULL;
  cd_error err;
  cd_buf out = CD_BUF_INIT;
  unsigned opts;
  if (!engine) {
    const char *dir = getenv("CLAIMDIFF_RULES") ? getenv("CLAIMDIFF_RULES") : "rules";
    if (cd_engine_new(&engine, &dir, 1, &err) < 0) abort(); /* run from the repository root */
  }
  if (size < 2) return 0;
  opts = data[0];
  data++;
  size--;
  sep = memchr(data, 0xFF, size);
  if (!sep) return 0;
  memset(&err, 0, sizeof err);
  if (cd_doc_parse(&docs[0], "S", (const char *)data, (size_t)(sep - data), &err) < 0 ||
      cd_doc_parse(&docs[1], "D1", (const char *)sep + 1, size - (size_t)(sep - data) - 1, &err) < 0)
    goto done;
  for (int d = 0; d < 2; d++) {
    if (cd_extract_doc(&exs[d], engine, docs[d], opts & 4 ? &aug1 : NULL, &err) < 0) goto done;
    for (size_t k = 0; k < exs[d]->nclaims; k++) {
      cd_span span = cd_extraction_claim_span(exs[d], &exs[d]->claims[k]);
      assert(span.start <= span.end && span.end <= docs[d]->len);
    }
  }
  if (cd_align_claims(&r, engine, exs, 2, &err) < 0) goto done;
  if (opts & 1) {
    assert(cd_render_json(&out, r) == 0);
    assert(cd_render_sarif(&out, r) == 0);
    {
      cd_options o = CD_OPTIONS_INIT;
      assert(cd_render_html(&out, r, &o) == 0);
    }
  } else {
    cd_options o = CD_OPTIONS_INIT;
    o.color = (opts >> 1) & 1;
    o.explain = (opts >> 3) & 1;
    o.width = opts & 16 ? 40 + (opts >> 5) : 0; /* quotes wrapped at 40 to 47 columns */
    assert(cd_render_text(&out, r, &o) == 0);
    assert(cd_render_github(&out, r) == 0);
  }
done:
  cd_buf_dispose(&out);
  cd_report_free(r);
  for (int d = 0; d < 2; d++) {
    cd_extraction_free(exs[d]);
    cd_doc_free(docs[d]);
  }
  return 0;
}
