/** Sparse vector of raw weights keyed by term. */
export type SparseVector = Map<string, number>;

/**
 * Cosine of two sparse vectors after multiplying each entry by `weight(term)` (the current
 * idf), so centroids can keep raw sums while document frequencies keep changing.
 * Iterates the smaller vector for the dot product; the norms cost one pass each.
 * Example: `weightedCosine(new Map([['a', 1]]), new Map([['a', 2]]), () => 3) === 1`.
 */
export function weightedCosine(a: SparseVector, b: SparseVector, weight: (term: string) => number): number {
  const dot = weightedDot(a, b, weight);
  if (dot === 0) return 0;
  return dot / Math.sqrt(weightedNormSquared(a, weight) * weightedNormSquared(b, weight));
}

/** Sum over shared terms of a·b·weight². Example: `weightedDot(new Map([['a', 1]]), new Map([['a', 2]]), () => 3) === 18`. */
export function weightedDot(a: SparseVector, b: SparseVector, weight: (term: string) => number): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, v] of small) {
    const u = large.get(term);
    if (u !== undefined) {
      const w = weight(term);
      dot += v * u * w * w;
    }
  }
  return dot;
}

/** Sum of (value * weight)^2. Example: `weightedNormSquared(new Map([['a', 2]]), () => 1) === 4`. */
export function weightedNormSquared(v: SparseVector, weight: (term: string) => number): number {
  let sum = 0;
  for (const [term, x] of v) {
    const w = x * weight(term);
    sum += w * w;
  }
  return sum;
}

/** Sublinear term frequency: 1 + ln(tf). Example: `sublinear(new Map([['a', 1]])).get('a') === 1`. */
export function sublinear(counts: Map<string, number>): SparseVector {
  const out: SparseVector = new Map();
  for (const [term, n] of counts) out.set(term, 1 + Math.log(n));
  return out;
}

/** Adds `v` into `sum` in place. Example: `addInto(new Map([['a', 1]]), new Map([['a', 1]])).get('a') === 2`. */
export function addInto(sum: SparseVector, v: SparseVector): SparseVector {
  for (const [term, x] of v) sum.set(term, (sum.get(term) ?? 0) + x);
  return sum;
}

/** Keeps the `keep` largest entries when the vector has grown past twice that. Example: pruneTo(v, 300). */
export function pruneTo(v: SparseVector, keep: number): void {
  if (v.size <= keep * 2) return;
  const kept = [...v].sort((x, y) => y[1] - x[1]).slice(0, keep);
  v.clear();
  for (const [term, x] of kept) v.set(term, x);
}
