import { nameAt } from './lexicon-pass.js';
import { addNew, isNameBreaker, isTitle, startsWithConjunction, triggerAt } from './rule-helpers.js';
import type { Work } from './work.js';

const MAX_NAME_WORDS = 6;
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

/** A word no list knows (a family name, likely): no everyday word, particle or verb shape, also without proclitics. */
function isUnfamiliar(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  const forms = work.formsAt(i);
  for (let f = 1; f < forms.length; f++) {
    const key = forms[f]!.key;
    if (l.vocabulary.has(key) || l.common.has(key)) return false;
    if ((norm[0] === 'ل' || norm[0] === 'ف') && VERB_START.test(key)) return false; // ليضربوا، فيقول
  }
  return (
    !l.vocabulary.has(norm) &&
    !isNameBreaker(work, norm) &&
    !l.functionWords.has(norm) &&
    !VERB_START.test(norm) &&
    !startsWithConjunction(work, norm)
  );
}

function isEverydayWord(work: Work, key: string): boolean {
  return work.lists.vocabulary.has(key) || work.lists.common.has(key);
}

/** A definite family name (الأبيض، الحسن) after a given name: a definite word that is no everyday word of news. */
function isDefiniteFamilyName(work: Work, norm: string): boolean {
  const l = work.lists;
  return (
    norm.startsWith('ال') &&
    norm.length > 3 &&
    !l.notFamilyNames.has(norm) &&
    !l.genericComplements.has(norm) &&
    !l.nationalities.has(norm) &&
    !l.triggers.startsWith(norm) &&
    !l.functionWords.has(norm) &&
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
  // A preposition or conjunction on an everyday word (بالشركة، والري) starts no name.
  if (!l.personParts.has(first) && work.formsAt(k).some((f, n) => n > 0 && isEverydayWord(work, f.key)))
    return null;
  // ل/ف + an imperfect verb (ليقرر، فيقول) after a title is the start of a clause, not a name.
  if (!l.personParts.has(first) && /^[لف][يتن]/.test(first) && first.length >= 5) return null;
  // Only a curated given name vouches for a definite family name after it (ANERcorp's name words hold surnames).
  const firstIsGiven = l.curatedGivenNames.has(first);
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isNameSlot(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    const particle = l.nameParticles.has(norm);
    // After a particle any word but a particle of the sentence is a name (آل ثاني); an ordinal ends a name.
    const nameWord =
      l.personParts.has(norm) ||
      (open && norm.length > 1 && !l.functionWords.has(norm) && !particle) ||
      (end > k && l.nameOrdinals.has(norm));
    if (end > k && norm[0] === 'و' && !nameWord) break; // وتلة: a conjunction starts the next phrase
    if (particle) open = true;
    else if (nameWord) open = false;
    else if (end === k + 1 && firstIsGiven && isDefiniteFamilyName(work, norm)) open = false;
    else if (end - k >= 2 && !open && !(end - k === 2 && !norm.startsWith('ال') && isUnfamiliar(work, end)))
      break;
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
  if (!/^(ال|لل|بال)/.test(norm) || l.personParts.has(norm)) return false;
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
    // An appositive comma: «وزير الصحة التركي، فخر الدين قوجة،».
    if (k > from && (norm === '،' || norm === ',') && tokens[k + 1]?.kind === 'arabic') {
      k++;
      continue;
    }
    if (l.nationalities.has(norm)) {
      afterAdjective = true;
      k++;
    } else if (l.personLinkers.has(norm)) k++;
    else if (k > from && norm.length > 3 && norm[0] === 'و' && isEverydayWord(work, norm.slice(1)))
      k++; // والزراعة
    else if (triggerAt(work, k, isTitle)) k = triggerAt(work, k, isTitle)!.end;
    else if (!afterAdjective && portfolio < 2 && isPortfolioWord(work, norm)) {
      portfolio++;
      k++;
    } else break;
  }
  return k < tokens.length && tokens[k]!.sentence === sentence ? k : null;
}

/**
 * A model person after a title that ends elsewhere than the rule's name is corrected only when it takes an
 * everyday word past the name (فيصل بن خالد الوفد); a longer span of name words stays (حمد بن خليفة آل ثاني).
 */
function modelOverreaches(work: Work, modelEnd: number, ruleEnd: number): boolean {
  if (modelEnd < ruleEnd) return true;
  const l = work.lists;
  for (let j = ruleEnd; j < modelEnd; j++) {
    const norm = work.tokens[j]!.norm;
    if (l.personParts.has(norm) || l.nameParticles.has(norm) || l.nameOrdinals.has(norm)) continue;
    if (l.common.has(norm) || l.functionWords.has(norm)) return true;
    if (work.formsAt(j).some((f, n) => n > 0 && (l.vocabulary.has(f.key) || l.common.has(f.key))))
      return true;
  }
  return false;
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
    // A given name that is also a town (سلمى) after a title is the person's.
    const known = held ? null : nameAt(work, k, true);
    if (known && (known.hit.mode !== 'ambiguous' || !work.lists.personParts.has(tokens[k]!.norm))) continue;
    const end = personNameEnd(work, k);
    if (end === null) continue;
    if (held && held.label === 'PER' && !modelOverreaches(work, held.endToken, end)) continue;
    // The title rule knows better than the model where a person's name after a title ends.
    for (let j = k; j < end; j++) {
      const guess = work.at(j);
      if (guess) work.remove(guess);
    }
    addNew(work, 'PER', k, end, 0, 0.7);
  }
}

