import { parse, parseIsoDay } from '@khabar/core';
import type { Command } from 'commander';
import { tagConllLines } from '../conll/predict.js';
import { FileError, readConllFile, readTextFile } from '../conll/read.js';

interface TagOptions {
  date?: string;
  conll?: boolean;
}

/** Writes to stdout, waiting when the pipe is full, so large outputs are neither lost nor held in memory. */
async function write(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function tagText(file: string, documentDate: string | null): Promise<void> {
  const { text, encoding } = await readTextFile(file);
  const doc = parse(text, { documentDate });
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

async function tagConll(file: string): Promise<void> {
  const rows = tagConllLines(await readConllFile(file));
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
    .argument('<file>', 'a UTF-8 article (.txt), or with --conll a TOKEN<TAB>GOLD file')
    .option('--date <YYYY-MM-DD>', 'the document date, as a corpus manifest gives it')
    .option(
      '--conll',
      'read TOKEN<TAB>GOLD lines and print TOKEN<TAB>GOLD<TAB>PRED (IOB2 over PER, LOC, ORG, MISC)',
    )
    .action(async (file: string, options: TagOptions) => {
      const date = options.date === undefined ? null : parseIsoDay(options.date);
      if (options.date !== undefined && (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(options.date.trim()))) {
        process.stderr.write(`khabar tag: --date must be a calendar day YYYY-MM-DD, not "${options.date}"\n`);
        process.exitCode = 2;
        return;
      }
      try {
        if (options.conll) await tagConll(file);
        else await tagText(file, date);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        process.stderr.write(`khabar tag: ${error.message}\n`);
        process.exitCode = 1;
      }
    });
}
