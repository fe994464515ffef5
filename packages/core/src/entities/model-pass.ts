import type { ModelSpan } from '../model/index.js';
import type { EntityLabel, Token } from '../types.js';
import { originalOffset } from './clitics.js';
import { afterVerbParticle, hasTanwinFath, nameAt, triggerWordAt } from './lexicon-pass.js';
import {
  isDefiniteAfterLinker,
  isDualOrPluralOfEverydayWord,
  isEverydayStem,
  isEverydayWord,
  isFeminineNisba,
  isGivenNameVerb,
  isNounWithPronoun,
  QUOTES_CLOSE,
  QUOTES_OPEN,
} from './rule-helpers.js';
import { type TriggerKinds, wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/** Model spans at least this sure go before the trigger rules; the others only fill what the rules left. */
export const SURE_MODEL_SPAN = 0.5;
/**
 * An imperfect verb in the dual or plural (يضمنان، تقولون), also with the future's س (سيعودان): the tagger sometimes
 * takes one for a name.
 */
const VERB_SHAPE = /^(س[يت][\u0621-\u064a]{3,}|[يت][\u0621-\u064a]{2,})(ان|ون|ين|وا)$/;

// Readings asked of the words of every model span: answered once per word for the corpus (see `formTest`).
/** Some reading is an everyday word (وطيران: و + طيران). */
const EVERYDAY_READING = formTest(isEverydayStem, false);
/** Some reading is an organisation noun with the article (المنظمة، للمنظمة). */
const DEFINITE_ORG_NOUN = formTest(
  (key) => key.startsWith('ال') && isOrgKinds(wordLists().triggers.get(key.slice(2))),
  false,
);

function isOrgKinds(kinds: TriggerKinds | null | undefined): boolean {
  return !!kinds && !!(kinds.orgInside || kinds.orgOutside);
}

/**
 * A model span that adds words before a known name (بيل كلينتون where the lexicon knew كلينتون, اتحاد طنجة where
 * it knew طنجة) replaces the shorter mention. Words after the name are never added this way (جون كيري ناقشا), nor
 * trigger nouns the guideline leaves out (مدينة حلب، الرئيس الأسد) or everyday words.
 */
function extendsKnownName(work: Work, from: number, to: number): boolean {
  const held = work.at(to - 1);
  if (!held || held.startToken <= from || held.endToken !== to) return false;
  // An organisation noun the lexicon left outside a body's known name stays outside: منظمة | اليونسكو.
  if (
    held.label === 'ORG' &&
    held.source === 'lexicon' &&
    triggerWordAt(work, held.startToken - 1)?.orgInside
  )
    return false;
  const l = work.lists;
  // «ابن كفرزيتا»: a native of the place, no person named after it.
  if (held.label === 'LOC' && held.startToken === from + 1 && l.kinshipNouns.has(work.tokens[from]!.norm))
    return false;
  for (let i = from; i < held.startToken; i++) {
    const t = work.tokens[i]!;
    if (work.owner[i] !== 0 || t.kind !== 'arabic') return false;
    const kinds = triggerWordAt(work, i);
    if (kinds && (kinds.title || kinds.place || kinds.orgOutside || kinds.placeList)) return false;
    if (l.nationalities.has(t.norm) || l.common.has(t.norm)) return false;
    // An everyday word, also behind a proclitic (وطيران | الأسد), is no part of the name.
    if (!l.personParts.has(t.norm) && !kinds?.orgInside && work.hasForm(i, EVERYDAY_READING)) return false;
  }
  work.remove(held);
  return true;
}

/** A word between a title and a name (باسمها، لدى، السابق): a span that starts with one slid off the name. */
function isLinker(work: Work, norm: string): boolean {
  return work.lists.personLinkers.has(norm) || work.lists.functionWords.has(norm);
}

/** An organisation noun with the article (المنظمة، الحركة، للمنظمة): a reference back, no name. */
function isDefiniteOrgNoun(work: Work, i: number): boolean {
  return work.hasForm(i, DEFINITE_ORG_NOUN);
}

/** A title or a place noun that the guideline keeps out of a name: a model span starting with one loses it. */
function isOutsideTrigger(work: Work, i: number): boolean {
  const kinds = triggerWordAt(work, i);
  return !!kinds && !!(kinds.title || kinds.place || kinds.placeList) && !kinds.placeInside;
}

/** A relative pronoun before token k opens a clause there (اللواتي حررن …), unless a given name follows it. */
function isAfterRelativePronoun(work: Work, k: number): boolean {
  const before = work.tokens[k - 1];
  const l = work.lists;
  const first = work.tokens[k]!.norm;
  return (
    !!before &&
    l.relativePronouns.has(before.norm) &&
    !l.personParts.has(first) &&
    !l.anyGivenNames.has(first)
  );
}

/** Nouns and adjectives all in the feminine dual (قاعدتان دائمتان). */
function isFeminineDualPhrase(tokens: Work['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (norm.startsWith('ال') || norm.length < 5 || !(norm.endsWith('تان') || norm.endsWith('تين')))
      return false;
  }
  return true;
}

/**
 * A phrase that names nothing: it holds a particle (منظمة إن) or is a noun with indefinite everyday words after it
 * (منظمة محلية، مجلس محلي).
 */
function isGenericPhrase(work: Work, from: number, to: number, label: EntityLabel): boolean {
  const l = work.lists;
  const tokens = work.tokens;
  for (let k = from; k < to; k++) if (l.functionWords.has(tokens[k]!.norm)) return true;
  if (to - from < 2) return false;
  // A noun and an indefinite adjective of nationality (مليشيات إيرانية، فيتو روسي) describes, it names nothing.
  const last = tokens[to - 1]!.norm;
  if (!last.startsWith('ال') && l.nationalities.has(last) && !l.personParts.has(tokens[from]!.norm))
    return true;
  // … and anywhere after the first word of a person: فيتو روسي صيني سادس.
  for (let k = from + 1; k < to - 1 && label === 'PER'; k++) {
    const norm = tokens[k]!.norm;
    if (!norm.startsWith('ال') && l.nationalities.has(norm)) return true;
  }
  // A body's noun with the article refers back to the body (المنظمة، الشبكة); an indefinite word after it starts
  // what follows, a person most often (مدير العمليات في المنظمة بريس دو لا فين).
  if (label !== 'PER' && isDefiniteOrgNoun(work, from) && !tokens[from + 1]!.norm.startsWith('ال')) {
    const next = tokens[from + 1]!.norm;
    if (!l.nationalities.has(next) && !l.orgNameAdjectives.has(next)) return true;
  }
  // A feminine dual noun with its adjective (قاعدتان دائمتان، عمليتين انتحاريتين) counts things, it names no one.
  if (label === 'PER' && isFeminineDualPhrase(tokens, from, to)) return true;
  // So is a definite everyday noun that is no organisation noun, with one: المليشيات الإيرانية.
  const head = tokens[from]!.norm;
  if (
    to - from === 2 &&
    l.nationalities.has(last) &&
    head.startsWith('ال') &&
    (l.vocabulary.has(head) || l.common.has(head)) &&
    !l.triggers.has(head.slice(2)) &&
    !l.triggers.has(head)
  )
    return true;
  for (let k = from + 1; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (norm.startsWith('ال') || !(l.vocabulary.has(norm) || l.common.has(norm))) return false;
    if (l.personParts.has(norm)) return false;
  }
  return !!triggerWordAt(work, from);
}

/**
 * A title word (الناشط، المتحدث): a person's name never ends with one. Honorifics that are also family names
 * (محمد السيد، علي الحاج) stay.
 */
function isTitleAt(work: Work, i: number): boolean {
  return !!triggerWordAt(work, i)?.title && !work.lists.nameHonorifics.has(work.tokens[i]!.norm);
}

/** A one-letter proclitic written alone (لـ، بـ), a particle or a preposition of place: no name ends with one. */
function isTrailingParticle(work: Work, t: Token): boolean {
  const l = work.lists;
  return (
    t.kind === 'arabic' &&
    (t.norm.length === 1 || l.functionWords.has(t.norm) || l.spatialPrepositions.has(t.text))
  );
}

/** ل + a known name after a person (قالت يوسف | لرووداو): whom the person spoke to, no part of the name. */
function isToldName(work: Work, i: number): boolean {
  const t = work.tokens[i]!;
  if (t.kind !== 'arabic' || t.norm[0] !== 'ل') return false;
  const known = nameAt(work, i);
  return !!known && known.strip > 0 && known.end === i + 1;
}

/** A word that is surely no part of a person's name: an everyday word, also behind a proclitic (كلام، وبيان). */
function isEverydayNotName(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  if (l.personParts.has(norm) || l.anyGivenNames.has(norm) || l.nameParticles.has(norm)) return false;
  if (l.nameHonorifics.has(norm)) return false;
  return work.hasForm(i, EVERYDAY_READING);
}

/**
 * Where a person span of the model really starts: past everyday words before the name (كلام | علوش), and at a
 * kunya (أم محمد، أبو خالد) when no given name stands before it (وروت | أم محمد, but منى أبو زيد).
 */
function personStart(work: Work, from: number, to: number): number {
  const l = work.lists;
  const tokens = work.tokens;
  for (let k = from + 1; k < to - 1; k++) {
    if (!l.kunyaParticles.has(tokens[k]!.norm)) continue;
    let named = false;
    for (let j = from; j < k && !named; j++)
      named = l.personParts.has(tokens[j]!.norm) || l.anyGivenNames.has(tokens[j]!.norm);
    if (!named) return k;
  }
  // Before a definite word the everyday word may be a given name after all (نور الشريف، نور الدين).
  let start = from;
  while (start < to - 1 && isEverydayNotName(work, start) && !tokens[start + 1]!.norm.startsWith('ال'))
    start++;
  // A definite noun before a given name or a particle describes the person: والمقاتلان | عبد الله حسون.
  if (
    start < to - 1 &&
    (isDefiniteDescriptor(work, start) || isDefiniteAfterLinker(work, start)) &&
    startsName(work, start + 1)
  )
    start++;
  return start;
}

/** A definite word, also after و, that is no name word itself (المقاتلان, not الوليد). */
function isDefiniteDescriptor(work: Work, i: number): boolean {
  const l = work.lists;
  const norm = work.tokens[i]!.norm;
  const bare = norm.startsWith('وال') ? norm.slice(1) : norm;
  return (
    bare.startsWith('ال') &&
    !l.personParts.has(norm) &&
    !l.anyGivenNames.has(norm) &&
    !l.anyGivenNames.has(bare)
  );
}

/** A given name or a name particle (عبد، أبو) at token i. */
function startsName(work: Work, i: number): boolean {
  const norm = work.tokens[i]!.norm;
  const l = work.lists;
  return l.curatedGivenNames.has(norm) || (l.nameParticles.has(norm) && norm !== 'ال');
}

/**
 * Person spans of the tagger that run over «و + a given name» (لمياء طارق وعبير أحمد) hold two persons: each is a
 * span of its own (the second of two words at least). Only where و + the name is no name itself (وليد).
 */
function splitCoordinatedPersons(work: Work, spans: readonly ModelSpan[]): readonly ModelSpan[] {
  let out: ModelSpan[] | null = null;
  spans.forEach((span, n) => {
    let from = span.startToken;
    if (span.label === 'PER') {
      // The second part keeps two words at least: a given name and a family name.
      for (let k = from + 1; k + 1 < span.endToken; k++) {
        const norm = work.tokens[k]!.norm;
        if (!isConjunctionAndGivenName(work, norm)) continue;
        out ??= spans.slice(0, n);
        out.push({ ...span, startToken: from, endToken: k });
        from = k;
      }
    }
    if (out) out.push(from === span.startToken ? span : { ...span, startToken: from });
  });
  return out ?? spans;
}

/** و + a given name that و + it is not itself (وعبير، وأسامة; not وليد, وسام): «and» before a person. */
function isConjunctionAndGivenName(work: Work, norm: string): boolean {
  const l = work.lists;
  return norm[0] === 'و' && l.anyGivenNames.has(norm.slice(1)) && !l.anyGivenNames.has(norm);
}

const FEMININE_DEFINITE_NISBA = /^ال[\u0621-\u064a]{2,}يه$/;

/** How many words a short quoted name may hold after the tagger's guess. */
const QUOTED_NAME_REST = 3;

/**
 * A guess that opens a short quoted name and stops inside it («قادسية | الجنوب»، «كابوس | حي»): the quotes make the
 * words one unit, so a part of them is no name of its own.
 */
function isPartOfQuotedName(work: Work, from: number, to: number): boolean {
  const tokens = work.tokens;
  if (!QUOTES_OPEN.has(tokens[from - 1]?.text ?? '')) return false;
  for (let k = to; k < to + QUOTED_NAME_REST && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (QUOTES_CLOSE.has(t.text)) return k > to;
    if (t.kind !== 'arabic' || t.sentence !== tokens[from]!.sentence || work.lists.functionWords.has(t.norm))
      return false;
  }
  return false;
}

/**
 * A guess that holds one mark of a pair of quotes crosses the edge of a quoted name. Ending at the closing mark,
 * the name is what the quotes hold and the noun before them describes it (منظمة «أجيال الغد»); otherwise the
 * guess stops before the mark. Returns the word range that keeps every pair of quotes whole.
 */
function insideQuotes(work: Work, from: number, to: number): [number, number] {
  const tokens = work.tokens;
  let open = -1;
  for (let k = from; k < to; k++) {
    const mark = tokens[k]!.text;
    if (open < 0 && QUOTES_OPEN.has(mark)) open = k;
    else if (QUOTES_CLOSE.has(mark)) {
      if (open < 0) return trimmedToWords(tokens, from, k);
      open = -1;
    }
  }
  if (open < 0) return [from, to];
  if (open > from && QUOTES_CLOSE.has(tokens[to]?.text ?? '')) return trimmedToWords(tokens, open + 1, to);
  return trimmedToWords(tokens, from, open);
}

/** The range without the punctuation at its edges. */
function trimmedToWords(tokens: readonly Token[], from: number, to: number): [number, number] {
  const isWord = (t: Token) => t.kind === 'arabic' || t.kind === 'latin';
  while (from < to && !isWord(tokens[from]!)) from++;
  while (to > from && !isWord(tokens[to - 1]!)) to--;
  return [from, to];
}

/**
 * Latin words written in lower case are no name of Latin script (convoy, First incident): a name capitalises its
 * words but for short particles (al, de, of).
 */
function isLowercaseLatinPhrase(words: readonly Token[]): boolean {
  if (words.some((t) => t.kind !== 'latin')) return false;
  return words.some((t) => t.text.length > 3 && /^\p{Ll}/u.test(t.text));
}

/** A Latin name goes on through a hyphen written without spaces, both ways: Bashar al-Assad, Jean-Marc Ayrault. */
function throughHyphens(tokens: readonly Token[], from: number, to: number): [number, number] {
  const joined = (a: number) =>
    tokens[a]?.kind === 'latin' &&
    tokens[a + 1]?.text === '-' &&
    tokens[a + 2]?.kind === 'latin' &&
    tokens[a + 1]!.start === tokens[a]!.end &&
    tokens[a + 2]!.start === tokens[a + 1]!.end;
  let start = from;
  let end = to;
  while (start >= 2 && joined(start - 2)) start -= 2;
  while (joined(end - 1)) end += 2;
  return [start, end];
}

/**
 * A phrase of everyday words only (فنجان القهوة، عودة الأمن والأمان), with no noun before it saying what it names,
 * is no name the tagger may add on its own: names of that kind come with their noun (جمعية «نبض الحياة»).
 */
function isEverydayPhrase(work: Work, from: number, to: number): boolean {
  if (to - from < 2 || triggerWordAt(work, from - 1) !== null) return false;
  const quoteBefore = QUOTES_OPEN.has(work.tokens[from - 1]?.text ?? '');
  if (quoteBefore && triggerWordAt(work, from - 2) !== null) return false;
  const l = work.lists;
  for (let k = from; k < to; k++) {
    const t = work.tokens[k]!;
    const norm = t.norm[0] === 'و' && t.norm.startsWith('ال', 1) ? t.norm.slice(1) : t.norm;
    if (t.kind !== 'arabic' || !isEverydayWord(work, norm)) return false;
    if (l.personParts.has(norm) || work.knowledge.nameWords.has(norm) || l.triggers.has(norm)) return false;
    // The nisba of a place names (النادي المكناسي).
    if (norm.startsWith('ال') && norm.endsWith('ي') && work.knowledge.nameWords.has(norm.slice(2, -1)))
      return false;
  }
  return true;
}

/** Below this, a model span never overrides what the lexicon found. */
const SURE_OVERRIDE = 0.9;

/**
 * A sure model span of another kind that continues a known name is a longer name containing it: المغرب الفاسي
 * (a club, not the country), ميلان كونديرا (a writer, not the city). The guideline marks the whole name once.
 * Spans of the same kind never grow this way (جون كيري ناقشا).
 */
function containsKnownName(work: Work, span: ModelSpan, from: number, to: number): boolean {
  const held = work.at(from);
  if (!held || span.confidence < SURE_OVERRIDE || held.label === span.label) return false;
  if (held.startToken !== from || held.endToken >= to) return false;
  const l = work.lists;
  for (let i = held.endToken; i < to; i++) {
    const t = work.tokens[i]!;
    if (work.owner[i] !== 0 || (t.kind !== 'arabic' && t.kind !== 'latin')) return false;
    if (triggerWordAt(work, i) || l.nationalities.has(t.norm) || l.common.has(t.norm)) return false;
  }
  work.remove(held);
  return true;
}

/**
 * Adds the statistical tagger's spans where the lexicon and the rules found nothing. The model sees whole
 * tokens, so a proclitic is cut from a span only where the tokenizer recognised one (وال، بال، لل …) or where the
 * rest is a known name word.
 */
export function modelPass(work: Work, spans: readonly ModelSpan[], sure: boolean): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const span of splitCoordinatedPersons(work, spans)) {
    if (span.confidence >= SURE_MODEL_SPAN !== sure) continue;
    let [from, to] = trimmedToWords(tokens, span.startToken, span.endToken);
    [from, to] = insideQuotes(work, from, to);
    if (from >= to) continue;
    [from, to] = throughHyphens(tokens, from, to);
    // Titles and place nouns stay outside the name (الملك …، مطار …، مخيم …), as the guideline marks them.
    while (from < to - 1 && (isOutsideTrigger(work, from) || isLinker(work, tokens[from]!.norm))) from++;
    if (from >= to) continue;
    if (span.label === 'PER') from = personStart(work, from, to);
    // A relative pronoun opens a clause: اللواتي حررن كوباني (who liberated Kobani).
    if (span.label === 'PER' && isAfterRelativePronoun(work, from)) continue;
    // «Led by» ends a name: التحالف الدولي | بقيادة الولايات المتحدة.
    for (let k = from + 1; k < to; k++) {
      if (l.leaderPrepositions.has(tokens[k]!.norm)) {
        to = k;
        break;
      }
    }
    // A span never ends in a bare proclitic or particle (خالد لـ«…»), nor in a title after the name (أحمد حسن
    // الناشط): the guideline leaves titles out on either side.
    while (
      to > from + 1 &&
      (isTrailingParticle(work, tokens[to - 1]!) ||
        isTitleAt(work, to - 1) ||
        (span.label === 'PER' &&
          (isNounWithPronoun(work, to - 1) ||
            isToldName(work, to - 1) ||
            l.speechVerbs.has(tokens[to - 1]!.norm) ||
            // A family name takes the masculine nisba, a woman's too (فاطمة الحلبي): أبو أحمد | التركية; a
            // mother's kunya agrees with her (أم محمد الحمصية).
            (FEMININE_DEFINITE_NISBA.test(tokens[to - 1]!.norm) &&
              tokens[from]!.norm !== 'ام' &&
              tokens[from - 1]?.norm !== 'ام'))))
    )
      to--;
    const words = tokens.slice(from, to);
    if (words.length === 1 && hasTanwinFath(words[0]!.text)) continue;
    if (isLowercaseLatinPhrase(words)) continue;
    if (isGenericPhrase(work, from, to, span.label)) continue;
    // A lone trigger noun, adjective or everyday word is no name (ريف، الروسية); together they can be (مجلس الأمن).
    const lone = words.length === 1 ? words[0]!.norm : '';
    // The same behind a proclitic (بريف، والمدينة), and a word right after a verb particle (قد تدمر) is a verb.
    if (
      lone &&
      (triggerWordAt(work, from) !== null ||
        afterVerbParticle(work, from) ||
        l.nationalities.has(lone) ||
        l.genericComplements.has(lone) ||
        l.triggers.has(lone) ||
        isDefiniteOrgNoun(work, from) ||
        l.monthNames.has(lone) ||
        l.common.has(lone) ||
        // … or one behind a conjunction or preposition (ومحيط), and for a person an everyday word so (وميليشيا).
        (lone.length > 3 && 'وفبلك'.includes(lone[0]!) && l.common.has(lone.slice(1))) ||
        (span.label === 'PER' && isEverydayNotName(work, from)) ||
        // A word with a pronoun (بأيدينا = with our hands) names no one.
        (span.label === 'PER' && isNounWithPronoun(work, from)) ||
        // A word seen in running text (ناشطون، مقاتل) alone is no person unless it is a name word too.
        (span.label === 'PER' &&
          l.vocabulary.has(lone) &&
          !l.personParts.has(lone) &&
          !l.anyGivenNames.has(lone)) ||
        // An indefinite feminine nisba after a noun is its adjective (مدينة | ساحلية).
        (span.label !== 'PER' && isFeminineNisba(work, lone)) ||
        // Nor an indefinite nisba of such a word, written with its ي (مصدر | ميداني، شارع | جانبي).
        (lone.endsWith('ي') &&
          (span.label === 'PER' || words[0]!.text.endsWith('ي')) &&
          !lone.startsWith('ال') &&
          !l.personParts.has(lone) &&
          !work.knowledge.nameWords.has(lone) &&
          l.vocabulary.has(lone.slice(0, -1))))
    ) {
      continue;
    }
    if (span.label !== 'PER' && isPartOfQuotedName(work, from, to)) continue;
    if (span.label !== 'PER' && isEverydayPhrase(work, from, to)) continue;
    const verbLike =
      (words.length === 1 && VERB_SHAPE.test(words[0]!.norm) && !l.personParts.has(words[0]!.norm)) ||
      isGivenNameVerb(work, to - 1);
    if (span.label === 'PER' && verbLike) continue;
    // A longer name around a known person is a person (أندريه لافرنتييف), whatever label the model gave it.
    let extended: EntityLabel | null = null;
    if (!work.isFree(from, to)) {
      const known = work.at(to - 1);
      if (extendsKnownName(work, from, to)) extended = known?.label === 'PER' ? 'PER' : null;
      else if (!containsKnownName(work, span, from, to)) continue;
    }
    const first = words[0]!;
    const rest = first.norm.slice(1);
    // و + a name particle (وعبد الرحيم، وأبو محمد) is always «and»: no name starts with such a word.
    const particleAfterClitic = rest !== 'ال' && l.nameParticles.has(rest);
    // The tokenizer's guess (ف + ال in فاليري) gives way to a given name spelt whole, unless the word is a
    // conjunction + a given name that it is not itself (وأسامة, but وليد and وسام are names).
    const conjunctionAndName = isConjunctionAndGivenName(work, first.norm);
    const givenName =
      (l.anyGivenNames.has(first.norm) || l.personParts.has(first.norm)) && !conjunctionAndName;
    const strip =
      first.proclitic && !(span.label === 'PER' && givenName)
        ? first.proclitic.length
        : 'وفبلك'.includes(first.norm[0] ?? '') &&
            rest.length > 1 &&
            (particleAfterClitic ||
              (!givenName && // فراس is a name, not ف + راس
                (work.knowledge.nameWords.has(rest) || l.personParts.has(rest))))
          ? 1
          : 0;
    // The dual or plural of a word read as a proclitic + a name (برميلان: two barrels, no ب + رميلان).
    if (
      strip > 0 &&
      span.label !== 'PER' &&
      words.length === 1 &&
      isDualOrPluralOfEverydayWord(work, first.norm)
    )
      continue;
    const start = originalOffset(first, strip);
    const end = tokens[to - 1]!.end;
    const folded = words.map((t, k) => (k === 0 ? t.norm.slice(strip) : t.norm)).join(' ');
    // A place noun right before the span says what it is: بلدة كفرعويد is a place whatever the model guessed.
    const before = triggerWordAt(work, from - 1);
    // A kunya (أم خالد، أبو محمد) names a person whatever the tagger guessed.
    const kunya =
      words.length === 2 &&
      l.kunyaParticles.has(words[0]!.norm) &&
      (l.anyGivenNames.has(words[1]!.norm) || l.personParts.has(words[1]!.norm));
    const label: EntityLabel = kunya
      ? 'PER'
      : before && (before.place || before.placeList) && !before.title
        ? 'LOC'
        : (extended ?? span.label);
    const entityId = work.docEntity(label, work.text.slice(start, end), folded);
    work.add({
      startToken: from,
      endToken: to,
      start,
      end,
      label,
      entityId,
      source: 'model',
      confidence: span.confidence,
    });
  }
}
