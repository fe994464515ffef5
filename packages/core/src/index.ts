export type { AnalysisContext, ParseOptions } from './analysis.js';
export { createKnowledge, defaultKnowledge, type Knowledge } from './entities/knowledge.js';
export { resolveOverlaps } from './mentions.js';
export { parse } from './parse.js';
export { fold, foldText } from './text/normalize.js';
export { tokenize } from './text/tokenize.js';
export * from './types.js';
export { LEXICON_COLUMNS, type LexiconProblem, type ParsedLexicon, parseLexiconCsv } from './entities/lexicon-csv.js';
export { type CsvRow, type CsvTable, readCsvTable } from './tables/csv-records.js';
