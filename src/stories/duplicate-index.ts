import { bandKeys, signatureSimilarity } from './minhash.js';

/** A stored article as the near-duplicate finder knows it. */
export interface SignedArticle {
  readonly articleId: string;
  readonly signature: readonly number[];
  readonly storyId: string;
  /** The independent original when this article is itself a duplicate. */
  readonly duplicateOf: string | null;
}

/**
 * MinHash LSH over the stored articles: finds an earlier near-duplicate (syndicated copy,
 * re-post) of a new article by band lookups, without comparing with every article.
 * Example: `idx.add('a1', sig, 's1', null); idx.find(sameSig, 0.8)?.articleId === 'a1'`.
 */
export class DuplicateIndex {
  readonly articles = new Map<string, SignedArticle>();
  private readonly bands = new Map<string, string[]>();

  add(articleId: string, signature: readonly number[], storyId: string, duplicateOf: string | null): void {
    this.articles.set(articleId, { articleId, signature, storyId, duplicateOf });
    for (const key of bandKeys(signature)) {
      const list = this.bands.get(key);
      if (list) list.push(articleId);
      else this.bands.set(key, [articleId]);
    }
  }

  /** The most similar earlier article at or above `threshold`, as its independent original. */
  find(signature: readonly number[], threshold: number): { articleId: string; storyId: string; similarity: number } | null {
    let best: SignedArticle | null = null;
    let bestSimilarity = threshold;
    const seen = new Set<string>();
    for (const key of bandKeys(signature)) {
      for (const id of this.bands.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.articles.get(id)!;
        const similarity = signatureSimilarity(signature, other.signature);
        if (similarity >= bestSimilarity) {
          best = other;
          bestSimilarity = similarity;
        }
      }
    }
    if (!best) return null;
    const articleId = best.duplicateOf ?? best.articleId;
    return { articleId, storyId: this.articles.get(articleId)?.storyId ?? best.storyId, similarity: bestSimilarity };
  }
}
