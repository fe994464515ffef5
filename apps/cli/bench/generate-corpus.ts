import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a synthetic corpus of Arabic news-style articles (about `megabytes` MB) for benchmarks: sentences built
 * from a few templates, names, places and relative dates, with a seeded generator so every run gets the same
 * files. Nothing here comes from a real article.
 */
const PEOPLE = [
  'سيرغي لافروف',
  'ستافان دي ميستورا',
  'وليد المعلم',
  'رياض حجاب',
  'جون كيري',
  'بشار الجعفري',
  'طلال البرازي',
];
const PLACES = [
  'حلب',
  'دمشق',
  'حمص',
  'إدلب',
  'الرقة',
  'دير الزور',
  'درعا',
  'تدمر',
  'جنيف',
  'موسكو',
  'أنقرة',
  'عمان',
];
const GROUPS = [
  'الأمم المتحدة',
  'الهلال الأحمر العربي السوري',
  'قوات سوريا الديمقراطية',
  'جبهة فتح الشام',
  'حركة أحرار الشام',
];
const WHEN = [
  'أمس',
  'اليوم الثلاثاء',
  'الأسبوع الماضي',
  'صباح اليوم',
  'مساء الأحد',
  'الشهر المقبل',
  'منذ ثلاثة أيام',
  'يوم الجمعة الماضي',
];
const MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const TEMPLATES = [
  'قال {p} {w} إن المحادثات حول {l} ستستأنف في {l2} بمشاركة {g}.',
  'وأفادت مصادر ميدانية بأن الاشتباكات تجددت {w} في ريف {l} بين القوات الحكومية و{g}.',
  'وأعلنت {g} {w} دخول قافلة مساعدات إلى {l} تحمل مواد غذائية وأدوية تكفي نحو شهر.',
  'من جهته، أكد {p} في مؤتمر صحفي عقده في {l2} أن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.',
  'وكان {p} قد زار {l} {w} والتقى ممثلين عن {g} لبحث ملف المعتقلين.',
  // Sentences with nothing to find, as most sentences of real articles are.
  'وأضاف أن الوضع الإنساني يزداد سوءاً مع نقص المواد الأساسية وارتفاع الأسعار بشكل غير مسبوق.',
  'ولم يتسن التأكد من صحة هذه المعلومات من مصدر مستقل بسبب القيود المفروضة على عمل الصحفيين.',
  'وتشير التقديرات إلى أن آلاف العائلات نزحت من منازلها بحثاً عن مناطق أكثر أمناً.',
  'وطالب الأهالي بفتح ممرات آمنة لإخراج الجرحى والمرضى وإدخال المساعدات الطبية العاجلة.',
];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(
  dir: string,
  megabytes: number,
  seed = 2016,
): { files: number; bytes: number } {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  mkdirSync(dir, { recursive: true });
  const manifest = ['path,date,source,title'];
  let bytes = 0;
  let files = 0;
  while (bytes < megabytes * 1e6) {
    const day = 1 + Math.floor(random() * 28);
    const month = Math.floor(random() * 12);
    const sentences = [`${pick(PLACES)} ${day} ${MONTHS[month]} 2016 (خبر) - ${fill(pick(TEMPLATES))}`];
    const length = 8 + Math.floor(random() * 24);
    for (let i = 0; i < length; i++) sentences.push(fill(pick(TEMPLATES)));
    const text = `${sentences.join(random() < 0.3 ? '\n\n' : ' ')}\n`;
    const name = `${String(Math.floor(files / 500)).padStart(3, '0')}/${String(files).padStart(6, '0')}.txt`;
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
    if (random() < 0.7) {
      manifest.push(
        `${name},2016-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')},bench,`,
      );
    }
    files++;
  }
  writeFileSync(path.join(dir, 'manifest.csv'), `${manifest.join('\n')}\n`);
  return { files, bytes };

  function fill(template: string): string {
    return template
      .replace('{p}', pick(PEOPLE))
      .replace('{l2}', pick(PLACES))
      .replace('{l}', pick(PLACES))
      .replace('{g}', pick(GROUPS))
      .replace('{w}', pick(WHEN));
  }
}
