/**
 * Folding for matching, never for reporting. `foldText` returns the folded string together with a map from
 * each folded code unit back to the original offset, so every match found in folded text becomes a span of
 * the original text.
 *
 * Folded: alef/hamza forms (أ إ آ ٱ ٲ ٳ → ا), ى/ی → ي, ک → ك, ة → ه, harakat, shadda, tanwin, sukun,
 * superscript alef, tatweel, zero-width and bidi marks, presentation forms (NFKC), Arabic-Indic and
 * Persian digits → ASCII, Latin → lower case.
 */

const DROP = 0;

function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanwin, shadda, sukun, hamza marks
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    (c >= 0x0610 && c <= 0x061a) || // Quranic annotation signs
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic marks
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x061c || // Arabic letter mark
    c === 0xfeff || // BOM / zero-width no-break space
    c === 0x00ad // soft hyphen
  );
}

/** Folds one code unit that does not need NFKC; returns DROP for removed characters. */
function foldUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672: // ٲ
    case 0x0673: // ٳ
      return 0x0627; // ا
    case 0x0649: // ى
    case 0x06cc: // Persian yeh
      return 0x064a; // ي
    case 0x06a9: // Persian kaf
      return 0x0643;
    case 0x0629: // ة
      return 0x0647; // ه
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  if (isDropped(c)) return DROP;
  if (c >= 0xc0 && c <= 0x24f) {
    const lower = String.fromCharCode(c).toLowerCase();
    return lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return c;
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) || (c >= 0xff01 && c <= 0xff5e);
}

export interface FoldedText {
  /** The folded string. */
  readonly folded: string;
  /** `offsets[i]` is the original offset of folded unit i; `offsets[folded.length]` is the original length. */
  readonly offsets: Int32Array;
}

/** Folds `text` and keeps, for every folded code unit, where it came from. Linear in the length of text. */
export function foldText(text: string): FoldedText {
  const out: number[] = [];
  const offsets = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isPresentationForm(c)) {
      const expanded = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) {
        const f = foldUnit(expanded.charCodeAt(k));
        if (f === DROP) continue;
        if (n >= offsets.length - 1) break; // an expansion never outgrows the map: ligatures are ≤ 1 per unit
        out.push(f);
        offsets[n++] = i;
      }
      continue;
    }
    const f = foldUnit(c);
    if (f === DROP) continue;
    out.push(f);
    offsets[n++] = i;
  }
  offsets[n] = text.length;
  let folded = '';
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.slice(i, i + 8192));
  return { folded, offsets: offsets.subarray(0, n + 1) };
}

/** `foldedUnit[c]`: the folded unit of c, DROP when folding removes it, NEEDS_NFKC for presentation forms. */
const NEEDS_NFKC = -1;
const foldedUnit: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = isPresentationForm(c) ? NEEDS_NFKC : foldUnit(c);
  return table;
})();

/** True when `fold` leaves the code unit c as it is. */
export function foldKeeps(c: number): boolean {
  return foldedUnit[c] === c;
}

/** The folded form of a short string (a token, a lexicon alias). */
export function fold(text: string): string {
  // Most words fold to themselves: find the first unit that changes before building anything.
  let first = 0;
  while (first < text.length) {
    const c = text.charCodeAt(first);
    if (foldedUnit[c] !== c) break;
    first++;
  }
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const f = foldedUnit[text.charCodeAt(i)]!;
    if (f === NEEDS_NFKC) out += foldExpansion(text[i]!.normalize('NFKC'));
    else if (f !== DROP) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * Folds the NFKC expansion of a presentation form unit by unit. Not recursive: ornate brackets ﴾ ﴿ and other
 * symbols of those blocks are their own NFKC form and stay as they are.
 */
function foldExpansion(expanded: string): string {
  let out = '';
  for (let k = 0; k < expanded.length; k++) {
    const f = foldUnit(expanded.charCodeAt(k));
    if (f !== DROP) out += String.fromCharCode(f);
  }
  return out;
}

/** Arabic letters (after folding) and the marks that may sit inside an Arabic word. */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Characters that are dropped by folding and may appear inside a word without breaking it. */
export function isWordInternalMark(c: number): boolean {
  return isDropped(c);
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}
