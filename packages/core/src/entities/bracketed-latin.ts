import type { Draft, Work } from './work.js';

/** Characters that join the parts of a Latin name inside brackets: O'Brien, Frank-Walter, U.S., AT&T. */
const JOINERS = new Set(["'", '’', '-', '.', '&']);
const MAX_TOKENS = 8;
const ACRONYM = /^[A-Z0-9&]{2,}$/;

/**
 * The Latin spelling of a name in brackets right after its Arabic mention (ستيفن أوبرايان (Stephen O'Brien)،
 * إنجرليك (Incirlik)): the same entity, one more mention of it. Returns the token after the closing bracket's
 * content, or -1 when the brackets hold anything but Latin words and their joiners.
 */
function latinNameEnd(work: Work, open: number): number {
  const tokens = work.tokens;
  if (tokens[open]?.text !== '(' || tokens[open + 1]?.kind !== 'latin') return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return tokens[k - 1]!.kind === 'latin' ? k : -1;
    if (t.kind !== 'latin' && !(JOINERS.has(t.text) && tokens[k + 1]?.kind === 'latin')) return -1;
    if (t.sentence !== tokens[open]!.sentence) return -1;
  }
  return -1;
}

/** Marks the bracketed Latin spelling after mention `d` as a mention of the same entity. */
export function latinNameAfter(work: Work, d: Draft): void {
  const open = d.endToken;
  const close = latinNameEnd(work, open);
  if (close < 0) return;
  const tokens = work.tokens;
  // An acronym spells a body, not a person or a place: أتلانتا (CNN) is the outlet of a dateline.
  if (d.label !== 'ORG' && close === open + 2 && ACRONYM.test(tokens[open + 1]!.text)) return;
  // The tagger's guesses inside give way: the brackets after the name say what it is.
  const guesses: Draft[] = [];
  for (let k = open + 1; k < close; k++) {
    const held = work.at(k);
    if (!held) continue;
    if (held.source !== 'model' || held.startToken < open + 1 || held.endToken > close) return;
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
