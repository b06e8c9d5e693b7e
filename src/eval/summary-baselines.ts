import type { SentenceUnit } from '../analyze/sentence-units.js';
import { contentStems } from '../analyze/terms.js';

/**
 * Lead baseline (DUC's): the first sentences of the most recent article, up to the word budget (the
 * last one may run over). Example: `leadSummary(sentenceUnits(bundle), 250)`.
 */
export function leadSummary(units: readonly SentenceUnit[], words: number): SentenceUnit[] {
  const last = Math.max(...units.map((u) => u.articleIndex));
  const out: SentenceUnit[] = [];
  let used = 0;
  for (const u of units) {
    if (u.articleIndex !== last || u.headline) continue;
    if (used >= words) break;
    out.push(u);
    used += u.words;
  }
  return out;
}

type Vector = Map<string, number>;

function tfidf(stems: readonly string[], idf: (s: string) => number): Vector {
  const v: Vector = new Map();
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + idf(s));
  return v;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0, na = 0, nb = 0;
  for (const [k, x] of a) { na += x * x; const y = b.get(k); if (y) dot += x * y; }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * TF-IDF centroid baseline (MEAD-style): sentences ranked by cosine to the cluster centroid, a
 * sentence skipped when its cosine to one already picked exceeds 0.5. `docFreq` gives background
 * document frequencies over `docCount` documents. Example: `centroidSummary(units, 250, df, 1250)`.
 */
export function centroidSummary(units: readonly SentenceUnit[], words: number,
  docFreq: ReadonlyMap<string, number>, docCount: number): SentenceUnit[] {
  const idf = (s: string) => Math.log((docCount + 1) / ((docFreq.get(s) ?? 0) + 1));
  const vectors = units.map((u) => tfidf(contentStems(u.text), idf));
  const articles = new Set(units.map((u) => u.articleIndex)).size || 1;
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x / articles);
  const order = units.map((u, i) => ({ u, v: vectors[i], score: cosine(vectors[i], centroid) }))
    .filter((x) => !x.u.headline && x.u.words >= 8)
    .sort((a, b) => b.score - a.score);
  const picked: typeof order = [];
  let used = 0;
  for (const x of order) {
    if (used >= words) break;
    if (picked.some((p) => cosine(p.v, x.v) > 0.5)) continue;
    picked.push(x);
    used += x.u.words;
  }
  return picked.map((p) => p.u).sort((a, b) => a.articleIndex - b.articleIndex || a.position - b.position);
}
