import { describe, expect, it } from 'vitest';
import { createKnowledge, type EntityMention, lexiconTokenTags, parse, tokenize } from '../src/index.js';

const entities = (text: string, options = {}) =>
  parse(text, { temporal: false, ...options }).mentions.filter(
    (m): m is EntityMention => m.kind === 'entity',
  );
const spans = (text: string, options = {}) => entities(text, options).map((m) => `${m.label}:${m.text}`);

describe('knowledge matching', () => {
  it('strips proclitics from spans and keeps names that begin with those letters whole', () => {
    expect(spans('وصل الوفد إلى وموسكو ثم بحلب', { model: false })).toEqual(['LOC:موسكو', 'LOC:حلب']);
    const kept = spans('قال لافروف في بيروت إن كيري وفرانس برس وواشنطن وليبيا', { model: false });
    expect(kept).toEqual(['PER:لافروف', 'LOC:بيروت', 'PER:كيري', 'ORG:فرانس برس', 'LOC:واشنطن', 'LOC:ليبيا']);
  });

  it('keeps the article lam of لل in the span (ل + الجيش)', () => {
    expect(spans('تقدم للجيش السوري في حلب', { model: false })).toEqual(['ORG:لجيش السوري', 'LOC:حلب']);
  });

  it('folds spelling variants but reports the original text', () => {
    const text = 'التقى لافْرُوف بنظيره في إدلب وادلب وسوريّة';
    const found = entities(text, { model: false });
    expect(found.map((m) => m.entityId)).toEqual([
      'per:sergey-lavrov',
      'loc:sy:idlib',
      'loc:sy:idlib',
      'country:SY',
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]!.text).toBe('لافْرُوف');
  });

  it('prefers the longest name and links every alias to one entity', () => {
    const found = entities('قالت وزارة الخارجية الروسية إن الخارجية الروسية ترفض', { model: false });
    expect(found.map((m) => m.text)).toEqual(['وزارة الخارجية الروسية', 'الخارجية الروسية']);
    expect(new Set(found.map((m) => m.entityId))).toEqual(new Set(['org:russian-mfa']));
  });

  it('matches everyday-word names only in a naming context', () => {
    expect(spans('فتح الباب أمام الحل', { model: false })).toEqual([]);
    expect(spans('سيطرت القوات على مدينة الباب', { model: false })).toEqual(['LOC:الباب']);
    expect(spans('نقلت صحيفة «الحياة» عن مصدر', { model: false })).toEqual(['ORG:الحياة']);
  });

  it('gives nationality adjectives no mention and marks PER الأسد in نظام الأسد', () => {
    expect(spans('قال دبلوماسي روسي إن الحكومة السعودية والجانب الأمريكي', { model: false })).toEqual([]);
    expect(spans('قصفت قوات نظام الأسد المدينة', { model: false })).toEqual(['PER:الأسد']);
  });

  it('lets workspace lexicon entries win over built-ins', () => {
    const knowledge = createKnowledge([
      {
        id: 'ws:halab',
        label: 'ORG',
        canonical: 'حلب',
        canonicalEn: 'Halab FC',
        aliases: [],
        lat: null,
        lon: null,
        country: null,
      },
    ]);
    const found = parse('فاز حلب', { knowledge, temporal: false, model: false }).mentions;
    expect(found.map((m) => (m.kind === 'entity' ? m.entityId : ''))).toEqual(['ws:halab']);
  });

  it('lists a record for every entity id it uses', () => {
    const doc = parse('قال مدير المرصد رامي عبد الرحمن إن حي الهلك في حلب', { temporal: false });
    const ids = new Set(doc.entities.map((e) => e.id));
    for (const m of doc.mentions) if (m.kind === 'entity') expect(ids.has(m.entityId)).toBe(true);
  });
});

describe('rules', () => {
  it('finds unknown places after place nouns, also in lists, without the noun', () => {
    const found = spans('اشتباكات في أحياء الكلاسة، المغاير، الفردوس وحي الزرزور وبلدة كفرعويد', {
      model: false,
    });
    expect(found).toEqual(['LOC:الكلاسة', 'LOC:المغاير', 'LOC:الفردوس', 'LOC:الزرزور', 'LOC:كفرعويد']);
  });

  it('finds persons after titles without the title, across nationality adjectives', () => {
    const found = spans('وقال المتحدث باسم الخارجية الأردنية محمد الكايد إن', { model: false });
    expect(found).toContain('PER:محمد الكايد');
    expect(found.some((s) => s.includes('المتحدث'))).toBe(false);
  });

  it('finds armed groups after organisation nouns and state bodies by their adjective', () => {
    expect(spans('أعلن لواء صقور الغاب وتجمع فاستقم', { model: false })).toEqual([
      'ORG:لواء صقور الغاب',
      'ORG:تجمع فاستقم',
    ]);
    expect(spans('وأكدت وزارة الخارجية القطرية', { model: false })).toEqual(['ORG:وزارة الخارجية القطرية']);
  });

  it('respects entitySources (ablation)', () => {
    const text = 'قال مدير المرصد رامي عبد الرحمن في حلب';
    expect(entities(text, { entitySources: ['lexicon'] }).every((m) => m.source === 'lexicon')).toBe(true);
    expect(entities(text, { entitySources: ['rule'] }).every((m) => m.source === 'rule')).toBe(true);
    expect(entities(text, { entities: false })).toEqual([]);
  });
});

