/** B-cubed precision, recall and F1 of a clustering against gold labels. */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B-cubed scores (Bagga & Baldwin 1998): per item, precision = |predicted ∩ gold| / |predicted|
 * and recall = |predicted ∩ gold| / |gold|, averaged over items. Arrays are aligned by item.
 * Example: `bcubed(['a', 'a', 'b'], ['x', 'x', 'x'])` → precision 1, recall 5/9.
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  const n = predicted.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const count = (keys: readonly string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const predictedSize = count(predicted);
  const goldSize = count(gold);
  const both = count(predicted.map((p, i) => p + '\u0000' + gold[i]));
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const overlap = both.get(predicted[i] + '\u0000' + gold[i])!;
    precision += overlap / predictedSize.get(predicted[i])!;
    recall += overlap / goldSize.get(gold[i])!;
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
