import type { EntityLabel } from '../types.js';
import { originalOffset } from './clitics.js';
import { type TriggerKinds, wordLists } from './word-lists.js';
import { type Draft, formTest, type Work } from './work.js';

/** Helpers shared by the trigger rules (titles, place nouns, organisation nouns). */

/** Quotes around a name (« » “ ” "): “ also closes, as some texts write it both ways. */
export const QUOTES_OPEN: ReadonlySet<string> = new Set(['«', '“', '"']);
export const QUOTES_CLOSE: ReadonlySet<string> = new Set(['»', '”', '"', '“']);

/**
 * Whether `norm` is a word with an attached pronoun (استقبله، قطرها، إدارتها) whose stem passes `isStem`: the
 * stem is tried as written and, when it ends in ت, with its ة back (إدارت → اداره). Stems keep three letters.
 * A word written with ة (`surface`) has no pronoun ه: ة and ه fold together only for matching (جبلة).
 */
export function hasPronounSuffix(
  suffixes: readonly string[],
  norm: string,
  isStem: (stem: string) => boolean,
  surface = '',
): boolean {
  const taMarbuta = surface.endsWith('ة');
  for (const suffix of suffixes) {
    if (norm.length - suffix.length < 3 || !norm.endsWith(suffix)) continue;
    if (taMarbuta && suffix === 'ه') continue;
    const stem = norm.slice(0, -suffix.length);
    if (isStem(stem) || (stem.endsWith('ت') && isStem(`${stem.slice(0, -1)}ه`))) return true;
    // A final hamza takes a seat before the pronoun: أحياء → أحيائها، أعضاء → أعضاؤها.
    if ((stem.endsWith('ئ') || stem.endsWith('ؤ')) && isStem(`${stem.slice(0, -1)}ء`)) return true;
  }
  return false;
}

/**
 * An everyday noun with an attached pronoun of two letters or more (حديثها، كلامهم، بأيدينا): it follows a person's name, it
 * is never part of one (a title of a work may end in one: أولاد حارتنا). A final ه alone is left alone: names
 * written with ه for ة (سلامه) end that way too.
 */
export function isNounWithPronoun(work: Work, i: number): boolean {
  const t = work.tokens[i]!;
  const l = work.lists;
  if (t.kind !== 'arabic' || l.personParts.has(t.norm) || l.anyGivenNames.has(t.norm)) return false;
  // Also behind a proclitic: بأيدينا (with our hands).
  return work.hasForm(i, NOUN_WITH_LONG_PRONOUN);
}

/** A word the vocabulary or the list of common words knows, asked of a key alone (see `isEverydayWord`). */
export const isEverydayStem = (stem: string) =>
  wordLists().vocabulary.has(stem) || wordLists().common.has(stem);

/**
 * Some reading is an everyday noun + a pronoun of two letters or more (see `isNounWithPronoun`), worked out once per
 * word for the corpus. The surface is not needed: only a one-letter ه depends on it.
 */
const NOUN_WITH_LONG_PRONOUN = formTest(
  (key) =>
    !wordLists().personParts.has(key) &&
    hasPronounSuffix(wordLists().longPronounSuffixes, key, isEverydayStem),
  false,
);

/** A kinship noun with a pronoun (ابنه، زوجته، وطفلتها); the spelling decides: ابنة (ة) carries no pronoun. */
export function isKinshipWord(work: Work, i: number): boolean {
  const t = work.tokens[i]!;
  const l = work.lists;
  return work
    .formsAt(i)
    .some((f) =>
      hasPronounSuffix(
        l.pronounSuffixes,
        f.key,
        (stem) => l.kinshipNouns.has(stem) || l.kinshipDuals.has(stem),
        t.text,
      ),
    );
}

/** «That» (أن/إن and their pronoun forms, folded): what a reported clause or a speaker's words start with. */
export const THAT_WORDS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما']);

export const isTitle = (k: TriggerKinds) => !!k.title;
export const isPlaceNoun = (k: TriggerKinds) => !!(k.place || k.placeList || k.placeInside);
export const isOrgNoun = (k: TriggerKinds) => !!(k.orgInside || k.orgOutside);
export const isStateBody = (k: TriggerKinds) => !!(k.stateBodyFeminine || k.stateBodyMasculine);

export interface TriggerAt {
  readonly end: number;
  readonly kinds: TriggerKinds;
  readonly strip: number;
}

