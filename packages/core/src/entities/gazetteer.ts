import cities from '../data/entities/cities.json' with { type: 'json' };
import countries from '../data/entities/countries.json' with { type: 'json' };
import organizations from '../data/entities/organizations.json' with { type: 'json' };
import people from '../data/entities/people.json' with { type: 'json' };
import places from '../data/entities/places.json' with { type: 'json' };
import triggers from '../data/entities/triggers.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import type { EntityLabel, EntityRecord } from '../types.js';

/** One entry of a gazetteer data file (see data/entities/README.md). */
interface RawEntry {
  readonly id: string;
  readonly label?: string;
  readonly ar: string;
  readonly en?: string;
  readonly aliases?: readonly string[];
  /** Names that are also everyday words: they match only after a trigger noun or inside quotes. */
  readonly ambiguous?: readonly string[];
  /** Short names that refer to the entity only after it was named in full in the same document. */
  readonly coref?: readonly string[];
  /** Phrases that must not be taken as this entity's name (an epithet after it: مكة المكرمة is مكة + adjective). */
  readonly notNames?: readonly string[];
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly cc?: string | null;
}

/**
 * How a name may match: always, only in a naming context, only after a full mention of its entity, or never (a
 * phrase claimed so that a lower-priority source cannot make it a name).
 */
export type NameMode = 'always' | 'ambiguous' | 'coref' | 'never';

export interface GazetteerName {
  readonly name: string;
  readonly mode: NameMode;
}

export interface GazetteerEntry {
  readonly record: EntityRecord;
  readonly names: readonly GazetteerName[];
}

let titleWords: ReadonlySet<string> | null = null;

/**
 * A person's name written with a title (الملك سلمان، البابا فرنسيس): the guideline leaves the title out, so the
 * name is what follows it, matched after a title only (سلمان alone is also a given name).
 */
function withoutTitle(name: string): string | null {
  titleWords ??= new Set(triggers.personTitles.filter((t) => !t.includes(' ')).map(fold));
  const space = name.indexOf(' ');
  if (space < 0 || !titleWords.has(fold(name.slice(0, space)))) return null;
  return name.slice(space + 1).trim();
}

let variantOf: ReadonlyMap<string, string> | null = null;

/**
 * A name of several words with one word news spells two ways (مصرف سوريا/سورية المركزي، الأمريكية/الأميركية): the
 * other spellings, one word changed at a time. One-word names (سورية, the country) are listed as they are.
 */
function spellingVariants(name: string): string[] {
  if (!variantOf) {
    const pairs = new Map<string, string>();
    for (const [a, b] of triggers.nameWordVariants as [string, string][]) {
      pairs.set(fold(a), b);
      pairs.set(fold(b), a);
    }
    variantOf = pairs;
  }
  const words = name.split(' ');
  if (words.length < 2) return [];
  const out: string[] = [];
  words.forEach((word, k) => {
    const other = variantOf!.get(fold(word));
    if (other) out.push([...words.slice(0, k), other, ...words.slice(k + 1)].join(' '));
  });
  return out;
}

function toEntry(raw: RawEntry, defaultLabel: EntityLabel): GazetteerEntry {
  const ambiguous = new Set(raw.ambiguous ?? []);
  const names: GazetteerName[] = [];
  const label = (raw.label as EntityLabel | undefined) ?? defaultLabel;
  for (const name of [raw.ar, ...(raw.aliases ?? [])]) {
    const bare = label === 'PER' ? withoutTitle(name) : null;
    if (bare) names.push({ name: bare, mode: 'ambiguous' });
    else {
      const mode = ambiguous.has(name) ? 'ambiguous' : 'always';
      for (const variant of [name, ...spellingVariants(name)]) names.push({ name: variant, mode });
    }
  }
  for (const name of ambiguous) if (name !== raw.ar) names.push({ name, mode: 'ambiguous' });
  for (const name of raw.coref ?? []) names.push({ name, mode: 'coref' });
  for (const name of raw.notNames ?? []) names.push({ name, mode: 'never' });
  const record: EntityRecord = {
    id: raw.id,
    label,
    canonical: withoutTitle(raw.ar) ?? raw.ar,
    canonicalEn: raw.en ?? null,
    aliases: [...new Set([...(raw.aliases ?? []), ...ambiguous, ...(raw.coref ?? [])])].filter(
      (a) => a !== raw.ar,
    ),
    lat: raw.lat ?? null,
    lon: raw.lon ?? null,
    country: raw.cc ?? null,
  };
  return { record, names };
}

/** Records sharing an id (a curated country and its generated record) become one; the earlier one leads. */
function mergeRecord(byId: Map<string, EntityRecord>, record: EntityRecord): void {
  const old = byId.get(record.id);
  if (!old) {
    byId.set(record.id, record);
    return;
  }
  byId.set(record.id, {
    ...old,
    canonicalEn: old.canonicalEn ?? record.canonicalEn,
    aliases: [...new Set([...old.aliases, record.canonical, ...record.aliases])].filter(
      (a) => a !== old.canonical,
    ),
    lat: old.lat ?? record.lat,
    lon: old.lon ?? record.lon,
    country: old.country ?? record.country,
  });
}

let builtIns: readonly GazetteerEntry[] | null = null;

/**
 * The built-in gazetteers in priority order (curated before generated): when two entries claim the same name,
 * the earlier one keeps it. An id may come back (a generated record of a curated country): its names keep the
 * priority of their own source, and every entry of the id carries the merged record.
 */
export function builtInEntries(): readonly GazetteerEntry[] {
  if (builtIns) return builtIns;
  const records = new Map<string, EntityRecord>();
  const raw: GazetteerEntry[] = [];
  const sources: [readonly RawEntry[], EntityLabel][] = [
    [people.entries as unknown as readonly RawEntry[], 'PER'],
    [organizations.entries as unknown as readonly RawEntry[], 'ORG'],
    [places.entries as unknown as readonly RawEntry[], 'LOC'],
    [countries.entries as unknown as readonly RawEntry[], 'LOC'],
    [cities.entries as unknown as readonly RawEntry[], 'LOC'],
  ];
  for (const [entries, label] of sources) {
    for (const entry of entries) {
      const parsed = toEntry(entry, label);
      mergeRecord(records, parsed.record);
      raw.push(parsed);
    }
  }
  builtIns = raw.map(({ record, names }) => ({ record: records.get(record.id)!, names }));
  return builtIns;
}

/** A workspace lexicon record as a gazetteer entry: all its names always match. */
export function entryFromRecord(record: EntityRecord): GazetteerEntry {
  return {
    record,
    names: [record.canonical, ...record.aliases].map((name) => ({ name, mode: 'always' as const })),
  };
}
