import type { Token } from '../types.js';
import { MEMO_LIMIT, readings } from './cursor.js';
import { lexicon } from './lexicon.js';

/**
 * The tense around a token, for weekdays and dates without a year: the nearest cue before it in the sentence
 * (then after it) decides. Future cues: سوف، من المتوقع، من المقرر، a سـ-prefixed imperfect verb (سيبدأ،
 * وستركز); past cues: common perfect verbs of news reports, أمس، كان. With no cue the caller decides (a weekday
 * in a news report is then a past one; a date without a year the nearest).
 */

const WINDOW_BEFORE = 12;
const WINDOW_AFTER = 6;

function isFutureVerb(word: string): boolean {
  const t = lexicon.tense;
  return (
    word.length >= t.futurePrefixMinLength &&
    word.startsWith(t.futurePrefix) &&
    t.imperfectPrefixes.has(word[1]!) &&
    !t.notFutureVerbs.has(word) &&
    !t.notFuturePrefixes.some((p) => word.startsWith(p))
  );
}

type Cue = -1 | 0 | 1;

/** Cues by folded word (see MEMO_LIMIT): tenseAt reads up to 18 words around every weekday and yearless date. */
const cueMemo = new Map<string, Cue>();

/** -1 past, 1 future, 0 no cue. */
export function tenseCue(token: Token): Cue {
  if (token.kind !== 'arabic') return 0;
  let cue = cueMemo.get(token.norm);
  if (cue === undefined) {
    if (cueMemo.size >= MEMO_LIMIT) cueMemo.clear();
    cue = wordCue(token.norm);
    cueMemo.set(token.norm, cue);
  }
  return cue;
}

function wordCue(norm: string): Cue {
  for (const r of readings(norm)) {
    if (r.clitic.length > 1 || /[بلك]/.test(r.clitic)) continue; // only و/ف may stand before a verb
    if (lexicon.tense.future.has(r.word) || isFutureVerb(r.word)) return 1;
    if (lexicon.tense.past.has(r.word)) return -1;
  }
  return 0;
}

export function tenseAt(
  tokens: readonly Token[],
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): Cue {
  for (let k = start - 1; k >= sentenceStart && start - k <= WINDOW_BEFORE; k--) {
    const cue = cueAt(tokens, k, sentenceStart);
    if (cue !== 0) return cue;
  }
  for (let k = end; k < sentenceEnd && k - end < WINDOW_AFTER; k++) {
    const cue = cueAt(tokens, k, sentenceStart);
    // After the day an imperfect verb describes more often than it schedules: «قضينا ساعات مساء الخميس نتابع
    // الحافلات وهي تغادر».
    if (cue === 1 && isBareImperfect(tokens[k]!.norm)) continue;
    if (cue !== 0) return cue;
  }
  return 0;
}

/** An imperfect verb without the future's سـ (تغادر، ويجتمع). */
function isBareImperfect(norm: string): boolean {
  const word = norm[0] === 'و' || norm[0] === 'ف' ? norm.slice(1) : norm;
  return lexicon.tense.imperfectPrefixes.has(word[0] ?? '');
}

/** NEUTRAL_BEFORE[…] before an imperfect verb takes its tense away: قبل أن ينطلق، لم يجتمع (past), أن يبدأ. */
const NEUTRAL_BEFORE = new Set(['ان', 'لم', 'لما']);

/** The cue of token k, none for a future cue of an imperfect verb right after أن or لم. */
function cueAt(tokens: readonly Token[], k: number, sentenceStart: number): Cue {
  const cue = tenseCue(tokens[k]!);
  if (cue !== 1 || k <= sentenceStart) return cue;
  const before = tokens[k - 1]!;
  // «على أن» + the imperfect is what was agreed to happen: على أن يتوجه كيري بعدها إلى لندن الأحد.
  if (before.norm === 'ان' && k - 2 >= sentenceStart && tokens[k - 2]!.norm === 'علي') return cue;
  return before.kind === 'arabic' && NEUTRAL_BEFORE.has(before.norm) && /^[يت]/.test(tokens[k]!.norm)
    ? 0
    : cue;
}
