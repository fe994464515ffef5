import { originalOffset } from './clitics.js';
import { isEverydayWord, isKinshipWord, isParticleAndImperfect } from './rule-helpers.js';
import type { Work } from './work.js';

/**
 * Stories about ordinary people name them in full once and by the given name after: «يسرى مارديني … وقالت يسرى».
 * A given name refers to the document's person of that name when only one person of the document has it (two
 * «محمد» leave a bare «محمد» unresolved). Given names that are everyday words too (أمل، سلام، كريم) refer back
 * only where a name stands: after a verb of saying, a kinship noun or punctuation, or coordinated with a person.
 * Runs after the other coreference, on the tokens still free.
 */
export function firstNameCoref(work: Work): void {
  const firstNames = documentFirstNames(work);
  if (firstNames.size === 0) return;
  const tokens = work.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const t = tokens[i]!;
    // Only the word itself or the word behind a one-letter proclitic can be a given name: most words are neither,
    // and are passed over without reading their forms.
    if (
      t.kind !== 'arabic' ||
      (!firstNames.has(t.norm) && !(PROCLITIC_LETTERS.includes(t.norm[0]!) && t.norm.length > 3))
    )
      continue;
    for (const form of work.formsAt(i)) {
      const id = firstNames.get(form.key);
      if (!id || form.key.startsWith('ال')) continue;
      if (
        !standsAlone(work, i) ||
        (!isPlainGivenName(work, form.key) && !isNameContext(work, i, form.strip > 0))
      )
        break;
      work.add({
        startToken: i,
        endToken: i + 1,
        start: originalOffset(tokens[i]!, form.strip),
        end: tokens[i]!.end,
        label: 'PER',
        entityId: id,
        source: 'rule',
        confidence: 0.55,
      });
      break;
    }
  }
}

const PROCLITIC_LETTERS = 'وفبلك';

/**
 * The first words of the document's persons named by two words or more, each mapped to its one person (known or
 * new). Particles (عبد، أبو) and the article start no given name.
 */
function documentFirstNames(work: Work): Map<string, string | null> {
  const l = work.lists;
  const tokens = work.tokens;
  const names = new Map<string, string | null>();
  for (const d of work.drafts) {
    if (d.end <= d.start || d.label !== 'PER' || d.endToken - d.startToken < 2) continue;
    const word = tokens[d.startToken]!;
    const first = word.proclitic && d.start > word.start ? word.norm.slice(word.proclitic.length) : word.norm;
    if (
      first.length < 3 ||
      first.startsWith('ال') ||
      l.nameParticles.has(first) ||
      l.kunyaParticles.has(first)
    )
      continue;
    if (l.functionWords.has(first) || l.triggers.has(first) || l.nationalities.has(first)) continue;
    const seen = names.get(first);
    names.set(first, seen === undefined || seen === d.entityId ? d.entityId : null);
  }
  return names;
}

/** A given name no dictionary word shares (يسرى، ماهر): it refers back wherever it stands alone. */
function isPlainGivenName(work: Work, key: string): boolean {
  const l = work.lists;
  return (l.curatedGivenNames.has(key) || l.personParts.has(key)) && !isEverydayWord(work, key);
}

/** The word after token i starts no longer name of another person (يسرى أحمد is someone else). */
function standsAlone(work: Work, i: number): boolean {
  const next = work.tokens[i + 1];
  if (next?.kind !== 'arabic' || next.sentence !== work.tokens[i]!.sentence) return true;
  const held = work.at(i + 1);
  if (held?.label === 'PER') return false;
  const l = work.lists;
  return (
    !(l.personParts.has(next.norm) && !l.functionWords.has(next.norm)) && !l.nameParticles.has(next.norm)
  );
}

/** Where a name stands: after a verb of saying, a kinship noun, punctuation, or «و» after a person. */
function isNameContext(work: Work, i: number, conjoined: boolean): boolean {
  const tokens = work.tokens;
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i]!.sentence || before.kind === 'punct') return !conjoined;
  if (conjoined) return work.at(i - 1)?.label === 'PER' && tokens[i]!.norm[0] === 'و';
  const l = work.lists;
  // A verb of saying, a kinship noun (ابنتها وفاء), a verb with its conjunction (ويطوي كريم).
  if (
    l.speechVerbs.has(before.norm) ||
    isKinshipWord(work, i - 1) ||
    isParticleAndImperfect(before.norm, 'وف')
  )
    return true;
  const after = tokens[i + 1];
  return !!after && after.sentence === tokens[i]!.sentence && l.speechVerbs.has(after.norm);
}
