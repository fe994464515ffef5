import {
  hasVerbOrParticipleShape,
  isDefiniteFamilyName,
  isNameSpelling,
  isNameSpellingInName,
  isNisbaFamilyName,
  isUnfamiliar,
  withEnd,
} from './person-rule.js';
import {
  isEverydayWord,
  isNounWithPronoun,
  isParticleAndImperfect,
  lineBreakBefore,
  startsWithConjunction,
  THAT_WORDS,
} from './rule-helpers.js';
import type { Draft, Work } from './work.js';

/**
 * Lists of the dead, of candidates and obituaries write Arab names in full: the given name, the father's name
 * (compound or not: محمد خير، عبد الرزاق) and the family name, which may be a definite word that is also a word
 * (العبيد), a given name after an honorific (الحاج يوسف، حاج عمر) or an honorific alone (الشيخ). A person found by
 * its first two names takes such a family name when punctuation or the end of the line closes the name there:
 * «محمود خليل العبيد،»، «خديجة عبد الرزاق البكور» at a line end. Known persons are complete as the knowledge has them.
 */
export function fullNameExtension(work: Work, d: Draft): Draft {
  if (d.label !== 'PER' || d.source === 'lexicon' || d.end <= d.start) return d;
  // A kunya (أم أحمد، أبو خليل) is a whole name; what follows it is the sentence's (see kunyaNisba).
  if (work.lists.kunyaParticles.has(work.tokens[d.startToken]!.norm)) return d;
  let grown = d;
  const compound = compoundPartEnd(work, grown);
  if (compound) grown = extend(work, grown, compound);
  if (nameUnits(work, grown) === 1) {
    const named = givenAndFatherNamed(work, grown);
    if (named !== grown) return named;
  }
  if (grown.endToken - grown.startToken < 2 || !endsWithName(work, grown)) return grown;
  // A grandfather's name (عبد الله | فيصل | قدور): a given name that another name word follows.
  while (grown.endToken - grown.startToken < MAX_FULL_NAME - 1 && isAncestorNameAt(work, grown)) {
    const next = extend(work, grown, grown.endToken + 1);
    if (next === grown) break;
    grown = next;
  }
  const family = familyNameEnd(work, grown);
  return family ? extend(work, grown, family) : grown;
}

/**
 * A given name alone, then a father's given name and a family name that closes the phrase (أحمد ذيب الشرع،), or
 * a family name of an honorific and a given name (عبد الله الحاج يوسف من جرجناز).
 * The father's name must be a given name no dictionary has, so that two words vouch for the third.
 */
function givenAndFatherNamed(work: Work, d: Draft): Draft {
  const p = d.endToken;
  const father = work.tokens[p];
  if (!father || father.proclitic || !isFreeWordOfSentence(work, d, p) || !isGivenName(work, d.startToken))
    return d;
  // A family name of an honorific and a given name follows a given name at once: عبد الله | الحاج يوسف.
  if (isHonorific(work, father.norm)) {
    const family = familyNameEnd(work, d);
    return family ? extend(work, d, family) : d;
  }
  if (!work.lists.curatedGivenNames.has(father.norm)) return d;
  const family = familyNameEnd(work, withEnd(work, d, p + 1));
  return family ? extend(work, d, family) : d;
}

/** Words of the longest full name (given, father's, grandfather's and family name, one of them compound). */
const MAX_FULL_NAME = 5;

/** A free given name after the draft, itself followed by a name word: a father's or grandfather's name. */
function isAncestorNameAt(work: Work, d: Draft): boolean {
  const p = d.endToken;
  const word = work.tokens[p];
  if (!word || word.proclitic || !isFreeWordOfSentence(work, d, p)) return false;
  if (!work.lists.curatedGivenNames.has(word.norm) && !work.lists.personParts.has(word.norm)) return false;
  const after = work.tokens[p + 1];
  if (!after || after.proclitic || !isWordOfSentence(work, d, p + 1) || isNounWithPronoun(work, p + 1))
    return false;
  const l = work.lists;
  return l.personParts.has(after.norm) || l.curatedGivenNames.has(after.norm) || isUnfamiliar(work, p + 1);
}

