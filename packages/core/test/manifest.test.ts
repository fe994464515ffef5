import { describe, expect, it } from 'vitest';
import { normalizeCorpusPath, parseIsoDay, parseManifest } from '../src/index.js';

describe('parseManifest', () => {
  it('reads known and extra columns, with a BOM and CRLF', () => {
    const text =
      '\uFEFFpath,date,source,title,section\r\na/one.txt,2016-12-05,وكالة,عنوان,سياسة\r\ntwo.txt,,,,\r\n';
    const manifest = parseManifest(text);
    expect(manifest.problems).toEqual([]);
    expect(manifest.extraColumns).toEqual(['section']);
    expect(manifest.columns).toEqual(['path', 'date', 'source', 'title', 'section']);
    expect(manifest.entries).toEqual([
      {
        line: 2,
        path: 'a/one.txt',
        date: '2016-12-05',
        source: 'وكالة',
        title: 'عنوان',
        url: null,
        extra: { section: 'سياسة' },
      },
      { line: 3, path: 'two.txt', date: null, source: null, title: null, url: null, extra: { section: '' } },
    ]);
  });

  it('refuses a manifest without a path column, on line 1', () => {
    const manifest = parseManifest('file,date\na.txt,2016-01-01\n');
    expect(manifest.entries).toEqual([]);
    expect(manifest.problems).toEqual([{ line: 1, message: expect.stringContaining('"path"') }]);
  });

  it('names the line of bad dates, escaping paths, absolute paths and duplicates', () => {
    const text = [
      'path,date',
      'ok.txt,2016-02-29',
      'bad-date.txt,2016-02-30',
      '../../etc/passwd,',
      '/etc/passwd,',
      'C:\\Windows\\win.ini,',
      './ok.txt,',
      'sub/../other.txt,not a date',
    ].join('\n');
    const { entries, problems } = parseManifest(text);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(problems[0]?.message).toMatch(/2016-02-30/);
    expect(problems[1]?.message).toMatch(/leaves the corpus/);
    expect(problems[2]?.message).toMatch(/absolute/);
    expect(problems[3]?.message).toMatch(/absolute/);
    expect(problems[4]?.message).toMatch(/already listed on line 2/);
    expect(problems[5]?.message).toMatch(/not a date/);
    // A bad date drops only the date: the article stays listed.
    expect(entries.map((e) => [e.path, e.date])).toEqual([
      ['ok.txt', '2016-02-29'],
      ['bad-date.txt', null],
      ['other.txt', null],
    ]);
  });

  it('reports malformed CSV with its line and never throws on junk', () => {
    expect(parseManifest('path,date\n"a.txt,2016-01-01\n').problems.length).toBeGreaterThan(0);
    for (const junk of ['', '\u0000\u0001', ',,,\n,,', 'path\n\n\n']) {
      expect(() => parseManifest(junk)).not.toThrow();
    }
  });
});

describe('parseIsoDay', () => {
  it('keeps the calendar day of dates and date-times, and refuses impossible ones', () => {
    expect(parseIsoDay('2016-12-05')).toBe('2016-12-05');
    expect(parseIsoDay('2016-12-05T23:10:00+03:00')).toBe('2016-12-05');
    expect(parseIsoDay('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDay('1900-02-29')).toBeNull();
    expect(parseIsoDay('2016-13-01')).toBeNull();
    expect(parseIsoDay('2016-12-05T25:00')).toBeNull();
    expect(parseIsoDay('05/12/2016')).toBeNull();
  });
});

describe('normalizeCorpusPath', () => {
  it('turns Windows separators into POSIX ones and refuses to leave the corpus', () => {
    expect(normalizeCorpusPath('a\\b\\c.txt')).toEqual({ path: 'a/b/c.txt' });
    expect(normalizeCorpusPath('a/../../b.txt')).toHaveProperty('problem');
    expect(normalizeCorpusPath('\\\\server\\share\\x.txt')).toHaveProperty('problem');
    expect(normalizeCorpusPath('file:///etc/passwd')).toHaveProperty('problem');
    expect(normalizeCorpusPath('.')).toHaveProperty('problem');
  });
});
