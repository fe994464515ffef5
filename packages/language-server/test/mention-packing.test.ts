import { parse } from '@khabar/core';
import { describe, expect, it } from 'vitest';
import { packedBuffers, packMentions, unpackMentions } from '../src/mention-packing.js';

const TEXT = [
  'دمشق 😀 في 5 كانون الأول 2016',
  'قال سامر الخطيب إن القصف على حلب استمر أمس، ووصلت الأمم المتحدة إلى إدلب الأحد الماضي.',
  'وفي 5 ربيع الأول 1438 هـ قرابة الساعة الثالثة، منذ ثلاثة أيام، كل يوم، أكثر من أسبوعين.',
].join('\r\n');

describe('mention packing', () => {
  it('unpacks to the same mentions, fields in the same order, after a transfer', () => {
    const { mentions } = parse(TEXT);
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['entity', 'temporal']));
    expect(mentions.some((m) => m.kind === 'temporal' && (m.hijri !== null || m.mod !== null))).toBe(true);
    const packed = packMentions(mentions)!;
    const received = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.ints.length).toBe(0); // transferred, not copied
    const unpacked = unpackMentions(received, TEXT);
    expect(unpacked).toEqual(mentions);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(mentions));
  });

  it('declines mentions with fields it does not know (they travel as they are)', () => {
    const [first, ...rest] = parse(TEXT).mentions;
    expect(packMentions([{ ...first!, extra: 1 } as never, ...rest])).toBeNull();
    expect(packMentions([])).toMatchObject({ count: 0 });
  });
});
