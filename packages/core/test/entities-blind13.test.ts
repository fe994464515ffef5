/**
 * Categories found in a tenth held-out evaluation (Aleppo's schools and hospitals, Wadi Barada, the 2016
 * elections). The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'schools, bakeries and hospitals named by a name; no person starts with their noun': [
    {
      sentence: 'وأوضح مدير مشفى الرازي الدكتور زاهر حجو أن المشفى استقبل الجرحى.',
      found: ['ORG:مشفى الرازي'],
      absent: ['PER:مشفى الرازي'],
    },
    {
      sentence: 'وسقطت القذائف على مدرسة سعد الأنصاري في حي الفرقان.',
      found: ['ORG:مدرسة سعد الأنصاري', 'LOC:الفرقان'],
    },
    { sentence: 'وخرج فرن الإحسان عن الخدمة.', found: ['ORG:فرن الإحسان'] },
    { sentence: 'وأغلق فرن الحي أبوابه.', found: [], absent: ['ORG:فرن الحي'] },
    { sentence: 'واستهدفت الغارات فرن قاضي عسكر.', found: ['LOC:قاضي عسكر'], absent: ['ORG:فرن قاضي عسكر'] },
    { sentence: 'وقصفت الطائرات مدرسة بإدلب.', found: ['LOC:إدلب'], absent: ['ORG:مدرسة بإدلب'] },
  ],
  'an indefinite nisba of an everyday word alone is no person': [
    { sentence: 'وأفاد مصدر ميداني بأن وحدات الهندسة فككت العبوات.', found: [], absent: ['PER:ميداني'] },
  ],
});
