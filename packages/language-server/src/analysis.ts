import type { Knowledge, ParsedDocument } from '@khabar/core';
import {
  BlockCache,
  type BlockOptions,
  type BlockPart,
  DEFAULT_BLOCK_OPTIONS,
  parseInBlocks,
} from './blocks.js';
import { checkText, type SkipReason } from './content-checks.js';
import { LineIndex } from './line-index.js';
import type { ManifestDate } from './manifest-store.js';
import { type DocumentParser, emptyDocument, type ParseFunction, parseForServer } from './parser.js';

export type { ParseFunction } from './parser.js';

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
  /** The blocks `parsed` was merged from, when the document was analysed in blocks (a large one; blocks.ts). */
  readonly blocks: readonly BlockPart[] | null;
}

export interface AnalysisInput {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** Set when the caller already knows the content is not to be parsed (e.g. a binary file on disk). */
  readonly skipped?: SkipReason | null;
  readonly manifestDate: ManifestDate | null;
  /** Block results of this document's previous analysis, reused and updated (large documents only). */
  readonly blocks?: BlockCache;
}

function assemble(
  input: AnalysisInput,
  parsed: ParsedDocument,
  skipped: SkipReason | null,
  blocks: readonly BlockPart[] | null = null,
): DocumentAnalysis {
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    lines: new LineIndex(input.text),
    parsed,
    skipped,
    manifestDate: input.manifestDate,
    blocks,
  };
}

/**
 * Analyses one document with the server's parser, unless it is binary or too large. Never rejects. A document
 * of at least `blockOptions.threshold` code units is analysed in blocks (see blocks.ts), reusing `input.blocks`.
 */
export async function analyzeDocument(
  input: AnalysisInput,
  parser: DocumentParser,
  maxFileSize: number,
  blockOptions: BlockOptions = DEFAULT_BLOCK_OPTIONS,
): Promise<DocumentAnalysis> {
  const skipped = input.skipped ?? checkText(input.text, maxFileSize);
  const date = input.manifestDate?.date ?? null;
  if (skipped) return assemble(input, emptyDocument(input.text), skipped);
  if (input.text.length >= blockOptions.threshold) {
    const result = await parseInBlocks(
      input.text,
      date,
      (text, documentDate) => parser.parse(text, documentDate),
      input.blocks ?? new BlockCache(),
      blockOptions,
    ).catch(() => null);
    return result
      ? assemble(input, result.document, null, result.parts)
      : assemble(input, emptyDocument(input.text), null);
  }
  const parsed = await parser.parse(input.text, date).catch(() => emptyDocument(input.text));
  return assemble(input, parsed, null);
}

/** The same in this thread with a given parse function, always as one block (tests, benchmarks). */
export function analyzeDocumentSync(
  input: AnalysisInput,
  parse: ParseFunction,
  knowledge: Knowledge | undefined,
  maxFileSize: number,
): DocumentAnalysis {
  const skipped = input.skipped ?? checkText(input.text, maxFileSize);
  const parsed = skipped
    ? emptyDocument(input.text)
    : parseForServer(parse, input.text, knowledge, input.manifestDate?.date ?? null);
  return assemble(input, parsed, skipped);
}
