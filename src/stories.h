/* stories.h: the stories of a batch (claimdiff batch): for each, its
 * summary, its sources and its own rules.
 *
 * A story directory holds its summary (the first file by name ending in
 * ".zh.txt", else the first ending in ".txt" whose name holds ".zh-", as
 * summary.zh-hant.txt), its sources (every "*.en.txt" whose name does not
 * hold "summary": an English summary beside them is no source) and, when
 * there is one, its own rule directory `rules`. A directory with no
 * summary is a shelf of stories: each subdirectory that is one, by name.
 * A manifest is a file of JSON lines, a story a line:
 *
 *   {"summary": "h20/summary.zh.txt", "sources": ["h20/000-ap.en.txt"],
 *    "rules": "h20/rules", "name": "h20"}
 *
 * (on one line), its paths relative to the manifest's directory unless
 * absolute; "rules" (a directory, or a list of them) and "name" may be
 * left out; blank lines are passed over. Any other field, a line that is
 * not such an object, invalid UTF-8, or a story with no source is an
 * error naming the manifest's line and column.
 *
 * Cost: a directory's listing (a shelf's and each story's), or one pass
 * over a manifest. The cd_stories owns every story, string and array;
 * release with cd_stories_free(). */
#ifndef CD_STORIES_H
#define CD_STORIES_H

#include <stddef.h>

#include "arena.h"
#include "claimdiff.h"

typedef struct cd_story {
  const char *name;   /* its directory, the manifest's "name", or MANIFEST:LINE */
  const char **paths; /* the summary, then the sources */
  size_t npaths;
  const char **rules; /* the story's own rule directories, loaded after the run's */
  size_t nrules;
} cd_story;

typedef struct cd_stories {
  cd_story *s; /* n stories, in the order found */
  size_t n, cap;
  cd_arena arena; /* their strings and arrays */
} cd_stories;

#define CD_STORIES_INIT                                                                                      \
  { NULL, 0, 0, CD_ARENA_INIT }

/* cd_stories_add: appends the stories of arg, a story directory, a shelf
 * of them, or a manifest. Returns 0, or an error (err set): CD_EIO (it
 * cannot be read, or a shelf holds no story), CD_EINPUT (a manifest's
 * line is wrong: file, line and column), CD_EUTF8, CD_ENOMEM. */
int cd_stories_add(cd_stories *st, const char *arg, cd_error *err);

/* cd_stories_free: frees what st holds; st is then empty and reusable. */
void cd_stories_free(cd_stories *st);

#endif
