import type { Sentence, Token, TokenKind } from '../types.js';
import { ARABIC, charClass, DIGIT, isPunctuation, LATIN, LINE_BREAK, MARK, SPACE } from './char-classes.js';
import { fold, foldKeeps } from './normalize.js';
import { TextWords } from './text-words.js';
import { HASH_SEED, hashStep, type Word, WordTable } from './word-table.js';

/** Proclitic conjunctions/prepositions standing before the article, longest first (folded letters). */
export const ARTICLE_PROCLITIC_PREFIXES: readonly string[] = [
  'وبال',
  'وكال',
  'فبال',
  'فكال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
];

const ARTICLE_PROCLITICS = ARTICLE_PROCLITIC_PREFIXES.map(
  // The clitic is the prefix without its article, except لل, which keeps one ل as the preposition.
  (prefix) => ({ prefix, clitic: prefix.endsWith('لل') ? prefix.slice(0, -1) : prefix.slice(0, -2) }),
);

/**
 * A conservative clitic guess from the token alone: conjunction/preposition letters are split off only where
 * the article follows them (والجيش → و + الجيش). Names that merely begin with those letters are never cut here;
 * the entity recogniser makes its own, knowledge-based decision.
 */
export function guessProclitic(norm: string): string {
  const c = norm.charCodeAt(0);
  // Every combination starts with و ف ب ك or ل: most words are rejected by their first letter.
  if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0643 && c !== 0x0644) return '';
  for (const { prefix, clitic } of ARTICLE_PROCLITICS) {
    if (norm.length >= prefix.length + 2 && norm.startsWith(prefix)) return clitic;
  }
  return '';
}

export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /**
   * `wordIds[i]` numbers the word of token i (0 … wordCount - 1): tokens with equal ids have the same text,
   * kind and folded form (equal words almost always share an id), so a recogniser can keep what it works out
   * per word in an array indexed by id instead of hashing the word again at every token.
   */
  readonly wordIds: Int32Array;
  readonly wordCount: number;
  /** `words[id]` is the word numbered `id`, shared with other texts' tokens of the same surface. */
  readonly words: readonly Word[];
}

/** Sentence-final punctuation: . ! ? ؟ … ۔ */
function isSentenceFinal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4;
}

/** Closing quotes and brackets that stay with the full stop before them: " » ” ) ] ' ’ */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0xbb || c === 0x201d || c === 0x29 || c === 0x5d || c === 0x27 || c === 0x2019;
}

/** . , / : ٫ ٬ between two digits keep a number whole (2016/12/05, ٢٠١٦.٥). */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a || c === 0x066b || c === 0x066c;
}

/**
 * Words seen by earlier calls, kept so that a corpus of articles folds each distinct word once (not once per
 * article) and its tokens share one copy of its strings across documents, whose hashes the recognisers' lookups
 * then compute only once. Replaced by an empty table between texts once it holds this many words, which bounds
 * memory; no result depends on it.
 */
const SHARED_WORDS_LIMIT = 250_000;
let sharedWords = new WordTable();
/** The current text's words; reused by every call (tokenize never runs inside itself). */
const textWords = new TextWords();

function newWord(surface: string, kind: TokenKind, keeps: boolean): Word {
  const norm = keeps ? surface : fold(surface);
  return {
    text: surface,
    kind,
    norm,
    proclitic: kind === 'arabic' ? guessProclitic(norm) : '',
    entityMemo: undefined,
    entityFlags: 0,
    entityFormMask: -1,
    temporalMemo: undefined,
    modelOffset: 0,
    modelEpoch: 0,
  };
}

/**
 * Splits text into tokens and sentences in one linear pass over the code units, with one table lookup per unit.
 * Sentences end at . ! ? ؟ … and at line breaks (news paragraphs and headlines are one line each); a full stop
 * between digits does not end one, and closing quotes and brackets after a full stop stay in its sentence.
 */
