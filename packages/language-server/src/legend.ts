import type { MentionLabel } from '@khabar/core';

/**
 * The semantic token legend, in one place so the VS Code extension can contribute the same custom types
 * (`semanticTokenTypes` with `superType`) and scopes. Every custom type names a standard LSP type as its super
 * type so that themes which know nothing of Khabar still colour each label, and distinctly.
 */
export interface SemanticTokenTypeInfo {
  readonly id: string;
  readonly label: MentionLabel;
  /** A standard semantic token type that themes colour; clients without custom types fall back to it. */
  readonly superType: string;
  /** TextMate scopes for themes that only know scopes (`semanticTokenScopes`). */
  readonly scopes: readonly string[];
  readonly description: string;
}

export const SEMANTIC_TOKEN_TYPES: readonly SemanticTokenTypeInfo[] = [
  {
    id: 'person',
    label: 'PER',
    superType: 'class',
    scopes: ['entity.name.class'],
    description: 'A person named in the text',
  },
  {
    id: 'location',
    label: 'LOC',
    superType: 'string',
    scopes: ['string.quoted'],
    description: 'A place: country, city, region, site',
  },
  {
    id: 'organization',
    label: 'ORG',
    superType: 'function',
    scopes: ['entity.name.function'],
    description: 'An organisation: party, army, agency, company',
  },
  {
    id: 'misc',
    label: 'MISC',
    superType: 'variable',
    scopes: ['variable.other'],
    description: 'Another named thing: event, nationality, work',
  },
  {
    id: 'date',
    label: 'DATE',
    superType: 'number',
    scopes: ['constant.numeric'],
    description: 'A calendar date',
  },
  {
    id: 'time',
    label: 'TIME',
    superType: 'enumMember',
    // keyword.control, not enummember: High Contrast Dark gives enummember the colour of variables (misc).
    scopes: ['keyword.control'],
    description: 'A time of day',
  },
  {
    id: 'duration',
    label: 'DURATION',
    superType: 'regexp',
    scopes: ['string.regexp'],
    description: 'A duration',
  },
  {
    id: 'set',
    label: 'SET',
    superType: 'keyword',
    // High Contrast Light gives keyword.other the colour of strings (location); the escape colour is free.
    scopes: ['constant.character.escape'],
    description: 'A recurring time',
  },
];

export interface SemanticTokenModifierInfo {
  readonly id: string;
  readonly description: string;
}

export const SEMANTIC_TOKEN_MODIFIERS: readonly SemanticTokenModifierInfo[] = [
  {
    id: 'unresolved',
    description: 'A date whose value is not fully known (no document date to resolve it against)',
  },
  { id: 'relative', description: 'A date relative to the document date (أمس، الأحد الماضي)' },
  { id: 'hijri', description: 'A date written in the Hijri calendar' },
  { id: 'statistical', description: 'A name found by the statistical tagger rather than a list or a rule' },
];

/** The legend announced in the server capabilities. */
export const SEMANTIC_TOKENS_LEGEND = {
  tokenTypes: SEMANTIC_TOKEN_TYPES.map((t) => t.id),
  tokenModifiers: SEMANTIC_TOKEN_MODIFIERS.map((m) => m.id),
} as const;

/**
 * The same legend with each type replaced by its standard super type, for clients that colour only standard
 * types (Neovim's default highlight groups, for one). The super types are distinct, so token data is unchanged
 * and each label keeps its own colour.
 */
export const STANDARD_SEMANTIC_TOKENS_LEGEND = {
  tokenTypes: SEMANTIC_TOKEN_TYPES.map((t) => t.superType),
  tokenModifiers: SEMANTIC_TOKENS_LEGEND.tokenModifiers,
} as const;

const typeIndexByLabel = new Map<MentionLabel, number>(SEMANTIC_TOKEN_TYPES.map((t, i) => [t.label, i]));

export function tokenTypeIndex(label: MentionLabel): number {
  return typeIndexByLabel.get(label) ?? 0;
}

export function tokenModifierBit(id: 'unresolved' | 'relative' | 'hijri' | 'statistical'): number {
  return 1 << SEMANTIC_TOKEN_MODIFIERS.findIndex((m) => m.id === id);
}

export function tokenTypeForLabel(label: MentionLabel): string {
  return SEMANTIC_TOKEN_TYPES[tokenTypeIndex(label)]!.id;
}
