import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type DocumentAnalysis } from './analysis.js';
import { BlockCache, type BlockOptions, DEFAULT_BLOCK_OPTIONS } from './blocks.js';
import type { ManifestStore } from './manifest-store.js';
import type { DocumentParser } from './parser.js';
import { uriToPath } from './uri.js';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

export interface DocumentAnalysesDeps {
  /** The open documents (a TextDocuments manager). */
  readonly documents: { get(uri: string): TextDocument | undefined };
  readonly parser: DocumentParser;
  readonly manifests: ManifestStore;
  readonly maxFileSize: () => number;
  /** Called with each fresh analysis of an open document (the workspace index keeps it). */
  readonly onAnalysed: (analysis: DocumentAnalysis) => void;
  /** When a document is large enough to be analysed in blocks, and their sizes (tests use small ones). */
  readonly blockOptions?: BlockOptions;
}

/**
 * The parse cache of open documents: one analysis per (uri, version, generation), where the generation changes
 * whenever knowledge, manifests or settings do. Requests that arrive together after an edit (tokens, hints,
 * diagnostics) share one parse; a request cancelled before its parse starts is answered with RequestCancelled.
 */
export class DocumentAnalyses {
  private generation = 0;
  private readonly cache = new Map<string, { analysis: DocumentAnalysis; generation: number }>();
  /** Per large document, its block results, so an edit re-parses only the blocks it touched. */
  private readonly blocks = new Map<string, { cache: BlockCache; generation: number }>();
  private readonly inFlight = new Map<
    string,
    { version: number; generation: number; done: Promise<DocumentAnalysis | null> }
  >();

  constructor(private readonly deps: DocumentAnalysesDeps) {}

  /** Everything cached is stale (new lexicon, manifest or settings). */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.blocks.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.blocks.delete(uri);
  }

  /** The block cache of `uri` for parses of this generation (block results of an older one are stale). */
  private blockCache(uri: string, generation: number): BlockCache {
    const known = this.blocks.get(uri);
    if (known && known.generation === generation) return known.cache;
    const cache = new BlockCache();
    this.blocks.set(uri, { cache, generation });
    return cache;
  }

  /** The analysis of the open document's current version, or null when it is not open. */
  async get(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | null> {
    const known = this.known(uri);
    if (known !== undefined) return known;
    await yieldToEventLoop(); // lets a $/cancelRequest or a newer edit arrive before the work starts
    if (token?.isCancellationRequested) throw cancelled();
    // Requests that arrived in the same tick all waited here: the first one starts the parse, the rest share it.
    const meanwhile = this.known(uri);
    if (meanwhile !== undefined) return meanwhile;
    const doc = this.deps.documents.get(uri);
    if (!doc) return null;
    const generation = this.generation;
    const version = doc.version;
    const done = this.analyze(uri, doc, generation).finally(() => {
      if (this.inFlight.get(uri)?.done === done) this.inFlight.delete(uri);
    });
    this.inFlight.set(uri, { version, generation, done });
    return done;
  }

  /** The cached analysis or the running parse of the current version; null when closed; undefined otherwise. */
  private known(uri: string): DocumentAnalysis | Promise<DocumentAnalysis | null> | null | undefined {
    const doc = this.deps.documents.get(uri);
    if (!doc) return null;
    const hit = this.cache.get(uri);
    if (hit && hit.analysis.version === doc.version && hit.generation === this.generation)
      return hit.analysis;
    const running = this.inFlight.get(uri);
    if (running && running.version === doc.version && running.generation === this.generation)
      return running.done;
    return undefined;
  }

  /**
   * Like `get` for a request: one cancelled while it waited is answered with RequestCancelled, and one whose
   * document changed meanwhile with ContentModified (the client asks again for the new version).
   */
  async require(uri: string, token: CancellationToken): Promise<DocumentAnalysis | null> {
    const analysis = await this.get(uri, token);
    if (token.isCancellationRequested) throw cancelled();
    if (analysis && this.deps.documents.get(uri)?.version !== analysis.version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
    }
    return analysis;
  }

  private async analyze(uri: string, doc: TextDocument, generation: number): Promise<DocumentAnalysis> {
    // Text and version are read together, before any await: the document object changes in place on edits.
    const { version } = doc;
    const text = doc.getText();
    const path = uriToPath(uri);
    const manifestDate = path ? await this.deps.manifests.lookup(path) : null;
    const analysis = await analyzeDocument(
      { uri, version, text, manifestDate, blocks: this.blockCache(uri, generation) },
      this.deps.parser,
      this.deps.maxFileSize(),
      this.deps.blockOptions ?? DEFAULT_BLOCK_OPTIONS,
    );
    if (generation === this.generation) {
      this.cache.set(uri, { analysis, generation });
      if (this.deps.documents.get(uri)) this.deps.onAnalysed(analysis);
    }
    return analysis;
  }
}
