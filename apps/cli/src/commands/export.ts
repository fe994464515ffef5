import { availableParallelism } from 'node:os';
import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '@khabar/dataset';
import type { Command } from 'commander';
import { type ExportOptions, runExport, summaryParagraph, UsageError } from '../export/run.js';

interface RawOptions {
  out?: string;
  format: string;
  manifest?: string;
  workers?: string;
  lexicon?: string;
  progress: boolean;
}

function parseFormats(raw: string): ExportFormat[] {
  const names = raw
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((f) => !EXPORT_FORMATS.includes(f as ExportFormat));
  if (names.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `unknown format ${unknown.join(', ') || '(none)'}; choose from ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  return EXPORT_FORMATS.filter((f) => names.includes(f));
}

function parseWorkers(raw: string | undefined): number {
  if (raw === undefined) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--workers must be a whole number from 1 to 256, not "${raw}"`);
  return n;
}

/** `khabar export CORPUS_DIR`: a folder of articles → documents, mentions, entities, co-occurrences, timeline. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a folder of articles to tidy tables (Arrow, CSV, Parquet) for notebooks')
    .argument('<corpus_dir>', 'folder whose *.txt files (recursively) are the articles')
    .option('--out <dir>', 'output folder (default: datasets/exports/<corpus name>)')
    .option('--format <list>', 'comma-separated formats: arrow, csv, parquet', 'arrow,csv,parquet')
    .option('--manifest <file>', 'manifest CSV (default: <corpus_dir>/manifest.csv when present)')
    .option('--workers <n>', 'worker threads (default: the number of cores)')
    .option('--lexicon <file>', 'workspace lexicon CSV (id,label,arabic,english,aliases,lat,lon,country)')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (corpus: string, raw: RawOptions) => {
      try {
        const options: ExportOptions = {
          corpus,
          out: raw.out ?? path.join('datasets', 'exports', path.basename(path.resolve(corpus))),
          formats: parseFormats(raw.format),
          manifest: raw.manifest ?? null,
          workers: parseWorkers(raw.workers),
          lexicon: raw.lexicon ?? null,
          progress: raw.progress && process.stderr.isTTY === true,
        };
        const summary = await runExport(options);
        for (const warning of summary.warnings) process.stderr.write(`warning: ${warning}\n`);
        for (const { docId, error } of summary.failed) process.stderr.write(`error: ${docId}: ${error}\n`);
        process.stdout.write(`${summaryParagraph(summary, options)}\n`);
        process.exitCode = summary.failed.length > 0 ? 1 : 0;
      } catch (err) {
        if (err instanceof UsageError) {
          process.stderr.write(`khabar export: ${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        process.stderr.write(`khabar export failed: ${(err as Error).stack ?? err}\n`);
        process.exitCode = 1;
      }
    });
}
