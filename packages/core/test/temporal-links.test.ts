import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

/**
 * Values that depend on a neighbouring expression: a Hijri date printed with its Gregorian day (or a weekday),
 * a clock time and the day it belongs to; and counted durations with a fraction (عامان ونصف). Rows are
 * [text, expected [span, label, value, mod?], DCT]; the default DCT is Monday 2016-12-05.
 */

type Expected = readonly [text: string, label: string, value: string, mod?: string];
type Row = readonly [text: string, expected: readonly Expected[], dct?: string | null];

const DCT = '2016-12-05';

function found(text: string, dct: string | null) {
  const doc = parse(text, { documentDate: dct, entities: false });
  return doc.mentions.map((m) =>
    m.kind === 'temporal' ? [m.text, m.label, m.value, ...(m.mod ? [m.mod] : [])] : [m.text, m.label],
  );
}

function check(rows: readonly Row[]) {
  it.each(rows.map((r) => [r[0], r[1], r[2] === undefined ? DCT : r[2]] as const))(
    '%s',
    (text, expected, date) => {
      expect(found(text, date)).toEqual(expected.map((e) => [...e]));
    },
  );
}

describe('a Hijri date beside its Gregorian day takes the Gregorian day', () => {
  check([
    [
      // Umm al-Qura: 20 Safar 1438 = 2016-11-20; the printed Gregorian day is the 21st.
      'الاثنين 20 صفر 1438 هـ الموافق 21 تشرين الثاني 2016',
      [
        ['الاثنين', 'DATE', '2016-11-21'],
        ['20 صفر 1438 هـ', 'DATE', '2016-11-21'],
        ['21 تشرين الثاني 2016', 'DATE', '2016-11-21'],
      ],
    ],
    [
      // The Gregorian day first; Umm al-Qura: 10 Muharram 1438 = 2016-10-11.
      'صدر العدد في 12 أكتوبر 2016 - 10 محرم 1438 هـ',
      [
        ['12 أكتوبر 2016', 'DATE', '2016-10-12'],
        ['10 محرم 1438 هـ', 'DATE', '2016-10-12'],
      ],
    ],
    [
      // Without its year the Hijri date takes the one that fits the Gregorian day (Umm al-Qura: 2016-12-12).
      'الثلاثاء 13 ربيع الأول الموافق 13 كانون الأول 2016',
      [
        ['الثلاثاء', 'DATE', '2016-12-13'],
        ['13 ربيع الأول', 'DATE', '2016-12-13'],
        ['13 كانون الأول 2016', 'DATE', '2016-12-13'],
      ],
    ],
    [
      // Nine days apart: not the same day, each keeps its own value.
      'بين 10 محرم 1438 هـ - 20 تشرين الأول 2016',
      [
        ['10 محرم 1438 هـ', 'DATE', '2016-10-11'],
        ['20 تشرين الأول 2016', 'DATE', '2016-10-20'],
      ],
    ],
  ]);

  it('pairs a dateline printed on two lines', () => {
    const doc = parse('عنوان الخبر\n\n20 صفر 1438 هـ\n21 نوفمبر 2016\n\nقال الوزير أمس', { entities: false });
    expect(doc.mentions.map((m) => (m.kind === 'temporal' ? m.value : ''))).toEqual([
      '2016-11-21',
      '2016-11-21',
      '2016-11-20',
    ]);
  });

  it('dates the document by the pair', () => {
    const doc = parse('عنوان الخبر\n\nالأحد 20 صفر 1438 هـ - 21 نوفمبر 2016 م\n\nقال الوزير أمس', {
      entities: false,
    });
    expect(doc.dct.value).toBe('2016-11-21');
  });
});

describe('a weekday settles a Hijri date one day off Umm al-Qura', () => {
  check([
    // Umm al-Qura: 1 Ramadan 1437 = Monday 2016-06-06; the text says Tuesday.
    [
      'أعلن المجلس أن الثلاثاء 1 رمضان 1437 هـ أول أيام الصوم',
      [
        ['الثلاثاء', 'DATE', '2016-06-07'],
        ['1 رمضان 1437 هـ', 'DATE', '2016-06-07'],
      ],
    ],
    [
      'أعلن المجلس أن الاثنين 1 رمضان 1437 هـ أول أيام الصوم',
      [
        ['الاثنين', 'DATE', '2016-06-06'],
        ['1 رمضان 1437 هـ', 'DATE', '2016-06-06'],
      ],
    ],
  ]);

  it('dates a Hijri-only dateline by its weekday', () => {
    // Umm al-Qura: 1 Shawwal 1437 = Wednesday 2016-07-06.
    const doc = parse('عنوان\nالخميس 1 شوال 1437 هـ\nقال الوزير أمس', { entities: false });
    expect(doc.dct.value).toBe('2016-07-07');
    expect(doc.mentions.at(-1)?.kind === 'temporal' && doc.mentions.at(-1)).toMatchObject({
      value: '2016-07-06',
    });
  });
});

