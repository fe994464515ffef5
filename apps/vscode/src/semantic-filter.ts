/**
 * Drops semantic tokens whose type the user does not want coloured. LSP encodes each token as five integers
 * (line delta, start delta, length, type index, modifier bits) relative to the previous token, so removing a
 * token means re-basing the one after it.
 */
export function filterSemanticTokens(
  data: Uint32Array,
  tokenTypes: readonly string[],
  keep: ReadonlySet<string>,
): Uint32Array {
  const out: number[] = [];
  let line = 0;
  let char = 0;
  let lastKeptLine = 0;
  let lastKeptChar = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i]!;
    const deltaChar = data[i + 1]!;
    line += deltaLine;
    char = deltaLine === 0 ? char + deltaChar : deltaChar;
    const type = tokenTypes[data[i + 3]!];
    if (type === undefined || !keep.has(type)) continue;
    const keptDeltaLine = line - lastKeptLine;
    out.push(
      keptDeltaLine,
      keptDeltaLine === 0 ? char - lastKeptChar : char,
      data[i + 2]!,
      data[i + 3]!,
      data[i + 4]!,
    );
    lastKeptLine = line;
    lastKeptChar = char;
  }
  return Uint32Array.from(out);
}

/** True when every type in the legend is kept, so tokens can pass through untouched (and deltas keep working). */
export function keepsEverything(tokenTypes: readonly string[], keep: ReadonlySet<string>): boolean {
  return tokenTypes.every((t) => keep.has(t));
}
