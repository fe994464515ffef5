import { readCsvTable } from '../tables/csv-records.js';
import { ENTITY_LABELS, type EntityLabel, type EntityRecord } from '../types.js';

export interface LexiconProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedLexicon {
  readonly entries: readonly EntityRecord[];
  readonly problems: readonly LexiconProblem[];
}

/** Columns of a workspace lexicon CSV; `aliases` holds several names separated by `|`. */
export const LEXICON_COLUMNS = [
  'id',
  'label',
  'arabic',
  'english',
  'aliases',
  'lat',
  'lon',
  'country',
] as const;

function parseCoordinate(raw: string, limit: number): number | null | undefined {
  if (raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : undefined;
}

/**
 * Parses a workspace lexicon (the file both the editor and `khabar export --lexicon` read). Rows with problems are
 * skipped and reported with their line; the rest are kept. Never throws.
 */
export function parseLexiconCsv(text: string): ParsedLexicon {
  const table = readCsvTable(text);
  const problems: LexiconProblem[] = [];
  if (table.error) problems.push(table.error);
  for (const required of ['id', 'label', 'arabic']) {
    if (table.columns.length > 0 && !table.columns.includes(required)) {
      problems.push({ line: 1, message: `the lexicon has no "${required}" column` });
    }
  }
  if (problems.some((p) => p.line === 1)) return { entries: [], problems };
  const entries: EntityRecord[] = [];
  for (const { line, cells } of table.rows) {
    const label = (cells.label ?? '').toUpperCase() as EntityLabel;
    const lat = parseCoordinate(cells.lat ?? '', 90);
    const lon = parseCoordinate(cells.lon ?? '', 180);
    const problem = !cells.id
      ? 'empty id'
      : !ENTITY_LABELS.includes(label)
        ? `label "${cells.label}" is not one of ${ENTITY_LABELS.join(', ')}`
        : !cells.arabic
          ? 'empty arabic name'
          : lat === undefined || lon === undefined
            ? 'lat/lon must be numbers within ±90/±180'
            : null;
    if (problem) {
      problems.push({ line, message: problem });
      continue;
    }
    entries.push({
      id: cells.id!,
      label,
      canonical: cells.arabic!,
      canonicalEn: cells.english || null,
      aliases: (cells.aliases ?? '')
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
      lat: lat ?? null,
      lon: lon ?? null,
      country: cells.country ? cells.country.toUpperCase() : null,
    });
  }
  return { entries, problems };
}
