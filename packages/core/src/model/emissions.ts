import type { Word } from '../text/word-table.js';
import { SLOTS, wordFeatureValues } from './features.js';
import { TAG_COUNT } from './tags.js';
import type { Model } from './weights.js';

const CACHE_LIMIT = 100_000;
/** Epochs of all caches: a number names one cache in one of its lives, so a stale offset is never read. */
let lastEpoch = 0;
const BLOCK = SLOTS * TAG_COUNT;

/**
 * Per-word score tables: for one word, the summed weights of its features at every slot -WINDOW..WINDOW
 * (SLOTS × TAG_COUNT numbers, in one pooled array). Words repeat a lot in news, so each distinct word is
 * featurised once; the cache starts over when it holds CACHE_LIMIT words, which bounds memory without changing
 * any result.
 */
export class WordScores {
  private readonly cache = new Map<string, number>();
  /** The tables, BLOCK numbers per cached word. */
  pool = new Float32Array(8192 * BLOCK);
  private used = 0;
  /** This cache's current life (see `Word.modelEpoch`): offsets remembered under another epoch are stale. */
  epoch = ++lastEpoch;

  constructor(private readonly model: Model) {}

  /**
   * Makes room for `count` more words: the cache starts over only here, between sentences, so the offsets `get`
   * returns stay valid for a whole sentence (the pool may be reallocated, so read `pool` after the lookups).
   */
  reserve(count: number): void {
    if (this.cache.size + count > CACHE_LIMIT) {
      this.cache.clear();
      this.used = 0;
      this.epoch = ++lastEpoch;
    }
  }

  /** `get` for a tokenizer word, remembered on the word itself (no hashing for the words of later texts). */
  getWord(word: Word): number {
    if (word.modelEpoch === this.epoch) return word.modelOffset;
    const at = this.get(word.norm);
    word.modelOffset = at;
    word.modelEpoch = this.epoch;
    return at;
  }

  /** Offset of the word's table in `pool`. */
  get(norm: string): number {
    const known = this.cache.get(norm);
    if (known !== undefined) return known;
    if (this.used + BLOCK > this.pool.length) {
      const grown = new Float32Array(2 * this.pool.length);
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    const at = this.used;
    this.used += BLOCK;
    const pool = this.pool;
    pool.fill(0, at, at + BLOCK);
    const { words, wordValues, wordRows } = this.model;
    for (const value of wordFeatureValues(norm)) {
      const block = words.get(value);
      if (block === undefined) continue;
      // Only the slot rows the template uses (most affix templates apply at the tagged token only).
      const b = block / BLOCK;
      const end = wordRows[2 * b + 1]! * TAG_COUNT;
      for (let k = wordRows[2 * b]! * TAG_COUNT; k < end; k++) pool[at + k]! += wordValues[block + k]!;
    }
    this.cache.set(norm, at);
    return at;
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
