// `pnpm package`: production bundles, then dist/khabar-<version>.vsix with @vscode/vsce (3.9, which runs on
// Node 20). --no-dependencies: everything the extension runs is in the bundles, none of node_modules ships.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, 'dist', `khabar-${version}.vsix`);
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');

const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
run([path.join(root, 'esbuild.mjs'), '--production']);
run([vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out]);
console.log(
  `khabar-vscode: ${path.relative(process.cwd(), out)} (${(statSync(out).size / 1e6).toFixed(1)} MB)`,
);
