import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';

/** Problems of a lexicon or manifest row (1-based line), shown on that line of the CSV file. */
export function problemDiagnostics(
  problems: readonly { readonly line: number; readonly message: string }[],
  code: 'lexicon-row-invalid' | 'manifest-row-invalid',
): Diagnostic[] {
  return problems.map((p) => {
    const line = Math.max(0, p.line - 1);
    return {
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
    };
  });
}
