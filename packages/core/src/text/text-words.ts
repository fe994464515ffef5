import type { TokenKind } from '../types.js';
import { HashSlots, MAX_PROBES } from './hash-slots.js';
import type { Word } from './word-table.js';

/**
 * The distinct words of the text being tokenized, numbered 0 … count - 1 in order of first use. A word is
 * compared with its first occurrence in the same text (recently read, so in cache) and its strings are kept in
 * compact arrays by id, so the lookup for every token never touches the shared `Word` objects, which are spread
 * over the heap. One instance serves every call (see `reset`): a corpus of articles would otherwise allocate and
 * grow these tables again for each article, about 10 bytes of garbage per byte of text.
 */
export class TextWords {
  private readonly index = new HashSlots();
  private firstStart = new Int32Array(256);
  private firstEnd = new Int32Array(256);
  /** The entries 0 … count - 1 of these arrays are this text's; the rest is left over from earlier texts. */
  private readonly words: Word[] = [];
  readonly texts: string[] = [];
  readonly norms: string[] = [];
  readonly proclitics: string[] = [];
  private readonly kinds: TokenKind[] = [];
  private size = 0;

  get count(): number {
    return this.size;
  }

  /** Forgets the previous text's words. */
  reset(): void {
    this.index.clear();
    this.size = 0;
  }

  /** This text's words by id, as a new array (the caller keeps it; the tables are reused). */
  wordList(): Word[] {
    return this.words.slice(0, this.size);
  }

  /** The id of the word `text.slice(start, end)` of kind `kind`, or -1; `hash` is that slice's hash. */
  find(text: string, start: number, end: number, hash: number, kind: TokenKind): number {
    const { slots, hashes } = this.index;
    const mask = slots.length - 1;
    const length = end - start;
    for (let probe = 0, s = hash & mask; probe < MAX_PROBES; probe++, s = (s + 1) & mask) {
      const slot = slots[s]!;
      if (slot === 0) return -1;
      if (hashes[s] !== hash) continue;
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
    const id = this.size;
    this.index.reserve(id);
    if (id === this.firstStart.length) {
      this.firstStart = copyGrown(this.firstStart);
      this.firstEnd = copyGrown(this.firstEnd);
    }
    // Assigned by index: the arrays keep their length from earlier texts, and `id` is at most that length.
    this.words[id] = word;
    this.texts[id] = word.text;
    this.norms[id] = word.norm;
    this.proclitics[id] = word.proclitic;
    this.kinds[id] = word.kind;
    this.firstStart[id] = start;
    this.firstEnd[id] = end;
    this.index.place(id, hash);
    this.size = id + 1;
    return id;
  }
}

function copyGrown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(values.length * 2);
  grown.set(values);
  return grown;
}
