/**
 * Synthetic Arabic news articles for benchmarks, from sentence templates written for this file (no real
 * article text). A seeded generator makes every run read the same corpus.
 */
const PLACES = [
  'حلب',
  'دمشق',
  'حمص',
  'إدلب',
  'الرقة',
  'دير الزور',
  'اللاذقية',
  'بيروت',
  'عمّان',
  'بغداد',
  'الموصل',
];
const FIRST = ['محمد', 'أحمد', 'سامر', 'خالد', 'ليلى', 'هدى', 'عمر', 'يوسف', 'رنا', 'كريم'];
const LAST = ['الخطيب', 'العلي', 'الحسن', 'النجار', 'السيد', 'حداد', 'الشامي', 'المصري'];
const ORGS = ['الأمم المتحدة', 'الصليب الأحمر', 'منظمة الصحة العالمية', 'الهلال الأحمر', 'مجلس الأمن'];
const WHEN = [
  'أمس',
  'اليوم',
  'الأحد الماضي',
  'في 5 كانون الأول 2016',
  'منذ ثلاثة أيام',
  'صباح الاثنين',
  'مساء الجمعة',
];
const TEMPLATES = [
  'قال {person} إن القصف على {place} استمر {when} دون توقف.',
  'وأعلنت {org} {when} أن قوافل المساعدات وصلت إلى {place}.',
  'وذكر مراسلنا في {place} أن الأسواق أغلقت أبوابها {when}.',
  'والتقى {person} ممثلين عن {org} في {place} لبحث أوضاع النازحين.',
  'وأفاد سكان من {place} بأن التيار الكهربائي انقطع لساعات طويلة.',
  'وطالب {person} بفتح ممرات آمنة للمدنيين المحاصرين في {place}.',
  'ونقلت {org} عن {person} قوله إن الوضع الإنساني يزداد سوءاً.',
  'وشهدت الطريق بين {place} و{place} حركة نزوح واسعة {when}.',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function articleGenerator(seed: number): (targetChars: number) => string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return (targetChars) => {
    const paragraphs: string[] = [];
    let length = 0;
    while (length < targetChars) {
      const sentences: string[] = [];
      for (let i = 0; i < 4; i++) {
        sentences.push(
          pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, slot: string) =>
            slot === 'person'
              ? `${pick(FIRST)} ${pick(LAST)}`
              : slot === 'place'
                ? pick(PLACES)
                : slot === 'org'
                  ? pick(ORGS)
                  : pick(WHEN),
          ),
        );
      }
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 1;
    }
    return `${paragraphs.join('\n')}\n`;
  };
}
