import { readCsvTable } from './csv-records.js';

/** One article listed in a corpus manifest; `path` is POSIX, relative to the corpus folder. */
export interface ManifestEntry {
  readonly line: number;
  readonly path: string;
  /** YYYY-MM-DD, or null when the manifest gives none. */
  readonly date: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /** Columns the manifest has beyond the known ones, carried as written. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface ManifestProblem {
  /** 1-based line in the manifest file (the header is line 1). */
  readonly line: number;
  readonly message: string;
}

export interface ParsedManifest {
  /** Known columns first, then the extra ones in file order. */
  readonly columns: readonly string[];
  readonly extraColumns: readonly string[];
  readonly entries: readonly ManifestEntry[];
  readonly problems: readonly ManifestProblem[];
}

export const MANIFEST_COLUMNS = ['path', 'date', 'source', 'title', 'url'] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The calendar day of an ISO 8601 date or date-time, or null when it is not a real date. */
export function parseIsoDay(raw: string): string | null {
  const match = ISO_DATE.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d, hh, mm, ss] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth) return null;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 60)) return null;
  return `${y}-${m}-${d}`;
}

/**
 * Normalises a manifest path to a POSIX path inside the corpus, or explains why it is refused. Backslashes are
 * read as separators (manifests are often written on Windows); `.` segments are dropped; a path that is absolute
 * or climbs out of the corpus with `..` is refused rather than clamped, since it names some other file.
 */
export function normalizeCorpusPath(raw: string): { path: string } | { problem: string } {
  const slashed = raw.trim().replaceAll('\\', '/');
  if (slashed === '') return { problem: 'empty path' };
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(slashed)) {
    return { problem: `path "${raw}" is absolute; paths must be relative to the corpus folder` };
  }
  const parts: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return { problem: `path "${raw}" leaves the corpus folder` };
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  if (parts.length === 0) return { problem: `path "${raw}" names the corpus folder itself, not a file` };
  return { path: parts.join('/') };
}

const cellOrNull = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;

/**
 * Parses a corpus manifest (CSV with a header; `path` required, `date`/`source`/`title`/`url` optional, other
 * columns carried). Pure and never throws: problems come back as data with their line, and a row with a problem
 * is left out (a bad date only drops the date, so the article still gets its title and source). Whether the
 * listed files exist is for the caller, which owns the file system, to check.
 */
export function parseManifest(text: string): ParsedManifest {
  const table = readCsvTable(text);
  const problems: ManifestProblem[] = table.error ? [table.error] : [];
  if (table.columns.length > 0 && !table.columns.includes('path')) {
    problems.push({ line: 1, message: 'the manifest has no "path" column' });
    return { columns: table.columns, extraColumns: [], entries: [], problems };
  }
  const known = new Set<string>(MANIFEST_COLUMNS);
  const extraColumns = table.columns.filter(
    (c, i) => c !== '' && !known.has(c) && table.columns.indexOf(c) === i,
  );
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const normalized = normalizeCorpusPath(cells.path ?? '');
    if ('problem' in normalized) {
      problems.push({ line, message: normalized.problem });
      continue;
    }
    const firstLine = seen.get(normalized.path);
    if (firstLine !== undefined) {
      problems.push({ line, message: `path "${normalized.path}" is already listed on line ${firstLine}` });
      continue;
    }
    seen.set(normalized.path, line);
    const rawDate = cells.date ?? '';
    const date = rawDate === '' ? null : parseIsoDay(rawDate);
    if (rawDate !== '' && date === null) {
      problems.push({ line, message: `date "${rawDate}" is not an ISO date (YYYY-MM-DD)` });
    }
    const extra: Record<string, string> = {};
    for (const column of extraColumns) extra[column] = cells[column] ?? '';
    entries.push({
      line,
      path: normalized.path,
      date,
      source: cellOrNull(cells.source),
      title: cellOrNull(cells.title),
      url: cellOrNull(cells.url),
      extra,
    });
  }
  const columns = [...MANIFEST_COLUMNS.filter((c) => table.columns.includes(c)), ...extraColumns];
  return { columns, extraColumns, entries, problems };
}
