import type { EntityLabel } from '../types.js';
import { spansOfTags, tagIndex } from './tags.js';

export interface Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly correct: number;
  readonly gold: number;
  readonly predicted: number;
}

export interface EntityScores {
  readonly overall: Counts;
  readonly perLabel: Readonly<Record<string, Counts>>;
}

function counts(correct: number, gold: number, predicted: number): Counts {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, gold, predicted };
}

/**
 * Entity-level micro scores (conlleval / seqeval): a predicted entity counts only when its label and both
 * boundaries equal a gold entity's. Each sentence is a list of written tags (PERS reads as PER; IOB1 and IOB2).
 */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): EntityScores {
  const tally = new Map<string, { correct: number; gold: number; predicted: number }>();
  const entry = (label: EntityLabel) => {
    const known = tally.get(label);
    if (known) return known;
    const fresh = { correct: 0, gold: 0, predicted: 0 };
    tally.set(label, fresh);
    return fresh;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = spansOfTags(gold[s]!.map(tagIndex));
    const p = spansOfTags((predicted[s] ?? []).map(tagIndex));
    const keys = new Set(g.map((x) => `${x.start}:${x.end}:${x.label}`));
    for (const x of g) entry(x.label).gold++;
    for (const x of p) {
      const t = entry(x.label);
      t.predicted++;
      if (keys.has(`${x.start}:${x.end}:${x.label}`)) t.correct++;
    }
  }
  const perLabel: Record<string, Counts> = {};
  let c = 0;
  let g = 0;
  let p = 0;
  for (const label of [...tally.keys()].sort()) {
    const t = tally.get(label)!;
    perLabel[label] = counts(t.correct, t.gold, t.predicted);
    c += t.correct;
    g += t.gold;
    p += t.predicted;
  }
  return { overall: counts(c, g, p), perLabel };
}
