import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Mention, parse } from '@khabar/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Hover,
  InlayHint,
  Location,
  SemanticTokens,
  SemanticTokensDelta,
} from 'vscode-languageserver-protocol';
import { analyzeDocument } from '../src/analysis.js';
import { BlockCache, type BlockOptions, parseInBlocks, splitBlocks } from '../src/blocks.js';
import { encodeSemanticTokens } from '../src/features/semantic-tokens.js';
import { LineIndex } from '../src/line-index.js';
import { InThreadParser, parseForServer } from '../src/parser.js';
import { WorkspaceIndex } from '../src/workspace-index.js';
import { decodeTokenSpans } from './helpers.js';
import { eventually, type InProcessSession, startInProcess } from './lsp-client.js';

/** Small blocks, so a few KB of text make many of them. */
const SMALL: BlockOptions = { threshold: 0, min: 160, extra: 200, max: 700 };

const PARAGRAPHS = [
  'قال سامر الخطيب إن القصف على حلب استمر أمس دون توقف.',
  'وأعلنت الأمم المتحدة الأحد الماضي أن قوافل المساعدات وصلت إلى دمشق.',
  'وذكر مراسلنا في حمص أن الأسواق أغلقت أبوابها 😀 في 5 كانون الأول 2016.',
  'والتقى أحمد العلي ممثلين عن الصليب الأحمر في إدلب لبحث أوضاع النازحين.',
  'وطالب خالد حداد بفتح ممرات آمنة للمدنيين المحاصرين في الرقة منذ ثلاثة أيام.',
];

/** A document of `n` paragraphs, a blank line after every third; optionally a dateline first. */
function documentText(n: number, { dateline = false, eol = '\n' } = {}): string {
  const lines: string[] = dateline ? ['دمشق في 5 كانون الأول 2016'] : [];
  for (let i = 0; i < n; i++) {
    lines.push(PARAGRAPHS[i % PARAGRAPHS.length]!);
    if (i % 3 === 2) lines.push('');
  }
  return lines.join(eol) + eol;
}

let parses = 0;
const coreBlock = async (text: string, documentDate: string | null) => {
  parses++;
  return parseForServer(parse, text, undefined, documentDate);
};

const inBlocks = async (text: string, date: string | null, cache = new BlockCache()) =>
  (await parseInBlocks(text, date, coreBlock, cache, SMALL)).document;

/** What block mode promises: each block parsed by the core alone, its mentions shifted into place. */
function perBlockMentions(text: string, callerDate: string | null): Mention[] {
  const blocks = splitBlocks(text, SMALL);
  const first = parse(blocks[0]!.text, { documentDate: callerDate });
  const out: Mention[] = [];
  let sentence = 0;
  blocks.forEach((block, i) => {
    const parsed = i === 0 ? first : parse(block.text, { documentDate: first.dct.value });
    for (const m of parsed.mentions) {
      out.push({
        ...m,
        start: m.start + block.start,
        end: m.end + block.start,
        sentence: m.sentence + sentence,
      });
    }
    sentence += parsed.sentences.length;
  });
  return out;
}

describe('splitBlocks', () => {
  it('covers the text exactly, cutting only after line breaks, blocks within the sizes', () => {
    for (const text of [documentText(40), documentText(40, { eol: '\r\n' }), 'بلا سطر', '', '\n\n\n']) {
      const blocks = splitBlocks(text, SMALL);
      expect(blocks.map((b) => b.text).join('')).toBe(text);
      blocks.forEach((b, i) => {
        expect(b.text).toBe(text.slice(b.start, b.end));
        if (i > 0) expect(b.start).toBe(blocks[i - 1]!.end);
        if (i < blocks.length - 1) {
          expect(text[b.end - 1]).toBe('\n');
          expect(b.text.length).toBeGreaterThanOrEqual(SMALL.min);
          // a block ends at the first line break past max at the latest
          expect(b.text.slice(0, -1).lastIndexOf('\n')).toBeLessThan(SMALL.max);
        }
      });
    }
    expect(splitBlocks(documentText(40), SMALL).length).toBeGreaterThan(5);
  });

  it('keeps the blocks after an edit (their text), since cuts depend on the content, not on offsets', () => {
    const text = documentText(60);
    const before = splitBlocks(text, SMALL);
    const at = before[2]!.start + 30;
    const edited = `${text.slice(0, at)}حلب ${text.slice(at)}`;
    const after = splitBlocks(edited, SMALL).map((b) => b.text);
    const kept = before.slice(5).filter((b) => after.includes(b.text));
    expect(kept.length).toBe(before.length - 5);
  });
});

