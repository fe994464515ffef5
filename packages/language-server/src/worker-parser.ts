import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntityRecord, ParsedDocument } from '@khabar/core';
import type { ServerDocument } from './blocks.js';
import { type PackedMentions, unpackMentions } from './mention-packing.js';
import { type DocumentParser, emptyDocument, InThreadParser, type ParseFunction } from './parser.js';
import { PARSE_WORKER_ROLE, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

interface Pending {
  readonly text: string;
  readonly documentDate: string | null;
  readonly resolve: (document: ParsedDocument) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The worker script beside this module, with this module's extension (.ts from sources, .js when built). Any
 * module that imports parse-worker (the bin does) can serve as the script too: see ServerOptions.workerScript.
 */
export function parseWorkerScript(): URL | null {
  try {
    const here = new URL(import.meta.url);
    const extension = /\.[cm]?[jt]s$/.exec(here.pathname)?.[0] ?? '.js';
    const script = new URL(`./parse-worker${extension}`, here);
    return existsSync(script) ? script : null;
  } catch {
    return null;
  }
}

/**
 * Starts the worker. From sources (tests, `--conditions=source`) the script is TypeScript, and Node 20 does not
 * apply `--import tsx` to a worker's entry module: a two-line bootstrap registers tsx's hooks first.
 */
function startWorker(script: URL): Worker {
  const workerData = { role: PARSE_WORKER_ROLE };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = (kind: string) =>
    JSON.stringify(pathToFileURL(join(tsxRoot, `dist/${kind}/api/index.mjs`)).href);
  const bootstrap = `Promise.all([import(${api('esm')}), import(${api('cjs')})]).then(([esm, cjs]) => { esm.register(); cjs.register(); return import(${JSON.stringify(script.href)}); })`;
  const execArgv = process.execArgv.includes('--conditions=source')
    ? process.execArgv
    : [...process.execArgv, '--conditions=source'];
  return new Worker(bootstrap, { eval: true, execArgv, workerData });
}

/**
 * Parses in one worker thread, in order, so the server's event loop stays free while a long file is parsed.
 * A parse that runs past `timeoutMs` (a core bug on some input) costs the worker, not the server: the worker is
 * replaced and that document gets no mentions. If no worker can start, parsing happens in this thread.
 */
export class WorkerParser implements DocumentParser {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private lexicon: readonly EntityRecord[] = [];
  private fallback: InThreadParser | null = null;
  private failures = 0;

  constructor(
    private readonly script: URL,
    private readonly fallbackParse: ParseFunction,
    private readonly timeoutMs = 60_000,
  ) {}

  parse(text: string, documentDate: string | null): Promise<ParsedDocument> {
    if (this.fallback) return this.fallback.parse(text, documentDate);
    const worker = this.ensureWorker();
    if (!worker) return this.parse(text, documentDate);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.abandon(id), this.timeoutMs);
      this.pending.set(id, { text, documentDate, resolve, timer });
      worker.postMessage({ type: 'parse', id, text, documentDate } satisfies WorkerRequest);
    });
  }

  setLexicon(entries: readonly EntityRecord[]): void {
    this.lexicon = entries;
    this.fallback?.setLexicon(entries);
    this.worker?.postMessage({ type: 'lexicon', entries } satisfies WorkerRequest);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = startWorker(this.script);
      worker.unref();
      worker.on('message', (message: WorkerResponse) =>
        this.settle(message.id, message.document, message.packed ?? null),
      );
      worker.on('error', () => this.replaceWorker(worker));
      worker.on('exit', () => this.replaceWorker(worker));
      worker.postMessage({ type: 'lexicon', entries: this.lexicon } satisfies WorkerRequest);
      this.worker = worker;
      return worker;
    } catch {
      this.fallback = new InThreadParser(this.fallbackParse);
      this.fallback.setLexicon(this.lexicon);
      return null;
    }
  }

  private settle(
    id: number,
    document: Omit<ServerDocument, 'text'> | null,
    packed: PackedMentions | null = null,
  ): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (!document) {
      pending.resolve(emptyDocument(pending.text));
      return;
    }
    const mentions = packed ? unpackMentions(packed, pending.text) : document.mentions;
    pending.resolve({ ...document, mentions, text: pending.text });
  }

  /** A parse took too long: give up on it and on the worker running it; queued parses go to a new worker. */
  private abandon(id: number): void {
    const worker = this.worker;
    this.settle(id, null);
    if (worker) this.replaceWorker(worker);
  }

  private replaceWorker(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    const queued = [...this.pending.values()];
    this.pending.clear();
    for (const p of queued) clearTimeout(p.timer);
    // A worker that keeps failing (e.g. its script cannot load here) is given up for parsing in this thread.
    if (++this.failures >= 3) {
      this.fallback = new InThreadParser(this.fallbackParse);
      this.fallback.setLexicon(this.lexicon);
    }
    // What was waiting behind the failed parse goes to a fresh worker (or to this thread).
    for (const p of queued) void this.parse(p.text, p.documentDate).then(p.resolve);
  }
}
