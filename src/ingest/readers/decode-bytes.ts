/** Inputs larger than this are refused, with their size, before they are read. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The text of an input, or why it cannot be read as text. */
export type Decoded = { readonly text: string; readonly encoding: string } | { readonly error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252's characters for bytes 0x80-0x9F (undefined bytes keep their C1 code). Node's
 * TextDecoder('windows-1252') decodes these as Latin-1 C1 controls when built without full ICU,
 * so the table is applied here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 bytes. Example: `decodeWindows1252(Uint8Array.from([0x93, 0x41, 0x94]))` → '“A”'. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b))));
  }
  return parts.join('');
}

/** "52.4 MB" for a byte count. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** True when a NUL byte occurs in the first 8 KB outside UTF-16 text: binary, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Decodes an input's bytes: a UTF-8 / UTF-16 LE / UTF-16 BE byte-order mark wins; otherwise
 * strict UTF-8; when that fails, the charset the document declares (or `charset`, e.g. from an
 * HTTP header), else Windows-1252 (the usual encoding of old newsroom text files) if the result
 * looks like text. Empty, oversized, binary (NUL bytes) and undecodable inputs give
 * an error instead.
 * Example: `decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))` → `{ text: 'café', encoding: 'windows-1252' }`.
 */
export function decodeBytes(bytes: Uint8Array, { charset = sniffCharset(bytes) }: { charset?: string | null } = {}): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > MAX_INPUT_BYTES) return { error: `file too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_INPUT_BYTES)})` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return { error: 'binary file (contains NUL bytes), not text' };
  try {
    return finish(UTF8.decode(bytes), 'utf-8');
  } catch {
    const declared = charset ? decodeAs(bytes, charset) : null;
    if (declared !== null) return finish(declared, charset!.toLowerCase());
    const text = decodeWindows1252(bytes);
    if (!plausibleLegacyText(text)) return { error: `invalid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}) and not Windows-1252 text either` };
    return finish(text, 'windows-1252');
  }
}

/** Labels that mean Windows-1252 in practice (browsers decode Latin-1 labels as 1252 too). */
const CP1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1']);

/** Bytes decoded with a declared charset, or null when the label is unknown or UTF-8 (already failed). */
function decodeAs(bytes: Uint8Array, charset: string): string | null {
  const label = charset.toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return null;
  if (CP1252_LABELS.has(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The charset an HTML or XML document declares in its first 2 KB (`<meta charset>`,
 * `http-equiv` content type, `<?xml encoding>`), or null.
 * Example: `sniffCharset(Buffer.from('<meta charset="shift_jis">'))` → 'shift_jis'.
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Windows-1252 text is mostly ASCII with a few accented letters and curly quotes. Bytes that
 * 1252 leaves undefined (decoded as C1 controls), other control characters, or a high share of
 * non-ASCII characters mean the input is not text in that encoding.
 */
function plausibleLegacyText(text: string): boolean {
  if (/[\u0080-\u009f\u0000-\u0008\u000e-\u001f]/.test(text)) return false;
  let high = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32) visible++;
    if (code > 127) high++;
  }
  return visible > 0 && high / visible <= 0.3;
}

/** Offset of the first byte that breaks UTF-8 (for the failure message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

function finish(text: string, encoding: string): Decoded {
  if (text.trim() === '') return { error: 'empty file (only whitespace)' };
  return { text, encoding };
}
