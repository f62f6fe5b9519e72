/* fuzz_rules.c: the YAML rule loader, then the lexicon, the short-form
 * table and the rule checks on whatever loads. A ruleset that loads must
 * compile. */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "engine.h"
#include "lexicon.h"
#include "rules.h"
#include "speaker.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cd_ruleset *rs = NULL;
  cd_lexicon *lx = NULL;
  cd_short_forms *sf = NULL;
  cd_error err;
  cd_buf report = CD_BUF_INIT;
  size_t errors, warnings;
  memset(&err, 0, sizeof err);
  if (cd_rules_parse(&rs, "f.yaml", (const char *)data, size, &err) < 0) {
    assert(rs == NULL && err.msg[0]);
    return 0;
  }
  assert(cd_lexicon_new(&lx, rs, NULL, &err) == 0);
  assert(cd_speaker_short_forms_new(&sf, rs, &err) == 0);
  (void)cd_check_rules(&(cd_engine){rs, lx, NULL, sf, NULL}, &report, &errors, &warnings);
  cd_buf_dispose(&report);
  cd_speaker_short_forms_free(sf);
  cd_lexicon_free(lx);
  cd_rules_free(rs);
  return 0;
}
