import type { EntityLabel, Token } from '../types.js';
import { WordScores } from './emissions.js';
import { BIAS, gazetteerFeatures, SENTENCE_END, SENTENCE_START, WINDOW } from './features.js';
import { spansOfTags, TAG_COUNT } from './tags.js';
import { constrainedTransitions, viterbi } from './viterbi.js';
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

/** Decodes documents with one loaded model; holds the per-word score cache. */
export class Tagger {
  private readonly scores: WordScores;
  private readonly trans: Float64Array;
  private readonly first: Float64Array;
  private readonly bias = new Float32Array(TAG_COUNT);

  constructor(private readonly model: Model) {
    this.scores = new WordScores(model);
    const { trans, first } = constrainedTransitions(model.transitions, model.start);
    this.trans = trans;
    this.first = first;
    this.scores.addFeatures([BIAS], this.bias, 0);
  }

  /** Tags every sentence (a run of tokens sharing `token.sentence`) and returns the entity spans found. */
  tag(tokens: readonly Token[], gazetteer?: readonly (EntityLabel | null)[]): ModelSpan[] {
    const spans: ModelSpan[] = [];
    let from = 0;
    while (from < tokens.length) {
      let to = from + 1;
      while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
      this.tagSentence(tokens, from, to, gazetteer, spans);
      from = to;
    }
    return spans;
  }

  /** The emission scores of tokens [from, to): word tables at every slot, gazetteer features and the bias. */
  emissions(tokens: readonly Token[], from: number, to: number, gazetteer?: readonly (EntityLabel | null)[]) {
    const n = to - from;
    const T = TAG_COUNT;
    const out = new Float32Array(n * T);
    for (let i = 0; i < n; i++) out.set(this.bias, i * T);
    // Each word adds its slot-k table to the token k positions before it; boundary pseudo-words fill the edges.
    for (let j = -WINDOW; j < n + WINDOW; j++) {
      const norm = j < 0 ? SENTENCE_START : j >= n ? SENTENCE_END : tokens[from + j]!.norm;
      const table = this.scores.get(norm);
      for (let slot = -WINDOW; slot <= WINDOW; slot++) {
        const i = j - slot;
        if (i < 0 || i >= n) continue;
        const base = (slot + WINDOW) * T;
        const at = i * T;
        for (let t = 0; t < T; t++) out[at + t]! += table[base + t]!;
      }
    }
    if (gazetteer) {
      for (let i = 0; i < n; i++) {
        const features = gazetteerFeatures(gazetteer, from + i, from, to);
        if (features.length > 0) this.scores.addFeatures(features, out, i * T);
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
    const tags = new Uint8Array(n);
    viterbi(emissions, n, this.trans, this.first, this.model.end, tags);
    for (const span of spansOfTags(tags)) {
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
      for (let t = 0; t < TAG_COUNT; t++) {
        if (t !== chosen && emissions[i * TAG_COUNT + t]! > other) other = emissions[i * TAG_COUNT + t]!;
      }
      margin += emissions[i * TAG_COUNT + chosen]! - other;
    }
    const value = 1 / (1 + Math.exp(-margin / (end - start) / this.model.temperature));
    return Math.round(value * 1000) / 1000;
  }
}
