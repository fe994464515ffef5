import { triggerWordAt } from './lexicon-pass.js';
import { addNew, isNameBreaker, isWord } from './rule-helpers.js';
import type { Work } from './work.js';

/** A company's noun without the article: its brand follows (شركة القدموس), not a description of it. */
const COMPANY_NOUN = 'شركه';
const MAX_BRAND_WORDS = 2;

/**
 * «شركة» + a brand (شركة القدموس للنقل، شركة نوفارتيس للأدوية، شركة الكرنك الحكومية): the brand alone names the
 * company, as the guideline marks an outlet after its noun. A brand is a word no list knows, a Latin word, or a
 * one-word name the lexicon took for a place. A description (شركة كهرباء ريف دمشق) is institution-rule's.
 * `i` is the noun, `strip` its proclitic's length; returns true when the words after it are a brand (marked or
 * already a known organisation).
 */
export function companyBrand(work: Work, i: number, key: string): boolean {
  if (key !== COMPANY_NOUN) return false;
  const tokens = work.tokens;
  const k = i + 1;
  const sentence = tokens[i]!.sentence;
  const first = tokens[k];
  if (!first || first.sentence !== sentence) return false;
  const held = work.at(k);
  if (held) {
    if (held.startToken !== k || held.label === 'PER') return false;
    if (held.label === 'ORG') return true;
    // A town the company is named after (القدموس): one word, found as written, no proclitic.
    if (held.source !== 'lexicon' || held.endToken !== k + 1 || held.start !== first.start) return false;
    work.remove(held);
    if (addNew(work, 'ORG', k, k + 1, 0, 0.65)) return true;
    work.add(held);
    return false;
  }
  let end = k;
  while (end - k < MAX_BRAND_WORDS && (isBrandWord(work, end, sentence) || isLatin(work, end, sentence)))
    end++;
  // A noun in construct with a place is a description (شركة كهرباء | ريف دمشق), not a brand.
  if (end === k || work.at(end) || triggerWordAt(work, end)?.place) return false;
  return addNew(work, 'ORG', k, end, 0, 0.65);
}

function isLatin(work: Work, j: number, sentence: number): boolean {
  const t = work.tokens[j];
  return !!t && t.sentence === sentence && t.kind === 'latin' && work.owner[j] === 0;
}

/** An Arabic word no list knows, without a proclitic: a brand name (نوفارتيس، الكرنك). */
function isBrandWord(work: Work, j: number, sentence: number): boolean {
  if (!isWord(work, j, sentence)) return false;
  const t = work.tokens[j]!;
  const l = work.lists;
  const bare = t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
  if (t.proclitic || t.norm.length < 3 || isNameBreaker(work, t.norm)) return false;
  if (l.vocabulary.has(t.norm) || l.vocabulary.has(bare) || l.common.has(bare)) return false;
  // ل + a word (للنقل) begins the description after the brand.
  return !work.formsAt(j).some((f, n) => n > 0 && (l.vocabulary.has(f.key) || l.common.has(f.key)));
}
