import { fold } from '../text/normalize.js';
import type { Token } from '../types.js';

/** A form of a token with its proclitics removed: `key` is what is looked up, `strip` the folded units cut. */
export interface CliticForm {
  readonly key: string;
  readonly strip: number;
}

// Conjunctions and prepositions that attach to the next word, single and combined, shortest first so that
// ولافروف is read و + لافروف before ول + افروف.
const PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const MIN_REST = 2;
/** لل (ل + the article) with what may stand before it: nothing, و or ف. */
const ARTICLE_LAM = ['لل', 'ولل', 'فلل'];

/** True for و ف ب ل ك, the letters a proclitic starts with. */
export function isProcliticLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0644 || code === 0x0643;
}

/**
 * The proclitic-stripped readings of a folded word, whole word excluded. ل before the article drops the
 * article's alef (ل + الجيش → للجيش), so للجيش also reads as الجيش with one letter cut, keeping the article's
 * lam in the span.
 */
export function strippedForms(norm: string): CliticForm[] {
  const forms: CliticForm[] = [];
  if (norm.length < MIN_REST + 1 || !isProcliticLetter(norm[0])) return forms;
  for (const p of PREFIXES) {
    if (norm.length - p.length >= MIN_REST && norm.startsWith(p))
      forms.push({ key: norm.slice(p.length), strip: p.length });
  }
  for (const p of ARTICLE_LAM) {
    // The lam kept in the span is the article's: key ال + rest, cut = what stands before it.
    if (norm.length > p.length + 1 && norm.startsWith(p)) {
      forms.push({ key: `ا${norm.slice(p.length - 1)}`, strip: p.length - 1 });
    }
  }
  return forms;
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
