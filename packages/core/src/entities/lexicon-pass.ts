import { fold } from '../text/normalize.js';
import type { EntityLabel, Token } from '../types.js';
import { type CliticForm, originalOffset, strippedForms } from './clitics.js';
import type { NameHit } from './knowledge.js';
import { attackOnAt, isDualOrPluralOfEverydayWord, speechBefore, THAT_WORDS } from './rule-helpers.js';
import type { TriggerKinds } from './word-lists.js';
import type { Work } from './work.js';

const OPENING_QUOTES = new Set(['«', '“', '"', "'", '‘', '„', '(']);
const CLOSING_QUOTES = new Set(['»', '”', '"', "'", '’', '“', ')']);

/** The whole word first, then its proclitic-stripped readings: a name that begins with و/ب/ل… is never cut. */
export function cliticForms(token: Token): CliticForm[] {
  return [{ key: token.norm, strip: 0 }, ...strippedForms(token.norm)];
}

/** The trigger kinds of a one-word trigger at token i (its proclitics allowed: لحي، وبمدينة). */
export function triggerWordAt(work: Work, i: number): TriggerKinds | null {
  const token = work.tokens[i];
  if (token?.kind !== 'arabic' || !work.startsTrigger(i)) return null;
  // A one-word phrase of the trigger index is the value stored under the word itself.
  for (const form of work.formsAt(i)) {
    const kinds = work.lists.triggers.get(form.key);
    if (kinds) return kinds;
  }
  return null;
}

/**
 * A name that is also an everyday word counts as a name between quotes, or right after a trigger noun of its kind:
 * a place noun for a place (مدينة الباب), an organisation or media noun for an organisation (صحيفة الحياة).
 * Quotes vouch only for a word quoted whole: a name's proclitic stands outside them (و«الحياة»), so «وبأنه» is
 * a quoted word, not و + a place.
 */
export function inNamingContext(
  work: Work,
  start: number,
  end: number,
  label: EntityLabel | undefined,
  generated = false,
  quotedWhole = true,
): boolean {
  const before = work.tokens[start - 1];
  const after = work.tokens[end];
  if (quotedWhole && before && after && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(after.text))
    return true;
  // An outlet that is also a town or a word (الميادين، الأخبار) after its reporter: مراسل الميادين.
  if (label === 'ORG' && start > 0 && work.anyFormAt(start - 1, work.lists.isReporterNoun)) return true;
  const kinds = triggerWordAt(work, start - 1);
  // A generated town name after a preposition; curated names were marked ambiguous for being words (الضمير).
  if (!kinds && label === 'LOC') return generated && afterPlacePreposition(work, start, end);
  // A trigger noun after another (مشارف مدينة الباب) introduces the name itself.
  if (!kinds || triggerWordAt(work, start)) return false;
  if (label === 'LOC')
    return !!(kinds.place || kinds.placeInside || kinds.placeList) || isFrontLine(work, start - 1);
  // A given name that is also a word (سلمان) names a person after a title: الملك سلمان.
  if (label === 'PER') return !!kinds.title;
  // After a noun that is part of a name (تيار المستقبل) the everyday word is no name of its own.
  if (label === 'ORG') return !!kinds.orgOutside;
  return false;
}

/** Token i is a front's noun after على or في: the front line at the place named next (على جبهة الراشدين). */
function isFrontLine(work: Work, i: number): boolean {
  const l = work.lists;
  const on = work.tokens[i - 1]?.norm ?? '';
  return (
    work.anyFormAt(i, (key) => l.frontNouns.has(key)) &&
    (l.placeAttackPrepositions.has(on) || l.placePrepositions.has(on))
  );
}

/**
 * A one-word town that no dictionary word shares (السخنة, not الطبقة = the layer) after a preposition of place:
 * «إلى السخنة». A name that is an everyday word keeps needing a place noun.
 */
