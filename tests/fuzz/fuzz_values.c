/* fuzz_values.c: the value parser, English and Chinese. Bytes 0-1 choose
 * a document date (or none); the rest, made valid UTF-8 and normalised as
 * the pipeline does, is one sentence. Values must lie inside the text, in
 * order, with sane ranges, and format and compare without trouble. */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "doc.h"
#include "norm.h"
#include "utf8.h"
#include "values.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char date[11];
  cd_date d;
  cd_norm nm;
  cd_value v[32];
  char buf[128];
  size_t n;
  if (size < 2 || cd_utf8_check((const char *)data + 2, size - 2) != size - 2) return 0;
  snprintf(date, sizeof date, "20%02u-%02u-%02u", data[0] % 100u, 1u + data[1] % 12u,
           1u + (data[0] ^ data[1]) % 28u);
  if (cd_norm_text(&nm, (const char *)data + 2, 0, size - 2, NULL) < 0) return 0;
  cd_calendar_parse(&d, date, strlen(date));
  n = cd_values_find(v, 32, nm.ptr, nm.len, data[1] & 0x80 ? NULL : &d, NULL, NULL);
  assert(n <= 32);
  for (size_t i = 0; i < n; i++) {
    assert(v[i].span.start < v[i].span.end && v[i].span.end <= nm.len);
    assert(i == 0 || v[i - 1].span.start <= v[i].span.start);
    assert(v[i].kind != CD_VALUE_NONE);
    if (!v[i].unresolved && !isnan(v[i].lo) && !isnan(v[i].hi)) assert(v[i].lo <= v[i].hi);
    cd_value_format(&v[i], buf, sizeof buf);
    assert(strlen(buf) < sizeof buf);
    if (i) (void)cd_value_compatible(&v[i - 1], &v[i]);
  }
  cd_norm_dispose(&nm);
  return 0;
}
