import { parseManifest } from '@khabar/core';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { manifestDateFix } from '../src/features/manifest-edit.js';
import { LineIndex } from '../src/line-index.js';

const URI = 'file:///corpus/manifest.csv';

function apply(text: string, edit: TextEdit): string {
  const lines = new LineIndex(text);
  return (
    text.slice(0, lines.offsetAt(edit.range.start)) +
    edit.newText +
    text.slice(lines.offsetAt(edit.range.end))
  );
}

/** The text after the fix, with "2016-12-05" typed at the date cell, as the user would. */
function typeDate(text: string, fix: NonNullable<ReturnType<typeof manifestDateFix>>): string {
  const edited = fix.edit ? apply(text, (fix.edit.changes?.[URI] ?? [])[0]!) : text;
  return apply(edited, { range: { start: fix.dateCell, end: fix.dateCell }, newText: '2016-12-05' });
}

describe('manifest date fix', () => {
  it('creates a manifest with the document’s row when there is none', () => {
    const fix = manifestDateFix({ uri: URI, text: null, relativePath: 'news/a.txt', canCreateFiles: true })!;
    expect(fix.edit!.documentChanges![0]).toEqual({
      kind: 'create',
      uri: URI,
      options: { ignoreIfExists: true },
    });
    expect(fix.dateCell).toEqual({ line: 1, character: 'news/a.txt,'.length });
  });

  it('appends the row (CRLF, no final newline) so the typed date lands in the date column', () => {
    const text = 'path,source,date\r\nb.txt,x,2016-01-01';
    const fix = manifestDateFix({ uri: URI, text, relativePath: 'a.txt', canCreateFiles: true })!;
    const entries = parseManifest(typeDate(text, fix)).entries;
    expect(entries.map((e) => [e.path, e.date])).toEqual([
      ['b.txt', '2016-01-01'],
      ['a.txt', '2016-12-05'],
    ]);
  });

  it('points at the empty date cell of a row the manifest already has', () => {
    const text = 'date,path\n,./a.txt\n';
    const fix = manifestDateFix({ uri: URI, text, relativePath: 'a.txt', canCreateFiles: true })!;
    expect(fix.edit).toBeNull();
    expect(fix.dateCell).toEqual({ line: 1, character: 0 });
    expect(parseManifest(typeDate(text, fix)).entries[0]).toMatchObject({
      path: 'a.txt',
      date: '2016-12-05',
    });
  });

  it('offers nothing when the manifest has no date column', () => {
    expect(
      manifestDateFix({ uri: URI, text: 'path,title\n', relativePath: 'a.txt', canCreateFiles: true }),
    ).toBeNull();
  });
});
