/**
 * ANERcorp (AraBERT's cleaned split) for the training and evaluation scripts: sentences of words with gold IOB2
 * tags, and the projection of word tags onto the core tokenizer's tokens (which split punctuation but keep
 * proclitics, like ANERcorp).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { joinWords, normaliseTags, readConllLines, sentenceRanges } from '../src/model/index.js';
import { tagIndex } from '../src/model/tags.js';
import { tokenize } from '../src/text/tokenize.js';
import type { Token } from '../src/types.js';

export const sharedDir = resolve(
  process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'),
);
export const anercorpFile = (split: 'train' | 'dev' | 'test') =>
  join(sharedDir, 'data/anercorp', `ANERCorp_manually_cleaned_${split}.tsv`);

export interface GoldSentence {
  readonly words: readonly string[];
  /** IOB2 over PER/LOC/ORG/MISC. */
  readonly tags: readonly string[];
}

export function readAnercorp(split: 'train' | 'dev' | 'test'): GoldSentence[] {
  const lines = readConllLines(readFileSync(anercorpFile(split), 'utf8'));
  return sentenceRanges(lines).map(([from, to]) => {
    const rows = lines.slice(from, to);
    return { words: rows.map((r) => r[0]!), tags: normaliseTags(rows.map((r) => r[1] ?? 'O')) };
  });
}

export interface TokenSentence {
  readonly tokens: readonly Token[];
  /** Gold tag index per token (IOB2, see model/tags.ts). */
  readonly gold: Int32Array;
}

/**
 * The core tokens of one ANERcorp sentence (its words joined by spaces) with the word tags carried over: a token
 * inside a B- word is B- when it is the word's first token, I- after; I- words give I-. A token that starts a
 * core sentence never keeps an I- tag.
 */
export function toTokenSentence(sentence: GoldSentence): TokenSentence {
  const { text, starts } = joinWords(sentence.words);
  const { tokens } = tokenize(text);
  const gold = new Int32Array(tokens.length);
  let w = 0;
  let previousWord = -1;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    while (w + 1 < starts.length && starts[w + 1]! <= token.start) w++;
    const written = sentence.tags[w] ?? 'O';
    const firstOfWord = w !== previousWord;
    previousWord = w;
    let tag = written === 'O' ? 'O' : firstOfWord ? written : `I-${written.slice(2)}`;
    const startsSentence = k === 0 || tokens[k - 1]!.sentence !== token.sentence;
    if (startsSentence && tag.startsWith('I-')) tag = `B-${tag.slice(2)}`;
    gold[k] = tagIndex(tag);
  }
  return { tokens, gold };
}

/** Runs of tokens sharing a sentence index: the sequences the tagger decodes. */
export function sentenceRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    runs.push([from, to]);
    from = to;
  }
  return runs;
}
