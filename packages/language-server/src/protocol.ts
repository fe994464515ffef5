import type { Diagnostic, DocumentDate, EntityRecord, Mention } from '@khabar/core';
import { RequestType } from 'vscode-languageserver/node.js';
import type { SkipReason } from './content-checks.js';
import type { ManifestDate } from './manifest-store.js';
import type { EntityWithCounts } from './workspace-index.js';

/**
 * Custom requests beyond LSP, for clients that show more than an editor does (the VS Code reading view and
 * entity tree). Offsets in `mentions` are UTF-16 code units into the document text, as everywhere in Khabar.
 */
export interface DocumentMentionsParams {
  readonly uri: string;
}

export interface DocumentMentionsResult {
  readonly uri: string;
  readonly version: number;
  readonly dct: DocumentDate;
  /** The manifest row the document date came from, when it came from one. */
  readonly dctManifest: ManifestDate | null;
  readonly mentions: readonly Mention[];
  readonly entities: readonly EntityRecord[];
  readonly diagnostics: readonly Diagnostic[];
  /** Why the document was not analysed (binary, too large), or null. */
  readonly skipped: SkipReason | null;
}

export interface WorkspaceEntitiesResult {
  /** Files in the workspace index. */
  readonly documents: number;
  /** Entities mentioned in the workspace, most mentioned first. */
  readonly entities: readonly EntityWithCounts[];
}

export namespace DocumentMentionsRequest {
  export const method = 'khabar/documentMentions';
  export const type = new RequestType<DocumentMentionsParams, DocumentMentionsResult | null, void>(method);
}

export namespace WorkspaceEntitiesRequest {
  export const method = 'khabar/workspaceEntities';
  export const type = new RequestType<Record<string, never> | null, WorkspaceEntitiesResult, void>(method);
}

/** Re-reads the workspace lexicon now (the extension's "Reload lexicon" command); returns its entry count. */
export namespace ReloadLexiconRequest {
  export const method = 'khabar/reloadLexicon';
  export const type = new RequestType<Record<string, never> | null, { entries: number }, void>(method);
}
