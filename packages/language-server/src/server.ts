import { dirname, relative, sep } from 'node:path';
import { parse as coreParse } from '@khabar/core';
import {
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  type Position,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type DocumentAnalysis } from './analysis.js';
import { codeActions, REVEAL_COMMAND } from './features/code-actions.js';
import { toLspDiagnostics } from './features/diagnostics.js';
import { documentHighlights, keyAt } from './features/highlights.js';
import { hover } from './features/hover.js';
import { inlayHints } from './features/inlay-hints.js';
import { problemDiagnostics } from './features/problem-diagnostics.js';
import { encodeSemanticTokens, SemanticTokensResults } from './features/semantic-tokens.js';
import { documentSymbols, workspaceSymbols } from './features/symbols.js';
import { SEMANTIC_TOKENS_LEGEND } from './legend.js';
import { LexiconStore } from './lexicon-store.js';
import { ManifestStore } from './manifest-store.js';
import { type DocumentParser, InThreadParser, type ParseFunction } from './parser.js';
import { DocumentMentionsRequest, ReloadLexiconRequest, WorkspaceEntitiesRequest } from './protocol.js';
import { DEFAULT_SETTINGS, enabledTokenTypes, type KhabarSettings, readSettings } from './settings.js';
import { normalizeUri, pathToUri, uriToPath } from './uri.js';
import { parseWorkerScript, WorkerParser } from './worker-parser.js';
import { readTextIfExists } from './workspace-files.js';
import { WorkspaceIndex } from './workspace-index.js';
import { WorkspaceScanner } from './workspace-scanner.js';

export interface ServerOptions {
  /** The parse function, run in this thread (default: the core's `parse`); tests inject one to control mentions. */
  readonly parse?: ParseFunction;
  /**
   * Parse in a worker thread so that long files never block the event loop (default false; the bin turns it on).
   * Ignored when `parse` is given or no worker script is found.
   */
  readonly parseInWorker?: boolean;
  /** The script a parse worker runs: any module importing `parse-worker` (default: parse-worker beside this one). */
  readonly workerScript?: URL;
  /** Milliseconds after the last edit before diagnostics are recomputed and published (default 150). */
  readonly diagnosticsDelay?: number;
}

