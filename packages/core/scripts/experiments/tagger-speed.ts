/**
 * Tagger throughput (tokens per second of CPU time) on the ANERcorp train text, parsed as documents of 30 sentences:
 * the shipped tagger alone, next to anything an experiment adds. The word caches are warm after the first round.
 * usage: node --import tsx scripts/experiments/tagger-speed.ts [weights.json …] (default: the shipped weights)
 */
import { readFileSync } from 'node:fs';
import { defaultKnowledge } from '../../src/entities/knowledge.js';
import { lexiconTokenTags } from '../../src/entities/token-tags.js';
import { joinWords } from '../../src/model/index.js';
import { Tagger } from '../../src/model/tagger.js';
import { loadModel, type WeightFile } from '../../src/model/weights.js';
import { tokenize } from '../../src/text/tokenize.js';
import type { Token } from '../../src/types.js';
import { readAnercorp } from '../anercorp.js';

const sentences = readAnercorp('train');
const knowledge = defaultKnowledge();
const documents: { tokens: readonly Token[]; gazetteer: ReturnType<typeof lexiconTokenTags> }[] = [];
for (let s = 0; s < sentences.length; s += 30) {
  const text = sentences
    .slice(s, s + 30)
    .map((x) => joinWords(x.words).text)
    .join('\n');
  const { tokens } = tokenize(text);
  documents.push({ tokens, gazetteer: lexiconTokenTags(tokens, knowledge) });
}
const tokenCount = documents.reduce((n, d) => n + d.tokens.length, 0);

function measure(name: string, tag: (d: (typeof documents)[number]) => unknown) {
  for (const d of documents) tag(d); // warm the word caches and the JIT
  const rounds = 5;
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of documents) tag(d);
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  console.log(`${name}: ${((rounds * tokenCount) / seconds / 1e6).toFixed(2)} M tokens/s`);
}

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : ['src/model/weights.json']) {
  const tagger = new Tagger(loadModel(JSON.parse(readFileSync(file, 'utf8')) as WeightFile));
  measure(file, (d) => tagger.tag(d.tokens, d.gazetteer));
}
