import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../src/encode/columns.js';
import { csvChunk, csvField, guardFormula } from '../src/encode/csv.js';
import type { TableSpec } from '../src/schema.js';

const SPEC: TableSpec = {
  name: 'mentions',
  description: 'test',
  columns: [
    { name: 'text', type: 'utf8', nullable: true, description: '' },
    { name: 'n', type: 'int32', nullable: true, description: '' },
    { name: 'x', type: 'float64', nullable: true, description: '' },
  ],
};

describe('csvChunk', () => {
  it('gives the same bytes as csv-stringify (RFC 4180, CRLF) on tricky cells', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'ح', ',', '"', '\n', '\r', ' ', '😀', '=', '-', "'", ';'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(cell),
            fc.option(fc.integer()),
            fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
          ),
          { maxLength: 8 },
        ),
        (records) => {
          const rows = records.map(([text, n, x]) => ({ text: text === '' ? null : text, n, x }));
          const ours = new TextDecoder().decode(csvChunk(SPEC, rows, true));
          const reference = stringify(
            [
              ['text', 'n', 'x'],
              ...rows.map((r) => [
                r.text === null ? '' : guardFormula(r.text),
                r.n === null ? '' : String(r.n),
                r.x === null ? '' : String(r.x),
              ]),
            ],
            // csv-stringify leaves a lone CR or LF unquoted, which breaks readers; quoting every line break is safer.
            { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
          );
          expect(ours).toBe(reference);
        },
      ),
    );
  });

  it('guards formula-like text and quotes only when needed', () => {
    expect(csvField('حلب')).toBe('حلب');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('@SUM')).toBe("'@SUM");
    expect(guardFormula('حلب')).toBe('حلب');
    expect(new TextDecoder().decode(csvChunk(SPEC, [{ text: '-1', n: -1, x: -0.5 }], false))).toBe(
      "'-1,-1,-0.5\r\n",
    );
  });
});

describe('encodeText', () => {
  it('gives each value the bytes TextEncoder gives it, lone surrogates included', () => {
    const encoder = new TextEncoder();
    const cell = fc.string({
      unit: fc.constantFrom('a', 'ح', '😀', '\ud83d', '\ude00', '"', ','),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(fc.option(cell), { maxLength: 8 }), (values) => {
        const { offsets, data, nullCount } = encodeText(values);
        expect(nullCount).toBe(values.filter((v) => v === null).length);
        values.forEach((value, i) => {
          const bytes = data.subarray(offsets[i]!, offsets[i + 1]!);
          expect(bytes).toEqual(encoder.encode(value ?? ''));
        });
      }),
    );
    // The end of one value and the start of the next would make a pair if the column were encoded as one string.
    const { offsets, data } = encodeText(['a\ud83d', '\ude00b']);
    expect([...offsets]).toEqual([0, 4, 8]);
    expect(data).toEqual(new Uint8Array([0x61, 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd, 0x62]));
  });
});
