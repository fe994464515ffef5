import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeFile, type SkipReason, tooLarge } from './content-checks.js';

/** Directories never worth walking for articles. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.turbo',
  '.cache',
  'dist',
  'out',
]);

export type FileContent = { readonly text: string } | SkipReason | { readonly code: 'missing' };

/** Reads a file as UTF-8 text unless it is too large (checked before reading) or binary. Never throws. */
export async function readArticle(path: string, maxBytes: number): Promise<FileContent> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { code: 'missing' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    return decodeFile(await readFile(path), maxBytes);
  } catch {
    return { code: 'missing' };
  }
}

export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** Walks `root` and yields the files whose `/`-separated relative path passes `accept`. */
export async function* walkFiles(
  root: string,
  accept: (relativePath: string) => boolean,
): AsyncGenerator<string> {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && accept(relative(root, full).split(sep).join('/'))) {
        yield full;
      }
    }
  }
}