describe('a clock time takes the day named right after it', () => {
  check([
    [
      'بدأ القصف عند الساعة العاشرة من صباح الخميس',
      [
        ['الساعة العاشرة', 'TIME', '2016-12-01T10:00'],
        ['صباح الخميس', 'TIME', '2016-12-01TMO'],
      ],
    ],
    [
      'انفجرت العبوة الساعة 11 ليلة الجمعة',
      [
        ['الساعة 11', 'TIME', '2016-12-02T23:00'],
        ['ليلة الجمعة', 'TIME', '2016-12-02TNI'],
      ],
    ],
    [
      'أقلعت الطائرة في الساعة العاشرة من صباح 3 كانون الأول',
      [
        ['الساعة العاشرة', 'TIME', '2016-12-03T10:00'],
        ['صباح 3 كانون الأول', 'TIME', '2016-12-03TMO'],
      ],
    ],
    [
      'وصل الوفد الساعة الرابعة عصرا يوم أمس',
      [
        ['الساعة الرابعة عصرا', 'TIME', '2016-12-04T16:00'],
        ['يوم أمس', 'DATE', '2016-12-04'],
      ],
    ],
  ]);
});

describe('a clock time with no day of its own takes the narrative day', () => {
  check([
    [
      'قتل خمسة أشخاص أمس الأحد في انفجار بسوق المدينة.\n\nوقال شاهد إن الانفجار وقع قرابة الساعة الثامنة صباحاً.',
      [
        ['أمس الأحد', 'DATE', '2016-12-04'],
        ['الساعة الثامنة صباحاً', 'TIME', '2016-12-04T08:00'],
      ],
    ],
    [
      // The first day of the lead is its main clause's; أمس belongs to the clause after بعد أن.
      'بدأ الوفد اليوم الاثنين جولة جديدة بعد أن ألغيت جولة أمس.\nوانطلقت الجولة عند الساعة التاسعة صباحاً.',
      [
        ['اليوم الاثنين', 'DATE', '2016-12-05'],
        ['أمس', 'DATE', '2016-12-04'],
        ['الساعة التاسعة صباحاً', 'TIME', '2016-12-05T09:00'],
      ],
    ],
    [
      'اجتمع الطرفان اليوم بعد لقاء أمس الذي بدأ الساعة الرابعة عصراً',
      [
        ['اليوم', 'DATE', '2016-12-05'],
        ['أمس', 'DATE', '2016-12-04'],
        ['الساعة الرابعة عصراً', 'TIME', '2016-12-04T16:00'],
      ],
    ],
    [
      // Two paragraphs back is too far: the DCT's day.
      'قتل جندي أمس الأحد.\n\nوتقول الوزارة إن الحصار مستمر.\n\nوتبدأ الجلسة الساعة الخامسة مساء.',
      [
        ['أمس الأحد', 'DATE', '2016-12-04'],
        ['الساعة الخامسة مساء', 'TIME', '2016-12-05T17:00'],
      ],
    ],
    ['تبدأ الجلسة الساعة الخامسة مساء', [['الساعة الخامسة مساء', 'TIME', '2016-12-05T17:00']]],
  ]);
});

describe('durations with a fraction of their unit', () => {
  check([
    [
      'عاد السكان بعد أكثر من عامين ونصف من الحصار',
      [['أكثر من عامين ونصف', 'DURATION', 'P30M', 'MORE_THAN']],
    ],
    ['بعد ثلاث سنوات ونصف من القتال', [['ثلاث سنوات ونصف', 'DURATION', 'P42M']]],
    ['خلال يومين ونصف', [['يومين ونصف', 'DURATION', 'PT60H']]],
    ['استغرقت الرحلة ساعة وربع', [['ساعة وربع', 'DURATION', 'PT75M']]],
    ['منذ شهر ونصف', [['شهر ونصف', 'DURATION', 'P45D']]],
    ['لمدة نصف ساعة', [['نصف ساعة', 'DURATION', 'PT30M']]],
    ['ستنتهي المهلة بعد عام ونصف', [['بعد عام ونصف', 'DATE', '2018-06']]],
    ['بدأ المشروع قبل عامين ونصف', [['قبل عامين ونصف', 'DATE', '2014-06']]],
  ]);
});