/** A given name no dictionary word shares, before a surname no list knows: ألكسندر بيتروفسكي، نيكولاس برادلي. */
export function givenNameRule(work: Work, given: readonly number[]): void {
  const tokens = work.tokens;
  const l = work.lists;
  let after = 0;
  for (const i of given) {
    const t = tokens[i]!;
    if (i < after || work.owner[i] !== 0) continue;
    if (l.nameParticles.has(tokens[i - 1]?.norm ?? '')) continue;
    let end = i + 1;
    while (end - i < 3 && isNameSlot(work, end, t.sentence) && work.owner[end] === 0) {
      const norm = tokens[end]!.norm;
      if (!(l.givenNames.has(norm) || isUnfamiliar(work, end)) || work.knowledge.names.has(norm)) break;
      end++;
    }
    if (end > i + 1 && addNew(work, 'PER', i, end, 0, 0.6)) after = end;
  }
}

/** A known person's surname after a given name is the full name (سيرجي لافروف): the mention takes the given name. */
export function givenNameExtension(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.source !== 'lexicon' || d.endToken !== d.startToken + 1) continue;
    const i = d.startToken - 1;
    const before = tokens[i];
    if (before?.kind !== 'arabic' || before.sentence !== tokens[d.startToken]!.sentence) continue;
    if (work.owner[i] !== 0 || !l.curatedGivenNames.has(before.norm)) continue;
    work.remove(d);
    work.add({ ...d, startToken: i, start: before.start });
  }
}

/** A person named with the family after آل (محمد بن زايد آل نهيان): the mention takes the family name. */
export function familyNameExtension(work: Work): void {
  const tokens = work.tokens;
  for (const d of work.drafts) {
    if (d.label !== 'PER' || d.end <= d.start) continue;
    const particle = tokens[d.endToken];
    const family = tokens[d.endToken + 1];
    if (!particle || !family || particle.norm !== 'ال' || family.kind !== 'arabic') continue;
    if (particle.sentence !== family.sentence || !work.isFree(d.endToken, d.endToken + 2)) continue;
    if (work.lists.functionWords.has(family.norm)) continue;
    work.remove(d);
    work.add({ ...d, endToken: d.endToken + 2, end: family.end });
  }
}
