import type { Counts, EntityScores } from '@khabar/core';

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

function line(name: string, c: Counts): string {
  return `${name.padStart(17)}: precision: ${pct(c.precision)}%; recall: ${pct(c.recall)}%; FB1: ${pct(c.f1)}  ${c.predicted}`;
}

/** A conlleval-style report: totals, then precision, recall and F1 overall and per label. */
export function formatReport(scores: EntityScores, tokenCount: number): string {
  const { overall } = scores;
  const rows = [
    `processed ${tokenCount} tokens with ${overall.gold} phrases; found: ${overall.predicted} phrases; correct: ${overall.correct}.`,
    line('all', overall),
    ...Object.entries(scores.perLabel).map(([label, c]) => line(label, c)),
  ];
  return `${rows.join('\n')}\n`;
}

/** The same numbers as JSON (rounded to 4 decimals). */
export function formatJson(scores: EntityScores, tokenCount: number): string {
  const round = (c: Counts) => ({
    precision: Number(c.precision.toFixed(4)),
    recall: Number(c.recall.toFixed(4)),
    f1: Number(c.f1.toFixed(4)),
    correct: c.correct,
    gold: c.gold,
    predicted: c.predicted,
  });
  const perLabel = Object.fromEntries(Object.entries(scores.perLabel).map(([label, c]) => [label, round(c)]));
  return `${JSON.stringify({ tokens: tokenCount, overall: round(scores.overall), perLabel })}\n`;
}
