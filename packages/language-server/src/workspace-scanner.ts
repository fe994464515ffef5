import { relative, sep } from 'node:path';
import { analyzeDocument } from './analysis.js';
import { globToRegExp, matchesAny } from './glob.js';
import type { ManifestStore } from './manifest-store.js';
import type { DocumentParser } from './parser.js';
import { pathToUri } from './uri.js';
import { readArticle, walkFiles } from './workspace-files.js';
import type { WorkspaceIndex } from './workspace-index.js';

export interface ScanProgress {
  report(done: number, total: number): void;
  done(): void;
}

export interface ScannerDeps {
  readonly index: WorkspaceIndex;
  readonly manifests: ManifestStore;
  readonly parser: DocumentParser;
  readonly maxFileSize: () => number;
  readonly corpusGlobs: () => readonly string[];
  readonly folders: () => readonly string[];
  /** Files open in the editor are indexed from their buffers, not from disk. */
  readonly isOpen: (uri: string) => boolean;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Indexes the workspace corpus in the background: one file at a time, yielding to the event loop between files
 * so requests are answered while it runs. A new scan supersedes a running one.
 */
export class WorkspaceScanner {
  private generation = 0;
  private running: Promise<void> = Promise.resolve();
  private scanning = 0;

  constructor(private readonly deps: ScannerDeps) {}

  /** Resolves when the latest scan has finished (or been superseded). */
  get idle(): Promise<void> {
    return this.running;
  }

  /** Whether `path` is part of the corpus: inside a workspace folder and matching the corpus globs. */
  inCorpus(path: string): boolean {
    const globs = this.deps.corpusGlobs().map(globToRegExp);
    return this.deps.folders().some((folder) => {
      const rel = relative(folder, path);
      return rel !== '' && !rel.startsWith('..') && matchesAny(rel.split(sep).join('/'), globs);
    });
  }

  /** True while a scan runs: workspace counts are still growing. */
  get busy(): boolean {
    return this.scanning > 0;
  }

  scan(progress: ScanProgress | null): Promise<void> {
    const generation = ++this.generation;
    this.scanning++;
    this.running = this.run(generation, progress).finally(() => {
      this.scanning--;
      progress?.done();
    });
    return this.running;
  }

  /** Re-reads one file (created or changed on disk) into the index, or drops it when it is gone. */
  async indexFile(path: string): Promise<void> {
    const uri = pathToUri(path);
    if (this.deps.isOpen(uri)) return;
    const content = await readArticle(path, this.deps.maxFileSize());
    if ('code' in content && content.code === 'missing') {
      this.deps.index.delete(uri);
      return;
    }
    const manifestDate = await this.deps.manifests.lookup(path);
    const analysis = await analyzeDocument(
      {
        uri,
        version: 0,
        text: 'text' in content ? content.text : '',
        skipped: 'text' in content ? null : (content as Exclude<typeof content, { text: string }>),
        manifestDate,
      },
      this.deps.parser,
      this.deps.maxFileSize(),
    );
    // The file may have been opened while it was being parsed: the buffer wins.
    if (!this.deps.isOpen(uri)) this.deps.index.set(uri, analysis.parsed, analysis.lines, analysis.blocks);
  }

  private async run(generation: number, progress: ScanProgress | null): Promise<void> {
    const globs = this.deps.corpusGlobs().map(globToRegExp);
    const paths: string[] = [];
    for (const folder of this.deps.folders()) {
      for await (const path of walkFiles(folder, (rel) => matchesAny(rel, globs))) {
        if (generation !== this.generation) return;
        paths.push(path);
      }
    }
    const wanted = new Set(paths.map(pathToUri));
    for (const uri of [...this.deps.index.uris()]) {
      if (!wanted.has(uri) && !this.deps.isOpen(uri)) this.deps.index.delete(uri);
    }
    for (let i = 0; i < paths.length; i++) {
      if (generation !== this.generation) return;
      await this.indexFile(paths[i]!);
      progress?.report(i + 1, paths.length);
      await yieldToEventLoop();
    }
  }
}
