/**
 * Categories found in a ninth held-out evaluation (Aleppo's brigades, schools and bakeries; al-Bab; Idlib). The
 * sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'state bodies named by a head and the adjective of their country': [
    {
      sentence: 'بوساطة من جهاز الاستخبارات التركي، وأفضت إلى وقف لإطلاق النار.',
      found: ['ORG:جهاز الاستخبارات التركي'],
    },
    { sentence: 'وقالت الأركان التركية في بيان إنها حيدت العشرات.', found: ['ORG:الأركان التركية'] },
    { sentence: 'وتقدمت الفصائل بدعم من القوات المسلحة التركية.', found: ['ORG:القوات المسلحة التركية'] },
    { sentence: 'وقالت الأركان إن العملية مستمرة.', found: [], absent: ['ORG:الأركان'] },
  ],
  'public figures and spelling variants of the coverage': [
    {
      sentence: 'وقال المدير التنفيذي للمنظمة أنتوني ليك في بيان إن الهجوم جريمة.',
      found: ['PER:أنتوني ليك'],
    },
    {
      sentence: 'وناشد رئيس المجلس المحلي بريتا حاجي حسن المجتمع الدولي التحرك.',
      found: ['PER:بريتا حاجي حسن'],
    },
  ],
});
