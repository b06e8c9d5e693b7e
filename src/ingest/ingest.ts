import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { indexers as defaultIndexers, type Indexer } from '../store/indexers.js';
import { buildArticle } from './build-article.js';
import type { RawArticle } from './raw-article.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';

export interface IngestOptions extends ReadInputsOptions {
  /** Called after each article is processed; `total` is known once every input was read. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly indexers?: readonly Indexer[];
}

export interface IngestResult {
  readonly added: Article[];
  readonly unchanged: Article[];
  readonly failures: { readonly origin: string; readonly reason: string }[];
}

/**
 * Orders raw articles for online processing: by publication date, undated ones last, each
 * group in arrival order (Array.prototype.sort is stable).
 */
export function publicationOrder<T extends { publishedAt?: string | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (!a.publishedAt || !b.publishedAt) return (a.publishedAt ? 0 : 1) - (b.publishedAt ? 0 : 1);
    return a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0;
  });
}

/** Builds and stores one article in one transaction; a pipeline crash becomes a failure. */
export function ingestRaw(store: SqliteStore, raw: RawArticle, indexers: readonly Indexer[] = defaultIndexers): { status: 'added' | 'unchanged'; article: Article; doc: Doc } {
  const { article, doc } = buildArticle(raw);
  const status = store.putArticle(article, doc, indexers);
  return { status, article, doc };
}

/**
 * Reads every path (files, folders, globs, URLs), cleans and annotates each article, and stores
 * each in its own transaction, in publication order. Bad inputs become failures; the batch goes on.
 * Example: `await ingestPaths(store, ['fixtures/seeds'], { meta: 'fixtures/seeds/meta.json' })`.
 */
export async function ingestPaths(store: SqliteStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const raws: RawArticle[] = [];
  const failures: { origin: string; reason: string }[] = [];
  for await (const item of readInputs([...paths], options)) {
    if (item.kind === 'article') raws.push(item.article);
    else failures.push({ origin: item.origin, reason: item.reason });
  }
  const added: Article[] = [];
  const unchanged: Article[] = [];
  const ordered = publicationOrder(raws);
  ordered.forEach((raw, index) => {
    try {
      const { status, article } = ingestRaw(store, raw, options.indexers);
      (status === 'added' ? added : unchanged).push(article);
    } catch (error) {
      failures.push({ origin: raw.origin, reason: (error as Error).message });
    }
    options.onProgress?.(index + 1, ordered.length);
  });
  return { added, unchanged, failures };
}
