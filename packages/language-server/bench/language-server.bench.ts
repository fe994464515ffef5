/**
 * Benchmarks of the language server, each next to a baseline measured in the same run:
 *  1. semantic tokens for a 20 KB article, warm (parse cached), p50, over a real JSON-RPC connection
 *     — baseline: a bare `parse` of the same article, and a round trip that does no work;
 *  2. semantic tokens for a 5 MB file (analysed in blocks): first open, after a full-text change, after a
 *     one-character edit at several places (as a client sends it: an incremental change, then a tokens request),
 *     and warm, with the parse in this thread and in a worker thread — baseline: a bare `parse` of the file;
 *  3. heap of a 10,000-article workspace index — baseline: the heap of the article texts themselves.
 * Run with `pnpm bench` (node --expose-gc). Timings are for this machine; compare the ratios.
 */
import { parse } from '@khabar/core';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { analyzeDocumentSync } from '../src/analysis.js';
import { DEFAULT_BLOCK_OPTIONS } from '../src/blocks.js';
import { LineIndex } from '../src/line-index.js';
import { packedBuffers, packMentions, unpackMentions } from '../src/mention-packing.js';
import { WorkspaceIndex } from '../src/workspace-index.js';
import { startInProcess } from '../test/lsp-client.js';
import { articleGenerator } from './synthetic-articles.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (pnpm bench does)');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const generate = articleGenerator(42);

// The session's workspace folder is empty: we only want the document pipeline here.
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const folder = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
const session = await startInProcess(folder, {}, () => ({ maxFileSize: 16 * 1024 * 1024 }));
await session.server.whenIndexed();

/** Opens `text`, then times cold requests (each after a full-text change, so the parse is redone) and warm ones. */
async function openAndTime(name: string, text: string, coldRuns: number, warmRuns: number) {
  const uri = `file://${folder}/${name}`;
  let version = 1;
  await session.client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'arabic-news', version, text },
  });
  const request = () =>
    session.client.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri },
    }) as Promise<SemanticTokens>;
  const first = await request();
  const cold = await timeAsync(coldRuns, async () => {
    await session.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text }],
    });
    await request();
  });
  const warm = await timeAsync(warmRuns, request);
  return { cold: percentile(cold, 50), warm, tokens: first.data.length / 5 };
}

// 1. A 20 KB article.
const article = generate(20 * 1024);
parse(article); // warm the JIT and the knowledge
const bareParse = await timeAsync(50, async () => parse(article, { documentDate: '2016-12-05' }));
const noop = await timeAsync(200, () =>
  session.client.sendRequest('textDocument/semanticTokens/full', {
    textDocument: { uri: 'file:///not-open.txt' },
  }),
);
const small = await openAndTime('article.txt', article, 20, 200);
console.log(`20 KB article (${(article.length / 1024).toFixed(1)}K chars, ${small.tokens} tokens)`);
console.log(`  semantic tokens cold  p50 ${fmt(small.cold)} (after a full-text change: parse + encode)`);
console.log(
  `  semantic tokens warm  p50 ${fmt(percentile(small.warm, 50))}  p95 ${fmt(percentile(small.warm, 95))}  (target < 5 ms)`,
);
console.log(
  `  baseline bare parse   p50 ${fmt(percentile(bareParse, 50))}   empty round trip p50 ${fmt(percentile(noop, 50))}`,
);
console.log(
  `  ratio warm tokens / bare parse: ${(percentile(small.warm, 50) / percentile(bareParse, 50)).toFixed(3)}`,
);

// 2. A 5 MB file.
let big = '';
while (Buffer.byteLength(big) < 5 * 1024 * 1024) big += generate(256 * 1024);
const bigBytes = Buffer.byteLength(big);
const bigParse = await timeAsync(3, async () => parse(big, { documentDate: '2016-12-05' }));
const bigMentions = parse(big, { documentDate: '2016-12-05' }).mentions.length;
const large = await openAndTime('big.txt', big, 3, 10);
session.dispose();

