import type { EntityRecord } from '@khabar/core';
import type { ServerDocument } from './blocks.js';
import type { PackedMentions } from './mention-packing.js';

/** `workerData.role` of a parse worker. */
export const PARSE_WORKER_ROLE = 'khabar-parse';

export type WorkerRequest =
  | { readonly type: 'lexicon'; readonly entries: readonly EntityRecord[] }
  | {
      readonly type: 'parse';
      readonly id: number;
      readonly text: string;
      readonly documentDate: string | null;
    };

/**
 * The parsed document without its text: the main thread has the text already. When `packed` is set the
 * mentions travel in it (typed arrays, transferred) and `document.mentions` is empty.
 */
export interface WorkerResponse {
  readonly id: number;
  readonly document: Omit<ServerDocument, 'text'>;
  readonly packed?: PackedMentions | null;
}
