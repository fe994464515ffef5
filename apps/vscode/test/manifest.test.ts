import { readFileSync } from 'node:fs';
import {
  DocumentMentionsRequest,
  ReloadLexiconRequest,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  WorkspaceEntitiesRequest,
} from '@khabar/language-server';
import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../src/commands.js';
import { DEFAULT_SETTINGS } from '../src/config.js';
import { NEWS_LANGUAGE } from '../src/document-selection.js';
import { LABEL_STYLES } from '../src/labels.js';
import { DOCUMENT_MENTIONS, RELOAD_LEXICON, WORKSPACE_ENTITIES } from '../src/protocol.js';

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    languages: { id: string; filenamePatterns: string[] }[];
    commands: { command: string; title: string }[];
    semanticTokenTypes: { id: string; superType: string }[];
    semanticTokenModifiers: { id: string }[];
    semanticTokenScopes: { language: string; scopes: Record<string, string[]> }[];
    configuration: { properties: Record<string, { default: unknown }> };
    views: { explorer: { id: string }[] };
  };
}
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
const c = manifest.contributes;

describe('package.json contributions agree with the language server and the code', () => {
  it('contributes exactly the server legend: types with super types, modifiers, and a scope for each type', () => {
    expect(c.semanticTokenTypes).toEqual(
      SEMANTIC_TOKEN_TYPES.map((t) => ({ id: t.id, superType: t.superType, description: t.description })),
    );
    expect(c.semanticTokenModifiers.map((m) => m.id)).toEqual(SEMANTIC_TOKEN_MODIFIERS.map((m) => m.id));
    const scopes = c.semanticTokenScopes.find((s) => s.language === NEWS_LANGUAGE)?.scopes ?? {};
    for (const t of SEMANTIC_TOKEN_TYPES) expect(scopes[t.id]).toEqual(t.scopes);
  });

  it('gives every label its own super type and scope, so themes without Khabar rules still tell them apart', () => {
    expect(new Set(c.semanticTokenTypes.map((t) => t.superType)).size).toBe(c.semanticTokenTypes.length);
    const firstScopes = Object.values(c.semanticTokenScopes[0]!.scopes).map((s) => s[0]);
    expect(new Set(firstScopes).size).toBe(firstScopes.length);
  });

  it('styles every legend type in the reading view, with a distinct colour per label in every theme kind', () => {
    expect(LABEL_STYLES.map((s) => s.tokenType)).toEqual(SEMANTIC_TOKEN_TYPES.map((t) => t.id));
    expect(LABEL_STYLES.map((s) => s.label)).toEqual(SEMANTIC_TOKEN_TYPES.map((t) => t.label));
    for (const kind of ['dark', 'light', 'highContrastDark', 'highContrastLight'] as const) {
      const colours = LABEL_STYLES.map((s) => s[kind].toLowerCase());
      expect(new Set(colours).size, kind).toBe(colours.length);
    }
  });

  it('associates the news language with the default corpus globs only, not every .txt file', () => {
    const language = c.languages.find((l) => l.id === NEWS_LANGUAGE)!;
    expect(language.filenamePatterns).toEqual(DEFAULT_SETTINGS.corpusGlobs);
    expect(language.filenamePatterns).not.toContain('*.txt');
    expect(language.filenamePatterns).not.toContain('**/*.txt');
  });

  it('declares every command the code registers, and no other', () => {
    expect(c.commands.map((x) => x.command).sort()).toEqual([...COMMAND_IDS].sort());
    expect(c.commands.find((x) => x.command === 'khabar.treatAsArabicNews')?.title).toBe(
      'Treat this file as Arabic news',
    );
  });

  it('documents defaults that match the settings wrapper', () => {
    const p = c.configuration.properties;
    expect(p['khabar.corpusGlobs']?.default).toEqual(DEFAULT_SETTINGS.corpusGlobs);
    expect(p['khabar.highlightInEditor']?.default).toBe(DEFAULT_SETTINGS.highlight.enabled);
    expect(p['khabar.highlight']?.default).toEqual(DEFAULT_SETTINGS.highlight.labels);
    expect(p['khabar.inlayHints.enabled']?.default).toBe(DEFAULT_SETTINGS.inlayHints.enabled);
    expect(p['khabar.lexiconPath']?.default).toBe(DEFAULT_SETTINGS.lexiconPath);
    expect(p['khabar.manifestPath']?.default).toBe(DEFAULT_SETTINGS.manifestPath);
    expect(p['khabar.maxFileSize']?.default).toBe(DEFAULT_SETTINGS.maxFileSize);
    expect(p['khabar.export.formats']?.default).toEqual(DEFAULT_SETTINGS.exportFormats);
  });

  it('targets VS Code 1.90 and starts the bundled extension', () => {
    expect(manifest.engines.vscode).toBe('^1.90.0');
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(c.views.explorer.map((v) => v.id)).toContain('khabar.entities');
  });

  it('uses the custom request names the server serves', () => {
    expect(DOCUMENT_MENTIONS).toBe(DocumentMentionsRequest.method);
    expect(WORKSPACE_ENTITIES).toBe(WorkspaceEntitiesRequest.method);
    expect(RELOAD_LEXICON).toBe(ReloadLexiconRequest.method);
  });
});
