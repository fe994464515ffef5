import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI from sources (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../..');
const main = join(root, 'apps/cli/src/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'khabar-eval-'));
const shared = resolve(process.env.KHABAR_SHARED ?? join(root, '../shared'));
const scorer = join(shared, 'eval/conll_score.py');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const khabar = (...args: string[]) =>
  run(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args]);

// Gold has PER (2 tokens), LOC, ORG (2 tokens), LOC, MISC; the prediction gets PER and one LOC right, cuts the
// ORG short, mislabels a LOC, misses the MISC and invents a MISC and a LOC: 2 correct, 5 gold, 6 predicted.
const TAGGED = [
  'جون\tB-PERS\tB-PER',
  'كيري\tI-PERS\tI-PER',
  'في\tO\tO',
  'موسكو\tB-LOC\tB-LOC',
  '',
  'مجلس\tB-ORG\tB-ORG',
  'الأمن\tI-ORG\tO',
  'و\tO\tB-MISC',
  'حلب\tB-LOC\tB-ORG',
  'اليورو\tB-MISC\tO',
  'حمص\tO\tB-LOC',
].join('\r\n');

describe('khabar eval', () => {
  it('scores a three-column file at the entity level, overall and per label', () => {
    const file = join(dir, 'tagged.tsv');
    writeFileSync(file, TAGGED);
    const { code, stdout } = khabar('eval', file, '--json');
    expect(code).toBe(0);
    const scores = JSON.parse(stdout);
    expect(scores.overall).toMatchObject({ correct: 2, gold: 5, predicted: 6 });
    expect(scores.overall.f1).toBeCloseTo((2 * (2 / 6) * (2 / 5)) / (2 / 6 + 2 / 5), 4);
    expect(scores.perLabel.PER).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores.perLabel.LOC).toMatchObject({ correct: 1, gold: 2, predicted: 2 });
    expect(scores.perLabel.MISC).toMatchObject({ correct: 0, gold: 1, predicted: 1 });
    expect(scores.perLabel.ORG.f1).toBe(0);
    const text = khabar('eval', file).stdout;
    expect(text).toContain('processed 10 tokens with 5 phrases; found: 6 phrases; correct: 2.');
    expect(text).toMatch(/PER: precision: +100\.00%/);
  });

  it.skipIf(!existsSync(scorer))('agrees with the shared conll_score.py', () => {
    const file = join(dir, 'tagged-py.tsv');
    writeFileSync(file, TAGGED);
    const ours = JSON.parse(khabar('eval', file, '--json').stdout);
    const theirs = JSON.parse(run('python3', [scorer, file, '--json']).stdout);
    expect(ours.overall.precision).toBeCloseTo(theirs.all[0], 4);
    expect(ours.overall.recall).toBeCloseTo(theirs.all[1], 4);
    expect(ours.overall.f1).toBeCloseTo(theirs.all[2], 4);
    for (const [label, f1] of Object.entries(theirs.per_label))
      expect(ours.perLabel[label].f1).toBeCloseTo(f1 as number, 4);
  });

  const anercorpDev = join(shared, 'data/anercorp/ANERCorp_manually_cleaned_dev.tsv');
  it.skipIf(!existsSync(anercorpDev) || !existsSync(scorer))(
    'scores ANERcorp dev end to end like conll_score.py scores `tag --conll` output',
    () => {
      const tagged = join(dir, 'dev.tagged.tsv');
      writeFileSync(tagged, khabar('tag', '--conll', anercorpDev).stdout);
      const theirs = JSON.parse(run('python3', [scorer, tagged, '--json']).stdout);
      const ours = JSON.parse(khabar('eval', anercorpDev, '--json').stdout);
      expect(theirs.short_lines).toBe(0);
      expect(ours.overall.gold).toBe(theirs.gold_entities);
      expect(ours.overall.predicted).toBe(theirs.pred_entities);
      expect(ours.overall.f1).toBeCloseTo(theirs.all[2], 4);
      // The full pipeline on ANERcorp dev (the model alone measures about 0.80; see MODEL_CARD.md).
      expect(ours.overall.f1).toBeGreaterThan(0.75);
    },
    60_000,
  );

  it('tags a two-column file first', () => {
    const file = join(dir, 'gold.tsv');
    writeFileSync(file, 'زار\tO\nلندن\tB-LOC\n');
    const { code, stdout } = khabar('eval', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).overall.gold).toBe(1);
  });

  it('scores one entity source at a time with --sources, and rejects unknown sources', () => {
    const file = join(dir, 'gold-sources.tsv');
    writeFileSync(file, 'وصل\tO\nجون\tB-PER\nكيري\tI-PER\nإلى\tO\nموسكو\tB-LOC\n');
    const none = JSON.parse(khabar('eval', file, '--json', '--sources', 'rule').stdout);
    expect(none.overall.gold).toBe(2);
    const all = JSON.parse(khabar('eval', file, '--json').stdout);
    expect(all.overall.predicted).toBeGreaterThanOrEqual(none.overall.predicted);
    expect(khabar('eval', file, '--sources', 'magic').code).toBe(2);
  });

  it('fails with the file name for a missing file', () => {
    const { code, stderr } = khabar('eval', join(dir, 'absent.tsv'));
    expect(code).toBe(1);
    expect(stderr).toContain('absent.tsv');
  });
});
