import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestStore } from '../src/manifest-store.js';

describe('ManifestStore', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'khabar-manifest-'));
    mkdirSync(join(root, 'corpus', 'aleppo'), { recursive: true });
    writeFileSync(
      join(root, 'corpus', 'manifest.csv'),
      'path,date\naleppo/a.txt,2016-12-05\nb.txt,2016-10-02\n',
    );
    writeFileSync(join(root, 'corpus', 'aleppo', 'manifest.csv'), 'path,date\nc.txt,2016-12-13\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const store = (configured = '') =>
    new ManifestStore(
      () => configured,
      () => [root],
    );

  it('looks in the file’s folder, then each folder above it up to the workspace folder', () => {
    expect(store().candidates(join(root, 'corpus', 'aleppo', 'a.txt'))).toEqual([
      join(root, 'corpus', 'aleppo', 'manifest.csv'),
      join(root, 'corpus', 'manifest.csv'),
      join(root, 'manifest.csv'),
    ]);
  });

  it('finds a date in the nearest manifest that lists the file, with its line', async () => {
    const manifests = store();
    expect(await manifests.lookup(join(root, 'corpus', 'aleppo', 'c.txt'))).toMatchObject({
      date: '2016-12-13',
      line: 2,
    });
    // Listed only in the corpus root's manifest, as `aleppo/a.txt`.
    expect(await manifests.lookup(join(root, 'corpus', 'aleppo', 'a.txt'))).toEqual({
      date: '2016-12-05',
      manifestPath: join(root, 'corpus', 'manifest.csv'),
      line: 2,
    });
    expect(await manifests.lookup(join(root, 'corpus', 'zzz.txt'))).toBeNull();
    expect(await manifests.locate(join(root, 'corpus', 'new.txt'))).toBe(
      join(root, 'corpus', 'manifest.csv'),
    );
  });

  it('uses the configured manifest, relative to the workspace folder, when there is one', async () => {
    const manifests = store('corpus/manifest.csv');
    expect(await manifests.lookup(join(root, 'corpus', 'b.txt'))).toMatchObject({ date: '2016-10-02' });
    expect(manifests.isManifest(join(root, 'corpus', 'manifest.csv'))).toBe(true);
    expect(manifests.isManifest(join(root, 'corpus', 'aleppo', 'manifest.csv'))).toBe(false);
  });
});
