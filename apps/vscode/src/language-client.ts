import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type Middleware,
  SemanticTokensRegistrationType,
  SemanticTokensRequest,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node.js';
import { colouredTokenTypes, currentSettings, SECTION } from './config.js';
import { NEWS_LANGUAGE } from './document-selection.js';
import {
  DOCUMENT_MENTIONS,
  type DocumentMentions,
  RELOAD_LEXICON,
  readDocumentMentions,
  readWorkspaceEntities,
  WORKSPACE_ENTITIES,
  type WorkspaceEntity,
} from './protocol.js';
import { filterSemanticTokens, keepsEverything } from './semantic-filter.js';

/** What the rest of the extension needs from the language server. */
export interface KhabarServer {
  documentMentions(document: vscode.TextDocument): Promise<DocumentMentions | null>;
  workspaceEntities(): Promise<WorkspaceEntity[]>;
  reloadLexicon(): Promise<number | null>;
  /** Ask the editor to fetch semantic tokens again (after the colouring settings changed). */
  refreshSemanticTokens(): void;
}

export class KhabarLanguageClient implements KhabarServer, vscode.Disposable {
  private readonly client: LanguageClient;

  constructor(serverModule: string, outputChannel: vscode.OutputChannel) {
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6012'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: NEWS_LANGUAGE }],
      // File watching: the server registers its own watchers (corpus globs, lexicon, manifests) dynamically.
      synchronize: { configurationSection: SECTION },
      initializationOptions: { [SECTION]: serverSettings() },
      outputChannel,
      middleware: this.middleware(),
    };
    this.client = new LanguageClient('khabar', 'Khabar language server', serverOptions, clientOptions);
  }

  private starting: Promise<boolean> | undefined;

  /**
   * Starts the server once, on first need (a news document, the entity tree, a command), so that opening
   * some other text file costs no server process. Resolves to whether it is running.
   */
  ensureStarted(): Promise<boolean> {
    this.starting ??= this.client.start().then(
      () => true,
      (error) => {
        this.client.error('Khabar: the language server did not start', error, 'force');
        return false;
      },
    );
    return this.starting;
  }

  async documentMentions(document: vscode.TextDocument): Promise<DocumentMentions | null> {
    if (!(await this.ensureStarted())) return null;
    const uri = this.client.code2ProtocolConverter.asUri(document.uri);
    try {
      return readDocumentMentions(await this.client.sendRequest(DOCUMENT_MENTIONS, { uri }), uri);
    } catch (error) {
      this.client.warn(`${DOCUMENT_MENTIONS} failed`, error);
      return null;
    }
  }

  async workspaceEntities(): Promise<WorkspaceEntity[]> {
    if (!(await this.ensureStarted())) return [];
    try {
      return readWorkspaceEntities(await this.client.sendRequest(WORKSPACE_ENTITIES, {}));
    } catch (error) {
      this.client.warn(`${WORKSPACE_ENTITIES} failed`, error);
      return [];
    }
  }

  /** Re-reads the workspace lexicon; returns its number of entries, or null when the server is not running. */
  async reloadLexicon(): Promise<number | null> {
    if (!(await this.ensureStarted())) return null;
    const reply = await this.client.sendRequest<unknown>(RELOAD_LEXICON, {});
    const entries = (reply as { entries?: unknown } | null)?.entries;
    return typeof entries === 'number' ? entries : null;
  }

  isRunning(): boolean {
    return this.client.isRunning();
  }

  refreshSemanticTokens(): void {
    const feature = this.client.getFeature(SemanticTokensRegistrationType.method);
    const seen = new Set<unknown>();
    for (const document of vscode.workspace.textDocuments) {
      const provider = feature?.getProvider(document);
      if (provider && !seen.has(provider)) {
        seen.add(provider);
        provider.onDidChangeSemanticTokensEmitter.fire();
      }
    }
  }

  /** Stops the server; resolves once it has exited (VS Code waits for this on deactivation). */
  async stop(): Promise<void> {
    if (this.client.needsStop()) await this.client.stop();
  }

  dispose(): void {
    void this.stop();
  }

  private tokenTypes(): readonly string[] {
    return this.client.initializeResult?.capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
  }

  /** The token types to keep for a document, or null when every token passes (no filtering needed). */
  private keptTypes(document: vscode.TextDocument): ReadonlySet<string> | null {
    const keep = colouredTokenTypes(currentSettings(document.uri));
    return keepsEverything(this.tokenTypes(), keep) ? null : keep;
  }

  private filtered(tokens: vscode.SemanticTokens | null | undefined, keep: ReadonlySet<string>) {
    if (!tokens) return tokens;
    // No resultId: the editor must not ask for edits against a base the server never sent.
    return new vscode.SemanticTokens(filterSemanticTokens(tokens.data, this.tokenTypes(), keep));
  }

  private middleware(): Middleware {
    return {
      provideDocumentSemanticTokens: async (document, token, next) => {
        const keep = this.keptTypes(document);
        const tokens = await next(document, token);
        return keep ? this.filtered(tokens, keep) : tokens;
      },
      provideDocumentSemanticTokensEdits: async (document, previousResultId, token, next) => {
        const keep = this.keptTypes(document);
        if (!keep) return next(document, previousResultId, token);
        const params = {
          textDocument: this.client.code2ProtocolConverter.asTextDocumentIdentifier(document),
        };
        const full = await this.client.sendRequest(SemanticTokensRequest.type, params, token);
        return this.filtered(await this.client.protocol2CodeConverter.asSemanticTokens(full, token), keep);
      },
      provideDocumentRangeSemanticTokens: async (document, range, token, next) => {
        const keep = this.keptTypes(document);
        const tokens = await next(document, range, token);
        return keep ? this.filtered(tokens, keep) : tokens;
      },
      provideInlayHints: (document, range, token, next) =>
        currentSettings(document.uri).inlayHints.enabled ? next(document, range, token) : [],
    };
  }
}

/** The settings the server reads (the colouring settings stay on this side: they only filter tokens). */
function serverSettings() {
  const s = currentSettings();
  return {
    corpusGlobs: s.corpusGlobs,
    highlight: s.highlight.labels,
    inlayHints: s.inlayHints,
    lexiconPath: s.lexiconPath,
    manifestPath: s.manifestPath,
    maxFileSize: s.maxFileSize,
  };
}
