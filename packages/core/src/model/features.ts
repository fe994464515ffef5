import type { EntityLabel } from '../types.js';

/**
 * Feature templates of the tagger, shared by training (scripts/train.ts) and decoding so both see exactly the same
 * features. Word features depend on one word and its slot relative to the tagged token (-2..2), so the decoder can
 * sum them once per distinct word (see emissions.ts). Every feature is a string `<slot><template>|<value>`.
 */

export const WINDOW = 2;
export const SLOTS = 2 * WINDOW + 1;
/** Pseudo-words standing for the positions before and after a sentence. */
export const SENTENCE_START = '\u0002';
export const SENTENCE_END = '\u0003';

/** Proclitic chains that may precede a word, longest first (folded letters). */
const PROCLITICS = [
  'وبال',
  'وكال',
  'فبال',
  'فكال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
];
const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;

/** The word with a guessed proclitic chain removed (لل keeps its article: للمرصد → المرصد stem مرصد). */
export function stemOf(norm: string): { readonly prefix: string; readonly stem: string } {
  if (!ARABIC_WORD.test(norm)) return { prefix: '', stem: norm };
  for (const p of PROCLITICS) {
    const minRest = p.length === 1 ? 3 : 2;
    if (norm.length - p.length >= minRest && norm.startsWith(p))
      return { prefix: p, stem: norm.slice(p.length) };
  }
  return { prefix: '', stem: norm };
}

function shapeOf(norm: string): string {
  const c = norm.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return `d${Math.min(norm.length, 5)}`;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x0621 && c <= 0x06ff) return `a${Math.min(norm.length, 9)}`;
  return `p${norm}`;
}

/** Features one word contributes when it stands at `slot` (-WINDOW..WINDOW) from the tagged token. */
export function wordFeatures(norm: string, slot: number): string[] {
  const s = String(slot);
  if (norm === SENTENCE_START || norm === SENTENCE_END) return [`${s}w|${norm}`];
  const { prefix, stem } = stemOf(norm);
  const features = [`${s}w|${norm}`, `${s}s|${stem}`];
  if (slot === 0) {
    features.push(`${s}h|${shapeOf(norm)}`, `${s}c|${prefix}`);
    for (let n = 1; n <= 3 && n < stem.length; n++) {
      features.push(`${s}p${n}|${stem.slice(0, n)}`, `${s}x${n}|${stem.slice(-n)}`);
    }
    if (stem.length > 4) features.push(`${s}x4|${stem.slice(-4)}`);
  } else if (Math.abs(slot) === 1) {
    features.push(`${s}h|${shapeOf(norm)}`, `${s}c|${prefix}`);
    if (stem.length > 3) features.push(`${s}x2|${stem.slice(-2)}`);
  } else {
    features.pop(); // two words away the stem adds noise rather than evidence (measured on dev)
  }
  return features;
}

/** Gazetteer templates: the label found by the lexicon at -1, 0, +1, and whether token 0 continues token -1's. */
export function gazetteerFeatures(
  gazetteer: readonly (EntityLabel | null)[] | undefined,
  i: number,
  from: number,
  to: number,
): string[] {
  if (!gazetteer) return [];
  const at = (k: number) => (k >= from && k < to ? (gazetteer[k] ?? null) : null);
  const prev = at(i - 1);
  const here = at(i);
  const next = at(i + 1);
  const features: string[] = [];
  if (prev) features.push(`g-1|${prev}`);
  if (here) features.push(here === prev ? `g0c|${here}` : `g0|${here}`);
  if (next) features.push(`g1|${next}`);
  return features;
}

/** The bias feature, on every token. */
export const BIAS = 'b';
