import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestEntry } from '@khabar/core';
import {
  CorpusAggregator,
  type DocumentMeta,
  type ExportFormat,
  type Row,
  schemaDocument,
  type TableName,
  tableSpecs,
} from '@khabar/dataset';
import { type CorpusFile, discoverCorpus } from './discover.js';
import { readLexicon, readManifest, UsageError } from './inputs.js';
import { StagedOutput } from './output.js';
import { type Pool, startPool } from './pool.js';
import { createProgress } from './progress.js';
import { closeTable, openTable, writeWholeTable } from './table-files.js';
import type { ExportTask } from './worker.js';

export { UsageError } from './inputs.js';

export interface ExportOptions {
  readonly corpus: string;
  readonly out: string;
  readonly formats: readonly ExportFormat[];
  readonly manifest: string | null;
  readonly workers: number;
  readonly lexicon: string | null;
  readonly progress: boolean;
}

export interface ExportSummary {
  readonly documents: number;
  readonly failed: readonly { docId: string; error: string }[];
  readonly mentions: number;
  readonly entities: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly workers: number;
  readonly warnings: readonly string[];
}

/** Files per task grow until about this many bytes: batches stay large, tasks stay many. */
const CHUNK_BYTES = 256 * 1024;
const CHUNK_FILES = 64;

/**
 * Groups consecutive files into tasks. The grouping depends only on the files (never on the number of workers),
 * so record batch boundaries, and with them the output bytes, are the same for any --workers.
 */
function* chunkTasks(
  files: readonly CorpusFile[],
  metaOf: (docId: string) => DocumentMeta,
): Generator<ExportTask> {
  let chunk: CorpusFile[] = [];
  let size = 0;
  const task = (): ExportTask => ({
    seq: 0,
    files: chunk.map((f) => ({ absolutePath: f.absolutePath, meta: metaOf(f.docId) })),
  });
  for (const file of files) {
    chunk.push(file);
    size += file.bytes;
    if (size >= CHUNK_BYTES || chunk.length >= CHUNK_FILES) {
      yield task();
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield task();
}

/** Exports a corpus folder to tables. Throws UsageError for bad inputs; document failures are data. */
export async function runExport(options: ExportOptions): Promise<ExportSummary> {
  const started = performance.now();
  const corpus = path.resolve(options.corpus);
  const info = await stat(corpus).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`${options.corpus} is not a folder`);
  const warnings: string[] = [];
  const files = discoverCorpus(corpus);
  const corpusIds = new Set(files.map((f) => f.docId));

  let manifestFile = options.manifest ? path.resolve(options.manifest) : path.join(corpus, 'manifest.csv');
  if (!options.manifest && !(await stat(manifestFile).catch(() => null))) manifestFile = '';
  if (options.manifest && !(await stat(manifestFile).catch(() => null))) {
    throw new UsageError(`manifest ${options.manifest} does not exist`);
  }
  const manifest = manifestFile
    ? await readManifest(manifestFile, corpusIds, warnings)
    : { extraColumns: [], byPath: new Map<string, ManifestEntry>() };
  if (options.lexicon && !(await stat(options.lexicon).catch(() => null))) {
    throw new UsageError(`lexicon ${options.lexicon} does not exist`);
  }
  const lexicon = options.lexicon ? await readLexicon(options.lexicon, warnings) : [];
  // Workers start now: loading the parser and its knowledge overlaps with opening the output files.
  const workers = Math.max(1, Math.min(options.workers, files.length));
  const pool = startPool(workers, { lexicon, formats: options.formats });
  try {
    return await writeExport(options, { started, files, manifest, warnings, workers, pool });
  } finally {
    await pool.close();
  }
}

async function writeExport(
  options: ExportOptions,
  run: {
    started: number;
    files: readonly CorpusFile[];
    manifest: { extraColumns: readonly string[]; byPath: ReadonlyMap<string, ManifestEntry> };
    warnings: string[];
    workers: number;
    pool: Pool;
  },
): Promise<ExportSummary> {
  const { started, files, manifest, warnings, workers, pool } = run;

  const specs = tableSpecs(manifest.extraColumns);
  const output = await StagedOutput.create(options.out);
  const onSignal = () => {
    void output.discard().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const documents = await openTable(output, specs.documents, options.formats);
    const mentions = await openTable(output, specs.mentions, options.formats);
    const aggregator = new CorpusAggregator();
    aggregator.prepareTables();
    const failed: { docId: string; error: string }[] = [];
    const progress = createProgress(files.length, options.progress);
    const metaOf = (docId: string) => {
      const entry = manifest.byPath.get(docId);
      return {
        docId,
        title: entry?.title ?? null,
        source: entry?.source ?? null,
        url: entry?.url ?? null,
        date: entry?.date ?? null,
        extra: entry ? entry.extra : Object.fromEntries(manifest.extraColumns.map((c) => [c, ''])),
      };
    };
    let bytes = 0;
    for await (const result of pool.results(chunkTasks(files, metaOf))) {
      for (const document of result.documents) {
        if (document.status !== 'ok')
          failed.push({ docId: String(document.doc_id), error: String(document.error) });
      }
      await documents.writer.write(result.documents);
      aggregator.merge(result.aggregate);
      await mentions.writer.writePrepared(result.mentions);
      bytes += result.bytes;
      progress.tick(result.documents.length, result.bytes);
    }
    progress.stop();
    await closeTable(documents);
    await closeTable(mentions);
    const entities = await aggregator.entitiesTable();
    const aggregates: [TableName, Row[]][] = [
      ['entities', entities],
      ['cooccurrences', await aggregator.cooccurrencesTable()],
      ['timeline', await aggregator.timelineTable()],
    ];
    for (const [name, rows] of aggregates) await writeWholeTable(output, specs[name], options.formats, rows);
    const schema = await output.file('schema.json');
    await schema.sink(new TextEncoder().encode(`${JSON.stringify(schemaDocument(specs), null, 2)}\n`));
    await schema.close();
    await output.commit();
    return {
      documents: files.length,
      failed,
      mentions: mentions.writer.rows,
      entities: entities.length,
      bytes,
      seconds: (performance.now() - started) / 1000,
      workers,
      warnings,
    };
  } catch (err) {
    await output.discard();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The one-paragraph report printed at the end of a run. */
export function summaryParagraph(summary: ExportSummary, options: ExportOptions): string {
  const mb = summary.bytes / 1e6;
  const ok = summary.documents - summary.failed.length;
  const failedPart =
    summary.failed.length > 0 ? `, ${summary.failed.length} could not be read (see documents.status)` : '';
  return (
    `Exported ${ok} of ${summary.documents} documents${failedPart}: ${summary.mentions} mentions of ` +
    `${summary.entities} entities, ${mb.toFixed(2)} MB of text in ${summary.seconds.toFixed(1)} s ` +
    `(${(mb / Math.max(summary.seconds, 1e-3)).toFixed(1)} MB/s on ${summary.workers} worker${summary.workers === 1 ? '' : 's'}). Tables documents, mentions, ` +
    `entities, cooccurrences and timeline are in ${options.out} as ${options.formats.join(', ')}, described in schema.json; ` +
    `offsets count Unicode code points.`
  );
}
