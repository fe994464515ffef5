import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../src/line-index.js';

describe('LineIndex', () => {
  it('counts UTF-16 code units: an emoji is two, a combining mark is one', () => {
    const text = 'x 😀 e\u0301 حلب';
    const lines = new LineIndex(text);
    expect(lines.positionAt(text.indexOf('حلب'))).toEqual({ line: 0, character: 8 });
  });

  it('breaks lines at \\n, \\r\\n and \\r like LSP', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect(lines.positionAt(text.indexOf('d'))).toEqual({ line: 3, character: 0 });
    expect(lines.offsetAt({ line: 2, character: 0 })).toBe(text.indexOf('c'));
  });

  it('clamps positions past the end', () => {
    const lines = new LineIndex('ab\ncd');
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(5);
    expect(lines.positionAt(99)).toEqual({ line: 1, character: 2 });
  });

  it('agrees with vscode-languageserver-textdocument on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', '\n', '\r', '😀', '\u0301', ' ') }), (text) => {
        const doc = TextDocument.create('file:///x', 'txt', 1, text);
        const lines = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const expected = doc.positionAt(offset);
          // TextDocument never places a position between \r and \n; compare where it does not move the offset
          if (doc.offsetAt(expected) !== offset) continue;
          expect(lines.positionAt(offset)).toEqual(expected);
          expect(lines.offsetAt(expected)).toBe(offset);
        }
      }),
    );
  });
});
