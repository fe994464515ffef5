import type { EntityLabel } from '../types.js';
import { spansOfTags, tagIndex } from './tags.js';

/**
 * CoNLL files (TOKEN<TAB>TAG… per line, a blank line between sentences, LF or CRLF): reading, rebuilding a
 * sentence's text from its tokens, and turning mention offsets back into one IOB2 tag per token.
 */

/** The columns of every input line; a blank line is an empty array. A leading BOM is dropped. */
export function readConllLines(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line.trim() === '' ? [] : line.replace(/\r$/, '').split('\t')));
}

/** [start, end) line ranges of the sentences: maximal runs of non-blank lines. */
export function sentenceRanges(lines: readonly (readonly string[])[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.length === 0;
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      ranges.push([start, i]);
      start = -1;
    }
  }
  return ranges;
}

export interface SentenceText {
  readonly text: string;
  /** UTF-16 offset of each word in `text`. */
  readonly starts: readonly number[];
}

/** The words joined by single spaces, as the running text they came from. */
export function joinWords(words: readonly string[]): SentenceText {
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += word;
  }
  return { text, starts };
}

export interface LabelledRange {
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
}

/**
 * One IOB2 tag per word: a word overlapped by a mention gets B- when it is the first word of that mention, I-
 * after. A word touched by two mentions keeps the first.
 */
export function tagsFromMentions(
  sentence: SentenceText,
  words: readonly string[],
  mentions: readonly LabelledRange[],
): string[] {
  const tags: string[] = words.map(() => 'O');
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let w = 0;
  for (const m of sorted) {
    while (w < words.length && sentence.starts[w]! + words[w]!.length <= m.start) w++;
    let first = true;
    for (let k = w; k < words.length && sentence.starts[k]! < m.end; k++) {
      if (tags[k] !== 'O') continue;
      tags[k] = `${first ? 'B' : 'I'}-${m.label}`;
      first = false;
    }
  }
  return tags;
}

/** IOB2 tags normalised to the tagger's tag set (PERS → PER, IOB1 → IOB2 by span boundaries). */
export function normaliseTags(written: readonly string[]): string[] {
  const indices = written.map(tagIndex);
  const out: string[] = indices.map(() => 'O');
  for (const span of spansOfTags(indices)) {
    for (let i = span.start; i < span.end; i++) out[i] = `${i === span.start ? 'B' : 'I'}-${span.label}`;
  }
  return out;
}
