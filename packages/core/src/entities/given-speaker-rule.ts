import { addNew, THAT_WORDS } from './rule-helpers.js';
import { wordLists } from './word-lists.js';
import { formTest, type Work } from './work.js';

/** «That» and the colon that open what a speaker said. */
const SAID_OPENERS: ReadonlySet<string> = new Set([...THAT_WORDS, ':']);

const SPEECH_VERB = formTest((key) => wordLists().speechVerbs.has(key));

/**
 * A given name alone between a verb of saying and what was said names the speaker, as reports name witnesses by
 * their first name: «وقالت سلمى إنها كانت تدرس …»، «قال أحمد: …». Given names that are common words (أمل، نور)
 * are left alone.
 */
export function givenSpeakerRule(work: Work): void {
  const tokens = work.tokens;
  const l = work.lists;
  for (const v of work.positionsOf(SPEECH_VERB)) {
    const i = v + 1;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t?.kind !== 'arabic' || work.owner[i] !== 0 || t.sentence !== tokens[v]!.sentence) continue;
    if (next?.sentence !== t.sentence || !SAID_OPENERS.has(next.norm) || !l.speechVerbs.has(tokens[v]!.norm))
      continue;
    const given = l.curatedGivenNames.has(t.norm) || l.personParts.has(t.norm);
    if (!given || l.common.has(t.norm) || l.functionWords.has(t.norm)) continue;
    addNew(work, 'PER', i, i + 1, 0, 0.6);
  }
}