export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Each distinct word is folded once, and its tokens share one copy of its strings: less to fold, to keep in
  // memory and to hash in the recognisers' lookups.
  // Two tables: this text's words (small, so the lookup for every token stays in cache, and its ids are the
  // text's dense word ids), in front of the words of all texts, asked once per distinct word of the text.
  if (sharedWords.count > SHARED_WORDS_LIMIT) sharedWords = new WordTable();
  const shared = sharedWords;
  const words = textWords;
  words.reset();
  const n = text.length;
  let wordIds = new Int32Array(Math.max(16, n >> 2)); // news text has about one token per four units
  let sentenceStart = -1; // offset of the open sentence's first token, -1 when none is open
  let sentenceEnd = 0;
  let afterFinal = false; // the previous token ended a sentence unless closers follow on the same line
  let lineBreak = false; // a line break lies between the previous token and the next one
  const closeSentence = () => {
    if (sentenceStart < 0) return;
    const index = sentences.length;
    sentences.push({
      index,
      start: sentenceStart,
      end: sentenceEnd,
      text: text.slice(sentenceStart, sentenceEnd),
    });
    sentenceStart = -1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass[c]!;
    if (cls === SPACE || cls === LINE_BREAK) {
      if (cls === LINE_BREAK) lineBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let keeps = foldKeeps(c); // the surface is its own folded form
    let hash = hashStep(HASH_SEED, c);
    if (cls === ARABIC || (cls === MARK && i + 1 < n && charClass[text.charCodeAt(i + 1)] === ARABIC)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = charClass[d];
        if (dc !== ARABIC && dc !== MARK) break;
        keeps &&= foldKeeps(d);
        hash = hashStep(hash, d);
        i++;
      }
      kind = 'arabic';
    } else if (cls === DIGIT) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (charClass[d] === DIGIT) {
          keeps &&= foldKeeps(d);
          hash = hashStep(hash, d);
          i++;
        } else if (isNumberJoiner(d) && i + 1 < n && charClass[text.charCodeAt(i + 1)] === DIGIT) {
          const e = text.charCodeAt(i + 1);
          keeps &&= foldKeeps(d) && foldKeeps(e);
          hash = hashStep(hashStep(hash, d), e);
          i += 2;
        } else break;
      }
      kind = 'number';
    } else if (cls === LATIN) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const dc = charClass[d];
        if (dc !== LATIN && dc !== DIGIT) break;
        keeps &&= foldKeeps(d);
        hash = hashStep(hash, d);
        i++;
      }
      kind = 'latin';
    } else {
      // One code point: a surrogate pair stays whole, a lone surrogate stands alone.
      const isPair =
        c >= 0xd800 &&
        c <= 0xdbff &&
        i + 1 < n &&
        text.charCodeAt(i + 1) >= 0xdc00 &&
        text.charCodeAt(i + 1) <= 0xdfff;
      if (isPair) {
        keeps &&= foldKeeps(text.charCodeAt(i + 1));
        hash = hashStep(hash, text.charCodeAt(i + 1));
      }
      i += isPair ? 2 : 1;
      kind = isPunctuation(c) ? 'punct' : 'symbol';
    }
    // Does a sentence end between the previous token and this one?
    if (afterFinal) {
      if (kind !== 'punct' || !isCloser(c) || lineBreak) {
        closeSentence();
        afterFinal = false;
      }
    } else if (lineBreak) {
      closeSentence();
    }
    lineBreak = false;
    if (kind === 'punct' && isSentenceFinal(c)) afterFinal = true;
    if (sentenceStart < 0) sentenceStart = start;
    sentenceEnd = i;
    let id = words.find(text, start, i, hash, kind);
    if (id < 0) {
      const sharedId = shared.find(text, start, i, hash);
      let word = sharedId < 0 ? undefined : shared.word(sharedId);
      if (word === undefined || word.kind !== kind) {
        word = newWord(text.slice(start, i), kind, keeps);
        shared.add(word, hash);
      }
      id = words.add(word, start, i, hash);
    }
    if (tokens.length === wordIds.length) {
      const grown = new Int32Array(wordIds.length * 2);
      grown.set(wordIds);
      wordIds = grown;
    }
    wordIds[tokens.length] = id;
    tokens.push({
      start,
      end: i,
      text: words.texts[id]!,
      kind,
      norm: words.norms[id]!,
      proclitic: words.proclitics[id]!,
      enclitic: '',
      sentence: sentences.length,
    });
  }
  closeSentence();
  return {
    tokens,
    sentences,
    wordIds: wordIds.subarray(0, tokens.length),
    wordCount: words.count,
    words: words.wordList(),
  };
}
