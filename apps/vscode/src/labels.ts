import type { MentionLabel } from '@khabar/core';

/**
 * How each label is presented: its semantic token type (the language server's legend), a title, and the
 * colours the reading view uses. The colours are those the built-in themes give the token type's TextMate
 * scope (contributed in package.json `semanticTokenScopes`), so a name looks the same in the editor and in
 * the reading view.
 */
export interface LabelStyle {
  readonly label: MentionLabel;
  readonly tokenType: string;
  readonly title: string;
  readonly dark: string;
  readonly light: string;
  readonly highContrastDark: string;
  readonly highContrastLight: string;
}

export const LABEL_STYLES: readonly LabelStyle[] = [
  {
    label: 'PER',
    tokenType: 'person',
    title: 'People',
    dark: '#4EC9B0',
    light: '#267F99',
    highContrastDark: '#4EC9B0',
    highContrastLight: '#185E73',
  },
  {
    label: 'LOC',
    tokenType: 'location',
    title: 'Places',
    dark: '#CE9178',
    light: '#A31515',
    highContrastDark: '#CE9178',
    highContrastLight: '#0F4A85',
  },
  {
    label: 'ORG',
    tokenType: 'organization',
    title: 'Organisations',
    dark: '#DCDCAA',
    light: '#795E26',
    highContrastDark: '#DCDCAA',
    highContrastLight: '#5E2CBC',
  },
  {
    label: 'MISC',
    tokenType: 'misc',
    title: 'Other names',
    dark: '#9CDCFE',
    light: '#001080',
    highContrastDark: '#9CDCFE',
    highContrastLight: '#001080',
  },
  {
    label: 'DATE',
    tokenType: 'date',
    title: 'Dates',
    dark: '#B5CEA8',
    light: '#098658',
    highContrastDark: '#B5CEA8',
    highContrastLight: '#096D48',
  },
  {
    label: 'TIME',
    tokenType: 'time',
    title: 'Times',
    dark: '#C586C0',
    light: '#AF00DB',
    highContrastDark: '#C586C0',
    highContrastLight: '#B5200D',
  },
  {
    label: 'DURATION',
    tokenType: 'duration',
    title: 'Durations',
    dark: '#D16969',
    light: '#811F3F',
    highContrastDark: '#D16969',
    highContrastLight: '#811F3F',
  },
  {
    label: 'SET',
    tokenType: 'set',
    title: 'Recurring times',
    dark: '#D7BA7D',
    light: '#EE0000',
    highContrastDark: '#569CD6',
    highContrastLight: '#EE0000',
  },
];

const byLabel = new Map<string, LabelStyle>(LABEL_STYLES.map((s) => [s.label, s]));
const byTokenType = new Map<string, LabelStyle>(LABEL_STYLES.map((s) => [s.tokenType, s]));

export function styleOfLabel(label: string): LabelStyle | undefined {
  return byLabel.get(label);
}

export function styleOfTokenType(tokenType: string): LabelStyle | undefined {
  return byTokenType.get(tokenType);
}

export function isEntityLabel(label: string): boolean {
  return label === 'PER' || label === 'LOC' || label === 'ORG' || label === 'MISC';
}
