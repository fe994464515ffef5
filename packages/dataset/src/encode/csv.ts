import type { Row } from '../rows.js';
import type { TableSpec } from '../schema.js';

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

/**
 * CSV lines for rows: RFC 4180 quoting, CRLF, empty field for null, ISO dates, guarded text. Written by hand
 * rather than with csv-stringify, which is several times slower per row on the mentions table; the tests check
 * that both give the same bytes.
 */
export function csvChunk(spec: TableSpec, rows: readonly Row[], withHeader: boolean): Uint8Array {
  const lines: string[] = withHeader ? [spec.columns.map((c) => csvField(c.name)).join(',')] : [];
  const columns = spec.columns.map((c) => ({ name: c.name, text: c.type === 'utf8' }));
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const value = row[column.name];
      if (i > 0) line += ',';
      if (value === null || value === undefined) continue;
      line += column.text ? csvField(guardFormula(String(value))) : String(value);
    }
    lines.push(line);
  }
  return encoder.encode(lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '');
}
