import type { TokenKind } from '../types.js';
import type { Word } from './word-table.js';

/** Probes before giving up (see WordTable): a word not found is then simply added again under a new id. */
const MAX_PROBES = 32;

/**
 * The distinct words of the text being tokenized, numbered 0 … count - 1 in order of first use. A word is
 * compared with its first occurrence in the same text (recently read, so in cache) and its strings are kept in
 * compact arrays by id, so the lookup for every token never touches the shared `Word` objects, which are spread
 * over the heap.
 */
export class TextWords {
  private slots = new Int32Array(1024); // word id + 1, 0 when empty
  private slotHashes = new Int32Array(1024);
  private firstStart = new Int32Array(256);
  private firstEnd = new Int32Array(256);
  readonly words: Word[] = [];
  readonly texts: string[] = [];
  readonly norms: string[] = [];
  readonly proclitics: string[] = [];
  readonly kinds: TokenKind[] = [];

  get count(): number {
    return this.words.length;
  }

  /** The id of the word `text.slice(start, end)` of kind `kind`, or -1; `hash` is that slice's hash. */
  find(text: string, start: number, end: number, hash: number, kind: TokenKind): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return -1;
      if (this.slotHashes[s] !== hash) continue;
      const id = slot - 1;
      const from = this.firstStart[id]!;
      if (this.firstEnd[id]! - from !== length || this.kinds[id] !== kind) continue;
      let j = 0;
      while (j < length && text.charCodeAt(from + j) === text.charCodeAt(start + j)) j++;
      if (j === length) return id;
    }
    return -1;
  }

  /** Adds `word`, first met at [start, end) of the text, and returns its id. */
  add(word: Word, start: number, end: number, hash: number): number {
    const id = this.words.length;
    if ((id + 1) * 2 > this.slots.length) this.grow();
    if (id === this.firstStart.length) {
      this.firstStart = copyGrown(this.firstStart);
      this.firstEnd = copyGrown(this.firstEnd);
    }
    this.words.push(word);
    this.texts.push(word.text);
    this.norms.push(word.norm);
    this.proclitics.push(word.proclitic);
    this.kinds.push(word.kind);
    this.firstStart[id] = start;
    this.firstEnd[id] = end;
    this.place(id + 1, hash);
    return id;
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
    const oldSlots = this.slots;
    const oldHashes = this.slotHashes;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.slotHashes = new Int32Array(oldSlots.length * 2);
    for (let s = 0; s < oldSlots.length; s++) if (oldSlots[s] !== 0) this.place(oldSlots[s]!, oldHashes[s]!);
  }
}

function copyGrown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}
