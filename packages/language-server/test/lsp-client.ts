import { PassThrough } from 'node:stream';
import {
  CancellationTokenSource,
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createServer, type KhabarServer, type ServerOptions } from '../src/server.js';

/** What a test client records of the server's side of the conversation. */
export interface ClientLog {
  readonly diagnostics: Map<string, Diagnostic[]>;
  readonly progress: unknown[];
  readonly refreshes: string[];
  readonly registrations: unknown[];
  readonly shown: unknown[];
}

export const CLIENT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  window: { workDoneProgress: true, showDocument: { support: true } },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

/** Answers the server's requests the way an editor would, and records what it was told. */
export function attachClientHandlers(client: MessageConnection, settings: () => unknown): ClientLog {
  const log: ClientLog = {
    diagnostics: new Map(),
    progress: [],
    refreshes: [],
    registrations: [],
    shown: [],
  };
  client.onRequest('window/showDocument', (params: unknown) => {
    log.shown.push(params);
    return { success: true };
  });
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => settings()),
  );
  client.onRequest('window/workDoneProgress/create', () => null);
  client.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
    log.registrations.push(...params.registrations);
    return null;
  });
  client.onRequest('workspace/semanticTokens/refresh', () => {
    log.refreshes.push('semanticTokens');
    return null;
  });
  client.onRequest('workspace/inlayHint/refresh', () => {
    log.refreshes.push('inlayHint');
    return null;
  });
  client.onNotification('$/progress', (params: unknown) => log.progress.push(params));
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    log.diagnostics.set(params.uri, params.diagnostics);
  });
  client.onNotification('window/logMessage', () => {});
  return log;
}

export interface InProcessSession {
  readonly client: MessageConnection;
  readonly server: KhabarServer;
  readonly log: ClientLog;
  readonly initialize: InitializeResult;
  dispose(): void;
}

/** A server and a client joined by in-memory streams, initialised on `folder`. */
export async function startInProcess(
  folder: string,
  options: ServerOptions,
  settings: () => unknown = () => ({}),
  initializationOptions: unknown = undefined,
): Promise<InProcessSession> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
  );
  const server = createServer(connection, options);
  connection.listen();
  const client = createMessageConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const log = attachClientHandlers(client, settings);
  client.listen();
  const initialize = (await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: [{ uri: new URL(`file://${folder}/`).href.replace(/\/$/, ''), name: 'corpus' }],
    capabilities: CLIENT_CAPABILITIES,
    initializationOptions,
  })) as InitializeResult;
  await client.sendNotification('initialized', {});
  return {
    client,
    server,
    log,
    initialize,
    dispose: () => {
      client.dispose();
      connection.dispose();
    },
  };
}

export { CancellationTokenSource };

/** Waits until `check` passes (the server pushes diagnostics and refreshes asynchronously). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() - started > timeoutMs) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
