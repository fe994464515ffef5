import type { TokenKind } from '../types.js';

/** What every token of the same surface shares. */
export interface Word {
  readonly text: string;
  readonly kind: TokenKind;
  readonly norm: string;
  readonly proclitic: string;
}

/** FNV-1a over UTF-16 code units: the tokenizer folds each unit in while it scans the token. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Probes before giving up: crafted colliding words then go uncached instead of making the scan quadratic. */
const MAX_PROBES = 32;

/**
 * The distinct words of one text, found by a hash of their units computed during the scan and compared in
 * place, so a word seen before costs no string at all (open addressing, linear probing, grown at half load).
 */
export class WordTable {
  private slots = new Int32Array(1024); // word index + 1, 0 when empty
  private hashes: number[] = [];
  private readonly words: Word[] = [];

  /** The word whose text is `text.slice(start, end)`, or undefined; `hash` is that slice's hash. */
  find(text: string, start: number, end: number, hash: number): Word | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return undefined;
      if (this.hashes[slot - 1] !== hash) continue;
      const word = this.words[slot - 1]!;
      const candidate = word.text;
      if (candidate.length !== length) continue;
      let j = 0;
      while (j < length && candidate.charCodeAt(j) === text.charCodeAt(start + j)) j++;
      if (j === length) return word;
    }
    return undefined;
  }

  /** Adds a word that `find` did not find (or leaves it out when its probe run is full). */
  add(word: Word, hash: number): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    if (this.place(this.words.length + 1, hash)) {
      this.words.push(word);
      this.hashes.push(hash);
    }
  }

  private place(slot: number, hash: number): boolean {
    const mask = this.slots.length - 1;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      if (this.slots[s] === 0) {
        this.slots[s] = slot;
        return true;
      }
    }
    return false;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.words.length; i++) this.place(i + 1, this.hashes[i]!);
  }
}
