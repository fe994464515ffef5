export type { AnalysisContext, ParseOptions } from './analysis.js';
export { createKnowledge, defaultKnowledge, type Knowledge } from './entities/knowledge.js';
export {
  LEXICON_COLUMNS,
  type LexiconProblem,
  type ParsedLexicon,
  parseLexiconCsv,
} from './entities/lexicon-csv.js';
export { lexiconTokenTags } from './entities/token-tags.js';
export { resolveOverlaps } from './mentions.js';
export {
  type Counts,
  type EntityScores,
  joinWords,
  type ModelSpan,
  normaliseTags,
  readConllLines,
  scoreEntities,
  sentenceRanges,
  tagEntities,
  tagsFromMentions,
} from './model/index.js';
export { parse } from './parse.js';
export { type CsvRow, type CsvTable, readCsvTable } from './tables/csv-records.js';
export {
  MANIFEST_COLUMNS,
  type ManifestEntry,
  type ManifestProblem,
  normalizeCorpusPath,
  type ParsedManifest,
  parseIsoDay,
  parseManifest,
} from './tables/manifest.js';
export { type DecodedArticle, decodeArticle } from './text/decode.js';
export { fold, foldText } from './text/normalize.js';
export { tokenize } from './text/tokenize.js';
export * from './types.js';
