import type { Article } from '../core/article.js';
import { storyBlocks, type Doc } from '../core/doc.js';
import { articleNames } from './article-names.js';
import { minhashSignature } from './minhash.js';
import { termCounts } from './terms.js';

/** What the story clusterer knows about one article. Counts are raw (tf); idf is applied later. */
export interface ArticleFeatures {
  readonly articleId: string;
  /** Terms of the title (or headline block). */
  readonly title: Map<string, number>;
  /** Terms of the headline and body together. */
  readonly body: Map<string, number>;
  /** Actor and place names (lower-cased). */
  readonly names: Map<string, number>;
  /** Days since 1970-01-01 of publication, null when undated. */
  readonly day: number | null;
  /** MinHash of the body's word shingles, null for very short texts. */
  readonly signature: number[] | null;
}

/** Days since the epoch of an ISO date or date-time; null when missing or unreadable. Example: `dayNumber('1970-01-02') === 1`. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/**
 * Extracts the clustering features of an article from its Doc's headline and body blocks.
 * Example: `articleFeatures(article, doc).names.get('john key')` → 4 for the first seed.
 */
export function articleFeatures(article: Article, doc: Doc): ArticleFeatures {
  const blocks = storyBlocks(doc);
  const spans = blocks.length > 0 ? blocks : [{ start: 0, end: doc.text.length, type: 'body' as const }];
  const headline = blocks.find((b) => b.type === 'headline');
  const titleText = article.title ?? (headline ? doc.text.slice(headline.start, headline.end) : '');
  const body = new Map<string, number>();
  let text = '';
  for (const span of spans) {
    const part = doc.text.slice(span.start, span.end);
    termCounts(part, body);
    text += part + '\n';
  }
  if (!headline && article.title) termCounts(article.title, body);
  return {
    articleId: article.id,
    title: termCounts(titleText),
    body,
    names: articleNames(doc, spans),
    day: dayNumber(article.publishedAt),
    signature: minhashSignature(text),
  };
}