function afterPlacePreposition(work: Work, start: number, end: number): boolean {
  const before = work.tokens[start - 1];
  const token = work.tokens[start]!;
  if (end !== start + 1 || !before || before.sentence !== token.sentence) return false;
  const l = work.lists;
  return (
    l.placePrepositions.has(before.norm) &&
    !l.common.has(token.norm) &&
    !l.vocabulary.has(token.norm) &&
    !l.personParts.has(token.norm)
  );
}

/**
 * A place name that is also an everyday word (الطبقة، القصير، البقاع) where the words around it say place: after a
 * preposition of place and coordinated with a sure place (إلى الطبقة ومسكنة), with و right after a place (… منبج
 * والباب), or after a word of refugees, flight, arrival or aid and a preposition (لاجئة من القصير).
 */
function inPlaceContext(work: Work, start: number, end: number, strip: number): boolean {
  const tokens = work.tokens;
  const first = tokens[start]!;
  const sentence = first.sentence;
  const l = work.lists;
  // A trigger noun (مدينة، المدينة) introduces a name, it is none.
  if (triggerWordAt(work, start)) return false;
  if (strip === 1 && first.norm[0] === 'و') {
    // «حلب والمنطقة»: a generic noun after the place refers back, it names nothing.
    if (end === start + 1 && l.genericComplements.has(first.norm.slice(1))) return false;
    const prev = work.at(start - 1);
    return prev?.label === 'LOC' && prev.endToken === start && tokens[start - 1]!.sentence === sentence;
  }
  const before = tokens[start - 1];
  if (strip !== 0 || !before || before.sentence !== sentence) return false;
  // The battle, siege or fall of a place: معركة القصير، حصار مضايا، سقوط الباب; an adjective after the word makes
  // it the noun it also is (حصار المشهد الثقافي).
  if (l.placeEventNouns.has(before.norm)) return !(tokens[end]?.norm ?? '').startsWith('ال');
  // The shelling of a place: القصف على السكري.
  if (attackOnAt(work, start - 1, sentence)) return true;
  if (!l.placePrepositions.has(before.norm)) return false;
  const next = tokens[end];
  if (next && next.sentence === sentence && next.norm[0] === 'و') {
    const m = nameAt(work, end, false);
    const label = m ? work.knowledge.entities.get(m.hit.entityId)?.label : undefined;
    if (m && m.strip === 1 && m.hit.mode === 'always' && label === 'LOC') return true;
  }
  // A route from it to a place: من القائم إلى البوكمال، من الطبقة باتجاه مدينة الرقة.
  if (next && next.sentence === sentence && l.placePrepositions.has(next.norm) && next.norm !== before.norm) {
    if (triggerWordAt(work, end + 1)?.place) return true;
    const m = nameAt(work, end + 1, false);
    const label = m ? work.knowledge.entities.get(m.hit.entityId)?.label : undefined;
    if (m && m.strip === 0 && m.hit.mode === 'always' && label === 'LOC') return true;
  }
  for (let k = start - 2; k >= start - 3 && k >= 0; k--) {
    if (tokens[k]!.sentence !== sentence) break;
    if (work.anyFormAt(k, (key) => l.placeMovementWords.has(key))) return true;
  }
  return false;
}

/** «X learned that»: how an outlet reports its own scoop (وعلمت «الوطن» أن …). */
const LEARNED_VERBS = new Set(['علمت', 'وعلمت']);

/**
 * An outlet that is also a word or a region (الوطن، الأناضول، الميادين) where it is told or learns something: ل on
 * the name or a bare لـ before it, followed by «أن/إن» or after a speech verb or noun of the sentence (قال … للأناضول
 * إن، في تصريح لـالوطن،), or the subject of «علمت … أن».
 */
