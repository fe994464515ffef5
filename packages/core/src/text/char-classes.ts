import { isArabicLetter, isDigit, isLatinLetter, isWordInternalMark } from './normalize.js';

/**
 * What the tokenizer needs to know of each UTF-16 code unit, in one table lookup instead of a chain of range
 * tests. The table is built from the predicates below and in normalize.ts, in the order the scanner asks them,
 * so a unit's class is the first predicate that holds for it.
 */

export const SYMBOL = 0;
export const SPACE = 1;
/** A space that also breaks the line (sentences end at line breaks). */
export const LINE_BREAK = 2;
export const ARABIC = 3;
/** Dropped by folding (harakat, tatweel, joiners …) and allowed inside an Arabic word. */
export const MARK = 4;
export const DIGIT = 5;
export const LATIN = 6;
export const PUNCT = 7;

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

export function isPunctuation(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    c === 0x066a ||
    c === 0x066b ||
    c === 0x066c ||
    c === 0x066d ||
    c === 0x06d4
  );
}

function classify(c: number): number {
  if (isSpace(c)) return isLineBreak(c) ? LINE_BREAK : SPACE;
  if (isArabicLetter(c)) return ARABIC;
  if (isWordInternalMark(c)) return MARK;
  if (isDigit(c)) return DIGIT;
  if (isLatinLetter(c)) return LATIN;
  if (isPunctuation(c)) return PUNCT;
  return SYMBOL;
}

/** `charClass[c]` for every code unit c (64 KiB, built once). */
export const charClass: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = classify(c);
  return table;
})();
