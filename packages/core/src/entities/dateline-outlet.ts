import { addKnownName } from './lexicon-pass.js';
import { DATELINE_TOKENS, isUnfamiliar, opensDateline } from './person-rule.js';
import { addNew, QUOTES_CLOSE, QUOTES_OPEN } from './rule-helpers.js';
import type { Work } from './work.js';

const SEPARATORS = new Set([':', '-', '–', '—', '/']);
const MAX_NAME_WORDS = 4;

/**
 * The outlet of a dateline: «نيويورك - الحياة», «نيويورك: «الشرق الأوسط»», «حلب/ محمود الحسن/ الأناضول». Right
 * after the place (and the reporter who signs) and its separator, a name the knowledge has for an outlet (الحياة is also «life», الشرق الأوسط also the region) is the
 * outlet, found alone or as «صحيفة …».
 */
export function datelineOutletRule(work: Work): void {
  const tokens = work.tokens;
  const last = Math.min(tokens.length, DATELINE_TOKENS);
  for (let i = 1; i < last; i++) {
    outletBeforePlace(work, i);
    const place = work.at(i - 1);
    if (!SEPARATORS.has(tokens[i]!.text) || place?.label !== 'LOC' || !opensDateline(work, place.startToken))
      continue;
    // A reporter may sign between the place and the outlet: «حلب/ محمود الحسن/ الأناضول».
    const reporter = work.at(i + 1);
    const signed =
      reporter?.label === 'PER' &&
      reporter.startToken === i + 1 &&
      SEPARATORS.has(tokens[reporter.endToken]?.text ?? '');
    const separator = signed ? reporter.endToken : i;
    const quoted = QUOTES_OPEN.has(tokens[separator + 1]?.text ?? '');
    const from = quoted ? separator + 2 : separator + 1;
    for (let to = Math.min(from + MAX_NAME_WORDS, tokens.length); to > from; to--) {
      if (quoted && !QUOTES_CLOSE.has(tokens[to]?.text ?? '')) continue;
      if (!quoted && to !== from + 1 && tokens[to]?.kind === 'arabic') continue;
      const id = outletNamed(work, from, to);
      if (!id) continue;
      const held = work.at(from);
      if (held && (held.startToken !== from || held.endToken !== to || held.label === 'ORG')) break;
      if (held) work.remove(held);
      if (!addKnownName(work, from, { end: to, hit: { entityId: id, mode: 'always' }, strip: 0 }) && held)
        work.add(held);
      break;
    }
  }
}

/**
 * The outlet that opens a line of the dateline before the place, the columnist who signs or the date: «الوطن -
 * دمشق», «عنب بلدي – ريف دمشق», «المدن - وليد الحسيني», «الشرق الأوسط – الأحد 7 أغسطس». `i` is the separator; the
 * outlet's words run from the start of the line to it.
 */
function outletBeforePlace(work: Work, i: number): void {
  const tokens = work.tokens;
  if (!SEPARATORS.has(tokens[i]!.text) || !(isDateAt(work, i + 1) || isPlaceOrColumnistAt(work, i + 1)))
    return;
  for (let from = Math.max(0, i - MAX_NAME_WORDS); from < i; from++) {
    if (!opensDateline(work, from) || tokens[from]!.kind === 'punct') continue;
    if (work.owner[from] !== 0 && work.at(from)?.label === 'ORG') {
      completeColumnist(work, i + 1);
      return;
    }
    const id = outletNamed(work, from, i);
    if (!id) continue;
    const held = work.at(from);
    if (held && (held.startToken !== from || held.endToken !== i)) return;
    if (held) work.remove(held);
    if (addKnownName(work, from, { end: i, hit: { entityId: id, mode: 'always' }, strip: 0 }))
      completeColumnist(work, i + 1);
    else if (held) work.add(held);
    return;
  }
}

/**
 * A place, or a person who signs: the name ends the line, or one family word no list knows does (the tagger may
 * have left it out: عبد الله | الفهيد).
 */
function isPlaceOrColumnistAt(work: Work, k: number): boolean {
  const after = work.at(k);
  if (after?.startToken !== k) return false;
  if (after.label === 'LOC') return true;
  return after.label === 'PER' && (endsLine(work, after.endToken) || familyWordAt(work, after.endToken, k));
}

function familyWordAt(work: Work, family: number, k: number): boolean {
  const t = work.tokens[family];
  return (
    !!t &&
    t.sentence === work.tokens[k]!.sentence &&
    endsLine(work, family + 1) &&
    work.owner[family] === 0 &&
    isUnfamiliar(work, family)
  );
}

/** Gives the columnist who signs at token k the family word the tagger left out, once the outlet is found. */
function completeColumnist(work: Work, k: number): void {
  const person = work.at(k);
  if (person?.label !== 'PER' || person.startToken !== k || !familyWordAt(work, person.endToken, k)) return;
  work.remove(person);
  if (!addNew(work, 'PER', k, person.endToken + 1, 0, person.confidence)) work.add(person);
}

/** The id of the outlet named by tokens [from, to), alone or after an outlet noun (صحيفة، قناة …). */
function outletNamed(work: Work, from: number, to: number): string | null {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (work.tokens[k]!.kind !== 'arabic' && work.tokens[k]!.kind !== 'latin') return null;
    words.push(work.tokens[k]!.norm);
  }
  const names = work.knowledge.names;
  for (const key of [words, ...[...work.lists.outletNouns].map((noun) => [noun, ...words])]) {
    const hit = names.lookup(key)?.find((h) => work.knowledge.entities.get(h.entityId)?.label === 'ORG');
    if (hit) return hit.entityId;
  }
  return null;
}

/** True when token k is a separator of the dateline or stands on another line than the token before it. */
function endsLine(work: Work, k: number): boolean {
  const t = work.tokens[k];
  if (!t) return true;
  return SEPARATORS.has(t.text) || t.sentence !== work.tokens[k - 1]!.sentence;
}

/** A date at token k: a weekday or a day number (the dateline's date after the outlet). */
function isDateAt(work: Work, k: number): boolean {
  const t = work.tokens[k];
  return !!t && (t.kind === 'number' || work.lists.weekdayNames.has(t.norm));
}
