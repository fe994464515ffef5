import * as arrow from 'apache-arrow';
import type { Row } from '../rows.js';
import { type ColumnType, OFFSET_UNIT, OFFSET_UNIT_DESCRIPTION, type TableSpec } from '../schema.js';
import { type ColumnBuffers, type Columns, columnBuffers, columnsOf, type EncodedText } from './columns.js';

function arrowType(type: ColumnType): arrow.DataType {
  switch (type) {
    case 'utf8':
      return new arrow.Utf8();
    case 'int32':
      return new arrow.Int32();
    case 'float64':
      return new arrow.Float64();
    case 'date':
      return new arrow.DateDay();
  }
}

/** The Arrow schema of a table; table and column descriptions and the offset unit travel as metadata. */
export function arrowSchema(spec: TableSpec): arrow.Schema {
  const fields = spec.columns.map(
    (c) => new arrow.Field(c.name, arrowType(c.type), c.nullable, new Map([['description', c.description]])),
  );
  return new arrow.Schema(
    fields,
    new Map([
      ['khabar:table', spec.name],
      ['khabar:description', spec.description],
      ['khabar:offset_unit', OFFSET_UNIT],
      ['khabar:offset_unit_description', OFFSET_UNIT_DESCRIPTION],
    ]),
  );
}

function columnData(type: ColumnType, length: number, buffers: ColumnBuffers): arrow.Data {
  const { bitmap: nullBitmap, nullCount } = buffers;
  switch (type) {
    case 'utf8':
      return arrow.makeData({
        type: new arrow.Utf8(),
        length,
        nullCount,
        nullBitmap,
        valueOffsets: buffers.offsets!,
        data: buffers.data as Uint8Array,
      });
    case 'float64':
      return arrow.makeData({
        type: new arrow.Float64(),
        length,
        nullCount,
        nullBitmap,
        data: buffers.data as Float64Array,
      });
    case 'int32':
      return arrow.makeData({
        type: new arrow.Int32(),
        length,
        nullCount,
        nullBitmap,
        data: buffers.data as Int32Array,
      });
    case 'date':
      return arrow.makeData({
        type: new arrow.DateDay(),
        length,
        nullCount,
        nullBitmap,
        data: buffers.data as Int32Array,
      });
  }
}

/**
 * One RecordBatch from rows, filling the Arrow buffers directly (offsets, UTF-8 bytes, typed arrays, validity
 * bitmaps): several times faster than generic builders. Strings are plain Utf8, never dictionary-encoded: a
 * batch-by-batch writer cannot promise one dictionary per column, and readers mishandle the alternatives (see
 * the toolchain notes).
 */
export function recordBatch(schema: arrow.Schema, spec: TableSpec, rows: readonly Row[]): arrow.RecordBatch {
  return columnsBatch(schema, spec, columnsOf(spec, rows), rows.length);
}

/**
 * The same RecordBatch from values already read column by column (see columnsOf), reusing text columns
 * already encoded (see encodeText) when given.
 */
export function columnsBatch(
  schema: arrow.Schema,
  spec: TableSpec,
  columns: Columns,
  length: number,
  texts?: readonly (EncodedText | null)[],
): arrow.RecordBatch {
  return buffersBatch(schema, spec, columnBuffers(spec, columns, texts), length);
}

/** A RecordBatch from column buffers made elsewhere (see columnBuffers, BatchBuilder), typically in a worker. */
export function buffersBatch(
  schema: arrow.Schema,
  spec: TableSpec,
  buffers: readonly ColumnBuffers[],
  length: number,
): arrow.RecordBatch {
  const children = spec.columns.map((column, c) => columnData(column.type, length, buffers[c]!));
  const data = arrow.makeData({
    type: new arrow.Struct(schema.fields),
    length,
    nullCount: 0,
    children,
  });
  return new arrow.RecordBatch(schema, data);
}