const EDGE_CASES: { name: string; text: string; edit: (text: string) => string; date?: string }[] = [
  {
    name: 'insertion at the start of a block',
    text: documentText(30),
    edit: (t) => {
      const b = splitBlocks(t, SMALL)[2]!;
      return `${t.slice(0, b.start)}حلب ${t.slice(b.start)}`;
    },
  },
  {
    name: 'insertion just before the line break that ends a block',
    text: documentText(30),
    edit: (t) => {
      const b = splitBlocks(t, SMALL)[1]!;
      return `${t.slice(0, b.end - 1)} وفي دمشق${t.slice(b.end - 1)}`;
    },
  },
  {
    name: 'deleting the line break between two blocks (they join)',
    text: documentText(30),
    edit: (t) => {
      const b = splitBlocks(t, SMALL)[1]!;
      return t.slice(0, b.end - 1) + t.slice(b.end);
    },
  },
  {
    name: 'inserting a blank line in the middle of a block',
    text: documentText(30),
    edit: (t) => {
      const b = splitBlocks(t, SMALL)[2]!;
      const at = t.indexOf('\n', b.start) + 1;
      return `${t.slice(0, at)}\n${t.slice(at)}`;
    },
  },
  {
    name: 'removing a blank line',
    text: documentText(30),
    edit: (t) => t.replace('\n\n', '\n'),
  },
  {
    name: 'an emoji before an entity in a later block',
    text: documentText(30),
    edit: (t) => {
      const b = splitBlocks(t, SMALL)[3]!;
      const at = t.indexOf('حلب', b.start);
      return `${t.slice(0, at)}👍🏽${t.slice(at)}`;
    },
  },
  {
    name: 'CRLF line breaks, edit in the middle',
    text: documentText(30, { eol: '\r\n' }),
    edit: (t) => {
      const at = Math.floor(t.length / 2);
      return `${t.slice(0, at)} إدلب ${t.slice(at)}`;
    },
  },
  {
    name: 'a line break turned into CRLF',
    text: documentText(30),
    edit: (t) => {
      const at = t.indexOf('\n', Math.floor(t.length / 2));
      return `${t.slice(0, at)}\r${t.slice(at)}`;
    },
  },
  {
    name: 'a dateline in the first block dates the other blocks; editing it re-dates them',
    text: documentText(30, { dateline: true }),
    edit: (t) => t.replace('5 كانون الأول 2016', '6 كانون الأول 2016'),
  },
  {
    name: 'a manifest date',
    text: documentText(30),
    date: '2017-01-02',
    edit: (t) => `${t.slice(0, 100)}حماة ${t.slice(100)}`,
  },
];

