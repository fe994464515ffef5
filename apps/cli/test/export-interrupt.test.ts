import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khabar, khabarAsync, readExport } from './export-helpers.js';

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'khabar-interrupt-'));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('an interrupted export', { timeout: 120_000 }, () => {
  it('leaves the previous export untouched', async () => {
    const small = path.join(root, 'small');
    mkdirSync(small);
    writeFileSync(
      path.join(small, 'one.txt'),
      'دمشق 5 كانون الأول 2016 - قال الوزير أمس إن المحادثات ستستأنف.',
    );
    const out = path.join(root, 'out');
    expect(khabar(['export', small, '--out', out, '--workers', '1']).status).toBe(0);
    const before = readExport(out);

    // A corpus big enough that the export is still running when it is killed.
    const big = path.join(root, 'big');
    mkdirSync(big);
    const article = 'حلب 13 كانون الأول 2016 - قال المتحدث أمس إن القوافل ستدخل الأسبوع المقبل. '.repeat(40);
    for (let i = 0; i < 3000; i++)
      writeFileSync(path.join(big, `${String(i).padStart(5, '0')}.txt`), article);
    const child = khabarAsync(['export', big, '--out', out, '--workers', '2']);
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ? -1 : code)),
    );
    // Wait until the staging folder exists, i.e. the export is writing, then kill it without warning.
    const deadline = Date.now() + 60_000;
    while (!readdirSync(root).some((n) => n.startsWith('.out.partial-')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    expect(await exited).toBe(-1);

    const after = readExport(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);

    // The killed run's staging folder is left behind; the next export clears it away.
    expect(readdirSync(root).filter((n) => n.startsWith('.out.partial-')).length).toBe(1);
    expect(khabar(['export', small, '--out', out, '--workers', '1']).status).toBe(0);
    expect(readdirSync(root).filter((n) => n.startsWith('.out.partial-'))).toEqual([]);
  });
});
