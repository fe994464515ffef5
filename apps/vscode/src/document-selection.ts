import * as vscode from 'vscode';
import { currentSettings } from './config.js';

/** The language id of Arabic news sources. */
export const NEWS_LANGUAGE = 'arabic-news';
const REMEMBERED_KEY = 'khabar.newsDocuments';

/**
 * Decides which `.txt` documents are Arabic news: those under the corpus globs (settings, so package.json's
 * static `filenamePatterns` cannot express them all) and those the user marked with "Treat this file as Arabic
 * news". Any other text file is left alone, and so is a file whose language the user switched away by hand.
 */
export class NewsDocumentSelector {
  /** Documents whose language this session already set: if they come back as plain text, the user chose so. */
  private readonly applied = new Set<string>();

  constructor(private readonly memento: vscode.Memento) {}

  isRemembered(uri: vscode.Uri): boolean {
    return this.remembered().includes(uri.toString());
  }

  matchesCorpusGlobs(document: vscode.TextDocument): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return currentSettings(document.uri).corpusGlobs.some((glob) => {
      const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
      return vscode.languages.match({ pattern }, document) > 0;
    });
  }

  /** Whether an opened document should switch to the news language. */
  shouldTreatAsNews(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'plaintext') return false;
    if (this.applied.has(document.uri.toString())) return false;
    return this.isRemembered(document.uri) || this.matchesCorpusGlobs(document);
  }

  async onOpen(document: vscode.TextDocument): Promise<void> {
    if (!this.shouldTreatAsNews(document)) return;
    await this.setNews(document);
  }

  /** A closed document may be opened again later: decide afresh then (a language switch reopens at once). */
  onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    setTimeout(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.applied.delete(key);
    }, 1000);
  }

  /** "Treat this file as Arabic news": switch now and remember it for this workspace. */
  async treatAsNews(document: vscode.TextDocument): Promise<vscode.TextDocument> {
    const key = document.uri.toString();
    const remembered = this.remembered();
    if (!remembered.includes(key)) await this.memento.update(REMEMBERED_KEY, [...remembered, key]);
    return document.languageId === NEWS_LANGUAGE ? document : this.setNews(document);
  }

  private async setNews(document: vscode.TextDocument): Promise<vscode.TextDocument> {
    this.applied.add(document.uri.toString());
    return vscode.languages.setTextDocumentLanguage(document, NEWS_LANGUAGE);
  }

  private remembered(): string[] {
    const value = this.memento.get<unknown>(REMEMBERED_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }
}
