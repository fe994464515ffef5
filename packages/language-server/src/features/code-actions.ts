import { ENTITY_LABELS, type EntityLabel } from '@khabar/core';
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import { mentionsIn } from '../mentions.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { type LexiconRow, lexiconAppendEdit } from './lexicon-edit.js';

const LABEL_WORDS: Record<EntityLabel, string> = {
  PER: 'a person',
  LOC: 'a place',
  ORG: 'an organisation',
  MISC: 'another name',
};

export interface LexiconTarget {
  readonly uri: string;
  /** The file's current text, or null when it does not exist yet. */
  readonly text: string | null;
  readonly canCreateFiles: boolean;
}

function fixTitle(code: string, replacement: string): string {
  if (code === 'glued-words') return `Split into «${replacement}»`;
  if (code === 'misspelled-name') return `Correct to «${replacement}»`;
  return `Replace with «${replacement}»`;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * Quick fixes for the core's diagnostics that carry a replacement (split a glued word, correct a misspelled
 * name), and "add to the workspace lexicon" for names the knowledge base does not have — a recognised new name,
 * or the selected text when the parser missed it.
 */
export function codeActions(
  analysis: DocumentAnalysis,
  range: Range,
  contextDiagnostics: readonly Diagnostic[],
  lexicon: LexiconTarget | null,
): CodeAction[] {
  const { lines, parsed, uri } = analysis;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const d of parsed.diagnostics) {
    if (d.replacement === null || d.end < start || d.start > Math.max(end, start)) continue;
    const diagRange = lines.range(d.start, d.end);
    const related = contextDiagnostics.filter(
      (c) => c.source === DIAGNOSTIC_SOURCE && c.code === d.code && sameRange(c.range, diagRange),
    );
    actions.push({
      title: fixTitle(d.code, d.replacement),
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: related,
      edit: { changes: { [uri]: [{ range: diagRange, newText: d.replacement }] } },
    });
  }
  if (!lexicon) return actions;
  const addAction = (row: LexiconRow, kind: string): CodeAction => ({
    title: `Add «${row.arabic}» to the workspace lexicon as ${LABEL_WORDS[row.label]}`,
    kind,
    edit: lexiconAppendEdit(lexicon.uri, lexicon.text, row, lexicon.canCreateFiles),
  });
  const covered = mentionsIn(parsed.mentions, start, end);
  for (const m of covered) {
    if (m.kind === 'entity' && m.entityId.startsWith('doc:')) {
      actions.push(
        addAction({ label: m.label, arabic: m.canonical, english: m.canonicalEn }, CodeActionKind.QuickFix),
      );
    }
  }
  const selected = analysis.text.slice(start, end).trim();
  const isExactMention = covered.length === 1 && covered[0]!.text.trim() === selected;
  if (selected.length > 1 && selected.length <= 80 && !/[\r\n]/.test(selected) && !isExactMention) {
    for (const label of ENTITY_LABELS) {
      actions.push(addAction({ label, arabic: selected }, CodeActionKind.Refactor));
    }
  }
  return actions;
}
