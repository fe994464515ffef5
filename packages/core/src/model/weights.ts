import { decodeBase64 } from './base64.js';
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
  /** Feature name → offset of its TAG_COUNT weights in `values`. */
  readonly index: ReadonlyMap<string, number>;
  readonly values: Float32Array;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
  readonly temperature: number;
}

export function loadModel(file: WeightFile): Model {
  if (file.format !== WEIGHT_FORMAT || file.tags.join() !== TAGS.join()) {
    throw new Error(`unsupported weight file ${file.format}`);
  }
  const names = file.features === '' ? [] : file.features.split('\n');
  const bytes = decodeBase64(file.weights);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float32Array(names.length * TAG_COUNT);
  for (let i = 0; i < values.length; i++) values[i] = view.getInt16(i * 2, true) / file.scale;
  const index = new Map<string, number>(names.map((name, k) => [name, k * TAG_COUNT]));
  const scaled = (xs: readonly number[]) => Float32Array.from(xs, (x) => x / file.scale);
  return {
    index,
    values,
    transitions: scaled(file.transitions),
    start: scaled(file.start),
    end: scaled(file.end),
    temperature: file.temperature,
  };
}
