import type { TimexMod } from '../types.js';
import type { Cursor } from './cursor.js';
import { type DurationUnit, lexicon } from './lexicon.js';
import { readAmount, readQuantityMod, readUnit } from './read.js';
import type { Match } from './spec.js';

/**
 * Durations (`24 ساعة`، `سبعة أيام`، `يومين`، `أكثر من أسبوعين`، `نصف عام`، `بضعة أيام`، `الأيام الثلاثة الماضية`),
 * "ago"/"later" shifts (`قبل يومين`، `بعد ثلاثة أيام`) and sets (`كل يوم`، `أسبوعياً`، `كل جمعة`).
 */

interface Quantity {
  readonly unit: DurationUnit;
  readonly amount: number | null;
  readonly mod: TimexMod | null;
  readonly end: number;
}

/** Whether a signal word stands before the expression; asked only once a unit is read (it reads the word before). */
type Signalled = (c: Cursor) => boolean;

/**
 * `[mod] amount unit [ونصف]`, a dual unit (`يومين`، `عامين ونصف`، `ساعة وربع`), and, where a signal word stands before (`منذ أسبوع`،
 * `خلال أيام`), a bare singular or plural unit.
 */
function readQuantity(c: Cursor, k0: number, signalled: Signalled): Quantity | null {
  let k = k0;
  const qmod = readQuantityMod(c, k);
  if (qmod) k = qmod.end;
  const mod = qmod?.value ?? null;
  const q = readCount(c, k, signalled, mod);
  // عقد/عقود are also contracts (وقّعت الشركة 3 عقود): decades only after a signal or a modifier.
  if (q && q.unit === 'DE' && !mod && !signalled(c)) return null;
  return q;
}

function readCount(c: Cursor, k: number, signalled: Signalled, mod: TimexMod | null): Quantity | null {
  const amount = readAmount(c, k);
  if (amount) {
    const unit = readUnit(c, amount.end);
    // عشرات السنين: a vague quantity may take the definite plural.
    if (!unit || (unit.value.definite && amount.value !== null)) return null;
    const fraction = amount.value === null ? undefined : lexicon.unitFractions.get(c.word(unit.end));
    return fraction === undefined
      ? { unit: unit.value.unit, amount: amount.value, mod, end: unit.end }
      : { unit: unit.value.unit, amount: (amount.value as number) + fraction, mod, end: unit.end + 1 };
  }
  const unit = readUnit(c, k);
  if (!unit || unit.value.definite) return null;
  const u = unit.value;
  let end = unit.end;
  const next = c.word(end);
  // ساعة ونصف، عامين ونصف، ساعة وربع: the fraction adds to the one or two units.
  const fraction = u.number === 'plural' ? undefined : lexicon.unitFractions.get(next);
  if (u.number === 'dual')
    return { unit: u.unit, amount: 2 + (fraction ?? 0), mod, end: fraction ? end + 1 : end };
  if (u.number === 'singular') {
    if (lexicon.singleUnitAdjectives.has(next)) return { unit: u.unit, amount: 1, mod, end: end + 1 };
    // أسبوعاً آخر (one more week) by its accusative or a signal; في يوم آخر is another day, no duration.
    if (lexicon.additionalUnitAdjectives.has(next) && (c.word(end - 1).endsWith('ا') || signalled(c)))
      return { unit: u.unit, amount: 1, mod, end: end + 1 };
    if (fraction !== undefined) return { unit: u.unit, amount: 1 + fraction, mod, end: end + 1 };
    // قبل يوم الجمعة، خلال يوم الانتخابات، منذ عام 2011: the noun heads something else, it is no amount.
    const heads = next.startsWith('ال') || lexicon.weekdays.bare.has(next) || c.isNumber(end);
    return (mod || signalled(c)) && !heads ? { unit: u.unit, amount: 1, mod, end } : null;
  }
  if (lexicon.vagueAdjectives.has(next)) end++;
  // An accusative plural (أياما، شهورا) is an adverb of time by its ending: no signal needed.
  const accusative = c.word(unit.end - 1).endsWith('ا');
  return mod || end > unit.end || accusative || signalled(c)
    ? { unit: u.unit, amount: null, mod, end }
    : null;
}

const always: Signalled = () => true;

function isSignalled(c: Cursor): boolean {
  if (c.clitic.endsWith('ل')) return true; // لأيام، لساعات
  return c.previousWords().some((w) => lexicon.durationSignals.has(w));
}

export function matchDuration(c: Cursor, k: number): Match | null {
  const q = readQuantity(c, k, isSignalled);
  return q ? { end: q.end, spec: { kind: 'duration', unit: q.unit, amount: q.amount, mod: q.mod } } : null;
}

/**
 * `قبل يومين` (ago, قبل inside the span) and `بعد ثلاثة أيام` (later). Followed by من/على the shift is
 * anchored on an event, not on the document date (`بعد يومين من المحادثات`): then only the duration is marked;
 * anchored on now (`بعد يومين من الآن`) it is a shift again.
 */
