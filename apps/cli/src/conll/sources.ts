import type { MentionSource } from '@khabar/core';

const SOURCES: readonly MentionSource[] = ['lexicon', 'rule', 'model'];

/** Parses `--sources lexicon,rule,model` (for ablations); null when the list names something else or nothing. */
export function parseSources(raw: string): MentionSource[] | null {
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || names.some((n) => !SOURCES.includes(n as MentionSource))) return null;
  return SOURCES.filter((s) => names.includes(s));
}

export const SOURCES_HELP = 'entity sources to use, comma-separated: lexicon, rule, model (default: all)';
