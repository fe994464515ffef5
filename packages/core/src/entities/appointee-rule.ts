import { isDefiniteFamilyName, isUnfamiliar } from './person-rule.js';
import { addNew } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/** A title in the accusative (وزيراً، سفيراً، محافظاً): the post someone is named to. */
const ACCUSATIVE_TITLE = formTest(
  (key) => key.length > 3 && key.endsWith('ا') && !!wordLists().triggers.get(key.slice(0, -1))?.title,
);
const MAX_NAME_WORDS = 4;

/**
 * Appointees named before their post in the accusative: عيّن … مأمون حمدان وزيراً للمالية وعلي غانم وزيراً للنفط.
 * The words before the post are a person's name from the given name (or name particle) that starts them, after a
 * conjunction for the second appointee of a list; a guess of the tagger on part of the name gives way.
 */
export function appointeeRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const p of work.positionsOf(ACCUSATIVE_TITLE)) {
    const sentence = tokens[p]!.sentence;
    let from = p;
    let strip = 0;
    while (from > 0 && p - from < MAX_NAME_WORDS) {
      const j = from - 1;
      const t = tokens[j]!;
      if (t.sentence !== sentence || t.kind !== 'arabic') break;
      const held = work.at(j);
      if (held && !(held.label === 'PER' && held.source === 'model')) break;
      // و + a given name starts the next appointee of a list (… للنفط وعبد الله الغربي وزيراً).
      const rest = t.norm.slice(1);
      if (t.norm[0] === 'و' && !l.anyGivenNames.has(t.norm) && isNameStart(work, rest)) {
        from = j;
        strip = 1;
        break;
      }
      if (!isNameWord(work, j)) break;
      from = j;
    }
    // The name starts at its first given name or particle: التشكيلة الجديدة | مأمون حمدان.
    if (strip === 0) while (from < p - 1 && !isNameStart(work, tokens[from]!.norm)) from++;
    if (p - from < 2 || !isNameStart(work, tokens[from]!.norm.slice(strip))) continue;
    const guesses = new Set<NonNullable<ReturnType<Work['at']>>>();
    for (let j = from; j < p; j++) {
      const held = work.at(j);
      if (held) guesses.add(held);
    }
    if ([...guesses].some((g) => g.startToken < from || g.endToken > p)) continue;
    for (const g of guesses) work.remove(g);
    if (!addNew(work, 'PER', from, p, strip, 0.65)) for (const g of guesses) work.add(g);
  }
}

/** A given name or a name particle (عبد، أبو): where a name starts. */
function isNameStart(work: Work, norm: string): boolean {
  const l = work.lists;
  return l.anyGivenNames.has(norm) || (l.nameParticles.has(norm) && norm !== 'ال');
}

/** A word a name may hold: a name word, a word no list knows, a definite family name. */
function isNameWord(work: Work, j: number): boolean {
  const l = work.lists;
  const norm = work.tokens[j]!.norm;
  if (l.functionWords.has(norm)) return false;
  return (
    l.personParts.has(norm) ||
    l.anyGivenNames.has(norm) ||
    l.nameParticles.has(norm) ||
    isUnfamiliar(work, j) ||
    isDefiniteFamilyName(work, norm)
  );
}
