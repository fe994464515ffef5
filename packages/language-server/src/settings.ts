/** Settings under the `khabar` section (workspace/configuration, or initializationOptions for simple clients). */
export interface KhabarSettings {
  readonly inlayHints: { readonly enabled: boolean };
  /** Workspace lexicon CSV, relative to each workspace folder (or absolute). */
  readonly lexiconPath: string;
  /** Corpus manifest; empty means `manifest.csv` in the directory of each file. */
  readonly manifestPath: string;
  /** Files larger than this many bytes get one diagnostic and no parsing. */
  readonly maxFileSize: number;
  /** Globs (relative to a workspace folder) of the files the workspace index reads. */
  readonly corpusGlobs: readonly string[];
  /** Semantic token types (legend ids: person, location, date …) to colour; a type set to false is not sent. */
  readonly highlight: Readonly<Record<string, boolean>>;
  /**
   * `custom` announces Khabar's own token types (person, location …); `standard` announces their standard super
   * types (class, string …) for clients that colour only those. Read at initialisation: a legend cannot change.
   */
  readonly semanticTokenTypes: 'custom' | 'standard';
}

export const DEFAULT_SETTINGS: KhabarSettings = {
  inlayHints: { enabled: true },
  lexiconPath: 'khabar-lexicon.csv',
  manifestPath: '',
  maxFileSize: 16 * 1024 * 1024,
  corpusGlobs: ['**/*.txt'],
  highlight: {},
  semanticTokenTypes: 'custom',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever the client sent, keeping defaults for anything missing or of the wrong type. */
export function readSettings(raw: unknown): KhabarSettings {
  const source = isRecord(raw) ? (isRecord(raw.khabar) ? raw.khabar : raw) : {};
  const inlay = source.inlayHints;
  const enabled =
    isRecord(inlay) && typeof inlay.enabled === 'boolean'
      ? inlay.enabled
      : typeof source['inlayHints.enabled'] === 'boolean'
        ? (source['inlayHints.enabled'] as boolean)
        : DEFAULT_SETTINGS.inlayHints.enabled;
  const text = (key: string, fallback: string) =>
    typeof source[key] === 'string' ? (source[key] as string) : fallback;
  const size = source.maxFileSize;
  const globs = source.corpusGlobs;
  return {
    inlayHints: { enabled },
    lexiconPath: text('lexiconPath', DEFAULT_SETTINGS.lexiconPath) || DEFAULT_SETTINGS.lexiconPath,
    manifestPath: text('manifestPath', DEFAULT_SETTINGS.manifestPath),
    maxFileSize: typeof size === 'number' && size > 0 ? size : DEFAULT_SETTINGS.maxFileSize,
    corpusGlobs:
      Array.isArray(globs) && globs.every((g) => typeof g === 'string') && globs.length > 0
        ? (globs as string[])
        : DEFAULT_SETTINGS.corpusGlobs,
    highlight: isRecord(source.highlight)
      ? (Object.fromEntries(
          Object.entries(source.highlight).filter(([, on]) => typeof on === 'boolean'),
        ) as Record<string, boolean>)
      : DEFAULT_SETTINGS.highlight,
    semanticTokenTypes: source.semanticTokenTypes === 'standard' ? 'standard' : 'custom',
  };
}

/** The token types to send, or undefined when all are on. */
export function enabledTokenTypes(
  settings: KhabarSettings,
  all: readonly string[],
): ReadonlySet<string> | undefined {
  const off = all.filter((id) => settings.highlight[id] === false);
  return off.length === 0 ? undefined : new Set(all.filter((id) => !off.includes(id)));
}
