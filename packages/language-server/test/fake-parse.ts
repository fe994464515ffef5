import type {
  Diagnostic,
  EntityMention,
  EntityRecord,
  Mention,
  ParsedDocument,
  ParseOptions,
  TemporalMention,
} from '@khabar/core';

/**
 * A tiny stand-in parser with a fixed vocabulary, so feature tests control exactly which mentions exist while
 * the real recognisers are developed elsewhere. It honours the data contract: sorted, non-overlapping spans with
 * `text === original.slice(start, end)`.
 */
export const KNOWN: readonly EntityRecord[] = [
  {
    id: 'geo:aleppo',
    label: 'LOC',
    canonical: 'حلب',
    canonicalEn: 'Aleppo',
    aliases: [],
    lat: 36.2021,
    lon: 37.1343,
    country: 'SY',
  },
  {
    id: 'geo:damascus',
    label: 'LOC',
    canonical: 'دمشق',
    canonicalEn: 'Damascus',
    aliases: [],
    lat: 33.5102,
    lon: 36.2913,
    country: 'SY',
  },
  {
    id: 'org:un',
    label: 'ORG',
    canonical: 'الأمم المتحدة',
    canonicalEn: 'United Nations',
    aliases: [],
    lat: null,
    lon: null,
    country: null,
  },
];

function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function fakeParse(text: string, options: ParseOptions = {}): ParsedDocument {
  const mentions: Mention[] = [];
  const entities = new Map<string, EntityRecord>();
  // Of the knowledge passed in, only test lexicon rows (ids `test:…`): the core's own gazetteers are not this
  // double's business.
  const lexiconRows = [...(options.knowledge?.entities.values() ?? [])].filter((e) =>
    e.id.startsWith('test:'),
  );
  const records = [...KNOWN, ...lexiconRows];
  for (const record of records) {
    for (const name of [record.canonical, ...record.aliases]) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const mention: EntityMention = {
          kind: 'entity',
          label: record.label,
          start: at,
          end: at + name.length,
          text: name,
          entityId: record.id,
          canonical: record.canonical,
          canonicalEn: record.canonicalEn,
          source: 'lexicon',
          confidence: 1,
          sentence: 0,
        };
        mentions.push(mention);
        entities.set(record.id, record);
      }
    }
  }
  // «سامر» stands for a name no list has: the model finds it and links it to a document-local id.
  for (let at = text.indexOf('سامر'); at >= 0; at = text.indexOf('سامر', at + 4)) {
    const id = 'doc:PER:سامر';
    mentions.push({
      kind: 'entity',
      label: 'PER',
      start: at,
      end: at + 4,
      text: 'سامر',
      entityId: id,
      canonical: 'سامر',
      canonicalEn: null,
      source: 'model',
      confidence: 0.7,
      sentence: 0,
    });
    entities.set(id, {
      id,
      label: 'PER',
      canonical: 'سامر',
      canonicalEn: null,
      aliases: [],
      lat: null,
      lon: null,
      country: null,
    });
  }
  const dct = options.documentDate ?? null;
  for (let at = text.indexOf('أمس'); at >= 0; at = text.indexOf('أمس', at + 3)) {
    const mention: TemporalMention = {
      kind: 'temporal',
      label: 'DATE',
      start: at,
      end: at + 3,
      text: 'أمس',
      value: dct ? previousDay(dct) : 'XXXX-XX-XX',
      mod: null,
      relative: true,
      hijri: null,
      source: 'rule',
      confidence: 1,
      sentence: 0,
    };
    mentions.push(mention);
  }
  const diagnostics: Diagnostic[] = [];
  const firstRelative = mentions.find((m) => m.kind === 'temporal' && m.relative);
  if (!dct && firstRelative) {
    diagnostics.push({
      start: firstRelative.start,
      end: firstRelative.end,
      code: 'missing-document-date',
      severity: 'info',
      message: 'no document date',
      replacement: null,
    });
  }
  for (let at = text.indexOf('فيحلب'); at >= 0; at = text.indexOf('فيحلب', at + 5)) {
    diagnostics.push({
      start: at,
      end: at + 5,
      code: 'glued-words',
      severity: 'info',
      message: 'two words written as one',
      replacement: 'في حلب',
    });
  }
  diagnostics.sort((a, b) => a.start - b.start);
  mentions.sort((a, b) => a.start - b.start);
  const kept = mentions.filter((m, i) => i === 0 || m.start >= mentions[i - 1]!.end);
  return {
    text,
    dct: { value: dct, source: dct ? 'caller' : 'none', span: null },
    sentences: [],
    tokens: [],
    mentions: kept,
    entities: [...entities.values()],
    diagnostics,
  };
}
