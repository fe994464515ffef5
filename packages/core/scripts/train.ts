/**
 * Trains the entity tagger (averaged structured perceptron, first-order Viterbi over IOB2) on ANERcorp train,
 * picks the number of epochs and the pruning threshold on dev, and writes src/model/weights.json.
 * Deterministic: the shuffle is seeded. usage: pnpm train [--epochs N] [--no-gazetteer]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBase64 } from '../src/model/base64.js';
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
import { TAG_COUNT, TAGS } from '../src/model/tags.js';
import { constrainedTransitions, viterbi } from '../src/model/viterbi.js';
import { buildModel, loadModel, type Model, WEIGHT_FORMAT, type WeightFile } from '../src/model/weights.js';
import type { EntityLabel, Token } from '../src/types.js';
import { type GoldSentence, readAnercorp, sentenceRuns, toTokenSentence } from './anercorp.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const MAX_EPOCHS = option('--epochs', 20);
const SEED = option('--seed', 20161205);
const ENSEMBLE = option('--ensemble', 5);
const GAZETTEER_DROPOUT = option('--gazetteer-dropout', 0.5);

const T = TAG_COUNT;

type Gazetteer = (tokens: readonly Token[]) => readonly (EntityLabel | null)[] | undefined;

/** The lexicon feature, when the entity recogniser provides it (entities/token-tags.ts) and it is not disabled. */
async function loadGazetteer(): Promise<Gazetteer> {
  if (args.includes('--no-gazetteer')) return () => undefined;
  try {
    const tags = await import('../src/entities/token-tags.js');
    const knowledge = await import('../src/entities/knowledge.js');
    const kb = knowledge.defaultKnowledge();
    return (tokens) => tags.lexiconTokenTags(tokens, kb);
  } catch {
    console.warn('no entities/token-tags.ts: training without the gazetteer feature');
    return () => undefined;
  }
}

interface Sequence {
  /** Feature ids of each position, flattened; `offsets[i]..offsets[i+1]` are position i's. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
  /** The same positions without the gazetteer features (for gazetteer dropout), when there were any. */
  readonly withoutGazetteer?: Sequence;
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

/** Weights by feature name (name → offset of its TAG_COUNT weights), as the trainer keeps them. */
interface Named {
  readonly index: ReadonlyMap<string, number>;
  readonly values: Float32Array;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
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

/** A weight vector with the running sum needed for averaging (Daumé's trick: avg = w - u / c). */
class Averaged {
  readonly w: Float64Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
  }
  add(i: number, delta: number, c: number) {
    this.w[i]! += delta;
    this.u[i]! += c * delta;
  }
  average(c: number): Float64Array {
    return this.w.map((w, i) => w - this.u[i]! / c);
  }
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<X>(items: X[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

class Perceptron {
  readonly emit: Averaged;
  readonly trans = new Averaged(T * T);
  readonly start = new Averaged(T);
  readonly end = new Averaged(T);
  c = 1;
  constructor(featureCount: number) {
    this.emit = new Averaged(featureCount * T);
  }

  private decode(seq: Sequence): Int32Array {
    const n = seq.gold.length;
    const emissions = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
        const base = seq.ids[k]! * T;
        for (let t = 0; t < T; t++) emissions[i * T + t]! += this.emit.w[base + t]!;
      }
    }
    const { trans, first } = constrainedTransitions(
      Float32Array.from(this.trans.w),
      Float32Array.from(this.start.w),
    );
    const out = new Int32Array(n);
    viterbi(emissions, n, trans, first, this.end.w, out);
    return out;
  }

  learn(seq: Sequence): void {
    const pred = this.decode(seq);
    const gold = seq.gold;
    const n = gold.length;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
          this.emit.add(seq.ids[k]! * T + g, 1, this.c);
          this.emit.add(seq.ids[k]! * T + p, -1, this.c);
        }
      }
      const gp = i > 0 ? gold[i - 1]! : -1;
      const pp = i > 0 ? pred[i - 1]! : -1;
      if (g !== p || gp !== pp) {
        if (i === 0) {
          this.start.add(g, 1, this.c);
          this.start.add(p, -1, this.c);
        } else {
          this.trans.add(gp * T + g, 1, this.c);
          this.trans.add(pp * T + p, -1, this.c);
        }
      }
    }
    if (n > 0 && gold[n - 1] !== pred[n - 1]) {
      this.end.add(gold[n - 1]!, 1, this.c);
      this.end.add(pred[n - 1]!, -1, this.c);
    }
    this.c++;
  }

  /** The averaged weights as an inference model (feature ids become offsets). */
  snapshot(features: FeatureIds): Named {
    return {
      index: new Map([...features.ids].map(([name, id]) => [name, id * T])),
      values: Float32Array.from(this.emit.average(this.c)),
      transitions: Float32Array.from(this.trans.average(this.c)),
      start: Float32Array.from(this.start.average(this.c)),
      end: Float32Array.from(this.end.average(this.c)),
    };
  }
}

