/**
 * Builds src/data/entities/word-classes.json from the ANERcorp training split (../shared/data/anercorp):
 * - `common`: folded words that are ordinary vocabulary (tagged O in ≥ 90 % of ≥ 3 occurrences). They stop
 *   rule-based name spans, veto spelling corrections and keep generated place lists free of everyday words.
 * - `personParts`: folded words mostly seen inside person names (given names, عبد، أبو …).
 * - `vocabulary`: every folded word of ≥ 4 letters seen at least once outside a name; a spelling correction is
 *   only proposed for words outside it (روسيه is a word, not a misspelling of روسيا).
 * Licence of the output: derived from ANERcorp (AraBERT cleaning), CC BY-SA 4.0; see data/entities/README.md.
 * usage: node --import tsx packages/core/scripts/build-gazetteer-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fold } from '../src/text/normalize.js';

const shared = resolve(process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'));
const train = readFileSync(join(shared, 'data/anercorp/ANERCorp_manually_cleaned_train.tsv'), 'utf8');

interface Counts {
  total: number;
  outside: number;
  person: number;
}
const counts = new Map<string, Counts>();
for (const line of train.split(/\r?\n/)) {
  const [token, tag] = line.split('\t');
  if (!token || !tag) continue;
  const word = fold(token);
  if (!/^[\u0621-\u064a]{2,}$/.test(word)) continue;
  const c = counts.get(word) ?? { total: 0, outside: 0, person: 0 };
  c.total++;
  if (tag === 'O') c.outside++;
  if (tag.endsWith('PERS')) c.person++;
  counts.set(word, c);
}

const common: string[] = [];
const personParts: string[] = [];
const vocabulary: string[] = [];
for (const [word, c] of counts) {
  if (c.total >= 3 && c.outside / c.total >= 0.9) common.push(word);
  if (c.person >= 2 && c.person / c.total >= 0.6) personParts.push(word);
  if (c.outside >= 1 && word.length >= 4) vocabulary.push(word);
}
vocabulary.sort();
common.sort();
personParts.sort();
const out = join(import.meta.dirname, '../src/data/entities/word-classes.json');
writeFileSync(out, `${JSON.stringify({ common, personParts, vocabulary })}\n`);
console.log(
  `common ${common.length}, personParts ${personParts.length}, vocabulary ${vocabulary.length} -> ${out}`,
);
