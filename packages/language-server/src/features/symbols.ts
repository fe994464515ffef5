import type { EntityLabel, Mention } from '@khabar/core';
import { type DocumentSymbol, SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis.js';
import type { WorkspaceIndex } from '../workspace-index.js';

const GROUPS: readonly { labels: readonly string[]; name: string }[] = [
  { labels: ['PER'], name: 'Persons' },
  { labels: ['LOC'], name: 'Places' },
  { labels: ['ORG'], name: 'Organisations' },
  { labels: ['MISC'], name: 'Other names' },
  { labels: ['DATE', 'TIME', 'DURATION', 'SET'], name: 'Dates and times' },
];

const ENTITY_KINDS: Record<EntityLabel, SymbolKind> = {
  PER: SymbolKind.Class,
  LOC: SymbolKind.Module,
  ORG: SymbolKind.Struct,
  MISC: SymbolKind.Object,
};

function spanning(analysis: DocumentAnalysis, mentions: readonly Mention[]) {
  return analysis.lines.range(mentions[0]!.start, mentions[mentions.length - 1]!.end);
}

/**
 * The outline: one group per label, and under it each entity (with each of its mentions as a child) or each
 * temporal expression with its TIMEX3 value.
 */
export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  const { parsed, lines } = analysis;
  const out: DocumentSymbol[] = [];
  for (const group of GROUPS) {
    const members = parsed.mentions.filter((m) => group.labels.includes(m.label));
    if (members.length === 0) continue;
    const children: DocumentSymbol[] = [];
    const byEntity = new Map<string, Mention[]>();
    for (const m of members) {
      if (m.kind === 'temporal') {
        const range = lines.range(m.start, m.end);
        children.push({
          name: m.text,
          detail: m.value,
          kind: SymbolKind.Event,
          range,
          selectionRange: range,
        });
      } else {
        const list = byEntity.get(m.entityId) ?? [];
        list.push(m);
        byEntity.set(m.entityId, list);
      }
    }
    for (const [, mentions] of byEntity) {
      const first = mentions[0]!;
      if (first.kind !== 'entity') continue;
      const kind = ENTITY_KINDS[first.label];
      children.push({
        name: first.canonical,
        detail: `${first.canonicalEn ?? ''}${first.canonicalEn ? ' · ' : ''}${mentions.length}×`,
        kind,
        range: spanning(analysis, mentions),
        selectionRange: lines.range(first.start, first.end),
        children: mentions.map((m) => {
          const range = lines.range(m.start, m.end);
          return { name: m.text, kind, range, selectionRange: range };
        }),
      });
    }
    out.push({
      name: group.name,
      detail: String(members.length),
      kind: SymbolKind.Namespace,
      range: spanning(analysis, members),
      selectionRange: lines.range(members[0]!.start, members[0]!.end),
      children,
    });
  }
  return out;
}

/** Entities of the workspace corpus matching `query` (Arabic or English, folded), at their first mention. */
export function workspaceSymbols(query: string, index: WorkspaceIndex): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const entity of index.searchEntities(query)) {
    const first = index.locations(entity.id)[0];
    if (!first) continue;
    out.push({
      name: entity.canonicalEn ? `${entity.canonical} (${entity.canonicalEn})` : entity.canonical,
      kind: ENTITY_KINDS[entity.label],
      containerName: `${entity.label} · ${entity.mentions} mentions in ${entity.documents} files`,
      location: first,
    });
  }
  return out;
}
