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
import {
  type DocumentMeta,
  type DocumentTables,
  documentTables,
  type ExportFormat,
  failedDocumentTables,
  MENTIONS_SPEC,
  type PreparedBatch,
  prepareBatch,
  type Row,
} from '@khabar/dataset';

export interface ExportFileTask {
  readonly absolutePath: string;
  readonly meta: DocumentMeta;
}

/** A run of consecutive files: one task per chunk keeps messages few and record batches large. */
export interface ExportTask {
  readonly seq: number;
  readonly files: readonly ExportFileTask[];
}

export interface ExportResult {
  readonly seq: number;
  readonly bytes: number;
  /** Per document: its row, and only the entity mentions (what the corpus-wide tables need). */
  readonly documents: readonly DocumentTables[];
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

const AGGREGATE_FIELDS = ['entity_id', 'label', 'canonical', 'canonical_en', 'text', 'sentence'] as const;

export function exportChunk(
  task: ExportTask,
  knowledge: Knowledge,
  formats: readonly ExportFormat[],
): ExportResult {
  let bytes = 0;
  const documents: DocumentTables[] = [];
  const mentions: Row[] = [];
  for (const file of task.files) {
    const result = exportFile(file, knowledge);
    bytes += result.bytes;
    mentions.push(...result.tables.mentions);
    const entityMentions = result.tables.mentions
      .filter((m) => m.entity_id !== null)
      .map((m) => Object.fromEntries(AGGREGATE_FIELDS.map((f) => [f, m[f] ?? null])) as Row);
    // Aliases can be long gazetteer lists and no table needs them: do not copy them across threads.
    const entities = result.tables.entities.map((e) => ({ ...e, aliases: [] }));
    documents.push({ document: result.tables.document, mentions: entityMentions, entities });
  }
  return { seq: task.seq, bytes, documents, mentions: prepareBatch(MENTIONS_SPEC, mentions, formats) };
}

if (parentPort && (workerData as { khabarExportWorker?: boolean } | null)?.khabarExportWorker) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const knowledge = setup.lexicon.length > 0 ? createKnowledge(setup.lexicon) : defaultKnowledge();
  port.on('message', (task: ExportTask) => {
    let result: ExportResult;
    try {
      result = exportChunk(task, knowledge, setup.formats);
    } catch (err) {
      // Never leave a task unanswered: the pool would wait for it forever.
      const message = `the export failed: ${(err as Error).message}`;
      const documents = task.files.map((f) => failedDocumentTables(f.meta, message));
      result = {
        seq: task.seq,
        bytes: 0,
        documents,
        mentions: prepareBatch(MENTIONS_SPEC, [], setup.formats),
      };
    }
    const transfer = [result.mentions.ipc, result.mentions.csv]
      .filter((b) => b !== null)
      .map((b) => b.buffer as ArrayBuffer);
    port.postMessage(result, transfer);
  });
}
