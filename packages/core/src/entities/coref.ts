import { originalOffset } from './clitics.js';
import { addKnownName, nameAt } from './lexicon-pass.js';
import { PhraseIndex } from './phrase-index.js';
import type { Work } from './work.js';

/** A given name used as a last name (حسام محمد): alone it names too many people to refer back. */
function isGivenName(work: Work, word: string): boolean {
  return work.lists.personParts.has(word) && !word.startsWith('ال');
}

/**
 * In-document coreference for names the knowledge does not have: once «رامي عبد الرحمن» or «حي الهلك» has been
 * found, later bare «عبد الرحمن» and «الهلك» are the same entities. Persons are also found by their last name
 * (by their last two words after a particle: عبد الرحمن). Known entities corefer through their aliases.
 */
export function corefPass(work: Work): void {
  knownShortNamesBefore(work);
  const index = new PhraseIndex<string>();
  const l = work.lists;
  let size = 0;
  // A document entity is mentioned many times; its phrases (which depend on its id and label only) go in once.
  const indexed = new Map<string, string>();
  for (const d of work.drafts) {
    if (d.end <= d.start || indexed.get(d.entityId) === d.label || !d.entityId.startsWith('doc:')) continue;
    indexed.set(d.entityId, d.label);
    // A document entity's id ends with its folded name: doc:<LABEL>:<words>.
    const keys = d.entityId.slice(d.entityId.indexOf(':', 4) + 1).split(' ');
    if (keys.length === 0) continue;
    index.add(keys, d.entityId);
    size++;
    if (d.label !== 'PER' || keys.length < 2) continue;
    const last = keys[keys.length - 1]!;
    const beforeLast = keys[keys.length - 2]!;
    if (l.nameParticles.has(beforeLast)) {
      if (keys.length >= 3) index.add(keys.slice(-2), d.entityId);
    } else if (
      last.length >= 3 &&
      // An everyday word ends a full name of three words as its family name (محمود خليل العبيد → العبيد).
      (!l.common.has(last) ||
        (keys.length >= 3 && last.startsWith('ال') && !work.knowledge.names.has(last))) &&
      !l.nationalities.has(last) &&
      !isGivenName(work, last)
    ) {
      index.add([last], d.entityId);
    }
  }
  // A place name that is also an everyday word (الباب، الصناعة), once the document named it in a naming context
  // (مدينة الباب), is the same place at its bare mentions, before and after that one.
  if (work.confirmedNames) {
    for (const [name, id] of work.confirmedNames) {
      index.add(name.split(' '), id);
      size++;
    }
  }
  if (size === 0) return;
  const tokens = work.tokens;
  // Per distinct word (its kind included): 0 not asked yet, 1 an Arabic word some reading of which starts a
  // phrase of the index, 2 anything else. Most tokens are then skipped without reading the token itself.
  const startsPhrase = new Uint8Array(work.wordCount);
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const word = work.wordOf[i]!;
    if (startsPhrase[word] === 0)
      startsPhrase[word] = tokens[i]!.kind === 'arabic' && work.anyFormAt(i, index.startsWithKey) ? 1 : 2;
    if (startsPhrase[word] !== 1) continue;
    for (const form of work.formsAt(i)) {
      const m = freePhraseAt(work, index, i, form.key);
      if (!m) continue;
      const record = work.docRecords.get(m.value) ?? work.knowledge.entities.get(m.value);
      if (!record) break;
      const known = !m.value.startsWith('doc:');
      work.add({
        startToken: i,
        endToken: m.end,
        start: originalOffset(tokens[i]!, form.strip),
        end: tokens[m.end - 1]!.end,
        label: record.label,
        entityId: record.id,
        source: known ? 'lexicon' : 'rule',
        confidence: known ? 0.75 : 0.6,
      });
      i = m.end - 1;
      break;
    }
  }
}

/**
 * The longest phrase of the index at token i (read as `key`) over free tokens. A function of its own so that the
 * closure captures its parameter: one capturing corefPass's loop index would allocate a context per token.
 */
function freePhraseAt(work: Work, index: PhraseIndex<string>, i: number, key: string) {
  return index.longest(work.tokens, i, key, (_id, end) => work.isFree(i, end));
}

/**
 * A short name of a known entity (ميالة for أديب ميالة) refers back only once the entity was named; a headline
 * names it before the text does (ويعين ميالة وزيرا … then أديب ميالة). Once every pass has run, the short names of
 * the entities the document names anywhere are looked up at the tokens still free.
 */
function knownShortNamesBefore(work: Work): void {
  // Only tokens that may start a short name of an entity seen so far are looked up (most documents name few
  // entities that have one).
  const starts = new Set<string>();
  for (const id of work.seen) for (const key of work.knowledge.corefStarts.get(id) ?? []) starts.add(key);
  if (starts.size === 0) return;
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0 || tokens[i]!.kind !== 'arabic' || work.nameStartForms(i) === 0) continue;
    if (!work.anyFormAt(i, (key) => starts.has(key))) continue;
    const found = nameAt(work, i);
    if (found?.hit.mode === 'coref' && addKnownName(work, i, found)) i = found.end - 1;
  }
}
