/**
 * The tokenizer shares words across texts and the recognisers keep per-word facts on them (see Word in
 * text/word-table.ts): what was parsed before, and with which knowledge, must never change a result.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledge, type EntityRecord, parse, tokenize } from '../src/index.js';

const ARTICLE =
  'حلب (سوريا) 5 كانون الأول 2016 - قال وزير الخارجية الأميركي جون كيري أمس إن واشنطن وموسكو تبحثان وقف القتال في حلب. وأضاف كيري أن المرصد السوري لحقوق الإنسان أحصى 40 قتيلاً في حي الشعار.';
const OTHER =
  'بيروت - قالت وكالة فرانس برس إن الجيش السوري الحر انسحب من بلدة كفرعويد بعد ثلاثة أيام من القتال.';

const taught: EntityRecord = {
  id: 'user:shaar',
  label: 'LOC',
  canonical: 'الشعار',
  canonicalEn: 'al-Shaar',
  aliases: ['حي الشعار', 'الشعار'],
  lat: 36.2,
  lon: 37.17,
  country: 'SY',
};

describe('words shared across texts', () => {
  it('gives the same document whatever was parsed before, with whichever knowledge', () => {
    const first = parse(ARTICLE, { documentDate: '2016-12-05' });
    const withLexicon = createKnowledge([taught]);
    const taughtFirst = parse(ARTICLE, { documentDate: '2016-12-05', knowledge: withLexicon });
    parse(OTHER);
    parse(`${OTHER}\n${ARTICLE}`, { knowledge: withLexicon, model: false });
    parse(ARTICLE, { temporal: false });
    expect(parse(ARTICLE, { documentDate: '2016-12-05' })).toEqual(first);
    expect(parse(ARTICLE, { documentDate: '2016-12-05', knowledge: withLexicon })).toEqual(taughtFirst);
    // The taught name is found only with the knowledge that has it: facts kept for one never leak to the other.
    const ids = (doc: typeof first) => doc.mentions.map((m) => (m.kind === 'entity' ? m.entityId : m.value));
    expect(ids(taughtFirst)).toContain('user:shaar');
    expect(ids(first)).not.toContain('user:shaar');
  });

  it('numbers each text’s words from 0, whatever the shared table holds', () => {
    parse(OTHER);
    const { wordIds, wordCount, words, tokens } = tokenize('حلب و حلب ثم بيروت');
    expect([...wordIds]).toEqual([0, 1, 0, 2, 3]);
    expect(wordCount).toBe(4);
    expect(words.map((w) => w.text)).toEqual(['حلب', 'و', 'ثم', 'بيروت']);
    tokens.forEach((t, i) => {
      expect(words[wordIds[i]!]!.text).toBe(t.text);
    });
  });

  it('starts the shared table over when it grows past its limit, without changing any result', () => {
    const before = parse(ARTICLE, { documentDate: '2016-12-05' });
    // 260,000 distinct made-up words, more than the table keeps.
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    const made: string[] = [];
    for (let n = 0; n < 260_000; n++) {
      let word = '';
      for (let k = n; word.length < 4 || k > 0; k = Math.floor(k / letters.length))
        word += letters[k % letters.length];
      made.push(word);
    }
    expect(tokenize(made.join(' ')).wordCount).toBe(260_000);
    expect(parse(ARTICLE, { documentDate: '2016-12-05' })).toEqual(before);
  });
});
