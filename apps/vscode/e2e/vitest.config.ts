import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../../vitest.shared.ts';

// The end-to-end suite (pnpm test:e2e): one real VS Code, one browser, tests in order.
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