export function matchShift(c: Cursor, k: number): Match | null {
  const w = c.word(k);
  const direction = lexicon.agoWords.has(w) ? -1 : lexicon.laterWords.has(w) ? 1 : 0;
  if (direction === 0) return null;
  const q = readQuantity(c, k + 1, always);
  if (!q) return null;
  let end = q.end;
  // … but «من» + a place is where one came from: وصل قبل ثلاث سنوات من حي الفردوس (ago).
  if (lexicon.anchoredFollowers.has(c.word(end)) && !lexicon.originNouns.has(c.word(end + 1))) {
    // بعد يومين من الآن: anchored on now, a shift from the document date after all (not من اليوم الذي …).
    const now = lexicon.ofWords.has(c.word(end)) && lexicon.nowWords.has(c.word(end + 1));
    if (!now || c.word(end + 2).startsWith('ال')) return null;
    end += 2;
  }
  return { end, spec: { kind: 'shift', unit: q.unit, amount: q.amount, direction, mod: q.mod } };
}

/** A definite number after a definite unit: الثلاثة، الأربع والعشرين، الخمسة عشر، العشرين. */
function readDefiniteAmount(c: Cursor, k: number): { value: number; end: number } | null {
  const w = c.word(k);
  if (!w.startsWith('ال')) return null;
  const unit = lexicon.cardinals.get(w.slice(2));
  const tens = lexicon.tens.get(w.slice(2));
  if (unit === undefined) return tens === undefined ? null : { value: tens, end: k + 1 };
  const next = c.word(k + 1);
  if (unit < 10 && lexicon.teenMarkers.has(next)) return { value: unit + 10, end: k + 2 };
  const joinedTens = next.startsWith('وال') ? lexicon.tens.get(next.slice(3)) : undefined;
  if (joinedTens !== undefined) return { value: unit + joinedTens, end: k + 2 };
  return { value: unit, end: k + 1 };
}

/**
 * Definite spans of time counted back or forward from now: `الأيام الثلاثة الماضية`، `الأيام القليلة المقبلة`،
 * `الساعات الـ24 الماضية`، `الـ24 ساعة الماضية`، `العامين الماضيين`.
 */
export function matchDefinitePeriod(c: Cursor, k: number): Match | null {
  let unit = readUnit(c, k);
  let amount: number | null = null;
  let at: number;
  if (unit?.value.definite) {
    at = unit.end;
    if (unit.value.number === 'dual') amount = 2;
    else if (unit.value.number === 'singular') return null;
    const w = c.word(at);
    const definite = readDefiniteAmount(c, at);
    if (definite) {
      amount = definite.value;
      at = definite.end;
    } else if (w === 'ال' && c.isNumber(at + 1)) {
      amount = Number(c.word(at + 1));
      at += 2;
    } else if (lexicon.fewAdjectives.has(w)) {
      at++;
    }
  } else if (c.word(k) === 'ال' && c.isNumber(k + 1)) {
    amount = Number(c.word(k + 1));
    unit = readUnit(c, k + 2);
    if (!unit || unit.value.definite || !Number.isFinite(amount)) return null;
    at = unit.end;
  } else {
    return null;
  }
  if (lexicon.pluralPeriodModifiers.get(c.word(at)) === undefined) return null;
  return { end: at + 1, spec: { kind: 'duration', unit: unit.value.unit, amount, mod: null } };
}

const SET_UNIT: Partial<Record<DurationUnit, string>> = {
  S: 'PT1S',
  M: 'PT1M',
  H: 'PT1H',
  D: 'P1D',
  W: 'P1W',
  MO: 'P1M',
  Y: 'P1Y',
};

export function matchSet(c: Cursor, k: number): Match | null {
  const adverb = lexicon.sets.get(c.word(k));
  if (adverb) return { end: k + 1, spec: { kind: 'set', value: adverb } };
  if (!lexicon.setWords.has(c.word(k))) return null;
  let at = k + 1;
  // كل يوم جمعة، كل جمعة، كل يوم الجمعة
  const dayFirst = lexicon.dayWords.has(c.word(at));
  const wdWord = c.word(dayFirst ? at + 1 : at);
  const wd = lexicon.weekdays.bare.get(wdWord) ?? lexicon.weekdays.definite.get(wdWord);
  if (wd !== undefined)
    return { end: (dayFirst ? at + 1 : at) + 1, spec: { kind: 'set', value: `XXXX-WXX-${wd}` } };
  const part = lexicon.partsOfDay.entries.get(c.word(at));
  if (part) return { end: at + 1, spec: { kind: 'set', value: `XXXX-XX-XXT${part}` } };
  const amount = readAmount(c, at);
  if (amount?.value) at = amount.end;
  const unit = readUnit(c, at);
  if (!unit || unit.value.definite) return null;
  const n = unit.value.number === 'dual' ? 2 : (amount?.value ?? 1);
  if (!Number.isInteger(n)) return null;
  const one = SET_UNIT[unit.value.unit];
  const value = one ? one.replace('1', String(n)) : `P${n}${unit.value.unit}`;
  return { end: unit.end, spec: { kind: 'set', value } };
}
