/**
 * Trains the entity tagger (averaged structured perceptron, first-order Viterbi over IOB2) on ANERcorp train,
 * picks the number of epochs and the pruning threshold on dev, and writes src/model/weights.json.
 * Deterministic for a given gazetteer: the shuffles are seeded. See src/model/MODEL_CARD.md.
 * usage: pnpm train [--epochs 25] [--ensemble 5] [--seed N] [--gazetteer-dropout 0.5] [--no-gazetteer]
 *   [--out file] (default src/model/weights.json) [--dev-only] (skip the test report, for experiments)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { type ModelSpan, Tagger } from '../src/model/tagger.js';
import { TAG_COUNT } from '../src/model/tags.js';
import { buildModel, loadModel, type Model, type WeightFile } from '../src/model/weights.js';
import type { EntityLabel, Token } from '../src/types.js';
import { type GoldSentence, readAnercorp, sentenceRuns, toTokenSentence } from './anercorp.js';
import { averageModels, mulberry32, type Named, Perceptron, type Sequence, shuffle } from './perceptron.js';
import { calibrate, type Margin, toWeightFile } from './weight-file.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const MAX_EPOCHS = option('--epochs', 25);
const SEED = option('--seed', 20161205);
const ENSEMBLE = option('--ensemble', 5);
const GAZETTEER_DROPOUT = option('--gazetteer-dropout', 0.5);

const T = TAG_COUNT;

type Gazetteer = (tokens: readonly Token[]) => readonly (EntityLabel | null)[] | undefined;

/** The gazetteer feature: the entity recogniser's lexicon label of each token (unless --no-gazetteer). */
function loadGazetteer(): Gazetteer {
  if (args.includes('--no-gazetteer')) return () => undefined;
  const knowledge = defaultKnowledge();
  return (tokens) => lexiconTokenTags(tokens, knowledge);
}

