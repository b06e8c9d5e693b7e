import type { Article } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import type { SqliteStore } from './sqlite-store.js';
import { actorsIndexer } from './actors/actors-indexer.js';
import { storiesIndexer } from '../stories/stories-indexer.js';

/**
 * Work that must happen inside the one transaction that stores an article (linking its
 * entities to actors, assigning it to a story), so that a crash never leaves it half-indexed.
 */
export interface Indexer {
  readonly name: string;
  index(store: SqliteStore, article: Article, doc: Doc): void;
}

/** Every indexer, in order: actors first, then stories. One line each. */
export const indexers: Indexer[] = [
  actorsIndexer,
  storiesIndexer,
];
