import { confusable } from './confusables.js';

/** Names shorter than this are never "corrected": too many real words lie one edit away from them. */
export const MIN_SPELLING_LENGTH = 5;
/** No one-word name is longer; the bound also keeps a lookup linear in the word (a 1 MB "word" costs nothing). */
const MAX_SPELLING_LENGTH = 24;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * True when a is a plausible typo of b: one substitution of confusable letters (neighbouring keys, letters that
 * differ by dots: واشمطن for واشنطن), not at the first letter. A dropped or added letter is not taken: Arabic
 * morphology makes too many real words out of names that way (القاعة is no misspelling of القاعدة).
 */
export function plausibleTypo(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // The first letter of the word (after the article) is never the typo: الرياضة is no misspelling of البياضة.
  const stem = a.startsWith('ال') ? 2 : 0;
  return i > stem && a.slice(i + 1) === b.slice(i + 1) && confusable(a[i]!, b[i]!);
}

/**
 * Deletion index over one-word names: a word one substitution away from a name shares one of its single-letter
 * deletions with it, so a lookup costs one probe per letter of the word.
 */
export class SpellingIndex {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byName = new Map<string, { entityId: string; written: string }>();

  /** Indexes the folded one-word `name` of an entity, written `written` in its source. */
  add(name: string, entityId: string, written: string): void {
    if (name.length < MIN_SPELLING_LENGTH || this.byName.has(name)) return;
    this.byName.set(name, { entityId, written });
    for (const key of deletions(name)) {
      let set = this.byKey.get(key);
      if (!set) {
        set = new Set();
        this.byKey.set(key, set);
      }
      set.add(name);
    }
  }

  /** The names one edit away from `word` (never `word` itself). */
  near(word: string): { name: string; entityId: string; written: string }[] {
    if (word.length < MIN_SPELLING_LENGTH || word.length > MAX_SPELLING_LENGTH) return [];
    const found = new Set<string>();
    // Same-length neighbours share one of their single-letter deletions.
    for (const key of deletions(word)) {
      for (const name of this.byKey.get(key) ?? []) if (plausibleTypo(word, name)) found.add(name);
    }
    return [...found].map((name) => ({ name, ...this.byName.get(name)! }));
  }
}
