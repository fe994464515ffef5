import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../src/model/base64.js';
import { stemOf } from '../src/model/features.js';
import {
  joinWords,
  normaliseTags,
  readConllLines,
  scoreEntities,
  sentenceRanges,
  tagEntities,
  tagsFromMentions,
} from '../src/model/index.js';
import { isAllowed, spansOfTags, TAGS, tagIndex } from '../src/model/tags.js';
import { tokenize } from '../src/text/tokenize.js';

const tag = (written: string) => tagIndex(written);

describe('IOB2 tags', () => {
  it('reads PERS as PER and unknown labels as O', () => {
    expect(TAGS[tag('B-PERS')]).toBe('B-PER');
    expect(TAGS[tag('i-loc')]).toBe('I-LOC');
    expect(TAGS[tag('B-FOO')]).toBe('O');
    expect(TAGS[tag('ORG')]).toBe('I-ORG');
  });

  it('allows I- only after the same label', () => {
    expect(isAllowed(tag('B-PER'), tag('I-PER'))).toBe(true);
    expect(isAllowed(tag('I-PER'), tag('I-PER'))).toBe(true);
    expect(isAllowed(tag('B-LOC'), tag('I-PER'))).toBe(false);
    expect(isAllowed(-1, tag('I-PER'))).toBe(false);
    expect(isAllowed(tag('O'), tag('B-ORG'))).toBe(true);
  });

  it('finds spans like conlleval, including IOB1 starts and label changes', () => {
    const spans = spansOfTags(['B-PER', 'I-PER', 'I-LOC', 'O', 'I-ORG', 'B-ORG', 'I-ORG'].map(tag));
    expect(spans).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 2, end: 3, label: 'LOC' },
      { start: 4, end: 5, label: 'ORG' },
      { start: 5, end: 7, label: 'ORG' },
    ]);
  });
});

describe('CoNLL helpers', () => {
  it('reads CRLF and LF lines, keeps blank lines, drops a BOM', () => {
    const lines = readConllLines('\ufeffأ\tO\r\nب\tB-LOC\r\n\r\nج\tO\n');
    expect(lines).toEqual([['أ', 'O'], ['ب', 'B-LOC'], [], ['ج', 'O']]);
    expect(sentenceRanges(lines)).toEqual([
      [0, 2],
      [3, 4],
    ]);
  });

  it('projects mention offsets onto words', () => {
    const words = ['وقال', 'جون', 'كيري', 'في', 'وموسكو'];
    const sentence = joinWords(words);
    expect(sentence.text).toBe('وقال جون كيري في وموسكو');
    const tags = tagsFromMentions(sentence, words, [
      { start: 5, end: 13, label: 'PER' },
      { start: 18, end: 23, label: 'LOC' },
    ]);
    expect(tags).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('normalises IOB1 and PERS to IOB2 over PER', () => {
    expect(normaliseTags(['I-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
    ]);
  });
});

describe('entity scores', () => {
  it('counts exact matches only', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = scoreEntities(gold, pred);
    expect(s.overall.correct).toBe(1);
    expect(s.overall.precision).toBe(0.5);
    expect(s.overall.recall).toBe(0.5);
    expect(s.perLabel.LOC!.f1).toBe(1);
    expect(s.perLabel.PER!.f1).toBe(0);
  });
});

describe('base64', () => {
  it('round-trips bytes of every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
  });
});

describe('features', () => {
  it('strips proclitic chains but not short words', () => {
    expect(stemOf('وبالرقه')).toEqual({ prefix: 'وبال', stem: 'رقه' });
    expect(stemOf('للمرصد').stem).toBe('مرصد');
    expect(stemOf('وحلب').stem).toBe('حلب');
    expect(stemOf('بان').stem).toBe('بان');
    expect(stemOf('moscow').stem).toBe('moscow');
  });
});

describe('tagEntities', () => {
  it('finds names in running text and reports token spans within the document', () => {
    const text =
      'وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات ستستأنف. وأعلن وزير الخارجية في لندن ذلك.';
    const { tokens } = tokenize(text);
    const spans = tagEntities(tokens);
    const found = spans.map(
      (s) => `${s.label}:${text.slice(tokens[s.startToken]!.start, tokens[s.endToken - 1]!.end)}`,
    );
    expect(found).toContain('PER:جورج بوش');
    expect(found).toContain('LOC:واشنطن');
    expect(found).toContain('LOC:لندن');
    for (const s of spans) {
      expect(s.startToken).toBeLessThan(s.endToken);
      expect(tokens[s.startToken]!.sentence).toBe(tokens[s.endToken - 1]!.sentence);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('decodes a sentence of 20 000 tokens (no punctuation) piecewise, with spans inside the text', () => {
    const text = Array.from({ length: 5000 }, () => 'وزار جورج بوش واشنطن').join(' ');
    const { tokens } = tokenize(text);
    const spans = tagEntities(tokens);
    expect(spans.length).toBeGreaterThan(1000);
    let previousEnd = 0;
    for (const s of spans) {
      expect(s.startToken).toBeGreaterThanOrEqual(previousEnd);
      expect(s.endToken).toBeLessThanOrEqual(tokens.length);
      previousEnd = s.endToken;
    }
  });

  it('returns nothing for empty input and never throws on odd tokens', () => {
    expect(tagEntities([])).toEqual([]);
    for (const text of ['\ud800', '...', '12345', 'hello world', '\u200b\u200f', 'ـــ', '؟؟؟ «» 🙂']) {
      const { tokens } = tokenize(text);
      expect(() => tagEntities(tokens)).not.toThrow();
    }
  });
});

describe('decoder and trainer agree', () => {
  it('sums exactly the features the trainer sees (words at every slot, gazetteer, bias)', async () => {
    const { Tagger } = await import('../src/model/tagger.js');
    const { loadModel } = await import('../src/model/weights.js');
    const { BIAS, gazetteerFeatures, SENTENCE_END, SENTENCE_START, wordFeatures } = await import(
      '../src/model/features.js'
    );
    const { decodeBase64: decode } = await import('../src/model/base64.js');
    const file = (await import('../src/model/weights.json', { with: { type: 'json' } })).default;
    const tagger = new Tagger(loadModel(file)) as unknown as {
      emissions(tokens: unknown, from: number, to: number, gazetteer: unknown): Float32Array;
    };
    const names = new Map(file.features.split('\n').map((name, k) => [name, k]));
    const view = new DataView(decode(file.weights).buffer);
    const { tokens } = tokenize('وقال الرئيس جورج بوش في واشنطن إن وزارة الخارجية الروسية رفضت ذلك في موسكو');
    const labels = tokens.map((_, i) => (['PER', null, 'LOC', 'LOC', 'ORG', null] as const)[i % 6]!);
    const n = tokens.length;
    const emissions = tagger.emissions(tokens, 0, n, labels).slice(0, n * 9);
    for (let i = 0; i < n; i++) {
      const features = [BIAS, ...gazetteerFeatures(labels, i, 0, n)];
      for (let slot = -2; slot <= 2; slot++) {
        const j = i + slot;
        features.push(
          ...wordFeatures(j < 0 ? SENTENCE_START : j >= n ? SENTENCE_END : tokens[j]!.norm, slot),
        );
      }
      for (let t = 0; t < 9; t++) {
        let expected = 0;
        for (const f of features) {
          const k = names.get(f);
          if (k !== undefined) expected += view.getInt16((k * 9 + t) * 2, true) / file.scale;
        }
        expect(emissions[i * 9 + t]).toBeCloseTo(expected, 3);
      }
    }
  });
});
