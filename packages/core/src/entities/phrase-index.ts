import { tokenize } from '../text/tokenize.js';
import type { Token } from '../types.js';

interface Node<T> {
  children: Map<string, Node<T>> | null;
  value: T | null;
}

/** The folded word keys of a phrase, split exactly as the tokenizer splits running text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.norm);
}

export interface PhraseMatch<T> {
  /** Token index one past the last token of the phrase. */
  readonly end: number;
  readonly value: T;
}

/**
 * A trie over folded words: finds the longest phrase starting at a token in time proportional to the phrase,
 * whatever the number of phrases. The first word may be given explicitly (a clitic-stripped form of the token).
 */
export class PhraseIndex<T> {
  private readonly root = new Map<string, Node<T>>();

  /** Adds a phrase; `merge` combines the value with one already stored for the same phrase. */
  add(keys: readonly string[], value: T, merge: (old: T, added: T) => T = (old) => old): void {
    if (keys.length === 0 || keys.some((k) => k === '')) return;
    let level = this.root;
    let node: Node<T> | undefined;
    for (let i = 0; i < keys.length; i++) {
      node = level.get(keys[i]!);
      if (!node) {
        node = { children: null, value: null };
        level.set(keys[i]!, node);
      }
      if (i < keys.length - 1) {
        node.children ??= new Map();
        level = node.children;
      }
    }
    node!.value = node!.value === null ? value : merge(node!.value, value);
  }

  /** True when some phrase starts with this word. */
  startsWith(key: string): boolean {
    return this.root.has(key);
  }

  /** `startsWith` as a bound function, to pass around without allocating. */
  readonly startsWithKey = (key: string): boolean => this.root.has(key);

  /** The value of the one-word phrase `key`, or null. */
  get(key: string): T | null {
    return this.root.get(key)?.value ?? null;
  }

  /** The value of the phrase of exactly these words, or null. */
  lookup(keys: readonly string[]): T | null {
    let node = this.root.get(keys[0] ?? '');
    for (let i = 1; node && i < keys.length; i++) node = node.children?.get(keys[i]!);
    return node?.value ?? null;
  }

  /** True when the word alone is a phrase. */
  has(key: string): boolean {
    return (this.root.get(key)?.value ?? null) !== null;
  }

  /**
   * The longest phrase whose first word is `firstKey` (standing for tokens[start]) and whose other words are the
   * folded tokens that follow within the same sentence, among phrases whose value `accept` takes.
   */
  longest(
    tokens: readonly Token[],
    start: number,
    firstKey: string,
    accept: (value: T, end: number) => boolean = () => true,
  ): PhraseMatch<T> | null {
    return this.longestWith(tokens, start, firstKey, accept, null);
  }

  /** `longest` with a context passed to `accept`, so hot callers need no closure per call. */
  longestWith<C>(
    tokens: readonly Token[],
    start: number,
    firstKey: string,
    accept: (value: T, end: number, context: C) => boolean,
    context: C,
  ): PhraseMatch<T> | null {
    let node = this.root.get(firstKey);
    let best: PhraseMatch<T> | null = null;
    let i = start + 1;
    const sentence = tokens[start]?.sentence;
    while (node) {
      if (node.value !== null && accept(node.value, i, context)) best = { end: i, value: node.value };
      const next = tokens[i];
      if (!node.children || !next || next.sentence !== sentence) break;
      node = node.children.get(next.norm);
      i++;
    }
    return best;
  }
}
