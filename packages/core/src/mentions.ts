import type { Mention } from './types.js';

function beats(a: Mention, b: Mention): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.kind === 'entity' && b.kind !== 'entity';
}

/**
 * Sorts mentions and removes overlaps in O(n log n): of two overlapping spans the longer wins, and an entity
 * wins a tie with a temporal expression.
 */
export function resolveOverlaps(candidates: readonly Mention[]): Mention[] {
  const sorted = candidates.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (beats(m, last)) kept[kept.length - 1] = m;
  }
  return kept;
}
