import { QUOTES_CLOSE, QUOTES_OPEN } from './rule-helpers.js';
import type { Draft, Work } from './work.js';

/** Characters that join the parts of a Latin name inside brackets: O'Brien, Frank-Walter, U.S., AT&T. */
const JOINERS = new Set(["'", '’', '-', '.', '&']);
const MAX_TOKENS = 8;
/** One Latin token of capitals (and digits): OCHA, CNN, G20. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,9}$/;

/**
 * The token after the Latin words (and their joiners) inside the bracket opened at `open`, i.e. the closing
 * bracket's index, or -1 when the brackets hold anything else.
 */
function latinNameEnd(work: Work, open: number): number {
  const tokens = work.tokens;
  if (tokens[open + 1]?.kind !== 'latin') return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return tokens[k - 1]!.kind === 'latin' ? k : -1;
    if (t.kind !== 'latin' && !(JOINERS.has(t.text) && tokens[k + 1]?.kind === 'latin')) return -1;
    if (t.sentence !== tokens[open]!.sentence) return -1;
  }
  return -1;
}

/**
 * An Arabic word in brackets that can be a body's short name (آفاد، أوتشا): no word of the vocabulary, no
 * person's name, no nationality (الجيش السوري (النظامي) is a gloss).
 */
function isArabicShortName(work: Work, j: number): boolean {
  const t = work.tokens[j]!;
  const l = work.lists;
  // Short names are written without the article; a definite word in brackets is a gloss (النظامي).
  if (t.kind !== 'arabic' || t.norm.length < 3 || t.norm.startsWith('ال')) return false;
  const norm = t.norm;
  return !(
    l.vocabulary.has(norm) ||
    l.common.has(norm) ||
    l.personParts.has(norm) ||
    l.anyGivenNames.has(norm) ||
    l.nationalities.has(norm) ||
    l.functionWords.has(norm) ||
    l.monthNames.has(norm)
  );
}

/**
 * Another spelling of a name in brackets right after its mention is one more mention of the same entity: the
 * Latin spelling of a person, place or body (ستيفن أوبرايان (Stephen O'Brien)، إنجرليك (Incirlik)), and after a
 * body also its acronym or Arabic short name (مكتب تنسيق الشؤون الإنسانية (OCHA)، (آفاد)). A quoted name closes its
 * quote first (تنظيم «ب ي د» (PYD)).
 */
export function bracketedNameAfter(work: Work, d: Draft): void {
  if (d.label === 'MISC') return;
  const tokens = work.tokens;
  let open = d.endToken;
  if (QUOTES_CLOSE.has(tokens[open]?.text ?? '') && QUOTES_OPEN.has(tokens[d.startToken - 1]?.text ?? ''))
    open++;
  if (tokens[open]?.text !== '(' || tokens[open]!.sentence !== tokens[d.endToken - 1]!.sentence) return;
  let close = latinNameEnd(work, open);
  const arabic = close < 0;
  if (arabic) {
    if (d.label !== 'ORG' || tokens[open + 2]?.text !== ')' || !isArabicShortName(work, open + 1)) return;
    close = open + 2;
  }
  // An acronym spells a body, not a person or a place: أتلانتا (CNN) is the outlet of a dateline.
  if (d.label !== 'ORG' && close === open + 2 && ACRONYM.test(tokens[open + 1]!.text)) return;
  // The tagger's guesses inside give way: the brackets after the name say what it is. A place it saw in an
  // Arabic word stays one.
  const guesses: Draft[] = [];
  for (let k = open + 1; k < close; k++) {
    const held = work.at(k);
    if (!held) continue;
    if (held.source !== 'model' || held.startToken < open + 1 || held.endToken > close) return;
    if (arabic && held.label === 'LOC') return;
    if (!guesses.includes(held)) guesses.push(held);
  }
  for (const g of guesses) work.remove(g);
  const added = work.add({
    ...d,
    startToken: open + 1,
    endToken: close,
    start: tokens[open + 1]!.start,
    end: tokens[close - 1]!.end,
    source: 'rule',
  });
  if (!added) for (const g of guesses) work.add(g);
}