describe('the second number of a score before a part of a named day is no clock time', () => {
  check([
    ['فاز الفريق على ضيفه 2 - 0 مساء الأحد', [['مساء الأحد', 'TIME', '2016-12-04TEV']]],
    ['تعادل الناديان 1 - 1 مساء أمس', [['مساء أمس', 'TIME', '2016-12-04TEV']]],
    [
      'وصل الموكب عند 11 مساء أمس',
      [
        ['11 مساء', 'TIME', '2016-12-04T23:00'],
        ['أمس', 'DATE', '2016-12-04'],
      ],
    ],
    ['تفتح الأسواق بين 9 - 11 مساء', [['11 مساء', 'TIME', '2016-12-05T23:00']]],
  ]);
});

describe('a shift anchored on now is still a shift; on an event it is a duration', () => {
  check([
    ['ستنتهي المهلة بعد ثلاثة أيام من الآن', [['بعد ثلاثة أيام من الآن', 'DATE', '2016-12-08']]],
    ['تأسست الجمعية قبل عامين من اليوم، كما قال', [['قبل عامين من اليوم', 'DATE', '2014']]],
    ['وصلت القافلة بعد أسبوع من اليوم الذي أغلق فيه المعبر', [['أسبوع', 'DURATION', 'P1W']]],
    ['انسحبت القوات بعد ثلاثة أشهر من المعارك', [['ثلاثة أشهر', 'DURATION', 'P3M']]],
  ]);
});

describe('clock times without الساعة and nights between two named days', () => {
  check([
    [
      'انطلقت المسيرة في السابعة من مساء الجمعة',
      [
        ['السابعة', 'TIME', '2016-12-02T19:00'],
        ['مساء الجمعة', 'TIME', '2016-12-02TEV'],
      ],
    ],
    ['وصلنا للمرة الثالثة من صباح اليوم', [['صباح اليوم', 'TIME', '2016-12-05TMO']]],
    ['دوت الانفجارات منتصف ليل الخميس الجمعة', [['منتصف ليل الخميس الجمعة', 'TIME', '2016-12-01TNI']]],
    ['هطلت الثلوج ليلة الأربعاء الخميس الماضي', [['ليلة الأربعاء الخميس الماضي', 'TIME', '2016-11-30TNI']]],
  ]);
});

describe('a day in digits of a relative month', () => {
  check([
    ['تنتهي المهلة في 20 من الشهر الجاري', [['20 من الشهر الجاري', 'DATE', '2016-12-20']]],
    ['عقد الاجتماع يوم 3 الجاري', [['يوم 3 الجاري', 'DATE', '2016-12-03']]],
    ['بدأت الحملة في 12 من الشهر الماضي', [['12 من الشهر الماضي', 'DATE', '2016-11-12']]],
    ['أصيب 12 من الجنود', []],
  ]);
});

describe('a second year joined by و', () => {
  check([
    [
      'تضاعف عدد النازحين بين عامي 2013 و2015',
      [
        ['عامي 2013', 'DATE', '2013'],
        ['2015', 'DATE', '2015'],
      ],
    ],
    [
      'تراجعت الصادرات في 2014 و 2015',
      [
        ['2014', 'DATE', '2014'],
        ['2015', 'DATE', '2015'],
      ],
    ],
    ['وصل بين 1800 و2000 لاجئ', []],
  ]);
});

describe('minutes counted after the hour', () => {
  check([
    [
      'دوى الانفجار الساعة التاسعة وعشر دقائق صباحا',
      [['الساعة التاسعة وعشر دقائق صباحا', 'TIME', '2016-12-05T09:10']],
    ],
    ['أقلعت الطائرة الساعة 7 و20 دقيقة مساء', [['الساعة 7 و20 دقيقة مساء', 'TIME', '2016-12-05T19:20']]],
  ]);
});
