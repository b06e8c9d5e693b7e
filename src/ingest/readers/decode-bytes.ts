/** Inputs larger than this are refused, with their size, before they are read. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The text of an input, or why it cannot be read as text. */
export type Decoded = { readonly text: string; readonly encoding: string } | { readonly error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1252 = new TextDecoder('windows-1252');

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
 * strict UTF-8, and when that fails Windows-1252 (the usual encoding of old newsroom text files).
 * Empty, oversized and binary (NUL bytes) inputs give an error instead.
 * Example: `decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))` → `{ text: 'café', encoding: 'windows-1252' }`.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > MAX_INPUT_BYTES) return { error: `file too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_INPUT_BYTES)})` };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return { error: 'binary file (contains NUL bytes), not text' };
  try {
    return finish(UTF8.decode(bytes), 'utf-8');
  } catch {
    return finish(CP1252.decode(bytes), 'windows-1252');
  }
}

function finish(text: string, encoding: string): Decoded {
  if (text.trim() === '') return { error: 'empty file (only whitespace)' };
  return { text, encoding };
}
