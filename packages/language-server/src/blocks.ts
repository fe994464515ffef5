import type { Diagnostic, EntityRecord, Mention, ParsedDocument } from '@khabar/core';

/**
 * Block mode for large documents. A long file (typically many articles pasted together) is cut at line breaks into
 * blocks of roughly 32–128 KB; each block is parsed by the core on its own and its result is kept, block-relative,
 * under the block's text, so an edit re-parses only the block(s) it touched and the other results are shifted into
 * place. The tokenizer ends every sentence at a line break, so a cut after `\n` never splits a sentence or a
 * mention. The document date is resolved once: the caller's (manifest) date, else the date the core finds in the
 * first block; the other blocks are parsed with that date. Coreference does not cross blocks.
 */

export interface BlockOptions {
  /** Documents of at least this many UTF-16 code units are analysed in blocks. */
  readonly threshold: number;
  /** A block is at least this long (unless the text ends first). */
  readonly min: number;
  /** Past `min`, a line ends a block with a probability of its length / `extra` (mean block ≈ min + extra). */
  readonly extra: number;
  /** Past this length the next line break ends the block whatever its content. */
  readonly max: number;
}

/**
 * 512 K code units (about 1 MB of Arabic UTF-8): the core parses ~10 MB/s here, so a whole-document parse below
 * the threshold stays under ~60 ms and keeps exact cross-paragraph coreference; above it an edit would cost more
 * than a frame budget several times over. Blocks average ~64 K code units (~7 ms each).
 */
export const DEFAULT_BLOCK_OPTIONS: BlockOptions = {
  threshold: 512 * 1024,
  min: 32 * 1024,
  extra: 32 * 1024,
  max: 128 * 1024,
};

export interface Block {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

/** FNV-1a over the line's last (up to) 64 code units and its length: cheap, and depends on the line alone. */
function lineHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = Math.max(from, to - 64); i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * Cuts `text` after line breaks into blocks covering it exactly. Where a block may end depends on the content of
 * the line before the cut (a blank line, or a line whose hash says so, more likely the longer it is), not on its
 * offset, so an edit moves at most the cuts next to it and the later blocks keep their text (and their cache).
 */
export function splitBlocks(text: string, options: BlockOptions = DEFAULT_BLOCK_OPTIONS): Block[] {
  const blocks: Block[] = [];
  let blockStart = 0;
  let lineStart = 0;
  const cut = (end: number) => {
    blocks.push({ start: blockStart, end, text: text.slice(blockStart, end) });
    blockStart = end;
  };
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    const next = nl + 1;
    const size = next - blockStart;
    if (size >= options.min) {
      const length = nl - lineStart;
      if (
        size >= options.max ||
        isBlankLine(text, lineStart, nl) ||
        lineHash(text, lineStart, nl) / 0x1_0000_0000 < (length + 1) / options.extra
      ) {
        cut(next);
      }
    }
    lineStart = next;
  }
  if (blockStart < text.length || blocks.length === 0) cut(text.length);
  return blocks;
}

/** A parsed document as the server keeps it; `sentenceCount` lets block results number sentences document-wide. */
export type ServerDocument = ParsedDocument & { readonly sentenceCount?: number };

interface BlockResult {
  readonly documentDate: string | null;
  readonly parsed: ServerDocument;
}

