import { fold } from '../text/normalize.js';
import type { Token } from '../types.js';

/** A form of a token with its proclitics removed: `key` is what is looked up, `strip` the folded units cut. */
export interface CliticForm {
  readonly key: string;
  readonly strip: number;
}

// Conjunctions and prepositions that attach to the next word: و ف ب ل ك alone, or و/ف before ب ل ك. A word
// yields at most one reading per prefix length, shortest first, so that ولافروف is read و + لافروف before
// ول + افروف.
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const MIN_REST = 2;

/** True for و ف ب ل ك, the letters a proclitic starts with. */
export function isProcliticLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  return isProcliticCode(c.charCodeAt(0));
}

function isProcliticCode(code: number): boolean {
  return code === WAW || code === FEH || code === BEH || code === LAM || code === KAF;
}

/**
 * The proclitic-stripped readings of a folded word, whole word excluded. ل before the article drops the
 * article's alef (ل + الجيش → للجيش), so للجيش also reads as الجيش with one letter cut, keeping the article's
 * lam in the span.
 */
export function strippedForms(norm: string): CliticForm[] {
  const forms: CliticForm[] = [];
  pushStrippedForms(norm, forms);
  return forms;
}

/** `strippedForms`, appended to `forms` (no array of its own: the recogniser asks this of every new word). */
export function pushStrippedForms(norm: string, forms: CliticForm[]): void {
  const length = norm.length;
  if (length < MIN_REST + 1) return;
  const first = norm.charCodeAt(0);
  if (!isProcliticCode(first)) return;
  const second = norm.charCodeAt(1);
  forms.push({ key: norm.slice(1), strip: 1 });
  // و or ف, then ب ل or ك: وب ول وك فب فل فك.
  const conjunction = first === WAW || first === FEH;
  if (conjunction && length - 2 >= MIN_REST && (second === BEH || second === LAM || second === KAF))
    forms.push({ key: norm.slice(2), strip: 2 });
  // لل (ل + the article), with و or ف before it: the key is ال + the rest, the cut what stands before the lam.
  if (first === LAM && second === LAM && length > 3) forms.push({ key: `ا${norm.slice(1)}`, strip: 1 });
  else if (conjunction && second === LAM && norm.charCodeAt(2) === LAM && length > 4)
    forms.push({ key: `ا${norm.slice(2)}`, strip: 2 });
}

/** The original offset where the folded unit `foldedIndex` of the token begins (marks before it skipped). */
export function originalOffset(token: Token, foldedIndex: number): number {
  if (foldedIndex <= 0) return token.start;
  const text = token.text;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const n = fold(text[i]!).length;
    if (units >= foldedIndex && n > 0) return token.start + i;
    units += n;
  }
  return token.end;
}
