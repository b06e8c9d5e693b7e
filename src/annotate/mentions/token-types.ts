import type { MentionType } from '../../core/doc.js';
import { tokenTypeCounts } from './token-types.data.js';

const TYPES: MentionType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The type the fitted token lexicon favours for a name's words (summed counts), or undefined
 * when no word is in it or the evidence is thin. Example: `tokenTypeScore(['Smith'])` is 'PER'.
 */
export function tokenTypeScore(words: readonly string[], { minTotal = 2 }: { minTotal?: number } = {}): MentionType | undefined {
  const sums = [0, 0, 0, 0];
  let total = 0;
  for (const w of words) {
    const counts = tokenTypeCounts.get(w);
    if (!counts) continue;
    for (let k = 0; k < 4; k++) sums[k] += counts[k];
    total += counts[0] + counts[1] + counts[2] + counts[3];
  }
  if (total < minTotal) return undefined;
  let best = 0;
  for (let k = 1; k < 4; k++) if (sums[k] > sums[best]) best = k;
  return sums[best] / total >= 0.6 ? TYPES[best] : undefined;
}
