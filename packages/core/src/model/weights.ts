import { decodeBase64 } from './base64.js';
import { SLOTS, splitWordFeature, WINDOW } from './features.js';
import { TAG_COUNT, TAGS } from './tags.js';

/** The weight file as written by scripts/train.ts (see MODEL_CARD.md). */
export interface WeightFile {
  readonly format: string;
  readonly tags: readonly string[];
  /** Stored integers are weights × scale. */
  readonly scale: number;
  /** Temperature of the confidence: confidence = sigmoid(margin / temperature). */
  readonly temperature: number;
  /** Row = previous tag, column = tag. */
  readonly transitions: readonly number[];
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Feature names joined by "\n"; feature k owns rows k*TAG_COUNT … of `weights`. */
  readonly features: string;
  /** Little-endian Int16 weights, TAG_COUNT per feature, base64. */
  readonly weights: string;
}

export const WEIGHT_FORMAT = 'khabar-perceptron-1';

export interface Model {
  /** Word `template|value` → offset of its SLOTS × TAG_COUNT weights (row = slot + WINDOW) in `wordValues`. */
  readonly words: ReadonlyMap<string, number>;
  readonly wordValues: Float32Array;
  /** For each word block (offset / (SLOTS × TAG_COUNT)), the first and one past the last slot row it uses. */
  readonly wordRows: Uint8Array;
  /** Other features (bias, gazetteer) → offset of their TAG_COUNT weights in `values`. */
  readonly index: ReadonlyMap<string, number>;
  readonly values: Float32Array;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
  readonly temperature: number;
}

/** Groups named feature weights (TAG_COUNT per name) into the decoder's tables. */
export function buildModel(
  names: readonly string[],
  weights: ArrayLike<number>,
  tables: { transitions: Float32Array; start: Float32Array; end: Float32Array; temperature: number },
): Model {
  const T = TAG_COUNT;
  const words = new Map<string, number>();
  const index = new Map<string, number>();
  const wordRows: [number, number, number][] = []; // block, slot row, feature
  const otherRows: number[] = [];
  names.forEach((name, k) => {
    const word = splitWordFeature(name);
    if (!word) {
      index.set(name, otherRows.length * T);
      otherRows.push(k);
      return;
    }
    let block = words.get(word.value);
    if (block === undefined) {
      block = words.size * SLOTS * T;
      words.set(word.value, block);
    }
    wordRows.push([block, word.slot + WINDOW, k]);
  });
  const wordValues = new Float32Array(words.size * SLOTS * T);
  const rows = new Uint8Array(words.size * 2).fill(0);
  for (let b = 0; b < words.size; b++) rows[2 * b] = SLOTS;
  for (const [block, row, k] of wordRows) {
    for (let t = 0; t < T; t++) wordValues[block + row * T + t] = weights[k * T + t]!;
    const b = block / (SLOTS * T);
    rows[2 * b] = Math.min(rows[2 * b]!, row);
    rows[2 * b + 1] = Math.max(rows[2 * b + 1]!, row + 1);
  }
  const values = new Float32Array(otherRows.length * T);
  otherRows.forEach((k, r) => {
    for (let t = 0; t < T; t++) values[r * T + t] = weights[k * T + t]!;
  });
  return { words, wordValues, wordRows: rows, index, values, ...tables };
}

export function loadModel(file: WeightFile): Model {
  if (file.format !== WEIGHT_FORMAT || file.tags.join() !== TAGS.join()) {
    throw new Error(`unsupported weight file ${file.format}`);
  }
  const names = file.features === '' ? [] : file.features.split('\n');
  const bytes = decodeBase64(file.weights);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(names.length * TAG_COUNT);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getInt16(i * 2, true) / file.scale;
  const scaled = (xs: readonly number[]) => Float32Array.from(xs, (x) => x / file.scale);
  return buildModel(names, weights, {
    transitions: scaled(file.transitions),
    start: scaled(file.start),
    end: scaled(file.end),
    temperature: file.temperature,
  });
}
