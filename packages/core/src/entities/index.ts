import type { AnalysisContext } from '../analysis.js';
import type { Diagnostic, EntityMention, EntityRecord } from '../types.js';

export interface EntityResult {
  readonly mentions: readonly EntityMention[];
  /** Records for every entityId the mentions use (knowledge-base entries and names new to the knowledge). */
  readonly entities: readonly EntityRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

/** PLACEHOLDER until issue 3 lands. */
export function recognizeEntities(_ctx: AnalysisContext): EntityResult {
  return { mentions: [], entities: [], diagnostics: [] };
}
