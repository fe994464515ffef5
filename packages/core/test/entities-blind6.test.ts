/**
 * Categories found in a held-out evaluation on 2016 Aleppo coverage (articles written for it, kept outside the
 * repository). The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'an honorific with no name after it is the family name': [
    {
      sentence: 'وقال الناشط الإعلامي محمد الشيخ من داخل المدينة إن الغارات استمرت.',
      found: ['PER:محمد الشيخ'],
    },
    { sentence: 'وقال الناشط محمود الشيخ حسن إن القصف مستمر.', found: ['PER:محمود الشيخ حسن'] },
  ],
  'a verb particle before a quote still makes the quoted word a verb': [
    {
      sentence: 'محذرا من أن الأحياء الشرقية قد «تُدمر بالكامل» قبل نهاية العام.',
      found: [],
      absent: ['LOC:تُدمر'],
    },
    { sentence: 'وسيطر التنظيم على «تدمر» مجددا.', found: ['LOC:تدمر'] },
  ],
  'a noun with an indefinite nationality adjective names nothing': [
    {
      sentence: 'فيتو روسي ـ صيني سادس يحمي هجوم النظام على حلب',
      found: ['LOC:حلب'],
      absent: ['PER:فيتو روسي'],
    },
    { sentence: 'متهما «مليشيات إيرانية» بذلك.', found: [], absent: ['ORG:مليشيات إيرانية'] },
  ],
  'a conjunction or particle before a name stays outside it': [
    {
      sentence:
        'وقال وزير الخارجية الإيراني محمد جواد ظريف إن الحل سياسي. وبحسب دبلوماسيين فإن ظريف غادر الاجتماع.',
      found: ['PER:محمد جواد ظريف', 'PER:ظريف'],
      absent: ['PER:فإن ظريف'],
    },
    {
      sentence: 'ووصف وكيل الأمين العام ستيفن أوبراين الوضع بالكارثي.',
      found: ['PER:ستيفن أوبراين'],
      absent: ['PER:وكيل'],
    },
  ],
  'a given name before a known compound surname, also a variant spelling of it': [
    { sentence: 'واستقبل الرئيس مولود جاووش أوغلو في أنقرة.', found: ['PER:مولود جاووش أوغلو'] },
    { sentence: 'والتقى الجبير نظيره التركي مولود جاويش أوغلو أمس.', found: ['PER:مولود جاويش أوغلو'] },
  ],
  'a given name that is also a word, alone after a title, closed by punctuation': [
    { sentence: 'وقالت الطبيبة أمل، وهي إحدى آخر الطبيبات، إن الناس جائعون.', found: ['PER:أمل'] },
    { sentence: 'وقال المدير معين بقرار إن الدوام مستمر.', found: [], absent: ['PER:معين'] },
  ],
  'a word of running text alone is no person': [
    { sentence: 'وقال ناشطون إن المدنيين عالقون في القرى.', found: [], absent: ['PER:ناشطون'] },
    { sentence: 'وقال مقاتل إن الهجوم فشل.', found: [], absent: ['PER:مقاتل'] },
  ],
  'the outlet of a dateline': [
    { sentence: 'نيويورك - الحياة\nأسقطت روسيا المشروع الفرنسي.', found: ['LOC:نيويورك', 'ORG:الحياة'] },
    {
      sentence: 'نيويورك: «الشرق الأوسط»\nاستخدمت روسيا حق النقض.',
      found: ['ORG:الشرق الأوسط'],
      absent: ['LOC:الشرق الأوسط'],
    },
    {
      sentence: 'وقالت إن الحياة في الشرق الأوسط صعبة.',
      found: ['LOC:الشرق الأوسط'],
      absent: ['ORG:الحياة'],
    },
    { sentence: 'وقالت لـDW عربية إن الناس لم يعودوا يسألون.', found: ['ORG:DW'] },
  ],
});
