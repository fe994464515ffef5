import { parse as coreParse } from '@khabar/core';
import {
  type ClientCapabilities,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type PublishDiagnosticsParams,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BlockOptions } from './blocks.js';
import { DocumentAnalyses } from './document-analyses.js';
import { REVEAL_COMMAND } from './features/code-actions.js';
import { toLspDiagnostics } from './features/diagnostics.js';
import { problemDiagnostics } from './features/problem-diagnostics.js';
import { registerHandlers } from './handlers.js';
import { SEMANTIC_TOKENS_LEGEND, STANDARD_SEMANTIC_TOKENS_LEGEND } from './legend.js';
import { LexiconStore } from './lexicon-store.js';
import { ManifestStore } from './manifest-store.js';
import { type DocumentParser, InThreadParser, type ParseFunction } from './parser.js';
import { DEFAULT_SETTINGS, type KhabarSettings, readSettings } from './settings.js';
import { normalizeUri, pathToUri, uriToPath } from './uri.js';
import { parseWorkerScript, WorkerParser } from './worker-parser.js';
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
  /** When open documents are analysed in blocks, and the block sizes (default DEFAULT_BLOCK_OPTIONS; tests). */
  readonly blockOptions?: BlockOptions;
}

export interface KhabarServer {
  readonly index: WorkspaceIndex;
  /** Resolves when the start-up (or latest) workspace scan has finished. */
  whenIndexed(): Promise<void>;
}

const ignore = () => {};

/** Settings whose change means re-reading the lexicon and manifests and re-indexing the workspace. */
function needsRescan(before: KhabarSettings, after: KhabarSettings): boolean {
  return (
    before.lexiconPath !== after.lexiconPath ||
    before.manifestPath !== after.manifestPath ||
    before.maxFileSize !== after.maxFileSize ||
    before.corpusGlobs.join('\n') !== after.corpusGlobs.join('\n')
  );
}

