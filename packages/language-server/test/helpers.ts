import { analyzeDocumentSync, type DocumentAnalysis } from '../src/analysis.js';
import type { ManifestDate } from '../src/manifest-store.js';
import { fakeParse } from './fake-parse.js';

export function analyze(
  text: string,
  options: { uri?: string; manifestDate?: ManifestDate | null; maxFileSize?: number } = {},
): DocumentAnalysis {
  return analyzeDocumentSync(
    { uri: options.uri ?? 'file:///w/a.txt', version: 1, text, manifestDate: options.manifestDate ?? null },
    fakeParse,
    undefined,
    options.maxFileSize ?? 2 * 1024 * 1024,
  );
}