interface Shifted {
  readonly offset: number;
  readonly sentence: number;
  readonly mentions: readonly Mention[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The block results of one document (by block text), kept from one analysis to the next. Only the blocks of the
 * latest analysis are kept, with their last shifted copies, so memory stays about one parse of the document.
 */
export class BlockCache {
  results = new Map<string, BlockResult>();
  readonly shifted = new WeakMap<BlockResult, Shifted>();
}

function shiftMention(m: Mention, offset: number, sentence: number): Mention {
  return { ...m, start: m.start + offset, end: m.end + offset, sentence: m.sentence + sentence };
}

function shiftDiagnostic(d: Diagnostic, offset: number): Diagnostic {
  return { ...d, start: d.start + offset, end: d.end + offset };
}

function shiftedCopy(cache: BlockCache, result: BlockResult, offset: number, sentence: number): Shifted {
  const known = cache.shifted.get(result);
  if (known && known.offset === offset && known.sentence === sentence) return known;
  const { mentions, diagnostics } = result.parsed;
  const shifted: Shifted =
    offset === 0 && sentence === 0
      ? { offset, sentence, mentions, diagnostics }
      : {
          offset,
          sentence,
          mentions: mentions.map((m) => shiftMention(m, offset, sentence)),
          diagnostics: diagnostics.map((d) => shiftDiagnostic(d, offset)),
        };
  cache.shifted.set(result, shifted);
  return shifted;
}

/** One block of a block-mode analysis: where it starts, its text, and its own (block-relative) parse. */
export interface BlockPart {
  readonly start: number;
  readonly text: string;
  /** The same object for as long as the block's text and date stay the same: per-block work can hang on it. */
  readonly parsed: ServerDocument;
}

export interface BlockAnalysis {
  /** The merged document, offsets into the whole text. */
  readonly document: ServerDocument;
  readonly parts: readonly BlockPart[];
}

/** Parses one block: `text` with `documentDate` (in a worker or in this thread). */
export type BlockParse = (text: string, documentDate: string | null) => Promise<ServerDocument>;

/** Diagnostics about the document as a whole: reported once, from the block that would report them first. */
const DOCUMENT_CODES = new Set<string>(['missing-document-date', 'invalid-document-date']);

/**
 * Analyses `text` block by block, re-parsing only blocks whose text (or document date) is not in `cache`, and
 * merges the results into one document with offsets into `text`. Block 0 is parsed first (with the caller's
 * date) because its document date is the other blocks'.
 */
export async function parseInBlocks(
  text: string,
  callerDate: string | null,
  parseBlock: BlockParse,
  cache: BlockCache,
  options: BlockOptions = DEFAULT_BLOCK_OPTIONS,
): Promise<BlockAnalysis> {
  const blocks = splitBlocks(text, options);
  const previous = cache.results;
  const results = new Map<string, BlockResult>();
  const resultFor = (block: Block, documentDate: string | null): BlockResult | Promise<BlockResult> => {
    const hit = results.get(block.text) ?? previous.get(block.text);
    if (hit && hit.documentDate === documentDate) {
      results.set(block.text, hit);
      return hit;
    }
    return parseBlock(block.text, documentDate).then((parsed) => {
      const result = { documentDate, parsed };
      results.set(block.text, result);
      return result;
    });
  };
  const first = await resultFor(blocks[0]!, callerDate);
  const restDate = first.parsed.dct.value;
  const rest = await Promise.all(blocks.slice(1).map((block) => resultFor(block, restDate)));
  cache.results = results;
  const all = [first, ...rest];
  return {
    document: merge(cache, blocks, all, text),
    parts: blocks.map((block, i) => ({ start: block.start, text: block.text, parsed: all[i]!.parsed })),
  };
}

function merge(
  cache: BlockCache,
  blocks: readonly Block[],
  results: readonly BlockResult[],
  text: string,
): ServerDocument {
  const mentions: Mention[] = [];
  const diagnostics: Diagnostic[] = [];
  const entities = new Map<string, EntityRecord>();
  const reported = new Set<string>();
  let sentence = 0;
  results.forEach((result, i) => {
    const shifted = shiftedCopy(cache, result, blocks[i]!.start, sentence);
    for (const m of shifted.mentions) mentions.push(m);
    for (const d of shifted.diagnostics) {
      if (DOCUMENT_CODES.has(d.code)) {
        if (reported.has(d.code)) continue;
        reported.add(d.code);
      }
      diagnostics.push(d);
    }
    for (const e of result.parsed.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    sentence += result.parsed.sentenceCount ?? 0;
  });
  return {
    text,
    dct: results[0]!.parsed.dct,
    sentences: [],
    tokens: [],
    mentions,
    entities: [...entities.values()],
    diagnostics,
    sentenceCount: sentence,
  };
}
