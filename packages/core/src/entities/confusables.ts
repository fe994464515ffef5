import letters from '../data/entities/confusable-letters.json' with { type: 'json' };

/** Pairs of letters a typist confuses: neighbours on the Arabic keyboard and letters differing only by dots. */
function buildPairs(): Set<string> {
  const pairs = new Set<string>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    pairs.add(a + b);
    pairs.add(b + a);
  };
  const rows = letters.keyboardRows.map((r) => [...r]);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (c + 1 < row.length) link(row[c]!, row[c + 1]!);
      // Keys of the next row sit half a key to the right: columns c - 1 and c are below column c.
      for (const d of [c - 1, c]) {
        const below = rows[r + 1]?.[d];
        if (below) link(row[c]!, below);
      }
    }
  }
  for (const group of letters.sameShape) for (const a of group) for (const b of group) link(a, b);
  return pairs;
}

let pairs: Set<string> | null = null;

/** True when the two letters are a likely typing or reading confusion. */
export function confusable(a: string, b: string): boolean {
  pairs ??= buildPairs();
  return pairs.has(a + b);
}
