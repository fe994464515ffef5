import { describe, expect, it } from 'vitest';
import { WorkspaceIndex } from '../src/workspace-index.js';
import { analyze } from './helpers.js';

function put(index: WorkspaceIndex, uri: string, text: string) {
  const analysis = analyze(text, { uri });
  index.set(uri, analysis.parsed, analysis.lines);
}

describe('WorkspaceIndex', () => {
  it('counts and locates mentions across files, and forgets a file', () => {
    const index = new WorkspaceIndex();
    put(index, 'file:///w/b.txt', 'حلب\nثم حلب');
    put(index, 'file:///w/a.txt', 'دمشق وحلب');
    expect(index.count('geo:aleppo')).toEqual({ mentions: 3, documents: 2 });
    expect(
      index.locations('geo:aleppo').map((l) => [l.uri, l.range.start.line, l.range.start.character]),
    ).toEqual([
      ['file:///w/a.txt', 0, 6],
      ['file:///w/b.txt', 0, 0],
      ['file:///w/b.txt', 1, 3],
    ]);
    index.delete('file:///w/b.txt');
    expect(index.count('geo:aleppo')).toEqual({ mentions: 1, documents: 1 });
    expect(index.documentCount).toBe(1);
  });

  it('replaces a file’s mentions when it is set again', () => {
    const index = new WorkspaceIndex();
    put(index, 'file:///w/a.txt', 'حلب حلب');
    put(index, 'file:///w/a.txt', 'دمشق');
    expect(index.count('geo:aleppo').mentions).toBe(0);
    expect(index.entitiesWithCounts().map((e) => [e.id, e.mentions])).toEqual([['geo:damascus', 1]]);
  });

  it('indexes temporal values too', () => {
    const index = new WorkspaceIndex();
    put(index, 'file:///w/a.txt', 'أمس');
    expect(index.count('timex:XXXX-XX-XX').mentions).toBe(1);
  });
});
