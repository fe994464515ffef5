/**
 * Guards that keep the server from parsing what is not an article: binary files opened by mistake and files
 * over the size limit get one clear diagnostic instead of work.
 */
export type SkipReason =
  | { readonly code: 'binary-content'; readonly message: string }
  | { readonly code: 'file-too-large'; readonly message: string };

const SNIFF_LENGTH = 8192;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLarge(bytes: number, limit: number): SkipReason {
  return {
    code: 'file-too-large',
    message: `Khabar does not analyse this file: it is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} (setting khabar.maxFileSize).`,
  };
}

export const BINARY: SkipReason = {
  code: 'binary-content',
  message:
    'Khabar does not analyse this file: it is not text in UTF-8, UTF-16 or Windows-1256 (binary data?).',
};

/** For a buffer the editor decoded: replacement characters usually mean the wrong encoding was guessed. */
const GARBLED: SkipReason = {
  code: 'binary-content',
  message:
    'Khabar does not analyse this file: it holds NUL or replacement characters, so it is binary or was opened ' +
    'with the wrong encoding (reopen it with its encoding, e.g. Windows-1256 or UTF-16).',
};

/** UTF-8 length without encoding the string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** For text an editor already decoded: NUL characters or many U+FFFD replacement characters mean binary. */
export function checkText(text: string, maxBytes: number): SkipReason | null {
  if (text.length > maxBytes) return tooLarge(utf8Length(text), maxBytes);
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return tooLarge(bytes, maxBytes);
  }
  const head = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  let replacements = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return GARBLED;
    if (c === 0xfffd) replacements++;
  }
  return replacements > Math.max(8, head.length / 100) ? GARBLED : null;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/g;

/** Windows-1256 maps almost every byte to something: the text counts only if its non-ASCII is mostly Arabic. */
function looksLikeArabic(text: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  return nonAscii > 0 && (text.match(ARABIC_LETTER)?.length ?? 0) >= 0.8 * nonAscii;
}

/**
 * Decodes an article read from disk the way the exporter does (apps/cli/src/export/decode.ts), so the workspace
 * index sees the same text and offsets as the tables: UTF-8 (BOM dropped), UTF-16 with a byte order mark, or
 * Windows-1256 when that yields Arabic. Anything else, or NUL bytes, counts as binary.
 */
export function decodeFile(bytes: Uint8Array, maxBytes: number): { text: string } | SkipReason {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      return {
        text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes),
      };
    } catch {
      return BINARY;
    }
  }
  if (bytes.subarray(0, SNIFF_LENGTH).includes(0)) return BINARY;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const legacy = new TextDecoder('windows-1256').decode(bytes);
    return looksLikeArabic(legacy) ? { text: legacy } : BINARY;
  }
}