function inToldContext(work: Work, start: number, end: number, strip: number): boolean {
  const tokens = work.tokens;
  const first = tokens[start]!;
  const before = tokens[start - 1];
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === first.sentence;
  const next = tokens[end];
  const thatNext = sameSentence(next) && THAT_WORDS.has(next!.norm);
  if (strip === 0 && sameSentence(before) && LEARNED_VERBS.has(before!.norm)) return thatNext;
  const toldWithLam =
    (strip > 0 && first.norm[strip - 1] === 'ل') ||
    (strip === 0 && sameSentence(before) && before!.norm === 'ل');
  if (!toldWithLam) return false;
  // Once a clause is reported (قال إن الجيش سيعود للوطن) the word is the clause's own.
  return thatNext || speechBefore(work, start, TOLD_REACH, THAT_WORDS);
}

/** How far before the told outlet its speech verb or noun may stand. */
const TOLD_REACH = 15;

export interface NameAt {
  readonly end: number;
  readonly hit: NameHit;
  readonly strip: number;
}

/** Confidence of a knowledge match by how it matched and where the entry comes from. */
export function lexiconConfidence(hit: NameHit): number {
  if (hit.mode === 'ambiguous') return 0.8;
  if (hit.mode === 'coref') return 0.85;
  return hit.entityId.startsWith('geonames:') ? 0.85 : 0.95;
}

/** What `chooseHit` needs to know about the token being matched. */
interface MatchContext {
  readonly work: Work;
  readonly start: number;
  readonly ambiguousOk: boolean | null;
  /** Proclitic letters cut from the first token by the reading being matched. */
  strip: number;
}

/** The first hit that may match here: always, coref after its entity was seen, ambiguous in a naming context. */
function chooseHit(hits: readonly NameHit[], end: number, c: MatchContext): NameHit | null {
  for (const h of hits) {
    if (h.mode === 'always') return h;
    if (h.mode === 'coref' && c.work.seen.has(h.entityId)) return h;
    if (h.mode !== 'ambiguous') continue;
    const label = c.work.knowledge.entities.get(h.entityId)?.label;
    const generated = h.entityId.startsWith('geonames:');
    const named =
      c.ambiguousOk ??
      (inNamingContext(c.work, c.start, end, label, generated, c.strip === 0) ||
        (label === 'LOC' && inPlaceContext(c.work, c.start, end, c.strip)) ||
        (label === 'ORG' && inToldContext(c.work, c.start, end, c.strip)));
    if (!named) continue;
    // The article + a place noun (المدينة، البلدة) refers back to a place; it names none.
    if (end === c.start + 1 && isDefinitePlaceNoun(c.work, c.work.tokens[c.start]!.norm.slice(c.strip)))
      continue;
    return h;
  }
  return null;
}

function isDefinitePlaceNoun(work: Work, norm: string): boolean {
  return norm.startsWith('ال') && !!work.lists.triggers.get(norm.slice(2))?.place;
}

const acceptHits = (hits: readonly NameHit[], end: number, c: MatchContext) =>
  chooseHit(hits, end, c) !== null;

function matchForm(c: MatchContext, key: string, strip: number): NameAt | null {
  c.strip = strip;
  const m = c.work.knowledge.names.longestWith(c.work.tokens, c.start, key, acceptHits, c);
  return m ? { end: m.end, hit: chooseHit(m.value, m.end, c)!, strip } : null;
}

/**
 * The longest known name starting at token i, trying the whole token before its clitic-stripped readings.
 * `ambiguousOk` lets everyday-word names match (the caller has established a naming context).
 */
export function nameAt(work: Work, i: number, ambiguousOk: boolean | null = null): NameAt | null {
  const token = work.tokens[i];
  if (!token || (token.kind !== 'arabic' && token.kind !== 'latin')) return null;
  const found = longestNameAt(work, i, token, ambiguousOk);
  // A particle spelt as the particle is no name of one word: وإن (and if) is no وان (Van), whatever folding makes
  // of it. A longer name may start with one (بان كي مون).
  if (
    found?.end === i + 1 &&
    work.lists.functionWords.has(token.norm) &&
    work.lists.isFunctionWordSpelling(token.text)
  )
    return null;
  return found;
}

