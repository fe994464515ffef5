import type { EntityRecord, ParsedDocument } from '@khabar/core';
import { codePointIndex } from './offsets.js';
import { extraColumnName } from './schema.js';

/** A table row: column name → value. Dates are `YYYY-MM-DD` strings; text columns hold null, never ''. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** What the exporter knows about a file besides its text. */
export interface DocumentMeta {
  readonly docId: string;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  /** The manifest date (YYYY-MM-DD); it wins over a dateline in the text. */
  readonly date?: string | null;
  /** Extra manifest columns, keyed by their manifest name. */
  readonly extra?: Readonly<Record<string, string>>;
  readonly encoding?: string | null;
  readonly sha256?: string | null;
}

/** The rows one document contributes, plus what the corpus-wide tables need. Plain data: crosses workers. */
export interface DocumentTables {
  readonly document: Row;
  readonly mentions: Row[];
  /** Knowledge records of the entities the mentions link to. */
  readonly entities: readonly EntityRecord[];
}

const CONTEXT_RADIUS = 60;

const textOrNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value;

/** What `\s` matches in a JavaScript regular expression. */
export function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/**
 * Whether `oneLine` would change `text`: whitespace other than a space, two whitespace characters in a row, or
 * whitespace at either end (`/[^\S ]|\s\s|^\s|\s$/`, by a loop that is several times faster on Arabic text).
 */
export function needsOneLine(text: string): boolean {
  let previous = true; // the start counts as whitespace: leading whitespace needs trimming
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Most characters are letters (Arabic or ASCII), never whitespace.
    if ((unit > 0x20 && unit < 0xa0) || (unit > 0xa0 && unit < 0x1680)) {
      previous = false;
      continue;
    }
    if (!isSpace(unit)) {
      previous = false;
      continue;
    }
    if (unit !== 0x20 || previous) return true;
    previous = true;
  }
  return previous && text.length > 0;
}

/** Context is shown on one line in tables and spreadsheets, so runs of whitespace become one space. */
const oneLine = (text: string): string => (needsOneLine(text) ? text.replace(/\s+/g, ' ').trim() : text);

function baseDocumentRow(meta: DocumentMeta): Row {
  const row: Row = {
    doc_id: meta.docId,
    title: textOrNull(meta.title),
    source: textOrNull(meta.source),
    url: textOrNull(meta.url),
    date: textOrNull(meta.date),
    date_source: meta.date ? 'manifest' : 'none',
    encoding: textOrNull(meta.encoding),
    n_chars: 0,
    n_tokens: 0,
    n_sentences: 0,
    n_mentions: 0,
    sha256: textOrNull(meta.sha256),
    status: 'ok',
    error: null,
  };
  for (const [column, value] of Object.entries(meta.extra ?? {}))
    row[extraColumnName(column)] = textOrNull(value);
  return row;
}

/** The documents row for a file that could not be read or parsed. */
export function failedDocumentTables(meta: DocumentMeta, error: string): DocumentTables {
  return { document: { ...baseDocumentRow(meta), status: 'error', error }, mentions: [], entities: [] };
}

/** Line starts (UTF-16) for 1-based line/column; \n, \r\n and \r all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 10 || (unit === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Turns a parsed document into its rows. Offsets leave the UTF-16 world here, through offsets.ts, once.
 */
export function documentTables(doc: ParsedDocument, meta: DocumentMeta): DocumentTables {
  const cp = codePointIndex(doc.text);
  const starts = lineStarts(doc.text);
  const mentions: Row[] = doc.mentions.map((m, index) => {
    const lineIndex = lineOf(starts, m.start);
    const sentence = doc.sentences[m.sentence];
    // The sentence, clipped to ±60 code points around the mention so long sentences do not bloat the table.
    const from = Math.max(sentence?.start ?? 0, m.start - 2 * CONTEXT_RADIUS);
    const to = Math.min(sentence?.end ?? doc.text.length, m.end + 2 * CONTEXT_RADIUS);
    const context = cp.identity
      ? doc.text.slice(Math.max(from, m.start - CONTEXT_RADIUS), Math.min(to, m.end + CONTEXT_RADIUS))
      : Array.from(doc.text.slice(from, m.start)).slice(-CONTEXT_RADIUS).join('') +
        m.text +
        Array.from(doc.text.slice(m.end, to)).slice(0, CONTEXT_RADIUS).join('');
    const entity = m.kind === 'entity';
    return {
      doc_id: meta.docId,
      mention_id: index,
      start: cp.toCodePoint(m.start),
      end: cp.toCodePoint(m.end),
      line: lineIndex + 1,
      column: cp.toCodePoint(m.start) - cp.toCodePoint(starts[lineIndex] ?? 0) + 1,
      sentence: m.sentence,
      text: m.text,
      label: m.label,
      entity_id: entity ? m.entityId : null,
      canonical: entity ? textOrNull(m.canonical) : null,
      canonical_en: entity ? textOrNull(m.canonicalEn) : null,
      value: entity ? null : textOrNull(m.value),
      mod: entity ? null : m.mod,
      source: m.source,
      confidence: m.confidence,
      context: oneLine(context) || m.text,
    };
  });
  const dateline = doc.dct.source === 'dateline' ? textOrNull(doc.dct.value) : null;
  const document: Row = {
    ...baseDocumentRow(meta),
    date: textOrNull(meta.date) ?? dateline,
    date_source: meta.date ? 'manifest' : dateline ? 'dateline' : 'none',
    n_chars: cp.length,
    n_tokens: doc.tokens.length,
    n_sentences: doc.sentences.length,
    n_mentions: mentions.length,
  };
  return { document, mentions, entities: doc.entities };
}