/** The longest trigger phrase of the wanted kind starting at token i (proclitics allowed on its first word). */
export function triggerAt(work: Work, i: number, wanted: (k: TriggerKinds) => boolean): TriggerAt | null {
  const token = work.tokens[i];
  if (token?.kind !== 'arabic' || !work.startsTrigger(i)) return null;
  for (const form of work.formsAt(i)) {
    const m = work.lists.triggers.longest(work.tokens, i, form.key, wanted);
    if (m) return { end: m.end, kinds: m.value, strip: form.strip };
  }
  return null;
}

export function isWord(work: Work, i: number, sentence: number): boolean {
  const t = work.tokens[i];
  return !!t && t.sentence === sentence && t.kind === 'arabic' && work.owner[i] === 0;
}

/**
 * A definite verbal noun of the derived forms (الإعلان، الاقتحام، الانسحاب، الاستهداف): an everyday word that
 * word lists may lack, never a family name nor a body's portfolio.
 */
export const DEFINITE_MASDAR =
  /^ال(است[\u0621-\u064a]{2}|ان[\u0621-\u064a]{2}|ا[\u0621-\u064a]ت[\u0621-\u064a]|ا[\u0621-\u064a]{2})ا[\u0621-\u064a]$/;

/** Three or more Arabic letters: the rest of an imperfect verb after its prefix (يقرر → قرر). */
const VERB_REST = /^[\u0621-\u064a]{3,}$/;

/**
 * One of the `particles` letters (ل ف و) + an imperfect verb of four letters or more (ليقرر، فيقول، وتختم): the
 * start of a clause, never a name. Which particles count is the caller's: after a title ل and ف start a clause,
 * before a kunya و and ف do.
 */
export function isParticleAndImperfect(norm: string, particles: string): boolean {
  return (
    norm.length >= 5 &&
    particles.includes(norm[0]!) &&
    (norm[1] === 'ي' || norm[1] === 'ت' || norm[1] === 'ن') &&
    VERB_REST.test(norm.slice(2))
  );
}

/** How far after the verb its على may stand: أشرف شخصياً على، أشرف أمس الأحد على. */
const VERB_COMPLEMENT_REACH = 3;

/**
 * A given name that is also a verb (أشرف) used as the verb: على follows within a few words, spelt with ى or with a
 * pronoun (أشرف أمس على التوزيع، أشرف عليها). The name علي after it is spelt with ي (أشرف علي).
 */
export function isGivenNameVerb(work: Work, k: number): boolean {
  const tokens = work.tokens;
  const t = tokens[k];
  if (t?.kind !== 'arabic' || !work.lists.verbGivenNames.has(t.norm)) return false;
  for (let j = k + 1; j <= k + VERB_COMPLEMENT_REACH && j < tokens.length; j++) {
    const next = tokens[j]!;
    if (next.sentence !== t.sentence) return false;
    if (next.text === 'على' || /^عليه(ا|م|ما)?$/.test(next.norm)) return true;
  }
  return false;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * True when a speech verb or noun (قال، تصريح) stands at most `reach` words before token i in its sentence, some
 * reading of it included (فقال). A word of `clauseOpeners` on the way (إن after قال: the reported clause began)
 * ends the search.
 */
export function speechBefore(
  work: Work,
  i: number,
  reach: number,
  clauseOpeners: ReadonlySet<string> = NO_WORDS,
): boolean {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && i - j <= reach && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.kind !== 'arabic') continue;
    if (clauseOpeners.has(tokens[j]!.norm)) return false;
    if (work.anyFormAt(j, (key) => l.speechVerbs.has(key) || l.speechNouns.has(key))) return true;
  }
  return false;
}