function longestNameAt(work: Work, i: number, token: Token, ambiguousOk: boolean | null): NameAt | null {
  const starts = work.nameStartForms(i);
  if (starts === 0) return null;
  const context: MatchContext = { work, start: i, ambiguousOk, strip: 0 };
  const whole = starts & 1 ? matchForm(context, token.norm, 0) : null;
  if (whole) return whole;
  // An everyday word is read whole: بلاد is no ب + لاد, كامل no ك + أمل. Only ل + the article (للجيش) is
  // read as what it is whatever the word: no other reading of لل + word exists. A name of several words after
  // the proclitic is that name whatever the word alone would be (لتنظيم الدولة الإسلامية).
  // A given name too is read whole (فاطمة is no ف + أطمة), and the dual or plural of a word (برميلان: two barrels,
  // no ب + رميلان).
  const common =
    work.lists.common.has(token.norm) ||
    work.lists.curatedGivenNames.has(token.norm) ||
    isDualOrPluralOfEverydayWord(work, token.norm);
  const forms = work.formsAt(i);
  for (let k = 1; k < forms.length; k++) {
    if ((starts & (1 << k)) === 0) continue;
    const form = forms[k]!;
    const whole = !common || isArticleAfterLam(token.norm, form.key);
    const m = matchForm(context, form.key, form.strip);
    // A known name of several words after the proclitic is read as one, even where the proclitic + its first word
    // is an everyday word too (وعين = and appointed; وعين عيسى = and Ayn Issa; لتنظيم الدولة الإسلامية).
    if (m && (whole || isSeveralWordName(m, i))) return m;
  }
  return null;
}

/** A known name of two words or more that always matches (no everyday-word reading of its own). */
function isSeveralWordName(m: NameAt, i: number): boolean {
  return m.end > i + 1 && m.hit.mode === 'always';
}

/** True for the reading ال + rest of a word written لل + rest (ل before the article, whose alef drops). */
function isArticleAfterLam(norm: string, key: string): boolean {
  return (
    key.startsWith('ال') &&
    norm.endsWith(key.slice(1)) &&
    norm.length === key.length + (norm[0] === 'ل' ? 0 : 1)
  );
}

/**
 * A word written with tanwin al-fath (ميدانياً، تركياً، مشتركاً) is an indefinite accusative adverb or adjective,
 * never a name on its own.
 */
export function hasTanwinFath(text: string): boolean {
  return text.includes('\u064b');
}

/** True when a verb particle stands right before token i, also outside an opening quote: قد «تدمر …». */
export function afterVerbParticle(work: Work, i: number): boolean {
  const before = work.tokens[i - 1];
  const particle = before && OPENING_QUOTES.has(before.text) ? work.tokens[i - 2] : before;
  return work.lists.verbParticles.has(particle?.norm ?? '');
}

/** Adds the mention of a known name found by `nameAt`. */
export function addKnownName(
  work: Work,
  i: number,
  found: NameAt,
  confidence = lexiconConfidence(found.hit),
): boolean {
  const record = work.knowledge.entities.get(found.hit.entityId);
  if (!record) return false;
  if (found.hit.mode === 'ambiguous' && record.label === 'LOC') {
    const words = work.tokens
      .slice(i, found.end)
      .map((t, k) => (k === 0 ? t.norm.slice(found.strip) : t.norm));
    work.confirmedNames ??= new Map();
    work.confirmedNames.set(words.join(' '), record.id);
  }
  return work.add({
    startToken: i,
    endToken: found.end,
    start: originalOffset(work.tokens[i]!, found.strip),
    end: work.tokens[found.end - 1]!.end,
    label: record.label,
    entityId: record.id,
    source: 'lexicon',
    confidence,
  });
}

/**
 * A one-word name that is also a nationality adjective, right after a definite noun, is the adjective:
 * «الحكومة السعودية» is no mention of Saudi Arabia.
 */
