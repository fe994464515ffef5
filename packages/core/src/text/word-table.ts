import type { TokenKind } from '../types.js';

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

/** Probes before giving up: crafted colliding words then go uncached instead of making the scan quadratic. */
const MAX_PROBES = 32;

/**
 * The words of all texts tokenized so far (see tokenize.ts), found by a hash of their units computed during the scan and compared in
 * place, so a word seen before costs no string at all (open addressing, linear probing, grown at half load).
 */
export class WordTable {
  private slots = new Int32Array(1024); // word index + 1, 0 when empty
  /** The hash of the word in the same slot: compared first, in the same place, before the word is fetched. */
  private slotHashes = new Int32Array(1024);
  private hashes: number[] = [];
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
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return -1;
      if (this.slotHashes[s] !== hash) continue;
      const word = this.words[slot - 1]!;
      const candidate = word.text;
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
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.words.push(word);
    this.hashes.push(hash);
    this.place(this.words.length, hash);
    return this.words.length - 1;
  }

  private place(slot: number, hash: number): void {
    const mask = this.slots.length - 1;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      if (this.slots[s] === 0) {
        this.slots[s] = slot;
        this.slotHashes[s] = hash;
        return;
      }
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.slotHashes = new Int32Array(this.slots.length);
    for (let i = 0; i < this.words.length; i++) this.place(i + 1, this.hashes[i]!);
  }
}
