import * as vscode from 'vscode';
import { isEntityLabel, LABEL_STYLES, type LabelStyle } from './labels.js';
import type { KhabarServer } from './language-client.js';
import type { WorkspaceEntity } from './protocol.js';

/** Entities of the workspace corpus by label, with counts; an entity expands to its mentions. */
export type EntityNode =
  | { readonly kind: 'label'; readonly style: LabelStyle; readonly entities: readonly WorkspaceEntity[] }
  | { readonly kind: 'entity'; readonly entity: WorkspaceEntity }
  | { readonly kind: 'mention'; readonly entity: WorkspaceEntity; readonly location: vscode.Location };

const LABEL_ICONS: Readonly<Record<string, string>> = {
  PER: 'person',
  LOC: 'location',
  ORG: 'organization',
  MISC: 'tag',
};

export function groupByLabel(entities: readonly WorkspaceEntity[]): EntityNode[] {
  return LABEL_STYLES.filter((s) => isEntityLabel(s.label))
    .map((style) => ({
      kind: 'label' as const,
      style,
      entities: entities.filter((e) => e.label === style.label).sort((a, b) => b.count - a.count),
    }))
    .filter((group) => group.entities.length > 0);
}

export function entityDescription(entity: WorkspaceEntity): string {
  const mentions = `${entity.count} mention${entity.count === 1 ? '' : 's'}`;
  const documents =
    entity.documents === null ? '' : ` in ${entity.documents} file${entity.documents === 1 ? '' : 's'}`;
  return `${entity.canonicalEn ? `${entity.canonicalEn} · ` : ''}${mentions}${documents}`;
}

/**
 * Finds every mention of an entity through the server's own features: a workspace symbol gives one place it
 * is mentioned (the symbol's container names the label), references from there give all of them.
 */
export async function findMentions(entity: WorkspaceEntity): Promise<vscode.Location[]> {
  const symbols =
    (await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      entity.canonical,
    )) ?? [];
  const symbol = symbols.find(
    (s) =>
      (s.name === entity.canonical || s.name.startsWith(`${entity.canonical} (`)) &&
      s.containerName.startsWith(`${entity.label} `),
  );
  if (!symbol) return [];
  const references =
    (await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      symbol.location.uri,
      symbol.location.range.start,
    )) ?? [];
  return references.length > 0 ? references : [symbol.location];
}

const EMPTY_RETRY_MS = 2000;
const EMPTY_RETRIES = 30;

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private emptyAnswers = 0;

  constructor(private readonly server: KhabarServer) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const entities = await this.server.workspaceEntities();
      // Empty at start-up usually means the server is still indexing the corpus: ask again for a while.
      clearTimeout(this.retryTimer);
      if (entities.length > 0) this.emptyAnswers = 0;
      else if (this.emptyAnswers++ < EMPTY_RETRIES)
        this.retryTimer = setTimeout(() => this.refresh(), EMPTY_RETRY_MS);
      return groupByLabel(entities);
    }
    if (node.kind === 'label') return node.entities.map((entity) => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') {
      const locations = await findMentions(node.entity);
      return locations.map((location) => ({ kind: 'mention', entity: node.entity, location }));
    }
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.kind) {
      case 'label': {
        const total = node.entities.reduce((sum, e) => sum + e.count, 0);
        const item = new vscode.TreeItem(node.style.title, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `label:${node.style.label}`;
        item.description = `${node.entities.length} · ${total} mentions`;
        item.iconPath = new vscode.ThemeIcon(LABEL_ICONS[node.style.label] ?? 'symbol-misc');
        item.contextValue = 'khabar.label';
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.entity.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${node.entity.id}`;
        item.description = entityDescription(node.entity);
        item.tooltip = `${node.entity.canonical}${node.entity.canonicalEn ? ` (${node.entity.canonicalEn})` : ''}\n${node.entity.id}`;
        item.contextValue = 'khabar.entity';
        item.command = {
          command: 'khabar.showEntityMentions',
          title: 'Show mentions',
          arguments: [node.entity],
        };
        return item;
      }
      case 'mention': {
        const { uri, range } = node.location;
        const file = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        const item = new vscode.TreeItem(
          `${file}:${range.start.line + 1}`,
          vscode.TreeItemCollapsibleState.None,
        );
        item.description = vscode.workspace.asRelativePath(uri, false);
        item.resourceUri = uri;
        item.command = {
          command: 'vscode.open',
          title: 'Open mention',
          arguments: [uri, { selection: range } satisfies vscode.TextDocumentShowOptions],
        };
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.retryTimer);
    this.changed.dispose();
  }
}
