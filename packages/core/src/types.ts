/**
 * The public data model of the parser. Everything here is plain, readonly data: it crosses worker and LSP
 * boundaries as JSON. Offsets are UTF-16 code units into the original text, half-open [start, end).
 */

export type EntityLabel = 'PER' | 'LOC' | 'ORG' | 'MISC';
export type TemporalLabel = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type MentionLabel = EntityLabel | TemporalLabel;

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG', 'MISC'];
export const TEMPORAL_LABELS: readonly TemporalLabel[] = ['DATE', 'TIME', 'DURATION', 'SET'];
export const MENTION_LABELS: readonly MentionLabel[] = [...ENTITY_LABELS, ...TEMPORAL_LABELS];

/** A half-open slice of the original text; `text === original.slice(start, end)` always holds. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  readonly kind: TokenKind;
  /** The folded form used for lookups (see normalize.ts); never used for reporting. */
  readonly norm: string;
  /** Proclitic letters split off as information (e.g. "وال", "ب"); empty when none. */
  readonly proclitic: string;
  /** Enclitic pronoun split off as information (e.g. "ها", "هم"); empty when none. */
  readonly enclitic: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly index: number;
}

export type MentionSource = 'lexicon' | 'rule' | 'model';

export interface EntityMention extends Span {
  readonly kind: 'entity';
  readonly label: EntityLabel;
  /** Stable id of the linked entity: a knowledge-base id, or `doc:<label>:<normalised name>` for new names. */
  readonly entityId: string;
  readonly canonical: string;
  readonly canonicalEn: string | null;
  readonly source: MentionSource;
  /** 0..1 */
  readonly confidence: number;
  readonly sentence: number;
}

export type TimexMod = 'MORE_THAN' | 'LESS_THAN' | 'APPROX' | 'START' | 'MID' | 'END' | 'EQUAL_OR_MORE';

export interface TemporalMention extends Span {
  readonly kind: 'temporal';
  readonly label: TemporalLabel;
  /** TIMEX3 value: 2016-12-05, 2016-W49, 2016-12-06TEV, P7D, PRESENT_REF, XXXX-12-10 … */
  readonly value: string;
  readonly mod: TimexMod | null;
  /** True when the value depends on the document date (أمس، الأحد الماضي …). */
  readonly relative: boolean;
  /** The Hijri date as written, normalised (e.g. "1438-03-05"), for Hijri expressions. */
  readonly hijri: string | null;
  readonly source: 'rule';
  readonly confidence: number;
  readonly sentence: number;
}

export type Mention = EntityMention | TemporalMention;

/** A knowledge-base entity (gazetteer entry, workspace lexicon entry, or one found in the document). */
export interface EntityRecord {
  readonly id: string;
  readonly label: EntityLabel;
  readonly canonical: string;
  readonly canonicalEn: string | null;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  /** ISO 3166-1 alpha-2 country code for places. */
  readonly country: string | null;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info' | 'hint';

/** Stable codes: tools key on them, messages may change. */
export type DiagnosticCode =
  | 'glued-words'
  | 'misspelled-name'
  | 'missing-document-date'
  | 'invalid-document-date'
  | 'impossible-date'
  | 'binary-content'
  | 'lexicon-row-invalid'
  | 'manifest-row-invalid';

export interface Diagnostic {
  readonly start: number;
  readonly end: number;
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  /** Replacement text for [start, end) that fixes the problem, when there is one. */
  readonly replacement: string | null;
}

export type DocumentDateSource = 'caller' | 'dateline' | 'none';

export interface DocumentDate {
  /** YYYY-MM-DD, or null when unknown. */
  readonly value: string | null;
  readonly source: DocumentDateSource;
  /** Where the dateline stands in the text, when it came from one. */
  readonly span: { readonly start: number; readonly end: number } | null;
}

export interface ParsedDocument {
  readonly text: string;
  readonly dct: DocumentDate;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Entity and temporal mentions, sorted by start, never overlapping. */
  readonly mentions: readonly Mention[];
  /** One record per entityId used by `mentions`. */
  readonly entities: readonly EntityRecord[];
  readonly diagnostics: readonly Diagnostic[];
}