/** The end of the second word of a compound given name after the draft (محمد + خير), or null. */
function compoundPartEnd(work: Work, d: Draft): number | null {
  const next = work.tokens[d.endToken];
  if (!next || !isFreeWordOfSentence(work, d, d.endToken)) return null;
  if (!work.lists.compoundNameEnds.has(next.norm) || !endsWithName(work, d)) return null;
  return d.endToken + 1;
}

/** The end of the family name that closes the name right after the draft, or null. */
function familyNameEnd(work: Work, d: Draft): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const p = d.endToken;
  const word = tokens[p];
  if (!word || word.proclitic || !isWordOfSentence(work, d, p)) return null;
  // An honorific and a given name (الحاج يوسف، شيخ عمر): the family name of many Syrian families.
  if (isHonorific(work, word.norm) && isGivenNameAt(work, p + 1, d) && closesName(work, p + 2, true))
    return p + 2;
  if (isNounWithPronoun(work, p)) return null;
  const held = work.at(p);
  // A one-word person the tagger or a rule split off (عمر محمد خير | الأحمد) is the family name.
  if (held && !(held.label === 'PER' && held.source !== 'lexicon' && held.endToken === p + 1)) return null;
  const norm = word.norm;
  // After a given name and a father's name (محمود خليل) even an everyday word is the family name (العبيد); after a
  // grandfather's too the name is whole but for a word no dictionary has.
  const fatherNamed =
    nameUnits(work, d) === 2 &&
    isGivenName(work, d.startToken) &&
    (isGivenName(work, p - 1) || afterParticle(work, p - 1));
  const everyday = isEverydayWord(work, norm) && !l.personParts.has(norm) && !l.familyHonorifics.has(norm);
  // One word more before punctuation or the line's end; after a father's name also before the next clause
  // (… العمر أكد، … نعناع إن، … قدور من), but an everyday word before a preposition is an adjective with its
  // complement (روجين حسن العاملة في).
  const closed =
    closesName(work, p + 1, false) || (fatherNamed && opensClause(work, p + 1, everyday ? 'verb' : 'any'));
  if (!closed) return null;
  if (!norm.startsWith('ال')) {
    const indefinite = isUnfamiliar(work, p) || (fatherNamed && isIndefiniteFamilyWord(work, p));
    return held || indefinite ? p + 1 : null;
  }
  const family =
    l.nameHonorifics.has(norm) ||
    l.personParts.has(norm) ||
    isNisbaFamilyName(work, norm) ||
    (isDefiniteFamilyName(work, norm) && (!l.common.has(norm) || fatherNamed || !!held));
  return family ? p + 1 : null;
}

/**
 * What may start the clause after a name: a speech verb (أكد، قال), «أن/إن»; with `any` also a preposition or
 * another particle, or ل written apart with a tatweel (لـسمارت).
 */
function opensClause(work: Work, i: number, which: 'verb' | 'any'): boolean {
  const t = work.tokens[i];
  if (!t || t.kind !== 'arabic') return false;
  const l = work.lists;
  if (l.speechVerbs.has(t.norm) || THAT_WORDS.has(t.norm)) return true;
  // After an everyday word ل and the particles may govern it: يعادل جوان شيخموس النتيجة لـ«سري كانيه».
  if (which === 'verb') return false;
  return t.text.startsWith('لـ') || (l.functionWords.has(t.norm) && !isNameSpelling(work, i));
}

/** A noun that starts with ن (نعناع، نجار) has an imperfect verb's shape (نقول) but after a name is rarely one. */
const NOUN_WITH_NUN = /^ن[\u0621-\u064a]{3,}$/;

/** An indefinite word that may be a family name though a dictionary has it (نعناع، صباغ): no common word or verb. */
function isIndefiniteFamilyWord(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  return (
    norm.length > 2 &&
    !l.common.has(norm) &&
    !l.functionWords.has(norm) &&
    !l.triggers.startsWith(norm) &&
    !l.nationalities.has(norm) &&
    !l.speechVerbs.has(norm) &&
    !isParticleAndImperfect(norm, '') &&
    !(hasVerbOrParticipleShape(norm) && !NOUN_WITH_NUN.test(norm)) &&
    !startsWithConjunction(work, norm) &&
    // A conjunction or preposition on an everyday word or a verb of saying (فقالت، وبيان) starts the next phrase.
    !work.formsAt(i).some((f, n) => n > 0 && (isEverydayWord(work, f.key) || l.speechVerbs.has(f.key)))
  );
}

