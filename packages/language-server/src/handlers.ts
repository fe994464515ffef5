import { dirname, relative, sep } from 'node:path';
import type { ClientCapabilities, Connection, Position, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from './analysis.js';
import type { DocumentAnalyses } from './document-analyses.js';
import { codeActions, REVEAL_COMMAND } from './features/code-actions.js';
import { documentHighlights, keyAt } from './features/highlights.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlay-hints.js';
import { encodeSemanticTokens, SemanticTokensResults } from './features/semantic-tokens.js';
import { documentSymbols, workspaceSymbols } from './features/symbols.js';
import { SEMANTIC_TOKENS_LEGEND } from './legend.js';
import type { LexiconStore } from './lexicon-store.js';
import type { ManifestStore } from './manifest-store.js';
import {
  DocumentMentionsRequest,
  type DocumentMentionsResult,
  ReloadLexiconRequest,
  WorkspaceEntitiesRequest,
} from './protocol.js';
import { enabledTokenTypes, type KhabarSettings } from './settings.js';
import { normalizeUri, pathToUri, uriToPath } from './uri.js';
import { readTextIfExists } from './workspace-files.js';
import type { WorkspaceIndex } from './workspace-index.js';

/** What the request handlers read; the server owns and updates it. */
export interface HandlerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly analyses: DocumentAnalyses;
  readonly index: WorkspaceIndex;
  readonly lexicon: LexiconStore;
  readonly manifests: ManifestStore;
  settings(): KhabarSettings;
  capabilities(): ClientCapabilities;
  /** True while the workspace index is being built. */
  indexing(): boolean;
  /** Re-reads the lexicon; resolves when it is in force (the rescan it starts runs on). */
  reloadLexicon(): Promise<number>;
}

/** Registers every request handler; returns what the document lifecycle must tell them (a closed document). */
export function registerHandlers(ctx: HandlerContext): { forget(uri: string): void } {
  const { connection, analyses, index, lexicon, manifests } = ctx;
  const tokenResults = new SemanticTokensResults();

  /** Whole-document tokens, encoded once per analysis and colouring choice. */
  const encoded = new WeakMap<DocumentAnalysis, { types: string; data: number[] }>();
  function documentTokens(analysis: DocumentAnalysis): number[] {
    const enabled = enabledTokenTypes(ctx.settings(), SEMANTIC_TOKENS_LEGEND.tokenTypes);
    const types = enabled ? [...enabled].join(',') : '*';
    const hit = encoded.get(analysis);
    if (hit?.types === types) return hit.data;
    const data = encodeSemanticTokens(analysis, undefined, enabled);
    encoded.set(analysis, { types, data });
    return data;
  }

  connection.languages.semanticTokens.on(async ({ textDocument }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    return analysis ? tokenResults.full(textDocument.uri, documentTokens(analysis)) : { data: [] };
  });
  connection.languages.semanticTokens.onDelta(async ({ textDocument, previousResultId }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    if (!analysis) return { data: [] };
    return tokenResults.delta(textDocument.uri, previousResultId, documentTokens(analysis));
  });
  connection.languages.semanticTokens.onRange(async ({ textDocument, range }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    if (!analysis) return { data: [] };
    const enabled = enabledTokenTypes(ctx.settings(), SEMANTIC_TOKENS_LEGEND.tokenTypes);
    return { data: encodeSemanticTokens(analysis, range, enabled) };
  });

  connection.onHover(async ({ textDocument, position }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    return analysis && hover(analysis, position, index, (id) => lexicon.entry(id), ctx.indexing());
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    return analysis ? documentSymbols(analysis) : [];
  });

  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(query, index));

  connection.onDocumentHighlight(async ({ textDocument, position }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    return analysis ? documentHighlights(analysis, position) : [];
  });

  connection.onReferences(async ({ textDocument, position }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    const key = analysis && keyAt(analysis, position);
    return key ? index.locations(key) : [];
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }, token) => {
    if (!ctx.settings().inlayHints.enabled) return [];
    const analysis = await analyses.require(textDocument.uri, token);
    return analysis ? inlayHints(analysis, range) : [];
  });

  /** A CSV the code actions edit: the open buffer when there is one (it may hold unsaved rows), else the file. */
  async function editableFile(path: string) {
    const uri = pathToUri(path);
    const open = ctx.documents.all().find((d) => normalizeUri(d.uri) === uri);
    const text = open ? open.getText() : await readTextIfExists(path);
    const edits = ctx.capabilities().workspace?.workspaceEdit;
    const canCreateFiles = Boolean(edits?.documentChanges && edits.resourceOperations?.includes('create'));
    return { uri: open?.uri ?? uri, text, canCreateFiles };
  }

  connection.onCodeAction(async ({ textDocument, range, context }, token) => {
    const analysis = await analyses.require(textDocument.uri, token);
    if (!analysis || analysis.skipped) return [];
    const path = uriToPath(textDocument.uri);
    const lexiconPath = lexicon.pathFor(path);
    const manifestPath = path ? await manifests.locate(path) : undefined;
    const relativePath =
      path && manifestPath ? relative(dirname(manifestPath), path).split(sep).join('/') : null;
    const manifestInside = manifestPath && relativePath && !relativePath.startsWith('../');
    return codeActions(analysis, range, context.diagnostics, {
      lexicon: lexiconPath ? await editableFile(lexiconPath) : null,
      manifest: manifestInside ? { ...(await editableFile(manifestPath)), relativePath } : null,
    });
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== REVEAL_COMMAND || !ctx.capabilities().window?.showDocument?.support) return null;
    const [uri, position] = (args ?? []) as [string, Position];
    await connection.window.showDocument({
      uri,
      takeFocus: true,
      selection: { start: position, end: position },
    });
    return null;
  });

  connection.onRequest(DocumentMentionsRequest.type, async ({ uri }, token) => {
    const analysis = await analyses.require(uri, token);
    if (!analysis) return null;
    const { parsed } = analysis;
    return {
      uri,
      version: analysis.version,
      dct: parsed.dct,
      dctManifest: analysis.manifestDate,
      mentions: parsed.mentions,
      entities: parsed.entities,
      diagnostics: parsed.diagnostics,
      skipped: analysis.skipped,
    } satisfies DocumentMentionsResult;
  });

  connection.onRequest(WorkspaceEntitiesRequest.type, () => ({
    documents: index.documentCount,
    entities: index.entitiesWithCounts(),
  }));

  connection.onRequest(ReloadLexiconRequest.type, async () => ({ entries: await ctx.reloadLexicon() }));

  return { forget: (uri) => tokenResults.forget(uri) };
}
