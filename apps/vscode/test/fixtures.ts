import type { EntityLabel, EntityMention, TemporalLabel, TemporalMention } from '@khabar/core';

/** An entity mention over `text` at the first occurrence of `surface` (after `from`). */
export function entity(
  text: string,
  surface: string,
  label: EntityLabel,
  canonicalEn: string | null = null,
  from = 0,
): EntityMention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" not in text`);
  return {
    kind: 'entity',
    label,
    start,
    end: start + surface.length,
    text: surface,
    entityId: `test:${label}:${surface}`,
    canonical: surface,
    canonicalEn,
    source: 'lexicon',
    confidence: 1,
    sentence: 0,
  };
}

export function temporal(
  text: string,
  surface: string,
  label: TemporalLabel,
  value: string,
): TemporalMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" not in text`);
  return {
    kind: 'temporal',
    label,
    start,
    end: start + surface.length,
    text: surface,
    value,
    mod: null,
    relative: false,
    hijri: null,
    source: 'rule',
    confidence: 1,
    sentence: 0,
  };
}
