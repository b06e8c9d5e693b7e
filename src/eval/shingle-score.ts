/** Precision and recall of one page's extracted body against its gold body. */
export interface PageScore {
  readonly precision: number;
  readonly recall: number;
  /** Predicted and gold token sequences are identical. */
  readonly exact: boolean;
  readonly extracted: boolean;
  readonly hasGold: boolean;
}

/** Word tokens as the benchmark cuts them: Python's Unicode `\w+` (letters, numbers, underscore; not combining marks). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Overlapping 4-token shingles; a text of 1-3 tokens is one shingle, an empty text none. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const n = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + size).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Scores one page as the Zyte article-extraction benchmark does: shingle multisets of the
 * prediction and the gold; TP = shared shingles with multiplicity. Both sides identical → 1/1;
 * one side empty → 0.
 * Example: `pageScore('a b c d e', 'a b c d')` → precision 0.5, recall 1.
 */
export function pageScore(predicted: string, gold: string): PageScore {
  const p = wordTokens(predicted);
  const g = wordTokens(gold);
  const exact = p.length === g.length && p.every((t, i) => t === g[i]);
  const base = { exact, extracted: p.length > 0, hasGold: g.length > 0 };
  if (exact) return { precision: 1, recall: 1, ...base };
  if (p.length === 0 || g.length === 0) return { precision: 0, recall: 0, ...base };
  const ps = shingles(p);
  const gs = shingles(g);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [key, count] of ps) {
    tp += Math.min(count, gs.get(key) ?? 0);
    np += count;
  }
  for (const count of gs.values()) ng += count;
  return { precision: tp / np, recall: tp / ng, ...base };
}

/** The benchmark's summary: mean page precision (pages with output), mean recall (pages with gold), F1 of the means, exact-match accuracy. */
export function summarizeScores(scores: readonly PageScore[]): { precision: number; recall: number; f1: number; accuracy: number } {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.filter((s) => s.extracted).map((s) => s.precision));
  const recall = mean(scores.filter((s) => s.hasGold).map((s) => s.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))) };
}
