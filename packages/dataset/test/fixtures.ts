import {
  type EntityMention,
  type EntityRecord,
  type Mention,
  type ParsedDocument,
  type TemporalMention,
  tokenize,
} from '@khabar/core';

/** A hand-built parsed document, so the table tests do not depend on how far the recognisers have got. */
export function fixtureDocument(
  text: string,
  spans: readonly { text: string; label: Mention['label']; entity?: EntityRecord; value?: string }[],
  dct: string | null = null,
): ParsedDocument {
  const { tokens, sentences } = tokenize(text);
  let from = 0;
  const mentions: Mention[] = spans.map((span) => {
    const start = text.indexOf(span.text, from);
    if (start < 0) throw new Error(`fixture: "${span.text}" not found after ${from}`);
    from = start + span.text.length;
    const end = start + span.text.length;
    const sentence = Math.max(
      0,
      sentences.findIndex((s) => s.start <= start && start < s.end),
    );
    if (span.entity) {
      const mention: EntityMention = {
        kind: 'entity',
        start,
        end,
        text: span.text,
        label: span.entity.label,
        entityId: span.entity.id,
        canonical: span.entity.canonical,
        canonicalEn: span.entity.canonicalEn,
        source: 'lexicon',
        confidence: 0.875,
        sentence,
      };
      return mention;
    }
    const mention: TemporalMention = {
      kind: 'temporal',
      start,
      end,
      text: span.text,
      label: span.label as TemporalMention['label'],
      value: span.value ?? 'XXXX',
      mod: null,
      relative: false,
      hijri: null,
      source: 'rule',
      confidence: 0.5,
      sentence,
    };
    return mention;
  });
  const used = new Set(spans.map((s) => s.entity?.id));
  const entities = [...new Map(spans.filter((s) => s.entity).map((s) => [s.entity!.id, s.entity!])).values()];
  return {
    text,
    dct: { value: dct, source: dct ? 'dateline' : 'none', span: null },
    sentences,
    tokens,
    mentions,
    entities: entities.filter((e) => used.has(e.id)),
    diagnostics: [],
  };
}

export const ALEPPO: EntityRecord = {
  id: 'geo:aleppo',
  label: 'LOC',
  canonical: 'حلب',
  canonicalEn: 'Aleppo',
  aliases: [],
  lat: 36.2021,
  lon: 37.1343,
  country: 'SY',
};
export const LAVROV: EntityRecord = {
  id: 'per:lavrov',
  label: 'PER',
  canonical: 'سيرغي لافروف',
  canonicalEn: 'Sergey Lavrov',
  aliases: [],
  lat: null,
  lon: null,
  country: null,
};
export const WEST: EntityRecord = {
  id: 'geo:west',
  label: 'LOC',
  canonical: 'غرب',
  canonicalEn: null,
  aliases: [],
  lat: 51.5,
  lon: -0.1276,
  country: 'GB',
};
export const FORMULA: EntityRecord = {
  id: 'misc:formula',
  label: 'MISC',
  canonical: '=SUM(A1)',
  canonicalEn: null,
  aliases: [],
  lat: null,
  lon: null,
  country: null,
};

/** Two documents: one with emoji before entities (offsets shift), one with a combining mark and a formula. */
export function fixtureCorpus(): { docId: string; date: string | null; doc: ParsedDocument }[] {
  const first = fixtureDocument(
    '📍 حلب 13 كانون الأول 2016 - قال 👈 سيرغي لافروف أمس إن حلب تنتظر.\nوفي لندن غرب أوروبا، صمت.',
    [
      { text: 'حلب', label: 'LOC', entity: ALEPPO },
      { text: '13 كانون الأول 2016', label: 'DATE', value: '2016-12-13' },
      { text: 'سيرغي لافروف', label: 'PER', entity: LAVROV },
      { text: 'أمس', label: 'DATE', value: '2016-12-12' },
      { text: 'حلب', label: 'LOC', entity: ALEPPO },
      { text: 'غرب', label: 'LOC', entity: WEST },
    ],
  );
  const second = fixtureDocument(
    'Cafe\u0301 😀😀 حلب: "=SUM(A1)", قال لافروف, حلب.',
    [
      { text: 'حلب', label: 'LOC', entity: ALEPPO },
      { text: '=SUM(A1)', label: 'MISC', entity: FORMULA },
      { text: 'لافروف', label: 'PER', entity: LAVROV },
    ],
    '2016-12-14',
  );
  return [
    { docId: 'a/first.txt', date: '2016-12-13', doc: first },
    { docId: 'b.txt', date: null, doc: second },
  ];
}
