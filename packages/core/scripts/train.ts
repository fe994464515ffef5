/**
 * Trains the entity tagger (averaged structured perceptron, first-order Viterbi over IOB2) on ANERcorp train,
 * picks the number of epochs and the pruning threshold on dev, and writes src/model/weights.json.
 * Deterministic for a given gazetteer: the shuffles are seeded. See src/model/MODEL_CARD.md.
 * usage: pnpm train [--epochs 25] [--ensemble 5] [--seed N] [--gazetteer-dropout 0.5] [--no-gazetteer]
 *   [--out file] (default src/model/weights.json) [--dev-only] (skip the test report, for experiments)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tagger } from '../src/model/tagger.js';
import { loadModel, type WeightFile } from '../src/model/weights.js';
import { readAnercorp } from './anercorp.js';
import { averageModels, mulberry32, type Named } from './perceptron.js';
import {
  evaluate,
  FeatureIds,
  fmt,
  loadGazetteer,
  numberOption,
  sequencesOf,
  toModel,
  trainPerceptron,
} from './training.js';
import { calibrate, type Margin, toWeightFile } from './weight-file.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const MAX_EPOCHS = option('--epochs', 25);
const SEED = option('--seed', 20161205);
const ENSEMBLE = option('--ensemble', 5);
const GAZETTEER_DROPOUT = option('--gazetteer-dropout', 0.5);

async function main() {
  const started = Date.now();
  const gazetteer = loadGazetteer(!args.includes('--no-gazetteer'));
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
    snapshots.push(
      trainPerceptron(sequences, features.ids.size, features, {
        maxEpochs: MAX_EPOCHS,
        gazetteerDropout: GAZETTEER_DROPOUT,
        random,
        devF1: (model) => evaluate(new Tagger(toModel(model)), dev, gazetteer).overall.f1,
      }),
    );
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
