import type { Diagnostic, Token } from '../types.js';
import { type CliticForm, originalOffset, strippedForms } from './clitics.js';
import type { NameHit } from './knowledge.js';
import { cliticForms } from './lexicon-pass.js';
import { hasPronounSuffix, isPastPlural } from './rule-helpers.js';
import type { Work } from './work.js';

const MIN_GLUED_LENGTH = 7;
const MAX_GLUED_LENGTH = 40;
const MIN_PIECE = 3;

/** True when the token, whole or without its proclitics, is a word of the language or a known name. */
function isKnownWord(work: Work, i: number): boolean {
  return work.knownWord(i, anyKnownForm);
}

function anyKnownForm(work: Work, forms: readonly CliticForm[]): boolean {
  const l = work.lists;
  for (const { key } of forms) {
    if (l.vocabulary.has(key) || l.common.has(key) || l.personParts.has(key) || l.nationalities.has(key))
      return true;
    if (work.knowledge.names.has(key) || l.triggers.has(key)) return true;
    if (isWordWithPronoun(work, key)) return true;
  }
  return false;
}

/** A known word with an attached pronoun (سنينه = سنين + ه): no misspelling, whatever name it is near. */
function isWordWithPronoun(work: Work, key: string): boolean {
  const l = work.lists;
  return hasPronounSuffix(l.pronounSuffixes, key, (stem) => l.vocabulary.has(stem) || l.common.has(stem));
}

/** ال + فاعلة (الخارجة، المارّة with its doubled letter written once). */
const FEMININE_PARTICIPLE = /^ال[\u0621-\u064a]ا[\u0621-\u064a]{1,2}ه$/;

/** `misspelled-name`: an unknown word one edit from a known one-word name of five letters or more (واشمطن). */
function misspelling(work: Work, i: number, addMentions: boolean): Diagnostic | null {
  const token = work.tokens[i]!;
  for (const form of work.formsAt(i)) {
    // A proclitic guess and a spelling guess together only on a long word: و + سلموا (they handed over) is no
    // misspelt ساموا.
    if (form.strip > 0 && form.key.length < 6) continue;
    // A past verb in the plural (سلّموا = they handed over) is no misspelt name ending in وا (ساموا).
    if (form.key.endsWith('وا') && isPastPlural(work, form.key)) continue;
    // Nor is a definite feminine participle (المارّة، الخارجة، القادمة), an adjective lists may lack.
    if (FEMININE_PARTICIPLE.test(form.key)) continue;
    const near = work.knowledge.spelling.near(form.key);
    if (near.length !== 1) continue;
    const { entityId, written } = near[0]!;
    const record = work.knowledge.entities.get(entityId);
    if (!record) return null;
    const start = originalOffset(token, form.strip);
    if (addMentions)
      work.add({
        startToken: i,
        endToken: i + 1,
        start,
        end: token.end,
        label: record.label,
        entityId,
        source: 'lexicon',
        confidence: 0.5,
      });
    const wrong = work.text.slice(start, token.end);
    return {
      start,
      end: token.end,
      code: 'misspelled-name',
      severity: 'warning',
      message: `"${wrong}" looks like a misspelling of "${written}" (${record.canonicalEn ?? record.canonical})`,
      replacement: written,
    };
  }
  return null;
}

/** Splits a folded word into the fewest pieces that are all words or name words (each maybe with a proclitic). */
function segment(work: Work, norm: string): number[] | null {
  const l = work.lists;
  const isPiece = (p: string): boolean => {
    if (p.length < MIN_PIECE) return false;
    const known = (w: string) =>
      l.vocabulary.has(w) || l.common.has(w) || work.knowledge.nameWords.has(w) || l.personParts.has(w);
    return known(p) || strippedForms(p).some((f) => known(f.key));
  };
  const n = norm.length;
  // best[i]: fewest pieces covering norm[0, i); from[i]: where the last of them starts.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let end = MIN_PIECE; end <= n; end++) {
    for (let start = Math.max(0, end - 20); start <= end - MIN_PIECE; start++) {
      if (best[start]! + 1 < best[end]! && isPiece(norm.slice(start, end))) {
        best[end] = best[start]! + 1;
        from[end] = start;
      }
    }
  }
  if (!Number.isFinite(best[n]!) || best[n]! < 2) return null;
  const cuts: number[] = [];
  for (let end = n; end > 0; end = from[end]!) cuts.unshift(from[end]!);
  return cuts;
}

/** Names certain enough to be found inside glued text: always-matching and not from the long GeoNames tail. */
const isCuratedName = (h: NameHit) => h.mode === 'always' && !h.entityId.startsWith('geonames:');

