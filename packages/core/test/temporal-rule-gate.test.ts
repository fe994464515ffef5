import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';
import { Cursor, startReadings } from '../src/temporal/cursor.js';
import { lexicon, startWords } from '../src/temporal/lexicon.js';
import { RULES, startsOf } from '../src/temporal/starts.js';

/**
 * Each start reading tries only the rules its word can begin (src/temporal/starts.ts), a list that mirrors what
 * every matcher looks at first. If a matcher learns to begin with another word and its list is not updated, the
 * rule would silently stop matching there: these tests try every rule at every start reading of random text made
 * of temporal words and check that a rule left out never matches.
 */

const EXTRA = [
  ...lexicon.relativeModifiers.keys(),
  ...lexicon.ofWords,
  ...lexicon.yearSuffixes.keys(),
  ...lexicon.teenMarkers,
  ...lexicon.dateBridges,
  ...lexicon.nowWords,
  'ال',
  'و',
  'قال',
  'الامين',
];
const WORDS = [...startWords, ...EXTRA];
/** What the second steps of the rules read: days, months, years, amounts, units, modifiers, parts of day. */
const FOLLOWERS = [
  '5 كانون الأول 2016',
  'الخامس من الشهر الجاري',
  'عشر من أيلول',
  '2016',
  'عام 2016',
  'ثلاثة أيام',
  'يومين',
  'أيام',
  'الثلاثة الماضية',
  'الماضي',
  'المقبل',
  'الأسبوع الماضي',
  'الـ 24 ساعة الماضية',
  'القرن الماضي',
  'من القرن الماضي',
  'الجمعة',
  'يوم الجمعة',
  'من مساء الجمعة',
  'صباحا',
  '10:30 صباحا',
  'والنصف',
  'من الآن',
  'لا يقل عن ساعة',
];
const CLITICS = ['', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'لل'];
const PUNCT = ['،', '.', '-', '/', '(', ')', '\n'];

const token = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...WORDS)).map(([c, w]) => c + w),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2100 }).map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '10:30',
      '9:05',
      '5/12/2016',
      '2016-12-05',
      '2.5',
      '٢٫٥',
      '05',
      '٢٠١٦',
      '123',
      '12345',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCT) },
);

function leftOutMatches(text: string): string[] {
  const { tokens } = tokenize(text);
  const found: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const starts = startsOf(t);
    let s = k;
    while (s > 0 && tokens[s - 1]!.sentence === t.sentence) s--;
    let e = k + 1;
    while (e < tokens.length && tokens[e]!.sentence === t.sentence) e++;
    for (const r of startReadings(t)) {
      const kept = starts.find((x) => x.skip === r.skip)?.matchers ?? [];
      const c = new Cursor(tokens, k, r.word, r.clitic, s, e);
      for (const { match } of RULES) {
        if (!kept.includes(match) && match(c, k)) found.push(`${match.name} at "${t.text}" as ${r.word}`);
      }
    }
  }
  return found;
}

describe('rules tried per start word', () => {
  it('keeps every rule that can match (random temporal word soup)', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), (parts) => {
        expect(leftOutMatches(parts.join(' '))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every rule that can match (each start word, with and without a clitic, before typical followers)', () => {
    const sentences = WORDS.flatMap((w) =>
      ['', 'و', 'ب', 'ل'].flatMap((clitic) => FOLLOWERS.map((f) => `قال ${clitic}${w} ${f} .`)),
    );
    expect(leftOutMatches(sentences.join(' '))).toEqual([]);
  });

  it('tries only a few rules at a start word', () => {
    const tried = [...startWords].map((w) => startsOf(tokenize(w).tokens[0]!)[0]?.matchers.length ?? 0);
    expect(Math.max(...tried)).toBeLessThan(RULES.length);
  });
});
