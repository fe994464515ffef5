import type { Token } from '../types.js';
import { startWords } from './lexicon.js';

/**
 * A read-only window on the tokens of one sentence for the grammar: `word(k)` is the folded word at k (the
 * first token may be read without its proclitic), '' outside the sentence and for punctuation.
 */
export class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    /** First token of the expression being tried. */
    readonly start: number,
    /** The first token's word without its proclitic. */
    readonly startWord: string,
    /** The proclitic letters removed from the first token ('' when none). */
    readonly clitic: string,
    readonly sentenceStart: number,
    readonly sentenceEnd: number,
  ) {}

  word(k: number): string {
    if (k < this.sentenceStart || k >= this.sentenceEnd) return '';
    if (k === this.start) return this.startWord;
    const t = this.tokens[k]!;
    return t.kind === 'punct' || t.kind === 'symbol' ? '' : t.norm;
  }

  /** Two or more words joined by a space, the way the lexicon keys phrases. */
  phrase(k: number, count: number): string {
    const parts: string[] = [];
    for (let j = 0; j < count; j++) {
      const w = this.word(k + j);
      if (!w) return '';
      parts.push(w);
    }
    return parts.join(' ');
  }

  isNumber(k: number): boolean {
    return k >= this.sentenceStart && k < this.sentenceEnd && this.tokens[k]!.kind === 'number';
  }

  /** The punctuation character at k, or '' when k is not punctuation. */
  punct(k: number): string {
    if (k < this.sentenceStart || k >= this.sentenceEnd) return '';
    const t = this.tokens[k]!;
    return t.kind === 'punct' || t.kind === 'symbol' ? t.text : '';
  }

  /** The word before the expression (skipping nothing), with its proclitic readings. */
  previousWords(): readonly string[] {
    const k = this.start - 1;
    if (k < this.sentenceStart) return [];
    const t = this.tokens[k]!;
    return t.kind === 'arabic' ? readings(t.norm).map((r) => r.word) : [];
  }
}

export interface Reading {
  /** How many folded letters of proclitic were removed. */
  readonly skip: number;
  readonly word: string;
  readonly clitic: string;
}

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);

/**
 * The ways to read a word: as written, and without a conjunction (و ف) and/or a preposition (ب ل ك); لل reads
 * as ل + ال (للأسبوع → الأسبوع). Only readings that leave at least two letters are offered.
 */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ skip: 0, word: norm, clitic: '' }];
  const addPrep = (word: string, skip: number, clitic: string) => {
    if (word.length < 3 || !PREPOSITIONS.has(word[0]!)) return;
    if (word.startsWith('لل') && word.length >= 4) {
      out.push({ skip: skip + 1, word: `ا${word.slice(1)}`, clitic: `${clitic}ل` });
    } else {
      out.push({ skip: skip + 1, word: word.slice(1), clitic: clitic + word[0]! });
    }
  };
  if (norm.length >= 3 && CONJUNCTIONS.has(norm[0]!)) {
    out.push({ skip: 1, word: norm.slice(1), clitic: norm[0]! });
    addPrep(norm.slice(1), 1, norm[0]!);
  }
  addPrep(norm, 0, '');
  return out;
}

/** Readings worth trying as the start of an expression: the word as written, plus stripped ones the lexicon knows. */
export function startReadings(token: Token): Reading[] {
  if (token.kind !== 'arabic') return [{ skip: 0, word: token.norm, clitic: '' }];
  const all = readings(token.norm);
  return all.filter((r, i) => i === 0 || startWords.has(r.word) || r.word.startsWith('ال'));
}

/** The original offset of the first letter after `skip` folded letters of a token. */
export function offsetAfterFolded(token: Token, skip: number, foldUnit: (s: string) => string): number {
  let seen = 0;
  let i = 0;
  while (i < token.text.length && seen < skip) {
    if (foldUnit(token.text[i]!) !== '') seen++;
    i++;
  }
  while (i < token.text.length && foldUnit(token.text[i]!) === '') i++;
  return token.start + i;
}
