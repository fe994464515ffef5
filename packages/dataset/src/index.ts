export { type AggregatePart, CorpusAggregator } from './aggregate.js';
export { arrowSchema, recordBatch } from './encode/arrow-schema.js';
export { BatchBuilder } from './encode/builder.js';
export { csvChunk, guardFormula, UTF8_BOM } from './encode/csv.js';
export {
  type ChunkSink,
  DEFAULT_BATCH_ROWS,
  EXPORT_FORMATS,
  type ExportFormat,
  encodeTable,
  FILE_EXTENSIONS,
  type PreparedBatch,
  prepareBatch,
  TableWriter,
  takeBatch,
  transferList,
} from './encode/writer.js';
export { type CodePointIndex, codePointIndex, codePointLength, sliceCodePoints } from './offsets.js';
export {
  type Cell,
  type DocumentMeta,
  type DocumentTables,
  documentTables,
  failedDocumentTables,
  type Row,
} from './rows.js';
export {
  COOCCURRENCES_SPEC,
  type ColumnSpec,
  type ColumnType,
  documentsSpec,
  ENTITIES_SPEC,
  extraColumnName,
  MENTIONS_SPEC,
  OFFSET_UNIT,
  schemaDocument,
  TABLE_NAMES,
  type TableName,
  type TableSpec,
  TIMELINE_SPEC,
  tableSpecs,
} from './schema.js';
