import type { Knowledge } from './entities/knowledge.js';
import type { Word } from './text/word-table.js';
import type { MentionSource, Sentence, Token } from './types.js';

export interface ParseOptions {
  /** The document creation date (YYYY-MM-DD) from a manifest or the user; wins over a dateline. */
  readonly documentDate?: string | null;
  /** Knowledge to match against: the built-in gazetteers, plus a workspace lexicon when given. */
  readonly knowledge?: Knowledge;
  /** Turn off whole recognisers (both default to on). */
  readonly entities?: boolean;
  readonly temporal?: boolean;
  /** Use the statistical tagger for names no list has (default on). */
  readonly model?: boolean;
  /** Which entity sources to use (default all); for ablation studies such as lexicon-only scoring. */
  readonly entitySources?: readonly MentionSource[];
}

/** What every recogniser receives: the text, its tokens and sentences, and the knowledge in force. */
export interface AnalysisContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /**
   * From the tokenizer, when the context comes from `parse`: tokens with equal ids are the same word (see
   * `Tokenized.wordIds`), so per-word work can be kept in arrays of `wordCount` entries.
   */
  readonly wordIds?: Int32Array;
  readonly wordCount?: number;
  /** The words by id, whose memo slots keep per-word facts across documents. */
  readonly words?: readonly Word[];
  readonly knowledge: Knowledge;
  readonly options: ParseOptions;
}
