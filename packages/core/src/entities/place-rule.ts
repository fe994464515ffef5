import { addKnownName, hasTanwinFath, nameAt, triggerWordAt } from './lexicon-pass.js';
import {
  addNew,
  addOverModelGuesses,
  attackOnAt,
  hasPronounSuffix,
  isEverydayWord,
  isFeminineNisba,
  isNameBreaker,
  isParticleAndImperfect,
  isPastPlural,
  isPlaceNoun,
  isWord,
  startsWithConjunction,
  triggerAt,
} from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { type Draft, formTest, type Work } from './work.js';

const LIST_SEPARATORS = new Set(['،', ',', 'و']);

/** و + the next list item: a word of four letters or more, or a short compound head or name starter (وتل، وعين، وأم). */
function conjoined(work: Work, norm: string): boolean {
  if (norm[0] !== 'و') return false;
  const rest = norm.slice(1);
  return norm.length > 3 || work.lists.placeCompoundHeads.has(rest) || work.lists.placeNameStarters.has(rest);
}
/** The shape of a feminine participle (محاصرة، محررة، متضررة): م, three or four letters, ة. */
const PARTICIPLE = /^م[\u0621-\u064a]{3,4}ه$/;

/**
 * An unknown place name: one to three words that are not everyday words (a few everyday words begin place names:
 * الشيخ عقيل، تل الضمان). In a list, a word with و starts the next item (بلدات كفرناها وأورم الكبرى).
 */
function placeNameEnd(work: Work, k: number, strip: number, inList: boolean): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  if (!isWord(work, k, sentence)) return null;
  // An adverbial accusative (مبرراً، أيضاً) ends a list: no name carries tanwin.
  if (hasTanwinFath(tokens[k]!.text)) return null;
  const first = tokens[k]!.norm.slice(strip);
  const starter = l.placeNameStarters.has(first);
  if (!starter) {
    // The first word of an unknown place is no everyday word and no conjunction + word (مدن وقرى).
    if (isNameBreaker(work, first) || l.vocabulary.has(first)) return null;
    if (strip === 0 && startsWithConjunction(work, first)) return null;
    // ل or ف + an imperfect verb (لتخسر، فيقول) starts a clause.
    if (isParticleAndImperfect(first, 'لف')) return null;
    // A verb in the plural past (باتوا، وصلوا) goes on with the sentence after a list; كفرتوا is a village.
    if (first.endsWith('وا') && isPastPlural(work, first)) return null;
    // An indefinite nisba (مذهبية، حدودية) is an adjective; a village may end so too (مخيم يمضية).
    if (isFeminineNisba(work, first)) return null;
    // So is an indefinite masculine nisba whose feminine or definite form is an everyday word (حقل زراعي).
    if (isMasculineNisba(work, first)) return null;
    // After a plural place noun, an indefinite feminine participle agrees with it: مناطق محاصرة، قرى مدمرة.
    if (inList && PARTICIPLE.test(first)) return null;
    if (isWordWithPronoun(work, first, tokens[k]!.text)) return null;
    // A preposition on an everyday word (بمياه) is no name either.
    if (work.formsAt(k).some((f, n) => n > 0 && isKnownStem(work, f.key))) return null;
  }
  let end = k + 1;
  while (end - k < 3 && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    // The size or direction adjective that ends a place name: تل رفعت الصغير، أورم الكبرى.
    if (l.placeNameAdjectives.has(norm)) {
      end++;
      break;
    }
    if (inList && conjoined(work, norm)) break;
    // A preposition with the article (بالمدفعية، للأهالي) starts the sentence's next phrase.
    if (tokens[end]!.proclitic !== '' && end > k) break;
    // و + a definite word or a place noun starts a second place, in a list or not (المقابر | ومعامل البانوراما).
    if (norm.length > 3 && norm[0] === 'و' && (norm.startsWith('وال') || triggerWordAt(work, end) !== null))
      break;
    // After a starter (تل، خربة، عين) an everyday word is the name's own: تل الزيتون، خربة الجوز، دير قانون.
    const afterStarter = starter && end === k + 1 && !l.functionWords.has(norm);
    const breaker = afterStarter
      ? norm.length < 2 ||
        l.nationalities.has(norm) ||
        l.genericComplements.has(norm) ||
        l.triggers.startsWith(norm)
      : isNameBreaker(work, norm);
    if (breaker || startsWithConjunction(work, norm) || l.nameParticles.has(norm)) break;
    // A preposition on an everyday word or a place noun (بمحيط، لمدة، بريف) starts the next phrase.
    if (
      !afterStarter &&
      work
        .formsAt(end)
        .some(
          (f, n) =>
            n > 0 && (isKnownStem(work, f.key) || l.placePrepositions.has(f.key) || l.triggers.has(f.key)),
        )
    )
      break;
    // An everyday word after the name is no part of it (العرضي الخاضعة), save the adjectives of place names.
    if (l.vocabulary.has(norm) && !afterStarter) break;
    // Nor a participle with its complement: جبل عقيل | المطلة على المدينة.
    if (end > k && isParticipleWithComplement(work, end, sentence)) break;
    end++;
  }
  // A starter word alone is no name (الشيخ، تل): it needs the word that follows.
  return starter && end === k + 1 ? null : end;
}

