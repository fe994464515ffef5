import type { EntityRecord, ParsedDocument } from '@khabar/core';

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

/** The parsed document without its text: the main thread has the text already. */
export interface WorkerResponse {
  readonly id: number;
  readonly document: Omit<ParsedDocument, 'text'>;
}
