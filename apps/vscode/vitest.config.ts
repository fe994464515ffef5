import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

// `vscode` exists only inside the editor: unit tests get a small stand-in with state they control.
const vscodeMock = fileURLToPath(new URL('./test/vscode-mock.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { ...sourceAliases, vscode: vscodeMock } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
