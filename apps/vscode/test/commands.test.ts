import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, commandHandlers, registerCommands } from '../src/commands.js';
import { NEWS_LANGUAGE } from '../src/document-selection.js';
import { commands, MockTextDocument, mockState, Uri, window } from './vscode-mock.js';

function deps() {
  return {
    server: {
      documentMentions: vi.fn(async () => null),
      workspaceEntities: vi.fn(async () => []),
      reloadLexicon: vi.fn(async () => 3),
      refreshSemanticTokens: vi.fn(),
    },
    selector: {
      treatAsNews: vi.fn(async (d: MockTextDocument) => {
        d.languageId = NEWS_LANGUAGE;
        return d;
      }),
    },
    openReadingView: vi.fn(async () => {}),
    exportCorpus: vi.fn(async () => {}),
    refreshEntities: vi.fn(),
  };
}

describe('commands', () => {
  beforeEach(() => {
    mockState.reset();
    window.activeTextEditor = undefined;
    vi.clearAllMocks();
  });

  it('registers a handler for every command id', () => {
    const d = deps();
    const disposables = registerCommands(d as never) as unknown as { id: string }[];
    expect(disposables.map((x) => x.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('treats the active file, or the one clicked in the explorer, as Arabic news', async () => {
    const d = deps();
    const handlers = commandHandlers(d as never);
    const active = new MockTextDocument(Uri.file('/ws/a.txt'), 'plaintext', 'نص');
    window.activeTextEditor = { document: active };
    await handlers['khabar.treatAsArabicNews']();
    expect(d.selector.treatAsNews).toHaveBeenCalledWith(active);
    expect(window.showTextDocument).toHaveBeenCalledWith(active);

    const clicked = new MockTextDocument(Uri.file('/ws/b.txt'), 'plaintext', 'نص');
    mockState.documents.push(clicked);
    await handlers['khabar.treatAsArabicNews'](clicked.uri);
    expect(d.selector.treatAsNews).toHaveBeenLastCalledWith(clicked);
  });

  it('warns instead of failing when there is no file to act on', async () => {
    const d = deps();
    await commandHandlers(d as never)['khabar.treatAsArabicNews']();
    expect(d.selector.treatAsNews).not.toHaveBeenCalled();
    expect(window.showWarningMessage).toHaveBeenCalled();
  });

  it('opens the reading view only for Arabic news documents', async () => {
    const d = deps();
    const handlers = commandHandlers(d as never);
    window.activeTextEditor = { document: new MockTextDocument(Uri.file('/ws/x.md'), 'markdown', '#') };
    await handlers['khabar.openReadingView']();
    expect(d.openReadingView).not.toHaveBeenCalled();
    const news = new MockTextDocument(Uri.file('/ws/datasets/a.txt'), NEWS_LANGUAGE, 'حلب');
    window.activeTextEditor = { document: news };
    await handlers['khabar.openReadingView']();
    expect(d.openReadingView).toHaveBeenCalledWith(news);
  });

  it('reloads the lexicon through the server, refreshes the entity tree and says how many entries', async () => {
    const d = deps();
    await commandHandlers(d as never)['khabar.reloadLexicon']();
    expect(d.server.reloadLexicon).toHaveBeenCalled();
    expect(d.refreshEntities).toHaveBeenCalled();
    expect(window.showInformationMessage).toHaveBeenCalledWith('Khabar: lexicon reloaded (3 entries).');
  });

  it('shows the entity tree and runs the export', async () => {
    const d = deps();
    const handlers = commandHandlers(d as never);
    await handlers['khabar.showEntities']();
    expect(commands.executeCommand).toHaveBeenCalledWith('khabar.entities.focus');
    await handlers['khabar.exportCorpus']();
    expect(d.exportCorpus).toHaveBeenCalled();
  });

  it('shows every mention of an entity from the tree in a references peek', async () => {
    const d = deps();
    const at = {
      uri: Uri.file('/ws/datasets/a.txt'),
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } },
    };
    const other = { uri: Uri.file('/ws/datasets/b.txt'), range: at.range };
    commands.executeCommand.mockImplementation(async (id: unknown) => {
      if (id === 'vscode.executeWorkspaceSymbolProvider') {
        return [
          { name: 'حلب الجديدة', containerName: 'LOC · 1 mentions in 1 files', location: other },
          { name: 'حلب (Aleppo)', containerName: 'LOC · 2 mentions in 2 files', location: at },
        ];
      }
      if (id === 'vscode.executeReferenceProvider') return [at, other];
      return undefined;
    });
    const entity = {
      id: 'loc:aleppo',
      label: 'LOC',
      canonical: 'حلب',
      canonicalEn: 'Aleppo',
      count: 2,
      documents: 2,
    };
    await commandHandlers(d as never)['khabar.showEntityMentions'](entity);
    expect(commands.executeCommand).toHaveBeenCalledWith(
      'vscode.executeReferenceProvider',
      at.uri,
      at.range.start,
    );
    expect(commands.executeCommand).toHaveBeenLastCalledWith(
      'editor.action.showReferences',
      at.uri,
      at.range.start,
      [at, other],
    );
    commands.executeCommand.mockReset();
  });
});
