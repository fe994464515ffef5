import { addNew, isTitle, triggerAt } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

const FACILITY_NOUN = formTest(
  (key) => wordLists().hospitalNouns.has(key) || wordLists().namedFacilityNouns.has(key),
);

/**
 * A hospital is named by the words after its noun, whatever they are: a person (مشفى عمر بن عبد العزيز), a word
 * (مشفى البيان، مشفى الحكيم للأطفال) or a place (مشفى القدس). Schools, bakeries and colleges are named the same
 * way, but only by a name (مدرسة سعد الأنصاري، فرن الإحسان), not by an everyday word (فرن الحي). The guideline's
 * ORG takes the noun and the name, and a complement with لل (للأطفال) or an adjective of institutions (الوطني)
 * after it; a tagger's guess on the name or the noun gives way. A place noun or a generic word after the noun
 * (مشفى المدينة) names nothing.
 */
export function hospitalRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const i of work.positionsOf(FACILITY_NOUN)) {
    const head = work.firstForm(i, FACILITY_NOUN)!;
    const j = i + 1;
    const next = tokens[j];
    if (next?.kind !== 'arabic' || next.sentence !== tokens[i]!.sentence) continue;
    if (l.isNotTriggerSpelling(tokens[i]!.text)) continue; // مدرّسة الكيمياء: the teacher
    // The tagger or the title rule may have taken the noun into a name of its own (مدير | مشفى الرازي as a
    // person): no person's name starts with the noun of a facility.
    const guess = work.at(i);
    if (guess && (guess.source === 'lexicon' || guess.label === 'ORG' || guess.startToken !== i)) continue;
    // Named after a martyr or another titled person: مدرسة الشهيد أحمد الخطيب، مشفى الدكتور حسن الأعرج.
    const title = guess ? null : triggerAt(work, j, isTitle);
    const honoured = title ? work.at(title.end) : null;
    const held = guess
      ? null
      : honoured?.label === 'PER' && honoured.startToken === title!.end
        ? honoured
        : work.at(j);
    const hospital = l.hospitalNouns.has(head.key);
    let end: number;
    if (guess) end = guess.endToken;
    else if (held === honoured && held) end = held.endToken;
    else if (held) {
      if (held.startToken !== j || held.start !== next.start) continue; // بـإدلب: a preposition, no name
      if (held.label === 'ORG' && held.source !== 'model') continue;
      // A school or bakery after a place is where it stands (فرن قاضي عسكر), a hospital is named by it, and so
      // is a school whose complement follows (ثانوية نوى للبنين).
      const complement = tokens[held.endToken]?.norm.startsWith('لل') ?? false;
      if (held.label === 'LOC' && !hospital && !complement) continue;
      end = held.endToken;
    } else {
      const norm = next.norm;
      const named =
        norm.startsWith('ال') &&
        norm.length >= 4 &&
        !l.triggers.has(norm.slice(2)) &&
        !l.genericComplements.has(norm) &&
        !l.nationalities.has(norm) &&
        (hospital || !(l.vocabulary.has(norm) || l.common.has(norm)));
      if (!named) continue;
      end = j + 1;
    }
    const after = tokens[end];
    if (after?.kind === 'arabic' && after.sentence === next.sentence && work.owner[end] === 0) {
      if (after.norm.startsWith('لل') || l.institutionAdjectives.has(after.norm)) end++;
    }
    const replaced = guess ?? held;
    if (replaced) work.remove(replaced);
    if (!addNew(work, 'ORG', i, end, head.strip, 0.7) && replaced) work.add(replaced);
  }
}
