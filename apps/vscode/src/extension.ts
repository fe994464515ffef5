import * as vscode from 'vscode';
import { registerCommands } from './commands.js';
import { SECTION } from './config.js';
import { NEWS_LANGUAGE, NewsDocumentSelector } from './document-selection.js';
import { EntitiesTreeProvider } from './entities-tree.js';
import { exportCorpus } from './export/run.js';
import { KhabarLanguageClient } from './language-client.js';
import { ReadingView } from './reading-view/panel.js';
import { MentionStatusBar } from './status-bar.js';

/** How long after the last edit or save the entity tree asks the server again. */
const ENTITY_REFRESH_DELAY_MS = 1500;

let activeClient: KhabarLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Khabar');
  const client = new KhabarLanguageClient(context.asAbsolutePath('dist/server.cjs'), output);
  activeClient = client;
  const selector = new NewsDocumentSelector(context.workspaceState);
  const readingView = new ReadingView(context, client);
  const statusBar = new MentionStatusBar(client);
  const entities = new EntitiesTreeProvider(client);
  const tree = vscode.window.createTreeView('khabar.entities', {
    treeDataProvider: entities,
    showCollapseAll: true,
  });

  const startServer = async () => {
    const wasRunning = client.isRunning();
    if ((await client.ensureStarted()) && !wasRunning) {
      statusBar.schedule(0);
      refreshEntitiesSoon();
    }
  };

  let entityTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshEntitiesSoon = () => {
    clearTimeout(entityTimer);
    entityTimer = setTimeout(() => entities.refresh(), ENTITY_REFRESH_DELAY_MS);
  };

  context.subscriptions.push(
    output,
    client,
    readingView,
    statusBar,
    entities,
    tree,
    { dispose: () => clearTimeout(entityTimer) },
    ...registerCommands({
      server: client,
      selector,
      openReadingView: (document) => readingView.open(document),
      exportCorpus: () => exportCorpus(context.asAbsolutePath('dist/cli/main.mjs'), output),
      refreshEntities: () => entities.refresh(),
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === NEWS_LANGUAGE) void startServer();
      else void selector.onOpen(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => selector.onClose(document)),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId === NEWS_LANGUAGE || document.fileName.endsWith('.csv')) refreshEntitiesSoon();
    }),
    tree.onDidChangeVisibility((e) => {
      if (e.visible) entities.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (
        e.affectsConfiguration(`${SECTION}.highlight`) ||
        e.affectsConfiguration(`${SECTION}.highlightInEditor`)
      ) {
        client.refreshSemanticTokens();
      }
      if (e.affectsConfiguration(`${SECTION}.corpusGlobs`)) {
        for (const document of vscode.workspace.textDocuments) void selector.onOpen(document);
      }
    }),
  );

  for (const document of vscode.workspace.textDocuments) void selector.onOpen(document);
  if (vscode.workspace.textDocuments.some((d) => d.languageId === NEWS_LANGUAGE)) await startServer();
}

/** Lets VS Code wait for the server to exit; everything else is disposed through context.subscriptions. */
export function deactivate(): Promise<void> | undefined {
  return activeClient?.stop();
}
