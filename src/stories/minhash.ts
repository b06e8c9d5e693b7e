/** Number of hash functions in a MinHash signature. */
export const SIGNATURE_SIZE = 64;
/** Rows per LSH band: 16 bands of 4 rows find pairs with Jaccard >= ~0.6 with high probability. */
export const BAND_ROWS = 4;

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * MinHash signature over 5-word shingles of `text` (lower-cased words), or null when the text
 * has fewer than 5 words. Two signatures agree at a share of positions that estimates the
 * Jaccard similarity of the shingle sets.
 * Example: `minhashSignature('a b c d e f')` → 64 numbers.
 */
export function minhashSignature(text: string, { shingle = 5 }: { shingle?: number } = {}): number[] | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < shingle) return null;
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + shingle <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + shingle).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, SEEDS[k]);
      if (v < signature[k]) signature[k] = v;
    }
  }
  return signature;
}

/** Share of equal positions: the estimated Jaccard similarity. Example: identical → 1. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** The LSH band keys of a signature ("3:a1b2..."); two near-duplicates share at least one. */
export function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b * BAND_ROWS < SIGNATURE_SIZE; b++) {
    keys.push(b + ':' + signature.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((v) => v.toString(36)).join('.'));
  }
  return keys;
}
