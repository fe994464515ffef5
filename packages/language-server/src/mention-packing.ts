import type { EntityMention, Mention, TemporalMention } from '@khabar/core';

/**
 * Mentions packed for the trip from the parse worker: numbers in typed arrays (transferred, not copied) and
 * strings in a table of distinct values, instead of one structured-clone object per mention — for a 5 MB file
 * that is ~125,000 objects, whose clone cost more than the block's parse. The text of each mention is not sent:
 * it is `text.slice(start, end)` of the text the receiver already has.
 */
export interface PackedMentions {
  readonly count: number;
  /** Per mention: start, end, sentence, and six string-table indices (-1 for null). */
  readonly ints: Int32Array;
  /** Per mention: confidence. */
  readonly confidence: Float64Array;
  /** Per mention: 1 for a temporal mention's `relative`. */
  readonly flags: Uint8Array;
  readonly strings: readonly string[];
}

const INTS = 9;
const ENTITY_KEYS = 'kind,start,end,text,label,entityId,canonical,canonicalEn,source,confidence,sentence';
const TEMPORAL_KEYS = 'kind,label,start,end,text,value,mod,relative,hijri,source,confidence,sentence';

function sortedKeys(keys: string): string {
  return keys.split(',').sort().join(',');
}
const KNOWN = new Set([sortedKeys(ENTITY_KEYS), sortedKeys(TEMPORAL_KEYS)]);

/** Packs mentions, or returns null when one has fields this packing does not know (then send them as they are). */
export function packMentions(mentions: readonly Mention[]): PackedMentions | null {
  const checked = new Set<string>();
  for (const m of mentions) {
    if (checked.has(m.kind)) continue;
    if (!KNOWN.has(Object.keys(m).sort().join(','))) return null;
    checked.add(m.kind);
    if (checked.size === 2) break;
  }
  const n = mentions.length;
  const ints = new Int32Array(n * INTS);
  const confidence = new Float64Array(n);
  const flags = new Uint8Array(n);
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string | null): number => {
    if (s === null) return -1;
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    const j = i * INTS;
    ints[j] = m.start;
    ints[j + 1] = m.end;
    ints[j + 2] = m.sentence;
    ints[j + 3] = id(m.kind);
    ints[j + 4] = id(m.label);
    ints[j + 5] = id(m.source);
    if (m.kind === 'entity') {
      ints[j + 6] = id(m.entityId);
      ints[j + 7] = id(m.canonical);
      ints[j + 8] = id(m.canonicalEn);
    } else {
      ints[j + 6] = id(m.value);
      ints[j + 7] = id(m.mod);
      ints[j + 8] = id(m.hijri);
      flags[i] = m.relative ? 1 : 0;
    }
    confidence[i] = m.confidence;
  }
  return { count: n, ints, confidence, flags, strings };
}

/** The buffers to transfer with a packed message. */
export function packedBuffers(packed: PackedMentions): ArrayBuffer[] {
  return [packed.ints.buffer, packed.confidence.buffer, packed.flags.buffer] as ArrayBuffer[];
}

/** The mentions again, equal to the packed ones, their text sliced from `text`. */
export function unpackMentions(packed: PackedMentions, text: string): Mention[] {
  const { ints, confidence, flags, strings } = packed;
  const str = (i: number) => (i < 0 ? null : strings[i]!);
  const out: Mention[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i++) {
    const j = i * INTS;
    const start = ints[j]!;
    const end = ints[j + 1]!;
    if (strings[ints[j + 3]!] === 'entity') {
      out[i] = {
        kind: 'entity',
        start,
        end,
        text: text.slice(start, end),
        label: strings[ints[j + 4]!] as EntityMention['label'],
        entityId: strings[ints[j + 6]!]!,
        canonical: strings[ints[j + 7]!]!,
        canonicalEn: str(ints[j + 8]!),
        source: strings[ints[j + 5]!] as EntityMention['source'],
        confidence: confidence[i]!,
        sentence: ints[j + 2]!,
      };
    } else {
      out[i] = {
        kind: 'temporal',
        label: strings[ints[j + 4]!] as TemporalMention['label'],
        start,
        end,
        text: text.slice(start, end),
        value: strings[ints[j + 6]!]!,
        mod: str(ints[j + 7]!) as TemporalMention['mod'],
        relative: flags[i] === 1,
        hijri: str(ints[j + 8]!),
        source: 'rule',
        confidence: confidence[i]!,
        sentence: ints[j + 2]!,
      };
    }
  }
  return out;
}
