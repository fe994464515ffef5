import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each test spawns the CLI from sources (a few seconds each on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../..');
const main = join(root, 'apps/cli/src/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'khabar-tag-'));

function khabar(...args: string[]) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('khabar tag FILE', () => {
  it('prints a document line, then one JSON line per mention with exact slices', () => {
    const text = 'قال الرئيس الأمريكي جورج بوش في واشنطن أمس إن المحادثات ستستأنف.\n';
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const { code, stdout } = khabar('tag', file, '--date', '2016-12-05');
    expect(code).toBe(0);
    const [head, ...mentions] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(head).toMatchObject({ doc: file, dct: '2016-12-05', dctSource: 'caller' });
    expect(head.mentions).toBe(mentions.length);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(typeof m.label).toBe('string');
      if (m.kind === 'temporal') expect(typeof m.value).toBe('string');
      else expect(m).toHaveProperty('entityId');
    }
  });

  it('reads UTF-16 and Windows-1256 articles like the exporter, with offsets into the decoded text', () => {
    const text = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى جنيف يوم الأحد.';
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { code, stdout } = khabar('tag', utf16);
    expect(code).toBe(0);
    const [head, ...mentions] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(head.encoding).toBe('utf-16le');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);

    // "قصف في حلب" in Windows-1256 (ق DE, ص D5, ف DD, ي ED, ح CD, ل E1, ب C8).
    const cp1256 = join(dir, 'cp1256.txt');
    writeFileSync(cp1256, Buffer.from([0xde, 0xd5, 0xdd, 0x20, 0xdd, 0xed, 0x20, 0xcd, 0xe1, 0xc8]));
    const legacy = khabar('tag', cp1256)
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(legacy[0].encoding).toBe('windows-1256');
    expect(legacy.slice(1).map((m) => `${m.label}:${m.text}`)).toContain('LOC:حلب');
  });

  it('refuses binary content with the file name and exit 1', () => {
    const file = join(dir, 'binary.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    const { code, stderr } = khabar('tag', file);
    expect(code).toBe(1);
    expect(stderr).toContain('binary.txt');
  });

  it('fails with the file name on stderr and exit 1 for a missing file', () => {
    const { code, stderr } = khabar('tag', join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt');
  });

  it('rejects a malformed --date as a usage error', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(khabar('tag', file, '--date', '2016-02-30').code).toBe(2);
    expect(khabar('tag', file, '--date', 'yesterday').code).toBe(2);
  });

  it('exits 2 without a file argument', () => {
    expect(khabar('tag').code).toBe(2);
  });
});

describe('khabar tag --conll', () => {
  it('prints TOKEN GOLD PRED for every line, keeping blank lines, from CRLF input', () => {
    const file = join(dir, 'in.tsv');
    writeFileSync(
      file,
      'وقال\tO\r\nجورج\tB-PERS\r\nبوش\tI-PERS\r\nفي\tO\r\nواشنطن\tB-LOC\r\n\r\nزار\tO\r\nلندن\tB-LOC\r\n',
    );
    const { code, stdout } = khabar('tag', '--conll', file);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[5]).toBe('');
    expect(lines[8]).toBe('');
    const rows = lines.filter((l) => l !== '').map((l) => l.split('\t'));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['وقال', 'O'],
      ['جورج', 'B-PERS'],
      ['بوش', 'I-PERS'],
      ['في', 'O'],
      ['واشنطن', 'B-LOC'],
      ['زار', 'O'],
      ['لندن', 'B-LOC'],
    ]);
    for (const row of rows) expect(row[2]).toMatch(/^(O|[BI]-(PER|LOC|ORG|MISC))$/);
    // IOB2: an I- tag continues the previous line's label.
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]![2]!.startsWith('I-')) expect(rows[i - 1]![2]!.slice(2)).toBe(rows[i]![2]!.slice(2));
    }
  });

  it('fails with the file name for a missing CoNLL file', () => {
    const { code, stderr } = khabar('tag', '--conll', join(dir, 'nope.tsv'));
    expect(code).toBe(1);
    expect(stderr).toContain('nope.tsv');
  });
});