export interface KhabarServer {
  readonly index: WorkspaceIndex;
  /** Resolves when the start-up (or latest) workspace scan has finished. */
  whenIndexed(): Promise<void>;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * Wires every Khabar feature onto an LSP connection (any transport). Positions are UTF-16 code units, the LSP
 * default and the unit of the core's offsets, so no conversion happens between the parser and the protocol.
 */
export function createServer(connection: Connection, options: ServerOptions = {}): KhabarServer {
  const workerScript =
    options.parse || !options.parseInWorker ? null : (options.workerScript ?? parseWorkerScript());
  const parser: DocumentParser = workerScript
    ? new WorkerParser(workerScript, coreParse)
    : new InThreadParser(options.parse ?? coreParse);
  const diagnosticsDelay = options.diagnosticsDelay ?? 150;
  const documents = new TextDocuments(TextDocument);
  const index = new WorkspaceIndex();
  const tokenResults = new SemanticTokensResults();
  let settings: KhabarSettings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let capabilities: ClientCapabilities = {};
  /** Bumped whenever knowledge, manifests or settings change: cached analyses of an older generation are stale. */
  let generation = 0;
  const cache = new Map<string, { analysis: DocumentAnalysis; generation: number }>();
  const diagnosticTimers = new Map<string, NodeJS.Timeout>();
  const publishedProblemUris = new Set<string>();

  const lexicon = new LexiconStore(
    () => settings.lexiconPath,
    () => folders,
  );
  const manifests = new ManifestStore(
    () => settings.manifestPath,
    () => folders,
  );
  const scanner = new WorkspaceScanner({
    index,
    manifests,
    parser,
    maxFileSize: () => settings.maxFileSize,
    corpusGlobs: () => settings.corpusGlobs,
    folders: () => folders,
    isOpen: (uri) => openUris().has(uri),
  });

  const openUris = () => new Set(documents.keys().map(normalizeUri));

  const inFlight = new Map<
    string,
    { version: number; generation: number; done: Promise<DocumentAnalysis | null> }
  >();

  /**
   * The analysis of the open document's current version, parsed at most once per (uri, version, generation):
   * concurrent requests after an edit (tokens, hints, diagnostics) share one parse.
   */
  async function analysisFor(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const hit = cache.get(uri);
    if (hit && hit.analysis.version === doc.version && hit.generation === generation) return hit.analysis;
    const running = inFlight.get(uri);
    if (running && running.version === doc.version && running.generation === generation) return running.done;
    await yieldToEventLoop(); // lets a $/cancelRequest or a newer edit arrive before the work starts
    if (token?.isCancellationRequested) throw cancelled();
    if (documents.get(uri)?.version !== doc.version) return analysisFor(uri, token);
    const startedAt = generation;
    const done = (async () => {
      const path = uriToPath(uri);
      const manifestDate = path ? await manifests.lookup(path) : null;
      const analysis = await analyzeDocument(
        { uri, version: doc.version, text: doc.getText(), manifestDate },
        parser,
        settings.maxFileSize,
      );
      if (startedAt === generation) {
        cache.set(uri, { analysis, generation: startedAt });
        if (documents.get(uri)) index.set(normalizeUri(uri), analysis.parsed, analysis.lines);
      }
      return analysis;
    })().finally(() => {
      if (inFlight.get(uri)?.done === done) inFlight.delete(uri);
    });
    inFlight.set(uri, { version: doc.version, generation: startedAt, done });
    return done;
  }

  async function requireAnalysis(uri: string, token: CancellationToken): Promise<DocumentAnalysis | null> {
    const analysis = await analysisFor(uri, token);
    if (token.isCancellationRequested) throw cancelled();
    return analysis;
  }

  function scheduleDiagnostics(uri: string): void {
    clearTimeout(diagnosticTimers.get(uri));
    diagnosticTimers.set(
      uri,
      setTimeout(async () => {
        diagnosticTimers.delete(uri);
        const analysis = await analysisFor(uri).catch(() => null);
        if (!analysis || documents.get(uri)?.version !== analysis.version) return;
        void connection.sendDiagnostics({
          uri,
          version: analysis.version,
          diagnostics: toLspDiagnostics(analysis),
        });
      }, diagnosticsDelay),
    );
  }

  async function publishProblemDiagnostics(): Promise<void> {
    const next = new Map<string, ReturnType<typeof problemDiagnostics>>();
    for (const [path, problems] of lexicon.problems()) {
      next.set(pathToUri(path), problemDiagnostics(problems, 'lexicon-row-invalid'));
    }
    const manifestPaths = new Set(folders.flatMap((f) => manifests.candidates(`${f}/x`)));
    for (const path of manifestPaths) {
      next.set(pathToUri(path), problemDiagnostics(await manifests.problems(path), 'manifest-row-invalid'));
    }
    for (const uri of publishedProblemUris) if (!next.has(uri)) next.set(uri, []);
    publishedProblemUris.clear();
    for (const [uri, diagnostics] of next) {
      if (diagnostics.length > 0) publishedProblemUris.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /** Everything derived from knowledge, manifests or settings is recomputed and clients are asked to refresh. */
  function refreshAll(): Promise<void> {
    generation++;
    cache.clear();
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
    if (capabilities.workspace?.semanticTokens?.refreshSupport) connection.languages.semanticTokens.refresh();
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    return scanWorkspace();
  }

  async function scanWorkspace(): Promise<void> {
    let reporter: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | null = null;
    if (capabilities.window?.workDoneProgress) {
      try {
        reporter = await connection.window.createWorkDoneProgress();
        reporter.begin('Khabar: indexing the corpus', 0, undefined, false);
      } catch {
        reporter = null;
      }
    }
    await scanner.scan(
      reporter && {
        report: (done, total) => reporter.report(Math.round((done / total) * 100), `${done}/${total} files`),
        done: () => reporter.done(),
      },
    );
  }

  async function reloadLexicon(): Promise<void> {
    await lexicon.reload();
    parser.setLexicon(lexicon.entries);
    await publishProblemDiagnostics();
  }

  async function loadSettings(): Promise<void> {
    if (capabilities.workspace?.configuration) {
      try {
        settings = readSettings(await connection.workspace.getConfiguration('khabar'));
      } catch {
        // keep the previous settings: a client that fails here still gets a working server
      }
    }
  }

  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = folderUris.map(uriToPath).filter((p): p is string => p !== null);
    settings = readSettings(params.initializationOptions);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Khabar' },
        workspaceSymbolProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
        executeCommandProvider: { commands: [REVEAL_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'khabar-language-server', version: '0.1.0' },
    };
  });

  let startupDone: () => void = () => {};
  const startup = new Promise<void>((resolve) => {
    startupDone = resolve;
  });
  connection.onInitialized(() => {
    void (async () => {
      await loadSettings();
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'khabar' });
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const globs = [...settings.corpusGlobs, '**/*.csv'];
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: globs.map((globPattern) => ({ globPattern })),
        });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
          folders = [
            ...folders.filter((f) => !removed.has(f)),
            ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null),
          ];
          void reloadLexicon().then(refreshAll);
        });
      }
      await reloadLexicon();
      // Open documents parsed before the lexicon loaded must be parsed again with it.
      generation++;
      cache.clear();
      for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
      await scanWorkspace();
    })()
      .catch((err) => connection.console.error(`khabar: indexing failed: ${String(err)}`))
      .finally(startupDone);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = settings;
    if (capabilities.workspace?.configuration) await loadSettings();
    else settings = readSettings(change.settings);
    const rescan =
      before.lexiconPath !== settings.lexiconPath ||
      before.manifestPath !== settings.manifestPath ||
      before.maxFileSize !== settings.maxFileSize ||
      before.corpusGlobs.join('\n') !== settings.corpusGlobs.join('\n');
    if (rescan) {
      manifests.invalidate();
      await reloadLexicon();
      await refreshAll();
    } else {
      if (capabilities.workspace?.semanticTokens?.refreshSupport)
        connection.languages.semanticTokens.refresh();
      if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    }
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let knowledgeChanged = false;
    const lexiconPaths = new Set(lexicon.paths());
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!path) continue;
      if (lexiconPaths.has(path)) {
        knowledgeChanged = true;
      } else if (manifests.isManifest(path)) {
        manifests.invalidate(path);
        knowledgeChanged = true;
      } else if (scanner.inCorpus(path)) {
        if (change.type === FileChangeType.Deleted && !openUris().has(pathToUri(path)))
          index.delete(pathToUri(path));
        else await scanner.indexFile(path);
      }
    }
    if (knowledgeChanged) {
      await reloadLexicon();
      await refreshAll();
    }
  });

  documents.onDidChangeContent(({ document }) => scheduleDiagnostics(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(diagnosticTimers.get(document.uri));
    cache.delete(document.uri);
    tokenResults.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    const path = uriToPath(document.uri);
    if (path && scanner.inCorpus(path)) void scanner.indexFile(path);
    else index.delete(normalizeUri(document.uri));
  });

  /** Whole-document tokens, encoded once per analysis and colouring choice. */
  const encoded = new WeakMap<DocumentAnalysis, { types: string; data: number[] }>();
  function documentTokens(analysis: DocumentAnalysis): number[] {
    const enabled = enabledTokenTypes(settings, SEMANTIC_TOKENS_LEGEND.tokenTypes);
    const types = enabled ? [...enabled].join(',') : '*';
    const hit = encoded.get(analysis);
    if (hit?.types === types) return hit.data;
    const data = encodeSemanticTokens(analysis, undefined, enabled);
    encoded.set(analysis, { types, data });
    return data;
  }

  connection.languages.semanticTokens.on(async ({ textDocument }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    if (!analysis) return { data: [] };
    return tokenResults.full(textDocument.uri, documentTokens(analysis));
  });
  connection.languages.semanticTokens.onDelta(async ({ textDocument, previousResultId }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    if (!analysis) return { data: [] };
    return tokenResults.delta(textDocument.uri, previousResultId, documentTokens(analysis));
  });
  connection.languages.semanticTokens.onRange(async ({ textDocument, range }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    if (!analysis) return { data: [] };
    const enabled = enabledTokenTypes(settings, SEMANTIC_TOKENS_LEGEND.tokenTypes);
    return { data: encodeSemanticTokens(analysis, range, enabled) };
  });

  connection.onHover(async ({ textDocument, position }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    return analysis && hover(analysis, position, index, (id) => lexicon.entry(id), scanner.busy);
  });

  connection.onDocumentSymbol(async ({ textDocument }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    return analysis ? documentSymbols(analysis) : [];
  });

  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(query, index));

  connection.onDocumentHighlight(async ({ textDocument, position }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    return analysis ? documentHighlights(analysis, position) : [];
  });

  connection.onReferences(async ({ textDocument, position }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    const key = analysis && keyAt(analysis, position);
    return key ? index.locations(key) : [];
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }, token) => {
    if (!settings.inlayHints.enabled) return [];
    const analysis = await requireAnalysis(textDocument.uri, token);
    return analysis ? inlayHints(analysis, range) : [];
  });

  /** A CSV the code actions edit: the open buffer when there is one (it may hold unsaved rows), else the file. */
  async function editableFile(path: string) {
    const uri = pathToUri(path);
    const open = documents.all().find((d) => normalizeUri(d.uri) === uri);
    const text = open ? open.getText() : await readTextIfExists(path);
    const edits = capabilities.workspace?.workspaceEdit;
    const canCreateFiles = Boolean(edits?.documentChanges && edits.resourceOperations?.includes('create'));
    return { uri: open?.uri ?? uri, text, canCreateFiles };
  }

  connection.onCodeAction(async ({ textDocument, range, context }, token) => {
    const analysis = await requireAnalysis(textDocument.uri, token);
    if (!analysis || analysis.skipped) return [];
    const path = uriToPath(textDocument.uri);
    const lexiconPath = lexicon.pathFor(path);
    const manifestPath = path ? manifests.candidates(path)[0] : undefined;
    const manifest =
      path && manifestPath
        ? {
            ...(await editableFile(manifestPath)),
            relativePath: relative(dirname(manifestPath), path).split(sep).join('/'),
          }
        : null;
    return codeActions(analysis, range, context.diagnostics, {
      lexicon: lexiconPath ? await editableFile(lexiconPath) : null,
      manifest: manifest && !manifest.relativePath.startsWith('../') ? manifest : null,
    });
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== REVEAL_COMMAND || !capabilities.window?.showDocument?.support) return null;
    const [uri, position] = (args ?? []) as [string, Position];
    await connection.window.showDocument({
      uri,
      takeFocus: true,
      selection: { start: position, end: position },
    });
    return null;
  });

  connection.onRequest(DocumentMentionsRequest.type, async ({ uri }, token) => {
    const analysis = await requireAnalysis(uri, token);
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
    };
  });

  connection.onRequest(WorkspaceEntitiesRequest.type, async () => ({
    documents: index.documentCount,
    entities: index.entitiesWithCounts(),
  }));

  connection.onRequest(ReloadLexiconRequest.type, async () => {
    await reloadLexicon();
    await refreshAll();
    return { entries: lexicon.entries.length };
  });

  connection.onShutdown(() => parser.dispose());

  documents.listen(connection);
  return {
    index,
    whenIndexed: async () => {
      await startup;
      await scanner.idle;
    },
  };
}
