import type { Word } from '../text/word-table.js';
import { ENTITY_LABELS, type EntityLabel, type Token } from '../types.js';
import { WordScores } from './emissions.js';
import { BIAS, gazetteerFeatureName, SENTENCE_END, SENTENCE_START, SLOTS, WINDOW } from './features.js';
import { spansOfTags, TAG_COUNT } from './tags.js';
import { constrainedTransitions, ViterbiScratch, viterbi } from './viterbi.js';
import type { Model } from './weights.js';

/** A name found by the model, in token indices of the document. */
export interface ModelSpan {
  readonly startToken: number;
  /** Exclusive. */
  readonly endToken: number;
  readonly label: EntityLabel;
  /** 0..1, calibrated on ANERcorp dev. */
  readonly confidence: number;
}

// Module-level copies: imported bindings can cost a getter call per access in transpiled builds.
/** Nine tags: the emission sums below are unrolled for them, and this fails to compile if the tag set changes. */
const T: 9 = TAG_COUNT;
const W = WINDOW;
const SLOT_COUNT = SLOTS;
const START = SENTENCE_START;
const END = SENTENCE_END;
/**
 * Sentences longer than this (a text without punctuation, a 10 MB single line) are decoded in pieces, which keeps
 * decoding memory bounded; news sentences are far shorter (ANERcorp's longest has 217 words).
 */
const MAX_SEQUENCE = 4096;

const GAZETTEER_TEMPLATES = ['g-1', 'g0', 'g0c', 'g1'] as const;
type GazetteerTemplate = (typeof GAZETTEER_TEMPLATES)[number];

/** Where the weights of a gazetteer feature stand in `Tagger.gazetteerRows`. */
function gazetteerRow(template: GazetteerTemplate, label: EntityLabel): number {
  const t = template === 'g-1' ? 0 : template === 'g0' ? 1 : template === 'g0c' ? 2 : 3;
  const l = label === 'PER' ? 0 : label === 'LOC' ? 1 : label === 'ORG' ? 2 : 3;
  return 4 * t + l;
}

/** The tokenizer's word numbering (see `Tokenized`): `words[ids[i]]` is token i's word. */
export interface TokenWords {
  readonly ids: Int32Array;
  readonly words: readonly Word[];
}

/** Decodes documents with one loaded model; holds the per-word score cache. */
export class Tagger {
  private readonly scores: WordScores;
  private readonly trans: Float64Array;
  private readonly first: Float64Array;
  private readonly bias = new Float32Array(TAG_COUNT);
  private readonly scratch = new ViterbiScratch();
  /** Weights of every gazetteer feature, at `gazetteerRow(template, label)`: no feature name built per token. */
  private readonly gazetteerRows: Float32Array[] = [];
  private buffer = new Float32Array(0);
  private tags = new Uint8Array(0);
  private tables = new Int32Array(0);
  /** The words of the tokens being tagged, when the caller has them (see `tag`). */
  private tokenWords: TokenWords | null = null;
  /** The score-table offset of each of those words by id, -1 until looked up, valid in cache epoch `offsetsEpoch`. */
  private wordOffsets = new Int32Array(0);
  private offsetsEpoch = -1;

  constructor(private readonly model: Model) {
    this.scores = new WordScores(model);
    const { trans, first } = constrainedTransitions(model.transitions, model.start);
    this.trans = trans;
    this.first = first;
    this.scores.addFeatures([BIAS], this.bias, 0);
    for (const template of GAZETTEER_TEMPLATES) {
      for (const label of ENTITY_LABELS) {
        const row = new Float32Array(T);
        this.scores.addFeatures([gazetteerFeatureName(template, label)], row, 0);
        this.gazetteerRows[gazetteerRow(template, label)] = row;
      }
    }
  }

  private addRow(row: Float32Array, out: Float32Array, at: number): void {
    for (let t = 0; t < T; t++) out[at + t]! += row[t]!;
  }

  /** Tags every sentence (a run of tokens sharing `token.sentence`) and returns the entity spans found. */
  tag(
    tokens: readonly Token[],
    gazetteer?: readonly (EntityLabel | null)[],
    words?: TokenWords,
  ): ModelSpan[] {
    const spans: ModelSpan[] = [];
    this.tokenWords = words && words.ids.length === tokens.length ? words : null;
    if (this.tokenWords) this.loadWordOffsets(this.tokenWords.words);
    let from = 0;
    while (from < tokens.length) {
      let to = from + 1;
      const limit = Math.min(tokens.length, from + MAX_SEQUENCE);
      while (to < limit && tokens[to]!.sentence === tokens[from]!.sentence) to++;
      this.tagSentence(tokens, from, to, gazetteer, spans);
      from = to;
    }
    this.tokenWords = null;
    return spans;
  }

