// Runs one export in a fresh process and prints its timing and peak RSS (worker threads included) as JSON.
// The built CLI, as users run it (workers start from dist/export/worker.js, no TypeScript loader).
import { runExport } from '../dist/export/run.js';

const cpuBefore = process.cpuUsage();

const [corpus, out, workers] = process.argv.slice(2);
const summary = await runExport({
  corpus: corpus!,
  out: out!,
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
