/* fuzz_norm.c: normaliser and segmenter on valid UTF-8 text. Invalid
 * input is first refused by the UTF-8 check (as the loader does); then
 * the map must be monotonic, before segmentation and after it (segment
 * closes joined wraps in place), and every sentence a non-empty range
 * inside the text, mapped back in order. The map as runs must answer at
 * every offset what the map an entry a byte does (cd_norm_text_dense). */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "norm.h"
#include "segment.h"
#include "trim.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The map rises, stays inside the text, and gives at every offset what the
 * map an entry a byte gives. */
static void check_map(const cd_norm *nm, size_t size) {
  for (size_t i = 0; i <= nm->len; i++) {
    assert(cd_norm_orig(nm, i) == nm->dense[i] && cd_norm_orig(nm, i) <= size);
    assert(i == nm->len || cd_norm_orig(nm, i) <= cd_norm_orig(nm, i + 1));
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  cd_norm nm;
  cd_line *lines = NULL;
  cd_sentence *sen = NULL;
  size_t nlines = 0, nsen = 0;
  if (cd_utf8_check(text, size) != size) return 0;
  if (cd_norm_text_dense(&nm, text, 0, size, NULL) < 0) return 0;
  check_map(&nm, size);
  /* every line kept: a ruleset with no boilerplate rules */
  {
    if (cd_trim_lines(&lines, &nlines, &nm, NULL, NULL, 0, NULL) == 0 &&
        cd_segment_split(&sen, &nsen, text, &nm, lines, nlines, NULL, NULL) == 0) {
      for (size_t i = 0; i < nsen; i++) {
        assert(sen[i].nspan.start < sen[i].nspan.end && sen[i].nspan.end <= nm.len);
        assert(sen[i].span.start <= sen[i].span.end && sen[i].span.end <= size);
        assert(i == 0 || sen[i - 1].nspan.end <= sen[i].nspan.start);
      }
      /* segment closed the joined wraps in place: the map still holds */
      check_map(&nm, size);
    }
  }
  free(sen);
  free(lines);
  cd_norm_dispose(&nm);
  return 0;
}
