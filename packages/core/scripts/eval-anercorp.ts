/**
 * Ablation on ANERcorp: entity-level micro P/R/F1 of lexicon-only, rules-only, model-only and combined entity
 * recognition (via parse(text, { entitySources })), plus the bare tagger without the recogniser around it.
 * Each sentence's words are joined by spaces and parsed; a word overlapped by a mention takes its label, as in
 * `khabar tag --conll`. usage: node --conditions=source --import tsx scripts/eval-anercorp.ts [dev|test ...]
 */
import { lexiconTokenTags } from '../src/entities/token-tags.js';
import {
  defaultKnowledge,
  type EntityScores,
  joinWords,
  parse,
  scoreEntities,
  tagEntities,
  tagsFromMentions,
} from '../src/index.js';
import type { MentionSource } from '../src/types.js';
import { type GoldSentence, readAnercorp } from './anercorp.js';

type Split = 'dev' | 'test';

const CONFIGS: readonly { readonly name: string; readonly sources: readonly MentionSource[] | null }[] = [
  { name: 'lexicon only', sources: ['lexicon'] },
  { name: 'rules only', sources: ['rule'] },
  { name: 'model only', sources: ['model'] },
  { name: 'combined', sources: null },
];

export function evaluateParse(
  sentences: readonly GoldSentence[],
  sources: readonly MentionSource[] | null,
): EntityScores {
  const predicted = sentences.map((sentence) => {
    const text = joinWords(sentence.words);
    const doc = parse(text.text, sources ? { entitySources: sources, temporal: false } : { temporal: false });
    const entities = doc.mentions.flatMap((m) => (m.kind === 'entity' ? [m] : []));
    return tagsFromMentions(text, sentence.words, entities);
  });
  return scoreEntities(
    sentences.map((s) => s.tags),
    predicted,
  );
}

/**
 * The tagger alone on the core tokens, without the recogniser's post-processing; with its gazetteer feature (the
 * lexicon's label of each token, as the recogniser passes it) unless `gazetteer` is false.
 */
export function evaluateBareModel(sentences: readonly GoldSentence[], gazetteer = true): EntityScores {
  const knowledge = defaultKnowledge();
  const predicted = sentences.map((sentence) => {
    const text = joinWords(sentence.words);
    const { tokens } = parse(text.text, { entities: false, temporal: false });
    const labels = gazetteer ? lexiconTokenTags(tokens, knowledge) : undefined;
    const ranges = tagEntities(tokens, labels).map((s) => ({
      start: tokens[s.startToken]!.start,
      end: tokens[s.endToken - 1]!.end,
      label: s.label,
    }));
    return tagsFromMentions(text, sentence.words, ranges);
  });
  return scoreEntities(
    sentences.map((s) => s.tags),
    predicted,
  );
}

const fmt = (x: number) => x.toFixed(4);
const row = (name: string, s: EntityScores) =>
  `${name.padEnd(22)} P ${fmt(s.overall.precision)} R ${fmt(s.overall.recall)} F1 ${fmt(s.overall.f1)} | ${Object.entries(
    s.perLabel,
  )
    .map(([label, c]) => `${label} ${fmt(c.f1)}`)
    .join(' ')}`;

if (import.meta.main ?? process.argv[1]?.endsWith('eval-anercorp.ts')) {
  const splits = process.argv.slice(2).filter((a): a is Split => a === 'dev' || a === 'test');
  for (const split of splits.length > 0 ? splits : (['dev', 'test'] as const)) {
    const sentences = readAnercorp(split);
    console.log(`ANERcorp ${split} (${sentences.length} sentences), entity-level micro scores`);
    console.log(row('tagger, no gazetteer', evaluateBareModel(sentences, false)));
    console.log(row('tagger + gazetteer', evaluateBareModel(sentences)));
    for (const config of CONFIGS) console.log(row(config.name, evaluateParse(sentences, config.sources)));
  }
}
