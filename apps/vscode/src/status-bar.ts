import type { Mention } from '@khabar/core';
import * as vscode from 'vscode';
import { NEWS_LANGUAGE } from './document-selection.js';
import { isEntityLabel, LABEL_STYLES } from './labels.js';
import type { KhabarServer } from './language-client.js';

export interface MentionSummary {
  readonly entities: number;
  readonly dates: number;
  readonly distinctEntities: number;
  readonly byLabel: Readonly<Record<string, number>>;
}

export function summarizeMentions(mentions: readonly Mention[]): MentionSummary {
  const byLabel: Record<string, number> = {};
  const ids = new Set<string>();
  let entities = 0;
  for (const m of mentions) {
    byLabel[m.label] = (byLabel[m.label] ?? 0) + 1;
    if (m.kind === 'entity' && isEntityLabel(m.label)) {
      entities++;
      ids.add(m.entityId);
    }
  }
  return { entities, dates: mentions.length - entities, distinctEntities: ids.size, byLabel };
}

export function statusText(summary: MentionSummary): string {
  return `$(symbol-class) ${summary.entities} $(calendar) ${summary.dates}`;
}

export function statusTooltip(summary: MentionSummary): string {
  const perLabel = LABEL_STYLES.filter((s) => (summary.byLabel[s.label] ?? 0) > 0)
    .map((s) => `${s.title} (${s.label}): ${summary.byLabel[s.label]}`)
    .join('\n');
  return (
    `Khabar: ${summary.entities} entity mentions (${summary.distinctEntities} distinct), ` +
    `${summary.dates} dates and times in this document.${perLabel ? `\n\n${perLabel}` : ''}\n\nClick to open the reading view.`
  );
}

const REFRESH_DELAY_MS = 300;
const RETRY_DELAY_MS = 500;
const MAX_RETRIES = 20;

/** Counts the entities and dates of the active Arabic news document in the status bar. */
export class MentionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'khabar.mentions',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private retries = 0;

  constructor(private readonly server: KhabarServer) {
    this.item.name = 'Khabar entities and dates';
    this.item.command = 'khabar.openReadingView';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(REFRESH_DELAY_MS);
      }),
      // A language switch reopens the active document: count it again under its new language.
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.schedule(100);
      }),
    );
    this.schedule(0);
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const generation = ++this.generation;
    if (!document || document.languageId !== NEWS_LANGUAGE) {
      this.item.hide();
      return;
    }
    const result = await this.server.documentMentions(document);
    if (generation !== this.generation) return;
    if (!result) {
      // The server does not have the document yet (starting, or its language just switched): look again.
      this.item.text = '$(sync~spin) Khabar';
      this.item.tooltip = 'Khabar: analysing…';
      if (this.retries++ < MAX_RETRIES) this.schedule(RETRY_DELAY_MS);
    } else if (result.skipped) {
      this.retries = 0;
      this.item.text = '$(circle-slash) Khabar';
      this.item.tooltip = result.skipped.message;
    } else {
      this.retries = 0;
      const summary = summarizeMentions(result.mentions);
      this.item.text = statusText(summary);
      this.item.tooltip = statusTooltip(summary);
    }
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
