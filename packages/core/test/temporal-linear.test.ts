import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { Cursor } from '../src/temporal/cursor.js';

/**
 * The dates recogniser stays linear on long and repetitive input. Counted, not timed: every look the grammar
 * takes at a token goes through the Cursor, so the number of Cursor reads per token must not grow with the
 * length of the text (a quadratic path would multiply it by four when the text grows fourfold).
 */

const READS = ['word', 'punct', 'isNumber', 'lookup', 'previousWords'] as const;

type Method = (this: Cursor, ...args: unknown[]) => unknown;

/** Counts the Cursor reads of one parse (a plain counter: a spy would keep every call's arguments). */
function cursorReads(text: string): number {
  const prototype = Cursor.prototype as unknown as Record<string, Method>;
  const originals = READS.map((name) => [name, prototype[name]!] as const);
  let reads = 0;
  for (const [name, original] of originals) {
    prototype[name] = function (this: Cursor, ...args: unknown[]) {
      reads++;
      return original.apply(this, args);
    };
  }
  try {
    parse(text, { entities: false });
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
  return reads;
}

const REPEATED: Record<string, string> = {
  'dates with tense cues': 'في 3 أيلول 2015 أمس وسيزور ',
  'month names and numbers': 'كانون الأول 5 2016 / ',
  'amounts and units': 'وثلاثة وعشرين يوما ',
  'weekdays and parts of day': 'يوم الأحد صباحا والاثنين مساء ',
  'bare numbers': '12 ',
};

describe('dates recogniser work per token', () => {
  it.each(Object.entries(REPEATED))('%s: reads grow linearly with the text', (_name, unit) => {
    const small = cursorReads(unit.repeat(500));
    const large = cursorReads(unit.repeat(2000));
    expect(large).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(4 * small * 1.05 + 50);
  });

  it('spends no grammar work on words that start no expression (one long sentence of titles)', () => {
    expect(cursorReads('وزير الخارجية '.repeat(20_000))).toBe(0);
  });

  it('reads each token a bounded number of times', () => {
    const text = Object.values(REPEATED).join('').repeat(300);
    const tokens = parse(text, { entities: false, temporal: false }).tokens.length;
    expect(cursorReads(text) / tokens).toBeLessThan(40);
  });
});
