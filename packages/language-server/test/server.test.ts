import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  Hover,
  Location,
  SemanticTokens,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import { decodeSemanticTokens } from '../src/features/semantic-tokens.js';
import type { DocumentMentionsResult, WorkspaceEntitiesResult } from '../src/protocol.js';
import { fakeParse } from './fake-parse.js';
import { CancellationTokenSource, eventually, type InProcessSession, startInProcess } from './lsp-client.js';

const LEXICON = 'id,label,arabic,english\ntest:khan,LOC,خان شيخون,Khan Shaykhun\nbad-row,XYZ,؟,\n';

describe('server over an in-memory connection', () => {
  let clientSettings: unknown = {};
  let root: string;
  let session: InProcessSession;
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  const open = (name: string, text: string, version = 1) =>
    session.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(name), languageId: 'arabic-news', version, text },
    });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'khabar-ls-'));
    writeFileSync(join(root, 'manifest.csv'), 'path,date\na.txt,2016-12-05\nb.txt,not-a-date\n');
    writeFileSync(join(root, 'a.txt'), 'قصف حلب أمس');
    writeFileSync(join(root, 'b.txt'), 'وصل وفد الأمم المتحدة إلى حلب');
    writeFileSync(join(root, 'c.txt'), 'معارك في خان شيخون');
    writeFileSync(join(root, 'd.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    writeFileSync(join(root, 'khabar-lexicon.csv'), LEXICON);
    session = await startInProcess(root, { parse: fakeParse, diagnosticsDelay: 0 }, () => clientSettings);
    await session.server.whenIndexed();
  });

  afterAll(() => {
    session.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('announces UTF-16 positions and the legend', () => {
    const caps = session.initialize.capabilities;
    expect(caps.positionEncoding).toBe('utf-16');
    expect(caps.semanticTokensProvider?.legend.tokenTypes[0]).toBe('person');
  });

  it('indexes the workspace at start-up with $/progress, skipping the binary file', async () => {
    const kinds = () => session.log.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    await eventually(() => expect(kinds().at(-1)).toBe('end'));
    expect(kinds()[0]).toBe('begin');
    expect(kinds()).toContain('report');
    const result = (await session.client.sendRequest(
      'khabar/workspaceEntities',
      {},
    )) as WorkspaceEntitiesResult;
    expect(result.documents).toBe(4);
    expect(result.entities.map((e) => [e.id, e.mentions, e.documents])).toEqual([
      ['geo:aleppo', 2, 2],
      ['org:un', 1, 1],
      ['test:khan', 1, 1],
    ]);
  });

  it('watches corpus, lexicon and manifest files', () => {
    const watchers = session.log.registrations
      .filter((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles')
      .flatMap(
        (r) => (r as { registerOptions: { watchers: { globPattern: string }[] } }).registerOptions.watchers,
      );
    expect(watchers.map((w) => w.globPattern)).toEqual(['**/*.txt', '**/*.csv']);
  });

  it('reports lexicon and manifest rows it could not use on those files', async () => {
    const lexiconDiagnostics = await eventually(() => {
      const d = session.log.diagnostics.get(uri('khabar-lexicon.csv'));
      expect(d).toBeDefined();
      return d!;
    });
    expect(lexiconDiagnostics).toMatchObject([
      { code: 'lexicon-row-invalid', range: { start: { line: 2 } } },
    ]);
    expect(session.log.diagnostics.get(uri('manifest.csv'))).toMatchObject([
      { code: 'manifest-row-invalid', range: { start: { line: 2 } } },
    ]);
  });

  it('resolves dates against the manifest and says so in the hover', async () => {
    await open('a.txt', 'قصف حلب أمس');
    const hover = (await session.client.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('a.txt') },
      position: { line: 0, character: 9 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('`2016-12-04`');
    expect(value).toContain('from manifest.csv (line 2)');
    const mentions = (await session.client.sendRequest('khabar/documentMentions', {
      uri: uri('a.txt'),
    })) as DocumentMentionsResult;
    expect(mentions.dct).toEqual({ value: '2016-12-05', source: 'caller', span: null });
    expect(mentions.mentions.map((m) => m.text)).toEqual(['حلب', 'أمس']);
  });

  it('finds references across the workspace and entities by name', async () => {
    const refs = (await session.client.sendRequest('textDocument/references', {
      textDocument: { uri: uri('a.txt') },
      position: { line: 0, character: 5 },
      context: { includeDeclaration: true },
    })) as Location[];
    expect(refs.map((r) => [r.uri, r.range.start.character])).toEqual([
      [uri('a.txt'), 4],
      [uri('b.txt'), 26],
    ]);
    const symbols = (await session.client.sendRequest('workspace/symbol', {
      query: 'khan',
    })) as WorkspaceSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['خان شيخون (Khan Shaykhun)']);
  });

  it('keeps the index current when a corpus file is created or deleted', async () => {
    writeFileSync(join(root, 'e.txt'), 'حلب');
    await session.client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('e.txt'), type: 1 }],
    });
    const count = async () =>
      (
        (await session.client.sendRequest('textDocument/references', {
          textDocument: { uri: uri('a.txt') },
          position: { line: 0, character: 5 },
          context: { includeDeclaration: true },
        })) as Location[]
      ).length;
    await eventually(async () => expect(await count()).toBe(3));
    expect(await count()).toBe(3);
    rmSync(join(root, 'e.txt'));
    await session.client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('e.txt'), type: 3 }],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await count()).toBe(2);
  });

  it('offers to add an unknown name to the existing lexicon, and reloads it when it changes', async () => {
    await open('f.txt', 'قال سامر إن حلب');
    const actions = (await session.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('f.txt') },
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual(['Add «سامر» to the workspace lexicon as a person']);
    const edit = actions[0]!.edit as WorkspaceEdit;
    const [change] = edit.changes![uri('khabar-lexicon.csv')]!;
    expect(change!.range.start).toEqual({ line: 3, character: 0 });
    expect(change!.newText).toBe('ws-per-سامر,PER,سامر,\n');

    // The user edits the lexicon (here: a row the test double knows) and saves it; the watcher reports it.
    writeFileSync(join(root, 'khabar-lexicon.csv'), `${LEXICON}test:samer,PER,سامر,Samer\n`);
    session.log.refreshes.length = 0;
    await session.client.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('khabar-lexicon.csv'), type: 2 }],
    });
    await eventually(() => expect(session.log.refreshes).toContain('semanticTokens'));
    const hover = (await session.client.sendRequest('textDocument/hover', {
      textDocument: { uri: uri('f.txt') },
      position: { line: 0, character: 5 },
    })) as Hover;
    expect((hover.contents as { value: string }).value).toContain('`test:samer`');
  });

  it('fixes a missing document date by adding the row to the manifest and going to its date cell', async () => {
    await open('undated.txt', 'وصل الوفد أمس');
    const diagnostics = await eventually(() => {
      const d = session.log.diagnostics.get(uri('undated.txt'));
      expect(d?.map((x) => x.code)).toEqual(['missing-document-date']);
      return d!;
    });
    const actions = (await session.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('undated.txt') },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    const [fix] = actions.filter((a) => a.diagnostics?.length);
    expect(fix!.edit!.changes![uri('manifest.csv')]).toEqual([
      {
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
        newText: 'undated.txt,\n',
      },
    ]);
    expect(fix!.command).toMatchObject({ command: 'khabar.revealPosition' });
    await session.client.sendRequest('workspace/executeCommand', {
      command: fix!.command!.command,
      arguments: fix!.command!.arguments,
    });
    expect(session.log.shown).toEqual([
      {
        uri: uri('manifest.csv'),
        takeFocus: true,
        selection: { start: { line: 3, character: 12 }, end: { line: 3, character: 12 } },
      },
    ]);
  });

  it('gives a binary buffer one diagnostic and no tokens', async () => {
    await open('g.txt', 'PK\u0003\u0004\u0000\u0000حلب');
    const diagnostics = await eventually(() => {
      const d = session.log.diagnostics.get(uri('g.txt'));
      expect(d).toBeDefined();
      return d!;
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['binary-content']);
    const tokens = (await session.client.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: uri('g.txt') },
    })) as SemanticTokens;
    expect(tokens.data).toEqual([]);
  });

  it('publishes the core diagnostics with their fixes', async () => {
    await open('h.txt', 'قصف فيحلب');
    const diagnostics = await eventually(() => {
      const d = session.log.diagnostics.get(uri('h.txt'));
      expect(d).toBeDefined();
      return d!;
    });
    expect(diagnostics).toMatchObject([{ code: 'glued-words', data: { replacement: 'في حلب' } }]);
    const actions = (await session.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('h.txt') },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    expect(actions[0]).toMatchObject({ title: 'Split into «في حلب»', isPreferred: true, diagnostics });
  });

  it('reloads the lexicon on request and answers before the re-index is done', async () => {
    writeFileSync(
      join(root, 'khabar-lexicon.csv'),
      `${LEXICON}test:samer,PER,سامر,Samer\ntest:idlib,LOC,إدلب,Idlib\n`,
    );
    expect(await session.client.sendRequest('khabar/reloadLexicon', {})).toEqual({ entries: 3 });
    await session.server.whenIndexed();
  });

  it('stops inlay hints and colouring of a label when the settings say so', async () => {
    const textDocument = { uri: uri('a.txt') };
    const hints = () =>
      session.client.sendRequest('textDocument/inlayHint', {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
      }) as Promise<unknown[]>;
    const tokens = async () =>
      (
        (await session.client.sendRequest('textDocument/semanticTokens/full', {
          textDocument,
        })) as SemanticTokens
      ).data.length / 5;
    const configure = async (value: unknown) => {
      clientSettings = value;
      session.log.refreshes.length = 0;
      await session.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await eventually(() => expect(session.log.refreshes).toEqual(['semanticTokens', 'inlayHint']));
    };
    expect(await hints()).toHaveLength(1);
    expect(await tokens()).toBe(2);
    await configure({ inlayHints: { enabled: false }, highlight: { location: false } });
    expect(await hints()).toEqual([]);
    expect(await tokens()).toBe(1);
    await configure({});
    expect(await hints()).toHaveLength(1);
  });

  it('answers odd requests (positions past the end, reversed ranges, unknown documents) without failing', async () => {
    const far = { line: 10_000, character: 10_000 };
    const zero = { line: 0, character: 0 };
    const known = { uri: uri('a.txt') };
    const unknown = { uri: uri('never-opened.txt') };
    for (const textDocument of [known, unknown]) {
      // past the end clamps to the end (LSP's rule), where the caret touches the last mention of a.txt
      await session.client.sendRequest('textDocument/hover', { textDocument, position: far });
      await session.client.sendRequest('textDocument/semanticTokens/range', {
        textDocument,
        range: { start: far, end: zero },
      });
      await session.client.sendRequest('textDocument/inlayHint', {
        textDocument,
        range: { start: far, end: far },
      });
      await session.client.sendRequest('textDocument/codeAction', {
        textDocument,
        range: { start: far, end: zero },
        context: { diagnostics: [] },
      });
      await session.client.sendRequest('textDocument/references', {
        textDocument,
        position: { line: -1, character: -5 },
        context: { includeDeclaration: true },
      });
      await session.client.sendRequest('textDocument/semanticTokens/full/delta', {
        textDocument,
        previousResultId: 'no-such-result',
      });
    }
    expect(
      await session.client.sendRequest('textDocument/hover', { textDocument: unknown, position: far }),
    ).toBeNull();
    expect(await session.client.sendRequest('khabar/documentMentions', unknown)).toBeNull();
    expect(await session.client.sendRequest('workspace/symbol', { query: '' })).toBeInstanceOf(Array);
    expect(
      await session.client.sendRequest('workspace/executeCommand', { command: 'no.such.command' }),
    ).toBeNull();
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    await session.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: uri('a.txt'), version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' },
      ],
    });
    const source = new CancellationTokenSource();
    const request = session.client.sendRequest(
      'textDocument/semanticTokens/full',
      { textDocument: { uri: uri('a.txt') } },
      source.token,
    );
    source.cancel();
    await expect(request).rejects.toMatchObject({ code: -32800 });
    const tokens = (await session.client.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: uri('a.txt') },
    })) as SemanticTokens;
    expect(decodeSemanticTokens(tokens.data).map((t) => t.character)).toEqual([5, 9]);
  });
});

describe('server for clients that colour only standard token types', () => {
  it('announces the standard super types when initializationOptions ask for them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'khabar-ls-std-'));
    const session = await startInProcess(root, { parse: fakeParse }, () => ({}), {
      khabar: { semanticTokenTypes: 'standard' },
    });
    try {
      const legend = session.initialize.capabilities.semanticTokensProvider!.legend;
      expect(legend.tokenTypes.slice(0, 4)).toEqual(['class', 'string', 'function', 'variable']);
      expect(new Set(legend.tokenTypes).size).toBe(legend.tokenTypes.length);
    } finally {
      session.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
