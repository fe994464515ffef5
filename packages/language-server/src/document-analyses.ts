import type { TextDocuments } from 'vscode-languageserver/node.js';
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type DocumentAnalysis } from './analysis.js';
import type { ManifestStore } from './manifest-store.js';
import type { DocumentParser } from './parser.js';
import { uriToPath } from './uri.js';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export interface DocumentAnalysesDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly parser: DocumentParser;
  readonly manifests: ManifestStore;
  readonly maxFileSize: () => number;
  /** Called with each fresh analysis of an open document (the workspace index keeps it). */
  readonly onAnalysed: (analysis: DocumentAnalysis) => void;
}

/**
 * The parse cache of open documents: one analysis per (uri, version, generation), where the generation changes
 * whenever knowledge, manifests or settings do. Requests that arrive together after an edit (tokens, hints,
 * diagnostics) share one parse; a request cancelled before its parse starts is answered with RequestCancelled.
 */
export class DocumentAnalyses {
  private generation = 0;
  private readonly cache = new Map<string, { analysis: DocumentAnalysis; generation: number }>();
  private readonly inFlight = new Map<
    string,
    { version: number; generation: number; done: Promise<DocumentAnalysis | null> }
  >();

  constructor(private readonly deps: DocumentAnalysesDeps) {}

  /** Everything cached is stale (new lexicon, manifest or settings). */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** The analysis of the open document's current version, or null when it is not open. */
  async get(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | null> {
    const doc = this.deps.documents.get(uri);
    if (!doc) return null;
    const hit = this.cache.get(uri);
    if (hit && hit.analysis.version === doc.version && hit.generation === this.generation)
      return hit.analysis;
    const running = this.inFlight.get(uri);
    if (running && running.version === doc.version && running.generation === this.generation)
      return running.done;
    await yieldToEventLoop(); // lets a $/cancelRequest or a newer edit arrive before the work starts
    if (token?.isCancellationRequested) throw cancelled();
    if (this.deps.documents.get(uri)?.version !== doc.version) return this.get(uri, token);
    const generation = this.generation;
    const done = this.analyze(uri, doc, generation).finally(() => {
      if (this.inFlight.get(uri)?.done === done) this.inFlight.delete(uri);
    });
    this.inFlight.set(uri, { version: doc.version, generation, done });
    return done;
  }

  /** Like `get`, and a request cancelled while it waited is answered with RequestCancelled. */
  async require(uri: string, token: CancellationToken): Promise<DocumentAnalysis | null> {
    const analysis = await this.get(uri, token);
    if (token.isCancellationRequested) throw cancelled();
    return analysis;
  }

  private async analyze(uri: string, doc: TextDocument, generation: number): Promise<DocumentAnalysis> {
    const path = uriToPath(uri);
    const manifestDate = path ? await this.deps.manifests.lookup(path) : null;
    const analysis = await analyzeDocument(
      { uri, version: doc.version, text: doc.getText(), manifestDate },
      this.deps.parser,
      this.deps.maxFileSize(),
    );
    if (generation === this.generation) {
      this.cache.set(uri, { analysis, generation });
      if (this.deps.documents.get(uri)) this.deps.onAnalysed(analysis);
    }
    return analysis;
  }
}
