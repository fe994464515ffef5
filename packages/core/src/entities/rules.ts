import type { EntityLabel } from '../types.js';
import { originalOffset } from './clitics.js';
import { addKnownName, cliticForms, nameAt } from './lexicon-pass.js';
import type { TriggerKinds } from './word-lists.js';
import type { Draft, Work } from './work.js';

const MAX_NAME_WORDS = 4;
const LIST_SEPARATORS = new Set(['،', ',', 'و']);
const QUOTES_OPEN = new Set(['«', '“', '"']);
const QUOTES_CLOSE = new Set(['»', '”', '"', '“']);

interface TriggerAt {
  readonly end: number;
  readonly kinds: TriggerKinds;
  readonly strip: number;
}

/** The longest trigger phrase of the wanted kind starting at token i (proclitics allowed on its first word). */
function triggerAt(work: Work, i: number, wanted: (k: TriggerKinds) => boolean): TriggerAt | null {
  const token = work.tokens[i];
  if (!token || token.kind !== 'arabic') return null;
  for (const form of cliticForms(token)) {
    const m = work.lists.triggers.longest(work.tokens, i, form.key, wanted);
    if (m) return { end: m.end, kinds: m.value, strip: form.strip };
  }
  return null;
}

function isWord(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  return !!t && t.sentence === sentence && t.kind === 'arabic' && work.owner[i] === 0;
}

/** و + an everyday word or a known name start: a conjunction, so a new phrase begins here. */
function startsWithConjunction(work: Work, norm: string): boolean {
  if (norm.length < 3 || norm[0] !== 'و') return false;
  const rest = norm.slice(1);
  const l = work.lists;
  return (
    l.common.has(rest) ||
    l.personParts.has(rest) ||
    l.nationalities.has(rest) ||
    work.knowledge.names.startsWith(rest) ||
    l.triggers.startsWith(rest)
  );
}

/** Words that can never be part of an unknown name: everyday words, adjectives of nationality, triggers. */
function isNameBreaker(work: Work, norm: string): boolean {
  const l = work.lists;
  if (l.personParts.has(norm)) return false;
  return (
    norm.length < 2 ||
    l.common.has(norm) ||
    l.nationalities.has(norm) ||
    l.genericComplements.has(norm) ||
    l.triggers.startsWith(norm)
  );
}

function addNew(
  work: Work,
  label: EntityLabel,
  from: number,
  to: number,
  strip: number,
  confidence: number,
): boolean {
  const tokens = work.tokens;
  const start = originalOffset(tokens[from]!, strip);
  const end = tokens[to - 1]!.end;
  const name = work.text.slice(start, end);
  const folded = tokens
    .slice(from, to)
    .map((t, k) => (k === 0 ? t.norm.slice(strip) : t.norm))
    .join(' ');
  const entityId = work.docEntity(label, name, folded);
  return work.add({
    startToken: from,
    endToken: to,
    start,
    end,
    label,
    entityId,
    source: 'rule',
    confidence,
  });
}

/** A person name of unknown words after a title: given names, particles (عبد، أبو، بن) and unknown words. */
function personNameEnd(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const sentence = tokens[k]?.sentence ?? -1;
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    if (work.lists.nameParticles.has(norm)) open = true;
    else if (work.lists.personParts.has(norm)) open = false;
    else if (isNameBreaker(work, norm) || (end > k && startsWithConjunction(work, norm))) break;
    else open = false;
    end++;
  }
  if (open) end--;
  while (end > k && work.lists.nameParticles.has(tokens[end - 1]!.norm)) end--;
  return end > k ? end : null;
}

/** Titles before persons: الرئيس، وزير الخارجية الروسي، مدير المرصد، الناطق باسم الخارجية … then the name. */
function titleRule(work: Work): void {
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const title = triggerAt(work, i, (k) => !!k.title);
    if (!title) continue;
    let k = title.end;
    const sentence = tokens[i]!.sentence;
    for (let hops = 0; hops < 4 && k < tokens.length && tokens[k]!.sentence === sentence; hops++) {
      const held = work.at(k);
      const norm = tokens[k]!.norm;
      if (held && held.label !== 'PER') k = held.endToken;
      else if (!held && (work.lists.nationalities.has(norm) || work.lists.personLinkers.has(norm))) k++;
      else if (!held && triggerAt(work, k, (kinds) => !!kinds.title))
        k = triggerAt(work, k, (kinds) => !!kinds.title)!.end;
      else break;
    }
    if (k >= tokens.length || work.owner[k] !== 0 || tokens[k]!.sentence !== sentence) continue;
    const end = personNameEnd(work, k);
    if (end !== null) addNew(work, 'PER', k, end, 0, 0.7);
    i = title.end - 1;
  }
}