/**
 * An indefinite masculine nisba adjective: its feminine or definite form, or the noun it is made from, is an
 * everyday word (زراعي، سكني).
 */
function isMasculineNisba(work: Work, norm: string): boolean {
  return (
    !norm.startsWith('ال') &&
    norm.endsWith('ي') &&
    (isEverydayWord(work, `${norm}ه`) ||
      isEverydayWord(work, `ال${norm}`) ||
      (norm.length > 3 &&
        (isEverydayWord(work, norm.slice(0, -1)) || isEverydayWord(work, `ال${norm.slice(0, -1)}`))))
  );
}

/** An indefinite verbal noun of the derived forms: انحسار، اقتحام، استهداف. */
const VERBAL_NOUN = /^(ان[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا])$/;

/** The sound feminine plural of an everyday word (وقفات ← وقفة). */
function isFemininePluralOfWord(work: Work, norm: string): boolean {
  return norm.length > 4 && norm.endsWith('ات') && isKnownStem(work, `${norm.slice(0, -2)}ه`);
}

/** A word or a name (قطر in قطرها = its diameter): what is left when a pronoun suffix is cut. */
function isKnownStem(work: Work, stem: string): boolean {
  const l = work.lists;
  return l.vocabulary.has(stem) || l.common.has(stem) || work.knowledge.names.has(stem);
}

/** One place after a place noun (known, also everyday-word names, or unknown); returns the token after it. */
function placeItem(work: Work, k: number, inList: boolean, list: boolean, dual = false): number | null {
  // After a place noun the place beats the tagger's guess of another kind on its words (قرى دير | سلمان).
  const guesses: Draft[] = [];
  for (let j = k; j < k + 3; j++) {
    const guess = work.at(j);
    if (guess && guess.source === 'model' && guess.label !== 'LOC' && !guesses.includes(guess))
      guesses.push(guess);
  }
  for (const guess of guesses) work.remove(guess);
  const end = placeItemEnd(work, k, inList, list, dual);
  for (const guess of guesses) work.add(guess); // refused where the place now stands
  return end;
}

function placeItemEnd(work: Work, k: number, inList: boolean, list: boolean, dual: boolean): number | null {
  const held = work.at(k);
  if (held) return held.label === 'LOC' ? held.endToken : null;
  // A particle ends a list, also one that is spelt like a town (وأن = and that; وان = Van).
  if (work.lists.functionWords.has(work.tokens[k]?.norm ?? '')) return null;
  // Another place noun (على مشارف مدينة الباب): that noun starts the name, not this one.
  if (triggerAt(work, k, isPlaceNoun)) return null;
  const known = nameAt(work, k, true);
  if (known) {
    const label = work.knowledge.entities.get(known.hit.entityId)?.label;
    return label === 'LOC' && addKnownName(work, k, known, 0.85) ? known.end : null;
  }
  // In a list, a following item carries the conjunction: والصاخور. The first item never does (قرى وتشريد).
  const norm = work.tokens[k]?.norm ?? '';
  if (!inList && norm.length > 3 && norm[0] === 'و') return null;
  const strip = inList && conjoined(work, norm) ? 1 : 0;
  // The second place after a dual noun is a place whatever its word: حيي الجورة والصناعة.
  if (dual && strip === 1 && norm.startsWith('ال', 1) && isWord(work, k, work.tokens[k]!.sentence)) {
    const rest = norm.slice(1);
    const l = work.lists;
    if (l.functionWords.has(rest) || l.nationalities.has(rest) || l.genericComplements.has(rest)) return null;
    if (l.triggers.startsWith(rest.slice(2))) return null;
    return addNew(work, 'LOC', k, k + 1, 1, 0.65) ? k + 1 : null;
  }
  // Later list items are less sure to be places: an everyday word there ends the list (… وتشريد).
  const rest = norm.slice(strip);
  if (inList && work.lists.vocabulary.has(rest) && !work.lists.placeNameStarters.has(rest)) return null;
  if (inList && isFemininePluralOfWord(work, norm)) return null; // … ووجدة | وقفات: وقفة's plural
  if (inList && VERBAL_NOUN.test(rest)) return null; // … والكلاسة، | وانحسار سيطرة المعارضة
  const end = placeNameEnd(work, k, strip, list);
  return end !== null && addNew(work, 'LOC', k, end, strip, 0.7) ? end : null;
}

