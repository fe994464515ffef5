import { parse as parseCsv } from 'csv-parse/sync';

export interface CsvRow {
  /** 1-based line of the row in the file (the header is line 1). */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Set when the text is not valid CSV; rows then holds what was read before the fault. */
  readonly error: { readonly line: number; readonly message: string } | null;
}

/**
 * Reads a CSV with a header row (UTF-8 BOM tolerated, LF or CRLF, RFC 4180 quoting) into trimmed string
 * cells keyed by lower-cased column name. Never throws: a malformed file comes back with `error` set.
 */
export function readCsvTable(text: string): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line =
      typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 1;
    return { columns: [], rows: [], error: { line, message: (err as Error).message } };
  }
  const [header, ...body] = records;
  if (!header) return { columns: [], rows: [], error: null };
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const rows = body.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    columns.forEach((name, i) => {
      cells[name] = (record[i] ?? '').trim();
    });
    return { line: info.lines, cells };
  });
  return { columns, rows, error: null };
}
