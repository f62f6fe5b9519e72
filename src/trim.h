/* trim.h: mark web furniture (boilerplate) lines, never edit bytes.
 *
 * Takes a document's normalised body and the ruleset's boilerplate rules
 * and produces one cd_line per line with a dropped flag and the rule that
 * dropped it. Lines that are kept go on to the segmenter; dropped ones make
 * no claims. A strip-prefix rule cuts a dateline off the start of a line
 * (the line's span starts after it); a line left blank is dropped. Cost:
 * the words of every rule (lines, prefixes, contains) are read in one pass
 * over a line, through one automaton built once a call (O(words)); each
 * rule reached before the one that decides reads its pattern through its
 * own lazy DFA (pattern.h) as far as the pattern needs: O(bytes x
 * patterns) at worst, one table look-up a byte once warm, whatever the
 * line. The array is malloc'd; the caller frees it. */
#ifndef CD_TRIM_H
#define CD_TRIM_H

#include <stddef.h>

#include "norm.h"
#include "rules.h"

typedef struct cd_line {
  cd_nspan nspan; /* the line without its '\n', or its kept rest once a
                     dateline is stripped from its start */
  int dropped;    /* 1 when boilerplate */
  int rule;       /* index of the rule that dropped the line or stripped
                     its start, -1 when none did */
} cd_line;

/* cd_trim_lines: splits norm into lines and marks furniture by the
 * boilerplate rules bp[0, nbp), tried in order; a headline_run rule is
 * judged after the others, over the lines they kept. orig is the text the
 * map of norm points into (case is folded in norm; the headline test asks
 * whether a line begins in lower case); NULL reads every line as
 * beginning in upper case. *out is a malloc'd array of *n lines. Returns
 * 0 or CD_ENOMEM. */
int cd_trim_lines(cd_line **out, size_t *n, const cd_norm *norm, const char *orig, const cd_bp_rule *bp,
                  size_t nbp, cd_error *err);

/* cd_trim_lines_by_rule: the same lines as cd_trim_lines, but each rule
 * reads each line's words by itself, as a rule's examples are checked:
 * O(bytes x rules x words). The reference tests/test_trim.c holds
 * cd_trim_lines to. */
int cd_trim_lines_by_rule(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                          size_t nbp, cd_error *err);

/* cd_trim_line_matches: 1 when rule r marks the (normalised) line text[0,
 * len) as furniture (for a strip-prefix rule: when it finds a prefix to
 * cut), ignoring `repeated`. For rule examples and tests. */
int cd_trim_line_matches(const cd_bp_rule *r, const char *text, size_t len);

#endif
