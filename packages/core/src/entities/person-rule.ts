import { nameAt } from './lexicon-pass.js';
import { addNew, isNameBreaker, isTitle, startsWithConjunction, triggerAt } from './rule-helpers.js';
import type { Work } from './work.js';

const MAX_NAME_WORDS = 4;
const NAME_CONTINUATIONS = new Set(['بن', 'ابن', 'بنت', 'ال']);
/** An imperfect verb (يقول، تضمنان): the word after a name is often one, never part of it. */
const VERB_START = /^س?[يتن][\u0621-\u064a]{3,}$/;

/** A token of the sentence that a person name may cover: free, or held by a model guess the rule may correct. */
function isNameSlot(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  if (!t || t.sentence !== sentence || t.kind !== 'arabic') return false;
  const held = work.at(i);
  return !held || held.source === 'model';
}

/** A word no list knows (a family name, likely): no everyday word, particle or verb shape. */
function isUnfamiliar(work: Work, norm: string): boolean {
  const l = work.lists;
  return (
    !l.vocabulary.has(norm) &&
    !isNameBreaker(work, norm) &&
    !l.functionWords.has(norm) &&
    !VERB_START.test(norm) &&
    !startsWithConjunction(work, norm)
  );
}

/** A definite family name (الأبيض، الحسن) after a given name: a definite word that is no everyday word of news. */
function isDefiniteFamilyName(work: Work, norm: string): boolean {
  const l = work.lists;
  return (
    norm.startsWith('ال') &&
    norm.length > 3 &&
    !l.common.has(norm) &&
    !isNameBreaker(work, norm) &&
    !l.placeNameAdjectives.has(norm) &&
    !work.knowledge.names.has(norm)
  );
}

/**
 * A person name after a title: given names, particles (عبد، أبو، بن) and words no list knows, two or three of them
 * (سليم قره باغ). The first word is no definite everyday word (الرئيس المؤقت …).
 */
function personNameEnd(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  const first = tokens[k]?.norm ?? '';
  if (first.startsWith('ال') && !l.personParts.has(first)) return null;
  if (NAME_CONTINUATIONS.has(first)) return null; // بن حمد continues a name, it does not start one
  if (startsWithConjunction(work, first) || l.functionWords.has(first)) return null;
  // ل/ف + an imperfect verb (ليقرر، فيقول) after a title is the start of a clause, not a name.
  if (!l.personParts.has(first) && /^[لف][يتن]/.test(first) && first.length >= 5) return null;
  const firstIsGiven = l.givenNames.has(first) || l.personParts.has(first);
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isNameSlot(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    const particle = l.nameParticles.has(norm);
    const nameWord = l.personParts.has(norm);
    if (end > k && norm[0] === 'و' && !nameWord) break; // وتلة: a conjunction starts the next phrase
    if (particle) open = true;
    else if (nameWord) open = false;
    else if (end === k + 1 && firstIsGiven && isDefiniteFamilyName(work, norm)) open = false;
    else if (end - k >= 2 && !open && !(end - k === 2 && isUnfamiliar(work, norm))) break;
    else if (
      isNameBreaker(work, norm) ||
      l.vocabulary.has(norm) ||
      l.functionWords.has(norm) ||
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

/** A definite word of a title's complement: وزير الصحة، مسؤول الإغاثة، المنسق للشؤون الإنسانية. */
function isPortfolioWord(work: Work, norm: string): boolean {
  const l = work.lists;
  if (!(norm.startsWith('ال') || norm.startsWith('لل')) || l.personParts.has(norm)) return false;
  return l.vocabulary.has(norm) || l.common.has(norm) || l.genericComplements.has(norm);
}

/**
 * Where the name after a title starts: past held names of other kinds (المتحدثة باسم منظمة الصحة العالمية), the
 * title's complement (وزير الصحة), adjectives (التركي، السابق) and linkers (باسمها). Null when a person is
 * already there.
 */
function nameStart(work: Work, from: number, sentence: number): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  let k = from;
  let afterAdjective = false;
  let portfolio = 0;
  for (let hops = 0; hops < 6 && k < tokens.length && tokens[k]!.sentence === sentence; hops++) {
    const held = work.at(k);
    if (held) {
      if (held.label === 'PER') return held.source === 'model' && held.startToken === k ? k : null;
      // After the adjective that closes a title, a model guess of another kind is the name itself, mis-tagged.
      if (held.source === 'model' && (afterAdjective || held.label === 'MISC')) return k;
      k = held.endToken;
      continue;
    }
    const norm = tokens[k]!.norm;
    if (l.nationalities.has(norm)) {
      afterAdjective = true;
      k++;
    } else if (l.personLinkers.has(norm)) k++;
    else if (triggerAt(work, k, isTitle)) k = triggerAt(work, k, isTitle)!.end;
    else if (!afterAdjective && portfolio < 2 && isPortfolioWord(work, norm)) {
      portfolio++;
      k++;
    } else break;
  }
  return k < tokens.length && tokens[k]!.sentence === sentence ? k : null;
}

/** Titles before persons: الرئيس، وزير الخارجية الروسي، مدير المرصد، الناطق باسم الخارجية … then the name. */
export function titleRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const title = triggerAt(work, i, isTitle);
    if (!title) continue;
    after = title.end;
    const sentence = tokens[i]!.sentence;
    const k = nameStart(work, title.end, sentence);
    if (k === null) continue;
    const held = work.at(k);
    if (held && (held.source !== 'model' || held.startToken !== k)) continue;
    // A known name of another kind after the title (مراسل الجزيرة) is no person.
    if (!held && nameAt(work, k, true)) continue;
    const end = personNameEnd(work, k);
    if (end === null) continue;
    if (held && held.label === 'PER' && held.endToken === end) continue;
    // The title rule knows better than the model where a person's name after a title ends.
    for (let j = k; j < end; j++) {
      const guess = work.at(j);
      if (guess) work.remove(guess);
    }
    addNew(work, 'PER', k, end, 0, 0.7);
  }
}
