/**
 * Categories found in the twenty-eighth and twenty-ninth held-out evaluations (daily life and the economy in 2016
 * Syria; the war seen from Lebanon, Jordan, Iraq, Turkey and the Golan), opened after they were measured sealed.
 * The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  "a known entity's short name before the document names it in full (a headline)": [
    {
      sentence: 'الحكومة الجديدة تبقي ميالة في منصبه\nوأبقى رئيس الحكومة على أديب ميالة في الحقيبة.',
      found: ['PER:ميالة', 'PER:أديب ميالة'],
    },
  ],
  'no person ends in a preposition of place or a verb of saying or thinking': [
    {
      sentence: 'ويقف أبو خالد أمام فرن الحطب منذ الفجر.',
      found: ['PER:أبو خالد'],
      absent: ['PER:أبو خالد أمام'],
    },
    {
      sentence: 'لكن رئيس لجنة الأسعار سمير دباغ رأى أن المشكلة في الرواتب.',
      found: ['PER:سمير دباغ'],
      absent: ['PER:سمير دباغ رأى'],
    },
  ],
  'a company: its brand after «شركة», or its whole descriptive name': [
    {
      sentence: 'ويعمل سائقا لدى شركة القدموس للنقل منذ سنوات.',
      found: ['ORG:القدموس'],
      absent: ['LOC:القدموس'],
    },
    { sentence: 'وتسير حافلات شركة الكرنك الحكومية رحلتين يوميا.', found: ['ORG:الكرنك'] },
    { sentence: 'وقال موظف في شركة "الأهلية" إن الحجوزات زادت.', found: ['ORG:الأهلية'] },
    { sentence: 'وقال مدير شركة كهرباء حلب إن التقنين سيخف.', found: ['ORG:شركة كهرباء حلب'] },
    { sentence: 'وأصلحت ورشات الشركة السورية للغاز الخط.', found: ['ORG:الشركة السورية للغاز'] },
  ],
  "a reporter's name after a dash in the dateline, closed by a slash or the line's end": [
    {
      sentence: 'الخبز يرتفع مجددا\nحلب - كريم الحلبي / 12 آذار 2016\nارتفع سعر الخبز.',
      found: ['PER:كريم الحلبي'],
    },
    { sentence: 'حلب - قالت مصادر محلية إن الطريق قطع.', found: [], absent: ['PER:قالت مصادر'] },
  ],
  'appointees named before their post in the accusative': [
    {
      sentence: 'وضمت الحكومة الجديدة سامر خليل وزيرا للاقتصاد وحسان صفية وزيرا للتعليم العالي.',
      found: ['PER:سامر خليل', 'PER:حسان صفية'],
      absent: ['PER:وحسان صفية'],
    },
    { sentence: 'وعينت الحكومة سفيرا جديدا في موسكو.', found: [] },
  ],
  "the neighbours' figures, bodies and places; a town that is also a family name": [
    {
      sentence: 'وقال رئيس حزب القوات اللبنانية سمير جعجع من معراب إن الاتفاق صامد.',
      found: ['PER:سمير جعجع', 'LOC:معراب'],
    },
    {
      sentence: 'وأعلن أبو مهدي المهندس أن قوات الحشد دخلت تلعفر.',
      found: ['PER:أبو مهدي المهندس', 'LOC:تلعفر'],
    },
    { sentence: 'واتهمت أنقرة أنصار فتح الله غولن بتدبير الانقلاب.', found: ['PER:فتح الله غولن'] },
    { sentence: 'وقتل الصحفي محمد زاهر الشرقاط في غازي عنتاب.', found: ['PER:محمد زاهر الشرقاط'] },
    { sentence: 'وقال إن حديثه مع الوزير كان إيجابيا.', found: [], absent: ['LOC:حديثه'] },
  ],
  'a directorate named by its portfolio alone is a body, like a ministry': [
    {
      sentence: 'وقال مدير الرقابة في مديرية التجارة الداخلية بحلب إن المخالفات كثيرة.',
      found: ['ORG:مديرية التجارة الداخلية'],
    },
    { sentence: 'وأصدرت مديرية التوجيه بيانا.', found: ['ORG:مديرية التوجيه'] },
  ],
  'a government named by one word after the title is part of the title': [
    { sentence: 'وكان وزير النقل في حكومة النظام غزوان الخير قد أعلن الخطة.', found: ['PER:غزوان الخير'] },
  ],
});