/** `glued-words`: words run together by a missing space (الولاياتالمتحدة); names inside are still found. */
function gluedWords(work: Work, i: number, addMentions: boolean): Diagnostic | null {
  const token = work.tokens[i]!;
  const norm = token.norm;
  if (norm.length < MIN_GLUED_LENGTH || norm.length > MAX_GLUED_LENGTH || token.text.length !== norm.length)
    return null;
  const cuts = segment(work, norm);
  if (!cuts) return null;
  const pieces = cuts.map((c, k) => norm.slice(c, cuts[k + 1] ?? norm.length));
  // The pieces as tokens of their own, so known names (also of several words) are matched on them.
  const pieceTokens: Token[] = pieces.map((p, k) => ({
    ...token,
    start: token.start + cuts[k]!,
    end: token.start + (cuts[k + 1] ?? norm.length),
    text: token.text.slice(cuts[k]!, cuts[k + 1] ?? norm.length),
    norm: p,
  }));
  let names = 0;
  for (let q = 0; q < pieceTokens.length; q++) {
    for (const form of cliticForms(pieceTokens[q]!)) {
      const m = work.knowledge.names.longest(pieceTokens, q, form.key, (hits) => hits.some(isCuratedName));
      if (!m) continue;
      const hit = m.value.find(isCuratedName)!;
      const record = work.knowledge.entities.get(hit.entityId);
      if (!record) break;
      if (addMentions)
        work.addWithinToken({
          startToken: i,
          endToken: i + 1,
          start: pieceTokens[q]!.start + form.strip,
          end: pieceTokens[m.end - 1]!.end,
          label: record.label,
          entityId: record.id,
          source: 'lexicon',
          confidence: 0.6,
        });
      names++;
      q = m.end - 1;
      break;
    }
  }
  // Words glued to pronouns (اعتبارهما) are ordinary Arabic: only a name inside makes it a glued-words case.
  if (names === 0) return null;
  return gluedDiagnostic(token, pieceTokens.map((p) => p.text).join(' '));
}

/** The `glued-words` diagnostic of a token, with the words spaced apart as the replacement. */
function gluedDiagnostic(token: Token, replacement: string): Diagnostic {
  return {
    start: token.start,
    end: token.end,
    code: 'glued-words',
    severity: 'warning',
    message: `Words run together (a missing space?): "${replacement}"`,
    replacement,
  };
}

/**
 * `glued-words` of a preposition and a name (فيحلب، إلىدمشق): too short for `gluedWords`' pieces, and the
 * preposition is no proclitic. Only a curated name that always matches is taken from the rest.
 */
function gluedPreposition(work: Work, i: number, addMentions: boolean): Diagnostic | null {
  const token = work.tokens[i]!;
  const norm = token.norm;
  if (token.text.length !== norm.length) return null;
  const l = work.lists;
  for (const preposition of [...l.placePrepositions, ...l.placeAttackPrepositions]) {
    if (preposition.includes(' ') || !norm.startsWith(preposition) || norm.length < preposition.length + 3)
      continue;
    const rest = norm.slice(preposition.length);
    const hit = work.knowledge.names.lookup([rest])?.find(isCuratedName);
    const record = hit ? work.knowledge.entities.get(hit.entityId) : undefined;
    if (!record) continue;
    const start = token.start + preposition.length;
    if (addMentions)
      work.addWithinToken({
        startToken: i,
        endToken: i + 1,
        start,
        end: token.end,
        label: record.label,
        entityId: record.id,
        source: 'lexicon',
        confidence: 0.6,
      });
    return gluedDiagnostic(
      token,
      `${token.text.slice(0, preposition.length)} ${token.text.slice(preposition.length)}`,
    );
  }
  return null;
}

/** Messy text: misspelled known names and glued words, reported as diagnostics, names found anyway. */
export function spellingPass(work: Work, addMentions: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tokens = work.tokens;
  // Per distinct word (equal ids, equal text): 1 once it is known to need no diagnostic. Both checks depend on
  // the word alone, and one that finds nothing changes nothing.
  const settled = new Uint8Array(work.wordCount);
  for (let i = 0; i < tokens.length; i++) {
    if (work.owner[i] !== 0) continue;
    const word = work.wordOf[i]!;
    if (settled[word] === 1) continue;
    const token = tokens[i]!;
    if (token.kind !== 'arabic' || token.norm.length < 5 || isKnownWord(work, i)) {
      settled[word] = 1;
      continue;
    }
    const found =
      misspelling(work, i, addMentions) ??
      gluedWords(work, i, addMentions) ??
      gluedPreposition(work, i, addMentions);
    if (found) out.push(found);
    else settled[word] = 1;
  }
  return out;
}
