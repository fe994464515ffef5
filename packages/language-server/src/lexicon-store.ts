import { isAbsolute, resolve } from 'node:path';
import {
  createKnowledge,
  type EntityRecord,
  type Knowledge,
  type LexiconProblem,
  parseLexiconCsv,
} from '@khabar/core';
import { readTextIfExists } from './workspace-files.js';

/**
 * The workspace lexicon: a CSV (the same file `khabar export --lexicon` reads) merged into the core's knowledge so
 * users can teach Khabar their own names. One file per workspace folder; all of them are merged.
 */
export class LexiconStore {
  private current: Knowledge | undefined;
  private readonly problemsByPath = new Map<string, readonly LexiconProblem[]>();
  private entryCount = 0;

  constructor(
    private readonly configuredPath: () => string,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  /** Knowledge for `parse`; undefined means the core's built-in knowledge alone. */
  get knowledge(): Knowledge | undefined {
    return this.current;
  }

  get size(): number {
    return this.entryCount;
  }

  /** The lexicon file of each workspace folder (whether or not it exists yet). */
  paths(): string[] {
    const configured = this.configuredPath();
    if (isAbsolute(configured)) return [configured];
    return [...new Set(this.workspaceFolders().map((folder) => resolve(folder, configured)))];
  }

  /** The lexicon a new row for `filePath` goes to: that of the folder holding it, else the first. */
  pathFor(filePath: string | null): string | null {
    const folders = this.workspaceFolders();
    const configured = this.configuredPath();
    if (isAbsolute(configured)) return configured;
    const folder =
      (filePath && [...folders].sort((a, b) => b.length - a.length).find((f) => filePath.startsWith(f))) ??
      folders[0];
    return folder === undefined ? null : resolve(folder, configured);
  }

  problems(): ReadonlyMap<string, readonly LexiconProblem[]> {
    return this.problemsByPath;
  }

  async reload(): Promise<void> {
    const entries: EntityRecord[] = [];
    this.problemsByPath.clear();
    for (const path of this.paths()) {
      const text = await readTextIfExists(path);
      if (text === null) continue;
      const parsed = parseLexiconCsv(text);
      entries.push(...parsed.entries);
      this.problemsByPath.set(path, parsed.problems);
    }
    this.entryCount = entries.length;
    this.current = entries.length > 0 ? createKnowledge(entries) : undefined;
  }
}
