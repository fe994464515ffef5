import { personAfterTitle } from './person-rule.js';
import { hasPronounSuffix, isKinshipWord } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/**
 * A kinship noun with a pronoun (ابنه، زوجته، وطفلتها) introduces the relative by name, as a title does a person:
 * «ابنه علي ياسر الشيخ»، «سعاد قدور وطفلتها رهف». The name is read as after a title: given names, particles and
 * words no list knows, a lone word only when it is a given name.
 */
export function kinshipRule(work: Work): void {
  for (const i of work.positionsOf(KINSHIP_WITH_PRONOUN)) {
    if (work.owner[i] !== 0 || !isKinshipWord(work, i)) continue;
    personAfterTitle(work, i + 1, work.tokens[i]!.sentence, true);
  }
}

const KINSHIP_WITH_PRONOUN = formTest((key) => {
  const l = wordLists();
  return hasPronounSuffix(l.pronounSuffixes, key, (stem) => l.kinshipNouns.has(stem));
});
