import { type ParseOptions, parse, parseIsoDay } from '@khabar/core';
import type { Command } from 'commander';
import { tagConllLines } from '../conll/predict.js';
import { FileError, readConllFile, readTextFile } from '../conll/read.js';
import { parseSources, SOURCES_HELP } from '../conll/sources.js';

interface TagOptions {
  date?: string;
  conll?: boolean;
  sources?: string;
}

/** Writes to stdout, waiting when the pipe is full, so large outputs are neither lost nor held in memory. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function tagText(file: string, options: ParseOptions): Promise<void> {
  const { text, encoding } = await readTextFile(file);
  const doc = parse(text, options);
  const head = {
    doc: file,
    encoding,
    dct: doc.dct.value,
    dctSource: doc.dct.source,
    offsets: 'utf16',
    mentions: doc.mentions.length,
    diagnostics: doc.diagnostics,
  };
  let out = `${JSON.stringify(head)}\n`;
  for (const mention of doc.mentions) {
    out += `${JSON.stringify(mention)}\n`;
    if (out.length > 1 << 16) {
      await write(out);
      out = '';
    }
  }
  await write(out);
}

async function tagConll(file: string, options: ParseOptions): Promise<void> {
  const rows = tagConllLines(await readConllFile(file), options);
  let out = '';
  for (const row of rows) {
    out += `${row.join('\t')}\n`;
    if (out.length > 1 << 16) {
      await write(out);
      out = '';
    }
  }
  await write(out);
}

/** `khabar tag FILE`: mentions as JSON lines; `khabar tag --conll IN.tsv`: TOKEN, GOLD, PRED columns. */
export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('print the entity and temporal mentions of an article as JSON lines, or tag a CoNLL file')
    .argument(
      '<file>',
      'an article (.txt: UTF-8, UTF-16 or Windows-1256), or with --conll a TOKEN<TAB>GOLD file',
    )
    .option('--date <YYYY-MM-DD>', 'the document date, as a corpus manifest gives it')
    .option(
      '--conll',
      'read TOKEN<TAB>GOLD lines and print TOKEN<TAB>GOLD<TAB>PRED (IOB2 over PER, LOC, ORG, MISC)',
    )
    .option('--sources <list>', SOURCES_HELP)
    .action(async (file: string, options: TagOptions) => {
      const date = options.date === undefined ? null : parseIsoDay(options.date);
      if (options.date !== undefined && (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(options.date.trim()))) {
        process.stderr.write(`khabar tag: --date must be a calendar day YYYY-MM-DD, not "${options.date}"\n`);
        process.exitCode = 2;
        return;
      }
      const sources = options.sources === undefined ? undefined : parseSources(options.sources);
      if (sources === null) {
        process.stderr.write(`khabar tag: ${SOURCES_HELP}, not "${options.sources}"\n`);
        process.exitCode = 2;
        return;
      }
      const parseOptions: ParseOptions = {
        documentDate: date,
        ...(sources ? { entitySources: sources } : {}),
      };
      try {
        if (options.conll) await tagConll(file, parseOptions);
        else await tagText(file, parseOptions);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        process.stderr.write(`khabar tag: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
