// A small stand-in for the `vscode` module (aliased in vitest.config.ts): the parts of the API the extension
// touches, with state that tests can set (settings, open documents, glob matching) and calls they can inspect.
import path from 'node:path';
import { vi } from 'vitest';

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(p: string): Uri {
    return new Uri('file', path.posix.normalize(p));
  }
  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/[^/]*)?(.*)$/i.exec(value);
    return match ? new Uri(match[1]!, match[2]!) : new Uri('file', value);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

export class Selection extends Range {
  constructor(
    readonly anchor: Position,
    readonly active: Position,
  ) {
    super(anchor, active);
  }
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export class SemanticTokens {
  constructor(
    readonly data: Uint32Array,
    readonly resultId?: string,
  ) {}
}

export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const l of this.listeners) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: unknown;
  contextValue?: string;
  resourceUri?: Uri;
  command?: unknown;
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState,
  ) {}
}

export class RelativePattern {
  constructor(
    readonly base: { uri: Uri } | Uri | string,
    readonly pattern: string,
  ) {}
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
  AtTop = 3,
}
export enum TextEditorSelectionChangeKind {
  Keyboard = 1,
  Mouse = 2,
  Command = 3,
}
export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

/** A text document over a string, with line/offset conversion like VS Code's. */
export class MockTextDocument {
  version = 1;
  constructor(
    readonly uri: Uri,
    public languageId: string,
    private text: string,
  ) {}
  getText(): string {
    return this.text;
  }
  get fileName(): string {
    return this.uri.fsPath;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const lines = before.split('\n');
    return new Position(lines.length - 1, lines[lines.length - 1]!.length);
  }
  offsetAt(position: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line && i < lines.length; i++) offset += lines[i]!.length + 1;
    return offset + position.character;
  }
}

/** Test-controlled state. */
export const mockState = {
  settings: {} as Record<string, unknown>,
  documents: [] as MockTextDocument[],
  workspaceFolders: [] as { uri: Uri; name: string; index: number }[],
  /** Decides `languages.match({ pattern })`: tests supply a predicate over (glob, document path). */
  globMatches: (_glob: string, _path: string) => false,
  reset(): void {
    this.settings = {};
    this.documents = [];
    this.workspaceFolders = [];
    this.globMatches = () => false;
  },
};

const noopEvent = () => ({ dispose() {} });

export const workspace = {
  getConfiguration: vi.fn((section?: string) => ({
    get: <T>(key: string): T | undefined =>
      mockState.settings[section ? `${section}.${key}` : key] as T | undefined,
  })),
  get textDocuments() {
    return mockState.documents;
  },
  get workspaceFolders() {
    return mockState.workspaceFolders;
  },
  getWorkspaceFolder: (uri: Uri) =>
    mockState.workspaceFolders.find((f) => uri.path.startsWith(`${f.uri.path}/`)),
  openTextDocument: vi.fn(async (uri: Uri) => {
    const found = mockState.documents.find((d) => d.uri.toString() === uri.toString());
    if (!found) throw new Error(`no document ${uri.toString()}`);
    return found;
  }),
  findFiles: vi.fn(async () => [] as Uri[]),
  asRelativePath: (p: Uri | string) => (typeof p === 'string' ? p : p.path),
  createFileSystemWatcher: vi.fn(() => ({ dispose() {} })),
  onDidChangeTextDocument: noopEvent,
  onDidOpenTextDocument: noopEvent,
  onDidCloseTextDocument: noopEvent,
  onDidSaveTextDocument: noopEvent,
  onDidChangeConfiguration: noopEvent,
};

export const languages = {
  match: vi.fn((selector: { pattern?: RelativePattern | string }, document: MockTextDocument) => {
    const pattern = selector.pattern;
    if (pattern === undefined) return 0;
    const glob = typeof pattern === 'string' ? pattern : pattern.pattern;
    const base =
      typeof pattern === 'string'
        ? ''
        : typeof pattern.base === 'string'
          ? pattern.base
          : 'uri' in pattern.base
            ? pattern.base.uri.path
            : pattern.base.path;
    const relative =
      base && document.uri.path.startsWith(`${base}/`)
        ? document.uri.path.slice(base.length + 1)
        : document.uri.path;
    return mockState.globMatches(glob, relative) ? 10 : 0;
  }),
  setTextDocumentLanguage: vi.fn(async (document: MockTextDocument, languageId: string) => {
    document.languageId = languageId;
    return document;
  }),
};

/** A webview panel that records what the extension does with it; `receive` plays a message from the page. */
export class MockWebviewPanel {
  title: string;
  disposed = false;
  private messageHandler: ((message: unknown) => void) | undefined;
  readonly posted: unknown[] = [];
  readonly webview = {
    html: '',
    cspSource: 'vscode-webview://test',
    asWebviewUri: (uri: Uri) => uri,
    postMessage: async (message: unknown) => {
      this.posted.push(message);
      return true;
    },
    onDidReceiveMessage: (handler: (message: unknown) => void) => {
      this.messageHandler = handler;
      return { dispose() {} };
    },
  };
  constructor(
    readonly viewType: string,
    title: string,
  ) {
    this.title = title;
  }
  receive(message: unknown): void {
    this.messageHandler?.(message);
  }
  reveal(): void {}
  onDidDispose(_handler: () => void) {
    return { dispose() {} };
  }
  dispose(): void {
    this.disposed = true;
  }
}

export const window = {
  activeTextEditor: undefined as { document: MockTextDocument } | undefined,
  visibleTextEditors: [] as unknown[],
  createWebviewPanel: vi.fn((viewType: string, title: string) => new MockWebviewPanel(viewType, title)),
  showTextDocument: vi.fn(async (document: MockTextDocument) => ({ document })),
  showInformationMessage: vi.fn(async () => undefined),
  showWarningMessage: vi.fn(async () => undefined),
  showErrorMessage: vi.fn(async () => undefined),
  createStatusBarItem: vi.fn(() => ({ show() {}, hide() {}, dispose() {}, text: '', tooltip: '' })),
  onDidChangeActiveTextEditor: noopEvent,
  onDidChangeTextEditorVisibleRanges: noopEvent,
  onDidChangeTextEditorSelection: noopEvent,
};

export const commands = {
  registerCommand: vi.fn((id: string, handler: (...args: unknown[]) => unknown) => ({
    id,
    handler,
    dispose() {},
  })),
  executeCommand: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
};
