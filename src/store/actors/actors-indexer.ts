import type { Article } from '../../core/article.js';
import type { Doc, Entity } from '../../core/doc.js';
import type { Indexer } from '../indexers.js';
import type { SqliteStore } from '../sqlite-store.js';
import { actorId, aliasKey, entityAliases } from './actor-keys.js';

interface ActorRow { id: string; name: string; type: string }

/**
 * Finds the actor an entity is, conservatively (a wrong merge is worse than a missed one):
 * same type and the entity's own full name (or a person's multi-word name form) equal to a
 * matchable alias of the actor. A single-word person ("Key") joins only an actor of exactly that
 * name. With several candidates, the one sharing a role title, else the oldest.
 */
export function matchActor(store: SqliteStore, entity: Entity, names: readonly string[]): ActorRow | undefined {
  const keys = new Set(names.filter((n) => entity.type !== 'PER' || n.includes(' ') || !entity.name.includes(' ')).map((n) => aliasKey(n, entity.type)));
  if (entity.type === 'PER' && !entity.name.includes(' ')) keys.add(aliasKey(entity.name, 'PER'));
  const found = new Map<string, ActorRow & { seq: number }>();
  const query = store.db.prepare(
    `SELECT a.id, a.name, a.type, a.seq FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
     WHERE x.alias_key = ? AND x.matchable = 1 AND a.type = ?`,
  );
  for (const key of keys) {
    for (const row of query.all(key, entity.type) as (ActorRow & { seq: number })[]) {
      if (entity.type === 'PER' && !entity.name.includes(' ') && row.name.includes(' ')) continue;
      found.set(row.id, row);
    }
  }
  if (found.size <= 1) return [...found.values()][0];
  const titles = new Set(entity.roles.map((r) => r.title.toLowerCase()));
  const roleOf = store.db.prepare('SELECT title FROM actor_roles WHERE actor_id = ?');
  const sharing = [...found.values()].filter((a) => (roleOf.all(a.id) as { title: string }[]).some((r) => titles.has(r.title.toLowerCase())));
  return (sharing.length ? sharing : [...found.values()]).sort((a, b) => a.seq - b.seq)[0];
}

/** Writes one article's PER/ORG/LOC entities into actor records, inside the article's transaction. */
export function indexActors(store: SqliteStore, article: Article, doc: Doc): void {
  const db = store.db;
  const nextSeq = () => ((db.prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM actors').get() as { n: number }).n);
  const addAlias = db.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, matchable) VALUES (?, ?, ?, ?)');
  const upgradeAlias = db.prepare('UPDATE actor_aliases SET matchable = 1 WHERE actor_id = ? AND alias = ? AND ? = 1');
  const addArticle = db.prepare('INSERT OR IGNORE INTO actor_articles (actor_id, article_id, entity_id) VALUES (?, ?, ?)');
  const addRole = db.prepare('INSERT OR IGNORE INTO actor_roles (actor_id, title, article_id, date) VALUES (?, ?, ?, ?)');
  for (const entity of doc.layers.entities ?? []) {
    if (entity.type === 'MISC') continue;
    const aliases = entityAliases(doc, entity);
    let actor = matchActor(store, entity, aliases.filter((a) => a.matchable).map((a) => a.alias));
    if (!actor) {
      let id = actorId(entity.type, aliasKey(entity.name, entity.type));
      // an actor kept apart under the same name gets a distinct id
      for (let n = 2; db.prepare('SELECT 1 FROM actors WHERE id = ?').get(id); n++) id = actorId(entity.type, `${aliasKey(entity.name, entity.type)}#${n}`);
      db.prepare('INSERT INTO actors (id, type, name, seq) VALUES (?, ?, ?, ?)').run(id, entity.type, entity.name, nextSeq());
      actor = { id, name: entity.name, type: entity.type };
    } else if (entity.name.length > actor.name.length && entity.name.includes(' ') && entity.name.toLowerCase().endsWith(actor.name.toLowerCase().split(' ').pop()!)) {
      db.prepare('UPDATE actors SET name = ? WHERE id = ?').run(entity.name, actor.id);
    }
    for (const a of aliases) {
      addAlias.run(actor.id, a.alias, aliasKey(a.alias, entity.type), a.matchable ? 1 : 0);
      upgradeAlias.run(actor.id, a.alias, a.matchable ? 1 : 0);
    }
    addArticle.run(actor.id, article.id, entity.id);
    for (const role of entity.roles) addRole.run(actor.id, role.title, article.id, article.publishedAt);
  }
}

/** The actors indexer: runs first, inside each article's write transaction. */
export const actorsIndexer: Indexer = { name: 'actors', index: indexActors };
