import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentMentions } from '../src/protocol.js';
import { ReadingView } from '../src/reading-view/panel.js';
import { entity } from './fixtures.js';
import { MockTextDocument, type MockWebviewPanel, mockState, Uri, window } from './vscode-mock.js';

const TEXT = 'وصل الوفد أمس.\nوقال إن الاجتماع في جنيف.';

function memento() {
  const values = new Map<string, unknown>();
  return {
    get: (k: string) => values.get(k),
    update: async (k: string, v: unknown) => void values.set(k, v),
    keys: () => [...values.keys()],
  };
}

function setup(replies: (DocumentMentions | null)[]) {
  const document = new MockTextDocument(Uri.file('/ws/datasets/a.txt'), 'arabic-news', TEXT);
  document.version = 2;
  const editor = { document, selection: undefined as unknown, viewColumn: 1, revealRange: vi.fn() };
  window.visibleTextEditors = [editor];
  const server = {
    documentMentions: vi.fn(async () => (replies.length > 1 ? replies.shift()! : replies[0]!)),
    workspaceEntities: vi.fn(async () => []),
    reloadLexicon: vi.fn(async () => 0),
    refreshSemanticTokens: vi.fn(),
  };
  const context = { extensionUri: Uri.file('/ext'), workspaceState: memento() };
  const view = new ReadingView(context as never, server);
  const panel = () => window.createWebviewPanel.mock.results.at(-1)!.value as unknown as MockWebviewPanel;
  return { document, editor, server, view, panel };
}

const reply = (version: number): DocumentMentions => ({
  uri: 'file:///ws/datasets/a.txt',
  version,
  dct: { value: '2016-12-05', source: 'caller', span: null },
  mentions: [entity(TEXT, 'جنيف', 'LOC', 'Geneva')],
  skipped: null,
});

describe('ReadingView', () => {
  beforeEach(() => {
    mockState.reset();
    window.createWebviewPanel.mockClear();
  });
  afterEach(() => {
    window.visibleTextEditors = [];
  });

  it('renders the document right to left with the mentions of its current version', async () => {
    const { document, server, view, panel } = setup([reply(1), reply(2)]);
    await view.open(document as never);
    // The first reply was for an older version: the view asked again rather than draw stale offsets.
    expect(server.documentMentions).toHaveBeenCalledTimes(2);
    const html = panel().webview.html;
    expect(html).toContain('<main id="doc" dir="rtl" lang="ar">');
    expect(html).toContain('data-label="LOC"');
    expect(html).toContain('Places: جنيف · Geneva');
    expect(html).toMatch(/script-src &#39;nonce-[A-Za-z0-9+/=]{24}&#39;/);
    expect(panel().title).toBe('Reading: a.txt');
    view.dispose();
  });

  it('selects the clicked mention in the editor', async () => {
    const { document, editor, view, panel } = setup([reply(2)]);
    await view.open(document as never);
    const start = TEXT.indexOf('جنيف');
    panel().receive({ type: 'reveal', start, end: start + 4 });
    await vi.waitFor(() => expect(editor.revealRange).toHaveBeenCalled());
    expect(editor.selection).toMatchObject({
      start: { line: 1, character: 20 },
      end: { line: 1, character: 24 },
    });
    view.dispose();
  });

  it('scrolls the editor when the page scrolls, and ignores malformed messages', async () => {
    const { document, editor, view, panel } = setup([reply(2)]);
    await view.open(document as never);
    panel().receive({ type: 'scrolled', offset: TEXT.indexOf('\n') + 1 });
    await vi.waitFor(() => expect(editor.revealRange).toHaveBeenCalledTimes(1));
    expect(editor.revealRange.mock.calls[0]![0]).toMatchObject({ start: { line: 1, character: 0 } });
    panel().receive({ type: 'reveal', start: 'x' });
    panel().receive({ type: 'scrolled', offset: -4 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(editor.revealRange).toHaveBeenCalledTimes(1);
    view.dispose();
  });

  it('remembers the labels the reader filtered out for the next page', async () => {
    const { document, view, panel } = setup([reply(2)]);
    await view.open(document as never);
    panel().receive({ type: 'hiddenLabels', labels: ['LOC'] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await view.open(document as never);
    expect(panel().webview.html).toContain('<body class="hide-LOC">');
    expect(panel().webview.html).toContain('<input type="checkbox" data-label="LOC">');
    view.dispose();
  });

  it('still shows the text when the server has nothing for it', async () => {
    const { document, view, panel } = setup([null]);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const opened = view.open(document as never);
    await vi.runAllTimersAsync();
    await opened;
    vi.useRealTimers();
    expect(panel().webview.html).toContain('جنيف');
    expect(panel().webview.html).not.toContain('<mark');
    view.dispose();
  });
});
