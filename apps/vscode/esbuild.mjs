// Bundles everything the .vsix runs into self-contained files under dist/, so the package needs no
// node_modules (vsce cannot follow pnpm's symlinks, and users install with no network):
//   dist/extension.cjs     the extension (vscode is provided by the editor)
//   dist/server.cjs        the language server, started by the extension over IPC
//   dist/reading-view.js   the reading view's page script (browser)
//   dist/cli/main.mjs      the `khabar` CLI, which the Export Corpus command runs
//   dist/cli/worker.js     the export's worker thread, next to the CLI where it looks for it
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const cliSources = path.join(here, '../cli/src');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Workspace packages export a `source` condition: bundle their TypeScript directly, no prior build needed.
  conditions: ['source'],
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
};

// CommonJS bundles of ESM sources: `import.meta.url` has to be rebuilt from __filename.
const importMetaUrl = {
  define: { 'import.meta.url': '__khabar_import_meta_url' },
  banner: { js: "const __khabar_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

// An ESM bundle of CommonJS dependencies: give them `require`, `__filename` and `__dirname`.
const cjsInEsm = {
  js: [
    "import { createRequire as __khabarCreateRequire } from 'node:module';",
    "import { fileURLToPath as __khabarFileURLToPath } from 'node:url';",
    "import { dirname as __khabarDirname } from 'node:path';",
    'const require = __khabarCreateRequire(import.meta.url);',
    'const __filename = __khabarFileURLToPath(import.meta.url);',
    'const __dirname = __khabarDirname(__filename);',
  ].join('\n'),
};

const builds = [
  {
    ...common,
    entryPoints: [path.join(here, 'src/extension.ts')],
    outfile: path.join(dist, 'extension.cjs'),
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    ...importMetaUrl,
    entryPoints: [path.join(here, '../../packages/language-server/src/bin.ts')],
    outfile: path.join(dist, 'server.cjs'),
    format: 'cjs',
  },
  {
    ...common,
    platform: 'browser',
    target: 'chrome114',
    entryPoints: [path.join(here, 'src/reading-view/webview/main.ts')],
    outfile: path.join(dist, 'reading-view.js'),
    format: 'iife',
  },
  {
    ...common,
    entryPoints: [path.join(cliSources, 'main.ts')],
    outfile: path.join(dist, 'cli/main.mjs'),
    format: 'esm',
    banner: cjsInEsm,
  },
  {
    ...common,
    ...importMetaUrl,
    entryPoints: [path.join(cliSources, 'export/worker.ts')],
    outfile: path.join(dist, 'cli/worker.js'),
    format: 'cjs',
  },
];

/** parquet-wasm's Node build reads its .wasm from `__dirname`: put a copy next to the worker that loads it. */
async function copyParquetWasm() {
  const requireFromDataset = createRequire(path.join(here, '../../packages/dataset/package.json'));
  const wasm = requireFromDataset.resolve('parquet-wasm/node/parquet_wasm_bg.wasm');
  await copyFile(wasm, path.join(dist, 'cli/parquet_wasm_bg.wasm'));
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('khabar-vscode: watching');
} else {
  await rm(dist, { recursive: true, force: true });
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // dist/cli/worker.js is CommonJS whatever package.json encloses it.
  await writeFile(path.join(dist, 'cli/package.json'), '{ "type": "commonjs" }\n');
  await copyParquetWasm();
  console.log(`khabar-vscode: bundled into ${path.relative(process.cwd(), dist) || 'dist'}`);
}
