import type { Sentence, Token, TokenKind } from '../types.js';
import { fold, isArabicLetter, isDigit, isLatinLetter, isWordInternalMark } from './normalize.js';

/** Mutable while the tokenizer works; frozen into `Token` by the caller's view. */
interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

const NUMBER_JOINERS = new Set([0x2e, 0x2c, 0x2f, 0x3a, 0x066b, 0x066c]); // . , / : ٫ ٬

function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isArabicLetter(c) || (isWordInternalMark(c) && i + 1 < n && isArabicLetter(text.charCodeAt(i + 1)))) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d) || (isWordInternalMark(d) && !isSpace(d))) i++;
        else break;
      }
      out.push({ start, end: i, kind: 'arabic' });
    } else if (isDigit(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (NUMBER_JOINERS.has(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      out.push({ start, end: i, kind: 'number' });
    } else if (isLatinLetter(c)) {
      i++;
      while (i < n && (isLatinLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
      out.push({ start, end: i, kind: 'latin' });
    } else {
      // One code point: a surrogate pair stays whole, a lone surrogate stands alone.
      const isPair =
        c >= 0xd800 &&
        c <= 0xdbff &&
        i + 1 < n &&
        text.charCodeAt(i + 1) >= 0xdc00 &&
        text.charCodeAt(i + 1) <= 0xdfff;
      i += isPair ? 2 : 1;
      const kind: TokenKind = isPunctuation(c) ? 'punct' : 'symbol';
      out.push({ start, end: i, kind });
    }
  }
  return out;
}

function isPunctuation(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    c === 0x066a ||
    c === 0x066b ||
    c === 0x066c ||
    c === 0x066d ||
    c === 0x06d4
  );
}

const SENTENCE_FINAL = new Set(['.', '!', '?', '؟', '…', '۔']);

/** Proclitic conjunctions/prepositions standing before the article: وال، بال، فبال، لل … */
const ARTICLE_PROCLITICS = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل'];

/**
 * A conservative clitic guess from the token alone: conjunction/preposition letters are split off only where
 * the article follows them (والجيش → و + الجيش). Names that merely begin with those letters are never cut here;
 * the entity recogniser makes its own, knowledge-based decision.
 */
export function guessProclitic(norm: string): string {
  const c = norm.charCodeAt(0);
  // Every combination starts with و ف ب ك or ل: most words are rejected by their first letter.
  if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0643 && c !== 0x0644) return '';
  for (const p of ARTICLE_PROCLITICS) {
    if (norm.length >= p.length + 2 && norm.startsWith(p)) {
      return p.endsWith('لل') ? p.slice(0, -1) : p.slice(0, -2);
    }
  }
  return '';
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/**
 * Splits text into tokens and sentences in one linear pass. Sentences end at . ! ? ؟ … and at line breaks
 * (news paragraphs and headlines are one line each); a full stop between digits does not end one.
 */
export function tokenize(text: string): Tokenized {
  const raw = scan(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let sentenceStartToken = 0;
  const closeSentence = (endToken: number) => {
    if (endToken <= sentenceStartToken) return;
    const first = raw[sentenceStartToken]!;
    const last = raw[endToken - 1]!;
    const index = sentences.length;
    sentences.push({ index, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    for (let k = sentenceStartToken; k < endToken; k++) {
      const r = raw[k]!;
      const surface = text.slice(r.start, r.end);
      const norm = fold(surface);
      tokens.push({
        start: r.start,
        end: r.end,
        text: surface,
        kind: r.kind,
        norm,
        proclitic: r.kind === 'arabic' ? guessProclitic(norm) : '',
        enclitic: '',
        sentence: index,
      });
    }
    sentenceStartToken = endToken;
  };
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    const next = raw[k + 1];
    if (r.kind === 'punct' && SENTENCE_FINAL.has(text[r.start]!)) {
      // Keep closing quotes and brackets that follow the full stop in the same sentence.
      let end = k + 1;
      while (end < raw.length && raw[end]!.kind === 'punct' && isCloser(text[raw[end]!.start]!)) {
        if (hasLineBreak(text, raw[end - 1]!.end, raw[end]!.start)) break;
        end++;
      }
      closeSentence(end);
      k = end - 1;
      continue;
    }
    if (next && hasLineBreak(text, r.end, next.start)) closeSentence(k + 1);
  }
  closeSentence(raw.length);
  return { tokens, sentences };
}

function isCloser(ch: string): boolean {
  return ch === '"' || ch === '»' || ch === '”' || ch === ')' || ch === ']' || ch === "'" || ch === '’';
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return true;
  }
  return false;
}
