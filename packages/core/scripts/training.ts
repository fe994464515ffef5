/**
 * The pieces of scripts/train.ts that experiments reuse: feature encoding of ANERcorp sentences, one perceptron
 * run stopped at its best dev epoch, and entity-level scoring of a tagger on gold sentences.
 */
import { defaultKnowledge } from '../src/entities/knowledge.js';
import { lexiconTokenTags } from '../src/entities/token-tags.js';
import {
  BIAS,
  gazetteerFeatures,
  SENTENCE_END,
  SENTENCE_START,
  WINDOW,
  wordFeatures,
} from '../src/model/features.js';
import { joinWords, scoreEntities, tagsFromMentions } from '../src/model/index.js';
import type { ModelSpan, Tagger } from '../src/model/tagger.js';
import { TAG_COUNT } from '../src/model/tags.js';
import { buildModel, type Model } from '../src/model/weights.js';
import type { EntityLabel, Token } from '../src/types.js';
import { type GoldSentence, sentenceRuns, toTokenSentence } from './anercorp.js';
import { type Named, Perceptron, type Sequence, shuffle, type TagScheme } from './perceptron.js';
import type { Margin } from './weight-file.js';

const T = TAG_COUNT;

export type Gazetteer = (tokens: readonly Token[]) => readonly (EntityLabel | null)[] | undefined;

/** The gazetteer feature: the entity recogniser's lexicon label of each token (none when `enabled` is false). */
export function loadGazetteer(enabled: boolean): Gazetteer {
  if (!enabled) return () => undefined;
  const knowledge = defaultKnowledge();
  return (tokens) => lexiconTokenTags(tokens, knowledge);
}

/** Extra features of token `k` of sentence `s` (for the second stage of a two-stage tagger). */
export type ExtraFeatures = (s: number, k: number) => readonly string[];

export class FeatureIds {
  readonly ids = new Map<string, number>();
  id(name: string, grow: boolean): number {
    const known = this.ids.get(name);
    if (known !== undefined || !grow) return known ?? -1;
    const id = this.ids.size;
    this.ids.set(name, id);
    return id;
  }
}

/** The features of every position of tokens [from, to), exactly as Tagger.emissions sums them. */
export function featuresOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  gazetteer: ReturnType<Gazetteer>,
): string[][] {
  const n = to - from;
  const word = (j: number) => (j < 0 ? SENTENCE_START : j >= n ? SENTENCE_END : tokens[from + j]!.norm);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const features = [BIAS];
    for (let slot = -WINDOW; slot <= WINDOW; slot++) features.push(...wordFeatures(word(i + slot), slot));
    features.push(...gazetteerFeatures(gazetteer, from + i, from, to));
    out.push(features);
  }
  return out;
}

/**
 * The training sequences of gold sentences (one per core sentence run). `grow` false drops features the ids do
 * not know (for decoding held-out sentences by id).
 */
export function sequencesOf(
  sentences: readonly GoldSentence[],
  features: FeatureIds,
  gazetteer: Gazetteer,
  extra?: ExtraFeatures,
  grow = true,
): Sequence[] {
  const out: Sequence[] = [];
  sentences.forEach((sentence, s) => {
    const { tokens, gold } = toTokenSentence(sentence);
    const gaz = gazetteer(tokens);
    for (const [from, to] of sentenceRuns(tokens)) {
      const encode = (perPosition: string[][]) => {
        const offsets = new Int32Array(perPosition.length + 1);
        const ids: number[] = [];
        perPosition.forEach((names, i) => {
          for (const name of names) {
            const id = features.id(name, grow);
            if (id >= 0) ids.push(id);
          }
          if (extra) {
            for (const name of extra(s, from + i)) {
              const id = features.id(name, grow);
              if (id >= 0) ids.push(id);
            }
          }
          offsets[i + 1] = ids.length;
        });
        return { ids: Int32Array.from(ids), offsets, gold: gold.slice(from, to) };
      };
      const full = encode(featuresOf(tokens, from, to, gaz));
      const hasGazetteer = gaz?.slice(from, to).some((label) => label !== null) ?? false;
      out.push(
        hasGazetteer ? { ...full, withoutGazetteer: encode(featuresOf(tokens, from, to, undefined)) } : full,
      );
    }
  });
  return out;
}

/** The decoder's model for named weights (the trainer's feature ids are dense, in insertion order). */
export function toModel(named: Named): Model {
  const names: string[] = [];
  const weights = new Float32Array(named.index.size * T);
  for (const [name, at] of named.index) {
    weights.set(named.values.subarray(at, at + T), names.length * T);
    names.push(name);
  }
  return buildModel(names, weights, { ...named, temperature: 1 });
}

