import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI, or null for other schemes (untitled buffers and the like). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** One spelling per file, whatever percent-encoding the client chose, so maps keyed by URI agree. */
export function normalizeUri(uri: string): string {
  const path = uriToPath(uri);
  return path === null ? uri : pathToUri(path);
}