describe('parseInBlocks', () => {
  it.each(EDGE_CASES)('$name: mentions equal a per-block core parse shifted into place', async (c) => {
    const date = c.date ?? null;
    const cache = new BlockCache();
    const before = await inBlocks(c.text, date, cache);
    expect(before.mentions).toEqual(perBlockMentions(c.text, date));
    const text = c.edit(c.text);
    expect(text).not.toBe(c.text);
    parses = 0;
    const after = await inBlocks(text, date, cache);
    const blocks = splitBlocks(text, SMALL).length;
    if (!c.name.startsWith('a dateline')) expect(parses).toBeLessThanOrEqual(3);
    expect(parses).toBeLessThanOrEqual(blocks);
    expect(after.mentions).toEqual(perBlockMentions(text, date));
    expect(after).toEqual(await inBlocks(text, date));
    for (const m of after.mentions) expect(m.text).toBe(text.slice(m.start, m.end));
    for (const d of after.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
  });

  it('takes the document date from the first block, and reports a missing one once', async () => {
    const dated = await inBlocks(documentText(30, { dateline: true }), null);
    expect(dated.dct).toMatchObject({ value: '2016-12-05', source: 'dateline' });
    const last = dated.mentions.filter((m) => m.text === 'أمس').at(-1)!;
    expect(last).toMatchObject({ kind: 'temporal', value: '2016-12-04' });
    // The top lines hold no full date (the dateline zone is the first four non-empty lines).
    const undatedText = `${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}\n${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}\n${documentText(30)}`;
    const undated = await inBlocks(undatedText, null);
    expect(undated.dct.value).toBeNull();
    const missing = undated.diagnostics.filter((d) => d.code === 'missing-document-date');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.start).toBe(undated.mentions.find((m) => m.kind === 'temporal' && m.relative)!.start);
    const invalid = await inBlocks(undatedText, '2016-13-40');
    expect(invalid.diagnostics.filter((d) => d.code === 'invalid-document-date')).toHaveLength(1);
  });

  it('numbers sentences through the document and lists each entity once', async () => {
    const text = documentText(30);
    const doc = await inBlocks(text, null);
    expect(doc.sentenceCount).toBe(parse(text).sentences.length);
    const ids = doc.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of doc.mentions) if (m.kind === 'entity') expect(ids).toContain(m.entityId);
  });

  const PIECES = ['حلب', ' ', 'أمس', ' دمشق', '\r\n', '\n', '\n\n', '😀', 'e\u0301', 'الأمم المتحدة', 'x'];
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat(40),
    insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((p) => p.join('')),
  });

  it('after random edits, the cached result equals a fresh block-mode analysis', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 10 }), async (edits) => {
        let text = documentText(24, { dateline: true });
        const cache = new BlockCache();
        await inBlocks(text, null, cache);
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * text.length);
          text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
          const cached = await inBlocks(text, null, cache);
          expect(cached).toEqual(await inBlocks(text, null));
          expect(cached.mentions).toEqual(perBlockMentions(text, null));
        }
      }),
      { numRuns: 30, seed: 20161205 },
    );
  }, 60_000);
});

describe('per-block work joined', () => {
  it('semantic tokens and the workspace index of a block-mode analysis equal those of its merged mentions', async () => {
    const parser = new InThreadParser(parse);
    const blocks = new BlockCache();
    let text = documentText(40, { dateline: true, eol: '\r\n' });
    const index = new WorkspaceIndex();
    const plainIndex = new WorkspaceIndex();
    for (const at of [0.5, 0.1, 0.9]) {
      const cut = Math.floor(at * text.length);
      text = `${text.slice(0, cut)}😀 حلب\n${text.slice(cut)}`;
      const input = { uri: 'file:///w/big.txt', version: 1, text, manifestDate: null, blocks };
      const analysis = await analyzeDocument(input, parser, 1 << 30, SMALL);
      expect(analysis.blocks!.length).toBeGreaterThan(5);
      const whole = { ...analysis, blocks: null };
      expect(encodeSemanticTokens(analysis)).toEqual(encodeSemanticTokens(whole));
      const people = new Set(['person']);
      expect(encodeSemanticTokens(analysis, undefined, people)).toEqual(
        encodeSemanticTokens(whole, undefined, people),
      );
      index.set(analysis.uri, analysis.parsed, analysis.lines, analysis.blocks);
      plainIndex.set(analysis.uri, analysis.parsed, analysis.lines);
      for (const key of ['loc:sy:aleppo', 'loc:sy:damascus', 'timex:2016-12-04']) {
        expect(index.locations(key)).toEqual(plainIndex.locations(key));
        expect(index.count(key)).toEqual(plainIndex.count(key));
      }
      expect(index.locations('loc:sy:aleppo').length).toBeGreaterThan(5);
      expect(index.entitiesWithCounts()).toEqual(plainIndex.entitiesWithCounts());
    }
  });
});

