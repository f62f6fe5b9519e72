/* surnames.h: a person named in full, then by one word of the name.
 *
 * English news names a person in full once ("Chinese Vice Premier Liu
 * He", "Commerce Secretary Howard Lutnick") and by one word of the name
 * after that ("Liu said", "Lutnick added"). The rules cannot list "Liu" as
 * an alias: it is the name of many people. A document that has named one
 * person of the rules in full lends that person the first and the last
 * word of the name it used: a later English word equal to one of them
 * (case folded, a word of its own, in no match of the lexicon) becomes a
 * match of that person, so that speakers and roles see it. A word lent by
 * two persons of the document (Wang Yi, Wang Wentao) names neither; a
 * word of English text (he, will, cook, titles: vice, premier) is never
 * lent; Chinese sentences take no part (Chinese names a person in full).
 *
 * Cost: O(words) a sentence, a hash look-up (strindex.h) a word whose
 * first two letters and length a lent word may have (a filter of 1024
 * bits: with the first letter and the length alone, a 1 MB document
 * naming hundreds of persons looked up one word in four; that test, a
 * table of 32 words, comes first, as it needs neither the second letter
 * nor the "'s" cut off, and turns down most words); the table grows with
 * the persons a document names (the caller's, one for each document,
 * zeroed to start, freed with cd_surnames_free). A linear search of it
 * cost a 1 MB document naming hundreds of persons 61 instructions a byte
 * of English (bench/ipb.sh: 186 before the table, 247 with it).
 * Words are copied: the table never points into a sentence's text. */
#ifndef CD_SURNAMES_H
#define CD_SURNAMES_H

#include <stdint.h>

#include "rules.h"
#include "sentence.h"
#include "strindex.h"

#define CD_SURNAME_MAX 24 /* bytes of a lent word, at most (longer ones are never lent) */

typedef struct cd_surname {
  char *word;              /* normalised (lower case), NUL-terminated, owned: the index's key */
  const cd_lex_payload *p; /* the person's payload, from the full name's match */
  int shared;              /* lent by two persons: names neither */
} cd_surname;

typedef struct cd_surnames {
  cd_surname *v;
  size_t n, cap;
  cd_strindex index;  /* word -> its place in v (a document may name hundreds of persons) */
  uint64_t words[16]; /* bit word_bit(w): a lent word may be w (its first two bytes and length) */
  uint64_t runs[32];  /* bit n of runs[c & 31]: a lent word opens with letter c and has n or n - 2
                         bytes (a run of letters n long may be one, or one and "'s") */
} cd_surnames;

/* cd_surnames_learn: the words of the full names of persons among s's
 * matches (rs's entities of type person, a match of two words or more)
 * join the table. Returns 0 or CD_ENOMEM. */
int cd_surnames_learn(cd_surnames *sn, const cd_scratch *s, const cd_ruleset *rs);

/* cd_surnames_apply: each word of s that the table lends and no match
 * covers becomes a match of its person, in text order among s's matches.
 * Returns how many were added, or CD_ENOMEM. */
int cd_surnames_apply(const cd_surnames *sn, cd_scratch *s);

void cd_surnames_free(cd_surnames *sn);

#endif
