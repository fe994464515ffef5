import * as arrow from 'apache-arrow';
import type * as Parquet from 'parquet-wasm';
import type { Row } from '../rows.js';
import type { TableSpec } from '../schema.js';
import { arrowSchema, columnsBatch, recordBatch } from './arrow-schema.js';
import { BatchBuilder } from './builder.js';
import { csvBytes, csvChunk, UTF8_BOM } from './csv.js';

export type ExportFormat = 'arrow' | 'csv' | 'parquet';
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

/**
 * A batch of rows already encoded, typically in a worker thread: an Arrow IPC stream holding one record batch
 * (for the Arrow and Parquet files) and CSV lines without a header. Plain bytes, so it crosses threads by transfer.
 */
export interface PreparedBatch {
  readonly rows: number;
  readonly ipc: Uint8Array | null;
  readonly csv: Uint8Array | null;
}

const schemas = new WeakMap<TableSpec, arrow.Schema>();
const schemaOf = (spec: TableSpec): arrow.Schema => {
  const known = schemas.get(spec);
  if (known) return known;
  const schema = arrowSchema(spec);
  schemas.set(spec, schema);
  return schema;
};

/** Encodes rows for `TableWriter.writePrepared`, only in the formats asked for. */
export function prepareBatch(
  spec: TableSpec,
  rows: readonly Row[],
  formats: readonly ExportFormat[],
): PreparedBatch {
  const builder = new BatchBuilder(spec);
  builder.add(rows);
  return takeBatch(builder, formats);
}

/**
 * Encodes the rows a BatchBuilder holds for `TableWriter.writePrepared`, then empties the builder. Text columns
 * are UTF-8 already: the Arrow batch holds those bytes and the CSV copies cells from them.
 */
export function takeBatch(builder: BatchBuilder, formats: readonly ExportFormat[]): PreparedBatch {
  const { spec, rows } = builder;
  try {
    const binary = rows > 0 && (formats.includes('arrow') || formats.includes('parquet'));
    const text = rows > 0 && formats.includes('csv');
    if (!binary && !text) return { rows, ipc: null, csv: null };
    const { values, texts } = builder.columns();
    let ipc = binary
      ? arrow.tableToIPC(new arrow.Table([columnsBatch(schemaOf(spec), spec, values, rows, texts)]), 'stream')
      : null;
    // The stream (schema, batch, end marker) is always a new buffer; were it ever one of the builder's, which
    // are reused, copy it.
    if (ipc && texts.some((t) => t !== null && ipc!.buffer === t.data.buffer)) ipc = ipc.slice();
    return { rows, ipc, csv: text ? csvBytes(spec, values, texts, rows) : null };
  } finally {
    builder.reset();
  }
}

interface FormatEncoder {
  /** CSV is written straight from the rows; the Arrow batch is built only when a binary format needs it. */
  readonly needsBatch: boolean;
  write(batch: arrow.RecordBatch | null, rows: readonly Row[]): Promise<void>;
  writePrepared(batch: PreparedBatch): Promise<void>;
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
    async writePrepared(prepared) {
      if (!prepared.ipc) throw new Error('prepared batch has no Arrow data');
      for (const batch of arrow.tableFromIPC(prepared.ipc).batches)
        writer.write(new arrow.RecordBatch(schema, batch.data));
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
    async writePrepared(prepared) {
      if (!prepared.ipc) throw new Error('prepared batch has no Arrow data');
      await append(prepared.ipc);
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
    for (const encoder of this.encoders) await encoder.writePrepared(prepared);
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
