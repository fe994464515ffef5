/**
 * Benchmarks of the language server, each next to a baseline measured in the same run:
 *  1. semantic tokens for a 20 KB article, warm (parse cached), p50, over a real JSON-RPC connection
 *     — baseline: a bare `parse` of the same article, and a round trip that does no work;
 *  2. semantic tokens for a 5 MB file, cold (parse + encode) and warm — baseline: a bare `parse`;
 *  3. heap of a 10,000-article workspace index — baseline: the heap of the article texts themselves.
 * Run with `pnpm bench` (node --expose-gc). Timings are for this machine; compare the ratios.
 */
import { parse } from '@khabar/core';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { analyzeDocumentSync } from '../src/analysis.js';
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
console.log(
  `5 MB file (${(bigBytes / 1024 / 1024).toFixed(2)} MB UTF-8, ${bigMentions} mentions, ${large.tokens} tokens)`,
);
console.log(
  `  semantic tokens cold  p50 ${fmt(large.cold)} (full-text change + parse + encode; target < 500 ms)`,
);
console.log(`  semantic tokens warm  p50 ${fmt(percentile(large.warm, 50))}`);
console.log(`  baseline bare parse   p50 ${fmt(percentile(bigParse, 50))}`);
console.log(`  ratio cold tokens / bare parse: ${(large.cold / percentile(bigParse, 50)).toFixed(3)}`);
session.dispose();
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
