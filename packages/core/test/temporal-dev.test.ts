import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

/**
 * Guards the temporal value F1 on the shared development articles, computed the way ../shared/eval/score.py does
 * (overlap + equal value; predictions overlapping only optional gold are ignored). Skips when /work/shared is absent.
 */

const shared = resolve(process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'));
const goldDir = join(shared, 'eval/gold');
const corpus = join(shared, 'corpus');
const available = existsSync(goldDir) && existsSync(join(corpus, 'manifest.csv'));

interface Gold {
  doc: string;
  mentions: { label: string; start: number; end: number; value?: string; optional?: boolean }[];
}
const TIMEX = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
type Span = { start: number; end: number; value: string };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function valueF1(useManifestDates: boolean): number {
  const manifest = readFileSync(join(corpus, 'manifest.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  const dates = new Map(manifest.map((l) => l.split(',') as [string, string]));
  let predRight = 0;
  let predCount = 0;
  let goldRight = 0;
  let goldCount = 0;
  for (const [doc, date] of dates) {
    const goldPath = join(goldDir, `${doc}.json`);
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const text = readFileSync(join(corpus, doc), 'utf8');
    const cp = (unit: number) => [...text.slice(0, unit)].length;
    const parsed = parse(text, { documentDate: useManifestDates ? date : null });
    const golds = gold.mentions.filter((m) => TIMEX.has(m.label));
    const required = golds.filter((m) => !m.optional).map((m) => ({ ...m, value: m.value ?? '' }));
    const optional = golds.filter((m) => m.optional).map((m) => ({ ...m, value: m.value ?? '' }));
    const preds = parsed.mentions
      .flatMap((m) => (m.kind === 'temporal' ? [{ start: cp(m.start), end: cp(m.end), value: m.value }] : []))
      .filter((p) => !optional.some((o) => overlaps(p, o)) || required.some((r) => overlaps(p, r)));
    predCount += preds.length;
    goldCount += required.length;
    predRight += preds.filter((p) => required.some((g) => overlaps(p, g) && p.value === g.value)).length;
    goldRight += required.filter((g) => preds.some((p) => overlaps(p, g) && p.value === g.value)).length;
  }
  const p = predCount ? predRight / predCount : 0;
  const r = goldCount ? goldRight / goldCount : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe.skipIf(!available)('temporal value F1 on the shared development articles', () => {
  it('reaches 0.90 with the manifest dates', () => {
    expect(valueF1(true)).toBeGreaterThanOrEqual(0.9);
  });
  it('reaches 0.90 from the datelines alone', () => {
    expect(valueF1(false)).toBeGreaterThanOrEqual(0.9);
  });
});
