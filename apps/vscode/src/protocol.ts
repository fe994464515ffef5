import type { DocumentDate, Mention } from '@khabar/core';

/**
 * The language server's custom requests (`@khabar/language-server` protocol.ts), as this client uses them.
 * Replies are checked before use: the server is another process and a malformed reply must not break the editor.
 */
export const DOCUMENT_MENTIONS = 'khabar/documentMentions';
export const WORKSPACE_ENTITIES = 'khabar/workspaceEntities';
export const RELOAD_LEXICON = 'khabar/reloadLexicon';

export interface DocumentMentions {
  readonly uri: string;
  /** The document version the mentions were computed for, when the server says. */
  readonly version: number | null;
  readonly dct: DocumentDate | null;
  readonly mentions: readonly Mention[];
  /** Why the server did not analyse the document (binary, too large), or null. */
  readonly skipped: { readonly code: string; readonly message: string } | null;
}

export interface WorkspaceEntity {
  readonly id: string;
  readonly label: string;
  readonly canonical: string;
  readonly canonicalEn: string | null;
  /** Mentions across the workspace corpus. */
  readonly count: number;
  /** Documents that mention it, when the server says. */
  readonly documents: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isMention(v: unknown): v is Mention {
  return (
    isRecord(v) &&
    typeof v.start === 'number' &&
    typeof v.end === 'number' &&
    typeof v.label === 'string' &&
    (v.kind === 'entity' || v.kind === 'temporal')
  );
}

function readDct(v: unknown): DocumentDate | null {
  if (!isRecord(v)) return null;
  const value = typeof v.value === 'string' ? v.value : null;
  const source = v.source === 'caller' || v.source === 'dateline' || v.source === 'none' ? v.source : 'none';
  return { value, source, span: null };
}

export function readDocumentMentions(raw: unknown, uri: string): DocumentMentions | null {
  if (!isRecord(raw)) return null;
  const mentions = Array.isArray(raw.mentions) ? raw.mentions.filter(isMention) : [];
  return {
    uri: typeof raw.uri === 'string' ? raw.uri : uri,
    version: typeof raw.version === 'number' ? raw.version : null,
    dct: readDct(raw.dct),
    mentions,
    skipped:
      isRecord(raw.skipped) && typeof raw.skipped.code === 'string' && typeof raw.skipped.message === 'string'
        ? { code: raw.skipped.code, message: raw.skipped.message }
        : null,
  };
}

export function readWorkspaceEntities(raw: unknown): WorkspaceEntity[] {
  const list = isRecord(raw) && Array.isArray(raw.entities) ? raw.entities : [];
  const out: WorkspaceEntity[] = [];
  for (const e of list) {
    if (!isRecord(e)) continue;
    const id = e.id;
    if (typeof id !== 'string' || typeof e.label !== 'string' || typeof e.canonical !== 'string') continue;
    const count = typeof e.mentions === 'number' ? e.mentions : 0;
    const documents = typeof e.documents === 'number' ? e.documents : null;
    out.push({
      id,
      label: e.label,
      canonical: e.canonical,
      canonicalEn: typeof e.canonicalEn === 'string' ? e.canonicalEn : null,
      count,
      documents,
    });
  }
  return out;
}
