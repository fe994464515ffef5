/** Writing the shipped weight file (pruned, Int16-quantised) and fitting the confidence temperature. */
import { encodeBase64 } from '../src/model/base64.js';
import { TAG_COUNT, TAGS } from '../src/model/tags.js';
import { WEIGHT_FORMAT, type WeightFile } from '../src/model/weights.js';
import type { Named } from './perceptron.js';

const T = TAG_COUNT;

export interface Margin {
  readonly confidence: number;
  readonly correct: boolean;
}

/** Prunes and quantises a model into the shipped file format. */
export function toWeightFile(model: Named, threshold: number, temperature: number): WeightFile {
  const kept: [string, number][] = [];
  let peak = 0;
  for (const [name, at] of model.index) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(model.values[at + t]!));
    if (max >= threshold) {
      kept.push([name, at]);
      peak = Math.max(peak, max);
    }
  }
  for (const x of [...model.transitions, ...model.start, ...model.end]) peak = Math.max(peak, Math.abs(x));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const scale = Math.floor(32767 / (peak || 1));
  const bytes = new Uint8Array(kept.length * T * 2);
  const view = new DataView(bytes.buffer);
  kept.forEach(([, at], k) => {
    for (let t = 0; t < T; t++)
      view.setInt16((k * T + t) * 2, Math.round(model.values[at + t]! * scale), true);
  });
  const ints = (xs: Float32Array) => Array.from(xs, (x) => (Number.isFinite(x) ? Math.round(x * scale) : 0));
  return {
    format: WEIGHT_FORMAT,
    tags: [...TAGS],
    scale,
    temperature,
    transitions: ints(model.transitions),
    start: ints(model.start),
    end: ints(model.end),
    features: kept.map(([name]) => name).join('\n'),
    weights: encodeBase64(bytes),
  };
}

/** The temperature that minimises the log loss of span confidences on dev (confidence = sigmoid(margin / T)). */
export function calibrate(margins: readonly Margin[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let temperature = 0.25; temperature <= 64; temperature *= 1.25) {
    let loss = 0;
    for (const m of margins) {
      // confidences were computed at temperature 1: recover the margin and rescale it.
      const p0 = Math.min(Math.max(m.confidence, 1e-6), 1 - 1e-6);
      const margin = Math.log(p0 / (1 - p0));
      const p = Math.min(Math.max(1 / (1 + Math.exp(-margin / temperature)), 1e-6), 1 - 1e-6);
      loss -= m.correct ? Math.log(p) : Math.log(1 - p);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
}
