import type { Mention } from '@khabar/core';
import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import type { BlockPart } from '../blocks.js';
import { SEMANTIC_TOKEN_TYPES, tokenModifierBit, tokenTypeIndex } from '../legend.js';
import { LineIndex } from '../line-index.js';
import { isUnresolved, mentionsIn } from '../mentions.js';

function modifiersOf(mention: Mention): number {
  if (mention.kind === 'entity') return mention.source === 'model' ? tokenModifierBit('statistical') : 0;
  let bits = 0;
  if (isUnresolved(mention.value)) bits |= tokenModifierBit('unresolved');
  if (mention.relative) bits |= tokenModifierBit('relative');
  if (mention.hijri) bits |= tokenModifierBit('hijri');
  return bits;
}

/** End of a line's content, before its line break. */
function contentEnd(text: string, lines: LineIndex, line: number): number {
  let end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  return Math.max(end, lines.lineStart(line));
}

/**
 * Encodes mentions as LSP semantic tokens (relative line/character deltas, UTF-16 lengths). A mention that
 * crosses a line break becomes one token per line, since clients need not support multi-line tokens.
 * `enabledTypes` drops labels the user turned off. A block-mode analysis is encoded block by block, each
 * block's tokens kept with its parse, so after an edit only the re-parsed blocks are encoded again.
 */
export function encodeSemanticTokens(
  analysis: DocumentAnalysis,
  range?: Range,
  enabledTypes?: ReadonlySet<string>,
): number[] {
  const { text, lines, parsed } = analysis;
  if (!range && analysis.blocks) return encodeBlocks(analysis.blocks, lines, enabledTypes);
  const start = range ? lines.offsetAt(range.start) : 0;
  const end = range ? lines.offsetAt(range.end) : text.length;
  const mentions = range ? mentionsIn(parsed.mentions, start, end) : parsed.mentions;
  return encodeMentions(text, lines, mentions, enabledTypes).data;
}

function encodeMentions(
  text: string,
  lines: LineIndex,
  mentions: readonly Mention[],
  enabledTypes?: ReadonlySet<string>,
): { data: number[]; lastLine: number } {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, length: number, type: number, modifiers: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, modifiers);
    prevLine = line;
    prevChar = char;
  };
  // Mentions come sorted, so a cursor walks the lines once instead of a binary search per position.
  let line = 0;
  const positionAt = (offset: number) => {
    while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= offset) line++;
    return { line, character: offset - lines.lineStart(line) };
  };
  for (const mention of mentions) {
    const type = tokenTypeIndex(mention.label);
    if (enabledTypes && !enabledTypes.has(SEMANTIC_TOKEN_TYPES[type]!.id)) continue;
    const modifiers = modifiersOf(mention);
    if (line === 0 && mention.start > 0) line = lines.lineOf(mention.start);
    const from = positionAt(mention.start);
    const to = positionAt(mention.end);
    if (from.line === to.line) {
      push(from.line, from.character, to.character - from.character, type, modifiers);
      continue;
    }
    for (let row = from.line; row <= to.line; row++) {
      const rowStart = lines.lineStart(row);
      const segStart = row === from.line ? mention.start : rowStart;
      const segEnd = row === to.line ? mention.end : contentEnd(text, lines, row);
      push(row, segStart - rowStart, segEnd - segStart, type, modifiers);
    }
  }
  return { data, lastLine: prevLine };
}

/** Each block's tokens, lines counted from the block's first line, per colouring choice. */
const blockTokens = new WeakMap<object, { types: string; data: number[]; lastLine: number }>();

/**
 * Joins the blocks' own encodings. A block starts at a line start, so the tokens before it lie on earlier lines:
 * only its first token's line delta changes (its character is already absolute on its line).
 */
function encodeBlocks(
  blocks: readonly BlockPart[],
  lines: LineIndex,
  enabledTypes?: ReadonlySet<string>,
): number[] {
  const types = enabledTypes ? [...enabledTypes].join(',') : '*';
  const encoded = blocks.map((block) => {
    let own = blockTokens.get(block.parsed);
    if (own?.types !== types) {
      own = {
        types,
        ...encodeMentions(block.text, new LineIndex(block.text), block.parsed.mentions, enabledTypes),
      };
      blockTokens.set(block.parsed, own);
    }
    return own;
  });
  const out = ([] as number[]).concat(...encoded.map((e) => e.data)); // one copy, as fast as memcpy
  let prevLine = 0;
  let at = 0;
  encoded.forEach(({ data, lastLine }, i) => {
    if (data.length === 0) return;
    const firstLine = lines.lineOf(blocks[i]!.start);
    out[at] = firstLine + data[0]! - prevLine;
    prevLine = firstLine + lastLine;
    at += data.length;
  });
  return out;
}

/** One edit turning `previous` into `next`: the span between their common prefix and common suffix. */
export function diffTokens(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  const limit = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < limit && previous[prefix] === next[prefix]) prefix++;
  if (prefix === previous.length && prefix === next.length) return [];
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix++;
  }
  return [
    {
      start: prefix,
      deleteCount: previous.length - prefix - suffix,
      data: next.slice(prefix, next.length - suffix),
    },
  ];
}

/** Remembers the last full result per document so `full/delta` can answer with edits. */
export class SemanticTokensResults {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  private counter = 0;

  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }

  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const previous = this.last.get(uri);
    if (!previous || previous.resultId !== previousResultId) return this.full(uri, data);
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    return { resultId, edits: diffTokens(previous.data, data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** Decodes LSP semantic tokens back to absolute positions (used by tests and debugging tools). */
export function decodeSemanticTokens(
  data: readonly number[],
): { line: number; character: number; length: number; type: number; modifiers: number }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    out.push({ line, character, length: data[i + 2]!, type: data[i + 3]!, modifiers: data[i + 4]! });
  }
  return out;
}