function isAdjectiveUse(work: Work, i: number, found: NameAt): boolean {
  if (found.end !== i + 1 || found.strip !== 0) return false;
  const token = work.tokens[i]!;
  const before = work.tokens[i - 1];
  if (!work.lists.nationalities.has(token.norm) || !before) return false;
  if (before.sentence !== token.sentence || before.kind !== 'arabic') return false;
  if (token.norm.startsWith('ال')) return before.norm.startsWith('ال');
  // «غارة سورية»، «مقاتلات سورية»: an indefinite feminine noun or plural and its nisba adjective, unless the noun
  // governs a place (في، مدينة).
  return (
    before.norm.length > 2 &&
    (before.norm.endsWith('ه') || (before.norm.length > 4 && before.norm.endsWith('ات'))) &&
    !before.norm.startsWith('ال') &&
    !work.lists.functionWords.has(before.norm) &&
    !work.lists.placePrepositions.has(before.norm) &&
    !triggerWordAt(work, i - 1)
  );
}

/** True when the outlet noun at token i belongs to the known name `found`: all its names start with it. */
function outletNounInName(work: Work, i: number, found: NameAt): boolean {
  const record = work.knowledge.entities.get(found.hit.entityId);
  if (record?.label !== 'ORG') return false;
  const noun = work.tokens[i]!.norm.slice(found.strip);
  const names = [record.canonical, ...record.aliases];
  return names.every((name) => fold(name.split(' ')[0] ?? '') === noun);
}

/**
 * A name that starts with a bank noun (الضفة الغربية) followed by ل + a river or a place is that river's bank, not
 * the named region: الضفة الغربية لنهر الفرات، الضفة الشرقية للفرات.
 */
function isBankOf(work: Work, i: number, found: NameAt): boolean {
  const tokens = work.tokens;
  if (!work.lists.bankNouns.has(tokens[i]!.norm.slice(found.strip))) return false;
  const next = tokens[found.end];
  if (next?.kind !== 'arabic' || next.sentence !== tokens[i]!.sentence || next.norm[0] !== 'ل') return false;
  if (work.formsAt(found.end).some((f, n) => n > 0 && !!work.lists.triggers.get(f.key)?.placeInside))
    return true;
  const place = nameAt(work, found.end, true);
  return !!place && place.strip > 0 && work.knowledge.entities.get(place.hit.entityId)?.label === 'LOC';
}

/** Quotes right around tokens start … end - 1: the name as its writer quoted it («فرع المخابرات الجوية»). */
function quotedWhole(work: Work, start: number, end: number): boolean {
  const before = work.tokens[start - 1];
  const after = work.tokens[end];
  return !!before && !!after && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(after.text);
}

/** The same place named without the feature noun (جبل، نهر، سهل …) that starts `found`, if it has such a name. */
function featureNounOutside(work: Work, i: number, found: NameAt): NameAt | null {
  if (found.end <= i + 1) return null;
  // A force's or a branch's noun before a body's own name stays outside (قوات البيشمركة، فرع الأمن العسكري: the
  // branch of another body), unless the body's name starts with it (قوات الدفاع الوطني، قوات سوريا الديمقراطية).
  const noun = work.tokens[i]!.norm.slice(found.strip); // بقوات البيشمركة: the noun behind its preposition
  if (work.lists.forceNouns.has(noun) && !quotedWhole(work, i, found.end)) {
    const rest = nameAt(work, i + 1, false);
    const label = rest ? work.knowledge.entities.get(rest.hit.entityId)?.label : undefined;
    if (!rest || rest.end !== found.end || rest.strip !== 0 || label !== 'ORG') return null;
    const canonical = work.knowledge.entities.get(found.hit.entityId)?.canonical ?? '';
    const ownNoun = fold(canonical.split(' ')[0] ?? '') === noun;
    return ownNoun && rest.hit.entityId === found.hit.entityId ? null : rest;
  }
  const kinds = triggerWordAt(work, i);
  if (!kinds) return null;
  // An outlet's noun is no word of its name (صحيفة الحياة → الحياة, the newspaper) unless every name of the
  // outlet starts with that noun: تلفزيون سوريا is the station's name, جريدة/صحيفة الشرق الأوسط is not.
  if (work.lists.outletNouns.has(noun))
    return outletNounInName(work, i, found) ? null : { ...found, strip: 0 };
  // Behind a proclitic the noun stays outside too (لنهر الفرات → الفرات).
  if (found.strip !== 0 && !kinds.placeInside) return null;
  if (!kinds.placeInside && !kinds.orgInside) return null;
  // منظمة stays outside a name the body also goes by without it (منظمة أطباء بلا حدود), inside one whose
  // own name starts with it (منظمة الصحة العالمية).
  if (kinds.orgInside) {
    const canonical = work.knowledge.entities.get(found.hit.entityId)?.canonical ?? '';
    if (canonical.split(' ')[0] === work.tokens[i]!.text) return null;
  }
  const rest = nameAt(work, i + 1, true);
  return rest && rest.end === found.end && rest.hit.entityId === found.hit.entityId ? rest : null;
}

