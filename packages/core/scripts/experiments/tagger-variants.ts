/**
 * Experiments on the tagger, each an ensemble (3 runs of up to 15 epochs by default) scored on dev, results in
 * docs/anercorp-experiments-2026-12-07.md: `--baseline` is the shipped feature set; without it, a two-stage tagger
 * whose second stage adds non-local features (non-local.ts) from first-stage labels (on train by jackknifing, k
 * contiguous folds; on dev from the shipped weights, or with `--one-model` from the model's own first pass, trained
 * with non-local dropout); `--bilou` uses BILOU tags (bilou.ts); `--cost` and `--pa` change the updates
 * (perceptron.ts).
 * usage: node --import tsx scripts/experiments/tagger-variants.ts [--window 8] [--seed N] [--baseline]
 *   [--folds 5] [--epochs 15] [--ensemble 3] [--bilou] [--cost 0] [--pa C]
 *   [--one-model] [--nonlocal-dropout 0.5] [--dev-window W]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreEntities } from '../../src/model/index.js';
import { Tagger } from '../../src/model/tagger.js';
import { spansOfTags } from '../../src/model/tags.js';
import { loadModel, type WeightFile } from '../../src/model/weights.js';
import { type GoldSentence, readAnercorp, sentenceRuns, toTokenSentence } from '../anercorp.js';
import { averageModels, IOB2, mulberry32, type Named, type Sequence } from '../perceptron.js';
import {
  FeatureIds,
  fmt,
  type Gazetteer,
  loadGazetteer,
  numberOption,
  sequencesOf,
  trainPerceptron,
  wordTagsOf,
} from '../training.js';
import { BILOU, bilouSequence, toIob2 } from './bilou.js';
import { NON_LOCAL_CLASSES, NON_LOCAL_O } from './non-local.js';
import {
  type Classes,
  classesOf,
  jackknifeClasses,
  keysOf,
  windowNonLocalFeatures,
} from './two-stage-data.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => numberOption(args, name, fallback);
const WINDOW = option('--window', 8);
const SEED = option('--seed', 20161205);
const FOLDS = option('--folds', 5);
const EPOCHS = option('--epochs', 15);
const ENSEMBLE = option('--ensemble', 3);
const BASELINE = args.includes('--baseline');
const SCHEME = args.includes('--bilou') ? BILOU : IOB2;
const T = SCHEME.tagCount;
const COST = option('--cost', 0);
const PA = option('--pa', 0);
/** One model for both stages: trained with non-local dropout, it tags without them first, then with them. */
const ONE_MODEL = args.includes('--one-model');
const NON_LOCAL_DROPOUT = option('--nonlocal-dropout', 0.5);
/** The window used on dev (default: the training window): 0 is the product's ANERcorp protocol. */
const DEV_WINDOW = option('--dev-window', WINDOW);

