import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  createKnowledge,
  decodeArticle,
  defaultKnowledge,
  type EntityRecord,
  type Knowledge,
  parse,
} from '@khabar/core';
// The light entry: no apache-arrow, parquet-wasm or arquero in a worker (the main thread writes the files).
import {
  type AggregatePart,
  BatchBuilder,
  CorpusAggregator,
  type DocumentMeta,
  type DocumentTables,
  documentTables,
  type ExportFormat,
  failedDocumentTables,
  MENTIONS_SPEC,
  type PreparedBatch,
  prepareBatch,
  type Row,
  takeBatch,
  transferList,
} from '@khabar/dataset/prepare';

export interface ExportFileTask {
  readonly absolutePath: string;
  readonly meta: DocumentMeta;
}

/** A run of consecutive files: one task per chunk keeps messages few and record batches large. */
export interface ExportTask {
  readonly seq: number;
  readonly files: readonly ExportFileTask[];
}

/** The result of a task that failed as a whole (crashed worker, unexpected error): error rows, nothing else. */
export function failedResult(
  task: ExportTask,
  error: string,
  formats: readonly ExportFormat[],
): ExportResult {
  return {
    seq: task.seq,
    bytes: 0,
    documents: task.files.map((f) => failedDocumentTables(f.meta, error).document),
    aggregate: new CorpusAggregator().part(),
    mentions: prepareBatch(MENTIONS_SPEC, [], formats),
  };
}

export interface ExportResult {
  readonly seq: number;
  readonly bytes: number;
  /** The documents rows, in task order. */
  readonly documents: readonly Row[];
  /** The task's counts for the corpus-wide tables (entities, cooccurrences, timeline): no mentions cross over. */
  readonly aggregate: AggregatePart;
  /** All the chunk's mentions, already encoded for the files. */
  readonly mentions: PreparedBatch;
}

export interface WorkerSetup {
  readonly lexicon: readonly EntityRecord[];
  readonly formats: readonly ExportFormat[];
}

/** Reads, decodes, parses and tabulates one article. Never rejects: failures become an error row. */
export function exportFile(
  task: ExportFileTask,
  knowledge: Knowledge,
): { bytes: number; tables: DocumentTables } {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: a worker has nothing else to do meanwhile, and for small files it is several
    // times cheaper than the promise API's round trip through the thread pool.
    bytes = readFileSync(task.absolutePath);
  } catch (err) {
    return {
      bytes: 0,
      tables: failedDocumentTables(task.meta, `cannot read the file: ${(err as Error).message}`),
    };
  }
  const meta: DocumentMeta = { ...task.meta, sha256: createHash('sha256').update(bytes).digest('hex') };
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { bytes: bytes.length, tables: failedDocumentTables(meta, decoded.error) };
  try {
    const doc = parse(decoded.text, { documentDate: meta.date ?? null, knowledge });
    return { bytes: bytes.length, tables: documentTables(doc, { ...meta, encoding: decoded.encoding }) };
  } catch (err) {
    const tables = failedDocumentTables(
      { ...meta, encoding: decoded.encoding },
      `the parser failed: ${(err as Error).message}`,
    );
    return { bytes: bytes.length, tables };
  }
}

/**
 * Exports a task's files. Mention rows go into `mentions` document by document (a worker keeps one builder, whose
 * buffers are reused from task to task), so rows die young instead of piling up until the task ends.
 */
export function exportChunk(
  task: ExportTask,
  knowledge: Knowledge,
  formats: readonly ExportFormat[],
  mentions = new BatchBuilder(MENTIONS_SPEC),
): ExportResult {
  let bytes = 0;
  const documents: Row[] = [];
  const aggregator = new CorpusAggregator();
  mentions.reset();
  for (const file of task.files) {
    const result = exportFile(file, knowledge);
    bytes += result.bytes;
    mentions.add(result.tables.mentions);
    documents.push(result.tables.document);
    aggregator.add(result.tables);
  }
  return {
    seq: task.seq,
    bytes,
    documents,
    aggregate: aggregator.part(),
    mentions: takeBatch(mentions, formats),
  };
}

if (parentPort && (workerData as { khabarExportWorker?: boolean } | null)?.khabarExportWorker) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const knowledge = setup.lexicon.length > 0 ? createKnowledge(setup.lexicon) : defaultKnowledge();
  const mentions = new BatchBuilder(MENTIONS_SPEC);
  port.on('message', (task: ExportTask) => {
    let result: ExportResult;
    try {
      result = exportChunk(task, knowledge, setup.formats, mentions);
    } catch (err) {
      // Never leave a task unanswered: the pool would wait for it forever.
      result = failedResult(task, `the export failed: ${(err as Error).message}`, setup.formats);
    }
    const transfer = transferList(result.mentions);
    port.postMessage(result, transfer);
  });
}
