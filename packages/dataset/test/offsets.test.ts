import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointLength, sliceCodePoints } from '../src/offsets.js';

describe('codePointIndex', () => {
  it('is the identity for text without astral characters (Arabic with diacritics, combining marks)', () => {
    const text = 'مُحَمَّد Cafe\u0301';
    const index = codePointIndex(text);
    expect(index.length).toBe(text.length);
    for (let i = 0; i <= text.length; i++) expect(index.toCodePoint(i)).toBe(i);
  });

  it('counts an emoji as one code point, so later offsets shift by one per emoji', () => {
    const text = '😀 حلب 👈👈 دمشق';
    const index = codePointIndex(text);
    const aleppo = text.indexOf('حلب');
    const damascus = text.indexOf('دمشق');
    expect([aleppo, damascus]).toEqual([3, 12]);
    expect(index.toCodePoint(aleppo)).toBe(2);
    expect(index.toCodePoint(damascus)).toBe(9);
    expect(index.length).toBe(13);
    expect(sliceCodePoints(text, index.toCodePoint(damascus), index.toCodePoint(damascus + 4))).toBe('دمشق');
  });

  it('counts a split surrogate pair whole, tolerates lone surrogates and clamps out-of-range offsets', () => {
    const index = codePointIndex('a😀b\uD800c');
    expect(index.toCodePoint(2)).toBe(2);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toCodePoint(5)).toBe(4);
    expect(index.toCodePoint(99)).toBe(5);
    expect(index.toCodePoint(-4)).toBe(0);
    expect(codePointLength('a😀b\uD800c')).toBe(5);
  });

  it('maps every UTF-16 slice on code-point boundaries to the same code-point slice', () => {
    const pieces = fc.constantFrom('ح', 'ل', 'ب', ' ', '😀', '👈🏽', 'e\u0301', '\n', 'ً', 'A', '\uFEFF');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const boundaries = [0];
        for (const ch of text) boundaries.push(boundaries.at(-1)! + ch.length);
        const s = boundaries[a % boundaries.length]!;
        const e = boundaries[b % boundaries.length]!;
        const [start, end] = s <= e ? [s, e] : [e, s];
        const index = codePointIndex(text);
        expect(sliceCodePoints(text, index.toCodePoint(start), index.toCodePoint(end))).toBe(
          text.slice(start, end),
        );
      }),
    );
  });
});
