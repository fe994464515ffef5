import { ARTICLE_PROCLITIC_PREFIXES } from '../text/tokenize.js';
import type { EntityLabel } from '../types.js';

/**
 * Feature templates of the tagger, shared by training (scripts/train.ts) and decoding so both see exactly the same
 * features. Word features depend on one word and its slot relative to the tagged token (-2..2), so the decoder can
 * sum them once per distinct word (see emissions.ts). Word features are strings `<slot><template>|<value>`.
 */

export const WINDOW = 2;
export const SLOTS = 2 * WINDOW + 1;
/** Pseudo-words standing for the positions before and after a sentence. */
export const SENTENCE_START = '\u0002';
export const SENTENCE_END = '\u0003';

/** Proclitic chains that may precede a word, longest first (folded letters). */
const PROCLITICS = [...ARTICLE_PROCLITIC_PREFIXES, 'ال', 'و', 'ف', 'ب', 'ل'];
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

/**
 * The slots at which each word template applies. Whether a template fires depends on the word only, never on
 * the slot, so the decoder can look a (template, value) pair up once and get its weights for every slot.
 */
const TEMPLATE_SLOTS: Readonly<Record<string, readonly number[]>> = {
  w: [-2, -1, 0, 1, 2], // the folded word
  s: [-1, 0, 1], // its stem (two words away the stem added noise rather than evidence, measured on dev)
  h: [-1, 0, 1], // shape
  c: [-1, 0, 1], // the proclitic chain removed from the stem
  x2: [-1, 0, 1], // suffixes and prefixes of the stem
  x1: [0],
  x3: [0],
  x4: [0],
  p1: [0],
  p2: [0],
  p3: [0],
  p4: [0],
  x5: [0],
};

/** The (template, value) pairs of one word, as `template|value`, independent of where the word stands. */
export function wordFeatureValues(norm: string): string[] {
  if (norm === SENTENCE_START || norm === SENTENCE_END) return [`w|${norm}`];
  const { prefix, stem } = stemOf(norm);
  const values = [`w|${norm}`, `s|${stem}`, `h|${shapeOf(norm)}`, `c|${prefix}`];
  for (let n = 1; n <= 3 && n < stem.length; n++)
    values.push(`p${n}|${stem.slice(0, n)}`, `x${n}|${stem.slice(-n)}`);
  if (stem.length > 4) values.push(`x4|${stem.slice(-4)}`, `p4|${stem.slice(0, 4)}`);
  if (stem.length > 5) values.push(`x5|${stem.slice(-5)}`);
  return values;
}

/** Whether `template` applies at `slot`. */
export function appliesAt(template: string, slot: number): boolean {
  return TEMPLATE_SLOTS[template]?.includes(slot) ?? false;
}

/** The features one word contributes at `slot` (-WINDOW..WINDOW) from the tagged token: `<slot><template>|<value>`. */
export function wordFeatures(norm: string, slot: number): string[] {
  const out: string[] = [];
  for (const value of wordFeatureValues(norm)) {
    if (appliesAt(value.slice(0, value.indexOf('|')), slot)) out.push(`${slot}${value}`);
  }
  return out;
}

/** Splits a word feature name into its slot and its `template|value`; null for other features. */
export function splitWordFeature(name: string): { readonly slot: number; readonly value: string } | null {
  const negative = name.charCodeAt(0) === 0x2d; // '-'
  const digit = name.charCodeAt(negative ? 1 : 0) - 0x30;
  if (digit < 0 || digit > 9) return null;
  return { slot: negative ? -digit : digit, value: name.slice(negative ? 2 : 1) };
}

/** Names of the gazetteer features: the lexicon label at -1, 0 (new or continuing token -1's) and +1. */
export function gazetteerFeatureName(template: 'g-1' | 'g0' | 'g0c' | 'g1', label: EntityLabel): string {
  return `${template}|${label}`;
}

/** Gazetteer features of token i of the sentence [from, to) (Tagger.emissions adds the same ones by table). */
export function gazetteerFeatures(
  gazetteer: readonly (EntityLabel | null)[] | undefined,
  i: number,
  from: number,
  to: number,
): string[] {
  if (!gazetteer) return [];
  const prev = i - 1 >= from ? (gazetteer[i - 1] ?? null) : null;
  const here = i < to ? (gazetteer[i] ?? null) : null;
  const next = i + 1 < to ? (gazetteer[i + 1] ?? null) : null;
  const features: string[] = [];
  if (prev) features.push(gazetteerFeatureName('g-1', prev));
  if (here) features.push(gazetteerFeatureName(here === prev ? 'g0c' : 'g0', here));
  if (next) features.push(gazetteerFeatureName('g1', next));
  return features;
}

/** The bias feature, on every token. */
export const BIAS = 'b';
