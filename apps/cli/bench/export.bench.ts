/**
 * `pnpm bench` for khabar export. Generates synthetic corpora, then measures in the same run:
 *  - the baseline: reading and UTF-8 decoding the same files (the least any exporter must do), in MB/s;
 *  - the end-to-end export (parse, tables, Arrow + Parquet + CSV) on 2 workers, in MB/s and as a ratio to it;
 *  - peak RSS of the export for a 1× and a 10× corpus, and their ratio (memory should stay flat).
 * Sizes: KHABAR_BENCH_MB (default 4) for 1×; KHABAR_BENCH_HUGE=1 adds a 200 MB run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const baseMB = Number(process.env.KHABAR_BENCH_MB ?? 4);
const root = mkdtempSync(path.join(tmpdir(), 'khabar-bench-'));

function listTxt(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name));
}

function baseline(dir: string): number {
  const started = performance.now();
  let bytes = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of listTxt(dir)) {
    const data = readFileSync(file);
    bytes += decoder.decode(data).length > 0 ? data.length : 0;
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

interface Run {
  bytes: number;
  seconds: number;
  mentions: number;
  failed: number;
  maxRssMB: number;
  cpuSeconds: number;
}

function exportRun(dir: string, workers: number): Run {
  const out = path.join(root, `out-${path.basename(dir)}`);
  const json = execFileSync(
    process.execPath,
    [path.join(here, 'export-child.mjs'), dir, out, String(workers)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const outBytes = readdirSync(out).reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
  rmSync(out, { recursive: true, force: true });
  const run = JSON.parse(json.trim().split('\n').at(-1)!) as Run;
  console.log(`  output ${(outBytes / 1e6).toFixed(1)} MB for ${run.mentions} mentions`);
  return run;
}

try {
  const sizes: [string, number][] = [
    ['1x', baseMB],
    ['10x', baseMB * 10],
  ];
  if (process.env.KHABAR_BENCH_HUGE === '1') sizes.push(['huge', 200]);
  const results: Record<string, Run> = {};
  for (const [label, mb] of sizes) {
    const dir = path.join(root, label);
    const { files, bytes } = generateCorpus(dir, mb);
    console.log(`${label}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
    const base = baseline(dir);
    const run = exportRun(dir, 2);
    const mbps = run.bytes / 1e6 / run.seconds;
    results[label] = run;
    console.log(
      `  baseline read+decode ${base.toFixed(1)} MB/s | export ${mbps.toFixed(2)} MB/s on 2 workers ` +
        `(${((mbps / base) * 100).toFixed(2)}% of baseline, target ≥ 5 MB/s) | ${(run.bytes / 1e6 / run.cpuSeconds).toFixed(2)} MB ` +
        `per CPU-second (all threads; steadier than wall time on a busy machine) | peak RSS ${run.maxRssMB.toFixed(0)} MB` +
        (run.failed ? ` | ${run.failed} failed` : ''),
    );
    rmSync(dir, { recursive: true, force: true });
  }
  const growth = results['10x']!.maxRssMB / results['1x']!.maxRssMB;
  console.log(`peak RSS 10x / 1x = ${growth.toFixed(2)} (target < 1.5)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
