import { nameAt } from './lexicon-pass.js';
import { addNew, isNameBreaker, isTitle, isWord, startsWithConjunction, triggerAt } from './rule-helpers.js';
import type { Work } from './work.js';

const MAX_NAME_WORDS = 4;
const NAME_CONTINUATIONS = new Set(['بن', 'ابن', 'بنت', 'ال']);

/**
 * A person name of unknown words after a title: given names, particles (عبد، أبو، بن) and words no list knows.
 * The first word is no definite everyday word (الرئيس المؤقت …); words after the second must be name words.
 */
function personNameEnd(work: Work, k: number): number | null {
  const tokens = work.tokens;
  const l = work.lists;
  const sentence = tokens[k]?.sentence ?? -1;
  const first = tokens[k]?.norm ?? '';
  if (first.startsWith('ال') && !l.personParts.has(first)) return null;
  if (NAME_CONTINUATIONS.has(first)) return null; // بن حمد continues a name, it does not start one
  if (startsWithConjunction(work, first)) return null;
  // ل/ف + an imperfect verb (ليقرر، فيقول) after a title is the start of a clause, not a name.
  if (!l.personParts.has(first) && /^[لف][يتن]/.test(first) && first.length >= 5) return null;
  let end = k;
  let open = false; // a particle needs a following word
  while (end - k < MAX_NAME_WORDS && isWord(work, end, sentence)) {
    const norm = tokens[end]!.norm;
    const particle = l.nameParticles.has(norm);
    const nameWord = l.personParts.has(norm);
    if (end - k >= 2 && !particle && !nameWord && !open) break;
    if (end > k && norm[0] === 'و' && !nameWord) break; // وتلة: a conjunction starts the next phrase
    if (particle) open = true;
    else if (nameWord) open = false;
    else if (
      isNameBreaker(work, norm) ||
      l.vocabulary.has(norm) ||
      (end > k && startsWithConjunction(work, norm))
    ) {
      break;
    } else open = false;
    end++;
  }
  if (open) end--;
  while (end > k && l.nameParticles.has(tokens[end - 1]!.norm)) end--;
  // One unknown word after a title is as likely a verb (الرئيس سعى …) as a name: a lone word must be a given name.
  if (end === k + 1 && !l.personParts.has(first)) return null;
  return end > k ? end : null;
}

/** Titles before persons: الرئيس، وزير الخارجية الروسي، مدير المرصد، الناطق باسم الخارجية … then the name. */
export function titleRule(work: Work, starts: readonly number[]): void {
  const tokens = work.tokens;
  let after = 0;
  for (const i of starts) {
    if (i < after || work.owner[i] !== 0) continue;
    const title = triggerAt(work, i, isTitle);
    if (!title) continue;
    let k = title.end;
    const sentence = tokens[i]!.sentence;
    for (let hops = 0; hops < 4 && k < tokens.length && tokens[k]!.sentence === sentence; hops++) {
      const held = work.at(k);
      const norm = tokens[k]!.norm;
      if (held && held.label !== 'PER') k = held.endToken;
      else if (!held && (work.lists.nationalities.has(norm) || work.lists.personLinkers.has(norm))) k++;
      else if (!held && triggerAt(work, k, (kinds) => !!kinds.title))
        k = triggerAt(work, k, (kinds) => !!kinds.title)!.end;
      else break;
    }
    if (k >= tokens.length || work.owner[k] !== 0 || tokens[k]!.sentence !== sentence) continue;
    // A known name of another kind after the title (مراسل الجزيرة) is no person.
    if (nameAt(work, k, true)) continue;
    const end = personNameEnd(work, k);
    if (end !== null) addNew(work, 'PER', k, end, 0, 0.7);
    after = title.end;
  }
}
