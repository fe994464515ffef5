import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CorpusFile {
  /** POSIX path relative to the corpus folder: the document id. */
  readonly docId: string;
  readonly absolutePath: string;
  readonly bytes: number;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Code-unit order, the same on every machine and locale (localeCompare is not). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every `*.txt` under `root`, recursively, sorted by document id so runs are reproducible whatever order the
 * file system lists entries in. Hidden folders and node_modules are skipped; symbolic links are not followed.
 * Synchronous calls: listing is a one-off step before any work starts, and much faster so for many small files.
 */
export function discoverCorpus(root: string): CorpusFile[] {
  const found: CorpusFile[] = [];
  const walk = (dir: string, prefix: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) {
      const docId = prefix ? `${prefix}/${entry.name}` : entry.name;
      const absolutePath = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(absolutePath, docId);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) {
        found.push({ docId, absolutePath, bytes: statSync(absolutePath).size });
      }
    }
  };
  walk(root, '');
  return found.sort((a, b) => byCodeUnits(a.docId, b.docId));
}