describe('coreference', () => {
  it('links partial names to the full mention earlier in the document', () => {
    const doc = entities(
      'التقى جون كيري وبشار الأسد. وقال كيري إن الأسد. وأفاد المرصد السوري لحقوق الإنسان أن المرصد وثق',
      {
        model: false,
      },
    );
    const id = (text: string) => doc.filter((m) => m.text === text).map((m) => m.entityId);
    expect(id('كيري')).toEqual(['per:john-kerry']);
    expect(id('الأسد')).toEqual(['per:bashar-al-assad']);
    expect(id('المرصد')).toEqual(['org:sohr']);
  });

  it('links the surname of a person found by a rule', () => {
    const doc = entities('قال القيادي في الجبهة الشامية محمد الحوراني إن الحوراني رفض', { model: false });
    const ids = doc.filter((m) => m.label === 'PER').map((m) => m.entityId);
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('does not use a short alias before the full name', () => {
    expect(spans('وقال المرصد إن', { model: false })).toEqual([]);
  });
});

describe('messy text', () => {
  it('finds glued names and reports them with the split as replacement', () => {
    const doc = parse('وصل وفد من روسياوالولاياتالمتحدة أمس', { temporal: false, model: false });
    const names = doc.mentions.map((m) => `${m.label}:${m.text}`);
    expect(names).toEqual(['LOC:روسيا', 'LOC:الولاياتالمتحدة']);
    const glued = doc.diagnostics.find((d) => d.code === 'glued-words');
    expect(glued?.replacement).toBe('روسيا والولايات المتحدة');
  });

  it.each([
    ['تبدأ الهدنة اليوم فيحلب التي تحولت إلى عنوان الحرب', 'LOC:حلب', 'في حلب'],
    ['وصل الوفد إلىدمشق أمس', 'LOC:دمشق', 'إلى دمشق'],
  ])('finds a name glued to its preposition: %s', (text, name, replacement) => {
    const doc = parse(text, { temporal: false, model: false });
    expect(doc.mentions.map((m) => `${m.label}:${m.text}`)).toContain(name);
    expect(doc.diagnostics.find((d) => d.code === 'glued-words')?.replacement).toBe(replacement);
  });

  it('leaves a town whose name starts with a preposition whole', () => {
    const doc = parse('عاد النازحون إلى عنجارة ومنبج', { temporal: false, model: false });
    expect(doc.mentions.map((m) => `${m.label}:${m.text}`)).toEqual(['LOC:عنجارة', 'LOC:منبج']);
    expect(doc.diagnostics.filter((d) => d.code === 'glued-words')).toEqual([]);
  });

  it('finds a misspelled known name and suggests the spelling', () => {
    const doc = parse('الاتفاق مع واشمطن قريب', { temporal: false, model: false });
    expect(doc.mentions.map((m) => (m.kind === 'entity' ? m.entityId : ''))).toEqual(['loc:us:washington']);
    const d = doc.diagnostics.find((x) => x.code === 'misspelled-name');
    expect(d && doc.text.slice(d.start, d.end)).toBe('واشمطن');
    expect(d?.replacement).toBe('واشنطن');
  });

  it('does not call ordinary words misspellings', () => {
    const doc = parse('وزارة الرياضة والقاعة الكبرى وروسية الأصل', { temporal: false, model: false });
    expect(doc.diagnostics.filter((d) => d.code === 'misspelled-name')).toEqual([]);
  });

  it('handles quotes, brackets, Latin words and emoji around names', () => {
    // The Latin spelling in brackets after the quoted name is one more mention of the person.
    expect(spans('قال «لافروف» (Lavrov) 🙂 في “موسكو”', { model: false })).toEqual([
      'PER:لافروف',
      'PER:Lavrov',
      'LOC:موسكو',
    ]);
  });
});

describe('lexiconTokenTags', () => {
  it('labels the tokens covered by knowledge-base names', () => {
    const { tokens } = tokenize('قال وزير الخارجية سيرغي لافروف في موسكو');
    const tags = lexiconTokenTags(tokens, createKnowledge());
    expect(tags).toEqual([null, null, null, 'PER', 'PER', null, 'LOC']);
  });
});
