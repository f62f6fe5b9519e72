/* pattern.h: the boilerplate rules' patterns, matched in linear time.
 *
 * Takes a POSIX extended regular expression over bytes (the syntax the
 * rule files document: literals, '.', bracket expressions with ranges and
 * [:classes:], groups, '|', '*', '+', '?', {m}, {m,}, {m,n}, '^', '$', '\'
 * quoting one character) and compiles it to a Thompson NFA. A match
 * simulates all of the NFA's states at once, one step a byte: O(bytes x
 * states), never backtracking, so no line and no rule can make trimming
 * quadratic (glibc's regexec was, on a line of digits, and copied every
 * line once per rule). Bytes, not characters: a Chinese character is three
 * bytes, and a bracket holds bytes.
 *
 * A compiled pattern is read-only and may be shared. Matching needs a
 * cd_pattern_work, which the caller owns and reuses across lines and
 * patterns: it keeps each pattern's automaton as far as lines have built
 * it (at most 512 states a pattern, each with a transition per byte class,
 * then dropped and built again), so that a warm match allocates nothing
 * and reads a byte with one table look-up. A work knows its patterns by
 * address: use it only while the patterns it matched live. Free both with
 * their _free(). */
#ifndef CD_PATTERN_H
#define CD_PATTERN_H

#include <stddef.h>

typedef struct cd_pattern cd_pattern;

/* The most NFA instructions a pattern may compile to (bounded repetitions
 * are copied out: "(ab){1,200}" is 200 copies). */
#define CD_PATTERN_MAX_PROGRAM 20000

/* cd_pattern_compile: compiles src into *out. On a syntax error returns -1
 * and writes a message, with the byte offset in src where it was seen,
 * into msg[0, msgn); returns -2 when out of memory. */
int cd_pattern_compile(cd_pattern **out, const char *src, char *msg, size_t msgn);

typedef struct cd_pattern_work cd_pattern_work;

/* cd_pattern_work_new: empty work lists (NULL when out of memory). */
cd_pattern_work *cd_pattern_work_new(void);
void cd_pattern_work_free(cd_pattern_work *w);

/* cd_pattern_search: 1 when the pattern matches anywhere in s[0, len), 0
 * when not, -1 when out of memory. */
int cd_pattern_search(const cd_pattern *p, cd_pattern_work *w, const char *s, size_t len);

/* cd_pattern_prefix: the end of the longest match that starts at s[0]
 * (0 for an empty match), -1 when none starts there, -2 when out of
 * memory. */
long cd_pattern_prefix(const cd_pattern *p, cd_pattern_work *w, const char *s, size_t len);

/* cd_pattern_words: what every match holds, so that a caller may pass
 * over text that cannot match without reading it with the automaton:
 * every match of p holds (as bytes) one of the *out[0, n) words, n
 * returned; 0 when no such words are known (a pattern such as "[a-z]+").
 * The words are NUL-terminated, never empty, and live as long as p. */
size_t cd_pattern_words(const cd_pattern *p, const char *const **out);

/* cd_pattern_heads: how every match begins, so that a caller may pass
 * over text that cannot match by its first bytes: when every match starts
 * at the text's start (each way into p begins with '^'), every match
 * begins with one of the *out[0, n) words, n returned; 0 when no such
 * words are known (a pattern that may match elsewhere, may match "", or
 * may begin with too many strings, such as "^[a-z]"). The words are
 * NUL-terminated, never empty, and live as long as p (a saved pattern
 * keeps them). */
size_t cd_pattern_heads(const cd_pattern *p, const char *const **out);

/* cd_pattern_may_end_on: 0 when no match of p can end a text on byte c:
 * then p matches no text whose last byte is c, in a search or as a
 * prefix ("ago$" matches no text ending in '.'). 1 otherwise, and for
 * every c when a match may end before the text's end. O(1). */
int cd_pattern_may_end_on(const cd_pattern *p, unsigned char c);

/* cd_pattern_save: p's compiled form appended to *bytes (malloc'd, *n
 * bytes, the caller frees them), for a cache to keep: 0, or -1 when out
 * of memory. The form is the host's (no cache is shared between machines)
 * and changes with this file: cd_pattern_format names it. */
int cd_pattern_save(const cd_pattern *p, unsigned char **bytes, size_t *n);

/* cd_pattern_load: the pattern saved as bytes[0, n) by cd_pattern_save
 * of this very build into *out, the same pattern compiling its source
 * makes. Nothing read is trusted: a field the matcher would read out of
 * bounds with (an instruction's set or target, a byte's class, a word)
 * refuses the bytes. 0; -1 when they hold no pattern; -2 when out of
 * memory. O(n). */
int cd_pattern_load(cd_pattern **out, const void *bytes, size_t n);

/* cd_pattern_format: the name of cd_pattern_save's form (a hash of
 * pattern.c and pattern.h, made by the Makefile), for a cache's key. */
const char *cd_pattern_format(void);

/* cd_pattern_size: the pattern's NFA instructions (for tests). */
size_t cd_pattern_size(const cd_pattern *p);

void cd_pattern_free(cd_pattern *p);

#endif
