/**
 * `pnpm bench` for the table encoders, apart from the parser: 200,000 synthetic mention rows written to Arrow IPC,
 * Parquet and CSV through TableWriter (rows → prepareBatch in 8,192-row batches, as the workers do, then the
 * writer), against a baseline measured in the same run: JSON.stringify + UTF-8 encoding of the same rows.
 */
import { MENTIONS_SPEC, prepareBatch, type Row, TableWriter } from '../src/index.js';

const ROWS = Number(process.env.KHABAR_BENCH_ROWS ?? 200_000);
const WORDS = [
  'حلب',
  'دمشق',
  'سيرغي لافروف',
  'الأمم المتحدة',
  'أمس',
  'الأسبوع الماضي',
  'قوات سوريا الديمقراطية',
];
const rows: Row[] = Array.from({ length: ROWS }, (_, i) => {
  const text = WORDS[i % WORDS.length]!;
  const entity = i % 3 !== 0;
  return {
    doc_id: `2016/${String(i >> 6).padStart(6, '0')}.txt`,
    mention_id: i & 63,
    start: i % 5000,
    end: (i % 5000) + text.length,
    line: 1 + (i % 40),
    column: 1 + (i % 80),
    sentence: i % 30,
    text,
    label: entity ? 'LOC' : 'DATE',
    entity_id: entity ? `loc:${i % 500}` : null,
    canonical: entity ? text : null,
    canonical_en: entity ? 'Aleppo' : null,
    value: entity ? null : '2016-12-05',
    mod: null,
    source: entity ? 'lexicon' : 'rule',
    confidence: 0.85,
    context: `قال المتحدث إن ${text} شهدت اشتباكات عنيفة صباح اليوم بين القوات الحكومية وفصائل المعارضة.`,
  };
});

function time(run: () => void | Promise<void>): Promise<number> {
  const started = performance.now();
  return Promise.resolve(run()).then(() => (performance.now() - started) / 1000);
}

const encoder = new TextEncoder();
let baselineBytes = 0;
const baseline = await time(() => {
  for (let i = 0; i < rows.length; i += 8192)
    baselineBytes += encoder.encode(JSON.stringify(rows.slice(i, i + 8192))).length;
});
const formats = ['arrow', 'parquet', 'csv'] as const;
const batches: ReturnType<typeof prepareBatch>[] = [];
// In an export, prepareBatch runs in the worker threads and the writer on the main thread: time them apart.
const prepare = await time(() => {
  for (let i = 0; i < rows.length; i += 8192)
    batches.push(prepareBatch(MENTIONS_SPEC, rows.slice(i, i + 8192), formats));
});
let written = 0;
const write = await time(async () => {
  const sink = (chunk: Uint8Array) => {
    written += chunk.byteLength;
  };
  const writer = new TableWriter(MENTIONS_SPEC, { arrow: sink, parquet: sink, csv: sink });
  for (const batch of batches) await writer.writePrepared(batch);
  await writer.close();
});
const rate = (seconds: number) => `${Math.round(ROWS / seconds / 1000)}k rows/s`;
console.log(`baseline JSON.stringify + UTF-8: ${rate(baseline)} (${(baselineBytes / 1e6).toFixed(0)} MB)`);
console.log(
  `prepareBatch (Arrow column buffers + CSV bytes, worker side): ${rate(prepare)}, ${(baseline / prepare).toFixed(2)}× the baseline's speed`,
);
console.log(
  `TableWriter (Arrow file + Parquet + CSV, main thread): ${rate(write)} (${(written / 1e6).toFixed(0)} MB), ${(baseline / write).toFixed(2)}× the baseline's speed`,
);
