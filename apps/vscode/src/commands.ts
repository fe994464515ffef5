import * as vscode from 'vscode';
import { NEWS_LANGUAGE, type NewsDocumentSelector } from './document-selection.js';
import { findMentions } from './entities-tree.js';
import type { KhabarServer } from './language-client.js';
import type { WorkspaceEntity } from './protocol.js';

/** Every command the extension contributes (package.json `contributes.commands` lists the same ids). */
export const COMMAND_IDS = [
  'khabar.treatAsArabicNews',
  'khabar.openReadingView',
  'khabar.showEntities',
  'khabar.refreshEntities',
  'khabar.exportCorpus',
  'khabar.reloadLexicon',
  'khabar.showEntityMentions',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandDependencies {
  readonly server: KhabarServer;
  readonly selector: NewsDocumentSelector;
  openReadingView(document: vscode.TextDocument): Promise<void>;
  exportCorpus(): Promise<void>;
  refreshEntities(): void;
}

/** The document a command acts on: the one it was invoked on (explorer, editor title) or the active one. */
async function targetDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  return vscode.window.activeTextEditor?.document;
}

export function commandHandlers(
  deps: CommandDependencies,
): Record<CommandId, (...args: unknown[]) => unknown> {
  return {
    'khabar.treatAsArabicNews': async (resource) => {
      const document = await targetDocument(resource);
      if (!document) {
        void vscode.window.showWarningMessage('Khabar: open a text file first.');
        return;
      }
      const news = await deps.selector.treatAsNews(document);
      await vscode.window.showTextDocument(news);
    },
    'khabar.openReadingView': async (resource) => {
      const document = await targetDocument(resource);
      if (!document || document.languageId !== NEWS_LANGUAGE) {
        void vscode.window.showWarningMessage(
          'Khabar: the reading view shows Arabic news sources. Use "Khabar: Treat this file as Arabic news" first.',
        );
        return;
      }
      await deps.openReadingView(document);
    },
    'khabar.showEntities': async () => {
      deps.refreshEntities();
      await vscode.commands.executeCommand('khabar.entities.focus');
    },
    'khabar.refreshEntities': () => deps.refreshEntities(),
    'khabar.exportCorpus': () => deps.exportCorpus(),
    'khabar.reloadLexicon': async () => {
      const entries = await deps.server.reloadLexicon();
      deps.refreshEntities();
      void vscode.window.showInformationMessage(
        entries === null
          ? 'Khabar: the language server is not running.'
          : `Khabar: lexicon reloaded (${entries} entries).`,
      );
    },
    /** The entity tree's click: every mention of the entity in a references peek. */
    'khabar.showEntityMentions': async (entity) => {
      const e = entity as WorkspaceEntity | undefined;
      if (!e || typeof e.canonical !== 'string') return;
      const locations = await findMentions(e);
      const first = locations[0];
      if (!first) {
        void vscode.window.showInformationMessage(
          `Khabar: no mentions of ${e.canonical} found in the workspace.`,
        );
        return;
      }
      await vscode.commands.executeCommand(
        'editor.action.showReferences',
        first.uri,
        first.range.start,
        locations,
      );
    },
  };
}

export function registerCommands(deps: CommandDependencies): vscode.Disposable[] {
  return Object.entries(commandHandlers(deps)).map(([id, handler]) =>
    vscode.commands.registerCommand(id, handler),
  );
}
