import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityDescription, groupByLabel } from '../src/entities-tree.js';
import {
  commonDirectory,
  defaultOutDir,
  exportArguments,
  outcomeOf,
  resolveSettingPath,
} from '../src/export/plan.js';
import { readDocumentMentions, readWorkspaceEntities } from '../src/protocol.js';
import { readFromPage } from '../src/reading-view/messages.js';
import { statusText, statusTooltip, summarizeMentions } from '../src/status-bar.js';
import { entity, temporal } from './fixtures.js';

const TEXT = 'التقى لافروف في موسكو أمس وفدا من الأمم المتحدة، ثم زار لافروف جنيف.';
const MENTIONS = [
  entity(TEXT, 'لافروف', 'PER', 'Lavrov'),
  entity(TEXT, 'موسكو', 'LOC', 'Moscow'),
  temporal(TEXT, 'أمس', 'DATE', '2016-12-12'),
  entity(TEXT, 'الأمم المتحدة', 'ORG'),
  { ...entity(TEXT, 'لافروف', 'PER', 'Lavrov', 40) },
  entity(TEXT, 'جنيف', 'LOC'),
];

describe('server replies are checked before use', () => {
  it('reads documentMentions and drops malformed mentions', () => {
    const raw = {
      uri: 'file:///a.txt',
      version: 4,
      dct: { value: '2016-12-13', source: 'caller', span: null },
      mentions: [...MENTIONS, { start: 'x' }, null, { start: 1, end: 2, label: 'PER', kind: 'nope' }],
      skipped: null,
    };
    const read = readDocumentMentions(raw, 'file:///a.txt')!;
    expect(read.version).toBe(4);
    expect(read.dct?.value).toBe('2016-12-13');
    expect(read.mentions).toEqual(MENTIONS);
    expect(read.skipped).toBeNull();
    expect(readDocumentMentions(null, 'u')).toBeNull();
    expect(
      readDocumentMentions({ skipped: { code: 'file-too-large', message: 'too big' } }, 'u')?.skipped,
    ).toEqual({
      code: 'file-too-large',
      message: 'too big',
    });
  });

  it('reads workspaceEntities in the server shape and skips broken rows', () => {
    const entities = readWorkspaceEntities({
      documents: 2,
      entities: [
        {
          id: 'a',
          label: 'PER',
          canonical: 'لافروف',
          canonicalEn: 'Lavrov',
          aliases: [],
          mentions: 5,
          documents: 2,
        },
        {
          id: 'b',
          label: 'LOC',
          canonical: 'جنيف',
          canonicalEn: null,
          aliases: [],
          mentions: 1,
          documents: 1,
        },
        { label: 'LOC' },
        'junk',
      ],
    });
    expect(entities.map((e) => [e.id, e.count, e.documents])).toEqual([
      ['a', 5, 2],
      ['b', 1, 1],
    ]);
    expect(readWorkspaceEntities(undefined)).toEqual([]);
  });
});

describe('messages from the reading view page', () => {
  it('accepts well-formed messages only', () => {
    expect(readFromPage({ type: 'reveal', start: 3, end: 9 })).toEqual({ type: 'reveal', start: 3, end: 9 });
    expect(readFromPage({ type: 'reveal', start: 9, end: 3 })).toBeNull();
    expect(readFromPage({ type: 'reveal', start: -1, end: 3 })).toBeNull();
    expect(readFromPage({ type: 'scrolled', offset: 1.5 })).toBeNull();
    expect(readFromPage({ type: 'scrolled', offset: 40 })).toEqual({ type: 'scrolled', offset: 40 });
    expect(readFromPage({ type: 'hiddenLabels', labels: ['PER', 3, 'DATE'] })).toEqual({
      type: 'hiddenLabels',
      labels: ['PER', 'DATE'],
    });
    expect(readFromPage({ type: 'eval', code: 'x' })).toBeNull();
    expect(readFromPage('reveal')).toBeNull();
  });
});