/**
 * Wires Khabar onto an LSP connection (any transport): document sync, settings, the workspace lexicon and
 * manifests, the background workspace index, diagnostics; the request handlers live in handlers.ts. Positions
 * are UTF-16 code units, the LSP default and the unit of the core's offsets, so nothing is converted between the
 * parser and the protocol.
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
  let settings: KhabarSettings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  let capabilities: ClientCapabilities = {};
  const diagnosticTimers = new Map<string, NodeJS.Timeout>();
  const publishedProblemUris = new Set<string>();

  const openUris = () => new Set(documents.keys().map(normalizeUri));
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
  const analyses = new DocumentAnalyses({
    documents,
    parser,
    manifests,
    maxFileSize: () => settings.maxFileSize,
    onAnalysed: (analysis) =>
      index.set(normalizeUri(analysis.uri), analysis.parsed, analysis.lines, analysis.blocks),
    blockOptions: options.blockOptions,
  });

  function logError(err: unknown): void {
    try {
      connection.console.error(`khabar: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } catch {
      // the client went away
    }
  }

  /** Sends diagnostics; a connection already closed (the client went away) is not an error worth a crash. */
  function publish(params: PublishDiagnosticsParams): void {
    try {
      connection.sendDiagnostics(params).catch(ignore);
    } catch {
      // disposed connections throw synchronously
    }
  }

  function scheduleDiagnostics(uri: string): void {
    clearTimeout(diagnosticTimers.get(uri));
    diagnosticTimers.set(
      uri,
      setTimeout(async () => {
        diagnosticTimers.delete(uri);
        const analysis = await analyses.get(uri).catch(() => null);
        if (!analysis || documents.get(uri)?.version !== analysis.version) return;
        publish({
          uri,
          version: analysis.version,
          diagnostics: toLspDiagnostics(analysis),
        });
      }, diagnosticsDelay),
    );
  }

  /** Rows of the lexicon and manifests that could not be used, shown on those CSV files. */
  async function publishProblemDiagnostics(): Promise<void> {
    const next = new Map<string, ReturnType<typeof problemDiagnostics>>();
    for (const [path, problems] of lexicon.problems()) {
      next.set(pathToUri(path), problemDiagnostics(problems, 'lexicon-row-invalid'));
    }
    const roots = folders.flatMap((f) => manifests.candidates(`${f}/x`));
    const manifestPaths = new Set([...roots, ...(await manifests.known())]);
    for (const path of manifestPaths) {
      next.set(pathToUri(path), problemDiagnostics(await manifests.problems(path), 'manifest-row-invalid'));
    }
    for (const uri of publishedProblemUris) if (!next.has(uri)) next.set(uri, []);
    publishedProblemUris.clear();
    for (const [uri, diagnostics] of next) {
      if (diagnostics.length > 0) publishedProblemUris.add(uri);
      publish({ uri, diagnostics });
    }
  }

  function refreshClient(): void {
    try {
      if (capabilities.workspace?.semanticTokens?.refreshSupport) {
        // typed void, but it is the request's promise
        (connection.languages.semanticTokens.refresh() as unknown as Promise<void>).catch(ignore);
      }
      if (capabilities.workspace?.inlayHint?.refreshSupport)
        connection.languages.inlayHint.refresh().catch(ignore);
    } catch {
      // the client went away
    }
  }

  /**
   * Indexes the workspace corpus in the background, reporting `$/progress` when the client takes it. Never
   * rejects: a failure is logged, and progress stops quietly if the client goes away.
   */
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
    const safely = (send: () => void) => {
      try {
        send();
      } catch {
        // the client went away
      }
    };
    await scanner
      .scan(
        reporter && {
          report: (done, total) =>
            safely(() => reporter.report(Math.round((done / total) * 100), `${done}/${total} files`)),
          done: () => safely(() => reporter.done()),
        },
      )
      .catch(logError);
  }

  /**
   * New knowledge or manifests: re-read the lexicon, re-analyse open documents, ask the client to refresh, and
   * re-index the workspace in the background (`indexed` resolves when that is done; an async function cannot
   * return the bare promise without waiting for it).
   */
  async function reloadKnowledge(): Promise<{ indexed: Promise<void> }> {
    await lexicon.reload();
    parser.setLexicon(lexicon.entries);
    await publishProblemDiagnostics();
    analyses.invalidate();
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
    refreshClient();
    return { indexed: scanWorkspace() };
  }

  async function loadSettings(): Promise<void> {
    if (!capabilities.workspace?.configuration) return;
    try {
      settings = readSettings(await connection.workspace.getConfiguration('khabar'));
    } catch {
      // keep the previous settings: a client that fails here still gets a working server
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
        semanticTokensProvider: {
          legend:
            settings.semanticTokenTypes === 'standard'
              ? STANDARD_SEMANTIC_TOKENS_LEGEND
              : SEMANTIC_TOKENS_LEGEND,
          full: { delta: true },
          range: true,
        },
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
        connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'khabar' })
          .catch(ignore);
      }
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        const globs = [...settings.corpusGlobs, '**/*.csv'];
        connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: globs.map((globPattern) => ({ globPattern })),
          })
          .catch(ignore);
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
          folders = [
            ...folders.filter((f) => !removed.has(f)),
            ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null),
          ];
          reloadKnowledge().catch(logError);
        });
      }
      // Documents opened before the lexicon loaded are analysed again with it.
      await (await reloadKnowledge()).indexed;
    })()
      .catch(logError)
      .finally(startupDone);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = settings;
    if (capabilities.workspace?.configuration) await loadSettings();
    else settings = readSettings(change.settings);
    if (needsRescan(before, settings)) {
      manifests.invalidate();
      reloadKnowledge().catch(logError);
    } else {
      refreshClient();
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
        const uri = pathToUri(path);
        if (change.type === FileChangeType.Deleted && !openUris().has(uri)) index.delete(uri);
        else await scanner.indexFile(path);
      }
    }
    if (knowledgeChanged) reloadKnowledge().catch(logError);
  });

  documents.onDidChangeContent(({ document }) => scheduleDiagnostics(document.uri));
  documents.onDidClose(({ document }) => {
    clearTimeout(diagnosticTimers.get(document.uri));
    analyses.forget(document.uri);
    handlers.forget(document.uri);
    publish({ uri: document.uri, diagnostics: [] });
    // The file on disk replaces the buffer in the index (unsaved edits are gone); a non-corpus file leaves it.
    const path = uriToPath(document.uri);
    if (path && scanner.inCorpus(path)) void scanner.indexFile(path);
    else index.delete(normalizeUri(document.uri));
  });

  const handlers = registerHandlers({
    connection,
    documents,
    analyses,
    index,
    lexicon,
    manifests,
    settings: () => settings,
    capabilities: () => capabilities,
    indexing: () => scanner.busy,
    reloadLexicon: async () => {
      await reloadKnowledge();
      return lexicon.entries.length;
    },
  });

  connection.onShutdown(() => {
    for (const timer of diagnosticTimers.values()) clearTimeout(timer);
    parser.dispose();
  });
  documents.listen(connection);
  return {
    index,
    whenIndexed: async () => {
      await startup;
      await scanner.idle;
    },
  };
}
