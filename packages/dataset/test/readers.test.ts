import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as arrow from 'apache-arrow';
import * as aq from 'arquero';
import pl from 'nodejs-polars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusAggregator } from '../src/aggregate.js';
import { type ExportFormat, encodeTable, TableWriter } from '../src/encode/writer.js';
import { sliceCodePoints } from '../src/offsets.js';
import { documentTables, type Row } from '../src/rows.js';
import { type ColumnSpec, OFFSET_UNIT, type TableName, type TableSpec, tableSpecs } from '../src/schema.js';
import { fixtureCorpus } from './fixtures.js';

type Value = string | number | null;

/** Brings a value read by any reader to the form the exporter was given (ISO dates, numbers, null). */
function normalize(column: ColumnSpec, value: unknown, fromCsv: boolean): Value {
  if (value === null || value === undefined) return null;
  if (fromCsv && value === '') return null;
  switch (column.type) {
    case 'date':
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
      return String(value).slice(0, 10);
    case 'int32':
    case 'float64':
      return Number(value);
    case 'utf8': {
      const text = String(value);
      // Undo the documented spreadsheet formula guard.
      return fromCsv && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
    }
  }
}

const normalizeRows = (
  spec: TableSpec,
  rows: readonly Record<string, unknown>[],
  fromCsv = false,
): Value[][] => rows.map((row) => spec.columns.map((c) => normalize(c, row[c.name], fromCsv)));

const corpus = fixtureCorpus();
const specs = tableSpecs(['section']);
const expected = new Map<TableName, Row[]>();
const files = new Map<string, Uint8Array>();
let dir = '';

beforeAll(async () => {
  const aggregator = new CorpusAggregator();
  const documents: Row[] = [];
  const mentions: Row[] = [];
  for (const { docId, date, doc } of corpus) {
    const tables = documentTables(doc, {
      docId,
      date,
      title: docId === 'b.txt' ? '-1 خبر' : null,
      extra: { section: 'سياسة' },
    });
    documents.push(tables.document);
    mentions.push(...tables.mentions);
    aggregator.add(tables);
  }
  expected.set('documents', documents);
  expected.set('mentions', mentions);
  expected.set('entities', await aggregator.entitiesTable());
  expected.set('cooccurrences', await aggregator.cooccurrencesTable());
  expected.set('timeline', await aggregator.timelineTable());
  dir = mkdtempSync(path.join(tmpdir(), 'khabar-dataset-'));
  for (const [name, rows] of expected) {
    for (const format of ['arrow', 'csv', 'parquet'] as ExportFormat[]) {
      const bytes = await encodeTable(specs[name], rows, format);
      files.set(`${name}.${format}`, bytes);
      writeFileSync(path.join(dir, `${name}.${format}`), bytes);
    }
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const tableNames = ['documents', 'mentions', 'entities', 'cooccurrences', 'timeline'] as const;

describe.each(tableNames)('%s read back by independent readers', (name) => {
  const spec = () => specs[name];
  const want = () => normalizeRows(spec(), expected.get(name)!);
  const bytes = (format: string) => Buffer.from(files.get(`${name}.${format}`)!);

  it('has rows to compare', () => {
    expect(want().length).toBeGreaterThan(0);
  });

  it('apache-arrow (IPC file) gives the same values, schema and metadata', () => {
    const table = arrow.tableFromIPC(bytes('arrow'));
    expect(table.schema.fields.map((f) => f.name)).toEqual(spec().columns.map((c) => c.name));
    expect(table.schema.metadata.get('khabar:offset_unit')).toBe(OFFSET_UNIT);
    expect(table.schema.fields[0]!.metadata.get('description')).toBe(spec().columns[0]!.description);
    expect(
      normalizeRows(
        spec(),
        table.toArray().map((r) => r.toJSON()),
      ),
    ).toEqual(want());
  });

  it('arquero (from Arrow) gives the same values', () => {
    const table = aq.fromArrow(bytes('arrow'));
    expect(normalizeRows(spec(), table.objects() as Record<string, unknown>[])).toEqual(want());
  });

  it('nodejs-polars reads IPC, Parquet and CSV to the same values', () => {
    expect(normalizeRows(spec(), pl.readIPC(bytes('arrow')).toRecords())).toEqual(want());
    expect(normalizeRows(spec(), pl.readParquet(bytes('parquet')).toRecords())).toEqual(want());
    const csv = pl.readCSV(bytes('csv'), { inferSchemaLength: 0 });
    expect(csv.columns).toEqual(spec().columns.map((c) => c.name));
    expect(normalizeRows(spec(), csv.toRecords(), true)).toEqual(want());
  });

  it('DuckDB reads Parquet and CSV to the same values', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      const file = (format: string) => path.join(dir, `${name}.${format}`).replaceAll("'", "''");
      const parquet = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file('parquet')}')`);
      expect(normalizeRows(spec(), parquet.getRowObjectsJson() as Record<string, unknown>[])).toEqual(want());
      const csv = await connection.runAndReadAll(
        `SELECT * FROM read_csv('${file('csv')}', header = true, all_varchar = true, quote = '"', escape = '"')`,
      );
      expect(csv.columnNames()).toEqual(spec().columns.map((c) => c.name));
      expect(normalizeRows(spec(), csv.getRowObjectsJson() as Record<string, unknown>[], true)).toEqual(
        want(),
      );
    } finally {
      connection.closeSync();
      db.closeSync();
    }
  });
});