/**
 * A definite participle (المطلة، المحاذي، المشرفة) followed by على or ل + a word: an adjective with its complement
 * (المطلة على المدينة، المحاذية للحدود), never a word of the name before it.
 */
function isParticipleWithComplement(work: Work, k: number, sentence: number): boolean {
  const tokens = work.tokens;
  if (!PARTICIPLE_SHAPE.test(tokens[k]!.norm)) return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'arabic' || next.sentence !== sentence) return false;
  return next.norm === 'علي' || (next.norm.length > 3 && next.norm[0] === 'ل' && !next.norm.startsWith('لا'));
}

/** A definite participle of a derived verb: الم + three or four letters (المطله، المحاذيه، المشرف). */
const PARTICIPLE_SHAPE = /^الم[\u0621-\u064a]{3,5}$/;

/**
 * A masculine participle (المحاصر، المجاور), an elative (الأكبر) or an adjective of the فعيل pattern (القريب،
 * البعيد): adjectives, never a name's second word.
 */
const ADJECTIVE_SHAPE = /^(الم[\u0621-\u064a]{3,4}|الا[\u0621-\u064a]{3}|ال[^اوي]{2}ي[^اوي])$/;
/** Endings of adjectives and plurals: feminine (ة folds to ه), nisba (ي، يه), plural or dual (ون، ين، ات). */
const ADJECTIVE_ENDING = /(ه|ي|ون|ين|ات)$/;

/**
 * A one-word place after a singular place noun, continued by a definite noun that is the name's own second word:
 * بلدة جباتا الخشب، مدينة درعا البلد. An adjective (بلدة جباتا القريبة، مدينة حلب الشرقية، حي الوعر المحاصر), a
 * day or time word (مدينة حلب الثلاثاء), a particle or another trigger starts a new phrase. Returns the token after
 * the longer name, or null.
 */
function withNameNoun(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const held = work.at(k);
  const sentence = tokens[k]!.sentence;
  if (!held || held.label !== 'LOC' || held.startToken !== k || held.endToken !== k + 1) return null;
  const y = tokens[k + 1];
  if (!y || y.sentence !== sentence || y.kind !== 'arabic') return null;
  const norm = y.norm;
  const l = work.lists;
  if (!norm.startsWith('ال') || norm.length < 4 || ADJECTIVE_ENDING.test(norm) || ADJECTIVE_SHAPE.test(norm))
    return null;
  if (l.functionWords.has(norm) || l.notFamilyNames.has(norm) || l.nationalities.has(norm)) return null;
  if (l.genericComplements.has(norm) || l.placeNameAdjectives.has(norm) || l.monthNames.has(norm))
    return null;
  if (l.triggers.startsWith(norm) || l.triggers.startsWith(norm.slice(2))) return null;
  // The second word may be a one-word place of its own (سحم الجولان): the longer name absorbs it.
  const second = work.at(k + 1);
  if (second && (second.label !== 'LOC' || second.endToken !== k + 2 || second.startToken !== k + 1))
    return null;
  const strip = held.start - tokens[k]!.start;
  work.remove(held);
  if (second) work.remove(second);
  if (addNew(work, 'LOC', k, k + 2, strip, 0.7)) return k + 2;
  work.add(held);
  if (second) work.add(second);
  return null;
}

