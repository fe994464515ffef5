import { readFile } from 'node:fs/promises';
import { decodeArticle, readConllLines } from '@khabar/core';

/** A file a command cannot use; the message names the file. */
export class FileError extends Error {}

export interface TextFile {
  readonly text: string;
  readonly encoding: string;
}

/**
 * Reads a text file for a command the way `khabar export` reads articles (UTF-8 with or without BOM, UTF-16
 * with BOM, Windows-1256; binary content refused), turning any failure into a FileError that names the file.
 */
export async function readTextFile(file: string): Promise<TextFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new FileError(`cannot read ${file}: ${reason}`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new FileError(`cannot read ${file}: ${decoded.error}`);
  return { text: decoded.text, encoding: decoded.encoding };
}

export async function readConllFile(file: string): Promise<string[][]> {
  return readConllLines((await readTextFile(file)).text);
}
