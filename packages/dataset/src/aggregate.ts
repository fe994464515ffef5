import type { EntityRecord } from '@khabar/core';
import * as aq from 'arquero';
import type { DocumentTables, Row } from './rows.js';

interface EntityTally {
  record: EntityRecord;
  mentions: number;
  docs: number;
  firstDate: string | null;
  lastDate: string | null;
  forms: Map<string, number>;
}

interface PairTally {
  sentences: number;
  docs: number;
}

interface DayTally {
  mentions: number;
  docs: number;
}

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

/**
 * Builds the corpus-wide tables (entities, cooccurrences, timeline) while documents stream past. It keeps counts
 * per entity, per entity pair and per (day, entity) — never the mentions themselves — so memory grows with the
 * vocabulary of the corpus, not with its size. Feed documents in a fixed order and the tables come out the same.
 */
export class CorpusAggregator {
  private readonly entities = new Map<string, EntityTally>();
  private readonly pairs = new Map<string, PairTally>();
  private readonly days = new Map<string, DayTally>();

  add({ document, mentions, entities }: DocumentTables): void {
    if (document.status !== 'ok') return;
    const date = typeof document.date === 'string' ? document.date : null;
    const records = new Map(entities.map((e) => [e.id, e]));
    const perEntity = new Map<string, number>();
    const sentences = new Map<number, Set<string>>();
    for (const m of mentions) {
      const id = m.entity_id;
      if (typeof id !== 'string') continue;
      let tally = this.entities.get(id);
      if (!tally) {
        const record: EntityRecord = records.get(id) ?? {
          id,
          label: m.label as EntityRecord['label'],
          canonical: String(m.canonical ?? m.text),
          canonicalEn: typeof m.canonical_en === 'string' ? m.canonical_en : null,
          aliases: [],
          lat: null,
          lon: null,
          country: null,
        };
        tally = { record, mentions: 0, docs: 0, firstDate: null, lastDate: null, forms: new Map() };
        this.entities.set(id, tally);
      }
      tally.mentions++;
      const form = String(m.text);
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
      perEntity.set(id, (perEntity.get(id) ?? 0) + 1);
      const sentence = Number(m.sentence);
      const ids = sentences.get(sentence) ?? new Set<string>();
      ids.add(id);
      sentences.set(sentence, ids);
    }
    for (const [id, count] of perEntity) {
      const tally = this.entities.get(id)!;
      tally.docs++;
      if (date) {
        if (tally.firstDate === null || date < tally.firstDate) tally.firstDate = date;
        if (tally.lastDate === null || date > tally.lastDate) tally.lastDate = date;
        const day = this.days.get(pairKey(date, id)) ?? { mentions: 0, docs: 0 };
        day.mentions += count;
        day.docs++;
        this.days.set(pairKey(date, id), day);
      }
    }
    const pairsInDoc = new Set<string>();
    for (const ids of sentences.values()) {
      const sorted = [...ids].sort();
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const key = pairKey(sorted[i]!, sorted[j]!);
          const pair = this.pairs.get(key) ?? { sentences: 0, docs: 0 };
          pair.sentences++;
          if (!pairsInDoc.has(key)) {
            pairsInDoc.add(key);
            pair.docs++;
          }
          this.pairs.set(key, pair);
        }
      }
    }
  }

  /** Entities, most mentioned first (ties by id). */
  entitiesTable(): Row[] {
    const rows = [...this.entities.values()].map((t) => ({
      entity_id: t.record.id,
      label: t.record.label,
      canonical: t.record.canonical,
      canonical_en: t.record.canonicalEn || null,
      lat: t.record.lat,
      lon: t.record.lon,
      country: t.record.country || null,
      n_mentions: t.mentions,
      n_docs: t.docs,
      first_date: t.firstDate,
      last_date: t.lastDate,
      surface_forms: [...t.forms]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([form]) => form)
        .join('|'),
    }));
    return ordered(rows, [aq.desc('n_mentions'), 'entity_id']);
  }

  /** Co-occurrence edges, strongest first (ties by the pair). */
  cooccurrencesTable(): Row[] {
    const rows = [...this.pairs].map(([key, tally]) => {
      const [a, b] = key.split('\u0000');
      return { entity_a: a!, entity_b: b!, n_sentences: tally.sentences, n_docs: tally.docs };
    });
    return ordered(rows, [aq.desc('n_sentences'), 'entity_a', 'entity_b']);
  }

  /** Attention per day, in date order. */
  timelineTable(): Row[] {
    const rows = [...this.days].map(([key, tally]) => {
      const [day, id] = key.split('\u0000');
      return { day: day!, entity_id: id!, n_mentions: tally.mentions, n_docs: tally.docs };
    });
    return ordered(rows, ['day', aq.desc('n_mentions'), 'entity_id']);
  }
}

type SortKey = Parameters<aq.ColumnTable['orderby']>[number];

function ordered(rows: Row[], keys: SortKey[]): Row[] {
  if (rows.length === 0) return rows;
  return aq
    .from(rows)
    .orderby(...keys)
    .objects() as Row[];
}
