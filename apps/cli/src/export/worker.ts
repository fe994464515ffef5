import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createKnowledge, defaultKnowledge, type EntityRecord, type Knowledge, parse } from '@khabar/core';
import {
  type DocumentMeta,
  type DocumentTables,
  documentTables,
  failedDocumentTables,
} from '@khabar/dataset';
import { decodeArticle } from './decode.js';

export interface ExportTask {
  readonly seq: number;
  readonly absolutePath: string;
  readonly meta: DocumentMeta;
}

export interface ExportResult {
  readonly seq: number;
  readonly bytes: number;
  readonly tables: DocumentTables;
}

export interface WorkerSetup {
  readonly lexicon: readonly EntityRecord[];
}

/** Reads, decodes, parses and tabulates one article. Never rejects: failures become an error row. */
export async function exportOne(task: ExportTask, knowledge: Knowledge): Promise<ExportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.absolutePath);
  } catch (err) {
    return {
      seq: task.seq,
      bytes: 0,
      tables: failedDocumentTables(task.meta, `cannot read the file: ${(err as Error).message}`),
    };
  }
  const meta: DocumentMeta = { ...task.meta, sha256: createHash('sha256').update(bytes).digest('hex') };
  const decoded = decodeArticle(bytes);
  if (!decoded.ok)
    return { seq: task.seq, bytes: bytes.length, tables: failedDocumentTables(meta, decoded.error) };
  try {
    const doc = parse(decoded.text, { documentDate: meta.date ?? null, knowledge });
    return {
      seq: task.seq,
      bytes: bytes.length,
      tables: documentTables(doc, { ...meta, encoding: decoded.encoding }),
    };
  } catch (err) {
    const tables = failedDocumentTables(
      { ...meta, encoding: decoded.encoding },
      `the parser failed: ${(err as Error).message}`,
    );
    return { seq: task.seq, bytes: bytes.length, tables };
  }
}

if (parentPort && (workerData as { khabarExportWorker?: boolean } | null)?.khabarExportWorker) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const knowledge = setup.lexicon.length > 0 ? createKnowledge(setup.lexicon) : defaultKnowledge();
  port.on('message', (task: ExportTask) => {
    void exportOne(task, knowledge).then((result) => port.postMessage(result));
  });
}
