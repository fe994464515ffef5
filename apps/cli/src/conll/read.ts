import { readFile } from 'node:fs/promises';
import { readConllLines } from '@khabar/core';

/** Reads a text file for a command, turning any failure into an error message that names the file. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new FileError(`cannot read ${file}: ${reason}`);
  }
}

export class FileError extends Error {}

export async function readConllFile(file: string): Promise<string[][]> {
  return readConllLines(await readTextFile(file));
}
