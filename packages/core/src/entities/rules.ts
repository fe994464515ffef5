import type { EntityLabel } from '../types.js';
import { originalOffset } from './clitics.js';
import { addKnownName, nameAt } from './lexicon-pass.js';
import type { TriggerKinds } from './word-lists.js';
import type { Draft, Work } from './work.js';

const MAX_NAME_WORDS = 4;
const NAME_CONTINUATIONS = new Set(['بن', 'ابن', 'بنت', 'ال']);
const LIST_SEPARATORS = new Set(['،', ',', 'و']);
const QUOTES_OPEN = new Set(['«', '“', '"']);
const QUOTES_CLOSE = new Set(['»', '”', '"', '“']);

const isTitle = (k: TriggerKinds) => !!k.title;
const isPlaceNoun = (k: TriggerKinds) => !!(k.place || k.placeList || k.placeInside);
const isOrgNoun = (k: TriggerKinds) => !!(k.orgInside || k.orgOutside);
const isStateBody = (k: TriggerKinds) => !!(k.stateBodyFeminine || k.stateBodyMasculine);

interface TriggerAt {
  readonly end: number;
  readonly kinds: TriggerKinds;
  readonly strip: number;
}

/** The longest trigger phrase of the wanted kind starting at token i (proclitics allowed on its first word). */
function triggerAt(work: Work, i: number, wanted: (k: TriggerKinds) => boolean): TriggerAt | null {
  const token = work.tokens[i];
  if (token?.kind !== 'arabic' || !work.anyFormAt(i, work.lists.triggerStarts)) return null;
  for (const form of work.formsAt(i)) {
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

/**
 * A person name of unknown words after a title: given names, particles (عبد، أبو، بن) and words no list knows.
 * The first word is no definite everyday word (الرئيس المؤقت …); words after the second must be name words.
 */
function personNameEnd(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  const first = tokens[k]?.norm ?? '';
  if (first.startsWith('ال') && !l.personParts.has(first)) return null;
  if (NAME_CONTINUATIONS.has(first)) return null; // بن حمد continues a name, it does not start one
  if (startsWithConjunction(work, first)) return null;
  // ل/ف + an imperfect verb (ليقرر، فيقول) after a title is the start of a clause, not a name.
  if (!l.personParts.has(first) && /^[لف][يتن]/.test(first) && first.length >= 5) return null;
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    const particle = l.nameParticles.has(norm);
    const nameWord = l.personParts.has(norm);
    if (end - k >= 2 && !particle && !nameWord && !open) break;
    if (end > k && norm[0] === 'و' && !nameWord) break; // وتلة: a conjunction starts the next phrase
    if (particle) open = true;
    else if (nameWord) open = false;
    else if (
      isNameBreaker(work, norm) ||
      l.vocabulary.has(norm) ||
      (end > k && startsWithConjunction(work, norm))
    ) {
      break;
    } else open = false;
    end++;
  }
  if (open) end--;
  while (end > k && l.nameParticles.has(tokens[end - 1]!.norm)) end--;
  // One unknown word after a title is as likely a verb (الرئيس سعى …) as a name: a lone word must be a given name.
  if (end === k + 1 && !l.personParts.has(first)) return null;
  return end > k ? end : null;
}

/** Titles before persons: الرئيس، وزير الخارجية الروسي، مدير المرصد، الناطق باسم الخارجية … then the name. */
function titleRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const title = triggerAt(work, i, isTitle);
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
    // A known name of another kind after the title (مراسل الجزيرة) is no person.
    if (nameAt(work, k, true)) continue;
    const end = personNameEnd(work, k);
    if (end !== null) addNew(work, 'PER', k, end, 0, 0.7);
    after = title.end;
  }
}

/**
 * An unknown place name: one to three words that are not everyday words (a few everyday words begin place names:
 * الشيخ عقيل، تل الضمان). In a list, a word with و starts the next item (بلدات كفرناها وأورم الكبرى).
 */
function placeNameEnd(work: Work, k: number, strip: number, inList: boolean): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  if (!isWord(work, k, sentence)) return null;
  const first = tokens[k]!.norm.slice(strip);
  const starter = l.placeNameStarters.has(first);
  if (!starter) {
    // The first word of an unknown place is no everyday word and no conjunction + word (مدن وقرى).
    if (isNameBreaker(work, first) || l.vocabulary.has(first)) return null;
    if (strip === 0 && startsWithConjunction(work, first)) return null;
    // An indefinite nisba (مذهبية) is an adjective; a word with a pronoun (قطرها) is no name.
    if (!first.startsWith('ال') && first.endsWith('يه')) return null;
    if (first.length > 4 && first.endsWith('ها') && isKnownStem(work, first.slice(0, -2))) return null;
  }
  let end = k + 1;
  while (end - k < 3 && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    if (inList && norm.length > 3 && norm[0] === 'و') break;
    if (isNameBreaker(work, norm) || startsWithConjunction(work, norm) || l.nameParticles.has(norm)) break;
    end++;
  }
  // A starter word alone is no name (الشيخ، تل): it needs the word that follows.
  return starter && end === k + 1 ? null : end;
}

/** A word or a name (قطر in قطرها = its diameter): what is left when a pronoun suffix is cut. */
function isKnownStem(work: Work, stem: string): boolean {
  const l = work.lists;
  return l.vocabulary.has(stem) || l.common.has(stem) || work.knowledge.names.has(stem);
}

