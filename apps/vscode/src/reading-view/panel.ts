import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { NEWS_LANGUAGE } from '../document-selection.js';
import type { KhabarServer } from '../language-client.js';
import type { DocumentMentions } from '../protocol.js';
import { type FromPage, readFromPage, type ToPage } from './messages.js';
import { countLabels, renderDocument, renderLegend, renderMeta, renderPage } from './render.js';

const HIDDEN_KEY = 'khabar.readingView.hiddenLabels';
/** Typing pauses this long before the view re-renders. */
const LIVE_UPDATE_DELAY_MS = 150;
/** Tries (100 ms apart) to get mentions for the document's current version. */
const MENTION_ATTEMPTS = 30;

/**
 * "Khabar: Open Reading View": a webview beside the editor that shows the document right to left with the
 * server's mentions. It follows the active Arabic news editor, updates while the user types and keeps its
 * scroll position in step with the editor.
 */
export class ReadingView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  /** The editor line our own last reveal put at the top: that scroll is not echoed back to the page. */
  private ownTopLine: number | null = null;
  private renderGeneration = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: KhabarServer,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.follow(editor.document);
      }),
      // A language switch ("Treat this file as Arabic news") reopens the document under the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString())
          this.follow(document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.followEditorScroll(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (
          e.textEditor.document === this.document &&
          e.kind !== vscode.TextEditorSelectionChangeKind.Command
        ) {
          this.post({ type: 'flash', offset: e.textEditor.document.offsetAt(e.selections[0]!.active) });
        }
      }),
    );
  }

  /** Shows another Arabic news document when the user moves to it. */
  private follow(document: vscode.TextDocument): void {
    if (this.panel && document.languageId === NEWS_LANGUAGE && document !== this.document) {
      this.document = document;
      void this.update();
    }
  }

  async open(document: vscode.TextDocument): Promise<void> {
    this.document = document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        'khabar.readingView',
        'Khabar Reading View',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          enableFindWidget: true,
          retainContextWhenHidden: true,
          localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')],
        },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((raw) => {
        const message = readFromPage(raw);
        if (message) void this.onPageMessage(message);
      });
    }
    await this.render();
  }

  private async mentionsFor(document: vscode.TextDocument): Promise<DocumentMentions | null> {
    // The server may not have the document yet (just opened, or its language just switched) or be a keystroke
    // behind: ask again briefly rather than draw nothing or stale offsets.
    for (let attempt = 0; attempt < MENTION_ATTEMPTS; attempt++) {
      const result = await this.server.documentMentions(document);
      if (result && (result.version === null || result.version === document.version)) return result;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.server.documentMentions(document);
  }

  /** Writes the whole page (first open, or another document). */
  private async render(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const generation = ++this.renderGeneration;
    const result = await this.mentionsFor(document);
    if (generation !== this.renderGeneration || this.panel !== panel) return;
    const nonce = randomBytes(18).toString('base64');
    const script = panel.webview.asWebviewUri(
      vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'reading-view.js'),
    );
    panel.title = `Reading: ${basename(document.uri)}`;
    panel.webview.html = renderPage({
      nonce,
      cspSource: panel.webview.cspSource,
      scriptUri: script.toString(),
      title: panel.title,
      text: document.getText(),
      mentions: result?.mentions ?? [],
      dct: result?.dct ?? null,
      skipped: result?.skipped ?? null,
      hidden: this.hiddenLabels(),
    });
  }

  /** Replaces the content in place, so the reader keeps their scroll position and filters. */
  private async update(): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const generation = ++this.renderGeneration;
    const result = await this.mentionsFor(document);
    if (generation !== this.renderGeneration || document !== this.document) return;
    const text = document.getText();
    const mentions = result?.mentions ?? [];
    if (this.panel) this.panel.title = `Reading: ${basename(document.uri)}`;
    this.post({
      type: 'update',
      documentHtml: renderDocument(text, mentions),
      legendHtml: renderLegend(countLabels(text, mentions), this.hiddenLabels()),
      metaHtml: renderMeta(result?.dct ?? null, result?.skipped ?? null),
    });
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.update(), LIVE_UPDATE_DELAY_MS);
  }

  private followEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    const first = e.visibleRanges[0];
    if (!this.panel || !first || e.textEditor.document !== this.document) return;
    const ownScroll = this.ownTopLine !== null && Math.abs(first.start.line - this.ownTopLine) <= 1;
    this.ownTopLine = null;
    if (!ownScroll) this.post({ type: 'scrollTo', offset: e.textEditor.document.offsetAt(first.start) });
  }

  private editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  private async onPageMessage(message: FromPage): Promise<void> {
    const document = this.document;
    if (!document) return;
    switch (message.type) {
      case 'ready':
        break;
      case 'reveal': {
        const range = new vscode.Range(document.positionAt(message.start), document.positionAt(message.end));
        const editor =
          this.editorFor(document) ??
          (await vscode.window.showTextDocument(document, {
            viewColumn: vscode.ViewColumn.One,
            preserveFocus: false,
          }));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        await vscode.window.showTextDocument(editor.document, {
          viewColumn: editor.viewColumn,
          preserveFocus: false,
        });
        break;
      }
      case 'scrolled': {
        const editor = this.editorFor(document);
        if (!editor) break;
        const position = document.positionAt(message.offset);
        this.ownTopLine = position.line;
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
        break;
      }
      case 'hiddenLabels':
        await this.context.workspaceState.update(HIDDEN_KEY, message.labels);
        break;
    }
  }

  private hiddenLabels(): ReadonlySet<string> {
    const value = this.context.workspaceState.get<unknown>(HIDDEN_KEY);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  }

  private post(message: ToPage): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
