import { isAllowed, TAG_COUNT } from './tags.js';

/** Transition scores with IOB2-impossible moves set to -Infinity, so decoding never yields an orphan I- tag. */
export function constrainedTransitions(transitions: Float32Array, start: Float32Array) {
  const trans = new Float64Array(TAG_COUNT * TAG_COUNT);
  const first = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    first[t] = isAllowed(-1, t) ? start[t]! : Number.NEGATIVE_INFINITY;
    for (let p = 0; p < TAG_COUNT; p++) {
      trans[p * TAG_COUNT + t] = isAllowed(p, t) ? transitions[p * TAG_COUNT + t]! : Number.NEGATIVE_INFINITY;
    }
  }
  return { trans, first };
}

/**
 * First-order Viterbi over `n` positions. `emissions[i * TAG_COUNT + t]` scores tag t at position i; `trans` and
 * `first` come from constrainedTransitions, `last` scores ending on each tag. Writes the best tags into `out`.
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  trans: Float64Array,
  first: Float64Array,
  last: Float32Array | Float64Array,
  out: Int32Array | Uint8Array,
): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) prev[t] = first[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    const e = i * T;
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = prev[p]! + trans[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[t] = best + emissions[e + t]!;
      back[e + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let bestTag = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < T; t++) {
    const s = prev[t]! + last[t]!;
    if (s > bestScore) {
      bestScore = s;
      bestTag = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestTag;
    bestTag = back[i * T + bestTag]!;
  }
}
