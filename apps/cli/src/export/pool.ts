import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ExportResult, type ExportTask, failedResult, type WorkerSetup } from './worker.js';

/**
 * The worker script sits next to this module: worker.js in dist, worker.ts when running from sources under tsx
 * (tests, `--conditions=source`). Node 20 does not apply `--import tsx` to a worker's entry module, so a .ts
 * worker starts from a tiny bootstrap that registers tsx first.
 */
function startWorker(setup: WorkerSetup): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  const workerData = { ...setup, khabarExportWorker: true };
  if (!fromSources) return new Worker(script, { workerData });
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = (kind: string) =>
    JSON.stringify(pathToFileURL(path.join(tsxRoot, `dist/${kind}/api/index.mjs`)).href);
  // Both hooks, as `--import tsx` installs them: workspace sources are ESM, but packages exporting a `source`
  // condition may ship CommonJS-style TypeScript (extensionless relative imports).
  const bootstrap = `Promise.all([import(${api('esm')}), import(${api('cjs')})]).then(([esm, cjs]) => { esm.register(); cjs.register(); return import(${JSON.stringify(script.href)}); })`;
  const execArgv = process.execArgv.includes('--conditions=source')
    ? process.execArgv
    : [...process.execArgv, '--conditions=source'];
  return new Worker(bootstrap, { eval: true, workerData, execArgv });
}

interface Slot {
  worker: Worker;
  task: ExportTask | null;
}

/** Worker threads that export tasks; see startPool. */
export interface Pool {
  /** Runs the tasks and yields their results in task order. Call once. */
  results(tasks: Iterable<ExportTask>): AsyncGenerator<ExportResult>;
  /** Stops the workers (results does once it is done; calling again is harmless). */
  close(): Promise<void>;
}

/**
 * Starts `size` worker threads at once (they take a while to load the parser and its knowledge, which can overlap
 * with the rest of the set-up), to parse articles and yield the results in task order, whatever order they finish
 * in, so the output is the same for any number of workers. At most `size × 4` tasks are in flight or waiting to
 * be written, which keeps memory flat however large the corpus. A worker that dies fails its articles (error
 * rows) and is replaced.
 */
export function startPool(size: number, setup: WorkerSetup): Pool {
  const window = size * 4;
  let source: Iterator<ExportTask> | null = null;
  const finished = new Map<number, ExportResult>();
  const idle: Slot[] = [];
  const slots: Slot[] = [];
  let nextToYield = 0;
  let dispatched = 0;
  let exhausted = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  const dispatch = () => {
    while (source && !exhausted && idle.length > 0 && dispatched < nextToYield + window) {
      const next = source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const slot = idle.pop()!;
      slot.task = { ...next.value, seq: dispatched++ };
      slot.worker.postMessage(slot.task);
    }
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(setup), task: null };
    slot.worker.on('message', (result: ExportResult) => {
      finished.set(result.seq, result);
      slot.task = null;
      idle.push(slot);
      dispatch();
      notify();
    });
    slot.worker.on('error', (err) => {
      const lost = slot.task;
      if (lost) {
        finished.set(lost.seq, failedResult(lost, `the worker crashed: ${err.message}`, setup.formats));
      }
      slots.splice(slots.indexOf(slot), 1);
      const replacement = spawn();
      idle.push(replacement);
      dispatch();
      notify();
    });
    slots.push(slot);
    return slot;
  };

  for (let i = 0; i < size; i++) idle.push(spawn());
  const close = async () => {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  };
  return {
    async *results(tasks) {
      source = tasks[Symbol.iterator]();
      try {
        dispatch();
        while (true) {
          const result = finished.get(nextToYield);
          if (result) {
            finished.delete(nextToYield);
            nextToYield++;
            dispatch();
            yield result;
          } else if (exhausted && nextToYield === dispatched) {
            return;
          } else {
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
          }
        }
      } finally {
        // The workers are done (or the export failed): free them before the tables are closed.
        await close();
      }
    },
    close,
  };
}
