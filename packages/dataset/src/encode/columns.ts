import type { Cell, Row } from '../rows.js';
import type { ColumnType, TableSpec } from '../schema.js';

/**
 * Columns in Arrow's layout as plain typed arrays: what the export's worker threads make and send, without
 * loading apache-arrow (arrow-schema.ts turns them into record batches on the main thread).
 */

const MS_PER_DAY = 86_400_000;
const utf8 = new TextEncoder();

/** A table's values column by column, in the order of its spec: read once, then handed to every encoder. */
export type Columns = readonly (readonly Cell[])[];

/** The rows' values, column by column. */
export function columnsOf(spec: TableSpec, rows: readonly Row[]): Cell[][] {
  return spec.columns.map((column) => {
    const name = column.name;
    const values = new Array<Cell>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = rows[i]![name] ?? null;
    return values;
  });
}

/** Validity bitmap (bit set = value present), or null when the column has no nulls. */
export function validity(values: readonly Cell[]): { bitmap: Uint8Array | null; nullCount: number } {
  let nullCount = 0;
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { bitmap: nullCount > 0 ? bitmap : null, nullCount };
}

/** Bytes `TextEncoder` writes for `text` (a lone surrogate becomes U+FFFD, three bytes). */
function utf8LengthInJs(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit <= 0xdbff && unit >= 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

// Node's native count (the same rule) is several times faster; the package itself uses no Node API otherwise.
const nodeBuffer = (globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }).Buffer;
export const utf8Length: (text: string) => number = nodeBuffer
  ? (text) => nodeBuffer.byteLength(text, 'utf8')
  : utf8LengthInJs;

/** One column's buffers: values (UTF-8 bytes for text), offsets (text only) and validity. */
export interface ColumnBuffers {
  readonly data: Uint8Array | Int32Array | Float64Array;
  readonly offsets: Int32Array | null;
  readonly bitmap: Uint8Array | null;
  readonly nullCount: number;
}

/** A text column in Arrow's layout: UTF-8 bytes, offsets into them, and validity. */
export interface EncodedText extends ColumnBuffers {
  readonly offsets: Int32Array;
  readonly data: Uint8Array;
}

/** UTF-8 bytes and offsets of a text column; the CSV encoder copies cells from the same bytes. */
export function encodeText(values: readonly Cell[]): EncodedText {
  const { bitmap, nullCount } = validity(values);
  const offsets = new Int32Array(values.length + 1);
  const texts: string[] = [];
  let position = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) {
      const text = typeof value === 'string' ? value : String(value);
      texts.push(text);
      position += utf8Length(text);
    }
    offsets[i + 1] = position;
  }
  // One encoder call for the whole column (offsets come from the lengths above) is much cheaper than one per
  // value. Joining could only change the bytes by pairing a lone high surrogate at the end of one value with a
  // lone low surrogate at the start of the next, which makes the result shorter: then encode value by value.
  let data = utf8.encode(texts.join(''));
  if (data.length !== position) {
    data = new Uint8Array(position);
    let at = 0;
    for (const text of texts) at += utf8.encodeInto(text, data.subarray(at)).written;
  }
  return { offsets, data, bitmap, nullCount };
}

/** A numeric or date column's values (0 where null) and validity; dates become days since 1970-01-01. */
export function numericColumn(type: Exclude<ColumnType, 'utf8'>, values: readonly Cell[]): ColumnBuffers {
  const { bitmap, nullCount } = validity(values);
  const n = values.length;
  if (type === 'float64') {
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v === 'number') data[i] = v;
    }
    return { data, offsets: null, bitmap, nullCount };
  }
  const data = new Int32Array(n);
  if (type === 'int32') {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v === 'number') data[i] = v;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (typeof v === 'string') data[i] = Math.round(Date.parse(`${v}T00:00:00Z`) / MS_PER_DAY);
    }
  }
  return { data, offsets: null, bitmap, nullCount };
}

/** Every column's buffers, reusing text columns already encoded when given. */
export function columnBuffers(
  spec: TableSpec,
  columns: Columns,
  texts?: readonly (EncodedText | null)[],
): ColumnBuffers[] {
  return spec.columns.map((column, c) =>
    column.type === 'utf8'
      ? (texts?.[c] ?? encodeText(columns[c]!))
      : numericColumn(column.type, columns[c]!),
  );
}
