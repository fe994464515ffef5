import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusAggregator } from '../src/aggregate.js';
import { sliceCodePoints } from '../src/offsets.js';
import { documentTables, failedDocumentTables, isSpace, needsOneLine } from '../src/rows.js';
import { fixtureCorpus } from './fixtures.js';

describe('documentTables', () => {
  const corpus = fixtureCorpus();
  const [first, second] = corpus.map(({ docId, date, doc }) =>
    documentTables(doc, { docId, date, title: 'عنوان', extra: { section: 'سياسة', status: 'draft' } }),
  );

  it('writes code-point offsets whose slice is the mention text, with 1-based line and column', () => {
    const text = corpus[0]!.doc.text;
    for (const m of first!.mentions) {
      expect(sliceCodePoints(text, Number(m.start), Number(m.end))).toBe(m.text);
    }
    const aleppo = first!.mentions[0]!;
    expect([aleppo.start, aleppo.end, aleppo.line, aleppo.column]).toEqual([2, 5, 1, 3]);
    const west = first!.mentions.at(-1)!;
    expect(west.text).toBe('غرب');
    expect(west.line).toBe(2);
    expect(west.column).toBe(10);
    expect(west.context).toBe('وفي لندن غرب أوروبا، صمت.');
    expect(first!.mentions.map((m) => m.mention_id)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('fills entity columns for entities and TIMEX3 columns for temporal mentions only', () => {
    const date = first!.mentions[1]!;
    expect(date).toMatchObject({ label: 'DATE', value: '2016-12-13', entity_id: null, canonical: null });
    expect(first!.mentions[2]).toMatchObject({
      label: 'PER',
      entity_id: 'per:lavrov',
      value: null,
      canonical_en: 'Sergey Lavrov',
    });
  });

  it('describes the document: date from the manifest, else the dateline; sizes in code points', () => {
    expect(first!.document).toMatchObject({
      date: '2016-12-13',
      date_source: 'manifest',
      n_mentions: 6,
      status: 'ok',
    });
    expect(first!.document.n_chars).toBe(Array.from(corpus[0]!.doc.text).length);
    expect(second!.document).toMatchObject({ date: '2016-12-14', date_source: 'dateline', section: 'سياسة' });
    // A manifest column named like a built-in one is carried under a prefix instead of overwriting it.
    expect(second!.document).toMatchObject({ status: 'ok', manifest_status: 'draft' });
  });

  it('turns a failure into an error row', () => {
    const failed = failedDocumentTables({ docId: 'x.txt' }, 'not UTF-8');
    expect(failed.document).toMatchObject({
      doc_id: 'x.txt',
      status: 'error',
      error: 'not UTF-8',
      n_mentions: 0,
    });
    expect(failed.mentions).toEqual([]);
  });
});

describe('CorpusAggregator', () => {
  const aggregator = new CorpusAggregator();
  for (const { docId, date, doc } of fixtureCorpus()) aggregator.add(documentTables(doc, { docId, date }));
  aggregator.add(failedDocumentTables({ docId: 'broken.txt', date: '2016-12-01' }, 'boom'));

  it('counts mentions, documents, dates and spellings per entity', async () => {
    const entities = await aggregator.entitiesTable();
    expect(entities.map((e) => e.entity_id)).toEqual([
      'geo:aleppo',
      'per:lavrov',
      'geo:west',
      'misc:formula',
    ]);
    expect(entities[0]).toMatchObject({
      n_mentions: 3,
      n_docs: 2,
      first_date: '2016-12-13',
      last_date: '2016-12-14',
      lat: 36.2021,
      surface_forms: 'حلب',
    });
    expect(entities[1]).toMatchObject({ n_mentions: 2, n_docs: 2, surface_forms: 'سيرغي لافروف|لافروف' });
  });

  it('links entities mentioned in the same sentence, once per pair and sentence', async () => {
    const edges = await aggregator.cooccurrencesTable();
    const aleppoLavrov = edges.find((e) => e.entity_a === 'geo:aleppo' && e.entity_b === 'per:lavrov');
    expect(aleppoLavrov).toMatchObject({ n_docs: 2 });
    for (const edge of edges) expect(String(edge.entity_a) < String(edge.entity_b)).toBe(true);
    expect(edges.some((e) => e.entity_a === 'geo:west' || e.entity_b === 'geo:west')).toBe(false);
  });

  it('counts attention per document day and skips failed documents', async () => {
    const timeline = await aggregator.timelineTable();
    expect(timeline.find((t) => t.day === '2016-12-13' && t.entity_id === 'geo:aleppo')).toMatchObject({
      n_mentions: 2,
      n_docs: 1,
    });
    expect(timeline.some((t) => t.day === '2016-12-01')).toBe(false);
    expect(timeline.map((t) => t.day)).toEqual([...timeline.map((t) => String(t.day))].sort());
  });
});

describe('CorpusAggregator.merge', () => {
  it('gives the same tables from parts of consecutive runs as from every document added in order', async () => {
    const tables = [
      ...fixtureCorpus(),
      ...fixtureCorpus().map((f) => ({ ...f, docId: `copy/${f.docId}`, date: '2016-11-30' })),
    ].map(({ docId, date, doc }) => documentTables(doc, { docId, date }));
    tables.splice(1, 0, failedDocumentTables({ docId: 'broken.txt', date: '2016-12-01' }, 'boom'));
    const whole = new CorpusAggregator();
    for (const t of tables) whole.add(t);
    // Runs of 1, 2 and the rest, merged in order, as the export's worker tasks are.
    const merged = new CorpusAggregator();
    for (const run of [tables.slice(0, 1), tables.slice(1, 3), tables.slice(3)]) {
      const part = new CorpusAggregator();
      for (const t of run) part.add(t);
      merged.merge(structuredClone(part.part()));
    }
    expect(await merged.entitiesTable()).toEqual(await whole.entitiesTable());
    expect(await merged.cooccurrencesTable()).toEqual(await whole.cooccurrencesTable());
    expect(await merged.timelineTable()).toEqual(await whole.timelineTable());
    expect((await whole.entitiesTable())[0]).toMatchObject({
      first_date: '2016-11-30',
      last_date: '2016-12-14',
    });
  });
});

describe('needsOneLine', () => {
  it('agrees with /[^\\S ]|\\s\\s|^\\s|\\s$/ on any text', () => {
    for (let unit = 0; unit < 0x10000; unit++)
      expect(isSpace(unit)).toBe(/\s/.test(String.fromCharCode(unit)));
    const text = fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u2009',
        '\u3000',
        '\ufeff',
        'a',
        'ح',
        '،',
        '😀',
      ),
      maxLength: 10,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(needsOneLine(t)).toBe(/[^\S ]|\s\s|^\s|\s$/.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});
