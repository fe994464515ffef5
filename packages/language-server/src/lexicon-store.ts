import { isAbsolute, resolve } from 'node:path';
import { type EntityRecord, type LexiconProblem, parseLexiconCsv } from '@khabar/core';
import { readTextIfExists } from './workspace-files.js';

/**
 * The workspace lexicon: a CSV (the same file `khabar export --lexicon` reads) whose rows the parser merges into
 * the core's knowledge, so users can teach Khabar their own names. One file per workspace folder; all merged.
 */
export class LexiconStore {
  private rows: readonly EntityRecord[] = [];
  private byId = new Map<string, EntityRecord>();
  private readonly problemsByPath = new Map<string, readonly LexiconProblem[]>();

  constructor(
    private readonly configuredPath: () => string,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  get entries(): readonly EntityRecord[] {
    return this.rows;
  }

  entry(id: string): EntityRecord | undefined {
    return this.byId.get(id);
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
    this.rows = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }
}
