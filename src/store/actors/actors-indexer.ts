import type Database from 'better-sqlite3';
import type { Article } from '../../core/article.js';
import type { Doc, Entity } from '../../core/doc.js';
import type { Indexer } from '../indexers.js';
import type { SqliteStore } from '../sqlite-store.js';
import { actorId, aliasKey, entityAliases, titleMentions } from './actor-keys.js';

interface ActorRow { id: string; name: string; type: string }

type Statement = Database.Statement<unknown[]>;
const cache = new WeakMap<SqliteStore['db'], Record<string, Statement>>();

/** The indexer's prepared statements, made once per database (preparing costs more than running). */
function statements(store: SqliteStore): Record<string, Statement> {
  let s = cache.get(store.db);
  if (!s) {
    const db = store.db;
    s = {
      byAlias: db.prepare(`SELECT a.id, a.name, a.type, a.seq FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
        WHERE x.alias_key = ? AND x.matchable = 1 AND a.type = ?`),
      roles: db.prepare('SELECT title FROM actor_roles WHERE actor_id = ?'),
      insertActor: db.prepare('INSERT OR IGNORE INTO actors (id, type, name, seq) VALUES (?, ?, ?, (SELECT coalesce(max(rowid), 0) + 1 FROM actors))'),
      rename: db.prepare('UPDATE actors SET name = ? WHERE id = ?'),
      addAlias: db.prepare('INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, matchable) VALUES (?, ?, ?, ?)'),
      upgradeAlias: db.prepare('UPDATE actor_aliases SET matchable = 1 WHERE actor_id = ? AND alias = ? AND matchable = 0'),
      addArticle: db.prepare('INSERT OR IGNORE INTO actor_articles (actor_id, article_id, entity_id) VALUES (?, ?, ?)'),
      addRole: db.prepare('INSERT OR IGNORE INTO actor_roles (actor_id, title, article_id, date) VALUES (?, ?, ?, ?)'),
    };
    cache.set(store.db, s);
  }
  return s;
}

/**
 * Finds the actor an entity is, conservatively (a wrong merge is worse than a missed one):
 * same type and the entity's own full name (or a person's multi-word name form) equal to a
 * matchable alias of the actor. A single-word person ("Key") joins only an actor of exactly that
 * name. With several candidates, the one sharing a role title, else the oldest.
 * Example: an entity "Islamic State" finds the actor first stored from "ISIS".
 */
export function matchActor(store: SqliteStore, entity: Entity, names: readonly string[]): ActorRow | undefined {
  const st = statements(store);
  const keys = new Set(names.filter((n) => entity.type !== 'PER' || n.includes(' ') || !entity.name.includes(' ')).map((n) => aliasKey(n, entity.type)));
  if (entity.type === 'PER' && !entity.name.includes(' ')) keys.add(aliasKey(entity.name, 'PER'));
  const found = new Map<string, ActorRow & { seq: number }>();
  for (const key of keys) {
    for (const row of st.byAlias.all(key, entity.type) as (ActorRow & { seq: number })[]) {
      if (entity.type === 'PER' && !entity.name.includes(' ') && row.name.includes(' ')) continue;
      found.set(row.id, row);
    }
  }
  if (found.size <= 1) return [...found.values()][0];
  const titles = new Set(entity.roles.map((r) => r.title.toLowerCase()));
  const sharing = [...found.values()].filter((a) => (st.roles.all(a.id) as { title: string }[]).some((r) => titles.has(r.title.toLowerCase())));
  return (sharing.length ? sharing : [...found.values()]).sort((a, b) => a.seq - b.seq)[0];
}

/**
 * Writes one article's PER/ORG/LOC entities into actor records, inside the article's transaction.
 * Example: `store.putArticle(article, doc, [actorsIndexer])` calls it inside the write transaction.
 */
export function indexActors(store: SqliteStore, article: Article, doc: Doc): void {
  const st = statements(store);
  const titles = titleMentions(doc);
  for (const entity of doc.layers.entities ?? []) {
    if (entity.type === 'MISC') continue;
    const aliases = entityAliases(doc, entity, titles.get(entity.id));
    let actor = matchActor(store, entity, aliases.filter((a) => a.matchable).map((a) => a.alias));
    if (!actor) {
      const key = aliasKey(entity.name, entity.type);
      let id = actorId(entity.type, key);
      // an actor kept apart under the same name gets a distinct id
      for (let n = 2; st.insertActor.run(id, entity.type, entity.name).changes === 0; n++) id = actorId(entity.type, `${key}#${n}`);
      actor = { id, name: entity.name, type: entity.type };
    } else if (entity.name.length > actor.name.length && entity.name.includes(' ') && entity.name.toLowerCase().endsWith(actor.name.toLowerCase().split(' ').pop()!)) {
      st.rename.run(entity.name, actor.id);
    }
    for (const a of aliases) {
      if (st.addAlias.run(actor.id, a.alias, aliasKey(a.alias, entity.type), a.matchable ? 1 : 0).changes === 0 && a.matchable) st.upgradeAlias.run(actor.id, a.alias);
    }
    st.addArticle.run(actor.id, article.id, entity.id);
    for (const role of entity.roles) st.addRole.run(actor.id, role.title, article.id, article.publishedAt);
  }
}

/**
 * The actors indexer: runs first, inside each article's write transaction.
 * Example: `indexers = [actorsIndexer, storiesIndexer]`.
 */
export const actorsIndexer: Indexer = { name: 'actors', index: indexActors };