/** An unknown place name: one to three words that are not everyday words. */
function placeNameEnd(work: Work, k: number, strip: number): number | null {
  const tokens = work.tokens;
  const sentence = tokens[k]?.sentence ?? -1;
  if (!isWord(work, k, sentence) || isNameBreaker(work, tokens[k]!.norm.slice(strip))) return null;
  let end = k + 1;
  while (end - k < 3 && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    if (isNameBreaker(work, norm) || startsWithConjunction(work, norm) || work.lists.nameParticles.has(norm))
      break;
    end++;
  }
  return end;
}

/** One place after a place noun (known, also everyday-word names, or unknown); returns the token after it. */
function placeItem(work: Work, k: number, inList: boolean): number | null {
  const held = work.at(k);
  if (held) return held.label === 'LOC' ? held.endToken : null;
  const known = nameAt(work, k, true);
  if (known) {
    const label = work.knowledge.entities.get(known.hit.entityId)?.label;
    return label === 'LOC' && addKnownName(work, k, known, 0.85) ? known.end : null;
  }
  // In a list, a following item carries the conjunction: والصاخور.
  const norm = work.tokens[k]?.norm ?? '';
  const strip = inList && norm.length > 3 && norm[0] === 'و' ? 1 : 0;
  const end = placeNameEnd(work, k, strip);
  return end !== null && addNew(work, 'LOC', k, end, strip, 0.7) ? end : null;
}

/** Place nouns: حي الهلك، مدينة الباب، أحياء الكلاسة، المغاير، الفردوس … (the noun itself stays outside). */
function placeRule(work: Work): void {
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, (k) => !!(k.place || k.placeList || k.placeInside));
    if (!trigger) continue;
    if (trigger.kinds.placeInside && !trigger.kinds.place) {
      // جبل، وادي، سهل … belong to the name: جبل الزاوية.
      const held = work.at(trigger.end);
      const end = held ? null : placeNameEnd(work, trigger.end, 0);
      if (end !== null) addNew(work, 'LOC', i, end, trigger.strip, 0.65);
      continue;
    }
    let k = trigger.end;
    for (let items = 0; items < 12; items++) {
      const next = placeItem(work, k, items > 0);
      if (next === null || !trigger.kinds.placeList) break;
      const sep = tokens[next];
      if (sep && LIST_SEPARATORS.has(sep.text) && sep.sentence === tokens[i]!.sentence) k = next + 1;
      else if (sep && sep.norm.length > 3 && sep.norm[0] === 'و' && sep.sentence === tokens[i]!.sentence)
        k = next;
      else break;
    }
    i = trigger.end - 1;
  }
}

/** The words after an organisation noun that complete its name: an iḍāfa chain ending in a definite word. */
function orgNameEnd(work: Work, k: number): { end: number; absorbed: Draft | null } | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  let j = k;
  while (j - k < 3) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || (t.kind !== 'arabic' && t.kind !== 'latin')) break;
    const held = work.at(j);
    if (held) {
      // A place closing the chain belongs to the organisation's name: جبهة ثوار سوريا.
      if (j > k && held.label === 'LOC' && held.startToken === j)
        return { end: held.endToken, absorbed: held };
      break;
    }
    const norm = t.norm;
    if (l.genericComplements.has(norm) || l.nationalities.has(norm)) break;
    if (norm.startsWith('ال')) {
      j++;
      while (
        j - k < 4 &&
        tokens[j] &&
        work.owner[j] === 0 &&
        l.nationalities.has(tokens[j]!.norm) &&
        tokens[j]!.norm.startsWith('ال')
      )
        j++;
      return { end: j, absorbed: null };
    }
    if (l.common.has(norm) && !l.personParts.has(norm)) break;
    j++;
  }
  // Without a definite word the chain must hold a word that is no everyday word: تجمع فاستقم.
  return j > k ? { end: j, absorbed: null } : null;
}

/** Organisation nouns: جيش الإسلام، حركة حزم، وكالة «سانا» … */
function organisationRule(work: Work): void {
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, (k) => !!(k.orgInside || k.orgOutside));
    if (!trigger) continue;
    const k = trigger.end;
    if (work.owner[k] !== 0 || !tokens[k]) continue;
    if (trigger.kinds.orgOutside) {
      // Media: only the name is marked, quoted or not: وكالة “نوفوستي”، صحيفة الحياة.
      const quoted = QUOTES_OPEN.has(tokens[k]!.text);
      const from = quoted ? k + 1 : k;
      let to = from;
      while (
        to - from < 3 &&
        isWord(work, to, tokens[k]!.sentence) &&
        (quoted || !isNameBreaker(work, tokens[to]!.norm))
      )
        to++;
      const closed = !quoted || (tokens[to] && QUOTES_CLOSE.has(tokens[to]!.text));
      if (to > from && closed) addNew(work, 'ORG', from, to, 0, 0.65);
      continue;
    }
    const name = orgNameEnd(work, k);
    if (!name) continue;
    if (name.absorbed) work.remove(name.absorbed);
    addNew(work, 'ORG', i, name.end, trigger.strip, 0.6);
  }
}

/** Finds names no list has, from the words around them. */
export function rulePass(work: Work): void {
  placeRule(work);
  organisationRule(work);
  titleRule(work);
}