/** Word tags of one gold sentence from token spans (a word overlapped by a span takes its label). */
export function wordTagsOf(sentence: GoldSentence, tokens: readonly Token[], spans: readonly ModelSpan[]) {
  const words = joinWords(sentence.words);
  const ranges = spans.map((s) => ({
    start: tokens[s.startToken]!.start,
    end: tokens[s.endToken - 1]!.end,
    label: s.label,
  }));
  return { tags: tagsFromMentions(words, sentence.words, ranges), ranges, starts: words.starts };
}

/** Tags the words of gold sentences with a model and scores them at the entity level, like `khabar eval`. */
export function evaluate(
  tagger: Tagger,
  sentences: readonly GoldSentence[],
  gazetteer: Gazetteer,
  margins?: Margin[],
) {
  const predicted = sentences.map((sentence) => {
    const { tokens } = toTokenSentence(sentence);
    const spans = tagger.tag(tokens, gazetteer(tokens));
    const { tags, ranges, starts } = wordTagsOf(sentence, tokens, spans);
    if (margins) collectMargins(spans, ranges, starts, sentence, margins);
    return tags;
  });
  return scoreEntities(
    sentences.map((s) => s.tags),
    predicted,
  );
}

function collectMargins(
  spans: readonly ModelSpan[],
  ranges: readonly { start: number; end: number; label: EntityLabel }[],
  starts: readonly number[],
  sentence: GoldSentence,
  out: Margin[],
) {
  const gold = new Set(
    scoreSpans(sentence.tags).map(
      (s) => `${starts[s.start]}:${starts[s.end - 1]! + sentence.words[s.end - 1]!.length}:${s.label}`,
    ),
  );
  spans.forEach((span, k) => {
    const r = ranges[k]!;
    const first = starts.findLastIndex((s) => s <= r.start);
    const last = starts.findLastIndex((s) => s < r.end);
    const key = `${starts[first]}:${starts[last]! + sentence.words[last]!.length}:${r.label}`;
    out.push({ confidence: span.confidence, correct: gold.has(key) });
  });
}

function scoreSpans(tags: readonly string[]) {
  const out: { start: number; end: number; label: string }[] = [];
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-')) out.push({ start: i, end: i + 1, label: tag.slice(2) });
    else if (tag.startsWith('I-') && out.length > 0) out[out.length - 1]!.end = i + 1;
  });
  return out;
}

export const fmt = (x: number) => x.toFixed(4);

/** The number after `--name` among the script's arguments, or `fallback` when the option is absent. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

export interface RunOptions {
  readonly maxEpochs: number;
  readonly gazetteerDropout: number;
  readonly random: () => number;
  /** Dev F1 of a snapshot; the run keeps its best epoch. */
  readonly devF1: (model: Named) => number;
  /** The tag set (IOB2 unless given). */
  readonly scheme?: TagScheme;
  /** Hamming cost added to wrong tags when decoding during training (0: the plain perceptron). */
  readonly cost?: number;
  /** PA-I aggressiveness (0: perceptron steps). */
  readonly passiveAggressive?: number;
  /** Share of sentences seen without their non-local features, each epoch (when they have a copy without). */
  readonly nonLocalDropout?: number;
}

/** Trains one perceptron and returns its averaged weights at the best dev epoch. */
export function trainPerceptron(
  sequences: Sequence[],
  featureCount: number,
  ids: FeatureIds,
  options: RunOptions,
) {
  const perceptron = new Perceptron(featureCount, options.scheme, options.cost, options.passiveAggressive);
  let best: { f1: number; epoch: number; model: Named } | null = null;
  for (let epoch = 1; epoch <= options.maxEpochs; epoch++) {
    shuffle(sequences, options.random);
    // Gazetteer dropout: some sentences are seen without the lexicon feature, so the words keep their weight.
    for (const full of sequences) {
      const dropNonLocal = full.withoutNonLocal && options.random() < (options.nonLocalDropout ?? 0);
      const seq = dropNonLocal ? full.withoutNonLocal! : full;
      const drop = seq.withoutGazetteer && options.random() < options.gazetteerDropout;
      perceptron.learn(drop ? seq.withoutGazetteer! : seq);
    }
    const model = perceptron.snapshot(ids.ids);
    const f1 = options.devF1(model);
    if (!best || f1 > best.f1) best = { f1, epoch, model };
  }
  console.log(`perceptron: best epoch ${best!.epoch}, dev F1 ${fmt(best!.f1)}`);
  return best!.model;
}
