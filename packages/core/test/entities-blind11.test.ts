/**
 * Categories found in an eighth held-out evaluation (Aleppo's neighbourhoods and services, 2016 events). The
 * sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a body named by its place and an adjective, or by its place after a place noun': [
    {
      sentence: 'خاصة بعد استهداف مركز الصاخور الطبي في الأيام الأخيرة.',
      found: ['ORG:مركز الصاخور الطبي'],
      absent: ['LOC:الصاخور'],
    },
    {
      sentence: 'وقال الناشط من مركز المعرة الإعلامي إن العناصر انسحبوا.',
      found: ['ORG:مركز المعرة الإعلامي'],
    },
    {
      sentence: 'وأفاد ناشطون من تنسيقية مدينة سقبا بأن الاشتباكات أوقعت قتلى.',
      found: ['ORG:تنسيقية مدينة سقبا'],
    },
    { sentence: 'وقال رئيس مجلس مدينة حلب إن الطريق غير آمن.', found: ['ORG:مجلس مدينة حلب'] },
    { sentence: 'وقال إن مركز مدينة حلب مزدحم.', found: ['LOC:حلب'], absent: ['ORG:مركز مدينة حلب'] },
  ],
  'an attacked noun that an adjective describes is no place': [
    { sentence: 'فوصف الغارة بأنها هجوم على منشأة طبية معروفة.', found: [], absent: ['LOC:منشأة'] },
    { sentence: 'وكثفت الطائرات القصف على جنديرس هذا الأسبوع.', found: ['LOC:جنديرس'] },
  ],
  'known bodies of the coverage': [
    { sentence: 'وأعلنت «قطر الخيرية» حملة لجمع التبرعات.', found: ['ORG:قطر الخيرية'], absent: ['LOC:قطر'] },
    { sentence: 'وفق ما ذكرت وكالة الأنباء القطرية «قنا».', found: ['ORG:قنا'] },
    { sentence: 'وتتلقى الفصائل أوامرها من غرفة الموك.', found: ['ORG:غرفة الموك'] },
  ],
});
