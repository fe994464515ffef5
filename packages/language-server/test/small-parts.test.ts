import { describe, expect, it } from 'vitest';
import { checkText, decodeFile, utf8Length } from '../src/content-checks.js';
import { globToRegExp } from '../src/glob.js';
import { readSettings } from '../src/settings.js';

describe('globs', () => {
  it.each([
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['**/*.txt', 'a.csv', false],
    ['**/datasets/**/*.txt', 'datasets/a.txt', true],
    ['**/datasets/**/*.txt', 'p/datasets/q/r/a.txt', true],
    ['**/datasets/**/*.txt', 'p/a.txt', false],
    ['corpus/*.{txt,md}', 'corpus/a.md', true],
    ['corpus/*.{txt,md}', 'corpus/x/a.md', false],
    ['a?.txt', 'ab.txt', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('content checks', () => {
  it('measures UTF-8 length without encoding', () => {
    for (const s of ['abc', 'حلب', '😀x', 'e\u0301']) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });

  it('accepts Arabic text and refuses binary, replacement-ridden and over-large text', () => {
    expect(checkText('خبر عاجل من حلب', 1000)).toBeNull();
    expect(checkText('PK\u0003\u0004\u0000', 1000)?.code).toBe('binary-content');
    expect(checkText('\ufffd'.repeat(50), 1000)?.code).toBe('binary-content');
    expect(checkText('ح'.repeat(600), 1000)?.code).toBe('file-too-large');
  });

  it('decodes files as the exporter does: UTF-8, UTF-16 with a BOM, Windows-1256 Arabic', () => {
    expect(decodeFile(new TextEncoder().encode('\ufeffحلب'), 100)).toEqual({ text: 'حلب' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('حلب 😀', 'utf16le')]);
    expect(decodeFile(utf16, 100)).toEqual({ text: 'حلب 😀' });
    expect(decodeFile(Uint8Array.from([0xc7, 0xe1, 0xd4, 0xc7, 0xe3]), 100)).toEqual({ text: 'الشام' });
  });

  it('refuses binary and over-large files', () => {
    expect(decodeFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]), 100)).toMatchObject({
      code: 'binary-content',
    });
    expect(decodeFile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x81, 0x8d, 0x8f]), 100)).toMatchObject({
      code: 'binary-content',
    });
    expect(decodeFile(new Uint8Array(200), 100)).toMatchObject({ code: 'file-too-large' });
  });
});

describe('settings', () => {
  it('keeps defaults for missing or mistyped values', () => {
    const s = readSettings({
      khabar: { inlayHints: { enabled: false }, maxFileSize: 'big', highlight: { date: false } },
    });
    expect(s.inlayHints.enabled).toBe(false);
    expect(s.maxFileSize).toBe(16 * 1024 * 1024);
    expect(s.lexiconPath).toBe('khabar-lexicon.csv');
    expect(s.highlight).toEqual({ date: false });
    expect(readSettings(null).corpusGlobs).toEqual(['**/*.txt']);
    expect(readSettings({ semanticTokenTypes: 'standard' }).semanticTokenTypes).toBe('standard');
    expect(readSettings({ semanticTokenTypes: 'other' }).semanticTokenTypes).toBe('custom');
  });
});
