/**
 * What the export's worker threads need, as `@khabar/dataset/prepare`: rows from parsed documents, counts for the
 * corpus-wide tables and batches encoded as plain typed arrays. Nothing here loads apache-arrow, parquet-wasm or
 * arquero (the main entry does), so a worker thread starts sooner.
 */
export { type AggregatePart, CorpusAggregator } from './aggregate.js';
export { BatchBuilder } from './encode/builder.js';
export {
  type ExportFormat,
  type PreparedBatch,
  prepareBatch,
  takeBatch,
  transferList,
} from './encode/prepared.js';
export {
  type DocumentMeta,
  type DocumentTables,
  documentTables,
  failedDocumentTables,
  type Row,
} from './rows.js';
export { MENTIONS_SPEC } from './schema.js';
