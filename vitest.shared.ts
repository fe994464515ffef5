import { fileURLToPath } from 'node:url';

/** Tests read every workspace package from its sources, so `pnpm test` needs no build. */
const root = fileURLToPath(new URL('.', import.meta.url));
export const sourceAliases = {
  '@khabar/core': `${root}packages/core/src/index.ts`,
  '@khabar/dataset': `${root}packages/dataset/src/index.ts`,
  '@khabar/language-server': `${root}packages/language-server/src/index.ts`,
};
