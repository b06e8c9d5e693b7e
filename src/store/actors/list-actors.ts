import { StorylineError, errorCodes } from '../../core/errors.js';
import type { SqliteStore } from '../sqlite-store.js';

/** One actor as the CLI, API and UI show it. `roles` are oldest first (by article date). */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: 'PER' | 'ORG' | 'LOC';
  readonly roles: { title: string; articleId: string; date: string | null }[];
  readonly aliases: string[];
  readonly articles: string[];
}

export interface ListActorsOptions {
  /** Only actors appearing in at least one of these articles (e.g. one story's). */
  readonly articleIds?: readonly string[];
  readonly type?: Actor['type'];
}

/**
 * Actors with roles, aliases and articles, most articles first, then by name.
 * Example: `listActors(store, { articleIds: story.articles, type: 'PER' })`.
 */
export function listActors(store: SqliteStore, { articleIds, type }: ListActorsOptions = {}): Actor[] {
  const db = store.db;
  let rows = db.prepare('SELECT id, name, type FROM actors ORDER BY seq').all() as { id: string; name: string; type: Actor['type'] }[];
  if (type) rows = rows.filter((r) => r.type === type);
  if (articleIds) {
    const wanted = new Set(articleIds);
    const inArticle = db.prepare('SELECT article_id FROM actor_articles WHERE actor_id = ?');
    rows = rows.filter((r) => (inArticle.all(r.id) as { article_id: string }[]).some((a) => wanted.has(a.article_id)));
  }
  const actors = rows.map((r) => actorDetails(store, r));
  return actors.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

function actorDetails(store: SqliteStore, row: { id: string; name: string; type: Actor['type'] }): Actor {
  const db = store.db;
  const roles = db
    .prepare('SELECT title, article_id AS articleId, date FROM actor_roles WHERE actor_id = ? ORDER BY date IS NULL, date, title')
    .all(row.id) as Actor['roles'];
  const aliases = (db.prepare('SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY matchable DESC, length(alias) DESC').all(row.id) as { alias: string }[])
    .map((a) => a.alias)
    .filter((a) => a !== row.name);
  const articles = (db
    .prepare('SELECT DISTINCT x.article_id AS id FROM actor_articles x JOIN articles a ON a.id = x.article_id WHERE x.actor_id = ? ORDER BY a.published_at IS NULL, a.published_at, a.seq')
    .all(row.id) as { id: string }[]).map((a) => a.id);
  return { id: row.id, name: row.name, type: row.type, roles, aliases, articles };
}

/**
 * One actor by id, unique id prefix or exact name (case-insensitive); throws not-found or
 * ambiguous-id. Example: `getActor(store, 'John Key')`.
 */
export function getActor(store: SqliteStore, ref: string): Actor {
  const db = store.db;
  let rows = db.prepare("SELECT id, name, type FROM actors WHERE id LIKE ? ESCAPE '\\'").all(ref.replace(/[\\%_]/g, '\\$&') + '%') as { id: string; name: string; type: Actor['type'] }[];
  if (rows.length === 0) rows = db.prepare('SELECT id, name, type FROM actors WHERE name = ? COLLATE NOCASE').all(ref) as typeof rows;
  if (rows.length === 0) throw new StorylineError(errorCodes.NOT_FOUND, `no actor has the id or name "${ref}"; list them with \`storyline actors\``);
  const exact = rows.find((r) => r.id === ref);
  if (rows.length > 1 && !exact) throw new StorylineError(errorCodes.AMBIGUOUS_ID, `"${ref}" matches ${rows.length} actors (${rows.slice(0, 5).map((r) => r.id + ' ' + r.name).join(', ')}); give the full id`);
  return actorDetails(store, exact ?? rows[0]);
}
