import type { EntityLabel, Token } from '../types.js';
import { type ModelSpan, Tagger, type TokenWords } from './tagger.js';
import { loadModel, type WeightFile } from './weights.js';
import weights from './weights.json' with { type: 'json' };

export { joinWords, normaliseTags, readConllLines, sentenceRanges, tagsFromMentions } from './conll.js';
export { type Counts, type EntityScores, scoreEntities } from './score.js';
export type { ModelSpan, TokenWords } from './tagger.js';

let tagger: Tagger | null | undefined;

function shippedTagger(): Tagger | null {
  if (tagger === undefined) {
    try {
      tagger = new Tagger(loadModel(weights as WeightFile));
    } catch {
      tagger = null; // an unreadable weight file disables the model rather than the parser
    }
  }
  return tagger;
}

/**
 * The statistical tagger (averaged perceptron + Viterbi over IOB2, trained on ANERcorp; see MODEL_CARD.md): the
 * entity spans of a document's tokens, sentence by sentence. `gazetteer` is the lexicon label covering each token
 * (or null), the same feature the model was trained with; `words`, the tokenizer's words of the tokens, only
 * saves work. Pure; never throws.
 */
export function tagEntities(
  tokens: readonly Token[],
  gazetteer?: readonly (EntityLabel | null)[],
  words?: TokenWords,
): readonly ModelSpan[] {
  const model = shippedTagger();
  if (!model || tokens.length === 0) return [];
  try {
    return model.tag(tokens, gazetteer, words);
  } catch {
    return [];
  }
}
