import type { EntityRecord } from '@khabar/core';
import type * as Aq from 'arquero';
import type { DocumentTables, Row } from './rows.js';

/** The knowledge fields the entities table shows (no aliases: they can be long and no table needs them). */
type EntityFacts = Pick<
  EntityRecord,
  'id' | 'label' | 'canonical' | 'canonicalEn' | 'lat' | 'lon' | 'country'
>;

interface EntityTally {
  facts: EntityFacts;
  mentions: number;
  docs: number;
  firstDate: string | null;
  lastDate: string | null;
  forms: Map<string, number>;
  /** The last document counted in `docs` (documents are numbered as they are added). */
  lastDoc: number;
  /** Mentions in that document. */
  inDoc: number;
}

function newEntityTally(entityFacts: EntityFacts): EntityTally {
  return {
    facts: entityFacts,
    mentions: 0,
    docs: 0,
    firstDate: null,
    lastDate: null,
    forms: new Map(),
    lastDoc: -1,
    inDoc: 0,
  };
}

interface PairTally {
  /** Sentences (pairs) or mentions (days). */
  count: number;
  docs: number;
  lastDoc: number;
}

/**
 * An aggregator's counts as plain data, to merge into another one (see CorpusAggregator.merge): a worker thread
 * counts its run of documents, and the main thread adds up runs instead of going through every mention.
 */
export interface AggregatePart {
  readonly entities: readonly {
    readonly facts: EntityFacts;
    readonly mentions: number;
    readonly docs: number;
    readonly firstDate: string | null;
    readonly lastDate: string | null;
    /** [form, count, form, count …] */
    readonly forms: readonly (string | number)[];
  }[];
  /** [entity_a, entity_b, sentences, docs …] */
  readonly pairs: readonly (string | number)[];
  /** [day, entity_id, mentions, docs …] */
  readonly days: readonly (string | number)[];
}

const facts = (record: EntityRecord): EntityFacts => ({
  id: record.id,
  label: record.label,
  canonical: record.canonical,
  canonicalEn: record.canonicalEn,
  lat: record.lat,
  lon: record.lon,
  country: record.country,
});

/** The inner map of a two-level map (entity pairs, day × entity), created on first use. */
function innerOf(map: Map<string, Map<string, PairTally>>, a: string): Map<string, PairTally> {
  let inner = map.get(a);
  if (!inner) {
    inner = new Map();
    map.set(a, inner);
  }
  return inner;
}

function entryOf(inner: Map<string, PairTally>, b: string): PairTally {
  let tally = inner.get(b);
  if (!tally) {
    tally = { count: 0, docs: 0, lastDoc: -1 };
    inner.set(b, tally);
  }
  return tally;
}

const tallyOf = (map: Map<string, Map<string, PairTally>>, a: string, b: string): PairTally =>
  entryOf(innerOf(map, a), b);

function flatten(map: Map<string, Map<string, PairTally>>): (string | number)[] {
  const flat: (string | number)[] = [];
  for (const [a, inner] of map) for (const [b, tally] of inner) flat.push(a, b, tally.count, tally.docs);
  return flat;
}

/**
 * Builds the corpus-wide tables (entities, cooccurrences, timeline) while documents stream past. It keeps counts
 * per entity, per entity pair and per (day, entity) — never the mentions themselves — so memory grows with the
 * vocabulary of the corpus, not with its size. Feed documents (or parts, see merge) in a fixed order and the
 * tables come out the same.
 */
export class CorpusAggregator {
  private readonly entities = new Map<string, EntityTally>();
  /** entity_a → entity_b → sentences mentioning both (entity_a < entity_b). */
  private readonly pairs = new Map<string, Map<string, PairTally>>();
  /** day → entity_id → mentions. */
  private readonly days = new Map<string, Map<string, PairTally>>();
  private documents = 0;

  add({ document, mentions, entities }: DocumentTables): void {
    if (document.status !== 'ok') return;
    const doc = this.documents++;
    const date = typeof document.date === 'string' ? document.date : null;
    let records: Map<string, EntityRecord> | null = null;
    const sentences = new Map<number, string[]>();
    const seen: EntityTally[] = [];
    for (const m of mentions) {
      const id = m.entity_id;
      if (typeof id !== 'string') continue;
      let tally = this.entities.get(id);
      if (!tally) {
        // The first document (in feeding order) that mentions an entity provides its facts.
        records ??= new Map(entities.map((e) => [e.id, e]));
        const record = records.get(id);
        tally = newEntityTally(
          record
            ? facts(record)
            : {
                id,
                label: m.label as EntityRecord['label'],
                canonical: String(m.canonical ?? m.text),
                canonicalEn: typeof m.canonical_en === 'string' ? m.canonical_en : null,
                lat: null,
                lon: null,
                country: null,
              },
        );
        this.entities.set(id, tally);
      }
      tally.mentions++;
      const form = String(m.text);
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
      if (tally.lastDoc !== doc) {
        tally.lastDoc = doc;
        tally.docs++;
        tally.inDoc = 0;
        seen.push(tally);
        if (date) {
          if (tally.firstDate === null || date < tally.firstDate) tally.firstDate = date;
          if (tally.lastDate === null || date > tally.lastDate) tally.lastDate = date;
        }
      }
      tally.inDoc++;
      const sentence = Number(m.sentence);
      const ids = sentences.get(sentence);
      if (!ids) sentences.set(sentence, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
    if (date) {
      // One day entry per entity of the document, not one lookup per mention.
      const days = innerOf(this.days, date);
      for (const tally of seen) {
        const day = entryOf(days, tally.facts.id);
        day.count += tally.inDoc;
        day.docs++;
      }
    }
    for (const ids of sentences.values()) {
      if (ids.length < 2) continue;
      ids.sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const pair = tallyOf(this.pairs, ids[i]!, ids[j]!);
          pair.count++;
          if (pair.lastDoc !== doc) {
            pair.lastDoc = doc;
            pair.docs++;
          }
        }
      }
    }
  }