class FeatureIds {
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
function featuresOf(
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

function sequencesOf(
  sentences: readonly GoldSentence[],
  features: FeatureIds,
  gazetteer: Gazetteer,
): Sequence[] {
  const out: Sequence[] = [];
  for (const sentence of sentences) {
    const { tokens, gold } = toTokenSentence(sentence);
    const gaz = gazetteer(tokens);
    for (const [from, to] of sentenceRuns(tokens)) {
      const encode = (perPosition: string[][]) => {
        const offsets = new Int32Array(perPosition.length + 1);
        const ids: number[] = [];
        perPosition.forEach((names, i) => {
          for (const name of names) ids.push(features.id(name, true));
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
  }
  return out;
}

/** The decoder's model for named weights (the trainer's feature ids are dense, in insertion order). */
function toModel(named: Named): Model {
  const names: string[] = [];
  const weights = new Float32Array(named.index.size * T);
  for (const [name, at] of named.index) {
    weights.set(named.values.subarray(at, at + T), names.length * T);
    names.push(name);
  }
  return buildModel(names, weights, { ...named, temperature: 1 });
}

/** Tags the words of gold sentences with a model and scores them at the entity level, like `khabar eval`. */
function evaluate(
  tagger: Tagger,
  sentences: readonly GoldSentence[],
  gazetteer: Gazetteer,
  margins?: Margin[],
) {
  const predicted = sentences.map((sentence) => {
    const { tokens } = toTokenSentence(sentence);
    const spans = tagger.tag(tokens, gazetteer(tokens));
    const words = joinWords(sentence.words);
    const ranges = spans.map((s: ModelSpan) => ({
      start: tokens[s.startToken]!.start,
      end: tokens[s.endToken - 1]!.end,
      label: s.label,
    }));
    const tags = tagsFromMentions(words, sentence.words, ranges);
    if (margins) collectMargins(spans, ranges, words.starts, sentence, margins);
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

const fmt = (x: number) => x.toFixed(4);

/** Trains one perceptron and returns its averaged weights at the best dev epoch. */
function trainPerceptron(
  sequences: Sequence[],
  features: FeatureIds,
  dev: readonly GoldSentence[],
  gazetteer: Gazetteer,
  random: () => number,
): Named {
  const perceptron = new Perceptron(features.ids.size);
  let best: { f1: number; epoch: number; model: Named } | null = null;
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    shuffle(sequences, random);
    // Gazetteer dropout: some sentences are seen without the lexicon feature, so the words keep their weight.
    for (const seq of sequences) {
      perceptron.learn(seq.withoutGazetteer && random() < GAZETTEER_DROPOUT ? seq.withoutGazetteer : seq);
    }
    const model = perceptron.snapshot(features.ids);
    const f1 = evaluate(new Tagger(toModel(model)), dev, gazetteer).overall.f1;
    if (!best || f1 > best.f1) best = { f1, epoch, model };
  }
  console.log(`perceptron: best epoch ${best!.epoch}, dev F1 ${fmt(best!.f1)}`);
  return best!.model;
}

async function main() {
  const started = Date.now();
  const gazetteer = loadGazetteer();
  const train = readAnercorp('train');
  const dev = readAnercorp('dev');
  const features = new FeatureIds();
  const sequences = sequencesOf(train, features, gazetteer);
  console.log(`train: ${sequences.length} sequences, ${features.ids.size} features`);
  // Several perceptrons that differ only in their (seeded) shuffles, each stopped at its best dev epoch; their
  // weights are averaged into one linear model of the same size, which varies less than any one of them.
  const snapshots: Named[] = [];
  for (let k = 0; k < ENSEMBLE; k++) {
    const random = mulberry32(SEED + k);
    snapshots.push(trainPerceptron(sequences, features, dev, gazetteer, random));
    console.log(`run ${k + 1} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const ensemble = averageModels(snapshots);
  const best = { f1: evaluate(new Tagger(toModel(ensemble)), dev, gazetteer).overall.f1, model: ensemble };
  console.log(`ensemble of ${ENSEMBLE}: dev F1 ${fmt(best.f1)}`);
  if (!best) throw new Error('no epochs');
  // The largest pruning threshold that keeps dev F1 within 0.003 of the unpruned model: a smaller file.
  const thresholds = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2];
  let chosen = toWeightFile(best.model, 0, 1);
  for (const threshold of thresholds) {
    const file = toWeightFile(best.model, threshold, 1);
    const f1 = evaluate(new Tagger(loadModel(file)), dev, gazetteer).overall.f1;
    const count = file.features.split('\n').length;
    console.log(`prune < ${threshold}: ${count} features, dev F1 ${fmt(f1)}`);
    if (f1 >= best.f1 - 0.003) chosen = file;
  }
  const margins: Margin[] = [];
  evaluate(new Tagger(loadModel(chosen)), dev, gazetteer, margins);
  const temperature = calibrate(margins);
  const final: WeightFile = { ...chosen, temperature };
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1]! : join(import.meta.dirname, '../src/model/weights.json');
  const json = `${JSON.stringify(final)}\n`;
  writeFileSync(out, json);
  const finalTagger = new Tagger(loadModel(final));
  const devScores = evaluate(finalTagger, dev, gazetteer);
  const testScores = args.includes('--dev-only')
    ? null
    : evaluate(finalTagger, readAnercorp('test'), gazetteer);
  const report = (name: string, s: ReturnType<typeof evaluate>) =>
    `${name}: P ${fmt(s.overall.precision)} R ${fmt(s.overall.recall)} F1 ${fmt(s.overall.f1)} | ${Object.entries(
      s.perLabel,
    )
      .map(([label, c]) => `${label} ${fmt(c.f1)}`)
      .join(' ')}`;
  console.log(
    `wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB (UTF-16 units), temperature ${temperature.toFixed(2)}`,
  );
  console.log(report('dev (model only)', devScores));
  if (testScores) console.log(report('test (model only, reported, never tuned on)', testScores));
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
