import type { EntityLabel } from '../types.js';

/** IOB2 tags over the four entity labels; the index of a tag is its row in every weight table. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

const LABEL_OF: readonly (EntityLabel | null)[] = TAGS.map((t) =>
  t === 'O' ? null : (t.slice(2) as EntityLabel),
);
const IS_INSIDE: readonly boolean[] = TAGS.map((t) => t.startsWith('I-'));

export function tagLabel(tag: number): EntityLabel | null {
  return LABEL_OF[tag] ?? null;
}

export function isInside(tag: number): boolean {
  return IS_INSIDE[tag] ?? false;
}

/** IOB2: an I- tag only continues a B- or I- tag of the same label. */
export function isAllowed(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev >= 0 && tagLabel(prev) === tagLabel(tag);
}

/** Index of a tag written as in CoNLL files: `PERS` reads as `PER`, an unknown label as O. */
export function tagIndex(written: string): number {
  const tag = written.trim().toUpperCase();
  if (tag === '' || tag === 'O') return 0;
  const dash = tag.indexOf('-');
  const prefix = dash < 0 ? 'I' : tag.slice(0, dash);
  let label = dash < 0 ? tag : tag.slice(dash + 1);
  if (label === 'PERS') label = 'PER';
  const index = TAGS.indexOf(`${prefix === 'B' ? 'B' : 'I'}-${label}` as Tag);
  return Math.max(index, 0);
}

export interface TagSpan {
  /** First token of the span. */
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
  readonly label: EntityLabel;
}

/**
 * Entity spans of an IOB tag sequence (its first `length` tags), conlleval style: an I- whose label differs from
 * the open span starts one.
 */
export function spansOfTags(tags: ArrayLike<number>, length = tags.length): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  let label: EntityLabel | null = null;
  for (let i = 0; i <= length; i++) {
    const tag = i < length ? tags[i]! : 0;
    const current = tagLabel(tag);
    const continues = current !== null && current === label && isInside(tag);
    if (label !== null && !continues) {
      spans.push({ start, end: i, label });
      label = null;
    }
    if (current !== null && !continues) {
      start = i;
      label = current;
    }
  }
  return spans;
}
