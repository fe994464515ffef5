import { type EntityLabel, fold, LEXICON_COLUMNS, readCsvTable } from '@khabar/core';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../line-index.js';

export interface LexiconRow {
  readonly label: EntityLabel;
  readonly arabic: string;
  readonly english?: string | null;
}

/** RFC 4180 quoting, only where needed. */
function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A readable id, unique in the file: `ws-per-محمد_الخطيب`, then `-2`, `-3` … */
function uniqueId(row: LexiconRow, taken: ReadonlySet<string>): string {
  const slug = fold(row.arabic)
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  const base = `ws-${row.label.toLowerCase()}-${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The edit that appends `row` to the workspace lexicon: in the file's own column order and line endings, or a
 * new file with the standard header when there is none yet (created only if the client can create files).
 */
export function lexiconAppendEdit(
  lexiconUri: string,
  currentText: string | null,
  row: LexiconRow,
  canCreateFiles: boolean,
): WorkspaceEdit {
  const table = currentText ? readCsvTable(currentText) : null;
  const hasHeader = table !== null && table.columns.length > 0;
  const columns = hasHeader ? table.columns : [...LEXICON_COLUMNS];
  const taken = new Set((table?.rows ?? []).map((r) => r.cells.id ?? ''));
  const values: Record<string, string> = {
    id: uniqueId(row, taken),
    label: row.label,
    arabic: row.arabic,
    english: row.english ?? '',
  };
  const newline = currentText?.includes('\r\n') ? '\r\n' : '\n';
  const line = columns.map((c) => csvCell(values[c] ?? '')).join(',');
  const text = currentText ?? '';
  const lead = text.length > 0 && !text.endsWith('\n') ? newline : '';
  const header = hasHeader ? '' : columns.join(',') + newline;
  const at = new LineIndex(text).positionAt(text.length);
  const edit: TextEdit = { range: { start: at, end: at }, newText: `${lead}${header}${line}${newline}` };
  if (currentText === null && canCreateFiles) {
    return {
      documentChanges: [
        { kind: 'create', uri: lexiconUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: lexiconUri, version: null }, edits: [edit] },
      ],
    };
  }
  return { changes: { [lexiconUri]: [edit] } };
}
