import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Mention, parse } from '@khabar/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import type {
  Hover,
  InitializeResult,
  InlayHint,
  Location,
  SemanticTokens,
  SemanticTokensDelta,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { SEMANTIC_TOKEN_TYPES } from '../src/legend.js';
import { LineIndex } from '../src/line-index.js';
import { attachClientHandlers, CLIENT_CAPABILITIES, type ClientLog, eventually } from './lsp-client.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const DCT = '2016-12-05';

// Our own sentences. An emoji with a skin-tone modifier (4 UTF-16 units), a combining acute and Arabic harakat
// (combining marks) stand before the entities, so any code-point/UTF-16 confusion would shift every position.
const ARTICLE_A = '👍🏽 خبر عاجل e\u0301\nقَصَفَتِ الطائرات مدينة حلب أمس، وقال مصدر إن الغارات استمرت.\n';
/** An Arabic folder and file name with a space: URIs carry them percent-encoded. */
const NAME_B = 'أخبار حلب/ب 1.txt';
const ARTICLE_B = 'في 4 كانون الأول 2016 وصلت قوات إلى حلب.\n';

/** Decoded tokens as [start, end) offsets with labels; a token split at a line break is joined again. */
function decode(data: readonly number[], text: string) {
  const lines = new LineIndex(text);
  const spans: { start: number; end: number; label: string }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    const start = lines.offsetAt({ line, character });
    spans.push({ start, end: start + data[i + 2]!, label: SEMANTIC_TOKEN_TYPES[data[i + 3]!]!.label });
  }
  return spans;
}

const asSpans = (mentions: readonly Mention[]) =>
  mentions.map(({ start, end, label }) => ({ start, end, label }));

function applyDelta(previous: number[], delta: SemanticTokensDelta): number[] {
  const out = [...previous];
  for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) {
    out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  }
  return out;
}

