import { withEnd } from './person-rule.js';
import { addNew, isEverydayWord } from './rule-helpers.js';
import type { Work } from './work.js';

/**
 * A person named by the given name and the family name's initial, as reports of trials in Europe write them
 * (ماهر ع.، أمل س.): the initial and its dot are part of the name. A person found by the given name takes them;
 * a given name alone before them is a person.
 */
export function initialRule(work: Work): void {
  const tokens = work.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!isInitial(work, i)) continue;
    const held = work.at(i - 1);
    if (held?.label === 'PER') {
      if (held.endToken !== i || work.owner[i] !== 0) continue;
      work.remove(held);
      if (!work.add(withEnd(work, held, i + 2))) work.add(held);
      continue;
    }
    // The tagger's guess of another kind on the word alone gives way (آريا ل. is no place).
    if (held && (held.source !== 'model' || held.startToken !== i - 1 || held.endToken !== i)) continue;
    if (!isFirstName(work, i - 1)) continue;
    if (held) work.remove(held);
    if (!addNew(work, 'PER', i - 1, i + 2, 0, 0.6) && held) work.add(held);
  }
}

/** A given name, or a word no list knows, without the article or a proclitic (not البند أ.). */
function isFirstName(work: Work, i: number): boolean {
  const t = work.tokens[i]!;
  const l = work.lists;
  if (t.kind !== 'arabic' || t.proclitic || t.norm.startsWith('ال') || l.functionWords.has(t.norm))
    return false;
  if (l.anyGivenNames.has(t.norm) || l.personParts.has(t.norm)) return true;
  return t.norm.length > 2 && !isEverydayWord(work, t.norm);
}

/** Token i is one Arabic letter right after a word and right before a dot: an initial. */
function isInitial(work: Work, i: number): boolean {
  const t = work.tokens[i]!;
  const dot = work.tokens[i + 1]!;
  const before = work.tokens[i - 1]!;
  return (
    t.kind === 'arabic' &&
    t.text.length === 1 &&
    dot.text === '.' &&
    dot.start === t.end &&
    before.end < t.start &&
    before.sentence === t.sentence
  );
}
