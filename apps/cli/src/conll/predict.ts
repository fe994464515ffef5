import { joinWords, type ParseOptions, parse, sentenceRanges, tagsFromMentions } from '@khabar/core';

/**
 * The full pipeline's IOB2 tags for one sentence of CoNLL words: the words are joined by spaces into running
 * text, parsed, and every word overlapped by an entity mention is tagged (B- on the mention's first word).
 */
export function predictWordTags(words: readonly string[], options: ParseOptions = {}): string[] {
  const sentence = joinWords(words);
  const doc = parse(sentence.text, options);
  const entities = doc.mentions.flatMap((m) => (m.kind === 'entity' ? [m] : []));
  return tagsFromMentions(sentence, words, entities);
}

/** Columns TOKEN, GOLD, PRED for every input line (blank lines stay blank); a missing gold column reads as O. */
export function tagConllLines(lines: readonly (readonly string[])[], options: ParseOptions = {}): string[][] {
  const out: string[][] = lines.map(() => []);
  for (const [from, to] of sentenceRanges(lines)) {
    const rows = lines.slice(from, to);
    const predicted = predictWordTags(
      rows.map((r) => r[0] ?? ''),
      options,
    );
    rows.forEach((row, k) => {
      out[from + k] = [row[0] ?? '', row[1] ?? 'O', predicted[k] ?? 'O'];
    });
  }
  return out;
}
