import type { Mention } from '@khabar/core';

/** What makes two mentions "the same thing": the linked entity, or the TIMEX3 value of a temporal expression. */
export function mentionKey(mention: Mention): string {
  return mention.kind === 'entity' ? mention.entityId : `timex:${mention.value}`;
}

/**
 * The mention under `offset` (sorted, non-overlapping mentions; binary search). A cursor right after the last
 * letter of a name still counts as on it, as editors place the caret between characters.
 */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | null {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  const before = mentions[lo - 1];
  return before && before.end === offset ? before : null;
}

/** Mentions overlapping [start, end) (binary search to the first, then a scan). */
export function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < Math.max(end, start + 1); i++)
    out.push(mentions[i]!);
  return out;
}

export function isUnresolved(value: string): boolean {
  return value.includes('X');
}
