import type { DiagnosticSeverity as CoreSeverity } from '@khabar/core';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';

export const DIAGNOSTIC_SOURCE = 'khabar';

const SEVERITY: Record<CoreSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a code action needs to fix a diagnostic, carried in `Diagnostic.data`. */
export interface DiagnosticData {
  readonly replacement: string | null;
}

/**
 * The core's diagnostics as LSP diagnostics (codes kept: they are stable), or the single diagnostic explaining
 * why a binary or over-large file was not analysed.
 */
export function toLspDiagnostics(analysis: DocumentAnalysis): Diagnostic[] {
  if (analysis.skipped) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        code: analysis.skipped.code,
        source: DIAGNOSTIC_SOURCE,
        message: analysis.skipped.message,
      },
    ];
  }
  return analysis.parsed.diagnostics.map((d) => ({
    range: analysis.lines.range(d.start, d.end),
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Information,
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data: { replacement: d.replacement } satisfies DiagnosticData,
  }));
}
