/* trim.h: mark web furniture (boilerplate) lines, never edit bytes.
 *
 * Takes a document's normalised body and the ruleset's boilerplate rules
 * and produces one cd_line per line with a dropped flag and the rule that
 * dropped it. Lines that are kept go on to the segmenter; dropped ones make
 * no claims. A strip-prefix rule cuts a dateline off the start of a line
 * (the line's span starts after it); a line left blank is dropped.
 *
 * The rules are compiled once into a cd_trim (the engine holds one, for
 * every document): the words of every rule (lines, prefixes, contains) in
 * one automaton, O(words) to build, and a pattern work (pattern.h) whose
 * lazy automata each document warms for the next, never more than the
 * work's cap of states a pattern. Cost a document: the words are read in
 * one pass over a line; each rule reached before the one that decides
 * reads its pattern through its lazy DFA as far as the pattern needs:
 * O(bytes x patterns) at worst, one table look-up a byte once warm,
 * whatever the line. The lines array is malloc'd; the caller frees it. */
#ifndef CD_TRIM_H
#define CD_TRIM_H

#include <stddef.h>

#include "norm.h"
#include "rules.h"

typedef struct cd_trim cd_trim;

typedef struct cd_line { /* 12 bytes, in 32-bit offsets (common.h): a line a paragraph */
  cd_nspan32 nspan;      /* the line without its '\n', or its kept rest once a
                             dateline is stripped from its start */
  signed int rule : 31;  /* index of the rule that dropped the line or stripped
                             its start, -1 when none did */
  unsigned dropped : 1;  /* 1 when boilerplate */
} cd_line;

/* cd_trim_new: compiles the boilerplate rules bp[0, nbp) for trimming
 * into *out, which borrows bp (bp must outlive it). Free it with
 * cd_trim_free(). Returns 0 or CD_ENOMEM (*out NULL). */
int cd_trim_new(cd_trim **out, const cd_bp_rule *bp, size_t nbp, cd_error *err);

/* cd_trim_free: releases t and the automata it keeps; NULL does nothing. */
void cd_trim_free(cd_trim *t);

/* cd_trim_mark: splits norm into lines and marks furniture by t's rules,
 * tried in order; a headline_run rule is judged after the others, over
 * the lines they kept. orig is the text the map of norm points into (case
 * is folded in norm; the headline test asks whether a line begins in
 * lower case); NULL reads every line as beginning in upper case. *out is
 * a malloc'd array of *n lines. t is changed only in the states its
 * automata keep for the next call (which changes no answer); calls may
 * share t, in one thread or several. Returns 0 or CD_ENOMEM. */
int cd_trim_mark(cd_line **out, size_t *n, cd_trim *t, const cd_norm *norm, const char *orig, cd_error *err);

/* cd_trim_lines: cd_trim_mark with a trim made for this call from the
 * rules bp[0, nbp) (for tests and one-off documents: it builds every
 * automaton anew). */
int cd_trim_lines(cd_line **out, size_t *n, const cd_norm *norm, const char *orig, const cd_bp_rule *bp,
                  size_t nbp, cd_error *err);

/* cd_trim_lines_by_rule: the same lines as cd_trim_lines, but each rule
 * reads each line's words, and its pattern, by itself, as a rule's examples are checked:
 * O(bytes x rules x words). The reference tests/test_trim.c holds
 * cd_trim_lines to. */
int cd_trim_lines_by_rule(cd_line **out, size_t *n, const cd_norm *nm, const char *orig, const cd_bp_rule *bp,
                          size_t nbp, cd_error *err);

/* cd_trim_line_matches: 1 when rule r marks the (normalised) line text[0,
 * len) as furniture (for a strip-prefix rule: when it finds a prefix to
 * cut), ignoring `repeated`. For rule examples and tests. */
int cd_trim_line_matches(const cd_bp_rule *r, const char *text, size_t len);

#endif
