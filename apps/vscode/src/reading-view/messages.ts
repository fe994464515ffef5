/** Messages between the reading view's page and the extension (both directions are plain JSON). */

export type ToPage =
  | {
      readonly type: 'update';
      readonly documentHtml: string;
      readonly legendHtml: string;
      readonly metaHtml: string;
    }
  /** Scroll so the paragraph holding this offset is at the top (the editor scrolled). */
  | { readonly type: 'scrollTo'; readonly offset: number }
  /** Briefly mark the mention at this offset (the editor's cursor moved onto it). */
  | { readonly type: 'flash'; readonly offset: number };

export type FromPage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly start: number; readonly end: number }
  /** The page scrolled: the first paragraph in view starts at this offset. */
  | { readonly type: 'scrolled'; readonly offset: number }
  | { readonly type: 'hiddenLabels'; readonly labels: readonly string[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The page runs untrusted document text through the DOM: check what it sends before acting on it. */
export function readFromPage(raw: unknown): FromPage | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isOffset(raw.start) && isOffset(raw.end) && raw.end >= raw.start
        ? { type: 'reveal', start: raw.start, end: raw.end }
        : null;
    case 'scrolled':
      return isOffset(raw.offset) ? { type: 'scrolled', offset: raw.offset } : null;
    case 'hiddenLabels':
      return Array.isArray(raw.labels)
        ? { type: 'hiddenLabels', labels: raw.labels.filter((l): l is string => typeof l === 'string') }
        : null;
    default:
      return null;
  }
}
