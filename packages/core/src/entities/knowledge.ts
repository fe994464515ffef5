import type { EntityRecord } from '../types.js';

/**
 * PLACEHOLDER until the entity recogniser lands: the knowledge base (gazetteers + workspace lexicon) indexed for
 * matching. Owned by the entities work (issue 3).
 */
export interface Knowledge {
  readonly entities: ReadonlyMap<string, EntityRecord>;
}

let cached: Knowledge | null = null;

export function createKnowledge(extra: readonly EntityRecord[] = []): Knowledge {
  return { entities: new Map(extra.map((e) => [e.id, e])) };
}

export function defaultKnowledge(): Knowledge {
  cached ??= createKnowledge();
  return cached;
}