/** Place nouns: حي الهلك، مدينة الباب، أحياء الكلاسة، المغاير، الفردوس … (the noun itself stays outside). */
export function placeRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const trigger = triggerAt(work, i, isPlaceNoun);
    if (!trigger) continue;
    // After a quantifier or an ordinal the noun is generic: أول حي سيطرت عليه، كل مدينة، أي بلدة.
    const before = tokens[i - 1];
    if (before && before.sentence === tokens[i]!.sentence && work.lists.genericDeterminers.has(before.norm))
      continue;
    if (trigger.kinds.placeInside && !trigger.kinds.place) {
      // جبل، وادي، سهل … belong to the name (جبل الزاوية، وادي بردى), save before a definite word that is no
      // everyday word: a name of its own (جبل الشومرية → الشومرية), the noun outside as after حي or مدينة.
      const held = work.at(trigger.end);
      const end = held ? null : placeNameEnd(work, trigger.end, 0, false);
      if (end === null) continue;
      const first = tokens[trigger.end]!.norm;
      const ownName = first.startsWith('ال') && !isEverydayWord(work, first);
      addNew(work, 'LOC', ownName ? trigger.end : i, end, ownName ? 0 : trigger.strip, 0.65);
      continue;
    }
    const k = trigger.end;
    if (trigger.kinds.placeList) {
      const dual = work.anyFormAt(i, work.lists.isPlaceDualNoun);
      placeListItems(work, k, tokens[i]!.sentence, dual);
    } else {
      const next = placeItem(work, k, false, false);
      if (next !== null && next === k + 1) withNameNoun(work, k);
    }
    after = trigger.end;
  }
}

/** The places of a list that starts at token k (حيي الجورة والصناعة: two after a dual noun, else up to 12). */
function placeListItems(work: Work, first: number, sentence: number, dual: boolean): void {
  const tokens = work.tokens;
  let k = first;
  for (let items = 0; items < (dual ? 2 : 12); items++) {
    const next = placeItem(work, k, items > 0, true, dual && items === 1);
    if (next === null) break;
    const sep = tokens[next];
    if (sep && LIST_SEPARATORS.has(sep.text) && sep.sentence === sentence) k = next + 1;
    else if (sep && conjoined(work, sep.norm) && sep.sentence === sentence) k = next;
    else break;
  }
}

/** «التالية» after plural place nouns announces a list: القرى والبلدات التالية: تل رفعت، والشيخ عيسى … */
const FOLLOWING = formTest((key) => wordLists().listAnnouncers.has(key));

/** A plural place noun with the article (القرى، والبلدات): a list only when an announcer follows. */
function isDefinitePlaceList(work: Work, i: number): boolean {
  const t = work.tokens[i];
  if (t?.kind !== 'arabic') return false;
  const norm = t.norm.startsWith('وال') ? t.norm.slice(1) : t.norm;
  return norm.startsWith('ال') && !!work.lists.triggers.get(norm.slice(2))?.placeList;
}

/** «Among them» (بينها، أبرزها، ومنها) after a comma. */
const AMONG_THEM = formTest((key) => wordLists().listMemberAnnouncers.has(key));
/** How far before «among them» its plural place noun may stand: قرى وبلدات في ريف حلب الشمالي، بينها … */
const AMONG_THEM_REACH = 8;

/**
 * Lists announced by «التالية» (and a colon) after plural place nouns with the article, and members of such a
 * plural named after a comma and «among them»: القرى المحيطة بها، أبرزها زبدين وبالا …
 */
export function announcedPlaceListRule(work: Work): void {
  const tokens = work.tokens;
  for (const p of work.positionsOf(FOLLOWING)) {
    const sentence = tokens[p]!.sentence;
    if (!isDefinitePlaceList(work, p - 1) || tokens[p - 1]!.sentence !== sentence) continue;
    const k = tokens[p + 1]?.text === ':' ? p + 2 : p + 1;
    if (tokens[k]?.sentence === sentence) placeListItems(work, k, sentence, false);
  }
  for (const p of work.positionsOf(AMONG_THEM)) {
    const sentence = tokens[p]!.sentence;
    if (!COMMA.has(tokens[p - 1]?.text ?? '') || tokens[p + 1]?.sentence !== sentence) continue;
    if (pluralPlaceNounBefore(work, p - 1, sentence)) placeListItems(work, p + 1, sentence, false);
  }
}

/** True when a plural place noun (قرى، البلدات، مناطق) stands shortly before token i in its sentence. */
function pluralPlaceNounBefore(work: Work, i: number, sentence: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - AMONG_THEM_REACH; k--) {
    if (work.tokens[k]!.sentence !== sentence) return false;
    if (triggerWordAt(work, k)?.placeList || isDefinitePlaceList(work, k)) return true;
  }
  return false;
}

