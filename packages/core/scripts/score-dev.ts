/**
 * Development scoring: parses the shared development articles (../shared/corpus, dates from its manifest),
 * writes a mentions CSV with code-point offsets and runs ../shared/eval/score.py on it.
 * usage: node --conditions=source --import tsx packages/core/scripts/score-dev.ts [--errors]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../src/index.js';

const shared = resolve(process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'));
const corpus = join(shared, 'corpus');
const manifest = readFileSync(join(corpus, 'manifest.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
const rows = ['doc_id,start,end,label,value,text'];
const cp = (text: string, unit: number) => [...text.slice(0, unit)].length;
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
for (const line of manifest) {
  const [path, date] = line.split(',');
  if (!path) continue;
  const text = readFileSync(join(corpus, path), 'utf8');
  const doc = parse(text, { documentDate: date || null });
  for (const m of doc.mentions) {
    const value = m.kind === 'temporal' ? m.value : '';
    rows.push([path, cp(text, m.start), cp(text, m.end), m.label, q(value), q(m.text)].join(','));
  }
}
const out = join(mkdtempSync(join(tmpdir(), 'khabar-score-')), 'mentions.csv');
writeFileSync(out, `${rows.join('\n')}\n`);
const report = execFileSync('python3', [join(shared, 'eval/score.py'), join(shared, 'eval/gold'), out], {
  encoding: 'utf8',
});
const lines = report.trim().split('\n');
process.stdout.write(`${(process.argv.includes('--errors') ? lines : lines.slice(-1)).join('\n')}\n`);
