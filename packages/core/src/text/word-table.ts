import type { TokenKind } from '../types.js';
import { HashSlots, MAX_PROBES } from './hash-slots.js';

/** What every token of the same surface shares. */
export interface Word {
  readonly text: string;
  readonly kind: TokenKind;
  readonly norm: string;
  readonly proclitic: string;
  /*
   * Facts the recognisers work out about the word, kept with it so that a corpus works each word out once, not
   * once per text (the tokenizer shares words across texts). Plain fields rather than a map: these are read for
   * every token, and each extra hop is a cache miss.
   */
  /** The entity recogniser's facts (see entities/work.ts). */
  entityMemo: unknown;
  /**
   * Its yes/no facts, packed in a small integer (see `TRIGGER_SHIFT` in entities/work.ts; 0 when none): asked of
   * every word of every document, so kept on the word itself rather than one more object away.
   */
  entityFlags: number;
  /** Which form tests its readings pass (see `formTest` in entities/work.ts), -1 until worked out. */
  entityFormMask: number;
  /** The temporal recogniser's start readings (see temporal/index.ts). */
  temporalMemo: unknown;
  /** The tagger's score-table offset, valid while `modelEpoch` equals its cache's epoch (see model/emissions.ts). */
  modelOffset: number;
  modelEpoch: number;
}

/** FNV-1a over UTF-16 code units: the tokenizer folds each unit in while it scans the token. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/**
 * The words of all texts tokenized so far (see tokenize.ts), found by a hash of their units computed during the
 * scan and compared in place, so a word seen before costs no string at all.
 */
export class WordTable {
  private readonly index = new HashSlots();
  private readonly words: Word[] = [];

  /** How many words were added (ids run from 0 to count - 1). */
  get count(): number {
    return this.words.length;
  }

  word(id: number): Word {
    return this.words[id]!;
  }

  /** The id of the word whose text is `text.slice(start, end)`, or -1; `hash` is that slice's hash. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes } = this.index;
    const mask = slots.length - 1;
    const length = end - start;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      const slot = slots[s]!;
      if (slot === 0) return -1;
      if (hashes[s] !== hash) continue;
      const candidate = this.words[slot - 1]!.text;
      if (candidate.length !== length) continue;
      let j = 0;
      while (j < length && candidate.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === length) return slot - 1;
    }
    return -1;
  }

  /**
   * Adds a word that `find` did not find and returns its id. When its probe run is full it still gets an id,
   * but `find` will not see it: equal ids mean equal words, not always the converse.
   */
  add(word: Word, hash: number): number {
    this.index.reserve(this.words.length);
    this.index.place(this.words.length, hash);
    this.words.push(word);
    return this.words.length - 1;
  }
}