const COMMA = new Set(['،', ',']);

/** True when token i is a place preposition (في، من، إلى …), or على after a bombardment or control word. */
function placeContextBefore(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  if (!t || t.sentence !== sentence || t.kind !== 'arabic') return false;
  const l = work.lists;
  if (l.placePrepositions.has(t.norm)) return true;
  // A place noun before the list (أطراف هرابش والجفرة، منطقة المقابر ومعامل البانوراما).
  const kinds = triggerWordAt(work, i);
  if (kinds && (kinds.place || kinds.placeList) && !kinds.title) return true;
  return attackOnAt(work, i, sentence);
}

/** A word no list knows: no everyday word, no given name, no particle (بسيمة، نوران is a given name). */
function isUnknownWord(work: Work, norm: string): boolean {
  const l = work.lists;
  // A definite word whose indefinite form is an everyday word (العاصفة) is a word too.
  const bare = norm.startsWith('ال') ? norm.slice(2) : '';
  if (bare && (l.vocabulary.has(bare) || l.common.has(bare))) return false;
  return (
    norm.length > 2 &&
    !l.vocabulary.has(norm) &&
    !l.common.has(norm) &&
    !l.personParts.has(norm) &&
    !l.functionWords.has(norm) &&
    !l.nationalities.has(norm) &&
    !l.numberWords.has(norm) &&
    !l.triggerStarts(norm)
  );
}

/** The name word after a compound head: no particle, trigger, nationality or conjunction + word. */
function isCompoundNameWord(work: Work, k: number, sentence: number): boolean {
  if (!isWord(work, k, sentence)) return false;
  const norm = work.tokens[k]!.norm;
  const l = work.lists;
  if (norm.length < 2 || hasDigit(norm)) return false;
  if (l.functionWords.has(norm) || l.nationalities.has(norm) || l.genericComplements.has(norm)) return false;
  if (l.triggerStarts(norm) || l.nameParticles.has(norm) || l.placeNameAdjectives.has(norm)) return false;
  if (l.monthNames.has(norm) || l.notFamilyNames.has(norm)) return false;
  // An indefinite nisba is an adjective of the head noun: بيت سكني، بئر ارتوازية.
  if (isMasculineNisba(work, norm) || (!norm.startsWith('ال') && norm.endsWith('يه'))) return false;
  return !(norm[0] === 'و' && startsWithConjunction(work, norm));
}

const hasDigit = (s: string) => /\d/.test(s);

/**
 * Levantine compound toponyms (كفر نوران، خربة الجحيش، عين الخضرة، تل السمن): a head noun of places and a name
 * word are one place where the context is a place's — coordinated with a place (والأتارب وكفر نوران), or after a
 * preposition of place or «على» after a bombardment word (القصف على بسيمة وعين الخضرة). Heads that are also
 * everyday nouns (عين، بيت، دير) after a preposition need a name word that is no everyday word and no given name:
 * «في بيت حانون» is a town, «في بيت أحمد» a house. Runs before the tagger, after the known names.
 */
const COMPOUND_HEAD = formTest((key) => wordLists().placeCompoundHeads.has(key));
const ATTACK_PREPOSITION = formTest((key) => wordLists().placeAttackPrepositions.has(key));
/** و + a word: where a list may go on (the whole word is the first reading tested). */
const CONJOINED_WORD = formTest((key) => key.length >= 4 && key[0] === 'و');

