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
});
