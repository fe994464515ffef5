import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createKnowledge, decodeArticle, parse, parseLexiconCsv } from '@khabar/core';
import { documentTables, sliceCodePoints } from '@khabar/dataset';
import * as arrow from 'apache-arrow';
import pl from 'nodejs-polars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khabar, readExport } from './export-helpers.js';

const LEXICON = [
  'id,label,arabic,english,aliases,lat,lon,country',
  'test:zaid,PER,زيد الخيالي,Zaid the Imaginary,,,,',
  'test:qamar,LOC,قمرستان,Qamaristan,,35.5,38.25,SY',
  'bad,XYZ,شيء,,,,,',
].join('\n');

const ARTICLES: Record<string, string> = {
  'a-aleppo.txt':
    'حلب 13 كانون الأول 2016 - قال زيد الخيالي أمس إن القتال في قمرستان توقف.\n\nوأضاف أن زيد الخيالي سيزور دمشق الأسبوع المقبل.',
  'nested/b-emoji.txt':
    '📍 قمرستان – 20 تشرين الأول 2016\n\n🔴 زيد الخيالي يعلن وصول قافلة إلى قمرستان اليوم.',
  'nested/deeper/c-dateline.txt':
    'دمشق 28 تشرين الثاني 2016 - قال الوزير اليوم إن الأسعار ستنخفض الشهر المقبل.',
};

