import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEWS_LANGUAGE, NewsDocumentSelector } from '../src/document-selection.js';
import { languages, MockTextDocument, mockState, Uri } from './vscode-mock.js';

class Memento {
  private values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
}

/** Enough of VS Code's glob semantics for these paths: `**` any folders, `*` within one segment. */
function globMatches(glob: string, relative: string): boolean {
  const pattern = glob
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replace(/\*\*\//g, '%GLOBSTAR%')
    .replace(/\*/g, '[^/]*')
    .replace(/%GLOBSTAR%/g, '(?:.*/)?');
  return new RegExp(`^${pattern}$`).test(relative);
}

const doc = (p: string, languageId = 'plaintext') => {
  const d = new MockTextDocument(Uri.file(p), languageId, 'نص');
  mockState.documents.push(d);
  return d;
};

describe('NewsDocumentSelector', () => {
  let memento: Memento;
  let selector: NewsDocumentSelector;
  beforeEach(() => {
    mockState.reset();
    mockState.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
    mockState.globMatches = globMatches;
    memento = new Memento();
    selector = new NewsDocumentSelector(memento as never);
    languages.setTextDocumentLanguage.mockClear();
  });
  afterEach(() => mockState.reset());

  it('switches plain-text files under the default corpus glob to the news language', async () => {
    const d = doc('/ws/datasets/agency/2016/a.txt');
    await selector.onOpen(d as never);
    expect(d.languageId).toBe(NEWS_LANGUAGE);
  });

  it('leaves other text files alone: it does not take over every .txt', async () => {
    const notes = doc('/ws/notes/todo.txt');
    const markdown = doc('/ws/datasets/readme.md', 'markdown');
    await selector.onOpen(notes as never);
    await selector.onOpen(markdown as never);
    expect(notes.languageId).toBe('plaintext');
    expect(markdown.languageId).toBe('markdown');
    expect(languages.setTextDocumentLanguage).not.toHaveBeenCalled();
  });

  it('follows the configured corpus globs, relative to the workspace folder', async () => {
    mockState.settings = { 'khabar.corpusGlobs': ['archive/*.txt'] };
    const inArchive = doc('/ws/archive/x.txt');
    const inDatasets = doc('/ws/datasets/y.txt');
    await selector.onOpen(inArchive as never);
    await selector.onOpen(inDatasets as never);
    expect(inArchive.languageId).toBe(NEWS_LANGUAGE);
    expect(inDatasets.languageId).toBe('plaintext');
  });

  it('respects a user who switches a corpus file back to plain text', async () => {
    const d = doc('/ws/datasets/a.txt');
    await selector.onOpen(d as never);
    d.languageId = 'plaintext';
    await selector.onOpen(d as never);
    expect(d.languageId).toBe('plaintext');
    expect(languages.setTextDocumentLanguage).toHaveBeenCalledTimes(1);
  });

  it('"Treat this file as Arabic news" switches any file and remembers it for the workspace', async () => {
    const d = doc('/ws/notes/letter.txt');
    await selector.treatAsNews(d as never);
    expect(d.languageId).toBe(NEWS_LANGUAGE);
    expect(selector.isRemembered(d.uri as never)).toBe(true);
    // A later session (a fresh selector over the same workspace state) opens it as news again.
    const later = new NewsDocumentSelector(memento as never);
    const reopened = doc('/ws/notes/letter.txt');
    await later.onOpen(reopened as never);
    expect(reopened.languageId).toBe(NEWS_LANGUAGE);
  });

  it('ignores a corrupt remembered list', async () => {
    await memento.update('khabar.newsDocuments', 'not a list');
    const d = doc('/ws/notes/x.txt');
    expect(selector.shouldTreatAsNews(d as never)).toBe(false);
  });
});