/** The names a person draft holds: its words less particles and second words of compounds (عبد الله فيصل: 2). */
function nameUnits(work: Work, d: Draft): number {
  const l = work.lists;
  let units = 0;
  for (let i = d.startToken; i < d.endToken; i++) {
    const norm = work.tokens[i]!.norm;
    const afterParticleWord = i > d.startToken && l.nameParticles.has(work.tokens[i - 1]!.norm);
    const compoundEnd = i > d.startToken && l.compoundNameEnds.has(norm) && !afterParticleWord;
    if (!l.nameParticles.has(norm) && !compoundEnd) units++;
  }
  return units;
}

/** Token i follows a name particle (عبد الإله، أبو خليل): a name word whatever it is. */
function afterParticle(work: Work, i: number): boolean {
  const before = work.tokens[i - 1]?.norm ?? '';
  return work.lists.nameParticles.has(before) && before !== 'ال';
}

/** The draft grown to `end`, in place of the draft and of any one-word person it absorbs. */
function extend(work: Work, d: Draft, end: number): Draft {
  const absorbed: Draft[] = [];
  for (let j = d.endToken; j < end; j++) {
    const held = work.at(j);
    if (held && !absorbed.includes(held)) absorbed.push(held);
  }
  for (const held of absorbed) work.remove(held);
  work.remove(d);
  const grown = withEnd(work, d, end);
  if (work.add(grown)) return grown;
  work.add(d);
  for (const held of absorbed) work.add(held);
  return d;
}

/** The draft's last word is a name word: a given name, or the word after a particle (عبد الحميد، أبو خليل). */
function endsWithName(work: Work, d: Draft): boolean {
  const l = work.lists;
  const last = work.tokens[d.endToken - 1]!.norm;
  const before = d.endToken - 2 >= d.startToken ? work.tokens[d.endToken - 2]!.norm : '';
  return (
    l.personParts.has(last) ||
    l.curatedGivenNames.has(last) ||
    l.compoundNameEnds.has(last) ||
    (l.nameParticles.has(before) && before !== 'ال')
  );
}

function isHonorific(work: Work, norm: string): boolean {
  return work.lists.familyHonorifics.has(norm);
}

/** A given name at token i of the draft's sentence, free or a one-word person of the tagger. */
function isGivenNameAt(work: Work, i: number, d: Draft): boolean {
  const t = work.tokens[i];
  if (!t || !isWordOfSentence(work, d, i) || t.proclitic) return false;
  const held = work.at(i);
  if (held && !(held.label === 'PER' && held.source !== 'lexicon' && held.startToken === i)) return false;
  return isGivenName(work, i);
}

function isGivenName(work: Work, i: number): boolean {
  const norm = work.tokens[i]!.norm;
  return (
    work.lists.curatedGivenNames.has(norm) ||
    work.lists.personParts.has(norm) ||
    isNameSpellingInName(work, i)
  );
}

/**
 * Nothing of the name's phrase follows token i - 1: punctuation, the end of the line or of the sentence, or, when
 * `byParticle`, a particle or preposition that starts the next phrase (… الحاج يوسف من جرجناز).
 */
function closesName(work: Work, i: number, byParticle: boolean): boolean {
  const t = work.tokens[i];
  if (!t || t.sentence !== work.tokens[i - 1]!.sentence || lineBreakBefore(work, i)) return true;
  if (t.kind === 'punct') return true;
  return byParticle && work.lists.functionWords.has(t.norm) && !isNameSpelling(work, i);
}

function isWordOfSentence(work: Work, d: Draft, i: number): boolean {
  const t = work.tokens[i];
  return (
    t?.kind === 'arabic' && t.sentence === work.tokens[d.startToken]!.sentence && !lineBreakBefore(work, i)
  );
}

function isFreeWordOfSentence(work: Work, d: Draft, i: number): boolean {
  return isWordOfSentence(work, d, i) && work.owner[i] === 0;
}
