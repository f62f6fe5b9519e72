/* fuzz_values.c: the value parser, English and Chinese. Bytes 0-1 choose
 * a document date (or none) and whether the shipped rules' units are read;
 * the rest, made valid UTF-8 and normalised as the pipeline does, is one
 * sentence. Values must lie inside the text, in order, with sane ranges,
 * and format and compare without trouble; and the scan must find the very
 * values it finds with its start filter off (cd_values_find_unfiltered). */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "doc.h"
#include "norm.h"
#include "rules.h"
#include "utf8.h"
#include "values.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The shipped rules' units, loaded at the first input and kept (never
 * freed: they live as long as the fuzzer). */
static const cd_units *shipped_units(void) {
  static cd_ruleset *rules;
  static int tried;
  if (!tried) {
    cd_error err;
    memset(&err, 0, sizeof err);
    tried = 1;
    if (cd_rules_load_dir(&rules, CD_RULES_DIR, &err) < 0) {
      fprintf(stderr, "%s:%d:%d: %s\n", err.path, err.line, err.column, err.msg);
      abort();
    }
  }
  return &rules->units;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char date[11];
  cd_date d;
  cd_norm nm;
  cd_value v[32], w[32];
  char buf[128];
  size_t n, more = 0, more_w = 0;
  const cd_units *units;
  if (size < 2 || cd_utf8_check((const char *)data + 2, size - 2) != size - 2) return 0;
  snprintf(date, sizeof date, "20%02u-%02u-%02u", data[0] % 100u, 1u + data[1] % 12u,
           1u + (data[0] ^ data[1]) % 28u);
  if (cd_norm_text(&nm, (const char *)data + 2, 0, size - 2, NULL) < 0) return 0;
  cd_calendar_parse(&d, date, strlen(date));
  units = data[0] & 0x80 ? NULL : shipped_units();
  n = cd_values_find(v, 32, nm.ptr, nm.len, data[1] & 0x80 ? NULL : &d, units, &more);
  assert(n <= 32);
  assert(cd_values_find_unfiltered(w, 32, nm.ptr, nm.len, data[1] & 0x80 ? NULL : &d, units, &more_w) == n);
  assert(more == more_w);
  for (size_t i = 0; i < n; i++) assert(cd_value_identical(&v[i], &w[i]));
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
