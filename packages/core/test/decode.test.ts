import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../src/index.js';

const WINDOWS_1256_DAMASCUS = [0xcf, 0xe3, 0xd4, 0xde]; // دمشق

describe('decodeArticle', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    expect(decodeArticle(Buffer.from('دمشق 😀'))).toEqual({ ok: true, text: 'دمشق 😀', encoding: 'utf-8' });
    expect(decodeArticle(Buffer.from('\uFEFFحلب'))).toEqual({ ok: true, text: 'حلب', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte order mark, little and big endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('حمص', 'utf16le')]);
    expect(decodeArticle(le)).toEqual({ ok: true, text: 'حمص', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeArticle(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({
      ok: true,
      text: 'حمص',
      encoding: 'utf-16be',
    });
    expect(decodeArticle(Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
  });

  it('recognises Windows-1256 Arabic', () => {
    const bytes = Buffer.from([...WINDOWS_1256_DAMASCUS, 0x20, 0x32, 0x30, 0x31, 0x36, 0x0a]);
    expect(decodeArticle(bytes)).toEqual({ ok: true, text: 'دمشق 2016\n', encoding: 'windows-1256' });
  });

  it('refuses binary data and non-Arabic legacy text with a clear message', () => {
    expect(decodeArticle(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      ok: false,
      error: expect.stringMatching(/binary content/),
    });
    // Latin-1 "café" is not UTF-8 and its é is no Arabic letter in Windows-1256.
    const latin1 = decodeArticle(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0xe8]));
    expect(latin1).toEqual({
      ok: false,
      error: expect.stringMatching(/not UTF-8 \(invalid byte 0xe9 at byte 3\)/),
    });
  });
});
