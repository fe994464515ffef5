import { normalizeCorpusPath, readCsvTable } from '@khabar/core';
import type { Position, WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../line-index.js';

export interface ManifestTarget {
  readonly uri: string;
  /** The manifest's current text, or null when there is none yet. */
  readonly text: string | null;
  /** The document's path relative to the manifest's folder, with `/`. */
  readonly relativePath: string;
  readonly canCreateFiles: boolean;
}

export interface ManifestFix {
  /** Adds the document's row when the manifest does not list it yet. */
  readonly edit: WorkspaceEdit | null;
  /** Where the date goes, for the editor to put the cursor. */
  readonly dateCell: Position;
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Character offset of cell `column` in one CSV line (quotes respected). */
function cellOffset(line: string, column: number): number {
  if (column === 0) return 0;
  let quoted = false;
  let seen = 0;
  for (let i = 0; i < line.length && seen < column; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted && ++seen === column) return i + 1;
  }
  return line.length;
}

/**
 * How to give a document its date in the corpus manifest: where its date cell is, adding its row (or the whole
 * manifest) first when needed. The date itself is for the user to type — only they know when the article was
 * published. Null when the manifest has no date column to fill.
 */
export function manifestDateFix(target: ManifestTarget): ManifestFix | null {
  const path = csvCell(target.relativePath);
  if (target.text === null || target.text.trim() === '') {
    const newText = `path,date\n${path},\n`;
    const at = { line: 0, character: 0 };
    const insert = { range: { start: at, end: at }, newText };
    const edit: WorkspaceEdit =
      target.text === null && target.canCreateFiles
        ? {
            documentChanges: [
              { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
              { textDocument: { uri: target.uri, version: null }, edits: [insert] },
            ],
          }
        : { changes: { [target.uri]: [insert] } };
    return { edit, dateCell: { line: 1, character: path.length + 1 } };
  }
  const table = readCsvTable(target.text);
  const dateColumn = table.columns.indexOf('date');
  if (dateColumn < 0 || !table.columns.includes('path')) return null;
  const lines = target.text.split(/\r\n|\r|\n/);
  const listed = table.rows.find((row) => {
    const normalized = normalizeCorpusPath(row.cells.path ?? '');
    return 'path' in normalized && normalized.path === target.relativePath;
  });
  if (listed) {
    const line = listed.line - 1;
    return { edit: null, dateCell: { line, character: cellOffset(lines[line] ?? '', dateColumn) } };
  }
  const row = table.columns.map((c) => (c === 'path' ? path : '')).join(',');
  const newline = target.text.includes('\r\n') ? '\r\n' : '\n';
  const lead = target.text.endsWith('\n') || target.text.endsWith('\r') ? '' : newline;
  const end = new LineIndex(target.text).positionAt(target.text.length);
  const rowLine = end.line + (lead ? 1 : 0);
  return {
    edit: { changes: { [target.uri]: [{ range: { start: end, end }, newText: `${lead}${row}${newline}` }] } },
    dateCell: { line: rowLine, character: cellOffset(row, dateColumn) },
  };
}