function averageModels(models: readonly Named[]): Named {
  const mean = (pick: (m: Named) => Float32Array) => {
    const out = new Float32Array(pick(models[0]!).length);
    for (const m of models) {
      const values = pick(m);
      for (let i = 0; i < out.length; i++) out[i]! += values[i]! / models.length;
    }
    return out;
  };
  return {
    ...models[0]!,
    values: mean((m) => m.values),
    transitions: mean((m) => m.transitions),
    start: mean((m) => m.start),
    end: mean((m) => m.end),
  };
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

interface Margin {
  readonly confidence: number;
  readonly correct: boolean;
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

/** Prunes and quantises a model into the shipped file format. */
function toWeightFile(model: Named, threshold: number, temperature: number): WeightFile {
  const kept: [string, number][] = [];
  let peak = 0;
  for (const [name, at] of model.index) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(model.values[at + t]!));
    if (max >= threshold) {
      kept.push([name, at]);
      peak = Math.max(peak, max);
    }
  }
  for (const x of [...model.transitions, ...model.start, ...model.end]) peak = Math.max(peak, Math.abs(x));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const scale = Math.floor(32767 / (peak || 1));
  const bytes = new Uint8Array(kept.length * T * 2);
  const view = new DataView(bytes.buffer);
  kept.forEach(([, at], k) => {
    for (let t = 0; t < T; t++)
      view.setInt16((k * T + t) * 2, Math.round(model.values[at + t]! * scale), true);
  });
  const ints = (xs: Float32Array) => Array.from(xs, (x) => (Number.isFinite(x) ? Math.round(x * scale) : 0));
  return {
    format: WEIGHT_FORMAT,
    tags: [...TAGS],
    scale,
    temperature,
    transitions: ints(model.transitions),
    start: ints(model.start),
    end: ints(model.end),
    features: kept.map(([name]) => name).join('\n'),
    weights: encodeBase64(bytes),
  };
}

/** The temperature that minimises the log loss of span confidences on dev (confidence = sigmoid(margin / T)). */
function calibrate(margins: readonly Margin[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let temperature = 0.25; temperature <= 64; temperature *= 1.25) {
    let loss = 0;
    for (const m of margins) {
      // confidences were computed at temperature 1: recover the margin and rescale it.
      const p0 = Math.min(Math.max(m.confidence, 1e-6), 1 - 1e-6);
      const margin = Math.log(p0 / (1 - p0));
      const p = Math.min(Math.max(1 / (1 + Math.exp(-margin / temperature)), 1e-6), 1 - 1e-6);
      loss -= m.correct ? Math.log(p) : Math.log(1 - p);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
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
    const model = perceptron.snapshot(features);
    const f1 = evaluate(new Tagger(toModel(model)), dev, gazetteer).overall.f1;
    if (!best || f1 > best.f1) best = { f1, epoch, model };
  }
  console.log(`perceptron: best epoch ${best!.epoch}, dev F1 ${fmt(best!.f1)}`);
  return best!.model;
}

async function main() {
  const started = Date.now();
  const gazetteer = await loadGazetteer();
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
  const out = join(import.meta.dirname, '../src/model/weights.json');
  const json = `${JSON.stringify(final)}\n`;
  writeFileSync(out, json);
  const finalTagger = new Tagger(loadModel(final));
  const devScores = evaluate(finalTagger, dev, gazetteer);
  const testScores = evaluate(finalTagger, readAnercorp('test'), gazetteer);
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
  console.log(report('test (model only, reported, never tuned on)', testScores));
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
