import { describe, expect, it } from 'vitest';
import { parseLexiconCsv } from '../src/index.js';

describe('parseLexiconCsv', () => {
  it('reads entries, aliases and coordinates (BOM, CRLF, quotes)', () => {
    const csv =
      '\uFEFFid,label,arabic,english,aliases,lat,lon\r\nx:1,loc,"دير حافر",Deir Hafer,"دير حافر الكبرى|ديرحافر",36.15,37.7\r\nx:2,PER,أبو محمد,,,,\r\n';
    const { entries, problems } = parseLexiconCsv(csv);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        id: 'x:1',
        label: 'LOC',
        canonical: 'دير حافر',
        canonicalEn: 'Deir Hafer',
        aliases: ['دير حافر الكبرى', 'ديرحافر'],
        lat: 36.15,
        lon: 37.7,
        country: null,
      },
      {
        id: 'x:2',
        label: 'PER',
        canonical: 'أبو محمد',
        canonicalEn: null,
        aliases: [],
        lat: null,
        lon: null,
        country: null,
      },
    ]);
  });

  it.each([
    ['id,label,arabic\n,LOC,حلب\n', 2, 'empty id'],
    ['id,label,arabic\na,TOWN,حلب\n', 2, 'label "TOWN"'],
    ['id,label,arabic\na,LOC,\n', 2, 'empty arabic'],
    ['id,label,arabic,lat,lon\na,LOC,حلب,north,37\n', 2, 'lat/lon'],
    ['id,arabic\na,حلب\n', 1, 'no "label" column'],
    ['id,label,arabic\na,LOC,"حلب\n', 2, 'Quote'],
  ])('reports %j at line %i', (csv, line, message) => {
    const { problems } = parseLexiconCsv(csv);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toContain(message);
  });

  it('keeps good rows when one row is bad', () => {
    const { entries, problems } = parseLexiconCsv('id,label,arabic\na,LOC,حلب\nb,XX,ادلب\nc,ORG,النصرة\n');
    expect(entries.map((e) => e.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([{ line: 3, message: 'label "XX" is not one of PER, LOC, ORG, MISC' }]);
  });
});