/**
 * A quoted place name after a bare «لـ» (قال لـ«الشرق الأوسط») is the outlet the words were said to, when the
 * knowledge has an outlet of that name (صحيفة الشرق الأوسط): its id, or null.
 */
function outletAt(work: Work, i: number, found: NameAt): string | null {
  const tokens = work.tokens;
  const open = tokens[i - 1];
  const close = tokens[found.end];
  if (!open || !close || !OPENING_QUOTES.has(open.text) || !CLOSING_QUOTES.has(close.text)) return null;
  if (tokens[i - 2]?.norm !== 'ل' || found.strip !== 0) return null;
  const words = tokens.slice(i, found.end).map((t) => t.norm);
  for (const noun of work.lists.outletNouns) {
    const hits = work.knowledge.names.lookup([noun, ...words]);
    const hit = hits?.find((h) => work.knowledge.entities.get(h.entityId)?.label === 'ORG');
    if (hit) return hit.entityId;
  }
  return null;
}

/** Marks every known name, left to right, longest first. */
export function lexiconPass(work: Work): void {
  const tokens = work.tokens;
  // Per distinct word: 0 not asked yet, 1 it may start a known name, 2 it cannot (most words), so those tokens
  // are passed over without being read.
  const mayStart = new Uint8Array(work.wordCount);
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const word = work.wordOf[i]!;
    if (mayStart[word] === 0) {
      const kind = tokens[i]!.kind;
      mayStart[word] = (kind === 'arabic' || kind === 'latin') && work.nameStartForms(i) !== 0 ? 1 : 2;
    }
    if (mayStart[word] !== 1) continue;
    const found = nameAt(work, i);
    if (!found || isAdjectiveUse(work, i, found) || isBankOf(work, i, found)) continue;
    if (found.end === i + 1 && hasTanwinFath(tokens[i]!.text)) continue;
    if (found.end === i + 1 && afterVerbParticle(work, i)) continue;
    // عبد + one of God's names is a given name: عبد الجليل is no Galilee.
    if (
      found.end === i + 1 &&
      found.strip === 0 &&
      work.lists.servantParticles.has(tokens[i - 1]?.norm ?? '')
    )
      continue;
    // A feature noun before a name the place also goes by (نهر الفرات، سهل البقاع، هضبة الجولان) stays outside,
    // like حي or مدينة; where the rest is no name of its own (جبل الزاوية، وادي بردى) the noun belongs to it.
    const outlet = outletAt(work, i, found);
    const bare = outlet ? null : featureNounOutside(work, i, found);
    if (outlet) {
      if (addKnownName(work, i, { ...found, hit: { entityId: outlet, mode: 'always' } })) i = found.end - 1;
    } else if (bare) {
      if (addKnownName(work, i + 1, bare)) i = bare.end - 1;
    } else if (addKnownName(work, i, found)) i = found.end - 1;
  }
}
