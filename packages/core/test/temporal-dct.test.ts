import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const temporal = (text: string, documentDate?: string | null) => {
  const doc = parse(text, { documentDate, entities: false });
  return { doc, mentions: doc.mentions.flatMap((m) => (m.kind === 'temporal' ? [m] : [])) };
};

describe('document date (DCT)', () => {
  it('takes the caller date first', () => {
    const { doc, mentions } = temporal('5 كانون الأول (ديسمبر - دجنبر)، 2016\nقال الوزير أمس', '2016-10-02');
    expect(doc.dct).toEqual({ value: '2016-10-02', source: 'caller', span: null });
    expect(mentions.at(-1)?.value).toBe('2016-10-01');
  });

  it('reads a dateline under the headline, with its span', () => {
    const text =
      'لافروف يكشف عن اتفاق وشيك\n\n5 كانون الأول (ديسمبر - دجنبر)، 2016\n3 minutes\n\nقال الوزير أمس';
    const { doc, mentions } = temporal(text);
    const start = text.indexOf('5 كانون');
    expect(doc.dct).toEqual({
      value: '2016-12-05',
      source: 'dateline',
      span: { start, end: text.indexOf('\n3 min') },
    });
    expect(mentions.at(-1)?.value).toBe('2016-12-04');
  });

  it('reads a date in the opening sentence', () => {
    const text =
      'عنوان الخبر\n\nأعلنت الوزارة الأحد (02 أكتوبر/ تشرين الأول 2016) أن الوزيرين تحادثا يوم السبت.';
    const { doc, mentions } = temporal(text);
    expect(doc.dct.value).toBe('2016-10-02');
    expect(doc.dct.source).toBe('dateline');
    expect(mentions.map((m) => m.value)).toEqual(['2016-10-02', '2016-10-02', '2016-10-01']);
  });

  it('prefers the Gregorian date of a double dateline', () => {
    const text = 'عنوان\nالاثنين 6 ربيع الأول 1438 هـ الموافق 5 كانون الأول 2016\nقال الوزير أمس';
    const { doc, mentions } = temporal(text);
    expect(doc.dct.value).toBe('2016-12-05');
    expect(mentions.find((m) => m.hijri)?.hijri).toBe('1438-03-06');
    expect(mentions.at(-1)?.value).toBe('2016-12-04');
  });

  it('ignores dates far down the article', () => {
    const text = `عنوان\n\n${'سطر من النص.\n'.repeat(8)}وقع ذلك في 3 أيلول 2015 وقال أمس`;
    const { doc, mentions } = temporal(text);
    expect(doc.dct).toEqual({ value: null, source: 'none', span: null });
    expect(mentions.map((m) => m.value)).toEqual(['2015-09-03', 'XXXX-XX-XX']);
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-document-date', 'info']]);
  });

  it('reports an invalid caller date and falls back to the dateline', () => {
    for (const bad of ['2016-02-30', '05/12/2016', 'tomorrow', '2016-13-01']) {
      const { doc } = temporal('5 كانون الأول 2016\nقال الوزير أمس', bad);
      expect(doc.dct.source).toBe('dateline');
      expect(doc.dct.value).toBe('2016-12-05');
      expect(doc.diagnostics.map((d) => d.code)).toContain('invalid-document-date');
    }
  });

  it('says nothing about a missing date when nothing is relative', () => {
    const { doc } = temporal('استمر القصف 24 ساعة كل يوم');
    expect(doc.dct.source).toBe('none');
    expect(doc.diagnostics).toEqual([]);
  });

  it('never reads the clock: the same text gives the same values', () => {
    const a = temporal('قال الوزير أمس إن الأسبوع المقبل حاسم');
    const b = temporal('قال الوزير أمس إن الأسبوع المقبل حاسم');
    expect(a.mentions).toEqual(b.mentions);
    expect(a.mentions.map((m) => m.value)).toEqual(['XXXX-XX-XX', 'XXXX-WXX']);
  });
});

describe('spans', () => {
  it('leaves proclitics and signal words outside', () => {
    const text = 'وبحسب المصدر، ويوم السبت حذرت روسيا، ومنذ 22 نيسان لم يدخل شيء، ولمدة سبعة أيام، وبالأمس';
    const { mentions } = temporal(text, '2016-12-05');
    expect(mentions.map((m) => m.text)).toEqual(['يوم السبت', '22 نيسان', 'سبعة أيام', 'الأمس']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts offsets in UTF-16 code units over diacritics, tatweel and emoji', () => {
    const text = '😀 قالَ الوزيرُ أمسِ إنّ الاجتماعَ سيُعقدُ غـداً';
    const { mentions } = temporal(text, '2016-12-05');
    expect(mentions.map((m) => [m.text, m.value])).toEqual([
      ['أمسِ', '2016-12-04'],
      ['غـداً', '2016-12-06'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives every mention its sentence, a rule source and a confidence', () => {
    const { doc, mentions } = temporal('جملة أولى.\nقال الوزير أمس.', '2016-12-05');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      kind: 'temporal',
      source: 'rule',
      sentence: 1,
      relative: true,
      hijri: null,
    });
    expect(doc.sentences[1]?.text).toContain('أمس');
    expect(mentions[0]!.confidence).toBeGreaterThan(0);
    expect(mentions[0]!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('robustness', () => {
  const pieces = [
    'أمس',
    'يوم',
    'السبت',
    '5',
    '31',
    'شباط',
    'كانون',
    'الأول',
    '(',
    ')',
    '/',
    '،',
    '2016',
    'هـ',
    'قبل',
    'بعد',
    'كل',
    'الساعة',
    '10:30',
    'مساء',
    'الماضي',
    'من',
    'العاشر',
    'الشهر',
    'ونصف',
    'أكثر',
    'الـ',
    '\n',
    '😀',
    'ً',
    '\u200f',
  ];
  it('never throws and keeps spans exact on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...pieces)).map((a) => a.join(' ')),
        ),
        fc.option(fc.constantFrom('2016-12-05', '2016-02-30', 'x'), { nil: undefined }),
        (text, date) => {
          const { doc, mentions } = temporal(text, date);
          for (const m of mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.value).not.toBe('');
          }
          for (let i = 1; i < doc.mentions.length; i++) {
            expect(doc.mentions[i]!.start).toBeGreaterThanOrEqual(doc.mentions[i - 1]!.end);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
