import type { SqliteStore } from '../store/sqlite-store.js';

/**
 * Maps an entity of one article to the stored actor it was merged into (the actors part's
 * `actor_articles` table), or undefined when it was not. Example: `actorIdOf(store)('3af7…', 'e1')`
 * is `'a-19d2b9dad7'` (John Key) on the seed store.
 */
export function actorIdOf(store: SqliteStore): (articleId: string, entityId: string) => string | undefined {
  const query = store.db.prepare('SELECT actor_id FROM actor_articles WHERE article_id = ? AND entity_id = ? LIMIT 1');
  return (articleId, entityId) => (query.get(articleId, entityId) as { actor_id: string } | undefined)?.actor_id;
}
