/**
 * Dev F1 of weight files when consecutive ANERcorp sentences are tagged together as one document (chunks of N
 * sentences), as the product tags an article; N = 1 is the sentence-by-sentence protocol of eval-anercorp.ts.
 * usage: node --import tsx scripts/experiments/documents.ts [--split dev] [--sizes 1,20,40]
 *   [--first-pass weights.json] (the first stage of two-model files) weights.json …
 */
import { readFileSync } from 'node:fs';
import { scoreEntities } from '../../src/model/index.js';
import { Tagger } from '../../src/model/tagger.js';
import { loadModel, type WeightFile } from '../../src/model/weights.js';
import type { Token } from '../../src/types.js';
import { readAnercorp, toTokenSentence } from '../anercorp.js';
import { fmt, loadGazetteer, wordTagsOf } from '../training.js';

const args = process.argv.slice(2);
const optionValue = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1]! : fallback;
};
const split = optionValue('--split', 'dev') as 'dev' | 'test';
const sizes = optionValue('--sizes', '1,20,40').split(',').map(Number);
const firstPassFile = optionValue('--first-pass', '');
const read = (file: string) => loadModel(JSON.parse(readFileSync(file, 'utf8')) as WeightFile);
const firstPass = firstPassFile ? new Tagger(read(firstPassFile)) : undefined;
const sentences = readAnercorp(split);
const gazetteer = loadGazetteer(true);
const prepared = sentences.map((s) => {
  const { tokens } = toTokenSentence(s);
  return { tokens, gaz: gazetteer(tokens) ?? tokens.map(() => null) };
});

for (const file of args) {
  const tagger = new Tagger(read(file), firstPass);
  const line = sizes.map((size) => {
    const predicted: string[][] = [];
    for (let from = 0; from < sentences.length; from += size) {
      const chunk = prepared.slice(from, from + size);
      // One document: the sentences' tokens in a row, each sentence keeping its own sentence number.
      const tokens: Token[] = [];
      const offsets: number[] = [];
      let sentenceBase = 0;
      for (const p of chunk) {
        offsets.push(tokens.length);
        for (const t of p.tokens) tokens.push({ ...t, sentence: sentenceBase + t.sentence });
        sentenceBase += (p.tokens.at(-1)?.sentence ?? 0) + 1;
      }
      const spans = tagger.tag(
        tokens,
        chunk.flatMap((p) => p.gaz),
      );
      chunk.forEach((p, c) => {
        const start = offsets[c]!;
        const end = start + p.tokens.length;
        const own = spans
          .filter((s) => s.startToken >= start && s.endToken <= end)
          .map((s) => ({ ...s, startToken: s.startToken - start, endToken: s.endToken - start }));
        predicted.push(wordTagsOf(sentences[from + c]!, p.tokens, own).tags);
      });
    }
    const scores = scoreEntities(
      sentences.map((s) => s.tags),
      predicted,
    );
    return `${size}: ${fmt(scores.overall.f1)} (PER ${fmt(scores.perLabel.PER!.f1)})`;
  });
  console.log(`${file} ${split} F1 by document size — ${line.join(', ')}`);
}