/** First open, then one-character edits at `EDITS` places (incremental changes), each followed by a tokens request. */
const EDITS = 9;
async function openAndEdit(label: string, inWorker: boolean, blocks = true) {
  const blockOptions = blocks ? undefined : { ...DEFAULT_BLOCK_OPTIONS, threshold: Number.POSITIVE_INFINITY };
  const s = await startInProcess(folder, { parseInWorker: inWorker, blockOptions }, () => ({
    maxFileSize: 16 * 1024 * 1024,
  }));
  await s.server.whenIndexed();
  const tokens = (uri: string) =>
    s.client.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri },
    }) as Promise<SemanticTokens>;
  // Warm the worker (or this thread) on a small file first, as an editor session would have.
  const warmUri = `file://${folder}/warm-${label}.txt`;
  await s.client.sendNotification('textDocument/didOpen', {
    textDocument: { uri: warmUri, languageId: 'arabic-news', version: 1, text: article },
  });
  await tokens(warmUri);
  const opens: number[] = [];
  let uri = '';
  for (let run = 0; run < 3; run++) {
    uri = `file://${folder}/big-${label}-${run}.txt`;
    const start = performance.now();
    await s.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'arabic-news', version: 1, text: big },
    });
    await tokens(uri);
    opens.push(performance.now() - start);
  }
  let text = big;
  let version = 1;
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(((i + 1) / (EDITS + 1)) * text.length);
    const position = new LineIndex(text).positionAt(at);
    const start = performance.now();
    await s.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: position, end: position }, text: 'ب' }],
    });
    await tokens(uri);
    edits.push(performance.now() - start);
    text = `${text.slice(0, at)}ب${text.slice(at)}`;
  }
  s.dispose();
  return { open: percentile(opens, 50), edit: percentile(edits, 50), editMax: Math.max(...edits) };
}
const inThread = await openAndEdit('thread', false);
const inWorker = await openAndEdit('worker', true);
const wholeParse = await openAndEdit('whole', false, false); // block mode off: the server as it was
const bare = percentile(bigParse, 50);
console.log(
  `5 MB file (${(bigBytes / 1024 / 1024).toFixed(2)} MB UTF-8, ${bigMentions} mentions, ${large.tokens} tokens)`,
);
console.log(`  baseline bare parse   p50 ${fmt(bare)}`);
const row = (name: string, ms: number) =>
  console.log(`  ${name.padEnd(46)} ${fmt(ms).padStart(10)}  ratio to bare parse ${(ms / bare).toFixed(3)}`);
row('tokens after a one-character edit, p50 (thread)', inThread.edit);
row('tokens after a one-character edit, p50 (worker)', inWorker.edit);
row('  same, block mode off (whole-document parse)', wholeParse.edit);
row('  slowest of the edits (thread)', inThread.editMax);
row('  slowest of the edits (worker)', inWorker.editMax);
row('first open + tokens, p50 (thread)', inThread.open);
row('first open + tokens, p50 (worker)', inWorker.open);
row('  same, block mode off (thread)', wholeParse.open);
row('tokens after a full-text change, p50 (thread)', large.cold);
row('tokens warm, p50', percentile(large.warm, 50));
// The worker's reply: one structured-cloned object per mention (before) against packed mentions (now).
const allMentions = parse(big, { documentDate: '2016-12-05' }).mentions;
const cloned = await timeAsync(3, async () => structuredClone(allMentions));
const packedTrip = await timeAsync(3, async () => {
  const packed = packMentions(allMentions)!;
  unpackMentions(structuredClone(packed, { transfer: packedBuffers(packed) }), big);
});
row('mentions worker → server, structured clone', percentile(cloned, 50));
row('mentions worker → server, packed (pack+unpack)', percentile(packedTrip, 50));
console.log('  (target: after an edit < 500 ms)');
rmSync(folder, { recursive: true, force: true });

// 3. A 10,000-article workspace index.
const ARTICLES = 10_000;
const articles: string[] = [];
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < ARTICLES; i++) articles.push(generate(2000 + Math.floor((i % 7) * 500)));
gc();
const textsHeap = process.memoryUsage().heapUsed - before;
const index = new WorkspaceIndex();
const indexStart = performance.now();
for (let i = 0; i < ARTICLES; i++) {
  const analysis = analyzeDocumentSync(
    {
      uri: `file:///corpus/${String(i).padStart(5, '0')}.txt`,
      version: 0,
      text: articles[i]!,
      manifestDate: null,
    },
    parse,
    undefined,
    2 * 1024 * 1024,
  );
  index.set(analysis.uri, analysis.parsed, analysis.lines);
}
const indexSeconds = (performance.now() - indexStart) / 1000;
gc();
const withIndex = process.memoryUsage().heapUsed - before;
const indexHeap = withIndex - textsHeap;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const totalChars = articles.reduce((n, a) => n + a.length, 0);
console.log(
  `Workspace index of ${ARTICLES} articles (${(totalChars / 1e6).toFixed(1)}M chars), built in ${indexSeconds.toFixed(1)} s`,
);
console.log(
  `  index heap            ${mb(indexHeap)} (target < 500 MB); ${index.entitiesWithCounts().length} entities`,
);
console.log(`  baseline texts heap   ${mb(textsHeap)}`);
console.log(`  ratio index / texts: ${(indexHeap / textsHeap).toFixed(3)}`);
