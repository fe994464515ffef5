import type { Token } from '../types.js';
import { type PhraseMap, startWords } from './lexicon.js';

const NO_WORDS: readonly string[] = [];

/**
 * A read-only window on the tokens of one sentence for the grammar: `word(k)` is the folded word at k (the
 * first token may be read without its proclitic), '' outside the sentence and for punctuation.
 */
export class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    /** First token of the expression being tried. */
    public start: number,
    /** The first token's word without its proclitic. */
    public startWord: string,
    /** The proclitic letters removed from the first token ('' when none). */
    public clitic: string,
    public sentenceStart: number,
    public sentenceEnd: number,
  ) {}

  /**
   * The same window on another start reading. One cursor serves a whole text: a cursor per start reading is
   * tens of thousands of objects per megabyte, allocated while the text's tokens are still young, and every
   * young-generation collection they bring on copies those tokens.
   */
  moveTo(start: number, startWord: string, clitic: string, sentenceStart: number, sentenceEnd: number): this {
    this.start = start;
    this.startWord = startWord;
    this.clitic = clitic;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.previous = undefined;
    return this;
  }

  word(k: number): string {
    if (k < this.sentenceStart || k >= this.sentenceEnd) return '';
    if (k === this.start) return this.startWord;
    const t = this.tokens[k]!;
    return t.kind === 'punct' || t.kind === 'symbol' ? '' : t.norm;
  }

  /**
   * The longest phrase of `map` starting at k, or null: one walk down the phrase tree, no key built (this runs
   * at every start word, for every rule that begins with a phrase).
   */
  lookup<T>(map: PhraseMap<T>, k: number): { value: T; end: number } | null {
    const first = this.word(k);
    let node = first ? map.tree.get(first) : undefined;
    let value: T | undefined;
    let end = k;
    for (let j = k + 1; node !== undefined; j++) {
      if (node.value !== undefined) {
        value = node.value;
        end = j;
      }
      const w = node.next.size > 0 ? this.word(j) : '';
      node = w ? node.next.get(w) : undefined;
    }
    return value === undefined ? null : { value, end };
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

  private previous: readonly string[] | undefined;

  /** The word before the expression (skipping nothing), with its proclitic readings; worked out once. */
  previousWords(): readonly string[] {
    if (this.previous === undefined) {
      const k = this.start - 1;
      const t = k < this.sentenceStart ? undefined : this.tokens[k]!;
      this.previous = t?.kind === 'arabic' ? readingWords(t.norm) : NO_WORDS;
    }
    return this.previous;
  }
}

export interface Reading {
  /** How many folded letters of proclitic were removed. */
  readonly skip: number;
  readonly word: string;
  readonly clitic: string;
}

const NONE: Reading[] = [];
const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);

function pushPrepositionReading(out: Reading[], word: string, skip: number, clitic: string): void {
  if (word.length < 3 || !PREPOSITIONS.has(word[0]!)) return;
  if (word.startsWith('لل') && word.length >= 4) {
    out.push({ skip: skip + 1, word: `ا${word.slice(1)}`, clitic: `${clitic}ل` });
  } else {
    out.push({ skip: skip + 1, word: word.slice(1), clitic: clitic + word[0]! });
  }
}

/**
 * The ways to read a word: as written, and without a conjunction (و ف) and/or a preposition (ب ل ك); لل reads
 * as ل + ال (للأسبوع → الأسبوع). Only readings that leave at least two letters are offered.
 */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ skip: 0, word: norm, clitic: '' }];
  if (norm.length >= 3 && CONJUNCTIONS.has(norm[0]!)) {
    const rest = norm.slice(1);
    out.push({ skip: 1, word: rest, clitic: norm[0]! });
    pushPrepositionReading(out, rest, 1, norm[0]!);
  }
  pushPrepositionReading(out, norm, 0, '');
  return out;
}

/**
 * Per-word memos (keyed by the folded word, whose hash the shared word table's strings keep): the grammar asks
 * about the word before an expression and the tense cues around it, the same few thousand words over and over.
 * Started over past this many words, which bounds memory; no result depends on them.
 */
export const MEMO_LIMIT = 50_000;

const readingWordsMemo = new Map<string, readonly string[]>();

/** The words `readings(norm)` offers (the word itself first), memoised. */
export function readingWords(norm: string): readonly string[] {
  let words = readingWordsMemo.get(norm);
  if (words === undefined) {
    if (readingWordsMemo.size >= MEMO_LIMIT) readingWordsMemo.clear();
    words = readings(norm).map((r) => r.word);
    readingWordsMemo.set(norm, words);
  }
  return words;
}

/** Readings worth trying as the start of an expression: those the lexicon knows as a first word. */
function knownStartReadings(norm: string): Reading[] {
  const all = readings(norm);
  let known = 0;
  for (const r of all) if (startWords.has(r.word)) known++;
  return known === 0 ? NONE : known === all.length ? all : all.filter((r) => startWords.has(r.word));
}

/**
 * Every word with at least one start reading, mapped to those readings. A reading strips at most a conjunction
 * and a preposition (لل standing for ل + ال), so the words that read as a start word w are few: w, و/ف + w,
 * ب/ل/ك + w, both, and لل… for a w in ال…; the exact readings of each are then worked out by `readings`.
 */
const START_READINGS: ReadonlyMap<string, readonly Reading[]> = (() => {
  const out = new Map<string, readonly Reading[]>();
  const prepositionForms = (w: string) => {
    const forms = [...PREPOSITIONS].map((p) => p + w);
    if (w.startsWith('ال')) forms.push(`ل${w.slice(1)}`);
    return forms;
  };
  for (const w of startWords) {
    const bare = [w, ...prepositionForms(w)];
    for (const form of [...bare, ...[...CONJUNCTIONS].flatMap((c) => bare.map((f) => c + f))]) {
      if (out.has(form)) continue;
      const found = knownStartReadings(form);
      if (found.length) out.set(form, found);
    }
  }
  return out;
})();

/**
 * Readings worth trying as the start of an expression. Most tokens of a text start nothing, so this is the hot
 * path: one hash lookup.
 */
export function startReadings(token: Token): readonly Reading[] {
  if (token.kind === 'number') return [{ skip: 0, word: token.norm, clitic: '' }];
  if (token.kind !== 'arabic') return NONE;
  return START_READINGS.get(token.norm) ?? NONE;
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
