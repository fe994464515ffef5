import { addNew, QUOTES_CLOSE, QUOTES_OPEN, speechBefore, triggerAt } from './rule-helpers.js';
import type { TriggerKinds } from './word-lists.js';
import type { Draft, Work } from './work.js';

/**
 * Quoted names that are organisations by the words before them. After a group or outlet noun (مجموعة «الرقة تذبح
 * بصمت»، حملة «حلب تحترق»، فصيل «جند الشام»، شبكة "دير الزور 24"، صفحة «دمشق الآن») the quoted words are the
 * group's name, even when they hold a place or a number: the guideline marks the name, not the noun, and no place
 * inside it. After «لـ» in a sentence of speech (قال … لـ«المدن»، في تصريح لـ«عنب بلدي») the quoted name is the
 * outlet told.
 */

const MAX_NAME = 6;
/** How far back a speech verb may stand from لـ«…»: وقال رئيس لجنة مخيم «…» في عرسال، أبو خالد الحمصي، لـ«المدن». */
const SPEECH_WINDOW = 20;

/** The closing quote of a name opened at token `open`, within the sentence and a few words, or -1. */
function closingQuote(work: Work, open: number): number {
  const tokens = work.tokens;
  const sentence = tokens[open]!.sentence;
  for (let j = open + 1; j < tokens.length && j - open <= MAX_NAME + 1; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return -1;
    if (QUOTES_CLOSE.has(t.text)) return j > open + 1 ? j : -1;
    if (QUOTES_OPEN.has(t.text)) return -1;
    if (t.kind !== 'arabic' && t.kind !== 'latin' && t.kind !== 'number') return -1;
  }
  return -1;
}

/**
 * Marks tokens [from, to) as an organisation, over the places and tagger guesses inside; a known organisation or
 * an operation (a MISC the faction rule reads) there is left alone.
 */
function markQuoted(work: Work, from: number, to: number, placesToo: boolean): void {
  const inside: Draft[] = [];
  for (let j = from; j < to; j++) {
    const held = work.at(j);
    if (!held || inside.includes(held)) continue;
    if (held.startToken < from || held.endToken > to) return;
    // The tagger's guesses inside give way, whatever their label (مجلس منبج | المدني، الإسلام as MISC).
    if (held.source !== 'model' && !(placesToo && held.label === 'LOC')) return;
    inside.push(held);
  }
  for (const d of inside) work.remove(d);
  if (!addNew(work, 'ORG', from, to, 0, 0.6)) for (const d of inside) work.add(d);
}

/** Words that open what was said (إن، أن، بأن …): after لـ«…» they show the quoted name was told it. */
const THAT = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها']);

/** True when «لـ» at token i and the quoted name closing at `close` are the outlet a speaker told something. */
function toldOutlet(work: Work, i: number, close: number): boolean {
  const l = work.lists;
  const noun = work.tokens[i - 1];
  if (
    noun &&
    noun.sentence === work.tokens[i]!.sentence &&
    work.formsAt(i - 1).some((f) => l.speechNouns.has(f.key))
  )
    return true;
  const after = work.tokens[close + 1];
  return (
    !!after &&
    after.sentence === work.tokens[i]!.sentence &&
    THAT.has(after.norm) &&
    speechBefore(work, i, SPEECH_WINDOW)
  );
}

