/* lexicon.h: every alias, trigger and cue compiled once into a trie.
 *
 * Keys are the rules' normalised strings, inserted byte by byte:
 *
 *   root[256] --'n'--> (n) --'v'--> ... (nvidia)* -> payload: entity nvidia
 *            \-'b'--> (b) --'a'--> (ba) --'n'--> (ban)* -> payload: predicate ban
 *   (CJK keys are UTF-8 bytes, so 英伟达 is 9 bytes deep; the bytes of a
 *   key that no other key continues sit in one leaf, its tail)
 *
 * Scanning a text walks the trie from each start position and keeps the
 * longest key that is accepted there (leftmost-longest, non-overlapping).
 * The work per byte is bounded by the longest key (each step is one
 * look-up in a double array), not by the number of rules;
 * inside an English word a walk starts only where a key of another
 * language can. English keys must sit on word boundaries (no ASCII letter or digit
 * just before or after); a trailing '*' lets the last word run on; a key
 * "a ... b" needs b within 60 bytes after a. Chinese keys match anywhere.
 *
 * The lexicon borrows the ruleset's strings and cue scopes: free it (cd_lexicon_free)
 * before the ruleset. */
#ifndef CD_LEXICON_H
#define CD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "rules.h"

/* CD_LEX_CONTEXT: an entity of goods or a sector (cd_entity.context): a
 * mention, never a claim's entity or a subject */
typedef enum { CD_LEX_ENTITY = 0, CD_LEX_PREDICATE, CD_LEX_CUE, CD_LEX_ABBREV, CD_LEX_CONTEXT } cd_lex_kind;

typedef struct cd_lex_payload {
  cd_lex_kind kind;
  int index;           /* entity / predicate index, or cue kind for CD_LEX_CUE */
  const cd_term *term; /* the rule key, with its file:line */
  const char *tail;    /* second part of a gapped key, or NULL */
  size_t tail_len;
  int wildcard;              /* key (or its head, before " ... ") ended with '*' */
  int tail_wildcard;         /* the gapped key's tail ended with '*' ("provid* ... subsid*") */
  size_t tail_pick;          /* the byte of the tail a scan looks for (memchr) to find where it may
                                stand: a Chinese character's last, an English tail's rarest letter */
  int next;                  /* next payload on the same node, -1 at the end */
  const cd_cue_scope *scope; /* a scoped cue's scope (the ruleset's, borrowed), else NULL */
} cd_lex_payload;

typedef struct cd_match {
  cd_lspan span;     /* where it stands in the scanned text */
  size_t tail_start; /* gapped keys: where the second part starts, else end */
  const cd_lex_payload *p;
} cd_match;

typedef struct cd_lexicon cd_lexicon;

/* cd_lexicon_new: compiles the ruleset's entity aliases, predicate
 * triggers and cues. Abbreviations are compiled into a lexicon of their own
 * with cd_lexicon_new_abbrevs. With a cache directory (cache.h; NULL for
 * none) the trie is read back from a snapshot of the same keys when one
 * is there and passes its checks, else built and its snapshot written
 * (lexicon_snap.c): the same lexicon either way. Returns 0 or CD_ENOMEM. */
int cd_lexicon_new(cd_lexicon **out, const cd_ruleset *rs, const char *cache_dir, cd_error *err);
int cd_lexicon_new_abbrevs(cd_lexicon **out, const cd_ruleset *rs, const char *cache_dir, cd_error *err);

/* cd_lexicon_scan: finds the matches in text[0, len) (normalised), left to
 * right, and appends one cd_match per accepted payload to *matches (a
 * malloc'd array the caller frees; *n and *cap are its size and capacity).
 * Returns 0 or CD_ENOMEM. */
int cd_lexicon_scan(const cd_lexicon *lex, const char *text, size_t len, cd_match **matches, size_t *n,
                    size_t *cap);

/* cd_lexicon_longest_at: the length of the longest key accepted at text+pos
 * (ignoring what comes before pos), or 0. Used for abbreviations. */
size_t cd_lexicon_longest_at(const cd_lexicon *lex, const char *text, size_t len, size_t pos);

size_t cd_lexicon_size(const cd_lexicon *lex); /* trie nodes, for tests and bench */

void cd_lexicon_free(cd_lexicon *lex);

#endif
