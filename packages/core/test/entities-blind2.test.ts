import { describe, expect, it } from 'vitest';
import { type EntityCase, entitySpans, testEntityCategories } from './entity-cases.js';

/**
 * Regression cases for the entity error categories of a second blind evaluation. The sentences are written for
 * these tests (their people and villages are made up): the rules must find them from the words around them.
 * `found` must all be among the mentions, `absent` none of them.
 */
const categories: Record<string, readonly EntityCase[]> = {
  'a word with tanwin al-fath is no name': [
    { sentence: 'وأرسلت الحكومة وفداً عراقياً إلى العاصمة.', found: [], absent: ['LOC:عراقياً'] },
    { sentence: 'وأصيب خمسة عناصر من الشرطة وجندياً لبنانياً في الهجوم.', found: [], absent: ['LOC:لبنانياً'] },
    { sentence: 'وأقام الهلال الأحمر مركزاً طبياً ميدانياً قرب الحدود.', found: [], absent: ['LOC:ميدانياً'] },
  ],
  'honorifics and particles inside person names': [
    {
      sentence: 'وقال الطبيب سامر الشيخ عمران، وهو مدير المستشفى، إن الوضع صعب.',
      found: ['PER:سامر الشيخ عمران'],
    },
    { sentence: 'وقال الرائد خليل الحاج علي، للصحفيين، إن الهجوم فشل.', found: ['PER:خليل الحاج علي'] },
    {
      sentence: 'وقال رئيس المجلس المحلي في البلدة، المعروف بنشاطه، فادي الحاج يوسف، إن القصف مستمر.',
      found: ['PER:فادي الحاج يوسف'],
    },
    {
      sentence: 'وقال الطبيب عبد الرحيم الأردن لـ«الحياة» إن المستشفى خرج عن الخدمة.',
      found: ['PER:عبد الرحيم الأردن'],
      absent: ['LOC:الأردن'],
    },
    { sentence: 'وزار الملك عبد الله الأردن بعد جولة أوروبية.', found: ['LOC:الأردن'] },
  ],
  'feature nouns before a place name': [
    { sentence: 'ونزح آلاف المدنيين إلى غرب نهر الفرات.', found: ['LOC:الفرات'], absent: ['LOC:نهر الفرات'] },
    { sentence: 'وتقدمت القوات على جبل الشومرية بمحيط القرية.', found: ['LOC:الشومرية'] },
    { sentence: 'وتمركزت الفصائل في جبل الزاوية.', found: ['LOC:جبل الزاوية'] },
    { sentence: 'وسيطرت القوات على قرية تل بريص الكبير.', found: ['LOC:تل بريص الكبير'] },
    { sentence: 'وقصفت الطائرات بلدة خربة الجوز الحدودية.', found: ['LOC:خربة الجوز'] },
  ],
  organisations: [
    { sentence: 'وقال قائد في كتيبة تابعة للجيش الحر إن الهجوم بدأ.', found: ['ORG:لجيش الحر'] },
    { sentence: 'وقصفت الطائرات مقراً لجيش حماة الحر قرب البلدة.', found: ['ORG:جيش حماة الحر'] },
    { sentence: 'وأعلنت مديرية الصحة الحرة في حماة إغلاق المستوصف.', found: ['ORG:مديرية الصحة الحرة'] },
    { sentence: 'وقالت منظمة أطباء بلا حدود إن المستشفى قصف.', found: ['ORG:أطباء بلا حدود'] },
    { sentence: 'وحذرت منظمة الصحة العالمية من انتشار الوباء.', found: ['ORG:منظمة الصحة العالمية'] },
    {
      sentence: 'وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (OCHA) إن القوافل توقفت.',
      found: ['ORG:OCHA'],
    },
    {
      sentence: 'وأعلن التحالف الدولي بقيادة الولايات المتحدة تنفيذ غارات جديدة.',
      found: ['ORG:التحالف الدولي', 'LOC:الولايات المتحدة'],
    },
    {
      sentence: 'وقال مسؤول في المفوضية العليا للأمم المتحدة لشؤون اللاجئين إن المفوضية وزعت المساعدات.',
      found: ['ORG:المفوضية'],
    },
  ],
  'a place that is an everyday word, once named in the document': [
    {
      sentence:
        'واقتربت الفصائل من الباب شمال حلب. وقال قائد إن مدينة الباب ستسقط قريبا، وإن المعارك قرب الباب عنيفة.',
      found: ['LOC:الباب'],
      absent: [],
    },
    { sentence: 'وقصفت الطائرات حيي الجورة والصناعة في المدينة.', found: ['LOC:الصناعة', 'LOC:الجورة'] },
    { sentence: 'ووصلت المساعدات إلى بلدتي كفرنبل وحيش.', found: ['LOC:كفرنبل', 'LOC:حيش'] },
    { sentence: 'وتقدمت القوات إلى مشارف المدينة من الشرق.', found: [], absent: ['LOC:المدينة'] },
    {
      sentence: 'ويعيش آلاف المدنيين في قرى محررة وبلدات منكوبة.',
      found: [],
      absent: ['LOC:محررة', 'LOC:منكوبة'],
    },
    { sentence: 'وقتل مدنيون في قصف على مدرسة بريف حماة.', found: ['LOC:حماة'], absent: ['LOC:ريف'] },
    { sentence: 'وحذر من أن المدينة قد تدمر بالكامل إذا استمر القصف.', found: [], absent: ['LOC:تدمر'] },
  ],
  'bylines and headline ledes': [
    { sentence: 'إسطنبول/ مراد يلماز/ الأناضول\nقال الوزير إن المحادثات مستمرة.', found: ['PER:مراد يلماز'] },
    { sentence: 'حلب – «الحياة»: من سامر الحلبي\nقتل عشرة مدنيين في قصف.', found: ['PER:سامر الحلبي'] },
    { sentence: 'الدفاع: إسقاط طائرة مسيرة فوق المطار\nدمشق-سانا', found: ['ORG:الدفاع'] },
  ],
  'a quoted name after لـ is the outlet spoken to': [
    { sentence: 'وقال المسؤول لـ«الشرق الأوسط» إن الاتفاق قريب.', found: ['ORG:الشرق الأوسط'] },
    { sentence: 'وتتصاعد التوترات في الشرق الأوسط منذ سنوات.', found: ['LOC:الشرق الأوسط'] },
  ],
};

testEntityCategories(categories);

describe('in-document confirmation of everyday-word places', () => {
  it('marks every bare mention once a naming context established the place', () => {
    const text =
      'واقتربت الفصائل من الباب شمال حلب. وقال قائد إن مدينة الباب ستسقط قريبا، وإن المعارك قرب الباب عنيفة.';
    expect(entitySpans(text).filter((s) => s === 'LOC:الباب')).toHaveLength(3);
  });
  it('leaves the everyday word alone where no naming context named the place', () => {
    const text = 'وأغلق الوزير الباب أمام أي تفاوض، وقال إن الباب لن يفتح.';
    expect(entitySpans(text)).not.toContain('LOC:الباب');
  });
});
