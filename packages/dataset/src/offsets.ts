/**
 * THE one place where offsets change unit. Inside Khabar every offset is a UTF-16 code unit (JavaScript's and
 * LSP's unit); exported tables use Unicode code points, the unit Python, R and polars slice strings by, so that
 * `text[start:end]` in a notebook gives back the mention. A character outside the Basic Multilingual Plane (an
 * emoji, say) is two code units but one code point, so every offset after it shifts by one.
 */

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Converts UTF-16 offsets of one text to code-point offsets; build once per document, query many times. */
export interface CodePointIndex {
  /** Code points in the text. */
  readonly length: number;
  /** True when the text has no surrogate pairs: UTF-16 offsets already are code-point offsets. */
  readonly identity: boolean;
  /**
   * The number of code points that start before `utf16Offset`. An offset between the two halves of a surrogate
   * pair counts that pair (it cannot be split in code points); offsets are clamped to the text.
   */
  toCodePoint(utf16Offset: number): number;
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

export function codePointIndex(text: string): CodePointIndex {
  // The regular expression (code units, no u flag) scans several times faster than a loop over charCodeAt.
  const firstPair = text.search(SURROGATE_PAIR);
  const clamp = (offset: number): number => Math.max(0, Math.min(text.length, Math.trunc(offset) || 0));
  if (firstPair < 0) {
    // The common case for Arabic news: every code unit is a code point, so the map is the identity.
    return { length: text.length, identity: true, toCodePoint: clamp };
  }
  // before[i] = code points starting before UTF-16 offset i.
  const before = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      before[i + 1] = count + 1;
      i++;
    }
    count++;
  }
  before[text.length] = count;
  return { length: count, identity: false, toCodePoint: (offset) => before[clamp(offset)] ?? count };
}

/** Code points in `text` (what Python's `len` gives). */
export function codePointLength(text: string): number {
  return codePointIndex(text).length;
}

/** `text[start:end]` with code-point offsets, as Python would slice it. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
