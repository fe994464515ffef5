/**
 * Categories found in a third held-out evaluation (Syria 2016–2017 coverage: Homs, Deir ez-Zor, Hama, the
 * Ghouta, Afrin, the economy). The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'a given name that starts with a proclitic letter is not cut': [
    {
      sentence: 'وأكد الطبيب فراس العبد الله أن الأسعار ارتفعت.',
      found: ['PER:فراس العبد الله'],
      absent: ['PER:راس العبد الله'],
    },
  ],
  'a kunya ends with its nisba': [
    {
      sentence: 'وقال القيادي في «فرقة السلطان مراد» أبو يعقوب التركماني إن الفصائل جاهزة.',
      found: ['PER:أبو يعقوب التركماني'],
    },
    { sentence: 'وقال أبو محمد الحلبي إن المعارك مستمرة.', found: ['PER:أبو محمد الحلبي'] },
  ],
  'a title with a body noun, and a name after برئاسة': [
    { sentence: 'ويتعرض حاكم المصرف سامر الحلو لانتقادات.', found: ['PER:سامر الحلو'] },
    { sentence: 'وأضاف أن الغرفة برئاسة غسان القلاع تعرف المحتكرين.', found: ['PER:غسان القلاع'] },
    { sentence: 'وعقد الاجتماع برئاسة الوزراء أمس.', found: [], absent: ['PER:الوزراء'] },
  ],
  'a checkpoint is named by its place': [
    {
      sentence: 'وأضاف أن القافلة عبرت حاجز جبورين ثم مناطق النظام.',
      found: ['LOC:جبورين'],
      absent: ['PER:جبورين'],
    },
  ],
  'an unknown word after an attack on a place, and the places coordinated with it': [
    { sentence: 'وكثفت الطائرات القصف على جنديرس وراجو هذا الأسبوع.', found: ['LOC:جنديرس', 'LOC:راجو'] },
    {
      sentence: 'وسيطرت القوات على صوران وطيبة الإمام ومعردس ووصلت إلى مشارف محردة.',
      found: ['LOC:صوران', 'LOC:طيبة الإمام', 'LOC:معردس'],
    },
    { sentence: 'وشنت الطائرات غارات على مواقع التنظيم.', found: [], absent: ['LOC:مواقع'] },
    { sentence: 'وردت الفصائل على الهجوم بعنف.', found: [], absent: ['LOC:الهجوم'] },
  ],
  'و + a definite word or a place noun starts the next place, and a list goes on after a place noun': [
    {
      sentence: 'وسيطر عناصر التنظيم على منطقة المقابر ومعامل البانوراما، وهي الشريط الذي يربط الجيبين.',
      found: ['LOC:المقابر', 'LOC:البانوراما'],
      absent: ['LOC:المقابر ومعامل البانوراما'],
    },
    {
      sentence: 'وأضاف أن المعارك ما زالت مستمرة عند أطراف هرابش والجفرة شرق المطار.',
      found: ['LOC:هرابش', 'LOC:الجفرة'],
    },
    {
      sentence: 'وقصفت الطائرات مواقع في قرى مريمين والشيخ عيسى قرب تل رفعت.',
      found: ['LOC:الشيخ عيسى'],
      absent: ['PER:عيسى'],
    },
    {
      sentence: 'وأعلنت مصادر طبية في بلدة عرسال وفاة الطفل عبد الله الأحمد.',
      found: ['LOC:عرسال'],
      absent: ['LOC:فاة', 'LOC:وفاة'],
    },
  ],
  'a word with tanwin ends a list of places': [
    {
      sentence: 'وشنت الطائرات غارات على بلدات زملكا وعربين، مبرراً ذلك بإنهاء وجود النصرة.',
      found: ['LOC:زملكا', 'LOC:عربين'],
      absent: ['LOC:مبرراً'],
    },
  ],
});
