/**
 * BILOU (BIOES) tags (Ratinov and Roth 2009) for the experiments: O, then B-, I-, L-, U- of PER, LOC, ORG, MISC.
 * Gold IOB2 sequences are re-encoded for training, and decoded BILOU maps back to IOB2 (U → B, L → I).
 */
import { TAG_COUNT } from '../../src/model/tags.js';
import type { Sequence, TagScheme } from '../perceptron.js';

const LABELS = (TAG_COUNT - 1) / 2;
const BILOU_COUNT = 1 + 4 * LABELS;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

const labelOf = (t: number) => (t === 0 ? -1 : (t - 1) >> 2);
const partOf = (t: number) => (t - 1) & 3;

/** May `tag` follow `prev` (-1: sentence start)? An entity opened by B- or I- must go on with I- or L-. */
function allowed(prev: number, tag: number): boolean {
  const open = prev > 0 && (partOf(prev) === B || partOf(prev) === I);
  const continues = tag > 0 && (partOf(tag) === I || partOf(tag) === L);
  if (!open) return !continues;
  return continues && labelOf(tag) === labelOf(prev);
}

/** The BILOU tag of each IOB2 tag of a sequence. */
export function toBilou(gold: Int32Array): Int32Array {
  return gold.map((t, i) => {
    if (t === 0) return 0;
    const label = (t - 1) >> 1;
    const inside = ((t - 1) & 1) === 1;
    const next = gold[i + 1] ?? 0;
    const nextContinues = next !== 0 && ((next - 1) & 1) === 1 && (next - 1) >> 1 === label;
    return 1 + 4 * label + (inside ? (nextContinues ? I : L) : nextContinues ? B : U);
  });
}

/** The IOB2 tag of a BILOU tag. */
export function toIob2(t: number): number {
  if (t === 0) return 0;
  const part = partOf(t);
  return 1 + 2 * labelOf(t) + (part === I || part === L ? 1 : 0);
}

export function bilouSequence(seq: Sequence): Sequence {
  const gold = toBilou(seq.gold);
  return seq.withoutGazetteer
    ? { ...seq, gold, withoutGazetteer: { ...seq.withoutGazetteer, gold } }
    : { ...seq, gold };
}

/** First-order Viterbi over BILOU with its constraints (start on O/B/U, end on O/L/U). */
export const BILOU: TagScheme = {
  tagCount: BILOU_COUNT,
  decode(emissions, n, transitions, start, end, out) {
    const T = BILOU_COUNT;
    if (n === 0) return;
    const back = new Int32Array(n * T);
    let prev = new Float64Array(T);
    let cur = new Float64Array(T);
    for (let t = 0; t < T; t++) prev[t] = allowed(-1, t) ? start[t]! + emissions[t]! : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < T; p++) {
          if (!allowed(p, t)) continue;
          const s = prev[p]! + transitions[p * T + t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        cur[t] = best + emissions[i * T + t]!;
        back[i * T + t] = arg;
      }
      [prev, cur] = [cur, prev];
    }
    let tag = 0;
    let score = -Infinity;
    for (let t = 0; t < T; t++) {
      const closes = t === 0 || partOf(t) === L || partOf(t) === U;
      const s = closes ? prev[t]! + end[t]! : -Infinity;
      if (s > score) {
        score = s;
        tag = t;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = tag;
      tag = back[i * T + tag]!;
    }
  },
};
