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
  message: 'Khabar does not analyse this file: it is not UTF-8 text (binary data or another encoding).',
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
    if (c === 0) return BINARY;
    if (c === 0xfffd) replacements++;
  }
  return replacements > Math.max(8, head.length / 100) ? BINARY : null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** For bytes read from disk: a NUL byte near the start or invalid UTF-8 means binary. */
export function decodeFile(bytes: Uint8Array, maxBytes: number): { text: string } | SkipReason {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const head = bytes.subarray(0, SNIFF_LENGTH);
  if (head.includes(0)) return BINARY;
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return BINARY;
  }
}
