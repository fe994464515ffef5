import type { EntityRecord } from '../types.js';
import { builtInEntries, entryFromRecord, type GazetteerEntry, type NameMode } from './gazetteer.js';
import { PhraseIndex, phraseKeys } from './phrase-index.js';
import { SpellingIndex } from './spelling-index.js';

/** One entity a name may refer to, and how the name may match. */
export interface NameHit {
  readonly entityId: string;
  readonly mode: NameMode;
}

/**
 * The knowledge base indexed for matching: the built-in gazetteers plus workspace lexicon entries (which win
 * over built-ins, both for ids and for names). Immutable once built.
 */
export interface Knowledge {
  readonly entities: ReadonlyMap<string, EntityRecord>;
  /** Every name as a phrase of folded words → the entities it may name, best first. */
  readonly names: PhraseIndex<readonly NameHit[]>;
  /** One-word names of five letters or more, for spelling suggestions (edit distance 1). */
  readonly spelling: SpellingIndex;
  /** Every folded word that occurs in some name (to split glued words). */
  readonly nameWords: ReadonlySet<string>;
  /** For each entity with names that match only after it was named, the first folded word of those names. */
  readonly corefStarts: ReadonlyMap<string, ReadonlySet<string>>;
}

function build(entries: readonly GazetteerEntry[]): Knowledge {
  const entities = new Map<string, EntityRecord>();
  const names = new PhraseIndex<readonly NameHit[]>();
  const spelling = new SpellingIndex();
  const nameWords = new Set<string>();
  const corefStarts = new Map<string, Set<string>>();
  const claimed = new Set<string>();
  const open = new Map<string, string>();
  for (const { record, names: entryNames } of entries) {
    // An id seen before (a workspace entry overriding a built-in, or a built-in merged from two lists) keeps its
    // first record; the names of every entry still join the index in priority order.
    if (!entities.has(record.id)) entities.set(record.id, record);
    else if (entities.get(record.id) !== record) continue;
    for (const { name, mode } of entryNames) {
      const keys = phraseKeys(name);
      if (keys.length === 0) continue;
      const joined = keys.join(' ');
      // A name belongs to the first entry that claims it, with that entry's mode: earlier sources have priority,
      // so a curated «جاسم» that is ambiguous (a town and a given name) is not made certain by GeoNames. Two
      // exceptions stay open to one later curated entry: a short name claimed for coreference only (الزعتري after
      // علي الزعتري; a camp of that name), and an everyday-word name of another kind, also ambiguous (الميادين, a
      // channel and a town): each hit is tried in order, in its own context.
      if (claimed.has(joined)) {
        const first = open.get(joined);
        const curated = !record.id.startsWith('geonames:');
        if (!curated || !first || (first !== 'coref' && (mode !== 'ambiguous' || first === record.label)))
          continue;
        open.delete(joined);
      } else {
        claimed.add(joined);
        if (mode === 'coref') open.set(joined, 'coref');
        else if (mode === 'ambiguous') open.set(joined, record.label);
      }
      names.add(keys, [{ entityId: record.id, mode }], (old, added) => [...old, ...added]);
      for (const k of keys) nameWords.add(k);
      if (mode === 'coref') {
        const starts = corefStarts.get(record.id) ?? new Set<string>();
        starts.add(keys[0]!);
        corefStarts.set(record.id, starts);
      }
      // Spelling suggestions only toward curated names: GeoNames' thousands of small towns would turn ordinary
      // words into "misspellings".
      if (mode === 'always' && keys.length === 1 && !record.id.startsWith('geonames:')) {
        spelling.add(keys[0]!, record.id, name);
      }
    }
  }
  return { entities, names, spelling, nameWords, corefStarts };
}

/** Knowledge from the built-in gazetteers plus `extra` entries (a workspace lexicon), which win. */
export function createKnowledge(extra: readonly EntityRecord[] = []): Knowledge {
  return build([...extra.map(entryFromRecord), ...builtInEntries()]);
}

let cached: Knowledge | null = null;

/** The built-in knowledge, built on first use and shared. */
export function defaultKnowledge(): Knowledge {
  cached ??= createKnowledge();
  return cached;
}
