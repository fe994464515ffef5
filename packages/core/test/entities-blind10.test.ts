/**
 * Categories found in a seventh held-out evaluation (2016 Aleppo from several sides, Khan Tuman, Qudsaya). The
 * sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a particle ends a list of places, also one spelt like a town': [
    {
      sentence: 'وسيطر الجيش على أحياء باب النصر والجلوم وباب قنسرين، وأن المساحة تتقلص.',
      found: ['LOC:باب النصر', 'LOC:الجلوم', 'LOC:باب قنسرين'],
      absent: ['LOC:وأن'],
    },
    { sentence: 'وقالت المصادر إن الحصار مستمر وإن المدنيين يعانون.', found: [], absent: ['LOC:وإن'] },
  ],
  'a past plural verb is no misspelt name': [
    { sentence: 'وقال إن مقاتلي الفصائل سلّموا أسلحتهم الثقيلة قبل يومين.', found: [], absent: ['LOC:سلّموا'] },
  ],
  'a preposition with the article ends a place name': [
    {
      sentence: 'ومنعت القوات دخول الخبز، وقصفت أحياء المرج والكوم بالمدفعية.',
      found: ['LOC:الكوم'],
      absent: ['LOC:الكوم بالمدفعية'],
    },
  ],
  'a nationality adjective inside a model person span makes it no person': [
    {
      sentence: 'فيتو روسي صيني سادس يسقط مشروع هدنة حلب',
      found: ['LOC:حلب'],
      absent: ['PER:فيتو روسي صيني سادس'],
    },
  ],
  'the reporter of a dateline with a given name of the list': [
    {
      sentence: 'بيروت: نذير رضا – السبت 7 أيار (مايو) 2016\nأحكمت الفصائل سيطرتها على البلدة.',
      found: ['PER:نذير رضا'],
    },
  ],
});
