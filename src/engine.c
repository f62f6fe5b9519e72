/* engine.c: rule directories -> ruleset -> compiled lexicons, once per run.
 * Cost: the rules' size to load, plus building three automata (two
 * lexicons, the boilerplate words) and the short-form table; the
 * lexicons' tries read back from the cache when it holds them. The engine
 * owns all it builds; cd_engine_free releases it. */
#include "engine.h"

#include "cache.h"
#include "speaker.h"

#include <stdlib.h>

int cd_engine_new(cd_engine **out, const char *const *rules_dirs, size_t ndirs, cd_error *err) {
  cd_engine *e = calloc(1, sizeof *e);
  char dir[4096];
  const char *cache = cd_cache_dir(dir, sizeof dir) == 0 ? dir : NULL; /* the lexicons' snapshots */
  int error;
  *out = NULL;
  if (!e) return cd_error_set(err, CD_ENOMEM, NULL, 0, 0, -1, "out of memory");
  if ((error = cd_rules_load_dirs(&e->rs, rules_dirs, ndirs, err)) < 0 ||
      (error = cd_lexicon_new(&e->lex, e->rs, cache, err)) < 0 ||
      (error = cd_lexicon_new_abbrevs(&e->abbrevs, e->rs, cache, err)) < 0 ||
      (error = cd_speaker_short_forms_new(&e->short_forms, e->rs, err)) < 0 ||
      (error = cd_trim_new(&e->trim, e->rs->bp, e->rs->nbp, err)) < 0) {
    cd_engine_free(e);
    return error;
  }
  *out = e;
  return 0;
}

void cd_engine_free(cd_engine *e) {
  if (!e) return;
  cd_lexicon_free(e->lex);
  cd_lexicon_free(e->abbrevs);
  cd_speaker_short_forms_free(e->short_forms);
  cd_trim_free(e->trim); /* before the rules it borrows */
  cd_rules_free(e->rs);
  free(e);
}
