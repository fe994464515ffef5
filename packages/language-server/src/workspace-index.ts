import { type EntityLabel, fold, type Mention, type MentionLabel, type ParsedDocument } from '@khabar/core';
import type { Location } from 'vscode-languageserver';
import type { BlockPart } from './blocks.js';
import { LineIndex } from './line-index.js';
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

/** A file's (or a block's) entry while it is built: with each key's mention count. */
interface PartialEntry extends FileEntry {
  readonly counts: Map<number, number>;
}

/** One file's mentions, kept compact: interned keys and four numbers of range per mention. */
interface FileEntry {
  readonly keys: Uint32Array;
  /** startLine, startCharacter, endLine, endCharacter per mention. */
  readonly ranges: Int32Array;
  readonly labels: Uint8Array;
}

const LABELS: readonly MentionLabel[] = ['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'TIME', 'DURATION', 'SET'];
const LABEL_CODES = Object.fromEntries(LABELS.map((label, i) => [label, i])) as Record<MentionLabel, number>;

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

  /**
   * Indexes one file. With `blocks` (a block-mode analysis, whose `parsed` merges them), each block's part of
   * the entry is computed once, lines counted from the block's first line, and the entry is joined from them.
   */
  set(uri: string, parsed: ParsedDocument, lines: LineIndex, blocks?: readonly BlockPart[] | null): void {
    this.delete(uri);
    const entry = blocks ? this.joinBlocks(blocks, lines) : this.entryOf(parsed.mentions, lines);
    for (const [id, count] of entry.counts) this.postings[id]!.set(uri, count);
    for (const record of parsed.entities) {
      if (!this.entities.has(record.id) || !record.id.startsWith('doc:')) {
        const { id, label, canonical, canonicalEn, aliases } = record;
        this.entities.set(id, { id, label, canonical, canonicalEn, aliases });
      }
    }
    this.files.set(uri, { keys: entry.keys, ranges: entry.ranges, labels: entry.labels });
  }

  /** Block parts of entries, per block parse (whose object stays the same while the block's text does). */
  private readonly blockEntries = new WeakMap<object, PartialEntry>();

  private joinBlocks(blocks: readonly BlockPart[], lines: LineIndex): PartialEntry {
    const parts = blocks.map((block) => {
      let part = this.blockEntries.get(block.parsed);
      if (!part) {
        part = this.entryOf(block.parsed.mentions, new LineIndex(block.text));
        this.blockEntries.set(block.parsed, part);
      }
      return part;
    });
    const n = parts.reduce((sum, p) => sum + p.keys.length, 0);
    const keys = new Uint32Array(n);
    const ranges = new Int32Array(n * 4);
    const labels = new Uint8Array(n);
    const counts = new Map<number, number>();
    let at = 0;
    parts.forEach((part, i) => {
      const firstLine = lines.lineOf(blocks[i]!.start);
      keys.set(part.keys, at);
      labels.set(part.labels, at);
      ranges.set(part.ranges, at * 4);
      for (let j = at * 4; j < (at + part.keys.length) * 4; j += 2) ranges[j]! += firstLine;
      for (const [id, count] of part.counts) counts.set(id, (counts.get(id) ?? 0) + count);
      at += part.keys.length;
    });
    return { keys, ranges, labels, counts };
  }

  private entryOf(mentions: readonly Mention[], lines: LineIndex): PartialEntry {
    const n = mentions.length;
    const keys = new Uint32Array(n);
    const ranges = new Int32Array(n * 4);
    const labels = new Uint8Array(n);
    const counts = new Map<number, number>();
    // Mentions come sorted by start: a cursor walks the lines instead of a binary search per position.
    let line = 0;
    const lineOf = (offset: number) => {
      while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= offset) line++;
      return line;
    };
    for (let i = 0; i < n; i++) {
      const mention = mentions[i]!;
      const id = this.intern(mentionKey(mention));
      keys[i] = id;
      labels[i] = LABEL_CODES[mention.label];
      if (i > 0 && mention.start < mentions[i - 1]!.start) line = 0; // not sorted after all: start over
      const startLine = lineOf(mention.start);
      const endLine = lineOf(mention.end);
      const j = i * 4;
      ranges[j] = startLine;
      ranges[j + 1] = mention.start - lines.lineStart(startLine);
      ranges[j + 2] = endLine;
      ranges[j + 3] = mention.end - lines.lineStart(endLine);
      line = startLine;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return { keys, ranges, labels, counts };
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
