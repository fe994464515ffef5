import * as arrow from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowSchema, buffersBatch, recordBatch } from '../src/encode/arrow-schema.js';
import { BatchBuilder } from '../src/encode/builder.js';
import { csvChunk } from '../src/encode/csv.js';
import { type ExportFormat, prepareBatch, takeBatch, transferList } from '../src/encode/prepared.js';
import type { Row } from '../src/rows.js';
import type { TableSpec } from '../src/schema.js';

const SPEC: TableSpec = {
  name: 'mentions',
  description: 'test',
  columns: [
    { name: 'text', type: 'utf8', nullable: true, description: '' },
    { name: 'n', type: 'int32', nullable: true, description: '' },
    { name: 'x', type: 'float64', nullable: true, description: '' },
    { name: 'label', type: 'utf8', nullable: false, description: '' },
  ],
};
const FORMATS: ExportFormat[] = ['arrow', 'csv', 'parquet'];

const row = fc.record({
  text: fc.option(
    fc.string({
      unit: fc.constantFrom('a', 'ح', ',', '"', '\n', '😀', '\ud83d', '\ude00', '='),
      maxLength: 8,
    }),
  ),
  n: fc.option(fc.integer()),
  x: fc.option(fc.double({ noNaN: true })),
  label: fc.constantFrom('LOC', 'PER', '-x'),
});

describe('BatchBuilder', () => {
  it('gives the same bytes batch after batch, document by document, as rows encoded at once', () => {
    const builder = new BatchBuilder(SPEC);
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 5 }), { maxLength: 6 }), (documents) => {
        const rows: Row[] = documents.flat();
        for (const doc of documents) builder.add(doc);
        const built = takeBatch(builder, FORMATS);
        const once = prepareBatch(SPEC, rows, FORMATS);
        expect(builder.rows).toBe(0);
        expect(built.rows).toBe(rows.length);
        expect(built.columns).toEqual(once.columns);
        expect(built.csv).toEqual(once.csv);
        if (rows.length === 0) return;
        // Against the row-by-row encoders, which do not use the builder.
        expect(built.csv).toEqual(csvChunk(SPEC, rows, false));
        const schema = arrowSchema(SPEC);
        const ipc = (batch: arrow.RecordBatch) => arrow.tableToIPC(new arrow.Table([batch]), 'stream');
        expect(ipc(buffersBatch(schema, SPEC, built.columns!, rows.length))).toEqual(
          ipc(recordBatch(schema, SPEC, rows)),
        );
        // Every buffer is the batch's own, so the batch can be transferred to another thread.
        const buffers = transferList(built);
        expect(new Set(buffers).size).toBe(buffers.length);
      }),
      { numRuns: 300 },
    );
  });
});
