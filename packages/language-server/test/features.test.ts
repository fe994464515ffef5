import { parseLexiconCsv } from '@khabar/core';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, SymbolKind } from 'vscode-languageserver';
import { codeActions } from '../src/features/code-actions.js';
import { toLspDiagnostics } from '../src/features/diagnostics.js';
import { documentHighlights } from '../src/features/highlights.js';
import { hover } from '../src/features/hover.js';
import { inlayHints } from '../src/features/inlay-hints.js';
import { lexiconAppendEdit } from '../src/features/lexicon-edit.js';
import { documentSymbols, workspaceSymbols } from '../src/features/symbols.js';
import { WorkspaceIndex } from '../src/workspace-index.js';
import { analyze } from './helpers.js';

const manifestDate = { date: '2016-12-05', manifestPath: '/corpus/manifest.csv', line: 3 };
const everything = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

function hoverText(
  text: string,
  at: string,
  options: Parameters<typeof analyze>[1] = {},
  index = new WorkspaceIndex(),
) {
  const analysis = analyze(text, options);
  const position = analysis.lines.positionAt(text.indexOf(at) + 1);
  const result = hover(analysis, position, index);
  return result && typeof result.contents === 'object' && 'value' in result.contents
    ? result.contents.value
    : null;
}

describe('hover', () => {
  it('shows label, names, id, coordinates, country and counts for a place', () => {
    const text = 'قصف حلب. وفي حلب أمس';
    const index = new WorkspaceIndex();
    const other = analyze('حلب', { uri: 'file:///w/b.txt' });
    index.set('file:///w/b.txt', other.parsed, other.lines);
    const value = hoverText(text, 'حلب', {}, index)!;
    expect(value).toContain('**Place** «حلب»');
    expect(value).toContain('حلب — Aleppo');
    expect(value).toContain('`geo:aleppo`');
    expect(value).toContain('36.2021°N 37.1343°E');
    expect(value).toContain('Country: SY');
    expect(value).toContain('2 in this document, 1 in the workspace (1 file)');
  });

  it('shows the TIMEX3 value and the document date with where it came from', () => {
    const value = hoverText('وصل أمس', 'أمس', { manifestDate })!;
    expect(value).toContain('TIMEX3 value: `2016-12-04` — Sunday 4 December 2016');
    expect(value).toContain('Document date: 2016-12-05, from manifest.csv (line 3)');
  });

  it('says when there is no document date to resolve against', () => {
    expect(hoverText('وصل أمس', 'أمس')).toContain('Document date: none');
  });

  it('marks a name that is not in the knowledge base', () => {
    expect(hoverText('قال سامر', 'سامر')).toContain('(not in the knowledge base)');
  });

  it('says when the workspace counts are still growing', () => {
    const analysis = analyze('قصف حلب');
    const result = hover(analysis, { line: 0, character: 5 }, new WorkspaceIndex(), undefined, true);
    expect((result!.contents as { value: string }).value).toContain('(0 files, still indexing)');
  });

  it('is empty away from mentions', () => {
    expect(hoverText('قال سامر', 'قال')).toBeNull();
  });
});

describe('document highlight', () => {
  it('marks every mention of the same entity and nothing else', () => {
    const text = 'حلب ودمشق ثم حلب';
    const analysis = analyze(text);
    const ranges = documentHighlights(analysis, analysis.lines.positionAt(0)).map(
      (h) => h.range.start.character,
    );
    expect(ranges).toEqual([0, text.lastIndexOf('حلب')]);
  });
});

describe('document symbols', () => {
  it('groups by label, entities with their mentions, dates with their values', () => {
    const symbols = documentSymbols(analyze('حلب ودمشق وحلب أمس', { manifestDate }));
    expect(symbols.map((s) => s.name)).toEqual(['Places', 'Dates and times']);
    const places = symbols[0]!.children!;
    expect(places.map((p) => [p.name, p.children?.length])).toEqual([
      ['حلب', 2],
      ['دمشق', 1],
    ]);
    expect(places[0]!.detail).toBe('Aleppo · 2×');
    expect(symbols[1]!.children![0]).toMatchObject({
      name: 'أمس',
      detail: '2016-12-04',
      kind: SymbolKind.Event,
    });
  });
});

describe('workspace symbols', () => {
  it('finds an entity by Arabic (folded) or English name', () => {
    const index = new WorkspaceIndex();
    const doc = analyze('سافر إلى حلب', { uri: 'file:///w/a.txt' });
    index.set('file:///w/a.txt', doc.parsed, doc.lines);
    expect(workspaceSymbols('حَلَب', index).map((s) => s.name)).toEqual(['حلب (Aleppo)']);
    expect(workspaceSymbols('ALEP', index)[0]!.location).toEqual({
      uri: 'file:///w/a.txt',
      range: { start: { line: 0, character: 9 }, end: { line: 0, character: 12 } },
    });
    expect(workspaceSymbols('دمشق', index)).toEqual([]);
  });
});

