import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '@khabar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { LineIndex } from '../src/line-index.js';
import { decodeTokenSpans } from './helpers.js';
import { type InProcessSession, startInProcess } from './lsp-client.js';

/** Pieces of text that stress offsets: Arabic names and dates, emoji (surrogate pairs), combining marks, CRLF. */
const PIECES = [
  'حلب',
  ' ',
  'أمس',
  ' دمشق',
  '\r\n',
  '\n',
  '😀',
  '👍🏽',
  'e\u0301',
  'ً',
  'في 5 كانون الأول 2016',
  'الأمم المتحدة',
  'x',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(6),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')),
});

/** Joins the pieces of a mention split at line breaks, to compare with the core's spans. */
function expectedTokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of parse(text).mentions) {
    let start = m.start;
    const lines = m.text.split(/(\r\n|\r|\n)/);
    for (let i = 0; i < lines.length; i++) {
      const piece = lines[i]!;
      if (i % 2 === 0 && piece.length > 0) out.push([start, start + piece.length]);
      start += piece.length;
    }
  }
  return out;
}

describe('incremental edits with the real core', () => {
  let root: string;
  let session: InProcessSession;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'khabar-edits-'));
    session = await startInProcess(root, { diagnosticsDelay: 0 });
  });
  afterAll(() => {
    session.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('keep the server’s text and tokens equal to the core’s parse of the edited text', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const uri = pathToFileURL(join(root, `doc-${run++}.txt`)).href;
        let text = 'قصفت الطائرات حلب أمس 😀\r\nوقال مصدر في دمشق';
        let version = 1;
        await session.client.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'arabic-news', version, text },
        });
        let previous = (await session.client.sendRequest('textDocument/semanticTokens/full', {
          textDocument: { uri },
        })) as SemanticTokens;
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * text.length);
          const end = Math.min(text.length, start + remove);
          const lines = new LineIndex(text);
          await session.client.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [{ range: lines.range(start, end), text: insert }],
          });
          text = text.slice(0, start) + insert + text.slice(end);
          const delta = (await session.client.sendRequest('textDocument/semanticTokens/full/delta', {
            textDocument: { uri },
            previousResultId: previous.resultId,
          })) as SemanticTokensDelta;
          const data = [...previous.data];
          for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) {
            data.splice(e.start, e.deleteCount, ...(e.data ?? []));
          }
          previous = { resultId: delta.resultId, data };
          // A surrogate pair cut in half by an edit is still text the server must handle like the core.
          expect(decodeTokenSpans(data, text)).toEqual(expectedTokens(text));
        }
        await session.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: 40, seed: 20161205 },
    );
  }, 60_000);
});