export function quotedNameRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const quote = tokens[i + 1]!;
    if (quote.kind !== 'punct' || !QUOTES_OPEN.has(quote.text)) continue;
    if (quotedOrganisation(work, i + 1)) continue;
    const before = tokens[i]!;
    if (before.kind !== 'arabic' || before.sentence !== tokens[i + 1]!.sentence) continue;
    const close = closingQuote(work, i + 1);
    if (close < 0) continue;
    if (before.norm === 'ل') {
      // قال … لـ«المدن» إن …، في حديث لـ«…»: the outlet told; a place there stays a place. A quoted term after
      // لـ elsewhere in a sentence of speech is no outlet: الدعوة لـ«الحوار الوطني» تأتي …
      if (toldOutlet(work, i, close)) markQuoted(work, i + 2, close, false);
    } else if (
      work.owner[i] === 0 &&
      work.formsAt(i).some((f) => l.quotedNameNouns.has(f.key)) &&
      !startsWithVerb(work, i + 2)
    ) {
      markQuoted(work, i + 2, close, true);
    } else if (
      work.owner[i] === 0 &&
      work.formsAt(i).some((f) => l.leaderNouns.has(f.key)) &&
      namesAUnit(work, i + 2, close)
    ) {
      // قائد «بيرق الهرم»: the unit led; قائد «الثورة» or زعيم «الأغلبية» is a scare-quoted word.
      markQuoted(work, i + 2, close, true);
    }
  }
}

/**
 * Quoted words that open with an organisation's own noun are its whole name: «لواء شهداء الإسلام»، «مجلس منبج
 * المدني»، «جيش الفتح». Only short names of content words: a quoted sentence («جيش النظام يقصف …») has a verb or
 * a particle. Returns true when it marked one.
 */
function quotedOrganisation(work: Work, open: number): boolean {
  const close = closingQuote(work, open);
  const noun = triggerAt(work, open + 1, isOrgInsideNoun);
  if (close < 0 || !noun || noun.strip > 0 || noun.end >= close) return false;
  const l = work.lists;
  for (let j = open + 1; j < close; j++) {
    const t = work.tokens[j]!;
    if (t.kind !== 'arabic' || l.functionWords.has(t.norm) || l.verbParticles.has(t.norm)) return false;
    if (j >= noun.end && startsWithVerb(work, j)) return false;
  }
  if (isDescription(work, noun.end, close)) return false;
  markQuoted(work, open + 1, close, true);
  const marked = work.at(open + 1);
  return marked?.label === 'ORG' && marked.startToken === open + 1 && marked.endToken === close;
}

const isOrgInsideNoun = (k: TriggerKinds) => !!k.orgInside;

/** Quoted words that can name a unit: they start with a unit's noun or hold a word no list knows. */
function namesAUnit(work: Work, from: number, close: number): boolean {
  const l = work.lists;
  if (work.formsAt(from).some((f) => l.brigadeNouns.has(f.key))) return true;
  for (let j = from; j < close; j++) {
    const norm = work.tokens[j]!.norm;
    const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
    if (
      !l.vocabulary.has(norm) &&
      !l.common.has(norm) &&
      !l.vocabulary.has(bare) &&
      !l.functionWords.has(norm)
    )
      return true;
  }
  return false;
}

/** An indefinite nisba (إرهابية) or feminine participle (مسلحة، محظورة): it describes a noun, it names nothing. */
const INDEFINITE_ADJECTIVE = /^([\u0621-\u064a]{3,}(يه|ي)|م[\u0621-\u064a]{3,4}ه)$/;

/**
 * Indefinite words after the noun ending in an adjective: a description of the body, not its name (بين تركيا
 * و«منظمة إرهابية»، «جماعة مسلحة»). Names end in a definite word or a proper noun (لواء شهداء الإسلام).
 */
function isDescription(work: Work, from: number, close: number): boolean {
  if (from >= close) return false;
  for (let j = from; j < close; j++) if (work.tokens[j]!.norm.startsWith('ال')) return false;
  return INDEFINITE_ADJECTIVE.test(work.tokens[close - 1]!.norm);
}

/** An imperfect verb no list knows opens quoted words («تعمل بنصف آلياتها»): a quotation, not a name. */
function startsWithVerb(work: Work, k: number): boolean {
  const t = work.tokens[k];
  if (t?.kind !== 'arabic' || !IMPERFECT.test(t.norm)) return false;
  const l = work.lists;
  return !l.triggers.has(t.norm) && !work.knowledge.names.startsWith(t.norm) && !l.personParts.has(t.norm);
}

const IMPERFECT = /^[يت][\u0621-\u064a]{3,}$/;