describe('inlay hints', () => {
  it('show the resolved date after a relative expression', () => {
    const text = 'وصل أمس إلى حلب';
    const hints = inlayHints(analyze(text, { manifestDate }), everything);
    expect(hints).toMatchObject([
      { label: '= 2016-12-04', position: { line: 0, character: text.indexOf('أمس') + 3 } },
    ]);
  });

  it('stay away from unresolved values', () => {
    expect(inlayHints(analyze('وصل أمس'), everything)).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('carry the core code, severity and fix', () => {
    const [d] = toLspDiagnostics(analyze('قصف فيحلب'));
    expect(d).toMatchObject({
      code: 'glued-words',
      severity: DiagnosticSeverity.Information,
      source: 'khabar',
      range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } },
      data: { replacement: 'في حلب' },
    });
  });

  it('give binary content one diagnostic and no parsing', () => {
    const analysis = analyze('حلب\u0000\u0001\u0002');
    expect(analysis.parsed.mentions).toEqual([]);
    expect(toLspDiagnostics(analysis)).toMatchObject([{ code: 'binary-content' }]);
  });

  it('give an over-large file one diagnostic and no parsing', () => {
    const analysis = analyze('حلب '.repeat(100), { maxFileSize: 100 });
    expect(analysis.parsed.mentions).toEqual([]);
    const diagnostics = toLspDiagnostics(analysis);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('file-too-large');
    expect(diagnostics[0]!.message).toContain('khabar.maxFileSize');
  });
});

describe('code actions', () => {
  const lexicon = { uri: 'file:///w/khabar-lexicon.csv', text: null, canCreateFiles: true };

  it('split a glued word', () => {
    const analysis = analyze('قصف فيحلب');
    const [fix] = codeActions(analysis, analysis.lines.range(5, 5), [], { lexicon: null, manifest: null });
    expect(fix).toMatchObject({
      title: 'Split into «في حلب»',
      kind: 'quickfix',
      edit: { changes: { 'file:///w/a.txt': [{ newText: 'في حلب' }] } },
    });
  });

  it('add an unknown name to a new lexicon, creating the file', () => {
    const analysis = analyze('قال سامر');
    const actions = codeActions(analysis, analysis.lines.range(5, 5), [], { lexicon, manifest: null });
    expect(actions.map((a) => a.title)).toEqual(['Add «سامر» to the workspace lexicon as a person']);
    expect(actions[0]!.edit!.documentChanges![0]).toEqual({
      kind: 'create',
      uri: lexicon.uri,
      options: { ignoreIfExists: true },
    });
  });

  it('offer to add a selected name the parser missed, under each label', () => {
    const text = 'زار خان شيخون';
    const analysis = analyze(text);
    const actions = codeActions(analysis, analysis.lines.range(4, text.length), [], {
      lexicon,
      manifest: null,
    });
    expect(actions.map((a) => a.title)).toContain('Add «خان شيخون» to the workspace lexicon as a place');
    expect(actions).toHaveLength(4);
  });

  it('offer nothing for a name the knowledge base already has', () => {
    const analysis = analyze('زار حلب');
    expect(codeActions(analysis, analysis.lines.range(4, 7), [], { lexicon, manifest: null })).toEqual([]);
  });
});

describe('lexicon edit', () => {
  it('appends a row the core lexicon parser reads back, in the file’s column order and line endings', () => {
    const current = 'arabic,id,label,english\r\nحمص,geo:homs,LOC,Homs';
    const edit = lexiconAppendEdit(
      'file:///w/l.csv',
      current,
      { label: 'PER', arabic: 'سامر, أبو "علي"' },
      true,
    );
    const [change] = edit.changes!['file:///w/l.csv']!;
    expect(change!.range.start).toEqual({ line: 1, character: 21 });
    const after = current + change!.newText;
    expect(after.endsWith('\r\n')).toBe(true);
    const parsed = parseLexiconCsv(after);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.id, e.label, e.canonical])).toEqual([
      ['geo:homs', 'LOC', 'حمص'],
      ['ws-per-سامر_ابو_علي', 'PER', 'سامر, أبو "علي"'],
    ]);
  });

  it('writes the header first into an empty file and keeps ids unique', () => {
    const first = lexiconAppendEdit('file:///w/l.csv', '', { label: 'LOC', arabic: 'إدلب' }, false);
    const text = first.changes!['file:///w/l.csv']![0]!.newText;
    const second = lexiconAppendEdit('file:///w/l.csv', text, { label: 'LOC', arabic: 'ادلب' }, false);
    const parsed = parseLexiconCsv(text + second.changes!['file:///w/l.csv']![0]!.newText);
    expect(parsed.entries.map((e) => e.id)).toEqual(['ws-loc-ادلب', 'ws-loc-ادلب-2']);
  });
});

describe('inlay hints for Hijri dates', () => {
  it('show the Gregorian value after a Hijri date', () => {
    const analysis = analyze('نص');
    const hijri = {
      kind: 'temporal' as const,
      label: 'DATE' as const,
      start: 0,
      end: 2,
      text: 'نص',
      value: '2016-12-05',
      mod: null,
      relative: false,
      hijri: '1438-03-05',
      source: 'rule' as const,
      confidence: 1,
      sentence: 0,
    };
    const hints = inlayHints({ ...analysis, parsed: { ...analysis.parsed, mentions: [hijri] } }, everything);
    expect(hints).toMatchObject([
      { label: '= 2016-12-05', tooltip: 'TIMEX3 value of the Hijri date 1438-03-05' },
    ]);
  });
});
