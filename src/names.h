/* names.h: every name of a Chinese summary accounted for.
 *
 * A name in Latin letters inside Chinese text (Autotalks, Calder & Wynn's
 * partner Elena Marsh, 910D, OFAC) is nearly always copied from the
 * sources, so one that no source spells is a name the summary brought in:
 * an editor wants it flagged whether or not a rule knows it. Likewise a
 * company, person, product, technology, good (大豆, 岸桥起重机), sector
 * (量子计算), country, place (爱达荷州) or city (东京, not the dateline's city
 * right after an outlet: 中央社／阿姆斯特丹) of the rules that the summary names and no
 * source names (groups count both ways: 农产品 is named by a source's
 * soybeans, AI芯片 by its H20), or department (美国国防部, 司法部). Regions
 * and governments are left out: 美方 and "Washington" name one thing in
 * words no rule pairs, and so is a country that only says where the
 * outlet named right after it is from (英国《金融时报》). A department's short form (财政部) also counts as
 * named when a source names an agency whose Chinese name it ends
 * (美国财政部: 财政部长贝森特 is the US Treasury's, whatever its default).
 *
 * A Latin name is a run of ASCII letters and digits (with & . ' - inside)
 * of at least NAME_MIN bytes holding a letter (or digits alone listed
 * right after a model code: 310 in 910B、910C和310), in a Chinese sentence of
 * the summary, but not an acronym of capitals alone (GPU, HBM: terms more
 * often than names; the names among them, BIS and OFAC, are entities),
 * a stock code (0700.HK) or an amount in a unit of measure (1.4TB); a
 * source spells it when its normalised text holds it as a whole word (case
 * folded; an English plural's s may follow).
 *
 * Cost: O(names x bytes of the sources), linear in the sources, and for a
 * department no source names, O(aliases of the rules); nothing is
 * allocated. */
#ifndef CD_NAMES_H
#define CD_NAMES_H

#include <stddef.h>

#include "extract.h"

/* A name the sources lack: in summary sentence `sentence`, at
 * span (original bytes of the summary); entity is its rule entity, or -1
 * for a Latin name. */
typedef struct cd_unnamed {
  int sentence;
  cd_span span;
  int entity;
} cd_unnamed;

/* cd_names_find: the names of docs[0] that none of docs[1..ndocs) gives,
 * in text order, at most max into out; returns how many. *work grows by
 * the names checked against each source. */
size_t cd_names_find(cd_extraction *const *docs, size_t ndocs, cd_unnamed *out, size_t max, size_t *work);

/* cd_names_latin_next: the next Latin name (above) of sentence k of s,
 * a Chinese sentence (none in another), as a span of its normalised
 * text, into *out: 1, or 0 when there is none left. Start with a zeroed
 * iterator; names come in text order, each sentence in O(its bytes). */
typedef struct cd_latin_iter {
  size_t i;        /* where the scan goes on (normalised offset) */
  size_t code_end; /* where the sentence's last model code ends (910B、910C和310) */
} cd_latin_iter;
int cd_names_latin_next(const cd_extraction *s, size_t k, cd_latin_iter *it, cd_nspan32 *out);

/* cd_names_spells: does text [0, len) hold word [w, w + n) whole (no
 * letter or digit either side, but an English plural's s)? O(len). */
int cd_names_spells(const char *text, size_t len, const char *w, size_t n);

#endif
