/* roles.h: who does what to whom, for one trigger of a sentence.
 *
 * A trigger's roles come from the local patterns both languages share
 * (DESIGN-NOTES, "What survives translation"), never from word order alone:
 *
 *   marker      each entity mention takes the role word just before it:
 *               被 遭 遭到 受 受到 由 / "by" mark an agent, 对 针对 就 将 把 /
 *               "on", "against", "into", "over" a patient, 向 给 / "to" a
 *               recipient or destination, and 与 和 在 从 据 / "with", "of",
 *               "from", "in" ... mark a name that plays no role here. A
 *               name right after a marked one (a few words, no comma:
 *               "对美国芯片企业英伟达", "on Chinese chipmaker SMIC") is in
 *               the same phrase and takes the same marker; so is a
 *               Chinese name a few words after 对 with no comma or
 *               trigger between (对参与武装台湾的20家美国企业采取).
 *   subject     the unmarked name before the trigger in its clause, the
 *               strongest nearest one (a company before a country); with
 *               none, and a clause that opens with no subject of its own
 *               ("美国商务部周二宣布，将华为列入…"), the one before the
 *               clause.
 *   object      the first unmarked name after the trigger in its clause,
 *               up to the next trigger (of its own predicate too).
 *   owner       an English name right before a gapped trigger's second
 *               part ("any softening of U.S. controls", "China's curbs"):
 *               the measure's owner, the agent when no subject is.
 *   passive     被 遭 遭到 受到 before the trigger in its clause, or a form of
 *               "be" right before it ("was summoned", "has been added"),
 *               or a verb of undergoing ("faces new export curbs", "will
 *               meet strong countermeasures"): the subject is then the
 *               patient.
 *   roles       agent: the agent-marked name, else (active) the subject;
 *               patient: the patient-marked name, else the subject
 *               (passive) or the object; recipient: the recipient-marked
 *               name, else the object when the patient is already named
 *               ("将华为列入实体清单": the list is where Huawei goes).
 * Within a phrase a company or agency outranks a country or region ("对华为
 * 等12家中国企业": Huawei). A word list, not a parser: a name the rules do
 * not know plays no role, and pronouns ("it", 其) name nobody.
 *
 * Cost: O(m) for a trigger in a sentence of m matches, plus a bounded look
 * at the bytes before each name. Reads the caller's cd_scratch
 * (sentence.h); writes only *out; allocates nothing. */
#ifndef CD_ROLES_H
#define CD_ROLES_H

#include "extract.h"
#include "rules.h"
#include "sentence.h"

typedef struct cd_roles {
  int agent;     /* entity index, or -1 */
  int patient;   /* entity index, or -1 */
  int recipient; /* entity index, or -1 */
} cd_roles;

/* cd_roles_find: the roles of trigger j of the sentence in s, written in
 * language lang (CD_LANG_ZH or CD_LANG_EN), by the entities of rs. */
void cd_roles_find(const cd_scratch *s, cd_lang lang, size_t j, const cd_ruleset *rs, cd_roles *out);

#endif
