import type { SqliteStore } from '../store/sqlite-store.js';
import { getStory } from '../stories/story-record.js';

/**
 * The live story an article belongs to (following merges), as `{id, title}`, or null when it
 * is in none. Example: on the seed store each seed article gives the one seed story.
 */
export function storyOfArticle(store: SqliteStore, articleId: string): { id: string; title: string } | null {
  const row = store.db.prepare('SELECT story_id FROM story_articles WHERE article_id = ? LIMIT 1').get(articleId) as { story_id: string } | undefined;
  const story = row ? getStory(store, row.story_id) : null;
  return story ? { id: story.id, title: story.title } : null;
}
