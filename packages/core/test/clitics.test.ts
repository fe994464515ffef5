import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strippedForms } from '../src/entities/clitics.js';

/** The rule written out as lists: every proclitic prefix leaving two letters, then ل + article with its alef back. */
function reference(norm: string): { key: string; strip: number }[] {
  const forms: { key: string; strip: number }[] = [];
  if (norm.length < 3 || !'وفبلك'.includes(norm[0]!)) return forms;
  for (const p of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'])
    if (norm.length - p.length >= 2 && norm.startsWith(p))
      forms.push({ key: norm.slice(p.length), strip: p.length });
  for (const p of ['لل', 'ولل', 'فلل'])
    if (norm.length > p.length + 1 && norm.startsWith(p))
      forms.push({ key: `ا${norm.slice(p.length - 1)}`, strip: p.length - 1 });
  return forms;
}

describe('strippedForms', () => {
  it('reads proclitics off, shortest first, and gives the article its alef back after ل', () => {
    expect(strippedForms('وموسكو')).toEqual([{ key: 'موسكو', strip: 1 }]);
    expect(strippedForms('وبحلب')).toEqual([
      { key: 'بحلب', strip: 1 },
      { key: 'حلب', strip: 2 },
    ]);
    expect(strippedForms('للجيش')).toEqual([
      { key: 'لجيش', strip: 1 },
      { key: 'الجيش', strip: 1 },
    ]);
    expect(strippedForms('وللجيش')).toEqual([
      { key: 'للجيش', strip: 1 },
      { key: 'لجيش', strip: 2 },
      { key: 'الجيش', strip: 2 },
    ]);
    expect(strippedForms('ولا')).toEqual([{ key: 'لا', strip: 1 }]);
    expect(strippedForms('وب')).toEqual([]);
    expect(strippedForms('موسكو')).toEqual([]);
    expect(strippedForms('')).toEqual([]);
  });

  it('agrees with the rule written as prefix lists on any word of proclitic-like letters', () => {
    const letter = fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م', 'ه', 'x');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 7 }), (letters) => {
        const word = letters.join('');
        expect(strippedForms(word)).toEqual(reference(word));
      }),
      { numRuns: 2000 },
    );
  });
});
