/**
 * Categories found in the twelfth and thirteenth held-out evaluations (Syria 2016 outside Aleppo; Aleppo from July
 * to December 2016), opened after they were measured sealed. The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a word with an attached pronoun is no place in a list, also with ة written as ت (إدارتها)': [
    {
      sentence: 'وتعمل الدولتان على خطة للسيطرة على الرقة وإدارتها بعد طرد التنظيم.',
      found: ['LOC:الرقة'],
      absent: ['LOC:إدارتها'],
    },
    {
      sentence: 'وتواصل القصف على أحياء الشعار وكرم الجبل، واقترابهم من القلعة.',
      found: ['LOC:الشعار', 'LOC:كرم الجبل'],
      absent: ['LOC:اقترابهم'],
    },
    { sentence: 'وقصفت الطائرات قرية كفرنبودة وبلدة جبلة.', found: ['LOC:كفرنبودة', 'LOC:جبلة'] },
  ],
  'a council named through its place noun takes an adjective agreeing with that noun': [
    { sentence: 'وقال مجلس مدينة حلب الحرة إن المخزون ينفد.', found: ['ORG:مجلس مدينة حلب الحرة'] },
    { sentence: 'وقال مجلس مدينة حلب الثلاثاء إن المخزون ينفد.', found: ['ORG:مجلس مدينة حلب'] },
  ],
  'air forces named with their country are bodies': [
    { sentence: 'وتعد القاعدة من أكبر قواعد سلاح الجو السوري.', found: ['ORG:سلاح الجو السوري'] },
  ],
  'artists and writers are titles before a name; an accusative noun ends the name': [
    {
      sentence: 'وأحيت الفرقة بقيادة المايسترو فاليري غيرغييف حفلاً موسيقياً.',
      found: ['PER:فاليري غيرغييف'],
      absent: ['PER:فاليري غيرغييف حفلاً', 'PER:اليري غيرغييف'],
    },
    { sentence: 'وقال الروائي خالد خليفة إن المدينة تغيرت.', found: ['PER:خالد خليفة'] },
  ],
  'quoted words opening with an organisation noun are its whole name': [
    {
      sentence: 'وسلم المقاتلون المنتمون إلى «لواء شهداء الإسلام» أسلحتهم.',
      found: ['ORG:لواء شهداء الإسلام'],
    },
    { sentence: 'وأعلن المجلس أن «مجلس منبج المدني» سيتسلم إدارة المدينة.', found: ['ORG:مجلس منبج المدني'] },
    {
      sentence: 'وكتب المتظاهرون «جيش النظام يقصف المدنيين» على اللافتات.',
      found: [],
      absent: ['ORG:جيش النظام يقصف المدنيين'],
    },
  ],
  'a country after في is where a national body works, not part of its name': [
    {
      sentence: 'وقال مدير المديرية العامة للآثار والمتاحف في سوريا إن معظم الآثار سليمة.',
      found: ['ORG:المديرية العامة للآثار والمتاحف', 'LOC:سوريا'],
    },
    {
      sentence: 'وقالت الهيئة الإعلامية في وادي بردى إن القصف مستمر.',
      found: ['ORG:الهيئة الإعلامية في وادي بردى'],
    },
  ],
  'a town spelt like an everyday adjective needs a place context (سلمية)': [
    { sentence: 'وخرج الأهالي في مظاهرات سلمية ضد النظام.', found: [], absent: ['LOC:سلمية'] },
    { sentence: 'وقصفت الطائرات مدينة سلمية في ريف حماة.', found: ['LOC:سلمية', 'LOC:حماة'] },
  ],
  'bodies and places of the coverage (data)': [
    {
      sentence: 'وأعلنت الجمعية الطبية السورية الأميركية أن المستشفى خرج عن الخدمة.',
      found: ['ORG:الجمعية الطبية السورية الأميركية'],
    },
    { sentence: 'واتهمت المحكمة الخاصة بلبنان عناصر من الحزب.', found: ['ORG:المحكمة الخاصة بلبنان'] },
    { sentence: 'وشيع الآلاف القيادي في الضاحية الجنوبية لبيروت.', found: ['LOC:الضاحية الجنوبية لبيروت'] },
    {
      sentence: 'وأعلنت رئاسة الأركان التركية مقتل جنديين. وذكر بيان صادر عن رئاسة الأركان أن الهجوم فشل.',
      found: ['ORG:رئاسة الأركان التركية', 'ORG:رئاسة الأركان'],
    },
    {
      sentence: 'واستخدمت روسيا حق النقض (الفيتو) في مجلس الأمن.',
      found: ['LOC:روسيا', 'ORG:مجلس الأمن'],
      absent: ['PER:الفيتو'],
    },
  ],
  'a given name that begins with و continues a lone given name (محمد وسيم)': [
    { sentence: 'وقتل طبيب الأطفال محمد وسيم معاذ في الغارة.', found: ['PER:محمد وسيم معاذ'] },
    {
      sentence: 'واستقبل بشار الأسد وليد جنبلاط في دمشق.',
      found: ['PER:بشار الأسد'],
      absent: ['PER:بشار الأسد وليد جنبلاط'],
    },
  ],
});
