/**
 * Categories found in a fifth held-out evaluation (2016 coverage of Aleppo, the Eid truce, Hasakah, al-Waer). The
 * sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a hospital is named by whatever follows its noun': [
    {
      sentence: 'وقال إن مشفى البيان ومشفى عمر بن عبد العزيز تعرضا لغارات مباشرة.',
      found: ['ORG:مشفى البيان', 'ORG:مشفى عمر بن عبد العزيز'],
      absent: ['PER:عمر بن عبد العزيز'],
    },
    { sentence: 'ونقل مرضى مشفى الحكيم للأطفال إلى الأقبية.', found: ['ORG:مشفى الحكيم للأطفال'] },
    {
      sentence: 'ونقل الجرحى إلى مستشفى القدس في حي السكري.',
      found: ['ORG:مستشفى القدس'],
      absent: ['LOC:القدس'],
    },
    { sentence: 'وقال مدير مشفى المدينة إن الأدوية نفدت.', found: [], absent: ['ORG:مشفى المدينة'] },
    { sentence: 'وخرج المشفى الميداني عن الخدمة.', found: [], absent: ['ORG:المشفى الميداني'] },
  ],
  'a quotation that opens with a verb is no name': [
    {
      sentence: 'وقال مدير المركز إن فرقه «تعمل بنصف آلياتها» بعد القصف.',
      found: [],
      absent: ['ORG:تعمل بنصف آلياتها'],
    },
  ],
  'a definite everyday noun with a nationality adjective names nothing': [
    {
      sentence: 'وقال القيادي إن «المليشيات الإيرانية» منعت خروج الدفعة الأولى.',
      found: [],
      absent: ['ORG:المليشيات الإيرانية'],
    },
    { sentence: 'وقال إن الجيش السوري تقدم.', found: ['ORG:الجيش السوري'] },
  ],
  'three name words closed by a definite family name after a title': [
    {
      sentence: 'وقال محافظ الحسكة محمد زعال العلي لوكالة سانا إن الوضع هادئ.',
      found: ['PER:محمد زعال العلي'],
    },
  ],
  'a nationality adjective after an indefinite plural is no country': [
    { sentence: 'بعدما شنت مقاتلات سورية الخميس غارات على مواقع كردية.', found: [], absent: ['LOC:سورية'] },
    { sentence: 'وعاد اللاجئون إلى سورية.', found: ['LOC:سورية'] },
  ],
  'a proclitic guess and a spelling guess together only on a long word': [
    { sentence: 'وقال إن المقاتلين خرجوا بسلاحهم، وسلّموا السلاح المتوسط.', found: [], absent: ['LOC:سلّموا'] },
    { sentence: 'وقال إن واشمطن ترفض المقترح.', found: ['LOC:واشمطن'] },
  ],
});
