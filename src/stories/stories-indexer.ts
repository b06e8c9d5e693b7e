import type Database from 'better-sqlite3';
import type { Indexer } from '../store/indexers.js';
import { articleFeatures } from './article-features.js';
import type { StoryClusterer } from './story-clusterer.js';
import { splitIfMixed } from './story-split.js';
import { loadClusterer, saveDecision } from './story-tables.js';
import { newTitle } from './story-titles.js';

// One clusterer per open database, loaded on first use: later articles in the same process
// skip the reload, and a new process picks up where the tables say the last one stopped.
const clusterers = new WeakMap<Database.Database, StoryClusterer>();

/** The clusterer for a database, loaded from its story tables on first use. */
export function clustererFor(db: Database.Database): StoryClusterer {
  let clusterer = clusterers.get(db);
  if (!clusterer) clusterers.set(db, (clusterer = loadClusterer(db)));
  return clusterer;
}

/**
 * Assigns each newly stored article to a story inside its write transaction: features from
 * the Doc, one online clustering decision, then the story tables. The story's title becomes
 * the new headline, or the title of a story just folded into it, when that one is more
 * central (closer to the story's terms) than the current one. A story that passes a check
 * size is split when it proves to hold two stories (story-split.ts). Example: `store.putArticle(article, doc, [storiesIndexer])`.
 */
export const storiesIndexer: Indexer = {
  name: 'stories',
  index(store, article, doc) {
    const clusterer = clustererFor(store.db);
    const features = articleFeatures(article, doc);
    const decision = clusterer.add(features);
    const title = decision.kind === 'duplicate' ? null : newTitle(store.db, clusterer, decision.storyId, decision.merged, { text: article.title?.trim() ?? '', articleId: article.id });
    saveDecision(store.db, clusterer, decision, features, article.publishedAt, title);
    if (decision.kind !== 'duplicate') splitIfMixed(store.db, clusterer, decision.storyId, decision.sizeBefore);
  },
};
