import { scoreEntities, sentenceRanges } from '@khabar/core';
import type { Command } from 'commander';
import { tagConllLines } from '../conll/predict.js';
import { FileError, readConllFile } from '../conll/read.js';
import { formatJson, formatReport } from '../conll/report.js';
import { parseSources, SOURCES_HELP } from '../conll/sources.js';

/**
 * `khabar eval IN.tsv`: entity-level precision, recall and F1 (conlleval). A file with a third column is scored as
 * it stands (GOLD vs PRED); a two-column file is tagged by the full pipeline first.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'entity-level precision, recall and F1 of a CoNLL file (TOKEN GOLD [PRED]), overall and per label',
    )
    .argument('<file>', 'TOKEN<TAB>GOLD[<TAB>PRED] lines, a blank line between sentences')
    .option('--json', 'print the scores as one JSON object')
    .option('--sources <list>', `${SOURCES_HELP}; for a two-column file`)
    .action(async (file: string, options: { json?: boolean; sources?: string }) => {
      const sources = options.sources === undefined ? undefined : parseSources(options.sources);
      if (sources === null) {
        process.stderr.write(`khabar eval: ${SOURCES_HELP}, not "${options.sources}"\n`);
        process.exitCode = 2;
        return;
      }
      let lines: string[][];
      try {
        lines = await readConllFile(file);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        process.stderr.write(`khabar eval: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      const tagged = lines.some((row) => row.length >= 3)
        ? lines
        : tagConllLines(lines, sources ? { entitySources: sources } : {});
      const ranges = sentenceRanges(tagged);
      const gold = ranges.map(([from, to]) => tagged.slice(from, to).map((row) => row[1] ?? 'O'));
      const predicted = ranges.map(([from, to]) => tagged.slice(from, to).map((row) => row[2] ?? 'O'));
      const scores = scoreEntities(gold, predicted);
      const tokens = gold.reduce((sum, sentence) => sum + sentence.length, 0);
      process.stdout.write(options.json ? formatJson(scores, tokens) : formatReport(scores, tokens));
    });
}
