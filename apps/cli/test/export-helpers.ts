import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const MAIN = path.join(REPO_ROOT, 'apps/cli/src/main.ts');
const NODE_ARGS = ['--conditions=source', '--import', 'tsx', MAIN];

/** Runs `khabar …` from sources, as a user would run the built CLI. */
export function khabar(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
}

export function khabarAsync(args: readonly string[]) {
  return spawn(process.execPath, [...NODE_ARGS, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Every file of an export folder, by name. */
export function readExport(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name))]),
  );
}
