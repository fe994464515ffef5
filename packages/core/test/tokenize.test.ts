import { describe, expect, it } from 'vitest';
import { fold, foldText, tokenize } from '../src/index.js';

describe('fold', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إدلب', 'ادلب'],
    ['آب', 'اب'],
    ['مستشفى', 'مستشفي'],
    ['سورية', 'سوريه'],
    ['مُحَمَّدٌ', 'محمد'],
    ['حـــلب', 'حلب'],
    ['٢٠١٦', '2016'],
    ['۲۰۱۶', '2016'],
    ['\uFEFBمــ', 'لام'],
    ['ح\u200Cلب', 'حلب'],
    ['Reuters', 'reuters'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('maps every folded unit back into the original text', () => {
    const text = 'قال الرئيسُ بشّار الأسد ﻻ';
    const { folded, offsets } = foldText(text);
    expect(folded).toBe(fold(text));
    expect(offsets[folded.length]).toBe(text.length);
    for (let i = 0; i < folded.length; i++) expect(offsets[i]).toBeLessThan(text.length);
  });
});

describe('tokenize', () => {
  it('keeps every token a slice of the text', () => {
    const text = 'قال لافروف (الأحد): «حلب» 2016.\nوموسكو 😀 x\uD800y ٢٠١٦.٥';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual(['قال لافروف (الأحد): «حلب» 2016.', 'وموسكو 😀 x\uD800y ٢٠١٦.٥']);
    expect(tokens.find((t) => t.text === '😀')?.kind).toBe('symbol');
    expect(tokens.find((t) => t.text === '٢٠١٦.٥')?.kind).toBe('number');
  });

  it('splits the conjunction off only before the article', () => {
    const { tokens } = tokenize('والجيش للمرصد وموسكو لافروف');
    expect(tokens.map((t) => t.proclitic)).toEqual(['و', 'ل', '', '']);
  });
});
