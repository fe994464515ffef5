import type { Draft, Work } from './work.js';

/** The colon after a speaker's name in an interview: «الصالح: …». */
const LABEL_COLONS = new Set([':', '：']);

/**
 * Interviews print each answer after the speaker's name and a colon at the start of a line: «الصالح: بصراحة …».
 * A word there that is the last name of a person the document names in full is that person, even when the word
 * is also an everyday one (الصالح), which coreference alone would not risk.
 */
export function speakerLabelPass(work: Work): void {
  const tokens = work.tokens;
  const lastNames = new Map<string, Draft>();
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.endToken - d.startToken < 2) continue;
    lastNames.set(tokens[d.endToken - 1]!.norm, d);
  }
  if (lastNames.size === 0) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic' || work.owner[i] !== 0 || !LABEL_COLONS.has(tokens[i + 1]!.text)) continue;
    const person = lastNames.get(t.norm);
    if (!person || !startsLine(work, i)) continue;
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

function startsLine(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  return !before || work.text.slice(before.end, work.tokens[i]!.start).includes('\n');
}