export function placeCompoundRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const i of work.positionsOf(COMPOUND_HEAD)) {
    const t = tokens[i]!;
    if (i < 1 || i >= tokens.length - 1 || t.kind !== 'arabic' || work.owner[i] !== 0) continue;
    const f = work.firstForm(i, COMPOUND_HEAD);
    if (!f || !(f.strip === 0 || (f.strip === 1 && t.norm[0] === 'و'))) continue;
    const strip = f.strip;
    const sentence = t.sentence;
    const head = t.norm.slice(strip);
    // A one-word known place right after the head (كفر حلوان) is the compound's name word, where the context
    // says place: it gives way below.
    const held = work.at(i + 1);
    const absorbed =
      held?.label === 'LOC' &&
      held.startToken === i + 1 &&
      held.endToken === i + 2 &&
      held.source === 'lexicon'
        ? held
        : null;
    if (absorbed) work.remove(absorbed);
    const restore = () => {
      if (absorbed) work.add(absorbed);
    };
    if (!isCompoundNameWord(work, i + 1, sentence)) {
      restore();
      continue;
    }
    const name = tokens[i + 1]!.norm;
    // Coordinated with a place (… والأتارب وكفر نوران، … الهيشة، تل السمن).
    const prev = strip === 1 ? i - 1 : COMMA.has(tokens[i - 1]!.text) ? i - 2 : -1;
    const prevDraft = prev >= 0 && tokens[prev]?.sentence === sentence ? work.at(prev) : null;
    let ok = prevDraft?.label === 'LOC' && prevDraft.endToken === prev + 1;
    // An unknown word coordinated before it, after a preposition of place: على بسيمة وعين الخضرة.
    let before = -1;
    if (!ok && strip === 1 && isWord(work, i - 1, sentence) && isUnknownWord(work, tokens[i - 1]!.norm)) {
      if (placeContextBefore(work, i - 2, sentence)) {
        ok = true;
        before = i - 1;
      }
    }
    if (!ok && strip === 0 && placeContextBefore(work, i - 1, sentence)) {
      const everyday = l.placeCompoundHeadsEveryday.has(head);
      ok = !everyday || (!absorbed && isUnknownWord(work, name));
    }
    if (!ok) {
      restore();
      continue;
    }
    let end = i + 2;
    if (isWord(work, end, sentence) && l.placeNameAdjectives.has(tokens[end]!.norm)) end++;
    if (!addNew(work, 'LOC', i, end, strip, 0.7)) restore();
    else if (before >= 0) addNew(work, 'LOC', before, i, 0, 0.6);
  }
}

/** The shapes of verbs: أفعل, an imperfect prefix on four letters or more, a past plural or feminine ending. */
const VERB_LIKE = /^(ا[\u0621-\u064a]{3}|[يتن][\u0621-\u064a]{3,}|[\u0621-\u064a]{3,}(وا|ت))$/;

/** True when a word is a known word or a trigger with an attached pronoun (استقبله، قطرها، إدارتها). */
function isWordWithPronoun(work: Work, norm: string, surface: string): boolean {
  return hasPronounSuffix(
    work.lists.pronounSuffixes,
    norm,
    (stem) => isKnownStem(work, stem) || work.lists.triggers.startsWith(stem),
    surface,
  );
}

/**
 * A word no list knows, coordinated right after a place that follows a preposition of place, is a place too:
 * «باتجاه السخنة وأرك». Everyday words, verbs with a pronoun (واستقبله), given names and triggers are not.
 */
export function coordinatedPlaceRule(work: Work): void {
  const tokens = work.tokens;
  for (const i of work.positionsOf(CONJOINED_WORD)) {
    const t = tokens[i]!;
    // The word itself starts with و (a reading after another proclitic does not: بوعود = with promises).
    if (i < 2 || t.kind !== 'arabic' || t.norm[0] !== 'و') continue;
    // The tagger's guess of another kind on the word alone (ومعردس as a person) gives way to the list.
    const guess = work.at(i);
    if (guess && !(guess.source === 'model' && guess.label !== 'LOC' && guess.endToken === i + 1)) continue;
    if (guess && guess.startToken !== i) continue;
    const prev = work.at(i - 1);
    if (prev?.label !== 'LOC' || prev.endToken !== i) continue;
    const sentence = t.sentence;
    if (tokens[i - 1]!.sentence !== sentence) continue;
    // The list the place ends: back over places joined by و (على صوران وطيبة الإمام | ومعردس) to its preposition.
    let first = prev;
    for (let hops = 0; hops < 8; hops++) {
      const head = tokens[first.startToken]!;
      const earlier = work.at(first.startToken - 1);
      if (head.norm[0] !== 'و' || earlier?.label !== 'LOC' || earlier.endToken !== first.startToken) break;
      first = earlier;
    }
    const rest = t.norm.slice(1);
    // After two places or more the list says what a starter's name is (خان العسل والراشدين | والشيخ سليمان);
    // after one, only a starter that is no title too.
    if (
      work.lists.placeNameStarters.has(rest) &&
      (first !== prev ||
        (placeContextBefore(work, first.startToken - 1, sentence) && !triggerWordAt(work, i)?.title))
    ) {
      conjoinedStarterPlace(work, i);
      continue;
    }
    if (!placeContextBefore(work, first.startToken - 1, sentence)) continue;
    // A town the gazetteer has but only in a place context (وراجو after القصف على جنديرس): this is one.
    const known = nameAt(work, i, true);
    if (known && known.strip > 0 && work.knowledge.entities.get(known.hit.entityId)?.label === 'LOC') {
      replaceGuess(work, guess, () => addKnownName(work, i, known, 0.8));
      continue;
    }
    // A word that begins with و of its own (وفاة = death; وقفات, the plural of وقفة) is no conjunction.
    if (isKnownStem(work, t.norm) || work.lists.personParts.has(t.norm)) continue;
    if (isFemininePluralOfWord(work, t.norm)) continue;
    if (!isUnknownWord(work, rest) || isWordWithPronoun(work, rest, t.text)) continue;
    if (work.formsAt(i).some((f, n) => n > 0 && isKnownStem(work, f.key))) continue;
    // A noun governing the name after it (وعطش دمشق = and the thirst of Damascus) is no place of its own.
    const next = tokens[i + 1];
    if (next && next.sentence === sentence && work.owner[i + 1] !== 0) continue;
    // Verbs no word list has: أفعل (وأرجأ), the imperfect (ويلتقي، وتسلم) and past endings (وصلوا، عادت).
    if (VERB_LIKE.test(rest)) continue;
    replaceGuess(work, guess, () => addNew(work, 'LOC', i, i + 1, 1, 0.6));
  }
}

