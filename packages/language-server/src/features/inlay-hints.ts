import { type InlayHint, InlayHintKind, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import { isUnresolved, mentionsIn } from '../mentions.js';

/**
 * After each relative temporal expression resolved against the document date (أمس → 2016-12-04), and after each
 * Hijri date (its Gregorian value), the TIMEX3 value. Unresolved values (XXXX-…) get no hint: the hover explains
 * those.
 */
export function inlayHints(analysis: DocumentAnalysis, range: Range): InlayHint[] {
  const { lines, parsed } = analysis;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  const out: InlayHint[] = [];
  for (const m of mentionsIn(parsed.mentions, start, end)) {
    // Only calendar values (2016-12-04, 2016-W49, 2016-12-06TEV): a hint such as "= FUTURE_REF" would be noise.
    if (
      m.kind !== 'temporal' ||
      !(m.relative || m.hijri) ||
      isUnresolved(m.value) ||
      !/^\d{4}/.test(m.value)
    ) {
      continue;
    }
    out.push({
      position: lines.positionAt(m.end),
      label: `= ${m.value}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: m.relative
        ? `TIMEX3 value, resolved against the document date ${parsed.dct.value ?? ''}`.trim()
        : `TIMEX3 value of the Hijri date ${m.hijri}`,
    });
  }
  return out;
}
