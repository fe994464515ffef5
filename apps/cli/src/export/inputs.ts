import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  decodeArticle,
  type EntityRecord,
  type ManifestEntry,
  parseLexiconCsv,
  parseManifest,
} from '@khabar/core';

/** A problem with the command line or its inputs: nothing is exported, exit code 2. */
export class UsageError extends Error {}

/** Manifests and lexicons are decoded like articles: spreadsheet exports are often UTF-16 or Windows-1256. */
async function readTextFile(file: string): Promise<string> {
  const decoded = decodeArticle(await readFile(file));
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.error}`);
  return decoded.text;
}

export async function readManifest(file: string, corpusIds: ReadonlySet<string>, warnings: string[]) {
  const parsed = parseManifest(await readTextFile(file));
  const name = path.basename(file);
  if (parsed.columns.length > 0 && !parsed.columns.includes('path')) {
    throw new UsageError(`${file}:1: the manifest has no "path" column`);
  }
  for (const problem of parsed.problems) warnings.push(`${name}:${problem.line}: ${problem.message}`);
  const byPath = new Map<string, ManifestEntry>();
  for (const entry of parsed.entries) {
    if (corpusIds.has(entry.path)) byPath.set(entry.path, entry);
    else warnings.push(`${name}:${entry.line}: "${entry.path}" is not a .txt file of the corpus`);
  }
  return { extraColumns: parsed.extraColumns, byPath };
}

export async function readLexicon(file: string, warnings: string[]): Promise<EntityRecord[]> {
  const parsed = parseLexiconCsv(await readTextFile(file));
  for (const problem of parsed.problems)
    warnings.push(`${path.basename(file)}:${problem.line}: ${problem.message}`);
  return [...parsed.entries];
}
