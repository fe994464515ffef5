/**
 * Glob matching for corpus patterns (`**`, `*`, `?`, `{a,b}`, `[abc]`) against `/`-separated relative paths.
 * Small on purpose: the server only needs to decide which workspace files to index.
 */
function translate(glob: string): string {
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        i += slashAfter && atSegmentStart ? 2 : 1;
        out += slashAfter && atSegmentStart ? '(?:.*/)?' : '.*';
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inGroup++;
      out += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      out += ')';
    } else if (c === ',' && inGroup > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob.replace(/^\.\//, ''))}$`);
}

export function matchesAny(relativePath: string, globs: readonly RegExp[]): boolean {
  return globs.some((g) => g.test(relativePath));
}
