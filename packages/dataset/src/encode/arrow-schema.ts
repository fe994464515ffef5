import * as arrow from 'apache-arrow';
import type { Row } from '../rows.js';
import {
  type ColumnSpec,
  type ColumnType,
  OFFSET_UNIT,
  OFFSET_UNIT_DESCRIPTION,
  type TableSpec,
} from '../schema.js';

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

function toArrowValue(column: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'date') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * One RecordBatch from rows, built column by column with Arrow builders (much faster than vectorFromArray for
 * strings). Strings are plain Utf8, never dictionary-encoded: a batch-by-batch writer cannot promise one
 * dictionary per column, and readers mishandle the alternatives (see the toolchain notes).
 */
export function recordBatch(schema: arrow.Schema, spec: TableSpec, rows: readonly Row[]): arrow.RecordBatch {
  const children = spec.columns.map((column, i) => {
    const builder = arrow.makeBuilder({ type: schema.fields[i]!.type, nullValues: [null, undefined] });
    for (const row of rows) builder.append(toArrowValue(column, row[column.name]));
    return builder.finish().flush();
  });
  const data = arrow.makeData({
    type: new arrow.Struct(schema.fields),
    length: rows.length,
    nullCount: 0,
    children,
  });
  return new arrow.RecordBatch(schema, data);
}
