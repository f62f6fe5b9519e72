/* baseline.h: findings an editor has accepted, remembered between runs.
 *
 * Every finding has an id made from what it says, never from where the
 * rules that made it stand: FNV-1a, 64 bits, written as 16 hex digits,
 * over its kind, its predicate's id, then the sum of
 * its statements' hashes (so their order does not count) and their number,
 * each statement's hash over its sentence as quoted (without its blanks)
 * and its value as the report prints it; numbers are hashed as
 * their bytes from the least significant, the same on any machine. Not
 * the key's entities nor a contradiction's detail: both follow the order
 * the sources were given in (the key names the first statement's
 * entities; the detail names documents D1, D2), which the statements do
 * not. So rules moving in their files, documents renamed or given in
 * another order, or a sentence wrapped anew leave an id as it was; an
 * edit to a sentence a finding quotes makes it a new finding.
 *
 * A baseline file is text, a finding a line, '#' lines and blank lines
 * aside:
 *
 *   ID <TAB> KIND <TAB> KEY [<TAB> NOTE]
 *   9c1e0f2a4b7d3e55	omission	export_ban/china/gallium	known: the wire's earlier figure
 *
 * `claimdiff baseline write FILE SUMMARY SOURCE...` writes the findings of
 * that comparison but its agreements (which never fail a run), keeping
 * the notes of ids already in FILE; `--baseline FILE` on a comparison
 * takes the findings whose id is in it out of the report, which counts
 * them ("N findings in the baseline") and never fails on them.
 *
 * Cost: an id is O(bytes its statements quote); reading a baseline
 * O(bytes + n log n), a look-up O(log n). A cd_baseline owns its ids and
 * notes; release with cd_baseline_dispose(). */
#ifndef CD_BASELINE_H
#define CD_BASELINE_H

#include <stddef.h>
#include <stdint.h>

#include "align.h"
#include "buf.h"
#include "claimdiff.h"

/* cd_finding_id: finding f's id (of r). */
uint64_t cd_finding_id(const cd_report *r, const cd_finding *f);

/* cd_finding_id_hex: the id as written, 16 lower-case hex digits, into
 * buf (17 bytes at least). */
char *cd_finding_id_hex(uint64_t id, char *buf);

typedef struct cd_baseline_entry {
  uint64_t id;
  size_t note; /* its note's offset in the baseline's text ("" for none) */
} cd_baseline_entry;

struct cd_baseline {
  cd_baseline_entry *e; /* n, sorted by id */
  size_t n;
  cd_buf text; /* the notes' bytes */
};

#define CD_BASELINE_INIT                                                                                     \
  { NULL, 0, CD_BUF_INIT }

/* cd_baseline_read: the baseline file path into b. Returns 0, or an error
 * naming the file, line and column (CD_EIO, CD_EINPUT for a line that is
 * not ID TAB KIND TAB KEY, CD_EUTF8, CD_ENOMEM). */
int cd_baseline_read(cd_baseline *b, const char *path, cd_error *err);

/* cd_baseline_note: the note of id in b, "" when it has none, NULL when
 * id is not in b. */
const char *cd_baseline_note(const cd_baseline *b, uint64_t id);

/* cd_baseline_apply: moves the findings of r whose id is in b past
 * r->nfindings, in their order (r->findings[nfindings, nfindings +
 * baselined): the HTML report shows them as accepted), and out of
 * r->counts. With no memory for that, none is hidden. */
void cd_baseline_apply(cd_report *r, const cd_baseline *b);

/* cd_baseline_render: the baseline file of r's findings but its
 * agreements into out, each with its note in old (which may be NULL), or
 * note when old has none (NULL: none). Returns 0 or CD_ENOMEM. */
int cd_baseline_render(cd_buf *out, const cd_report *r, const cd_baseline *old, const char *note);

void cd_baseline_dispose(cd_baseline *b);

#endif
