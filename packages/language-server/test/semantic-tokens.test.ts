import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSemanticTokens,
  diffTokens,
  encodeSemanticTokens,
  SemanticTokensResults,
} from '../src/features/semantic-tokens.js';
import { SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKENS_LEGEND, tokenModifierBit } from '../src/legend.js';
import { analyze } from './helpers.js';

/** Decoded tokens back to [start, end) offsets and labels, for comparison with the parser's mentions. */
function tokensAsSpans(text: string) {
  const analysis = analyze(text);
  return decodeSemanticTokens(encodeSemanticTokens(analysis)).map((t) => {
    const start = analysis.lines.offsetAt({ line: t.line, character: t.character });
    return { start, end: start + t.length, label: SEMANTIC_TOKEN_TYPES[t.type]!.label };
  });
}

function applyEdits(data: number[], edits: ReturnType<typeof diffTokens>): number[] {
  const out = [...data];
  for (const e of [...edits].reverse()) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

describe('semantic tokens', () => {
  it('decode to exactly the mentions, with emoji and combining marks before them', () => {
    const text = 'خبر 😀👍🏽 عاجل: قصف حلب و\u0651دمشق\nثم الأمم المتحدة 😀 في حلب أمس';
    const analysis = analyze(text);
    const expected = analysis.parsed.mentions.map((m) => ({ start: m.start, end: m.end, label: m.label }));
    expect(expected.length).toBe(5);
    expect(tokensAsSpans(text)).toEqual(expected);
  });

  it('use a legend where every custom type has a standard super type', () => {
    expect(SEMANTIC_TOKENS_LEGEND.tokenTypes).toEqual([
      'person',
      'location',
      'organization',
      'misc',
      'date',
      'time',
      'duration',
      'set',
    ]);
    expect(new Set(SEMANTIC_TOKEN_TYPES.map((t) => t.superType)).size).toBe(SEMANTIC_TOKEN_TYPES.length);
    expect(SEMANTIC_TOKENS_LEGEND.tokenModifiers).toContain('unresolved');
  });

  it('mark an unresolved relative date and a statistically found name', () => {
    const tokens = decodeSemanticTokens(encodeSemanticTokens(analyze('سامر غادر أمس')));
    expect(tokens[0]!.modifiers).toBe(tokenModifierBit('statistical'));
    expect(tokens[1]!.modifiers).toBe(tokenModifierBit('unresolved') | tokenModifierBit('relative'));
  });

  it('split a mention across a line break into one token per line', () => {
    const text = 'وفد الأمم\r\nالمتحدة';
    const analysis = analyze(text);
    const org = analyze('الأمم المتحدة').parsed.mentions[0]!;
    const parsed = {
      ...analysis.parsed,
      mentions: [{ ...org, start: 4, end: text.length, text: text.slice(4) }],
    };
    const tokens = decodeSemanticTokens(encodeSemanticTokens({ ...analysis, parsed }));
    expect(tokens.map((t) => [t.line, t.character, t.length])).toEqual([
      [0, 4, 5],
      [1, 0, 7],
    ]);
  });

  it('answer a range with only the mentions inside it', () => {
    const analysis = analyze('حلب\nدمشق\nحلب');
    const tokens = decodeSemanticTokens(
      encodeSemanticTokens(analysis, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }),
    );
    expect(tokens).toEqual([{ line: 1, character: 0, length: 4, type: 1, modifiers: 0 }]);
  });

  it('leave out the types the user switched off', () => {
    const analysis = analyze('حلب والأمم المتحدة');
    const tokens = decodeSemanticTokens(encodeSemanticTokens(analysis, undefined, new Set(['organization'])));
    expect(tokens.map((t) => t.type)).toEqual([2]);
  });

  it('deltas applied to the previous result give the new result', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { maxLength: 40 }), fc.array(fc.nat(9), { maxLength: 40 }), (a, b) => {
        expect(applyEdits(a, diffTokens(a, b))).toEqual(b);
      }),
    );
  });

  it('answers a delta only against the last result id, and a full result otherwise', () => {
    const results = new SemanticTokensResults();
    const first = results.full('u', [0, 1, 3, 1, 0]);
    const delta = results.delta('u', first.resultId!, [0, 1, 3, 1, 0, 1, 0, 4, 1, 0]);
    expect('edits' in delta && delta.edits).toEqual([{ start: 5, deleteCount: 0, data: [1, 0, 4, 1, 0] }]);
    const stale = results.delta('u', first.resultId!, [0, 0, 1, 1, 0]);
    expect('data' in stale && stale.data).toEqual([0, 0, 1, 1, 0]);
  });
});
