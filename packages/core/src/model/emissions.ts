import { SLOTS, WINDOW, wordFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';
import type { Model } from './weights.js';

const CACHE_LIMIT = 200_000;

/**
 * Per-word score tables: for one word, the summed weights of its features at every slot -WINDOW..WINDOW
 * (SLOTS × TAG_COUNT numbers). Words repeat a lot in news, so each distinct word is featurised once; the cache is
 * emptied when it grows past CACHE_LIMIT words, which keeps memory bounded without changing any result.
 */
export class WordScores {
  private readonly cache = new Map<string, Float32Array>();

  constructor(private readonly model: Model) {}

  get(norm: string): Float32Array {
    let scores = this.cache.get(norm);
    if (scores) return scores;
    scores = new Float32Array(SLOTS * TAG_COUNT);
    const { index, values } = this.model;
    for (let slot = -WINDOW; slot <= WINDOW; slot++) {
      const base = (slot + WINDOW) * TAG_COUNT;
      for (const feature of wordFeatures(norm, slot)) {
        const at = index.get(feature);
        if (at === undefined) continue;
        for (let t = 0; t < TAG_COUNT; t++) scores[base + t]! += values[at + t]!;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(norm, scores);
    return scores;
  }

  /** Adds the weights of named features (gazetteer, bias) to `out` at `offset`. */
  addFeatures(features: readonly string[], out: Float32Array, offset: number): void {
    const { index, values } = this.model;
    for (const feature of features) {
      const at = index.get(feature);
      if (at === undefined) continue;
      for (let t = 0; t < TAG_COUNT; t++) out[offset + t]! += values[at + t]!;
    }
  }
}
