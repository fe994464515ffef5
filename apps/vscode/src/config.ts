import * as vscode from 'vscode';
import { LABEL_STYLES } from './labels.js';

/** Everything the extension reads from the `khabar.*` settings, typed and validated in one place. */
export interface ExtensionSettings {
  readonly corpusGlobs: readonly string[];
  readonly highlight: {
    /** `khabar.highlightInEditor`: colour anything at all in the editor. */
    readonly enabled: boolean;
    /** `khabar.highlight`, keyed by semantic token type (person, location …); the server reads it too. */
    readonly labels: Readonly<Record<string, boolean>>;
  };
  readonly inlayHints: { readonly enabled: boolean };
  readonly lexiconPath: string;
  readonly manifestPath: string;
  readonly maxFileSize: number;
  readonly exportFormats: readonly ExportFormat[];
}

export type ExportFormat = 'arrow' | 'csv' | 'parquet';
const EXPORT_FORMATS: readonly ExportFormat[] = ['arrow', 'csv', 'parquet'];

export const SECTION = 'khabar';

export const DEFAULT_SETTINGS: ExtensionSettings = {
  corpusGlobs: ['**/datasets/**/*.txt'],
  highlight: { enabled: true, labels: Object.fromEntries(LABEL_STYLES.map((s) => [s.tokenType, true])) },
  inlayHints: { enabled: true },
  lexiconPath: 'khabar-lexicon.csv',
  manifestPath: '',
  maxFileSize: 16 * 1024 * 1024,
  exportFormats: EXPORT_FORMATS,
};

/** The part of `vscode.WorkspaceConfiguration` the reader needs (keys relative to the `khabar` section). */
export interface ConfigurationSource {
  get<T>(key: string): T | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  const items = value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
  return items.length > 0 ? items : fallback;
}

/** Reads settings, keeping the default for anything missing or of the wrong type (users edit JSON by hand). */
export function readSettings(source: ConfigurationSource): ExtensionSettings {
  const bool = (key: string, fallback: boolean) => {
    const v = source.get<unknown>(key);
    return typeof v === 'boolean' ? v : fallback;
  };
  const text = (key: string, fallback: string) => {
    const v = source.get<unknown>(key);
    return typeof v === 'string' ? v.trim() : fallback;
  };
  const rawLabels = source.get<unknown>('highlight');
  const labels = Object.fromEntries(
    LABEL_STYLES.map((s) => {
      const v = isRecord(rawLabels) ? rawLabels[s.tokenType] : undefined;
      return [s.tokenType, typeof v === 'boolean' ? v : true];
    }),
  );
  const size = source.get<unknown>('maxFileSize');
  const formats = stringList(source.get<unknown>('export.formats'), EXPORT_FORMATS).filter(
    (f): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f),
  );
  return {
    corpusGlobs: stringList(source.get<unknown>('corpusGlobs'), DEFAULT_SETTINGS.corpusGlobs),
    highlight: { enabled: bool('highlightInEditor', DEFAULT_SETTINGS.highlight.enabled), labels },
    inlayHints: { enabled: bool('inlayHints.enabled', DEFAULT_SETTINGS.inlayHints.enabled) },
    lexiconPath: text('lexiconPath', DEFAULT_SETTINGS.lexiconPath) || DEFAULT_SETTINGS.lexiconPath,
    manifestPath: text('manifestPath', DEFAULT_SETTINGS.manifestPath),
    maxFileSize:
      typeof size === 'number' && Number.isFinite(size) && size > 0
        ? Math.floor(size)
        : DEFAULT_SETTINGS.maxFileSize,
    exportFormats: formats.length > 0 ? [...new Set(formats)] : EXPORT_FORMATS,
  };
}

/** The settings that apply to a resource (or the window when none is given). */
export function currentSettings(scope?: vscode.Uri): ExtensionSettings {
  return readSettings(vscode.workspace.getConfiguration(SECTION, scope));
}

/** Token types the editor should colour, or none at all when highlighting is off. */
export function colouredTokenTypes(settings: ExtensionSettings): ReadonlySet<string> {
  if (!settings.highlight.enabled) return new Set();
  return new Set(Object.entries(settings.highlight.labels).flatMap(([type, on]) => (on ? [type] : [])));
}
