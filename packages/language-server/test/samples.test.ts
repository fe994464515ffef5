import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startInProcess } from './lsp-client.js';

const samples = fileURLToPath(new URL('../../../datasets/samples/', import.meta.url));

describe.skipIf(!existsSync(samples))('the workspace index over the sample corpus (real core)', () => {
  it('reads every article, whatever its encoding (UTF-8, UTF-16, Windows-1256), as the exporter does', async () => {
    const session = await startInProcess(samples, {});
    try {
      await session.server.whenIndexed();
      const articles = readdirSync(samples).filter((name) => name.endsWith('.txt'));
      expect(articles.length).toBeGreaterThan(0);
      for (const name of articles) {
        const count = session.server.index.mentionCount(pathToFileURL(join(samples, name)).href);
        expect(count, name).toBeGreaterThan(0);
      }
    } finally {
      session.dispose();
    }
  }, 60_000);
});