/**
 * A place of two words that starts with و + a starter (خان العسل والراشدين | والشيخ سليمان): the list makes it a
 * place, where alone الشيخ would be a title. Not after a kunya's particle (وأبو محمد may be a person).
 */
function conjoinedStarterPlace(work: Work, i: number): void {
  if (work.lists.kunyaParticles.has(work.tokens[i]!.norm.slice(1))) return;
  const end = placeNameEnd(work, i, 1, true);
  if (end === null || end < i + 2) return;
  addOverModelGuesses(work, 'LOC', i, end, 1, 0.6, (guess) => guess.label === 'LOC');
}

/** Adds a mention in place of a guess (removed first, put back when the mention is refused). */
function replaceGuess(work: Work, guess: Draft | null | undefined, add: () => boolean): void {
  if (guess) work.remove(guess);
  if (!add() && guess) work.add(guess);
}

/**
 * A word no list knows right after an attack on a place (القصف على جنديرس، غارات على …): a place. Lists go on from
 * it by `coordinatedPlaceRule`.
 */
export function attackedPlaceRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const p of work.positionsOf(ATTACK_PREPOSITION)) {
    const i = p + 1;
    const t = tokens[i];
    if (t?.kind !== 'arabic' || work.owner[i] !== 0 || t.norm.length < 3) continue;
    const on = tokens[p]!;
    if (on.sentence !== t.sentence || !l.placeAttackPrepositions.has(on.norm)) continue;
    if (!placeContextBefore(work, i - 1, t.sentence)) continue;
    if (!isUnknownWord(work, t.norm) || isWordWithPronoun(work, t.norm, t.text) || VERB_LIKE.test(t.norm))
      continue;
    if (isInflectedKnownWord(work, t.norm)) continue; // محورين: two axes
    if (hasTanwinFath(t.text) || work.formsAt(i).some((f, n) => n > 0 && isKnownStem(work, f.key))) continue;
    // A noun governing a name after it (على مواقع …) is no place of its own, nor one an adjective describes
    // (على منشأة طبية).
    if (work.owner[i + 1] !== 0 && tokens[i + 1]?.sentence === t.sentence) continue;
    const after = tokens[i + 1]?.norm ?? '';
    if (!after.startsWith('ال') && /(يه|ي)$/.test(after) && after.length > 3) continue;
    addNew(work, 'LOC', i, i + 1, 0, 0.6);
  }
}

/** A dual or plural of a known word or trigger noun (محورين، جبهتين، مواقعها no; قريتين): no name of its own. */
function isInflectedKnownWord(work: Work, norm: string): boolean {
  for (const ending of ['ين', 'ان', 'ات', 'ون']) {
    if (norm.length < ending.length + 3 || !norm.endsWith(ending)) continue;
    const stem = norm.slice(0, -ending.length);
    if (isKnownStem(work, stem) || work.lists.triggers.has(stem) || isKnownStem(work, `${stem}ه`))
      return true;
    if (work.lists.triggers.has(`${stem}ه`)) return true;
  }
  return false;
}