describe('a real LSP conversation over stdio', () => {
  let root: string;
  let child: ChildProcess;
  let client: MessageConnection;
  let log: ClientLog;
  let text = ARTICLE_A;
  let uriA: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'khabar-stdio-'));
    writeFileSync(join(root, 'manifest.csv'), `path,date\na.txt,${DCT}\n${NAME_B},${DCT}\n`);
    writeFileSync(join(root, 'a.txt'), ARTICLE_A);
    mkdirSync(join(root, 'أخبار حلب'));
    writeFileSync(join(root, NAME_B), ARTICLE_B);
    uriA = pathToFileURL(join(root, 'a.txt')).href;
    child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'packages/language-server/src/bin.ts', '--stdio'],
      { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    client = createMessageConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    log = attachClientHandlers(client, () => ({}));
    client.listen();
  }, 30_000);

  afterAll(() => {
    client?.dispose();
    if (child && child.exitCode === null) child.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('initializes, indexes the workspace with progress and opens a document', async () => {
    const result = (await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'corpus' }],
      capabilities: CLIENT_CAPABILITIES,
    })) as InitializeResult;
    expect(result.capabilities.positionEncoding).toBe('utf-16');
    expect(result.capabilities.semanticTokensProvider?.full).toEqual({ delta: true });
    await client.sendNotification('initialized', {});
    await eventually(
      () => expect(log.progress.map((p) => (p as { value: { kind: string } }).value.kind).at(-1)).toBe('end'),
      20_000,
    );
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriA, languageId: 'arabic-news', version: 1, text },
    });
  }, 30_000);

  let tokens: SemanticTokens;
  it('sends semantic tokens that decode to exactly the core’s mentions', async () => {
    tokens = (await client.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: uriA },
    })) as SemanticTokens;
    const expected = asSpans(parse(text, { documentDate: DCT }).mentions);
    expect(decode(tokens.data, text)).toEqual(expected);
    const yesterday = text.indexOf('أمس');
    expect(expected).toContainEqual({ start: yesterday, end: yesterday + 3, label: 'DATE' });
  });

  it('finds the place «حلب» with the real core', () => {
    const aleppo = text.indexOf('حلب');
    expect(decode(tokens.data, text)).toContainEqual({ start: aleppo, end: aleppo + 3, label: 'LOC' });
  });

  it('hovers a relative date with its value and the document date’s source', async () => {
    const position = new LineIndex(text).positionAt(text.indexOf('أمس') + 1);
    const hover = (await client.sendRequest('textDocument/hover', {
      textDocument: { uri: uriA },
      position,
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('`2016-12-04`');
    expect(value).toContain(`Document date: ${DCT}, from manifest.csv (line 2)`);
  });

  it('hovers the place with its names, coordinates, country and counts', async () => {
    const position = new LineIndex(text).positionAt(text.indexOf('حلب') + 1);
    const hover = (await client.sendRequest('textDocument/hover', {
      textDocument: { uri: uriA },
      position,
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('**Place** «حلب»');
    expect(value).toContain('Aleppo');
    expect(value).toMatch(/Coordinates: \d+\.\d+°N \d+\.\d+°E/);
    expect(value).toContain('Country: SY');
    expect(value).toContain('1 in this document, 2 in the workspace (2 files)');
  });

  it('finds the place across the workspace by its English name', async () => {
    const symbols = (await client.sendRequest('workspace/symbol', { query: 'aleppo' })) as WorkspaceSymbol[];
    expect(symbols.map((s) => s.name)).toContain('حلب (Aleppo)');
  });

  it('shows the resolved date as an inlay hint after «أمس»', async () => {
    const hints = (await client.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: uriA },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    })) as InlayHint[];
    const end = new LineIndex(text).positionAt(text.indexOf('أمس') + 3);
    expect(hints).toContainEqual(expect.objectContaining({ position: end, label: '= 2016-12-04' }));
  });

  it('applies incremental edits and answers with deltas that rebuild the right tokens', async () => {
    // Insert an emoji and a word at the start of line 1, then delete «مدينة » before the place name.
    const insert = '🇸🇾 عاجل: ';
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriA, version: 2 },
      contentChanges: [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: insert },
      ],
    });
    const lineStart = text.indexOf('\n') + 1;
    text = text.slice(0, lineStart) + insert + text.slice(lineStart);
    const cityAt = text.indexOf('مدينة ');
    const from = new LineIndex(text).positionAt(cityAt);
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriA, version: 3 },
      contentChanges: [
        { range: { start: from, end: { line: from.line, character: from.character + 6 } }, text: '' },
      ],
    });
    text = text.slice(0, cityAt) + text.slice(cityAt + 6);
    const delta = (await client.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: uriA },
      previousResultId: tokens.resultId,
    })) as SemanticTokensDelta;
    expect(delta.edits).toBeDefined();
    expect(decode(applyDelta(tokens.data, delta), text)).toEqual(
      asSpans(parse(text, { documentDate: DCT }).mentions),
    );
  });

  it('finds references to the same date across the workspace', async () => {
    const position = new LineIndex(text).positionAt(text.indexOf('أمس') + 1);
    const refs = (await client.sendRequest('textDocument/references', {
      textDocument: { uri: uriA },
      position,
      context: { includeDeclaration: true },
    })) as Location[];
    // «أمس» on 2016-12-05 and «4 كانون الأول 2016» in the other article are the same day.
    const uriB = pathToFileURL(join(root, NAME_B)).href;
    expect(refs.map((r) => r.uri).sort()).toEqual([uriA, uriB].sort());
    expect(refs.find((r) => r.uri === uriB)!.range.start).toEqual({ line: 0, character: 3 });
  });

  it('finds references to the same place across the workspace, at positions that survived the edits', async () => {
    const lines = new LineIndex(text);
    const refs = (await client.sendRequest('textDocument/references', {
      textDocument: { uri: uriA },
      position: lines.positionAt(text.indexOf('حلب') + 1),
      context: { includeDeclaration: true },
    })) as Location[];
    const uriB = pathToFileURL(join(root, NAME_B)).href;
    // Locations come file by file in URI order; the percent-encoded Arabic folder sorts first.
    expect(refs).toEqual([
      {
        uri: uriB,
        range: new LineIndex(ARTICLE_B).range(ARTICLE_B.indexOf('حلب'), ARTICLE_B.indexOf('حلب') + 3),
      },
      { uri: uriA, range: lines.range(text.indexOf('حلب'), text.indexOf('حلب') + 3) },
    ]);
  });

  it('answers a hover while a long file is being parsed (parsing happens in a worker thread)', async () => {
    const longUri = pathToFileURL(join(root, 'long.txt')).href;
    const long = 'قصفت الطائرات حلب أمس وقال مصدر إن القوات دخلت دمشق صباح الأحد. '.repeat(12_000);
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: longUri, languageId: 'arabic-news', version: 1, text: long },
    });
    const order: string[] = [];
    const longTokens = client
      .sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: longUri } })
      .then(() => order.push('long file tokens'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const position = new LineIndex(text).positionAt(text.indexOf('حلب') + 1);
    const hover = client
      .sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position })
      .then(() => order.push('hover'));
    await Promise.all([longTokens, hover]);
    expect(order).toEqual(['hover', 'long file tokens']);
  }, 30_000);

  it('shuts down and exits cleanly', async () => {
    expect(await client.sendRequest('shutdown')).toBeNull();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
