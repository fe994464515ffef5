import { stemOf } from '../../src/model/features.js';

/**
 * Non-local features of a second-pass tagger (Krishnan and Manning 2006, "An effective two-stage model for
 * exploiting non-local dependencies in named entity recognition"): what the first pass said about the other
 * occurrences of a token's stem in the same document. A name tagged PER twice in an article is likely a person
 * where the first pass missed it a third time.
 */

/** The first pass's label classes: the entity labels, then O (index NON_LOCAL_O). */
export const NON_LOCAL_CLASSES = ['PER', 'LOC', 'ORG', 'MISC', 'O'] as const;
export const NON_LOCAL_O = 4;
const CLASS_COUNT = NON_LOCAL_CLASSES.length;

const WORD = /^[\u0621-\u064a\u0671-\u06d3a-z]{2,}$/;

/** The key under which a word's occurrences are pooled: its folded stem (2+ letters), null for other tokens. */
export function occurrenceKey(norm: string): string | null {
  if (!WORD.test(norm)) return null;
  const { stem } = stemOf(norm);
  return stem.length >= 2 ? stem : null;
}

/** A token's non-local evidence: the majority class of the other occurrences, and their majority entity label. */
export interface NonLocalCodes {
  /** Index in NON_LOCAL_CLASSES, -1 when the stem occurs nowhere else. */
  majority: number;
  /** Index of an entity label, -1 when no other occurrence was tagged as an entity. */
  entity: number;
}

/** Per occurrence key, how many occurrences the first pass put in each class. */
export class LabelCounts {
  private readonly counts = new Map<string, Int32Array>();

  add(key: string | null, labelClass: number, delta = 1): void {
    if (key === null) return;
    let c = this.counts.get(key);
    if (!c) {
      c = new Int32Array(CLASS_COUNT);
      this.counts.set(key, c);
    }
    c[labelClass]! += delta;
  }

  /** The evidence of one occurrence of `key` whose own first-pass class is `own` (left out of the counts). */
  codes(key: string | null, own: number, out: NonLocalCodes): NonLocalCodes {
    out.majority = -1;
    out.entity = -1;
    const c = key === null ? undefined : this.counts.get(key);
    if (!c) return out;
    const others = (l: number) => c[l]! - (l === own ? 1 : 0);
    let total = 0;
    let majority = NON_LOCAL_O; // a tie with O goes to O
    let entity = -1;
    for (let l = 0; l < CLASS_COUNT; l++) {
      const n = others(l);
      total += n;
      if (n > others(majority)) majority = l;
      if (l < NON_LOCAL_O && n > 0 && (entity < 0 || n > others(entity))) entity = l;
    }
    if (total > 0) {
      out.majority = majority;
      out.entity = entity;
    }
    return out;
  }
}

/** The feature names of non-local codes, as the trainer writes them: `nd|<class>` and `nde|<label>`. */
export function nonLocalFeatureNames(codes: NonLocalCodes): string[] {
  const names: string[] = [];
  if (codes.majority >= 0) names.push(`nd|${NON_LOCAL_CLASSES[codes.majority]}`);
  if (codes.entity >= 0) names.push(`nde|${NON_LOCAL_CLASSES[codes.entity]}`);
  return names;
}
