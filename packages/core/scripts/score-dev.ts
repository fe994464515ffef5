/**
 * Development scoring: parses the shared development articles (../shared/corpus, dates from its manifest),
 * writes a mentions CSV with code-point offsets and runs ../shared/eval/score.py on it.
 * `--ablation` scores each entity source alone (lexicon, rules, model) next to the combination, as
 * eval-anercorp.ts does on ANERcorp. `--corpus DIR --gold DIR` score another annotated set laid out the same way
 * (a manifest.csv of path,date and score.py's gold directory), e.g. a held-out set kept outside the repository.
 * usage: node --conditions=source --import tsx packages/core/scripts/score-dev.ts [--errors] [--ablation]
 *   [--corpus DIR --gold DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../src/index.js';
import type { MentionSource } from '../src/types.js';

const shared = resolve(process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'));
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : fallback;
};
const corpus = option('--corpus', join(shared, 'corpus'));
const gold = option('--gold', join(shared, 'eval/gold'));
const manifest = readFileSync(join(corpus, 'manifest.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
const cp = (text: string, unit: number) => [...text.slice(0, unit)].length;
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** score.py's report for the articles parsed with the given entity sources (null: all, combined). */
function score(entitySources: readonly MentionSource[] | null): string[] {
  const rows = ['doc_id,start,end,label,value,text'];
  for (const line of manifest) {
    const [path, date] = line.split(',');
    if (!path) continue;
    const text = readFileSync(join(corpus, path), 'utf8');
    const doc = parse(text, { documentDate: date || null, ...(entitySources ? { entitySources } : {}) });
    for (const m of doc.mentions) {
      const value = m.kind === 'temporal' ? m.value : '';
      rows.push([path, cp(text, m.start), cp(text, m.end), m.label, q(value), q(m.text)].join(','));
    }
  }
  const out = join(mkdtempSync(join(tmpdir(), 'khabar-score-')), 'mentions.csv');
  writeFileSync(out, `${rows.join('\n')}\n`);
  const report = execFileSync('python3', [join(shared, 'eval/score.py'), gold, out, '--corpus', corpus], {
    encoding: 'utf8',
  });
  return report.trim().split('\n');
}

if (process.argv.includes('--ablation')) {
  const configs: readonly [string, readonly MentionSource[] | null][] = [
    ['lexicon only', ['lexicon']],
    ['rules only', ['rule']],
    ['model only', ['model']],
    ['combined', null],
  ];
  for (const [name, sources] of configs) {
    const entities = score(sources).at(-1)!.split(' | timex')[0];
    process.stdout.write(`${name.padEnd(13)} ${entities}\n`);
  }
} else {
  const lines = score(null);
  process.stdout.write(`${(process.argv.includes('--errors') ? lines : lines.slice(-1)).join('\n')}\n`);
}
