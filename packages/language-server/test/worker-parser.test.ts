import { parse } from '@khabar/core';
import { afterEach, describe, expect, it } from 'vitest';
import { BlockCache, parseInBlocks } from '../src/blocks.js';
import { InThreadParser } from '../src/parser.js';
import { parseWorkerScript, WorkerParser } from '../src/worker-parser.js';

const TEXT = 'قصفت الطائرات حلب أمس، وقال سامر الخطيب إن القصف استمر.';

describe('WorkerParser', () => {
  let parser: WorkerParser | null = null;
  afterEach(() => parser?.dispose());

  it('finds its worker script beside the module', () => {
    expect(parseWorkerScript()?.pathname).toMatch(/parse-worker\.ts$/);
  });

  it('parses in a worker thread exactly as the core does in this one (tokens and sentences dropped, their count kept)', async () => {
    const fallbacks: string[] = [];
    parser = new WorkerParser(parseWorkerScript()!, (text, options) => {
      fallbacks.push(text);
      return parse(text, options);
    });
    const inWorker = await parser.parse(TEXT, '2016-12-05');
    const here = parse(TEXT, { documentDate: '2016-12-05' });
    expect(fallbacks).toEqual([]);
    expect(inWorker).toEqual({ ...here, tokens: [], sentences: [], sentenceCount: here.sentences.length });
    expect(inWorker.mentions.map((m) => m.text)).toContain('أمس');
  }, 30_000);

  it('serves block mode: the merged document equals block mode in this thread', async () => {
    parser = new WorkerParser(parseWorkerScript()!, parse);
    const text = Array.from({ length: 60 }, (_, i) => `${TEXT} ${i % 7 === 0 ? '😀\r\n' : '\n'}`).join('');
    const options = { threshold: 0, min: 300, extra: 300, max: 1200 };
    const here = new InThreadParser(parse);
    const viaWorker = await parseInBlocks(
      text,
      '2016-12-05',
      (t, d) => parser!.parse(t, d),
      new BlockCache(),
      options,
    );
    const inThread = await parseInBlocks(
      text,
      '2016-12-05',
      (t, d) => here.parse(t, d),
      new BlockCache(),
      options,
    );
    expect(viaWorker.parts.length).toBeGreaterThan(3);
    expect(viaWorker.document).toEqual(inThread.document);
    expect(viaWorker.document.mentions.length).toBeGreaterThan(100);
  }, 30_000);

  it('uses workspace lexicon rows sent to it', async () => {
    parser = new WorkerParser(parseWorkerScript()!, parse);
    parser.setLexicon([
      {
        id: 'test:qrn',
        label: 'LOC',
        canonical: 'قرنفلة',
        canonicalEn: null,
        aliases: [],
        lat: null,
        lon: null,
        country: null,
      },
    ]);
    const parsed = await parser.parse('وصلنا إلى قرنفلة صباحاً قادمين من حلب', null);
    expect(parsed.mentions.some((m) => m.kind === 'entity' && m.entityId === 'test:qrn')).toBe(true);
    // merged into the built-in knowledge, not instead of it
    expect(parsed.mentions.some((m) => m.text === 'حلب' && m.label === 'LOC')).toBe(true);
  }, 30_000);

  it('gives up on parses that run too long, then parses in this thread rather than hang', async () => {
    parser = new WorkerParser(parseWorkerScript()!, parse, 1);
    for (let i = 0; i < 3; i++) {
      const abandoned = await parser.parse(TEXT.repeat(500), null);
      expect(abandoned.mentions).toEqual([]);
      expect(abandoned.text.length).toBe(TEXT.length * 500);
    }
    const afterwards = await parser.parse(TEXT, '2016-12-05');
    expect(afterwards.mentions.map((m) => m.text)).toContain('أمس');
  }, 30_000);
});
