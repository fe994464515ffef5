import type { AnalysisContext, ParseOptions } from './analysis.js';
import { recognizeEntities } from './entities/index.js';
import { defaultKnowledge } from './entities/knowledge.js';
import { resolveOverlaps } from './mentions.js';
import { recognizeTemporal } from './temporal/index.js';
import { tokenize } from './text/tokenize.js';
import type { ParsedDocument } from './types.js';

/**
 * Parses one document. Pure and synchronous: the same text and options always give the same document, and no
 * input makes it throw (an internal failure degrades to a document with no mentions and a diagnostic-free
 * result rather than an exception, because editors call this on every keystroke).
 */
export function parse(text: string, options: ParseOptions = {}): ParsedDocument {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const { tokens, sentences, wordIds, wordCount, words } = tokenize(input);
  const ctx: AnalysisContext = {
    text: input,
    tokens,
    sentences,
    wordIds,
    wordCount,
    words,
    knowledge: options.knowledge ?? defaultKnowledge(),
    options,
  };
  const temporal = options.temporal === false ? null : recognizeTemporal(ctx);
  const entities = options.entities === false ? null : recognizeEntities(ctx);
  const mentions = resolveOverlaps([...(entities?.mentions ?? []), ...(temporal?.mentions ?? [])]);
  const usedIds = new Set<string>();
  for (const m of mentions) usedIds.add(m.kind === 'entity' ? m.entityId : '');
  return {
    text: input,
    dct: temporal?.dct ?? { value: null, source: 'none', span: null },
    sentences,
    tokens,
    mentions,
    entities: (entities?.entities ?? []).filter((e) => usedIds.has(e.id)),
    diagnostics: [...(temporal?.diagnostics ?? []), ...(entities?.diagnostics ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    ),
  };
}
