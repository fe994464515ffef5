import type { Row } from '../rows.js';
import type { TableSpec } from '../schema.js';
import { BatchBuilder } from './builder.js';
import type { ColumnBuffers } from './columns.js';
import { csvBytes } from './csv.js';

export type ExportFormat = 'arrow' | 'csv' | 'parquet';

/**
 * A batch of rows already encoded, typically in a worker thread: every column's buffers in Arrow's layout (for
 * the Arrow and Parquet files; the main thread wraps them in a record batch) and CSV lines without a header.
 * Plain typed arrays, each with a buffer of its own, so the batch crosses threads by transfer (see transferList).
 * Nothing here loads apache-arrow.
 */
export interface PreparedBatch {
  readonly rows: number;
  readonly columns: readonly ColumnBuffers[] | null;
  readonly csv: Uint8Array | null;
}

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
 * are UTF-8 already: the Arrow columns get copies of those bytes (the builder reuses its buffers) and the CSV
 * copies cells from them.
 */
export function takeBatch(builder: BatchBuilder, formats: readonly ExportFormat[]): PreparedBatch {
  const { spec, rows } = builder;
  try {
    const binary = rows > 0 && (formats.includes('arrow') || formats.includes('parquet'));
    const text = rows > 0 && formats.includes('csv');
    if (!binary && !text) return { rows, columns: null, csv: null };
    const { values, texts } = builder.columns();
    const csv = text ? csvBytes(spec, values, texts, rows) : null;
    if (!binary) return { rows, columns: null, csv };
    // Text columns are views of the builder's buffers: copy them; the other columns are new arrays already.
    const columns = builder.buffers().map(
      (b): ColumnBuffers =>
        b.offsets
          ? {
              data: b.data.slice(),
              offsets: b.offsets.slice(),
              bitmap: b.bitmap?.slice() ?? null,
              nullCount: b.nullCount,
            }
          : b,
    );
    return { rows, columns, csv };
  } finally {
    builder.reset();
  }
}

/** The buffers to transfer (not copy) when posting a prepared batch to another thread. */
export function transferList(batch: PreparedBatch): ArrayBuffer[] {
  const list: ArrayBuffer[] = [];
  for (const column of batch.columns ?? []) {
    for (const array of [column.data, column.offsets, column.bitmap]) {
      if (array) list.push(array.buffer as ArrayBuffer);
    }
  }
  if (batch.csv) list.push(batch.csv.buffer as ArrayBuffer);
  return list;
}
