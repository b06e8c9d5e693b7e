import type { ArticleFeatures } from '../stories/article-features.js';
import { DocumentFrequencies } from '../stories/document-frequencies.js';
import { addInto, sublinear, weightedCosine, type SparseVector } from '../stories/weighted-cosine.js';

/**
 * The textbook baseline: single pass, each article joins the story whose tf-idf centroid
 * (headline + body terms) has the highest cosine when it reaches `threshold`, else starts one.
 * Compares with every story (no index, no names, no time, no duplicates).
 * Example: `singlePassBaseline(features).labels[0] === 'b0'`.
 */
export function singlePassBaseline(features: readonly ArticleFeatures[], { threshold = 0.2 }: { threshold?: number } = {}): { labels: string[]; threshold: number } {
  const df = new DocumentFrequencies();
  const centroids: SparseVector[] = [];
  const labels: string[] = [];
  const idf = (t: string) => df.termIdf(t);
  for (const f of features) {
    df.addDocument(f.body, f.names);
    const v = sublinear(f.body);
    let best = -1;
    let bestScore = threshold;
    centroids.forEach((c, i) => {
      const s = weightedCosine(v, c, idf);
      if (s >= bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best < 0) centroids.push((best = centroids.length, new Map()));
    addInto(centroids[best], v);
    labels.push('b' + best);
  }
  return { labels, threshold };
}