describe('the server on a document analysed in blocks', () => {
  let root: string;
  let session: InProcessSession;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'khabar-blocks-'));
    session = await startInProcess(root, { diagnosticsDelay: 0, blockOptions: SMALL });
  });
  afterAll(() => {
    session.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves tokens, delta tokens, hover, references, inlay hints and diagnostics at the right positions', async () => {
    const uri = pathToFileURL(join(root, 'big.txt')).href;
    let text = documentText(40, { dateline: true, eol: '\r\n' });
    await session.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'arabic-news', version: 1, text },
    });
    const request = <T>(method: string, params: object) =>
      session.client.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<T>;
    const expected = (t: string) => perBlockMentions(t, null).map((m) => [m.start, m.end]);
    const full = await request<SemanticTokens>('textDocument/semanticTokens/full', {});
    expect(decodeTokenSpans(full.data, text)).toEqual(expected(text));

    // An emoji inserted before an entity in the middle, then delta tokens.
    const lines = new LineIndex(text);
    const at = text.indexOf('حلب', Math.floor(text.length / 2));
    await session.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: lines.range(at, at), text: '😀' }],
    });
    text = `${text.slice(0, at)}😀${text.slice(at)}`;
    const delta = await request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
      previousResultId: full.resultId,
    });
    const data = [...full.data];
    for (const e of [...delta.edits].sort((a, b) => b.start - a.start))
      data.splice(e.start, e.deleteCount, ...(e.data ?? []));
    expect(decodeTokenSpans(data, text)).toEqual(expected(text));

    // Hover on the name after the emoji: its range, in UTF-16, is the name's.
    const after = new LineIndex(text);
    const nameAt = at + 2;
    const hover = await request<Hover>('textDocument/hover', { position: after.positionAt(nameAt + 1) });
    expect(hover.range).toEqual(after.range(nameAt, nameAt + 3));
    expect(JSON.stringify(hover.contents)).toContain('Aleppo');

    // References: every حلب of the document, in every block.
    const refs = await request<Location[]>('textDocument/references', {
      position: after.positionAt(nameAt + 1),
      context: { includeDeclaration: true },
    });
    const mine = refs.filter((r) => r.uri === uri).map((r) => after.offsetAt(r.range.start));
    const expectedRefs = perBlockMentions(text, null)
      .filter((m) => m.kind === 'entity' && m.entityId === 'loc:sy:aleppo')
      .map((m) => m.start);
    expect(mine.sort((a, b) => a - b)).toEqual(expectedRefs);
    expect(expectedRefs.length).toBeGreaterThan(5);

    // Inlay hints in the last lines resolve against the dateline of the first block.
    const lastLine = after.lineCount - 1;
    const hints = await request<InlayHint[]>('textDocument/inlayHint', {
      range: { start: after.positionAt(text.length - 1200), end: { line: lastLine, character: 0 } },
    });
    expect(hints.map((h) => h.label)).toContain('= 2016-12-04');
    for (const h of hints) {
      const offset = after.offsetAt(h.position);
      const m = perBlockMentions(text, null).find((x) => x.end === offset);
      expect(m?.kind).toBe('temporal');
    }

    // No date diagnostics: the dateline dates every block; diagnostics stay inside the text.
    await eventually(() => expect(session.log.diagnostics.get(uri)).toBeDefined());
    for (const d of session.log.diagnostics.get(uri)!) {
      expect(d.code).not.toBe('missing-document-date');
      expect(after.offsetAt(d.range.end)).toBeLessThanOrEqual(text.length);
    }
  });
});
