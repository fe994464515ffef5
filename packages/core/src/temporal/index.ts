import type { AnalysisContext } from '../analysis.js';
import { fold } from '../text/normalize.js';
import type { Word } from '../text/word-table.js';
import type { Diagnostic, DocumentDate, TemporalMention, Token } from '../types.js';
import { Cursor, offsetAfterFolded, type Reading, startReadings } from './cursor.js';
import { documentDate } from './dct.js';
import {
  matchDayMonth,
  matchDecade,
  matchMonthOrYear,
  matchNumericDate,
  matchPeriod,
} from './grammar-dates.js';
import { matchDayReference } from './grammar-days.js';
import { matchDefinitePeriod, matchDuration, matchSet, matchShift } from './grammar-durations.js';
import { matchClock, matchVagueReference } from './grammar-misc.js';
import { resolveSpec } from './resolve.js';
import type { Match, Spec } from './spec.js';
import { tenseAt } from './tense.js';

export interface TemporalResult {
  readonly mentions: readonly TemporalMention[];
  readonly dct: DocumentDate;
  readonly diagnostics: readonly Diagnostic[];
}

/** Tried at every token; the longest match wins, the earlier matcher on a tie. */
const MATCHERS: readonly ((c: Cursor, k: number) => Match | null)[] = [
  matchDayMonth,
  matchNumericDate,
  matchMonthOrYear,
  matchDayReference,
  matchPeriod,
  matchShift,
  matchDefinitePeriod,
  matchDuration,
  matchSet,
  matchClock,
  matchVagueReference,
  matchDecade,
];

interface WordIds {
  readonly ids: Int32Array;
  readonly count: number;
  /** The words by id, when known: their memo keeps the start readings across documents. */
  readonly words: readonly Word[] | null;
}

/** A word's start readings depend on the word alone (its kind and folded form). */

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
  readonly sentence: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly spec: Spec;
}

function bestAt(
  tokens: readonly Token[],
  k: number,
  starts: readonly Reading[],
  sentenceStart: number,
  sentenceEnd: number,
) {
  let best: { match: Match; skip: number } | null = null;
  for (const r of starts) {
    const c = new Cursor(tokens, k, r.word, r.clitic, sentenceStart, sentenceEnd);
    for (const matcher of MATCHERS) {
      const m = matcher(c, k);
      if (m && m.end > k && (!best || m.end > best.match.end)) best = { match: m, skip: r.skip };
    }
  }
  return best;
}

/**
 * One left-to-right pass over the tokens: linear in their number (matchers look a few tokens ahead). A
 * sentence's last token is looked for only when one of its tokens starts a reading, since most sentences hold
 * no temporal expression.
 */
function findCandidates(tokens: readonly Token[], words: WordIds | null): Candidate[] {
  const out: Candidate[] = [];
  // Start readings per distinct word, when the tokenizer numbered the words.
  const startsOfWord: (readonly Reading[] | undefined)[] = words ? new Array(words.count) : [];
  let s = 0; // first token of the current sentence
  let e = -1; // end of the current sentence, -1 until needed
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[s]!.sentence) {
      s = k;
      e = -1;
    }
    const id = words ? words.ids[k]! : -1;
    let starts = id < 0 ? undefined : startsOfWord[id];
    if (starts === undefined) {
      const word = id >= 0 ? words?.words?.[id] : undefined;
      starts = word?.temporalMemo as readonly Reading[] | undefined;
      if (starts === undefined) {
        starts = startReadings(t);
        if (word) word.temporalMemo = starts;
      }
      if (id >= 0) startsOfWord[id] = starts;
    }
    if (starts.length === 0) {
      k++;
      continue;
    }
    if (e < 0) {
      e = k + 1;
      while (e < tokens.length && tokens[e]!.sentence === t.sentence) e++;
    }
    const best = bestAt(tokens, k, starts, s, e);
    if (!best) {
      k++;
      continue;
    }
    const last = tokens[best.match.end - 1]!;
    out.push({
      start: offsetAfterFolded(t, best.skip, fold),
      end: last.end,
      firstToken: k,
      endToken: best.match.end,
      sentence: t.sentence,
      sentenceStart: s,
      sentenceEnd: e,
      spec: best.match.spec,
    });
    k = best.match.end;
  }
  return out;
}

/** Words that may stand between a weekday and the date it names: `الأحد (02 أكتوبر)`, `السبت الموافق 3 أيلول`. */
const WEEKDAY_DATE_BRIDGES = new Set(['الموافق', 'الموافقه']);

/**
 * A weekday right before a full date names that date: `الأحد (02 أكتوبر/ تشرين الأول 2016)`. The two stay two
 * expressions (as the guideline splits them), but the weekday takes the date's day instead of a tense guess.
 */
function linkWeekdaysToDates(candidates: Candidate[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.spec.kind !== 'weekday' || a.spec.direction === 0 || b.sentence !== a.sentence) continue;
    if (b.spec.kind !== 'date' || b.spec.day === null || b.firstToken - a.endToken > 3) continue;
    let bridged = true;
    for (let k = a.endToken; k < b.firstToken; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'punct' && !WEEKDAY_DATE_BRIDGES.has(t.norm)) bridged = false;
    }
    if (bridged) candidates[i] = { ...a, spec: { ...b.spec, part: a.spec.part ?? b.spec.part } };
  }
}

/**
 * Finds temporal expressions (dates, times, durations, sets) and normalises them to TIMEX3 values against the
 * document date. Pure: reads no clock; with no document date relative values stay underspecified.
 */
export function recognizeTemporal(ctx: AnalysisContext): TemporalResult {
  const { tokens, text } = ctx;
  const words =
    ctx.wordIds && ctx.wordCount !== undefined && ctx.wordIds.length === tokens.length
      ? {
          ids: ctx.wordIds,
          count: ctx.wordCount,
          words: ctx.words?.length === ctx.wordCount ? ctx.words : null,
        }
      : null;
  const candidates = findCandidates(tokens, words);
  linkWeekdaysToDates(candidates, tokens);
  const { dct, value: anchor, diagnostics } = documentDate(text, ctx.options.documentDate, candidates);
  const mentions: TemporalMention[] = [];
  let firstRelative: TemporalMention | null = null;
  for (const c of candidates) {
    if (c.spec.kind === 'impossible') {
      diagnostics.push({
        start: c.start,
        end: c.end,
        code: 'impossible-date',
        severity: 'warning',
        message: `"${text.slice(c.start, c.end)}" is not a real date (${c.spec.reason}).`,
        replacement: null,
      });
      continue;
    }
    const needsTense = c.spec.kind === 'weekday' || (c.spec.kind === 'date' && c.spec.year === null);
    const tense = needsTense ? tenseAt(tokens, c.firstToken, c.endToken, c.sentenceStart, c.sentenceEnd) : 0;
    const r = resolveSpec(c.spec, { dct: anchor, tense });
    if (!r) continue;
    const mention: TemporalMention = {
      kind: 'temporal',
      label: r.label,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: r.value,
      mod: r.mod,
      relative: r.relative,
      hijri: r.hijri,
      source: 'rule',
      confidence: r.confidence,
      sentence: c.sentence,
    };
    if (r.relative && !firstRelative) firstRelative = mention;
    mentions.push(mention);
  }
  if (dct.source === 'none' && firstRelative) {
    diagnostics.push({
      start: firstRelative.start,
      end: firstRelative.end,
      code: 'missing-document-date',
      severity: 'info',
      message:
        'No document date: relative expressions such as this one stay underspecified. Give one (--date or a manifest).',
      replacement: null,
    });
  }
  return { mentions, dct, diagnostics };
}
