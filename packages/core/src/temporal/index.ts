import type { AnalysisContext } from '../analysis.js';
import type { Diagnostic, DocumentDate, TemporalMention } from '../types.js';

export interface TemporalResult {
  readonly mentions: readonly TemporalMention[];
  readonly dct: DocumentDate;
  readonly diagnostics: readonly Diagnostic[];
}

/** PLACEHOLDER until issue 4 lands. */
export function recognizeTemporal(ctx: AnalysisContext): TemporalResult {
  const value = ctx.options.documentDate ?? null;
  return { mentions: [], dct: { value, source: value ? 'caller' : 'none', span: null }, diagnostics: [] };
}