  /** The counts so far, as plain data (for merge). */
  part(): AggregatePart {
    return {
      entities: [...this.entities.values()].map((t) => ({
        facts: t.facts,
        mentions: t.mentions,
        docs: t.docs,
        firstDate: t.firstDate,
        lastDate: t.lastDate,
        forms: [...t.forms].flat(),
      })),
      pairs: flatten(this.pairs),
      days: flatten(this.days),
    };
  }

  /**
   * Adds the counts of documents aggregated elsewhere (typically by a worker thread), as if they were added here
   * one by one: merging the parts of consecutive runs in order gives the same tables as adding every document.
   */
  merge(part: AggregatePart): void {
    for (const entity of part.entities) {
      let tally = this.entities.get(entity.facts.id);
      if (!tally) {
        tally = newEntityTally(entity.facts);
        this.entities.set(entity.facts.id, tally);
      }
      tally.mentions += entity.mentions;
      tally.docs += entity.docs;
      const { firstDate, lastDate, forms } = entity;
      if (firstDate !== null && (tally.firstDate === null || firstDate < tally.firstDate))
        tally.firstDate = firstDate;
      if (lastDate !== null && (tally.lastDate === null || lastDate > tally.lastDate))
        tally.lastDate = lastDate;
      for (let i = 0; i < forms.length; i += 2) {
        const form = forms[i] as string;
        tally.forms.set(form, (tally.forms.get(form) ?? 0) + (forms[i + 1] as number));
      }
    }
    for (const [map, flat] of [
      [this.pairs, part.pairs],
      [this.days, part.days],
    ] as const) {
      for (let i = 0; i < flat.length; i += 4) {
        const tally = tallyOf(map, flat[i] as string, flat[i + 1] as string);
        tally.count += flat[i + 2] as number;
        tally.docs += flat[i + 3] as number;
      }
    }
  }

  /**
   * Starts loading the table sorter (arquero, a few hundred modules) ahead of the *Table calls. Counting needs
   * no arquero, so the export's worker threads, which only count, never load it.
   */
  prepareTables(): void {
    void loadArquero().catch(() => {});
  }

  /** Entities, most mentioned first (ties by id). */
  async entitiesTable(): Promise<Row[]> {
    const rows = [...this.entities.values()].map((t) => ({
      entity_id: t.facts.id,
      label: t.facts.label,
      canonical: t.facts.canonical,
      canonical_en: t.facts.canonicalEn || null,
      lat: t.facts.lat,
      lon: t.facts.lon,
      country: t.facts.country || null,
      n_mentions: t.mentions,
      n_docs: t.docs,
      first_date: t.firstDate,
      last_date: t.lastDate,
      surface_forms: [...t.forms]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([form]) => form)
        .join('|'),
    }));
    return ordered(rows, (aq) => [aq.desc('n_mentions'), 'entity_id']);
  }

  /** Co-occurrence edges, strongest first (ties by the pair). */
  async cooccurrencesTable(): Promise<Row[]> {
    const rows: Row[] = [];
    for (const [a, inner] of this.pairs) {
      for (const [b, tally] of inner)
        rows.push({ entity_a: a, entity_b: b, n_sentences: tally.count, n_docs: tally.docs });
    }
    return ordered(rows, (aq) => [aq.desc('n_sentences'), 'entity_a', 'entity_b']);
  }

  /** Attention per day, in date order. */
  async timelineTable(): Promise<Row[]> {
    const rows: Row[] = [];
    for (const [day, inner] of this.days) {
      for (const [id, tally] of inner)
        rows.push({ day, entity_id: id, n_mentions: tally.count, n_docs: tally.docs });
    }
    return ordered(rows, (aq) => ['day', aq.desc('n_mentions'), 'entity_id']);
  }
}

let arqueroModule: Promise<typeof Aq> | null = null;
const loadArquero = (): Promise<typeof Aq> => {
  arqueroModule ??= import('arquero');
  return arqueroModule;
};

type SortKey = Parameters<Aq.ColumnTable['orderby']>[number];

async function ordered(rows: Row[], keys: (aq: typeof Aq) => SortKey[]): Promise<Row[]> {
  if (rows.length === 0) return rows;
  const aq = await loadArquero();
  return aq
    .from(rows)
    .orderby(...keys(aq))
    .objects() as Row[];
}
