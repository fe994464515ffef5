import { personAfterTitle } from './person-rule.js';
import { addNew, hasPronounSuffix, isKinshipWord } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/**
 * A kinship noun with a pronoun (ابنه، زوجته، وطفلتها) introduces the relative by name, as a title does a person:
 * «ابنه علي ياسر الشيخ»، «سعاد قدور وطفلتها رهف». The name is read as after a title: given names, particles and
 * words no list knows, a lone word only when it is a given name. After a dual (ابنتيها، لابنيه) two names follow,
 * the second after و: «ابنتيها هبة ورغد».
 */
export function kinshipRule(work: Work): void {
  const l = work.lists;
  for (const i of work.positionsOf(KINSHIP_WITH_PRONOUN)) {
    if (work.owner[i] !== 0 || !isKinshipWord(work, i)) continue;
    const sentence = work.tokens[i]!.sentence;
    const end = personAfterTitle(work, i + 1, sentence, true);
    if (end < 0 || !work.anyFormAt(i, (key) => isWithPronoun(key, l.kinshipDuals))) continue;
    const second = work.tokens[end];
    if (second?.sentence !== sentence || work.owner[end] !== 0 || second.norm[0] !== 'و') continue;
    if (l.curatedGivenNames.has(second.norm.slice(1)) && !l.anyGivenNames.has(second.norm))
      addNew(work, 'PER', end, end + 1, 1, 0.6);
  }
}

function isWithPronoun(key: string, stems: ReadonlySet<string>): boolean {
  return hasPronounSuffix(wordLists().pronounSuffixes, key, (stem) => stems.has(stem));
}

const KINSHIP_WITH_PRONOUN = formTest((key) => {
  const l = wordLists();
  return isWithPronoun(key, l.kinshipNouns) || isWithPronoun(key, l.kinshipDuals);
});
