import { stringify } from 'csv-stringify/sync';
import type { Row } from '../rows.js';
import type { TableSpec } from '../schema.js';

export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Spreadsheet programs run a cell that begins with = + - @ (or a tab or carriage return) as a formula, which a
 * crafted article could abuse (CSV injection). Text cells that begin so get a leading apostrophe, which
 * spreadsheets hide; numbers are never touched (a negative longitude stays a number).
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const encoder = new TextEncoder();

/** CSV lines for rows: RFC 4180 quoting, CRLF, empty field for null, ISO dates, guarded text. */
export function csvChunk(spec: TableSpec, rows: readonly Row[], withHeader: boolean): Uint8Array {
  const records = rows.map((row) =>
    spec.columns.map((c) => {
      const value = row[c.name];
      if (value === null || value === undefined) return '';
      if (c.type === 'utf8') return guardFormula(String(value));
      return String(value);
    }),
  );
  const text = stringify(withHeader ? [spec.columns.map((c) => c.name), ...records] : records, {
    record_delimiter: '\r\n',
  });
  return encoder.encode(text);
}
