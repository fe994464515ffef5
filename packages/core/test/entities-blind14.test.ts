/**
 * Categories found in an eleventh held-out evaluation (Aleppo, Nusra's renaming, Putin's pull-out), opened after
 * it was measured sealed. The sentences are written for these tests.
 */
import { testEntityCategories } from './entity-cases.js';

testEntityCategories({
  'an indefinite honorific inside a name joins its parts (حاج علي)': [
    {
      sentence: 'وأوضح المسعف ياسر حاج علي من مركز الدفاع المدني أن الفرق انتشلت الجثث.',
      found: ['PER:ياسر حاج علي'],
    },
    { sentence: 'وقال محمود حاج علي إن القصف لم يتوقف.', found: ['PER:محمود حاج علي'] },
    { sentence: 'وقالت الممرضة سعاد حجي حسن إن المشفى خرج عن الخدمة.', found: ['PER:سعاد حجي حسن'] },
  ],
  'after a title, a given name that is also a town starts the name before a family name': [
    { sentence: 'وانتشرت صورة الطفل عمران دقنيش في أنحاء العالم.', found: ['PER:عمران دقنيش'] },
    { sentence: 'وتحدث المسعف عمران دقنيش للصحفيين.', found: ['PER:عمران دقنيش'], absent: ['LOC:عمران'] },
    { sentence: 'ووصل الوفد إلى عمران في اليمن.', found: ['LOC:عمران', 'LOC:اليمن'] },
  ],
  'و before a name particle is the conjunction: the name starts at the particle': [
    {
      sentence: 'وحضر اللقاء أبو الفرج المصري وعبد الرحيم عطون.',
      found: ['PER:عبد الرحيم عطون'],
      absent: ['PER:وعبد الرحيم عطون'],
    },
  ],
  'a branch of a known body named by «ل + noun + definite noun»': [
    {
      sentence: 'وكان مكتب الأمم المتحدة لحقوق الإنسان قد أعلن أنه تلقى تقارير موثوقة.',
      found: ['ORG:مكتب الأمم المتحدة لحقوق الإنسان'],
      absent: ['ORG:الأمم المتحدة'],
    },
    {
      sentence: 'وقال مكتب الأمم المتحدة في دمشق إن القافلة وصلت.',
      found: ['ORG:مكتب الأمم المتحدة في دمشق'],
    },
  ],
  'a state body of two words takes an adjective agreeing with either (جهاز الاستخبارات التركية)': [
    { sentence: 'وجرت المفاوضات برعاية جهاز الاستخبارات التركية.', found: ['ORG:جهاز الاستخبارات التركية'] },
    { sentence: 'وجرت المفاوضات برعاية جهاز الاستخبارات التركي.', found: ['ORG:جهاز الاستخبارات التركي'] },
    { sentence: 'وقالت الاستخبارات التركية إن المفاوضات مستمرة.', found: ['ORG:الاستخبارات التركية'] },
  ],
  'after a quantifier or an ordinal a place noun is generic (أول حي سيطرت عليه)': [
    {
      sentence: 'ويعد حي مساكن هنانو أول حي سيطرت عليه المعارضة.',
      found: ['LOC:مساكن هنانو'],
      absent: ['LOC:سيطرت'],
    },
    { sentence: 'وسيطرت القوات على حي الشعار.', found: ['LOC:الشعار'] },
  ],
});
