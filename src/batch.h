/* batch.h: many stories in one run (claimdiff batch).
 *
 * Each story (stories.h) is compared as `claimdiff --format json` would
 * compare it, with the run's rules and then its own (run.h:
 * cd_run_report), and its report written as one line of JSON (JSONL):
 *
 *   {"story": "data/h20", "status": 1, "report": {... its JSON report ...}}
 *   {"story": "x.jsonl:3", "status": 2, "error": "x/s.zh.txt:1:1: empty file"}
 *
 * "status" is what the story's own run would exit with (0; 1 when it has
 * findings of opt->fail_on's kinds; 2 trouble, said in "error"), and
 * "report" is its JSON report byte for byte but for the line breaks and
 * indentation between tokens. Lines come in the stories' order whatever
 * the number of jobs: each of the jobs threads takes the next story, and
 * a story's line is written once the lines before it are. A story is a
 * pure function of its files, the same line alone or in a batch, here or
 * on another machine (README: GNU parallel).
 *
 * A ruleset is made for each distinct list of rule directories when the
 * first story that needs it starts, one at a time (so that its cache
 * files are written once), and freed after the last story that needs it:
 * a batch holds about as many as it has jobs. Cost: the stories' own;
 * memory, the reports of stories done before one still running. */
#ifndef CD_BATCH_H
#define CD_BATCH_H

#include <stddef.h>

#include "claimdiff.h"
#include "stories.h"

typedef struct cd_batch_total {
  size_t stories;
  size_t by_status[3]; /* stories by status: 0, 1, 2 */
  size_t counts[4];    /* findings of every story, by cd_finding_kind */
} cd_batch_total;

/* cd_batch_run: runs st's stories on jobs threads (at least 1), writing
 * their lines through write(payload) and adding them up in *total. With
 * out_dir, each report goes to a file of its own in that directory
 * (NNN-NAME.json, NNN the story's place from 001, NAME its name's last
 * part), as `--format json` writes it, and its line says
 * {"story", "status", "file"} instead of holding it.
 * opt's format, colour and explain are not read. Returns 0, or CD_EIO
 * when a write failed, CD_ENOMEM (err set); a story's own trouble is its
 * line's. */
int cd_batch_run(const cd_options *opt, const cd_stories *st, int jobs, const char *out_dir,
                 cd_write_fn write, void *payload, cd_batch_total *total, cd_error *err);

#endif
