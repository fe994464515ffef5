import * as arrow from 'apache-arrow';
import type * as Parquet from 'parquet-wasm';
import type { Row } from '../rows.js';
import type { TableSpec } from '../schema.js';
import { arrowSchema, buffersBatch, recordBatch } from './arrow-schema.js';
import { csvChunk, UTF8_BOM } from './csv.js';
import type { ExportFormat, PreparedBatch } from './prepared.js';

export { type ExportFormat, type PreparedBatch, prepareBatch, takeBatch, transferList } from './prepared.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['arrow', 'csv', 'parquet'];
export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  arrow: 'arrow',
  csv: 'csv',
  parquet: 'parquet',
};

/** Where encoded bytes go (the CLI writes them to a file); awaited, so a slow disk slows the producer down. */
export type ChunkSink = (chunk: Uint8Array) => void | Promise<void>;

/** Rows per record batch / Parquet row group chunk: big enough to be fast, small enough to keep memory flat. */
export const DEFAULT_BATCH_ROWS = 8192;

interface FormatEncoder {
  /** CSV is written straight from the rows; the Arrow batch is built only when a binary format needs it. */
  readonly needsBatch: boolean;
  write(batch: arrow.RecordBatch | null, rows: readonly Row[]): Promise<void>;
  /** CSV only: writes the prepared CSV bytes (binary formats get the record batch made from the columns). */
  writePrepared?(batch: PreparedBatch): Promise<void>;
  close(): Promise<void>;
}

function arrowEncoder(schema: arrow.Schema, sink: ChunkSink): FormatEncoder {
  const writer = new arrow.RecordBatchFileWriter();
  writer.reset(undefined, schema);
  const drained = (async () => {
    for await (const chunk of writer) await sink(chunk);
  })();
  return {
    needsBatch: true,
    async write(batch) {
      writer.write(batch!);
    },
    async close() {
      writer.finish();
      await drained;
    },
  };
}

/**
 * parquet-wasm compiles a 5 MB WebAssembly module when it is imported: load it only once a Parquet file is
 * written, so code that only prepares batches (the export's worker threads) never pays for it.
 */
let parquetModule: Promise<typeof Parquet> | null = null;
const loadParquet = (): Promise<typeof Parquet> => {
  parquetModule ??= import('parquet-wasm');
  return parquetModule;
};

function parquetEncoder(sink: ChunkSink): FormatEncoder {
  const started = loadParquet().then((parquet) => {
    let input!: ReadableStreamDefaultController<Parquet.RecordBatch>;
    const batches = new ReadableStream<Parquet.RecordBatch>({
      start(controller) {
        input = controller;
      },
    });
    const properties = new parquet.WriterPropertiesBuilder()
      .setCompression(parquet.Compression.ZSTD)
      .setCreatedBy('khabar')
      // The Arrow schema, with every description and the offset unit, travels in the ARROW:schema key. No extra
      // key-value metadata: parquet-wasm keeps it in a hash map, whose order (and so the file bytes) varies.
      .build();
    const drained = parquet.transformParquetStream(batches, properties).then(async (output) => {
      for await (const chunk of output as unknown as AsyncIterable<Uint8Array>) await sink(chunk);
    });
    // Failures surface in close(), which awaits this; do not also report them as unhandled meanwhile.
    drained.catch(() => {});
    return { parquet, input, drained };
  });
  const append = async (ipc: Uint8Array) => {
    const { parquet, input } = await started;
    // Arrow JS and the wasm module share no memory: hand the batch over as an IPC stream, then free the
    // wasm table (its batches are reference counted), or wasm memory grows with the corpus.
    const table = parquet.Table.fromIPCStream(ipc);
    for (const wasmBatch of table.recordBatches()) input.enqueue(wasmBatch);
    table.free();
  };
  return {
    needsBatch: true,
    async write(batch) {
      await append(arrow.tableToIPC(new arrow.Table([batch!]), 'stream'));
    },
    async close() {
      const { input, drained } = await started;
      input.close();
      await drained;
    },
  };
}

function csvEncoder(spec: TableSpec, sink: ChunkSink): FormatEncoder {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await sink(UTF8_BOM);
    await sink(csvChunk(spec, [], true));
  };
  return {
    needsBatch: false,
    async write(_batch, rows) {
      await start();
      if (rows.length > 0) await sink(csvChunk(spec, rows, false));
    },
    async writePrepared(prepared) {
      await start();
      if (!prepared.csv) throw new Error('prepared batch has no CSV data');
      await sink(prepared.csv);
    },
    async close() {
      await start();
    },
  };
}

/**
 * Streams one table into any of the three formats at once: rows are buffered into batches of `batchRows`, each
 * batch is built once as Arrow and handed to every encoder. Memory stays at one batch per table.
 */
export class TableWriter {
  readonly schema: arrow.Schema;
  private readonly encoders: FormatEncoder[] = [];
  private pending: Row[] = [];
  private wroteBatch = false;
  private rowCount = 0;

  constructor(
    readonly spec: TableSpec,
    sinks: Partial<Record<ExportFormat, ChunkSink>>,
    private readonly batchRows = DEFAULT_BATCH_ROWS,
  ) {
    this.schema = arrowSchema(spec);
    if (sinks.arrow) this.encoders.push(arrowEncoder(this.schema, sinks.arrow));
    if (sinks.parquet) this.encoders.push(parquetEncoder(sinks.parquet));
    if (sinks.csv) this.encoders.push(csvEncoder(spec, sinks.csv));
  }

  get rows(): number {
    return this.rowCount;
  }

  async write(rows: readonly Row[]): Promise<void> {
    for (const row of rows) this.pending.push(row);
    this.rowCount += rows.length;
    while (this.pending.length >= this.batchRows) {
      await this.flush(this.pending.splice(0, this.batchRows));
    }
  }

  /** Appends a batch encoded elsewhere (see prepareBatch), after any rows still buffered. */
  async writePrepared(prepared: PreparedBatch): Promise<void> {
    if (prepared.rows === 0) return;
    if (this.pending.length > 0) await this.flush(this.pending.splice(0));
    this.rowCount += prepared.rows;
    this.wroteBatch = true;
    let batch: arrow.RecordBatch | null = null;
    if (this.encoders.some((e) => e.needsBatch)) {
      if (!prepared.columns) throw new Error('prepared batch has no Arrow data');
      batch = buffersBatch(this.schema, this.spec, prepared.columns, prepared.rows);
    }
    for (const encoder of this.encoders) {
      if (encoder.writePrepared) await encoder.writePrepared(prepared);
      else await encoder.write(batch, []);
    }
  }

  /** Writes what is buffered and the file trailers. An empty table still gets its schema (one empty batch). */
  async close(): Promise<void> {
    if (this.pending.length > 0 || !this.wroteBatch) await this.flush(this.pending);
    this.pending = [];
    for (const encoder of this.encoders) await encoder.close();
  }

  private async flush(rows: readonly Row[]): Promise<void> {
    this.wroteBatch = true;
    const batch = this.encoders.some((e) => e.needsBatch) ? recordBatch(this.schema, this.spec, rows) : null;
    for (const encoder of this.encoders) await encoder.write(batch, rows);
  }
}

/** Encodes a whole table in memory (for small tables and tests). */
export async function encodeTable(
  spec: TableSpec,
  rows: readonly Row[],
  format: ExportFormat,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const writer = new TableWriter(spec, { [format]: (chunk: Uint8Array) => void chunks.push(chunk.slice()) });
  await writer.write(rows);
  await writer.close();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
