/**
 * `pnpm bench`: parse throughput on ~5 MB of synthetic Arabic news text, next to a bare regex word-tokenisation
 * pass over the same text in the same run (the ratio is what to compare across machines).
 * The text is sampled from the ANERcorp training tokens when ../shared is present (sentence by sentence, so
 * names, clitics and punctuation keep their real distribution), else from the project's own word lists.
 * Never from the shared corpus articles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import people from '../dist/data/entities/people.json' with { type: 'json' };
import places from '../dist/data/entities/places.json' with { type: 'json' };
import wordClasses from '../dist/data/entities/word-classes.json' with { type: 'json' };
import { parse } from '../dist/index.js';

const TARGET_BYTES = 5_000_000;
const shared = resolve(process.env.KHABAR_SHARED ?? join(import.meta.dirname, '../../../../shared'));
const anercorp = join(shared, 'data/anercorp/ANERCorp_manually_cleaned_train.tsv');

/** Small deterministic PRNG (mulberry32), so every run parses the same text. */
/** @param {number} seed @returns {() => number} */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencesFromAnercorp() {
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  let words = [];
  for (const line of readFileSync(anercorp, 'utf8').split(/\r?\n/)) {
    const token = line.split('\t')[0];
    if (token) words.push(token);
    else if (words.length) {
      out.push(words.join(' '));
      words = [];
    }
  }
  return out;
}

/** @param {() => number} rand */
function sentencesFromWordLists(rand) {
  const words = wordClasses.vocabulary;
  const names = [
    ...people.entries.map((/** @type {{ar: string}} */ e) => e.ar),
    ...places.entries.map((/** @type {{ar: string}} */ e) => e.ar),
  ];
  /** @type {string[]} */
  const out = [];
  for (let s = 0; s < 5000; s++) {
    /** @type {string[]} */
    const parts = [];
    const n = 8 + Math.floor(rand() * 25);
    for (let k = 0; k < n; k++) {
      const pool = rand() < 0.1 ? names : words;
      parts.push(pool[Math.floor(rand() * pool.length)]);
    }
    out.push(`${parts.join(' ')}.`);
  }
  return out;
}

const rand = random(20161205);
const sentences = existsSync(anercorp) ? sentencesFromAnercorp() : sentencesFromWordLists(rand);
/** @type {string[]} */
const paragraphs = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const paragraph = Array.from(
    { length: 1 + Math.floor(rand() * 4) },
    () => sentences[Math.floor(rand() * sentences.length)],
  ).join(' ');
  paragraphs.push(paragraph);
  bytes += Buffer.byteLength(paragraph) + 2;
}
const text = paragraphs.join('\n\n');
// The same text as a corpus of article-sized documents (~5 KB, paragraph boundaries): how the exporter and the
// editor meet it. Words shared across documents are worked out once, so this measures that too.
/** @type {string[]} */
const articles = [];
for (let from = 0, size = 0, k = 0; k < paragraphs.length; k++) {
  size += paragraphs[k].length;
  if (size >= 5000 || k === paragraphs.length - 1) {
    articles.push(paragraphs.slice(from, k + 1).join('\n\n'));
    from = k + 1;
    size = 0;
  }
}
const megabytes = Buffer.byteLength(text) / 1e6;

/**
 * @typedef {object} Timing
 * @property {number} ms Wall-clock milliseconds.
 * @property {number} cpu CPU milliseconds of this process (user + system): the per-core cost, less disturbed by
 *   other processes.
 * @property {number} result
 */

/** @param {() => number} run @returns {Timing} */
function time(run) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, result };
}

/** @param {() => number} run @param {number} rounds @returns {Timing} */
function best(run, rounds) {
  let fastest = time(run);
  for (let r = 1; r < rounds; r++) {
    const t = time(run);
    if (t.cpu < fastest.cpu) fastest = t;
  }
  return fastest;
}

parse(text.slice(0, 10_000)); // builds the knowledge indexes and the model once, outside the timing
const regex = best(() => text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0, 3);
const full = best(() => parse(text).mentions.length, 3);
for (const article of articles) parse(article);
const asArticles = best(() => articles.reduce((sum, article) => sum + parse(article).mentions.length, 0), 3);
const entitiesOnly = best(() => parse(text, { temporal: false }).mentions.length, 2);
const noModel = best(() => parse(text, { temporal: false, model: false }).mentions.length, 2);
const datesOnly = best(() => parse(text, { entities: false }).mentions.length, 2);

const rate = (/** @type {number} */ ms) => (megabytes / (ms / 1000)).toFixed(1);
const row = (/** @type {string} */ name, /** @type {Timing} */ t) =>
  `${name.padEnd(28)} wall ${t.ms.toFixed(0).padStart(5)} ms ${rate(t.ms).padStart(6)} MB/s | cpu ${t.cpu
    .toFixed(0)
    .padStart(5)} ms ${rate(t.cpu).padStart(6)} MB/s`;
const source = existsSync(anercorp) ? 'ANERcorp train sentences' : 'project word lists';
console.log(`text: ${megabytes.toFixed(2)} MB UTF-8 (${text.length} UTF-16 units), ${source}`);
console.log(`${row('regex word tokenisation', regex)} (${regex.result} words)`);
console.log(`${row('parse (entities + dates)', full)} (${full.result} mentions)`);
console.log(`${row(`parse, ${articles.length} articles`, asArticles)} (${asArticles.result} mentions)`);
console.log(row('parse (entities only)', entitiesOnly));
console.log(row('parse (no model, no dates)', noModel));
console.log(row('parse (dates only)', datesOnly));
console.log(
  `ratio regex / parse (cpu): ${(regex.cpu / full.cpu).toFixed(3)} (parse is ${(full.cpu / regex.cpu).toFixed(1)}× slower); as articles ${(regex.cpu / asArticles.cpu).toFixed(3)}`,
);
