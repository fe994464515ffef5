/**
 * Categories found in the twenty-fifth and twenty-sixth held-out evaluations (Turkey's Euphrates Shield and the
 * north-west; pro-government coverage of Damascus and its countryside), opened after they were measured sealed.
 * The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'after a title, given names are closed by a family name that is a word, not by a verb': [
    {
      sentence: 'وأوضح قائد الشرطة اللواء عماد مشهور أن الدوريات جاهزة.',
      found: ['PER:عماد مشهور'],
    },
    { sentence: 'بحسب ما أفاد به رئيس القسم الدكتور خالد الأمين.', found: ['PER:خالد الأمين'] },
    {
      sentence: 'أما الطبيبة سلمى عبد الرزاق فقالت إن المشفى خرج عن الخدمة.',
      found: ['PER:سلمى عبد الرزاق'],
      absent: ['PER:سلمى عبد الرزاق فقالت'],
    },
    {
      sentence: 'وكان الرئيس فلاديمير بوتين يعتبرها، بحسب مقربين، ورقة ضغط.',
      found: ['PER:فلاديمير بوتين'],
      absent: ['PER:فلاديمير بوتين يعتبرها'],
    },
    {
      sentence: 'وقال القائد الميداني في «لواء الفتح» أبو خالد ثلج لـ«عنب بلدي» إن الهجوم صُدّ.',
      found: ['PER:أبو خالد ثلج'],
    },
    {
      sentence: 'واتصل الرئيس فلاديمير بوتين هاتفياً، بنظيره التركي.',
      found: ['PER:فلاديمير بوتين'],
      absent: ['PER:فلاديمير بوتين هاتفياً'],
    },
  ],
  'an outlet that is also a word or a region, where it is told or learns something': [
    {
      sentence: 'وقال رئيس البلدية للأناضول إن المياه عادت.',
      found: ['ORG:لأناضول'],
      absent: ['LOC:لأناضول'],
    },
    { sentence: 'وأكد مصدر في المحافظة لـالوطن أن الطريق فتح.', found: ['ORG:الوطن'] },
    { sentence: 'وفي حديث للميادين، قال القائد الميداني إن المعركة انتهت.', found: ['ORG:لميادين'] },
    { sentence: 'وعلمت الوطن أن الحافلات ستصل غدا.', found: ['ORG:الوطن'] },
    { sentence: 'وبحسب مصادر الميادين فإن الهدنة صامدة.', found: ['ORG:الميادين'] },
    { sentence: 'وقال إن المقاتلين سيعودون للوطن.', found: [], absent: ['ORG:لوطن'] },
    { sentence: 'ويبقى الولاء للوطن أولا.', found: [], absent: ['ORG:لوطن'] },
  ],
  'an outlet that opens the dateline before its place': [
    {
      sentence: 'الحكومة تقر الموازنة\nالوطن - دمشق\nأقرت الحكومة الموازنة.',
      found: ['ORG:الوطن', 'LOC:دمشق'],
    },
    { sentence: 'عنوان الخبر\nالحياة - بيروت\nقال الوزير إن الحل قريب.', found: ['ORG:الحياة', 'LOC:بيروت'] },
    { sentence: 'وقال إن الوطن - بكل أطيافه - موحد.', found: [], absent: ['ORG:الوطن'] },
  ],
  'members of a plural place noun after a comma and «among them»': [
    {
      sentence: 'واستهدفت الغارات قرى في ريف إدلب، بينها كفرعويد وتل مرديخ.',
      found: ['LOC:كفرعويد', 'LOC:تل مرديخ'],
    },
    {
      sentence: 'وتقدمت القوات في القرى المحيطة بالمطار، أبرزها الحاضر وخلصة.',
      found: ['LOC:الحاضر', 'LOC:خلصة'],
    },
    { sentence: 'وقتل عشرات المدنيين، بينهم أطفال.', found: [], absent: ['LOC:أطفال'] },
    { sentence: 'ودمرت الغارات منازل في القرى، منها منزل المختار.', found: [], absent: ['LOC:منزل'] },
  ],
  'a quoted body noun with an indefinite adjective describes, it names nothing': [
    { sentence: 'ورفضت أنقرة وصف الحزب بغير أنه «منظمة إرهابية».', found: [], absent: ['ORG:منظمة إرهابية'] },
    { sentence: 'وأعلنت «جماعة مسلحة» مسؤوليتها.', found: [], absent: ['ORG:جماعة مسلحة'] },
    { sentence: 'وأعلن «لواء شهداء الإسلام» انسحابه.', found: ['ORG:لواء شهداء الإسلام'] },
  ],
  'everyday words that GeoNames spells as far-away places, and ordinals before a place noun': [
    { sentence: 'وقال إن الحل السياسي هو الطريق الأقصر للسلام.', found: [], absent: ['LOC:الأقصر'] },
    { sentence: 'وزار الوفد مدينة الأقصر في جنوب مصر.', found: ['LOC:الأقصر'] },
    { sentence: 'وكان المسلحون قد سوّوا أوضاعهم قبل أسبوع.', found: [], absent: ['LOC:سوّوا'] },
    { sentence: 'وهي خامس بلدة تُفرغ من سكانها هذا العام.', found: [], absent: ['LOC:تُفرغ'] },
  ],
  'a river bank is no West Bank, and a feature noun behind a proclitic stays outside the name': [
    {
      sentence: 'وتقع القرية على الضفة الشرقية لنهر دجلة قرب الحدود.',
      found: ['LOC:دجلة'],
      absent: ['LOC:الضفة الشرقية', 'LOC:نهر دجلة', 'LOC:لنهر دجلة'],
    },
    { sentence: 'وعبرت القوات إلى الضفة الغربية للفرات.', found: [], absent: ['LOC:الضفة الغربية'] },
    { sentence: 'واعتقل الجيش الإسرائيلي ثلاثة شبان في الضفة الغربية.', found: ['LOC:الضفة الغربية'] },
  ],
  'a ministry named by its portfolio alone is a body': [
    { sentence: 'وطالب الأهالي وزارة الصحة بإرسال الأدوية.', found: ['ORG:وزارة الصحة'] },
    { sentence: 'وقالت وزارة الموارد المائية إن الضخ توقف.', found: ['ORG:وزارة الموارد المائية'] },
    {
      sentence: 'وحددت وزارة التجارة الداخلية وحماية المستهلك سعر الخبز.',
      found: ['ORG:وزارة التجارة الداخلية وحماية المستهلك'],
    },
    {
      sentence: 'وأعلنت وزارة الدفاع الانسحاب من المدينة.',
      found: ['ORG:وزارة الدفاع'],
      absent: ['ORG:وزارة الدفاع الانسحاب'],
    },
    { sentence: 'وقال وزير الصحة إن المشافي ممتلئة.', found: [], absent: ['ORG:وزير الصحة'] },
  ],
  'a participle with its complement after a place name is no word of the name': [
    {
      sentence: 'وهاجم المسلحون تلة جبل غزال المطلة على البلدة.',
      found: ['LOC:جبل غزال'],
      absent: ['LOC:جبل غزال المطلة'],
    },
  ],
  'bodies, places and figures of 2016 the knowledge lacked': [
    { sentence: 'وتمركزت قوات تركية في معسكر بعشيقة شمال الموصل.', found: ['LOC:بعشيقة'] },
    { sentence: 'وعبرت الدبابات الحدود من جوبان بيك.', found: ['LOC:جوبان بيك'] },
    { sentence: 'ونشرت وحدة تنسيق الدعم تقريرا عن المخيمات.', found: ['ORG:وحدة تنسيق الدعم'] },
    { sentence: 'وتضم القائمة مرشحي أحزاب الجبهة الوطنية التقدمية.', found: ['ORG:الجبهة الوطنية التقدمية'] },
    { sentence: 'وأعلن محافظ دمشق بشر الصبان خطة للطوارئ.', found: ['PER:بشر الصبان'] },
    { sentence: 'منبج - وكالة أنباء هاوار', found: ['ORG:وكالة أنباء هاوار'] },
  ],
  'a known person named by a shorter spelling after the first word of a full name': [
    {
      sentence: 'واجتمع سيرغي لافروف ومولود جاووش أوغلو في موسكو.',
      found: ['PER:سيرغي لافروف', 'PER:مولود جاووش أوغلو'],
    },
    { sentence: 'واستقبل الملك عبد الله الثاني الوفد.', found: ['PER:عبد الله الثاني'] },
  ],
  'place lists go on after و + a name starter, and a future verb is no person': [
    {
      sentence: 'وقصفت الطائرات قرى في الريف الشمالي، بينها تل جبين وأم القرى ودير جمال.',
      found: ['LOC:تل جبين', 'LOC:أم القرى', 'LOC:دير جمال'],
    },
    { sentence: 'وقال إن المخفرين سيعودان إلى العمل قريبا.', found: [], absent: ['PER:سيعودان'] },
  ],
  'a given name that is also a verb, used as the verb (أشرف … على)': [
    {
      sentence: 'وكان العقيد ديمتري بوبوف أشرف أمس على توزيع الخبز.',
      found: ['PER:ديمتري بوبوف'],
      absent: ['PER:ديمتري بوبوف أشرف'],
    },
    { sentence: 'وقال إن قائد «لواء الحق»، أشرف شخصياً على الهجوم.', found: [], absent: ['PER:أشرف'] },
    { sentence: 'وقال الناشط أشرف المحمد إن القصف مستمر.', found: ['PER:أشرف المحمد'] },
  ],
});