/** و + an everyday word or a known name start: a conjunction, so a new phrase begins here. */
export function startsWithConjunction(work: Work, norm: string): boolean {
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
export function isNameBreaker(work: Work, norm: string): boolean {
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

export function addNew(
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

/** A known word + وا (سلموا، قصفوا): a verb in the plural of the past tense. */
export function isPastPlural(work: Work, key: string): boolean {
  const stem = key.slice(0, -2);
  const l = work.lists;
  return stem.length >= 3 && (l.vocabulary.has(stem) || l.common.has(stem) || l.vocabulary.has(`${stem}ت`));
}

/** A line break stands between token i and the one before it, or token i opens the text. */
export function lineBreakBefore(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  return !before || work.text.slice(before.end, work.tokens[i]!.start).includes('\n');
}

/**
 * Token i is «على» after a word of attack or control within three words (القصف على، سيطرت … على): what follows
 * it is a place.
 */
export function attackOnAt(work: Work, i: number, sentence: number): boolean {
  const l = work.lists;
  const t = work.tokens[i];
  if (!t || t.sentence !== sentence || !l.placeAttackPrepositions.has(t.norm)) return false;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    if (work.tokens[k]!.sentence !== sentence) return false;
    if (work.anyFormAt(k, (key) => l.placeAttackWords.has(key))) return true;
  }
  return false;
}

/**
 * A word that starts with a preposition's letter (ب ل ك) and is the dual or plural of an everyday word (برميلان:
 * two barrels, قذيفتين): read whole, never as the preposition + a name (ب + رميلان). A conjunction (و ف) attaches
 * to any word, a town's name among them (وحريتان), so it is not asked here.
 */
export function isDualOrPluralOfEverydayWord(work: Work, norm: string): boolean {
  if (!'بلك'.includes(norm[0] ?? '')) return false;
  for (const ending of ['ان', 'ين', 'ات', 'ون']) {
    if (norm.length < ending.length + 4 || !norm.endsWith(ending)) continue;
    const stem = norm.slice(0, -ending.length);
    if (isEverydayWord(work, stem)) return true;
    // قذيفتين، سيارات: the feminine ة of the singular (ت before a dual ending, dropped before ات).
    if (ending === 'ات' && isEverydayWord(work, `${stem}ه`)) return true;
    if (stem.endsWith('ت') && isEverydayWord(work, `${stem.slice(0, -1)}ه`)) return true;
  }
  return false;
}

/** A word the vocabulary or the list of common words knows. */
export function isEverydayWord(work: Work, norm: string): boolean {
  return work.lists.vocabulary.has(norm) || work.lists.common.has(norm);
}

/**
 * A definite word right after a title's linker (في، لدى) is where the title holds, never a person's first name:
 * القاضي في الدار | وليد المحاميد.
 */
export function isDefiniteAfterLinker(work: Work, k: number): boolean {
  const t = work.tokens[k]!;
  return (
    k > 0 &&
    t.norm.startsWith('ال') &&
    !t.proclitic &&
    work.lists.personLinkers.has(work.tokens[k - 1]!.norm) &&
    !work.lists.curatedGivenNames.has(t.norm)
  );
}

/** The stem of a participle of a weak-ended verb (خالٍ، عالٍ): فاعِية spelt like a nisba. */
const DEFECTIVE_PARTICIPLE = /^[^ا]ا[^ا]$/;

/**
 * An indefinite feminine nisba adjective: it ends in ية and it, its definite or masculine form, or the noun it is
 * made from is an everyday word (مذهبية، حدودية، ساحلية). A name ending so is made from no
 * word (مخيم يمضية: يمضي is a verb, no noun).
 */
export function isFeminineNisba(work: Work, norm: string): boolean {
  if (norm.startsWith('ال') || !norm.endsWith('يه')) return false;
  const stem = norm.slice(0, -2);
  if (stem.length < 3) return false; // (سي آي) إيه
  return (
    DEFECTIVE_PARTICIPLE.test(stem) || // خالية، عالية، باقية
    isEverydayWord(work, `ال${norm}`) ||
    isEverydayWord(work, `ال${stem}ي`) ||
    isEverydayWord(work, stem) ||
    isEverydayWord(work, `ال${stem}`)
  );
}

/**
 * Adds a mention over tokens [from, end) in place of the tagger's guesses inside it, each of which must lie within
 * the range and not be refused by `keeps` (a guess the caller wants to stand). Nothing changes when the mention is
 * refused: the guesses are put back.
 */
export function addOverModelGuesses(
  work: Work,
  label: EntityLabel,
  from: number,
  end: number,
  strip: number,
  confidence: number,
  keeps: (guess: Draft) => boolean = () => false,
): boolean {
  const guesses: Draft[] = [];
  for (let k = from; k < end; k++) {
    const guess = work.at(k);
    if (!guess || guesses.includes(guess)) continue;
    if (guess.source !== 'model' || guess.startToken < from || guess.endToken > end || keeps(guess))
      return false;
    guesses.push(guess);
  }
  for (const guess of guesses) work.remove(guess);
  if (addNew(work, label, from, end, strip, confidence)) return true;
  for (const guess of guesses) work.add(guess);
  return false;
}
