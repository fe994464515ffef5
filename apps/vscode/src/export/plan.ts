import path from 'node:path';
import type { ExportFormat } from '../config.js';

/** The deepest directory holding every given file (POSIX or native absolute paths, all on one root). */
export function commonDirectory(files: readonly string[]): string | null {
  if (files.length === 0) return null;
  const split = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  const first = split[0]!;
  let depth = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < depth && i < parts.length && parts[i] === first[i]) i++;
    depth = i;
  }
  const joined = first.slice(0, depth).join(path.sep);
  return joined === '' ? path.sep : joined;
}

export interface ExportPlan {
  readonly corpusDir: string;
  readonly outDir: string;
  readonly formats: readonly ExportFormat[];
  readonly lexicon: string | null;
  readonly manifest: string | null;
}

/** Where the tables go by default: the CLI's own default, `datasets/exports/<corpus name>` under the workspace. */
export function defaultOutDir(workspaceRoot: string, corpusDir: string): string {
  return path.join(workspaceRoot, 'datasets', 'exports', path.basename(corpusDir));
}

/** The `khabar export` command line for a plan (no shell is involved: each argument stays one argument). */
export function exportArguments(plan: ExportPlan): string[] {
  const args = [
    'export',
    plan.corpusDir,
    '--out',
    plan.outDir,
    '--format',
    plan.formats.join(','),
    '--no-progress',
  ];
  if (plan.manifest) args.push('--manifest', plan.manifest);
  if (plan.lexicon) args.push('--lexicon', plan.lexicon);
  return args;
}

/** A setting's path: absolute as given, otherwise relative to the workspace folder. */
export function resolveSettingPath(workspaceRoot: string, setting: string): string | null {
  if (setting.trim() === '') return null;
  return path.isAbsolute(setting) ? setting : path.join(workspaceRoot, setting);
}

export type ExportOutcome = 'ok' | 'partial' | 'usage' | 'failed';

/** The CLI's documented exit codes: 0 all good, 1 some documents failed, 2 usage error. */
export function outcomeOf(exitCode: number | null): ExportOutcome {
  if (exitCode === 0) return 'ok';
  if (exitCode === 1) return 'partial';
  if (exitCode === 2) return 'usage';
  return 'failed';
}
