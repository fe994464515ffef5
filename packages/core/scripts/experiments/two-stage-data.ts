/**
 * Training data of a second-pass tagger (see non-local.ts): first-pass classes of the training
 * sentences by jackknifing (each of k contiguous folds tagged by a perceptron trained on the others, so the
 * second pass learns from first-pass errors as they will occur), and the non-local features they give over a
 * window of neighbouring sentences (ANERcorp has no document boundaries; a window of ±20 sentences is about an
 * article).
 */

import { Tagger } from '../../src/model/tagger.js';
import { type GoldSentence, toTokenSentence } from '../anercorp.js';
import { mulberry32 } from '../perceptron.js';
import { evaluate, FeatureIds, type Gazetteer, sequencesOf, toModel, trainPerceptron } from '../training.js';
import {
  LabelCounts,
  NON_LOCAL_CLASSES,
  NON_LOCAL_O,
  type NonLocalCodes,
  nonLocalFeatureNames,
  occurrenceKey,
} from './non-local.js';

/** Per sentence, the class (NON_LOCAL_CLASSES index) a tagger gives each core token. */
export type Classes = number[][];

export function classesOf(tagger: Tagger, sentences: readonly GoldSentence[], gazetteer: Gazetteer): Classes {
  return sentences.map((sentence) => {
    const { tokens } = toTokenSentence(sentence);
    const classes = tokens.map(() => NON_LOCAL_O);
    for (const span of tagger.tag(tokens, gazetteer(tokens))) {
      for (let k = span.startToken; k < span.endToken; k++)
        classes[k] = NON_LOCAL_CLASSES.indexOf(span.label);
    }
    return classes;
  });
}

export interface JackknifeOptions {
  readonly folds: number;
  readonly maxEpochs: number;
  readonly seed: number;
  readonly gazetteerDropout: number;
}

/** First-pass classes of `train` by k-fold jackknifing; each fold's perceptron stops at its best dev epoch. */
export function jackknifeClasses(
  train: readonly GoldSentence[],
  dev: readonly GoldSentence[],
  gazetteer: Gazetteer,
  options: JackknifeOptions,
): Classes {
  const out: Classes = [];
  for (let f = 0; f < options.folds; f++) {
    const from = Math.floor((f * train.length) / options.folds);
    const to = Math.floor(((f + 1) * train.length) / options.folds);
    const ids = new FeatureIds();
    const sequences = sequencesOf([...train.slice(0, from), ...train.slice(to)], ids, gazetteer);
    const model = trainPerceptron(sequences, ids.ids.size, ids, {
      maxEpochs: options.maxEpochs,
      gazetteerDropout: options.gazetteerDropout,
      random: mulberry32(options.seed + 1000 + f),
      devF1: (m) => evaluate(new Tagger(toModel(m)), dev, gazetteer).overall.f1,
    });
    out.push(...classesOf(new Tagger(toModel(model)), train.slice(from, to), gazetteer));
  }
  return out;
}

/** The occurrence key of every core token of every sentence. */
export function keysOf(sentences: readonly GoldSentence[]): (string | null)[][] {
  return sentences.map((s) => toTokenSentence(s).tokens.map((t) => occurrenceKey(t.norm)));
}

/**
 * The non-local feature names of every token, pooling the sentences within `window` on either side as the
 * document (0: each sentence alone, as the product parses one ANERcorp sentence).
 */
export function windowNonLocalFeatures(
  keys: readonly (readonly (string | null)[])[],
  classes: Classes,
  window: number,
): string[][][] {
  const counts = new LabelCounts();
  const add = (s: number, delta: number) => {
    if (s < 0 || s >= keys.length) return;
    keys[s]!.forEach((key, k) => {
      counts.add(key, classes[s]![k]!, delta);
    });
  };
  for (let s = 0; s < window; s++) add(s, 1);
  const codes: NonLocalCodes = { majority: -1, entity: -1 };
  return keys.map((sentenceKeys, s) => {
    add(s + window, 1);
    const out = sentenceKeys.map((key, k) => nonLocalFeatureNames(counts.codes(key, classes[s]![k]!, codes)));
    add(s - window, -1);
    return out;
  });
}
