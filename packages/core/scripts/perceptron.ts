/**
 * The averaged structured perceptron (Collins 2002) behind scripts/train.ts: first-order Viterbi over IOB2 with the
 * decoder's constraints, lazy averaging, seeded shuffles, and the averaging of several runs' weights.
 */
import { TAG_COUNT } from '../src/model/tags.js';
import { constrainedTransitions, viterbi } from '../src/model/viterbi.js';

const T = TAG_COUNT;

export interface Sequence {
  /** Feature ids of each position, flattened; `offsets[i]..offsets[i+1]` are position i's. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly gold: Int32Array;
  /** The same positions without the gazetteer features (for gazetteer dropout), when there were any. */
  readonly withoutGazetteer?: Sequence;
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
  readonly trans = new Averaged(T * T);
  readonly start = new Averaged(T);
  readonly end = new Averaged(T);
  c = 1;
  constructor(featureCount: number) {
    this.emit = new Averaged(featureCount * T);
  }

  private decode(seq: Sequence): Int32Array {
    const n = seq.gold.length;
    const emissions = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
        const base = seq.ids[k]! * T;
        for (let t = 0; t < T; t++) emissions[i * T + t]! += this.emit.w[base + t]!;
      }
    }
    const { trans, first } = constrainedTransitions(
      Float32Array.from(this.trans.w),
      Float32Array.from(this.start.w),
    );
    const out = new Int32Array(n);
    viterbi(emissions, n, trans, first, this.end.w, out);
    return out;
  }

  learn(seq: Sequence): void {
    const pred = this.decode(seq);
    const gold = seq.gold;
    const n = gold.length;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        for (let k = seq.offsets[i]!; k < seq.offsets[i + 1]!; k++) {
          this.emit.add(seq.ids[k]! * T + g, 1, this.c);
          this.emit.add(seq.ids[k]! * T + p, -1, this.c);
        }
      }
      const gp = i > 0 ? gold[i - 1]! : -1;
      const pp = i > 0 ? pred[i - 1]! : -1;
      if (g !== p || gp !== pp) {
        if (i === 0) {
          this.start.add(g, 1, this.c);
          this.start.add(p, -1, this.c);
        } else {
          this.trans.add(gp * T + g, 1, this.c);
          this.trans.add(pp * T + p, -1, this.c);
        }
      }
    }
    if (n > 0 && gold[n - 1] !== pred[n - 1]) {
      this.end.add(gold[n - 1]!, 1, this.c);
      this.end.add(pred[n - 1]!, -1, this.c);
    }
    this.c++;
  }

  /** The averaged weights as an inference model (feature ids become offsets). */
  snapshot(ids: ReadonlyMap<string, number>): Named {
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
