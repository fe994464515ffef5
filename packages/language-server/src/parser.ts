import {
  createKnowledge,
  type EntityRecord,
  type Knowledge,
  type ParsedDocument,
  type ParseOptions,
} from '@khabar/core';
import type { ServerDocument } from './blocks.js';

export type ParseFunction = (text: string, options: ParseOptions) => ParsedDocument;

/**
 * How the server gets a document parsed: in this thread, or in a worker thread so that parsing a long file never
 * blocks the event loop. Either way the result never throws.
 */
export interface DocumentParser {
  parse(text: string, documentDate: string | null): Promise<ParsedDocument>;
  /** The workspace lexicon rows to merge into the core's knowledge from now on. */
  setLexicon(entries: readonly EntityRecord[]): void;
  dispose(): void;
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

/** Knowledge for a set of lexicon rows; undefined means the core's built-in knowledge alone. */
export function knowledgeFor(entries: readonly EntityRecord[]): Knowledge | undefined {
  return entries.length > 0 ? createKnowledge(entries) : undefined;
}

/**
 * Parses, keeping only what the server uses (tokens and sentences are dropped: they are the bulk of a parsed
 * document and no feature reads them; their count stays, for block mode's sentence numbers). The core promises not to throw; if a bug breaks that promise the editor
 * keeps working, without mentions.
 */
export function parseForServer(
  parse: ParseFunction,
  text: string,
  knowledge: Knowledge | undefined,
  documentDate: string | null,
): ServerDocument {
  try {
    const parsed = parse(text, { knowledge, documentDate });
    return { ...parsed, tokens: [], sentences: [], sentenceCount: parsed.sentences.length };
  } catch {
    return emptyDocument(text);
  }
}

export class InThreadParser implements DocumentParser {
  private knowledge: Knowledge | undefined;

  constructor(private readonly parseFunction: ParseFunction) {}

  async parse(text: string, documentDate: string | null): Promise<ParsedDocument> {
    return parseForServer(this.parseFunction, text, this.knowledge, documentDate);
  }

  setLexicon(entries: readonly EntityRecord[]): void {
    this.knowledge = knowledgeFor(entries);
  }

  dispose(): void {}
}
