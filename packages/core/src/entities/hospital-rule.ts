import { addNew } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

const HOSPITAL_NOUN = formTest((key) => wordLists().hospitalNouns.has(key));

/**
 * A hospital is named by the words after its noun, whatever they are: a person (مشفى عمر بن عبد العزيز), a word
 * (مشفى البيان، مشفى الحكيم للأطفال) or a place (مشفى القدس). The guideline's ORG takes the noun and the name, and
 * a complement with لل (للأطفال) or an adjective of institutions (الوطني) after it; a guess of another kind on the
 * name gives way. A place noun or a generic word after the noun (مشفى المدينة) names no hospital.
 */
export function hospitalRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const i of work.positionsOf(HOSPITAL_NOUN)) {
    const head = work.firstForm(i, HOSPITAL_NOUN)!;
    const j = i + 1;
    const next = tokens[j];
    if (work.owner[i] !== 0 || next?.kind !== 'arabic' || next.sentence !== tokens[i]!.sentence) continue;
    const held = work.at(j);
    let end: number;
    if (held) {
      if (held.startToken !== j || held.label === 'ORG') continue;
      end = held.endToken;
    } else {
      const norm = next.norm;
      if (!norm.startsWith('ال') || norm.length < 4) continue;
      if (l.triggers.has(norm.slice(2)) || l.genericComplements.has(norm) || l.nationalities.has(norm))
        continue;
      end = j + 1;
    }
    const after = tokens[end];
    if (after?.kind === 'arabic' && after.sentence === next.sentence && work.owner[end] === 0) {
      if (after.norm.startsWith('لل') || l.institutionAdjectives.has(after.norm)) end++;
    }
    if (held) work.remove(held);
    if (!addNew(work, 'ORG', i, end, head.strip, 0.7) && held) work.add(held);
  }
}