/** One place after a place noun (known, also everyday-word names, or unknown); returns the token after it. */
function placeItem(work: Work, k: number, inList: boolean, list: boolean): number | null {
  const held = work.at(k);
  if (held) return held.label === 'LOC' ? held.endToken : null;
  const known = nameAt(work, k, true);
  if (known) {
    const label = work.knowledge.entities.get(known.hit.entityId)?.label;
    return label === 'LOC' && addKnownName(work, k, known, 0.85) ? known.end : null;
  }
  // In a list, a following item carries the conjunction: والصاخور. The first item never does (قرى وتشريد).
  const norm = work.tokens[k]?.norm ?? '';
  if (!inList && norm.length > 3 && norm[0] === 'و') return null;
  const strip = inList && norm.length > 3 && norm[0] === 'و' ? 1 : 0;
  // Later list items are less sure to be places: an everyday word there ends the list (… وتشريد).
  if (inList && work.lists.vocabulary.has(norm.slice(strip))) return null;
  const end = placeNameEnd(work, k, strip, list);
  return end !== null && addNew(work, 'LOC', k, end, strip, 0.7) ? end : null;
}

/** Place nouns: حي الهلك، مدينة الباب، أحياء الكلاسة، المغاير، الفردوس … (the noun itself stays outside). */
function placeRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, isPlaceNoun);
    if (!trigger) continue;
    if (trigger.kinds.placeInside && !trigger.kinds.place) {
      // جبل، وادي، سهل … belong to the name: جبل الزاوية.
      const held = work.at(trigger.end);
      const end = held ? null : placeNameEnd(work, trigger.end, 0, false);
      if (end !== null) addNew(work, 'LOC', i, end, trigger.strip, 0.65);
      continue;
    }
    let k = trigger.end;
    for (let items = 0; items < 12; items++) {
      const next = placeItem(work, k, items > 0, !!trigger.kinds.placeList);
      if (next === null || !trigger.kinds.placeList) break;
      const sep = tokens[next];
      if (sep && LIST_SEPARATORS.has(sep.text) && sep.sentence === tokens[i]!.sentence) k = next + 1;
      else if (sep && sep.norm.length > 3 && sep.norm[0] === 'و' && sep.sentence === tokens[i]!.sentence)
        k = next;
      else break;
    }
    after = trigger.end;
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
    if ((l.common.has(norm) || l.vocabulary.has(norm)) && !l.personParts.has(norm)) break;
    j++;
  }
  // Without a definite word the chain must hold a word that is no everyday word: تجمع فاستقم.
  return j > k ? { end: j, absorbed: null } : null;
}

/** True when some word in [from, to) is no word of the vocabulary (a proper name, likely). */
function hasUnfamiliarWord(work: Work, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const norm = work.tokens[j]!.norm;
    const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
    if (!work.lists.vocabulary.has(norm) && !work.lists.common.has(norm) && !work.lists.vocabulary.has(bare))
      return true;
    if (work.at(j)) return true;
  }
  return false;
}

/** An unquoted word after a media noun that can be its name: no known word, no adjective (صحيفة يومية). */
function isMediaNameWord(work: Work, norm: string): boolean {
  return !isNameBreaker(work, norm) && !work.lists.vocabulary.has(norm) && !norm.endsWith('يه');
}

/** Organisation nouns: جيش الإسلام، حركة حزم، وكالة «سانا» … */
function organisationRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  for (const i of starts) {
    if (work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, isOrgNoun);
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
        (quoted || isMediaNameWord(work, tokens[to]!.norm))
      )
        to++;
      const closed = !quoted || (tokens[to] && QUOTES_CLOSE.has(tokens[to]!.text));
      if (to > from && closed) addNew(work, 'ORG', from, to, 0, 0.65);
      continue;
    }
    const name = orgNameEnd(work, k);
    if (!name) continue;
    if (!trigger.kinds.orgNamed && !hasUnfamiliarWord(work, k, name.end)) continue;
    if (name.absorbed) work.remove(name.absorbed);
    addNew(work, 'ORG', i, name.end, trigger.strip, 0.6);
  }
}

/** State bodies named by a nationality adjective: وزارة الخارجية القطرية، الجيش الأردني، المخابرات التركية. */
function stateBodyRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  for (const i of starts) {
    if (work.owner[i] !== 0) continue;
    const head = triggerAt(work, i, isStateBody);
    if (!head) continue;
    const adjective = tokens[head.end];
    if (
      !adjective ||
      adjective.sentence !== tokens[i]!.sentence ||
      work.owner[head.end] !== 0 ||
      !adjective.norm.startsWith('ال') ||
      !work.lists.nationalities.has(adjective.norm) ||
      adjective.norm.endsWith('ه') !== !!head.kinds.stateBodyFeminine
    ) {
      continue;
    }
    addNew(work, 'ORG', i, head.end + 1, head.strip, 0.75);
  }
}

/** Finds names no list has, from the words around them. */
export function rulePass(work: Work): void {
  // The tokens that may start a trigger phrase, found once for the three rules.
  const starts: number[] = [];
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'arabic' && work.anyFormAt(i, work.lists.triggerStarts)) starts.push(i);
  }
  stateBodyRule(work, starts);
  placeRule(work, starts);
  organisationRule(work, starts);
  titleRule(work, starts);
}
