import { ENTITY_LABELS, type EntityLabel } from '@khabar/core';
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import { mentionsIn } from '../mentions.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { type LexiconRow, lexiconAppendEdit } from './lexicon-edit.js';
import { type ManifestTarget, manifestDateFix } from './manifest-edit.js';

/** Server command that puts the client's cursor at a position (`window/showDocument`). */
export const REVEAL_COMMAND = 'khabar.revealPosition';

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

export interface CodeActionTargets {
  readonly lexicon: LexiconTarget | null;
  readonly manifest: ManifestTarget | null;
}

/**
 * Quick fixes for the core's diagnostics that carry a replacement (split a glued word, correct a misspelled
 * name); for a missing document date, the document's row in the corpus manifest with the cursor on its date
 * cell; and "add to the workspace lexicon" for names the knowledge base does not have — a recognised new name,
 * or the selected text when the parser missed it.
 */
export function codeActions(
  analysis: DocumentAnalysis,
  range: Range,
  contextDiagnostics: readonly Diagnostic[],
  { lexicon, manifest }: CodeActionTargets,
): CodeAction[] {
  const { lines, parsed, uri } = analysis;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const d of parsed.diagnostics) {
    if (d.end < start || d.start > Math.max(end, start)) continue;
    const diagRange = lines.range(d.start, d.end);
    const related = contextDiagnostics.filter(
      (c) => c.source === DIAGNOSTIC_SOURCE && c.code === d.code && sameRange(c.range, diagRange),
    );
    if (d.code === 'missing-document-date' && manifest) {
      const fix = manifestDateFix(manifest);
      if (!fix) continue;
      actions.push({
        title: fix.edit
          ? 'Add this document to the corpus manifest, to give it a date'
          : 'Give this document a date in the corpus manifest',
        kind: CodeActionKind.QuickFix,
        diagnostics: related,
        ...(fix.edit ? { edit: fix.edit } : {}),
        command: {
          title: 'Go to the date cell',
          command: REVEAL_COMMAND,
          arguments: [manifest.uri, fix.dateCell],
        },
      });
      continue;
    }
    if (d.replacement === null) continue;
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
