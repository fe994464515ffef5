import { addNew } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

const KUNYA_PARTICLE = formTest((key) => wordLists().kunyaParticles.has(key));

/**
 * A kunya (أم عمر، أبو محمد) names a person where nothing before it makes «أم» the «or» of two alternatives (محمد
 * أم أحمد، يعود أم يبقى): at a sentence's or clause's start, after punctuation, a particle or preposition (جديدة
 * على أم عمر) or a verb of saying (وتقول أم عمر إن …).
 */
export function kunyaRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const i of work.positionsOf(KUNYA_PARTICLE)) {
    const particle = tokens[i]!;
    const name = tokens[i + 1];
    if (!l.kunyaParticles.has(particle.norm) || work.owner[i] !== 0 || work.owner[i + 1] !== 0) continue;
    if (name?.kind !== 'arabic' || name.sentence !== particle.sentence || name.proclitic) continue;
    if (!l.curatedGivenNames.has(name.norm) || l.common.has(name.norm)) continue;
    if (!opensKunya(work, i)) continue;
    addNew(work, 'PER', i, i + 2, 0, 0.6);
  }
}

/** What may stand before a kunya: nothing of the sentence, punctuation, a particle or a verb of saying. */
function opensKunya(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  if (!before || before.sentence !== work.tokens[i]!.sentence) return true;
  // After a comma «أم» may be «or» (هل هو محمد، أم أحمد؟).
  if (before.kind === 'punct') return before.norm !== '،' && before.norm !== ',';
  const l = work.lists;
  return l.functionWords.has(before.norm) || l.speechVerbs.has(before.norm);
}
