/**
 * Categories found in the sixteenth and seventeenth held-out evaluations (Aleppo's humanitarian side; the 2016
 * diplomacy, sieges and truces), opened after they were measured sealed. The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a definite verbal noun of a derived form is no family name (الاستهداف)': [
    {
      sentence: 'كما دان رئيس اللجنة الدولية للصليب الأحمر بيتر ماورر الاستهداف، معتبرا إياه انتهاكا.',
      found: ['PER:بيتر ماورر'],
      absent: ['PER:بيتر ماورر الاستهداف'],
    },
    { sentence: 'وأكد الوزير سامي الاتاسي، أن الاتفاق صامد.', found: ['PER:سامي الاتاسي'] },
  ],
  'an organisation noun with the article behind a preposition refers back (للمنظمة)': [
    {
      sentence: 'وتعرضت القافلة للقصف في مستودع تابع للمنظمة.',
      found: [],
      absent: ['ORG:لمنظمة', 'ORG:المنظمة'],
    },
  ],
  'ل + an imperfect verb ends a list of places': [
    {
      sentence: 'وتقدمت القوات على أحياء الحيدرية والصاخور والشيخ خضر، لتخسر فصائل المعارضة ثلث مساحتها.',
      found: ['LOC:الحيدرية', 'LOC:الصاخور', 'LOC:الشيخ خضر'],
      absent: ['LOC:لتخسر'],
    },
  ],
  'preachers and compound given names after a title': [
    {
      sentence: 'وتتهم أنقرة الداعية فتح الله غولن، المقيم في الولايات المتحدة.',
      found: ['PER:فتح الله غولن'],
    },
  ],
  'bodies of the coverage and back-references to them (data)': [
    {
      sentence: 'وقالت اللجنة الدولية للصليب الأحمر إن القافلة انطلقت. وأضافت اللجنة الدولية أن فرقها ستبقى.',
      found: ['ORG:اللجنة الدولية للصليب الأحمر', 'ORG:اللجنة الدولية'],
    },
    {
      sentence: 'وقالت الباحثة في مجلس الشؤون الدولية الروسي إن القرار مفاجئ.',
      found: ['ORG:مجلس الشؤون الدولية الروسي'],
    },
    { sentence: 'ويعرض الباعة الباذنجان والكوسا في السوق.', found: [], absent: ['LOC:الكوسا'] },
  ],
  'the next person of a list: «، و» + a given name and a family name': [
    {
      sentence: 'وضم الوفد بسمة قضماني، وسهير الأتاسي، وأحمد العسراوي.',
      found: ['PER:سهير الأتاسي', 'PER:أحمد العسراوي'],
      absent: ['PER:وسهير الأتاسي', 'PER:وأحمد العسراوي'],
    },
    { sentence: 'والتقى كيري وأمل الناس كبير.', found: ['PER:كيري'], absent: ['PER:أمل الناس'] },
    {
      sentence: 'وقتل أبو عمر، وأسامة الحلبي، مسؤول الإعلام.',
      found: ['PER:أسامة الحلبي'],
      absent: ['PER:وأسامة الحلبي'],
    },
  ],
  'a Latin spelling in brackets after a name is one more mention of it': [
    {
      sentence: "وحذر وكيل الأمين العام ستيفن أوبرايان (Stephen O'Brien) من كارثة.",
      found: ['PER:ستيفن أوبرايان', "PER:Stephen O'Brien"],
    },
    {
      sentence: 'وانطلقت الطائرات من قاعدة إنجرليك (Incirlik) الجوية.',
      found: ['LOC:إنجرليك', 'LOC:Incirlik'],
    },
    { sentence: 'وقالت حركة المجتمع الديمقراطي (TEV-DEM) إن الإعلان نهائي.', found: ['ORG:TEV-DEM'] },
    { sentence: 'وقال ستيفن أوبرايان (في نيويورك) إن الوضع كارثي.', found: ['PER:ستيفن أوبرايان'] },
    // After a quoted name the spelling follows the closing quote; after a body an acronym or a short name too.
    {
      sentence: 'وأعلن «جيش الإسلام» (Jaysh al-Islam) انسحابه من المفاوضات.',
      found: ['ORG:جيش الإسلام', 'ORG:Jaysh al-Islam'],
    },
    {
      sentence: 'ووزعت إدارة الكوارث والطوارئ التركية (آفاد) الخيام على النازحين.',
      found: ['ORG:إدارة الكوارث والطوارئ التركية', 'ORG:آفاد'],
    },
    {
      sentence: 'وقال مراسل شبكة سي إن إن في أتلانتا (CNN) إن الأمر محسوم.',
      found: ['LOC:أتلانتا'],
      absent: ['LOC:CNN', 'PER:CNN'],
    },
  ],
  'persons joined by a hyphen without spaces are one name': [
    {
      sentence: 'وقال وزير الخارجية الألماني فرانك-فالتر شتاينماير إن الاتفاق هش.',
      found: ['PER:فرانك-فالتر شتاينماير'],
    },
  ],
  'a verb before a kunya and a noun with a pronoun after it stay outside the name': [
    {
      sentence: 'وتختم أم أحمد حديثها بالدعاء.',
      found: ['PER:أم أحمد'],
      absent: ['PER:وتختم أم أحمد حديثها'],
    },
    { sentence: 'وقالت منى أبو زيد إن الحصار مستمر.', found: ['PER:منى أبو زيد'] },
  ],
  'after a title the name may follow a quoted body, a branch of a body and its place': [
    {
      sentence: 'ونعى المتحدث باسم «أحرار الشام» أحمد قره علي القياديين الثلاثة.',
      found: ['ORG:أحرار الشام', 'PER:أحمد قره علي'],
    },
    {
      sentence: 'وبين مدير فرع الهلال الأحمر في حمص حسام السقا أن الحافلات جاهزة.',
      found: ['ORG:الهلال الأحمر', 'LOC:حمص', 'PER:حسام السقا'],
    },
    {
      sentence: 'لكن الباحثة في مجلس الشؤون الدولية الروسي أولغا تشيرنوفا تقلل من أهمية القرار.',
      found: ['ORG:مجلس الشؤون الدولية الروسي', 'PER:أولغا تشيرنوفا'],
    },
  ],
});
