import { type DocumentHighlight, DocumentHighlightKind, type Position } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import { mentionAt, mentionKey } from '../mentions.js';

/** Every mention in the document of the entity (or TIMEX3 value) under the cursor. */
export function documentHighlights(analysis: DocumentAnalysis, position: Position): DocumentHighlight[] {
  const mention = mentionAt(analysis.parsed.mentions, analysis.lines.offsetAt(position));
  if (!mention) return [];
  const key = mentionKey(mention);
  return analysis.parsed.mentions
    .filter((m) => mentionKey(m) === key)
    .map((m) => ({ range: analysis.lines.range(m.start, m.end), kind: DocumentHighlightKind.Text }));
}

/** The key of the mention under the cursor, for references across the workspace. */
export function keyAt(analysis: DocumentAnalysis, position: Position): string | null {
  const mention = mentionAt(analysis.parsed.mentions, analysis.lines.offsetAt(position));
  return mention ? mentionKey(mention) : null;
}
