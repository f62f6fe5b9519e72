/* fuzz_doc.c: the document loader (UTF-8 check, BOM, front matter, line
 * index, which a plain document does without). Byte 0 chooses plain (no
 * front matter) or document mode; the rest is the file. Every position
 * the loader reports must be inside the file, and line/column must come
 * back for any offset. */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cd_doc *doc = NULL;
  cd_error err;
  int rc, line, col;
  size_t nlines;
  if (size < 1) return 0;
  memset(&err, 0, sizeof err);
  rc = data[0] & 1 ? cd_doc_parse_plain(&doc, "f.txt", (const char *)data + 1, size - 1, &err)
                   : cd_doc_parse(&doc, "f.txt", (const char *)data + 1, size - 1, &err);
  if (rc < 0) {
    assert(doc == NULL);
    assert(err.byte < 0 || (size_t)err.byte <= size - 1);
    return 0;
  }
  assert(doc->body <= doc->len);
  /* a plain document keeps no line index (doc.h): its lines are counted */
  nlines = doc->lines ? doc->nlines : 1;
  if (!doc->lines)
    for (size_t i = 0; i < doc->len; i++) nlines += doc->bytes[i] == '\n';
  for (size_t off = 0; off <= doc->len; off += 1 + doc->len / 16) {
    cd_doc_position(doc, off, &line, &col);
    assert(line >= 1 && (size_t)line <= nlines && col >= 1);
  }
  cd_doc_free(doc);
  return 0;
}