describe('status bar', () => {
  it('counts entity mentions (and distinct entities) and dates', () => {
    const summary = summarizeMentions(MENTIONS);
    expect(summary).toMatchObject({ entities: 5, dates: 1, distinctEntities: 4 });
    expect(statusText(summary)).toBe('$(symbol-class) 5 $(calendar) 1');
    expect(statusTooltip(summary)).toContain('People (PER): 2');
    expect(statusTooltip(summary)).toContain('Dates (DATE): 1');
    expect(statusTooltip(summarizeMentions([]))).not.toContain('(PER)');
  });
});

describe('entity tree', () => {
  it('groups entities by label, most mentioned first, and leaves out empty labels', () => {
    const groups = groupByLabel([
      { id: 'a', label: 'LOC', canonical: 'جنيف', canonicalEn: null, count: 1, documents: 1 },
      { id: 'b', label: 'PER', canonical: 'لافروف', canonicalEn: 'Lavrov', count: 5, documents: 2 },
      { id: 'c', label: 'LOC', canonical: 'موسكو', canonicalEn: 'Moscow', count: 3, documents: 3 },
    ]);
    expect(
      groups.map((g) => (g.kind === 'label' ? [g.style.label, g.entities.map((e) => e.id)] : null)),
    ).toEqual([
      ['PER', ['b']],
      ['LOC', ['c', 'a']],
    ]);
    expect(
      entityDescription({
        id: 'b',
        label: 'PER',
        canonical: 'لافروف',
        canonicalEn: 'Lavrov',
        count: 5,
        documents: 2,
      }),
    ).toBe('Lavrov · 5 mentions in 2 files');
    expect(
      entityDescription({
        id: 'a',
        label: 'LOC',
        canonical: 'جنيف',
        canonicalEn: null,
        count: 1,
        documents: null,
      }),
    ).toBe('1 mention');
  });
});

describe('export plan', () => {
  it('finds the corpus folder common to the matched files', () => {
    expect(commonDirectory(['/ws/datasets/a/1.txt', '/ws/datasets/b/2.txt', '/ws/datasets/a/c/3.txt'])).toBe(
      path.resolve('/ws/datasets'),
    );
    expect(commonDirectory(['/ws/datasets/a/1.txt'])).toBe(path.resolve('/ws/datasets/a'));
    expect(commonDirectory(['/ws/datasets/ab/1.txt', '/ws/datasets/a/2.txt'])).toBe(
      path.resolve('/ws/datasets'),
    );
    expect(commonDirectory([])).toBeNull();
  });

  it('builds the khabar export command line, one argument per value (no shell)', () => {
    const args = exportArguments({
      corpusDir: '/ws/datasets/my corpus',
      outDir: defaultOutDir('/ws', '/ws/datasets/my corpus'),
      formats: ['csv', 'parquet'],
      lexicon: '/ws/khabar-lexicon.csv',
      manifest: null,
    });
    expect(args).toEqual([
      'export',
      '/ws/datasets/my corpus',
      '--out',
      path.join('/ws', 'datasets', 'exports', 'my corpus'),
      '--format',
      'csv,parquet',
      '--no-progress',
      '--lexicon',
      '/ws/khabar-lexicon.csv',
    ]);
  });

  it('resolves setting paths against the workspace and maps the CLI exit codes', () => {
    expect(resolveSettingPath('/ws', 'khabar-lexicon.csv')).toBe(path.join('/ws', 'khabar-lexicon.csv'));
    expect(resolveSettingPath('/ws', '/etc/lexicon.csv')).toBe('/etc/lexicon.csv');
    expect(resolveSettingPath('/ws', ' ')).toBeNull();
    expect([0, 1, 2, null, 137].map(outcomeOf)).toEqual(['ok', 'partial', 'usage', 'failed', 'failed']);
  });
});