describe('exported mentions', () => {
  it('hold the code-point slice of the document in text, in every format (emoji before entities included)', () => {
    const texts = new Map(corpus.map((c) => [c.docId, c.doc.text]));
    const readers = [
      pl.readParquet(Buffer.from(files.get('mentions.parquet')!)).toRecords(),
      pl.readCSV(Buffer.from(files.get('mentions.csv')!), { inferSchemaLength: 0 }).toRecords(),
      arrow
        .tableFromIPC(files.get('mentions.arrow')!)
        .toArray()
        .map((r) => r.toJSON()),
    ];
    for (const rows of readers) {
      expect(rows.length).toBe(expected.get('mentions')!.length);
      for (const row of rows) {
        const text = texts.get(String(row.doc_id))!;
        const slice = sliceCodePoints(text, Number(row.start), Number(row.end));
        expect(normalize(specs.mentions.columns[7]!, row.text, true)).toBe(slice);
      }
    }
    // The emoji before حلب moves it from UTF-16 offset 3 to code point 2.
    expect(expected.get('mentions')![0]).toMatchObject({ start: 2, end: 5 });
  });

  it('guard formula-like cells in CSV only, and never numbers', () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files.get('mentions.csv')!);
    expect(csv.startsWith('\uFEFFdoc_id,')).toBe(true);
    expect(csv).toContain("'=SUM(A1)");
    expect(new TextDecoder().decode(files.get('documents.csv')!)).toContain("'-1 خبر");
    expect(new TextDecoder().decode(files.get('entities.csv')!)).toContain(',-0.1276,');
    expect(csv.split('\r\n').length).toBe(expected.get('mentions')!.length + 2);
  });
});

describe('encoders', () => {
  it('give byte-identical files for the same rows, again and again', async () => {
    for (let repeat = 0; repeat < 5; repeat++) {
      for (const format of ['arrow', 'csv', 'parquet'] as ExportFormat[]) {
        const again = await encodeTable(specs.mentions, expected.get('mentions')!, format);
        expect(Buffer.from(again).equals(Buffer.from(files.get(`mentions.${format}`)!))).toBe(true);
      }
    }
  });

  it('stream many batches into one file per format that every reader accepts', async () => {
    const chunks: Record<string, Uint8Array[]> = { arrow: [], parquet: [], csv: [] };
    const writer = new TableWriter(
      specs.timeline,
      {
        arrow: (c) => void chunks.arrow!.push(c.slice()),
        parquet: (c) => void chunks.parquet!.push(c.slice()),
        csv: (c) => void chunks.csv!.push(c.slice()),
      },
      7,
    );
    const rows: Row[] = Array.from({ length: 100 }, (_, i) => ({
      day: `2016-01-${String((i % 28) + 1).padStart(2, '0')}`,
      entity_id: `e${i}`,
      n_mentions: i,
      n_docs: 1,
    }));
    for (let i = 0; i < rows.length; i += 13) await writer.write(rows.slice(i, i + 13));
    await writer.close();
    const buffer = (format: string) => Buffer.concat(chunks[format]!);
    expect(arrow.tableFromIPC(buffer('arrow')).batches.length).toBe(15);
    expect(pl.readIPC(buffer('arrow')).height).toBe(100);
    expect(normalizeRows(specs.timeline, pl.readParquet(buffer('parquet')).toRecords())).toEqual(
      normalizeRows(specs.timeline, rows),
    );
    expect(pl.readCSV(buffer('csv')).height).toBe(100);
  });

  it('write an empty table with its header and schema', async () => {
    const parquet = await encodeTable(specs.cooccurrences, [], 'parquet');
    expect(pl.readParquet(Buffer.from(parquet)).columns).toEqual([
      'entity_a',
      'entity_b',
      'n_sentences',
      'n_docs',
    ]);
    const ipc = await encodeTable(specs.cooccurrences, [], 'arrow');
    expect(arrow.tableFromIPC(ipc).numRows).toBe(0);
    expect(pl.readIPC(Buffer.from(ipc)).height).toBe(0);
  });

  it('keep the Arrow schema, with the offset unit, in the Parquet file', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const file = path.join(dir, 'mentions.parquet').replaceAll("'", "''");
    const kv = await connection.runAndReadAll(
      `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${file}')`,
    );
    const rows = kv.getRowObjectsJson();
    expect(rows.map((r) => r.k)).toEqual(['ARROW:schema']);
    const arrowSchemaBytes = Buffer.from(String(rows[0]!.v), 'base64');
    expect(arrowSchemaBytes.includes(OFFSET_UNIT)).toBe(true);
    connection.closeSync();
    db.closeSync();
  });
});
