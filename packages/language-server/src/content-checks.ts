import { decodeArticle } from '@khabar/core';

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

/**
 * Decodes an article read from disk with the core's decoder — the one the exporter uses — so the workspace index
 * sees the same text and offsets as the tables. Anything it cannot decode counts as binary here.
 */
export function decodeFile(bytes: Uint8Array, maxBytes: number): { text: string } | SkipReason {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const decoded = decodeArticle(bytes);
  return decoded.ok ? { text: decoded.text } : BINARY;
}
