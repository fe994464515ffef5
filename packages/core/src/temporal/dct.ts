import type { Diagnostic, DocumentDate } from '../types.js';
import { formatYmd, hijriToGregorian, parseIsoDate, type Ymd } from './calendar.js';
import type { Spec } from './spec.js';

/**
 * The document creation time: the caller's date (a manifest, `--date`) wins; else a full date in the first few
 * lines of the text (the dateline under a headline, or the date in the opening sentence of the lead); else none.
 */

/** How many non-empty lines from the top may hold a dateline. */
const DATELINE_LINES = 4;

export interface DatedCandidate {
  readonly start: number;
  readonly end: number;
  readonly spec: Spec;
}

function fullDate(spec: Spec): Ymd | null {
  if (spec.kind !== 'date' || spec.year === null || spec.month === null || spec.day === null) return null;
  const ymd = { year: spec.year, month: spec.month, day: spec.day };
  return spec.calendar === 'hijri' ? (spec.equivalent ?? hijriToGregorian(ymd)) : ymd;
}

/** Offset where the (DATELINE_LINES + 1)-th non-empty line begins (or the text length). */
function topLinesEnd(text: string): number {
  let lines = 0;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      if (lineHasText && ++lines >= DATELINE_LINES) return i;
      lineHasText = false;
    } else if (c > 0x20) {
      lineHasText = true;
    }
  }
  return text.length;
}

export interface DctResult {
  readonly dct: DocumentDate;
  readonly value: Ymd | null;
  readonly diagnostics: Diagnostic[];
}

export function documentDate(
  text: string,
  callerDate: string | null | undefined,
  candidates: readonly DatedCandidate[],
): DctResult {
  const diagnostics: Diagnostic[] = [];
  if (callerDate !== undefined && callerDate !== null && callerDate !== '') {
    const ymd = parseIsoDate(callerDate);
    if (ymd) return { dct: { value: formatYmd(ymd), source: 'caller', span: null }, value: ymd, diagnostics };
    diagnostics.push({
      start: 0,
      end: 0,
      code: 'invalid-document-date',
      severity: 'warning',
      message: `The document date "${String(callerDate)}" is not a real day in YYYY-MM-DD form; it is ignored.`,
      replacement: null,
    });
  }
  // A Gregorian dateline wins over a Hijri one beside it (الموافق): Umm al-Qura and local sighting may differ by a day.
  const limit = topLinesEnd(text);
  const top = candidates.filter((c) => c.start < limit && fullDate(c.spec));
  const chosen = top.find((c) => c.spec.kind === 'date' && c.spec.calendar === 'gregorian') ?? top[0];
  const ymd = chosen ? fullDate(chosen.spec) : null;
  if (chosen && ymd) {
    return {
      dct: { value: formatYmd(ymd), source: 'dateline', span: { start: chosen.start, end: chosen.end } },
      value: ymd,
      diagnostics,
    };
  }
  return { dct: { value: null, source: 'none', span: null }, value: null, diagnostics };
}
