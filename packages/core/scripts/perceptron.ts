/**
 * The averaged structured perceptron (Collins 2002) behind scripts/train.ts: first-order Viterbi over IOB2 with the
 * decoder's constraints, lazy averaging, seeded shuffles, and the averaging of several runs' weights.
 */
import { TAG_COUNT } from '../src/model/tags.js';
import { constrainedTransitions, viterbi } from '../src/model/viterbi.js';

/** A tag set and its decoder: best tags of `n` positions given emissions and the raw transition weights. */
export interface TagScheme {
  readonly tagCount: number;
  decode(
    emissions: Float64Array,
    n: number,
    transitions: Float32Array,
    start: Float32Array,
    end: Float64Array,
    out: Int32Array,
  ): void;
}

/** The shipped scheme: IOB2 with the decoder's constraints (model/viterbi.ts). */
export const IOB2: TagScheme = {
  tagCount: TAG_COUNT,
  decode(emissions, n, transitions, start, end, out) {
    const { trans, first } = constrainedTransitions(transitions, start);
    viterbi(emissions, n, trans, first, end, out);
  },
};

export interface Sequence {
  /** Feature ids of each position, flattened; `offsets[i]..offsets[i+1]` are position i's. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
  /** The same positions without the gazetteer features (for gazetteer dropout), when there were any. */
  readonly withoutGazetteer?: Sequence;
  /** The same positions without the non-local features of a two-stage tagger (for their dropout). */
  readonly withoutNonLocal?: Sequence;
}

/** Weights by feature name (name → offset of its TAG_COUNT weights), as the trainer keeps them. */
export interface Named {
  readonly index: ReadonlyMap<string, number>;
  readonly values: Float32Array;
  readonly transitions: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
}

/** A weight vector with the running sum needed for averaging (Daumé's trick: avg = w - u / c). */
class Averaged {
  readonly w: Float64Array;
  readonly u: Float64Array;
  constructor(size: number) {
    this.w = new Float64Array(size);
    this.u = new Float64Array(size);
  }
  add(i: number, delta: number, c: number) {
    this.w[i]! += delta;
    this.u[i]! += c * delta;
  }
  average(c: number): Float64Array {
    return this.w.map((w, i) => w - this.u[i]! / c);
  }
}

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<X>(items: X[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

export class Perceptron {
  readonly emit: Averaged;
  readonly trans: Averaged;
  readonly start: Averaged;
  readonly end: Averaged;
  c = 1;
  /**
   * `cost` > 0 makes training cost-augmented: the decoder looks for the best tags with `cost` added to every wrong
   * tag (Hamming loss), so updates also come from correct but low-margin sentences.
   */
  constructor(
    featureCount: number,
    readonly scheme: TagScheme = IOB2,
    readonly cost = 0,
    /** PA-I aggressiveness C; 0 keeps the perceptron's unit steps. */
    readonly passiveAggressive = 0,
  ) {
    const T = scheme.tagCount;
    this.emit = new Averaged(featureCount * T);
    this.trans = new Averaged(T * T);
    this.start = new Averaged(T);
    this.end = new Averaged(T);
  }

  private decode(seq: Sequence): Int32Array {
    const T = this.scheme.tagCount;
    const n = seq.gold.length;
    const emissions = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
        const base = seq.ids[k]! * T;
        for (let t = 0; t < T; t++) emissions[i * T + t]! += this.emit.w[base + t]!;
      }
      if (this.cost > 0) {
        for (let t = 0; t < T; t++) if (t !== seq.gold[i]) emissions[i * T + t]! += this.cost;
      }
    }
    const out = new Int32Array(n);
    const transitions = Float32Array.from(this.trans.w);
    this.scheme.decode(emissions, n, transitions, Float32Array.from(this.start.w), this.end.w, out);
    return out;
  }

  learn(seq: Sequence): void {
    const T = this.scheme.tagCount;
    const pred = this.decode(seq);
    const gold = seq.gold;
    const n = gold.length;
    // The update φ(gold) − φ(pred), gathered per weight so that a passive-aggressive step can be sized from it.
    const emit = new Map<number, number>();
    const trans = new Map<number, number>();
    const edge = (table: Map<number, number>, at: number, delta: number) =>
      table.set(at, (table.get(at) ?? 0) + delta);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        loss++;
        for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
          edge(emit, seq.ids[k]! * T + g, 1);
          edge(emit, seq.ids[k]! * T + p, -1);
        }
      }
      const gp = i > 0 ? gold[i - 1]! : -1;
      const pp = i > 0 ? pred[i - 1]! : -1;
      if (g !== p || gp !== pp) {
        // Transitions are T*T entries, then start (T), then end (T).
        edge(trans, i === 0 ? T * T + g : gp * T + g, 1);
        edge(trans, i === 0 ? T * T + p : pp * T + p, -1);
      }
    }
    if (n > 0 && gold[n - 1] !== pred[n - 1]) {
      edge(trans, T * T + T + gold[n - 1]!, 1);
      edge(trans, T * T + T + pred[n - 1]!, -1);
    }
    const step = loss === 0 ? 0 : this.passiveAggressive > 0 ? this.paStep(emit, trans, loss) : 1;
    if (step === 0) {
      this.c++;
      return;
    }
    for (const [at, delta] of emit) if (delta !== 0) this.emit.add(at, step * delta, this.c);
    for (const [at, delta] of trans) {
      if (delta === 0) continue;
      if (at < T * T) this.trans.add(at, step * delta, this.c);
      else if (at < T * T + T) this.start.add(at - T * T, step * delta, this.c);
      else this.end.add(at - T * T - T, step * delta, this.c);
    }
    this.c++;
  }

  /** PA-I step (Crammer et al. 2006): min(C, (loss − w·Δφ) / ‖Δφ‖²), at least 0. */
  private paStep(emit: Map<number, number>, trans: Map<number, number>, loss: number): number {
    const T = this.scheme.tagCount;
    let margin = 0;
    let norm = 0;
    for (const [at, delta] of emit) {
      margin += this.emit.w[at]! * delta;
      norm += delta * delta;
    }
    for (const [at, delta] of trans) {
      const w =
        at < T * T
          ? this.trans.w[at]!
          : at < T * T + T
            ? this.start.w[at - T * T]!
            : this.end.w[at - T * T - T]!;
      margin += w * delta;
      norm += delta * delta;
    }
    if (norm === 0) return 0;
    return Math.max(0, Math.min(this.passiveAggressive, (loss - margin) / norm));
  }

  /** The averaged weights as an inference model (feature ids become offsets). */
  snapshot(ids: ReadonlyMap<string, number>): Named {
    const T = this.scheme.tagCount;
    return {
      index: new Map([...ids].map(([name, id]) => [name, id * T])),
      values: Float32Array.from(this.emit.average(this.c)),
      transitions: Float32Array.from(this.trans.average(this.c)),
      start: Float32Array.from(this.start.average(this.c)),
      end: Float32Array.from(this.end.average(this.c)),
    };
  }
}

export function averageModels(models: readonly Named[]): Named {
  const mean = (pick: (m: Named) => Float32Array) => {
    const out = new Float32Array(pick(models[0]!).length);
    for (const m of models) {
      const values = pick(m);
      for (let i = 0; i < out.length; i++) out[i]! += values[i]! / models.length;
    }
    return out;
  };
  return {
    ...models[0]!,
    values: mean((m) => m.values),
    transitions: mean((m) => m.transitions),
    start: mean((m) => m.start),
    end: mean((m) => m.end),
  };
}
