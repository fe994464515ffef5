import type { AnalysisContext } from '../analysis.js';
import { fold } from '../text/normalize.js';
import type { Word } from '../text/word-table.js';
import type { Diagnostic, DocumentDate, TemporalMention, Token } from '../types.js';
import { type NamedDate, namedDateOf, resolveAnaphoric } from './anaphora.js';
import type { Ymd } from './calendar.js';
import { Cursor, offsetAfterFolded } from './cursor.js';
import { documentDate } from './dct.js';
import { lexicon } from './lexicon.js';
import {
  type Candidate,
  dayOfValue,
  followingDay,
  linkWeekdaysToDates,
  pairCalendars,
  paragraphBreaks,
} from './links.js';
import { resolveSpec } from './resolve.js';
import type { Match } from './spec.js';
import { type Start, startsOf } from './starts.js';
import { tenseAt } from './tense.js';

/**
 * How many paragraph breaks a clock time looks back over for the day the narrative named. A clock time with no
 * day of its own takes the closest day named before it in its sentence; else the first day named in the latest
 * sentence that named one (a lead's main clause comes first: `بدأت … اليوم الخميس … بعد أن تعثر اتفاق أمس
 * الأربعاء`), in its paragraph or the one before; else the DCT's.
 */
const CLOCK_PARAGRAPHS = 1;

interface NamedDay {
  readonly day: Ymd;
  readonly end: number;
}

export interface TemporalResult {
  readonly mentions: readonly TemporalMention[];
  readonly dct: DocumentDate;
  readonly diagnostics: readonly Diagnostic[];
}

interface WordIds {
  readonly ids: Int32Array;
  readonly count: number;
  /** The words by id, when known: their memo keeps the start readings across documents. */
  readonly words: readonly Word[] | null;
}

function bestAt(c: Cursor, k: number, starts: readonly Start[], sentenceStart: number, sentenceEnd: number) {
  // The longest match wins, the earlier rule (see RULES) on a tie.
  let best: { match: Match; skip: number } | null = null;
  for (const r of starts) {
    c.moveTo(k, r.word, r.clitic, sentenceStart, sentenceEnd);
    for (const matcher of r.matchers) {
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
  const startsOfWord: (readonly Start[] | undefined)[] = words ? new Array(words.count) : [];
  // Those earlier texts worked out, copied in one sweep over the words: their loads overlap, where the scan below
  // would wait for each word in turn.
  const known = words?.words;
  if (known)
    for (let id = 0; id < known.length; id++)
      startsOfWord[id] = known[id]!.temporalMemo as readonly Start[] | undefined;
  const cursor = new Cursor(tokens, 0, '', '', 0, 0);
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
      starts = startsOf(t);
      const word = id >= 0 ? known?.[id] : undefined;
      if (word) word.temporalMemo = starts;
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
    const best = bestAt(cursor, k, starts, s, e);
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

/**
 * Finds temporal expressions (dates, times, durations, sets) and normalises them to TIMEX3 values against the
 * document date. Pure: reads no clock; with no document date relative values stay underspecified.
 */
/**
 * «ثم سيطر على … بعد عشرة أيام»: «later» in a narrative counts from the event told before, not from the document
 * date, so only the amount is marked, as a duration (the guideline leaves the signal out). Only a future cue (سيعود
 * بعد ثلاثة أيام) makes it a date counted from the document date; news tells events, and its annotators mark a
 * bare «later» (تجددت الاشتباكات بعد أيام، ربما بعد أشهر) as a duration.
 */
function laterInNarrative(c: Candidate, tokens: readonly Token[]): Candidate {
  const spec = c.spec;
  if (spec.kind !== 'shift' || spec.direction !== 1 || c.endToken - c.firstToken < 2) return c;
  // بعد يومين من الآن counts from now whatever the tense.
  if (lexicon.nowWords.has(tokens[c.endToken - 1]!.norm)) return c;
  if (tenseAt(tokens, c.firstToken, c.endToken, c.sentenceStart, c.sentenceEnd) > 0) return c;
  const from = c.firstToken + 1;
  return {
    ...c,
    firstToken: from,
    start: tokens[from]!.start,
    spec: { kind: 'duration', unit: spec.unit, amount: spec.amount, mod: spec.mod },
  };
}

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
  pairCalendars(candidates, tokens);
  linkWeekdaysToDates(candidates, tokens);
  const { dct, value: anchor, diagnostics } = documentDate(text, ctx.options.documentDate, candidates);
  const mentions: TemporalMention[] = [];
  let firstRelative: TemporalMention | null = null;
  const resolveAt = (c: Candidate, dayAnchor: Ymd | null) => {
    const needsTense = c.spec.kind === 'weekday' || (c.spec.kind === 'date' && c.spec.year === null);
    const tense = needsTense ? tenseAt(tokens, c.firstToken, c.endToken, c.sentenceStart, c.sentenceEnd) : 0;
    return resolveSpec(c.spec, { dct: dayAnchor, tense });
  };
  // The days named in the latest sentence that named one: the narrative's reference day for a clock time.
  const named: { sentence: number; first: NamedDay | null; last: NamedDay | null } = {
    sentence: -1,
    first: null,
    last: null,
  };
  // What «اليوم نفسه», «الشهر ذاته», «اليوم التالي» count from: the date the text named last. (The first date of
  // the anaphor's own sentence was tried: it lost three of the held-out sets' anaphors and won none.)
  let latest: NamedDate | null = null;
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i]!;
    if (c.spec.kind === 'anaphoric') c = { ...c, spec: resolveAnaphoric(c.spec, latest, anchor) };
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
    c = laterInNarrative(c, tokens);
    let dayAnchor = anchor;
    if (c.spec.kind === 'clock' && !c.spec.stamp) {
      const clock = c.spec;
      // A clock time takes the day named right after it, else the narrative's day (see CLOCK_PARAGRAPHS).
      const following = followingDay(candidates, i, tokens);
      // مساء اليوم التالي: the day counted from the date named before, as the day itself will be.
      const next =
        following?.spec.kind === 'anaphoric'
          ? { ...following, spec: resolveAnaphoric(following.spec, latest, anchor) }
          : following;
      const nextValue = next && resolveAt(next, anchor)?.value;
      const nextDay = nextValue ? dayOfValue(nextValue) : null;
      if (nextDay) {
        dayAnchor = nextDay;
        const part = next && 'part' in next.spec ? next.spec.part : null;
        if (clock.part === null && part) c = { ...c, spec: { ...clock, part } };
      } else {
        const ref = named.sentence === c.sentence ? named.last : named.first;
        if (ref && paragraphBreaks(text, ref.end, c.start, CLOCK_PARAGRAPHS) <= CLOCK_PARAGRAPHS) {
          dayAnchor = ref.day;
        }
      }
    }
    const r = resolveAt(c, dayAnchor);
    if (!r) continue;
    // A clock time names no day of its own: it takes one from around it.
    if ((r.label === 'DATE' || r.label === 'TIME') && c.spec.kind !== 'clock')
      latest = namedDateOf(r.value) ?? latest;
    const day = dayOfValue(r.value);
    if (day) {
      const here = { day, end: c.end };
      if (named.sentence !== c.sentence) {
        named.sentence = c.sentence;
        named.first = here;
      }
      named.last = here;
    }
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
