import { lineBreakBefore } from './rule-helpers.js';
import type { Draft, Work } from './work.js';

/** The colon after a speaker's name in an interview: «الصالح: …». */
const LABEL_COLONS = new Set([':', '：']);

/**
 * Interviews print each answer after the speaker's name and a colon at the start of a line: «الصالح: بصراحة …».
 * A word there that is the last name of a person the document names in full is that person, even when the word
 * is also an everyday one (الصالح), which coreference alone would not risk. An interview gives its guest the floor
 * more than once; list items (الأول: …، الثاني: …) are no speakers, and a last name two persons share is neither's.
 */
export function speakerLabelPass(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  const lastNames = new Map<string, Draft | null>();
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.endToken - d.startToken < 2) continue;
    const last = tokens[d.endToken - 1]!.norm;
    const seen = lastNames.get(last);
    lastNames.set(last, seen === undefined || seen?.entityId === d.entityId ? d : null);
  }
  if (lastNames.size === 0) return;
  const labels: number[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const colon = tokens[i + 1]!;
    if (colon.kind !== 'punct' || !LABEL_COLONS.has(colon.text)) continue;
    const t = tokens[i]!;
    if (t.kind !== 'arabic' || work.owner[i] !== 0) continue;
    if (l.nameOrdinals.has(t.norm) || l.notFamilyNames.has(t.norm) || l.functionWords.has(t.norm)) continue;
    if (!lastNames.get(t.norm) || !lineBreakBefore(work, i)) continue;
    labels.push(i);
    counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  }
  for (const i of labels) {
    const t = tokens[i]!;
    if ((counts.get(t.norm) ?? 0) < 2) continue;
    const person = lastNames.get(t.norm)!;
    work.add({
      ...person,
      startToken: i,
      endToken: i + 1,
      start: t.start,
      end: t.end,
      source: 'rule',
      confidence: 0.7,
    });
  }
}
