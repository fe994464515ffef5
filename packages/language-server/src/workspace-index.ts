import { type EntityLabel, fold, type MentionLabel, type ParsedDocument } from '@khabar/core';
import type { Location } from 'vscode-languageserver';
import type { LineIndex } from './line-index.js';
import { mentionKey } from './mentions.js';

export interface EntitySummary {
  readonly id: string;
  readonly label: EntityLabel;
  readonly canonical: string;
  readonly canonicalEn: string | null;
  readonly aliases: readonly string[];
}

export interface EntityWithCounts extends EntitySummary {
  readonly mentions: number;
  readonly documents: number;
}

/** One file's mentions, kept compact: interned keys and four numbers of range per mention. */
interface FileEntry {
  readonly keys: Uint32Array;
  /** startLine, startCharacter, endLine, endCharacter per mention. */
  readonly ranges: Int32Array;
  readonly labels: Uint8Array;
}

const LABELS: readonly MentionLabel[] = ['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'TIME', 'DURATION', 'SET'];

/**
 * The workspace corpus in memory: for every file, which entity (or TIMEX3 value) each mention refers to and
 * where it stands, plus an inverted index key → file → count. It keeps no text and no parse tree, so a
 * 10,000-article corpus stays small. Pure data structure; the scanner and the server feed it.
 */
export class WorkspaceIndex {
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  private readonly files = new Map<string, FileEntry>();
  private readonly postings: Map<string, number>[] = [];
  private readonly entities = new Map<string, EntitySummary>();

  get documentCount(): number {
    return this.files.size;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  /** How many mentions a file has, or undefined when it is not indexed. */
  mentionCount(uri: string): number | undefined {
    return this.files.get(uri)?.keys.length;
  }

  private intern(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyNames.length;
      this.keyIds.set(key, id);
      this.keyNames.push(key);
      this.postings.push(new Map());
    }
    return id;
  }

  set(uri: string, parsed: ParsedDocument, lines: LineIndex): void {
    this.delete(uri);
    const n = parsed.mentions.length;
    const keys = new Uint32Array(n);
    const ranges = new Int32Array(n * 4);
    const labels = new Uint8Array(n);
    parsed.mentions.forEach((mention, i) => {
      const id = this.intern(mentionKey(mention));
      keys[i] = id;
      labels[i] = LABELS.indexOf(mention.label);
      const start = lines.positionAt(mention.start);
      const end = lines.positionAt(mention.end);
      ranges.set([start.line, start.character, end.line, end.character], i * 4);
      const posting = this.postings[id]!;
      posting.set(uri, (posting.get(uri) ?? 0) + 1);
    });
    for (const record of parsed.entities) {
      if (!this.entities.has(record.id) || !record.id.startsWith('doc:')) {
        const { id, label, canonical, canonicalEn, aliases } = record;
        this.entities.set(id, { id, label, canonical, canonicalEn, aliases });
      }
    }
    this.files.set(uri, { keys, ranges, labels });
  }

  delete(uri: string): void {
    const entry = this.files.get(uri);
    if (!entry) return;
    for (const id of new Set(entry.keys)) this.postings[id]!.delete(uri);
    this.files.delete(uri);
  }

  /** Mentions of `key` in the workspace, and in how many files. */
  count(key: string): { mentions: number; documents: number } {
    const id = this.keyIds.get(key);
    if (id === undefined) return { mentions: 0, documents: 0 };
    let mentions = 0;
    for (const n of this.postings[id]!.values()) mentions += n;
    return { mentions, documents: this.postings[id]!.size };
  }

  /** Every mention of `key`, file by file in path order. */
  locations(key: string): Location[] {
    const id = this.keyIds.get(key);
    if (id === undefined) return [];
    const out: Location[] = [];
    for (const uri of [...this.postings[id]!.keys()].sort()) {
      const entry = this.files.get(uri)!;
      for (let i = 0; i < entry.keys.length; i++) {
        if (entry.keys[i] !== id) continue;
        const r = entry.ranges.subarray(i * 4, i * 4 + 4);
        out.push({
          uri,
          range: { start: { line: r[0]!, character: r[1]! }, end: { line: r[2]!, character: r[3]! } },
        });
      }
    }
    return out;
  }

  entity(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  /** Entities mentioned somewhere in the workspace, most mentioned first. */
  entitiesWithCounts(): EntityWithCounts[] {
    const out: EntityWithCounts[] = [];
    for (const summary of this.entities.values()) {
      const { mentions, documents } = this.count(summary.id);
      if (mentions > 0) out.push({ ...summary, mentions, documents });
    }
    return out.sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
  }

  /**
   * Entities whose Arabic name, English name or alias contains `query`, compared folded (hamza forms, ta
   * marbuta, diacritics, case), so «حلب» finds حَلَب and "aleppo" finds Aleppo.
   */
  searchEntities(query: string, limit = 200): EntityWithCounts[] {
    const needle = fold(query.trim());
    const matches = (name: string | null) => name !== null && fold(name).includes(needle);
    return this.entitiesWithCounts()
      .filter((e) => matches(e.canonical) || matches(e.canonicalEn) || e.aliases.some(matches))
      .slice(0, limit);
  }
}