/** Stage-1 classes of train by jackknifing, cached in /tmp (they depend on the folds and epochs only). */
function jackknife(
  train: readonly GoldSentence[],
  dev: readonly GoldSentence[],
  gazetteer: Gazetteer,
): Classes {
  const cache = join('/tmp', `khabar-jackknife-classes-${FOLDS}-${EPOCHS}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Classes;
  const options = { folds: FOLDS, maxEpochs: EPOCHS, seed: 20161205, gazetteerDropout: 0.5 };
  const out = jackknifeClasses(train, dev, gazetteer, options);
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** Best tags of one sequence under named weights (ids index the weights as in the trainer). */
function decode(model: Named, seq: Sequence): Int32Array {
  const n = seq.gold.length;
  const emissions = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
      const base = seq.ids[k]! * T;
      for (let t = 0; t < T; t++) emissions[i * T + t]! += model.values[base + t]!;
    }
  }
  const out = new Int32Array(n);
  SCHEME.decode(emissions, n, model.transitions, model.start, Float64Array.from(model.end), out);
  return SCHEME === BILOU ? out.map(toIob2) : out;
}

/** Entity-level dev F1 of named weights over pre-encoded dev sequences (one list per sentence). */
function scoreEncoded(model: Named, dev: readonly GoldSentence[], encoded: readonly Sequence[][]) {
  const classes: Classes = [];
  const predicted = dev.map((sentence, s) => {
    const { tokens } = toTokenSentence(sentence);
    const runs = sentenceRuns(tokens);
    const spans = encoded[s]!.flatMap((seq, r) =>
      spansOfTags(decode(model, seq)).map((x) => ({
        startToken: runs[r]![0] + x.start,
        endToken: runs[r]![0] + x.end,
        label: x.label,
        confidence: 1,
      })),
    );
    const own = tokens.map(() => NON_LOCAL_O);
    for (const span of spans) {
      for (let k = span.startToken; k < span.endToken; k++) own[k] = NON_LOCAL_CLASSES.indexOf(span.label);
    }
    classes.push(own);
    return wordTagsOf(sentence, tokens, spans).tags;
  });
  return {
    classes,
    scores: scoreEntities(
      dev.map((s) => s.tags),
      predicted,
    ),
  };
}

const started = Date.now();
const gazetteer = loadGazetteer(true);
const train = readAnercorp('train');
const dev = readAnercorp('dev');
let trainExtra: string[][][] | undefined;
let devExtra: string[][][] | undefined;
const devKeys = keysOf(dev);
if (!BASELINE) {
  const trainClasses = jackknife(train, dev, gazetteer);
  const shipped = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/model/weights.json'), 'utf8'));
  const devClasses = classesOf(new Tagger(loadModel(shipped as WeightFile)), dev, gazetteer);
  trainExtra = windowNonLocalFeatures(keysOf(train), trainClasses, WINDOW);
  devExtra = windowNonLocalFeatures(devKeys, devClasses, DEV_WINDOW);
  console.log(`stage 1 ready (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
const ids = new FeatureIds();
const encodedTrain = sequencesOf(train, ids, gazetteer, trainExtra && ((s, k) => trainExtra![s]![k]!));
const withoutNonLocal = ONE_MODEL ? sequencesOf(train, ids, gazetteer) : null;
const paired = withoutNonLocal
  ? encodedTrain.map((seq, i) => ({ ...seq, withoutNonLocal: withoutNonLocal[i]! }))
  : encodedTrain;
const sequences = SCHEME === BILOU ? paired.map(bilouSequence) : paired;
const featureCount = ids.ids.size;
// Dev sentences encoded once, each as its runs, with the same ids (unknown features dropped).
const encoded = dev.map((sentence, s) =>
  sequencesOf([sentence], ids, gazetteer, devExtra && ((_, k) => devExtra![s]![k]!), false),
);
const encodedBase = dev.map((sentence) => sequencesOf([sentence], ids, gazetteer, undefined, false));
/** One model as both stages: its own labels without non-local features give the features of its second pass. */
function scoreOneModel(model: Named, window = DEV_WINDOW) {
  const stage1 = scoreEncoded(model, dev, encodedBase);
  const extra = windowNonLocalFeatures(devKeys, stage1.classes, window);
  const stage2 = dev.map((sentence, s) =>
    sequencesOf([sentence], ids, gazetteer, (_, k) => extra[s]![k]!, false),
  );
  return { stage1: stage1.scores, stage2: scoreEncoded(model, dev, stage2).scores };
}
const score = (m: Named) => (ONE_MODEL ? scoreOneModel(m).stage2 : scoreEncoded(m, dev, encoded).scores);
const snapshots: Named[] = [];
for (let r = 0; r < ENSEMBLE; r++) {
  snapshots.push(
    trainPerceptron(sequences, featureCount, ids, {
      maxEpochs: EPOCHS,
      gazetteerDropout: 0.5,
      random: mulberry32(SEED + r),
      devF1: (m) => score(m).overall.f1,
      scheme: SCHEME,
      cost: COST,
      passiveAggressive: PA,
      nonLocalDropout: NON_LOCAL_DROPOUT,
    }),
  );
}
const ensemble = averageModels(snapshots);
const scores = score(ensemble);
if (ONE_MODEL) {
  const alone = scoreOneModel(ensemble, 0).stage2.overall.f1;
  console.log(
    `one model: first pass dev F1 ${fmt(scoreOneModel(ensemble).stage1.overall.f1)}; each sentence alone ${fmt(alone)}`,
  );
}
console.log(
  `${SCHEME === BILOU ? 'BILOU ' : ''}${COST ? `cost ${COST} ` : ''}${PA ? `PA-I C=${PA} ` : ''}${BASELINE ? 'baseline' : `two-stage${ONE_MODEL ? ' (one model)' : ''} window ${WINDOW}${DEV_WINDOW !== WINDOW ? ` (dev ${DEV_WINDOW})` : ''}`} seed ${SEED}: dev P ${fmt(
    scores.overall.precision,
  )} R ${fmt(scores.overall.recall)} F1 ${fmt(scores.overall.f1)} | ${Object.entries(scores.perLabel)
    .map(([l, c]) => `${l} ${fmt(c.f1)}`)
    .join(' ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
