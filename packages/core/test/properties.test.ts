import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

/**
 * Invariants of the whole parse on any string: it never throws, every span lies inside the text and its `text`
 * is the slice, mentions are sorted and never overlap, every entity id has a record, diagnostics lie inside.
 */

const ARABIC_PIECES = [
  'و',
  'ب',
  'ل',
  'ال',
  'لل',
  'حلب',
  'موسكو',
  'لافروف',
  'كيري',
  'جون',
  'الأسد',
  'حي',
  'مدينة',
  'أحياء',
  'الرئيس',
  'وزير الخارجية',
  'جبهة',
  'النصرة',
  'المرصد',
  'الولايات',
  'المتحدة',
  'الولاياتالمتحدة',
  'واشمطن',
  '«',
  '»',
  '،',
  '.',
  ' ',
  '\n',
  'أمس',
  '5',
  '٢٠١٦',
  'كانون الأول',
  'ّ',
  'ـ',
  '\u200f',
  'ﻻ',
  '🙂',
  'Lavrov',
  '"',
  '(',
  ')',
];
const arabicish = fc
  .array(fc.constantFrom(...ARABIC_PIECES), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  arabicish,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
);

function checkInvariants(text: string): void {
  const doc = parse(text);
  let previousEnd = 0;
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const m of doc.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    if (m.kind === 'entity') expect(ids.has(m.entityId)).toBe(true);
    previousEnd = m.end;
  }
  for (const t of doc.tokens) expect(t.text).toBe(text.slice(t.start, t.end));
  for (const d of doc.diagnostics) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.start).toBeLessThanOrEqual(d.end);
  }
}

describe('parse invariants (fast-check)', () => {
  it('holds on Arabic-like, binary and arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text);
      }),
      { numRuns: 400 },
    );
  });

  it('holds on edge inputs', () => {
    for (const text of [
      '',
      '   ',
      '\n\n',
      '12345',
      'Latin only text',
      '\ud800',
      'حلب\udc00موسكو',
      '\u0000\u0001',
    ]) {
      checkInvariants(text);
    }
  });

  it('stays linear on long and adversarial inputs', () => {
    const line = 'وزير الخارجية '.repeat(5_000); // trigger words without names
    const glued = 'الولاياتالمتحدة'.repeat(5_000); // one huge glued token
    const lists = `أحياء ${'الكلاسة، '.repeat(20_000)}`;
    for (const text of [line, glued, lists, 'ا'.repeat(200_000)]) checkInvariants(text);
  }, 120_000); // no timing assertion: the generous timeout only catches a quadratic blow-up
});
