import { describe, expect, it } from 'vitest';
import { filterSemanticTokens, keepsEverything } from '../src/semantic-filter.js';

const TYPES = ['person', 'location', 'organization', 'misc', 'date', 'time', 'duration', 'set'];

interface Token {
  line: number;
  char: number;
  length: number;
  type: number;
  mods: number;
}

function encode(tokens: Token[]): Uint32Array {
  const out: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    out.push(t.line - line, t.line === line ? t.char - char : t.char, t.length, t.type, t.mods);
    line = t.line;
    char = t.char;
  }
  return Uint32Array.from(out);
}

function decode(data: Uint32Array): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push({ line, char, length: data[i + 2]!, type: data[i + 3]!, mods: data[i + 4]! });
  }
  return out;
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describe('filterSemanticTokens', () => {
  it('keeps the chosen types at their absolute positions, re-basing the deltas', () => {
    const tokens: Token[] = [
      { line: 0, char: 2, length: 3, type: 0, mods: 0 },
      { line: 0, char: 9, length: 4, type: 4, mods: 1 },
      { line: 0, char: 20, length: 2, type: 1, mods: 0 },
      { line: 3, char: 1, length: 5, type: 4, mods: 0 },
      { line: 3, char: 8, length: 5, type: 0, mods: 0 },
    ];
    const kept = decode(filterSemanticTokens(encode(tokens), TYPES, new Set(['person', 'location'])));
    expect(kept).toEqual([tokens[0], tokens[2], tokens[4]]);
  });

  it('agrees with decode → filter → encode on random token streams', () => {
    const rand = lcg(7);
    for (let round = 0; round < 200; round++) {
      const tokens: Token[] = [];
      let line = 0;
      let char = 0;
      for (let i = rand(30); i > 0; i--) {
        if (rand(3) === 0) {
          line += 1 + rand(3);
          char = rand(10);
        } else char += 1 + rand(12);
        tokens.push({ line, char, length: 1 + rand(6), type: rand(TYPES.length), mods: rand(16) });
        char += 0;
      }
      const keep = new Set(TYPES.filter(() => rand(2) === 0));
      const expected = tokens.filter((t) => keep.has(TYPES[t.type]!));
      expect(decode(filterSemanticTokens(encode(tokens), TYPES, keep))).toEqual(expected);
    }
  });

  it('drops tokens whose type index is outside the legend and survives truncated data', () => {
    const data = encode([
      { line: 0, char: 0, length: 1, type: 99, mods: 0 },
      { line: 0, char: 4, length: 1, type: 0, mods: 0 },
    ]);
    expect(decode(filterSemanticTokens(data, TYPES, new Set(TYPES)))).toEqual([
      { line: 0, char: 4, length: 1, type: 0, mods: 0 },
    ]);
    expect(filterSemanticTokens(Uint32Array.from([0, 1, 2]), TYPES, new Set(TYPES)).length).toBe(0);
  });

  it('knows when nothing needs filtering', () => {
    expect(keepsEverything(TYPES, new Set(TYPES))).toBe(true);
    expect(keepsEverything(TYPES, new Set(TYPES.slice(1)))).toBe(false);
  });
});
