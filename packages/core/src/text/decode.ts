/**
 * Decodes an article's bytes (shared by the exporter, `khabar tag` and the language server's workspace index, so
 * every tool sees the same text and offsets). Arabic news archives come as UTF-8 (with or without a BOM), as UTF-16 from Windows
 * tools (always with a BOM) or as Windows-1256, the legacy Arabic code page. Anything else is reported rather
 * than guessed, because a wrong guess yields plausible-looking garbage in every table.
 */
// TextDecoder is a web standard present in Node, browsers and workers; the core declares only what it uses,
// because it compiles without DOM or Node typings.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

export type DecodedArticle =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly error: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** C0 controls other than tab, line feed, form feed and carriage return never occur in articles. */
const hasControlCharacters = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d) || unit === 0x7f)
      return true;
  }
  return false;
};

const ARABIC_LETTER = /[\u0600-\u06FF]/g;

/**
 * Windows-1256 maps almost every byte to something, so decoding alone proves nothing. The text counts as
 * Windows-1256 Arabic when most of its non-ASCII characters are Arabic letters and marks.
 */
function looksLikeWindows1256Arabic(text: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  return nonAscii > 0 && arabic >= 0.8 * nonAscii && !hasControlCharacters(text);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Feeding the bytes one by one to a streaming decoder finds the first fault in linear time.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      // The decoder fails on the byte that breaks a sequence; report where that sequence began.
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const byte = bytes[k]!;
        if (byte >= 0xc0) return k;
        if (byte < 0x80) break;
      }
      return i;
    }
  }
  return bytes.length;
}

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0)
      return { ok: false, error: `${encoding} byte order mark, but an odd number of bytes` };
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      if (hasControlCharacters(text))
        return { ok: false, error: `${encoding} byte order mark, but the text holds control characters` };
      return { ok: true, text, encoding };
    } catch {
      return { ok: false, error: `${encoding} byte order mark, but the rest is not valid ${encoding}` };
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, error: 'binary content: the file holds NUL bytes, which text files never have' };
  }
  try {
    // The decoder drops a UTF-8 BOM by default, so offsets count from the first real character.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (hasControlCharacters(text)) {
      return {
        ok: false,
        error: 'binary content: the file holds control characters (NUL …) that text never has',
      };
    }
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the legacy code page.
  }
  const legacy = new TextDecoder('windows-1256').decode(bytes);
  if (looksLikeWindows1256Arabic(legacy)) return { ok: true, text: legacy, encoding: 'windows-1256' };
  const offset = bytes.length <= 1_000_000 ? firstInvalidUtf8(bytes) : -1;
  const where =
    offset >= 0 ? ` (invalid byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at byte ${offset})` : '';
  return {
    ok: false,
    error: `not UTF-8${where}, not UTF-16 (no byte order mark) and not recognisably Windows-1256 Arabic`,
  };
}
