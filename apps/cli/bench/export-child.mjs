// Runs one export in a fresh process and prints its timing and peak RSS (worker threads included) as JSON.
// The built CLI, as users run it: plain JavaScript started without a TypeScript loader, so the workers (which
// inherit the process's execArgv) start from dist/export/worker.js with no loader either.
import { runExport } from '../dist/export/run.js';

const cpuBefore = process.cpuUsage();

const [corpus, out, workers] = process.argv.slice(2);
const summary = await runExport({
  corpus,
  out,
  formats: ['arrow', 'csv', 'parquet'],
  manifest: null,
  workers: Number(workers),
  lexicon: null,
  progress: false,
});
process.stdout.write(
  `${JSON.stringify({
    ...summary,
    failed: summary.failed.length,
    warnings: summary.warnings.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (() => {
      const u = process.cpuUsage(cpuBefore);
      return (u.user + u.system) / 1e6;
    })(),
  })}\n`,
);
