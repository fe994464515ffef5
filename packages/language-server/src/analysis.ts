import type { ParsedDocument, ParseOptions } from '@khabar/core';
import { checkText, type SkipReason } from './content-checks.js';
import { LineIndex } from './line-index.js';
import type { ManifestDate } from './manifest-store.js';

export type ParseFunction = (text: string, options: ParseOptions) => ParsedDocument;

/** Everything the features need about one version of one document. */
export interface DocumentAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  /** An empty document (no mentions) when `skipped` is set. */
  readonly parsed: ParsedDocument;
  readonly skipped: SkipReason | null;
  /** The manifest row the document date came from, when it came from one. */
  readonly manifestDate: ManifestDate | null;
}

export function emptyDocument(text: string): ParsedDocument {
  return {
    text,
    dct: { value: null, source: 'none', span: null },
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    diagnostics: [],
  };
}

export interface AnalysisInput {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Set when the caller already knows the content is not to be parsed (e.g. a binary file on disk). */
  readonly skipped?: SkipReason | null;
  readonly manifestDate: ManifestDate | null;
}

/** Parses one document (unless it is binary or too large). Never throws, whatever the parse function does. */
export function analyzeDocument(
  input: AnalysisInput,
  parse: ParseFunction,
  options: Omit<ParseOptions, 'documentDate'>,
  maxFileSize: number,
): DocumentAnalysis {
  const skipped = input.skipped ?? checkText(input.text, maxFileSize);
  let parsed = emptyDocument(input.text);
  if (!skipped) {
    try {
      parsed = parse(input.text, { ...options, documentDate: input.manifestDate?.date ?? null });
    } catch {
      // The core promises not to throw; if a bug breaks that promise the editor keeps working without mentions.
    }
  }
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    lines: new LineIndex(input.text),
    parsed,
    skipped,
    manifestDate: input.manifestDate,
  };
}