  /**
   * Copies the offsets the words' own memos hold for the cache's epoch, in one sweep over the words: their loads
   * overlap, where tagging would wait for each word at its first token (a cache miss per word per article).
   */
  private loadWordOffsets(words: readonly Word[]): void {
    if (this.wordOffsets.length < words.length)
      this.wordOffsets = new Int32Array(Math.max(words.length, 2 * this.wordOffsets.length));
    const epoch = this.scores.epoch;
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      this.wordOffsets[id] = word.modelEpoch === epoch ? word.modelOffset : -1;
    }
    this.offsetsEpoch = epoch;
  }

  /** Offset of the score table of token `index`'s word. */
  private tableOf(tokens: readonly Token[], index: number): number {
    const words = this.tokenWords;
    const id = words ? words.ids[index]! : -1;
    if (!words || !(id >= 0 && id < words.words.length)) return this.scores.get(tokens[index]!.norm);
    let at = this.wordOffsets[id]!;
    if (at < 0) {
      at = this.scores.getWord(words.words[id]!);
      this.wordOffsets[id] = at;
    }
    return at;
  }

  /** The emission scores of tokens [from, to): word tables at every slot, gazetteer features and the bias. */
  private emissions(
    tokens: readonly Token[],
    from: number,
    to: number,
    gazetteer?: readonly (EntityLabel | null)[],
  ) {
    const n = to - from;
    if (this.buffer.length < n * T) this.buffer = new Float32Array(Math.max(n * T, 2 * this.buffer.length));
    const out = this.buffer;
    // Offsets of the word tables of positions -W … n+W-1 (boundary pseudo-words at the edges).
    const span = n + 2 * W;
    if (this.tables.length < span) this.tables = new Int32Array(Math.max(span, 2 * this.tables.length));
    const tables = this.tables;
    this.scores.reserve(span);
    // When the cache started over, the offsets copied for this text's words are stale (and so are the words').
    if (this.tokenWords && this.offsetsEpoch !== this.scores.epoch)
      this.loadWordOffsets(this.tokenWords.words);
    const startAt = this.scores.get(START);
    const endAt = this.scores.get(END);
    for (let k = 0; k < span; k++) {
      const j = k - W;
      tables[k] = j < 0 ? startAt : j >= n ? endAt : this.tableOf(tokens, from + j);
    }
    // Token i sums row q of the table of the word at position i + q - W, for q = 0 … SLOTS-1. Unrolled over the
    // nine tags (T), so the sums stay in registers.
    const pool = this.scores.pool;
    const b = this.bias;
    for (let i = 0; i < n; i++) {
      let s0 = b[0]!;
      let s1 = b[1]!;
      let s2 = b[2]!;
      let s3 = b[3]!;
      let s4 = b[4]!;
      let s5 = b[5]!;
      let s6 = b[6]!;
      let s7 = b[7]!;
      let s8 = b[8]!;
      for (let q = 0; q < SLOT_COUNT; q++) {
        const at = tables[i + q]! + q * T;
        s0 += pool[at]!;
        s1 += pool[at + 1]!;
        s2 += pool[at + 2]!;
        s3 += pool[at + 3]!;
        s4 += pool[at + 4]!;
        s5 += pool[at + 5]!;
        s6 += pool[at + 6]!;
        s7 += pool[at + 7]!;
        s8 += pool[at + 8]!;
      }
      const at = i * T;
      out[at] = s0;
      out[at + 1] = s1;
      out[at + 2] = s2;
      out[at + 3] = s3;
      out[at + 4] = s4;
      out[at + 5] = s5;
      out[at + 6] = s6;
      out[at + 7] = s7;
      out[at + 8] = s8;
    }
    if (gazetteer) {
      // The features of features.ts gazetteerFeatures, by table rather than by name.
      const g = this.gazetteerRows;
      for (let i = 0; i < n; i++) {
        const prev = i > 0 ? (gazetteer[from + i - 1] ?? null) : null;
        const here = gazetteer[from + i] ?? null;
        const next = i + 1 < n ? (gazetteer[from + i + 1] ?? null) : null;
        if (prev) this.addRow(g[gazetteerRow('g-1', prev)]!, out, i * T);
        if (here) this.addRow(g[gazetteerRow(here === prev ? 'g0c' : 'g0', here)]!, out, i * T);
        if (next) this.addRow(g[gazetteerRow('g1', next)]!, out, i * T);
      }
    }
    return out;
  }

  private tagSentence(
    tokens: readonly Token[],
    from: number,
    to: number,
    gazetteer: readonly (EntityLabel | null)[] | undefined,
    spans: ModelSpan[],
  ): void {
    const n = to - from;
    const emissions = this.emissions(tokens, from, to, gazetteer);
    if (this.tags.length < n) this.tags = new Uint8Array(Math.max(n, 2 * this.tags.length));
    const tags = this.tags; // its first n entries (no view per sentence)
    viterbi(emissions, n, this.trans, this.first, this.model.end, tags, this.scratch);
    for (const span of spansOfTags(tags, n)) {
      spans.push({
        startToken: from + span.start,
        endToken: from + span.end,
        label: span.label,
        confidence: this.confidence(emissions, tags, span.start, span.end),
      });
    }
  }

  /** Sigmoid of the mean margin between each chosen tag and the best other tag at that token. */
  private confidence(emissions: Float32Array, tags: Uint8Array, start: number, end: number): number {
    let margin = 0;
    for (let i = start; i < end; i++) {
      const chosen = tags[i]!;
      let other = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < T; t++) {
        if (t !== chosen && emissions[i * T + t]! > other) other = emissions[i * T + t]!;
      }
      margin += emissions[i * T + chosen]! - other;
    }
    const value = 1 / (1 + Math.exp(-margin / (end - start) / this.model.temperature));
    return Math.round(value * 1000) / 1000;
  }
}
