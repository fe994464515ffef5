import type { EntityLabel, Token } from '../types.js';
import type { Knowledge } from './knowledge.js';
import { lexiconPass } from './lexicon-pass.js';
import { Work } from './work.js';

/**
 * The label of the knowledge-base name covering each token, or null: the gazetteer feature of the statistical
 * tagger (the same matching as the recogniser's lexicon pass: folding, proclitics, longest match).
 */
export function lexiconTokenTags(
  tokens: readonly Token[],
  knowledge: Knowledge,
): readonly (EntityLabel | null)[] {
  const work = new Work({ text: '', tokens, sentences: [], knowledge, options: {} });
  lexiconPass(work);
  return tokenLabels(work);
}

/** The label of the mention holding each token so far, or null. */
export function tokenLabels(work: Work): (EntityLabel | null)[] {
  const tags = new Array<EntityLabel | null>(work.tokens.length).fill(null);
  for (const d of work.drafts) for (let i = d.startToken; i < d.endToken; i++) tags[i] = d.label;
  return tags;
}
