import type { Cell, Row } from '../rows.js';
import type { ColumnType, TableSpec } from '../schema.js';
import { type Columns, columnsOf, type EncodedText, encodeText } from './columns.js';

export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Spreadsheet programs run a cell that begins with = + - @ (or a tab or carriage return) as a formula, which a
 * crafted article could abuse (CSV injection). Text cells that begin so get a leading apostrophe, which
 * spreadsheets hide; numbers are never touched (a negative longitude stays a number).
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function guardFormula(text: string): string {
  return FORMULA_STARTS.has(text.charAt(0)) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: a field holding a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const encoder = new TextEncoder();

/** One column's cells as CSV fields ('' for null). */
function columnCells(type: ColumnType, values: readonly Cell[]): string[] {
  const cells = new Array<string>(values.length);
  if (type === 'utf8') {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      cells[i] = value === null || value === undefined ? '' : csvField(guardFormula(String(value)));
    }
  } else if (type === 'float64') {
    // Few distinct values (confidences) and costly to format: format each once.
    const formatted = new Map<Cell, string>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) {
        cells[i] = '';
        continue;
      }
      let cell = formatted.get(value);
      if (cell === undefined) {
        cell = String(value);
        formatted.set(value, cell);
      }
      cells[i] = cell;
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      cells[i] = value === null || value === undefined ? '' : String(value);
    }
  }
  return cells;
}

/**
 * CSV lines for rows: RFC 4180 quoting, CRLF, empty field for null, ISO dates, guarded text. Written by hand
 * rather than with csv-stringify, which is several times slower per row on the mentions table; the tests check
 * that both give the same bytes.
 */
export function csvChunk(spec: TableSpec, rows: readonly Row[], withHeader: boolean): Uint8Array {
  const columns = columnsOf(spec, rows);
  const texts = spec.columns.map((column, c) => (column.type === 'utf8' ? encodeText(columns[c]!) : null));
  const body = csvBytes(spec, columns, texts, rows.length);
  if (!withHeader) return body;
  const header = encoder.encode(`${spec.columns.map((c) => csvField(c.name)).join(',')}\r\n`);
  const chunk = new Uint8Array(header.length + body.length);
  chunk.set(header);
  chunk.set(body, header.length);
  return chunk;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const APOSTROPHE = 0x27;
/** First bytes that make a text cell look like a formula: = + - @ tab CR (all ASCII, so one byte in UTF-8). */
const isFormulaStart = (byte: number): boolean =>
  byte === 61 || byte === 43 || byte === 45 || byte === 64 || byte === 9 || byte === 13;

/**
 * Rows whose cell holds a byte that needs quoting (quote, comma, CR, LF), found with the native indexOf over the
 * whole column: in UTF-8 these bytes never occur inside a multi-byte character, and in news text they are rare.
 */
function rowsToQuote(text: EncodedText, length: number): Uint8Array | null {
  let flags: Uint8Array | null = null;
  const { offsets } = text;
  const data = searchable(text.data);
  for (const special of [QUOTE, COMMA, CR, LF]) {
    let at = data.indexOf(special);
    let row = 0;
    while (at >= 0) {
      while (offsets[row + 1]! <= at) row++;
      flags ??= new Uint8Array(length);
      flags[row] = 1;
      at = data.indexOf(special, offsets[row + 1]!);
    }
  }
  return flags;
}

// Node's Buffer searches bytes with memchr, many times faster than Uint8Array.prototype.indexOf; elsewhere the
// plain array is used as is.
const nodeBuffer = (
  globalThis as {
    Buffer?: { from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array };
  }
).Buffer;
const searchable = (bytes: Uint8Array): Uint8Array =>
  nodeBuffer ? nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;

const isInt32OrNull = (value: Cell): boolean =>
  value === null || value === undefined || (typeof value === 'number' && (value | 0) === value);

const digits = new Uint8Array(10);

/** Writes an int32 in decimal, as String() does; returns the new position. */
function writeInt32(out: Uint8Array, at: number, value: number): number {
  let rest = value;
  if (rest < 0) {
    out[at++] = 45;
    rest = -rest;
  }
  let n = 0;
  do {
    digits[n++] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (n > 0) out[at++] = digits[--n]!;
  return at;
}

/** Writes an ASCII (or any) string's UTF-8 bytes at `at`; returns the new position. */
function writeString(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return at + encoder.encodeInto(text, out.subarray(at)).written;
    out[at + i] = unit;
  }
  return at + text.length;
}

/**
 * CSV lines (no header) written straight into a byte buffer: text cells are copied from their UTF-8 encoding for
 * Arrow (see encodeText and BatchBuilder), so no line strings are built. `texts` holds the encoded text columns
 * and `columns` the values of the others, by position in the spec.
 */
export function csvBytes(
  spec: TableSpec,
  columns: Columns,
  texts: readonly (EncodedText | null)[],
  length: number,
): Uint8Array {
  const width = spec.columns.length;
  // Upper bound: a text cell at most doubles (quotes) plus three bytes, an integer takes at most 11 bytes, other
  // cells are measured; one separator per cell.
  let capacity = length * width + length;
  const plain: (string[] | null)[] = [];
  const quoted: (Uint8Array | null)[] = [];
  const integers: (readonly Cell[] | null)[] = [];
  for (let c = 0; c < width; c++) {
    const text = texts[c];
    integers.push(null);
    if (text) {
      capacity += 2 * text.data.length + 3 * length;
      quoted.push(rowsToQuote(text, length));
      plain.push(null);
    } else if (spec.columns[c]!.type === 'int32' && columns[c]!.every(isInt32OrNull)) {
      // Integers are written digit by digit: no string per cell.
      capacity += 11 * length;
      integers[c] = columns[c]!;
      plain.push(null);
      quoted.push(null);
    } else {
      const cells = columnCells(spec.columns[c]!.type, columns[c]!);
      for (const cell of cells) capacity += cell.length * 3;
      plain.push(cells);
      quoted.push(null);
    }
  }
  const out = new Uint8Array(capacity);
  let p = 0;
  for (let i = 0; i < length; i++) {
    for (let c = 0; c < width; c++) {
      if (c > 0) out[p++] = COMMA;
      const cells = plain[c];
      if (cells) {
        p = writeString(out, p, cells[i]!);
        continue;
      }
      const numbers = integers[c];
      if (numbers) {
        const value = numbers[i];
        if (value !== null && value !== undefined) p = writeInt32(out, p, value as number);
        continue;
      }
      const { data, offsets } = texts[c]!;
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      if (end === start) continue;
      const quote = quoted[c]?.[i] === 1;
      if (quote) out[p++] = QUOTE;
      if (isFormulaStart(data[start]!)) out[p++] = APOSTROPHE;
      if (quote) {
        for (let k = start; k < end; k++) {
          const byte = data[k]!;
          out[p++] = byte;
          if (byte === QUOTE) out[p++] = QUOTE;
        }
        out[p++] = QUOTE;
      } else if (end - start < 48) {
        for (let k = start; k < end; k++) out[p++] = data[k]!;
      } else {
        out.set(data.subarray(start, end), p);
        p += end - start;
      }
    }
    out[p++] = CR;
    out[p++] = LF;
  }
  return out.subarray(0, p);
}
