import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText, parse, tokenize } from '../src/index.js';

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

  it('leaves presentation-form symbols that are their own NFKC form as they are (ornate brackets)', () => {
    expect(fold('﴾حلب﴿')).toBe('﴾حلب﴿');
    expect(fold('ﺣﻠﺐ ﴾')).toBe('حلب ﴾');
    expect(() => parse('قال ﴾ﷺ﴿ ﮲')).not.toThrow();
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
    expect(sentences.map((s) => s.text)).toEqual([
      'قال لافروف (الأحد): «حلب» 2016.',
      'وموسكو 😀 x\uD800y ٢٠١٦.٥',
    ]);
    expect(tokens.find((t) => t.text === '😀')?.kind).toBe('symbol');
    expect(tokens.find((t) => t.text === '٢٠١٦.٥')?.kind).toBe('number');
  });

  it('splits the conjunction off only before the article', () => {
    const { tokens } = tokenize('والجيش للمرصد وموسكو لافروف');
    expect(tokens.map((t) => t.proclitic)).toEqual(['و', 'ل', '', '']);
  });
});

/** The tokenizer's spaces: ASCII blanks, NEL, NBSP and the Unicode space separators, line and paragraph breaks. */
const SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const ONLY_SPACES = new RegExp(`^${SPACE.source}*$`);
const LINE_BREAKS = /[\n\r\u2028\u2029\u0085]/;
const PIECES = [
  'و',
  'لل',
  'حلب',
  'أ',
  'ة',
  'ّ',
  'ـ',
  '\u200f',
  'ﻻ',
  '﴾',
  '🙂',
  '\ud800',
  'A',
  'É',
  '5',
  '٢',
  '.',
  ',',
  '/',
  '٫',
  '؟',
  '!',
  '…',
  '»',
  '"',
  ')',
  ' ',
  '\n',
  '\r\n',
  '\u2028',
  '\u00a0',
  '\t',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('tokenize on many distinct words', () => {
  it('keeps every token its own text and folded form when the words outgrow any table', () => {
    const words = Array.from(
      { length: 60_000 },
      (_, i) =>
        `كلمة${String.fromCharCode(0x0621 + (i % 42), 0x0621 + (((i / 42) | 0) % 42), 0x0621 + ((i / 1764) | 0))}`,
    );
    const text = `${words.join(' ')} ${words.join(' ')}`;
    const { tokens } = tokenize(text);
    expect(tokens).toHaveLength(words.length * 2);
    expect(tokens.map((t) => t.text)).toEqual([...words, ...words]);
    expect(tokens.map((t) => t.norm)).toEqual(tokens.map((t) => fold(text.slice(t.start, t.end))));
  });
});

describe('tokenize (fast-check)', () => {
  it('covers every non-space unit once, in order, with the folded form of each token', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { tokens } = tokenize(text);
        let previousEnd = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(ONLY_SPACES.test(text.slice(previousEnd, t.start))).toBe(true);
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(SPACE.test(t.text)).toBe(false);
          expect(t.norm).toBe(fold(t.text));
          previousEnd = t.end;
        }
        expect(ONLY_SPACES.test(text.slice(previousEnd))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('numbers words so that equal ids mean the same word, and repeated words share an id', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { tokens, wordIds, wordCount } = tokenize(text);
        expect(wordIds).toHaveLength(tokens.length);
        const textOfId = new Map<number, string>();
        const idOfText = new Map<string, number>();
        tokens.forEach((t, i) => {
          const id = wordIds[i]!;
          expect(id).toBeGreaterThanOrEqual(0);
          expect(id).toBeLessThan(wordCount);
          expect(textOfId.get(id) ?? t.text).toBe(t.text);
          expect(idOfText.get(t.text) ?? id).toBe(id);
          textOfId.set(id, t.text);
          idOfText.set(t.text, id);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('numbers sentences in order; no sentence crosses a line break', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { tokens, sentences } = tokenize(text);
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(LINE_BREAKS.test(s.text)).toBe(false);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
        });
        for (const t of tokens) {
          const s = sentences[t.sentence]!;
          expect(t.start).toBeGreaterThanOrEqual(s.start);
          expect(t.end).toBeLessThanOrEqual(s.end);
        }
        if (tokens.length) expect(tokens[tokens.length - 1]!.sentence).toBe(sentences.length - 1);
      }),
      { numRuns: 1000 },
    );
  });
});
