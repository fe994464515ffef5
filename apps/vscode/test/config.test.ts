import { afterEach, describe, expect, it } from 'vitest';
import { colouredTokenTypes, currentSettings, DEFAULT_SETTINGS, readSettings } from '../src/config.js';
import { mockState } from './vscode-mock.js';

const source = (values: Record<string, unknown>) => ({
  get: <T>(key: string) => values[key] as T | undefined,
});

describe('readSettings', () => {
  it('gives the documented defaults when nothing is set', () => {
    const s = readSettings(source({}));
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.corpusGlobs).toEqual(['**/datasets/**/*.txt']);
    expect(s.maxFileSize).toBe(16 * 1024 * 1024);
    expect(s.lexiconPath).toBe('khabar-lexicon.csv');
    expect(Object.values(s.highlight.labels).every(Boolean)).toBe(true);
  });

  it('reads every setting when it is well typed', () => {
    const s = readSettings(
      source({
        corpusGlobs: ['news/**/*.txt', ' archive/*.txt '],
        highlightInEditor: false,
        highlight: { person: false, date: true },
        'inlayHints.enabled': false,
        lexiconPath: 'data/lexicon.csv',
        manifestPath: '/abs/manifest.csv',
        maxFileSize: 5000.7,
        'export.formats': ['csv', 'csv', 'parquet'],
      }),
    );
    expect(s.corpusGlobs).toEqual(['news/**/*.txt', 'archive/*.txt']);
    expect(s.highlight.enabled).toBe(false);
    expect(s.highlight.labels.person).toBe(false);
    expect(s.highlight.labels.location).toBe(true);
    expect(s.inlayHints.enabled).toBe(false);
    expect(s.lexiconPath).toBe('data/lexicon.csv');
    expect(s.manifestPath).toBe('/abs/manifest.csv');
    expect(s.maxFileSize).toBe(5000);
    expect(s.exportFormats).toEqual(['csv', 'parquet']);
  });

  it('keeps defaults for values of the wrong type (settings.json is edited by hand)', () => {
    const s = readSettings(
      source({
        corpusGlobs: 'datasets/*.txt',
        highlightInEditor: 'no',
        highlight: ['person'],
        'inlayHints.enabled': 0,
        lexiconPath: '   ',
        maxFileSize: -3,
        'export.formats': ['xlsx'],
      }),
    );
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(source({ corpusGlobs: [] })).corpusGlobs).toEqual(DEFAULT_SETTINGS.corpusGlobs);
    expect(readSettings(source({ maxFileSize: Number.NaN })).maxFileSize).toBe(DEFAULT_SETTINGS.maxFileSize);
  });

  it('reads through the khabar section of the workspace configuration', () => {
    mockState.settings = { 'khabar.lexiconPath': 'mine.csv', 'khabar.highlight': { misc: false } };
    const s = currentSettings();
    expect(s.lexiconPath).toBe('mine.csv');
    expect(s.highlight.labels.misc).toBe(false);
  });
  afterEach(() => mockState.reset());
});

describe('colouredTokenTypes', () => {
  it('is every label by default, none when editor colouring is off, and follows per-label switches', () => {
    expect(colouredTokenTypes(DEFAULT_SETTINGS).size).toBe(8);
    const off = readSettings(source({ highlightInEditor: false }));
    expect(colouredTokenTypes(off).size).toBe(0);
    const some = readSettings(source({ highlight: { person: false, set: false } }));
    expect([...colouredTokenTypes(some)].sort()).toEqual([
      'date',
      'duration',
      'location',
      'misc',
      'organization',
      'time',
    ]);
  });
});
