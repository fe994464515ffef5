import { addGivenAndFamilyName } from './person-rule.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/** Words one of whose readings is a credit noun (the word itself is checked: the credit stands bare). */
const CREDIT_NOUN = formTest((key) => wordLists().creditNouns.has(key));

/** How many tokens back the opening bracket of a credit may stand: «(إعداد … للنشرة العربية - تحرير …)». */
const BRACKET_REACH = 12;

/**
 * The staff a wire credits in brackets: «(إعداد نادر الصباغ للنشرة العربية - تحرير رنا فتوح)». Inside an open
 * bracket, after a credit noun, a given name and a family word are a person. Outside brackets the nouns are verbal
 * nouns (تحرير حلب = the liberation of Aleppo), and a given name is needed anyway.
 */
export function creditRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const i of work.positionsOf(CREDIT_NOUN)) {
    if (i < 1 || i + 2 >= tokens.length || !l.creditNouns.has(tokens[i]!.norm) || !insideBracket(work, i))
      continue;
    addGivenAndFamilyName(work, i + 1);
  }
}

/** Separators between the credits of one bracket: «(إعداد … - تحرير …)», «(تقرير …، تحرير …)». */
const CREDIT_SEPARATORS = new Set(['-', '–', '،', ',']);

/**
 * Token i opens a credit: right after «(», or after a separator inside a bracket opened earlier on its line with
 * no closing one between («(بهدف تحرير سلمى)» is no credit).
 */
function insideBracket(work: Work, i: number): boolean {
  const tokens = work.tokens;
  const before = tokens[i - 1]!.text;
  if (before === '(') return true;
  if (!CREDIT_SEPARATORS.has(before)) return false;
  for (let k = i - 2; k >= 0 && k >= i - BRACKET_REACH && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const text = tokens[k]!.text;
    if (text === ')') return false;
    if (text === '(') return true;
  }
  return false;
}
