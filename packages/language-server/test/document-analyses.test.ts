import type { EntityRecord, ParsedDocument } from '@khabar/core';
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyses } from '../src/document-analyses.js';
import { ManifestStore } from '../src/manifest-store.js';
import { type DocumentParser, emptyDocument } from '../src/parser.js';

/** A parser whose parses finish when the test says so. */
class ControlledParser implements DocumentParser {
  readonly started: { text: string; finish: () => void }[] = [];
  parse(text: string): Promise<ParsedDocument> {
    return new Promise((resolve) => this.started.push({ text, finish: () => resolve(emptyDocument(text)) }));
  }
  setLexicon(_entries: readonly EntityRecord[]): void {}
  dispose(): void {}
}

function setup() {
  const docs = new Map<string, TextDocument>();
  const parser = new ControlledParser();
  const analysed: number[] = [];
  const analyses = new DocumentAnalyses({
    documents: docs,
    parser,
    manifests: new ManifestStore(
      () => '',
      () => [],
    ),
    maxFileSize: () => 1 << 20,
    onAnalysed: (a) => analysed.push(a.version),
  });
  const uri = 'untitled:doc';
  docs.set(uri, TextDocument.create(uri, 'txt', 1, 'حلب'));
  const waitForParse = async (n: number) => {
    while (parser.started.length < n) await new Promise((resolve) => setImmediate(resolve));
  };
  return { docs, parser, analyses, uri, analysed, waitForParse };
}

describe('DocumentAnalyses', () => {
  it('parses once for the requests that arrive together, then answers from the cache', async () => {
    const { parser, analyses, uri, analysed, waitForParse } = setup();
    const first = analyses.get(uri);
    const second = analyses.get(uri);
    await waitForParse(1);
    parser.started[0]!.finish();
    expect(await first).toBe(await second);
    expect(await analyses.get(uri)).toBe(await first);
    expect(parser.started).toHaveLength(1);
    expect(analysed).toEqual([1]);
  });

  it('answers a request whose document changed during the parse with ContentModified', async () => {
    const { docs, parser, analyses, uri, waitForParse } = setup();
    const request = analyses.require(uri, new CancellationTokenSource().token);
    await waitForParse(1);
    docs.set(uri, TextDocument.create(uri, 'txt', 2, 'حلب ودمشق'));
    parser.started[0]!.finish();
    await expect(request).rejects.toMatchObject({ code: -32801 });
  });

  it('answers a request cancelled before its parse starts with RequestCancelled, and parses nothing', async () => {
    const { parser, analyses, uri } = setup();
    const source = new CancellationTokenSource();
    const request = analyses.require(uri, source.token);
    source.cancel();
    await expect(request).rejects.toMatchObject({ code: -32800 });
    expect(parser.started).toHaveLength(0);
  });

  it('parses again after invalidate (new lexicon or manifest)', async () => {
    const { parser, analyses, uri, waitForParse } = setup();
    const first = analyses.get(uri);
    await waitForParse(1);
    parser.started[0]!.finish();
    await first;
    analyses.invalidate();
    const again = analyses.get(uri);
    await waitForParse(2);
    parser.started[1]!.finish();
    expect(await again).not.toBe(await first);
  });
});
