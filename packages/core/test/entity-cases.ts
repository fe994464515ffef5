import { describe, expect, it } from 'vitest';
import { type EntityMention, parse } from '../src/index.js';

/** A sentence whose entity spans must include every `found` and none of `absent` (as `LABEL:text`). */
export interface EntityCase {
  readonly sentence: string;
  readonly found: readonly string[];
  readonly absent?: readonly string[];
}

/** The entity mentions of a text as `LABEL:text`. */
export const entitySpans = (text: string): string[] =>
  parse(text, { temporal: false })
    .mentions.filter((m): m is EntityMention => m.kind === 'entity')
    .map((m) => `${m.label}:${m.text}`);

/** One test per sentence, grouped by error category (other mentions may come and go with the model). */
export function testEntityCategories(categories: Record<string, readonly EntityCase[]>): void {
  describe.each(Object.entries(categories))('%s', (_name, cases) => {
    it.each(cases)('$sentence', ({ sentence, found, absent = [] }) => {
      const got = entitySpans(sentence);
      for (const want of found) expect(got).toContain(want);
      for (const never of absent) expect(got).not.toContain(never);
    });
  });
}
