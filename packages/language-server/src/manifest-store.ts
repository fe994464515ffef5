import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type ManifestProblem, parseManifest } from '@khabar/core';
import { readTextIfExists } from './workspace-files.js';

/** Where a document date came from, for hovers ("resolved against 2016-12-05 from manifest.csv, line 3"). */
export interface ManifestDate {
  readonly date: string;
  readonly manifestPath: string;
  readonly line: number;
}

interface LoadedManifest {
  readonly dates: ReadonlyMap<string, ManifestDate>;
  readonly problems: readonly ManifestProblem[];
}

/**
 * Reads corpus manifests with the core's parser, the way the exporter does, so a date resolves the same in the
 * editor and in the tables. A manifest is `khabar.manifestPath` when set, else `manifest.csv` beside the file;
 * its paths are relative to its own folder. Loaded manifests are cached until `invalidate`.
 */
export class ManifestStore {
  private readonly loaded = new Map<string, Promise<LoadedManifest | null>>();

  constructor(
    private readonly configuredPath: () => string,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  /**
   * The manifests that may list `filePath`, nearest first: `manifest.csv` in its folder and in each folder above
   * it up to the workspace folder (a corpus root's manifest lists `sub/a.txt`), or the configured manifest.
   */
  candidates(filePath: string): string[] {
    const configured = this.configuredPath();
    if (configured) {
      if (isAbsolute(configured)) return [configured];
      return this.workspaceFolders().map((folder) => resolve(folder, configured));
    }
    const root = this.workspaceFolders()
      .filter((folder) => !relative(folder, filePath).startsWith('..'))
      .sort((a, b) => b.length - a.length)[0];
    const out: string[] = [];
    for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
      out.push(join(dir, 'manifest.csv'));
      if (root === undefined || dir === resolve(root) || dirname(dir) === dir) break;
    }
    return out;
  }

  /** The manifest that lists `filePath`, or where a new row for it belongs (the nearest existing manifest). */
  async locate(filePath: string): Promise<string> {
    const candidates = this.candidates(filePath);
    for (const path of candidates) if (await this.load(path)) return path;
    return candidates[0]!;
  }

  isManifest(path: string): boolean {
    const configured = this.configuredPath();
    if (!configured) return basename(path) === 'manifest.csv';
    return (
      this.workspaceFolders().some((folder) => resolve(folder, configured) === path) || configured === path
    );
  }

  async lookup(filePath: string): Promise<ManifestDate | null> {
    for (const manifestPath of this.candidates(filePath)) {
      const manifest = await this.load(manifestPath);
      const found = manifest?.dates.get(resolve(filePath));
      if (found) return found;
    }
    return null;
  }

  async problems(manifestPath: string): Promise<readonly ManifestProblem[]> {
    return (await this.load(manifestPath))?.problems ?? [];
  }

  /** Manifests read so far (those that exist), for reporting their problems. */
  async known(): Promise<string[]> {
    const out: string[] = [];
    for (const [path, loaded] of this.loaded) if (await loaded) out.push(path);
    return out;
  }

  invalidate(manifestPath?: string): void {
    if (manifestPath === undefined) this.loaded.clear();
    else this.loaded.delete(manifestPath);
  }

  private load(manifestPath: string): Promise<LoadedManifest | null> {
    let pending = this.loaded.get(manifestPath);
    if (!pending) {
      pending = readTextIfExists(manifestPath).then((text) => {
        if (text === null) return null;
        const parsed = parseManifest(text);
        const folder = dirname(manifestPath);
        const dates = new Map<string, ManifestDate>();
        for (const entry of parsed.entries) {
          if (entry.date)
            dates.set(resolve(folder, entry.path), { date: entry.date, manifestPath, line: entry.line });
        }
        return { dates, problems: parsed.problems };
      });
      this.loaded.set(manifestPath, pending);
    }
    return pending;
  }
}
