import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.js';
import { readings, startReadings } from '../src/temporal/cursor.js';
import { startWords } from '../src/temporal/lexicon.js';

/**
 * `startReadings` answers from a table built once; it must give exactly the readings of the word that begin
 * an expression, whatever clitics the word carries.
 */

const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'لل', 'ولل', 'فلل'];
const START_WORDS = [...startWords];

function expected(norm: string) {
  return readings(norm).filter((r) => startWords.has(r.word));
}

describe('startReadings', () => {
  it('equals the readings that are start words, for start words with any clitics', () => {
    for (const word of START_WORDS) {
      for (const clitic of CLITICS) {
        for (const cut of [0, 1, 2]) {
          const text = clitic + word.slice(cut);
          for (const token of tokenize(text).tokens) {
            if (token.kind === 'arabic') expect(startReadings(token)).toEqual(expected(token.norm));
          }
        }
      }
    }
  });

  it('equals the readings that are start words on random Arabic words', () => {
    const letters = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهوي');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 9 }), (chars) => {
        for (const token of tokenize(chars.join('')).tokens) {
          expect(startReadings(token)).toEqual(expected(token.norm));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
