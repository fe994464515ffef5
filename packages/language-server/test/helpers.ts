import { analyzeDocumentSync, type DocumentAnalysis } from '../src/analysis.js';
import { LineIndex } from '../src/line-index.js';
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

/** Semantic token data (LSP relative encoding) decoded to [start, end) UTF-16 offsets into `text`. */
export function decodeTokenSpans(data: readonly number[], text: string): [number, number][] {
  const lines = new LineIndex(text);
  const out: [number, number][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    const start = lines.offsetAt({ line, character });
    out.push([start, start + data[i + 2]!]);
  }
  return out;
}
