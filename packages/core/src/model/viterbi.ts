import { isAllowed, TAG_COUNT, TAGS, type Tag } from './tags.js';

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

const TAGS_N = TAG_COUNT;

/** For an I- tag, the index of the B- tag of its label; -1 for O and B- tags. */
const BEGIN_OF = Int8Array.from(TAGS, (tag) =>
  tag.startsWith('I-') ? TAGS.indexOf(`B-${tag.slice(2)}` as Tag) : -1,
);

/** Reusable scratch space, so decoding a long document allocates nothing per sentence. */
export class ViterbiScratch {
  back = new Uint8Array(0);
  readonly prev = new Float64Array(TAG_COUNT);
  readonly cur = new Float64Array(TAG_COUNT);
  reserve(n: number): void {
    if (this.back.length < n * TAG_COUNT)
      this.back = new Uint8Array(Math.max(n * TAG_COUNT, 2 * this.back.length));
  }
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
  scratch: ViterbiScratch = new ViterbiScratch(),
): void {
  if (n === 0) return;
  const T = TAGS_N;
  scratch.reserve(n);
  const back = scratch.back;
  let prev = scratch.prev;
  let cur = scratch.cur;
  for (let t = 0; t < T; t++) prev[t] = first[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    const e = i * T;
    // O and B- tags may follow any tag; an I- tag only its own B- or itself.
    for (let t = 0; t < T; t++) {
      let arg: number;
      let best: number;
      const begin = BEGIN_OF[t]!;
      if (begin >= 0) {
        const viaB = prev[begin]! + trans[begin * T + t]!;
        const viaI = prev[t]! + trans[t * T + t]!;
        arg = viaI > viaB ? t : begin;
        best = viaI > viaB ? viaI : viaB;
      } else {
        arg = 0;
        best = prev[0]! + trans[t]!;
        for (let p = 1; p < T; p++) {
          const s = prev[p]! + trans[p * T + t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
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