let root = '';
let corpus = '';
let out = '';
let lexiconFile = '';
let run: ReturnType<typeof khabar>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'khabar-export-'));
  corpus = path.join(root, 'corpus');
  out = path.join(root, 'out');
  for (const [name, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(corpus, name)), { recursive: true });
    writeFileSync(path.join(corpus, name), text);
  }
  // Legacy encodings: UTF-16 with a BOM, and Windows-1256 bytes for "قمرستان زيد" (no TextEncoder can write it).
  writeFileSync(
    path.join(corpus, 'd-utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('حمص اليوم: زيد الخيالي.', 'utf16le')]),
  );
  writeFileSync(
    path.join(corpus, 'e-cp1256.txt'),
    Buffer.from([0xe2, 0xe3, 0xd1, 0xd3, 0xca, 0xc7, 0xe4, 0x20, 0xd2, 0xed, 0xcf, 0x0a]),
  );
  writeFileSync(path.join(corpus, 'f-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x80]));
  writeFileSync(
    path.join(corpus, 'manifest.csv'),
    [
      'path,date,source,title,section',
      'a-aleppo.txt,2016-12-13,خبر,"=HYPERLINK(""x"")",سياسة',
      'nested/b-emoji.txt,2016-10-20,,,',
      '../../etc/passwd,,,,',
      'd-utf16.txt,2016-02-30,,,',
      'missing.txt,2016-01-01,,,',
    ].join('\r\n'),
  );
  lexiconFile = path.join(root, 'lexicon.csv');
  writeFileSync(lexiconFile, LEXICON);
  run = khabar(['export', corpus, '--out', out, '--workers', '2', '--lexicon', lexiconFile]);
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('khabar export', { timeout: 120_000 }, () => {
  it('exits 1 because one file is bad, yet writes every table in every format', () => {
    expect(run.stderr).not.toContain('khabar export failed');
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(
      ['cooccurrences', 'documents', 'entities', 'mentions', 'timeline']
        .flatMap((t) => [`${t}.arrow`, `${t}.csv`, `${t}.parquet`])
        .concat('schema.json')
        .sort(),
    );
    expect(readdirSync(root).filter((n) => n.includes('partial'))).toEqual([]);
    expect(run.stdout).toMatch(/Exported 5 of 6 documents, 1 could not be read/);
  });

  it('names the manifest and lexicon lines with problems', () => {
    expect(run.stderr).toContain('manifest.csv:4: path "../../etc/passwd" leaves the corpus folder');
    expect(run.stderr).toMatch(/manifest\.csv:5: date "2016-02-30"/);
    expect(run.stderr).toMatch(/manifest\.csv:6: "missing\.txt" is not a \.txt file of the corpus/);
    expect(run.stderr).toMatch(/lexicon\.csv:4: label "XYZ"/);
    expect(run.stderr).toMatch(/error: f-binary\.txt: binary content/);
  });

  it('lists documents in path order, with encodings, dates, manifest columns and the failure', () => {
    const docs = pl.readParquet(readFileSync(path.join(out, 'documents.parquet'))).toRecords();
    expect(docs.map((d) => d.doc_id)).toEqual([
      'a-aleppo.txt',
      'd-utf16.txt',
      'e-cp1256.txt',
      'f-binary.txt',
      'nested/b-emoji.txt',
      'nested/deeper/c-dateline.txt',
    ]);
    const byId = new Map(docs.map((d) => [d.doc_id, d]));
    expect(byId.get('a-aleppo.txt')).toMatchObject({
      date_source: 'manifest',
      encoding: 'utf-8',
      section: 'سياسة',
      status: 'ok',
    });
    expect(byId.get('a-aleppo.txt')!.title).toBe('=HYPERLINK("x")');
    expect(byId.get('d-utf16.txt')).toMatchObject({ encoding: 'utf-16le', status: 'ok' });
    expect(byId.get('e-cp1256.txt')).toMatchObject({ encoding: 'windows-1256', status: 'ok', n_chars: 12 });
    expect(byId.get('f-binary.txt')).toMatchObject({ status: 'error', encoding: null, n_mentions: 0 });
    expect(String(byId.get('f-binary.txt')!.error)).toMatch(/binary content/);
    expect(byId.get('f-binary.txt')!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = readFileSync(path.join(out, 'documents.csv'), 'utf8');
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
  });

  it('gives mentions whose text is the code-point slice of the decoded file, equal to an in-process parse with the lexicon', () => {
    const mentions = pl.readIPC(readFileSync(path.join(out, 'mentions.arrow'))).toRecords();
    const docs = pl
      .readCSV(readFileSync(path.join(out, 'documents.csv')), { inferSchemaLength: 0 })
      .toRecords();
    const knowledge = createKnowledge(parseLexiconCsv(LEXICON).entries);
    for (const doc of docs.filter((d) => d.status === 'ok')) {
      const decoded = decodeArticle(readFileSync(path.join(corpus, String(doc.doc_id))));
      if (!decoded.ok) throw new Error(decoded.error);
      const exported = mentions.filter((m) => m.doc_id === doc.doc_id);
      for (const m of exported)
        expect(sliceCodePoints(decoded.text, Number(m.start), Number(m.end))).toBe(m.text);
      // The workers must parse exactly as the library does, with the lexicon and the manifest date.
      const parsed = parse(decoded.text, { documentDate: doc.date || null, knowledge });
      const own = documentTables(parsed, { docId: String(doc.doc_id) }).mentions;
      expect(exported.map((m) => [m.start, m.end, m.label, m.entity_id, m.value])).toEqual(
        own.map((m) => [m.start, m.end, m.label, m.entity_id, m.value]),
      );
      expect(Number(doc.n_mentions)).toBe(exported.length);
    }
    // The workers knew the lexicon: its made-up names are linked to its ids.
    expect(mentions.some((m) => m.entity_id === 'test:zaid')).toBe(true);
    expect(mentions.some((m) => m.entity_id === 'test:qamar')).toBe(true);
  });

  it('writes schema.json and Arrow metadata that state the offset unit', () => {
    const schema = JSON.parse(readFileSync(path.join(out, 'schema.json'), 'utf8'));
    expect(schema.offset_unit).toBe('unicode_code_point');
    const documents = schema.tables.find((t: { name: string }) => t.name === 'documents');
    expect(documents.columns.map((c: { name: string }) => c.name)).toContain('section');
    const table = arrow.tableFromIPC(readFileSync(path.join(out, 'mentions.arrow')));
    expect(table.schema.metadata.get('khabar:offset_unit')).toBe('unicode_code_point');
  });

  it('writes every table so that polars (IPC, Parquet, CSV) and DuckDB (Parquet, CSV) read the same values', async () => {
    const schema = JSON.parse(readFileSync(path.join(out, 'schema.json'), 'utf8')) as {
      tables: { name: string; columns: { name: string; type: string }[] }[];
    };
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      for (const table of schema.tables) {
        const file = (ext: string) => path.join(out, `${table.name}.${ext}`);
        const normalize = (rows: Record<string, unknown>[], fromCsv: boolean) =>
          rows.map((row) =>
            table.columns.map(({ name, type }) => {
              const value = row[name];
              if (value === null || value === undefined || (fromCsv && value === '')) return null;
              if (type === 'date')
                return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
              if (type !== 'utf8') return Number(value);
              return fromCsv ? String(value).replace(/^'(?=[=+\-@\t\r])/, '') : String(value);
            }),
          );
        const reference = normalize(pl.readIPC(readFileSync(file('arrow'))).toRecords(), false);
        expect(
          normalize(pl.readParquet(readFileSync(file('parquet'))).toRecords(), false),
          table.name,
        ).toEqual(reference);
        const csv = pl.readCSV(readFileSync(file('csv')), { inferSchemaLength: 0 });
        expect(normalize(csv.toRecords(), true), table.name).toEqual(reference);
        const duckParquet = await connection.runAndReadAll(
          `SELECT * FROM read_parquet('${file('parquet')}')`,
        );
        expect(
          normalize(duckParquet.getRowObjectsJson() as Record<string, unknown>[], false),
          table.name,
        ).toEqual(reference);
        const duckCsv = await connection.runAndReadAll(
          `SELECT * FROM read_csv('${file('csv')}', header = true, all_varchar = true)`,
        );
        expect(normalize(duckCsv.getRowObjectsJson() as Record<string, unknown>[], true), table.name).toEqual(
          reference,
        );
      }
    } finally {
      connection.closeSync();
      db.closeSync();
    }
  });

  it('writes byte-identical files for the same input, whatever the number of workers', () => {
    const again = path.join(root, 'again');
    const second = khabar([
      'export',
      corpus,
      '--out',
      again,
      '--workers',
      '1',
      '--lexicon',
      lexiconFile,
      '--no-progress',
    ]);
    expect(second.status).toBe(1);
    const first = readExport(out);
    const repeat = readExport(again);
    expect([...repeat.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(repeat.get(name)!.equals(bytes), name).toBe(true);
  });

  it('exits 0 when every document is read, even with manifest rows reported, and honours --format', () => {
    const clean = path.join(root, 'clean');
    mkdirSync(clean);
    writeFileSync(path.join(clean, 'one.txt'), ARTICLES['a-aleppo.txt']!);
    writeFileSync(path.join(clean, 'manifest.csv'), 'path,date\none.txt,2016-12-13\ntwo.txt,2016-12-14\n');
    const target = path.join(root, 'clean-out');
    const result = khabar(['export', clean, '--out', target, '--format', 'csv,parquet']);
    expect(result.stderr).toBe('warning: manifest.csv:3: "two.txt" is not a .txt file of the corpus\n');
    expect(result.status).toBe(0);
    expect(readdirSync(target).filter((n) => n.endsWith('.arrow'))).toEqual([]);
    expect(readdirSync(target)).toContain('mentions.csv');
  });
});

describe('khabar export usage errors (exit 2, nothing written)', { timeout: 60_000 }, () => {
  it.each([
    ['a corpus folder that does not exist', ['export', '/nonexistent/khabar/corpus']],
    ['an unknown format', ['export', '.', '--format', 'xlsx']],
    ['a bad worker count', ['export', '.', '--workers', 'many']],
    ['a missing lexicon', ['export', '.', '--lexicon', '/nonexistent/lexicon.csv']],
  ])('%s', (_name, args) => {
    const result = khabar(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/khabar export: /);
  });

  it('a manifest without a path column, named with its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khabar-manifest-'));
    try {
      writeFileSync(path.join(dir, 'x.txt'), 'نص');
      writeFileSync(path.join(dir, 'manifest.csv'), 'file,date\nx.txt,2016-01-01\n');
      const result = khabar(['export', dir, '--out', path.join(dir, 'out')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/manifest\.csv:1: the manifest has no "path" column/);
      expect(readdirSync(dir).sort()).toEqual(['manifest.csv', 'x.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
